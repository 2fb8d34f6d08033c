import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Task } from '../../../electron/shared/task.ts';
import { sayDue } from '../../../electron/shared/when-text.ts';
import { api } from '../lib/api.ts';
import { todayGroups, upcomingGroups } from '../lib/day-groups.ts';
import { isTyping } from '../lib/keys.ts';
import { onReveal } from '../lib/reveal.ts';
import { onCommand } from '../lib/commands.ts';
import { positionOf } from '../lib/task-position.ts';
import { filterKey, inTaskOrder, matches, type TaskFilter } from '../hooks/task-pages-state.ts';
import { useTaskPages } from '../hooks/use-task-pages.ts';
import { useToday } from '../hooks/use-today.ts';
import { AddTaskForm } from './AddTaskForm.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { LabelFilter } from './LabelFilter.tsx';

// Loaded when first opened: they are not on the path to the list's first frame.
const TrashView = lazy(() => import('./TrashView.tsx').then((m) => ({ default: m.TrashView })));
const ExchangeDialog = lazy(() =>
  import('./ExchangeDialog.tsx').then((m) => ({ default: m.ExchangeDialog })),
);
const BackupsDialog = lazy(() =>
  import('./BackupsDialog.tsx').then((m) => ({ default: m.BackupsDialog })),
);
import { type SidebarView, StatusFilter } from './StatusFilter.tsx';
import { type Reveal, TaskList } from './TaskList.tsx';
import type { Edit, RowActions, SaveResult } from './TaskRow.tsx';
import { type Toast, UndoToast } from './UndoToast.tsx';
import './TaskSidebar.css';

type ListView = Exclude<SidebarView, 'trash'>;

/** What each list asks `tasks.page` for. */
const FILTERS: Record<ListView, Omit<TaskFilter, 'label'>> = {
  today: { status: 'pending', due: 'today' },
  upcoming: { status: 'pending', due: 'scheduled' },
  all: { status: 'all' },
  pending: { status: 'pending' },
  completed: { status: 'completed' },
};

const EMPTY: Record<ListView, string> = {
  today: 'Nothing due today. Enjoy it, or look ahead in Upcoming.',
  upcoming: 'Nothing scheduled. Give a task a date (“tomorrow 5pm”) and it shows here, by day.',
  all: 'Nothing on your list yet. Add your first task above and take it from there.',
  pending: 'All caught up! Nothing is waiting on you.',
  completed: 'Nothing completed yet. Tick off a task and it will show up here.',
};

/** Where a task just added shows, when it isn't in the list on screen. */
function whereIs(task: Task, today: string, label: string | undefined): string {
  if (label !== undefined && !task.labels.includes(label)) return `it isn't labelled #${label}`;
  if (task.dueDate === null) return 'see All';
  return task.dueDate <= today ? 'see Today' : 'see Upcoming';
}

