// What every format shares: checking a task read from a file the same way the app checks one
// typed in (the shared zod schemas), collecting problems with their line numbers, limits, local
// dates and times in a given time zone, and cutting an export into chunks.
import { z } from 'zod';
import { newTaskSchema } from '../../../shared/task.ts';
import { dueDateSchema, dueTimeSchema, labelSchema, normaliseRule } from '../../../shared/when.ts';
import { checkRule, firstOccurrence } from '../../time/repeat.ts';
import type {
  Completion,
  ImportedConversation,
  ImportedTask,
  ImportFormat,
  ImportOptions,
  ImportProblem,
  ParsedFile,
} from './types.ts';

/** The largest file an import reads. */
export const IMPORT_BYTES_MAX = 50 * 1024 * 1024;
/** The most tasks (and conversations) one import reads. */
export const IMPORT_ROWS_MAX = 200_000;
/** Problems reported for one file; past this, one line says there are more. */
export const IMPORT_ERRORS_MAX = 1_000;

/** A task as a format read it, before it is checked. Labels as written (`#x`, `@x`, `+x`, `X Y`). */
export interface RawTask {
  line: number;
  title: string;
  description?: string;
  completed?: boolean;
  dueDate?: string | null;
  dueTime?: string | null;
  priority?: number | null;
  repeat?: string | null;
  labels?: string[];
  createdAt?: string;
  updatedAt?: string;
  completedAt?: string | null;
  completions?: Completion[];
  /** What the format already found wrong with it (field by field, without "Line N: "). */
  problems?: string[];
}

export const isoTimestampSchema = z.iso.datetime({
  error: 'must be a time written like 2026-11-28T10:00:00.000Z',
});

export const completionSchema = z.strictObject({
  dueDate: dueDateSchema.nullable(),
  dueTime: dueTimeSchema.nullable(),
  completedAt: isoTimestampSchema,
});
const historySchema = z.object({ completions: z.array(completionSchema) });

/** "Home Improvement" → "home-improvement"; "#Home", "@home" and "+home" → "home". */
export function normaliseLabel(raw: string): string {
  return raw
    .trim()
    .replace(/^[#@+]/, '')
    .toLowerCase()
    .replace(/\s+/g, '-');
}

/** A title on one line: line breaks (and the spaces around them) become one space. */
export function oneLine(title: string): string {
  return title.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

const LIST_ITEMS: Record<string, string> = {
  completions: 'History entry',
  messages: 'Message',
  labels: 'Label',
  tasks: 'Task',
};

/** The issues of a failed zod check, as sentences naming the field ("dueDate" must be …). */
export function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const key = [...i.path].reverse().find((p) => typeof p === 'string');
    let message = i.message.startsWith('must ')
      ? `"${String(key ?? 'value')}" ${i.message}`
      : i.message;
    const index = i.path.findIndex((p) => typeof p === 'number');
    const list = index > 0 ? i.path[index - 1] : undefined;
    if (typeof list === 'string') {
      message = `${LIST_ITEMS[list] ?? list} ${Number(i.path[index]) + 1}: ${message}`;
    }
    return message.charAt(0).toUpperCase() + message.slice(1);
  });
}

/** Collects what a parser reads: checked tasks and conversations, and problems with their lines. */
export class Collector {
  readonly tasks: ImportedTask[] = [];
  readonly conversations: ImportedConversation[] = [];
  readonly errors: ImportProblem[] = [];
  /** The row limit was reached: parsers stop reading. */
  full = false;
  #items = 0;
  #omitted = 0;
  readonly now: Date;
  readonly timeZone: string;
  readonly today: string;

  readonly format: ImportFormat;

  constructor(format: ImportFormat, options: ImportOptions = {}) {
    this.format = format;
    this.now = options.now ?? new Date();
    this.timeZone =
      options.timeZone && isTimeZone(options.timeZone) ? options.timeZone : localZone();
    this.today = zonedParts(this.now.getTime(), this.timeZone).date;
  }

