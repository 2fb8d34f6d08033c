// Another process (the CLI, a second host) may write the same profile. SQLite bumps
// PRAGMA data_version for this connection whenever some *other* connection commits, so polling it
// is a cheap way to tell every window to refresh after changes it didn't make.
import type Database from 'better-sqlite3';
import type { CoreEvents } from '../events.ts';

export function watchExternalChanges(
  db: Database.Database,
  events: CoreEvents,
  intervalMs = 250,
): () => void {
  const version = db.prepare('PRAGMA data_version').pluck();
  let last = version.get();
  const timer = setInterval(() => {
    if (!db.open) return;
    let now: unknown;
    try {
      now = version.get();
    } catch {
      return; // a disk error now is reported by the next request that needs the data
    }
    if (now !== last) {
      last = now;
      events.emit('tasks.changed', { reason: 'updated', ids: [] });
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
