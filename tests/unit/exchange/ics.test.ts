// iCalendar VTODOs: written with escaping and 75-octet folding, read with ical.js, problems named
// by their line.
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  exportTasks,
  parseFile,
} from '../../../electron/core/exchange/formats/index.ts';
import { escapeText, foldLine, vtodo } from '../../../electron/core/exchange/formats/ics.ts';
import { expectSameCore, NOW, read, TASKS, text } from './fixtures.ts';

/** As another calendar app writes it: folded lines, escaped commas, a VTIMEZONE, a VEVENT. */
const OTHER_APP = [
  'BEGIN:VCALENDAR',
  'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:event-1',
  'SUMMARY:A meeting, not a task',
  'DTSTART:20261201T100000Z',
  'END:VEVENT',
  'BEGIN:VTODO',
  'UID:todo-1',
  'CREATED:20261101T090000Z',
  'LAST-MODIFIED:20261102T090000Z',
  'DTSTAMP:20261102T090000Z',
  'SUMMARY:Buy bread\\, milk and eggs\\; then call Mum',
  'DESCRIPTION:A long description that another app folded over more than one li',
  ' ne\\, with an escaped comma\\nand a line break.',
  'DUE;TZID=Europe/Berlin:20261201T180000',
  'PRIORITY:2',
  'CATEGORIES:Errands,Home Office',
  'STATUS:NEEDS-ACTION',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'DESCRIPTION:Reminder',
  'TRIGGER:-PT15M',
  'END:VALARM',
  'END:VTODO',
  'BEGIN:VTODO',
  'UID:todo-2',
  'SUMMARY:Stand-up',
  'DUE;TZID=America/New_York:20260701T090000',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  'PRIORITY:9',
  'END:VTODO',
  'BEGIN:VTODO',
  'UID:todo-3',
  'SUMMARY:Filed taxes',
  'DUE;VALUE=DATE:20260415',
  'STATUS:COMPLETED',
  'COMPLETED:20260410T153000Z',
  'PRIORITY:0',
  'END:VTODO',
  'BEGIN:VTODO',
  'SUMMARY:Floating and UTC',
  'DUE:20261224T235900Z',
  'END:VTODO',
  'END:VCALENDAR',
].join('\r\n');

