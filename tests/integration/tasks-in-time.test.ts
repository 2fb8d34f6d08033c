// Tasks that live in time: due dates and times, priorities, repeats and labels through the
// handler table on a real profile, with the clock fixed on Saturday 28 November 2026, 10:00.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../electron/core/db/migrations.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';
import type { ChannelInput } from '../../electron/shared/ipc/contract.ts';
import {
  makeTempDir,
  snapshotDatabase,
  tempCoresPerTest,
  type TempCore,
} from '../helpers/temp-profile.ts';
import { talk } from '../helpers/talk.ts';
import { ok } from '../helpers/result.ts';

const open = tempCoresPerTest();
const NOW = new Date(2026, 10, 28, 10, 0);
const clocked = () => open({ clock: () => NOW });

const add = (core: TempCore, input: ChannelInput<'tasks.create'>) =>
  ok(core.handlers['tasks.create'](input));
const list = async (core: TempCore, input: ChannelInput<'tasks.list'>) =>
  (await ok(core.handlers['tasks.list'](input))).map((t) => t.title);

describe('time fields', () => {
  it('stores and returns every field, and null clears one', async () => {
    const core = clocked();
    const task = await add(core, {
      title: 'Pay rent',
      dueDate: '2026-11-29',
      dueTime: '09:00',
      priority: 1,
      repeat: 'rrule:freq=monthly',
      labels: ['#Home', 'money', 'home'],
    });
    expect(task).toMatchObject({
      dueDate: '2026-11-29',
      dueTime: '09:00',
      priority: 1,
      repeat: 'FREQ=MONTHLY',
      labels: ['home', 'money'],
      completedAt: null,
    });
    expect(await ok(core.handlers['tasks.get']({ id: task.id }))).toEqual(task);

    const cleared = await ok(
      core.handlers['tasks.update']({ id: task.id, dueDate: null, priority: null, labels: [] }),
    );
    // No time without a day, and no repeat without a day to count from: the repeat picks one.
    expect(cleared).toMatchObject({ priority: null, labels: [], dueTime: null });
    expect(cleared.dueDate).toBe('2026-11-28');
  });

  it('refuses bad values with a clear message and changes nothing', async () => {
    const core = clocked();
    await add(core, { title: 'Keep me', dueDate: '2026-12-01' });
    const before = snapshotDatabase(core);
    for (const input of [
      { title: 'x', dueDate: '2026-02-30' },
      { title: 'x', dueTime: '09:00' },
      { title: 'x', dueDate: '2026-12-01', dueTime: '25:00' },
      { title: 'x', priority: 4 },
      { title: 'x', repeat: 'FREQ=HOURLY' },
      { title: 'x', repeat: 'FREQ=DAILY;UNTIL=20200101' },
      { title: 'x', labels: ['two words'] },
    ]) {
      const result = await core.handlers['tasks.create'](input as never);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.message).not.toMatch(/SQL|at .*\.ts|\/work\//);
    }
    const noDay = await core.handlers['tasks.update']({ id: 1, dueDate: null, dueTime: '08:00' });
    expect(noDay).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshotDatabase(core)).toBe(before);
  });
});

