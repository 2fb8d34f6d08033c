// The "New task" box, with quick add: dates, repeats, priorities and labels in the text
// ("Pay rent tomorrow 9am p1 #home every month") are recognised as the person types and shown as
// chips with what they mean, before anything is added. A chip's × (or Alt+Backspace for the one
// just typed) turns its words back into plain title text.
import { type ClipboardEvent, type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { TITLE_MAX } from '../../../electron/shared/limits.ts';
import type { QuickAddResult, Task } from '../../../electron/shared/task.ts';
import { codePointLength } from '../../../electron/shared/text.ts';
import { sayDue, sayPriority, sayRepeat } from '../../../electron/shared/when-text.ts';
import { useQuickParse } from '../hooks/use-quick-parse.ts';
import { api } from '../lib/api.ts';
import { shiftSpans, type Span } from '../lib/keep-ranges.ts';
import { ALT_KEY } from '../lib/keys.ts';
import { LengthCounter } from './LengthCounter.tsx';
import './AddTaskForm.css';

/** The counter shows once a title is this close to the limit. */
const NEAR = 40;

type Part = QuickAddResult['parts'][number];

const KIND_NAMES: Record<Part['kind'], string> = {
  date: 'Date',
  repeat: 'Repeat',
  priority: 'Priority',
  label: 'Label',
};

/** What a recognised part means, as the task row will say it. */
function meaning(part: Part, read: QuickAddResult, today: string): string {
  switch (part.kind) {
    case 'date':
      if (read.dueDate) return sayDue(read.dueDate, read.dueTime, today, 'short');
      return read.dueTime ? `At ${read.dueTime}` : part.text;
    case 'repeat':
      return read.repeat ? sayRepeat(read.repeat) : part.text;
    case 'priority':
      return read.priority ? sayPriority(read.priority) : part.text;
    case 'label':
      return `#${part.text.replace(/^#/, '').toLowerCase()}`;
  }
}

export function AddTaskForm(props: { onAdded: (task: Task) => void; today: string }) {
  const { onAdded, today } = props;
  // What is typed, and the recognised words in it turned back into plain title text (as ranges).
  const [box, setBox] = useState<{ text: string; keep: Span[] }>({ text: '', keep: [] });
  const { text: title, keep } = box;
  // Shown under the box it is about, and gone as soon as the person types again.
  const [error, setError] = useState<string | null>(null);
  // Several lines pasted at once: one task per line, or one task?
  const [lines, setLines] = useState<string[] | null>(null);
  const read = useQuickParse(title, keep);
  const parts = read?.value.parts ?? [];

  // Adds run one after another, so tasks typed quickly in a row are stored (and numbered) in the
  // order they were typed: requests sent side by side may reach the host in any order.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const add = (text: string, spans: Span[] = []) => {
    const run = queue.current.then(async () => {
      const result = await api.invoke('tasks.quickAdd', {
        text,
        ...(spans.length ? { keep: spans } : {}),
      });
      if (result.ok) onAdded(result.value);
      return result;
    });
    queue.current = run.catch(() => undefined);
    return run;
  };

  const edit = (next: string) => {
    setBox((b) => ({ text: next, keep: shiftSpans(b.keep, b.text, next) }));
    setError(null);
  };

  /** Turns a chip back into plain title text. */
  const keepAsText = (part: Part) => {
    if (!read) return;
    // The chip may be from a reading of a slightly older text: follow its words to the box's.
    const [span] = shiftSpans([{ start: part.start, end: part.end }], read.text, title);
    if (span) setBox((b) => ({ ...b, keep: [...b.keep, span] }));
  };

  // The box clears at once so several tasks can be typed in a row; a title that is refused comes
  // back into the box (unless something new was typed) so nothing typed is lost.
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = title;
    const spans = keep;
    if (!text.trim()) {
      setError('Type a task first, then press Enter.');
      return;
    }
    setBox({ text: '', keep: [] });
    const result = await add(text, spans);
    if (result.ok) return;
    setBox((b) => (b.text ? b : { text, keep: spans }));
    setError(result.error.message);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Backspace' || !e.altKey || e.ctrlKey || e.metaKey || parts.length === 0) return;
    e.preventDefault();
    // The part just typed: the last one before the caret, else the last one.
    const caret = e.currentTarget.selectionStart ?? title.length;
    const before = parts.filter((p) => p.end <= caret);
    const last = (list: Part[]) => list.reduce((a, b) => (b.end > a.end ? b : a));
    keepAsText(last(before.length ? before : parts));
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = e.clipboardData
      .getData('text')
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)]|\[[ x]?\])\s+/i, '').trim())
      .filter(Boolean);
    if (pasted.length < 2) return;
    e.preventDefault();
    setLines(pasted);
  };

  const addEach = async () => {
    const each = lines ?? [];
    setLines(null);
    const failed: string[] = [];
    for (const line of each) {
      const result = await add(line);
      if (!result.ok) failed.push(`“${line.slice(0, 40)}”: ${result.error.message}`);
    }
    if (failed.length > 0) setError(`Not added: ${failed.join(' ')}`);
  };

  // The title as it will be added, once the box's text has been read.
  const current = read && read.text === title ? read.value : null;
  const length = codePointLength((current?.title ?? title).trim());
  const meanings = read ? parts.map((p) => meaning(p, read.value, today)) : [];
  return (
    <div className="add-task-area">
      <form className="add-task" onSubmit={submit}>
        <input
          type="text"
          aria-label="New task"
          title="New task (N)"
          placeholder="Add a task: “Pay rent tomorrow 9am p1 #home”"
          dir="auto"
          value={title}
          maxLength={TITLE_MAX * 2}
          aria-invalid={error !== null || length > TITLE_MAX}
          aria-describedby="new-task-help new-task-preview"
          onChange={(e) => edit(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          autoFocus
        />
        <button type="submit">Add</button>
      </form>
      {read && parts.length > 0 && (
        <div className="quick-preview" id="new-task-preview">
          <p className="quick-title">
            {read.value.title ? (
              <>
                Adds “<span dir="auto">{read.value.title}</span>”
              </>
            ) : (
              'No title yet: type what the task is'
            )}
          </p>
          <div className="quick-parts" role="group" aria-label="Recognised in the text">
            {parts.map((part, i) => (
              <span
                key={`${part.start}:${part.kind}`}
                className={`quick-chip ${part.kind}`}
                title={`${KIND_NAMES[part.kind]}, from “${part.text}”`}
              >
                <span className="visually-hidden">{KIND_NAMES[part.kind]}: </span>
                {meanings[i]}
                <button
                  type="button"
                  className="icon"
                  aria-label={`Keep “${part.text}” as text`}
                  title={`Keep “${part.text}” in the title (${ALT_KEY}+Backspace)`}
                  onClick={() => keepAsText(part)}
                >
                  ×
                </button>
              </span>
            ))}
          </div>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {meanings.length ? `Recognised: ${meanings.join(', ')}` : ''}
      </p>
      <div id="new-task-help" className="add-task-help">
        <LengthCounter text={current?.title ?? title} max={TITLE_MAX} near={NEAR} />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {lines && (
        <div className="paste-offer" role="group" aria-label="Pasted lines">
          <p>
            You pasted {lines.length} lines. Add them as {lines.length} tasks, one per line?
          </p>
          <div className="editor-actions">
            <button type="button" className="primary" onClick={() => void addEach()}>
              Add {lines.length} tasks
            </button>
            <button
              type="button"
              onClick={() => {
                edit(`${title}${lines.join(' ')}`);
                setLines(null);
              }}
            >
              Keep as one
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
