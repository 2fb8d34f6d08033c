// Reminders as the desktop's own notifications: one each, or one for several at once (those
// missed while the app was closed come together). Clicking one brings the window forward and
// shows the task.
import { Notification } from 'electron';
import type { Reminder } from '../core/time/reminders.ts';
import { APP_NAME } from '../shared/limits.ts';
import { sayDue } from '../shared/when-text.ts';
import { localDate } from '../core/time/local-dates.ts';

/** True when the system can show them (the reminders then count as delivered). */
export function showReminders(reminders: Reminder[], open: (taskId: number) => void): boolean {
  if (!Notification.isSupported()) return false;
  const today = localDate(new Date());
  const missed = reminders.filter((r) => r.missed);
  const now = reminders.filter((r) => !r.missed);
  const groups: { title: string; body: string; taskId: number }[] = [];
  if (missed.length > 0) {
    groups.push({
      title: `${APP_NAME}: ${missed.length} reminder${missed.length === 1 ? '' : 's'} while you were away`,
      body: missed.map((r) => `${r.title} (${sayDue(r.dueDate, r.dueTime, today)})`).join('\n'),
      taskId: missed[0]!.taskId,
    });
  }
  if (now.length > 3) {
    groups.push({
      title: `${APP_NAME}: ${now.length} reminders`,
      body: now.map((r) => r.title).join('\n'),
      taskId: now[0]!.taskId,
    });
  } else {
    for (const r of now) {
      groups.push({
        title: r.title,
        body: `Due ${sayDue(r.dueDate, r.dueTime, today)}`,
        taskId: r.taskId,
      });
    }
  }
  for (const g of groups) {
    const n = new Notification({ title: g.title, body: g.body });
    n.on('click', () => open(g.taskId));
    n.show();
  }
  return true;
}
