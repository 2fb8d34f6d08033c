// Repeat rules in words that Todoist, Obsidian Tasks and our own quick add all read ("every
// monday, thursday", "every 31st", "every 2 weeks"). `exact` says whether quick add reads the
// words back to the very same rule; where it can't (COUNT, UNTIL, several month days…), the
// words are the nearest simpler repeat (same frequency and interval).

const DAYS: Record<string, string> = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UNITS: Record<string, string> = {
  DAILY: 'day',
  WEEKLY: 'week',
  MONTHLY: 'month',
  YEARLY: 'year',
};

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${(['th', 'st', 'nd', 'rd'] as const)[n % 10] ?? 'th'}`;
}

/** The parts of a normalised rule ("FREQ=WEEKLY;BYDAY=MO"), by name. */
export function ruleParts(rule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of rule.split(';')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) parts.set(key, value);
  }
  return parts;
}

/** The same rule written with its parts in one order, to compare two rules. */
export function sameRule(a: string, b: string): boolean {
  // ("+1MO" is "1MO": RFC 5545 allows the sign, the rrule library writes it)
  const sorted = (r: string) =>
    r
      .split(';')
      .map((p) => (p.startsWith('BYDAY=') ? p.replace(/(?<=[=,])\+/g, '') : p))
      .sort()
      .join(';');
  return sorted(a) === sorted(b);
}

/** A normalised RRULE in words, and whether the words mean exactly that rule. */
export function ruleToWords(rule: string): { words: string; exact: boolean } {
  const parts = ruleParts(rule);
  const freq = parts.get('FREQ') ?? 'DAILY';
  const unit = UNITS[freq] ?? 'day';
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const every = interval > 1 ? `every ${interval} ${unit}s` : `every ${unit}`;
  const extra = [...parts.keys()].filter((k) => k !== 'FREQ' && k !== 'INTERVAL');
  const only = (...keys: string[]) =>
    extra.length === keys.length && keys.every((k) => parts.has(k));

  if (extra.length === 0) return { words: every, exact: true };

  const byDay = parts.get('BYDAY');
  const plainDays = byDay?.split(',').every((d) => d in DAYS) ? byDay.split(',') : null;
  if (freq === 'WEEKLY' && plainDays && only('BYDAY')) {
    const list = plainDays.map((d) => DAYS[d]!).join(', ');
    if (interval === 1) {
      if (byDay === 'MO,TU,WE,TH,FR') return { words: 'every weekday', exact: true };
      if (byDay === 'SA,SU') return { words: 'every weekend', exact: true };
      return { words: `every ${list}`, exact: true };
    }
    return { words: `every ${interval} weeks on ${list}`, exact: true };
  }
  if (freq === 'MONTHLY' && interval === 1 && only('BYMONTHDAY')) {
    const day = Number(parts.get('BYMONTHDAY'));
    if (day === -1) return { words: 'every last day', exact: true };
    if (day >= 1 && day <= 31) return { words: `every ${ordinal(day)}`, exact: true };
  }
  if (freq === 'MONTHLY' && interval === 1 && only('BYDAY')) {
    const m = /^(-1|[1-5])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay ?? '');
    if (m) {
      const which = m[1] === '-1' ? 'last' : ordinal(Number(m[1]));
      return { words: `every ${which} ${DAYS[m[2]!]!}`, exact: true };
    }
  }
  if (freq === 'YEARLY' && interval === 1 && only('BYMONTH', 'BYMONTHDAY')) {
    const month = Number(parts.get('BYMONTH'));
    const day = Number(parts.get('BYMONTHDAY'));
    if (MONTHS[month - 1] && day >= 1 && day <= 31)
      return { words: `every ${MONTHS[month - 1]} ${day}`, exact: true };
  }
  // The nearest simpler repeat: weekdays kept for a weekly rule, the rest dropped.
  if (freq === 'WEEKLY' && plainDays) {
    const list = plainDays.map((d) => DAYS[d]!).join(', ');
    return {
      words: interval > 1 ? `every ${interval} weeks on ${list}` : `every ${list}`,
      exact: false,
    };
  }
  return { words: every, exact: false };
}
