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

/** Hours said as words, one to twelve ("at nine forty-five"). */
const SPOKEN_HOURS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
/** The words of minutes past the hour ("thirty", "forty five", "oh five"). */
const SPOKEN_MINUTES: Record<string, number> = {
  oh: 0,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

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
  /** Words that are all details ("tomorrow at 5 p1") give an empty title instead of being it. */
  detailsOnly?: boolean;
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
// ("every monday wednesday and friday", "every mon wed fri": listed days need no comma)
const WEEKDAY_LIST = String.raw`${WEEKDAY}(?:\s*(?:,|and|&|\+)\s*${WEEKDAY}|\s+${WEEKDAY}\b)*`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)`;
const DAY_NUMBER = String.raw`(?:[12]?\d|3[01])(?:st|nd|rd|th)`;
const UNIT = String.raw`(?:day|week|month|year)s?`;

const byDay = (list: string) =>
  [
    ...new Set(
      list
        .split(/\s*(?:,|and|&|\+)\s*|\s+/)
        .map((w) => WEEKDAYS.find(([re]) => re.test(w.toLowerCase()))?.[1])
        .filter(Boolean),
    ),
  ].join(',');
/** "monday to thursday": every day from the one to the other, in week order. */
const dayRange = (from: string, to: string) => {
  const order = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const a = order.indexOf(byDay(from));
  const b = order.indexOf(byDay(to));
  if (a < 0 || b < 0) return '';
  const days: string[] = [];
  for (let i = a; ; i = (i + 1) % 7) {
    days.push(order[i]!);
    if (i === b) break;
  }
  return order.filter((d) => days.includes(d)).join(',');
};
/** The nth weekday of a month as the rrule library writes it: "+1" (first), "-1" (last). */
const ordinalNumber = (o: string) =>
  o === 'last'
    ? '-1'
    : `+${['first', 'second', 'third', 'fourth', 'fifth'].indexOf(o) + 1 || parseInt(o, 10)}`;
const unitFreq = (u: string) =>
  ({ day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' })[u.replace(/s$/, '')]!;

/** Words like "weekly" count as a repeat only where they close the text or a part of it ("back up
 * weekly", "weekly at 9"), not as an adjective ("write the weekly report"). */
/** A number that names a thing ("episode 12", "chapter 5", "flat 3"), not an hour. */
const NAMED_NUMBER =
  /(\b(?:episode|ep|chapter|ch|page|pg|room|flat|unit|part|season|level|lesson|bay|bed|ward|gate|platform|table|bus|route|number|no\.|step|grade|class|aisle|row|seat|section|volume|vol|issue|question|exercise|psalm|verse|track|series|block|floor|door|apt|apartment|plot|pitch|court|hole|rack|shelf|bin|box|locker|lane|stall|cabin|pen|hut|dock|berth|pier|kennel|stand|line|desk|office|suite|lot|zone|area|tray|slot|port|server|node|cage|barn|field|stable|tank|van|truck|lorry|car|cab|camera|cam|screen|studio|hall|stage)\s+)(\d{1,2})\b(?!\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|:|\.\d))/gi;
const AT_END = String.raw`(?=\s*(?:$|[,;.!]|at\s|on\s|from\s|starting\s|except\s|but\s+not\s|apart\s+from\s|excluding\s|p[1-4]\b|#|(?:high|low|medium)\s+prio|for\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|years?|times)\b))`;
const DAY_PART = String.raw`(?:\s+(?:in\s+the\s+)?(?:mornings?|afternoons?|evenings?|nights?))?`;

/** A count said in words ("a", "seven", "twelve", "twenty"), or 0. */
const countOf = (word: string): number => {
  const w = word.toLowerCase();
  if (/^an?$/.test(w)) return 1;
  const tens: Record<string, number> = { fourteen: 14, twenty: 20, thirty: 30 };
  if (w in tens) return tens[w]!;
  const at = HOUR_WORDS.indexOf(w);
  return at === 0 ? 12 : Math.max(at, 0);
};

/** "for 6 weeks", "for another 10 days", "for 4 times": how long a repeat goes on. */
const SPAN =
  /\bfor\s+(?:the\s+next\s+|another\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)\s+(days?|weeks?|months?|years?|times|occurrences|sessions|doses|payments|instalments|installments|lessons|classes)\b/i;

const COUNTED = String.raw`(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)`;
/** "every day, 5 times", "every Tuesday at 8am, 6 sessions", "weekly 8x only": so many in all. */
const SPAN_BARE = new RegExp(
  // (labels or a priority may come after it: "…, 10 times #orchard")
  String.raw`(?:,\s*|\s+)(?:(?:only|just)\s+)?${COUNTED}\s*(x|times|occurrences|sessions|doses|payments|instalments|installments|lessons|classes)(?:\s+(?:only|in all|in total|total|max))?(?=\s*$|(?:\s+(?:#\S+|p[1-4]|!{1,3}))+\s*$)`,
  'i',
);
/** "every day, it's a 7 day course": so many days (or weeks) of it. */
const COURSE = new RegExp(
  String.raw`(?:,\s*|\s+)(?:(?:it's|it is|its)\s+)?(?:an?\s+|the\s+)?${COUNTED}[-\s](days?|weeks?|months?)\s+(?:course|plan|programme|program|block)\s*$`,
  'i',
);

/**
 * How many times a repeat comes round in so long ("for 6 weeks" every Monday and Thursday: 12),
 * or 0 when the span doesn't fit the rule ("for 3 days" for a monthly one).
 */
export function countFor(repeat: string, count: string, unitSaid: string): number {
  const n = /^\d/.test(count) ? Number(count) : countOf(count);
  const unit = unitSaid.toLowerCase().replace(/s$/, '');
  const freq = /^FREQ=(\w+)/.exec(repeat)?.[1];
  const perWeek = /BYDAY=([A-Z,]+)/.exec(repeat)?.[1]!.split(',').length ?? 1;
  const total = !n
    ? 0
    : /^(?:time|occurrence|session|dose|payment|instalment|installment|lesson|classe?|of them|x)$/.test(
          unit,
        )
      ? n
      : freq === 'DAILY' && unit === 'day'
        ? n
        : freq === 'DAILY' && unit === 'week'
          ? n * 7
          : freq === 'WEEKLY' && unit === 'week' && !/INTERVAL=/.test(repeat)
            ? n * perWeek
            : freq === 'MONTHLY' && unit === 'month' && !/INTERVAL=/.test(repeat)
              ? n
              : freq === 'YEARLY' && unit === 'year'
                ? n
                : 0;
  return total <= 1000 ? total : 0;
}

/** "only for 6 weeks", "just 10 times" said of a repeat already set: that many in all, or 0. */
export function countSaid(repeat: string, said: string): number {
  const m = new RegExp(
    String.raw`^(?:(?:only|just)\s+)?(?:${SPAN.source.replace(/^\\b/, '')}|(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty)\s*(times|occurrences|sessions|payments|instalments|installments|lessons|classes|doses|of them|x))(?:\s+(?:only|in all|in total|total|then stop|and (?:then )?stop|though|tho|max|maximum|please))*$`,
    'i',
  ).exec(said.trim());
  return m ? countFor(repeat, (m[1] ?? m[3])!, (m[2] ?? m[4])!) : 0;
}

/** The hour a part of the day means when no hour is said. */
export const PART_HOURS: Record<string, string> = {
  morning: '09:00',
  afternoon: '14:00',
  evening: '18:00',
  night: '20:00',
  tonight: '20:00',
};

/** Repeat phrases, longest forms first; each gives the RRULE for its match. */
const REPEATS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    // "every monday to thursday", "each mon-fri": the days from one to the other
    new RegExp(
      String.raw`\b(?:every|each)\s+(${WEEKDAY})\s*(?:to|-|–|through|thru|till|until)\s*(${WEEKDAY})${DAY_PART}\b`,
      'y',
    ),
    (m) => `FREQ=WEEKLY;BYDAY=${dayRange(m[1]!, m[2]!)}`,
  ],
  [
    new RegExp(
      // ("every second Tuesday of the month" is one a month: below)
      String.raw`\b(?:every|each)\s+(other|second|\d{1,3})\s+(${WEEKDAY_LIST})${DAY_PART}\b(?!\s+(?:of\s+)?(?:the|each|every)\s+month)`,
      'y',
    ),
    (m) =>
      `FREQ=WEEKLY;INTERVAL=${/\d/.test(m[1]!) ? Number(m[1]) : 2};BYDAY=${byDay(m[2]!)}`.replace(
        ';INTERVAL=1;',
        ';',
      ),
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(other|second|third|fourth|fifth|sixth|[2-9](?:nd|rd|th)|\d{1,3}|two|three|four|five|six)\s+(${UNIT})(?:\s+on\s+(${WEEKDAY_LIST}))?\b`,
      'y',
    ),
    (m) =>
      `FREQ=${unitFreq(m[2]!)};INTERVAL=${/\d/.test(m[1]!) ? parseInt(m[1]!, 10) : (({ two: 2, three: 3, four: 4, five: 5, six: 6, third: 3, fourth: 4, fifth: 5, sixth: 6 } as Record<string, number>)[m[1]!] ?? 2)}${m[3] ? `;BYDAY=${byDay(m[3])}` : ''}`.replace(
        // (every 1 day is daily; every 10 days keeps its 10)
        /;INTERVAL=1(?!\d)/,
        '',
      ),
  ],
  [
    new RegExp(String.raw`\b(?:once|one time)\s+(?:a|per|every)\s+(day|week|month|year)\b`, 'y'),
    (m) => `FREQ=${unitFreq(m[1]!)}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(${ORDINAL})\s+(${WEEKDAY})(?:\s+(?:of\s+)?(?:the|each|every)\s+month)?\b`,
      'y',
    ),
    (m) => `FREQ=MONTHLY;BYDAY=${ordinalNumber(m[1]!)}${byDay(m[2]!)}`,
  ],
  [
    // "on the last Friday of every month", "the first Monday of each month"
    new RegExp(
      String.raw`\b(?:on\s+)?(?:the\s+)?(${ORDINAL})\s+(${WEEKDAY})\s+of\s+(?:every|each)\s+month\b|\b(?:every|each)\s+month\s+on\s+the\s+(${ORDINAL})\s+(${WEEKDAY})\b`,
      'y',
    ),
    (m) => `FREQ=MONTHLY;BYDAY=${ordinalNumber((m[1] ?? m[3])!)}${byDay((m[2] ?? m[4])!)}`,
  ],
  [
    // "at the end of every month"
    new RegExp(String.raw`\b(?:(?:at|by|on)\s+)?the\s+end\s+of\s+(?:every|each)\s+month\b`, 'y'),
    () => 'FREQ=MONTHLY;BYMONTHDAY=-1',
  ],
  [
    // "on the last working day of each month": the last weekday of the month
    new RegExp(
      String.raw`\b(?:on\s+)?the\s+last\s+(?:working|work|business|week)\s*day\s+of\s+(?:every|each|the)\s+month\b`,
      'y',
    ),
    () => 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
  ],
  [
    // "pay rent 1st monthly", "the 15th every month": that day of each month
    new RegExp(
      String.raw`\b(?:on\s+)?(?:the\s+)?(${DAY_NUMBER})\s+(?:monthly|every\s+month|each\s+month)\b`,
      'y',
    ),
    (m) => `FREQ=MONTHLY;BYMONTHDAY=${parseInt(m[1]!, 10)}`,
  ],
  [
    // "twice a week on Mon and Thu", "3 times a week: mon, wed, fri": those days each week
    new RegExp(
      String.raw`\b(?:twice|two\s+times|three\s+times|four\s+times|\d\s+times|\dx)\s+(?:a|per|every|each)\s+week\s*(?:on\s+|[:,-]\s*)?(${WEEKDAY_LIST})\b`,
      'y',
    ),
    (m) => `FREQ=WEEKLY;BYDAY=${byDay(m[1]!)}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:month\s+on\s+)?(?:the\s+)?last\s+day(?:\s+of\s+(?:the|each|every)\s+month)?\b|\b(?:on\s+)?the\s+last\s+day\s+of\s+(?:every|each)\s+month\b`,
      'y',
    ),
    () => 'FREQ=MONTHLY;BYMONTHDAY=-1',
  ],
  [
    // "every 15th and 30th of the month", "on the 1st and 15th of every month": those days
    new RegExp(
      String.raw`\b(?:(?:every|each)\s+(?:month\s+on\s+)?(?:the\s+)?(${DAY_NUMBER}(?:\s*(?:,|and|&)\s*(?:the\s+)?${DAY_NUMBER})+)(?:\s+(?:of\s+)?(?:the|each|every)\s+month)?|(?:on\s+)?(?:the\s+)?(${DAY_NUMBER}(?:\s*(?:,|and|&)\s*(?:the\s+)?${DAY_NUMBER})+)\s+of\s+(?:every|each)\s+month)\b`,
      'y',
    ),
    (m) =>
      `FREQ=MONTHLY;BYMONTHDAY=${[...(m[1] ?? m[2])!.matchAll(/\d+/g)]
        .map((d) => Number(d[0]))
        .sort((a, b) => a - b)
        .join(',')}`,
  ],
  [
    // "on the 25th of every month", "the 1st of each month"
    new RegExp(
      String.raw`\b(?:on\s+)?(?:the\s+)?(${DAY_NUMBER})\s+of\s+(?:every|each)\s+month\b`,
      'y',
    ),
    (m) => `FREQ=MONTHLY;BYMONTHDAY=${parseInt(m[1]!, 10)}`,
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
      String.raw`\b(?:(?:every|each)\s+(?:month|monthly)|monthly)\s+on\s+the\s+(${DAY_NUMBER})\b`,
      'y',
    ),
    (m) => `FREQ=MONTHLY;BYMONTHDAY=${parseInt(m[1]!, 10)}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each|yearly|annually)\s+(?:year\s+)?(?:on\s+)?(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b`,
      'y',
    ),
    (m) =>
      `FREQ=YEARLY;BYMONTH=${MONTHS.indexOf(m[1]!.slice(0, 3)) + 1};BYMONTHDAY=${Number(m[2])}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each|yearly|annually)\s+(?:year\s+)?(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\b`,
      'y',
    ),
    (m) =>
      `FREQ=YEARLY;BYMONTH=${MONTHS.indexOf(m[2]!.slice(0, 3)) + 1};BYMONTHDAY=${Number(m[1])}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each|on)\s+(?:week\s*days?|work\s*days?|working\s+days?)${DAY_PART}\b|\bweekdays(?:\s+only)?\b`,
      'y',
    ),
    () => 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  ],
  [
    new RegExp(String.raw`\b(?:every|each|on)\s+weekends?${DAY_PART}\b|\bweekends\b`, 'y'),
    () => 'FREQ=WEEKLY;BYDAY=SA,SU',
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:every|each)\s+week\s+on|(?:weekly|every)\s+on|every|each)\s+(${WEEKDAY_LIST})${DAY_PART}\b`,
      'y',
    ),
    (m) => `FREQ=WEEKLY;BYDAY=${byDay(m[1]!)}`,
  ],
  [
    // "on Mondays", "mondays and thursdays": a day said in the plural
    new RegExp(
      String.raw`\b(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)days(?:(?:\s*(?:,|and|&)\s*|\s+)(?:mon|tues|wednes|thurs|fri|satur|sun)days)*)\b`,
      'y',
    ),
    (m) => `FREQ=WEEKLY;BYDAY=${byDay(m[1]!)}`,
  ],
  [
    // "gym mon wed fri 7am", "swim tue/thu": days listed without "and" come back each week
    new RegExp(
      String.raw`\b(?:on\s+)?(${WEEKDAY}(?:(?:\s*[,/+]\s*|\s+)${WEEKDAY})+)\b(?!\s*(?:and|or|&)\s)`,
      'y',
    ),
    (m) => `FREQ=WEEKLY;BYDAY=${byDay(m[1]!.replace(/\//g, ','))}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:day|morning|evening|night|afternoon)\b|\b(?:daily|nightly)${AT_END}|\bevery\s*day\b`,
      'y',
    ),
    () => 'FREQ=DAILY',
  ],
  [
    // "fortnightly on Fridays", "every fortnight on Tuesday"
    new RegExp(
      String.raw`\b(?:(?:every|each)\s+fortnight|fortnightly|bi-?weekly)\s+on\s+(${WEEKDAY_LIST})${DAY_PART}\b`,
      'y',
    ),
    (m) => `FREQ=WEEKLY;INTERVAL=2;BYDAY=${byDay(m[1]!)}`,
  ],
  [
    new RegExp(
      String.raw`\b(?:every|each)\s+fortnight\b|\b(?:fortnightly|bi-?weekly)${AT_END}`,
      'y',
    ),
    () => 'FREQ=WEEKLY;INTERVAL=2',
  ],
  [
    new RegExp(String.raw`\b(?:every|each)\s+quarter\b|\bquarterly${AT_END}`, 'y'),
    () => 'FREQ=MONTHLY;INTERVAL=3',
  ],
  [new RegExp(String.raw`\b(?:every|each)\s+week\b|\bweekly${AT_END}`, 'y'), () => 'FREQ=WEEKLY'],
  [
    new RegExp(String.raw`\b(?:every|each)\s+month\b|\bmonthly${AT_END}`, 'y'),
    () => 'FREQ=MONTHLY',
  ],
  [
    new RegExp(String.raw`\b(?:every|each)\s+year\b|\b(?:yearly|annually)${AT_END}`, 'y'),
    () => 'FREQ=YEARLY',
  ],
];