  /** Records a problem; `message` is said without the line ("Title is empty…"). */
  error(line: number, message: string): void {
    const at = Number.isFinite(line) && line >= 1 ? Math.floor(line) : 1;
    if (this.errors.length >= IMPORT_ERRORS_MAX) {
      this.#omitted++;
      return;
    }
    this.errors.push({ line: at, message: `Line ${at}: ${message}` });
  }

  /** Counts one more item (task or conversation); false once the file has too many. */
  count(line: number): boolean {
    if (this.full) return false;
    if (++this.#items > IMPORT_ROWS_MAX) {
      this.full = true;
      this.error(
        line,
        `This file has more than ${IMPORT_ROWS_MAX.toLocaleString('en')} tasks: split it into smaller files and import them one at a time.`,
      );
      return false;
    }
    return true;
  }

  /** Checks a task the way the app checks one typed in, and keeps it if nothing is wrong. */
  task(raw: RawTask): ImportedTask | null {
    if (!this.count(raw.line)) return null;
    const problems = [...(raw.problems ?? [])];
    const labels: string[] = [];
    for (const name of raw.labels ?? []) {
      const label = normaliseLabel(name);
      const checked = labelSchema.safeParse(label);
      if (checked.success) labels.push(checked.data);
      else
        problems.push(
          `The label "${clipText(name, 40)}" can't be used: ${checked.error.issues[0]?.message ?? 'it is not one word'}`,
        );
    }
    const candidate: {
      title: string;
      description: string;
      dueDate: string | null;
      dueTime: string | null;
      priority: number | null;
      repeat: string | null;
      labels: string[];
    } = {
      title: oneLine(raw.title),
      description: raw.description ?? '',
      dueDate: raw.dueDate ?? null,
      dueTime: raw.dueTime ?? null,
      priority: raw.priority ?? null,
      repeat: raw.repeat ?? null,
      labels,
    };
    if (candidate.repeat && candidate.dueTime && !candidate.dueDate) {
      // A repeat's time without a day ("every day at 9"): the first occurrence from today, as
      // the app does when such a task is added.
      const rule = normaliseRule(candidate.repeat);
      if ('rule' in rule) {
        try {
          candidate.dueDate = firstOccurrence(rule.rule, this.today, this.today);
        } catch {
          // (the rule is reported below)
        }
      }
    }
    const parsed = newTaskSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        const said =
          field === 'dueDate' || field === 'dueTime' || field === 'repeat'
            ? candidate[field]
            : null;
        problems.push(
          said !== null && issue.path.length === 1
            ? `${issue.message} (this says "${clipText(said, 40)}")`
            : issue.message,
        );
      }
    }
    if (parsed.success && parsed.data.repeat) {
      try {
        checkRule(parsed.data.repeat, parsed.data.dueDate ?? this.today);
      } catch (e) {
        problems.push(e instanceof Error ? e.message : "The repeat rule can't be used");
      }
    }
    for (const [key, value] of [
      ['createdAt', raw.createdAt],
      ['updatedAt', raw.updatedAt],
      ['completedAt', raw.completedAt ?? undefined],
    ] as const) {
      if (value !== undefined && !isoTimestampSchema.safeParse(value).success)
        problems.push(`"${key}" must be a time written like 2026-11-28T10:00:00.000Z`);
    }
    // (built once: a schema made per task cost 100,000 imports seconds)
    if (raw.completions && !(Array.isArray(raw.completions) && raw.completions.length === 0)) {
      const checked = historySchema.safeParse({ completions: raw.completions });
      if (!checked.success) problems.push(...issuesOf(checked.error));
    }
    if (problems.length > 0 || !parsed.success) {
      for (const p of new Set(problems)) this.error(raw.line, p);
      return null;
    }
    const task: ImportedTask = {
      line: raw.line,
      title: parsed.data.title,
      description: parsed.data.description ?? '',
      completed: raw.completed ?? false,
      dueDate: parsed.data.dueDate ?? null,
      dueTime: parsed.data.dueTime ?? null,
      priority: parsed.data.priority ?? null,
      repeat: parsed.data.repeat ?? null,
      labels: parsed.data.labels ?? [],
    };
    if (raw.createdAt !== undefined) task.createdAt = raw.createdAt;
    if (raw.updatedAt !== undefined) task.updatedAt = raw.updatedAt;
    if (raw.completedAt !== undefined) task.completedAt = raw.completedAt;
    if (raw.completions !== undefined) task.completions = raw.completions;
    this.tasks.push(task);
    return task;
  }

  result(): ParsedFile {
    const errors = [...this.errors].sort((a, b) => a.line - b.line);
    if (this.#omitted > 0) {
      const last = errors.at(-1)?.line ?? 1;
      errors.push({
        line: last,
        message: `Line ${last}: …and ${this.#omitted.toLocaleString('en')} more problems after this line.`,
      });
    }
    return {
      format: this.format,
      tasks: this.tasks,
      conversations: this.conversations,
      errors,
    };
  }
}

