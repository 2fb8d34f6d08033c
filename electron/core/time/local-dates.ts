// Calendar dates as people use them: local, "floating" YYYY-MM-DD strings. Arithmetic on them is
// done at UTC midnight, where no day is 23 or 25 hours long, so DST changes never move a date.

/** The local calendar date of an instant, YYYY-MM-DD. */
export function localDate(at: Date): string {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

/** The local clock time of an instant, HH:MM. */
export function localTime(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** A calendar date as a Date at UTC midnight (for date-only arithmetic and rrule). */
export function utcDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function fromUtcDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const day = utcDay(date);
  day.setUTCDate(day.getUTCDate() + days);
  return fromUtcDay(day);
}

/** The same day so many months on (or back); past a shorter month's end, its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return fromUtcDay(first);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcDay(b).getTime() - utcDay(a).getTime()) / 86_400_000);
}

/**
 * The instant a local date and time happen on this computer's clock. A time skipped by a DST
 * change (02:30 on the spring-forward night) is the first moment after the gap.
 */
export function localInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, h, min);
}
