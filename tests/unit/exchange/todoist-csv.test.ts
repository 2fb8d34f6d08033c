// Todoist's CSV: what Todoist writes and reads, and problems named by their line in the file
// (a quoted field can span lines).
import { describe, expect, it } from 'vitest';
import { detectFormat, exportTasks } from '../../../electron/core/exchange/formats/index.ts';
import { csvField, todoistDate } from '../../../electron/core/exchange/formats/todoist-csv.ts';
import { expectSameCore, NOW, read, TASKS, text } from './fixtures.ts';

/** As Todoist exports a project ("Export as template" → CSV), with a meta, sections and a note. */
const TODOIST_EXPORT = [
  'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT,DEADLINE,DEADLINE_LANG',
  'meta,view_style=list,,,,,,,,,,,,',
  'section,Home,,,,,,,,,,,,',
  'task,Water the plants @home,,4,1,Ana (123456),,every 3 days,en,Europe/Lisbon,,,,',
  'task,Pay rent @home @bills,"Account PT50 0000, ref ""November""',
  'Transfer before the 1st",1,1,Ana (123456),,every month on the 1st,en,Europe/Lisbon,,,,',
  'note,Landlord prefers transfers before noon,,,,Ana (123456),,,,,,,,',
  ',,,,,,,,,,,,,',
  'section,Work,,,,,,,,,,,,',
  'task,Send the report to ana@example.com,,2,1,Ana (123456),,2026-12-04 17:00,en,Europe/Lisbon,30,minute,,',
  'task,Gather numbers,,3,2,Ana (123456),,,en,,,,,',
  'task,Book the venue @work,,1,1,Ana (123456),,tomorrow 5pm,en,Europe/Lisbon,,,,',
  'task,Call at a fixed instant,,4,1,Ana (123456),,2026-08-13T18:30:00-05:00,en,,,,,',
].join('\r\n');

describe('Todoist CSV', () => {
  it('round-trips open tasks: title, description, labels, priority, date, time and repeat', async () => {
    const file = await text(exportTasks('csv', TASKS, { now: NOW }));
    expect(file.split('\r\n')[0]).toBe(
      'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT',
    );
    expect(detectFormat(file)).toBe('todoist');
    const parsed = read(file);
    expect(parsed.errors).toEqual([]);
    const open = TASKS.filter((t) => !t.completed);
    expect(parsed.tasks).toHaveLength(open.length);
    parsed.tasks.forEach((got, i) => expectSameCore(got, open[i]!, ['description']));
    // a quoted description spans lines: each task is named by the line it starts on
    const lines = file.split(/\r\n|\n/);
    for (const t of parsed.tasks) expect(lines[t.line - 1]).toMatch(/^task,/);
  });

  it('writes DATE in words Todoist reads, and labels as @label', () => {
    expect(todoistDate({ dueDate: '2026-12-01', dueTime: '17:00', repeat: null })).toBe(
      '2026-12-01 17:00',
    );
    expect(
      todoistDate({ dueDate: '2026-12-03', dueTime: '17:00', repeat: 'FREQ=WEEKLY;BYDAY=MO,TH' }),
    ).toBe('every monday, thursday starting 2026-12-03 at 17:00');
    expect(todoistDate({ dueDate: null, dueTime: null, repeat: 'FREQ=WEEKLY' })).toBe('every week');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('plain')).toBe('plain');
  });

  it('reads a file as Todoist exports it: sections and meta skipped, notes under the task', () => {
    expect(detectFormat(TODOIST_EXPORT)).toBe('todoist');
    const parsed = read(TODOIST_EXPORT, 'todoist');
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.tasks.map((t) => [
        t.line,
        t.title,
        t.labels,
        t.priority,
        t.dueDate,
        t.dueTime,
        t.repeat,
      ]),
    ).toEqual([
      [4, 'Water the plants', ['home'], null, null, null, 'FREQ=DAILY;INTERVAL=3'],
      [5, 'Pay rent', ['bills', 'home'], 1, null, null, 'FREQ=MONTHLY;BYMONTHDAY=1'],
      [10, 'Send the report to ana@example.com', [], 2, '2026-12-04', '17:00', null],
      [11, 'Gather numbers', [], 3, null, null, null],
      [12, 'Book the venue', ['work'], 1, '2026-11-29', '17:00', null],
      [13, 'Call at a fixed instant', [], null, '2026-08-13', '23:30', null],
    ]);
    expect(parsed.tasks[1]!.description).toBe(
      'Account PT50 0000, ref "November"\nTransfer before the 1st\n\nLandlord prefers transfers before noon',
    );
  });

  it('says which line is wrong, counting the lines of quoted fields', () => {
    const file = [
      'TYPE,CONTENT,DESCRIPTION,PRIORITY,DATE',
      'task,Fine,"two',
      'lines",1,2026-12-01',
      'task,Bad priority,,9,',
      'task,Bad date,,1,someday maybe',
      'task,,,1,',
      'chore,Unknown type,,,',
      'task,Label @no!way,,,',
      'task,Unclosed,"oops,1,',
      'more text',
    ].join('\n');
    const parsed = read(file, 'todoist');
    expect(parsed.tasks.map((t) => [t.line, t.title])).toEqual([[2, 'Fine']]);
    expect(parsed.errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8, 9]);
    const messages = parsed.errors.map((e) => e.message);
    expect(messages[0]).toMatch(/^Line 4: PRIORITY is "9"/);
    expect(messages[1]).toMatch(/^Line 5: DATE: the date "someday maybe" can't be read/);
    expect(messages[2]).toMatch(/^Line 6: Title is empty/);
    expect(messages[3]).toMatch(/^Line 7: TYPE is "chore"/);
    expect(messages[4]).toMatch(/^Line 8: The label "no!way" can't be used/);
    expect(messages[5]).toMatch(/^Line 9: a quoted field starts here and is never closed/);
  });

  it('needs TYPE and CONTENT columns (Line 1)', () => {
    expect(read('NAME,DUE\nfoo,bar', 'csv').errors).toEqual([
      {
        line: 1,
        message: expect.stringMatching(/^Line 1: this CSV has no TYPE or CONTENT column/),
      },
    ]);
    expect(read('', 'csv').errors[0]!.message).toMatch(/^Line 1: /);
  });

  it('reads semicolon-separated files and a byte order mark', () => {
    const parsed = read('\uFEFFTYPE;CONTENT;PRIORITY\ntask;Käse kaufen @einkauf;2\n', 'todoist');
    expect(parsed.errors).toEqual([]);
    expect(parsed.tasks[0]).toMatchObject({
      title: 'Käse kaufen',
      labels: ['einkauf'],
      priority: 2,
    });
  });
});
