// What can be done to tasks, whoever asks (sidebar, chat, CLI). Inputs arrive already validated
// by the contract's schemas; this layer adds existence rules, friendly messages and events, and
// keeps every change in the one undo history. A deleted task goes to the Trash; only the Trash
// deletes for good.
import { AppError } from '../../shared/errors.ts';
import type { EventPayload } from '../../shared/ipc/contract.ts';
import type {
  NewTask,
  Task,
  TaskCounts,
  TaskPatch,
  TaskStatus,
  TrashedTask,
} from '../../shared/task.ts';
import type { CoreEvents } from '../events.ts';
import type { TaskRepository } from './task-repository.ts';
import type { TrashRepository } from './trash-repository.ts';
import {
  appStep,
  type Change,
  type ChangeKind,
  type Origin,
  type UndoHistory,
} from './undo-history.ts';

const q = (t: { title: string }) => `“${t.title}”`;

/** What undoing a step did. */
export interface Undone {
  summary: string;
  changed: number[];
}

export class TaskService {
  readonly #repo: TaskRepository;
  readonly #trash: TrashRepository;
  readonly #history: UndoHistory;
  readonly #events: CoreEvents;
  readonly #clock: () => Date;
  readonly #undoAppChanges: boolean;

  constructor(deps: {
    repo: TaskRepository;
    trash: TrashRepository;
    history: UndoHistory;
    events: CoreEvents;
    clock?: () => Date;
    /** False: only the chat's changes are steps of the history (the CLI's own commands aren't). */
    undoAppChanges?: boolean;
  }) {
    this.#repo = deps.repo;
    this.#trash = deps.trash;
    this.#history = deps.history;
    this.#events = deps.events;
    this.#clock = deps.clock ?? (() => new Date());
    this.#undoAppChanges = deps.undoAppChanges ?? true;
  }

  #record(origin: Origin, kind: ChangeKind, id: number, before: Task | null, after: Task | null) {
    if (origin.source === 'app' && !this.#undoAppChanges) return;
    this.#history.record(origin, kind, id, before, after, this.#now());
  }

