// "Push the rent one to Monday", "move it to tomorrow at 10", "postpone the dentist by 2 days",
// "make that Thursday", "the party is on Saturday now", "no due date for the gym one": a task's
// date and time, set, moved or cleared. The date words are read when the change is made.
import { parseRef, withoutReason } from '../references.ts';
import type { Intent, Rule, RuleContext, TaskRef } from '../types.ts';
import { DAY_SPAN, looksLikeWhen, onlyDetails, partOfDay } from '../time-words.ts';
import { tidyTitle } from '../normalize.ts';
import { parseQuickAdd } from '../../../../time/quick-add.ts';
import { alt, NUMBER_WORDS, rx, TASK_VERBS, VERBS } from '../vocabulary.ts';

/** Put on the list or the calendar, said casually ("chuck", "pop", "stick", "bung"). */
const PUT_ON = String.raw`(?:chuck|stick|pop|bung|slot|pencil|whack|throw)`;
/** "the same day next week", "same time next week instead": a week on from its own date. */
const SAME_NEXT_WEEK = String.raw`(?:to\s+|for\s+)?(?:the\s+)?same\s+(?:time|day|day and time)\s+next\s+week(?:\s+(?:instead|please|then))?`;
const PENCIL_IN = /^pencil\s+(?:in|down)\s+(?!(?:for|on|to)\s)/i;
const MOVE = String.raw`(?:move|moving|anticipate|push|pull|shift|shove|slide|kick|reschedule|resched|re-schedule|postpone|defer|delay|bump|put off|put back|push back|set|change|make|schedule|plan|book|put|bring)`;
const UNITS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, fortnight: 14 };
const COUNT: Record<string, number> = {
  ...NUMBER_WORDS,
  // (minutes said in words: "forty minutes later")
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  a: 1,
  an: 1,
  'a couple of': 2,
  'a few': 3,
  another: 1,
};

/** "by 2 days", "a week", "three days": how many days. */
/** "a month", "3 months": how many. */
function monthsIn(text: string): number | undefined {
  const m = /^(\d+|an?|one|two|three|four|five|six|a couple of|a few)\s+months?$/i.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return /^\d+$/.test(word) ? Number(word) : COUNT[word];
}

function daysIn(text: string): number | undefined {
  const m =
    /^(?:by\s+|for\s+)?(\d+|an?|one|two|three|four|five|six|seven|a couple of|a few|another)\s+(days?|weeks?|fortnight)(?:\s+(?:later|more))?$/i.exec(
      text.trim(),
    );
  // ("couple of days": a couple)
  const m2 = m ?? /^(?:by\s+)?(couple)(?:\s+of)?\s+(days?|weeks?)$/i.exec(text.trim());
  if (!m2) return undefined;
  if (!m) return 2 * UNITS[m2[2]!.toLowerCase()]!;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : COUNT[m[1]!.toLowerCase()]!;
  return n * UNITS[m[2]!.toLowerCase()]!;
}

/** "the call mum one tmrw" → the task's words and the date's, when the last words are a date. */
function splitWhen(text: string): { ref: string; when: string } | undefined {
  const words = text.trim().split(/\s+/);
  for (let k = Math.min(5, words.length - 1); k >= 1; k--) {
    const when = words.slice(-k).join(' ');
    if (looksLikeWhen(when)) return { ref: words.slice(0, -k).join(' '), when };
  }
  return undefined;
}

/** The fields "the date and priority", "its tags" name. */
const FIELD_NAMES = (words: string) =>
  [...words.matchAll(/date|deadline|time|prio|tag|label|repeat|recurrence/gi)].map(
    (m) =>
      (
        ({
          date: 'date',
          deadline: 'date',
          time: 'time',
          prio: 'priority',
          tag: 'labels',
          label: 'labels',
          repeat: 'repeat',
          recurrence: 'repeat',
        }) as const
      )[m[0].toLowerCase() as 'date'],
  );

const clean = (when: string) =>
  when
    // ("move the invoice to the 28th so it lands in time": why, after the when)
    .replace(/\s+so\s+(?:that\s+)?(?:it|they|we|i|you|he|she)\b.*$/i, '')
    // ("at 6am from now on": every time after this one, which is the task's time)
    .replace(/[\s,]+(?:from now on|going forward|in (?:the )?future)$/i, '')
    .replace(/(?<!\bfrom)\s+(?:instead|then|please|now|actually|only|itself)$/i, '')
    // ("on the 28th now at 2pm": when it is now)
    .replace(/(?<=\S)\s+now\s+(?=(?:at|on|in|from)\b)/gi, ' ')
    // ("the day after tomorrow, in the evening": one when)
    .replace(/\s*,\s*(?=(?:in the|at|on|around|about)\b)/gi, ' ')
    // ("half 5 same day", "10:15 that day": the day it has stays)
    .replace(/[\s,]+(?:on\s+)?(?:the\s+)?(?:same|that)\s+day$/i, '')
    // ("till the weekend": the coming one)
    .replace(/^(?:the\s+)?weekend$/i, 'this weekend')
    // ("tomorrow, same time", "the same time tomorrow": the time it has stays)
    .replace(/[\s,]+(?:(?:at\s+)?the\s+)?same (?:time|hour)$/i, '')
    .replace(/^(?:(?:at|for)\s+)?(?:the\s+)?same\s+(?:time|hour)\s+(?:on\s+)?(?=\S)/i, '')
    .trim();

/** The words of a day or time said in passing ("school closes 3pm today" → "3pm today"). */
function whenIn(text: string): string {
  const read = parseQuickAdd(text, { now: new Date(2026, 0, 5, 12) });
  return read.parts
    .filter((p) => p.kind === 'date')
    .map((p) => p.text)
    .join(' ');
}

/** Who can move a task for you: "they", "Nan", "the clinic", "my boss" (not "I" or "it"). */
const SOMEONE = String.raw`(?!(?:i|we|it|that|this)\b)(?:(?:the|my|our|his|her|their)\s+)?[a-z'-]+(?:\s+[a-z'-]+)?`;
const MOVED_IT = new RegExp(
  String.raw`^(?:[^,]+,\s*)?(?:(?:they|he|she)(?:'ve|'s)?\s+(?:have\s+|has\s+|had\s+|just\s+)?(?:moved|pushed|rescheduled|changed|bumped|shifted|switched|put|swapped|move|change|shift|switch|push)(?:\s+(?:it|that|us|me|the\s+(?:time|date|day|booking|appointment|slot)))?|${SOMEONE}\s+(?:have\s+|has\s+|had\s+|just\s+|'ve\s+|'s\s+)?(?:moved|pushed|rescheduled|changed|bumped|shifted|switched|put|swapped)\s+(?:it|that|us|me|the\s+(?:time|date|day|booking|appointment|slot)))(?:\s+(?:back|forward))?\s+((?:to|till|until|for)\s+.+)$`,
  'i',
);
const ASKED_FOR = new RegExp(
  String.raw`^(?:[^,]+,\s*)?${SOMEONE}\s+(?:'ve\s+|have\s+|has\s+)?(?:asked for|want|wants|wanted|would like|'d like|prefer|prefers|need|needs|gave (?:me|us)|given (?:me|us))(?:\s+(?:it|that))?\s+(.+?)(?:\s+(?:instead|now))?(?:[\s,]+(?:so\s+)?(?:move|change|update|push|shift)\s+(?:it|that)(?:\s+(?:please|then))?)?$`,
  'i',
);
const IT_IS_NOW =
  /^(?:[^,]+,\s*)?(?:it's|it is|it'll be|it will be|now it's|that's|it has)\s+(?:now\s+|been\s+)?(?:moving|moved|changed|changing|going)?\s*(.+?)(?:\s+(?:now|instead|from now on|going forward))?$/i;
const NEEDS_DOING =
  /^(?:that|it|this)\s+(?:needs doing|needs to be done|needs to happen|has to be done|has to happen|must be done|should be done|wants doing)\s+(.+)$/i;
const SHIFT_WORDS =
  /^(?:by\s+)?(?:(?:an?|one|two|three|four|five|six|half an?|a couple of|a few|\d+(?:\.\d+)?)\s+(?:and a half\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)|half an hour|an hour and a half)\s+(?:later|earlier|back|forward|sooner)$/i;

const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half an?|a couple of|a few|another)\s+(?:and a half\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|fortnight)|a\s+fortnight`;
const MOVED_VERB = String.raw`(?:moved|pushed|changed|brought|rescheduled|shifted|bumped|put|pulled|delayed|postponed|switched|swapped|extended)`;
/** "Dispatch says …", "vet rang, …", "the clinic just called, …": who told, before the news. */
const TOLD_BY =
  /^(?:[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}\s+(?:says?|said|rang|called|phoned|emailed|texted|messaged|told me|wrote|confirmed)(?:\s+(?:that|to say|back))?\s*[,:;-]?\s+)(?=\S)/iu;
const REPORTED_ACTIVE = new RegExp(
  String.raw`^(?:(?:the|my|our|his|her|their)\s+)?(?!(?:is|are|was|were|been|be)\b)[\p{L}'-]+(?:\s+(?!(?:is|are|was|were|been|be)\b)[\p{L}'-]+){0,2}?\s+(?:has\s+|have\s+|had\s+|'ve\s+|just\s+|now\s+)*(${MOVED_VERB})\s+(?!(?:back|forward|up|ahead|by|to|till|until)\b)(.+?)\s+(?:(back|forward|up|ahead)\s+)?(?:(?:by\s+)?(${AMOUNT})(?:\s+(later|earlier|back|forward|sooner))?|((?:to|till|until|for)\s+.+))$`,
  'iu',
);
const REPORTED_PASSIVE = new RegExp(
  String.raw`^(.+?)(?:'s|\s+(?:is|are|was|were|has|have|got|gets|'s))\s+(?:been\s+)?(?:just\s+|now\s+)?(${MOVED_VERB}|slipped|slips|slipping)\s+(?:(back|forward|up|ahead)\s+)?(?:(?:by\s+)?(${AMOUNT})(?:\s+(later|earlier|back|forward|sooner))?|((?:to|till|until|for)\s+.+))$`,
  'iu',
);
const SLIPS = new RegExp(
  String.raw`^(.+?)\s+(?:slips|slipped|slides|slid|is slipping)\s+(?:by\s+)?(${AMOUNT})$`,
  'iu',
);

/**
 * "The venue has pushed the walkthrough back a week", "Dispatch says the depot pickup's been
 * pushed back 3 hours", "they've changed parents' evening to Thursday", "the kitchen fit-out slips
 * by a fortnight": a move someone else made, told as news.
 */
function reportedMove(said: string): Intent | undefined {
  // "Heads up, the staff meeting has been brought forward to 9": the news after the comma
  const after = /^[^,]{1,30},\s+(\S.*)$/.exec(said)?.[1];
  if (after) {
    const news = reportedMove(after);
    if (news) return news;
  }
  const s = said.replace(TOLD_BY, '');
  const active = REPORTED_ACTIVE.exec(s);
  const passive = active ? null : REPORTED_PASSIVE.exec(s);
  const slips = active || passive ? null : SLIPS.exec(s);
  const parts = active
    ? {
        what: active[2],
        direction: `${active[3] ?? ''} ${active[5] ?? ''} ${active[1]}`,
        amount: active[4],
        to: active[6],
      }
    : passive
      ? {
          what: passive[1],
          direction: `${passive[3] ?? ''} ${passive[5] ?? ''} ${passive[2]}`,
          amount: passive[4],
          to: passive[6],
        }
      : slips
        ? { what: slips[1], direction: '', amount: slips[2], to: undefined }
        : undefined;
  if (!parts) return undefined;
  const { direction, amount, to } = parts;
  let what = (parts.what ?? '').trim();
  // "The Hendersons have put their move back a week": their move is the Hendersons' move
  const subject = active
    ? /^(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:has|have|had|'ve|just|now|moved|pushed|changed|brought|rescheduled|shifted|bumped|put|pulled|delayed|postponed|switched|swapped)\b/i.exec(
        s,
      )?.[1]
    : undefined;
  if (
    subject &&
    /^(?:their|his|her)\s+\S/i.test(what) &&
    !/^(?:they|he|she|we|i|you)$/i.test(subject)
  )
    what = `${subject} ${what.replace(/^(?:their|his|her)\s+/i, '')}`;
  if (!what || /^(?:i|we|you)$/i.test(what)) return undefined;
  const ref = /^(?:it|that|this|them|those|they)$/i.test(what)
    ? ({ kind: 'focus' } as const)
    : whoseWhen(what);
  if (to) {
    const when = clean(to.replace(/^(?:to|till|until|for)\s+/i, ''));
    // "moved to the following day": a day on from where it was
    if (/^(?:the\s+)?(?:following|next)\s+day$|^the\s+day\s+after$/i.test(when))
      return { type: 'schedule', ref, shift: 1 };
    if (/^(?:the\s+)?(?:day|evening)\s+before$|^the\s+previous\s+day$/i.test(when))
      return { type: 'schedule', ref, shift: -1 };
    // "brought forward to 9": that hour
    if (/^\d{1,2}(?:[.:]\d{2})?$/.test(when)) return { type: 'schedule', ref, when: `at ${when}` };
    return looksLikeWhen(when) ? { type: 'schedule', ref, when } : undefined;
  }
  return shiftBy(ref, amount!, direction);
}

/** "2 hours earlier", "by 3 days later", "a week before": a move of the task named by so much. */
export function shiftSaid(ref: TaskRef, text: string): Intent | undefined {
  const m = new RegExp(
    String.raw`^(?:by\s+)?(${AMOUNT})\s+(later|earlier|back|forward|sooner|before|after)$`,
    'i',
  ).exec(text.trim());
  return m ? shiftBy(ref, m[1]!, m[2]!.replace(/^before$/i, 'earlier')) : undefined;
}

/**
 * A move by so much ("an hour", "two days", "a fortnight"), later unless the words say earlier
 * ("forward", "up", "sooner", "brought …").
 */
function shiftBy(ref: TaskRef, amount: string, direction: string): Intent | undefined {
  const m = /^(\S+(?:\s+an?)?(?:\s+of)?)\s+(?:and a half\s+)?(\S+)$/i.exec(amount);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const n =
    (/^[\d.]+$/.test(word) ? Number(word) : /^half/.test(word) ? 0.5 : (COUNT[word] ?? NaN)) +
    (/and a half/i.test(amount) ? 0.5 : 0);
  if (!Number.isFinite(n)) return undefined;
  const unit = m[2]!.toLowerCase();
  const earlier =
    /\b(?:forward|up|ahead|earlier|sooner|brought|pulled)\b/i.test(direction) &&
    !/\b(?:back|later)\b/i.test(direction);
  const sign = earlier ? -1 : 1;
  if (/^(?:h|hr|hrs|hours?)$/.test(unit))
    return { type: 'schedule', ref, shiftMinutes: sign * Math.round(n * 60) };
  if (/^(?:m|mins?|minutes?)$/.test(unit))
    return { type: 'schedule', ref, shiftMinutes: sign * Math.round(n) };
  const days = UNITS[unit];
  return days && Number.isInteger(n)
    ? { type: 'schedule', ref, shift: sign * n * days }
    : undefined;
}

