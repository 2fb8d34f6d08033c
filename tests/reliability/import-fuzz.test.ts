// Fuzzing every importer (our JSON, Todoist's CSV, todo.txt, iCalendar, a Markdown checklist)
// through the real handler table on a real profile that already holds tasks, labels, a repeating
// task's history and a conversation. Each format gets valid files (exported by the app, and written
// by hand the way other apps write them) made certainly malformed: a known-bad line (or, for
// iCalendar, a known-bad to-do) put in at a random place, then random byte and line mutations on
// top; and random strings and random unicode sent with the format named. Every call must come back
// (never throw, never take the process down); a refused one must name its line ("Line N: …") in
// plain words (no stack, path or SQL) and change nothing at all; an accepted one is taken back
// (undone, Trash emptied) so the profile stays small. Every good task in these files is new to the
// profile (a token unique to each call is in its title), so a refused import that leaked anything
// would show.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importResultSchema } from '../../electron/shared/exchange.ts';
import type { ExportRequest } from '../../electron/shared/exchange.ts';
import { openTempCore, snapshotDatabase, type TempCore } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';

/** Corrupted files per format, and random strings per format. */
const RUNS = scale(1200, 5000);
const RANDOM_RUNS = scale(150, 1000);
/** Of the corrupted files, at least this many must be refused with nothing changed (a random
 * mutation on top of the bad line may now and then cut it out, or make the file good again). */
const REFUSED_MIN = Math.max(1000, Math.round(RUNS * 0.85));

