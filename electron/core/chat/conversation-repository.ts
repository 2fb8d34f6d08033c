// SQL for conversations and their messages, scoped to the owner.
import type Database from 'better-sqlite3';
import type { Conversation, Message, MessageRole, MessageStatus } from '../../shared/chat.ts';
import {
  type Query,
  query,
  queryValue,
  write,
  transactionRunner,
  writeReturning,
} from '../db/statements.ts';

interface ConversationRow {
  id: number;
  title: string | null;
  firstMessage: string | null;
  createdAt: string;
  updatedAt: string;
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
const MESSAGE_COLUMNS = `id, conversation_id AS conversationId, role, content, created_at AS createdAt, status`;

type Write = (...params: unknown[]) => Database.RunResult;

export class ConversationRepository {
  readonly #userId: string;
  readonly #transaction: <T>(fn: () => T) => T;
  readonly #create: (...params: unknown[]) => { id: number } | undefined;
  readonly #get: Query<ConversationRow>;
  readonly #list: Query<ConversationRow>;
  readonly #count: Query<number>;
  readonly #latest: Query<number>;
  readonly #rename: Write;
  readonly #touch: Write;
  readonly #delete: Write;
  readonly #getState: Query<string | null>;
  readonly #exists: Query<number>;
  readonly #setStateAndTouch: Write;
  readonly #append: (...params: unknown[]) => Message | undefined;
  readonly #pageNewest: Query<Message>;
  readonly #pageBefore: Query<Message>;
  readonly #pageAfter: Query<Message>;
  readonly #setTurnOwner: Write;
  readonly #unfinished: Query<{ id: number; owner: string }>;
  readonly #removeImported: Write;

  constructor(db: Database.Database, userId: string) {
    this.#transaction = transactionRunner(db);
    this.#userId = userId;
    this.#create = writeReturning(
      db,
      `INSERT INTO conversations (user_id, title, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id`,
    );
    this.#get = query(
      db,
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.user_id = ? AND c.id = ?`,
    );
    this.#list = query(
      db,
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.user_id = ?
       ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?`,
    );
    this.#count = queryValue(db, `SELECT count(*) FROM conversations WHERE user_id = ?`);
    this.#latest = queryValue(
      db,
      `SELECT id FROM conversations WHERE user_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1`,
    );
    this.#rename = write(
      db,
      `UPDATE conversations SET title = ?, updated_at = ? WHERE user_id = ? AND id = ?`,
    );
    this.#touch = write(db, `UPDATE conversations SET updated_at = ? WHERE user_id = ? AND id = ?`);
    this.#delete = write(db, `DELETE FROM conversations WHERE user_id = ? AND id = ?`);
    this.#getState = queryValue(db, `SELECT state FROM conversations WHERE user_id = ? AND id = ?`);
    this.#exists = queryValue(db, `SELECT 1 FROM conversations WHERE user_id = ? AND id = ?`);
    this.#setStateAndTouch = write(
      db,
      `UPDATE conversations SET state = ?, updated_at = ? WHERE user_id = ? AND id = ?`,
    );
    this.#append = writeReturning(
      db,
      `INSERT INTO messages (conversation_id, user_id, role, content, created_at, status)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING ${MESSAGE_COLUMNS}`,
    );
    this.#pageNewest = query(
      db,
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND user_id = ?
       ORDER BY id DESC LIMIT ?`,
    );
    this.#pageBefore = query(
      db,
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND user_id = ? AND id < ?
       ORDER BY id DESC LIMIT ?`,
    );
    this.#pageAfter = query(
      db,
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND user_id = ? AND id > ?
       ORDER BY id ASC LIMIT ?`,
    );
    this.#setTurnOwner = write(
      db,
      `UPDATE conversations SET turn_owner = ? WHERE user_id = ? AND id = ?`,
    );
    this.#removeImported = write(
      db,
      `DELETE FROM conversations WHERE user_id = ? AND id IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id AND m.id > ?)`,
    );
    this.#unfinished = query(
      db,
      `SELECT id, turn_owner AS owner FROM conversations WHERE user_id = ? AND turn_owner IS NOT NULL`,
    );
  }

  /**
   * Takes back conversations an import added, except any spoken in since (a message after
   * `lastMessage`, the last one the import wrote). Returns how many went.
   */
  removeImported(ids: number[], lastMessage: number): number {
    return this.#removeImported(this.#userId, JSON.stringify(ids), lastMessage).changes;
  }

  create(title: string | null, now: string): Conversation {
    const { id } = this.#create(this.#userId, title, now, now)!;
    return this.get(id)!;
  }

  get(id: number): Conversation | undefined {
    const row = this.#get.get(this.#userId, id);
    return row && toConversation(row);
  }

  list(limit: number, offset: number): { items: Conversation[]; total: number } {
    const rows = this.#list.all(this.#userId, limit, offset);
    return { items: rows.map(toConversation), total: this.#count.get(this.#userId) ?? 0 };
  }

  latestId(): number | undefined {
    return this.#latest.get(this.#userId) ?? undefined;
  }

  rename(id: number, title: string, now: string): boolean {
    return this.#rename(title, now, this.#userId, id).changes > 0;
  }

  touch(id: number, now: string): void {
    this.#touch(now, this.#userId, id);
  }

  delete(id: number): boolean {
    return this.#delete(this.#userId, id).changes > 0;
  }

  exists(id: number): boolean {
    return this.#exists.get(this.#userId, id) !== undefined;
  }

  state(id: number): string | null {
    return this.#getState.get(this.#userId, id) ?? null;
  }

  /** The state a turn ends with, and the conversation moved up the list, in one statement. */
  finishTurn(id: number, state: string, now: string): void {
    this.#setStateAndTouch(state, now, this.#userId, id);
  }

  append(
    conversationId: number,
    role: MessageRole,
    content: string,
    now: string,
    status: MessageStatus | null = null,
  ): Message {
    return this.#append(conversationId, this.#userId, role, content, now, status)!;
  }

  /** Newest-first paging: the last `limit` messages before `beforeId`, returned oldest first. */
  messagesBefore(conversationId: number, beforeId: number | undefined, limit: number): Message[] {
    const rows =
      beforeId === undefined
        ? this.#pageNewest.all(conversationId, this.#userId, limit)
        : this.#pageBefore.all(conversationId, this.#userId, beforeId, limit);
    return rows.reverse();
  }

  messagesAfter(conversationId: number, afterId: number, limit: number): Message[] {
    return this.#pageAfter.all(conversationId, this.#userId, afterId, limit);
  }

  /** Marks the thread as being answered by `owner` (null: the answer is complete). */
  setTurnOwner(id: number, owner: string | null): void {
    this.#setTurnOwner(owner, this.#userId, id);
  }

  /** Threads whose answer was begun and never finished, with who began it. */
  unfinishedTurns(): { id: number; owner: string }[] {
    return this.#unfinished.all(this.#userId);
  }

  transaction<T>(fn: () => T): T {
    return this.#transaction(fn);
  }
}
