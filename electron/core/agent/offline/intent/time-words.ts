// Words about time, priority, repeats and labels, as data (the time rules join them into
// patterns). Dates themselves are read by chrono-node, through the quick-add parser.
import { parseQuickAdd } from '../../../time/quick-add.ts';
import type { DayPart } from './types.ts';

// Any fixed day will do: the rules only ask whether words are a date, not which.
const SHAPE_DAY = new Date(2026, 0, 5, 12);

/** Words that are a date or time and nothing else ("Monday", "tomorrow at 5", "the 22nd at 1pm"). */
export function looksLikeWhen(text: string): boolean {
  // ("at 8": the "at" makes the number a time)
  const t = text
    .trim()
    .replace(/^(?:to|for|on|at|till|until|by)\s+(?:at\s+(?=\d))?/i, (m) =>
      /\bat\s+$/i.test(m) ? 'at ' : '',
    );
  if (!t) return false;
  const read = parseQuickAdd(t, { now: SHAPE_DAY, detailsOnly: true });
  return read.title === '' && read.parts.length > 0 && read.parts.every((p) => p.kind === 'date');
}

/** Words that only say when, how important, how often or which label ("on 3 March", "urgent",
 * "#home", "every Monday at 9"). */
export function onlyDetails(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const read = parseQuickAdd(t, { now: SHAPE_DAY, detailsOnly: true });
  return (
    read.parts.length > 0 &&
    read.title
      // ("0900 sharp", "5pm on the dot": how exactly)
      .replace(/\b(?:it's|its|it is|and|sharp|on the dot|prompt|exactly|precisely|ish)\b/gi, '')
      .replace(/[.!,]+/g, '')
      .trim() === ''
  );
}

const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:days?|s)?`;
/** "monday to thursday", "mondays and fridays": a stretch or a set of days, which as a change to
 * a task can only be the days it comes round on. */
export const DAY_SPAN = new RegExp(
  String.raw`^(?:on\s+)?${DAY}(?:\s*(?:to|till|until|through|thru|-|–)\s*${DAY}|(?:\s*(?:,|and|&)\s*${DAY})+)$`,
  'i',
);

/** A list item that only gives details of the item before it: "due next Thursday", "high
 * priority", "label work" (said as quick add says them), or nothing. */
export function itemDetails(item: string): string | undefined {
  const t = item.trim();
  if (onlyDetails(t)) return t;
  const label =
    /^(?:label(?:led)?|tag(?:ged)?|labels?|tags?)\s*[:=]?\s*(?:it\s+)?(?:as\s+|with\s+)?#?([\p{L}\p{N}_-]+)$/iu.exec(
      t,
    );
  if (label) return `#${label[1]}`;
  // ("…, repeat it yearly": how often)
  const often = /^(?:and\s+)?(?:repeat|recur)\s+(?:it|that)\s+(.+)$/i.exec(t);
  return often && onlyDetails(often[1]!) ? often[1]! : undefined;
}

export const PRIORITY_WORDS: [RegExp, 1 | 2 | 3 | null][] = [
  [
    /^(?:p1|priority 1|priority one|(?:(?:very|really|super|extremely|top|most|highly|so|top most)\s+)?(?:urgent|important)|high(?: prio(?:rity)?)?|top(?: prio(?:rity)?)?|(?:maximum|max|highest)(?: prio(?:rity)?)?|critical|asap|a priority|(?:an? )?emergency|life or death)$/i,
    1,
  ],
  [
    /^(?:p2|priority 2|priority two|medium(?: prio(?:rity)?)?|normal(?: prio(?:rity)?)?|mid(?: prio(?:rity)?)?)$/i,
    2,
  ],
  [
    /^(?:p3|priority 3|priority three|low(?: prio(?:rity)?)?|(?:minimum|lowest)(?: prio(?:rity)?)?|not (?:that |very |so )?(?:urgent|important)|whenever|no rush|not a priority|less (?:important|urgent)|lower priority|not as (?:important|urgent))$/i,
    3,
  ],
  [/^(?:p4|no priority|none|not urgent any ?more|normal again)$/i, null],
];

/** 1, 2, 3 or null (no priority) for words that say one; undefined when they don't. */
export function priorityOf(words: string): 1 | 2 | 3 | null | undefined {
  const w = words
    .trim()
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/\s+(?:one|task|item)$/i, '');
  for (const [re, p] of PRIORITY_WORDS) if (re.test(w)) return p;
  return undefined;
}

/** A label as said: "#work", "work", "the work label". */
export const labelName = (said: string) =>
  said
    .trim()
    .replace(/^(?:the|a)\s+/i, '')
    .replace(/\s+(?:tag|label)$/i, '')
    .replace(/^#/, '')
    .toLowerCase();

/** "the afternoon", "pm", "p.m.": the part of the day said. */
export function partOfDay(said: string): DayPart {
  const w = said.toLowerCase().replace(/\./g, '');
  if (w === 'am' || w === 'pm') return w;
  return (['morning', 'afternoon', 'evening', 'night'] as const).find((p) => w.includes(p)) ?? 'pm';
}
