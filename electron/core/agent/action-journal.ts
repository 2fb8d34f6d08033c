// Every change the assistant made, with the task before and after, so "undo" can reverse it.
// The agent's own record: the chat service never reads it, the tool runner never reads chats.
import type Database from 'better-sqlite3';
import { type Query, query, queryValue, write } from '../db/statements.ts';

export interface ActionRow {
  id: number;
  batchId: number;
  tool: string;
  taskId: number;
  before: string | null;
  after: string | null;
}

type Write = (...params: unknown[]) => Database.RunResult;

export class ActionJournal {
  readonly #userId: string;
  readonly #record: Write;
  readonly #lastBatch: Query<number | null>;
  readonly #batch: Query<ActionRow>;
  readonly #markUndone: Write;

  constructor(db: Database.Database, userId: string) {
    this.#userId = userId;
    this.#record = write(
      db,
      `INSERT INTO agent_actions (conversation_id, user_id, batch_id, tool, task_id, before, after, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#lastBatch = queryValue(
      db,
      `SELECT max(batch_id) FROM agent_actions WHERE conversation_id = ? AND user_id = ? AND undone = 0`,
    );
    this.#batch = query(
      db,
      `SELECT id, batch_id AS batchId, tool, task_id AS taskId, before, after FROM agent_actions
       WHERE conversation_id = ? AND user_id = ? AND batch_id = ? AND undone = 0 ORDER BY id DESC`,
    );
    this.#markUndone = write(
      db,
      `UPDATE agent_actions SET undone = 1 WHERE conversation_id = ? AND user_id = ? AND batch_id = ?`,
    );
  }

  record(
    conversationId: number,
    batchId: number,
    tool: string,
    taskId: number,
    before: unknown,
    after: unknown,
    now: string,
  ): void {
    this.#record(
      conversationId,
      this.#userId,
      batchId,
      tool,
      taskId,
      before === undefined ? null : JSON.stringify(before),
      after === undefined ? null : JSON.stringify(after),
      now,
    );
  }

  /** The most recent batch of changes not yet undone, newest change first. */
  lastBatch(conversationId: number): ActionRow[] {
    const batchId = this.#lastBatch.get(conversationId, this.#userId) ?? null;
    if (batchId === null) return [];
    return this.#batch.all(conversationId, this.#userId, batchId);
  }

  markUndone(conversationId: number, batchId: number): void {
    this.#markUndone(conversationId, this.#userId, batchId);
  }
}
