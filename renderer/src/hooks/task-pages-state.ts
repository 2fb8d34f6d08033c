// The sidebar's window onto the task list as plain data, and how a change lands in it: pure, so
// it is tested without a browser.
import type { Task, TaskCounts, TaskStatus } from '../../../electron/shared/task.ts';

export const PAGE_SIZE = 100;

export interface Page {
  generation: number;
  items: Task[];
}

export interface State {
  status: TaskStatus;
  total: number | null;
  counts: TaskCounts | null;
  pages: Map<number, Page>;
}

const matches = (task: Task, status: TaskStatus) =>
  status === 'all' || task.completed === (status === 'completed');

/** Puts changed tasks where the list already shows them, and a new task at the end it belongs to. */
export function applyChange(s: State, reason: string, tasks: Task[]): State {
  if (s.total === null || !s.counts) return s;
  const pages = new Map(s.pages);
  let { total } = s;
  const counts = { ...s.counts };
  for (const task of tasks) {
    let found = false;
    for (const [p, page] of pages) {
      const i = page.items.findIndex((t) => t.id === task.id);
      if (i === -1) continue;
      found = true;
      // A task leaving this filter would shift every row after it: the refetch handles that.
      if (matches(task, s.status)) pages.set(p, { ...page, items: page.items.with(i, task) });
    }
    if (found || reason !== 'created' || !matches(task, s.status)) continue;
    const last = Math.floor(total / PAGE_SIZE);
    const page = pages.get(last);
    if (page && page.items.length === total % PAGE_SIZE) {
      pages.set(last, { ...page, items: [...page.items, task] });
    } else if (total % PAGE_SIZE === 0 && (total === 0 || pages.has(last - 1))) {
      pages.set(last, { generation: -1, items: [task] });
    }
    total++;
    counts.all++;
    counts.pending++;
  }
  return { ...s, pages, total, counts };
}
