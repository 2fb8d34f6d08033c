// SQL for tasks. Every statement is prepared once and scoped to the owner's user_id; a write is
// acknowledged only after it commits (see db/statements.ts).
import type Database from 'better-sqlite3';
import type { Task, TaskCounts, TaskStatus } from '../../shared/task.ts';
import {
  type Query,
  query,
  queryValue,
  transactionRunner,
  writeReturning,
} from '../db/statements.ts';

interface TaskRow {
  id: number;
  title: string;
  description: string;
  completed: 0 | 1;
  createdAt: string;
  updatedAt: string;
}

const toTask = (r: TaskRow): Task => ({
  id: r.id,
  title: r.title,
  description: r.description,
  completed: r.completed === 1,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const COLUMNS = `id, title, description, completed, created_at AS createdAt, updated_at AS updatedAt`;
const STATUS_FILTER: Record<TaskStatus, string> = {
  all: '',
  pending: 'AND completed = 0',
  completed: 'AND completed = 1',
};

export class TaskRepository {
  readonly #userId: string;
  readonly #transaction: <T>(fn: () => T) => T;
  readonly #list: Record<TaskStatus, Query<TaskRow>>;
  readonly #page: Record<TaskStatus, Query<TaskRow>>;
  readonly #get: Query<TaskRow>;
  readonly #counts: Query<{ total: number; done: number }>;
  readonly #idRange: Query<{ first: number | null; last: number | null }>;
  readonly #lastIssuedId: Query<number>;
  readonly #insert: (...params: unknown[]) => TaskRow | undefined;
  readonly #restore: (...params: unknown[]) => TaskRow | undefined;
  readonly #update: (...params: unknown[]) => TaskRow | undefined;
  readonly #setCompleted: (...params: unknown[]) => TaskRow | undefined;
  readonly #delete: (...params: unknown[]) => TaskRow | undefined;

  constructor(db: Database.Database, userId: string) {
    this.#transaction = transactionRunner(db);
    this.#userId = userId;
    const byStatus = (sql: (filter: string) => string) =>
      Object.fromEntries(
        (Object.keys(STATUS_FILTER) as TaskStatus[]).map((s) => [
          s,
          query<TaskRow>(db, sql(STATUS_FILTER[s])),
        ]),
      ) as Record<TaskStatus, Query<TaskRow>>;

    this.#list = byStatus((f) => `SELECT ${COLUMNS} FROM tasks WHERE user_id = ? ${f} ORDER BY id`);
    this.#page = byStatus(
      (f) => `SELECT ${COLUMNS} FROM tasks WHERE user_id = ? ${f} ORDER BY id LIMIT ? OFFSET ?`,
    );
    this.#get = query(db, `SELECT ${COLUMNS} FROM tasks WHERE user_id = ? AND id = ?`);
    this.#counts = query(db, `SELECT total, completed AS done FROM task_counts WHERE user_id = ?`);
    this.#idRange = query(
      db,
      `SELECT min(id) AS first, max(id) AS last FROM tasks WHERE user_id = ?`,
    );
    this.#lastIssuedId = queryValue(db, `SELECT seq FROM sqlite_sequence WHERE name = 'tasks'`);
    this.#insert = writeReturning(
      db,
      `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at)
       VALUES (?, ?, ?, 0, ?, ?) RETURNING ${COLUMNS}`,
    );
    this.#restore = writeReturning(
      db,
      `INSERT INTO tasks (id, user_id, title, description, completed, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    );
    this.#update = writeReturning(
      db,
      `UPDATE tasks SET title = coalesce(?, title), description = coalesce(?, description), updated_at = ?
       WHERE user_id = ? AND id = ? RETURNING ${COLUMNS}`,
    );
    this.#setCompleted = writeReturning(
      db,
      `UPDATE tasks SET completed = ?, updated_at = ?
       WHERE user_id = ? AND id = ? AND completed <> ? RETURNING ${COLUMNS}`,
    );
    this.#delete = writeReturning(
      db,
      `DELETE FROM tasks WHERE user_id = ? AND id = ? RETURNING ${COLUMNS}`,
    );
  }

  list(status: TaskStatus): Task[] {
    return this.#list[status].all(this.#userId).map(toTask);
  }

  page(status: TaskStatus, offset: number, limit: number): Task[] {
    return this.#page[status].all(this.#userId, limit, offset).map(toTask);
  }

  get(id: number): Task | undefined {
    const row = this.#get.get(this.#userId, id);
    return row && toTask(row);
  }

  counts(): Omit<TaskCounts, 'trash'> {
    const { total, done } = this.#counts.get(this.#userId) ?? { total: 0, done: 0 };
    return { all: total, pending: total - done, completed: done };
  }

  /** Lowest and highest task numbers, for "you have tasks 1–4". */
  idRange(): { first: number; last: number } | undefined {
    const r = this.#idRange.get(this.#userId);
    return !r || r.first === null || r.last === null ? undefined : { first: r.first, last: r.last };
  }

  /** The highest task number ever handed out, deleted or not. */
  lastIssuedId(): number {
    return this.#lastIssuedId.get() ?? 0;
  }

  create(title: string, description: string, now: string): Task {
    return toTask(this.#insert(this.#userId, title, description, now, now)!);
  }

  restore(task: Task): Task {
    return toTask(
      this.#restore(
        task.id,
        this.#userId,
        task.title,
        task.description,
        task.completed ? 1 : 0,
        task.createdAt,
        task.updatedAt,
      )!,
    );
  }

  update(
    id: number,
    patch: { title?: string | undefined; description?: string | undefined },
    now: string,
  ): Task | undefined {
    const row = this.#update(patch.title ?? null, patch.description ?? null, now, this.#userId, id);
    return row && toTask(row);
  }

  /** Undefined when the task is missing or already in that state. */
  setCompleted(id: number, completed: boolean, now: string): Task | undefined {
    const flag = completed ? 1 : 0;
    const row = this.#setCompleted(flag, now, this.#userId, id, flag);
    return row && toTask(row);
  }

  delete(id: number): Task | undefined {
    const row = this.#delete(this.#userId, id);
    return row && toTask(row);
  }

  transaction<T>(fn: () => T): T {
    return this.#transaction(fn);
  }
}
