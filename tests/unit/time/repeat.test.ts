// Next occurrences of repeating tasks: month ends, leap days, and the same dates in every time
// zone (each TZ runs in its own process; see the integration test).
import { describe, expect, it } from 'vitest';
import { checkRule, firstOccurrence, nextOccurrence } from '../../../electron/core/time/repeat.ts';
import {
  addDays,
  addMonths,
  localDate,
  localInstant,
} from '../../../electron/core/time/local-dates.ts';
import { sayDue, sayRepeat } from '../../../electron/shared/when-text.ts';
import { normaliseRule } from '../../../electron/shared/when.ts';

describe('repeats', () => {
  it('comes back to the 31st after a short month (and to the last day of February)', () => {
    const seen: string[] = [];
    let due = '2026-01-31';
    for (let i = 0; i < 4; i++)
      seen.push((due = nextOccurrence('FREQ=MONTHLY', '2026-01-31', due)!));
    expect(seen).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
  });

  it('keeps the 29th of February in leap years and the 28th otherwise', () => {
    expect(nextOccurrence('FREQ=YEARLY', '2028-02-29', '2028-02-29')).toBe('2029-02-28');
    expect(nextOccurrence('FREQ=YEARLY', '2028-02-29', '2031-12-31')).toBe('2032-02-29');
  });

  it('follows weekdays, intervals and the last day of the month', () => {
    const weekdays = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    expect(nextOccurrence(weekdays, '2026-11-27', '2026-11-27')).toBe('2026-11-30'); // Fri → Mon
    expect(nextOccurrence('FREQ=WEEKLY;INTERVAL=2', '2026-11-28', '2026-11-28')).toBe('2026-12-12');
    expect(nextOccurrence('FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-31', '2026-01-31')).toBe(
      '2026-02-28',
    );
    expect(firstOccurrence('FREQ=WEEKLY;BYDAY=SU', '2026-11-28', '2026-11-28')).toBe('2026-11-29');
    // "every 4 weeks on Monday" said on a Sunday: tomorrow first, then every 4 weeks from there
    const fourWeekly = 'FREQ=WEEKLY;INTERVAL=4;BYDAY=MO';
    expect(firstOccurrence(fourWeekly, '2026-11-29', '2026-11-29')).toBe('2026-11-30');
    expect(nextOccurrence(fourWeekly, '2026-11-30', '2026-11-30')).toBe('2026-12-28');
  });

  it('ends when COUNT or UNTIL says so', () => {
    expect(nextOccurrence('FREQ=DAILY;COUNT=2', '2026-11-28', '2026-11-29')).toBeNull();
    expect(nextOccurrence('FREQ=DAILY;UNTIL=20261130', '2026-11-28', '2026-11-30')).toBeNull();
    expect(() => checkRule('FREQ=DAILY;UNTIL=20200101', '2026-11-28')).toThrow(/never happens/);
  });

  it('checks a rule’s shape before anything stores it', () => {
    expect(normaliseRule(' rrule:freq=weekly; byday=mo,th ')).toEqual({
      rule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    });
    expect(normaliseRule('FREQ=HOURLY')).toHaveProperty('error');
    expect(normaliseRule('BYDAY=MO')).toHaveProperty('error');
    expect(normaliseRule('FREQ=DAILY;FREQ=WEEKLY')).toHaveProperty('error');
    expect(normaliseRule('FREQ=DAILY;DTSTART=20260101')).toHaveProperty('error');
  });
});

describe('dates as people say them', () => {
  const today = '2026-11-28'; // a Saturday
  it.each([
    ['2026-11-28', null, 'today'],
    ['2026-11-29', '17:00', 'tomorrow at 17:00'],
    ['2026-11-27', null, 'yesterday'],
    ['2026-12-02', null, 'Wednesday'],
    ['2026-12-04', null, 'Friday'],
    ['2026-12-05', null, 'Sat 5 Dec'],
    ['2027-01-05', '09:30', 'Tue 5 Jan 2027 at 09:30'],
  ])('%s %s → %s', (date, time, said) => {
    expect(sayDue(date, time, today)).toBe(said);
  });

  it('says rows compactly', () => {
    expect(sayDue('2026-11-29', '17:00', today, 'short')).toBe('Tomorrow 17:00');
    expect(sayRepeat('FREQ=WEEKLY;BYDAY=SU')).toBe('Every Sun');
    expect(sayRepeat('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toBe('Every weekday');
    expect(sayRepeat('FREQ=MONTHLY;BYMONTHDAY=-1')).toBe('Every month on the last day');
    expect(sayRepeat('FREQ=MONTHLY;BYDAY=1MO')).toBe('Every month on the 1st Mon');
    expect(sayRepeat('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toBe(
      'Every month on the last weekday',
    );
    expect(sayRepeat('FREQ=DAILY;INTERVAL=3')).toBe('Every 3 days');
    expect(sayRepeat('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3')).toBe('Every year on 3 Mar');
    expect(sayRepeat('FREQ=DAILY;COUNT=7')).toBe('Every day, 7 times in all');
    expect(sayRepeat('FREQ=WEEKLY;BYDAY=MO,TH;COUNT=1')).toBe('Every Mon, Thu, 1 time in all');
  });

  it('ends a repeat said for so long: the last occurrence has nothing after it', () => {
    // every day for 3 days from Saturday: Sat, Sun, Mon
    expect(nextOccurrence('FREQ=DAILY;COUNT=3', '2026-11-28', '2026-11-29')).toBe('2026-11-30');
    expect(nextOccurrence('FREQ=DAILY;COUNT=3', '2026-11-28', '2026-11-30')).toBeNull();
  });
});

describe('local dates', () => {
  it('does date arithmetic without DST drift, and finds the local instant of a date and time', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 8)).toBe('2026-11-01');
    const at = localInstant('2026-11-29', '09:00');
    expect(localDate(at)).toBe('2026-11-29');
    expect(at.getHours()).toBe(9);
  });

  it('moves by months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-11-29', 1)).toBe('2026-12-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});
