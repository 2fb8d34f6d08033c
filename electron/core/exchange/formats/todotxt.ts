// todo.txt (github.com/todotxt/todo.txt): one task a line.
//
//   (A) 2026-10-01 Pay rent +home due:2026-12-01 time:17:00 rec:+1m
//   x 2026-11-01 2026-10-01 Call the bank +errands due:2026-10-30 pri:B
//
// - `x ` marks a done task, followed by the completion date and the creation date.
// - Priority (A)/(B)/(C) is our 1/2/3 ((D)–(Z) are read as 3, low). A done task keeps its
//   priority as `pri:A` (as todo.txt apps do when they complete a task); `x … (A) …` is read too.
// - Labels are written `+label`; `+project` and `@context` are both read as labels.
// - `due:YYYY-MM-DD` is the due date (the common extension), `time:HH:MM` its time, and
//   `rec:` the repeat as todo.txt apps write it (`rec:+1w` = every week from the due date;
//   d, w, m, y; `rec:1b` every weekday). A rule `rec:` can't say (BYDAY, BYMONTHDAY…) is
//   written as `rrule:FREQ=WEEKLY;BYDAY=MO,TH` (our key: an RRULE has no spaces).
// - Other `key:value` words stay in the title. Blank lines are skipped.
//
// What todo.txt can't carry: descriptions, exact created/completed times (dates only, written in
// the export's time zone and read back as noon UTC that day), updatedAt, the history of a
// repeating task, a done task's creation date without its completion date, and words in a title
// that look like `+label`, `@context` or the keys above (they are read back as such).
import { isCalendarDate } from '../../../shared/when.ts';
import { batched, clipText, dateAsTimestamp, localDateOf, localZone, oneLine } from './common.ts';
import type { Collector } from './common.ts';
import { ruleParts } from './repeat-words.ts';
import type { ExportOptions, ExportTask } from './types.ts';

const LETTERS = 'ABC';
const UNIT_OF: Record<string, string> = { DAILY: 'd', WEEKLY: 'w', MONTHLY: 'm', YEARLY: 'y' };
const FREQ_OF: Record<string, string> = { d: 'DAILY', w: 'WEEKLY', m: 'MONTHLY', y: 'YEARLY' };

/** A rule as `rec:` where todo.txt apps can read it, else as `rrule:`. */
export function recOf(rule: string): string {
  const parts = ruleParts(rule);
  const freq = parts.get('FREQ') ?? '';
  const keys = [...parts.keys()].filter((k) => k !== 'FREQ' && k !== 'INTERVAL');
  if (keys.length === 0 && UNIT_OF[freq])
    return `rec:+${parts.get('INTERVAL') ?? 1}${UNIT_OF[freq]}`;
  if (rule === 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR') return 'rec:+1b';
  return `rrule:${rule}`;
}

/** One task as a todo.txt line. */
export function todoTxtLine(t: ExportTask, timeZone: string): string {
  const words: string[] = [];
  const created = localDateOf(t.createdAt, timeZone);
  if (t.completed) {
    words.push('x');
    const done = t.completedAt ? localDateOf(t.completedAt, timeZone) : null;
    if (done) words.push(done, ...(created ? [created] : []));
  } else {
    if (t.priority) words.push(`(${LETTERS[t.priority - 1]})`);
    if (created) words.push(created);
  }
  words.push(oneLine(t.title));
  for (const label of t.labels) words.push(`+${label}`);
  if (t.dueDate) words.push(`due:${t.dueDate}`);
  if (t.dueTime) words.push(`time:${t.dueTime}`);
  if (t.repeat) words.push(recOf(t.repeat));
  if (t.completed && t.priority) words.push(`pri:${LETTERS[t.priority - 1]}`);
  return `${words.join(' ')}\n`;
}

/** Tasks as todo.txt, as chunks of text. */
export function exportTodoTxt(
  tasks: Iterable<ExportTask>,
  options: ExportOptions = {},
): Generator<string, void, undefined> {
  const timeZone = options.timeZone ?? localZone();
  return batched(
    (function* () {
      for (const t of tasks) yield todoTxtLine(t, timeZone);
    })(),
  );
}

// ---- Reading ----------------------------------------------------------------------------------

const DATE_WORD = /^(\d{4}-\d{2}-\d{2})\s+/;
const PRIORITY_WORD = /^\(([A-Z])\)\s+/;
const TAG = /^[+@](\S*\p{L}\S*)$/u;
const KEY = /^(due|time|rec|rrule|pri):(\S+)$/i;

const priorityOf = (letter: string) => Math.min(3, letter.charCodeAt(0) - 64);

/** `rec:+2w` → FREQ=WEEKLY;INTERVAL=2. */
export function ruleOfRec(value: string): string | null {
  const m = /^\+?(\d{1,3})([dwmyb])$/i.exec(value);
  if (!m || Number(m[1]) < 1) return null;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit === 'b') return n === 1 ? 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' : null;
  return `FREQ=${FREQ_OF[unit]}${n > 1 ? `;INTERVAL=${n}` : ''}`;
}

