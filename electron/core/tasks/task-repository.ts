// SQL for tasks. Every statement is prepared once and scoped to the owner's user_id; a write is
// acknowledged only after it commits (see db/statements.ts).
import type Database from 'better-sqlite3';
import { ftsQuery } from '../search/fts-query.ts';
import type { Task, TaskCounts, TaskStatus } from '../../shared/task.ts';
import type { Priority } from '../../shared/when.ts';
import { addDays } from '../time/local-dates.ts';
import {
  type Query,
  query,
  queryValue,
  transactionRunner,
  write,
  writeReturning,
} from '../db/statements.ts';
import { RollbackWitness, type TaskChanges, taskChanges } from '../db/task-changes.ts';

export interface TaskRow {
  id: number;
  title: string;
  description: string;
  completed: 0 | 1;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  dueDate: string | null;
  dueTime: string | null;
  priority: Priority | null;
  repeat: string | null;
  labels: string | null;
}

// Labels travel as one string per task (names can't contain this separator: they are one word).
const LABEL_SEPARATOR = '\u001f';

export const toTask = (r: TaskRow): Task => ({
  id: r.id,
  title: r.title,
  description: r.description,
  completed: r.completed === 1,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  completedAt: r.completedAt,
  dueDate: r.dueDate,
  dueTime: r.dueTime,
  priority: r.priority,
  repeat: r.repeat,
  labels: r.labels ? r.labels.split(LABEL_SEPARATOR).sort() : [],
});

/** A task as the kept list holds it: shared by every caller, so nobody may change it. */
const frozen = (r: TaskRow): Task => {
  const task = toTask(r);
  Object.freeze(task.labels);
  return Object.freeze(task);
};

/** Puts a task in its place in a list in id order, or takes it out (`task` undefined). */
function placeById(tasks: Task[], id: number, task: Task | undefined): void {
  let lo = 0;
  let hi = tasks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tasks[mid]!.id < id) lo = mid + 1;
    else hi = mid;
  }
  const there = tasks[lo]?.id === id;
  if (task) tasks.splice(lo, there ? 1 : 0, task);
  else if (there) tasks.splice(lo, 1);
}

/** A task stored as JSON (Trash, undo history) before tasks had time fields gets them empty. */
export const fromStoredTask = (t: Partial<Task> & Pick<Task, 'id' | 'title'>): Task => ({
  description: '',
  completed: false,
  createdAt: new Date(0).toISOString(),
  updatedAt: new Date(0).toISOString(),
  completedAt: null,
  dueDate: null,
  dueTime: null,
  priority: null,
  repeat: null,
  labels: [],
  ...t,
});

const LABELS_OF = `(SELECT group_concat(l.name, char(31)) FROM task_labels tl
  JOIN labels l ON l.id = tl.label_id WHERE tl.task_id = tasks.id)`;
export const COLUMNS = `id, title, description, completed, created_at AS createdAt, updated_at AS updatedAt,
  completed_at AS completedAt, due_date AS dueDate, due_time AS dueTime, priority, repeat,
  ${LABELS_OF} AS labels`;
// RETURNING can't run subqueries against other tables' new rows reliably; labels are re-read.
const OWN_COLUMNS = COLUMNS.replace(`${LABELS_OF} AS labels`, 'NULL AS labels');

export type DueView = 'today' | 'overdue' | 'upcoming' | 'scheduled' | 'none';

/** Which tasks a list shows: a status, and optionally a due view, a label and a priority. */
export interface TaskFilter {
  status: TaskStatus;
  due?: DueView | undefined;
  label?: string | undefined;
  priority?: Priority | undefined;
  /** Words in the title, description or labels, as search reads them (the last one a prefix). */
  words?: string | undefined;
}

/** Every field a save writes, in the order of the UPDATE's parameters. */
export type SavedFields = Pick<
  Task,
  | 'title'
  | 'description'
  | 'completed'
  | 'completedAt'
  | 'dueDate'
  | 'dueTime'
  | 'priority'
  | 'repeat'
