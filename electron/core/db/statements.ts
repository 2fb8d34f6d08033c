// Typed prepared statements, and the one rule for writes: nothing is handed back to a caller
// before its COMMIT has returned.
//
// better-sqlite3 reads the first row of `INSERT/UPDATE/DELETE … RETURNING` with `.get()` and then
// resets the statement; in autocommit mode the commit happens during that reset, and an error
// there (SQLITE_FULL, SQLITE_IOERR) is dropped, so a write the disk refused looked saved. A
// returning write here therefore always runs inside a transaction, and the transaction's COMMIT
// throws. ESLint refuses `RETURNING` in SQL prepared any other way (eslint.config.js).
import type Database from 'better-sqlite3';

type Params = unknown[];

export interface Query<Row> {
  get(...params: Params): Row | undefined;
  all(...params: Params): Row[];
}

/** A read returning rows of one shape. */
export function query<Row>(db: Database.Database, sql: string): Query<Row> {
  const statement = db.prepare(sql);
  return {
    get: (...params) => statement.get(...params) as Row | undefined,
    all: (...params) => statement.all(...params) as Row[],
  };
}

/** A read of one column. */
export function queryValue<T>(db: Database.Database, sql: string): Query<T> {
  const statement = db.prepare(sql).pluck();
  return {
    get: (...params) => statement.get(...params) as T | undefined,
    all: (...params) => statement.all(...params) as T[],
  };
}

/** A write without RETURNING: `.run()` steps to completion, so a failed commit throws. */
export function write(
  db: Database.Database,
  sql: string,
): (...params: Params) => Database.RunResult {
  const statement = db.prepare(sql);
  return (...params) => statement.run(...params);
}

/**
 * A write with RETURNING. Inside a caller's transaction it runs as part of it; otherwise it gets
 * a transaction of its own, so the row comes back only once it is committed.
 */
export function writeReturning<Row>(
  db: Database.Database,
  sql: string,
): (...params: Params) => Row | undefined {
  const statement = db.prepare(sql);
  const inTransaction = db.transaction((params: Params) => statement.get(...params));
  return (...params) =>
    (db.inTransaction ? statement.get(...params) : inTransaction(params)) as Row | undefined;
}

/**
 * Runs a function in a transaction (a savepoint when one is already open). The wrapper is built
 * once per connection: better-sqlite3 builds a new one, with its own statements, per `transaction()`.
 */
export function transactionRunner(db: Database.Database): <T>(fn: () => T) => T {
  const run = db.transaction((fn: () => unknown) => fn());
  return <T>(fn: () => T) => run(fn) as T;
}

/** One value kept in profile_meta by its key: read, and written (inserted or replaced). */
export function metaValue(
  db: Database.Database,
  key: string,
): { read: () => string | undefined; write: (value: string) => void } {
  const read = queryValue<string>(db, `SELECT value FROM profile_meta WHERE key = ?`);
  const store = write(
    db,
    `INSERT INTO profile_meta (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return { read: () => read.get(key), write: (value) => void store(key, value) };
}
