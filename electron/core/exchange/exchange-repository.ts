// SQL for export and import: reading every task and conversation in pages (so an export never
// holds the whole database), and writing what a file brings in.
import type Database from 'better-sqlite3';
import { type Query, query, queryValue, write } from '../db/statements.ts';
import { COLUMNS, type TaskRow, toTask } from '../tasks/task-repository.ts';
import { type TaskChanges, taskChanges } from '../db/task-changes.ts';
import type { Task } from '../../shared/task.ts';
import type {
  Completion,
  ExportMessage,
  ImportedConversation,
  ImportedTask,
} from './formats/index.ts';

interface ConversationRow {
  id: number;
  title: string | null;
  createdAt: string;
  updatedAt: string;
}
type Write = (...params: unknown[]) => Database.RunResult;

export class ExchangeRepository {
  readonly #userId: string;
  readonly #written: TaskChanges;
  readonly #tasksAfter: Query<TaskRow>;
  readonly #completions: Query<Completion & { taskId: number }>;
  readonly #conversationsAfter: Query<ConversationRow>;
  readonly #conversation: Query<ConversationRow>;
  readonly #messagesAfter: Query<ExportMessage & { id: number }>;
  readonly #count: Record<'tasks' | 'conversations' | 'messages', Query<number>>;
  readonly #keys: Query<{ title: string; dueDate: string | null }>;
  readonly #insertTask: Write;
  readonly #addLabel: Write;
  readonly #labelId: Query<number>;
  readonly #label: Write;
  readonly #completion: Write;
  readonly #insertConversation: Write;
  readonly #insertMessage: Write;
  readonly #labelIds = new Map<string, number>();
  readonly #lastMessage: Query<number>;
  readonly #conversationKeys: Query<{ createdAt: string; title: string | null }>;

