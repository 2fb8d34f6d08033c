// A task's date, repeat, priority and labels in a few characters ("Tomorrow 17:00", "Every Sun",
// "P1", "#home"), on the row's second line with the description.
import type { Task } from '../../../electron/shared/task.ts';
import {
  PRIORITY_WORDS,
  sayDue,
  sayPriority,
  sayRepeat,
} from '../../../electron/shared/when-text.ts';
import './TaskMeta.css';

const isOverdue = (task: Task, today: string) =>
  !task.completed && task.dueDate !== null && task.dueDate < today;

export function TaskMeta({ task, today }: { task: Task; today: string }) {
  const overdue = isOverdue(task, today);
  if (!task.dueDate && !task.repeat && !task.priority && task.labels.length === 0) {
    return task.description ? (
      <span className="task-description" dir="auto">
        {task.description}
      </span>
    ) : null;
  }
  return (
    <span className="task-details">
      {task.dueDate && (
        <span
          className={overdue ? 'due overdue' : 'due'}
          title={overdue ? `Overdue: it was due ${task.dueDate}` : `Due ${task.dueDate}`}
        >
          {overdue && <span aria-hidden="true">⚠ </span>}
          {overdue && <span className="visually-hidden">Overdue: </span>}
          {sayDue(task.dueDate, task.dueTime, today, 'short')}
        </span>
      )}
      {task.repeat && (
        <span className="repeat" title={`Repeats: ${task.repeat}`}>
          <span aria-hidden="true">↻ </span>
          {sayRepeat(task.repeat)}
        </span>
      )}
      {task.priority && (
        <span
          className={`priority p${task.priority}`}
          title={`Priority ${task.priority} (${PRIORITY_WORDS[task.priority]})`}
        >
          {sayPriority(task.priority)}
        </span>
      )}
      {task.labels.map((label) => (
        <span key={label} className="label">
          #{label}
        </span>
      ))}
      {task.description && (
        <span className="task-description" dir="auto">
          {task.description}
        </span>
      )}
    </span>
  );
}