const FORMATS = ['json', 'todoist', 'todotxt', 'ics', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** In every sample title; replaced by a token of the same length, unique to each call. */
const TOKEN = 'QZTOKEN';
let calls = 0;
const withToken = (text: string) =>
  text.replaceAll(TOKEN, `Z${(calls++).toString(36).padStart(6, '0')}`);

const LONG = 'x'.repeat(300);

// ---- Known-bad lines ---------------------------------------------------------------------------

/** Lines each reader certainly refuses, wherever `positions` lets them go. */
const BAD_LINES: Record<Format, string[]> = {
  todotxt: [
    'Pay rent due:2026-13-45',
    `(A) ${LONG}`,
    'Water plants rrule:FREQ=SOMETIMES',
    'x 2026-02-30 Done thing',
    'Call time:25:99 due:2026-01-01',
    'Gym rec:+0d',
    '+home @work',
    `Tag +${'a'.repeat(120)}`,
    '(A) 2026-00-10 Old thing',
    'Rent due:2026-02-29',
    'Meet rrule:FREQ=DAILY;COUNT=abc',
  ],
  markdown: [
    '- [ ] Pay rent 📅 2026-13-45',
    `- [ ] ${LONG}`,
    '- [ ] ',
    '- [ ] Gym 🔁 every blue moon',
    '- [ ] Call ⏰ 25:61 📅 2026-01-01',
    '* [x] Done ✅ 2026-02-30',
    '- [ ] Rent 🔁 FREQ=NEVER',
    `- [ ] Tag #${'a'.repeat(120)}`,
    '1. [ ] Task ➕ 2026-99-99',
    '- [ ] #onlytag',
  ],
  json: [
    `{"title":"${LONG}"},`,
    '{"title":"ok","dueDate":"2026-13-45"},',
    '{"title":"ok","priority":7},',
    '{"title":"ok","repeat":"FREQ=NEVER"},',
    '{"title":',
    'not json at all',
    '{"title":"ok","createdAt":"yesterday"},',
    '{"title":""},',
    '{"title":"ok","labels":"home"},',
    '{"title":"ok","completions":[{"dueDate":"2026-13-45"}]},',
    '{"title":"ok","dueTime":"25:00","dueDate":"2026-01-01"},',
    '42,',
    '}}]]',
  ],
  todoist: [
    `task,${LONG},,4,1,,,,en,,,`,
    'task,Pay rent,,9,1,,,,en,,,',
    'task,Something,,1,1,,,2026-13-45,en,,,',
    'banana,Something,,1,1,,,,en,,,',
    'task,"unclosed quote,,1,1,,,,en,,,',
    'task,,,1,1,,,,en,,,',
    'task,Repeat,,1,1,,,every blue moon,en,,,',
    ',Nothing,,1,1,,,,,,,',
    'task,Time,,1,1,,,2026-12-01 25:61,en,,,',
  ],
  // Whole to-dos, put between the calendar's components.
  ics: [
    'BEGIN:VTODO\r\nSUMMARY:Bad date\r\nDUE;VALUE=DATE:20261345\r\nEND:VTODO',
    'BEGIN:VTODO\r\nSUMMARY:Bad rule\r\nRRULE:FREQ=SOMETIMES\r\nEND:VTODO',
    'BEGIN:VTODO\r\nSUMMARY:No end',
    `BEGIN:VTODO\r\nSUMMARY:${LONG}\r\nEND:VTODO`,
    'BEGIN:VTODO\r\nSUMMARY:Prio\r\nPRIORITY:12\r\nEND:VTODO',
    'BEGIN:VTODO\r\nDESCRIPTION:no summary\r\nEND:VTODO',
    'BEGIN:VTODO\r\nSUMMARY:Bad due time\r\nDUE:20261201T256100\r\nEND:VTODO',
    'BEGIN:VTODO\r\nSUMMARY:Broken line\r\nthis is not a property\r\nEND:VTODO',
    'END:VEVENT',
  ],
};

/** iCalendar properties that can't be read, put first in one of the file's to-dos. */
const BAD_ICS_PROPERTIES = [
  'DUE;VALUE=DATE:20261345',
  'DUE:20261201T256100',
  'RRULE:FREQ=SOMETIMES',
  'RRULE:FREQ=DAILY;COUNT=abc',
  'PRIORITY:12',
  'CREATED:notadate',
  'this is not a property',
  `SUMMARY:${LONG}`,
];

// ---- Valid samples -----------------------------------------------------------------------------

const TODOIST_COLUMNS =
  'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT';

const HAND_WRITTEN: Record<Format, string[]> = {
  todoist: [
    [
      TODOIST_COLUMNS,
      'section,Home,,,,,,,,,,',
      `task,Water the plants ${TOKEN} @home,,4,1,Ana (1),,every 3 days,en,Europe/Lisbon,,`,
      `task,Pay rent ${TOKEN} @home @bills,"Account PT50, ref ""Nov""`,
      'before the 1st",1,1,Ana (1),,2026-12-01,en,,,',
      'note,Landlord prefers mornings,,,,Ana (1),,,,,,',
      `task,Send the report ${TOKEN},,2,1,Ana (1),,2026-12-04 17:00,en,,,`,
    ].join('\r\n'),
    [
      TODOIST_COLUMNS.replaceAll(',', ';'),
      `task;Buy stamps ${TOKEN} @errands;;3;1;;;tomorrow;en;;;`,
      `task;"Plan trip ${TOKEN}; Lisbon";"Flights, hotel";1;1;;;every monday;en;;;`,
      '',
    ].join('\n'),
  ],
  ics: [
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Other App//EN',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:STANDARD',
      'DTSTART:19701025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:e1',
      'DTSTART:20261201T100000Z',
      'SUMMARY:An event\\, skipped',
      'END:VEVENT',
      'BEGIN:VTODO',
      'UID:t1',
      `SUMMARY:Dentist ${TOKEN}`,
      'DUE;TZID=Europe/Berlin:20261203T093000',
      'PRIORITY:5',
      'CATEGORIES:health,Home Improvement',
      'DESCRIPTION:Bring the card\\, and the form\\nsecond line',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15M',
      'DESCRIPTION:Reminder',
      'END:VALARM',
      'END:VTODO',
      'BEGIN:VTODO',
      'UID:t2',
      `SUMMARY:Renew passport ${TOKEN} with a long title that folds over the seventy`,
      ' -five octet line limit',
      'DUE;VALUE=DATE:20270115',
      'STATUS:COMPLETED',
      'COMPLETED:20261120T120000Z',
      'END:VTODO',
      'BEGIN:VTODO',
      'UID:t3',
      `SUMMARY:Stand-up ${TOKEN}`,
      'DTSTART:20261201T091500',
      'DUE:20261201T091500',
      'RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR',
      'END:VTODO',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  ],
  markdown: [
    [
      `# Groceries ${TOKEN}`,
      '',
      'Some prose, skipped.',
      '',
      `- [ ] Buy milk ${TOKEN} #shop 📅 2026-12-01 ⏰ 9:30`,
      '    Whole milk, not skimmed',
      '',
      '    and eggs',
      `* [x] Return books ${TOKEN} ✅ 2026-11-20`,
      `1. [ ] Gym ${TOKEN} 🔁 every week ⏫`,
      `  - [ ] Nested step ${TOKEN} #health`,
      '',
      '```',
      '- [ ] inside a code block, skipped',
      '```',
      '',
      '## Later',
      '',
      `- [ ] Someday ${TOKEN} 🔽`,
    ].join('\n'),
  ],
  todotxt: [
    [
      `(A) 2026-10-01 Pay rent ${TOKEN} +home due:2026-12-01 time:17:00 rec:+1m`,
      `x 2026-11-01 2026-10-01 Call the bank ${TOKEN} +errands due:2026-10-30 pri:B`,
      '',
      `Gym ${TOKEN} @health rrule:FREQ=WEEKLY;BYDAY=MO,TH due:2026-12-07`,
      `(D) Low thing ${TOKEN} key:value url:https://example.com`,
    ].join('\r\n'),
  ],
  json: [
    JSON.stringify(
      {
        format: 'task-assistant',
        version: 1,
        exportedAt: '2026-11-28T10:00:00.000Z',
        tasks: [
          {
            title: `Pay rent ${TOKEN}`,
            description: 'Line one\nline two',
            completed: false,
            dueDate: '2026-12-01',
            dueTime: '09:00',
            priority: 1,
            repeat: 'FREQ=MONTHLY;BYMONTHDAY=1',
            labels: ['home', 'bills'],
            completions: [
              { dueDate: '2026-11-01', dueTime: '09:00', completedAt: '2026-11-01T10:00:00.000Z' },
            ],
          },
          { title: `Only a title ${TOKEN}` },
        ],
        conversations: [
          {
            title: `Talk ${TOKEN}`,
            createdAt: '2026-11-01T10:00:00.000Z',
            updatedAt: '2026-11-01T10:01:00.000Z',
            messages: [
              { role: 'user', content: 'hello there', createdAt: '2026-11-01T10:00:00.000Z' },
              {
                role: 'assistant',
                content: 'Hi! What can I do?',
                createdAt: '2026-11-01T10:01:00.000Z',
              },
            ],
          },
        ],
      },
      null,
      2,
    ),
  ],
};

/** What the app exports, made from tasks new to the profile fuzzed. */
async function exportedSamples(): Promise<Record<Format, string>> {
  const from = openTempCore();
  try {
    const h = from.handlers;
    const made = [
      {
        title: `Pay rent ${TOKEN} 🏠 café`,
        description: 'Account PT50, ref "Nov"\nbefore the 1st; ok, thanks',
        dueDate: '2026-12-01',
        dueTime: '17:00',
        priority: 1,
        repeat: 'FREQ=MONTHLY;BYMONTHDAY=1',
        labels: ['home', 'bills'],
      },
      { title: `Call the bank ${TOKEN}`, dueDate: '2026-12-04', priority: 2, labels: ['errands'] },
      { title: `Water plants ${TOKEN}`, dueDate: '2026-12-02', repeat: 'FREQ=DAILY;INTERVAL=3' },
      { title: `Plain ${TOKEN}` },
      {
        title: `Weekly review ${TOKEN}`,
        dueDate: '2026-12-07',
        repeat: 'FREQ=WEEKLY;BYDAY=MO,TH',
        labels: ['work'],
        priority: 3,
      },
      { title: `שלום ${TOKEN} — ümlaut`, description: 'ü'.repeat(120) },
    ];
    for (const [i, task] of made.entries()) {
      const created = await h['tasks.create'](task);
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      if (i === 1) await h['tasks.setCompleted']({ id: created.value.id, completed: true });
    }
    const text = async (format: ExportRequest['format']) => {
      const chunks: string[] = [];
      await from.exchange.write({ format, scope: 'tasks' }, (c) => {
        chunks.push(c);
      });
      return chunks.join('');
    };
    return {
      json: await text('json'),
      todoist: await text('csv'),
      todotxt: await text('todotxt'),
      ics: await text('ics'),
      markdown: await text('markdown'),
    };
  } finally {
    from.cleanup();
  }
}

// ---- Where a bad line certainly makes the file bad ---------------------------------------------

const EOL = /\r\n|\n|\r/;
const lineCount = (text: string) => text.split(EOL).length;

/** The line indexes before which `format`'s bad lines go (and, for iCalendar, where bad
 * properties go: first thing in one of the to-dos). */
function positions(format: Format, lines: string[]): { lines: number[]; properties: number[] } {
  const all = Array.from({ length: lines.length + 1 }, (_, i) => i);
  if (format === 'json' || format === 'todotxt') return { lines: all, properties: [] };
  if (format === 'markdown') {
    // Not inside a code block.
    const out: number[] = [];
    let fence: string | null = null;
    for (let i = 0; i <= lines.length; i++) {
      if (!fence) out.push(i);
      const line = lines[i] ?? '';
      if (fence) {
        if (line.trim().startsWith(fence)) fence = null;
      } else {
        const f = /^\s*(`{3,}|~{3,})/.exec(line);
        if (f) fence = f[1]!;
      }
    }
    return { lines: out, properties: [] };
  }
  if (format === 'todoist') {
    // Not inside a quoted field that runs over lines.
    const out: number[] = [];
    let quotes = 0;
    for (let i = 0; i <= lines.length; i++) {
      if (quotes % 2 === 0) out.push(i);
      quotes += (lines[i] ?? '').split('"').length - 1;
    }
    return { lines: out, properties: [] };
  }
  // iCalendar: between the calendar's components (a to-do inside a to-do is not read), never
  // before a folded line's continuation.
  const out: number[] = [];
  const properties: number[] = [];
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (/^BEGIN:/i.test(t)) depth++;
    else if (/^END:/i.test(t)) depth--;
    const next = lines[i + 1] ?? '';
    if (next.startsWith(' ') || next.startsWith('\t')) continue;
    if (depth === 1 && (/^BEGIN:VCALENDAR$/i.test(t) || /^END:/i.test(t) || !/^BEGIN:/i.test(t)))
      out.push(i + 1);
    if (depth === 2 && /^BEGIN:VTODO$/i.test(t)) properties.push(i + 1);
  }
  return { lines: out, properties };
}

// ---- Mutations ---------------------------------------------------------------------------------

const nastyChar = fc.constantFrom(
  '\u0000',
  '"',
  ',',
  ';',
  ':',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '\r',
  '\n',
  '\t',
  ' ',
  '#',
  '+',
  '@',
  'é',
  '🔥',
  '📅',
  '\uFEFF',
  '\u2028',
  '\uD800',
  '\uDFFF',
  'x',
  '9',
);
const junk = fc.oneof(
  nastyChar,
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

type Mutation =
  | { kind: 'replace' | 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'dupLine' | 'dropLine' | 'truncate'; at: number }
  | { kind: 'swapLines'; at: number; other: number }
  | { kind: 'newlines'; to: '\n' | '\r\n' | '\r' }
  | { kind: 'bom' };

const at = fc.nat({ max: 1_000_000 });
// (cutting the file short or dropping a line may take the bad line out: rarer than the rest)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at, text: nastyChar }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: junk }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at,
      length: fc.integer({ min: 1, max: 20 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dupLine' as const), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), at, other: at }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('newlines' as const),
      to: fc.constantFrom('\n', '\r\n', '\r'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bom' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropLine' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
);

function mutate(text: string, m: Mutation): string {
  const n = text.length;
  switch (m.kind) {
    case 'replace':
      return n ? text.slice(0, m.at % n) + m.text + text.slice((m.at % n) + 1) : m.text;
    case 'insert':
      return text.slice(0, m.at % (n + 1)) + m.text + text.slice(m.at % (n + 1));
    case 'delete':
      return n ? text.slice(0, m.at % n) + text.slice((m.at % n) + m.length) : text;
    case 'truncate':
      return text.slice(0, m.at % (n + 1));
    case 'newlines':
      return text.split(EOL).join(m.to);
    case 'bom':
      return `\uFEFF${text}`;
    default: {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'dupLine') lines.splice(i, 0, lines[i]!);
      else if (m.kind === 'dropLine') lines.splice(i, 1);
      else if (m.kind === 'swapLines') {
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join('\n');
    }
  }
}

// ---- The profile and the checks -----------------------------------------------------------------

let core: TempCore;
let samples: Record<Format, string[]>;
/** The whole database, and total_changes(), as they were after the last accepted import. */
let snapshot = '';
let changes = 0;
const totalChanges = () => core.db.prepare('SELECT total_changes()').pluck().get() as number;
const taskCount = () => core.db.prepare('SELECT count(*) FROM tasks').pluck().get() as number;
const baseline = () => {
  snapshot = snapshotDatabase(core);
  changes = totalChanges();
};

beforeAll(async () => {
  const exported = await exportedSamples();
  core = openTempCore();
  const h = core.handlers;
  for (let i = 0; i < 12; i++) {
    const made = await h['tasks.create']({
      title: `Already here ${i}`,
      ...(i % 2 ? { dueDate: `2026-12-0${(i % 9) + 1}` } : {}),
      priority: (i % 3) + 1,
      labels: i % 3 ? ['home', 'bills'] : ['work'],
      ...(i === 4 ? { repeat: 'FREQ=WEEKLY;BYDAY=MO,TH', dueDate: '2026-12-03' } : {}),
    });
    if (made.ok && i % 4 === 0)
      await h['tasks.setCompleted']({ id: made.value.id, completed: true });
  }
  await core.chat.say('Add a task to call mum', { newConversation: true });
  samples = Object.fromEntries(
    FORMATS.map((f) => [f, [exported[f], ...HAND_WRITTEN[f]]]),
  ) as Record<Format, string[]>;
  // Every sample is a good file of its format that would add tasks.
  for (const f of FORMATS)
    for (const sample of samples[f]) {
      const preview = await h['exchange.preview']({ text: withToken(sample), format: f });
      if (!preview.ok || preview.value.errorCount > 0 || preview.value.adds === 0)
        throw new Error(`${f} sample isn't good: ${JSON.stringify(preview)}\n${sample}`);
      expect(preview.value.format).toBe(f);
    }
  baseline();
});
afterAll(() => core?.cleanup());

const LEAKS =
  /SQLITE|\bat .*\.(?:ts|js|mjs):\d|\n\s*at\s|\/tmp\/|\/work\/|node_modules|INSERT INTO|SELECT .* FROM|CREATE TABLE|TypeError|RangeError|ReferenceError|Cannot read prop|undefined is not/;
const SIZE_OR_FORMAT = /^(?:This file is bigger than 50 MB|Format must be json)/;

interface Tally {
  refused: number;
  accepted: number;
  slowestMs: number;
}

/** One import through the handler table, checked; an accepted one is taken back. */
async function tryImport(
  input: { text: string; format?: string; duplicates?: 'skip' | 'add' },
  tally: Tally,
  expectBadLine?: { from: number; to: number },
): Promise<void> {
  const tasksBefore = taskCount();
  const started = performance.now();
  const result = await core.handlers['exchange.import'](input).catch((e: unknown) => {
    throw new Error(`exchange.import threw: ${String(e)}`);
  });
  tally.slowestMs = Math.max(tally.slowestMs, performance.now() - started);
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    tally.refused++;
    const { code, message } = result.error;
    expect(code, message).toBe('VALIDATION');
    expect(message).not.toMatch(LEAKS);
    expect(message).not.toContain(core.dir);
    expect(message.length).toBeLessThan(1000);
    const named = /^Line (\d+): /.exec(message);
    if (!named) expect(message).toMatch(SIZE_OR_FORMAT);
    else {
      const line = Number(named[1]);
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(lineCount(input.text));
      if (expectBadLine) {
        expect(line).toBeGreaterThanOrEqual(expectBadLine.from);
        expect(line).toBeLessThanOrEqual(expectBadLine.to);
      }
      expect(message).toMatch(/Nothing was imported\.$/);
    }
    // Nothing changed, nothing was even written and rolled back.
    expect(totalChanges()).toBe(changes);
    expect(snapshotDatabase(core)).toBe(snapshot);
    return;
  }
  // A file the mutations left good (or made good): fine, if it did what it says.
  expect(expectBadLine, 'a file with a known-bad line was accepted').toBeUndefined();
  tally.accepted++;
  expect(importResultSchema.safeParse(result.value).success).toBe(true);
  expect(result.value.errors).toEqual([]);
  expect(taskCount()).toBe(tasksBefore + result.value.added);
  if (result.value.added > 0 || result.value.conversations > 0) {
    const undone = await core.handlers['history.undo']({});
    expect(undone.ok && undone.value.summary).toMatch(/import/);
    expect((await core.handlers['trash.empty']({})).ok).toBe(true);
    expect(taskCount()).toBe(tasksBefore);
  }
  baseline();
}

const corrupted = (format: Format) =>
  fc
    .record({
      sample: fc.nat(),
      bad: fc.nat(),
      where: fc.nat(),
      property: fc.boolean(),
      mutations: fc.oneof(
        { weight: 1, arbitrary: fc.constant([] as Mutation[]) },
        { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }) },
      ),
      named: fc.constantFrom('named', 'named', 'alias', 'detected'),
      duplicates: fc.constantFrom(undefined, 'skip' as const, 'add' as const),
    })
    .map((c) => {
      const list = samples[format];
      const sample = withToken(list[c.sample % list.length]!);
      const eol = sample.includes('\r\n') ? '\r\n' : '\n';
      const lines = sample.split(eol);
      const where = positions(format, lines);
      const property = format === 'ics' && c.property && where.properties.length > 0;
      const bads = property ? BAD_ICS_PROPERTIES : BAD_LINES[format];
      const bad = bads[c.bad % bads.length]!.replaceAll('\r\n', eol);
      const spots = property ? where.properties : where.lines;
      const spot = spots[c.where % spots.length]!;
      // (lines as the readers count them: a quoted CSV field may hold a line break of its own)
      const from = spot === 0 ? 1 : lineCount(`${lines.slice(0, spot).join(eol)}${eol}`);
      const to = from + lineCount(bad) - 1;
      lines.splice(spot, 0, bad);
      let text = lines.join(eol);
      for (const m of c.mutations) text = mutate(text, m);
      return {
        input: {
          text,
          ...(c.named === 'detected'
            ? {}
            : { format: c.named === 'alias' && format === 'todoist' ? 'csv' : format }),
          ...(c.duplicates ? { duplicates: c.duplicates } : {}),
        },
        // Untouched and read as its format, it is refused, naming a line of what was put in (our
        // JSON names the task the bad line went into, or where the JSON broke: any line).
        expectBadLine:
          c.mutations.length === 0 && c.named !== 'detected'
            ? format === 'json'
              ? { from: 1, to: Infinity }
              : // (iCalendar names a to-do's line for what is wrong with its values)
                { from: property ? from - 1 : from, to }
            : undefined,
      };
    });

