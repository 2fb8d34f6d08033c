// SQL for conversations, their messages and the assistant's action journal, scoped to the owner.
import type Database from 'better-sqlite3';
import type { Conversation, Message, MessageRole } from '../../shared/chat.ts';

interface ConversationRow {
  id: number;
  title: string | null;
  firstMessage: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ActionRow {
  id: number;
  batchId: number;
  tool: string;
  taskId: number;
  before: string | null;
  after: string | null;
}

const UNTITLED = 'New conversation';

const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  title: r.title ?? r.firstMessage ?? UNTITLED,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const CONVERSATION_COLUMNS = `c.id, c.title, c.created_at AS createdAt, c.updated_at AS updatedAt,
  (SELECT substr(m.content, 1, 80) FROM messages m
    WHERE m.conversation_id = c.id AND m.role = 'user' ORDER BY m.id LIMIT 1) AS firstMessage`;
const MESSAGE_COLUMNS = `id, conversation_id AS conversationId, role, content, created_at AS createdAt`;

export class ConversationRepository {
  readonly #userId: string;
  readonly #db: Database.Database;
  readonly #s: Record<string, Database.Statement>;

  constructor(db: Database.Database, userId: string) {
    this.#db = db;
    this.#userId = userId;
    const p = (sql: string) => db.prepare(sql);
    this.#s = {
      create: p(
        `INSERT INTO conversations (user_id, title, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id`,
      ),
      get: p(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.user_id = ? AND c.id = ?`,
      ),
      list: p(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.user_id = ?
         ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?`,
      ),
      count: p(`SELECT count(*) FROM conversations WHERE user_id = ?`).pluck(),
      latest: p(
        `SELECT id FROM conversations WHERE user_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1`,
      ).pluck(),
      rename: p(`UPDATE conversations SET title = ?, updated_at = ? WHERE user_id = ? AND id = ?`),
      touch: p(`UPDATE conversations SET updated_at = ? WHERE user_id = ? AND id = ?`),
      delete: p(`DELETE FROM conversations WHERE user_id = ? AND id = ?`),
      getState: p(`SELECT state FROM conversations WHERE user_id = ? AND id = ?`).pluck(),
      setState: p(`UPDATE conversations SET state = ? WHERE user_id = ? AND id = ?`),
      append: p(
        `INSERT INTO messages (conversation_id, user_id, role, content, created_at)
         VALUES (?, ?, ?, ?, ?) RETURNING ${MESSAGE_COLUMNS}`,
      ),
      pageNewest: p(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND user_id = ?
         ORDER BY id DESC LIMIT ?`,
      ),
      pageBefore: p(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND user_id = ? AND id < ?
         ORDER BY id DESC LIMIT ?`,
      ),
      pageAfter: p(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND user_id = ? AND id > ?
         ORDER BY id ASC LIMIT ?`,
      ),
      recordAction: p(
        `INSERT INTO agent_actions (conversation_id, user_id, batch_id, tool, task_id, before, after, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      lastBatch: p(
        `SELECT max(batch_id) FROM agent_actions WHERE conversation_id = ? AND user_id = ? AND undone = 0`,
      ).pluck(),
      batch: p(
        `SELECT id, batch_id AS batchId, tool, task_id AS taskId, before, after FROM agent_actions
         WHERE conversation_id = ? AND user_id = ? AND batch_id = ? AND undone = 0 ORDER BY id DESC`,
      ),
      markUndone: p(
        `UPDATE agent_actions SET undone = 1 WHERE conversation_id = ? AND user_id = ? AND batch_id = ?`,
      ),
    };
  }

  create(title: string | null, now: string): Conversation {
    const id = this.#s.create!.pluck().get(this.#userId, title, now, now) as number;
    return this.get(id)!;
  }

  get(id: number): Conversation | undefined {
    const row = this.#s.get!.get(this.#userId, id) as ConversationRow | undefined;
    return row && toConversation(row);
  }

  list(limit: number, offset: number): { items: Conversation[]; total: number } {
    const rows = this.#s.list!.all(this.#userId, limit, offset) as ConversationRow[];
    return { items: rows.map(toConversation), total: this.#s.count!.get(this.#userId) as number };
  }

  latestId(): number | undefined {
    return (this.#s.latest!.get(this.#userId) as number | undefined) ?? undefined;
  }

  rename(id: number, title: string, now: string): boolean {
    return this.#s.rename!.run(title, now, this.#userId, id).changes > 0;
  }

  touch(id: number, now: string): void {
    this.#s.touch!.run(now, this.#userId, id);
  }

  delete(id: number): boolean {
    return this.#s.delete!.run(this.#userId, id).changes > 0;
  }

  state(id: number): string | null {
    return (this.#s.getState!.get(this.#userId, id) as string | null | undefined) ?? null;
  }

  setState(id: number, state: string | null): void {
    this.#s.setState!.run(state, this.#userId, id);
  }

  append(conversationId: number, role: MessageRole, content: string, now: string): Message {
    return this.#s.append!.get(conversationId, this.#userId, role, content, now) as Message;
  }

  /** Newest-first paging: the last `limit` messages before `beforeId`, returned oldest first. */
  messagesBefore(conversationId: number, beforeId: number | undefined, limit: number): Message[] {
    const rows = (
      beforeId === undefined
        ? this.#s.pageNewest!.all(conversationId, this.#userId, limit)
        : this.#s.pageBefore!.all(conversationId, this.#userId, beforeId, limit)
    ) as Message[];
    return rows.reverse();
  }

  messagesAfter(conversationId: number, afterId: number, limit: number): Message[] {
    return this.#s.pageAfter!.all(conversationId, this.#userId, afterId, limit) as Message[];
  }

  recordAction(
    conversationId: number,
    batchId: number,
    tool: string,
    taskId: number,
    before: unknown,
    after: unknown,
    now: string,
  ): void {
    this.#s.recordAction!.run(
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
    const batchId = this.#s.lastBatch!.get(conversationId, this.#userId) as number | null;
    if (batchId === null) return [];
    return this.#s.batch!.all(conversationId, this.#userId, batchId) as ActionRow[];
  }

  markUndone(conversationId: number, batchId: number): void {
    this.#s.markUndone!.run(conversationId, this.#userId, batchId);
  }

  transaction<T>(fn: () => T): T {
    return this.#db.transaction(fn)();
  }
}