describe('views', () => {
  it('keeps the counts by due date right after writes here, by another process, and on a new day', async () => {
    let now = NOW;
    const core = open({ clock: () => now });
    const counts = async () =>
      (await ok(core.handlers['tasks.page']({ status: 'pending', offset: 0, limit: 10 }))).counts;
    await add(core, { title: 'Today', dueDate: '2026-11-28' });
    expect(await counts()).toMatchObject({ today: 1, overdue: 0, upcoming: 1 });
    await add(core, { title: 'Tomorrow', dueDate: '2026-11-29' });
    expect(await counts()).toMatchObject({ today: 1, overdue: 0, upcoming: 2 });
    // another process (the CLI) adds one due today
    execFileSync(
      process.execPath,
      [
        'electron/host/cli.ts',
        '--profile',
        core.dir,
        'tasks',
        'add',
        'Also today',
        '--due',
        '2026-11-28',
      ],
      { cwd: path.resolve(import.meta.dirname, '..', '..') },
    );
    expect(await counts()).toMatchObject({ today: 2, overdue: 0, upcoming: 3 });
    // the next day: what was due today is overdue
    now = new Date(2026, 10, 29, 10, 0);
    expect(await counts()).toMatchObject({ today: 3, overdue: 2, upcoming: 1 });
  });

  it('lists today (with overdue), overdue, upcoming, undated, by label and by priority', async () => {
    const core = clocked();
    await add(core, { title: 'Overdue', dueDate: '2026-11-20' });
    await add(core, { title: 'Today late', dueDate: '2026-11-28', dueTime: '18:00' });
    await add(core, { title: 'Today, all day', dueDate: '2026-11-28', priority: 1 });
    await add(core, { title: 'Today early', dueDate: '2026-11-28', dueTime: '08:00' });
    await add(core, { title: 'In four days', dueDate: '2026-12-02', labels: ['work'] });
    await add(core, { title: 'In two weeks', dueDate: '2026-12-12', labels: ['work'] });
    await add(core, { title: 'Someday', priority: 1 });
    const done = await add(core, { title: 'Done today', dueDate: '2026-11-28' });
    await ok(core.handlers['tasks.setCompleted']({ id: done.id, completed: true }));

    expect(await list(core, { status: 'pending', due: 'today' })).toEqual([
      'Overdue',
      'Today early',
      'Today late',
      'Today, all day',
    ]);
    expect(await list(core, { status: 'pending', due: 'overdue' })).toEqual(['Overdue']);
    expect(await list(core, { status: 'pending', due: 'upcoming' })).toEqual([
      'Today early',
      'Today late',
      'Today, all day',
      'In four days',
    ]);
    expect(await list(core, { due: 'none' })).toEqual(['Someday']);
    expect(await list(core, { label: 'WORK' })).toEqual(['In four days', 'In two weeks']);
    expect(await list(core, { label: 'nothing' })).toEqual([]);
    expect(await list(core, { priority: 1 })).toEqual(['Today, all day', 'Someday']);
    const page = await ok(
      core.handlers['tasks.page']({ status: 'pending', due: 'today', offset: 1, limit: 2 }),
    );
    expect(page.total).toBe(4);
    expect(page.items.map((t) => t.title)).toEqual(['Today early', 'Today late']);
    expect(page.counts).toMatchObject({ today: 4, overdue: 1, upcoming: 5, pending: 7 });
    expect(await list(core, { status: 'pending', due: 'scheduled' })).toEqual([
      'Today early',
      'Today late',
      'Today, all day',
      'In four days',
      'In two weeks',
    ]);
    expect(await ok(core.handlers['labels.list']({}))).toEqual([
      { name: 'work', tasks: 2, pending: 2 },
    ]);
  });
});

