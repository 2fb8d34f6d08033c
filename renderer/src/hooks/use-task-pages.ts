// A window onto a possibly huge task list: only the pages the list is showing are fetched, so the
// first frame costs the same for 10 tasks or 100,000. Any change (from this window, the chat or
// another process) refetches just the visible pages.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Task, TaskCounts, TaskStatus } from '../../../electron/shared/task.ts';
import { api } from '../lib/api.ts';
import { takeArrivedFirstPage, takeFirstPageRequest } from './first-page.ts';
import {
  applyChange,
  filterKey,
  PAGE_SIZE,
  type State,
  type TaskFilter,
} from './task-pages-state.ts';

export { PAGE_SIZE } from './task-pages-state.ts';

/** How long the list must stay near rows it jumped to before their pages are asked for. */
const SETTLE_MS = 50;

export interface TaskPages {
  total: number | null;
  counts: TaskCounts | null;
  taskAt(index: number): Task | undefined;
  /** Tell the hook which rows are on screen; it loads what is missing. */
  showRange(first: number, last: number): void;
  refresh(): void;
  /** Where a task is in the pages loaded so far, or -1. */
  indexOf(id: number): number;
  /** Shows a change at once, before the round trip; the next refresh confirms or reverts it. */
  showLocally(task: Task): void;
  error: string | null;
  clearError(): void;
}

/** All tasks, in order: the list the page asks for before React starts (first-page.ts). */
const ALL = filterKey({ status: 'all' });

/**
 * The tasks with a status, and optionally a due view and a label (see `tasks.page`); `today` is
 * the person's local date, for placing changes before the refetch confirms them.
 */
