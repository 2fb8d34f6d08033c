// Export and import. Exports read a snapshot of the database (a read-only connection of their own,
// in one read transaction) a page at a time and hand the format's chunks to a sink, so 100,000
// tasks never become one string and the rest of the app keeps answering meanwhile. Imports are
// previewed first (what will be added, likely duplicates, bad lines), then written in one
// transaction that is one step of the undo history.
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import type {
  ExportDelivery,
  ExportRequest,
  ImportPreview,
  ImportResult,
} from '../../shared/exchange.ts';
import type { CoreEvents } from '../events.ts';
import type { TaskService } from '../tasks/task-service.ts';
import type { Imported } from '../tasks/undo-history.ts';
import { localDate } from '../time/local-dates.ts';
import { duplicateKey, ExchangeRepository } from './exchange-repository.ts';
import {
  EXPORT_FILES,
  exportAll,
  exportConversations,
  exportTasks,
  type ExportConversation,
  type ExportTask,
  type ImportedConversation,
  type ImportedTask,
  type ImportFormat,
  importFormatOf,
  type ParsedFile,
  parseFile,
} from './formats/index.ts';

const TASK_PAGE = 1000;
const CONVERSATION_PAGE = 200;
const MESSAGE_PAGE = 1000;
/** How many bad lines and duplicates a preview lists (it counts them all). */
const LISTED = 200;
const SAMPLE = 50;

/** Writes one chunk; a promise when it must wait (a stream's backpressure). */
export type Sink = (chunk: string) => void | Promise<void>;

interface Plan {
  parsed: ParsedFile;
  adds: ImportedTask[];
  duplicates: ImportedTask[];
  conversations: ImportedConversation[];
}

export class ExchangeService {
  readonly #db: Database.Database;
  readonly #file: string;
  readonly #userId: string;
  readonly #tasks: TaskService;
  readonly #events: CoreEvents;
  readonly #clock: () => Date;
  #deliver: ((request: ExportRequest) => Promise<ExportDelivery>) | null = null;

  constructor(deps: {
    db: Database.Database;
    /** The database file, opened again read-only for each export's snapshot. */
    file: string;
    userId: string;
    tasks: TaskService;
    events: CoreEvents;
    clock?: () => Date;
  }) {
    this.#db = deps.db;
    this.#file = deps.file;
    this.#userId = deps.userId;
    this.#tasks = deps.tasks;
    this.#events = deps.events;
    this.#clock = deps.clock ?? (() => new Date());
  }

  /** How this host hands an export to a person: a save dialog, a browser download. */
  deliverWith(deliver: (request: ExportRequest) => Promise<ExportDelivery>): void {
    this.#deliver = deliver;
  }

