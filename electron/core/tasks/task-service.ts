// What can be done to tasks, whoever asks (sidebar, chat, CLI). Inputs arrive already validated
// by the contract's schemas; this layer adds existence rules, friendly messages and events.
import { AppError } from '../../shared/errors.ts';
import type { NewTask, Task, TaskCounts, TaskPatch, TaskStatus } from '../../shared/task.ts';
import type { CoreEvents } from '../events.ts';
import type { TaskRepository } from './task-repository.ts';

export class TaskService {
  readonly #repo: TaskRepository;
  readonly #events: CoreEvents;
  readonly #clock: () => Date;

  constructor(repo: TaskRepository, events: CoreEvents, clock: () => Date = () => new Date()) {
    this.#repo = repo;
    this.#events = events;
    this.#clock = clock;
  }

  #now(): string {
    return this.#clock().toISOString();
  }

  #notFound(id: number): AppError {
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
      const counts = this.#repo.counts();
      return { items: this.#repo.page(status, offset, limit), total: counts[status], counts };
    });
  }

  counts(): TaskCounts {
    return this.#repo.counts();
  }

  get(id: number): Task {
    const task = this.#repo.get(id);
    if (!task) throw this.#notFound(id);
    return task;
  }

  create(input: NewTask): Task {
    const task = this.#repo.create(input.title, input.description ?? '', this.#now());
    this.#events.emit('tasks.changed', { reason: 'created', ids: [task.id], tasks: [task] });
    return task;
  }

  update(patch: TaskPatch): Task {
    const task = this.#repo.update(patch.id, patch, this.#now());
    if (!task) throw this.#notFound(patch.id);
    this.#events.emit('tasks.changed', { reason: 'updated', ids: [task.id], tasks: [task] });
    return task;
  }

  setCompleted(id: number, completed: boolean): Task {
    const changed = this.#repo.setCompleted(id, completed, this.#now());
    if (!changed) return this.get(id); // already in that state: nothing to do
    this.#events.emit('tasks.changed', { reason: 'updated', ids: [id], tasks: [changed] });
    return changed;
  }

  delete(id: number): Task {
    const task = this.#repo.delete(id);
    if (!task) throw this.#notFound(id);
    this.#events.emit('tasks.changed', { reason: 'deleted', ids: [id] });
    return task;
  }

  /** Puts a deleted task back with its number, times and state, so it returns to its place. */
  restore(snapshot: Task): Task {
    if (snapshot.id > this.#repo.lastIssuedId()) {
      throw new AppError(
        'NOT_FOUND',
        `Task ${snapshot.id} never existed, so it can't be restored.`,
      );
    }
    if (this.#repo.get(snapshot.id)) {
      throw new AppError('CONFLICT', `Task ${snapshot.id} is already in your list.`);
    }
    const task = this.#repo.restore(snapshot);
    this.#events.emit('tasks.changed', { reason: 'restored', ids: [task.id], tasks: [task] });
    return task;
  }
}