export function useTaskPages(
  status: TaskStatus,
  due: TaskFilter['due'],
  label: string | undefined,
  today: string,
  words = '',
): TaskPages {
  const key = filterKey({ status, due, label, words });
  const [state, setState] = useState<State>(() => {
    const early = key === ALL ? takeArrivedFirstPage() : null;
    return {
      filter: { status, due, label, words },
      total: early?.total ?? null,
      counts: early?.counts ?? null,
      pages: new Map(early ? [[0, { generation: 1, items: early.items }]] : []),
    };
  });
  const [error, setError] = useState<string | null>(null);
  // Generation 1 is the first render's: the prefetched page and the first loads carry it.
  const generation = useRef(1);
  const shownKey = useRef(key);
  const inflight = useRef(new Set<string>());
  const visible = useRef<[number, number]>([0, 0]);
  const pagesRef = useRef(state.pages);
  useEffect(() => {
    pagesRef.current = state.pages;
  }, [state.pages]);

  const load = useCallback(
    (page: number) => {
      const gen = generation.current;
      const requestKey = `${key}:${gen}:${page}`;
      if (inflight.current.has(requestKey)) return;
      inflight.current.add(requestKey);
      const filter: TaskFilter = {
        status,
        ...(due ? { due } : {}),
        ...(label !== undefined ? { label } : {}),
        ...(words ? { words } : {}),
      };
      const request =
        (page === 0 && key === ALL ? takeFirstPageRequest() : null) ??
        api.invoke('tasks.page', { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      void request.then((result) => {
        inflight.current.delete(requestKey);
        if (!result.ok) {
          if (gen === generation.current) setError(result.error.message);
          return;
        }
        const { items, total, counts } = result.value;
        setState((s) => {
          // An answer overtaken by a change is still better than an empty list: it is shown only
          // where nothing newer is, and keeps its old generation so a fresh copy replaces it.
          const same = filterKey(s.filter) === key;
          const shown = same ? s.pages.get(page) : undefined;
          if (gen !== generation.current && (!same || (shown && shown.generation >= gen))) {
            return s;
          }
          const pages = new Map(same ? s.pages : []);
          pages.set(page, { generation: gen, items });
          return { filter, total, counts, pages };
        });
      });
    },
    [key, status, due, label, words],
  );

  const ensureVisible = useCallback(() => {
    const [first, last] = visible.current;
    const firstPage = Math.floor(first / PAGE_SIZE);
    const lastPage = Math.floor(last / PAGE_SIZE);
    for (let p = firstPage; p <= lastPage; p++) {
      const page = pagesRef.current.get(p);
      if (!page || page.generation !== generation.current) load(p);
    }
  }, [load]);

  // Rows flying past (a scrollbar dragged, a jump far away) are not fetched: by the time their
  // page came back they would be gone, and every answer costs the list a render. A range that
  // overlaps the one shown before (a wheel, a key) loads at once; one that doesn't is loaded once
  // the list has stayed near it for SETTLE_MS.
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const loadWhenSettled = useCallback(() => {
    if (settle.current !== undefined) return;
    const wait = (from: [number, number]) => {
      settle.current = setTimeout(() => {
        const [first, last] = visible.current;
        if (first <= from[1] && last >= from[0]) {
          settle.current = undefined;
          ensureVisible();
        } else wait(visible.current);
      }, SETTLE_MS);
    };
    wait(visible.current);
  }, [ensureVisible]);
  useEffect(() => () => clearTimeout(settle.current), []);

  const showRange = useCallback(
    (first: number, last: number) => {
      const [was, wasLast] = visible.current;
      visible.current = [first, Math.max(first, last)];
      if (first <= wasLast && last >= was) ensureVisible();
      else loadWhenSettled();
    },
    [ensureVisible, loadWhenSettled],
  );

  // Several changes in one burst (a bulk action, an event plus our own call) become one refetch.
  const pending = useRef(false);
  const refresh = useCallback(() => {
    if (pending.current) return;
    pending.current = true;
    queueMicrotask(() => {
      pending.current = false;
      generation.current++;
      const [first, last] = visible.current;
      const keep = new Set<number>();
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) {
        keep.add(p);
      }
      // Stale pages on screen stay until their fresh copy arrives (no flicker); others go.
      setState((s) => ({
        ...s,
        pages: new Map([...s.pages].filter(([p]) => keep.has(p))),
      }));
      ensureVisible();
    });
  }, [ensureVisible]);

  useEffect(() => {
    if (shownKey.current !== key) {
      // A new filter starts empty: results for another filter are ignored until page 0 arrives.
      shownKey.current = key;
      generation.current++;
      visible.current = [0, 0];
    }
    // The first page may have come with the first render, or be on its way already (the list asks
    // for the rows it shows before this effect runs; the same request is not sent twice).
    if (pagesRef.current.get(0)?.generation === generation.current) return;
    load(0);
  }, [key, load]);

  // Changes carried by the event show at once; the refetch that follows confirms them.
  const todayRef = useRef(today);
  useEffect(() => {
    // A new day moves tasks between Today, Upcoming and overdue: ask again.
    if (todayRef.current === today) return;
    todayRef.current = today;
    refresh();
  }, [today, refresh]);
  useEffect(
    () =>
      api.on('tasks.changed', (change) => {
        if (change.tasks?.length) {
          generation.current++;
          setState((s) => applyChange(s, change.reason, change.tasks!, todayRef.current));
        }
        refresh();
      }),
    [refresh],
  );

  const showLocally = useCallback((task: Task) => {
    // Answers to requests made before this change would show the old state: drop them.
    // The pages showing it count as this generation's, so an answer to an older request can't
    // put the old state back on screen for a moment (a tick flickering off, then on).
    const gen = ++generation.current;
    setState((s) => ({
      ...s,
      pages: new Map(
        [...s.pages].map(([p, page]) =>
          page.items.some((t) => t.id === task.id)
            ? [p, { generation: gen, items: page.items.map((t) => (t.id === task.id ? task : t)) }]
            : [p, page],
        ),
      ),
    }));
  }, []);

  const current = filterKey(state.filter) === key ? state : null;
  return {
    total: current?.total ?? null,
    counts: current?.counts ?? state.counts,
    taskAt: (index) => current?.pages.get(Math.floor(index / PAGE_SIZE))?.items[index % PAGE_SIZE],
    showRange,
    refresh,
    indexOf: (id) => {
      for (const [p, page] of current?.pages ?? []) {
        const i = page.items.findIndex((t) => t.id === id);
        if (i !== -1) return p * PAGE_SIZE + i;
      }
      return -1;
    },
    showLocally,
    error,
    clearError: () => setError(null),
  };
}