describe('repeats', () => {
  it('completing one moves the same task to its next occurrence and records it; undo puts both back', async () => {
    const core = clocked();
    const task = await add(core, {
      title: 'Bins',
      dueDate: '2026-11-26',
      dueTime: '07:00',
      repeat: 'FREQ=WEEKLY;BYDAY=TH',
    });
    const done = await ok(core.handlers['tasks.setCompleted']({ id: task.id, completed: true }));
    // Overdue by two days: the next one is the next Thursday after today, not a missed one.
    expect(done).toMatchObject({
      id: task.id,
      completed: false,
      dueDate: '2026-12-03',
      dueTime: '07:00',
    });
    expect(done.completedAt).not.toBeNull();
    expect(await list(core, {})).toEqual(['Bins']);
    const completions = () =>
      core.db.prepare('SELECT due_date AS dueDate FROM task_completions').all();
    expect(completions()).toEqual([{ dueDate: '2026-11-26' }]);

    await ok(core.handlers['history.undo']({}));
    expect(await ok(core.handlers['tasks.get']({ id: task.id }))).toMatchObject({
      dueDate: '2026-11-26',
      completed: false,
      completedAt: null,
    });
    expect(completions()).toEqual([]);
  });

  it('skips an occurrence without recording it, and completes the last one for good', async () => {
    const core = clocked();
    const task = await add(core, {
      title: 'Course',
      dueDate: '2026-11-28',
      repeat: 'FREQ=DAILY;COUNT=2',
    });
    const skipped = await ok(core.handlers['tasks.skip']({ id: task.id }));
    expect(skipped).toMatchObject({ dueDate: '2026-11-29', completed: false, completedAt: null });
    const last = await ok(core.handlers['tasks.setCompleted']({ id: task.id, completed: true }));
    expect(last).toMatchObject({ completed: true, dueDate: '2026-11-29' });
    const plain = await add(core, { title: 'Once' });
    expect(await core.handlers['tasks.skip']({ id: plain.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('a repeat without a date starts at its first occurrence', async () => {
    const core = clocked();
    expect(await add(core, { title: 'Church', repeat: 'FREQ=WEEKLY;BYDAY=SU' })).toMatchObject({
      dueDate: '2026-11-29',
    });
  });
});

describe('quick add', () => {
  it('adds the task a line of text describes, reading numeric dates as the settings say', async () => {
    const core = clocked();
    const task = await ok(
      core.handlers['tasks.quickAdd']({ text: 'Pay rent tomorrow 9am p1 #home every month' }),
    );
    expect(task).toMatchObject({
      title: 'Pay rent',
      dueDate: '2026-11-29',
      dueTime: '09:00',
      priority: 1,
      repeat: 'FREQ=MONTHLY',
      labels: ['home'],
    });
    await ok(core.handlers['settings.update']({ dateOrder: 'day-first' }));
    expect(await ok(core.handlers['tasks.parseQuick']({ text: 'party 4/12' }))).toMatchObject({
      title: 'party',
      dueDate: '2026-12-04',
    });
    await ok(core.handlers['settings.update']({ quickAddDates: false }));
    expect(await ok(core.handlers['tasks.parseQuick']({ text: 'party 4/12' }))).toMatchObject({
      title: 'party 4/12',
      dueDate: null,
    });
  });
});

describe('numeric dates that read two ways, in chat', () => {
  const pending = async (core: TempCore) =>
    (await ok(core.handlers['tasks.list']({ status: 'all' }))).map((t) => [t.title, t.dueDate]);

  it('asks "6 July or June 7?" until an order is chosen, and the answer reads it that way', async () => {
    const core = clocked();
    expect(await talk(core, 'add renew the tower insurance on 06/07')).toMatch(
      /6 July or June 7\?/,
    );
    expect(await pending(core)).toEqual([]);
    await talk(core, 'add renew the tower insurance on 06/07', 'the 7th of June');
    expect(await pending(core)).toEqual([['Renew the tower insurance', '2027-06-07']]);
    // (said with the order, it is never asked)
    await talk(core, 'add MOT for the van on 03/09 (UK date)');
    expect(await pending(core)).toContainEqual(['MOT for the van', '2027-09-03']);
  });

  it('reads them as Settings say once the order is chosen, even when it is the default', async () => {
    const core = clocked();
    await ok(core.handlers['settings.update']({ reminderTime: '08:00' }));
    expect(await talk(core, 'add book the hall for 04/05')).toMatch(/4 May or April 5\?/);
    await ok(core.handlers['settings.update']({ dateOrder: 'month-first' }));
    await talk(core, 'add book the hall for 04/05');
    expect(await pending(core)).toEqual([['Book the hall', '2027-04-05']]);
  });
});

describe('the Trash and undo keep the time fields', () => {
  it('restores a deleted task with its date, priority, repeat and labels', async () => {
    const core = clocked();
    const task = await add(core, {
      title: 'Gym',
      dueDate: '2026-11-30',
      dueTime: '18:30',
      priority: 2,
      repeat: 'FREQ=WEEKLY;BYDAY=MO',
      labels: ['health'],
    });
    await ok(core.handlers['tasks.delete']({ id: task.id }));
    expect(await ok(core.handlers['tasks.restore']({ id: task.id }))).toEqual(task);
    await ok(core.handlers['tasks.update']({ id: task.id, labels: ['x'], priority: 3 }));
    await ok(core.handlers['history.undo']({}));
    expect(await ok(core.handlers['tasks.get']({ id: task.id }))).toMatchObject({
      labels: ['health'],
      priority: 2,
    });
  });
});

describe('the 0008 migration', () => {
  it('gives tasks completed before it a completion time and keeps every row', () => {
    const dir = makeTempDir();
    const db = new Database(path.join(dir, 'old.sqlite'));
    const all = readMigrations(migrationsDir);
    const at = all.findIndex((m) => m.tag.startsWith('0008'));
    migrate(db, all.slice(0, at), path.join(dir, 'backups'));
    const insert = db.prepare(
      `INSERT INTO tasks (user_id, title, completed, updated_at) VALUES ('u', ?, ?, ?)`,
    );
    insert.run('Open', 0, '2026-01-01T00:00:00.000Z');
    insert.run('Done', 1, '2026-02-02T00:00:00.000Z');
    migrate(db, all, path.join(dir, 'backups'));
    expect(
      db.prepare('SELECT title, completed_at AS c, due_date AS d FROM tasks ORDER BY id').all(),
    ).toEqual([
      { title: 'Open', c: null, d: null },
      { title: 'Done', c: '2026-02-02T00:00:00.000Z', d: null },
    ]);
    db.close();
  });
});

describe('time zones', () => {
  // Each zone in its own process: dates never shift with DST or with the zone.
  it.each(['UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'])(
    'repeats land on the same local dates in %s',
    (tz) => {
      const out = execFileSync(process.execPath, ['tests/helpers/repeat-dates.ts'], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual({
        // Across the March and October/November DST changes of both hemispheres.
        daily: ['2026-03-08', '2026-03-09', '2026-03-29', '2026-03-30', '2026-04-05'],
        monthly: ['2026-02-28', '2026-03-31'],
      });
    },
  );
});

describe('the assistant over several turns', () => {
  const task = (core: TempCore, title: string) =>
    core.tasks.list('all').find((t) => t.title === title)!;

  it('asks a question about the day again for another day or label, and narrows what it showed', async () => {
    const core = clocked();
    await add(core, { title: 'Pay fine', dueDate: '2026-11-27' });
    await add(core, { title: 'Yoga', dueDate: '2026-11-28' });
    await add(core, { title: 'Fix leak', dueDate: '2026-11-30', priority: 1 });
    await add(core, { title: 'Buy napkins', dueDate: '2026-11-30' });
    await add(core, { title: 'Mop the floor', labels: ['home'] });
    const before = JSON.stringify(core.tasks.list('all'));
    expect(await talk(core, 'anything overdue?', 'and what about today?')).toMatch(/Yoga/);
    expect(await talk(core, "what's coming up this week?", 'anything urgent in there?')).toMatch(
      /^1 high-priority task among those:\n.*Fix leak/,
    );
    expect(await talk(core, 'any high priority stuff for monday?')).toMatch(/Fix leak/);
    expect(await talk(core, "what's tagged work?", 'and home?')).toMatch(/Mop the floor/);
    // questions, all of them: nothing changed
    expect(JSON.stringify(core.tasks.list('all'))).toBe(before);
  });

  it('puts right a date, a time, a repeat or a label just set, and repeats a change for another task', async () => {
    const core = clocked();
    await talk(core, 'add renew the parking permit on the 5th', 'oh wait its the 12th not the 5th');
    expect(task(core, 'Renew the parking permit')).toMatchObject({ dueDate: '2026-12-12' });
    await talk(core, 'move the parking permit to friday', 'at 5pm');
    expect(task(core, 'Renew the parking permit')).toMatchObject({
      dueDate: '2026-12-04',
      dueTime: '17:00',
    });
    await talk(core, 'add gym every monday', 'and thursday too');
    expect(task(core, 'Gym').repeat).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    await talk(core, 'add call Jordan back #work', 'actually label it personal instead');
    expect(task(core, 'Call Jordan back').labels).toEqual(['personal']);
    await add(core, { title: 'Buy milk' });
    await add(core, { title: 'Buy bread' });
    await talk(core, 'tag buy milk groceries', 'same for buy bread');
    expect(task(core, 'Buy bread').labels).toEqual(['groceries']);
    await add(core, { title: 'Renew passport', dueDate: '2026-12-01' });
    await talk(core, 'postpone the passport task by 2 days', 'hmm make it 3 days instead');
    expect(task(core, 'Renew passport').dueDate).toBe('2026-12-04');
  });

  it('clears fields of a named task without deleting it, and answers how often and which labels', async () => {
    const core = clocked();
    await add(core, { title: 'Call landlord', dueDate: '2026-12-01', priority: 2 });
    await talk(core, 'clear the date and priority on call landlord');
    expect(task(core, 'Call landlord')).toMatchObject({ dueDate: null, priority: null });
    await add(core, { title: 'Water plants', dueDate: '2026-11-28', repeat: 'FREQ=DAILY' });
    expect(await talk(core, 'how often does water plants repeat?')).toMatch(/every day/i);
    await add(core, { title: 'Plan trip', labels: ['travel'] });
    expect(await talk(core, 'what labels are on the plan trip task?')).toMatch(/#travel/);
    await talk(core, 'skip water plants today', 'and tomorrow too');
    expect(task(core, 'Water plants').dueDate).toBe('2026-11-30');
  });

  it('moves a due date to the new repeat\'s days, adds a day said with "also", and names tasks by label', async () => {
    const core = clocked();
    await talk(core, 'add put the bins out every Thursday', 'sorry, I meant every Wednesday');
    expect(task(core, 'Put the bins out')).toMatchObject({
      repeat: 'FREQ=WEEKLY;BYDAY=WE',
      dueDate: '2026-12-02',
    });
    await talk(core, 'Add do the laundry every Sunday', 'also on Wednesdays');
    expect(task(core, 'Do the laundry').repeat).toBe('FREQ=WEEKLY;BYDAY=WE,SU');
    await add(core, { title: 'Submit invoice', labels: ['work'] });
    await add(core, { title: 'Prepare deck', labels: ['work'] });
    await add(core, { title: 'Call mum' });
    await talk(core, 'move all my work stuff to Monday');
    expect(task(core, 'Prepare deck').dueDate).toBe('2026-11-30');
    expect(task(core, 'Call mum').dueDate).toBeNull();
    await add(core, { title: 'Pay rent', dueDate: '2026-11-27' });
    await talk(core, 'am I late with anything?', 'reschedule it for tomorrow');
    expect(task(core, 'Pay rent').dueDate).toBe('2026-11-29');
    await talk(core, 'Tomorrow I have to buy the present for Lucas, add it please');
    expect(task(core, 'Buy the present for Lucas').dueDate).toBe('2026-11-29');
    await talk(core, "Add fix the leaking tap, it's urgent");
    expect(task(core, 'Fix the leaking tap').priority).toBe(1);
  });

  it('after "what labels does it have?", "remove them" takes the labels off and keeps the task', async () => {
    const core = clocked();
    await add(core, { title: 'Website redesign', labels: ['web', 'q3'] });
    await talk(core, 'what labels does website redesign have?', 'remove them');
    expect(task(core, 'Website redesign')).toMatchObject({ labels: [] });
    await add(core, {
      title: 'Lab meeting',
      dueDate: '2026-12-03',
      repeat: 'FREQ=WEEKLY;BYDAY=TH',
    });
    await talk(core, 'make lab meeting every 2 weeks');
    expect(task(core, 'Lab meeting').repeat).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    await add(core, { title: 'Patch db servers', dueDate: '2026-11-25', labels: ['ops'] });
    await add(core, { title: 'Buy milk', dueDate: '2026-11-26' });
    const ops = await talk(core, 'overdue ops stuff?');
    expect(ops).toMatch(/Patch db servers/);
    expect(ops).not.toMatch(/Buy milk/);
    // no "garden" label: what is overdue
    expect(await talk(core, 'overdue garden stuff?')).toMatch(/Buy milk/);
  });

  it('changes a group named by its day, lateness or label, and copies fields from another task', async () => {
    const core = clocked();
    await add(core, { title: 'Call the bank', dueDate: '2026-11-28' });
    await add(core, { title: 'Email Sam', dueDate: '2026-11-28' });
    await add(core, { title: 'Old bill', dueDate: '2026-11-20' });
    await add(core, { title: 'Buy milk', dueDate: '2026-12-01', labels: ['home'] });
    await talk(core, 'move everything due today to tomorrow');
    expect(
      ['Call the bank', 'Email Sam', 'Old bill', 'Buy milk'].map((t) => task(core, t).dueDate),
    ).toEqual(['2026-11-29', '2026-11-29', '2026-11-20', '2026-12-01']);
    await talk(core, 'push all the overdue ones to monday');
    expect(task(core, 'Old bill').dueDate).toBe('2026-11-30');
    expect(task(core, 'Buy milk').dueDate).toBe('2026-12-01');
    await talk(core, 'make all the tasks tagged home p1');
    expect(task(core, 'Buy milk').priority).toBe(1);
    expect(task(core, 'Old bill').priority).toBeNull();
    // nothing of that kind: said so, nothing changed
    const before = JSON.stringify(core.tasks.list('all'));
    expect(await talk(core, 'delete everything tagged garden')).toMatch(/nothing changed/i);
    expect(JSON.stringify(core.tasks.list('all'))).toBe(before);
    await talk(core, 'add fix the sink, same label and priority as buy milk');
    expect(task(core, 'Fix the sink')).toMatchObject({ labels: ['home'], priority: 1 });
    await talk(core, 'the call the bank thing is cancelled, move it to friday');
    expect(task(core, 'Call the bank').dueDate).toBe('2026-12-04');
    await talk(core, 'for email sam put please the priority medium');
    expect(task(core, 'Email Sam').priority).toBe(2);
  });

  it('"gym: mon wed fri now" changes the Gym task; "I have bowls club every Tuesday" adds Bowls club', async () => {
    const core = clocked();
    await add(core, { title: 'Gym', dueDate: '2026-11-30', repeat: 'FREQ=WEEKLY;BYDAY=MO,TH' });
    await talk(core, 'gym: mon wed fri now');
    expect(core.tasks.list('all').map((t) => t.title)).toEqual(['Gym']);
    expect(task(core, 'Gym').repeat).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
    await talk(core, 'I have bowls club every Tuesday at 10 in the morning, please put that in');
    expect(task(core, 'Bowls club')).toMatchObject({
      repeat: 'FREQ=WEEKLY;BYDAY=TU',
      dueTime: '10:00',
    });
  });
});
