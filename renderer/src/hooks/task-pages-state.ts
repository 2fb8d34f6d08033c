// The sidebar's window onto the task list as plain data, and how a change lands in it: pure, so
// it is tested without a browser.
import type { Task, TaskCounts, TaskStatus } from '../../../electron/shared/task.ts';
import { addDays } from '../lib/local-dates.ts';

export const PAGE_SIZE = 100;

/** Which tasks a list shows, as `tasks.page` takes it. */
export interface TaskFilter {
  status: TaskStatus;
  due?: 'today' | 'overdue' | 'upcoming' | 'scheduled' | 'none' | undefined;
  label?: string | undefined;
  /** The sidebar's filter box: words in the title, description or labels. */
  words?: string | undefined;
}

export const filterKey = (f: TaskFilter) =>
  `${f.status}|${f.due ?? ''}|${f.label ?? ''}|${f.words ?? ''}`;

/** Words as search compares them: lower case, without accents. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a task has the filter box's words, near enough to place a change on screen before the
 * server's answer (which searches properly) arrives: every word begins a word of the task.
 */
function hasWords(task: Task, words: string): boolean {
  const own = plain(`${task.title} ${task.description} ${task.labels.join(' ')}`).split(
    /[^\p{L}\p{N}]+/u,
  );
  return plain(words)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => own.some((o) => o.startsWith(w)));
}

export interface Page {
  generation: number;
  items: Task[];
}

export interface State {
  filter: TaskFilter;
  total: number | null;
  counts: TaskCounts | null;
  pages: Map<number, Page>;
}

/** Whether a task belongs in a list, judged as the core does on the person's `today`. */
export function matches(task: Task, f: TaskFilter, today: string): boolean {
  if (f.status !== 'all' && task.completed !== (f.status === 'completed')) return false;
  if (f.label !== undefined && !task.labels.includes(f.label)) return false;
  if (f.words && !hasWords(task, f.words)) return false;
  const due = task.dueDate;
  switch (f.due) {
    case 'today':
      return due !== null && due <= today;
    case 'overdue':
      return due !== null && due < today;
    case 'upcoming':
      return due !== null && due >= today && due < addDays(today, 7);
    case 'scheduled':
      return due !== null && due >= today;
    case 'none':
      return due === null;
    default:
      return true;
  }
}

/** Lists in task order (numbers only grow), where a new task is the last one. */
export const inTaskOrder = (f: TaskFilter) => f.due === undefined || f.due === 'none';

/** Puts changed tasks where the list already shows them, and a new task at the end it belongs to. */
export function applyChange(s: State, reason: string, tasks: Task[], today: string): State {
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
      if (matches(task, s.filter, today)) {
        pages.set(p, { ...page, items: page.items.with(i, task) });
      }
    }
    // In a list sorted by date a new task goes somewhere in the middle: the refetch places it.
    if (found || reason !== 'created' || !inTaskOrder(s.filter)) continue;
    if (!matches(task, s.filter, today)) continue;
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
    if (task.dueDate !== null && task.dueDate <= today) counts.today++;
    if (task.dueDate !== null && task.dueDate < today) counts.overdue++;
    if (task.dueDate !== null && task.dueDate >= today) counts.upcoming++;
  }
  return { ...s, pages, total, counts };
}

/**
 * Where `a` comes before `b` (negative), after it (positive) or is the same task, in a list as the
 * core orders it: by number, or, in a list about time, by day, timed before all-day, then priority.
 */
export function compareInList(a: Task, b: Task, f: TaskFilter): number {
  if (!inTaskOrder(f)) {
    const key = (t: Task) =>
      [t.dueDate ?? '', t.dueTime === null ? 1 : 0, t.dueTime ?? '', t.priority ?? 4] as const;
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) {
      if (x[i]! < y[i]!) return -1;
      if (x[i]! > y[i]!) return 1;
    }
  }
  return a.id - b.id;
}
