import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import { APP_NAME } from '../../shared/limits.ts';
import type { Logger } from '../log.ts';
import type { OsAccount } from '../profile/os-account.ts';
import {
  ensurePrivateDir,
  isOwnedByCurrentUser,
  type ProfilePaths,
  tightenProfile,
} from '../profile/profile-paths.ts';
import { recoverIfDamaged, type RecoveryReport } from './backups.ts';
import { closedCleanly } from './clean-close.ts';
import { migrate, type MigrateResult, readMigrations, schemaVersion } from './migrations.ts';

export interface OpenedDatabase {
  db: Database.Database;
  schemaVersion: number;
  migration: MigrateResult;
  /** Set when the database was damaged and a backup was put in its place. */
  recovery: RecoveryReport | null;
}

const OTHER_ACCOUNT = `These tasks belong to another account on this computer, so ${APP_NAME} won't open them.`;
const NO_ACCESS = `${APP_NAME} isn't allowed to open this profile folder: it belongs to another account, or its permissions don't let this account in.`;
const READ_ONLY = `${APP_NAME}'s data folder is read-only, so your tasks can't be opened for saving.`;
const DISK_FULL = `The disk is full, so ${APP_NAME} can't open your tasks. Free some space and start it again.`;

interface OwnerRecord {
  uid: number;
  username: string;
}

/**
 * Opens (creating if needed) the profile's database: private folder and file modes, durable
 * pragmas, owner check, newer-schema refusal, backup then migrations.
 */
export function openProfileDatabase(
  paths: ProfilePaths,
  migrationsDir: string,
  account: OsAccount,
  logger: Logger,
): OpenedDatabase {
  // Another account's profile is refused before anything in it is touched.
  for (const existing of [paths.dir, paths.database]) {
    if (!isOwnedByCurrentUser(existing)) throw new AppError('UNAVAILABLE', OTHER_ACCOUNT);
  }
  try {
    ensurePrivateDir(paths.dir);
    ensurePrivateDir(paths.backups);
    // Create the file ourselves so it is private from its first byte; SQLite gives the -wal and
    // -shm files the same mode.
    fs.closeSync(fs.openSync(paths.database, 'a', 0o600));
    tightenProfile(paths);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('UNAVAILABLE', NO_ACCESS);
    if (code === 'EROFS') throw new AppError('STORAGE', READ_ONLY);
    if (code === 'ENOSPC') throw new AppError('STORAGE', DISK_FULL);
    throw err;
  }

  let recovery: RecoveryReport | null;
  let db: Database.Database;
  try {
    // Only corruption moves the file aside; any other trouble leaves it where it is.
    // (a file closed cleanly and untouched since needs no look for damage)
    recovery = closedCleanly(paths.database)
      ? null
      : recoverIfDamaged(paths.database, paths.backups);
    db = new Database(paths.database);
  } catch (err) {
    throw openTrouble(err, logger);
  }
  if (recovery)
    logger.error(
      `database was damaged; moved aside, restored backup from ${recovery.restoredBackupFrom}`,
    );
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // FULL: a write the UI was told succeeded survives power loss, not just a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Checkpoints are run when the app is idle (see checkpointWhenIdle); this is only a backstop
    // so a write rarely pays for copying the log back into the database.
    db.pragma('wal_autocheckpoint = 10000');

    checkOwner(db, account);
    const migration = migrate(db, readMigrations(migrationsDir), paths.backups);
    if (migration.to !== migration.from) {
      logger.info(`migrated schema ${migration.from} -> ${migration.to}`);
    }
    db.prepare(`INSERT OR IGNORE INTO profile_meta (key, value) VALUES ('owner', ?)`).run(
      JSON.stringify({ uid: account.uid, username: account.username } satisfies OwnerRecord),
    );
    tightenProfile(paths);
    return { db, schemaVersion: schemaVersion(db), migration, recovery };
  } catch (err) {
    db.close();
    throw err instanceof AppError ? err : openTrouble(err, logger);
  }
}

const BUSY = `Your tasks are in use by another program that is holding them locked. Close it (or wait a moment) and start ${APP_NAME} again; nothing was changed.`;
const DISK_ERROR = `The disk reported an error while reading your tasks, so ${APP_NAME} left them untouched. Check the disk (or free some space) and start again.`;

/** A plain message for what stopped the database from opening; the file is never moved for these. */
function openTrouble(err: unknown, logger: Logger): AppError {
  if (err instanceof AppError) return err;
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  logger.error(`opening the database failed: ${code}`, err);
  if (/^(SQLITE_FULL|ENOSPC)/.test(code)) return new AppError('STORAGE', DISK_FULL);
  if (/^(SQLITE_READONLY|EROFS)/.test(code)) return new AppError('STORAGE', READ_ONLY);
  if (/^(SQLITE_PERM|SQLITE_AUTH|SQLITE_CANTOPEN|EACCES|EPERM)/.test(code))
    return new AppError('UNAVAILABLE', NO_ACCESS);
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return new AppError('UNAVAILABLE', BUSY);
  if (/^(SQLITE_IOERR|EIO)/.test(code)) return new AppError('STORAGE', DISK_ERROR);
  return new AppError('STORAGE', DISK_ERROR);
}

function checkOwner(db: Database.Database, account: OsAccount): void {
  const hasMeta = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'profile_meta'`)
    .get();
  if (!hasMeta) return;
  const row = db.prepare(`SELECT value FROM profile_meta WHERE key = 'owner'`).get() as
    { value: string } | undefined;
  if (!row) return;
  const owner = JSON.parse(row.value) as OwnerRecord;
  const sameUid = owner.uid === account.uid;
  const sameName = owner.username === account.username;
  // The uid is the account on POSIX (a renamed account keeps its tasks); Windows reports -1 for
  // everyone, so the name decides there.
  if (!(account.uid === -1 ? sameName : sameUid)) {
    throw new AppError('UNAVAILABLE', OTHER_ACCOUNT);
  }
}