  deliver(request: ExportRequest): Promise<ExportDelivery> {
    if (
      request.conversationId !== undefined &&
      !new ExchangeRepository(this.#db, this.#userId).conversation(request.conversationId)
    )
      throw new AppError(
        'NOT_FOUND',
        "That conversation doesn't exist (it may have been deleted).",
      );
    if (!this.#deliver) {
      throw new AppError(
        'UNAVAILABLE',
        'Exporting to a file needs the app or the browser host; from a terminal, use the export command.',
      );
    }
    return this.#deliver(request);
  }

  /** The file name an export gets by default: "tasks-2026-11-29.csv". */
  fileName(request: ExportRequest): string {
    const what =
      request.conversationId !== undefined
        ? `conversation-${request.conversationId}`
        : request.scope === 'all'
          ? 'task-assistant'
          : request.scope === 'conversations'
            ? 'conversations'
            : 'tasks';
    return `${what}-${localDate(this.#clock())}.${EXPORT_FILES[request.format].extension}`;
  }

  mediaType(request: ExportRequest): string {
    return `${EXPORT_FILES[request.format].mediaType}; charset=utf-8`;
  }

  /**
   * Writes an export to `sink`, chunk by chunk, from a snapshot of the database taken as it
   * starts (changes made meanwhile are not half in it). Progress goes to every window.
   */
  async write(request: ExportRequest, sink: Sink): Promise<{ bytes: number; items: number }> {
    const read = new Database(this.#file, { readonly: true, fileMustExist: true });
    try {
      read.exec('BEGIN');
      const repo = new ExchangeRepository(read, this.#userId);
      const counts = repo.counts();
      const withTasks = request.scope !== 'conversations';
      const withTalk = request.scope !== 'tasks';
      const total = (withTasks ? counts.tasks : 0) + (withTalk ? counts.messages : 0);
      let done = 0;
      let reported = 0;
      const progress = (n: number) => {
        done += n;
        if (done - reported >= 1000 || done === total) {
          reported = done;
          this.#events.emit('exchange.progress', { done, total });
        }
      };
      function* tasks(): Generator<ExportTask> {
        let after = 0;
        for (;;) {
          const page = repo.tasksAfter(after, TASK_PAGE);
          if (page.length === 0) return;
          progress(page.length);
          yield* page;
          after = page[page.length - 1]!.id;
        }
      }
      function* messagesOf(conversationId: number) {
        let after = 0;
        for (;;) {
          const page = repo.messagesAfter(conversationId, after, MESSAGE_PAGE);
          if (page.length === 0) return;
          progress(page.length);
          for (const { id: _, ...m } of page) yield m;
          after = page[page.length - 1]!.id;
        }
      }
      const one =
        request.conversationId === undefined
          ? undefined
          : repo.conversation(request.conversationId);
      if (request.conversationId !== undefined && !one)
        throw new AppError(
          'NOT_FOUND',
          "That conversation doesn't exist (it may have been deleted).",
        );
      function* conversations(): Generator<ExportConversation> {
        if (one) {
          yield { ...one, messages: { [Symbol.iterator]: () => messagesOf(one.id) } };
          return;
        }
        let after = 0;
        for (;;) {
          const page = repo.conversationsAfter(after, CONVERSATION_PAGE);
          if (page.length === 0) return;
          for (const c of page)
            yield { ...c, messages: { [Symbol.iterator]: () => messagesOf(c.id) } };
          after = page[page.length - 1]!.id;
        }
      }
      const options = { now: this.#clock() };
      const chunks =
        request.scope === 'all'
          ? exportAll(tasks(), conversations(), options)
          : request.scope === 'conversations'
            ? exportConversations(request.format as 'json' | 'markdown', conversations(), options)
            : exportTasks(request.format, tasks(), options);
      let bytes = 0;
      for (const chunk of chunks) {
        bytes += Buffer.byteLength(chunk);
        const waiting = sink(chunk);
        if (waiting) await waiting;
      }
      this.#events.emit('exchange.progress', { done: total, total });
      return { bytes, items: total };
    } finally {
      if (read.inTransaction) read.exec('COMMIT');
      read.close();
    }
  }

  #plan(text: string, format: string | undefined, duplicates: 'skip' | 'add'): Plan {
    const chosen: ImportFormat | undefined = format
      ? (importFormatOf(format) ?? undefined)
      : undefined;
    const parsed = parseFile(text, chosen ?? null, { now: this.#clock() });
    const repo = new ExchangeRepository(this.#db, this.#userId);
    const known = repo.duplicateKeys();
    const talks = repo.conversationKeys();
    const conversations = parsed.conversations.filter(
      (c) => duplicates === 'add' || !talks.has(`${c.createdAt}|${c.title ?? ''}`),
    );
    const adds: ImportedTask[] = [];
    const dupes: ImportedTask[] = [];
    for (const read of parsed.tasks) {
      // (a repeat read without a date starts at its first occurrence, as when typed)
      const task = read.repeat && !read.dueDate ? this.#tasks.settleRepeat(read) : read;
      const key = duplicateKey(task.title, task.dueDate);
      if (known.has(key) && duplicates === 'skip') dupes.push(task);
      else {
        if (known.has(key)) dupes.push(task);
        adds.push(task);
        known.add(key);
      }
    }
    return { parsed, adds, duplicates: dupes, conversations };
  }

  /** What an import of this file would do. Changes nothing. */
  preview(text: string, format?: string, duplicates: 'skip' | 'add' = 'skip'): ImportPreview {
    const { parsed, adds, duplicates: dupes, conversations } = this.#plan(text, format, duplicates);
    return {
      format: parsed.format,
      tasks: parsed.tasks.length,
      adds: adds.length,
      conversations: conversations.length,
      duplicates: dupes
        .slice(0, LISTED)
        .map((t) => ({ line: t.line, title: t.title, dueDate: t.dueDate })),
      duplicateCount: dupes.length,
      errors: parsed.errors.slice(0, LISTED),
      errorCount: parsed.errors.length,
      sample: adds.slice(0, SAMPLE).map((t) => ({
        line: t.line,
        title: t.title,
        completed: t.completed,
        dueDate: t.dueDate,
        dueTime: t.dueTime,
        priority: t.priority,
        repeat: t.repeat,
        labels: t.labels,
      })),
    };
  }

  /**
   * Imports a file in one transaction (all of it or, if anything fails, none of it), as one step
   * of the undo history. A file with bad lines is refused, naming the first, unless `skipErrors`.
   */
  import(
    text: string,
    options: { format?: string; duplicates?: 'skip' | 'add'; skipErrors?: boolean } = {},
  ): ImportResult {
    const duplicates = options.duplicates ?? 'skip';
    const {
      parsed,
      adds,
      duplicates: dupes,
      conversations: talks,
    } = this.#plan(text, options.format, duplicates);
    if (parsed.errors.length > 0 && !options.skipErrors) {
      const first = parsed.errors[0]!;
      const more =
        parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more bad lines)` : '';
      throw new AppError(
        'VALIDATION',
        `${first.message.replace(/\.$/, '')}${more}. Nothing was imported.`,
      );
    }
    const repo = new ExchangeRepository(this.#db, this.#userId);
    const now = this.#clock().toISOString();
    const imported = this.#tasks.importRows((): Imported => {
      let first = 0;
      let last = 0;
      for (const task of adds) {
        last = repo.insertTask(task, now);
        if (!first) first = last;
      }
      const conversations = talks.map((c) => repo.insertConversation(c));
      return {
        first,
        last,
        count: adds.length,
        conversations,
        lastMessage: conversations.length ? repo.lastMessageId() : 0,
      };
    });
    for (const id of imported.conversations)
      this.#events.emit('chat.changed', { conversationId: id });
    return {
      added: imported.count,
      duplicates: duplicates === 'skip' ? dupes.length : 0,
      conversations: imported.conversations.length,
      errors: parsed.errors,
    };
  }
}