describe('iCalendar VTODO', () => {
  it('round-trips every field but the history (times to the second)', async () => {
    const file = await text(exportTasks('ics', TASKS, { now: NOW }));
    expect(detectFormat(file)).toBe('ics');
    for (const line of file.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const parsed = read(file, 'ics');
    expect(parsed.errors).toEqual([]);
    expect(parsed.tasks).toHaveLength(TASKS.length);
    parsed.tasks.forEach((got, i) => {
      const want = TASKS[i]!;
      expectSameCore(got, want, ['description']);
      expect(got.createdAt).toBe(want.createdAt);
      expect(got.updatedAt).toBe(want.updatedAt);
      expect(got.completedAt ?? null).toBe(want.completedAt);
      expect(file.split('\r\n')[got.line - 1]).toBe('BEGIN:VTODO');
    });
  });

  it('a to-do starting inside another (a missing END:VTODO) is named, never dropped quietly', () => {
    const nested = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VTODO',
      'SUMMARY:Outer',
      'BEGIN:VTODO',
      'SUMMARY:Inner',
      'END:VTODO',
      'END:VTODO',
      'END:VCALENDAR',
    ].join('\r\n');
    const parsed = parseFile(nested, 'ics', { now: NOW });
    expect(parsed.errors).toContainEqual({
      line: 5,
      message: expect.stringMatching(/^Line 5: a to-do starts inside the one on line 3/),
    });
  });

  it('escapes text and folds at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const lines = folded.split('\r\n').filter(Boolean);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(lines[1]!.startsWith(' ')).toBe(true);
    expect(vtodo(TASKS[0]!, '20261128T100000Z')).toMatch(
      /\r\nDTSTART:20261203T170000\r\nDUE:20261203T170000\r\nPRIORITY:1\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH\r\nCATEGORIES:bills,home,über-wichtig\r\n/,
    );
    expect(vtodo(TASKS[1]!, '20261128T100000Z')).toContain('DUE;VALUE=DATE:20261231\r\n');
  });

  it('reads VTODOs from another app: folding, escapes, TZID, alarms; VEVENTs skipped', () => {
    expect(detectFormat(OTHER_APP)).toBe('ics');
    const parsed = parseFile(OTHER_APP, 'ics', { now: NOW, timeZone: 'Europe/Lisbon' });
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.tasks.map((t) => [
        t.line,
        t.title,
        t.dueDate,
        t.dueTime,
        t.priority,
        t.repeat,
        t.labels,
        t.completed,
      ]),
    ).toEqual([
      // 18:00 in Berlin (winter) is 17:00 in Lisbon
      [
        26,
        'Buy bread, milk and eggs; then call Mum',
        '2026-12-01',
        '17:00',
        1,
        null,
        ['errands', 'home-office'],
        false,
      ],
      // 09:00 in New York (summer, no VTIMEZONE: the IANA name) is 14:00 in Lisbon
      [44, 'Stand-up', '2026-07-01', '14:00', 3, 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', [], false],
      [51, 'Filed taxes', '2026-04-15', null, null, null, [], true],
      [59, 'Floating and UTC', '2026-12-24', '23:59', null, null, [], false],
    ]);
    expect(parsed.tasks[0]!.description).toBe(
      'A long description that another app folded over more than one line, with an escaped comma\nand a line break.',
    );
    expect(parsed.tasks[0]).toMatchObject({
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
    expect(parsed.tasks[2]!.completedAt).toBe('2026-04-10T15:30:00.000Z');
  });

  it('names the bad line, or the line of BEGIN:VTODO', () => {
    const file = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTODO',
      'SUMMARY:Fine',
      'END:VTODO',
      'BEGIN:VTODO',
      'SUMMARY:Bad rule',
      'RRULE:FREQ=FORTNIGHTLY',
      'END:VTODO',
      'BEGIN:VTODO',
      'DESCRIPTION:no summary',
      'END:VTODO',
      'BEGIN:VTODO',
      'SUMMARY:Bad due',
      'DUE;VALUE=DATE:20261301',
      'END:VTODO',
      'BEGIN:VTODO',
      'SUMMARY:Unreadable line',
      'this is not a property',
      'END:VTODO',
      'BEGIN:VTODO',
      'SUMMARY:Hourly',
      'RRULE:FREQ=HOURLY',
      'END:VTODO',
      'BEGIN:VTODO',
      'SUMMARY:Never ends',
      'END:VCALENDAR',
    ].join('\n');
    const parsed = read(file, 'ics');
    expect(parsed.tasks.map((t) => t.title)).toEqual(['Fine']);
    expect(parsed.errors.map((e) => e.line)).toEqual([7, 9, 14, 18, 22, 24, 26]);
    const m = parsed.errors.map((e) => e.message);
    expect(m[0]).toMatch(/^Line 7: the repeat rule can’t be read/);
    expect(m[1]).toMatch(/^Line 9: this to-do has no SUMMARY/);
    expect(m[2]).toMatch(/^Line 14: DUE isn’t a real date/);
    expect(m[3]).toMatch(/^Line 18: this line can’t be read/);
    expect(m[4]).toMatch(/^Line 22: Repeat rule/);
    expect(m[5]).toMatch(/^Line 24: this to-do never ends/);
    expect(m[6]).toMatch(/^Line 26: END:VCALENDAR comes before END:VTODO/);
    expect(read('BEGIN:VTODO\nSUMMARY:x\nEND:VTODO', 'ics').errors[0]!.message).toMatch(
      /^Line 1: this isn’t an iCalendar file/,
    );
  });
});