/** What a report of someone else's move says the task moves to ("to 1pm", "half an hour earlier"). */
function movedItTo(s: string): string | undefined {
  const said = (x: string | undefined) => {
    if (!x) return undefined;
    const t = x.trim().replace(/^(?:till|until)\s+/i, 'to ');
    if (SHIFT_WORDS.test(t)) return t;
    if (!looksLikeWhen(clean(t))) return undefined;
    return /^(?:to|for|on|at)\s/i.test(t) ? t : `to ${t}`;
  };
  const needs = NEEDS_DOING.exec(s)?.[1]?.replace(/^(?:on|by|for|before)\s+/i, '');
  return (
    said(MOVED_IT.exec(s)?.[1]) ??
    said(ASKED_FOR.exec(s)?.[1]) ??
    said(IT_IS_NOW.exec(s)?.[1]) ??
    (needs && looksLikeWhen(clean(needs)) ? `to ${needs}` : undefined)
  );
}

/** "an hour earlier", "30 minutes later": the task said, moved by that much. */
function shiftedBy(task: string, count: string, unit: string, way: string): Intent {
  const n = /^\d+$/.test(count)
    ? Number(count)
    : ({ a: 1, an: 1, one: 1, two: 2, three: 3, 'half a': 0.5, 'half an': 0.5 } as const)[
        count.toLowerCase() as 'a'
      ];
  const minutes = /^h/i.test(unit) ? n * 60 : n;
  return {
    type: 'schedule',
    ref: parseRef(task),
    shiftMinutes: /earl|soon/i.test(way) ? -minutes : minutes,
  };
}

/** "change the name to …", "set the note on it to …": a field, not a task moved ("the name
 * cards" is a task). */
const FIELD_NAMED =
  /^(?:the\s+|its\s+)?(?:title|name|description|note)(?:\s+(?:of|on|for|to)\b|$)/i;

/** "push it to Monday", "postpone the rent to Friday": a move that goes later. */
const PUSH =
  /\b(?:push(?:ed|ing)?|postpone[ds]?|delay(?:ed)?|put (?:it |that |this )?off|defer(?:red)?|bump(?:ed)?)\b/i;

export const schedule: Rule = {
  name: 'schedule',
  specificity: 79,
  extract: (s, context) => {
    const read = readSchedule(s, context);
    // The words read as the task moved, when they are words
    const named =
      read && !Array.isArray(read) && read.type === 'schedule' && read.ref.kind === 'words'
        ? read.ref.text.trim()
        : undefined;
    // ("so only monday to friday": days, never a task called "only monday" moved to Friday)
    if (
      named !== undefined &&
      DAY_SPAN.test(
        `${named.replace(/^(?:(?:so|and|only|just)\s+)+/i, '')} and ${(read as { when?: string }).when ?? ''}`,
      )
    )
      return undefined;
    // ("make it monthly on the 1st": "it monthly" names no task; details.ts reads it)
    if (
      named !== undefined &&
      /^(?:it|that|this)\s+(?:monthly|weekly|daily|yearly|fortnightly|annually|every|repeat|recurring|urgent|high|low|medium|p[1-4])\b/i.test(
        named,
      )
    )
      return undefined;
    // ("and due friday 8pm" after a rename: "and" names no task; it is the one just changed)
    if (named !== undefined && /^(?:and|also|plus|then|so|oh|ok|okay|and also)$/i.test(named))
      return context.dialogue.lastAction
        ? { ...(read as Intent & { type: 'schedule' }), ref: { kind: 'focus' } }
        : undefined;
    // ("push it to Monday" on a Monday, for one due Tuesday: next Monday, not today)
    return read && !Array.isArray(read) && read.type === 'schedule' && read.when && PUSH.test(s)
      ? { ...read, later: true }
      : read;
  },
};

