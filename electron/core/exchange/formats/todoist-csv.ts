// Todoist's CSV ("project template") columns. From Todoist's help article "Format a CSV file to
// import into Todoist" (todoist.com/help/articles/format-a-csv-file-to-import-into-todoist-UVUXTmm6,
// and "Import or export a project as a CSV file", …-YC8YvN), read 2026:
//
//   TYPE, CONTENT, DESCRIPTION, PRIORITY, INDENT, AUTHOR, RESPONSIBLE, DATE, DATE_LANG, TIMEZONE,
//   DURATION, DURATION_UNIT   (newer exports add DEADLINE, DEADLINE_LANG; rows of TYPE "meta")
//
// - TYPE: `task`, `section` or `note` (a comment on the task in the row above).
// - CONTENT: the task's name; labels are written into it as `@label`.
// - PRIORITY: "Type 1 to add p1 to the task (highest priority) … 4 to add p4 (lowest)". So the
//   CSV counts like the app (1 = p1), unlike Todoist's REST API where 4 means p1. We write 1–3
//   for our 1–3 and 4 for none, and read 4 (and an empty cell) as none; the help article says an
//   empty cell becomes p1, but a file without priorities should not make everything urgent.
// - DATE: the due date in words Todoist understands, in DATE_LANG ("every monday", "tomorrow",
//   "2026-12-01 17:00"). Read here with quick add (parseQuickAdd) after ISO dates.
// - INDENT (sub-tasks), AUTHOR, RESPONSIBLE, TIMEZONE, DURATION: not carried (subtasks are read
//   as tasks of their own).
//
// What a CSV can't carry: completed tasks (Todoist's templates hold open tasks only; importing a
// done task there would reopen it, so they are left out), created/updated/completed times, the
// history of a repeating task, repeat rules quick add can't say in words (COUNT, UNTIL, several
// days of the month…: written as the nearest simpler repeat), and words in a title that look
// like labels (`@word` is read back as a label).
//
// Output is quoted by hand (RFC 4180: fields with a comma, quote, CR or LF in double quotes,
// quotes doubled, CRLF between rows): it is a few lines, streams row by row, and needs no
// second package. Input is read with csv-parse's sync API (BOM, quoted multi-line fields, and
// the line each record ends on).
import { parse } from 'csv-parse/sync';
import { parseQuickAdd } from '../../time/quick-add.ts';
import { isCalendarDate } from '../../../shared/when.ts';
import { batched, clipText, lineAt, zonedParts } from './common.ts';
import type { Collector, RawTask } from './common.ts';
import { ruleToWords } from './repeat-words.ts';
import type { ExportOptions, ExportTask } from './types.ts';

export const TODOIST_COLUMNS = [
  'TYPE',
  'CONTENT',
  'DESCRIPTION',
  'PRIORITY',
  'INDENT',
  'AUTHOR',
  'RESPONSIBLE',
  'DATE',
  'DATE_LANG',
  'TIMEZONE',
  'DURATION',
  'DURATION_UNIT',
] as const;

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const csvRow = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** The DATE cell: a date, a time, and a repeat in words. */
export function todoistDate(t: Pick<ExportTask, 'dueDate' | 'dueTime' | 'repeat'>): string {
  const at = t.dueDate ? `${t.dueDate}${t.dueTime ? ` ${t.dueTime}` : ''}` : '';
  if (!t.repeat) return at;
  const { words } = ruleToWords(t.repeat);
  if (!t.dueDate) return words;
  return `${words} starting ${t.dueDate}${t.dueTime ? ` at ${t.dueTime}` : ''}`;
}

/** Open tasks as Todoist's CSV, as chunks of text. */
export function exportTodoistCsv(
  tasks: Iterable<ExportTask>,
  _options: ExportOptions = {},
): Generator<string, void, undefined> {
  return batched(csvPieces(tasks));
}

function* csvPieces(tasks: Iterable<ExportTask>): Generator<string> {
  yield csvRow([...TODOIST_COLUMNS]);
  for (const t of tasks) {
    if (t.completed) continue;
    const content = [t.title, ...t.labels.map((l) => `@${l}`)].join(' ');
    const date = todoistDate(t);
    yield csvRow([
      'task',
      content,
      t.description.replace(/\r\n?/g, '\n'),
      String(t.priority ?? 4),
      '1',
      '',
      '',
      date,
      date ? 'en' : '',
      '',
      '',
      '',
    ]);
  }
}

// ---- Reading ----------------------------------------------------------------------------------

/** `@label` in CONTENT (a word of its own: not the middle of an e-mail address). */
const LABEL = /(^|\s)@([^\s@]*[\p{L}\p{N}][^\s@]*)(?=\s|$)/gu;
const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** Longer DATE text is not a date anyone typed (and is not worth reading in words). */
const DATE_TEXT_MAX = 200;

export interface ReadDate {
  dueDate: string | null;
  dueTime: string | null;
  repeat: string | null;
}

