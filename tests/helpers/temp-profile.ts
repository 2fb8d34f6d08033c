import { afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Core, type CoreOptions, openCore } from '../../electron/core/app-core.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';

export const makeTempDir = (prefix = 'task-assistant-') =>
  fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export interface TempCore extends Core {
  dir: string;
  cleanup(): void;
}

/** A real profile (real SQLite file) in a fresh temp folder. */
export function openTempCore(options: Partial<CoreOptions> = {}): TempCore {
  const dir = options.profileDir ?? path.join(makeTempDir(), 'profile');
  const core = openCore({
    profileDir: dir,
    migrationsDir,
    appVersion: '0.0.0-test',
    logger: silentLogger,
    ...options,
  });
  return {
    ...core,
    dir,
    cleanup: () => {
      core.close();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    },
  };
}

/** Every row of every table, to show a rejected call changed nothing. */
export function snapshotDatabase(core: Core): string {
  const tables = core.db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((t) => [t, core.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
  );
}

/** For a test file: opens temp profiles on demand and cleans them all up after each test. */
export function tempCoresPerTest(): (options?: Partial<CoreOptions>) => TempCore {
  const opened: TempCore[] = [];
  afterEach(() => {
    for (const core of opened.splice(0)) core.cleanup();
  });
  return (options = {}) => {
    const core = openTempCore(options);
    opened.push(core);
    return core;
  };
}
