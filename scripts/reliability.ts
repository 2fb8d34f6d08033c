// `npm run test:reliability`: the reliability suite at full scale, then a table of what it tried.
// (`npm test` runs the same tests at a quick scale.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const figures = path.join(root, 'reliability-results', 'figures.json');
fs.rmSync(figures, { force: true });

const run = spawnSync(
  // This Node (24) runs vitest, whatever `node` is first on the PATH.
  process.execPath,
  [
    path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    'tests/reliability',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, RELIABILITY: process.env.RELIABILITY ?? 'full' },
  },
);

let table: Record<string, number> = {};
try {
  table = JSON.parse(fs.readFileSync(figures, 'utf8')) as Record<string, number>;
} catch {
  console.error('No figures were recorded.');
}
const width = Math.max(...Object.keys(table).map((k) => k.length), 10);
console.log(
  `\nReliability figures (node ${process.version}, ${process.env.RELIABILITY ?? 'full'} scale)`,
);
console.log(`${'figure'.padEnd(width)} | value`);
console.log(`${'-'.repeat(width)}-|------`);
for (const [k, v] of Object.entries(table)) console.log(`${k.padEnd(width)} | ${v}`);
process.exit(run.status ?? 1);
