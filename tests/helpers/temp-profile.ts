import { afterEach } from 'vitest';
import type { Core, CoreOptions } from '../../electron/core/app-core.ts';
import { openTempCore, type TempCore } from '../../scripts/lib/temp-profile.ts';

export { makeTempDir, openTempCore, type TempCore } from '../../scripts/lib/temp-profile.ts';

/**
 * Every row of every table, to show a rejected call changed nothing. (The search index is read
 * through its FTS5 tables; their shadow tables only restate them.)
 */
export function snapshotDatabase(core: Core): string {
  const tables = (
    core.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all() as string[]
  ).filter((name) => !/_fts_(?:data|idx|content|docsize|config)$/.test(name));
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
