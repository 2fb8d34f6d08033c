import type { TaskCounts, TaskStatus } from '../../../electron/shared/task.ts';

const LABELS: Record<TaskStatus, string> = {
  all: 'All',
  pending: 'Pending',
  completed: 'Completed',
};

export function StatusFilter(props: {
  value: TaskStatus;
  counts: TaskCounts | null;
  onChange: (status: TaskStatus) => void;
}) {
  return (
    <fieldset className="status-filter">
      <legend className="visually-hidden">Show</legend>
      {(Object.keys(LABELS) as TaskStatus[]).map((status) => (
        <label key={status} className={props.value === status ? 'selected' : undefined}>
          <input
            type="radio"
            name="status"
            value={status}
            checked={props.value === status}
            onChange={() => props.onChange(status)}
          />
          {LABELS[status]}{' '}
          <span className="count">{props.counts ? props.counts[status] : '…'}</span>
        </label>
      ))}
    </fieldset>
  );
}
