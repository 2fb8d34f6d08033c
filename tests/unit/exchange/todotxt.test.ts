// todo.txt: priorities, dates, +projects and @contexts, due:/time:/rec: keys.
import { describe, expect, it } from 'vitest';
import { detectFormat, exportTasks } from '../../../electron/core/exchange/formats/index.ts';
import { recOf, todoTxtLine } from '../../../electron/core/exchange/formats/todotxt.ts';
import { expectSameCore, NOW, read, TASKS, text, ZONE } from './fixtures.ts';

/** The examples of the todo.txt format description, and lines as todo.txt apps write them. */
const SAMPLE = [
  '(A) Thank Mom for the meatballs @phone',
  '(B) Schedule Goodwill pickup +GarageSale @phone',
  'Post signs around the neighborhood +GarageSale',
  '',
  '@GroceryStore Eskimo pies',
  'x 2011-03-03 Call Mom',
  "x 2011-03-02 2011-03-01 Review Tim's pull request +TodoTxtTouch @github",
  '(A) 2026-11-20 Pay rent +home due:2026-12-01 rec:+1m',
  '2026-11-20 Water plants @home due:2026-11-29 time:7:30 rec:3d t:2026-11-28',
  '(D) Someday, read http://example.com/a:b',
].join('\n');

describe('todo.txt', () => {
  it('round-trips title, done, priority, labels, due date, time, repeat and dates', async () => {
    const file = await text(exportTasks('todotxt', TASKS, { now: NOW, timeZone: ZONE }));
    expect(detectFormat(file)).toBe('todotxt');
    const parsed = read(file, 'todotxt');
    expect(parsed.errors).toEqual([]);
    expect(parsed.tasks).toHaveLength(TASKS.length);
    parsed.tasks.forEach((got, i) => {
      const want = TASKS[i]!;
      expectSameCore(got, want);
      expect(got.line).toBe(i + 1);
      expect(got.description).toBe(''); // todo.txt has no descriptions
      expect(got.createdAt?.slice(0, 10)).toBe(want.createdAt.slice(0, 10));
      if (want.completed)
        expect(got.completedAt?.slice(0, 10)).toBe(want.completedAt!.slice(0, 10));
    });
  });

  it('writes lines as todo.txt apps do', () => {
    const [rent, , plants] = TASKS;
    expect(todoTxtLine(rent!, ZONE)).toBe(
      '(A) 2026-10-01 Pay rent 🏠 café — שלום עולם +bills +home +über-wichtig due:2026-12-03 time:17:00 rrule:FREQ=WEEKLY;BYDAY=MO,TH\n',
    );
    expect(todoTxtLine(plants!, ZONE)).toMatch(
      /^x 2026-11-27 2026-10-01 Water the plants \+label-01 .* due:2026-11-29 time:08:30 rec:\+2d pri:C\n$/,
    );
    expect(recOf('FREQ=MONTHLY')).toBe('rec:+1m');
    expect(recOf('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toBe('rec:+1b');
  });

  it('reads the todo.txt examples: +projects and @contexts as labels, blank lines skipped', () => {
    expect(detectFormat(SAMPLE)).toBe('todotxt');
    const parsed = read(SAMPLE, 'todotxt');
    expect(parsed.errors).toEqual([]);
    expect(parsed.tasks.map((t) => [t.line, t.title, t.completed, t.priority, t.labels])).toEqual([
      [1, 'Thank Mom for the meatballs', false, 1, ['phone']],
      [2, 'Schedule Goodwill pickup', false, 2, ['garagesale', 'phone']],
      [3, 'Post signs around the neighborhood', false, null, ['garagesale']],
      [5, 'Eskimo pies', false, null, ['grocerystore']],
      [6, 'Call Mom', true, null, []],
      [7, "Review Tim's pull request", true, null, ['github', 'todotxttouch']],
      [8, 'Pay rent', false, 1, ['home']],
      [9, 'Water plants t:2026-11-28', false, null, ['home']],
      [10, 'Someday, read http://example.com/a:b', false, 3, []],
    ]);
    expect(parsed.tasks[5]).toMatchObject({
      completedAt: '2011-03-02T12:00:00.000Z',
      createdAt: '2011-03-01T12:00:00.000Z',
    });
    expect(parsed.tasks[6]).toMatchObject({ dueDate: '2026-12-01', repeat: 'FREQ=MONTHLY' });
    expect(parsed.tasks[7]).toMatchObject({
      dueDate: '2026-11-29',
      dueTime: '07:30',
      repeat: 'FREQ=DAILY;INTERVAL=3',
    });
  });

  it('names the line of each bad task', () => {
    const file = [
      'Fine task',
      '',
      'Bad due due:2026-02-30',
      'Bad repeat rec:sometimes',
      '+onlyalabel',
      'Bad rule rrule:FREQ=HOURLY',
      `${'x'.repeat(201)}`,
      'Time without day time:09:00',
    ].join('\r\n');
    const parsed = read(file, 'todotxt');
    expect(parsed.tasks.map((t) => t.line)).toEqual([1]);
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    const [due, rec, empty, rule, long, time] = parsed.errors.map((e) => e.message);
    expect(due).toMatch(/^Line 3: .*2026-02-30/);
    expect(rec).toMatch(/^Line 4: rec:sometimes can't be read/);
    expect(empty).toMatch(/^Line 5: Title is empty/);
    expect(rule).toMatch(/^Line 6: Repeat rule/);
    expect(long).toMatch(/^Line 7: Title is too long/);
    expect(time).toMatch(/^Line 8: A time needs a due date/);
  });
});
