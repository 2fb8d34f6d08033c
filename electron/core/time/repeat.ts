// Repeats: the next occurrence of a task's RRULE, with the `rrule` library. Occurrences are
// calendar dates counted from the date the repeat started (`from`), so "monthly on the 31st"
// comes back to the 31st after a short month, and DST never shifts a day.
import * as rruleModule from 'rrule';
import { AppError } from '../../shared/errors.ts';
import { fromUtcDay, utcDay } from './local-dates.ts';

// rrule ships CommonJS to Node (its classes under `default`) and ES modules to bundlers.
const { RRule } = (
  'RRule' in rruleModule ? rruleModule : Reflect.get(rruleModule, 'default')
) as typeof rruleModule;

/** Parts that pick days themselves; without any, the start date's day is the day. */
const DAY_PICKERS = ['BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYSETPOS'];

function ruleFrom(rule: string, from: string) {
  const options = RRule.parseString(rule);
  const start = utcDay(from);
  const day = start.getUTCDate();
  const picksDays = DAY_PICKERS.some((p) => new RegExp(`(^|;)${p}=`).test(rule));
  // "Every month" from the 31st means the last day of shorter months (as every calendar app
  // does), not only the months that have a 31st (what RFC 5545 alone would give).
  if (!picksDays && day > 28 && (options.freq === RRule.MONTHLY || options.freq === RRule.YEARLY)) {
    options.bymonthday = Array.from({ length: day - 27 }, (_, i) => 28 + i);
    options.bysetpos = [-1];
    if (options.freq === RRule.YEARLY && !options.bymonth)
      options.bymonth = [start.getUTCMonth() + 1];
  }
  return new RRule({ ...options, dtstart: start });
}

/** The first occurrence strictly after `after` (a date), or null when the repeat has ended. */
export function nextOccurrence(rule: string, from: string, after: string): string | null {
  const next = ruleFrom(rule, from).after(utcDay(after), false);
  return next ? fromUtcDay(next) : null;
}

/**
 * The first occurrence on or after `onOrAfter`, or null when there is none. A repeat starting now
 * ("every 4 weeks on Monday", said on a Sunday) starts on its first day, tomorrow, and counts its
 * weeks from there (not from the week it was said in).
 */
export function firstOccurrence(rule: string, from: string, onOrAfter: string): string | null {
  const starting =
    from === onOrAfter && /;INTERVAL=\d+/.test(rule) && /;BY(?:DAY|MONTHDAY|MONTH)=/.test(rule);
  const next = ruleFrom(starting ? rule.replace(/;INTERVAL=\d+/, '') : rule, from).after(
    utcDay(onOrAfter),
    true,
  );
  return next ? fromUtcDay(next) : null;
}

/** A rule that can be stored: it parses and has at least one occurrence from `from`. */
export function checkRule(rule: string, from: string): void {
  let first: string | null;
  try {
    first = firstOccurrence(rule, from, from);
  } catch {
    throw new AppError('VALIDATION', `The repeat rule "${rule.slice(0, 60)}" can't be used`);
  }
  if (!first)
    throw new AppError('VALIDATION', 'That repeat never happens: it ends before it starts');
}
