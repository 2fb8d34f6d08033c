// A real profile (real SQLite file) in a fresh temp folder, for scripts, the bench and tests.
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
