// Numeric dates that read two ways ("06/07": 6 July or June 7). Said with a cue ("03/09 (UK
// date)", "US format, month first") they read that way; said bare, with no order chosen in
// Settings, the assistant asks rather than guess.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A numeric date that could be day/month or month/day: two numbers 1–12, not the same. */
const AMBIGUOUS =
  /(?<=(?:^|\b(?:on|for|by|due|until|till|before|after|from|to|date|deadline)\s+|[:,-]\s*))(0?[1-9]|1[0-2])\/(0?[1-9]|1[0-2])(?:\/(\d{2}|\d{4}))?(?![\d/])(?!\s*(?:kg|g|cups?|tsp|tbsp|lbs?|oz|ml|l|litres?|liters?|inch(?:es)?|in|miles?|marathon|price|dose|of|an?|the)\b)/i;

/** Words that say the order: "(UK date)", "dd/mm", "US format, month first". */
const DAY_FIRST_CUE =
  /\s*[(,;-]?\s*\b(?:uk|british|european|euro)\s+(?:date|format|style|order|dates)\b\)?|\s*[(,;-]?\s*\b(?:day\s+(?:first|before\s+(?:the\s+)?month)|dd\/mm(?:\/yy(?:yy)?)?)\b\)?/i;
const MONTH_FIRST_CUE =
  /\s*[(,;-]?\s*\b(?:us|u\.s\.|american)\s+(?:date|format|style|order|dates)\b\)?|\s*[(,;-]?\s*\b(?:month\s+(?:first|before\s+(?:the\s+)?day)|mm\/dd(?:\/yy(?:yy)?)?)\b\)?/i;

export interface DateReading {
  /** The numeric date as said ("06/07"). */
  said: string;
  /** It, written so it reads one way only ("6 July", "7 June"). */
  dayFirst: string;
  monthFirst: string;
}

/** The first numeric date in the words that reads two ways, if any (outside quotes). */
export function ambiguousDate(text: string): DateReading | undefined {
  const unquoted = text.replace(/(["“'‘`])[^"”'’`]*\1/g, (q) => ' '.repeat(q.length));
  // (with its year it is a date wherever it stands: "06/07/2027")
  const m =
    AMBIGUOUS.exec(unquoted) ??
    /(?<![\d/])(0?[1-9]|1[0-2])\/(0?[1-9]|1[0-2])\/(\d{2}|\d{4})(?![\d/])/.exec(unquoted);
  if (!m || Number(m[1]) === Number(m[2])) return undefined;
  const year = m[3] ? ` ${m[3].length === 2 ? `20${m[3]}` : m[3]}` : '';
  const a = Number(m[1]);
  const b = Number(m[2]);
  return {
    said: m[0],
    dayFirst: `${a} ${MONTHS[b - 1]}${year}`,
    monthFirst: `${MONTHS[a - 1]} ${b}${year}`,
  };
}

/** The order the words themselves say, and the words without saying it. */
export function orderSaid(text: string): { dayFirst: boolean; rest: string } | undefined {
  const day = DAY_FIRST_CUE.exec(text);
  const month = MONTH_FIRST_CUE.exec(text);
  if (!day === !month) return undefined;
  const cue = (day ?? month)!;
  const rest = `${text.slice(0, cue.index)}${text.slice(cue.index + cue[0].length)}`
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { dayFirst: !!day, rest };
}

/** The numeric date written the way meant ("06/07" → "6 July"). */
export function withDateSpelled(text: string, reading: DateReading, dayFirst: boolean): string {
  return text.replace(reading.said, dayFirst ? reading.dayFirst : reading.monthFirst);
}

/**
 * Which reading an answer to "6 July or June 7?" picks: by the order it names ("UK", "day
 * first"), by a month it names ("July", "the 7th of June"), or by "the first" / "the second".
 */
export function readingChosen(answer: string, reading: DateReading): boolean | undefined {
  const order = orderSaid(answer);
  if (order) return order.dayFirst;
  const [day, month] = [reading.dayFirst, reading.monthFirst].map((w) =>
    /[A-Z][a-z]+/.exec(w)![0]!.toLowerCase(),
  );
  const said = answer.toLowerCase();
  const names = (m: string) => new RegExp(`\\b${m.slice(0, 3)}(?:${m.slice(3)})?\\b`).test(said);
  if (names(day!) && !names(month!)) return true;
  if (names(month!) && !names(day!)) return false;
  if (/^(?:the\s+)?first(?:\s+one)?\b/.test(said)) return true;
  if (/^(?:the\s+)?(?:second|other|last)(?:\s+one)?\b/.test(said)) return false;
  return undefined;
}
