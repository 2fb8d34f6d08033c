import { type KeyboardEvent, useState } from 'react';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../../electron/shared/limits.ts';
import type { Task } from '../../../electron/shared/task.ts';
import { LengthCounter } from './LengthCounter.tsx';

export type Edit = { title?: string; description?: string };

/** How a save went: saved; refused because the task changed elsewhere (with it as it is now); or
 * failed (the error is shown). */
export type SaveResult = { kind: 'saved' } | { kind: 'conflict'; now: Task } | { kind: 'failed' };

export interface RowActions {
  toggle(task: Task): void;
  remove(task: Task): void;
  /** Saves only the fields changed; `expected` is what they said when editing began (omitted:
   * keep mine, whatever changed since). */
  save(task: Task, changes: Edit, expected?: Edit): Promise<SaveResult>;
}

export function TaskView(props: { task: Task; actions: RowActions; onEdit: () => void }) {
  const { task, actions } = props;
  return (
    <>
      <input
        type="checkbox"
        checked={task.completed}
        aria-label={task.title}
        onChange={() => actions.toggle(task)}
        tabIndex={-1}
      />
      <div className="task-text" onDoubleClick={props.onEdit}>
        <span className="task-title" dir="auto" title={task.title}>
          {task.title}
        </span>
        {task.description && (
          <span className="task-description" dir="auto">
            {task.description}
          </span>
        )}
      </div>
      <span className="task-id" aria-hidden="true">
        #{task.id}
      </span>
      <button
        type="button"
        className="icon"
        aria-label={`Edit ${task.title}`}
        title="Edit (E)"
        onClick={props.onEdit}
        tabIndex={-1}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon"
        aria-label={`Delete ${task.title}`}
        title="Delete (Del)"
        onClick={() => actions.remove(task)}
        tabIndex={-1}
      >
        <svg
          width="16"
          height="16"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6" />
        </svg>
      </button>
    </>
  );
}

export function TaskEditor(props: { task: Task; actions: RowActions; onDone: () => void }) {
  const { task, actions, onDone } = props;
  // What the fields said when editing began: only what the person changes is sent, and a field
  // changed elsewhere meanwhile is shown next to theirs instead of being written over.
  const [start] = useState(() => ({ title: task.title, description: task.description }));
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Task | null>(null);

  const changes = (): Edit => ({
    ...(title.trim() !== start.title ? { title } : {}),
    ...(description.trim() !== start.description ? { description } : {}),
  });

  const save = async (keepMine = false) => {
    if (saving) return;
    const edit = changes();
    if (Object.keys(edit).length === 0) return onDone();
    setSaving(true);
    const expected = keepMine
      ? undefined
      : Object.fromEntries(Object.keys(edit).map((k) => [k, start[k as keyof Edit]]));
    const result = await actions.save(task, edit, expected);
    setSaving(false);
    if (result.kind === 'saved') onDone();
    else if (result.kind === 'conflict') setConflict(result.now);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onDone();
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <div className="task-editor" onKeyDown={onKeyDown}>
      <input
        type="text"
        aria-label="Title"
        dir="auto"
        value={title}
        maxLength={TITLE_MAX * 2}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
      />
      <textarea
        aria-label="Description"
        dir="auto"
        placeholder="Description (optional)"
        value={description}
        maxLength={DESCRIPTION_MAX * 2}
        rows={2}
        onChange={(e) => setDescription(e.target.value)}
      />
      <LengthCounter text={title} max={TITLE_MAX} near={40} />
      <LengthCounter text={description} max={DESCRIPTION_MAX} near={100} />
      {conflict && (
        <div className="edit-conflict" role="alert">
          <p>This task was changed elsewhere while you were editing it:</p>
          <dl>
            {(['title', 'description'] as const)
              .filter((k) => changes()[k] !== undefined && conflict[k] !== start[k])
              .map((k) => (
                <div key={k}>
                  <dt>{k === 'title' ? 'Title now' : 'Description now'}</dt>
                  <dd dir="auto">{conflict[k] || '(empty)'}</dd>
                </div>
              ))}
          </dl>
          <div className="editor-actions">
            <button type="button" onClick={() => void save(true)} disabled={saving}>
              Keep mine
            </button>
            <button type="button" onClick={onDone}>
              Use theirs
            </button>
          </div>
        </div>
      )}
      <div className="editor-actions">
        <button type="button" onClick={() => void save()} disabled={saving}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
