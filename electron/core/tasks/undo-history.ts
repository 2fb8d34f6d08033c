// One undo history per person, shared by every place that changes tasks: the task list, the chat
// (offline or model-backed), the CLI and any other window. A step is the changes made together;
// undo walks the steps back newest first.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Task } from '../../shared/task.ts';
import { type Query, query, queryValue, write } from '../db/statements.ts';
import { fromStoredTask } from './task-repository.ts';

/** Who made a change, and which step it belongs to. */
export interface Origin {
  source: 'app' | 'chat';
  /** Changes with the same step are undone together. */
  step: string;
  conversationId?: number;
}

/** A step of its own, for one change made outside a chat (a click, a CLI command). */
export const appStep = (): Origin => ({ source: 'app', step: `a${randomUUID()}` });

/** Every change of one chat request is one step. */
export const chatStep = (conversationId: number, messageId: number): Origin => ({
  source: 'chat',
  step: `m${messageId}`,
  conversationId,
});

/** Named like the assistant's tools that make them (the history began as the assistant's). */
export type ChangeKind =
  | 'add_task'
  | 'update_task'
  | 'complete_task'
  | 'reopen_task'
  | 'delete_task'
  | 'restore_task'
  /** A whole import, as one row: the numbers it gave tasks and the conversations it added. */
  | 'import_tasks';

/** What one import added (tasks numbered first…last, all its own). */
export interface Imported {
  first: number;
  last: number;
  count: number;
  conversations: number[];
  /** The last message it added: a conversation spoken in since is kept by an undo. */
  lastMessage: number;
}

export interface Change {
  id: number;
  step: string;
  kind: ChangeKind;
  taskId: number;
  before: Task | null;
  after: Task | null;
  imported?: Imported;
}

interface ChangeRow {
  id: number;
  step: string;
  tool: ChangeKind;
  taskId: number;
  before: string | null;
  after: string | null;
}

/** How long a step can still be undone. */
export const HISTORY_DAYS = 30;

export class UndoHistory {
  readonly #userId: string;
  readonly #record: (...params: unknown[]) => Database.RunResult;
  readonly #latestStep: Query<string>;
  readonly #latestStepIn: Query<string>;
  readonly #stepChanges: Query<ChangeRow>;
  readonly #markUndone: (...params: unknown[]) => Database.RunResult;
  readonly #prune: (...params: unknown[]) => Database.RunResult;
  readonly #oldest: Query<string>;

  constructor(db: Database.Database, userId: string) {
    this.#userId = userId;
    this.#record = write(
      db,
      `INSERT INTO undo_history (user_id, step, source, conversation_id, tool, task_id, before, after, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#latestStep = queryValue(
      db,
      `SELECT step FROM undo_history WHERE user_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1`,
    );
    this.#latestStepIn = queryValue(
      db,
      `SELECT step FROM undo_history WHERE conversation_id = ? AND user_id = ? AND undone = 0
       ORDER BY id DESC LIMIT 1`,
    );
    this.#stepChanges = query(
      db,
      `SELECT id, step, tool, task_id AS taskId, before, after FROM undo_history
       WHERE user_id = ? AND step = ? AND undone = 0 ORDER BY id DESC`,
    );
    this.#markUndone = write(
      db,
      `UPDATE undo_history SET undone = 1 WHERE user_id = ? AND step = ? AND undone = 0`,
    );
    this.#prune = write(db, `DELETE FROM undo_history WHERE user_id = ? AND created_at < ?`);
    // The first row is the oldest (ids grow with time).
    this.#oldest = queryValue(
      db,
      `SELECT created_at FROM undo_history WHERE user_id = ? ORDER BY id LIMIT 1`,
    );
  }

  record(
    origin: Origin,
    kind: ChangeKind,
    taskId: number,
    before: Task | null,
    after: Task | null,
    now: string,
  ) {
    this.#record(
      this.#userId,
      origin.step,
      origin.source,
      origin.conversationId ?? null,
      kind,
      taskId,
      before && JSON.stringify(before),
      after && JSON.stringify(after),
      now,
    );
  }

  /** A whole import as one step. */
  recordImport(origin: Origin, imported: Imported, now: string) {
    this.#record(
      this.#userId,
      origin.step,
      origin.source,
      null,
      'import_tasks',
      imported.first,
      null,
      JSON.stringify(imported),
      now,
    );
  }

  /** The newest step not yet undone (only this conversation's, when given), newest change first. */
  latest(conversationId?: number): Change[] {
    const step =
      conversationId === undefined
        ? this.#latestStep.get(this.#userId)
        : this.#latestStepIn.get(conversationId, this.#userId);
    if (step === undefined) return [];
    return this.#stepChanges.all(this.#userId, step).map((r) =>
      r.tool === 'import_tasks'
        ? {
            id: r.id,
            step: r.step,
            kind: r.tool,
            taskId: r.taskId,
            before: null,
            after: null,
            imported: JSON.parse(r.after!) as Imported,
          }
        : {
            id: r.id,
            step: r.step,
            kind: r.tool,
            taskId: r.taskId,
            before: r.before === null ? null : fromStoredTask(JSON.parse(r.before) as Task),
            after: r.after === null ? null : fromStoredTask(JSON.parse(r.after) as Task),
          },
    );
  }

  markUndone(step: string): void {
    this.#markUndone(this.#userId, step);
  }

  /** Forgets steps older than the history keeps. */
  prune(now: Date): number {
    const cutoff = new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString();
    // Looked at first, so a start with nothing old writes nothing.
    const oldest = this.#oldest.get(this.#userId);
    if (!oldest || oldest >= cutoff) return 0;
    return this.#prune(this.#userId, cutoff).changes;
  }
}
