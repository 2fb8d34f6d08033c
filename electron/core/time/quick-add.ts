// Quick add: "Pay rent tomorrow 9am p1 #home every month" → a task "Pay rent" due tomorrow at
// 09:00, priority 1, label home, repeating monthly. Dates and times are chrono-node's; repeats
// ("every …") become RRULEs checked with rrule; p1–p3, priority words and #labels are read here.
// Every recognised part is returned with where it was in the text, so the sidebar can show it as
// a chip and the person can turn it back into plain title text (`keep`).
import * as chrono from 'chrono-node';
import type { Priority } from '../../shared/when.ts';
import { localDate, localTime } from './local-dates.ts';
import { checkRule } from './repeat.ts';

export type QuickPartKind = 'date' | 'repeat' | 'priority' | 'label';

export interface QuickPart {
  kind: QuickPartKind;
  /** The words as typed. */
  text: string;
  /** Where they are in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

export interface QuickAdd {
  title: string;
  dueDate: string | null;
  dueTime: string | null;
  priority: Priority | null;
  repeat: string | null;
  labels: string[];
  parts: QuickPart[];
}

export interface QuickAddOptions {
  now: Date;
  /** False: dates and times stay in the title (a setting). */
  dates?: boolean;
  /** Numeric dates as day/month (15/12) rather than month/day (12/15). */
  dayFirst?: boolean;
  /** Ranges of the text to keep as plain title text (chips turned back into words). */
  keep?: { start: number; end: number }[];
}

interface Span {
  start: number;
  end: number;
}

const WEEKDAYS: [RegExp, string][] = [
  [/^mon/, 'MO'],
  [/^tue/, 'TU'],
  [/^wed/, 'WE'],
  [/^thu/, 'TH'],
  [/^fri/, 'FR'],
  [/^sat/, 'SA'],
  [/^sun/, 'SU'],
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = String.raw`(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?`;
const WEEKDAY_LIST = String.raw`${WEEKDAY}(?:\s*(?:,|and|&|\+)\s*${WEEKDAY})*`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)`;
const DAY_NUMBER = String.raw`(?:[12]?\d|3[01])(?:st|nd|rd|th)`;
const UNIT = String.raw`(?:day|week|month|year)s?`;

const byDay = (list: string) =>
  [
    ...new Set(
      list
        .split(/\s*(?:,|and|&|\+)\s*/)
        .map((w) => WEEKDAYS.find(([re]) => re.test(w))?.[1])
        .filter(Boolean),
    ),
  ].join(',');
const ordinalNumber = (o: string) =>
  o === 'last'
    ? -1
    : ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(o) + 1 || parseInt(o, 10);
const unitFreq = (u: string) =>
  ({ day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' })[u.replace(/s$/, '')]!;

/** Repeat phrases, longest forms first; each gives the RRULE for its match. */
const REPEATS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    new RegExp(String.raw`\b(?:every|each)\s+(other|second|\d{1,3})\s+(${UNIT})\b`, 'y'),
    (m) =>
      `FREQ=${unitFreq(m[2]!)};INTERVAL=${/\d/.test(m[1]!) ? Number(m[1]) : 2}`.replace(
        ';INTERVAL=1',
        '',
      ),
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(${ORDINAL})\s+(${WEEKDAY})(?:\s+(?:of\s+)?(?:the|each|every)\s+month)?\b`,
      'y',
    ),
    (m) => `FREQ=MONTHLY;BYDAY=${ordinalNumber(m[1]!)}${byDay(m[2]!)}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:month\s+on\s+)?(?:the\s+)?last\s+day(?:\s+of\s+(?:the|each|every)\s+month)?\b`,
      'y',
    ),
    () => 'FREQ=MONTHLY;BYMONTHDAY=-1',
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:month\s+on\s+)?(?:the\s+)?(${DAY_NUMBER})(?:\s+(?:of\s+)?(?:the|each|every)\s+month)?\b`,
      'y',
    ),
    (m) => `FREQ=MONTHLY;BYMONTHDAY=${parseInt(m[1]!, 10)}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:year\s+on\s+)?(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b`,
      'y',
    ),
    (m) =>
      `FREQ=YEARLY;BYMONTH=${MONTHS.indexOf(m[1]!.slice(0, 3)) + 1};BYMONTHDAY=${Number(m[2])}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:year\s+on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\b`,
      'y',
    ),
    (m) =>
      `FREQ=YEARLY;BYMONTH=${MONTHS.indexOf(m[2]!.slice(0, 3)) + 1};BYMONTHDAY=${Number(m[1])}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each|on)\s+(?:week\s*days?|work\s*days?|working\s+days?)\b|\bweekdays\b`,
      'y',
    ),
    () => 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  ],
  [
    new RegExp(String.raw`\b(?:every|each|on)\s+weekends?\b|\bweekends\b`, 'y'),
    () => 'FREQ=WEEKLY;BYDAY=SA,SU',
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:every|each)\s+week\s+on|(?:weekly|every)\s+on|every|each)\s+(${WEEKDAY_LIST})\b`,
      'y',
    ),
    (m) => `FREQ=WEEKLY;BYDAY=${byDay(m[1]!)}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:month|monthly)\s+on\s+the\s+(${DAY_NUMBER})\b`,
      'y',
    ),
    (m) => `FREQ=MONTHLY;BYMONTHDAY=${parseInt(m[1]!, 10)}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:day|morning|evening|night|afternoon)\b|\b(?:daily|nightly)\b`,
      'y',
    ),
    () => 'FREQ=DAILY',
  ],
  [
    new RegExp(String.raw`\b(?:every|each)\s+fortnight\b|\b(?:fortnightly|bi-?weekly)\b`, 'y'),
    () => 'FREQ=WEEKLY;INTERVAL=2',
  ],
  [
    new RegExp(String.raw`\b(?:every|each)\s+quarter\b|\bquarterly\b`, 'y'),
    () => 'FREQ=MONTHLY;INTERVAL=3',
  ],
  [new RegExp(String.raw`\b(?:every|each)\s+week\b|\bweekly\b`, 'y'), () => 'FREQ=WEEKLY'],
  [new RegExp(String.raw`\b(?:every|each)\s+month\b|\bmonthly\b`, 'y'), () => 'FREQ=MONTHLY'],
  [
    new RegExp(String.raw`\b(?:every|each)\s+year\b|\b(?:yearly|annually)\b`, 'y'),
    () => 'FREQ=YEARLY',
  ],
];

