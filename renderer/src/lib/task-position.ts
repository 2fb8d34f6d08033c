// Where a task is in a list that may hold 100,000: looked up in the first page, else found by a
// binary search of one-row pages (about 17 small requests for 100,000 tasks).
import type { Task } from '../../../electron/shared/task.ts';
import { compareInList, PAGE_SIZE, type TaskFilter } from '../hooks/task-pages-state.ts';
import { api } from './api.ts';

/** The task's index in the list the filter makes, or -1 when it isn't there (or can't be read). */
export async function positionOf(task: Task, filter: TaskFilter): Promise<number> {
  const at = (offset: number, limit: number) =>
    api.invoke('tasks.page', {
      status: filter.status,
      ...(filter.due ? { due: filter.due } : {}),
      ...(filter.label !== undefined ? { label: filter.label } : {}),
      offset,
      limit,
    });
  const first = await at(0, PAGE_SIZE);
  if (!first.ok) return -1;
  const index = first.value.items.findIndex((t) => t.id === task.id);
  if (index !== -1) return index;
  // The first row at or after the task.
  let low = first.value.items.length;
  let high = first.value.total;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const row = await at(middle, 1);
    const there = row.ok ? row.value.items[0] : undefined;
    if (!there) return -1;
    if (compareInList(there, task, filter) < 0) low = middle + 1;
    else high = middle;
  }
  const found = low < first.value.total ? await at(low, 1) : null;
  return found?.ok && found.value.items[0]?.id === task.id ? low : -1;
}
