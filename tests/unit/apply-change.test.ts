// How a change lands in the sidebar's loaded pages before the refetch confirms it.
import { describe, expect, it } from 'vitest';
import {
  applyChange as apply,
  PAGE_SIZE,
  type State,
  type TaskFilter,
} from '../../renderer/src/hooks/task-pages-state.ts';
import type { Task } from '../../electron/shared/task.ts';
import { fromStoredTask } from '../../electron/core/tasks/task-repository.ts';

const TODAY = '2026-12-04';
const applyChange = (s: State, reason: string, tasks: Task[]) => apply(s, reason, tasks, TODAY);

const task = (id: number, completed = false, title = `Task ${id}`): Task =>
  fromStoredTask({ id, title, completed });

function state(status: TaskFilter['status'] | TaskFilter, tasks: Task[]): State {
  const pages = new Map<number, { generation: number; items: Task[] }>();
  for (let i = 0; i < tasks.length; i += PAGE_SIZE)
    pages.set(i / PAGE_SIZE, { generation: 1, items: tasks.slice(i, i + PAGE_SIZE) });
  const done = tasks.filter((t) => t.completed).length;
  return {
    filter: typeof status === 'string' ? { status } : status,
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
    expect(s.counts).toEqual({
      all: 2,
      pending: 2,
      completed: 0,
      trash: 0,
      today: 0,
      overdue: 0,
      upcoming: 0,
    });
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
    const empty: State = { filter: { status: 'all' }, total: null, counts: null, pages: new Map() };
    expect(applyChange(empty, 'created', [task(1)])).toBe(empty);
  });

  it('counts a new task with a date in Today, overdue and Upcoming as the core does', () => {
    const s = applyChange(state('all', []), 'created', [
      { ...task(1), dueDate: '2026-12-03' },
      { ...task(2), dueDate: TODAY },
      { ...task(3), dueDate: '2026-12-20' },
    ]);
    expect(s.counts).toMatchObject({ today: 2, overdue: 1, upcoming: 2 });
  });

  it('leaves a new task to the refetch in a list sorted by date (it belongs mid-list)', () => {
    const today = state({ status: 'pending', due: 'today' }, [{ ...task(1), dueDate: TODAY }]);
    const s = applyChange(today, 'created', [{ ...task(2), dueDate: TODAY }]);
    expect(titles(s)).toEqual(['Task 1']);
    expect(s.total).toBe(1);
  });

  it('keeps a task in a label or due view only while it still matches', () => {
    const home = state({ status: 'all', label: 'home' }, [{ ...task(1), labels: ['home'] }]);
    expect(
      titles(applyChange(home, 'updated', [{ ...task(1, false, 'Renamed'), labels: ['home'] }])),
    ).toEqual(['Renamed']);
    expect(
      titles(applyChange(home, 'updated', [{ ...task(1, false, 'Renamed'), labels: [] }])),
    ).toEqual(['Task 1']);
    const upcoming = state({ status: 'pending', due: 'scheduled' }, [
      { ...task(1), dueDate: TODAY },
    ]);
    const moved = applyChange(upcoming, 'updated', [
      { ...task(1, false, 'Moved'), dueDate: '2026-12-01' },
    ]);
    expect(titles(moved)).toEqual(['Task 1']);
  });

  it('adds a new task at the end of a label view only when it carries the label', () => {
    const home = state({ status: 'all', label: 'home' }, [{ ...task(1), labels: ['home'] }]);
    expect(titles(applyChange(home, 'created', [task(2)]))).toEqual(['Task 1']);
    expect(titles(applyChange(home, 'created', [{ ...task(3), labels: ['home'] }]))).toEqual([
      'Task 1',
      'Task 3',
    ]);
  });
});
