// "Try to recover" for a damaged database that was set aside: copy whatever can still be read
// into a new, healthy database. The damaged file itself is never modified.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { migrate, type Migration } from './migrations.ts';

/** Tables worth saving, parents before children. */
export const DATA_TABLES = ['tasks', 'conversations', 'messages', 'undo_history', 'trash'] as const;

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const VALID_PAGE_SIZES = new Set([512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]);

export interface SalvageCounts {
  tasks: number;
  conversations: number;
  messages: number;
}

/**
 * Writes `out` (which must not exist) as a database at the current schema holding every row of
 * `damaged` that SQLite can still read. A broken header is repaired in a scratch copy first.
 */
export function salvage(
  damaged: string,
  out: string,
  migrations: Migration[],
  scratch: string,
): SalvageCounts {
  copyWithSidecars(damaged, scratch);
  try {
    repairHeader(scratch, fs.existsSync(`${scratch}-wal`));
    const target = new Database(out);
    try {
      migrate(target, migrations, '');
      let source: Database.Database | undefined;
      try {
        source = new Database(scratch, { fileMustExist: true });
        copyRows(source, target);
      } catch {
        // Nothing readable at all: the caller reports an empty result.
      } finally {
        source?.close();
      }
      const count = (table: string) =>
        target.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      return {
        tasks: count('tasks'),
        conversations: count('conversations'),
        messages: count('messages'),
      };
    } finally {
      target.close();
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(scratch + suffix, { force: true });
  }
}

function copyWithSidecars(from: string, to: string): void {
  fs.copyFileSync(from, to);
  if (fs.existsSync(`${from}-wal`)) fs.copyFileSync(`${from}-wal`, `${to}-wal`);
}

/**
 * A header overwritten by garbage hides every good page behind it. Put back what SQLite needs to
 * read the pages (the fields this app never changes from SQLite's defaults); the counts it can
 * work out from the file itself are cleared so it does.
 */
function repairHeader(file: string, hasLog: boolean): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const h = Buffer.alloc(100);
    if (fs.readSync(fd, h, 0, 100, 0) < 100) return;
    const raw = h.readUInt16BE(16);
    const sane =
      h.subarray(0, 16).equals(MAGIC) &&
      VALID_PAGE_SIZES.has(raw === 1 ? 65536 : raw) &&
      [1, 2].includes(h[18]!) &&
      [1, 2].includes(h[19]!) &&
      h[21] === 64 &&
      h[22] === 32 &&
      h[23] === 32 &&
      [1, 2, 3, 4].includes(h.readUInt32BE(44)) &&
      [1, 2, 3].includes(h.readUInt32BE(56));
    if (sane) return;
    MAGIC.copy(h, 0);
    if (!VALID_PAGE_SIZES.has(raw === 1 ? 65536 : raw)) h.writeUInt16BE(4096, 16);
    h[18] = h[19] = hasLog ? 2 : 1;
    h[20] = 0; // no reserved bytes per page
    h[21] = 64;
    h[22] = 32;
    h[23] = 32;
    h.writeUInt32BE(0, 28); // page count: taken from the file size instead
    h.writeUInt32BE(0, 32); // no free-list (only reading follows)
    h.writeUInt32BE(0, 36);
    h.writeUInt32BE(4, 44); // schema format
    h.writeUInt32BE(0, 52); // no auto-vacuum
    h.writeUInt32BE(1, 56); // UTF-8
    h.writeUInt32BE(0, 64);
    fs.writeSync(fd, h, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
}

/** Row by row, so one bad page costs the rows on it and no more. */
function copyRows(source: Database.Database, target: Database.Database): void {
  target.pragma('foreign_keys = OFF');
  for (const table of DATA_TABLES) {
    let sourceColumns: string[];
    try {
      sourceColumns = (
        source.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]
      ).map((c) => c.name);
    } catch {
      continue;
    }
    const targetColumns = new Set(
      (target.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
        (c) => c.name,
      ),
    );
    const columns = sourceColumns.filter((c) => targetColumns.has(c));
    if (columns.length === 0) continue;
    const list = columns.map((c) => `"${c}"`).join(', ');
    const insert = target.prepare(
      `INSERT OR IGNORE INTO ${table} (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const save = target.transaction((rows: unknown[][]) => {
      for (const row of rows) insert.run(...row);
    });
    // Forwards until a bad page stops the scan, then backwards from the end to the same place.
    for (const order of ['ASC', 'DESC'] as const) {
      const rows: unknown[][] = [];
      try {
        const scan = source
          .prepare(`SELECT ${list} FROM ${table} ORDER BY rowid ${order}`)
          .raw()
          .iterate() as IterableIterator<unknown[]>;
        for (const row of scan) rows.push(row);
      } catch {
        // keep what was read before the damage
      }
      try {
        save(rows);
      } catch {
        // a row that breaks a constraint is left out; the others stay
        for (const row of rows) {
          try {
            insert.run(...row);
          } catch {
            // skipped
          }
        }
      }
    }
  }
  // Messages whose conversation was lost can't be shown; drop them. History entries keep their
  // change without the conversation.
  target.exec(`DELETE FROM messages WHERE conversation_id NOT IN (SELECT id FROM conversations);
    UPDATE undo_history SET conversation_id = NULL
    WHERE conversation_id NOT IN (SELECT id FROM conversations);`);
  target.pragma('foreign_keys = ON');
}
