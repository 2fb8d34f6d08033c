import { type ClipboardEvent, type FormEvent, useState } from 'react';
import { TITLE_MAX } from '../../../electron/shared/limits.ts';
import type { Task } from '../../../electron/shared/task.ts';
import { codePointLength } from '../../../electron/shared/text.ts';
import { api } from '../lib/api.ts';
import { LengthCounter } from './LengthCounter.tsx';

/** The counter shows once a title is this close to the limit. */
const NEAR = 40;

export function AddTaskForm(props: { onAdded: (task: Task) => void }) {
  const { onAdded } = props;
  const [title, setTitle] = useState('');
  // Shown under the box it is about, and gone as soon as the person types again.
  const [error, setError] = useState<string | null>(null);
  // Several lines pasted at once: one task per line, or one task?
  const [lines, setLines] = useState<string[] | null>(null);

  const add = async (text: string) => {
    const result = await api.invoke('tasks.create', { title: text });
    if (result.ok) onAdded(result.value);
    return result;
  };

  // The box clears at once so several tasks can be typed in a row; a title that is refused comes
  // back into the box (unless something new was typed) so nothing typed is lost.
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = title;
    if (!text.trim()) {
      setError('Type a task first, then press Enter.');
      return;
    }
    setTitle('');
    const result = await add(text);
    if (result.ok) return;
    setTitle((current) => current || text);
    setError(result.error.message);
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

  const length = codePointLength(title.trim());
  return (
    <div className="add-task-area">
      <form className="add-task" onSubmit={submit}>
        <input
          type="text"
          aria-label="New task"
          title="New task (N)"
          placeholder="Add a task and press Enter"
          dir="auto"
          value={title}
          maxLength={TITLE_MAX * 2}
          aria-invalid={error !== null || length > TITLE_MAX}
          aria-describedby="new-task-help"
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          onPaste={onPaste}
          autoFocus
        />
        <button type="submit">Add</button>
      </form>
      <div id="new-task-help" className="add-task-help">
        <LengthCounter text={title} max={TITLE_MAX} near={NEAR} />
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
                setTitle((t) => `${t}${lines.join(' ')}`);
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