/** Strings of the format's own pieces, in any order. */
const PIECES: Record<Format, string[]> = {
  json: [
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '"format"',
    '"task-assistant"',
    '"version"',
    '1',
    '"tasks"',
    '"title"',
    '"x"',
    'null',
    '\n',
    '"conversations"',
    '"messages"',
  ],
  todoist: [
    'TYPE',
    'CONTENT',
    ',',
    ';',
    '"',
    '""',
    'task',
    'note',
    'section',
    'every day',
    '2026-12-01',
    '4',
    '\r\n',
    '\n',
    '@home',
  ],
  todotxt: [
    'x ',
    '(A) ',
    '2026-12-01 ',
    'due:',
    'rec:',
    'rrule:',
    'time:',
    '+',
    '@',
    'FREQ=DAILY',
    ' ',
    '\n',
    'word',
  ],
  ics: [
    'BEGIN:VCALENDAR',
    'END:VCALENDAR',
    'BEGIN:VTODO',
    'END:VTODO',
    'SUMMARY:x',
    'DUE:',
    'RRULE:',
    ';VALUE=DATE',
    ':2026',
    '\r\n',
    '\r\n ',
    'BEGIN:VALARM',
    'END:VALARM',
  ],
  markdown: [
    '- [ ] ',
    '- [x] ',
    '* ',
    '1. ',
    '#',
    '📅 ',
    '🔁 every ',
    '⏰ ',
    '2026-12-01',
    '```',
    '    ',
    '\n',
    'word',
  ],
};

