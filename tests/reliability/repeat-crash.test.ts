// Completing a repeating task under SIGKILL: there is always exactly one task, its due date moved
// on once per recorded completion (never a second copy, never a skipped or doubled occurrence),
// and no acknowledged completion is lost.
import { openCrashCore } from './crash-core.ts';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { addDays, daysBetween } from '../../electron/core/time/local-dates.ts';
import { makeTempDir } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';
import { runAndKill } from './kill-child.ts';

const KILLS = scale(12, 200);
const child = path.join(import.meta.dirname, 'repeat-child.ts');
// Far ahead of today, so each completion moves the task exactly one day on.
const START = '2040-01-01';

/** Runs the completer, kills it `ms` after it is ready (once it acknowledged one), and returns
 * the due dates it acknowledged. */
async function completeAndKill(profileDir: string, ms: number): Promise<string[]> {
  const acked: string[] = [];
  await runAndKill(
    child,
    [profileDir],
    ms,
    (line) => {
      if (line.startsWith('C ')) acked.push(line.slice(2));
    },
    () => acked.length >= 1,
  );
  return acked;
}

it(`a repeating task completed under ${KILLS} SIGKILLs stays one task, moved on once per completion`, async () => {
  const dir = makeTempDir('repeat-crash-');
  const profileDir = path.join(dir, 'profile');
  const setup = openCrashCore(profileDir);
  setup.tasks.create({ title: 'Daily', dueDate: START, repeat: 'FREQ=DAILY' });
  setup.close();
  let completions = 0;
  try {
    for (let i = 0; i < KILLS; i++) {
      const acked = await completeAndKill(profileDir, Math.floor(Math.random() * 60));
      const core = openCrashCore(profileDir);
      try {
        expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const tasks = core.tasks.list('all');
        expect(tasks).toHaveLength(1);
        const task = tasks[0]!;
        expect(task.completed).toBe(false);
        const recorded = core.db
          .prepare('SELECT count(*) FROM task_completions')
          .pluck()
          .get() as number;
        // Moved on exactly once per recorded completion…
        expect(task.dueDate).toBe(addDays(START, recorded));
        // …and every acknowledged one is there (the one in flight at the kill may be too).
        const last = acked.at(-1)!;
        expect(daysBetween(last, task.dueDate!)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(last, task.dueDate!)).toBeLessThanOrEqual(1);
        completions += acked.length;
      } finally {
        core.close();
      }
    }
    record('repeating-task completions under SIGKILL', KILLS);
    record('repeating-task completions acknowledged and checked', completions);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
