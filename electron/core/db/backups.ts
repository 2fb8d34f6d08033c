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
  /^(before-v\d+|scheduled|manual|before-restore|damaged|recovered)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;
const KEEP_SCHEDULED = 5;
const KEEP_OTHER = 5;

export const stamp = (d = new Date()) => d.toISOString().replace(/[:.]/g, '-');
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
  return writeBackup(dir, reason, (file) => db.prepare('VACUUM INTO ?').run(file));
}

/** Writes a new backup file with `make`; a copy cut short (a full disk) is removed, never listed. */
export function writeBackup(
  dir: string,
  reason: 'scheduled' | 'manual' | 'before-restore' | 'recovered',
  make: (file: string) => void,
): BackupInfo {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = `${reason}-${stamp()}.sqlite`;
  const file = path.join(dir, name);
  // Written under a name the list ignores and renamed when complete: a copy cut short by a full
  // disk is removed, never offered as a backup.
  const partial = path.join(dir, `.partial-${name}`);
  try {
    make(partial);
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  rotate(dir);
  return listBackups(dir).find((b) => b.id === name)!;
}

function rotate(dir: string): void {
  const all = listBackups(dir);
  const scheduled = all.filter((b) => b.reason === 'scheduled').slice(KEEP_SCHEDULED);
  // A damaged database set aside at start is kept until the person has had a chance to recover it.
  const other = all
    .filter((b) => b.reason !== 'scheduled' && b.reason !== 'damaged')
    .slice(KEEP_OTHER);
  for (const b of [...scheduled, ...other]) fs.rmSync(path.join(dir, b.id), { force: true });
}

const DAMAGE = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * Whether SQLite can read the file and its quick_check passes. Only corruption counts as damage:
 * a full disk, an I/O error, missing permission or a busy file throw (they say nothing about the
 * file, which must then be left where it is).
 */
export function checkHealth(file: string): 'ok' | 'damaged' {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    if (DAMAGE.test(String((err as { code?: unknown }).code))) return 'damaged';
    throw err;
  }
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok' ? 'ok' : 'damaged';
  } catch (err) {
    if (DAMAGE.test(String((err as { code?: unknown }).code))) return 'damaged';
    throw err;
  } finally {
    db.close();
  }
}

/** For backups: anything that can't be read and checked is no good to restore from. */
export function isHealthy(file: string): boolean {
  try {
    return checkHealth(file) === 'ok';
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
 * If the database is corrupt (see checkHealth), keeps it aside (with its -wal/-shm) and
 * puts the newest healthy backup in its place. Returns what was done, or null if it was fine.
 */
export function recoverIfDamaged(file: string, backupsDir: string): RecoveryReport | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0 || checkHealth(file) === 'ok')
    return null;
  fs.mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
  const damagedCopy = path.join(backupsDir, `damaged-${stamp()}.sqlite`);
  fs.renameSync(file, damagedCopy);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, damagedCopy + suffix);
  }
  // Newest first, but a copy taken just before a restore holds a state the person chose to leave.
  const candidates = listBackups(backupsDir)
    .filter((b) => b.reason !== 'damaged')
    .sort((a, b) => Number(a.reason === 'before-restore') - Number(b.reason === 'before-restore'));
  const good = candidates.find((b) => isHealthy(path.join(backupsDir, b.id)));
  if (good) {
    fs.copyFileSync(path.join(backupsDir, good.id), file);
    fs.chmodSync(file, 0o600);
  }
  return { restoredBackupFrom: good?.createdAt ?? null, damagedCopy };
}
