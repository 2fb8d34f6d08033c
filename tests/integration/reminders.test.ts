// Reminders fire once per occurrence, survive restarts, snooze, and group what was missed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../electron/shared/ipc/contract.ts';
import { makeTempDir, openTempCore, type TempCore } from '../helpers/temp-profile.ts';

/** A profile with a clock the test moves, opened (and reopened) like an app start. */
function profile() {
  const dir = path.join(makeTempDir(), 'profile');
  let now = new Date(2026, 10, 28, 8, 0); // Saturday 28 Nov 2026, 08:00
  const opened: TempCore[] = [];
  const start = (deliver: (r: unknown[]) => boolean = () => true) => {
    const core = openTempCore({
      profileDir: dir,
      clock: () => now,
      reminders: { deliver, everyMs: 60_000 },
    });
    opened.push(core);
    return core;
  };
  return {
    start,
    at: (h: number, m = 0, day = 28) => (now = new Date(2026, 10, day, h, m)),
    now: () => now,
    cleanup: () => opened.at(-1)?.cleanup(),
  };
}

const dueNow = (core: TempCore, now: Date, since: Date) =>
  core.reminders.due(now, since).map((r) => `${r.title}${r.missed ? ' (missed)' : ''}`);

describe('reminders', () => {
  it('fires each occurrence once, at its time or at the reminder time for a day alone', () => {
    const p = profile();
    const core = p.start();
    try {
      const since = p.now();
      core.tasks.create({ title: 'Call the bank', dueDate: '2026-11-28', dueTime: '09:30' });
      core.tasks.create({ title: 'Buy stamps', dueDate: '2026-11-28' });
      core.tasks.create({ title: 'Later', dueDate: '2026-11-29', dueTime: '07:00' });
      core.tasks.create({ title: 'Undated' });
      p.at(8, 59);
      expect(dueNow(core, p.now(), since)).toEqual([]);
      p.at(9, 0); // the default reminder time
      expect(dueNow(core, p.now(), since)).toEqual(['Buy stamps']);
      p.at(9, 30);
      const due = core.reminders.due(p.now(), since);
      expect(due.map((r) => r.title)).toEqual(['Buy stamps', 'Call the bank']);
      core.reminders.markFired(due, p.now());
      expect(dueNow(core, p.now(), since)).toEqual([]);
      // Moved to another day: a new occurrence, reminded again then.
      core.tasks.update({ id: 1, dueDate: '2026-11-29' });
      p.at(9, 30, 29);
      expect(dueNow(core, p.now(), since)).toEqual(['Later', 'Call the bank']);
    } finally {
      p.cleanup();
    }
  });

  it('does not remind of a time already past when the date was set, nor of done tasks', () => {
    const p = profile();
    const core = p.start();
    try {
      p.at(12);
      core.tasks.create({ title: 'Set late', dueDate: '2026-11-28', dueTime: '10:00' });
      const done = core.tasks.create({ title: 'Done', dueDate: '2026-11-28', dueTime: '13:00' });
      core.tasks.setCompleted(done.id, true);
      p.at(14);
      expect(dueNow(core, p.now(), p.now())).toEqual([]);
    } finally {
      p.cleanup();
    }
  });

  it('neither repeats nor loses a reminder across restarts; what was missed comes grouped at the next start', async () => {
    const p = profile();
    let core = p.start();
    core.tasks.create({ title: 'A', dueDate: '2026-11-28', dueTime: '10:00' });
    core.tasks.create({ title: 'B', dueDate: '2026-11-28', dueTime: '11:00' });
    core.close();
    // Closed over both times; started again at noon.
    p.at(12);
    const heard: EventPayload<'reminders.due'>[] = [];
    for (let i = 0; i < 5; i++) {
      core = p.start();
      core.events.on('reminders.due', (e) => heard.push(e));
      await new Promise((r) => setTimeout(r, 20)); // the first check runs at start
      core.close();
    }
    expect(heard).toHaveLength(1);
    expect(heard[0]!.reminders.map((r) => [r.title, r.missed])).toEqual([
      ['A', true],
      ['B', true],
    ]);
    p.cleanup();
  });

  it('keeps reminders no one could see for later', async () => {
    const p = profile();
    let core = p.start();
    core.tasks.create({ title: 'A', dueDate: '2026-11-28', dueTime: '08:30' });
    core.close();
    p.at(9);
    core = p.start(() => false); // a browser host with no page open
    await new Promise((r) => setTimeout(r, 20));
    core.close();
    const heard: EventPayload<'reminders.due'>[] = [];
    core = p.start();
    core.events.on('reminders.due', (e) => heard.push(e));
    await new Promise((r) => setTimeout(r, 20));
    expect(heard.map((e) => e.reminders.map((r) => r.title))).toEqual([['A']]);
    p.cleanup();
  });

  it('snoozes for 10 minutes, an hour or until tomorrow', async () => {
    const p = profile();
    const core = p.start();
    try {
      const since = p.now();
      core.tasks.create({ title: 'Stretch', dueDate: '2026-11-28', dueTime: '08:30' });
      p.at(8, 30);
      core.reminders.markFired(core.reminders.due(p.now(), since), p.now());
      const { until } = await (async () => {
        const r = await core.handlers['reminders.snooze']({ id: 1, for: '10m' });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      })();
      expect(new Date(until).getTime() - p.now().getTime()).toBe(10 * 60_000);
      p.at(8, 39);
      expect(dueNow(core, p.now(), since)).toEqual([]);
      p.at(8, 40);
      expect(dueNow(core, p.now(), since)).toEqual(['Stretch']);
      core.reminders.markFired(core.reminders.due(p.now(), since), p.now());
      core.reminders.snooze(1, 'tomorrow', p.now());
      p.at(8, 59, 29);
      expect(dueNow(core, p.now(), since)).toEqual([]);
      p.at(9, 0, 29);
      expect(dueNow(core, p.now(), since)).toEqual(['Stretch']);
      expect(await core.handlers['reminders.snooze']({ id: 99, for: '1h' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    } finally {
      p.cleanup();
    }
  });
});