/** At most `max` code points of `s`, with "…" when cut (for quoting file text in messages). */
export function clipText(s: string, max: number): string {
  const points = Array.from(s.length > max * 2 ? s.slice(0, max * 2) : s);
  return points.length <= max ? points.join('') : `${points.slice(0, max - 1).join('')}…`;
}

/** The 1-based line of each offset, counted once over the text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of `offset`, given `lineStarts(text)`. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The number of bytes of `s` as UTF-8, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

// ---- Time zones -------------------------------------------------------------------------------

/** This computer's IANA time zone. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      f = null;
    }
    if (formatters.size > 200) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a time zone name this computer knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  return name.length > 0 && name.length < 100 && formatter(name) !== null;
}

/** The local calendar date, time and seconds of an instant in a time zone. */
export function zonedParts(
  epochMs: number,
  timeZone: string,
): { date: string; time: string; seconds: number } {
  const f = formatter(timeZone) ?? formatter('UTC')!;
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const year = (parts.year ?? '1970').padStart(4, '0');
  return {
    date: `${year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    seconds: Number(parts.second ?? 0),
  };
}

/** The instant a wall-clock date and time happen in a time zone (the later one in a DST gap). */
export function zonedToEpoch(
  date: string,
  time: string,
  seconds: number,
  timeZone: string,
): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min, seconds);
  const offsetAt = (epoch: number) => {
    const p = zonedParts(epoch, timeZone);
    const [py, pm, pd] = p.date.split('-').map(Number) as [number, number, number];
    const [ph, pmin] = p.time.split(':').map(Number) as [number, number];
    return Date.UTC(py, pm - 1, pd, ph, pmin, p.seconds) - epoch;
  };
  let epoch = asUtc - offsetAt(asUtc);
  epoch = asUtc - offsetAt(epoch);
  return epoch;
}

/** An instant's local date in a time zone (todo.txt and Markdown keep dates only). */
export function localDateOf(iso: string, timeZone: string): string | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : zonedParts(ms, timeZone).date;
}

/**
 * A date a format carries without a time (todo.txt's completion date, Markdown's ✅) as a
 * timestamp: noon UTC, which is the same calendar day everywhere from UTC−11 to UTC+11.
 */
export const dateAsTimestamp = (date: string) => `${date}T12:00:00.000Z`;

// ---- Exports ----------------------------------------------------------------------------------

/** Chunks of about this many UTF-16 units (well under 64 KB of UTF-8) leave an exporter. */
export const CHUNK_UNITS = 8 * 1024;

/** Joins small pieces into chunks of about CHUNK_UNITS, never holding the whole export. */
export function* batched(pieces: Iterable<string>): Generator<string, void, undefined> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK_UNITS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
