// Copies of the profile database: before migrations, on a schedule while the app runs, and on
// request. A damaged database is moved aside at start and the newest good copy takes its place.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface BackupInfo {
  /** The file name; stable while the backup exists. */
  id: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

const NAME =
  /^(before-v\d+|scheduled|manual|before-restore)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;
const KEEP_SCHEDULED = 5;
const KEEP_OTHER = 5;

const stamp = (d = new Date()) => d.toISOString().replace(/[:.]/g, '-');
const fromStamp = (s: string) =>
  s.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => {
      const m = name.match(NAME);
      if (!m) return null;
      return {
        id: name,
        reason: m[1]!,
        createdAt: fromStamp(m[2]!),
        bytes: fs.statSync(path.join(dir, name)).size,
      };
    })
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A consistent copy of the live database (VACUUM INTO), private to this account, then rotation. */
export function backUp(
  db: Database.Database,
  dir: string,
  reason: 'scheduled' | 'manual' | 'before-restore',
): BackupInfo {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = `${reason}-${stamp()}.sqlite`;
  const file = path.join(dir, name);
  db.prepare('VACUUM INTO ?').run(file);
  fs.chmodSync(file, 0o600);
  rotate(dir);
  return listBackups(dir).find((b) => b.id === name)!;
}

function rotate(dir: string): void {
  const all = listBackups(dir);
  const scheduled = all.filter((b) => b.reason === 'scheduled').slice(KEEP_SCHEDULED);
  const other = all.filter((b) => b.reason !== 'scheduled').slice(KEEP_OTHER);
  for (const b of [...scheduled, ...other]) fs.rmSync(path.join(dir, b.id), { force: true });
}

/** Opens the file read-only and asks SQLite to check it. Anything unreadable counts as damaged. */
export function isHealthy(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export interface RecoveryReport {
  /** When the copy that was put back had been made; null when no good copy existed. */
  restoredBackupFrom: string | null;
  /** Where the damaged file was kept (inside the profile's backups folder). */
  damagedCopy: string;
}

/**
 * If the database can't be read or fails SQLite's check, keeps it aside (with its -wal/-shm) and
 * puts the newest healthy backup in its place. Returns what was done, or null if it was fine.
 */
export function recoverIfDamaged(file: string, backupsDir: string): RecoveryReport | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0 || isHealthy(file)) return null;
  fs.mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
  const damagedCopy = path.join(backupsDir, `damaged-${stamp()}.sqlite`);
  fs.renameSync(file, damagedCopy);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, damagedCopy + suffix);
  }
  // Newest first, but a copy taken just before a restore holds a state the person chose to leave.
  const candidates = listBackups(backupsDir).sort(
    (a, b) => Number(a.reason === 'before-restore') - Number(b.reason === 'before-restore'),
  );
  const good = candidates.find((b) => isHealthy(path.join(backupsDir, b.id)));
  if (good) {
    fs.copyFileSync(path.join(backupsDir, good.id), file);
    fs.chmodSync(file, 0o600);
  }
  return { restoredBackupFrom: good?.createdAt ?? null, damagedCopy };
}