const PRIORITY_WORDS: [RegExp, Priority | null][] = [
  [/(?<![\p{L}\p{N}])p([1-4])(?![\p{L}\p{N}])/iu, null],
  [/\b(?:high|top)\s+priority\b|\bpriority\s+(?:high|1|one)\b/i, 1],
  [/\b(?:medium|normal)\s+priority\b|\bpriority\s+(?:medium|2|two)\b/i, 2],
  [/\b(?:low)\s+priority\b|\bpriority\s+(?:low|3|three)\b/i, 3],
  // "urgent" is a priority at either end of the text ("urgent: call the plumber", "… asap");
  // in the middle it is a word of the title ("reply to the urgent email").
  [/^(?:urgent(?:ly)?|asap)\b\s*[:,-]?|[,-]?\s*\b(?:urgent(?:ly)?|asap|!!!?)\s*[.!]*$/i, 1],
];

const LABEL = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}\p{M}_\-./&+]{1,40})/gu;

/** Small words that belong to a date ("due Friday", "by 5pm") and go with it. */
const LEAD_IN = /(?:\b(?:on|at|by|due|before|until|till|from|starting|for)\s+)+$/i;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAdd {
  const parts: QuickPart[] = [];
  // Text the parsers may not read: quotes (kept literally) and ranges turned back into words.
  const blocked: Span[] = [...(options.keep ?? [])];
  for (const m of text.matchAll(/"[^"]*"|“[^”]*”/g)) {
    blocked.push({ start: m.index, end: m.index + m[0].length });
  }
  const free = (s: Span) =>
    !blocked.some((b) => overlaps(b, s)) && !parts.some((p) => overlaps(p, s));
  // What the parsers see: blocked text blanked out, same length so offsets hold.
  const masked = () =>
    [...blocked, ...parts]
      .sort((a, b) => a.start - b.start)
      .reduce((s, b) => s.slice(0, b.start) + ' '.repeat(b.end - b.start) + s.slice(b.end), text);
  const add = (kind: QuickPartKind, start: number, end: number) => {
    const span = { start, end };
    if (!free(span)) return false;
    parts.push({ kind, text: text.slice(start, end), start, end });
    return true;
  };

  const labels: string[] = [];
  for (const m of masked().matchAll(LABEL)) {
    const name = m[1]!.replace(/[.\-/&+]+$/, '').toLowerCase();
    if (name && add('label', m.index, m.index + 1 + name.length)) labels.push(name);
  }

  let priority: Priority | null = null;
  for (const [re, value] of PRIORITY_WORDS) {
    const m = re.exec(masked());
    if (!m) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (!add('priority', start, start + m[0].trim().length)) continue;
    const level = value ?? Number(m[1]);
    priority = level >= 1 && level <= 3 ? (level as Priority) : null; // p4: none
    break;
  }

  let repeat: string | null = null;
  const lower = masked().toLowerCase();
  search: for (let i = 0; i < lower.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(lower[i - 1]!)) continue;
    for (const [re, rule] of REPEATS) {
      re.lastIndex = i;
      const m = re.exec(lower);
      if (!m) continue;
      const candidate = rule(m);
      try {
        checkRule(candidate, localDate(options.now));
      } catch {
        continue;
      }
      if (add('repeat', i, i + m[0].length)) {
        repeat = candidate;
        break search;
      }
    }
  }

  let dueDate: string | null = null;
  let dueTime: string | null = null;
  if (options.dates !== false) {
    const when = findDate(masked(), options);
    if (when && add('date', when.start, when.end)) {
      // A repeat's time without a day ("every weekday at 9"): the repeat picks the day.
      dueDate = repeat && !when.hasDay ? null : when.date;
      dueTime = when.time;
    }
  }

  // Lead-in words go with their part ("due Friday", "by 5pm").
  for (const p of parts) {
    if (p.kind !== 'date' && p.kind !== 'repeat') continue;
    const lead = LEAD_IN.exec(masked().slice(0, p.start));
    if (lead && free({ start: lead.index, end: lead.index + lead[0].length })) {
      p.start = lead.index;
      p.text = text.slice(p.start, p.end);
    }
  }
  parts.sort((a, b) => a.start - b.start);

  let title = '';
  let at = 0;
  for (const p of parts) {
    title += `${text.slice(at, p.start)} `;
    at = p.end;
  }
  title += text.slice(at);
  title = title
    .replace(
      /"([^"]*)"|“([^”]*)”/g,
      (_, a: string | undefined, b: string | undefined) => a ?? b ?? '',
    )
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
  if (!title) {
    // Nothing left to call it: the whole text is the title, as typed.
    return { ...empty(text.trim()), parts: [] };
  }
  return {
    title,
    dueDate: dueDate ?? null,
    dueTime: dueDate || repeat ? dueTime : null,
    priority,
    repeat,
    labels: [...new Set(labels)].sort(),
    parts,
  };
}

