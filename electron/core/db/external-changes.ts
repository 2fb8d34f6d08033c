// Another process (the CLI, a second host, later MCP) may write the same profile. SQLite bumps
// PRAGMA data_version for this connection whenever some *other* connection commits, so polling it
// is a cheap way to tell every window to refresh after changes it didn't make: the task list, and
// each conversation that moved on (a reply written by the CLI shows in an open thread).
import type Database from 'better-sqlite3';
import type { CoreEvents } from '../events.ts';

interface Summary {
  n: number;
  last: string | null;
}

export function watchExternalChanges(
  db: Database.Database,
  events: CoreEvents,
  intervalMs = 250,
): () => void {
  const version = db.prepare('PRAGMA data_version').pluck();
  const summary = db.prepare('SELECT count(*) AS n, max(updated_at) AS last FROM conversations');
  const movedSince = db
    .prepare('SELECT id FROM conversations WHERE updated_at > ? ORDER BY updated_at DESC LIMIT 100')
    .pluck();
  const latest = db.prepare('SELECT max(id) FROM conversations').pluck();
  let last = version.get();
  let seen = summary.get() as Summary;
  const timer = setInterval(() => {
    if (!db.open) return;
    try {
      const now = version.get();
      if (now === last) return;
      last = now;
      events.emit('tasks.changed', { reason: 'updated', ids: [] });
      const current = summary.get() as Summary;
      if (current.n === seen.n && current.last === seen.last) return;
      const moved = (seen.last === null ? [] : (movedSince.all(seen.last) as number[])).reverse();
      // A conversation deleted elsewhere moves nothing: the newest one tells the lists to look.
      const ids = moved.length > 0 ? moved : [latest.get() as number | null].filter((id) => id);
      seen = current;
      for (const conversationId of ids as number[]) events.emit('chat.changed', { conversationId });
    } catch {
      // a disk error now is reported by the next request that needs the data
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