/** "Thursday Friday Saturday", "Thursdays, Fridays and Saturdays": two or more days of the week. */
const DAY_NAME = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)days?`;
const DAYS_LISTED = new RegExp(
  String.raw`^(?:on\s+)?(${DAY_NAME}(?:(?:\s*,\s*|\s+|\s*,?\s*(?:and|&)\s+)${DAY_NAME})+)(?:\s+(?:now|instead|from now on))?$`,
  'i',
);

/** "swap Rolo and Luna's times tomorrow", "switch the dates of the MOT and the service". */
function swapped(s: string): Intent | undefined {
  const lead = String.raw`^(?:(?:ok|okay|and|then|so|actually|please|can you|could you)[,\s]+)*(?:swap|switch|exchange|flip|trade)\s+(?:round\s+|over\s+|around\s+)?`;
  const field = String.raw`(times?|dates?|days?|slots?|deadlines?|due dates?)`;
  const tail = String.raw`(?:\s+(?:please|pls|round|around|over|tomorrow|today|tonight|then))*[.!]*$`;
  const m =
    new RegExp(
      String.raw`${lead}(?:the\s+|their\s+)?${field}\s+(?:of|on|for|between)\s+(.+?)\s+(?:and|with|&)\s+(.+?)${tail}`,
      'i',
    ).exec(s) ??
    new RegExp(
      String.raw`${lead}()(.+?)\s+(?:and|with|&)\s+(.+?)['’]s?\s+${field}${tail}`,
      'i',
    ).exec(s);
  if (!m) return undefined;
  const [what, a, b] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[2]!, m[3]!];
  const swap = /^(?:times?|slots?)$/i.test(what) ? 'time' : 'date';
  return {
    type: 'schedule',
    ref: parseRef(a.replace(/['’]s?$/, '')),
    swapWith: parseRef(b),
    swap: swap === 'time' ? 'time' : 'both',
  };
}

function readSchedule(s: string, context: RuleContext): Intent | Intent[] | undefined {
  const swap = swapped(s);
  if (swap) return swap;
  // "my night shifts changed to Thursday Friday Saturday", "move the gym to Mon, Wed and Fri":
  // no one day, so the days it comes round on
  const toDays =
    /^(?:(?:move|change|switch|shift|put)\s+(.+?)|(?!(?:it|that|this)\b)(.+?)\s+(?:(?:have|has|'ve|'s)\s+)?(?:changed|moved|switched|shifted|(?:are|is)\s+(?:now|moving))|(it|that|this)\s+(?:(?:has|'s)\s+)?(?:changed|moved))\s+(?:to|onto)\s+(.+)$/i.exec(
      s,
    );
  const days = toDays && DAYS_LISTED.exec(toDays[4]!.trim());
  if (toDays && days) {
    const named = (toDays[1] ?? toDays[2] ?? toDays[3])!;
    return {
      type: 'set-repeat',
      ref: /^(?:it|that|this)$/i.test(named) ? { kind: 'focus' } : parseRef(named),
      repeat: `every ${days[1]!}`,
    };
  }
  {
    // ("Add 'collect tombola prizes' for Wednesday?", "can you put 'order the cake' on for
    // Friday": words in quotes, said with a verb of adding, are a new task: add.ts)
    if (
      /^(?:(?:anyway|so|ok|okay|and)[,\s]+)*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:add|put|pop|stick|jot|write|note|bung|create)\s+(?:down\s+|in\s+)?(?:a\s+(?:task|reminder)\s+)?["'“‘]/i.test(
        s,
      )
    )
      return undefined;
    // "it's now 6:45pm and two days earlier": the time, on a day so many days on or back
    const andShift =
      /^(.+?)\s*,?\s+and\s+(an?|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(earlier|later|sooner|before|after)$/i.exec(
        s,
      );
    if (andShift && !context.question) {
      const first = schedule.extract(andShift[1]!, { ...context, sentence: andShift[1]! });
      const one = Array.isArray(first) ? undefined : first;
      if (
        one?.type === 'schedule' &&
        one.when &&
        one.shift === undefined &&
        /^(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2}:\d{2}|noon|midday)$/i.test(
          one.when,
        )
      ) {
        const days =
          (COUNT[andShift[2]!.toLowerCase()] ?? Number(andShift[2])) *
          UNITS[andShift[3]!.toLowerCase()]!;
        return { ...one, shift: /^(?:earlier|sooner|before)$/i.test(andShift[4]!) ? -days : days };
      }
    }
    // "can we do same time next week instead?": a week on from its own date, at its time
    // ("push the second one to the same day next week": that one, a week on)
    const nextWeek = new RegExp(
      String.raw`^(?:(?:ok|okay|so|and|then)[,\s]+)*(?:move|push|put|do|make|shift|bump)\s+(.+?)\s+${SAME_NEXT_WEEK}$`,
      'i',
    ).exec(s);
    if (nextWeek && !context.question)
      return {
        type: 'schedule',
        ref: /^(?:it|that|this)$/i.test(nextWeek[1]!) ? { kind: 'focus' } : parseRef(nextWeek[1]!),
        shift: 7,
      };
    // "bump them all to tomorrow except the insulin": the group, less the ones named
    const except = /^(.+?)\s+(?:except(?: for)?|apart from|but not|other than|bar)\s+(.+)$/i.exec(
      s,
    );
    if (except) {
      const read = scheduleOf(except[1]!, context);
      const ref = read && !Array.isArray(read) && 'ref' in read ? read.ref : undefined;
      if (ref && (ref.kind === 'shown' || ref.kind === 'all'))
        return { ...read, ref: { ...ref, except: except[2]! } } as Intent;
    }
    let read = scheduleOf(s, context);
    // ("make it urgent and due today": "it", then more details, never a task called "it urgent
    // and"; details.ts)
    if (
      read &&
      !Array.isArray(read) &&
      'ref' in read &&
      read.ref?.kind === 'words' &&
      /^(?:it|that|this)\s+(?:urgent|high|low|medium|top|important|p[1-4]|and|or)\b|\s(?:and|or)$|\b(?:make|set|mark)\s+(?:it|that)\b/i.test(
        read.ref.text,
      )
    )
      read = undefined;
    // "move it to first thing tomorrow, like 8:30", "move it to the weekend instead, less
    // disruption", "bring it forward to Friday, I want it done before my holiday": the move, then
    // a time it might be at, or why
    const aside =
      !read &&
      /^(?:(?:and|so|ok|okay|then|please)[,\s]+)*(?:move|push|bring|shift|put|set|change|reschedule|postpone|bump|make)\b/i.test(
        s,
      )
        ? /^(.+?)\s*,\s*(?:(?:like|say|maybe|ideally|around|about|at|roughly)\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon|midday)|[^,]+)$/i.exec(
            s,
          )
        : null;
    if (aside) {
      const first = scheduleOf(aside[1]!.replace(/\s+instead$/i, ''), context);
      if (first && !Array.isArray(first) && first.type === 'schedule') {
        if (!aside[2]) read = first;
        else if (first.when)
          read = { ...first, when: `${first.when} at ${aside[2].replace('.', ':')}` };
      }
    }
    // "can you change to one hour later?": a move by so much, not to an hour from now
    const by =
      read && !Array.isArray(read) && read.type === 'schedule' && read.when
        ? new RegExp(
            String.raw`^(?:by\s+)?(${AMOUNT})\s+(later|earlier|sooner|back|forward)$`,
            'i',
          ).exec(read.when)
        : null;
    if (by && read && !Array.isArray(read) && 'ref' in read && read.ref)
      read = shiftBy(read.ref, by[1]!, by[2]!) ?? read;
    // "so the prep needs to be done the day before": a day from the date it has (set just
    // before in the same message, or its own), not from today
    if (
      read &&
      !Array.isArray(read) &&
      read.type === 'schedule' &&
      read.when &&
      /^(?:on\s+)?the\s+(?:day before|previous day|day after|next day|following day)$/i.test(
        read.when.trim(),
      )
    ) {
      const { when, ...rest } = read;
      const step = /before|previous/i.test(when) ? -1 : 1;
      // ("the craft fair got moved to the 25th, so the stall prep …the day before": the day
      // before the one said earlier in the sentence)
      const earlier = context.within?.slice(0, Math.max(0, context.within.indexOf(s)));
      const said = earlier
        ? [
            ...earlier.matchAll(
              /\b(?:to|on|for|till|until)\s+((?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+[a-z]+)?|(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b/gi,
            ),
          ].at(-1)?.[1]
        : undefined;
      read = said ? { ...rest, when: said, offset: step } : { ...rest, shift: step };
    }
    // "gym is on tuesday not thursday": for a weekly repeat, the day it had is said to go
    const notDay =
      /\bnot\s+(?:on\s+)?(?:the\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\s*$/i.exec(s);
    if (notDay && read && !Array.isArray(read) && read.type === 'schedule' && read.when)
      return { ...read, insteadOf: notDay[1]!.slice(0, 2).toUpperCase() };
    return read;
  }
}

function scheduleOf(s: string, context: RuleContext): Intent | Intent[] | undefined {
  const { dialogue, question, within } = context;
  {
    // "add renew the permit, urgent, due Friday", "put task X in 10 days": a new task's date
    if (/^(?:add|create|new task|put\s+(?:a\s+)?(?:new\s+)?task)\b/i.test(s)) return undefined;
    // ("put down MOT for the Corsa on the 14th": written down, a new task)
    if (/^(?:put|jot|write|note|stick|pop)\s+down\s/i.test(s)) return undefined;
    // ("the deadline's friday so like, due thursday": about the task just talked about, details.ts)
    if (
      /^(?:(?:ugh|and|oh|but|also|so)[,\s]+)*(?:the\s+)?(?:deadline|cut-?off|due date|hand-?in|closing date)(?:'s|’s|\s+is)\s+[^,]{1,30}?\s+so\b/i.test(
        s,
      )
    )
      return undefined;
    // ("put something in for Thursday": a new task, what it is still to be said)
    if (/^(?:put|pop|stick|bung)\s+(?:something|a thing|one|a task|a reminder)\b/i.test(s))
      return undefined;
    // "put a note on it: Amlodipine 5mg, 28 days": a note says what it says (describe.ts)
    if (/\b(?:note|notes|description|comment|memo)\b[^:]{0,30}:/i.test(s)) return undefined;
    // "do it on the 5th, not the 10th": the when it had, said to put it right
    const notThat =
      /(?<=\S),?\s+(?:and\s+)?not\s+(?:on\s+|at\s+|for\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|(?:half|quarter)\s+(?:past\s+|to\s+)?\d{1,2}|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)$/i;
    const corrected = s;
    if (notThat.test(s) && looksLikeWhen(whenIn(s.replace(notThat, ''))))
      s = s.replace(notThat, '');
    // "move task 2", "push the dentist one": a move asked for, with no when yet
    const whither =
      /^(?:(?:please|pls|can you|could you)\s+)*(?:move|push|reschedule|re-schedule|shift|bump|rebook|postpone|put off)\s+((?:task\s*#?\d+|#\d+)|(?:the|my)\s+.+?\s+(?:one|task|reminder|item|job)|it|that|this)(?:\s+(?:please|pls|for me))?$/i.exec(
        s,
      );
    // "I'm not going to get the quilt done tomorrow", "won't finish the essay by Friday": late,
    // so later (how far, asked)
    const late =
      /^(?:(?:i'm|i am|we're|we are)\s+(?:not going to|not gonna|never going to)|i\s+(?:won't|will not|can't|cannot|don't think i'll|doubt i'll)|(?:i'm|i am|we're|we are)\s+not\s+(?:going to be able to|gonna be able to))\s+(?:be able to\s+)?(?:get|have)\s+(.+?)\s+(?:done|finished|sorted|ready|completed)(?:\s+(?:by|for|on)?\s*(?:today|tonight|tomorrow|this week|this weekend|in time|on time|then|that day|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?(?:\s+(?:after all|either|then))?$/i.exec(
        s,
      );
    if (late && !question) return { type: 'schedule', ref: parseRef(late[1]!), when: '', ahead: 1 };
    if (whither && !/^(?:postpone|put off)$/i.test(s.split(/\s+/)[0]!))
      return { type: 'schedule', ref: parseRef(whither[1]!), when: '' };
    // "reschedule menu planning", "can you schedule the lighthouse open day?": when is asked,
    // for a task of that name (with none, a new task to schedule)
    const unset =
      /^(?:(?:please|pls|can you|could you|would you)\s+)*(?:reschedule|re-schedule|rebook|re-book|schedule|set a date for|find a (?:day|date|time) for)\s+(?!(?:a|an|some|another|new|me|us)\b)(.+?)(?:\s+(?:please|pls|for me))?\??$/i.exec(
        s,
      );
    if (unset && !onlyDetails(unset[1]!) && !looksLikeWhen(whenIn(unset[1]!)))
      return {
        type: 'schedule',
        ref: parseRef(unset[1]!),
        when: '',
        fallback: {
          type: 'add',
          title: tidyTitle(
            s
              .replace(/^(?:(?:please|pls|can you|could you|would you)\s+)+/i, '')
              .replace(/\?+$/, ''),
          ),
        },
      };
    // "school dey close 3pm today, change the chidi pickup time": the time the news gives, to it
    const timeNews =
      /^(.+?)\s*[,;—–-]+\s*(?:so\s+)?(?:please\s+)?(?:change|update|move|adjust|fix|set)\s+(?:the\s+)?(.+?)(?:'s)?\s+(?:time|date|day|time and date|date and time)(?:\s+(?:to match|accordingly|then|please|too))?$/i.exec(
        s,
      );
    // ("…, so move the invoice to the 28th so it lands in time": when is said with the move)
    const told =
      timeNews && !/\s(?:to|till|until|for|on|at|by|so|because)\s/i.test(timeNews[2]!)
        ? whenIn(timeNews[1]!)
        : '';
    if (timeNews && told) return { type: 'schedule', ref: parseRef(timeNews[2]!), when: told };
    // "can u reschedule my haircut", "I need to change the time of the parent-teacher meeting":
    // a move asked for, with no when yet (a new task when nothing on the list is called that)
    const moveOf =
      /^(?:(?:please|pls|can you|could you|can u|could u|i need to|i have to|i want to|i wanna|i'd like to|need to|gotta)\s+)*(?:move|reschedule|re-schedule|rebook|re-book|push|bump|shift|postpone|delay|put\s+off|change\s+the\s+(?:time|date|day)\s+(?:of|for|on))\s+((?:the|my|our|\p{L}+['’]s)\s+[^,]+?)(?:\s+(?:please|pls|for me))?$/iu.exec(
        s,
      );
    // "swap biscuit's time", "change the dentist's date": when it is, to be said next
    const timeOf =
      /^(?:(?:please|pls|can you|could you|can u|i need to|i want to)\s+)*(?:swap|change|switch|move|update)\s+(.+?)(?:'s|s')\s+(?:time|date|day|slot)(?:\s+(?:please|pls|for me))?$/i.exec(
        s,
      );
    if (timeOf && !/^(?:it|that|this|the)$/i.test(timeOf[1]!))
      return { type: 'schedule', ref: parseRef(timeOf[1]!), when: '' };
    // ("move the oil change to next monday", "move the sofa to the garage": where or when is
    // said, read below)
    // ("push the Patel house move": later, how far to be asked)
    const pushed = moveOf && /^(?:\S+\s+)*?(?:push|bump|postpone|delay|put\s+off)\s/i.test(s);
    if (
      moveOf &&
      !onlyDetails(moveOf[1]!) &&
      // ("move the dinner one hour later": how far is said, read below)
      !/\d|\b(?:later|earlier|sooner|hours?|minutes?|mins?|days?|weeks?|months?|fortnight|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b/i.test(
        moveOf[1]!,
      ) &&
      !/\s(?:to|till|until|for|on|at|by|and|from|into|onto|back|forward|up|down|out)(?:\s|$)/i.test(
        moveOf[1]!,
      )
    )
      return {
        type: 'schedule',
        ref: parseRef(moveOf[1]!),
        when: '',
        ...(pushed ? { ahead: 1 as const } : {}),
        fallback: {
          type: 'add',
          title: tidyTitle(
            s.replace(
              /^(?:(?:please|pls|can you|could you|can u|could u|i need to|i have to|i want to|i wanna|i'd like to|need to|gotta)\s+)+/i,
              '',
            ),
          ),
          unasked: true,
        },
      };
    // "push the rent back", "can you make the lambing supplies a bit sooner": a move, how far
    // not said yet
    const howFar =
      /^(?:(?:please|pls|can you|could you|would you)\s+)*(?:make|move|bring|push|put|shift|bump|kick)\s+(.+?)\s+(?:a\s+(?:bit|little|tad|touch)\s+|(?:a\s+)?(?:little|bit)\s+)?(sooner|earlier|later|forward|back|off)(?:\s+(?:a\s+(?:bit|little))?)?(?:\s+(?:please|pls|for me))?$/i.exec(
        s,
      );
    if (
      howFar &&
      !/\d|\b(?:day|week|month|hour|minute|fortnight)s?\b/i.test(howFar[1]!) &&
      // ("… a week earlier, bring it forward": how far was said beside it)
      !/\d|\b(?:days?|weeks?|months?|hours?|fortnight|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(
        within ?? '',
      ) &&
      // ("bring the bins back", "put the chairs back": things to do)
      !(/^(?:\S+\s+)*?(?:bring|put|make)\b/i.test(s) && /back$/i.test(s))
    )
      return {
        type: 'schedule',
        ref: parseRef(howFar[1]!),
        when: '',
        ahead: /^(?:sooner|earlier|forward)$/i.test(howFar[2]!) ? -1 : 1,
      };
    // "move the council call to the morning": the same hour, in that half of the day
    const toHalf =
      /^(?:(?:please|pls|can you|could you)\s+)*(?:move|push|shift|switch|change|put|bring)\s+(.+?)\s+(?:to|into)\s+(?:the\s+)?(morning|afternoon|evening)$/i.exec(
        s,
      );
    if (toHalf)
      return {
        type: 'details',
        ref: parseRef(toHalf[1]!),
        text: '',
        dayPart: partOfDay(toHalf[2]!),
      };
    // ", keep the time": moving the day keeps its time anyway
    s = s.replace(
      /[\s,]+(?:but\s+)?(?:keep (?:the|its) (?:same )?time|(?:at\s+)?(?:the\s+)?same (?:time|hour))$/i,
      '',
    );
    // "the bank visit, I want it one day later": the task, then the move
    const wantIt =
      /^(.+?)\s*(?:,|\s[—–-]|—|–)\s*(?:i\s+(?:want|need|would like|'d like|(?:would\s+|'d\s+)?prefer)(?:\s+to\s+(?:have|move|bring|put|do|anticipate|advance|postpone))?|can you (?:make|move|put|bring|push)|make|have|put|move|push|bring)\s+(?:it|that)\s+(?!done\b|finished\b)(.+?)(?:[\s,]+(?:please|pls|thanks|thx))?$/i.exec(
        s,
      ) ??
      // "hire van: return it a day later, same time": the task, its deed, then when
      /^(.+?)\s*(?::|\s[-–—]\s)\s*(?:do|return|send|pay|call|ring|collect|book|post|submit|finish|take|bring|pick up|drop off|hand in)\s+(?:it|that|them)\s+((?:an?|one|two|three|\d+)\s+(?:days?|weeks?|hours?)\s+(?:later|earlier|sooner)|(?:on|at|by|to|till|until)\s+.+)(?:[\s,]+(?:please|pls|thanks|thx))?$/i.exec(
        s,
      ) ??
      // "rice cooker task, do it today"
      /^(.+?\s(?:task|one|job))\s*,\s*do\s+(?:it|that)\s+(.+?)(?:[\s,]+(?:please|pls|thanks|thx))?$/i.exec(
        s,
      ) ??
      // "the visa documents task, move to day after tomorrow"
      /^(.+?)\s*,\s*(?:move|push|change|put|set)\s+(?=to\s|till\s|until\s|for\s)(.+?)(?:[\s,]+(?:please|pls|thanks|thx))?$/i.exec(
        s,
      );
    // ("client pushed the call, move it to Friday": what happened, then the task just talked about)
    const happened =
      wantIt &&
      /\s/.test(wantIt[1]!) &&
      /\b(?:pushed|moved|said|says|asked|called|rang|cancelled|canceled|changed|wants|needs|was|got|had|delayed|late|postponed|rescheduled|running|looks?|seems?|is|are|good|fine|clear|free|busy|stuck|away|off|sick|ill)\b|['’](?:s|re|m|ve)\b|^(?:i|we)\s/i.test(
        wantIt[1]!,
      ) &&
      (dialogue.lastAction || dialogue.lastAsked);
    // ("ah no, push that out a week": only small words before the comma)
    const onlyFiller =
      wantIt &&
      /^(?:(?:ah|oh|no|nope|nah|ok|okay|actually|sorry|hmm+|um+|wait|oops|right|so|and|well|no worries|no problem|cheers|thanks|great|lovely|perfect|cool|sweet|fine)[\s,]*)+$/i.test(
        wantIt[1]!,
      );
    // ("…, put it back": back on the list, no move)
    // (", bring it forward" after "… a week earlier": the move is said before it)
    // ("Mrs Osei rang, can we do same time next week instead?": a week on from its date)
    if (
      wantIt &&
      !question &&
      new RegExp(String.raw`^${SAME_NEXT_WEEK}$`, 'i').test(wantIt[2]!.trim())
    )
      return {
        type: 'schedule',
        ref: happened || onlyFiller ? { kind: 'focus' } : whoseWhen(wantIt[1]!),
        shift: 7,
      };
    // ("rain forecast, push it a day" right after adding one: "it" is that one, unless the words
    // before the comma name a task; the executor tells)
    if (
      wantIt &&
      !question &&
      !happened &&
      !onlyFiller &&
      (dialogue.lastAction || dialogue.lastAsked) &&
      /\s(?:it|that)\s/i.test(wantIt[0]!.slice(wantIt[1]!.length)) &&
      !/^(?:back|forward|up|ahead|earlier|later)$/i.test(wantIt[2]!.trim())
    ) {
      const said = `move it ${wantIt[2]}`;
      const moved = scheduleOf(said, { ...context, sentence: said });
      if (moved && !Array.isArray(moved) && moved.type === 'schedule' && moved.ref.kind === 'focus')
        return { ...moved, ref: { kind: 'focus', topic: wantIt[1]! } };
    }
    if (
      wantIt &&
      !question &&
      !/^(?:back|forward|up|ahead|earlier|later)$/i.test(wantIt[2]!.trim())
    )
      s = happened || onlyFiller ? `move it ${wantIt[2]}` : `move ${wantIt[1]} ${wantIt[2]}`;
    // "physio called, they need to move my appointment an hour later", "her owner asked to push it
    // back an hour": the move asked for
    s = s.replace(
      /^(?:[^,]+,\s*)?(?:i|we|they|he|she|you|(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+(?:need|needs|have|has|want|wants|wanted|would like|'d like|will have|had|asked|asks|has asked|have asked)\s+(?:us\s+|me\s+)?to\s+(?=(?:move|push|shift|reschedule|postpone|delay|bring|put)\b)/iu,
      '',
    );
    // "they want the piano tuning at 1pm instead", "the Lyon client needs their translation a day
    // earlier": a task, when someone else wants it
    const wantsIt =
      /^(?:[^,]+,\s*)?(?:they|he|she|(?:the\s+|my\s+|our\s+)?[\p{L}'-]+(?:\s+(?:in|at|from|of)\s+[\p{L}\p{N}'-]+(?:\s+\d{1,3})?|\s+[\p{L}'-]+)?)\s+(?:want|wants|wanted|need|needs|would like|'d like|like|asked for|has asked for|prefer|prefers)\s+((?:the|their|his|her|my|our)\s+.+?)\s+(?:(?:earlier|later|sooner|moved|brought forward|moved up|pushed back)\s*[,;]?\s+(?=(?:on|to|for)\s|(?:today|tomorrow|tonight|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))?((?:at|on|for|to|by)\s+.+?|(?:an?|one|two|three|half an|\d+)\s+(?:minutes?|mins?|hours?|days?|weeks?)\s+(?:earlier|later|sooner)|(?:today|tomorrow|tonight|(?:next|this)\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+.+?)?)(?:\s+instead)?(?:\s*[,;]\s*(?:so\s+)?(?:bring|move|push|put)\s+(?:it|that)(?:\s+(?:forward|back|earlier|later))?)?$/iu.exec(
        s,
      );
    // ("my boss needs the report by Friday": what someone needs is no date of ours)
    if (
      wantsIt &&
      !question &&
      !(/^by\s/i.test(wantsIt[2]!) && /\bneeds?\b/i.test(s.slice(0, s.indexOf(wantsIt[1]!))))
    ) {
      // ("the tenant in flat 2 asked for the gas check …": the place said of who asks is the
      // task's too)
      const place =
        /^(?:[^,]+,\s*)?(?:the\s+|my\s+|our\s+)?[\p{L}'-]+\s+(?:in|at|from|of)\s+([\p{L}\p{N}'-]+(?:\s+\d{1,3})?)\s/iu.exec(
          s,
        );
      const obj = `${wantsIt[1]!.replace(/^(?:their|his|her)\s+/i, 'the ')}${place ? ` ${place[1]}` : ''}`;
      const by = /^(.+?)\s+(earlier|later|sooner)$/i.exec(wantsIt[2]!);
      const shift = by && shiftBy(parseRef(obj), by[1]!, by[2]!);
      if (shift) return shift;
      const when = clean(wantsIt[2]!.replace(/^(?:to|for)\s+/i, ''));
      if (looksLikeWhen(when)) return { type: 'schedule', ref: parseRef(obj), when };
    }
    // "can't make tuesday for the ultrasound refresher, do thursday": the day that works instead
    const cantMake =
      /^(?:(?:i|we)\s+)?(?:can't|cannot|can not|won't)\s+(?:make|do)\s+(?:it\s+)?(?:on\s+)?(\S+(?:\s+\S+)?)\s+for\s+(.+?)\s*[,;.]?\s*(?:so\s+)?(?:do|make it|move it to|put it on|let's do|lets do)\s+(.+)$/i.exec(
        s,
      );
    if (cantMake && !question && looksLikeWhen(clean(cantMake[3]!)))
      return { type: 'schedule', ref: parseRef(cantMake[2]!), when: clean(cantMake[3]!) };
    // "roster change - carlisle route learning now tmrw 0700": when it is now
    const nowThen =
      /^(?:[^-–—:]+\s[-–—:]\s+)?(?!(?:it|that|this|i|we|you|he|she|they)\b)(.+?)\s+(?:is\s+)?now\s+((?:on|at|for)\s+.+|(?:today|tonight|tomorrow|tmrw|next|this|mon|tue|wed|thu|fri|sat|sun)\S*(?:\s+.+)?|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?=[\s,]|$).*|\d{1,2}:\d{2}\b.*|(?:noon|midday)\b.*)$/i.exec(
        s,
      );
    // ("Callum's mock test is now 2:30pm, same day": only the time changes)
    const nowWhen = nowThen && clean(nowThen[2]!.replace(/[,\s]+(?:the\s+)?same\s+day$/i, ''));
    if (nowThen && nowWhen && !question && looksLikeWhen(nowWhen))
      return { type: 'schedule', ref: parseRef(nowThen[1]!), when: nowWhen };
    // "I need the catalogue done by the day after tomorrow": when it is to be done by (not "I need
    // to send the translation back by tomorrow": a deed to do)
    const needDone =
      /^(?:.*?[,;]\s*)?(?:i|we)\s+(?:need|want|'d like|would like)\s+(?!to\s)(.+?)\s+(?:done|finished|ready|sorted|in|sent|back)\s+((?:by|for|on|before)\s+.+)$/i.exec(
        s,
      );
    if (needDone && !question && looksLikeWhen(clean(needDone[2]!)))
      return { type: 'schedule', ref: parseRef(needDone[1]!), when: clean(needDone[2]!) };
    // "swimming's not till Thursday, change it": when it is, with the task just talked about
    const notTill =
      /^(?:(?:actually|wait|oh|no|sorry|ah)[,\s]+)*(?:it's|its|it is|[\p{L}'-]+(?:'s|\s+is))\s+not\s+(?:till|until)\s+(.+?)(?:\s*[,;]?\s*(?:so\s+)?(?:change|move|update|fix|put)\s+(?:it|that)(?:\s+to\s+then)?)?$/iu.exec(
        s,
      );
    if (
      notTill &&
      !question &&
      looksLikeWhen(clean(notTill[1]!)) &&
      (dialogue.lastAction || dialogue.lastAsked)
    )
      return { type: 'schedule', ref: { kind: 'focus' }, when: clean(notTill[1]!) };
    // "the window cleaner needs paying saturday, can you set that", "Henderson depo prep needs to
    // be done two days sooner": that task, when it is to be done
    const needsDoing =
      /^(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:(?:needs|need|has|have)\s+(?:to\s+be\s+(?:done|\w+ed)|\w+ing)|(?:is|are)\s+needed)\s+(?!(?:and|but|or|so|because|since|as)\b)(.+?)(?:\s*,\s*(?:can you|could you|please|pls)\s+(?:set|do|sort|put|make)\s+(?:that|it|this)(?:\s+(?:up|for me|please))?)?$/i.exec(
        s,
      );
    if (
      needsDoing &&
      !question &&
      !/^(?:i|we|you|it|that|this|he|she|they)$/i.test(needsDoing[1]!)
    ) {
      const ref = parseRef(needsDoing[1]!);
      const by = /^(.+?)\s+(earlier|later|sooner)$/i.exec(needsDoing[2]!);
      const shift = by && shiftBy(ref, by[1]!, by[2]!);
      if (shift) return shift;
      const when = clean(needsDoing[2]!.replace(/^(?:on|for)\s+/i, ''));
      if (!by && looksLikeWhen(when)) return { type: 'schedule', ref, when };
    }
    // "i'll do call dad tomorrow instead": that task, on that day
    const doItThen =
      /^(?:i'll|i will|i'm going to|i am going to|gonna|i'll just|i can|i could|let me)\s+(?:just\s+)?(?:do\s+)?(.+?)(?:\s+instead)?$/i.exec(
        s,
      );
    // (only "do …", "… instead" or a thing known already, "the mats": "I'll call mum tomorrow"
    // is a new task)
    const doWhen =
      doItThen &&
      !question &&
      /\bdo\s|\sinstead$|^\S+(?:\s+(?:will|going to|gonna|just))?\s+\p{L}+\s+(?:the|my|our)\s/iu.test(
        s,
      )
        ? splitWhen(doItThen[1]!)
        : undefined;
    if (doWhen && doWhen.ref) s = `move ${doWhen.ref} to ${doWhen.when}`;
    // "move it to the same time a week later": the time it has stays anyway
    s = s.replace(/\s+(?:to|at|for)\s+the\s+same\s+time(?=\s+\S)/i, '');
    // "the vet moved my appointment to 7:15pm": someone else moved the task
    const theyMoved =
      /^(?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:has\s+|have\s+|just\s+)?(?:moved|pushed|rescheduled|changed|bumped|shifted)\s+((?:my|our|the|his|her)\s+.+?)\s+(?:to|till|until|for)\s+(.+)$/i.exec(
        s,
      );
    if (!question && theyMoved && looksLikeWhen(clean(theyMoved[2]!)))
      return { type: 'schedule', ref: parseRef(theyMoved[1]!), when: clean(theyMoved[2]!) };
    // "push back 30 mins": the task just talked about
    s = s.replace(
      /^((?:push|move|shift|bring|put|bump|knock|pull)\s+)(back|forward|ahead|up)\s+(?=(?:by\s+)?(?:\d|an?\b|one\b|two\b|three\b|half\b))/i,
      '$1it $2 ',
    );
    // "move it up a day", "push that back by two weeks": the task just talked about, that far
    const pronounBy = new RegExp(
      String.raw`^(?:(?:and|so|then|also|please)\s+)*(?:move|push|bring|shift|bump|pull|knock)\s+(?:it|that|this|them)\s+(up|ahead|forward|back)\s+(?:by\s+)?(${AMOUNT})(?:\s+(?:please|pls|then|too|instead))?$`,
      'i',
    ).exec(s);
    if (pronounBy && !question) {
      const moved = shiftBy({ kind: 'focus' }, pronounBy[2]!, pronounBy[1]!);
      if (moved) return moved;
    }
    // "and an hour later too" after a move: as much again
    const moreShift = new RegExp(
      String.raw`^(?:(?:and|also|plus|oh and)\s+)*(?:also\s+)?(${AMOUNT})\s+(later|earlier)(?:\s+(?:too|as well|also|then))?$`,
      'i',
    ).exec(s);
    if (moreShift && !question && dialogue.lastTimed) {
      const moved = shiftBy({ kind: 'focus' }, moreShift[1]!, moreShift[2]!);
      if (moved) return moved;
    }
    // "the thank you cards are going out tomorrow, can you set that as the date": then
    const setThat =
      /^(?!(?:it|that|this|they|i|we)\b)(.+?)\s+(?:is|are|'s|'re)\s+(?:going out|going|happening|being sent|being done|due|on)\s+(.+?)\s*,?\s*(?:so\s+)?(?:(?:can|could)\s+you\s+|please\s+)?(?:set|make|put)\s+(?:that|it|this)\s+(?:as\s+)?(?:the\s+|its\s+)?(?:due\s+)?(?:date|deadline|day)(?:\s+please)?$/i.exec(
        s,
      );
    if (setThat && !question && looksLikeWhen(clean(setThat[2]!)))
      return { type: 'schedule', ref: parseRef(setThat[1]!), when: clean(setThat[2]!) };
    // "Mrs Allen's invoice can wait till the end of the month": moved then; "X can wait": as it is
    const canWait =
      /^(?!(?:it|that|this|they|those|them|i|we|you)\b)([^,;]+?)\s+can\s+(?:wait|hold on|hang on)(?:\s+(?:till|until|to)\s+([^,;]+?))?(?:\s+(?:then|now|for now))?$/i.exec(
        s,
      );
    // (till something that is no when: not read here)
    if (canWait && !question && !(canWait[2] && !looksLikeWhen(clean(canWait[2]))))
      return canWait[2]
        ? { type: 'schedule', ref: parseRef(canWait[1]!), when: clean(canWait[2]) }
        : { type: 'dismiss' };
    // "physio an hour earlier please", "the dentist thing 2 days later": a task named, then how far
    // (not "call mom an hour later": a deed first is a new task's)
    const namedBy = new RegExp(
      String.raw`^((?:(?:the|my|our)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s*,?\s+(?:(?:one|thing|task|appointment)\s+)?(?:(?:now\s+)?(?:starts?|begins?|kicks?\s+off)\s+|(?:is|'s)\s+now\s+)?(${AMOUNT})\s+(later|earlier|sooner)(?:\s+(?:please|pls|thanks|instead|now|than planned|than before))?$`,
      'iu',
    ).exec(
      s.replace(
        /\s*,\s*(?:so\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:update|change|fix|move)\s+(?:it|that)(?:\s+please)?$/i,
        '',
      ),
    );
    if (
      namedBy &&
      !question &&
      !TASK_VERBS.has(namedBy[1]!.split(/\s+/)[0]!.toLowerCase()) &&
      !/^(?:and|also|so|then|just|maybe|actually|please|pls|can|could|would|will|it's|its|that's|thats|there's|i'm|we're|they're|he's|she's)(?!\S)|\b(?:it|that|this|them|those|these|me|you)$|\b(?:has|have|had|is|are|was|were|be|asked|wants?|needs?|said|says|for|to|can|could|will|would|should|i|we|they|he|she)\b/i.test(
        namedBy[1]!,
      )
    ) {
      const moved = shiftBy(parseRef(namedBy[1]!), namedBy[2]!, namedBy[3]!);
      if (moved) return moved;
    }
    // "The venue has pushed the walkthrough back a week", "Dispatch says the pickup's been pushed
    // back 3 hours": news of a move is the move
    const news = question ? undefined : reportedMove(s);
    if (
      news?.type === 'schedule' &&
      (news.ref.kind !== 'focus' || dialogue.lastAction || dialogue.lastAsked)
    )
      return news;
    // "Nan's moved it to 1pm", "they rescheduled to Thursday", "they asked for 3:30 instead",
    // "they gave me till Friday, move it", "they called, it's half an hour earlier now", "it's
    // moving to 9:45 from now on", "that needs doing on the 1st": the task just talked about, moved
    const talkedAbout = dialogue.lastAction || dialogue.lastAsked;
    const reported = question || !talkedAbout ? undefined : movedItTo(s);
    if (reported) s = `move it ${reported}`;
    // "push it two more days": as many again, from where it is now
    s = s.replace(
      /\b(\d+|an?|one|two|three|four|five|six|seven|a couple of|a few)\s+more\s+(days?|weeks?)\b/i,
      '$1 $2',
    );
    // "same time on friday", "friday, same time" about the task talked about: that day, its time
    const sameTime =
      /^(?:(?:and|ok|okay|so|then|actually|no)[,\s]+)*(?:(?:at\s+)?(?:the\s+)?same\s+(?:time|hour)\s+(?:on\s+)?(.+?)|(.+?),?\s+(?:at\s+)?(?:the\s+)?same\s+(?:time|hour))(?:\s+(?:please|then|instead))?$/i.exec(
        s,
      );
    const sameDay = sameTime && clean(sameTime[1] ?? sameTime[2]!);
    if (
      sameDay &&
      !question &&
      (dialogue.lastAction || dialogue.lastAsked) &&
      looksLikeWhen(sameDay) &&
      !/\d|\b(?:am|pm|noon|midday|morning|evening|afternoon|night)\b/i.test(sameDay)
    )
      return { type: 'schedule', ref: { kind: 'focus' }, when: sameDay };
    // "the mayor interview got pushed, same time on friday", "designer cancelled, same day next
    // week": the news, then the new when
    s = s.replace(
      /^(.+?)\s(?:(?:has been|have been|was|were|got|is|are|'s been|just)\s+)?(?:moved|rescheduled|pushed|postponed|bumped|delayed|cancelled|canceled|called off|bailed)(?:\s+(?:back|again|on us|on me))?\s*[,;:—–-]+\s*(?:(?:so|now|new one is|rebook(?:ed)? (?:it )?for)\s+)?(?=(?:at\s+)?(?:the\s+)?same\s+(?:time|day)\b)/i,
      '$1 moved to ',
    );
    // "the dentist moved to thursday, same time", "gym got pushed to Friday": a move, reported
    let moved =
      /^(?:(?:oh|so|fyi|btw|heads up|update|ok|okay)[,:\s-]+)*(.+?)\s+(?:has been|have been|was|were|got|is|are|just|'s)?\s*(?:moved|rescheduled|pushed(?: back)?|postponed|bumped|shifted|put back|brought forward|changed|change|moves|changes|move|moving|going|switching|switched|needs to (?:move|change|be moved))\s+(?:to|till|until|for|on)\s+(.+?)(?:[\s,]+(?:(?:at\s+)?(?:the\s+)?same (?:time|hour)|keep the time))?$/i.exec(
        s,
      );
    // "the 8C reports deadline got extended by a week, move it": moved by that much, reported
    const movedBy =
      /^(?:(?:oh|so|fyi|btw|heads up|update|ok|okay|good news)[,:\s-]+)*(.+?)\s+(?:has been|have been|was|were|got|is|are|'s|has|have)?\s*(?:moved|pushed(?: back)?|postponed|delayed|extended|put back|bumped|shifted|brought forward|pulled forward)\s+(?:back\s+|forward\s+)?(?:by\s+)?((?:\d+|an?|one|two|three|four|five|six|seven|a couple of|a few|another)\s+(?:days?|weeks?|fortnight))(?:\s+(later|earlier|back|forward))?(?:[\s,.;]+(?:so\s+)?(?:please\s+|can you\s+|could you\s+)?(?:move|update|change|push|shift|adjust|fix)\s+(?:it|that|the (?:task|date|deadline))(?:\s+(?:please|too|accordingly))?)?$/i.exec(
        s,
      );
    // ("push the oil change to friday": a move asked for, of the oil change, read below)
    if (moved && new RegExp(String.raw`^${MOVE}\s`, 'i').test(moved[1]!)) moved = null;
    const byDays = movedBy && daysIn(movedBy[2]!);
    if (!question && movedBy && byDays && !/^(?:it|i|we|you|they)$/i.test(movedBy[1]!)) {
      const what = movedBy[1]!
        .replace(/^(?:the\s+)?(?:deadline|due date|date)\s+(?:for|of|on)\s+/i, '')
        .replace(/\s+(?:deadline|due date)$/i, '');
      const earlier = /forward|earlier/i.test(`${movedBy[0]}`.replace(movedBy[1]!, ''));
      return { type: 'schedule', ref: parseRef(what), shift: earlier ? -byDays : byDays };
    }
    const movedTo = moved ? clean(moved[2]!).replace(/^(\d{1,2}(?:st|nd|rd|th))$/i, 'the $1') : '';
    // ("the dentist rang, it's been moved to …": the thing named before it)
    const movedIt =
      moved &&
      /^(?:(.+?)\s*,\s*)?(?:it|that|this)(?:'s|\s+has|\s+is)?(?:\s+been)?$/i.exec(moved[1]!);
    if (!question && movedIt && looksLikeWhen(movedTo))
      return {
        type: 'schedule',
        ref: movedIt[1] ? { kind: 'focus', context: movedIt[1] } : { kind: 'focus' },
        when: movedTo,
      };
    if (!question && moved && looksLikeWhen(movedTo) && !/^(?:it|i|we|you)$/i.test(moved[1]!))
      return { type: 'schedule', ref: parseRef(moved[1]!), when: movedTo };
    // ("…, same day next week": a week on, the time it has kept)
    if (
      !question &&
      moved &&
      new RegExp(String.raw`^${SAME_NEXT_WEEK}$`, 'i').test(moved[2]!.trim()) &&
      !/^(?:it|i|we|you)$/i.test(moved[1]!)
    )
      return { type: 'schedule', ref: parseRef(moved[1]!), shift: 7 };
    // "choir's moving to thursdays": it repeats on that day now
    const weekdays = /^(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)s$/i.exec(movedTo);
    if (!question && moved && weekdays && !/^(?:it|i|we|you)$/i.test(moved[1]!))
      return { type: 'details', ref: parseRef(moved[1]!), text: `every ${weekdays[1]}` };
    // ("chess club is moving to Wednesdays and Thursdays at 12:30": those days, at that time)
    const days = new RegExp(
      String.raw`^(?:on\s+)?((?:(?:mon|tues|wednes|thurs|fri|satur|sun)days)(?:(?:\s*,\s*|\s+(?:and|&|\+)\s+|\s*,\s*and\s+)(?:mon|tues|wednes|thurs|fri|satur|sun)days)*)(\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon|midday)(?:\s*(?:am|pm))?)?$`,
      'i',
    ).exec(movedTo);
    if (!question && moved && days && !/^(?:it|i|we|you)$/i.test(moved[1]!))
      return {
        type: 'set-repeat',
        ref: parseRef(moved[1]!),
        repeat: `every ${days[1]!.replace(/days\b/gi, 'day')}${days[2] ?? ''}`,
      };
    // "Kowalski logo: new deadline is the 25th", "new date for the MOT is Friday": when it is now
    const newDate =
      /^(.+?)\s*(?::|\s-|—|,)\s*(?:the\s+)?new\s+(?:deadline|date|due date|day|time)\s+(?:is|'s|=|:)\s*(.+)$/i.exec(
        s,
      ) ??
      /^(?:the\s+)?new\s+(?:deadline|date|due date|day|time)\s+(?:for|on|of)\s+(.+?)\s+(?:is|'s|=|:)\s*(.+)$/i.exec(
        s,
      );
    if (!question && newDate && looksLikeWhen(clean(newDate[2]!)))
      return { type: 'schedule', ref: parseRef(newDate[1]!), when: clean(newDate[2]!) };
    // "give me another 3 days for the theory test revision": that much later
    const extra =
      /^(?:(?:can you|please|pls)\s+)?(?:give me|give us|i need|i'll need|we need|i've got|i got|i get)\s+(?:another|an extra|extra|a further)\s+((?:\d+|an?|one|two|three|four|five|six|seven|a couple of|a few)\s+(?:days?|weeks?)|(?:day|week|fortnight))\s+(?:for|on|with|to do|to finish)\s+(.+)$/i.exec(
        s,
      );
    const extraDays =
      extra && daysIn(/^(?:day|week|fortnight)$/i.test(extra[1]!) ? `a ${extra[1]}` : extra[1]!);
    if (!question && extra && extraDays)
      return { type: 'schedule', ref: parseRef(extra[2]!), shift: extraDays };
    // "give it another 3 days", "give the quilt an extra week": that much later
    const giveIt =
      /^(?:(?:ok|okay|so|then|just|please|let's)[,\s]+)*give\s+(it|that|this|them|those|both|(?:the|my)\s+.+?)\s+(?:(?:another|an extra|extra|a further|a)\s+)?((?:\d+|one|two|three|four|five|six|seven|a couple of|a few)\s+(?:more\s+)?(?:days?|weeks?)|day|week|fortnight)(?:\s+(?:then|please|more|longer|extra))*$/i.exec(
        s,
      );
    const giveSaid = giveIt?.[2]!.replace(/\s+more\s+/i, ' ');
    const giveDays =
      giveSaid && daysIn(/^(?:day|week|fortnight)$/i.test(giveSaid) ? `a ${giveSaid}` : giveSaid);
    if (!question && giveIt && giveDays)
      return { type: 'schedule', ref: parseRef(giveIt[1]!), shift: giveDays };
    // "nursery pickup is at 3:30 today not 3": when it is, put right
    const isAt =
      /^(?!(?:it|that|this|there|what|when|which|who)\b)(.+?)(?:\s+is|\s+are|'s|'re|\s+(?:now\s+)?(?:starts?|begins?|kicks off|opens|is starting|comes out|goes out|gets taken|is taken|is paid|gets paid|falls due|is collected|gets collected))\s+(?:now\s+)?((?:at|on)\s+.+?)(?:(?:\s+now)?[\s,]+(?:and\s+)?(?:not|instead of)\s+(?:at\s+|on\s+)?(?:half\s+|quarter\s+(?:past\s+|to\s+)?)?\S+(?:\s*(?:am|pm))?|\s+now(?=$)|(?<=\bnow\s+(?:at|on)\s+.+)|(?<=\b(?:comes out|goes out|gets taken|is taken|is paid|gets paid|falls due|is collected|gets collected)\s+(?:at|on)\s+.+)\s+now)$/i.exec(
        corrected,
      );
    if (!question && isAt && looksLikeWhen(clean(isAt[2]!)))
      return { type: 'schedule', ref: parseRef(isAt[1]!), when: clean(isAt[2]!) };
    // "gym tonight isn't happening, do tomorrow same time": not then, but on the day said
    const notThen =
      /^(.+?)\s+(?:isn't|is not|ain't|won't be|is not going to be)\s+happening\s*[,;.-]?\s*(?:so\s+)?(?:(?:do|move|put|make|push|have)\s+(?:it\s+|that\s+)?)?(?:for\s+|to\s+)?(.+)$/i.exec(
        s,
      );
    if (!question && notThen && looksLikeWhen(clean(notThen[2]!))) {
      const what = notThen[1]!.replace(
        /\s+(?:tonight|today|tomorrow|this (?:morning|afternoon|evening))$/i,
        '',
      );
      return { type: 'schedule', ref: parseRef(what), when: clean(notThen[2]!) };
    }
    // ("change task 2 to say ring Gran on Sunday": words for the title)
    if (question || /\bto\s+(?:say|read)\b|\bso\s+it\s+(?:says|reads)\b|\bcalled\b/i.test(s))
      return undefined;
    // "no due date for the gym one", "remove the date from task 2", "clear the deadline on it"
    const clear =
      /^(?:(?:remove|clear|drop|delete|take off|get rid of|forget|forget about|lose|scrap|ditch|bin|wipe|kill)\s+(?:the\s+)?(?:due\s+)?(?:date|deadline|due date|day)\s+(?:from|on|of|for)\s+(.+)|no\s+(?:due\s+)?(?:date|deadline)\s+(?:for|on)\s+(.+)|(.+?)\s+(?:has|needs|should have)\s+no\s+(?:due\s+)?(?:date|deadline)|(.+?)\s+(?:doesn't|does not|don't|do not|no longer)\s+(?:need|needs|have|has)\s+(?:a\s+|any\s+)?(?:fixed\s+|set\s+|specific\s+)?(?:due\s+)?(?:date|deadline)(?:\s+any\s*more)?|(?:make|set)\s+(.+?)\s+(?:undated|without a (?:due )?date))$/i.exec(
        s,
      );
    if (clear)
      return {
        type: 'schedule',
        ref: parseRef(clear[1] ?? clear[2] ?? clear[3] ?? clear[4] ?? clear[5]!),
        clear: true,
      };
    // "they've cancelled dinner with the Okafors, just leave it on the list with no date for now"
    const keepUndated =
      /^(?:(.+?)\s*[,;.]\s*)?(?:(?:so|just|but)\s+)*(?:leave|keep)\s+(?:it|that|them)\s+(?:on\s+(?:the|my)\s+list\s+)?(?:but\s+)?(?:with\s+)?(?:no|without\s+(?:a|any))\s+(?:due\s+)?(?:date|deadline)(?:\s+(?:for now|then|please))*$/i.exec(
        s,
      );
    if (keepUndated)
      return {
        type: 'schedule',
        ref: keepUndated[1] ? { kind: 'focus', context: keepUndated[1] } : { kind: 'focus' },
        clear: true,
      };
    // "no rush on the mower blades, take the date off": the task named in the remark before
    const remarkThenOff =
      /^(?:no\s+(?:rush|hurry)|not\s+(?:urgent|needed))\s+(?:on|with|for)\s+(.+?)\s*[,;.]\s*(?:so\s+)?(?:please\s+)?(?:take|get)\s+(?:the|its)\s+(?:due\s+)?(?:date|deadline)\s+off$/i.exec(
        s,
      );
    if (remarkThenOff) return { type: 'schedule', ref: parseRef(remarkThenOff[1]!), clear: true };
    // "clear the date and priority on call landlord", "take the time and tags off task 2"
    const FIELD = String.raw`(?:the\s+|its\s+)?(?:due\s+dates?|dates?|deadlines?|times?|priority|priorities|prio|tags?|labels?|repeats?|recurrence)`;
    const fields =
      new RegExp(
        // ("no repeat on the seed order": without it)
        String.raw`^(?:remove|clear|drop|delete|get rid of|reset|wipe|no|without)\s+(${FIELD}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)${FIELD})*)\s+(?:from|on|of|for|off)\s+(.+)$`,
        'i',
      ).exec(s) ??
      new RegExp(
        String.raw`^(?:take|get)\s+(${FIELD}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)${FIELD})*)\s+off(?:\s+of)?\s+(.+)$`,
        'i',
      ).exec(s);
    // "… and clear its priority", "drop the time too": on the task just talked about
    const own = new RegExp(
      String.raw`^(?:(?:and|also|then)\s+)?(?:remove|clear|drop|delete|get rid of|reset|wipe|lose)\s+((?:its|the)\s+${FIELD}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)${FIELD})*)(?:\s+(?:too|as well|please))?$`,
      'i',
    ).exec(s);
    if (own && (dialogue.lastAction || dialogue.lastAsked))
      return {
        type: 'details',
        ref: { kind: 'focus' },
        text: '',
        clear: [...new Set(FIELD_NAMES(own[1]!))],
      };
    if (fields) {
      // ("take the date off the decorating one, no rush now": why, after the task)
      fields[2] = fields[2]!.replace(
        /\s*[,;—–-]\s*(?:no rush|no hurry|not urgent|whenever|no need|it's|its|it is|that's|they|he|she|we|i|because|cos|since)\b.*$/i,
        '',
      );
      const clear = [...new Set(FIELD_NAMES(fields[1]!))];
      return clear.length === 1 && clear[0] === 'date'
        ? { type: 'schedule', ref: parseRef(fields[2]!), clear: true }
        : { type: 'details', ref: parseRef(fields[2]!), text: '', clear };
    }
    // "make it 3 days instead" after "postpone it by 2 days": that many in place of the first
    const instead =
      /^(?:(?:hmm|no|nope|actually|sorry|wait|oh|nah)[,\s]+)*(?:(?:make|change)\s+(?:it|that)\s+(?:to\s+)?|i\s+meant\s+|i\s+mean\s+|meant\s+)(.+?)(?:\s+(?:instead|then|please))?$/i.exec(
        s,
      );
    // ("actually 3" after "push it 2 days": days, like the move it puts right)
    const bare =
      /^(?:(?:hmm+|no|nope|actually|sorry|wait|oh|nah|oops|err|um+|i meant|i mean|make it|make that|rather)[,\s]+)*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(days?|weeks?))?(?:\s+(?:instead|then|actually))?(?:\s*,?\s*(?:not|instead of|rather than)\s+(?:a|an|one|two|three|\d+)\s+(?:days?|weeks?|fortnight))?$/i.exec(
        s,
      );
    // "actually, just 3 days later than it was originally": from where it was before the move
    const fromFirst =
      /^(?:(?:hmm+|no|nope|actually|sorry|wait|oh|nah|oops)[,\s]+)*(?:(?:just|only)\s+)?(?:(?:make it|move it|push it|put it)\s+)?(.+?\s+(?:days?|weeks?|fortnight))\s+(?:later|after)\s+than\s+(?:it was\s+)?(?:originally|before|at first|first planned|planned|the original(?: date)?)$/i.exec(
        s,
      );
    // "push the referral letters back" … "by 3 days", "a day, they're not packed": that far
    const span =
      /^(?:(?:ok(?:ay)?|hmm+|um+|er+|just|only|about|maybe)[,\s]+)*(?:by\s+)?((?:\d+|an?|one|two|three|four|five|six|seven|(?:a\s+)?couple(?:\s+of)?|a few)\s+(?:days?|weeks?|fortnight|months?))(?:\s+(?:later|back|on|more|sooner|earlier|forward|please))?(?:\s*[,;—–-]\s*.*)?$/i.exec(
        s,
      );
    const spanDays = span && daysIn(span[1]!);
    if (dialogue.askedHowFar && spanDays)
      return { type: 'schedule', ref: { kind: 'focus' }, shift: spanDays * dialogue.askedHowFar };
    // ("move the walk later" … "by 2 hours", "half an hour": that much later in the day)
    const inHours =
      dialogue.askedHowFar &&
      /^(?:(?:ok(?:ay)?|hmm+|um+|just|only|about|maybe)[,\s]+)*(?:by\s+)?(an?|one|two|three|four|half an?|\d+)\s+(hours?|hrs?|minutes?|mins?)(?:\s+(?:later|earlier|back|forward|please))?$/i.exec(
        s,
      );
    if (inHours && dialogue.askedHowFar) {
      const n = /^half/i.test(inHours[1]!)
        ? 0.5
        : /^\d+$/.test(inHours[1]!)
          ? Number(inHours[1])
          : (COUNT[inHours[1]!.toLowerCase()] ?? 1);
      return {
        type: 'schedule',
        ref: { kind: 'focus' },
        shiftMinutes: Math.round(n * (/^h/i.test(inHours[2]!) ? 60 : 1)) * dialogue.askedHowFar,
      };
    }
    // "actually no, just by 3 days" after "postpone it by a week": that much in its place
    const justBy =
      /^(?:(?:hmm+|no|nope|actually|sorry|wait|oh|nah|oops)[,\s]+)*(?:(?:just|only)\s+(?:by\s+)?|by\s+)(.+?\s+(?:days?|weeks?|fortnight))(?:\s+(?:instead|then|please))?$/i.exec(
        s,
      ) ??
      // ("hmm no, one day later than it was" after "push it back 2 days")
      /^(?:(?:hmm+|no|nope|actually|sorry|wait|oh|nah|oops)[,\s]+)+(?:make it\s+)?(?:just\s+|only\s+)?((?:an?|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|fortnight))\s+(?:later|on|after)(?:\s+than\s+(?:it\s+was|before|planned)(?:\s+originally)?)?(?:\s+(?:instead|then|please))?$/i.exec(
        s,
      );
    const said = instead ?? justBy;
    const insteadDays = fromFirst
      ? daysIn(fromFirst[1]!)
      : said
        ? // ("bring it forward a week" … "actually just by 3 days": sooner, as the move was)
          (dialogue.lastShift !== undefined &&
          dialogue.lastShift < 0 &&
          !/\b(?:later|after|back|on)\b/i.test(said[0])
            ? -1
            : 1) * (daysIn(said[1]!) ?? 0) || undefined
        : bare && dialogue.lastShift !== undefined
          ? // ("bring it forward a day" … "actually two days": sooner, as the move was)
            (dialogue.lastShift < 0 ? -1 : 1) * (daysIn(`${bare[1]} ${bare[2] ?? 'days'}`) ?? 0) ||
            undefined
          : undefined;
    if (insteadDays && dialogue.lastShift !== undefined)
      return { type: 'schedule', ref: { kind: 'focus' }, shift: insteadDays, instead: true };
    // "hmm make that 6" after "add return the books in 5 days": 6 of those from today
    if (bare && dialogue.lastIn && dialogue.lastAction === 'add')
      return {
        type: 'schedule',
        ref: { kind: 'focus' },
        when: `in ${bare[1]} ${bare[2] ?? dialogue.lastIn}`,
      };
    // "make that two days later" after "add … on the 18th": later than the day it was given
    if (insteadDays && dialogue.lastAction === 'add' && /\b(?:later|after)\b/i.test(s))
      return { type: 'schedule', ref: { kind: 'focus' }, shift: Math.abs(insteadDays) };
    // "nah make it 12 days" after "add … in 10 days": that many days from today
    if (insteadDays && dialogue.lastAction === 'add')
      return { type: 'schedule', ref: { kind: 'focus' }, when: `in ${insteadDays} days` };
    // "push the shift log 30 minutes" … "and another 15": that many minutes more, the same way
    const moreMinutes =
      dialogue.lastShiftMinutes &&
      /^(?:(?:and|ok|okay|actually|then)[,\s]+)*(?:(?:make it|push it|move it|do)\s+)?(?:another|a further|an extra)\s+(\d{1,3}|five|ten|fifteen|twenty|thirty|forty-five|half(?:\s+an)?\s+hour|hour|quarter(?:\s+of\s+an)?\s+hour)(?:\s+(?:minutes?|mins?))?(?:\s+(?:more|later|on|please|then))*$/i.exec(
        s,
      );
    if (moreMinutes) {
      const said = moreMinutes[1]!.toLowerCase();
      const n = /^\d+$/.test(said)
        ? Number(said)
        : /hour/.test(said)
          ? /^half/.test(said)
            ? 30
            : /^quarter/.test(said)
              ? 15
              : 60
          : (
              { five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45 } as Record<
                string,
                number
              >
            )[said]!;
      return {
        type: 'schedule',
        ref: { kind: 'focus' },
        shiftMinutes: Math.sign(dialogue.lastShiftMinutes!) * n,
      };
    }
    // "bring the vet forward an hour" … "actually only half an hour": that much in its place
    const justMinutes =
      dialogue.lastShiftMinutes &&
      /^(?:(?:hmm+|no|nope|actually|sorry|wait|oh|nah|oops|ok|okay)[,\s]+)*(?:(?:make it|make that)\s+)?(?:(?:just|only)\s+)?(?:by\s+)?(half an hour|an hour|one hour|a quarter of an hour|quarter of an hour|an hour and a half|\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|h|m)|(?:five|ten|fifteen|twenty|thirty|forty|forty-five|two|three)\s+(?:minutes?|mins?|hours?))(?:\s+(?:instead|then|please|earlier|later|sooner|only|just))*$/i.exec(
        s,
      );
    if (
      justMinutes &&
      /\b(?:just|only|actually|make (?:it|that)|instead|no|nope|hmm+|sorry|wait|oops)\b/i.test(s)
    ) {
      const said = justMinutes[1]!
        .toLowerCase()
        .replace(/^an hour and a half$/, 'one and a half hours');
      // (how far, read as any move by so much is)
      const shifted = shiftBy({ kind: 'focus' }, said, 'later');
      const minutes = /quarter/.test(said)
        ? 15
        : Math.abs((shifted?.type === 'schedule' && shifted.shiftMinutes) || 0);
      if (minutes > 0)
        return {
          type: 'schedule',
          ref: { kind: 'focus' },
          shiftMinutes: Math.sign(dialogue.lastShiftMinutes!) * minutes,
          instead: true,
        };
    }
    // "move the gutters back a day" … "and another day": as far again, the same way
    const another =
      /^(?:(?:and|ok|okay|hmm|actually|then)[,\s]+)*(?:(?:make it|push it|move it|do|do it)\s+)?(?:again\s+)?(?:by\s+)?another\s+(day|week|two days|2 days|three days|3 days|fortnight)(?:\s+(?:more|later|on|please|then|actually|again))*$/i.exec(
        s,
      );
    // ("push it back two hours" … "and another day on top": a day more, the same way)
    const way = dialogue.lastShift || dialogue.lastShiftMinutes;
    if (another && way)
      return {
        type: 'schedule',
        ref: { kind: 'focus' },
        shift:
          Math.sign(way) *
          daysIn(/^(?:\d|two|three)/i.test(another[1]!) ? another[1]! : `a ${another[1]}`)!,
      };
    // "make it the day after", "the next day instead": a day on from the date just set
    const dayAfter =
      /^(?:(?:hmm|no|nope|nah|actually|sorry|wait|oh|oops|ok|okay)[,\s]+)*(?:(?:make it|make that|move it|push it|(?:change|move|switch|set|push) (?:it|that)(?: to)?|do it)\s+)?(?:on\s+|to\s+)?the\s+(day after|next day|following day|day before|previous day)(?:\s*,?\s+(at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|at\s+(?:noon|midday)))?(?:\s+(?:instead|then|please))?(?:\s*,?\s+not\s+(?:today|tomorrow|tonight|that day|then|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?$/i.exec(
        s,
      );
    // "actually the Monday after", "make it the Friday after that": that day, after the date it has
    const weekdayAfter =
      /^(?:(?:hmm|no|nope|nah|actually|sorry|wait|oh|oops|ok|okay|that's wrong|that's not right|wrong)[,\s]+)*(?:(?:make it|make that|move it to|push it to|put it to|put it on|change it to|do it|it's|it is|it should be)\s+)?(?:on\s+)?the\s+(?:following\s+|next\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day(?:\s+after(?:\s+that)?|(?<=following\s+\w+)|\s+following|\s+after\s+that)(?:\s+(?:instead|then|please))?$/i.exec(
        s,
      );
    if (weekdayAfter && dialogue.lastTimed)
      return {
        type: 'schedule',
        ref: { kind: 'focus' },
        weekdayAfter: ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(
          weekdayAfter[1]!.toLowerCase(),
        ),
      };
    if (dayAfter && dialogue.lastTimed)
      return {
        type: 'schedule',
        ref: { kind: 'focus' },
        shift: /before|previous/i.test(dayAfter[1]!) ? -1 : 1,
        // ("push it to the day after at 9am": and at that time)
        ...(dayAfter[2] ? { when: dayAfter[2] } : {}),
      };
    // "no - make it a week later than that": later than the date just set
    s = s
      .replace(/\s+than\s+(?:that|this|it|before|it was|planned)$/i, '')
      .replace(/^(?:(?:no|nope|nah|actually)\s*[-–—,]\s*)+/i, '');
    // "2 days later", "a week earlier", "another day" right after a date was set: moved from it
    const later =
      /^(?:(?:hmm|no|nope|actually|sorry|wait|oh|nah|ok|okay)[,\s]+)*(?:.*?\b(?:asked for|asks for|wants it|want it|wants|needs it|would like it|would prefer|prefers)\s+)?(?:(?:make it|make that|push it|move it|do it)\s+)?((?:\d+|an?|one|two|three|four|five|six|seven|a couple of|a few|another)\s+(?:days?|weeks?|fortnight))\s+(later|after|on|more|earlier|before|sooner)(?:\s*,?\s*(?:at\s+)?(?:the\s+)?same\s+(?:time|hour))?$/i.exec(
        s,
      );
    // (or right after asking about the task: "can it be earlier?" … "a day earlier, same time")
    if (
      later &&
      (dialogue.lastTimed || ['status', 'show', 'when'].includes(dialogue.lastAsked ?? ''))
    ) {
      const days = daysIn(later[1]!);
      if (days)
        return {
          type: 'schedule',
          ref: { kind: 'focus' },
          shift: /earlier|before|sooner/i.test(later[2]!) ? -days : days,
        };
    }
    // "postpone the dentist by 2 days", "push it back a week" (", they're still flowering": why)
    const moveOnly = withoutReason(s);
    const by = new RegExp(
      String.raw`^${MOVE}\s+(.+?)\s+(?:back\s+|on\s+|forward\s+|out\s+)?(?:by\s+)?((?:\d+|an?|one|two|three|four|five|six|seven|a couple of|a few|another)\s+(?:days?|weeks?|fortnight|months?))(?:\s+(later|more|earlier|sooner|before))?$`,
      'i',
    ).exec(moveOnly);
    // (not "set every 6 months": how often it repeats, set-repeat.ts)
    // (not "put it in 3 days", "make it due in 5 days": that many days from today)
    if (by && !/^(?:every|each)$/i.test(by[1]!.trim()) && !/\s(?:in|within)$/i.test(by[1]!)) {
      // "push the invoice back a month": the same day of a later month
      const months = monthsIn(by[2]!);
      const days = months ? undefined : daysIn(by[2]!);
      // ("bring the date forward a week": the task's date, the task just talked about)
      const what = by[1]!.replace(/\s+back$/i, '');
      const sign = /forward/i.test(s) || /earlier|sooner|before/i.test(by[3] ?? '') ? -1 : 1;
      const ref: TaskRef = /^(?:the|its)\s+(?:due\s+)?(?:date|deadline|due date)$/i.test(what)
        ? { kind: 'focus' }
        : parseRef(what);
      if (months) return { type: 'schedule', ref, shiftMonths: sign * months };
      if (days) return { type: 'schedule', ref, shift: sign * days };
    }
    // "change the date of task 2 to sunday", "set the time for the dentist to 3pm"
    const fieldOf =
      /^(?:change|set|move|update|make|put)\s+(?:the\s+)?(?:due\s+)?(?:date|day|deadline|time|due date)\s+(?:of|for|on)\s+(.+?)\s+(?:to|for|as)\s+(.+)$/i.exec(
        s,
      );
    if (fieldOf && looksLikeWhen(clean(fieldOf[2]!)))
      return { type: 'schedule', ref: parseRef(fieldOf[1]!), when: clean(fieldOf[2]!) };
    // "push gym +1h", "dentist +2d", "move it +30 min"
    const plus =
      /^(?:(?:push|move|shift|bump|delay)\s+)?(.+?)\s*\+\s*(\d+)\s*(h|hr|hrs|hours?|m|min|mins|minutes?|d|days?|w|wk|weeks?)$/i.exec(
        s,
      );
    if (plus) {
      const n = Number(plus[2]);
      const unit = plus[3]!.toLowerCase();
      const ref = /^(?:it|that|this)$/i.test(plus[1]!.trim())
        ? ({ kind: 'focus' } as const)
        : parseRef(plus[1]!);
      if (/^h/.test(unit)) return { type: 'schedule', ref, shiftMinutes: n * 60 };
      if (/^m/.test(unit)) return { type: 'schedule', ref, shiftMinutes: n };
      return { type: 'schedule', ref, shift: /^w/.test(unit) ? n * 7 : n };
    }
    // "push lunch back an hour", "move it 30 minutes later"
    const hours = new RegExp(
      String.raw`^${MOVE}\s+(.+?)\s+(back|forward|later|earlier)?\s*(?:by\s+)?(an?|one|two|three|\d+|half an)\s+(hours?|minutes?|mins?)(?:\s+(later|earlier|back|forward))?$`,
      'i',
    ).exec(s);
    if (hours) {
      const words: Record<string, number> = {
        a: 1,
        an: 1,
        one: 1,
        two: 2,
        three: 3,
        'half an': 0.5,
      };
      const n = /^\d+$/.test(hours[3]!) ? Number(hours[3]) : words[hours[3]!.toLowerCase()]!;
      const minutes = /^h/i.test(hours[4]!) ? n * 60 : n;
      const earlier = /forward|earlier/i.test(`${hours[2] ?? ''} ${hours[5] ?? ''}`);
      return {
        type: 'schedule',
        ref: parseRef(hours[1]!),
        shiftMinutes: earlier ? -minutes : minutes,
      };
    }
    // "bell practice starts at 8pm from now on", "the tower captain says bell practice starts at
    // 8pm": the time it starts at, told
    const toldOf = s.replace(TOLD_BY, '');
    const startsAt =
      /^(?!(?:it|that|this|they|he|she|we|i)\b)(.+?)\s+(?:now\s+)?(?:starts?|begins?|kicks off|opens?)\s+(?:now\s+)?(?:at\s+)(.+?)(?:\s+(?:now|from now on|going forward|instead|in future))?$/i.exec(
        toldOf,
      );
    if (
      startsAt &&
      !question &&
      // (right after an add, "the show starts at 7pm" is a remark, as "load in is at 7pm")
      dialogue.lastAction !== 'add' &&
      looksLikeWhen(clean(startsAt[2]!)) &&
      /\d|noon|midday|half|quarter/i.test(startsAt[2]!)
    )
      return {
        type: 'schedule',
        ref: parseRef(startsAt[1]!),
        when: `at ${clean(startsAt[2]!).replace(/^at\s+/i, '')}`,
      };
    // "stall setup is an hour earlier now": moved by that much, told
    const isShifted =
      /^(?!(?:it|that|this|they|he|she|we|i)\b)(.+?)(?:\s+is|'s|\s+are|'re)\s+(?:now\s+)?(an?|one|two|three|half an?|\d+)\s+(hours?|minutes?|mins?)\s+(earlier|later|sooner)(?:\s+(?:now|from now on|this week|today|tomorrow))?$/i.exec(
        toldOf,
      );
    // (right after an add, "load-in is 2 hours earlier" is a remark)
    if (isShifted && !question && dialogue.lastAction !== 'add')
      return shiftedBy(isShifted[1]!, isShifted[2]!, isShifted[3]!, isShifted[4]!);
    // "Noah's mum says he can come an hour earlier", "Priya texted, she'll be 30 minutes later":
    // the one named moves that much
    const canCome =
      /^(?:the\s+)?(\p{Lu}[\p{L}'-]*?)(?:'s|’s)?(?:\s+(?:mum|mom|dad|mother|father|parents?|wife|husband|partner|carer|owner|office|team|assistant))?\s+(?:says?|said|texted|messaged|emailed|rang|called|phoned|let me know)(?:\s+(?:that|to say))?\s*,?\s+(?:he|she|they|we)(?:'ll|\s+will|\s+can|\s+could|\s+would like to|\s+wants? to|\s+needs? to|'d like to|'s|\s+is|'re|\s+are)?\s+(?:come|be here|arrive|get here|make it|start|be|do it|be coming|coming|arriving)\s+(an?|one|two|three|half an?|\d+)\s+(hours?|minutes?|mins?)\s+(earlier|later|sooner|early|late)$/iu.exec(
        s,
      );
    if (canCome) return shiftedBy(canCome[1]!, canCome[2]!, canCome[3]!, canCome[4]!);
    // "move the Carter one to Monday and the other one to Tuesday": two moves
    const two =
      /^(?:move|push|shift|put|reschedule|set)\s+(.+?)\s+(?:to|till|until|for)\s+(.+?)\s+and\s+(?:move\s+|push\s+)?(.+?)\s+(?:to|till|until|for)\s+(.+)$/i.exec(
        s,
      );
    if (two && looksLikeWhen(clean(two[2]!)) && looksLikeWhen(clean(two[4]!)))
      return [
        { type: 'schedule', ref: parseRef(two[1]!), when: clean(two[2]!) },
        { type: 'schedule', ref: parseRef(two[3]!), when: clean(two[4]!) },
      ];
    // "move the rent one to Monday", "set the dentist for Friday 3pm", "snooze the bill till
    // tomorrow" (not "change the rehearsal one from Thursday to Friday": its words)
    // ("chuck the fence shift on for tomorrow arvo", "pop the vet in for Friday": put it there)
    const TO = String.raw`^(?:${MOVE}|snooze|do|give|${PUT_ON})\s+(.+?)\s+(?:to|till|until|for|on|over to|back to|forward to|up to|a due date of|a date of|a deadline of|a deadline on|a due date on)\s+(.+)$`;
    // ("make it due on the 25th", "set the dentist one due Friday": "due" says what is set)
    // ("put it in for Thursday", "pencil it down for Monday": it, then)
    const pencilled =
      /^(?:put|pencil|pop|stick|bung|book|get|write)\s+(it|that|this|them)\s+(?:in|down|on|up)\s+(?:for|on|to)\s+(.+)$/i.exec(
        s,
      );
    if (pencilled && looksLikeWhen(clean(pencilled[2]!)))
      return { type: 'schedule', ref: { kind: 'focus' }, when: clean(pencilled[2]!) };
    // "put that one at 10am tomorrow", "set it for Friday": the task talked about, then
    const itAt =
      /^(?:put|pop|stick|set|have|schedule|slot)\s+((?:it|that|this)(?:\s+one)?|them|those|both)\s+(?:at|for|on|in for)\s+(.+)$/i.exec(
        s,
      );
    if (itAt && !question && looksLikeWhen(clean(itAt[2]!)))
      return { type: 'schedule', ref: parseRef(itAt[1]!), when: clean(itAt[2]!) };
    const putOn = new RegExp(
      String.raw`^(?:put|${PUT_ON})\s+(.+?)\s+(?:on|in|down)\s+(?=for\s)`,
      'i',
    );
    let to = new RegExp(TO, 'i').exec(
      s
        .replace(/^(\S+\s+.+?)\s+due(?=\s+(?:on|for|by|to)\s)/i, '$1')
        .replace(putOn, (all, what: string) => `${all.split(/\s/)[0]} ${what} `)
        // ("pencil in dock repairs for Tuesday": in the calendar)
        .replace(PENCIL_IN, 'pencil '),
    );
    // ("move the email to the ward manager to tomorrow", "move pain review for bed 2 to Thursday":
    // the last "to" says when)
    if (
      to &&
      !looksLikeWhen(clean(to[2]!)) &&
      (/^(?:the|a|an|my|his|her|our|their)\s/i.test(to[2]!) ||
        !/^(?:set|change|make|schedule|plan|book|do|give)\s/i.test(s))
    ) {
      const later = new RegExp(TO.replace('(.+?)', '(.+)'), 'i').exec(s);
      // (not "move I need to get the bike fixed down for …": no task says "I need")
      if (
        later &&
        looksLikeWhen(clean(later[2]!)) &&
        !/^(?:i|we|you)\b|\b(?:need|needs|want|wants|have|has)\s+to\b/i.test(later[1]!)
      )
        to = later;
    }
    // ("move standup to 10": a bare number after "move … to" is an hour)
    const target =
      to &&
      (/^(?:move|moving|push|shift|shove|slide|kick|reschedule|postpone|delay|bump|bring)\s/i.test(
        s,
      ) &&
      // ("push it to 3" right after a time was set: 3 o'clock)
      (!/^(?:it|that|this)\b/i.test(to[1]!) || dialogue.lastTimed)
        ? clean(to[2]!).replace(/^(?:at\s+)?([1-9]|1\d|2[0-3])$/, '$1:00')
        : clean(to[2]!));
    // "push the Wilsons' lawn to the day after": a day on from its date
    // ("… to the morning after", "to the next morning": that day on, in the morning)
    const dayOn =
      target &&
      /^the\s+(day after|next day|following day|day before|(?:morning|afternoon|evening|night) after|(?:next|following) (?:morning|afternoon|evening))(?:\s+(?:that|it|then|that one))?(?:\s*,?\s+(at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|at\s+(?:noon|midday)))?$/i.exec(
        target,
      );
    if (to && dayOn && !FIELD_NAMED.test(to[1]!))
      return {
        type: 'schedule',
        ref: parseRef(to[1]!),
        shift: /before/i.test(dayOn[1]!) ? -1 : 1,
        // ("push the refresher to the day after at 09:30": and at that time)
        ...(dayOn[2] ? { when: dayOn[2] } : {}),
      };
    if (
      to &&
      target &&
      looksLikeWhen(target) &&
      !FIELD_NAMED.test(to[1]!) &&
      !/\sfrom\s/i.test(to[1]!) &&
      // ("pop a note in for me to telephone the chiropodist on Tuesday": a new one, add.ts)
      !/^(?:a|an|another)\s+(?:new\s+|quick\s+)?(?:note|reminder|task|job|to-?do)\b/i.test(to[1]!)
    )
      return {
        type: 'schedule',
        ref: whoseWhen(to[1]!),
        when: target,
        // ("book flights on the 15th", "plan the party for Saturday": a new task, when none is)
        // ("schedule 'Call the Tokyo office' for tomorrow": that task, new, when it isn't there)
        ...(new RegExp(
          String.raw`^(?:book|plan|schedule|bring|put|set up|do|${PUT_ON})\s`,
          'i',
        ).test(s)
          ? {
              fallback: {
                type: 'add' as const,
                // ("put roast the turkey on Christmas Day": the deed is the title)
                title: /^schedule\s+["'`“]/i.test(s)
                  ? s.replace(/^schedule\s+/i, '')
                  : putOn.test(s) && (!/^put\s/i.test(s) || /\s(?:in|down)\s+for\s/i.test(s))
                    ? s.replace(putOn, '$1 ')
                    : PENCIL_IN.test(s)
                      ? s.replace(PENCIL_IN, '')
                      : s.replace(
                          /^(?:put|set|schedule)\s+(?!(?:the|a|an|my|our|his|her|their|in|on|down|up|it|that|this|them|some|task)\b)([a-z]+)\s/i,
                          '$1 ',
                        ),
              },
            }
          : {}),
      };
    // "call the bank should be at 9pm not 9am": when it should be, put right
    const shouldBe =
      /^(?:(?:oops|sorry|no|actually|wait)[,\s]+)*(.+?)\s+(?:should|needs to|has to|ought to)\s+be\s+((?:at|on|for)\s+.+?),?\s+(?:not|instead of|rather than)\s+((?:at|on)\s+)?(.+)$/i.exec(
        s,
      );
    if (
      shouldBe &&
      !question &&
      looksLikeWhen(clean(shouldBe[2]!)) &&
      looksLikeWhen(
        clean(`${shouldBe[3] ?? (/^at\s/i.test(shouldBe[2]!) ? 'at ' : '')}${shouldBe[4]}`),
      )
    )
      return {
        type: 'schedule',
        ref: parseRef(shouldBe[1]!),
        when: clean(shouldBe[2]!),
      };
    // "put the report cards one on that day too", "put the strings one on the day of the
    // rehearsal": the day another task is due
    // ("give the gel pads the same date as the cassettes", "move X to the same day as Y")
    const dayOf =
      /^(?:(?:and|also|then)\s+)?(?:put|move|set|make|do|schedule|push|shift)\s+(.+?)\s+(?:on|for|to)\s+(?:that\s+(?:same\s+)?day|the\s+same\s+(?:day|date)(?:\s+as\s+(.+?))?|the\s+day\s+of\s+(.+?))(?:\s+(?:too|as well|also))?(?:\s*,?\s+(at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|at\s+(?:noon|midday)))?$/i.exec(
        s,
      ) ??
      /^(?:(?:and|also|then)\s+)?(?:give|make)\s+(.+?)\s+the\s+same\s+(?:due\s+)?(?:day|date)(?:\s+as\s+(.+?))?(?:\s+(?:too|as well|also))?$/i.exec(
        s,
      );
    const other = dayOf && (dayOf[2] ?? dayOf[3]);
    // "put collect the lighting rig on the day before the Okafor wedding": a day on from, or
    // before, the day another task is due
    const dayBy =
      !dayOf &&
      /^(?:(?:and|also|then)\s+)?(?:put|move|set|make|do|schedule|push|shift)\s+(.+?)\s+(?:on|for|to)\s+the\s+day\s+(before|after)\s+(?!(?:that|it|this|then|tomorrow|today|at|around|from|by|in|instead|please)\b|\d)(.+?)$/i.exec(
        s,
      );
    if (dayBy && !question)
      return {
        type: 'schedule',
        ref: parseRef(dayBy[1]!),
        when: '',
        dayOf: parseRef(dayBy[3]!),
        shift: /before/i.test(dayBy[2]!) ? -1 : 1,
      };
    if (dayOf && !question)
      return {
        type: 'schedule',
        ref: parseRef(dayOf[1]!),
        // ("…, at 3pm": that day, at that time)
        when: dayOf[4] ?? '',
        dayOf: other ? parseRef(other) : { kind: 'focus' },
      };
    // "make the dentist one 3:30pm", "make task 2 friday": that task, then
    const oneThen =
      /^(?:make|set|have|do)\s+((?:the|my|our)\s+.+?\s+(?:one|task|job|item|appointment|appt)|task\s*#?\d+|#\d+)\s+(?:for\s+|on\s+|at\s+)?(.+?)(?:\s+(?:instead|please|then))?$/i.exec(
        s,
      );
    if (oneThen && !question && looksLikeWhen(clean(oneThen[2]!)))
      return { type: 'schedule', ref: parseRef(oneThen[1]!), when: clean(oneThen[2]!) };
    // "put the feeding at 6am from now on", "set the staff meeting at 9": that task, at then; a new
    // task if there is none by those words ("put the bins out at 7")
    const at =
      /^(put|set|move|shift|switch|change)\s+(?!(?:it|that|this|them)\b)(.+?)\s+at\s+(.+)$/i.exec(
        s,
      );
    if (
      at &&
      !question &&
      // ("change the dentist one to Call the dentist at 9": a new title)
      !/\s(?:to|from|into|as)\s/i.test(at[2]!) &&
      (looksLikeWhen(`at ${clean(at[3]!)}`) || /^\d{1,2}(?:[:.]\d{2})?$/.test(clean(at[3]!)))
    )
      return {
        type: 'schedule',
        ref: parseRef(at[2]!),
        when: `at ${clean(at[3]!)}`,
        ...(/^(?:put|set)$/i.test(at[1]!) ? { fallback: { type: 'add' as const, title: s } } : {}),
      };
    // "the grant report deadline moved up to 4 days from now", "the MOT's due date is now the
    // 14th": that task, due then
    const deadline =
      /^(?!(?:it|that|this|the)\s+(?:deadline|due date)\b)(?:the\s+)?(.+?)(?:'s)?\s+(?:deadline|due date|due day)\s+(?:has\s+|have\s+|got\s+|was\s+|is\s+|'s\s+)?(?:been\s+|now\s+)*(?:(?:moved|changed|pushed|brought|shifted|bumped|put)(?:\s+(?:up|back|forward|out|in))?\s+)?(?:to|till|until|for|on)?\s*(.+)$/i.exec(
        s,
      );
    // (said as news, with a verb: "task: send invoice, deadline 18th" is a new task)
    if (
      deadline &&
      !question &&
      !/[,;:]$/.test(deadline[1]!) &&
      /\b(?:deadline|due date|due day)\s+(?:has|have|got|was|is|'s|been|now|moved|changed|pushed|brought|shifted|bumped|put)\b/i.test(
        deadline[0],
      ) &&
      looksLikeWhen(clean(deadline[2]!))
    )
      return { type: 'schedule', ref: parseRef(deadline[1]!), when: clean(deadline[2]!) };
    // "make the call 4pm", "have the dentist on Friday": that task then ("make the bed tomorrow"
    // with no such task: a new one, dated)
    const made =
      /^(?:make|have)\s+((?:the|my|our)\s+(?!(?:notes?|description|desc|details|title|name|labels?|tags?|priority|date|due date|deadline|time|reminder|repeat)\b)\S.*)$/i.exec(
        s,
      );
    if (made && !question) {
      const w = made[1]!.split(/\s+/);
      for (let i = 2; i < w.length; i++) {
        const when = clean(w.slice(i).join(' '));
        if (!looksLikeWhen(when) || /^(?:it|that|this)$/i.test(w[i - 1]!)) continue;
        return {
          type: 'schedule',
          ref: parseRef(w.slice(0, i).join(' ')),
          when,
          fallback: { type: 'add' as const, title: s, quick: true },
        };
      }
    }
    // "I won't manage the car wash today, do it in 2 weeks", "can't get to the report, move it to
    // Friday": the task the first half names, moved
    const CANNOT = String.raw`(?:(?:i|we)\s+)?(?:can't|cannot|can not|won't|wont|will not|couldn't|didn't|didnt|did not|don't|do not)\s+(?:manage|do|get to|get round to|get around to|make|finish|fit in|have time for)`;
    const THEN = String.raw`(?:\s+(?:today|tonight|this week|after all|in time))?\s*(?:[,;.]|\s+-+)\s*(?:so\s+)?(?:do|move|push|put|shift|reschedule|make|set)\s+(?:it|that)\s+(?:to\s+|for\s+|until\s+|till\s+|on\s+)?(.+)`;
    const cannot =
      new RegExp(String.raw`^${CANNOT}\s+(?!(?:it|that|this)\b)(.+?)${THEN}$`, 'i').exec(s) ??
      // "parking permit - didnt get to it, do it tomorrow": the task named first
      new RegExp(String.raw`^(.+?)\s*(?:,|\s-+)\s*${CANNOT}\s+(?:it|that|this)${THEN}$`, 'i').exec(
        s,
      );
    if (cannot && looksLikeWhen(clean(cannot[2]!)))
      return { type: 'schedule', ref: parseRef(cannot[1]!), when: clean(cannot[2]!) };
    // "task 2 -> wednesday", "dentist: friday 3pm"
    const arrow =
      /^(.+?)(?:\s*(?:->|→|=>|(?<!\d):(?!\d))|\s+[-–—]+)\s*(?:(?:push|move|postpone|reschedule|shift|bump|put)\s+(?:it\s+)?(?:to|till|until|for)\s+)?(.+)$/i.exec(
        s,
      );
    // ("linen company - no date": its date taken off)
    if (arrow && /^no\s+(?:due\s+)?(?:date|deadline)$/i.test(arrow[2]!.trim()))
      return { type: 'schedule', ref: parseRef(arrow[1]!), clear: true };
    if (
      arrow &&
      looksLikeWhen(clean(arrow[2]!)) &&
      !/^(?:todo|to-?do|task|tasks|note|reminder|add|new|also|plus|due|when|date|time)$/i.test(
        arrow[1]!.trim(),
      )
    )
      return {
        type: 'schedule',
        ref: parseRef(arrow[1]!),
        when: clean(arrow[2]!),
        // ("buy stamps - tomorrow" with no such task: a new one; "- fri 10:30" has a time's colon)
        // ("Quote for the oak staircase: in 3 days at 4:30pm": a name of three words or more)
        ...((/\s[-–—]/.test(s) && !/->|→|=>|(?<!\d):(?!\d)/.test(s)) ||
        (/^[^:]*\S\s+\S+\s+\S+[^:]*:\s/.test(s) && !/->|→|=>/.test(s))
          ? { fallback: { type: 'add' as const, title: s } }
          : {}),
      };
    // "press release to monday, briefing an hour earlier": a task named, then where it goes (a new
    // one when none is called so; "talk to the Monday team" says no when)
    const bareTo =
      /^(?!(?:it|that|this|they|i|we|you)\b)([\p{L}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,5}?)\s*,?\s+(?:to|till|until)\s+(.+)$/iu.exec(
        s,
      );
    if (
      bareTo &&
      !question &&
      !/\b(?:is|are|was|were|be|been|being|has|have|had|will|won't|can|can't|could|would|should|must|need|needs|want|wants|going|got|not|it|them|that|this|him|her|from|switch|swap|change)\b|n't\b|['’]s\s+\S+ed\b/i.test(
        bareTo[1]!,
      ) &&
      !new RegExp(String.raw`^${MOVE}\b|\b${MOVED_VERB}\b`, 'i').test(bareTo[1]!) &&
      looksLikeWhen(clean(bareTo[2]!))
    )
      return {
        type: 'schedule',
        ref: parseRef(bareTo[1]!),
        when: clean(bareTo[2]!),
        fallback: { type: 'add', title: `${bareTo[1]} ${clean(bareTo[2]!)}`, quick: true },
      };
    // "setlist to Jo can go out a day later", "the report can wait two days"
    const canSlip =
      /^(.+?)\s+can\s+(?:go out|go|wait|be done|be sent|happen|slip|slide|move|be pushed|be moved|be put off)\s+(?:by\s+|for\s+|another\s+)?((?:\d+|an?|one|two|three|four|five|six|seven|a couple of|a few)\s+(?:days?|weeks?|fortnight))(?:\s+(later|earlier|longer))?$/i.exec(
        s,
      );
    const slipDays = canSlip && daysIn(canSlip[2]!);
    if (canSlip && slipDays && !/^(?:it|that|this)$/i.test(canSlip[1]!))
      return {
        type: 'schedule',
        ref: parseRef(canSlip[1]!),
        shift: /earlier/i.test(canSlip[3] ?? '') ? -slipDays : slipDays,
      };
    // "the nanny one can wait till Tuesday"
    const wait =
      /^(?:do\s+)?(.+?)\s+(?:can wait|will have to wait|has to wait|can be done)\s+(?:till|until|to|for|on)?\s*(.+)$/i.exec(
        s,
      );
    if (wait && looksLikeWhen(clean(wait[2]!)))
      return { type: 'schedule', ref: parseRef(wait[1]!), when: clean(wait[2]!) };
    // "do the call mum one tmrw instead", "make the Jo call 3pm instead", "reschedule the dentist
    // friday": the task, then when
    const verb =
      /^(?:(do|make|have)|move|moving|push|shift|reschedule|postpone|defer|delay|bump|put off)\s+(.+)$/i.exec(
        s,
      );
    if (
      verb &&
      !/\s(?:from|to)\s/i.test(verb[2]!) &&
      (!verb[1] || /\b(?:instead|now)$/i.test(s) || /^do\s/i.test(s))
    ) {
      const split = splitWhen(verb[2]!.replace(/\s+(?:instead|now)$/i, ''));
      // ("move to tomorrow": the task talked about, to then)
      if (split && /^(?:to|till|until|for|on)$/i.test(split.ref))
        return { type: 'schedule', ref: { kind: 'focus' }, when: split.when };
      if (split && !/^(?:it|that|this)$/i.test(split.ref))
        return { type: 'schedule', ref: parseRef(split.ref), when: split.when };
    }
    // "the silage contractor is coming a day early", "the delivery's running two days late"
    const early = new RegExp(
      String.raw`^(.+?)(?:\s+(?:is|are|will be)|'s|'re|'ll be)\s+(?:now\s+)?(?:coming|arriving|happening|running|turning up|due|on)\s+(${AMOUNT})\s+(early|earlier|late|later|sooner)$`,
      'iu',
    ).exec(s);
    if (early && !question && !/^(?:i|we|you)$/i.test(early[1]!)) {
      const ref: TaskRef = /^(?:it|that|this|they|he|she)$/i.test(early[1]!)
        ? { kind: 'focus' }
        : parseRef(early[1]!);
      const moved = shiftBy(
        ref,
        early[2]!,
        /early|earlier|sooner/i.test(early[3]!) ? 'earlier' : 'later',
      );
      if (moved) return moved;
    }
    // "team lunch 1pm instead": a task named, then when it is now
    const named =
      /^(?!(?:it|that|this|they|we|i|you|make|do|have|add)\b)(.+?)\s+(?:instead|now)$/i.exec(s);
    // ("gym: mon wed fri now": a list of days, the shorthand rule's)
    const namedSplit =
      named && !question && !/[:;]/.test(named[1]!) ? splitWhen(named[1]!) : undefined;
    if (
      namedSplit &&
      namedSplit.ref.split(/\s+/).length <= 5 &&
      !/\s(?:is|are|was|were|'s)$/i.test(namedSplit.ref) &&
      // ("standup every weekday except friday now": a repeat, set-repeat.ts)
      !/\b(?:every|each|daily|weekly|monthly|except|excluding|apart from|but not)\b/i.test(
        namedSplit.ref,
      )
    )
      return {
        type: 'schedule',
        ref: parseRef(namedSplit.ref),
        when: namedSplit.when,
        fallback: { type: 'add', title: named![1]!, quick: true },
      };
    // "the engineer can't come till Wednesday, move the fridge task": the day said before the move
    const toldFirst =
      /^(?:[^,]+?)\s(?:till|until|before|on|for|to)\s+([^,]+?)\s*[,;.]\s*(?:so\s+)?(?:(?:please|pls|can you|could you)\s+)?(?:move|push|shift|reschedule|put back|push back)\s+(?!it\b|that\b|this\b)(.+?)(?:\s+(?:then|please|accordingly|too))?$/i.exec(
        s,
      );
    if (
      toldFirst &&
      !question &&
      looksLikeWhen(clean(toldFirst[1]!)) &&
      !/\s(?:to|till|until)\s/i.test(toldFirst[2]!)
    )
      return { type: 'schedule', ref: parseRef(toldFirst[2]!), when: clean(toldFirst[1]!) };
    // "set laundry sat 10am": that task, then; a new task if there is none by those words
    const setWhen = /^set\s+(?!up\b|off\b|out\b|aside\b|it\b|that\b|this\b)(.+)$/i.exec(s);
    const setSplit =
      setWhen && !/\s(?:from|to|for)\s/i.test(setWhen[1]!) ? splitWhen(setWhen[1]!) : undefined;
    if (setSplit && !question)
      return {
        type: 'schedule',
        ref: parseRef(setSplit.ref),
        when: setSplit.when,
        fallback: { type: 'add', title: s },
      };
    // "make it 3pm instead", "actually make that Thursday", "change it to tomorrow"
    const focus =
      /^(?:(?:actually|no|sorry|wait|oh)[,\s]+)*(?:make|change|move|set|switch|give|put|push|do)\s+(?:it|that|this)\s+(?:to\s+|for\s+|on\s+|till\s+|until\s+)?(.+)$/i.exec(
        s,
      );
    // (or read out of a longer sentence that names it first: "the vaccine order needs to go in
    // sooner, make it tomorrow")
    if (
      focus &&
      looksLikeWhen(clean(focus[1]!)) &&
      (dialogue.lastAction || dialogue.lastAsked || (context.sentence && context.sentence !== s))
    )
      return { type: 'schedule', ref: { kind: 'focus' }, when: clean(focus[1]!) };
    // "…runs out on 4 October, so renew it on 4 October", "call her back, ring her by Friday":
    // the task's own deed done to it on a day, so that day (the task talked about, or named
    // earlier in the sentence)
    const deedOn =
      /^(?:(?:so|and|then|just|please)\s+)*(\p{L}{3,})\s+(?:it|that|this one|that one)\s+((?:on|by|for|before)\s+.+)$/iu.exec(
        s,
      );
    if (
      deedOn &&
      !question &&
      !/(?:ed|en)$|^(?:did|got|made|took|sent|paid|had|was|is|keep|leave|tick|mark|check|cross|delete|remove|bin|drop|rename|call|name|label|tag|untick|reopen)$/i.test(
        deedOn[1]!,
      ) &&
      onlyDetails(clean(deedOn[2]!)) &&
      (dialogue.lastAction || dialogue.lastAsked || (context.sentence && context.sentence !== s))
    )
      return { type: 'schedule', ref: { kind: 'focus' }, when: clean(deedOn[2]!) };
    // "the second one is due tomorrow and the third one the day after": two tasks, each its day
    const gapped = gappedDays(s);
    if (gapped) return gapped;
    // "the party is on Saturday now", "the dentist is due Friday", "make the report due Monday"
    // ("Hamid's lesson is at 4:15pm" with nothing talked about yet: the time it is at; "load in
    // is at 7pm" right after an add is a remark)
    const toldAt = dialogue.lastAction
      ? ''
      : String.raw`|(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}[:.]\d{2}|noon|midday|half\s+\w+|quarter\s+(?:past|to)\s+\w+)(?:\s+(?:on\s+)?\S+)?$`;
    const is = new RegExp(
      String.raw`^(?:make\s+)?(.+?)\s+(?:is\s+(?:now\s+)?(?:due\s+|on\s+|happening\s+|moved to\s+)|is\s+(?:now\s+)?at\s+(?=.+\s(?:actually|now|instead)$${toldAt})|(?:should be|needs to be|has to be|must be|have to be)\s+(?:done\s+)?(?:due\s+|on\s+|by\s+)?|due\s+)(.+?)(?:\s+now)?$`,
      'i',
    ).exec(s);
    // ("client moved the deadline, make the brochure due on the 25th": the task after the news)
    if (is)
      is[1] = is[1]!.replace(
        /^.+?[,;]\s*(?:so\s+|and\s+)?(?:please\s+)?(?:make|set|have|put|mark)\s+(?=\S)/i,
        '',
      );
    if (
      is &&
      looksLikeWhen(clean(is[2]!)) &&
      // ("tick off the one due tomorrow": "due tomorrow" says which task, to be ticked off)
      !OTHER_DEED_ON_ONE.test(is[1]!.trim()) &&
      !/^(?:it|that|this)$/i.test(is[1]!.trim()) === !/^(?:it|that|this)$/i.test(is[1]!.trim())
    )
      return {
        type: 'schedule',
        ref: parseRef(is[1]!),
        when: clean(is[2]!),
        // ("the report has to be in by monday" with no such task: a new one, due then)
        // ("stats assignment due next friday at 11:59pm": said quick-add style, with "due")
        ...((/^(?:the|my|our)\s+(?!.*\s(?:one|task)$)\S/i.test(is[1]!.trim()) &&
          /\b(?:due|should be|needs to be|has to be|must be|have to be)\b/i.test(s)) ||
        (/^(?!(?:make|set|put|move|it|that|this|too|so|a lot|lots|loads|nothing|everything|anything|something|what|which|how|is|are|there)\b)[^,;]+\sdue\s/i.test(
          s,
        ) &&
          !/\s(?:one|task)$/i.test(is[1]!.trim()))
          ? {
              fallback: {
                type: 'add' as const,
                title: `${is[1]!.trim()} ${clean(is[2]!)}`,
              },
            }
          : {}),
      };
    // "postpone the dentist" alone: to tomorrow
    const alone = /^(?:postpone|defer|delay|put off|push back)\s+(.+)$/i.exec(s);
    if (alone && !/\s(?:to|by|until|till)\s/i.test(alone[1]!))
      return { type: 'schedule', ref: parseRef(alone[1]!), shift: 1 };
    return undefined;
  }
}

/**
 * "the second one is due tomorrow and the third one the day after", "task 2 is due Friday and
 * task 3 Monday": a day for each task named, the second said without its verb ("the day after":
 * after the first day).
 */
function gappedDays(s: string): Intent[] | undefined {
  const m =
    /^(.+?)\s+(?:is|'s)\s+(?:now\s+)?(?:due\s+|on\s+|for\s+)(?:on\s+)?(.+?)\s*,?\s+and\s+(.+)$/i.exec(
      s,
    );
  if (!m || !/^(?:the\s|task\s|#|number\s|no\.?\s)/i.test(m[1]!)) return undefined;
  const first = clean(m[2]!);
  if (!looksLikeWhen(first)) return undefined;
  const words = m[3]!.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const named = words.slice(0, k).join(' ');
    const said = words
      .slice(k)
      .join(' ')
      .replace(/^(?:(?:is|'s)\s+)?(?:due\s+|on\s+|for\s+)?/i, '');
    const when = /^(?:the\s+)?day\s+(after|before)$/i.exec(said)
      ? `the day ${/after/i.test(said) ? 'after' : 'before'} ${first}`
      : said;
    if (/^(?:the\s|task\s|#|number\s|no\.?\s)/i.test(named) && looksLikeWhen(clean(when)))
      return [
        { type: 'schedule', ref: parseRef(m[1]!), when: first },
        { type: 'schedule', ref: parseRef(named), when: clean(when) },
      ];
  }
  return undefined;
}

/** "tick off the one", "delete the task": another deed, on a task the words after name. */
const OTHER_DEED_ON_ONE = rx`^(?:(?:please|pls|can you|could you)\\s+)*(?:${alt([...VERBS.complete, ...VERBS.delete, ...VERBS.reopen])})\\s+(?:the|that|this|my)\\s+(?:one|task|item|job|thing|entry)$`;

/** The task named ("set the time to 11:00": "the time" is the time of the task talked about). */
const whoseWhen = (named: string): TaskRef =>
  /^(?:the|its)\s+(?:time|date|due date|due time|deadline|day)$/i.test(named.trim())
    ? { kind: 'focus' }
    : parseRef(named);