/** Reads todo.txt lines into the collector. */
export function parseTodoTxt(text: string, c: Collector): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length && !c.full; i++) {
    const line = i + 1;
    let rest = lines[i]!.trim();
    if (!rest) continue;
    const problems: string[] = [];
    const checkDate = (date: string, what: string) => {
      if (!isCalendarDate(date)) problems.push(`the ${what} ${date} isn't a real day.`);
      return date;
    };
    let completed = false;
    let completion: string | undefined;
    let creation: string | undefined;
    let priority: number | null = null;
    const take = (re: RegExp) => {
      const m = re.exec(rest);
      if (m) rest = rest.slice(m[0].length);
      return m;
    };
    if (/^x\s+/.test(rest)) {
      completed = true;
      take(/^x\s+/);
      const done = take(DATE_WORD);
      if (done) {
        completion = checkDate(done[1]!, 'completion date');
        const made = take(DATE_WORD);
        if (made) creation = checkDate(made[1]!, 'creation date');
      }
      const p = take(PRIORITY_WORD);
      if (p) priority = priorityOf(p[1]!);
    } else {
      const p = take(PRIORITY_WORD);
      if (p) priority = priorityOf(p[1]!);
      const made = take(DATE_WORD);
      if (made) creation = checkDate(made[1]!, 'creation date');
    }
    const title: string[] = [];
    const labels: string[] = [];
    let dueDate: string | null = null;
    let dueTime: string | null = null;
    let repeat: string | null = null;
    for (const word of rest.split(' ')) {
      const tag = TAG.exec(word);
      if (tag) {
        labels.push(tag[1]!.replace(/[,;:!?)]+$/, ''));
        continue;
      }
      const kv = KEY.exec(word);
      if (!kv) {
        title.push(word);
        continue;
      }
      const key = kv[1]!.toLowerCase();
      const value = kv[2]!;
      if (key === 'due') dueDate = value;
      else if (key === 'time') {
        const m = /^(\d{1,2}):(\d{2})$/.exec(value);
        dueTime = m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : value;
      } else if (key === 'rec') {
        repeat = ruleOfRec(value);
        if (!repeat)
          problems.push(
            `rec:${clipText(value, 20)} can't be read: write it like rec:+1d, rec:+2w, rec:+1m or rec:+1y.`,
          );
      } else if (key === 'rrule') repeat = value;
      else if (key === 'pri') {
        if (/^[A-Z]$/i.test(value)) priority = priorityOf(value.toUpperCase());
        else title.push(word);
      }
    }
    c.task({
      line,
      title: title.join(' '),
      completed,
      dueDate,
      dueTime,
      priority,
      repeat,
      labels,
      ...(creation && isCalendarDate(creation) ? { createdAt: dateAsTimestamp(creation) } : {}),
      ...(completed
        ? {
            completedAt:
              completion && isCalendarDate(completion) ? dateAsTimestamp(completion) : null,
          }
        : {}),
      problems,
    });
  }
}
