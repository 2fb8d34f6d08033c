// Deleted tasks, kept as they were for TRASH_DAYS so they can be put back in place. Only the
// Trash deletes for good (one task, or all of them), and time empties it.
import type Database from 'better-sqlite3';
import type { Task, TrashedTask } from '../../shared/task.ts';
import { type Query, query, queryValue, write } from '../db/statements.ts';
import { fromStoredTask } from './task-repository.ts';

export const TRASH_DAYS = 30;

interface TrashRow {
  task: string;
  deletedAt: string;
}

const toTrashed = (r: TrashRow): TrashedTask => ({
  ...fromStoredTask(JSON.parse(r.task) as Task),
  deletedAt: r.deletedAt,
});

export class TrashRepository {
  readonly #userId: string;
  readonly #put: (...params: unknown[]) => Database.RunResult;
  readonly #get: Query<TrashRow>;
  readonly #page: Query<TrashRow>;
  readonly #all: Query<TrashRow>;
  readonly #count: Query<number>;
  readonly #remove: (...params: unknown[]) => Database.RunResult;
  readonly #empty: (...params: unknown[]) => Database.RunResult;
  readonly #expire: (...params: unknown[]) => Database.RunResult;
  readonly #oldest: Query<string>;

  constructor(db: Database.Database, userId: string) {
    this.#userId = userId;
    this.#put = write(
      db,
      `INSERT OR REPLACE INTO trash (task_id, user_id, task, deleted_at) VALUES (?, ?, ?, ?)`,
    );
    this.#get = query(
      db,
      `SELECT task, deleted_at AS deletedAt FROM trash WHERE user_id = ? AND task_id = ?`,
    );
    // Newest first: what was just deleted is what is looked for.
    this.#page = query(
      db,
      `SELECT task, deleted_at AS deletedAt FROM trash WHERE user_id = ?
       ORDER BY deleted_at DESC, task_id DESC LIMIT ? OFFSET ?`,
    );
    this.#all = query(
      db,
      `SELECT task, deleted_at AS deletedAt FROM trash WHERE user_id = ?
       ORDER BY deleted_at DESC, task_id DESC`,
    );
    this.#count = queryValue(db, `SELECT count(*) FROM trash WHERE user_id = ?`);
    this.#remove = write(db, `DELETE FROM trash WHERE user_id = ? AND task_id = ?`);
    this.#empty = write(db, `DELETE FROM trash WHERE user_id = ?`);
    this.#expire = write(db, `DELETE FROM trash WHERE user_id = ? AND deleted_at < ?`);
    this.#oldest = queryValue(db, `SELECT min(deleted_at) FROM trash WHERE user_id = ?`);
  }

  put(task: Task, now: string): void {
    this.#put(task.id, this.#userId, JSON.stringify(task), now);
  }

  get(id: number): TrashedTask | undefined {
    const row = this.#get.get(this.#userId, id);
    return row && toTrashed(row);
  }

  page(offset: number, limit: number): TrashedTask[] {
    return this.#page.all(this.#userId, limit, offset).map(toTrashed);
  }

  all(): TrashedTask[] {
    return this.#all.all(this.#userId).map(toTrashed);
  }

  count(): number {
    return this.#count.get(this.#userId) ?? 0;
  }

  /** True when the task was in the Trash. */
  remove(id: number): boolean {
    return this.#remove(this.#userId, id).changes > 0;
  }

  empty(): number {
    return this.#empty(this.#userId).changes;
  }

  /** Deletes for good what has been in the Trash longer than TRASH_DAYS. */
  expire(now: Date): number {
    const cutoff = new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
    // Looked at first (one index seek), so a start with nothing to expire writes nothing.
    const oldest = this.#oldest.get(this.#userId);
    if (!oldest || oldest >= cutoff) return 0;
    return this.#expire(this.#userId, cutoff).changes;
  }
}