/** A DATE cell: ISO dates and times first, then words (dates and `every …` repeats). */
export function readTodoistDate(text: string, c: Collector): ReadDate | { error: string } {
  const s = text.trim();
  if (!s) return { dueDate: null, dueTime: null, repeat: null };
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const [, date, h, min, sec, zone] = iso;
    if (!h) return { dueDate: date!, dueTime: null, repeat: null };
    if (!zone) return { dueDate: date!, dueTime: `${h}:${min}`, repeat: null };
    // An instant (UTC or an offset): its local date and time.
    const offset =
      zone.toUpperCase() === 'Z'
        ? 0
        : (zone.startsWith('-') ? -1 : 1) *
          (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) *
          60_000;
    if (!isCalendarDate(date!) || Number(h) > 23 || Number(min) > 59)
      return { error: `the date "${clipText(s, 40)}" isn't a real day and time` };
    const [y, mo, d] = date!.split('-').map(Number) as [number, number, number];
    const wall = Date.UTC(y, mo - 1, d, Number(h), Number(min), Number(sec ?? 0));
    const local = zonedParts(wall - offset, c.timeZone);
    return { dueDate: local.date, dueTime: local.time, repeat: null };
  }
  if (s.length > DATE_TEXT_MAX) return { error: 'the date is too long to be read' };
  const read = parseQuickAdd(s, { now: c.now, detailsOnly: true });
  if (!read.dueDate && !read.dueTime && !read.repeat)
    return {
      error: `the date "${clipText(s, 40)}" can't be read: write it like 2026-12-01, "tomorrow 5pm" or "every monday"`,
    };
  return { dueDate: read.dueDate, dueTime: read.dueTime, repeat: read.repeat };
}

class Stop extends Error {}

/** Reads Todoist's CSV into the collector. */
export function parseTodoistCsv(text: string, c: Collector): void {
  let columns: Map<string, number> | null = null;
  let pending: RawTask | null = null;
  const flush = () => {
    if (pending) c.task(pending);
    pending = null;
  };
  const firstLine = /^\uFEFF?\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';

  const onRecord = (fields: string[], line: number) => {
    if (!columns) {
      columns = new Map();
      fields.forEach((name, i) => {
        const key = name.trim().toUpperCase();
        if (!columns!.has(key)) columns!.set(key, i);
      });
      const missing = ['TYPE', 'CONTENT'].filter((k) => !columns!.has(k));
      if (missing.length > 0) {
        c.error(
          line,
          `this CSV has no ${missing.join(' or ')} column: a Todoist CSV starts with a line like ${TODOIST_COLUMNS.slice(0, 4).join(',')},…`,
        );
        throw new Stop();
      }
      return;
    }
    const get = (name: string) => {
      const i = columns!.get(name);
      return i === undefined ? '' : (fields[i] ?? '');
    };
    if (fields.every((f) => f.trim() === '')) return;
    const type = get('TYPE').trim().toLowerCase();
    if (type === 'note') {
      if (pending) {
        const note = get('CONTENT').replace(/\r\n?/g, '\n').trim();
        if (note) pending.description = appendNote(pending.description ?? '', note);
      }
      return;
    }
    flush();
    if (c.full) throw new Stop();
    if (type === 'section' || type === 'meta') return;
    if (type !== 'task') {
      if (!c.count(line)) throw new Stop();
      c.error(
        line,
        type
          ? `TYPE is "${clipText(get('TYPE').trim(), 20)}": it should be task, section or note.`
          : 'TYPE is empty: it should be task, section or note.',
      );
      return;
    }
    const problems: string[] = [];
    const labels: string[] = [];
    const title = get('CONTENT').replace(LABEL, (_, before: string, name: string) => {
      labels.push(name);
      return before;
    });
    const priorityText = get('PRIORITY').trim();
    let priority: number | null = null;
    if (/^[1-3]$/.test(priorityText)) priority = Number(priorityText);
    else if (priorityText !== '' && priorityText !== '4')
      problems.push(
        `PRIORITY is "${clipText(priorityText, 20)}": it should be 1 (p1, highest) to 4 (p4, none).`,
      );
    const date = readTodoistDate(get('DATE'), c);
    if ('error' in date) problems.push(`DATE: ${date.error}.`);
    pending = {
      line,
      title: title.replace(/\s{2,}/g, ' '),
      description: get('DESCRIPTION').replace(/\r\n?/g, '\n'),
      labels,
      priority,
      ...('error' in date ? {} : date),
      problems,
    };
  };

  // Lines are counted here from the byte offsets csv-parse reports (its own line count takes a
  // CRLF inside a quoted field for two lines).
  const bytes = Buffer.from(text, 'utf8');
  const starts = byteLineStarts(bytes);
  let lastEnd = 0;
  const lineFrom = (offset: number) => {
    let i = offset;
    while (i < bytes.length && (bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
    return lineAt(starts, Math.min(i, Math.max(0, bytes.length - 1)));
  };
  try {
    parse(bytes, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        c.error(
          lineFrom(lastEnd),
          err?.code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'a quoted field starts here and is never closed (a " is missing).'
            : 'this row can’t be read: check its quotes (a " inside a field is written "").',
        );
        if (typeof err?.bytes === 'number' && err.bytes > lastEnd) lastEnd = err.bytes;
      },
      on_record: (record, context) => {
        const line = lineFrom(lastEnd);
        lastEnd = context.bytes;
        onRecord(record, line);
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof Stop)) c.error(lineFrom(lastEnd), 'this CSV can’t be read past this line.');
  }
  flush();
  if (!columns) c.error(1, 'this CSV is empty: a Todoist CSV starts with a line of column names.');
}

/** A note (comment) added under the description, cut to fit the 1,000 characters a task has. */
function appendNote(description: string, note: string): string {
  const joined = description.trim() ? `${description.trim()}\n\n${note}` : note;
  const points = Array.from(joined);
  return points.length <= 1000 ? joined : `${points.slice(0, 999).join('')}…`;
}

/** The byte offset where each line starts (after LF, CRLF or a lone CR). */
function byteLineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}
