// Reminders: each due task's occurrence is announced once, at its time (or, for a day without a
// time, at the reminder time of the settings). What was announced is kept in the database, so a
// restart neither repeats a reminder nor loses one; reminders missed while nothing was running are
// announced at the next start, together. Snoozing asks for the same one again later.
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import { type Query, query, write } from '../db/statements.ts';
import { addDays, localDate, localInstant } from './local-dates.ts';

export interface Reminder {
  taskId: number;
  title: string;
  dueDate: string;
  dueTime: string | null;
  /** When it was meant to be announced (UTC ISO). */
  at: string;
  /** Its time passed while nothing was running to announce it. */
  missed: boolean;
}

interface Row {
  taskId: number;
  title: string;
  dueDate: string;
  dueTime: string | null;
  updatedAt: string;
  occurrence: string | null;
  firedAt: string | null;
  snoozedUntil: string | null;
}

/** The occurrence a reminder is about: its day and time. */
const occurrenceOf = (r: { dueDate: string; dueTime: string | null }) =>
  r.dueTime ? `${r.dueDate}T${r.dueTime}` : r.dueDate;

export type SnoozeFor = '10m' | '1h' | 'tomorrow';

export class ReminderService {
  readonly #userId: string;
  readonly #candidates: Query<Row>;
  readonly #fired: (...params: unknown[]) => Database.RunResult;
  readonly #snooze: (...params: unknown[]) => Database.RunResult;
  readonly #get: Query<Row>;
  readonly #transaction: (fn: () => void) => void;
  readonly #reminderTime: () => string;

  constructor(db: Database.Database, userId: string, reminderTime: () => string) {
    this.#userId = userId;
    this.#reminderTime = reminderTime;
    const columns = `t.id AS taskId, t.title, t.due_date AS dueDate, t.due_time AS dueTime,
      t.updated_at AS updatedAt, r.occurrence, r.fired_at AS firedAt, r.snoozed_until AS snoozedUntil`;
    // Pending tasks due by tomorrow (a time zone's "today" is at most a day off UTC's) whose
    // current occurrence hasn't been announced, or whose snooze is over. Read over the
    // (user, completed, due date) index.
    this.#candidates = query(
      db,
      `SELECT ${columns} FROM tasks t LEFT JOIN reminders r ON r.task_id = t.id
       WHERE t.user_id = ? AND t.completed = 0 AND t.due_date IS NOT NULL AND t.due_date <= ?
         AND (r.task_id IS NULL
           OR r.occurrence <> (t.due_date || coalesce('T' || t.due_time, ''))
           OR r.fired_at IS NULL
           OR (r.snoozed_until IS NOT NULL AND r.snoozed_until <= ?))`,
    );
    this.#get = query(
      db,
      `SELECT ${columns} FROM tasks t LEFT JOIN reminders r ON r.task_id = t.id
       WHERE t.user_id = ? AND t.id = ?`,
    );
    this.#fired = write(
      db,
      `INSERT INTO reminders (task_id, user_id, occurrence, fired_at, snoozed_until)
       VALUES (?, ?, ?, ?, NULL)
       ON CONFLICT (task_id) DO UPDATE SET occurrence = excluded.occurrence,
         fired_at = excluded.fired_at, snoozed_until = NULL`,
    );
    this.#snooze = write(
      db,
      `INSERT INTO reminders (task_id, user_id, occurrence, fired_at, snoozed_until)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (task_id) DO UPDATE SET occurrence = excluded.occurrence,
         fired_at = excluded.fired_at, snoozed_until = excluded.snoozed_until`,
    );
    const run = db.transaction((fn: () => void) => fn());
    this.#transaction = (fn) => run(fn);
  }

  #fireAt(r: { dueDate: string; dueTime: string | null }): Date {
    return localInstant(r.dueDate, r.dueTime ?? this.#reminderTime());
  }

  /**
   * The reminders whose time has come, oldest first. `since` is when this process began
   * watching: those meant for before it were missed. A time set in the past (a task added
   * already overdue) reminds no one.
   */
  due(now: Date, since: Date): Reminder[] {
    const out: Reminder[] = [];
    const iso = now.toISOString();
    for (const row of this.#candidates.all(this.#userId, addDays(localDate(now), 1), iso)) {
      const occurrence = occurrenceOf(row);
      const snoozed =
        row.occurrence === occurrence && row.firedAt !== null && row.snoozedUntil !== null;
      const at = snoozed ? new Date(row.snoozedUntil!) : this.#fireAt(row);
      if (at.getTime() > now.getTime()) continue;
      if (!snoozed && at.toISOString() < row.updatedAt) continue;
      out.push({
        taskId: row.taskId,
        title: row.title,
        dueDate: row.dueDate,
        dueTime: row.dueTime,
        at: at.toISOString(),
        missed: at.getTime() < since.getTime(),
      });
    }
    return out.sort((a, b) => a.at.localeCompare(b.at) || a.taskId - b.taskId);
  }

  /** Records that these were announced: never again for the same occurrence. */
  markFired(reminders: Pick<Reminder, 'taskId' | 'dueDate' | 'dueTime'>[], now: Date): void {
    this.#transaction(() => {
      for (const r of reminders)
        this.#fired(r.taskId, this.#userId, occurrenceOf(r), now.toISOString());
    });
  }

  /** Asks for a task's reminder again in 10 minutes, an hour, or tomorrow at the reminder time. */
  snooze(taskId: number, span: SnoozeFor, now: Date): { until: string } {
    const row = this.#get.get(this.#userId, taskId);
    if (!row) throw new AppError('NOT_FOUND', `Task ${taskId} doesn't exist any more.`);
    if (!row.dueDate)
      throw new AppError('VALIDATION', `“${row.title}” has no due date to remind you of.`);
    const until =
      span === '10m'
        ? new Date(now.getTime() + 10 * 60_000)
        : span === '1h'
          ? new Date(now.getTime() + 3_600_000)
          : localInstant(addDays(localDate(now), 1), this.#reminderTime());
    this.#snooze(
      taskId,
      this.#userId,
      occurrenceOf({ dueDate: row.dueDate, dueTime: row.dueTime }),
      now.toISOString(),
      until.toISOString(),
    );
    return { until: until.toISOString() };
  }
}

/**
 * Checks for reminders now and then (every `everyMs`, and whenever asked), hands them to
 * `deliver`, and marks as fired only what was delivered: a browser host with no page open keeps
 * them for when one opens.
 */
export function scheduleReminders(
  service: ReminderService,
  deliver: (reminders: Reminder[]) => boolean,
  options: { clock?: () => Date; everyMs?: number; onError?: (err: unknown) => void } = {},
): { check(): void; stop(): void } {
  const clock = options.clock ?? (() => new Date());
  const since = clock();
  const check = () => {
    try {
      const now = clock();
      const due = service.due(now, since);
      if (due.length > 0 && deliver(due)) service.markFired(due, now);
    } catch (err) {
      options.onError?.(err);
    }
  };
  const timer = setInterval(check, options.everyMs ?? 30_000);
  timer.unref();
  const first = setTimeout(check, 0);
  first.unref();
  return {
    check,
    stop: () => {
      clearInterval(timer);
      clearTimeout(first);
    },
  };
}
