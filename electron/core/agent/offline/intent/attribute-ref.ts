// A task named by what it has rather than by its title: "the overdue one", "the one due
// tomorrow", "today's task", "the 3 o'clock one", "the urgent one", "the repeating one", "the
// car one" (a label). Read only when no title has the words.
import { readAgenda } from './agenda-filter.ts';
import type { AgendaFilter } from './types.ts';

export interface AttributeWords {
  /** What a "what's due…?" question with these words would find. */
  filter?: AgendaFilter;
  /** "the 3 o'clock one": due at that hour (`half` when said with am or pm). */
  at?: { hour: number; minute?: number; half?: 'am' | 'pm' };
  /** "the car one": a label, when some task has it. */
  label?: string;
  /** "the morning one": due at a time from the first hour to before the second. */
  part?: [number, number];
}

const PARTS: Record<string, [number, number]> = {
  morning: [5, 12],
  lunchtime: [12, 14],
  afternoon: [12, 17],
  evening: [17, 23],
  night: [19, 24],
};

const NOUN = '(?:one|task|item|job|thing|reminder|entry|todo|to-do)';

/** The words without "the … one", or nothing when they don't name a task by a field. */
export function readAttribute(text: string): AttributeWords | undefined {
  const s = text
    .trim()
    .replace(/[?.!]+$/, '')
    .replace(/^(?:the|my|that|this|our)\s+/i, '')
    .replace(
      new RegExp(`^${NOUN}\\s+(?:(?:that's|that\\s+is|which\\s+is|that|which)\\s+)?`, 'i'),
      '',
    )
    .replace(new RegExp(`\\s+${NOUN}$`, 'i'), '')
    // "today's", "tomorrow's": that day's
    .replace(
      /^(today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s$/i,
      'due $1',
    )
    .replace(/^(?:for|on)\s+(?=\S)/i, 'due ')
    .trim();
  if (!s || s.split(/\s+/).length > 4) return undefined;
  // "the 3 o'clock one", "the one at 9am", "the 15:30 one"
  const time =
    /^(?:due\s+)?(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o['’]?clock|h)?$/i.exec(
      s,
    );
  if (time && (time[2] || time[3] || /\bat\s/i.test(s))) {
    const hour = Number(time[1]);
    const minute = time[2] ? Number(time[2]) : undefined;
    const said = time[3]?.toLowerCase().replace(/\./g, '');
    if (hour > 23 || (minute ?? 0) > 59) return undefined;
    const half = said === 'am' || said === 'pm' ? said : undefined;
    if (half && (hour < 1 || hour > 12)) return undefined;
    return { at: { hour, ...(minute !== undefined ? { minute } : {}), ...(half ? { half } : {}) } };
  }
  // "the weekly one", "the undated one", "the morning one"
  const every = /^(daily|nightly|weekly|fortnightly|monthly|yearly|annual)$/i.exec(s)?.[1];
  if (every) {
    const freq = /^(?:daily|nightly)$/i.test(every)
      ? 'DAILY'
      : /^(?:weekly|fortnightly)$/i.test(every)
        ? 'WEEKLY'
        : /^monthly$/i.test(every)
          ? 'MONTHLY'
          : 'YEARLY';
    return { filter: { repeating: true, every: freq } };
  }
  if (/^(?:undated|dateless|unscheduled|no[- ]date)$/i.test(s)) return { filter: { due: 'none' } };
  const part =
    /^(?:due\s+)?(?:in\s+the\s+|this\s+)?(morning|afternoon|evening|night|lunchtime)$/i.exec(
      s,
    )?.[1];
  if (part) return { part: PARTS[part.toLowerCase()]! };
  // "the car one", "the #home one": a label (the resolver checks that a task has it)
  const label = /^#?([\p{L}][\p{L}\p{N}_-]*)$/u.exec(s);
  const filter = readAgenda(s, s);
  if (filter && !filter.listNamed && !filter.orFind && !filter.next) return { filter };
  if (label) return { label: label[1]!.toLowerCase() };
  return undefined;
}

/** Whether a task is due in that part of the day. */
export function dueInPart(dueTime: string | null, [from, to]: [number, number]): boolean {
  const h = dueTime ? Number(dueTime.slice(0, 2)) : -1;
  return h >= from && h < to;
}

/** Whether a task is due at the hour said ("3 o'clock": 03:00 or 15:00). */
export function dueAtSaid(dueTime: string | null, at: NonNullable<AttributeWords['at']>): boolean {
  if (!dueTime) return false;
  const [h, m] = dueTime.split(':').map(Number) as [number, number];
  if (at.minute !== undefined && m !== at.minute) return false;
  if (at.half === 'am') return h === at.hour % 12;
  if (at.half === 'pm') return h === (at.hour % 12) + 12;
  return h === at.hour || (at.hour < 12 && h === at.hour + 12);
}
