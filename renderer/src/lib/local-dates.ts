// Calendar dates on this computer, as the core keeps them: local, "floating" YYYY-MM-DD strings.
// Arithmetic is done at UTC midnight, where no day is 23 or 25 hours long.

/** The local calendar date of an instant, YYYY-MM-DD. */
export function localDate(at: Date): string {
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${m}-${d}`;
}

const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  const day = utcDay(date);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: string, b: string) =>
  Math.round((utcDay(b).getTime() - utcDay(a).getTime()) / 86_400_000);

const SHORT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "Sat 28 Nov" */
export const shortDate = (date: string) => SHORT.format(utcDay(date));
/** "28 Nov" */
export const dayMonth = (date: string) => DAY_MONTH.format(utcDay(date));
/** "Saturday" */
export const weekdayName = (date: string) => WEEKDAY.format(utcDay(date));
/** The RRULE code of the date's weekday ("SA"). */
export const weekdayCode = (date: string) =>
  (['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const)[utcDay(date).getUTCDay()]!;
