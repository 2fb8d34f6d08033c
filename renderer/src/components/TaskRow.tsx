import type { Task, TimeFields } from '../../../electron/shared/task.ts';
import { TaskMeta } from './TaskMeta.tsx';

/** The fields the editor can change. */
export type Edit = Partial<Pick<Task, 'title' | 'description'> & TimeFields>;

/** How a save went: saved; refused because the task changed elsewhere (with it as it is now); or
 * failed (the error is shown). */
export type SaveResult = { kind: 'saved' } | { kind: 'conflict'; now: Task } | { kind: 'failed' };

export interface RowActions {
  toggle(task: Task): void;
  remove(task: Task): void;
  /** Saves only the fields changed; `expected` is what they said when editing began (omitted:
   * keep mine, whatever changed since). */
  save(task: Task, changes: Edit, expected?: Edit): Promise<SaveResult>;
  /** A repeating task moves on to its next occurrence; true when it did. */
  skip(task: Task): Promise<boolean>;
}

export function TaskView(props: {
  task: Task;
  actions: RowActions;
  onEdit: () => void;
  today: string;
}) {
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
        <TaskMeta task={task} today={props.today} />
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
