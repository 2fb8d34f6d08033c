// A virtualized, keyboard-driven list: only the rows on screen exist in the DOM.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Task } from '../../../electron/shared/task.ts';
import type { TaskPages } from '../hooks/use-task-pages.ts';
import type { Group } from '../lib/day-groups.ts';
import { TaskEditor } from './TaskEditor.tsx';
import { type RowActions, TaskView } from './TaskRow.tsx';
import './TaskList.css';

/**
 * A task to show: one just added (found at the end of a list in task order), or one asked for
 * (a reminder's Open) at the index it was found at, which also takes the keyboard focus.
 */
export interface Reveal {
  id: number;
  index?: number;
  focus?: boolean;
}

const ROW_HEIGHT = 52;
const estimateSize = () => ROW_HEIGHT;

export function TaskList(props: {
  data: TaskPages;
  actions: RowActions;
  emptyMessage: string;
  /** A task to show: scrolled into view and highlighted, wherever the list was. */
  reveal?: Reveal | null;
  /** The list is in task order, so a task just added is its last. */
  inTaskOrder: boolean;
  /** Lists sorted by date show a heading where each group begins. */
  groupOf?: ((task: Task) => Group) | undefined;
  today: string;
}) {
  const { data, actions, reveal, groupOf, today } = props;
  const total = data.total ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  /**
   * A row to focus once it is drawn: the one a key moved to, or the active one after an edit or a
   * delete. The index lives here, not only in the state: effects of a render drawn before the key
   * was pressed can still run after it, and must not focus the row the key moved away from.
   */
  const focusPending = useRef<number | 'active' | null>(null);
  /** A row asked for, to focus once it is on screen. */
  const focusReveal = useRef<number | null>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders us itself
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
    // Rows in the very first render, before the list has been measured.
    initialRect: { width: 0, height: window.innerHeight },
    // Keys are the row positions (the default): a new key function each render would make the
    // virtualizer recompute all 100,000 positions every time.
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { showRange } = data;

  useEffect(() => showRange(first, last), [first, last, showRange]);

  // Keep the active row inside the list when it shrinks (after a delete or a filter change).
  const current = total === 0 ? 0 : Math.min(active, total - 1);

  // A new task is the last of a list in task order (numbers only grow): bring the end into view.
  // In a list by date it is wherever its date puts it, once that page has come. A task asked for
  // comes with its place, and once the list has loaded it becomes the active row, focused.
  const revealAt =
    reveal == null || data.total === null
      ? -1
      : reveal.index !== undefined
        ? Math.min(reveal.index, total - 1)
        : props.inTaskOrder && !reveal.focus
          ? total - 1
          : data.indexOf(reveal.id);
  useEffect(() => {
    if (revealAt < 0) {
      // (one the list never got to show in time is not focused later, out of the blue)
      if (!reveal) focusReveal.current = null;
      return;
    }
    virtualizer.scrollToIndex(revealAt, { align: reveal?.focus ? 'center' : 'auto' });
    if (reveal?.focus) focusReveal.current = revealAt;
  }, [reveal, revealAt, virtualizer]);
  useEffect(() => {
    if (focusReveal.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[data-index="${focusReveal.current}"]`,
    );
    if (!row) return;
    focusReveal.current = null;
    row.focus({ preventScroll: true });
  });

  useEffect(() => {
    const pending = focusPending.current;
    if (pending === null) return;
    const index = pending === 'active' ? current : Math.min(pending, total - 1);
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) {
      focusPending.current = null;
      row.focus({ preventScroll: true });
    }
  });

  // A row that held the focus can be drawn again when the list's data comes back (a save, a
  // tick): the focus would fall to the page. While it was in the list, it stays on the active row.
  const focusInList = useRef(false);
  useEffect(() => {
    if (!focusInList.current || document.activeElement !== document.body) return;
    scrollRef.current
      ?.querySelector<HTMLElement>(`[data-index="${current}"]`)
      ?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    focusPending.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'text') return;
    if (e.target instanceof HTMLTextAreaElement) return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const task = data.taskAt(current);
    const onRow = (e.target as HTMLElement).getAttribute('role') === 'listitem';
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
        e.preventDefault();
        moveTo(current + 1);
        break;
      case 'ArrowUp':
      case 'k':
        e.preventDefault();
        moveTo(current - 1);
        break;
      case 'Home':
        e.preventDefault();
        moveTo(0);
        break;
      case 'End':
        e.preventDefault();
        moveTo(total - 1);
        break;
      case ' ':
        if (onRow && task) {
          e.preventDefault();
          actions.toggle(task);
        }
        break;
      case 'e':
      case 'Enter':
        if (onRow && task) {
          e.preventDefault();
          setEditing(task.id);
        }
        break;
      case 'Delete':
        if (task) {
          e.preventDefault();
          focusPending.current = 'active';
          actions.remove(task);
        }
        break;
    }
  };

  if (data.total === 0) {
    return <p className="empty-state">{props.emptyMessage}</p>;
  }

  return (
    <div
      ref={scrollRef}
      className="task-scroll"
      role="list"
      aria-label="Tasks"
      aria-busy={data.total === null}
      onKeyDown={onKeyDown}
      onFocus={() => (focusInList.current = true)}
      onBlur={(e) => {
        // (focus gone somewhere else on the page; a row taken out of the page leaves no target)
        if (e.relatedTarget && !scrollRef.current?.contains(e.relatedTarget as Node))
          focusInList.current = false;
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const task: Task | undefined = data.taskAt(item.index);
          const isActive = item.index === current;
          // A heading where a group begins: known once the row before it has loaded too.
          const group = task && groupOf?.(task);
          const before = item.index > 0 ? data.taskAt(item.index - 1) : undefined;
          const heading =
            group && (item.index === 0 || (before && groupOf!(before).key !== group.key))
              ? group
              : null;
          return (
            <div
              key={item.key}
              // Rows have a fixed height; only one being edited, or under a heading, is taller
              // and needs measuring (in a grouped list any row can gain a heading as pages load).
              ref={
                (task && editing === task.id) || groupOf ? virtualizer.measureElement : undefined
              }
              data-index={item.index}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={total}
              aria-label={task ? undefined : 'Loading'}
              tabIndex={isActive ? 0 : -1}
              className={`task-row${task?.completed ? ' done' : ''}${isActive ? ' active' : ''}${task && task.id === reveal?.id ? ' just-added' : ''}${heading ? ' starts-group' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
              onFocus={(e) => {
                if (e.target === e.currentTarget) setActive(item.index);
              }}
              onClick={() => setActive(item.index)}
            >
              {heading && (
                <h2 className={heading.warn ? 'group-heading warn' : 'group-heading'}>
                  {heading.label}
                </h2>
              )}
              {!task ? (
                <span className="placeholder" />
              ) : editing === task.id ? (
                <TaskEditor
                  task={task}
                  today={today}
                  actions={actions}
                  onDone={() => {
                    setEditing(null);
                    focusPending.current = 'active';
                    // Back to the fixed row height: forget the editor's measured size (a grouped
                    // list measures every row, and keeps doing so).
                    if (!groupOf) virtualizer.measure();
                  }}
                />
              ) : (
                <TaskView
                  task={task}
                  today={today}
                  actions={actions}
                  onEdit={() => setEditing(task.id)}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