  constructor(db: Database.Database, userId: string) {
    this.#userId = userId;
    this.#written = taskChanges(db);
    this.#tasksAfter = query(
      db,
      `SELECT ${COLUMNS} FROM tasks WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?`,
    );
    this.#completions = query(
      db,
      `SELECT task_id AS taskId, due_date AS dueDate, due_time AS dueTime, completed_at AS completedAt
       FROM task_completions WHERE user_id = ? AND task_id IN (SELECT value FROM json_each(?))
       ORDER BY id`,
    );
    this.#conversationsAfter = query(
      db,
      `SELECT id, title, created_at AS createdAt, updated_at AS updatedAt FROM conversations
       WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?`,
    );
    this.#conversation = query(
      db,
      `SELECT id, title, created_at AS createdAt, updated_at AS updatedAt FROM conversations
       WHERE user_id = ? AND id = ?`,
    );
    this.#messagesAfter = query(
      db,
      `SELECT id, role, content, created_at AS createdAt, status FROM messages
       WHERE conversation_id = ? AND user_id = ? AND id > ? ORDER BY id LIMIT ?`,
    );
    this.#count = {
      tasks: queryValue(db, `SELECT count(*) FROM tasks WHERE user_id = ?`),
      conversations: queryValue(db, `SELECT count(*) FROM conversations WHERE user_id = ?`),
      messages: queryValue(db, `SELECT count(*) FROM messages WHERE user_id = ?`),
    };
    this.#conversationKeys = query(
      db,
      `SELECT created_at AS createdAt, title FROM conversations WHERE user_id = ?`,
    );
    this.#lastMessage = queryValue(db, `SELECT max(id) FROM messages`);
    this.#keys = query(db, `SELECT title, due_date AS dueDate FROM tasks WHERE user_id = ?`);
    this.#insertTask = write(
      db,
      `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at,
         completed_at, due_date, due_time, priority, repeat, repeat_from)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#addLabel = write(db, `INSERT OR IGNORE INTO labels (user_id, name) VALUES (?, ?)`);
    this.#labelId = queryValue(db, `SELECT id FROM labels WHERE user_id = ? AND name = ?`);
    this.#label = write(db, `INSERT OR IGNORE INTO task_labels (task_id, label_id) VALUES (?, ?)`);
    this.#completion = write(
      db,
      `INSERT INTO task_completions (user_id, task_id, due_date, due_time, completed_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.#insertConversation = write(
      db,
      `INSERT INTO conversations (user_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    this.#insertMessage = write(
      db,
      `INSERT INTO messages (conversation_id, user_id, role, content, created_at, status)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
  }

  counts() {
    return {
      tasks: this.#count.tasks.get(this.#userId) ?? 0,
      conversations: this.#count.conversations.get(this.#userId) ?? 0,
      messages: this.#count.messages.get(this.#userId) ?? 0,
    };
  }

  /** A page of tasks in id order, each with its history of completed occurrences. */
  tasksAfter(id: number, limit: number): (Task & { completions: Completion[] })[] {
    const tasks = this.#tasksAfter.all(this.#userId, id, limit).map(toTask);
    const history = new Map<number, Completion[]>();
    if (tasks.some((t) => t.repeat !== null)) {
      const ids = JSON.stringify(tasks.filter((t) => t.repeat !== null).map((t) => t.id));
      for (const { taskId, ...c } of this.#completions.all(this.#userId, ids)) {
        let list = history.get(taskId);
        if (!list) history.set(taskId, (list = []));
        list.push(c);
      }
    }
    return tasks.map((t) => ({ ...t, completions: history.get(t.id) ?? [] }));
  }

  conversation(id: number): ConversationRow | undefined {
    return this.#conversation.get(this.#userId, id);
  }

  conversationsAfter(id: number, limit: number): ConversationRow[] {
    return this.#conversationsAfter.all(this.#userId, id, limit);
  }

  messagesAfter(conversationId: number, id: number, limit: number) {
    return this.#messagesAfter.all(conversationId, this.#userId, id, limit);
  }

  /** "title|due date" of every task, for telling what an import would add twice. */
  duplicateKeys(): Set<string> {
    return new Set(this.#keys.all(this.#userId).map((t) => duplicateKey(t.title, t.dueDate)));
  }

  /** "created at|title" of every conversation: one exported and imported again is the same. */
  conversationKeys(): Set<string> {
    return new Set(
      this.#conversationKeys.all(this.#userId).map((c) => `${c.createdAt}|${c.title ?? ''}`),
    );
  }

  /** A task from a file, with its own dates where the file had them. Returns its new number. */
  insertTask(t: ImportedTask, now: string): number {
    const createdAt = t.createdAt ?? now;
    // (a repeating task keeps when its last occurrence was done, pending or not)
    const completedAt =
      t.completedAt !== undefined ? t.completedAt : t.completed ? (t.updatedAt ?? now) : null;
    const id = Number(
      this.#insertTask(
        this.#userId,
        t.title,
        t.description,
        t.completed ? 1 : 0,
        createdAt,
        t.updatedAt ?? createdAt,
        completedAt,
        t.dueDate,
        t.dueDate ? t.dueTime : null,
        t.priority,
        t.repeat,
        t.repeat ? t.dueDate : null,
      ).lastInsertRowid,
    );
    this.#written.wrote(id);
    for (const name of new Set(t.labels)) this.#label(id, this.#labelIdOf(name));
    for (const c of t.completions ?? [])
      this.#completion(this.#userId, id, c.dueDate, c.dueTime, c.completedAt);
    return id;
  }

  #labelIdOf(name: string): number {
    let id = this.#labelIds.get(name);
    if (id === undefined) {
      this.#addLabel(this.#userId, name);
      id = this.#labelId.get(this.#userId, name)!;
      this.#labelIds.set(name, id);
    }
    return id;
  }

  /** A conversation from our own JSON, with its messages. Returns its new id. */
  insertConversation(c: ImportedConversation): number {
    const id = Number(
      this.#insertConversation(this.#userId, c.title, c.createdAt, c.updatedAt).lastInsertRowid,
    );
    for (const m of c.messages)
      this.#insertMessage(id, this.#userId, m.role, m.content, m.createdAt, m.status);
    return id;
  }

  lastMessageId(): number {
    return this.#lastMessage.get() ?? 0;
  }
}

/** Same title (ignoring case and spaces around it) and same due date: likely the same task. */
export const duplicateKey = (title: string, dueDate: string | null) =>
  `${title.trim().toLowerCase()}|${dueDate ?? ''}`;
