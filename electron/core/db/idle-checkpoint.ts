// Copies the write-ahead log back into the database between requests instead of during one, so a
// commit doesn't wait for a checkpoint. (A PASSIVE checkpoint with nothing to copy is nearly free;
// SQLite also checkpoints when the last connection closes.)
import type Database from 'better-sqlite3';

export function checkpointWhenIdle(db: Database.Database, everyMs: number): () => void {
  const timer = setInterval(() => {
    if (!db.open || db.inTransaction) return;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A full disk can refuse the copy; the log stays valid and the next tick tries again.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
