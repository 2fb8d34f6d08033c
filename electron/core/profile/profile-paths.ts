import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { APP_NAME } from '../../shared/limits.ts';

/**
 * The folder Electron's app.getPath('userData') gives for this app, computed without Electron so
 * the browser host and the CLI open the same profile as the desktop app.
 */
export function defaultProfileDir(env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  let appData: string;
  if (process.platform === 'win32') {
    appData = env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  } else if (process.platform === 'darwin') {
    appData = path.join(home, 'Library', 'Application Support');
  } else {
    appData = env.XDG_CONFIG_HOME || path.join(home, '.config');
  }
  return path.join(appData, APP_NAME);
}

export const DATABASE_FILE = 'tasks.sqlite';

export interface ProfilePaths {
  dir: string;
  database: string;
  backups: string;
  logs: string;
  /** Downloaded models for the built-in model provider. */
  models: string;
}

export function profilePaths(dir: string): ProfilePaths {
  const abs = path.resolve(dir);
  return {
    dir: abs,
    database: path.join(abs, DATABASE_FILE),
    backups: path.join(abs, 'backups'),
    logs: path.join(abs, 'logs'),
    models: path.join(abs, 'models'),
  };
}

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;
const ownedByMe = (st: fs.Stats) => process.getuid === undefined || st.uid === process.getuid();

const NOT_A_FOLDER = `The profile folder given is a file, not a folder, so ${APP_NAME} won't use it. Choose an empty folder or an existing profile.`;
const NOT_A_PROFILE = `The profile folder given already holds other files and isn't a ${APP_NAME} profile, so ${APP_NAME} left it untouched. Choose an empty folder or an existing profile.`;
const NO_FOLDER =
  'No profile folder was given: name a folder, or leave the option out to use your own profile.';

/**
 * A folder is used as a profile only when it doesn't exist yet, is empty, or already holds a
 * profile database; anything else (a home folder, a project, the working directory) is refused
 * before a byte in it is touched. `appFolder` is the app's own data folder (Electron's userData),
 * which Electron fills with its own files and which is ours by name.
 */
export function claimProfileDir(dir: string, options: { appFolder?: boolean } = {}): void {
  if (dir.trim() === '') throw new AppError('VALIDATION', NO_FOLDER);
  const abs = path.resolve(dir);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(abs, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  if (!st) return; // created, privately, when the database is opened
  if (!st.isDirectory()) throw new AppError('UNAVAILABLE', NOT_A_FOLDER);
  if (options.appFolder) return;
  let entries: string[];
  try {
    entries = fs.readdirSync(abs);
  } catch {
    return; // unreadable: the owner check that follows says why
  }
  if (entries.length === 0 || entries.includes(DATABASE_FILE)) return;
  throw new AppError('UNAVAILABLE', NOT_A_PROFILE);
}

/** Creates a folder readable only by its owner, and tightens it if we own it and it is looser. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  tighten(dir, PRIVATE_DIR);
}

/**
 * Sets owner-only permissions on a file or folder we own (no-op on Windows, where ACLs apply).
 * A symbolic link is never followed: its target may be anything, anywhere.
 */
export function tighten(file: string, mode: number = PRIVATE_FILE): void {
  if (process.platform === 'win32') return;
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) return;
  if (ownedByMe(st) && (st.mode & 0o777) !== mode) fs.chmodSync(file, mode);
}

/** Tightens the profile's folders and every file in them: logs, old backups, the database. */
export function tightenProfile(paths: ProfilePaths): void {
  for (const dir of [paths.dir, paths.backups, paths.logs]) {
    tighten(dir, PRIVATE_DIR);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isFile()) tighten(path.join(dir, e.name), PRIVATE_FILE);
      else if (e.isDirectory() && dir !== paths.dir) tighten(path.join(dir, e.name), PRIVATE_DIR);
    }
  }
}

export function isOwnedByCurrentUser(file: string): boolean {
  try {
    return ownedByMe(fs.statSync(file));
  } catch {
    return true;
  }
}
