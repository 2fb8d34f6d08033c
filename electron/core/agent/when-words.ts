// A task's time fields in a receipt's words: "due tomorrow at 09:00, P1, every month, #home".
import type { Task } from '../../shared/task.ts';
import { PRIORITY_WORDS, sayDue, sayRepeat } from '../../shared/when-text.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What a task has besides its title, or '' when nothing. */
export function aboutTask(t: Task, today: string): string {
  return [
    t.dueDate && `due ${sayDue(t.dueDate, t.dueTime, today)}`,
    t.priority && `${PRIORITY_WORDS[t.priority]} priority`,
    t.repeat && lowerFirst(sayRepeat(t.repeat)),
    t.labels.length > 0 && t.labels.map((l) => `#${l}`).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
}

/** The time fields that differ between two versions of a task, said as they are now. */
export function describeChanges(before: Task, after: Task, today: string): string {
  const said: string[] = [];
  if (before.dueDate !== after.dueDate || before.dueTime !== after.dueTime) {
    said.push(after.dueDate ? `due ${sayDue(after.dueDate, after.dueTime, today)}` : 'no due date');
  }
  if (before.priority !== after.priority) {
    said.push(after.priority ? `${PRIORITY_WORDS[after.priority]} priority` : 'no priority');
  }
  if (before.repeat !== after.repeat) {
    said.push(after.repeat ? lowerFirst(sayRepeat(after.repeat)) : 'not repeating');
  }
  if (before.labels.join(' ') !== after.labels.join(' ')) {
    said.push(after.labels.length ? after.labels.map((l) => `#${l}`).join(' ') : 'no labels');
  }
  return said.join(', ');
}

/** The time fields a change asked for, said as the task already has them ("due Thursday at
 * 18:00, high priority"), for a change that found them so; '' when it asked for none. */
export function describeFields(
  t: Task,
  today: string,
  asked: { due?: boolean; priority?: boolean; repeat?: boolean; labels?: boolean },
): string {
  return [
    asked.due && (t.dueDate ? `due ${sayDue(t.dueDate, t.dueTime, today)}` : 'without a due date'),
    asked.priority &&
      (t.priority ? `${PRIORITY_WORDS[t.priority]} priority` : 'without a priority'),
    asked.repeat && (t.repeat ? lowerFirst(sayRepeat(t.repeat)) : 'not repeating'),
    asked.labels && (t.labels.length ? t.labels.map((l) => `#${l}`).join(' ') : 'without labels'),
  ]
    .filter(Boolean)
    .join(', ');
}
