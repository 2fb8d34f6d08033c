import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../../electron/host/host-paths.ts';

// Keeps `npm run bench` from rotting: the quick mode runs end to end and writes every row.
// Timings are not asserted here (machines are noisy); the bench itself reports them.
it('npm run bench -- --quick runs and writes its results', () => {
  const out = execFileSync(process.execPath, ['bench/run.ts', '--quick'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 170_000,
  });
  expect(out).toContain('| metric | app | floor | ratio | target | ok |');
  const results = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'bench', 'results', 'latest-quick.json'), 'utf8'),
  ) as {
    machine: { node: string };
    rows: { metric: string; app: number | null }[];
  };
  expect(results.machine.node).toBe(process.version);
  expect(results.rows.length).toBeGreaterThanOrEqual(11);
  for (const row of results.rows.filter(
    (r) => !/Chromium|sidebar|chat →|cold start/.test(r.metric),
  )) {
    expect(row.app, row.metric).toBeGreaterThan(0);
  }
}, 180_000);