const randomText = (format: Format) =>
  fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    }),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
    fc.array(fc.constantFrom(...PIECES[format]), { maxLength: 60 }).map((p) => p.join('')),
  );

describe('fuzzing every importer through the handler table', () => {
  for (const format of FORMATS) {
    it(`${format}: ${RUNS} corrupted files and ${RANDOM_RUNS} random strings; refused ones change nothing`, async () => {
      const tally: Tally = { refused: 0, accepted: 0, slowestMs: 0 };
      await fc.assert(
        fc.asyncProperty(corrupted(format), async ({ input, expectBadLine }) =>
          tryImport(input, tally, expectBadLine),
        ),
        { numRuns: RUNS },
      );
      const random: Tally = { refused: 0, accepted: 0, slowestMs: 0 };
      await fc.assert(
        fc.asyncProperty(randomText(format), async (text) => tryImport({ text, format }, random)),
        { numRuns: RANDOM_RUNS },
      );
      // And all of it, row by row, is as it was after the last accepted import.
      expect(snapshotDatabase(core)).toBe(snapshot);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      console.log(
        `${format}: corrupted ${tally.refused}/${RUNS} refused (${tally.accepted} accepted), random ${random.refused}/${RANDOM_RUNS} refused, slowest ${Math.round(Math.max(tally.slowestMs, random.slowestMs))} ms`,
      );
      record(`import files fuzzed (${format})`, RUNS + RANDOM_RUNS);
      record(`import files refused, nothing changed (${format})`, tally.refused + random.refused);
      expect(tally.refused).toBeGreaterThanOrEqual(REFUSED_MIN);
      expect(Math.max(tally.slowestMs, random.slowestMs)).toBeLessThan(5000);
    }, 600_000);
  }
});
