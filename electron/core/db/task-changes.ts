// Which tasks a connection has written, so a reader that keeps the task list in memory re-reads
// only those. Writes by other connections (another process: the CLI, the MCP server) show in
// `PRAGMA data_version` instead, and a reader that sees it change reads everything again.
//
// Every statement that writes tasks or their labels on a connection reports here (the task and
// exchange repositories, a restored backup); a reader asks what changed since the mark it last
// took. (A write rolled back stays reported: reading that task again is harmless.)
import type Database from 'better-sqlite3';

/** Entries kept; a reader further behind than this reads everything again. */
const KEPT = 4096;
/** An entry meaning "anything may have changed" (an import writes many tasks at once). */
const EVERYTHING = -1;

export interface SinceMark {
  /** Everything must be read again (an import, or the reader fell too far behind). */
  everything: boolean;
  /** Ids of the tasks written since the mark (created, changed or deleted). */
  ids: Set<number>;
  /** The mark to pass next time. */
  mark: number;
}

export class TaskChanges {
  /** Ids written, oldest first; `#first` is the mark of `#log[0]`. */
  #log: number[] = [];
  #first = 0;

  /** The mark of now: what is written after it is reported by `since`. */
  get mark(): number {
    return this.#first + this.#log.length;
  }

  /** A task was created, changed or deleted (its labels included). */
  wrote(id: number): void {
    this.#log.push(id);
    if (this.#log.length > KEPT * 2) {
      this.#first += this.#log.length - KEPT;
      this.#log = this.#log.slice(-KEPT);
    }
  }

  /** Any number of tasks may have been written. */
  wroteMany(): void {
    this.wrote(EVERYTHING);
  }

  since(mark: number): SinceMark {
    const now = this.mark;
    if (mark < this.#first || mark > now) return { everything: true, ids: new Set(), mark: now };
    const ids = new Set(this.#log.slice(mark - this.#first));
    const everything = ids.delete(EVERYTHING);
    return { everything, ids, mark: now };
  }
}

const byConnection = new WeakMap<Database.Database, TaskChanges>();

/** The one record of task writes on this connection. */
export function taskChanges(db: Database.Database): TaskChanges {
  let changes = byConnection.get(db);
  if (!changes) byConnection.set(db, (changes = new TaskChanges()));
  return changes;
}

let witnesses = 0;

/**
 * A row in a TEMP table of the connection, there exactly as long as the transaction that wrote it
 * (if any) has not been rolled back: a list read inside a transaction that later failed saw
 * writes that never happened, and its witness is gone with them. Unavailable (`renew` returns
 * undefined) on a connection that can't write even temporary tables.
 */
export class RollbackWitness {
  readonly #insert: Database.Statement | undefined;
  readonly #drop: Database.Statement | undefined;
  readonly #there: Database.Statement | undefined;

  constructor(db: Database.Database) {
    try {
      db.exec('CREATE TEMP TABLE IF NOT EXISTS kept_lists (id INTEGER PRIMARY KEY)');
      this.#insert = db.prepare('INSERT INTO temp.kept_lists (id) VALUES (?)');
      this.#drop = db.prepare('DELETE FROM temp.kept_lists WHERE id = ?');
      this.#there = db.prepare('SELECT 1 FROM temp.kept_lists WHERE id = ?').pluck();
    } catch {
      // (a read-only connection: nothing is kept)
    }
  }

  /** A witness of now, in place of `previous`; undefined when none can be written. */
  renew(previous: number | undefined): number | undefined {
    if (!this.#insert) return undefined;
    try {
      if (previous !== undefined) this.#drop!.run(previous);
      const id = ++witnesses;
      this.#insert.run(id);
      return id;
    } catch {
      return undefined;
    }
  }

  /** Whether that witness is still there (its transaction committed or is still open). */
  holds(id: number): boolean {
    try {
      return this.#there?.get(id) === 1;
    } catch {
      return false;
    }
  }
}
