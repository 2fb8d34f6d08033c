// The headings of the lists sorted by date: Today ("Overdue", then today) and Upcoming (each of
// the next seven days that has tasks, then "Later").
import type { Task } from '../../../electron/shared/task.ts';
import { dayMonth, daysBetween, shortDate, weekdayName } from './local-dates.ts';

/** A heading over the tasks of one day (or "Overdue", "Later"). */
export interface Group {
  key: string;
  label: string;
  /** Shown in the warning colour. */
  warn?: boolean;
}

/** "Today · Sat 28 Nov", "Tomorrow · Sun 29 Nov", "Monday 30 Nov" */
export function dayHeading(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return `Today · ${shortDate(date)}`;
  if (diff === 1) return `Tomorrow · ${shortDate(date)}`;
  return `${weekdayName(date)} ${dayMonth(date)}`;
}

export const todayGroups =
  (today: string) =>
  (task: Task): Group =>
    task.dueDate !== null && task.dueDate < today
      ? { key: 'overdue', label: 'Overdue', warn: true }
      : { key: today, label: dayHeading(today, today) };

export const upcomingGroups =
  (today: string) =>
  (task: Task): Group => {
    const date = task.dueDate ?? today;
    return daysBetween(today, date) >= 7
      ? { key: 'later', label: 'Later' }
      : { key: date, label: dayHeading(date, today) };
  };
