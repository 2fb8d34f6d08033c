import type { TaskCounts } from '../../../electron/shared/task.ts';

/** What the sidebar shows: tasks by when they are due or by status, or the Trash. */
export type SidebarView = 'today' | 'upcoming' | 'all' | 'pending' | 'completed' | 'trash';

const LABELS: Record<SidebarView, string> = {
  today: 'Today',
  upcoming: 'Upcoming',
  all: 'All',
  pending: 'Pending',
  completed: 'Completed',
  trash: 'Trash',
};

const HINTS: Partial<Record<SidebarView, string>> = {
  today: 'Due today, and overdue',
  upcoming: 'Due today and later, by day',
};

export function StatusFilter(props: {
  value: SidebarView;
  counts: TaskCounts | null;
  onChange: (view: SidebarView) => void;
}) {
  const { counts } = props;
  return (
    <fieldset className="status-filter">
      <legend className="visually-hidden">Show</legend>
      {(Object.keys(LABELS) as SidebarView[]).map((view) => (
        <label
          key={view}
          className={props.value === view ? 'selected' : undefined}
          title={
            view === 'today' && counts && counts.overdue > 0
              ? `${HINTS.today} (${counts.overdue} overdue)`
              : HINTS[view]
          }
        >
          <input
            type="radio"
            name="status"
            value={view}
            checked={props.value === view}
            onChange={() => props.onChange(view)}
          />
          {LABELS[view]}{' '}
          <span
            className={view === 'today' && counts && counts.overdue > 0 ? 'count warn' : 'count'}
          >
            {counts ? counts[view] : '…'}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
