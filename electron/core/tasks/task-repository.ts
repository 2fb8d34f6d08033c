// SQL for tasks. Every statement is prepared once and scoped to the owner's user_id.
import type Database from 'better-sqlite3';
import type { Task, TaskCounts, TaskStatus } from '../../shared/task.ts';

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
  readonly #db: Database.Database;
  readonly #list: Record<TaskStatus, Database.Statement>;
  readonly #page: Record<TaskStatus, Database.Statement>;
  readonly #get: Database.Statement;
  readonly #insert: Database.Statement;
  readonly #restore: Database.Statement;
  readonly #update: Database.Statement;
  readonly #setCompleted: Database.Statement;
  readonly #delete: Database.Statement;
  readonly #counts: Database.Statement;
  readonly #idRange: Database.Statement;
  readonly #lastIssuedId: Database.Statement;

  constructor(db: Database.Database, userId: string) {
    this.#db = db;
    this.#userId = userId;
    const byStatus = (sql: (filter: string) => string) =>
      Object.fromEntries(
        (Object.keys(STATUS_FILTER) as TaskStatus[]).map((s) => [
          s,
          db.prepare(sql(STATUS_FILTER[s])),
        ]),
      ) as Record<TaskStatus, Database.Statement>;

    this.#list = byStatus((f) => `SELECT ${COLUMNS} FROM tasks WHERE user_id = ? ${f} ORDER BY id`);
    this.#page = byStatus(
      (f) => `SELECT ${COLUMNS} FROM tasks WHERE user_id = ? ${f} ORDER BY id LIMIT ? OFFSET ?`,
    );
    this.#get = db.prepare(`SELECT ${COLUMNS} FROM tasks WHERE user_id = ? AND id = ?`);
    this.#insert = db.prepare(
      `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at)
       VALUES (?, ?, ?, 0, ?, ?) RETURNING ${COLUMNS}`,
    );
    this.#restore = db.prepare(
      `INSERT INTO tasks (id, user_id, title, description, completed, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    );
    this.#update = db.prepare(
      `UPDATE tasks SET title = coalesce(?, title), description = coalesce(?, description), updated_at = ?
       WHERE user_id = ? AND id = ? RETURNING ${COLUMNS}`,
    );
    this.#setCompleted = db.prepare(
      `UPDATE tasks SET completed = ?, updated_at = ?
       WHERE user_id = ? AND id = ? AND completed <> ? RETURNING ${COLUMNS}`,
    );
    this.#delete = db.prepare(
      `DELETE FROM tasks WHERE user_id = ? AND id = ? RETURNING ${COLUMNS}`,
    );
    this.#counts = db.prepare(`SELECT total, completed AS done FROM task_counts WHERE user_id = ?`);
    this.#idRange = db.prepare(
      `SELECT min(id) AS first, max(id) AS last FROM tasks WHERE user_id = ?`,
    );
    this.#lastIssuedId = db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'tasks'`);
  }

  list(status: TaskStatus): Task[] {
    return (this.#list[status].all(this.#userId) as TaskRow[]).map(toTask);
  }

  page(status: TaskStatus, offset: number, limit: number): Task[] {
    return (this.#page[status].all(this.#userId, limit, offset) as TaskRow[]).map(toTask);
  }

  get(id: number): Task | undefined {
    const row = this.#get.get(this.#userId, id) as TaskRow | undefined;
    return row && toTask(row);
  }

  counts(): TaskCounts {
    const row = this.#counts.get(this.#userId) as { total: number; done: number } | undefined;
    const { total, done } = row ?? { total: 0, done: 0 };
    return { all: total, pending: total - done, completed: done };
  }

  /** Lowest and highest task numbers, for "you have tasks 1–4". */
  idRange(): { first: number; last: number } | undefined {
    const r = this.#idRange.get(this.#userId) as { first: number | null; last: number | null };
    return r.first === null || r.last === null ? undefined : { first: r.first, last: r.last };
  }

  /** The highest task number ever handed out, deleted or not. */
  lastIssuedId(): number {
    const row = this.#lastIssuedId.get() as { seq: number } | undefined;
    return row?.seq ?? 0;
  }

  create(title: string, description: string, now: string): Task {
    return toTask(this.#insert.get(this.#userId, title, description, now, now) as TaskRow);
  }

  restore(task: Task): Task {
    return toTask(
      this.#restore.get(
        task.id,
        this.#userId,
        task.title,
        task.description,
        task.completed ? 1 : 0,
        task.createdAt,
        task.updatedAt,
      ) as TaskRow,
    );
  }

  update(
    id: number,
    patch: { title?: string | undefined; description?: string | undefined },
    now: string,
  ): Task | undefined {
    const row = this.#update.get(
      patch.title ?? null,
      patch.description ?? null,
      now,
      this.#userId,
      id,
    ) as TaskRow | undefined;
    return row && toTask(row);
  }

  /** Undefined when the task is missing or already in that state. */
  setCompleted(id: number, completed: boolean, now: string): Task | undefined {
    const flag = completed ? 1 : 0;
    const row = this.#setCompleted.get(flag, now, this.#userId, id, flag) as TaskRow | undefined;
    return row && toTask(row);
  }

  delete(id: number): Task | undefined {
    const row = this.#delete.get(this.#userId, id) as TaskRow | undefined;
    return row && toTask(row);
  }

  transaction<T>(fn: () => T): T {
    return this.#db.transaction(fn)();
  }
}
