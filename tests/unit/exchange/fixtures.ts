// Tasks with every field filled, for the round trips of each format, and helpers to read what an
// export wrote back.
import { expect } from 'vitest';
import { parseFile } from '../../../electron/core/exchange/formats/index.ts';
import type {
  ExportTask,
  ImportedTask,
  ImportFormat,
  ParsedFile,
} from '../../../electron/core/exchange/formats/index.ts';
import { sameRule } from '../../../electron/core/exchange/formats/repeat-words.ts';

/** Saturday 28 November 2026, 10:00 local time (quick add reads dates against it). */
export const NOW = new Date(2026, 10, 28, 10, 0);
export const ZONE = 'UTC';

/** A description of exactly 1,000 characters with line breaks, commas, quotes and semicolons. */
export function longDescription(): string {
  const line =
    'Ask about "the boiler", the gutters; and the café’s bill — ÿ, ß, ü.\nThen: call back, 5 p.m.; "ok"? ';
  let s = '';
  while ([...s].length < 1000) s += line;
  const cut = [...s].slice(0, 999).join('').trimEnd();
  return `${cut}${'!'.repeat(1000 - [...cut].length)}`;
}

const base = {
  createdAt: '2026-10-01T08:15:30.000Z',
  updatedAt: '2026-11-20T17:45:10.000Z',
  completedAt: null,
  completions: [],
};

export const TASKS: ExportTask[] = [
  {
    ...base,
    id: 1,
    title: 'Pay rent 🏠 café — שלום עולם',
    description: longDescription(),
    completed: false,
    dueDate: '2026-12-03',
    dueTime: '17:00',
    priority: 1,
    repeat: 'FREQ=WEEKLY;BYDAY=MO,TH',
    labels: ['bills', 'home', 'über-wichtig'],
    completions: [
      { dueDate: '2026-11-23', dueTime: '17:00', completedAt: '2026-11-23T16:59:00.000Z' },
      { dueDate: '2026-11-26', dueTime: '17:00', completedAt: '2026-11-26T18:02:03.000Z' },
    ],
  },
  {
    ...base,
    id: 2,
    title: 'Buy "milk", eggs; bread, and 🥖',
    description: 'Line one, with a comma\nLine "two"; with a semicolon\n\nAfter a blank line',
    completed: false,
    dueDate: '2026-12-31',
    dueTime: null,
    priority: 2,
    repeat: 'FREQ=MONTHLY;BYMONTHDAY=31',
    labels: [],
  },
  {
    ...base,
    id: 3,
    title: 'Water the plants',
    description: 'Ficus and ferns',
    completed: true,
    completedAt: '2026-11-27T09:30:00.000Z',
    dueDate: '2026-11-29',
    dueTime: '08:30',
    priority: 3,
    repeat: 'FREQ=DAILY;INTERVAL=2',
    labels: Array.from({ length: 20 }, (_, i) => `label-${String(i + 1).padStart(2, '0')}`),
  },
  {
    ...base,
    id: 4,
    title: 'Think about the garden',
    description: '',
    completed: false,
    dueDate: null,
    dueTime: null,
    priority: null,
    repeat: null,
    labels: ['garden'],
  },
  {
    ...base,
    id: 5,
    title: 'Renew passport',
    description: 'At the town hall',
    completed: true,
    completedAt: '2026-11-02T11:00:00.000Z',
    dueDate: '2026-11-05',
    dueTime: null,
    priority: null,
    repeat: null,
    labels: ['errands', 'travel'],
  },
  {
    ...base,
    id: 6,
    title: 'Stand-up: مرحبا, ça va? 日本語',
    description: 'Weekdays at nine',
    completed: false,
    dueDate: '2026-11-30',
    dueTime: '09:00',
    priority: 2,
    repeat: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    labels: ['work'],
  },
];

export async function text(chunks: Iterable<string>): Promise<string> {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}

export function read(file: string, format?: ImportFormat | 'csv'): ParsedFile {
  return parseFile(file, format, { now: NOW, timeZone: ZONE });
}

/** The fields every format carries, compared as the app would (labels sorted, rules by parts). */
export function expectSameCore(got: ImportedTask, want: ExportTask, fields: string[] = []) {
  expect(got.title).toBe(want.title);
  expect(got.completed).toBe(want.completed);
  expect(got.dueDate).toBe(want.dueDate);
  expect(got.dueTime).toBe(want.dueTime);
  expect(got.priority).toBe(want.priority);
  expect(got.labels).toEqual([...want.labels].sort());
  if (want.repeat === null) expect(got.repeat).toBeNull();
  else expect(sameRule(got.repeat ?? '', want.repeat), `${got.repeat} ≈ ${want.repeat}`).toBe(true);
  if (fields.includes('description')) expect(got.description).toBe(want.description);
}
