// Telling formats apart by content, limits, and repeat rules in words.
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  IMPORT_BYTES_MAX,
  IMPORT_ROWS_MAX,
  importFormatOf,
  parseFile,
} from '../../../electron/core/exchange/formats/index.ts';
import { ruleToWords, sameRule } from '../../../electron/core/exchange/formats/repeat-words.ts';
import { parseQuickAdd } from '../../../electron/core/time/quick-add.ts';
import { NOW } from './fixtures.ts';

describe('detectFormat', () => {
  it.each([
    ['{"format":"task-assistant","version":1,"tasks":[]}', 'json'],
    ['\uFEFF  {"something": "else"}', 'json'],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR', 'ics'],
    ['TYPE,CONTENT,DESCRIPTION,PRIORITY\ntask,x,,1', 'todoist'],
    ['"TYPE","CONTENT"\n"task","x"', 'todoist'],
    ['# Tasks\n\nSome text\n- [ ] one\n', 'markdown'],
    ['1. [x] numbered', 'markdown'],
    ['(A) Call Mom @phone\nx 2026-01-01 done', 'todotxt'],
    ['just a line of text', 'todotxt'],
    ['', null],
    ['   \n\n', null],
    ['\u0000\u0001binary', null],
  ])('%j → %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });

  it('knows csv as Todoist’s CSV', () => {
    expect(importFormatOf('csv')).toBe('todoist');
    expect(importFormatOf('ICS')).toBe('ics');
    expect(importFormatOf('xml')).toBeNull();
    expect(parseFile('TYPE,CONTENT\ntask,Hi', 'csv').format).toBe('todoist');
  });

  it('says an empty or unknown file is one, on line 1', () => {
    expect(parseFile('').errors).toEqual([{ line: 1, message: 'Line 1: this file is empty.' }]);
    expect(parseFile('\u0000\u0000').errors[0]!.message).toMatch(/^Line 1: this file isn’t one/);
  });
});

describe('limits', () => {
  it('refuses a file over 50 MB before reading it', () => {
    expect(IMPORT_BYTES_MAX).toBe(50 * 1024 * 1024);
    const big = 'a'.repeat(IMPORT_BYTES_MAX + 1);
    const parsed = parseFile(big, 'todotxt');
    expect(parsed.tasks).toEqual([]);
    expect(parsed.errors[0]!.message).toMatch(/^Line 1: This file is bigger than 50 MB/);
  });

  it(`stops past ${IMPORT_ROWS_MAX.toLocaleString('en')} tasks with a clear message`, () => {
    const lines = Array.from({ length: IMPORT_ROWS_MAX + 5 }, (_, i) => `t${i}`).join('\n');
    const parsed = parseFile(lines, 'todotxt', { now: NOW });
    expect(parsed.tasks).toHaveLength(IMPORT_ROWS_MAX);
    expect(parsed.errors).toEqual([
      {
        line: IMPORT_ROWS_MAX + 1,
        message: `Line ${IMPORT_ROWS_MAX + 1}: This file has more than 200,000 tasks: split it into smaller files and import them one at a time.`,
      },
    ]);
  });

  it('keeps at most 1,000 problems and says how many more there are', () => {
    const parsed = parseFile(
      Array.from({ length: 1500 }, () => 'task due:2026-02-30').join('\n'),
      'todotxt',
    );
    expect(parsed.errors).toHaveLength(1001);
    expect(parsed.errors.at(-1)!.message).toMatch(/…and 500 more problems/);
  });
});

describe('repeat rules in words', () => {
  it.each([
    'FREQ=DAILY',
    'FREQ=DAILY;INTERVAL=2',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;INTERVAL=3',
    'FREQ=WEEKLY;BYDAY=MO,TH',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    'FREQ=WEEKLY;BYDAY=SA,SU',
    'FREQ=MONTHLY',
    'FREQ=MONTHLY;INTERVAL=6',
    'FREQ=MONTHLY;BYMONTHDAY=31',
    'FREQ=MONTHLY;BYMONTHDAY=1',
    'FREQ=MONTHLY;BYMONTHDAY=22',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;BYDAY=1MO',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=YEARLY',
    'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1',
  ])('%s is said in words quick add reads back exactly', (rule) => {
    const { words, exact } = ruleToWords(rule);
    expect(exact).toBe(true);
    const back = parseQuickAdd(words, { now: NOW, detailsOnly: true }).repeat;
    expect(sameRule(back ?? '', rule), `${words} → ${back}`).toBe(true);
  });

  it('says when words can only come near a rule', () => {
    expect(ruleToWords('FREQ=DAILY;COUNT=5')).toEqual({ words: 'every day', exact: false });
    expect(ruleToWords('FREQ=WEEKLY;BYDAY=MO;UNTIL=20270101')).toEqual({
      words: 'every monday',
      exact: false,
    });
  });
});
