import { type KeyboardEvent, useState } from 'react';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../../electron/shared/limits.ts';
import type { Task } from '../../../electron/shared/task.ts';

export interface RowActions {
  toggle(task: Task): void;
  remove(task: Task): void;
  save(task: Task, title: string, description: string): Promise<boolean>;
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
        <span className="task-title">{task.title}</span>
        {task.description && <span className="task-description">{task.description}</span>}
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
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    const saved = await actions.save(task, title, description);
    setSaving(false);
    if (saved) onDone();
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
        value={title}
        maxLength={TITLE_MAX * 2}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
      />
      <textarea
        aria-label="Description"
        placeholder="Description (optional)"
        value={description}
        maxLength={DESCRIPTION_MAX * 2}
        rows={2}
        onChange={(e) => setDescription(e.target.value)}
      />
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