/**
 * Ways of saying dates chrono doesn't read, in words it does: "tmrw", "wednesdy", "at 3 30",
 * "half past five", "quarter to nine", "in a fortnight", "Christmas Eve". Same length is not kept:
 * the parts found in the rewritten text are mapped back by words (see `spanOf`).
 */
const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  // "every 4 weeks on a Sunday": on Sunday (the day the repeat falls on)
  [
    /\b((?:every|each)\b[^,.;]{0,30}?\s+on)\s+an?\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    (_: string, every: string, day: string) => `${every} ${day}`,
  ],
  // "at 4h", "at 7h15" (French and Portuguese notation): the 24-hour clock, so 04:00, not 16:00
  [
    /\b(at|@)\s*(\d{1,2})h(\d{2})?\b/gi,
    (_: string, at: string, h: string, m?: string) => `${at} ${h.padStart(2, '0')}:${m ?? '00'}`,
  ],
  // "Tuesday, first thing, 8am", "8am first thing": the hour says when; "first thing" adds nothing
  [
    /\s*,?\s*\bfirst\s+thing(?:\s+in\s+the\s+morning)?\s*,?\s*(?=(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|a\.m\.)?\b)/gi,
    ' at ',
  ],
  [
    /(\d(?:\s*(?:am|a\.m\.)|[:.]\d{2}))\s*,?\s+first\s+thing(?:\s+in\s+the\s+morning)?\b/gi,
    (_: string, at: string) => at,
  ],
  // "clean gutters - sat - #house - low": details set apart by dashes, each alone: a day's
  // short name is that day, and a level alone is the priority
  [
    /(?<=\s[-–—]\s+)(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?=\s+[-–—]\s|\s*$)/gi,
    (d: string) =>
      ({
        mon: 'monday',
        tue: 'tuesday',
        wed: 'wednesday',
        thu: 'thursday',
        fri: 'friday',
        sat: 'saturday',
        sun: 'sunday',
      })[d.slice(0, 3).toLowerCase()]!,
  ],
  [/(?<=\s[-–—]\s+)(low|medium|high)(?=\s+[-–—]\s|\s*$)/gi, (_, p: string) => `${p} priority`],
  // "repeating monthly on the 1st", "recurring every Friday": the repeat, with the word that
  // says it is one
  [
    /\b(?:repeating|recurring)\s+(every|each|daily|weekly|monthly|yearly|annually|fortnightly|quarterly|weekdays)\b/gi,
    (_, rule: string) => rule,
  ],
  // "two days after tomorrow", "3 days after tomorrow": so many days from today, and one more
  [
    /\b(\d{1,2}|one|two|three|four|five|six|seven)\s+days?\s+after\s+tomorrow\b/gi,
    (_, n: string) =>
      `in ${(Number(n) || ['one', 'two', 'three', 'four', 'five', 'six', 'seven'].indexOf(n.toLowerCase()) + 1) + 1} days`,
  ],
  // "every 2 nights", "every other night", "every six months" said as "every half year": days
  [
    /\b((?:every|each)\s+(?:\d{1,2}|other|two|three|four|five|six|seven)\s+)nights\b/gi,
    (_, e: string) => `${e}days`,
  ],
  [/\b((?:every|each)\s+other\s+)night\b/gi, (_, e: string) => `${e}day`],
  [
    /\b(every|each)\s+half\s+(?:a\s+)?year\b|\bhalf-?yearly\b|\bsemi-?annually\b|\bbi-?annually\b/gi,
    'every 6 months',
  ],
  // "each month on 10", "every month on 15": on that day of the month
  [
    /\b((?:every|each)\s+month\s+on\s+)(?:the\s+)?([12]?\d|3[01])(?!\d|[:.]\d|\s*(?:st|nd|rd|th|am|pm|a\.m|p\.m|o'?clock)\b|\s+(?:days?|weeks?|months?|hours?|minutes?)\b)/gi,
    (_, on: string, d: string) => `${on}the ${ordinalSuffix(Number(d))}`,
  ],
  // "on the 3. of November", "3. November" (a day with a dot, the German way): that day
  [
    /\b(\d{1,2})\.(?=\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    (_, d: string) => d,
  ],
  // "tmrw 6p": 6pm
  [
    /\b(\d{1,2}(?::\d{2})?)\s*p\b(?!\.\s*m\b)(?=\s*$|\s*[,.!]|\s+(?:on|at|tomorrow|today|tonight|tmrw|p[1-4]\b|#))/gi,
    (_, t: string) => `${t}pm`,
  ],
  // "tmrw 9a p2": 9am
  [
    /\b(\d{1,2}(?::\d{2})?)a\b(?!\.\s*m\b)(?=\s*$|\s*[,.!]|\s+(?:on|at|tomorrow|today|tonight|tmrw|p[1-4]\b|#))/gi,
    (_, t: string) => `${t}am`,
  ],
  // "for the 12th, eh, around 7", "on the 17th, about 4:40am": one when, with a pause in it
  [
    /\s*,\s*(?:eh|like|um|uh|er)\s*,\s*(?:at\s+)?(?:about|around|roughly)?\s*(?=\d{1,2}(?::\d{2})?(?:\s*(?:am|pm)|\s+(?:in the|tonight|o'?clock)))/gi,
    () => ' at ',
  ],
  [
    /(?<!\b(?:morning|afternoon|evening|night|tonight))\s*,\s+(?:at\s+)?(?:about|around|roughly)?\s*(?=\d{1,2}(?::\d{2}\s*(?:am|pm)?|\s*(?:am|pm))\b)/gi,
    () => ' at ',
  ],
  // "payroll - fri - p1", "draft newsletter // thu // p1": parts set apart as by commas
  [/(?<=[\p{L}\p{N}.)])\s+(?:-{1,2}|–|—|\/\/|\|)\s+(?=[\p{L}#])/gu, () => ', '],
  // "at midday": noon
  [/\bmidday\b/gi, () => 'noon'],
  // "by (the) end of the week": by Friday (the working week's end); "end of next week" likewise
  [/\b(?:the\s+)?end\s+of\s+next\s+week\b/gi, () => 'friday next week'],
  [/\b(?:the\s+)?end\s+of\s+(?:the|this)\s+(?:working\s+|work\s+)?week\b/gi, () => 'friday'],
  // "find a new supplier as urgent": that priority
  [
    /\bas\s+(?=(?:urgent|high priority|low priority|top priority|medium priority|a priority|important|p[1-3])\b)/gi,
    () => '',
  ],
  // "call the accountant wednesday after lunch": in the afternoon
  [/\bafter\s+lunch\b/gi, () => 'in the afternoon'],
  // "renovate the visa, day 20": the 20th
  [
    /(?<=,\s*|^)day\s+(\d{1,2})(?=\s*(?:$|,))/gi,
    (_, d: string) =>
      Number(d) >= 1 && Number(d) <= 31 ? `on the ${ordinalSuffix(Number(d))}` : _,
  ],
  // "pay rent the 1st of the month", "the 15 of the month": the next 1st ("every month" said
  // beside it: each 1st)
  [
    /(?<!\b(?:every|each|and|or)\s+(?:the\s+)?|[,&]\s*(?:the\s+)?|\d(?:st|nd|rd|th)\s+)\b(?:on\s+)?(?:the\s+)?((?:[12]?\d|3[01])(?:st|nd|rd|th)|(?<=\bthe\s+)(?:[12]?\d|3[01]))\s+of\s+the\s+month\b/gi,
    (_, d: string) => `on the ${/^\d+$/.test(d) ? ordinalSuffix(Number(d)) : d}`,
  ],
  // "at 9 in evening", "tomorrow in morning" (said without "the"): in the evening
  [
    /\bin\s+(morning|afternoon|evening|night)\b(?=\s*(?:$|[,.!;]|(?:at|on|by|tomorrow|today|every|each|next|this|p[1-4])\b|#|\d))/gi,
    (_, p: string) => `in the ${p}`,
  ],
  // "friday arvo" (Australian): the afternoon
  [/\barvo\b/gi, () => 'afternoon'],
  // "pay the condo in day 10", "deadline is day 10 of the month": the 10th (of every month, when
  // said so); not "day 10 of the course"
  [
    /\b(?:(?:on|in|by)\s+(?:the\s+)?day\s+(\d{1,2})\b(?!\s+of\s+(?!(?:the|this|each|every|next)\s+month\b))|\bday\s+(\d{1,2})(?=\s+of\s+(?:the|this|each|every|next)\s+month\b))(?:\s*of\s+(the|this|each|every|next)\s+month\b)?/gi,
    (_, a?: string, b?: string, which?: string) => {
      const n = Number(a ?? b);
      if (n < 1 || n > 31) return _;
      const nth = ordinalSuffix(n);
      return /each|every/i.test(which ?? '') ? `on the ${nth} of every month` : `on the ${nth}`;
    },
  ],
  // "at 9 hour", "at 15 hours" (second-language): that o'clock
  [
    // (not "by 2 hours", "for 3 hours": how long)
    /\b(at)\s+(\d{1,2})\s+hour\b/gi,
    (all, at: string, h: string) => (Number(h) <= 23 ? `${at} ${h}:00` : all),
  ],
  // "at 9 thirty", "at nine forty-five", "by ten fifteen": the minutes said as words
  [
    /\b(at|by|for|around|about|from|till|until)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(oh[- ]five|ten|fifteen|twenty(?:[- ]five)?|thirty(?:[- ]five)?|forty(?:[- ]five)?|fifty(?:[- ]five)?)\b/gi,
    (all, at: string, h: string, m: string) => {
      const hour = /^\d+$/.test(h) ? Number(h) : SPOKEN_HOURS.indexOf(h.toLowerCase()) + 1;
      const words = m.toLowerCase().split(/[- ]/);
      const minutes = words.reduce((n, w) => n + (SPOKEN_MINUTES[w] ?? 0), 0);
      return hour >= 1 && hour <= 23 && minutes > 0
        ? `${at} ${hour}:${String(minutes).padStart(2, '0')}`
        : all;
    },
  ],
  // "it's 10.20 now", "at 9.45": a time with a dot (not "£10.20", "2.50 kg")
  [
    /(?<=\b(?:at|it's|its|is|to|by|from|till|until|say|around|about|now|for)\s+)(\d{1,2})\.([0-5]\d)\b(?![.,]\d|\s*(?:%|kg|g|km|m|mi|miles|l|litres?|liters?|ml|cm|mm|lbs?|oz|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|percent|euros?|dollars?|pounds?|quid|bucks)\b)/gi,
    (_, h: string, m: string) => `${h}:${m}`,
  ],
  // "7ish", "10:30ish": about then
  [
    /(?<!\b(?:size|number|no|aged?|year|level|grade|gear|page|room|flat|unit|table|pen|gate|platform|bay|row|seat)\s+)\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*-?ish\b/gi,
    (_, h: string, m?: string) => `at ${h}${m ? `:${m}` : ''}`,
  ],
  // "the afternoon, about 2", "in the evening at 7": that hour in that part of the day
  [
    /\b(?:in\s+)?the\s+(morning|afternoon|evening|night)\s*,?\s+(?:at\s+|about\s+|around\s+|say\s+)*(\d{1,2}(?::\d{2})?)\b(?!\s*(?:am|pm|[:.]\d|days?|weeks?|hours?|hrs?|mins?|minutes?|people|items?)\b)/gi,
    (_, part: string, t: string) =>
      `at ${t}${/morning/i.test(part) || (/night/i.test(part) && Number(t.split(':')[0]) < 5) ? 'am' : 'pm'}`,
  ],
  // "midnight tonight", "tonight at midnight": the midnight that ends today
  [/\b(?:at\s+)?midnight\s+tonight\b|\btonight\s+at\s+midnight\b/gi, () => 'at midnight'],
  // "a quarter till 10" (American): to
  [
    /\b(quarter|half|five|ten|twenty|twenty-five)\s+(?:till|til|until)\s+(?=\w)/gi,
    (_, q: string) => `${q} to `,
  ],
  // "in a year's time": in a year
  [/\bin\s+a\s+(day|week|month|year)['’]s\s+time\b/gi, (_, u: string) => `in a ${u}`],
  // "before school", "after school", "after the weekend"
  // (only said right after the day: "feed the cat before school tomorrow" keeps it in the title)
  [
    /(?<=\b(?:today|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)before\s+(?:school|work)\b/gi,
    () => 'in the morning',
  ],
  [
    /(?<=\b(?:today|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)after\s+(?:school|church|mass|jummah|jumu'?ah|prayers|the service)\b/gi,
    () => 'in the afternoon',
  ],
  [/\b(?:to\s+|till\s+|until\s+)?after\s+the\s+weekend\b/gi, () => 'next monday'],
  // "2morrow first light": in the morning
  [/\b(?:at\s+|by\s+)?first\s+light\b/gi, () => 'in the morning'],
  // "at tea time": the evening
  [/\b(?:at|by|around|for)\s+tea\s?time\b/gi, () => 'in the evening'],
  // "at dusk", "at sunrise": the evening, the morning
  [/\b(?:at|by)\s+(?:dusk|sunset|nightfall)\b/gi, () => 'in the evening'],
  [/\b(?:at|by)\s+(?:dawn|sunrise|first light|daybreak)\b/gi, () => 'in the morning'],
  // "in the evening tomorrow", "at dusk on Friday": that day's evening
  [
    /\bin\s+the\s+(morning|afternoon|evening)\s+(?:on\s+)?(today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    (_, part: string, day: string) => `${day} ${part}`,
  ],
  // "at ten hundred hours", "at 1400 hours": the 24-hour clock, said the services' way
  [
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+hundred\s+hours\b/gi,
    (_, h: string) => `${hourOf(h).padStart(2, '0')}:00`,
  ],
  // "on the 28." (a day of the month, said without its "th")
  [
    // (not "on the 2-meter antenna": a measure)
    /\bon\s+the\s+([12]?\d|3[01])\b(?![:.]\d|-\p{L}|\s*(?:st|nd|rd|th|am|pm|%|o'?clock|minutes?|mins?|hours?|days?|weeks?|of\s+(?:them|those|us)))/giu,
    (_, d: string) => `on the ${ordinalSuffix(Number(d))}`,
  ],
  // "call the plumber (this) coming Monday": the next Monday
  [
    /\b(?:this\s+)?coming\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    (_, day: string) => day,
  ],
  // "for a fortnight's time", "in three weeks' time": in that long
  [/\b(?:for|in)\s+a\s+fortnight['’]s\s+time\b/gi, () => 'in 2 weeks'],
  [
    /\b(\d+|two|three|four|five|six)\s+(days|weeks|months)['’]\s+time\b/gi,
    (_, n: string, u: string) => `${n} ${u}`,
  ],
  // "Thursday arvo, say 3": at 3
  [/,?\s+say\s+(?=\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?\b)/gi, () => ' at '],
  // "14 o'clock", "at 18 o'clock": the 24-hour clock, said in words
  [/\b(1[3-9]|2[0-3])\s+o['’]?clock\b/gi, (_, h: string) => `${h}:00`],
  // "3 weeks later from today", "10 days from today": in that long
  [
    /\b(\d+|a|one|two|three|four|five|six)\s+(days?|weeks?|months?)\s+(?:later\s+)?from\s+(?:today|now)\b/gi,
    (_, n: string, u: string) => `in ${n} ${u}`,
  ],
  // "the day 5": the 5th
  [
    /\bthe\s+day\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th|of\s+(?:every|each)))/gi,
    (_, d: string) => `the ${ordinalSuffix(Number(d))}`,
  ],
  // "the Saturday after next": that day of the week after next
  [
    /\bthe\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+after\s+next\b/gi,
    (_, d: string) => `next ${d}`,
  ],
  // "with a due date of the 19th", "with a deadline of Friday": due then
  [/\bwith\s+(?:a\s+)?(?:due\s+date|deadline)\s+(?:of|on)\s+/gi, () => 'due '],
  // "by 12 noon", "at 12 midnight": noon, midnight
  [/\b12\s+(noon|midnight)\b/gi, (_, w: string) => w],
  // "the next Tuesday" (as said in Spanish and Italian): next Tuesday
  [
    /\b(?:(?:in|on)\s+)?the\s+next\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    (_, d: string) => `next ${d}`,
  ],
  // "at 10 of the morning": in the morning
  [/\bof\s+the\s+(morning|afternoon|evening|night)\b/gi, (_, p: string) => `in the ${p}`],
  // "dentist tues 9:15am", "weds": the days' short names chrono doesn't read
  [/\btues\b(?=\s*(?:$|\d|at\b|p[1-4]\b|#|morning|afternoon|evening|night))/gi, () => 'tuesday'],
  [/\bweds\b(?=\s*(?:$|\d|at\b|p[1-4]\b|#|morning|afternoon|evening|night))/gi, () => 'wednesday'],
  [
    /\bthur?s?\b(?=\s*(?:$|\d|at\b|p[1-4]\b|#|morning|afternoon|evening|night))/gi,
    () => 'thursday',
  ],
  // "a week tomorrow": a week after tomorrow
  [/\ba\s+week\s+(?:from\s+|on\s+)?tomorrow\b/gi, () => 'in 8 days'],
  // "in three days' time", "in the 5 days": in so many days
  [/\b(days?|weeks?|months?)['’]\s*time\b/gi, (_, u: string) => u],
  [
    /\bin\s+the\s+(\d+|two|three|four|five|six|seven|ten)\s+(days|weeks)\b/gi,
    (_, n: string, u: string) => `in ${n} ${u}`,
  ],
  // "every days": every day
  [/\b(every|each)\s+days\b/gi, (_, e: string) => `${e} day`],
  [
    /\b(?:tmrw|tmr|tmrow|tmoz|tomoz|tomorow|tommorow|tommorrow|tomorro|tomoro|tmoro|tomrw|2mrw|2moz|tomrrow|tomorrw|2moro|2morrow)\b/gi,
    'tomorrow',
  ],
  [/\b(?:tonite|2nite)\b/gi, 'tonight'],
  [/\bnite\b/gi, 'night'],
  // "every mon/wed/fri": days joined by slashes are a list of days
  [
    /\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s*\/\s*(?=(?:mon|tue|wed|thu|fri|sat|sun))/gi,
    (_, d: string) => `${d}, `,
  ],
  [/\b(?:2day|tday|tdy)\b/gi, 'today'],
  // ("COB" in capitals is close of business; "cob" alone may be a horse or a loaf)
  [/\bCOB\b/g, () => 'eod'],
  // "Friday EOD", "by COB": the end of the working day
  // ("eod" with no other day said is today's, even after 5pm: due, not moved to tomorrow)
  [
    /(?<!\b(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|next|today|tonight|\d{1,2}(?:st|nd|rd|th))[a-z]*\b[^]*)\b(?:eod|(?<=\b(?:by|at|before|till|until|for)\s+)cob|end of (?:the )?(?:work(?:ing)? )?day|close of business)\b(?![^]*\b(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|next|today|tonight|\d{1,2}(?:st|nd|rd|th))[a-z]*\b)/gi,
    'today at 17:00',
  ],
  [
    /\b(?:eod|(?<=\b(?:by|at|before|till|until|for)\s+)cob|end of (?:the )?(?:work(?:ing)? )?day|close of (?:business|play))\b/gi,
    'at 17:00',
  ],
  // "this evening by 7": at 7 then
  [
    /\b(today|this evening|tonight|this morning|this afternoon|tomorrow (?:morning|afternoon|evening|night))\s+by\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th|:))/gi,
    (_, when: string, h: string) =>
      `${when} at ${h}${/evening|tonight|night|afternoon/i.test(when) && Number(h) < 12 ? 'pm' : ''}`,
  ],
  // "at 7 this evening": 7pm today
  [
    /\b(?:at\s+(\d{1,2})(?::([0-5]\d))?|(\d{1,2}):([0-5]\d))\s+this\s+(morning|afternoon|evening)\b/gi,
    (whole: string, h1?: string, m1?: string, h2?: string, m2?: string, part = '') => {
      const h = h1 ?? h2!;
      const m = m1 ?? m2;
      return Number(h) > 12
        ? whole
        : `at ${h}${m ? `:${m}` : ''}${/morning/i.test(part) ? 'am' : 'pm'} today`;
    },
  ],
  // "this evening at 7", "this morning 9:30": that hour today, in that part of the day
  [
    /\bthis\s+(morning|afternoon|evening)\s*,?\s+(?:at\s+|about\s+|around\s+)?(\d{1,2})(?::([0-5]\d))?\b(?!\s*(?:am|pm|a\.m|p\.m|:|days?|weeks?|hours?|hrs?|mins?|minutes?|people|items?)\b)/gi,
    (whole: string, part: string, h: string, m?: string) =>
      Number(h) > 12
        ? whole
        : `at ${h}${m ? `:${m}` : ''}${/morning/i.test(part) ? 'am' : 'pm'} today`,
  ],
  // "to 9 tomorrow morning", "at 6 tomorrow evening": that hour that day
  [
    /(?:(?<!\b(?:quarter|half|ten|twenty|five|twenty-five)\s+)\b(at|to|by|for|till|until|from)\s+|^)(\d{1,2})(?::([0-5]\d))?\s+(tomorrow|today)\s+(morning|afternoon|evening|night)\b/gi,
    (whole: string, prep = 'at', h: string, m: string | undefined, day: string, part: string) =>
      Number(h) > 12
        ? whole
        : `${/^at$/i.test(prep) ? '' : `${prep} `}${day} at ${h}${m ? `:${m}` : ''}${/morning/i.test(part) ? 'am' : 'pm'}`,
  ],
  // ("this evening" alone is today; "at 6 this evening" keeps its time from the words around)
  [/\bthis\s+(?:morning|afternoon|evening)\b/gi, 'today'],
  // spoken times: "three thirty p m", "ten a m", "10 o'clock", "at 10 in the morning"
  [/\b(a|p)\s?\.?\s?m\b\.?/gi, (_, x: string) => `${x.toLowerCase()}m`],
  [
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(fifteen|thirty|forty[-\s]?five|o'?clock))?(?=\s*(?:am|pm|o'?clock|in the (?:morning|afternoon|evening)|tonight)\b)/gi,
    (_, h: string, m?: string) =>
      `${hourOf(h)}${!m || /o'?clock/i.test(m) ? '' : `:${/fifteen/i.test(m) ? '15' : /thirty/i.test(m) ? '30' : '45'}`}`,
  ],
  [/\bhalf\s+past\s+(\w+)/gi, (_, h: string) => `${hourOf(h)}:30`],
  // British "half six" is 6:30 ("half an hour", "half the boxes" are not times)
  [
    /\bhalf\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\b(?!\s*(?:hours?|days?|weeks?|of|past|to)\b)/gi,
    (_, h: string) => `${hourOf(h)}:30`,
  ],
  // "at six", "at eleven thirty", "eleven forty-five": an hour said in words
  [
    /\b(?:(at|by|from|until|till|before|after)\s+)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s+(fifteen|thirty|forty[-\s]?five))?(?!\s*(?:of|people|days?|weeks?|months?|hours?|minutes?|mins?|items?|things?|tasks?|times?)\b)/gi,
    (_, at: string, h: string, m?: string) =>
      `${at} ${hourOf(h)}${m ? `:${/fifteen/i.test(m) ? '15' : /thirty/i.test(m) ? '30' : '45'}` : ''}`,
  ],
  [
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(fifteen|thirty|forty[-\s]?five)\b(?!\s*(?:of|people|days?|weeks?|months?|years?|hours?|minutes?|mins?|items?|things?|euros?|dollars?|pounds?)\b)/gi,
    (_, h: string, m: string) =>
      `${hourOf(h)}:${/fifteen/i.test(m) ? '15' : /thirty/i.test(m) ? '30' : '45'}`,
  ],
  // "on day 3", "the day 21" (Spanish "el día 3", German "am Tag 3"): that day of the month
  [
    /\b(on|by|for|until|till|before)\s+(?:the\s+)?day\s+([1-9]|[12]\d|3[01])\b(?!\s*(?:of|and|or|to|-)\b|[.:,]\d)/gi,
    (_, on: string, d: string) =>
      `${on} the ${d}${/1\d$/.test(d) ? 'th' : /1$/.test(d) ? 'st' : /2$/.test(d) ? 'nd' : /3$/.test(d) ? 'rd' : 'th'}`,
  ],
  // "fri am", "thurs pm": that day, in the morning or the afternoon
  [
    /\b((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?)\s+(am|pm)\b(?!\s*\d)/gi,
    (_, day: string, half: string) => `${day} ${/am/i.test(half) ? 'morning' : 'afternoon'}`,
  ],
  // "pay dues eow": by the end of the week
  [/\b(?:by\s+)?eow\b/gi, () => 'by friday'],
  // "for coming Monday", "this coming Friday": the next one
  [/\b(?:this\s+)?coming\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi, () => ''],
  // "for next tomorrow" (Nigerian English): the day after tomorrow
  [/\bnext\s+tomorrow\b/gi, () => 'the day after tomorrow'],
  // "due within a fortnight": in that time
  [
    /\bwithin\s+(?=(?:a|an|one|two|three|four|\d+)\s+(?:days?|weeks?|fortnight|months?)\b)/gi,
    () => 'in ',
  ],
  // "tmrw @3pm", "@ 9": at that time
  [/(^|\s)@\s*(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?\b)/gi, (_, lead: string) => `${lead}at `],
  // "17h", "9h30": hours the European way
  [/\b([01]?\d|2[0-3])h([0-5]\d)?\b/gi, (_, h: string, m?: string) => `${h}:${m ?? '00'}`],
  // "twenty past six", "ten to five" (after "at", "by"… or before "in the morning", "pm")
  [
    /\b(five|ten|twenty|twenty[-\s]five|[1-5]?\d)\s+(?:minutes\s+)?past\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\b/gi,
    (_, m: string, h: string) => `${hourOf(h)}:${String(minutesOf(m)).padStart(2, '0')}`,
  ],
  [
    /\b(at|by|around|from|until|till|before|after)\s+(five|ten|twenty|twenty[-\s]five|[1-5]?\d)\s+(?:minutes\s+)?to\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\b/gi,
    (_, at: string, m: string, h: string) =>
      `${at} ${(Number(hourOf(h)) + 11) % 12 || 12}:${String(60 - minutesOf(m)).padStart(2, '0')}`,
  ],
  // "tmrw 0730", "change it to 0545": four digits with a leading nought, or after a day, are a
  // time ("flat 1208" is not)
  [
    /(?<![#£$€\d.,/-])\b(?:(?<=\b(?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\s+)([01]\d|2[0-3])([0-5]\d)|(0\d)([0-5]\d))\b(?![.,:/-]?\d)(?!\s*(?:hrs|hours|h)\b)(?!\s+\d)/gi,
    (_, h1?: string, m1?: string, h2?: string, m2?: string) => `at ${h1 ?? h2}:${m1 ?? m2}`,
  ],
  // "about 7pm", "at around half six": roughly then is then
  [
    /\b(?:at\s+)?(?:about|around|approx(?:imately)?|roughly)\s+(?=(?:\d{1,2}(?::\d{2}|\s*(?:am|pm|o'?clock))|noon|midday|midnight|half\s+\w+|quarter\s+(?:past|to)\s+\w+)\b)/gi,
    'at ',
  ],
  // "at 0600", "1530 hrs": the 24-hour clock without its colon
  [
    /\b(?:(at|by|from|until|till|before|after)\s+)([01]\d|2[0-3])([0-5]\d)\b(?:\s*(?:hrs|hours|h)\b)?|\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)\b/gi,
    (_, at: string | undefined, h1?: string, m1?: string, h2?: string, m2?: string) =>
      `${at ? `${at} ` : 'at '}${h1 ?? h2}:${m1 ?? m2}`,
  ],
  [/\b(?:a\s+)?quarter\s+past\s+(\w+)/gi, (_, h: string) => `${hourOf(h)}:15`],
  [
    /\b(?:a\s+)?quarter\s+to\s+(\w+)/gi,
    (_, h: string) => `${(Number(hourOf(h)) + 11) % 12 || 12}:45`,
  ],
  [/\b(\d{1,2})\s*o'?clock\b/gi, (_, h: string) => `${h}:00`],
  [/\b(\d{1,2}(?::\d{2})?)\s+(?:in|of)\s+the\s+morning\b/gi, (_, t: string) => `${t}am`],
  [
    /\b(\d{1,2}(?::\d{2})?)\s+(?:in|of)\s+the\s+(?:afternoon|evening)\b/gi,
    (_, t: string) => `${t}pm`,
  ],
  [/\b(?:wednesdy|wensday|wendsday|wednsday|wedensday)\b/gi, 'wednesday'],
  [/\b(?:thurday|thursdy|thrusday)\b/gi, 'thursday'],
  [/\b(?:tuseday|tuesdy|teusday)\b/gi, 'tuesday'],
  [/\b(?:saterday|saturdy)\b/gi, 'saturday'],
  [/\b(?:fridy|firday)\b/gi, 'friday'],
  [/\b(?:mondy|monady)\b/gi, 'monday'],
  [/\b(?:sundy|sunady)\b/gi, 'sunday'],
  [
    /\bat\s+(\d{1,2})\s+(\d{2})\b(?!\s*(?:mins?|minutes|hours?|days?))/gi,
    (_, h: string, m: string) => `at ${h}:${m}`,
  ],
  [/\b(?:in\s+)?a\s+fortnight(?:\s+from\s+(?:now|today))?\b/gi, 'in 2 weeks'],
  // "deadline 18th", "deadline: friday", "due date the 3rd": by that day
  [
    /\b(?:deadline|due date)\s*(?:is\s+|:\s*|on\s+|of\s+)?(?:the\s+)?(?=\d{1,2}(?:st|nd|rd|th)\b)/gi,
    'by the ',
  ],
  [
    /\b(?:deadline|due date)\s*(?:is\s+|:\s*|on\s+|of\s+)?(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|tomorrow\b|today\b|tonight\b|next\s)/gi,
    'by ',
  ],
  // "deadline in 10 days": due then
  [
    /\b(?:deadline|due date)\s*(?:is\s+|:\s*)?(?=in\s+(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?)\b)/gi,
    'due ',
  ],
  // "change to 20th", "due 3rd": the day of the month
  [
    /\b(to|on|for|by|till|until|due|before|from)\s+(\d{1,2}(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:the\s+|every\s+|each\s+)?month)/gi,
    (_, w: string, d: string) => `${w} the ${d}`,
  ],
  // "pay rent 1st every month": on that day of every month
  [
    /\b(?:on\s+)?(?:the\s+)?(\d{1,2}(?:st|nd|rd|th))\s+(every|each)\s+month\b/gi,
    (_, d: string, e: string) => `${e} month on the ${d}`,
  ],
  // "tomorrow in the morning at 9": at 9am
  [
    /\b(?:in|of)\s+the\s+(morning|afternoon|evening)\s+at\s+(\d{1,2}(?::\d{2})?)\b(?!\s*(?:am|pm|a\.m|p\.m))/gi,
    (_, part: string, t: string) => `at ${t}${/morning/i.test(part) ? 'am' : 'pm'}`,
  ],
  // "nxt wk", "in 2 wks": shorthand for next and week
  [/\bnxt\b/gi, 'next'],
  [/\b(?<=(?:next|this|a|per|\d)\s*)wk\b/gi, 'week'],
  [/\b(?<=\d\s*)wks\b/gi, 'weeks'],
  // "Friday 6 evening", "make it 8 evening": that hour in that part of the day
  [
    /\b(\d{1,2}(?:[:.]\d{2})?)\s+(morning|afternoon|evening|night)\b(?=\s*(?:$|[,.;!?]|(?:on|at|tomorrow|today|please|instead|then)\b))/gi,
    (_, h: string, part: string) =>
      `at ${h.replace('.', ':')}${/morning/i.test(part) ? 'am' : 'pm'}`,
  ],
  // "tomorrow by 11": by that hour
  [
    /\b((?:to(?:day|morrow|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)by\s+(\d{1,2})\b(?![:.\d]|\s*(?:am|pm|a\.m|p\.m|days?|weeks?|months?|hours?|mins?|minutes?|o'?clock))/gi,
    (_, day: string, h: string) => `${day}at ${h}`,
  ],
  // "…, 9h": 9 o'clock
  [/(?<=[,\s])([01]?\d|2[0-3])h\b/gi, (_, h: string) => `at ${h}:00`],
  // "at 19 hours", "at 20h" (the 24-hour clock said in words)
  [/\bat\s+([01]?\d|2[0-3])\s*(?:hours|hrs|h)\b/gi, (_, h: string) => `at ${h}:00`],
  // "this wknd", "next wkend"
  [/\b(?:wknd|wkend|wkd)\b/gi, 'weekend'],
  // "0900 sharp", "5pm on the dot": that time, exactly
  [
    /\b(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)\s+(?:sharp|on the dot|prompt|exactly|precisely)\b/gi,
    (_, t: string) => t,
  ],
  // "pay credit card 15th": a day of the month at the end (not "Ella's 21st", "my 40th")
  [
    /(?<!\b(?:the|of|on|to|for|by|till|until|due|before|from|every|each|my|his|her|our|their|your)\s+|['’]s\s+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)\b(\d{1,2}(?:st|nd|rd|th))(?=\s*$|\s+(?:at\s|p[1-4]\b|#))/gi,
    (_, d: string) => `on the ${d}`,
  ],
  // "for the day 20": the 20th
  [
    /\b(?:for|on)\s+the\s+day\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th|days?|:))/gi,
    (_, d: string) => `on the ${ordinalSuffix(Number(d))}`,
  ],
  // "each Monday and each Wednesday": one repeat on both days
  [
    /\b(every|each)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+and\s+(?:every|each|on)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
    (_, e: string, d: string) => `every ${d} and `,
  ],
  // "after tomorrow": the day after it
  [/(?<!\bday\s+|\bthe\s+)\bafter\s+tomorrow\b(?!['’])/gi, 'the day after tomorrow'],
  // "7.30am", "6.45 pm": a time with a dot
  [/\b(\d{1,2})\.(\d{2})\s*(am|pm)\b/gi, (_, h: string, m: string, x: string) => `${h}:${m}${x}`],
  // "next week Monday", "Monday next week": that day of next week
  [
    /\bnext\s+week\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+next\s+week\b/gi,
    (_, a: string | undefined, b: string | undefined) => `next ${a ?? b}`,
  ],
  // "a week on Friday", "Tuesday week": the Friday of next week
  [
    /\b(?:for\s+)?a\s+week\s+(?:on|from)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+week\b(?!\s*(?:off|ends?|days?|of)\b)/gi,
    (_, a: string | undefined, b: string | undefined) => `next ${a ?? b}`,
  ],
  // "every month, 5th day", "monthly, the 5th day": on the 5th
  [
    /\b(every month|each month|monthly)\s*,?\s+(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+day\b/gi,
    (_, e: string, d: string) => `${e} on the ${ordinalSuffix(Number(d))}`,
  ],
  // "later 4:30pm": at that time
  [/\blater\s+(?=\d{1,2}(?::\d{2})?\s*(?:am|pm)\b)/gi, 'at '],
  // "each month on day 10": on the 10th
  [
    /\b(every month|each month|monthly)\s+on\s+(?:the\s+)?day\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th))/gi,
    (_, e: string, d: string) => `${e} on the ${ordinalSuffix(Number(d))}`,
  ],
  // "every month the day 5": on the 5th
  [
    /\b(every month|each month|monthly)\s+(?:on\s+)?the\s+day\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th))/gi,
    (_, e: string, d: string) => `${e} on the ${ordinalSuffix(Number(d))}`,
  ],
  // "latest by Friday", "by Friday at the latest": by then
  [/\blatest\s+by\b/gi, 'by'],
  [/\s*,?\s*(?:at the latest|latest)\b(?=\s*$|\s*[,.])/gi, ''],
  // "at noon on the 8th": the day, then the time
  [
    /\b(noon|midday|midnight)\s+on\s+((?:the\s+)?\d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    (_, t: string, d: string) => `on ${d} at ${t}`,
  ],
  // "book a massage for the weekend": the coming one
  [/\b(?:for|at|over|on|in|during)\s+the\s+weekend\b/gi, 'this weekend'],
  // "at lunchtime": midday
  [/\b(?:at|for|around|by)\s+lunch\s?time\b|\bat\s+lunch\b|\blunch\s?time$/gi, 'at noon'],
  // "first thing tomorrow": in the morning
  // (with its hour said too, "first thing tomorrow, like 8:30": that hour)
  [
    /\bfirst\s+thing(?:\s+in\s+the\s+morning)?\b(?=.*\b(?:0?[5-9]|1[01])(?:[:.][0-5]\d)?\s*(?:am\b|a\.m\.|(?=\s*$)|(?=[:.]\d)))/gi,
    'by',
  ],
  [/\bfirst\s+thing(?:\s+in\s+the\s+morning)?\b/gi, 'at 9am'],
  // "by 11:59pm", "by noon": at that time (the date stays whatever it is)
  [/\bby\s+(?=(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midday|midnight)\b)/gi, 'at '],
  // "the twentieth": the 20th
  [
    /\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[-\s]first)\b(?![-‐]\p{L})(?!\s+(?:one|task|item|time|of\s+(?:them|those|these)))/giu,
    (_, w: string) => `the ${ordinalDay(w)}`,
  ],
  // "4:30pm on the 12th", "6pm on friday": the day, then the time
  [
    /\b(?:at\s+)?(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})\s+on\s+((?:the\s+)?\d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    (_, t: string, d: string) => `on ${d} at ${t}`,
  ],
  // "tomorrow morning 7", "friday evening 6:30": that hour in that part of the day
  [
    /\b(tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(morning|afternoon|evening)\s*,?\s+(?:at\s+|about\s+|around\s+)?(\d{1,2}(?::\d{2})?)\b(?!\s*(?:am|pm|:|days?|weeks?|hours?|mins?|minutes?|people|items?)\b)/gi,
    (_, day: string, part: string, t: string) =>
      `${day} at ${t}${/morning/i.test(part) ? 'am' : 'pm'}`,
  ],
  // "every first of the month": every 1st
  [
    /\b(every|each)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[-\s]first)\s+(?=of\s+(?:the|each|every)\s+month\b)/gi,
    (_, every: string, w: string) => `${every} ${ordinalDay(w)} `,
  ],
  [/\ba\s+week\s+from\s+tomorrow\b/gi, 'in 8 days'],
  // "10 days from now", "3 weeks from today": in that long
  [
    /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(days|weeks|months)\s+from\s+(?:now|today)\b/gi,
    (_, n: string, unit: string) => `in ${n} ${unit}`,
  ],
  // "ring the school lunchtime tomorrow": at noon
  [
    /\b(?:at\s+|around\s+|by\s+)?lunch\s?time\b(?!\s+(?!(?:at|on|in|by|for|and|or|tomorrow|tmrw|today|tonight|next|this|p[1-4])\b)\p{L})/giu,
    () => 'at noon',
  ],
  // "chase the claim tomorrow week": a week on from tomorrow
  [/\btomorrow\s+week\b/gi, () => 'in 8 days'],
  // "meeting with the lawyer the thursday at 10": that Thursday
  [
    /\bthe\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?=\s+(?:at|by|from|morning|afternoon|evening|night|before|after\s+next)\b|\s*$|\s*[,.!])/gi,
    (_, day: string) => day,
  ],
  // "a week from today", "2 weeks from now", "a week today", "the day after tomorrow"
  [
    /\b(a|an|one|two|three|four|\d+)\s+(day|week|month)s?\s+(?:from\s+(?:today|now)|today)\b/gi,
    (_, n: string, unit: string) =>
      `in ${/^an?$|^one$/i.test(n) ? 1 : /two/i.test(n) ? 2 : /three/i.test(n) ? 3 : /four/i.test(n) ? 4 : n} ${unit}s`,
  ],
  [/\b(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw|tomorow)\b/gi, 'in 2 days'],
  [/\bchristmas\s+eve\b/gi, 'December 24'],
  // ("Christmas cards", "the christmas tree": a kind of thing, not the day)
  [
    /\bchristmas(?:\s+day)?\b(?!\s+(?!(?:at|on|in|by|for|and|or|morning|afternoon|evening|eve|night|p[1-4])\b)\p{L})/giu,
    'December 25',
  ],
  // ("Halloween costumes", "the valentine's card": a kind of thing, not the day)
  [
    /\b(?:on\s+)?halloween\b(?!\s+(?!(?:at|on|in|by|for|and|or|morning|afternoon|evening|night|p[1-4])\b)\p{L})/giu,
    'on October 31',
  ],
  [/\b(?:on\s+)?(?:st\.?\s+)?valentine'?s\s+day\b/gi, 'on February 14'],
  [/\b(?:on\s+)?boxing\s+day\b/gi, 'on December 26'],
  [/\b(?:on\s+)?(?:st\.?|saint)\s+patrick'?s\s+day\b/gi, 'on March 17'],
  [/\b(?:on\s+)?(?:bonfire|guy\s+fawkes)\s+night\b/gi, 'on November 5'],
  [/\bnew\s+year'?s\s+eve\b/gi, 'December 31'],
  [/\bnew\s+year'?s\s+day\b/gi, 'January 1'],
];
/** The ordinal words of the days of a month, first to twentieth. */
export const ORDINAL_DAYS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
/** "twentieth" → "20th", "twenty-first" → "21st". */
function ordinalDay(words: string): string {
  const w = words.toLowerCase().replace(/[-\s]+/g, ' ');
  const n = w.startsWith('thirty')
    ? w === 'thirtieth'
      ? 30
      : 31
    : w.startsWith('twenty ')
      ? 20 + ORDINAL_DAYS.indexOf(w.slice(7)) + 1
      : ORDINAL_DAYS.indexOf(w) + 1;
  return ordinalSuffix(n);
}
/** 20 → "20th", 21 → "21st". */
export function ordinalSuffix(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11
      ? 'st'
      : n % 10 === 2 && n !== 12
        ? 'nd'
        : n % 10 === 3 && n !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}
const HOUR_WORDS = [
  'twelve',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
];
const hourOf = (w: string) =>
  /^\d+$/.test(w)
    ? w
    : String(HOUR_WORDS.indexOf(w.toLowerCase()) === 0 ? 12 : HOUR_WORDS.indexOf(w.toLowerCase()));

/** Minutes said in words or digits ("twenty-five", "10"). */
const minutesOf = (w: string): number =>
  /^\d+$/.test(w)
    ? Number(w)
    : (({ five: 5, ten: 10, twenty: 20 } as Record<string, number>)[w.toLowerCase()] ?? 25);

const PRIORITY_WORDS: [RegExp, Priority | null][] = [
  [/(?<![\p{L}\p{N}])p([1-4])(?![\p{L}\p{N}])/iu, null],
  [
    /\b(?:high|higher|highest|top|max|maximum|critical)\s+(?:prio(?:rity)?|importance)\b|\bpriority\s+(?:high|1|one)\b|^(?:this\s+is\s+)?urgent\b[:,-]?/i,
    1,
  ],
  [/\b(?:medium|normal|mid)\s+(?:prio(?:rity)?|importance)\b|\bpriority\s+(?:medium|2|two)\b/i, 2],
  [/\b(?:low|lowest|minimum)\s+(?:prio(?:rity)?|importance)\b|\bpriority\s+(?:low|3|three)\b/i, 3],
  // ", not important", "… no rush" at the end: the lowest priority
  [
    /[,-]?\s*(?:\b(?:it'?s|it is|this is|that's)\s+)?\b(?:not (?:that |very |too |super )?(?:important|urgent)|unimportant|no rush|not a priority|low importance)(?:[,\s]+(?:whenever|no rush|any ?time|when(?:ever)? i can|some ?time))?\s*[.!]*$|^(?:not (?:that |very |too |super )?(?:important|urgent)|unimportant|no rush)\s*[:,–—-]/i,
    3,
  ],
  // "urgent" is a priority at either end of the text ("urgent: call the plumber", "… asap");
  // in the middle it is a word of the title ("reply to the urgent email").
  [
    /^(?:urgent(?:ly)?|asap)\b\s*[:,-]?|[,-]?\s*(?:\b(?:it'?s|it is|this is|that's|very|really|super|top|extremely|most|highly)\s+)*\b(?:urgent(?:ly)?|asap|!!!?)\s*[.!]*$|[,-]\s*(?:(?:it'?s|it is|this is|that's)\s+)?(?:(?:very|really|super|absolutely)\s+)?critical\s*[.!]*$|,\s*(?:(?:it'?s|it is|is|this is)\s+)?(?:(?:very|really|super)\s+)?(?:urgent|asap|critical)\s*(?=,)|\b(?:urgent(?:ly)?|asap)(?=\s+(?:#\S+)(?:\s+#\S+)*\s*[.!]*$)/i,
    1,
  ],
];

const LABEL = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}\p{M}_\-./&+]{1,40})/gu;

/** A street address: a house number, then a street's name and kind. */
const STREET =
  /\b\d{1,4}[a-z]?\s+(?:[A-Z][\p{L}'-]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Way|Place|Pl|Crescent|Cres|Terrace|Tce|Court|Ct|Grove|Boulevard|Blvd|Parade|Highway|Hwy|Row|Square|Sq|Mews|Gardens|Hill|Rise|Park|Walk|View|Green|Vale|Wharf|Yard|Quay|Heights|Meadows?|Fields?)\b\.?/gu;

/** Small words that belong to a date ("due Friday", "by 5pm") and go with it. */
const LEAD_IN =
  /(?:\b(?:on|at|by|due|before|until|till|from|starting|for|in|this|next)\s+(?:the\s+)?)+$/i;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The text with REWRITES applied, and where each of its positions was in the text as typed. */
function rewrite(typed: string): { text: string; at: number[] } {
  let text = typed;
  let at = Array.from({ length: typed.length + 1 }, (_, i) => i);
  for (const [re, to] of REWRITES) {
    let out = '';
    const next: number[] = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      for (let i = last; i < m.index; i++) next.push(at[i]!);
      out += text.slice(last, m.index);
      const by = typeof to === 'string' ? to : to(...(m as unknown as string[]));
      for (let k = 0; k < by.length; k++) next.push(at[m.index]!);
      out += by;
      last = m.index + m[0].length;
    }
    for (let i = last; i <= text.length; i++) next.push(at[i]!);
    out += text.slice(last);
    text = out;
    at = next;
  }
  return { text, at };
}

/** Label phrases at the end: "tag it home", "label it errands", "tagged home and diy". */
const LABEL_PHRASE =
  /(?:,\s*|\s+and\s+|\s+)(?:(?:and\s+)?(?:tag|label)(?:ged|led|ed)?\s+(?:it\s+)?(?:as\s+|with\s+)?(?:the\s+)?(?:label\s+|tag\s+)?|put\s+(?:it\s+)?(?:under|in)\s+(?:the\s+)?|put\s+(?:the\s+)?(?:label|tag)\s+|(?:with|under)\s+(?:the|a)\s+(?:label|tag)\s+|hashtag\s+)#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s*(?:,|and|&)\s*#?([\p{L}][\p{L}\p{N}_-]{0,39}))?(?:\s+(?:label|tag))?\s*$/iu;

export function parseQuickAdd(typed: string, options: QuickAddOptions): QuickAdd {
  const { text, at } = rewrite(typed);
  /** A position in the rewritten text, as typed. */
  const typedAt = (i: number) => at[Math.min(i, at.length - 1)]!;
  /** A position as typed, in the rewritten text. */
  const rewrittenAt = (i: number) => {
    const k = at.findIndex((x) => x >= i);
    return k < 0 ? text.length : k;
  };
  const parts: QuickPart[] = [];
  // Text the parsers may not read: quotes (kept literally) and ranges turned back into words.
  const blocked: Span[] = (options.keep ?? []).map((k) => ({
    start: rewrittenAt(k.start),
    end: rewrittenAt(k.end),
  }));
  for (const m of text.matchAll(/"[^"]*"|“[^”]*”|(?<![\p{L}\p{N}])'[^']+'(?![\p{L}\p{N}])/gu)) {
    blocked.push({ start: m.index, end: m.index + m[0].length });
  }
  // "book tickets for the 7:15 ferry": a time that names a thing, not when to do it
  for (const m of text.matchAll(
    /\bthe\s+\d{1,2}[:.]\d{2}\s+(?!(?:am|pm|a\.m|p\.m|on|at|in|tomorrow|today|tonight|next|this|every|slot|start)\b)\p{Ll}+/giu,
  )) {
    blocked.push({ start: m.index, end: m.index + m[0].length });
  }
  // "baby's 8 week jabs", "the 20-week scan", "6 month check-up": an age or a length naming a
  // thing, not when
  for (const m of text.matchAll(
    /\b(?:[2-9]|[1-9]\d)[-\s](?:day|week|month|year)[-\s](?!(?:from|later|ago|before|after|time|early|earlier|late|later|sooner|on|at|in)\b)\p{L}+/giu,
  )) {
    blocked.push({ start: m.index, end: m.index + m[0].length });
  }
  // "learn the bassline for Blue Monday", "Black Friday deals": a day's name, not the day
  for (const m of text.matchAll(
    /\b(?:Blue|Black|Cyber|Easter|Good|Ash|Maundy|Palm|Mothering|Shrove|Pancake|Giving|Super\s+Bowl|Small\s+Business)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
  )) {
    blocked.push({ start: m.index, end: m.index + m[0].length });
  }
  // "study for the SAT", "revise for the ACT": a test written in capitals, not a day
  for (const m of text.matchAll(
    /\bthe\s+(?:SAT|SUN|MON|WED|THU|FRI)s?\b(?!\s+(?:morning|afternoon|evening|night|at\b|\d))/g,
  )) {
    blocked.push({ start: m.index, end: m.index + m[0].length });
  }
  // "open home at 14 Kauri Street", "appraisal at 9 Rata Lane": a house number, not a time
  for (const m of text.matchAll(STREET)) {
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
    // ("fix bug #12": a number, not a label)
    if (!/\p{L}/u.test(name)) continue;
    if (name && add('label', m.index, m.index + 1 + name.length)) labels.push(name);
  }
  // "…, tag: family, p2", "label: work": the label after a colon
  const tagColon =
    /(?:^|[,;]\s*|\s+)((?:tags?|labels?)\s*[:=]\s*#?([\p{L}][\p{L}\p{N}_-]{0,39}))/iu.exec(
      masked(),
    );
  if (tagColon) {
    const at = tagColon.index + tagColon[0].indexOf(tagColon[1]!);
    if (add('label', at, at + tagColon[1]!.length)) labels.push(tagColon[2]!.toLowerCase());
  }
  const phrase = LABEL_PHRASE.exec(masked());
  const phraseAt = phrase ? phrase.index + phrase[0].search(/[\p{L}#]/u) : 0;
  if (phrase && add('label', phraseAt, phrase.index + phrase[0].length)) {
    labels.push(
      ...[phrase[1], phrase[2]].filter((l): l is string => !!l).map((l) => l.toLowerCase()),
    );
  }

  let priority: Priority | null = null;
  for (const [re, value] of PRIORITY_WORDS) {
    const m = re.exec(masked());
    if (!m) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (!add('priority', start, start + m[0].trim().length)) continue;
    const level = value ?? Number(m[1]);
    priority = level >= 1 && level <= 3 ? (level as Priority) : null; // p4: none
    // ("… asap p1": the urgency said twice, once in words)
    const twice = /\b(?:asap|urgent(?:ly)?)\s*$/i.exec(masked().slice(0, start));
    if (twice) add('priority', twice.index, twice.index + twice[0].trim().length);
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

  const ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  // "every morning at 6:30 except weekends", "daily but not on Sundays": the days it goes without
  const daily =
    repeat === 'FREQ=DAILY'
      ? ORDER
      : /^FREQ=WEEKLY;BYDAY=([A-Z,]+)$/.exec(repeat ?? '')?.[1]!.split(',');
  if (daily) {
    const without = new RegExp(
      String.raw`\b(?:except|but not|apart from|excluding|not)\s+(?:on\s+)?(?:the\s+)?(weekends?|${WEEKDAY_LIST})\b`,
      'i',
    ).exec(masked());
    const off =
      without && (/^weekend/i.test(without[1]!) ? ['SA', 'SU'] : byDay(without[1]!).split(','));
    const left = off && daily.filter((d) => !off.includes(d));
    if (
      without &&
      left &&
      left.length > 0 &&
      left.length < daily.length &&
      add('repeat', without.index, without.index + without[0].length)
    )
      repeat = `FREQ=WEEKLY;BYDAY=${left.join(',')}`;
  }
  // "footy training tues and thurs arvos, every week": the days said apart from the repeat
  if (repeat && /^FREQ=WEEKLY(?:;INTERVAL=\d+)?$/.test(repeat)) {
    const days = new RegExp(
      String.raw`\b(?:on\s+)?(${WEEKDAY_LIST})(?:\s+(?:mornings?|afternoons?|evenings?|nights?|arvos?))?\b`,
      'i',
    ).exec(masked());
    if (days && byDay(days[1]!) && add('repeat', days.index, days.index + days[0].length))
      repeat = `${repeat};BYDAY=${byDay(days[1]!)}`;
  }

  // "every day for 7 days", "weekly for 6 weeks", "every Monday for 4 times": that many in all
  if (repeat && !/(?:^|;)(?:COUNT|UNTIL)=/.test(repeat)) {
    // ("a 7 day course" is a length naming a thing, kept from the date parsers: here it is the span)
    const course = COURSE.exec(text);
    // (the course runs to the end of the text: every block after its start is inside it)
    if (course) blocked.splice(0, blocked.length, ...blocked.filter((b) => b.end <= course.index));
    const span = SPAN.exec(masked()) ?? SPAN_BARE.exec(masked()) ?? COURSE.exec(masked());
    const total = span ? countFor(repeat, span[1]!, span[2]!) : 0;
    if (span && total > 0 && add('repeat', span.index, span.index + span[0].length))
      repeat = `${repeat};COUNT=${total}`;
  }
  // "fortnightly catch-up with Ngaio on Mondays": every other week, on those days
  if (repeat && /^FREQ=WEEKLY;BYDAY=[A-Z,]+$/.test(repeat)) {
    const other = /\b(?:fortnightly|bi-?weekly)\b/i.exec(masked());
    if (other && add('repeat', other.index, other.index + other[0].length))
      repeat = repeat.replace('FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=2');
  }

  let dueDate: string | null = null;
  let dueTime: string | null = null;
  if (options.dates !== false) {
    const when = findDate(masked(), options, text);
    if (when && add('date', when.start, when.end)) {
      // A repeat's time without a day ("every weekday at 9"): the repeat picks the day.
      dueDate = repeat && !when.hasDay ? null : when.date;
      dueTime = when.time;
      // "monthly on the 1st", "every week on Saturday": the day belongs to the repeat
      const said = text.slice(when.start, when.end);
      const monthDay = /^(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i.exec(said.trim());
      // ("every 3 months starting on the 10th": when it starts, not the day of each month)
      const starting = /\b(?:starting|from|beginning|commencing)\s+(?:on\s+)?$/i.test(
        masked().slice(0, when.start),
      );
      if (
        repeat &&
        (repeat === 'FREQ=MONTHLY' || (/^FREQ=MONTHLY;INTERVAL=\d+$/.test(repeat) && !starting)) &&
        monthDay
      )
        repeat = `${repeat};BYMONTHDAY=${Number(monthDay[1])}`;
      // "on 1 April every year": that day of that month, each year
      if (
        repeat === 'FREQ=YEARLY' &&
        when.hasDay &&
        new RegExp(String.raw`\b${MONTH}\b`, 'i').test(said) &&
        /\d/.test(said)
      )
        repeat = `FREQ=YEARLY;BYMONTH=${Number(when.date.slice(5, 7))};BYMONTHDAY=${Number(when.date.slice(8, 10))}`;
      if (repeat && /^FREQ=WEEKLY(?:;INTERVAL=\d+)?$/.test(repeat) && when.weekday !== undefined)
        repeat = `${repeat};BYDAY=${['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][when.weekday]}`;
    }
  }

  // "tomorrow afternoon": the part of the day goes with the date
  for (const p of parts) {
    if (p.kind !== 'date') continue;
    const trail = /^\s+(?:in\s+the\s+)?(?:morning|afternoon|evening|night)\b/i.exec(
      masked().slice(p.end),
    );
    if (trail) p.end += trail[0].length;
  }
  // "tomorrow evening", "every Wednesday evening" with no hour said: that part of the day's usual
  // hour, so it is shown and reminded then (not at the morning hour of a date alone)
  if (!dueTime && (dueDate || repeat)) {
    const part = parts
      .filter((p) => p.kind === 'date' || p.kind === 'repeat')
      .map((p) =>
        /\b(morning|afternoon|evening|night|tonight)s?\b/i.exec(text.slice(p.start, p.end)),
      )
      .find(Boolean);
    if (part) dueTime = PART_HOURS[part[1]!.toLowerCase()]!;
  }
  // Lead-in words go with their part ("due Friday", "by 5pm", "on the 3rd of August").
  for (const p of parts) {
    if (p.kind !== 'date' && p.kind !== 'repeat') continue;
    const before = masked().slice(0, p.start);
    // ("the 20th of November": the "the" of a day of the month)
    let lead =
      LEAD_IN.exec(before) ?? (/^\d/.test(p.text) ? /(?<=^|\s)the\s+$/i.exec(before) : null);
    // ("put the dough in at 5": "in" before "at" is the title's)
    if (lead && /\bin\s+$/i.test(lead[0]) && /^(?:at|on|by|from|for)\b/i.test(p.text)) {
      const kept = lead[0].replace(/\bin\s+$/i, '');
      lead = kept
        ? (Object.assign([kept], { index: lead.index, input: before }) as RegExpExecArray)
        : null;
    }
    // ("weigh in every Sunday", "check in tomorrow": "in" before a day or a repeat is the title's)
    const titles =
      lead &&
      /^in\s+$/i.test(lead[0]) &&
      /^(?:every|each|tomorrow|today|tonight|next|this|on|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i.test(
        p.text,
      );
    if (lead && !titles && free({ start: lead.index, end: lead.index + lead[0].length })) {
      p.start = lead.index;
    }
  }
  // Back to the text as typed.
  for (const p of parts) {
    p.start = typedAt(p.start);
    p.end = typedAt(p.end);
    p.text = typed.slice(p.start, p.end);
  }
  parts.sort((a, b) => a.start - b.start);

  let title = '';
  let from = 0;
  for (const p of parts) {
    title += `${typed.slice(from, p.start)} `;
    from = p.end;
  }
  title += typed.slice(from);
  title = title
    .replace(
      /"([^"]*)"|“([^”]*)”|(?<![\p{L}\p{N}])'([^']+)'(?![\p{L}\p{N}])/gu,
      (_, a: string | undefined, b: string | undefined, c: string | undefined) => a ?? b ?? c ?? '',
    )
    // ("sort out the loft (low priority)": brackets emptied of the detail said in them go too)
    .replace(/\s*[([{]\s*[)\]}]/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    // ("draft newsletter // thu // p1": the marks that set the parts apart go with them)
    .replace(/(?:\s+(?:\/\/|\|))+$/g, '')
    // ("add medium priority task organise the shed")
    .replace(/^(?:a\s+)?(?:task|todo|to-do|item)\s*[:,-]?\s+(?=\S)/i, '')
    .trim();
  // "… at noon its high priority": the words that led to a detail go with it
  // ("wash the bulk tank every other day instead": the "instead" went with the repeat)
  if (parts.length > 0)
    title = title
      .replace(/\s+instead$/i, '')
      .replace(
        /\s+(?:and\s+)?(?:it's|its|it is|it'll be|make it|mark it|set it|(?:which|that)(?:'s| is)|needs? doing|needs? to be done|has to be done|should be done|must be done|is due|are due)$/i,
        '',
      )
      .trim();
  // "rehearsal every thursday until further notice": how long it goes on, which a repeat says
  if (repeat)
    title = title
      // ("…, repeat it yearly": the words that led to the repeat go with it)
      .replace(
        /(?:\s*[,;–—-]\s*(?:and\s+)?|\s+and\s+)(?:repeat(?:s|ing)?|recur(?:s|ring)?)(?:\s+(?:it|that|this))?$/i,
        '',
      )
      .replace(
        /(?:^|[\s,;–—-]+)(?:until|till)\s+(?:further notice|i say (?:stop|otherwise)|(?:i|we) stop|forever)$|(?:^|[\s,;–—-]+)(?:indefinitely|for the foreseeable(?: future)?|ongoing|from now on|from now|from today(?: on)?|going forward|from here on)$|(?:^|[\s,;–—-]+)(?:(?:with\s+)?(?:the\s+)?first\s+(?:one|time|session|of them)(?:\s+(?:is|being))?|starting|beginning)$/i,
        '',
      )
      .trim();
  // ("…, tag as #stock and #accessibility", "…, deadline the 20 of June": the words that led to
  // the labels or the date went with them)
  if (labels.length > 0)
    title = title
      .replace(
        /\s*[,;–—-]\s*(?:tag(?:ged)?|label(?:led)?|categori[sz]ed?|filed)(?:\s+(?:it|as|with|under|and|both))*$/i,
        '',
      )
      // ("weed the section #stock and #accessibility": the word between the labels)
      .replace(/(?:\s+(?:and|&))+$/i, '')
      .trim();
  if (dueDate)
    title = title
      .replace(/\s*[,;–—-]\s*(?:deadline|due date|due|by)(?:\s+(?:is|on|of))?$/i, '')
      .trim();
  // "…, no rush, low priority": how urgent it is, said twice
  if (priority !== null)
    title = title
      .replace(/(?:^|[\s,;–—-]+)(?:no rush|no hurry|not urgent|not important)$/i, '')
      // ("find a new supplier as urgent", "… with high priority": the word went with it)
      .replace(/\s+(?:as|with(?:\s+a)?)$/i, '')
      .trim();
  if (!title && !options.detailsOnly) {
    // Nothing left to call it: the whole text is the title, as typed.
    return { ...empty(typed.trim()), parts: [] };
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

/** Some word of a date or time: a number, a day, a month, a part of the day, a span. */
const DATE_WORD =
  /\d|\b(?:today|tonight|tomorrow|tmrw|yesterday|noon|midday|midnight|mornings?|afternoons?|evenings?|nights?|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|next|last|this|week|weeks|month|months|year|years|hours?|minutes?|mins?|days?|weekend|now|christmas|eve|fortnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter|o'?clock|am|pm|first|second|third|\w+(?:st|nd|rd|th))\b/i;

const BARE_DURATION = /^\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)$/i;

/**
 * A date or time said on its own ("Monday", "tomorrow at 5", "3pm"): the day (today or the next
 * one for a time alone) and the time, and whether a day was said at all.
 */
export function readDate(
  text: string,
  options: Pick<QuickAddOptions, 'now' | 'dayFirst'>,
): { date: string; time: string | null; hasDay: boolean } | undefined {
  const found = findDate(rewrite(text).text, options);
  return found && { date: found.date, time: found.time, hasDay: found.hasDay };
}

/** "the day before", "2 days after", "a week before": a day reckoned from the date said next. */
const RECKONED =
  /\b(?:the\s+)?(?:(day|week|fortnight)|(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)\s+(days?|weeks?))\s+(before|after|prior\s+to|ahead\s+of|following)(?:\s+(?:on\s+)?|\s*$)/gi;

/**
 * "the day before the 10th of December", "2 days after Friday", "a week before 3 March": the
 * date said after it, so many days on or back. Alone ("the day before") it is a day reckoned from
 * something the text doesn't say, so it is no date at all (chrono reads it as yesterday).
 */
function findReckonedDate(
  text: string,
  options: Pick<QuickAddOptions, 'now' | 'dayFirst'>,
  context: string,
): { found?: ReturnType<typeof findDate>; blanked: string } {
  let blanked = text;
  for (const m of text.matchAll(RECKONED)) {
    const from = m.index + m[0].length;
    const anchor = findDate(' '.repeat(from) + text.slice(from), options, context);
    const days =
      (m[1] ? { day: 1, week: 7, fortnight: 14 }[m[1].toLowerCase()]! : 0) ||
      (/^\d/.test(m[2] ?? '') ? Number(m[2]) : countOf(m[2] ?? '')) *
        (/^week/i.test(m[3] ?? '') ? 7 : 1);
    if (anchor?.hasDay && /^(?:the)?$/i.test(text.slice(from, anchor.start).trim()) && days) {
      const [y, mo, d] = anchor.date.split('-').map(Number) as [number, number, number];
      const sign = /^(?:after|following)$/i.test(m[4]!) ? 1 : -1;
      const at = new Date(y, mo - 1, d + sign * days);
      // ("the day before Friday" said on a Friday: the Thursday coming, not yesterday)
      const n = options.now;
      if (anchor.weekday !== undefined && at < new Date(n.getFullYear(), n.getMonth(), n.getDate()))
        at.setDate(at.getDate() + 7);
      return {
        found: {
          start: m.index,
          end: anchor.end,
          date: localDate(at),
          time: anchor.time,
          hasDay: true,
        },
        blanked,
      };
    }
    blanked = blanked.slice(0, m.index) + ' '.repeat(m[0].length) + blanked.slice(from);
  }
  return { blanked };
}

/** The first date or time in the text that is really one ("chapter 3", "March on" aren't). */
function findDate(
  text: string,
  options: Pick<QuickAddOptions, 'now' | 'dayFirst'>,
  /** The whole text, for "morning" or "tonight" said elsewhere in it. */
  context = text,
):
  | {
      start: number;
      end: number;
      date: string;
      time: string | null;
      hasDay: boolean;
      weekday?: number;
    }
  | undefined {
  const reckoned = findReckonedDate(text, options, context);
  if (reckoned.found) return reckoned.found;
  text = reckoned.blanked;
  const parser = options.dayFirst ? chrono.en.GB : chrono.en;
  // (chrono reads "1 march" followed by blanked-out words as "march" alone: no trailing blanks)
  // ("listen to episode 12 tonight", "read chapter 5 tomorrow": that number names a thing, so
  // chrono never sees it as an hour)
  // ("stocktake -- 3 Sept -- p2 -- #work": the dashes between blanked-out details are blanks too)
  const results = parser.parse(
    text
      .replace(/(?:\s*[,;]|\s+[-–—]+)+\s*$/, '')
      .trimEnd()
      .replace(NAMED_NUMBER, (_, name: string, n: string) => name + '_'.repeat(n.length)),
    options.now,
    { forwardDate: true },
  );
  // "the 22nd at 1pm": chrono reads the time; the day of the month goes with it
  const ordinal = findOrdinalDay(text, options.now);
  // (the time after it: "parents evening on the 14th at 6pm" has an "evening" before it too)
  const first = ordinal
    ? results.find(
        (r) => r.index >= ordinal.end || r.start.isCertain('day') || r.start.isCertain('weekday'),
      )
    : results[0];
  if (ordinal && first && !first.start.isCertain('day') && !first.start.isCertain('weekday')) {
    const between = text.slice(ordinal.end, first.index);
    if (first.start.isCertain('hour') && /^\s*(?:at\s*)?$/i.test(between)) {
      const t = findDate(text.slice(first.index), options, context);
      if (t?.time) return { ...ordinal, end: first.index + first.text.length, time: t.time };
    }
  }
  // "at 6" is in the evening when the text says so, in the morning when it says that
  const evening = /\b(?:evenings?|nights?|tonight|afternoons?|pm|p\.m\.|dinner)\b/i.test(context);
  const morning = /\b(?:mornings?|am|a\.m\.|breakfast)\b/i.test(context);
  for (const r of results) {
    const said = r.text.trim();
    const c = r.start;
    // ("in 3 months", "in a year": that day, so many months on)
    const hasDay =
      c.isCertain('day') ||
      c.isCertain('weekday') ||
      /^(?:in|within)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:months?|years?)$/i.test(
        said,
      );
    const hasTime = c.isCertain('hour');
    // "parents evening next Thursday": the evening is the title's; the date comes after it
    // (chrono joins the two, and then counts neither the day nor the hour as said)
    const lead = /^(?:morning|afternoon|evening|night)\s+(?=\S)/i.exec(said);
    if (
      lead &&
      !/\b(?:in\s+the|this|tomorrow|tonight|every|each|on)\s*$/i.test(
        text.slice(0, r.index + r.text.indexOf(said)),
      )
    ) {
      const at = r.index + r.text.indexOf(said);
      return findDate(
        text.slice(0, at) + ' '.repeat(lead[0].length) + text.slice(at + lead[0].length),
        options,
        context,
      );
    }
    if (!hasDay && !hasTime) continue; // "March", "the weekend" alone
    // ("hand the keys to the day team": a word of the title, no day said)
    if (/^(?:the\s+)?day$/i.test(said)) continue;
    // ("harvest the honey": chrono reads "the h…" as an hour; a date says a number or a date word)
    if (!DATE_WORD.test(said)) continue;
    // ("1:1 w/ Sam": "w/" is "with", not a week; "the under-10s": an age, not ten seconds)
    if (/\d\s*[a-z]$/i.test(said) && text[r.index + r.text.length] === '/') continue;
    if (/^\d+\s*s$/i.test(said)) continue;
    // ("a quote for a second trailer", "back in a sec": seconds never set when a task is due)
    if (/\b(?:secs?|seconds?)$/i.test(said) && !/\d[:.]\d/.test(said)) continue;
    // "sun screen", "wed the couple": a short lower-case day name only at the end ("haircut sat")
    // or before a time ("dentist thu 2pm")
    if (
      /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/.test(said) &&
      !/^\S+\s+\S/.test(said) &&
      // (the marks between blanked-out details are no words: "newsletter // thu // p1")
      text.slice(r.index + r.text.length).replace(/[\s,;/–—-]+/g, '') !== ''
    )
      continue;
    if (BARE_DURATION.test(said)) continue; // "24 hours" without "in"
    // "record episode 13 on Wednesday": a bare number after a word names the thing; the date
    // is the rest ("at 7 on Friday" says it is a time)
    // ("dry hop batch 12 fri 9am": the batch's number, then the day)
    const label =
      /^\d{1,2}(?=\s+(?:on|this|next|coming|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?)\b)/i.exec(
        said,
      );
    if (label && hasDay && /\p{L}\s+$/u.test(text.slice(0, r.index + r.text.indexOf(said)))) {
      const at = r.index + r.text.indexOf(said);
      if (!/\b(?:at|by|around|about|from|until|till|before|after)\s+$/i.test(text.slice(0, at)))
        return findDate(
          text.slice(0, at) + ' '.repeat(label[0].length) + text.slice(at + label[0].length),
          options,
          context,
        );
    }
    // "the Year 10 quizzes": a number that names a year group, not a time of day
    if (
      hasTime &&
      !hasDay &&
      !/\d\s*(?::|\.\d|am\b|pm\b|a\.m|p\.m|h\b|o'?clock)|\b(?:at|by|from|until|till|before|after)\s+\d|noon|midnight|morning|afternoon|evening|night|tonight/i.test(
        said,
      )
    )
      continue;
    // "now", "the HR team": not dates; "Sunday's long run", "about Saturday": a day talked about
    if (
      /^(?:(?:right|just)\s+)?now$|^(?:the\s+)?(?:hr|hrs|hours?|min|mins|minutes?|seconds?)$|^(?:the\s+)?weekend$/i.test(
        said,
      )
    )
      continue;
    if (/^'s\b/.test(text.slice(r.index + r.text.length))) continue;
    // "the slides for Monday meeting", "Friday drinks": a day that names a kind of thing
    if (
      c.isCertain('weekday') &&
      !c.isCertain('day') &&
      !hasTime &&
      /^\s+(?!(?:of|at|in|on|by|for|from|to|about|with|before|after|until|till|and|or|but|then|so|as|is|if|when|too|instead|please|pls|every|each|next|this|morning|afternoon|evening|night|noon|midday|urgent|asap|high|low|medium|priority|p[1-4]|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|week|am|pm|it|that|please)\b)\p{L}/iu.test(
        text.slice(r.index + r.text.length),
      )
    )
      continue;
    if (/\b(?:about|regarding|re|of|from)\s+$/i.test(text.slice(0, r.index))) continue;
    if (/^\d{1,2}$/.test(said)) continue;
    let date = c.date();
    if (hasTime && !c.isCertain('meridiem')) {
      const hour = c.get('hour')!;
      // ("06:45", with its nought, is the 24-hour clock: the morning)
      const twentyFour = /(?:^|\D)0\d[:.h]\d\d/.test(said);
      // ("every night at 2": the small hours)
      const pm = twentyFour
        ? false
        : evening
          ? hour < 12 && !(hour <= 4 && /\bnights?\b/i.test(context) && !/\bpm\b/i.test(context))
          : morning
            ? false
            : hour >= 1 && hour <= 6;
      if (pm && hour < 12) date = new Date(date.getTime() + 12 * 3_600_000);
    }
    // "on the 3rd, 9h", "the 14th, at 10": the day of the month said just before the time
    const dayBefore = hasDay ? undefined : findOrdinalDay(text.slice(0, r.index), options.now);
    if (dayBefore && /^[\s,]*$/.test(text.slice(dayBefore.end, r.index))) {
      const [y, mo, d] = dayBefore.date.split('-').map(Number) as [number, number, number];
      const at = new Date(y, mo - 1, d, date.getHours(), date.getMinutes());
      return {
        start: dayBefore.start,
        end: r.index + r.text.length,
        date: localDate(at),
        time: hasTime ? localTime(at) : null,
        hasDay: true,
      };
    }
    if (!hasDay) {
      // A time alone: today at that time, or tomorrow once it has passed.
      const n = options.now;
      date = new Date(
        n.getFullYear(),
        n.getMonth(),
        n.getDate(),
        date.getHours(),
        date.getMinutes(),
      );
      if (date.getTime() < n.getTime()) date.setDate(date.getDate() + 1);
    }
    // ("30 November" said on 30 November: today, not a year on; chrono puts a date without a
    // time at noon, so after noon it looks past)
    if (!hasTime && c.isCertain('day') && c.isCertain('month') && !c.isCertain('year')) {
      const n = options.now;
      if (
        date.getFullYear() === n.getFullYear() + 1 &&
        date.getMonth() === n.getMonth() &&
        date.getDate() === n.getDate()
      )
        date = new Date(n.getFullYear(), n.getMonth(), n.getDate(), 12);
    }
    const time = hasTime ? localTime(date) : null;
    const end = r.index + r.text.length;
    const weekday = c.isCertain('weekday') && !c.isCertain('day') ? date.getDay() : undefined;
    return {
      start: r.index,
      end,
      date: localDate(date),
      time,
      hasDay,
      ...(weekday !== undefined ? { weekday } : {}),
    };
  }
  return findOrdinalDay(text, options.now);
}

/** "on the 1st", "the 15th": the next such day of a month. */
function findOrdinalDay(text: string, now: Date) {
  const m =
    /\b(?:on\s+)?the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:the\s+)?month)(?!\s+(?!(?:of|at|in|on|by|for|from|to|about|with|before|after|until|till|and|or|but|then|so|as|is|if|when|too|instead|please|pls|every|each|next|this|morning|afternoon|evening|night|noon|midday|urgent|asap|high|low|medium|priority|p[1-4])\b)\p{L})/iu.exec(
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
