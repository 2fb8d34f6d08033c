// Dates, repeats and priorities the way people say them ("tomorrow at 17:00", "Fri 4 Dec",
// "Every Sun", "P1"), for the task rows, the assistant's replies and the CLI. No dependencies:
// the renderer uses it too.

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const CODES: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

const utc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const dayDiff = (from: string, to: string) =>
  Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);

/**
 * A due date as people say it, relative to `today` (both local YYYY-MM-DD): "today",
 * "tomorrow", "yesterday", "Friday" within the coming week, else "Fri 4 Dec" (with the year when
 * it isn't this one). `style: 'short'` for rows ("Tomorrow 17:00"), `'sentence'` for replies
 * ("tomorrow at 17:00").
 */
/** The day of the week a date falls on: "2026-12-05" is "Saturday". */
export function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return LONG_DAY_NAMES[new Date(y!, m! - 1, d!).getDay()]!;
}

export function sayDue(
  dueDate: string,
  dueTime: string | null,
  today: string,
  style: 'short' | 'sentence' = 'sentence',
): string {
  const diff = dayDiff(today, dueDate);
  const d = utc(dueDate);
  let day: string;
  if (diff === 0) day = 'today';
  else if (diff === 1) day = 'tomorrow';
  else if (diff === -1) day = 'yesterday';
  else if (diff > 1 && diff < 7)
    day = style === 'short' ? DAY_NAMES[d.getUTCDay()]! : LONG_DAY_NAMES[d.getUTCDay()]!;
  else {
    day = `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
    if (d.getUTCFullYear() !== utc(today).getUTCFullYear()) day += ` ${d.getUTCFullYear()}`;
  }
  if (style === 'short') {
    day = day[0]!.toUpperCase() + day.slice(1);
    return dueTime ? `${day} ${dueTime}` : day;
  }
  return dueTime ? `${day} at ${dueTime}` : day;
}

const ordinal = (n: number) => {
  if (n === -1) return 'last';
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** A repeat rule in a few words: "Every day", "Every weekday", "Every Mon, Thu", "Every 2 weeks". */
export function sayRepeat(rule: string): string {
  const count = /(?:^|;)COUNT=(\d+)/.exec(rule);
  const every = sayEvery(rule);
  return count ? `${every}, ${count[1]} time${count[1] === '1' ? '' : 's'} in all` : every;
}

function sayEvery(rule: string): string {
  const parts = Object.fromEntries(
    rule.split(';').map((p) => p.split('=') as [string, string]),
  ) as Record<string, string | undefined>;
  const interval = Number(parts.INTERVAL ?? 1);
  const unit = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' }[parts.FREQ ?? ''];
  if (!unit) return 'Repeats';
  const every =
    interval === 1
      ? `Every ${unit}`
      : interval === 2 && unit !== 'day'
        ? `Every other ${unit}`
        : `Every ${interval} ${unit}s`;
  const days = parts.BYDAY?.split(',') ?? [];
  const plainDays = days.every((d) => /^[A-Z]{2}$/.test(d));
  if (days.length > 0 && plainDays && unit === 'week') {
    const set = days.join(',');
    const which =
      set === 'MO,TU,WE,TH,FR' ? 'weekday' : set === 'SA,SU' || set === 'SU,SA' ? 'weekend' : null;
    const names = days.map((d) => DAY_NAMES[CODES[d]!]).join(', ');
    if (interval === 1) return which ? `Every ${which}` : `Every ${names}`;
    return `${every} on ${which ? `${which}s` : names}`;
  }
  // ("the last working day of each month")
  if (unit === 'month' && days.join(',') === 'MO,TU,WE,TH,FR' && parts.BYSETPOS === '-1')
    return `${every} on the last weekday`;
  if (days.length === 1 && unit === 'month') {
    const m = /^([+-]?\d)([A-Z]{2})$/.exec(days[0]!);
    if (m) return `${every} on the ${ordinal(Number(m[1]))} ${DAY_NAMES[CODES[m[2]!]!]}`;
  }
  const monthDay = parts.BYMONTHDAY?.split(',').map(Number);
  if (monthDay?.length === 1 && unit === 'month') {
    return monthDay[0] === -1
      ? `${every} on the last day`
      : `${every} on the ${ordinal(monthDay[0]!)}`;
  }
  if (monthDay?.length === 1 && parts.BYMONTH && unit === 'year') {
    return `${every} on ${monthDay[0]} ${MONTH_NAMES[Number(parts.BYMONTH) - 1]}`;
  }
  return every;
}

export const sayPriority = (p: 1 | 2 | 3) => `P${p}`;
export const PRIORITY_WORDS = { 1: 'high', 2: 'medium', 3: 'low' } as const;