> & { repeatFrom: string | null };
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
  readonly #repeatFrom: Query<string | null>;
  readonly #counts: Query<{ total: number; done: number }>;
  readonly #idRange: Query<{ first: number | null; last: number | null }>;
  readonly #lastIssuedId: Query<number>;
  readonly #insert: (...params: unknown[]) => TaskRow | undefined;
  readonly #restore: (...params: unknown[]) => TaskRow | undefined;
  readonly #save: (...params: unknown[]) => TaskRow | undefined;
  readonly #delete: (...params: unknown[]) => Database.RunResult;
  readonly #labelId: Query<number>;
  readonly #labelNames: Query<string | null>;
  readonly #addLabel: (...params: unknown[]) => Database.RunResult;
  readonly #unlabel: (...params: unknown[]) => Database.RunResult;
  readonly #label: (...params: unknown[]) => Database.RunResult;
  readonly #labelUse: Query<{ name: string; tasks: number; pending: number }>;
  readonly #dueCounts: Query<{ today: number; overdue: number; upcoming: number }>;
  /** What changed in the database since: this connection's writes and other processes'. */
  readonly #changes: () => string;
  #dueCache: { key: string; due: { today: number; overdue: number; upcoming: number } } | null =
    null;
  #countCache: { key: string; count: number } | null = null;
  readonly #recordCompletion: (...params: unknown[]) => Database.RunResult;
  readonly #db: Database.Database;
  /** Filtered lists, prepared once per shape of filter. */
  readonly #filtered = new Map<string, Query<TaskRow>>();
  readonly #filteredCount = new Map<string, Query<number>>();
  readonly #dropCompletion: (...params: unknown[]) => Database.RunResult;
  /** Which tasks this connection wrote; other connections' commits change `#dataVersion`. */
  readonly #written: TaskChanges;
  readonly #dataVersion: () => number;
  readonly #witness: RollbackWitness;
  /**
   * Every task in id order, as of `version` and `mark` (the assistant reads the whole list on
   * every message; reading 100,000 rows each time cost more than understanding the message).
   * The tasks are frozen: callers get copies of the array, and the same task objects.
   */
  #all: { tasks: Task[]; version: number; mark: number; witness: number } | null = null;

  constructor(db: Database.Database, userId: string) {
    this.#transaction = transactionRunner(db);
    this.#userId = userId;
    this.#db = db;
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
    this.#repeatFrom = queryValue(db, `SELECT repeat_from FROM tasks WHERE user_id = ? AND id = ?`);
    this.#counts = query(db, `SELECT total, completed AS done FROM task_counts WHERE user_id = ?`);
    this.#idRange = query(
      db,
      `SELECT (SELECT id FROM tasks WHERE user_id = ? ORDER BY id LIMIT 1) AS first,
         (SELECT id FROM tasks WHERE user_id = ? ORDER BY id DESC LIMIT 1) AS last`,
    );
    this.#lastIssuedId = queryValue(db, `SELECT seq FROM sqlite_sequence WHERE name = 'tasks'`);
    this.#insert = writeReturning(
      db,
      `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at,
         due_date, due_time, priority, repeat, repeat_from)
       VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?) RETURNING ${OWN_COLUMNS}`,
    );
    this.#restore = writeReturning(
      db,
      `INSERT INTO tasks (id, user_id, title, description, completed, created_at, updated_at,
         completed_at, due_date, due_time, priority, repeat, repeat_from)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${OWN_COLUMNS}`,
    );
    this.#save = writeReturning(
      db,
      `UPDATE tasks SET title = ?, description = ?, completed = ?, completed_at = ?, due_date = ?,
         due_time = ?, priority = ?, repeat = ?, repeat_from = ?, updated_at = ?
       WHERE user_id = ? AND id = ? RETURNING ${OWN_COLUMNS}`,
    );
    this.#delete = write(db, `DELETE FROM tasks WHERE user_id = ? AND id = ?`);
    this.#labelNames = queryValue(
      db,
      `SELECT group_concat(l.name, char(31)) FROM task_labels tl
       JOIN labels l ON l.id = tl.label_id WHERE tl.task_id = ?`,
    );
    this.#labelId = queryValue(db, `SELECT id FROM labels WHERE user_id = ? AND name = ?`);
    this.#addLabel = write(db, `INSERT OR IGNORE INTO labels (user_id, name) VALUES (?, ?)`);
    this.#unlabel = write(db, `DELETE FROM task_labels WHERE task_id = ?`);
    this.#label = write(
      db,
      `INSERT OR IGNORE INTO task_labels (task_id, label_id)
       SELECT ?, id FROM labels WHERE user_id = ? AND name = ?`,
    );
    this.#labelUse = query(
      db,
      `SELECT l.name, count(t.id) AS tasks, coalesce(sum(t.completed = 0), 0) AS pending
       FROM labels l JOIN task_labels tl ON tl.label_id = l.id JOIN tasks t ON t.id = tl.task_id
       WHERE l.user_id = ? GROUP BY l.id ORDER BY l.name`,
    );
    // One pass over the dated pending tasks of the (completed, owner, due date) index.
    this.#dueCounts = query(
      db,
      `SELECT coalesce(sum(due_date <= ?), 0) AS today, coalesce(sum(due_date < ?), 0) AS overdue,
         coalesce(sum(due_date >= ?), 0) AS upcoming
       FROM tasks WHERE user_id = ? AND completed = 0 AND due_date IS NOT NULL`,
    );
    const totalChanges = db.prepare('SELECT total_changes()').pluck();
    const dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.#changes = () => `${totalChanges.get() as number}:${dataVersion.get() as number}`;
    this.#dataVersion = () => dataVersion.get() as number;
    this.#written = taskChanges(db);
    this.#witness = new RollbackWitness(db);
    this.#recordCompletion = write(
      db,
      `INSERT INTO task_completions (user_id, task_id, due_date, due_time, completed_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.#dropCompletion = write(
      db,
      `DELETE FROM task_completions WHERE id = (SELECT max(id) FROM task_completions
         WHERE user_id = ? AND task_id = ? AND completed_at = ?)`,
    );
  }

  list(status: TaskStatus): Task[] {
    const all = this.#everyTask();
    return status === 'all'
      ? all.slice()
      : all.filter((t) => t.completed === (status === 'completed'));
  }

  /**
   * Every task in id order: the list kept from last time, with the tasks this connection wrote
   * since then read again; all of them read again when another connection wrote, or when the
   * list was read in a transaction that has since been rolled back.
   */
  #everyTask(): readonly Task[] {
    const version = this.#dataVersion();
    const kept = this.#all;
    const since = this.#written.since(kept?.mark ?? -1);
    let tasks: Task[];
    if (
      !kept ||
      kept.version !== version ||
      since.everything ||
      !this.#witness.holds(kept.witness)
    ) {
      tasks = this.#list.all.all(this.#userId).map(frozen);
    } else if (since.ids.size === 0) {
      return kept.tasks;
    } else {
      tasks = kept.tasks;
      for (const id of since.ids) {
        const row = this.#get.get(this.#userId, id);
        placeById(tasks, id, row ? frozen(row) : undefined);
      }
    }
    const witness = this.#witness.renew(kept?.witness);
    this.#all = witness === undefined ? null : { tasks, version, mark: since.mark, witness };
    return tasks;
  }

  page(status: TaskStatus, offset: number, limit: number): Task[] {
    return this.#page[status].all(this.#userId, limit, offset).map(toTask);
  }

  /** `today` is the person's local date; "upcoming" is it and the 6 days after. */
  filtered(filter: TaskFilter, today: string, offset = 0, limit = -1): Task[] {
    const { where, params, order } = this.#filter(filter, today);
    const sql = `SELECT ${COLUMNS} FROM tasks WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`;
    let statement = this.#filtered.get(sql);
    if (!statement) this.#filtered.set(sql, (statement = query<TaskRow>(this.#db, sql)));
    return statement.all(...params, limit, offset).map(toTask);
  }

  countFiltered(filter: TaskFilter, today: string): number {
    const { where, params } = this.#filter(filter, today);
    const sql = `SELECT count(*) FROM tasks WHERE ${where}`;
    // (the same count for every page of a view, until something is written)
    const key = `${sql}\n${JSON.stringify(params)}\n${this.#changes()}`;
    if (this.#countCache?.key === key) return this.#countCache.count;
    let statement = this.#filteredCount.get(sql);
    if (!statement) this.#filteredCount.set(sql, (statement = queryValue<number>(this.#db, sql)));
    const count = statement.get(...params) ?? 0;
    this.#countCache = { key, count };
    return count;
  }

  #filter(filter: TaskFilter, today: string) {
    const where = [`user_id = ?`];
    const params: unknown[] = [this.#userId];
    if (filter.status !== 'all') where.push(`completed = ${filter.status === 'completed' ? 1 : 0}`);
    switch (filter.due) {
      case 'today':
        where.push(`due_date <= ?`);
        params.push(today);
        break;
      case 'overdue':
        where.push(`due_date < ?`);
        params.push(today);
        break;
      case 'upcoming':
        where.push(`due_date >= ? AND due_date < ?`);
        params.push(today, addDays(today, 7));
        break;
      case 'scheduled':
        where.push(`due_date >= ?`);
        params.push(today);
        break;
      case 'none':
        where.push(`due_date IS NULL`);
        break;
    }
    if (filter.label !== undefined) {
      where.push(`id IN (SELECT task_id FROM task_labels WHERE label_id = ?)`);
      params.push(this.labelId(filter.label) ?? -1);
    }
    if (filter.priority !== undefined) {
      where.push(`priority = ?`);
      params.push(filter.priority);
    }
    if (filter.words !== undefined && filter.words.trim() !== '') {
      const match = ftsQuery(filter.words);
      // (words that can't match anything, like punctuation alone, match nothing)
      if (match === null) where.push('0');
      else {
        where.push(`id IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?)`);
        params.push(match);
      }
    }
    // In time order when the list is about time: by day, timed before all-day, then priority.
    const order =
      filter.due && filter.due !== 'none'
        ? `due_date, due_time IS NULL, due_time, coalesce(priority, 4), id`
        : `id`;
    return { where: where.join(' AND '), params, order };
  }

  get(id: number): Task | undefined {
    const row = this.#get.get(this.#userId, id);
    return row && toTask(row);
  }

  /** The date a repeating task's occurrences count from (its due date when last set). */
  repeatFrom(id: number): string | null {
    return this.#repeatFrom.get(this.#userId, id) ?? null;
  }

  counts(today: string): Omit<TaskCounts, 'trash'> {
    const { total, done } = this.#counts.get(this.#userId) ?? { total: 0, done: 0 };
    const u = this.#userId;
    // The counts by due date only change with a write (here or by another process) or a new
    // day: every page of a long list asks for the same ones.
    const key = `${u}:${today}:${this.#changes()}`;
    if (this.#dueCache?.key !== key)
      this.#dueCache = { key, due: this.#dueCounts.get(today, today, today, u)! };
    const due = this.#dueCache.due;
    return { all: total, pending: total - done, completed: done, ...due };
  }

  /** Labels in use, by name. */
  labelUse(): { name: string; tasks: number; pending: number }[] {
    return this.#labelUse.all(this.#userId);
  }

  /** Lowest and highest task numbers, for "you have tasks 1–4". */
  idRange(): { first: number; last: number } | undefined {
    const r = this.#idRange.get(this.#userId, this.#userId);
    return !r || r.first === null || r.last === null ? undefined : { first: r.first, last: r.last };
  }

  /** The highest task number ever handed out, deleted or not. */
  lastIssuedId(): number {
    return this.#lastIssuedId.get() ?? 0;
  }

  create(
    fields: Pick<
      Task,
      'title' | 'description' | 'dueDate' | 'dueTime' | 'priority' | 'repeat' | 'labels'
    >,
    now: string,
  ): Task {
    const row = this.#write(
      undefined,
      this.#insert,
      this.#userId,
      fields.title,
      fields.description,
      now,
      now,
      fields.dueDate,
      fields.dueTime,
      fields.priority,
      fields.repeat,
      fields.repeat ? fields.dueDate : null,
    )!;
    return { ...toTask(row), labels: this.#setLabels(row.id, fields.labels) };
  }

  restore(task: Task): Task {
    const row = this.#write(
      task.id,
      this.#restore,
      task.id,
      this.#userId,
      task.title,
      task.description,
      task.completed ? 1 : 0,
      task.createdAt,
      task.updatedAt,
      task.completedAt,
      task.dueDate,
      task.dueTime,
      task.priority,
      task.repeat,
      task.repeat ? task.dueDate : null,
    )!;
    return { ...toTask(row), labels: this.#setLabels(row.id, task.labels) };
  }

  /** Writes every field of a task (and its labels, when given); undefined when it is gone. */
  save(id: number, fields: SavedFields, now: string, labels?: string[]): Task | undefined {
    const row = this.#write(
      id,
      this.#save,
      fields.title,
      fields.description,
      fields.completed ? 1 : 0,
      fields.completedAt,
      fields.dueDate,
      fields.dueTime,
      fields.priority,
      fields.repeat,
      fields.repeatFrom,
      now,
      this.#userId,
      id,
    );
    if (!row) return undefined;
    const task = toTask(row);
    task.labels = labels ? this.#setLabels(id, labels) : this.#labelsOf(id);
    return task;
  }

  /** A task's labels alone (a save re-reads them rather than the whole row). */
  #labelsOf(id: number): string[] {
    const joined = this.#labelNames.get(id);
    return joined ? joined.split(LABEL_SEPARATOR).sort() : [];
  }

  #setLabels(taskId: number, names: readonly string[]): string[] {
    this.#unlabel(taskId);
    for (const name of names) {
      this.#addLabel(this.#userId, name);
      this.#label(taskId, this.#userId, name);
    }
    return [...new Set(names)].sort();
  }

  /** The id of a label, if anyone has used it. */
  labelId(name: string): number | undefined {
    return this.#labelId.get(this.#userId, name);
  }

  /** Records that one occurrence of a repeating task was done. */
  recordCompletion(task: Task, at: string): void {
    this.#recordCompletion(this.#userId, task.id, task.dueDate, task.dueTime, at);
  }

  /** Takes back the record of an occurrence done at that moment (undo). */
  dropCompletion(taskId: number, at: string): void {
    this.#dropCompletion(this.#userId, taskId, at);
  }

  /** The task as it was, labels and all; undefined when there was none. */
  delete(id: number): Task | undefined {
    const task = this.get(id);
    if (task) {
      this.#written.wrote(id);
      this.#delete(this.#userId, id);
    }
    return task;
  }

  /** A write returning a task's row, recorded as a write to that task (to the new one when `id` is undefined). */
  #write(
    id: number | undefined,
    statement: (...params: unknown[]) => TaskRow | undefined,
    ...params: unknown[]
  ): TaskRow | undefined {
    if (id !== undefined) this.#written.wrote(id);
    const row = statement(...params);
    if (id === undefined && row) this.#written.wrote(row.id);
    return row;
  }

  transaction<T>(fn: () => T): T {
    return this.#transaction(fn);
  }
}