  #now(): string {
    return this.#clock().toISOString();
  }

  /** Runs a change and its history in one transaction; windows hear of it once it committed. */
  #write<T>(fn: (changed: (e: EventPayload<'tasks.changed'>) => void) => T): T {
    const announced: EventPayload<'tasks.changed'>[] = [];
    const result = this.#repo.transaction(() => fn((e) => announced.push(e)));
    for (const e of announced) this.#events.emit('tasks.changed', e);
    return result;
  }

  #notFound(id: number): AppError {
    if (this.#trash.get(id)) {
      return new AppError(
        'NOT_FOUND',
        `Task ${id} is in the Trash. Restore it from there to change it.`,
      );
    }
    const range = this.#repo.idRange();
    const have = !range
      ? 'Your list is empty.'
      : range.first === range.last
        ? `You have task ${range.first}.`
        : `Your tasks are numbered ${range.first}–${range.last}.`;
    return new AppError(
      'NOT_FOUND',
      `Task ${id} doesn't exist (it may have been deleted). ${have}`,
    );
  }

  list(status: TaskStatus): Task[] {
    return this.#repo.list(status);
  }

  page(status: TaskStatus, offset: number, limit: number) {
    return this.#repo.transaction(() => {
      const counts = this.counts();
      return { items: this.#repo.page(status, offset, limit), total: counts[status], counts };
    });
  }

  counts(): TaskCounts {
    return { ...this.#repo.counts(), trash: this.#trash.count() };
  }

  get(id: number): Task {
    const task = this.#repo.get(id);
    if (!task) throw this.#notFound(id);
    return task;
  }

  create(input: NewTask, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const task = this.#repo.create(input.title, input.description ?? '', this.#now());
      this.#record(origin, 'add_task', task.id, null, task);
      changed({ reason: 'created', ids: [task.id], tasks: [task] });
      return task;
    });
  }

  update(patch: TaskPatch, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const before = this.get(patch.id);
      // No silent overwrite: a field changed elsewhere since editing began is not written over.
      const clash = (['title', 'description'] as const).filter(
        (key) =>
          patch[key] !== undefined &&
          patch.expected?.[key] !== undefined &&
          before[key] !== patch.expected[key] &&
          before[key] !== patch[key],
      );
      if (clash.length > 0) {
        throw new AppError(
          'CONFLICT',
          `This task's ${clash.join(' and ')} changed elsewhere while you were editing. Nothing was saved.`,
        );
      }
      const after = this.#repo.update(patch.id, patch, this.#now())!;
      this.#record(origin, 'update_task', after.id, before, after);
      changed({ reason: 'updated', ids: [after.id], tasks: [after] });
      return after;
    });
  }

  setCompleted(id: number, completed: boolean, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const before = this.get(id);
      const after = this.#repo.setCompleted(id, completed, this.#now());
      if (!after) return before; // already in that state: nothing to do
      const kind = completed ? 'complete_task' : 'reopen_task';
      this.#record(origin, kind, id, before, after);
      changed({ reason: 'updated', ids: [id], tasks: [after] });
      return after;
    });
  }

  /** Moves a task to the Trash. */
  delete(id: number, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const task = this.#repo.delete(id);
      if (!task) throw this.#notFound(id);
      this.#trash.put(task, this.#now());
      this.#record(origin, 'delete_task', id, task, null);
      changed({ reason: 'deleted', ids: [id] });
      return task;
    });
  }

  /** Puts a task from the Trash back with its number, times and state, so it returns in place. */
  restore(id: number, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const task = this.#takeFromTrash(id);
      this.#record(origin, 'restore_task', id, null, task);
      changed({ reason: 'restored', ids: [id], tasks: [task] });
      return task;
    });
  }

  #takeFromTrash(id: number): Task {
    const trashed = this.#trash.get(id);
    if (!trashed) {
      if (this.#repo.get(id)) throw new AppError('CONFLICT', `Task ${id} is already in your list.`);
      throw new AppError(
        'NOT_FOUND',
        id > this.#repo.lastIssuedId()
          ? `Task ${id} never existed, so it can't be restored.`
          : `Task ${id} isn't in the Trash any more: it was deleted for good.`,
      );
    }
    const { deletedAt: _, ...task } = trashed;
    this.#trash.remove(id);
    return this.#repo.restore(task);
  }

  trashPage(offset: number, limit: number): { items: TrashedTask[]; total: number } {
    return this.#repo.transaction(() => ({
      items: this.#trash.page(offset, limit),
      total: this.#trash.count(),
    }));
  }

  trashed(): TrashedTask[] {
    return this.#trash.all();
  }

  /** Deletes one task in the Trash for good. */
  purge(id: number): { id: number } {
    return this.#write((changed) => {
      if (!this.#trash.remove(id)) {
        throw new AppError('NOT_FOUND', `Task ${id} isn't in the Trash.`);
      }
      changed({ reason: 'purged', ids: [id] });
      return { id };
    });
  }

  /** Deletes everything in the Trash for good. */
  emptyTrash(): { deleted: number } {
    return this.#write((changed) => {
      const deleted = this.#trash.empty();
      if (deleted > 0) changed({ reason: 'purged', ids: [] });
      return { deleted };
    });
  }

  /** At start: the Trash forgets what it has held for 30 days, the history its old steps. */
  expireOld(): { trash: number; history: number } {
    return this.#write((changed) => {
      const trash = this.#trash.expire(this.#clock());
      const history = this.#history.prune(this.#clock());
      if (trash > 0) changed({ reason: 'purged', ids: [] });
      return { trash, history };
    });
  }

  /**
   * Undoes the newest step of the shared history (or of one conversation's changes). A field
   * someone changed again since is left as it is now, and said so: undo never overwrites a newer
   * change.
   */
  undo(scope: { conversationId?: number } = {}): Undone {
    return this.#write((changed) => {
      const step = this.#history.latest(scope.conversationId);
      if (step.length === 0) {
        throw new AppError(
          'NOT_FOUND',
          scope.conversationId === undefined
            ? 'There is nothing to undo.'
            : 'There is nothing to undo in this conversation.',
        );
      }
      const done: string[] = [];
      const ids: number[] = [];
      for (const change of step) {
        const line = this.#reverse(change);
        done.push(line.text);
        if (line.task) {
          ids.push(line.task.id);
          changed({
            reason: line.reason,
            ids: [line.task.id],
            tasks: line.task.live ? [line.task.live] : [],
          });
        }
      }
      this.#history.markUndone(step[0]!.step);
      return { summary: `Undone: ${done.join(', ')}`, changed: ids };
    });
  }

  #reverse(change: Change): {
    text: string;
    task?: { id: number; live?: Task };
    reason: EventPayload<'tasks.changed'>['reason'];
  } {
    const now = this.#now();
    const current = this.#repo.get(change.taskId);
    const was = (change.before ?? change.after)!;
    switch (change.kind) {
      case 'add_task':
      case 'restore_task': {
        if (!current) return { text: `${q(was)} was already gone`, reason: 'deleted' };
        // To the Trash, not gone: an undo is one click too, and nothing is lost by a click.
        this.#repo.delete(current.id);
        this.#trash.put(current, now);
        const text =
          change.kind === 'add_task'
            ? `removed ${q(current)} again`
            : `moved ${q(current)} back to the Trash`;
        return { text, task: { id: current.id }, reason: 'deleted' };
      }
      case 'delete_task': {
        if (current) return { text: `${q(current)} is already back`, reason: 'restored' };
        if (!this.#trash.get(change.taskId)) {
          return {
            text: `${q(was)} was deleted for good since, so it can't come back`,
            reason: 'restored',
          };
        }
        const task = this.#takeFromTrash(change.taskId);
        return {
          text: `brought back ${q(task)}`,
          task: { id: task.id, live: task },
          reason: 'restored',
        };
      }
      default: {
        if (!current) return { text: `${q(was)} is no longer in your list`, reason: 'updated' };
        const before = change.before!;
        const after = change.after!;
        const kept: string[] = [];
        const back = <K extends 'title' | 'description' | 'completed'>(key: K) => {
          if (before[key] === after[key]) return undefined;
          if (current[key] !== after[key]) {
            kept.push(key === 'completed' ? 'done or not' : key);
            return undefined;
          }
          return before[key];
        };
        const title = back('title');
        const description = back('description');
        const completed = back('completed');
        let live = current;
        if (title !== undefined || description !== undefined) {
          live = this.#repo.update(current.id, { title, description }, now) ?? live;
        }
        if (completed !== undefined)
          live = this.#repo.setCompleted(current.id, completed, now) ?? live;
        const text =
          kept.length === 0
            ? `put ${q(before)} back as it was`
            : live === current
              ? `left ${q(current)} as it is (its ${kept.join(' and ')} changed again since)`
              : `put ${q(live)} back, except its ${kept.join(' and ')} (changed again since)`;
        return { text, task: { id: current.id, live }, reason: 'updated' };
      }
    }
  }
}