export function TaskSidebar(props: { onShowShortcuts: () => void }) {
  const [view, setView] = useState<SidebarView>('all');
  // The Trash keeps the last list's data loading, for the counts on every tab.
  const [list, setList] = useState<ListView>('all');
  const [label, setLabel] = useState<string | undefined>(undefined);
  const today = useToday();
  // The filter box: what is typed, and (a moment after the last key) what the list asks for.
  const [typed, setTyped] = useState('');
  const [words, setWords] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setWords(typed.trim()), 150);
    return () => clearTimeout(timer);
  }, [typed]);
  const filter: TaskFilter = { ...FILTERS[list], label, ...(words ? { words } : {}) };
  const data = useTaskPages(filter.status, filter.due, label, today, words);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [exchangeOpen, setExchangeOpen] = useState<'export' | 'import' | null>(null);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const { refresh, showLocally } = data;

  const showError = useCallback((message: string) => setError(message), []);
  const closeToast = useCallback(() => setToast(null), []);
  // The highlight of a task just added fades; the list stops following it.
  useEffect(() => {
    if (reveal === null) return;
    const timer = setTimeout(() => setReveal(null), 3000);
    return () => clearTimeout(timer);
  }, [reveal]);
  const choose = (next: SidebarView) => {
    setView(next);
    if (next !== 'trash') setList(next);
  };

  /** One step back in the history the chat shares (the toast, Ctrl+Z). */
  const undo = useCallback(async () => {
    const result = await api.invoke('history.undo', {});
    refresh();
    if (!result.ok) return setToast({ message: result.error.message });
    setToast({ message: result.value.summary });
  }, [refresh]);

  // A task asked for (a reminder's Open, a notification clicked): the list on screen when it
  // holds the task, else the one that does (Today or Upcoming for a pending task with a date),
  // scrolled to it, highlighted and focused.
  const place = useRef({ view, list, label, today });
  useEffect(() => {
    place.current = { view, list, label, today };
  }, [view, list, label, today]);
  useEffect(
    () =>
      onReveal((id) => {
        void (async () => {
          const found = await api.invoke('tasks.get', { id });
          if (!found.ok) return setToast({ message: found.error.message });
          const task = found.value;
          const now = place.current;
          const shows = (l: ListView, withLabel: string | undefined) =>
            matches(task, { ...FILTERS[l], label: withLabel }, now.today);
          const keepLabel =
            now.label !== undefined && task.labels.includes(now.label) ? now.label : undefined;
          const candidates: ListView[] = [
            task.completed ? 'completed' : task.dueDate === null ? 'pending' : 'today',
            'upcoming',
            'all',
          ];
          const stay = now.view !== 'trash' && shows(now.list, now.label);
          const next: ListView = stay
            ? now.list
            : (candidates.find((l) => shows(l, keepLabel)) ?? 'all');
          const nextLabel = stay ? now.label : keepLabel;
          // (a task asked for is shown even when the filter box's words would hide it)
          setTyped('');
          setWords('');
          const index = await positionOf(task, { ...FILTERS[next], label: nextLabel });
          setView(next);
          setList(next);
          setLabel(nextLabel);
          setReveal({ id, ...(index >= 0 ? { index } : {}), focus: true });
        })();
      }),
    [],
  );

  // From the command palette.
  useEffect(() => {
    const offs = [
      onCommand('show-list', ({ list: next }) => {
        setView(next);
        setList(next);
      }),
      onCommand('new-task', () =>
        setTimeout(() => document.querySelector<HTMLElement>('[aria-label="New task"]')?.focus()),
      ),
      onCommand('open-backups', () => setBackupsOpen(true)),
      onCommand('open-exchange', ({ tab }) => setExchangeOpen(tab)),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey)
        return;
      if (isTyping(document.activeElement) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const actions = useMemo<RowActions>(
    () => ({
      toggle: async (task: Task) => {
        // Ticking a repeating task completes this occurrence: it stays, due on the next one.
        const repeats = !task.completed && task.repeat !== null && task.dueDate !== null;
        if (!repeats) showLocally({ ...task, completed: !task.completed });
        const result = await api.invoke('tasks.setCompleted', {
          id: task.id,
          completed: !task.completed,
        });
        if (!result.ok) showError(result.error.message);
        else if (repeats && !result.value.completed && result.value.dueDate) {
          const next = sayDue(result.value.dueDate, result.value.dueTime, today);
          setToast({ message: `Done for now: “${task.title}” is next due ${next}`, onUndo: undo });
        }
        refresh();
      },
      skip: async (task: Task) => {
        const result = await api.invoke('tasks.skip', { id: task.id });
        refresh();
        if (!result.ok) {
          showError(result.error.message);
          return false;
        }
        const next = sayDue(result.value.dueDate!, result.value.dueTime, today);
        setToast({ message: `Skipped: “${task.title}” is next due ${next}`, onUndo: undo });
        return true;
      },
      remove: async (task: Task) => {
        const result = await api.invoke('tasks.delete', { id: task.id });
        refresh();
        if (!result.ok) return showError(result.error.message);
        setToast({ message: `Moved “${result.value.title}” to the Trash`, onUndo: undo });
      },
      save: async (task: Task, changes: Edit, expected?: Edit): Promise<SaveResult> => {
        const result = await api.invoke('tasks.update', {
          id: task.id,
          ...changes,
          ...(expected ? { expected } : {}),
        });
        if (!result.ok && result.error.code === 'CONFLICT') {
          const now = await api.invoke('tasks.get', { id: task.id });
          if (now.ok) return { kind: 'conflict', now: now.value };
        }
        if (!result.ok) {
          showError(result.error.message);
          return { kind: 'failed' };
        }
        setError(null);
        refresh();
        return { kind: 'saved' };
      },
    }),
    [refresh, showLocally, showError, undo, today],
  );

  const message = error ?? data.error;
  return (
    <aside className="sidebar" id="panel-tasks" aria-label="Task list">
      <header className="sidebar-header">
        <h1>Tasks</h1>
        <div className="header-links">
          <button type="button" className="link" onClick={() => setExchangeOpen('export')}>
            Export/import
          </button>
          <button type="button" className="link" onClick={() => setBackupsOpen(true)}>
            Backups
          </button>
          <button
            type="button"
            className="link"
            title="Keyboard shortcuts (?)"
            onClick={props.onShowShortcuts}
          >
            Shortcuts
          </button>
        </div>
      </header>
      {exchangeOpen && (
        <Suspense fallback={null}>
          <ExchangeDialog tab={exchangeOpen} onClose={() => setExchangeOpen(null)} />
        </Suspense>
      )}
      {backupsOpen && (
        <Suspense fallback={null}>
          <BackupsDialog onClose={() => setBackupsOpen(false)} />
        </Suspense>
      )}
      <AddTaskForm
        today={today}
        onAdded={(task) => {
          setError(null);
          setReveal({ id: task.id });
          refresh();
          if (view === 'trash' || !matches(task, filter, today)) {
            const when = task.dueDate
              ? ` (${sayDue(task.dueDate, task.dueTime, today, 'short')})`
              : '';
            const where = view === 'trash' ? 'see All' : whereIs(task, today, label);
            setToast({ message: `Added “${task.title}”${when}: ${where}` });
          }
        }}
      />
      <ErrorBanner
        message={message}
        onDismiss={() => {
          setError(null);
          data.clearError();
        }}
      />
      <StatusFilter value={view} counts={data.counts} onChange={choose} />
      {view !== 'trash' && <LabelFilter value={label} onChange={setLabel} onError={showError} />}
      {view !== 'trash' && (
        <input
          type="search"
          className="task-filter"
          aria-label="Filter tasks"
          placeholder="Filter by words…"
          value={typed}
          maxLength={500}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && typed) {
              e.preventDefault();
              setTyped('');
              setWords('');
            }
          }}
        />
      )}
      {view === 'trash' ? (
        <Suspense fallback={null}>
          <TrashView
            onError={showError}
            onRestored={(task) => setToast({ message: `Restored “${task.title}”`, onUndo: undo })}
          />
        </Suspense>
      ) : (
        <TaskList
          // Each list starts at its top, with row sizes of its own.
          key={filterKey(filter)}
          data={data}
          actions={actions}
          emptyMessage={
            words
              ? `No tasks here match “${words}”.`
              : label === undefined
                ? EMPTY[list]
                : `Nothing labelled #${label} here.`
          }
          reveal={reveal}
          inTaskOrder={inTaskOrder(filter)}
          groupOf={
            list === 'today'
              ? todayGroups(today)
              : list === 'upcoming'
                ? upcomingGroups(today)
                : undefined
          }
          today={today}
        />
      )}
      <UndoToast toast={toast} onClose={closeToast} />
    </aside>
  );
}
