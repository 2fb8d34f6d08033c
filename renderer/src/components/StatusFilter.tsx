import type { TaskCounts, TaskStatus } from '../../../electron/shared/task.ts';

/** What the sidebar shows: tasks by status, or the Trash. */
export type SidebarView = TaskStatus | 'trash';

const LABELS: Record<SidebarView, string> = {
  all: 'All',
  pending: 'Pending',
  completed: 'Completed',
  trash: 'Trash',
};

export function StatusFilter(props: {
  value: SidebarView;
  counts: TaskCounts | null;
  onChange: (view: SidebarView) => void;
}) {
  return (
    <fieldset className="status-filter">
      <legend className="visually-hidden">Show</legend>
      {(Object.keys(LABELS) as SidebarView[]).map((view) => (
        <label key={view} className={props.value === view ? 'selected' : undefined}>
          <input
            type="radio"
            name="status"
            value={view}
            checked={props.value === view}
            onChange={() => props.onChange(view)}
          />
          {LABELS[view]} <span className="count">{props.counts ? props.counts[view] : '…'}</span>
        </label>
      ))}
    </fieldset>
  );
}
