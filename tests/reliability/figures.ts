// Reliability tests record what they tried; `npm run test:reliability` prints them as a table.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../electron/host/host-paths.ts';

/** quick: part of `npm test`; full: `npm run test:reliability`. */
export const FULL = process.env.RELIABILITY === 'full';
export const scale = (quick: number, full: number) => (FULL ? full : quick);

const file = path.join(repoRoot, 'reliability-results', 'figures.json');

export function record(figure: string, value: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let all: Record<string, number> = {};
  try {
    all = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>;
  } catch {
    // first figure of the run
  }
  all[figure] = (all[figure] ?? 0) + value;
  fs.writeFileSync(file, JSON.stringify(all, null, 2));
}
