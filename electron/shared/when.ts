// The shapes of a task's time fields, shared by the contract, the CLI and the renderer: calendar
// dates and clock times as people's local, "floating" values (the 5th stays the 5th when you
// travel), and repeat rules as RFC 5545 RRULE text without DTSTART. Plain zod: computing
// occurrences is the core's job (with the `rrule` library).
import { z } from 'zod';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day of the calendar written YYYY-MM-DD ("2026-02-30" is not one). */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export const dueDateSchema = z
  .string({ error: 'Due date must be text like 2026-12-04' })
  .refine(isCalendarDate, 'Due date must be a real day written like 2026-12-04');

export const dueTimeSchema = z
  .string({ error: 'Time must be text like 17:00' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Time must be written like 09:30 or 17:00 (24-hour)');

export const PRIORITIES = [1, 2, 3] as const;
export type Priority = (typeof PRIORITIES)[number];
export const prioritySchema = z.union(
  PRIORITIES.map((p) => z.literal(p)),
  { error: 'Priority must be 1 (high), 2 (medium) or 3 (low)' },
);

// The parts of a rule a task can use: repeats are of days, so no HOURLY/MINUTELY/SECONDLY.
const RULE_PARTS: Record<string, RegExp> = {
  FREQ: /^(DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  INTERVAL: /^[1-9]\d{0,2}$/,
  COUNT: /^[1-9]\d{0,3}$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  BYDAY: /^([+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$/,
  BYMONTHDAY: /^-?([1-9]|[12]\d|3[01])(,-?([1-9]|[12]\d|3[01]))*$/,
  BYMONTH: /^([1-9]|1[0-2])(,([1-9]|1[0-2]))*$/,
  BYSETPOS: /^-?[1-9]\d{0,2}(,-?[1-9]\d{0,2})*$/,
  BYYEARDAY: /^-?[1-9]\d{0,2}(,-?[1-9]\d{0,2})*$/,
  BYWEEKNO: /^-?[1-9]\d?(,-?[1-9]\d?)*$/,
  WKST: /^(MO|TU|WE|TH|FR|SA|SU)$/,
};

/**
 * Puts a rule in one spelling (upper case, no "RRULE:" prefix, no spaces) and says what is wrong
 * with it, if anything.
 */
export function normaliseRule(raw: string): { rule: string } | { error: string } {
  const rule = raw
    .trim()
    .replace(/^RRULE:/i, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (!rule) return { error: 'Repeat rule is empty' };
  const seen = new Set<string>();
  for (const part of rule.split(';')) {
    const [key, value, extra] = part.split('=');
    const shape = key ? RULE_PARTS[key] : undefined;
    if (!shape || value === undefined || extra !== undefined) {
      return { error: `Repeat rule has a part it can't use: "${part.slice(0, 30)}"` };
    }
    if (seen.has(key!)) return { error: `Repeat rule gives ${key} twice` };
    seen.add(key!);
    if (!shape.test(value))
      return { error: `Repeat rule's ${key} can't be "${value.slice(0, 30)}"` };
  }
  if (!seen.has('FREQ'))
    return { error: 'Repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)' };
  if (seen.has('COUNT') && seen.has('UNTIL'))
    return { error: "Repeat rule can't have both COUNT and UNTIL" };
  return { rule };
}

export const repeatSchema = z
  .string({ error: 'Repeat must be a rule like FREQ=WEEKLY;BYDAY=MO' })
  .max(300, 'Repeat rule is too long')
  .transform((s, ctx) => {
    const r = normaliseRule(s);
    if ('error' in r) {
      ctx.addIssue({ code: 'custom', message: r.error });
      return z.NEVER;
    }
    return r.rule;
  });

export const LABEL_MAX = 40;
export const LABELS_PER_TASK_MAX = 20;

/** "#Home" and "home" are the same label: lower case, no "#", no spaces. */
export const labelSchema = z
  .string({ error: 'A label must be text' })
  .transform((s) => s.trim().replace(/^#/, '').toLowerCase())
  .refine((s) => s.length > 0, 'A label is empty')
  .refine((s) => [...s].length <= LABEL_MAX, `A label is at most ${LABEL_MAX} characters`)
  .refine(
    (s) => /^[\p{L}\p{N}\p{M}_\-./&+]+$/u.test(s),
    'A label is one word: letters, digits and - _ . / & + only',
  );

/** Labels in one order (alphabetical), each once. */
export const labelsSchema = z
  .array(labelSchema, { error: 'Labels must be a list' })
  .max(LABELS_PER_TASK_MAX, `A task can have at most ${LABELS_PER_TASK_MAX} labels`)
  .transform((names) => [...new Set(names)].sort());
