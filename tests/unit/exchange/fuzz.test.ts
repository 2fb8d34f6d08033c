// Malformed files of every kind: parseFile never throws, every task it returns is one the app
// would accept, and every problem names a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportTasks, parseFile } from '../../../electron/core/exchange/formats/index.ts';
import type { ImportFormat, ParsedFile } from '../../../electron/core/exchange/formats/index.ts';
import { newTaskSchema } from '../../../electron/shared/task.ts';
import { NOW, TASKS, ZONE } from './fixtures.ts';

const RUNS = 1_000;

function join(chunks: Iterable<string>): string {
  let s = '';
  for (const c of chunks) s += c;
  return s;
}

const VALID: Record<ImportFormat, string> = {
  json: join(exportTasks('json', TASKS, { now: NOW })),
  todoist: join(exportTasks('csv', TASKS, { now: NOW })),
  todotxt: join(exportTasks('todotxt', TASKS, { now: NOW, timeZone: ZONE })),
  ics: join(exportTasks('ics', TASKS, { now: NOW })),
  markdown: join(exportTasks('markdown', TASKS, { now: NOW, timeZone: ZONE })),
};

type Mutation = (s: string) => string;

const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '"',
    ',',
    ';',
    '\n',
    '\r\n',
    ' ',
    '\\',
    '{',
    '}',
    '[',
    ']',
    ':',
    '#',
    '@',
    '+',
    '- [ ] ',
    'BEGIN:VTODO',
    'END:VTODO',
    'x ',
    '(A) ',
    '📅 ',
    '🔁 ',
    'due:',
    '\u0000',
    '\uD800',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // truncated
  fc.nat().map((n) => (s: string) => s.slice(0, n % (s.length + 1))),
  // bytes inserted
  fc.tuple(fc.nat(), noise).map(([n, add]) => (s: string) => {
    const at = n % (s.length + 1);
    return s.slice(0, at) + add + s.slice(at);
  }),
  // bytes removed
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 80 })).map(([n, len]) => (s: string) => {
    const at = n % (s.length + 1);
    return s.slice(0, at) + s.slice(at + len);
  }),
  // lines shuffled
  fc.integer().map((seed) => (s: string) => {
    const lines = s.split('\n');
    let x = seed >>> 0 || 1;
    for (let i = lines.length - 1; i > 0; i--) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const j = x % (i + 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return lines.join('\n');
  }),
  // a line repeated
  fc.nat().map((n) => (s: string) => {
    const lines = s.split('\n');
    const i = n % lines.length;
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  }),
);

function inputs(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
    {
      weight: 4,
      arbitrary: fc
        .array(mutation, { minLength: 1, maxLength: 4 })
        .map((ms) => ms.reduce((s, m) => m(s), valid)),
    },
  );
}

function check(parsed: ParsedFile): void {
  for (const e of parsed.errors) {
    expect(Number.isInteger(e.line) && e.line >= 1, JSON.stringify(e)).toBe(true);
    expect(e.message.startsWith(`Line ${e.line}: `), e.message).toBe(true);
    expect(e.message).not.toMatch(/\bat \S+:\d+:\d+|node_modules|Error:/);
    // (the safety net of parseFile: a reader threw)
    expect(e.message).not.toMatch(/couldn’t be read to the end|this file couldn’t be read\./);
  }
  for (const t of parsed.tasks) {
    expect(t.line).toBeGreaterThanOrEqual(1);
    const { title, description, dueDate, dueTime, priority, repeat, labels } = t;
    const again = newTaskSchema.safeParse({
      title,
      description,
      dueDate,
      dueTime,
      priority,
      repeat,
      labels,
    });
    expect(again.success, JSON.stringify(t)).toBe(true);
    // (already in the app's own spelling)
    expect(again.data).toEqual({ title, description, dueDate, dueTime, priority, repeat, labels });
  }
}

describe('malformed files', () => {
  it.each(Object.keys(VALID) as ImportFormat[])(
    '%s: never throws, returns only valid tasks, names a line for every problem',
    (format) => {
      fc.assert(
        fc.property(inputs(VALID[format]), (input) => {
          check(parseFile(input, format, { now: NOW, timeZone: ZONE }));
          check(parseFile(input, undefined, { now: NOW, timeZone: ZONE }));
        }),
        { numRuns: RUNS },
      );
    },
    300_000,
  );
});