const empty = (title: string): QuickAdd => ({
  title,
  dueDate: null,
  dueTime: null,
  priority: null,
  repeat: null,
  labels: [],
  parts: [],
});

const BARE_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
const BARE_DURATION = /^\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)$/i;

/** The first date or time in the text that is really one ("chapter 3", "March on" aren't). */
function findDate(
  text: string,
  options: QuickAddOptions,
): { start: number; end: number; date: string; time: string | null; hasDay: boolean } | undefined {
  const parser = options.dayFirst ? chrono.en.GB : chrono.en;
  const results = parser.parse(text, options.now, { forwardDate: true });
  for (const r of results) {
    const said = r.text.trim();
    const c = r.start;
    const hasDay = c.isCertain('day') || c.isCertain('weekday');
    const hasTime = c.isCertain('hour');
    if (!hasDay && !hasTime) continue; // "March", "the weekend" alone
    if (BARE_WEEKDAY.test(said) && !/[A-Z]/.test(said[0]!)) continue; // "sun screen", "wed"
    if (BARE_DURATION.test(said)) continue; // "24 hours" without "in"
    if (/^\d{1,2}$/.test(said)) continue;
    let date = c.date();
    if (!hasDay) {
      // A time alone: today at that time, or tomorrow once it has passed. "at 3" with no am/pm
      // is the afternoon; "at 9" is the morning.
      let hour = c.get('hour')!;
      if (!c.isCertain('meridiem') && hour >= 1 && hour <= 6) hour += 12;
      const n = options.now;
      date = new Date(n.getFullYear(), n.getMonth(), n.getDate(), hour, c.get('minute') ?? 0);
      if (date.getTime() < n.getTime()) date.setDate(date.getDate() + 1);
    } else if (hasTime && !c.isCertain('meridiem') && c.get('hour')! >= 1 && c.get('hour')! <= 6) {
      date = new Date(date.getTime() + 12 * 3_600_000);
    }
    const time = hasTime ? localTime(date) : null;
    const end = r.index + r.text.length;
    return { start: r.index, end, date: localDate(date), time, hasDay };
  }
  return findOrdinalDay(text, options.now);
}

/** "on the 1st", "the 15th": the next such day of a month. */
function findOrdinalDay(text: string, now: Date) {
  const m =
    /\b(?:on\s+)?the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:the\s+)?month)/i.exec(
      text,
    );
  if (!m) return undefined;
  const day = Number(m[1]);
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  for (let i = 0; i < 62; i++) {
    if (d.getDate() === day) {
      const end = m.index + m[0].length;
      return { start: m.index, end, date: localDate(d), time: null, hasDay: true };
    }
    d.setDate(d.getDate() + 1);
  }
  return undefined;
}
