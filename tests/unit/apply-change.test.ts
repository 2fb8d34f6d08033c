// How a change lands in the sidebar's loaded pages before the refetch confirms it.
import { describe, expect, it } from 'vitest';
import { applyChange, PAGE_SIZE, type State } from '../../renderer/src/hooks/task-pages-state.ts';
import type { Task, TaskStatus } from '../../electron/shared/task.ts';

const NO_TIME = {
  completedAt: null,
  dueDate: null,
  dueTime: null,
  priority: null,
  repeat: null,
  labels: [],
};

const task = (id: number, completed = false, title = `Task ${id}`): Task => ({
  id,
  title,
  description: '',
  completed,
  createdAt: new Date(0).toISOString(),
  updatedAt: new Date(0).toISOString(),
  ...NO_TIME,
});

function state(status: TaskStatus, tasks: Task[]): State {
  const pages = new Map<number, { generation: number; items: Task[] }>();
  for (let i = 0; i < tasks.length; i += PAGE_SIZE)
    pages.set(i / PAGE_SIZE, { generation: 1, items: tasks.slice(i, i + PAGE_SIZE) });
  const done = tasks.filter((t) => t.completed).length;
  return {
    status,
    total: tasks.length,
    counts: {
      all: tasks.length,
      pending: tasks.length - done,
      completed: done,
      trash: 0,
      today: 0,
      overdue: 0,
      upcoming: 0,
    },
    pages,
  };
}
const titles = (s: State) => [...s.pages.values()].flatMap((p) => p.items.map((t) => t.title));

describe('applyChange', () => {
  it('shows an edit in place', () => {
    const s = applyChange(state('all', [task(1), task(2), task(3)]), 'updated', [
      task(2, false, 'Renamed'),
    ]);
    expect(titles(s)).toEqual(['Task 1', 'Renamed', 'Task 3']);
    expect(s.total).toBe(3);
  });

  it('adds a new task at the end and counts it', () => {
    const s = applyChange(state('all', [task(1)]), 'created', [task(2)]);
    expect(titles(s)).toEqual(['Task 1', 'Task 2']);
    expect(s.total).toBe(2);
    expect(s.counts).toEqual({ all: 2, pending: 2, completed: 0, trash: 0 });
  });

  it('starts a new page when the last one is full', () => {
    const full = Array.from({ length: PAGE_SIZE }, (_, i) => task(i + 1));
    const s = applyChange(state('all', full), 'created', [task(PAGE_SIZE + 1)]);
    expect(s.pages.get(1)?.items.map((t) => t.id)).toEqual([PAGE_SIZE + 1]);
    expect(s.total).toBe(PAGE_SIZE + 1);
  });

  it('leaves a new task out of a filter it does not belong to', () => {
    const s = applyChange(state('completed', [task(1, true)]), 'created', [task(2)]);
    expect(titles(s)).toEqual(['Task 1']);
    expect(s.total).toBe(1);
  });

  it('leaves a task that no longer matches the filter for the refetch (no shifted rows)', () => {
    const before = state('pending', [task(1), task(2)]);
    const s = applyChange(before, 'updated', [task(1, true)]);
    expect(titles(s)).toEqual(['Task 1', 'Task 2']);
    expect(s.pages.get(0)!.items[0]!.completed).toBe(false);
  });

  it('changes nothing before the first page has arrived', () => {
    const empty: State = { status: 'all', total: null, counts: null, pages: new Map() };
    expect(applyChange(empty, 'created', [task(1)])).toBe(empty);
  });
});
