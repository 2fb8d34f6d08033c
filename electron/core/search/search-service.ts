// One search over the owner's tasks (title, description, labels) and chat messages, through the
// FTS5 tables the 0009 migration keeps current. Ranked by bm25 with a boost for what changed or
// was said recently; each hit carries a snippet with the matched words marked.
import type Database from 'better-sqlite3';
import type { Marks, MessageHit, SearchHit, SearchScope, TaskHit } from '../../shared/search.ts';
import { type Query, query } from '../db/statements.ts';
import { ftsQuery, parseSearch } from './fts-query.ts';

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

// Title matches count most, then labels, then the description (FTS5 ranks by bm25 with these
// column weights and returns the best first, computing snippets only for those). Of a few more
// than asked for, the final order adds recency: a match is worth up to twice as much when the
// task changed (or the message was said) today, fading over about a month; a completed task
// ranks below a pending one that matches as well.
const TASK_WEIGHTS = `bm25(10.0, 3.0, 5.0)`;
/** How many of the best matches are re-ranked by recency, for each one shown. */
const POOL = 2;

/**
 * Ranked best first; or, while only the first letters of a word are typed and nothing else
 * narrows it ("gr", "pres"), the newest matches first: ranking a tenth of everything by bm25 for
 * a word not yet written would hold up every key press.
 */
type Order = 'rank' | 'newest';
const orderFor = (typed: string): Order => {
  const { include, prefix } = parseSearch(typed);
  const last = include[include.length - 1];
  return include.length === 1 && prefix && last && [...last.text].length <= 4 ? 'newest' : 'rank';
};

const recency = (now: number, at: string) => {
  const days = Math.max(0, (now - Date.parse(at)) / 86_400_000);
  return 1 + 1 / (1 + days / 30);
};

/** The `limit` best of a pool, by score when ranked (lower is better); as they came otherwise. */
function best<R>(rows: R[], score: (r: R) => number, order: Order, limit: number): R[] {
  if (order !== 'rank') return rows.slice(0, limit);
  return rows
    .map((r) => ({ r, s: score(r) }))
    .sort((a, b) => a.s - b.s)
    .slice(0, limit)
    .map(({ r }) => r);
}

interface TaskRow {
  id: number;
  rank: number;
  title: string;
  titleMarked: string;
  snippet: string;
  completed: number;
  dueDate: string | null;
  updatedAt: string;
}
interface MessageRow {
  id: number;
  rank: number;
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
  readonly #tasks: Record<Order, Query<TaskRow>>;
  readonly #messages: Record<Order, Query<MessageRow>>;

  constructor(db: Database.Database, userId: string, clock: () => Date = () => new Date()) {
    this.#userId = userId;
    this.#clock = clock;
    const both = <Row>(sql: string): Record<Order, Query<Row>> => ({
      rank: query<Row>(db, sql.replace('ORDER_BY', 'f.rank')),
      newest: query<Row>(db, sql.replace('ORDER_BY', 'f.rowid DESC')),
    });
    this.#tasks = both<TaskRow>(
      `SELECT f.rowid AS id, f.rank AS rank, t.title, t.completed, t.due_date AS dueDate,
         t.updated_at AS updatedAt,
         highlight(tasks_fts, 0, '${OPEN}', '${CLOSE}') AS titleMarked,
         snippet(tasks_fts, -1, '${OPEN}', '${CLOSE}', '…', 16) AS snippet
       FROM tasks_fts f JOIN tasks t ON t.id = f.rowid
       WHERE tasks_fts MATCH ? AND f.rank MATCH '${TASK_WEIGHTS}' AND t.user_id = ?
       ORDER BY ORDER_BY LIMIT ?`,
    );
    this.#messages = both<MessageRow>(
      `SELECT f.rowid AS id, f.rank AS rank, m.conversation_id AS conversationId, m.role,
         m.created_at AS createdAt, m.content,
         coalesce(c.title, (SELECT substr(u.content, 1, 80) FROM messages u
           WHERE u.conversation_id = c.id AND u.role = 'user' ORDER BY u.id LIMIT 1),
           'New conversation') AS title,
         snippet(messages_fts, 0, '${OPEN}', '${CLOSE}', '…', 16) AS snippet
       FROM messages_fts f JOIN messages m ON m.id = f.rowid
       JOIN conversations c ON c.id = m.conversation_id
       WHERE messages_fts MATCH ? AND m.user_id = ?
       ORDER BY ORDER_BY LIMIT ?`,
    );
  }

  /** Tasks first, then messages, each best first. Text that can't match gives no results. */
  search(typed: string, scope: SearchScope = 'all', limit = 20): { items: SearchHit[] } {
    const match = ftsQuery(typed);
    if (!match) return { items: [] };
    const order = orderFor(typed);
    const items: SearchHit[] = [];
    if (scope !== 'messages') items.push(...this.#taskHits(match, limit, order));
    if (scope !== 'tasks')
      items.push(...this.#messageHits(match, limit, order).map(({ content: _, ...hit }) => hit));
    return { items };
  }

  /** Messages with these words, best first, with their whole text (the assistant reads them). */
  messages(typed: string, limit = 20, any = false): (MessageHit & { content: string })[] {
    const match = ftsQuery(typed, { any, forms: true });
    return match ? this.#messageHits(match, limit) : [];
  }

  /** The ids of the best-matching tasks, best first (the assistant's "find my tasks about …"). */
  taskIds(typed: string, limit = 20): number[] {
    const match = ftsQuery(typed, { forms: true });
    return match ? this.#taskHits(match, limit).map((h) => h.id) : [];
  }

  #taskHits(match: string, limit: number, order: Order = 'rank'): TaskHit[] {
    const now = this.#clock().getTime();
    const score = (r: TaskRow) => r.rank * (r.completed ? 0.8 : 1) * recency(now, r.updatedAt);
    return best(this.#tasks[order].all(match, this.#userId, limit * POOL), score, order, limit).map(
      (r) => {
        const title = readMarks(r.titleMarked);
        const snippet = readMarks(r.snippet);
        return {
          kind: 'task' as const,
          id: r.id,
          title: r.title,
          titleMarks: title.marks,
          snippet: snippet.text,
          marks: snippet.marks,
          completed: r.completed === 1,
          dueDate: r.dueDate,
        };
      },
    );
  }

  #messageHits(
    match: string,
    limit: number,
    order: Order = 'rank',
  ): (MessageHit & { content: string })[] {
    const now = this.#clock().getTime();
    const score = (r: MessageRow) => r.rank * recency(now, r.createdAt);
    return best(
      this.#messages[order].all(match, this.#userId, limit * POOL),
      score,
      order,
      limit,
    ).map((r) => {
      const snippet = readMarks(r.snippet);
      return {
        kind: 'message' as const,
        id: r.id,
        conversationId: r.conversationId,
        title: r.title,
        role: r.role,
        createdAt: r.createdAt,
        snippet: snippet.text,
        marks: snippet.marks,
        content: r.content,
      };
    });
  }
}
