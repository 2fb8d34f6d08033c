// One search over the owner's tasks (title, description, labels) and chat messages, through the
// FTS5 tables the 0009 migration keeps current. Ranked by bm25 with a boost for what changed or
// was said recently; each hit carries a snippet with the matched words marked.
import type Database from 'better-sqlite3';
import type { Marks, MessageHit, SearchHit, SearchScope, TaskHit } from '../../shared/search.ts';
import { type Query, query, queryValue } from '../db/statements.ts';
import { ftsQuery } from './fts-query.ts';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Splits FTS5's marked text into plain text and where the marks were. */
export function readMarks(marked: string): { text: string; marks: Marks } {
  const marks: Marks = [];
  let text = '';
  let start = -1;
  for (const ch of marked) {
    if (ch === OPEN) start = text.length;
    else if (ch === CLOSE) {
      if (start >= 0 && text.length > start) marks.push([start, text.length]);
      start = -1;
    } else text += ch;
  }
  return { text, marks };
}

// Title matches count most, then labels, then the description. A match is worth up to twice as
// much when the task changed (or the message was said) today, fading over about a month; a
// completed task ranks below a pending one that matches as well.
const RECENCY = (column: string) =>
  `(1.0 + 1.0 / (1.0 + max(0.0, julianday(?) - julianday(${column})) / 30.0))`;

interface TaskRow {
  id: number;
  title: string;
  titleMarked: string;
  snippet: string;
  completed: number;
  dueDate: string | null;
}
interface MessageRow {
  id: number;
  conversationId: number;
  title: string;
  role: 'user' | 'assistant' | 'tool';
  createdAt: string;
  snippet: string;
  content: string;
}

export class SearchService {
  readonly #userId: string;
  readonly #clock: () => Date;
  readonly #taskIds: Query<number>;
  readonly #taskRows: Query<TaskRow>;
  readonly #messageIds: Query<number>;
  readonly #messageRows: Query<MessageRow>;

  constructor(db: Database.Database, userId: string, clock: () => Date = () => new Date()) {
    this.#userId = userId;
    this.#clock = clock;
    const ids = (sql: string) => queryValue<number>(db, sql);
    this.#taskIds = ids(
      `SELECT f.rowid FROM tasks_fts f JOIN tasks t ON t.id = f.rowid
       WHERE tasks_fts MATCH ? AND t.user_id = ?
       ORDER BY bm25(tasks_fts, 10.0, 3.0, 5.0) * (CASE t.completed WHEN 1 THEN 0.8 ELSE 1.0 END)
         * ${RECENCY('t.updated_at')}
       LIMIT ?`,
    );
    this.#taskRows = query<TaskRow>(
      db,
      `SELECT t.id, t.title, t.completed, t.due_date AS dueDate,
         highlight(tasks_fts, 0, '${OPEN}', '${CLOSE}') AS titleMarked,
         snippet(tasks_fts, -1, '${OPEN}', '${CLOSE}', '…', 16) AS snippet
       FROM tasks_fts f JOIN tasks t ON t.id = f.rowid
       WHERE tasks_fts MATCH ? AND f.rowid IN (SELECT value FROM json_each(?))`,
    );
    this.#messageIds = ids(
      `SELECT f.rowid FROM messages_fts f JOIN messages m ON m.id = f.rowid
       WHERE messages_fts MATCH ? AND m.user_id = ?
       ORDER BY bm25(messages_fts) * ${RECENCY('m.created_at')}
       LIMIT ?`,
    );
    this.#messageRows = query<MessageRow>(
      db,
      `SELECT m.id, m.conversation_id AS conversationId, m.role, m.created_at AS createdAt, m.content,
         coalesce(c.title, (SELECT substr(u.content, 1, 80) FROM messages u
           WHERE u.conversation_id = c.id AND u.role = 'user' ORDER BY u.id LIMIT 1),
           'New conversation') AS title,
         snippet(messages_fts, 0, '${OPEN}', '${CLOSE}', '…', 16) AS snippet
       FROM messages_fts f JOIN messages m ON m.id = f.rowid
       JOIN conversations c ON c.id = m.conversation_id
       WHERE messages_fts MATCH ? AND f.rowid IN (SELECT value FROM json_each(?))`,
    );
  }

  /** Tasks first, then messages, each best first. Text that can't match gives no results. */
  search(typed: string, scope: SearchScope = 'all', limit = 20): { items: SearchHit[] } {
    const match = ftsQuery(typed);
    if (!match) return { items: [] };
    const now = this.#clock().toISOString();
    const items: SearchHit[] = [];
    if (scope !== 'messages') items.push(...this.#tasks(match, now, limit));
    if (scope !== 'tasks')
      items.push(...this.#messages(match, now, limit).map(({ content: _, ...hit }) => hit));
    return { items };
  }

  /** Messages with these words, best first, with their whole text (the assistant reads them). */
  messages(typed: string, limit = 20, any = false): (MessageHit & { content: string })[] {
    const match = ftsQuery(typed, { any, forms: true });
    return match ? this.#messages(match, this.#clock().toISOString(), limit) : [];
  }

  /** The ids of the best-matching tasks, best first (the assistant's "find my tasks about …"). */
  taskIds(typed: string, limit = 20): number[] {
    const match = ftsQuery(typed, { forms: true });
    return match ? this.#taskIds.all(match, this.#userId, this.#clock().toISOString(), limit) : [];
  }

  #tasks(match: string, now: string, limit: number): TaskHit[] {
    const ids = this.#taskIds.all(match, this.#userId, now, limit);
    if (ids.length === 0) return [];
    const rows = new Map(
      this.#taskRows.all(match, JSON.stringify(ids)).map((r) => [r.id, r] as const),
    );
    return ids.flatMap((id) => {
      const r = rows.get(id);
      if (!r) return [];
      const title = readMarks(r.titleMarked);
      const snippet = readMarks(r.snippet);
      return [
        {
          kind: 'task' as const,
          id: r.id,
          title: r.title,
          titleMarks: title.marks,
          snippet: snippet.text,
          marks: snippet.marks,
          completed: r.completed === 1,
          dueDate: r.dueDate,
        },
      ];
    });
  }

  #messages(match: string, now: string, limit: number): (MessageHit & { content: string })[] {
    const ids = this.#messageIds.all(match, this.#userId, now, limit);
    if (ids.length === 0) return [];
    const rows = new Map(
      this.#messageRows.all(match, JSON.stringify(ids)).map((r) => [r.id, r] as const),
    );
    return ids.flatMap((id) => {
      const r = rows.get(id);
      if (!r) return [];
      const snippet = readMarks(r.snippet);
      return [
        {
          kind: 'message' as const,
          id: r.id,
          conversationId: r.conversationId,
          title: r.title,
          role: r.role,
          createdAt: r.createdAt,
          snippet: snippet.text,
          marks: snippet.marks,
          content: r.content,
        },
      ];
    });
  }
}
