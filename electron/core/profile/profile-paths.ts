import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
}

export function profilePaths(dir: string): ProfilePaths {
  const abs = path.resolve(dir);
  return {
    dir: abs,
    database: path.join(abs, DATABASE_FILE),
    backups: path.join(abs, 'backups'),
    logs: path.join(abs, 'logs'),
  };
}

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;
const ownedByMe = (st: fs.Stats) => process.getuid === undefined || st.uid === process.getuid();

/** Creates a folder readable only by its owner, and tightens it if we own it and it is looser. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  tighten(dir, PRIVATE_DIR);
}

/** Sets owner-only permissions on a file we own (no-op on Windows, where ACLs apply). */
export function tighten(file: string, mode: number = PRIVATE_FILE): void {
  if (process.platform === 'win32') return;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return;
  }
  if (ownedByMe(st) && (st.mode & 0o777) !== mode) fs.chmodSync(file, mode);
}

export function isOwnedByCurrentUser(file: string): boolean {
  try {
    return ownedByMe(fs.statSync(file));
  } catch {
    return true;
  }
}
