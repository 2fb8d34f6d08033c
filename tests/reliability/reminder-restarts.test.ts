// Reminders across restarts: a host announcing reminders is quit (SIGTERM) or killed (SIGKILL) at
// random moments and started again, its clock running on meanwhile. Every reminder is shown (those
// due while nothing ran at the next start), and none is shown twice, except the batch a SIGKILL
// caught between showing it and recording it.
import { openCrashCore } from './crash-core.ts';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { localDate, localInstant } from '../../electron/core/time/local-dates.ts';
import { makeTempDir } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';
import { runAndKill } from './kill-child.ts';

const RESTARTS = scale(10, 100);
const child = path.join(import.meta.dirname, 'reminder-child.ts');
const START = localInstant('2040-03-01', '00:00').getTime();
const HOUR = 3_600_000;

interface Run {
  shown: string[];
  /** Shown, but the process ended before saying the check that showed them returned. */
  unconfirmed: string[];
}

/** One life of the host: `start`/`realStart` fix its clock; ended `ms` after it is ready. */
async function runHost(
  profileDir: string,
  realStart: number,
  ms: number,
  signal: 'SIGKILL' | 'SIGTERM',
): Promise<Run> {
  const run: Run = { shown: [], unconfirmed: [] };
  let batch: string[] = [];
  await runAndKill(
    child,
    [profileDir, String(START), String(realStart)],
    ms,
    (line) => {
      if (line.startsWith('R ')) batch.push(line.slice(2));
      else if (line === 'M') {
        run.shown.push(...batch);
        batch = [];
      }
    },
    () => true,
    signal,
  );
  run.shown.push(...batch);
  if (signal === 'SIGKILL') run.unconfirmed = batch;
  return run;
}

it(`reminders across ${RESTARTS} quits and kills: each shown, none twice`, async () => {
  const dir = makeTempDir('reminder-restarts-');
  const profileDir = path.join(dir, 'profile');
  // Spread over the hours the runs will cover (each run and each start takes a few hundred
  // real milliseconds: a few simulated hours), with and without a time of day.
  const span = RESTARTS * 6;
  const setup = openCrashCore(profileDir, { clock: () => new Date(START - HOUR) });
  const expected = new Set<string>();
  for (let i = 0; i < RESTARTS * 4; i++) {
    const at = new Date(START + Math.random() * span * HOUR);
    const dueDate = localDate(at);
    const dueTime =
      i % 5 === 0
        ? null
        : `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    const task = setup.tasks.create({ title: `Reminder ${i}`, dueDate, dueTime });
    expected.add(`${task.id} ${dueDate}T${dueTime ?? ''}`);
  }
  setup.close();

  const realStart = Date.now();
  const seen = new Map<string, number>();
  const mayRepeat = new Set<string>();
  let kills = 0;
  try {
    for (let i = 0; i < RESTARTS; i++) {
      const signal = i % 2 === 0 ? 'SIGTERM' : 'SIGKILL';
      if (signal === 'SIGKILL') kills++;
      const run = await runHost(profileDir, realStart, 20 + Math.random() * 200, signal);
      for (const key of run.shown) seen.set(key, (seen.get(key) ?? 0) + 1);
      for (const key of run.unconfirmed) mayRepeat.add(key);
    }
    // A last start after every reminder's time: the ones missed meanwhile come now.
    const last = await runHost(profileDir, realStart - (span + 48) * 60_000, 300, 'SIGTERM');
    for (const key of last.shown) seen.set(key, (seen.get(key) ?? 0) + 1);

    for (const key of expected) {
      expect(seen.get(key), `reminder ${key}`).toBeGreaterThanOrEqual(1);
      expect(seen.get(key), `reminder ${key}`).toBeLessThanOrEqual(mayRepeat.has(key) ? 2 : 1);
    }
    for (const key of seen.keys()) expect(expected.has(key), `unknown reminder ${key}`).toBe(true);
    const repeated = [...seen.values()].filter((n) => n > 1).length;
    record('reminder host restarts (quit or SIGKILL)', RESTARTS);
    record('reminder host SIGKILLs', kills);
    record('reminders shown across restarts', expected.size);
    record('reminders shown again after a SIGKILL between showing and recording', repeated);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
