// Ctrl/Cmd+K: one box to find any task or anything said in chat, and to go anywhere in the app.
// Results come from the `search` channel as you type (tasks, then messages); commands are
// matched by their words. ↑/↓ move, Enter opens, Escape closes.
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Marks, SearchHit } from '../../../electron/shared/search.ts';
import { sayDue } from '../../../electron/shared/when-text.ts';
import { api } from '../lib/api.ts';
import { type AppCommand, runCommand } from '../lib/commands.ts';
import { localDate } from '../lib/local-dates.ts';
import { revealTask } from '../lib/reveal.ts';
import { Dialog } from './Dialog.tsx';
import './CommandPalette.css';

interface Command {
  label: string;
  /** More words it answers to. */
  also: string;
  run: AppCommand;
}

const COMMANDS: Command[] = [
  { label: 'New task', also: 'add create todo', run: { kind: 'new-task' } },
  { label: 'New conversation', also: 'chat start talk', run: { kind: 'new-conversation' } },
  {
    label: 'Go to Today',
    also: 'view list due overdue',
    run: { kind: 'show-list', list: 'today' },
  },
  {
    label: 'Go to Upcoming',
    also: 'view list scheduled week',
    run: { kind: 'show-list', list: 'upcoming' },
  },
  {
    label: 'Go to All tasks',
    also: 'view list everything',
    run: { kind: 'show-list', list: 'all' },
  },
  {
    label: 'Go to Completed',
    also: 'view list done finished',
    run: { kind: 'show-list', list: 'completed' },
  },
  {
    label: 'Assistant settings',
    also: 'model provider preferences options',
    run: { kind: 'open-settings' },
  },
  { label: 'Backups', also: 'restore backup copy', run: { kind: 'open-backups' } },
  {
    label: 'Export tasks and conversations',
    also: 'download save csv json markdown todo.txt ics calendar',
    run: { kind: 'open-exchange', tab: 'export' },
  },
  {
    label: 'Import tasks',
    also: 'todoist csv json markdown todo.txt ics calendar upload open file',
    run: { kind: 'open-exchange', tab: 'import' },
  },
  { label: 'Keyboard shortcuts', also: 'keys help', run: { kind: 'show-shortcuts' } },
];

type Option = { kind: 'hit'; hit: SearchHit } | { kind: 'command'; command: Command };

/** Commands whose words start with every word typed. */
function matchCommands(typed: string): Command[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return COMMANDS;
  return COMMANDS.filter((c) => {
    const own = `${c.label} ${c.also}`.toLowerCase().split(/\s+/);
    return words.every((w) => own.some((o) => o.startsWith(w)));
  });
}

/** Text with the matched words marked. */
export function Marked(props: { text: string; marks: Marks }): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  props.marks.forEach(([start, end], i) => {
    if (start > at) parts.push(props.text.slice(at, start));
    parts.push(<mark key={i}>{props.text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(props.text.slice(at));
  return <>{parts}</>;
}

export function CommandPalette(props: { onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const today = localDate(new Date());

  // Searched as typed; an answer that arrives after a newer question is dropped.
  useEffect(() => {
    const query = typed.trim();
    let current = true;
    const timer = setTimeout(
      () => {
        if (!query) {
          setHits([]);
          setError(null);
          return;
        }
        void api.invoke('search', { query: typed, limit: 8 }).then((result) => {
          if (!current) return;
          setError(result.ok ? null : result.error.message);
          setHits(result.ok ? result.value.items : []);
        });
      },
      query ? 60 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [typed]);

  const options = useMemo<Option[]>(
    () => [
      ...hits.map((hit) => ({ kind: 'hit' as const, hit })),
      ...matchCommands(typed).map((command) => ({ kind: 'command' as const, command })),
    ],
    [hits, typed],
  );
  const chosen = Math.min(active, Math.max(0, options.length - 1));
  useEffect(() => {
    document.getElementById(`${listId}-${chosen}`)?.scrollIntoView({ block: 'nearest' });
  }, [chosen, listId]);

  const open = (option: Option) => {
    props.onClose();
    if (option.kind === 'command') return runCommand(option.command.run);
    const { hit } = option;
    if (hit.kind === 'task') revealTask(hit.id);
    else
      runCommand({ kind: 'open-message', conversationId: hit.conversationId, messageId: hit.id });
  };

  const section = (index: number): string | null => {
    const kindOf = (o: Option | undefined) =>
      o === undefined
        ? null
        : o.kind === 'command'
          ? 'Commands'
          : o.hit.kind === 'task'
            ? 'Tasks'
            : 'Messages';
    const here = kindOf(options[index]);
    return here !== kindOf(options[index - 1]) ? here : null;
  };

  return (
    <Dialog
      title="Search and commands"
      className="palette"
      onClose={props.onClose}
      actions={
        <p className="palette-hint muted small">↑ ↓ to move · Enter to open · Esc to close</p>
      }
    >
      <input
        ref={inputRef}
        autoFocus
        type="search"
        role="combobox"
        aria-label="Search tasks, messages and commands"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options.length ? `${listId}-${chosen}` : undefined}
        placeholder="Search tasks and messages, or type a command…"
        value={typed}
        maxLength={500}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const n = options.length;
            if (n) setActive((chosen + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const option = options[chosen];
            if (option) open(option);
          }
        }}
      />
      {error && (
        <p className="palette-error" role="alert">
          {error}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label="Results" className="palette-results">
        {options.map((option, index) => {
          const heading = section(index);
          return (
            <li
              key={
                option.kind === 'command'
                  ? `c-${option.command.label}`
                  : `${option.hit.kind}-${option.hit.id}`
              }
              role="presentation"
            >
              {heading && (
                <div className="palette-section" role="presentation">
                  {heading}
                </div>
              )}
              <div
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === chosen}
                className="palette-option"
                onMouseMove={() => index !== chosen && setActive(index)}
                onClick={() => open(option)}
              >
                <OptionText option={option} today={today} />
              </div>
            </li>
          );
        })}
        {typed.trim() !== '' && hits.length === 0 && !error && (
          <li className="palette-empty muted" role="presentation">
            No tasks or messages match “{typed.trim()}”.
          </li>
        )}
      </ul>
    </Dialog>
  );
}

function OptionText(props: { option: Option; today: string }) {
  const { option } = props;
  if (option.kind === 'command')
    return <span className="palette-title">{option.command.label}</span>;
  const { hit } = option;
  if (hit.kind === 'task') {
    return (
      <>
        <span className={`palette-title${hit.completed ? ' done' : ''}`} dir="auto">
          <Marked text={hit.title} marks={hit.titleMarks} />
        </span>
        <span className="palette-meta">
          {hit.completed
            ? 'Done'
            : hit.dueDate
              ? sayDue(hit.dueDate, null, props.today, 'short')
              : `#${hit.id}`}
        </span>
        {hit.snippet !== hit.title && (
          <span className="palette-snippet" dir="auto">
            <Marked text={hit.snippet} marks={hit.marks} />
          </span>
        )}
      </>
    );
  }
  return (
    <>
      <span className="palette-snippet message" dir="auto">
        <Marked text={hit.snippet} marks={hit.marks} />
      </span>
      <span className="palette-meta">
        {hit.role === 'user' ? 'You' : 'Assistant'} ·{' '}
        {sayDue(localDate(new Date(hit.createdAt)), null, props.today, 'short')}
      </span>
      <span className="palette-title small" dir="auto">
        in “{hit.title}”
      </span>
    </>
  );
}
