import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { migrationsDir, repoRoot } from '../../electron/host/host-paths.ts';
import { makeTempDir } from '../helpers/temp-profile.ts';

it('the committed migrations match schema.ts (drizzle-kit finds nothing to generate)', () => {
  const dir = makeTempDir('drizzle-');
  fs.cpSync(migrationsDir, path.join(dir, 'migrations'), { recursive: true });
  const config = path.join(dir, 'drizzle.config.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      dialect: 'sqlite',
      // drizzle-kit wants paths relative to where it runs.
      schema: path.relative(dir, path.join(repoRoot, 'electron/core/db/schema.ts')),
      out: './migrations',
    }),
  );
  const output = execFileSync(
    path.join(repoRoot, 'node_modules/.bin/drizzle-kit'),
    ['generate', `--config=${config}`],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  expect(output).toMatch(/No schema changes/);
  expect(fs.readdirSync(path.join(dir, 'migrations')).sort()).toEqual(
    fs.readdirSync(migrationsDir).sort(),
  );
  fs.rmSync(dir, { recursive: true, force: true });
});
