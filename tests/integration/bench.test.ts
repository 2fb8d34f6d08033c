import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../../electron/host/host-paths.ts';

// Keeps `npm run bench` from rotting: the quick mode runs end to end, and every figure it
// writes is a measurement with a target and a verdict. Whether a target is met is the bench's
// report, not a test assertion (machines here are noisy).
it('npm run bench -- --quick measures every row against its target', () => {
  const out = execFileSync(process.execPath, ['bench/run.ts', '--quick'], {
    cwd: repoRoot,
    encoding: 'utf8',
    // (a loaded 2-core machine took 158 s once, and over 330 s with two corpus runs beside it;
    // on a quiet one it takes about 60)
    timeout: 540_000,
  });
  expect(out).toContain('| metric | app | floor | ratio | target | ok |');
  const results = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'bench', 'results', 'latest-quick.json'), 'utf8'),
  ) as {
    machine: { node: string };
    rows: {
      metric: string;
      app: number | null;
      floor: number | null;
      ratio: number | null;
      target: string;
      met: unknown;
    }[];
  };
  expect(results.machine.node).toBe(process.version);
  expect(results.rows.length).toBeGreaterThanOrEqual(11);
  for (const row of results.rows) {
    expect(typeof row.met, row.metric).toBe('boolean');
    expect(row.target, row.metric).not.toMatch(/^(?:report|—|)$/);
    expect(row.app, row.metric).toBeGreaterThan(0);
    expect(Number.isFinite(row.app), row.metric).toBe(true);
    if (row.floor !== null) {
      expect(row.floor, row.metric).toBeGreaterThan(0);
      expect(row.ratio, row.metric).toBeCloseTo(row.app! / row.floor, 9);
    }
  }
}, 560_000);
