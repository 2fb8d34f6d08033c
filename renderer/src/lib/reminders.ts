// Reminders in the browser host. When `reminders.due` arrives, the browser's own notifications show
// them if the person allowed those (one for those that came due while no page was open: "3
// reminders while you were away"); otherwise the page lists them itself (ReminderToast), with Open,
// Snooze and Dismiss. The desktop app's main process shows them as system notifications, so there
// the page shows nothing of its own.
import type { ReminderInfo, Task } from '../../../electron/shared/task.ts';
import { sayDue } from '../../../electron/shared/when-text.ts';
import { api, isDesktop } from './api.ts';
import { localDate } from './local-dates.ts';
import { revealTask } from './reveal.ts';

export interface ShownReminder extends ReminderInfo {
  /** One occurrence (or snooze) of one task's reminder. */
  key: string;
  /** Its time came while no page was open: listed under "While you were away". */
  away: boolean;
}

export type SnoozeFor = '10m' | '1h' | 'tomorrow';

export interface RemindersState {
  items: ShownReminder[];
  /** What the last action did ("Snoozed …"), for a few seconds. */
  status: string | null;
}

const STORE_KEY = 'task-assistant.reminders';
const STATUS_MS = 6000;
/** When this page began: a reminder meant for before then came while no page was open. */
const openedAt = performance.timeOrigin;

/** Whether reminders can be browser notifications here: the permission, or unsupported. */
export function notificationPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

const isShown = (r: unknown): r is ShownReminder => {
  const o = r as Record<string, unknown> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.key === 'string' &&
    typeof o.taskId === 'number' &&
    typeof o.title === 'string' &&
    typeof o.dueDate === 'string' &&
    (o.dueTime === null || typeof o.dueTime === 'string') &&
    typeof o.at === 'string' &&
    typeof o.away === 'boolean'
  );
};

/** A reload keeps the reminders not yet dealt with (the app announces each only once). */
function restore(): ShownReminder[] {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter(isShown) : [];
  } catch {
    return [];
  }
}

let state: RemindersState = { items: isDesktop ? [] : restore(), status: null };
const subscribers = new Set<() => void>();
let statusTimer: ReturnType<typeof setTimeout> | undefined;

function update(next: Partial<RemindersState>) {
  state = { ...state, ...next };
  if (next.items) {
    try {
      if (state.items.length) sessionStorage.setItem(STORE_KEY, JSON.stringify(state.items));
      else sessionStorage.removeItem(STORE_KEY);
    } catch {
      // Only a convenience for a reload.
    }
  }
  for (const subscriber of subscribers) subscriber();
}

function say(status: string) {
  clearTimeout(statusTimer);
  update({ status });
  statusTimer = setTimeout(() => update({ status: null }), STATUS_MS);
}

/** Lists reminders in the page: a task's newer reminder takes the place of its older one. */
function add(incoming: ShownReminder[]) {
  const tasks = new Set(incoming.map((r) => r.taskId));
  const items = [...state.items.filter((r) => !tasks.has(r.taskId)), ...incoming].sort(
    (a, b) => a.at.localeCompare(b.at) || a.taskId - b.taskId,
  );
  update({ items });
}

const remove = (keys: (r: ShownReminder) => boolean) =>
  update({ items: state.items.filter((r) => !keys(r)) });

const find = (key: string) => state.items.find((r) => r.key === key);

/** "today at 14:05", "tomorrow at 09:00": when an instant is, in this computer's time. */
function sayInstant(iso: string): string {
  const at = new Date(iso);
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return sayDue(localDate(at), time, localDate(new Date()));
}

/** Shows them as the browser's notifications; false when the browser refused. */
function notify(items: ShownReminder[]): boolean {
  const today = localDate(new Date());
  const when = (r: ShownReminder) => sayDue(r.dueDate, r.dueTime, today);
  const away = items.filter((r) => r.away);
  const now = items.filter((r) => !r.away);
  const groups: { title: string; body: string; tag: string; items: ShownReminder[] }[] = [];
  if (away.length > 0) {
    groups.push({
      title: `${away.length} reminder${away.length === 1 ? '' : 's'} while you were away`,
      body: away.map((r) => `${r.title} (${when(r)})`).join('\n'),
      tag: `reminders:${away.map((r) => r.key).join(',')}`,
      items: away,
    });
  }
  if (now.length > 3) {
    groups.push({
      title: `${now.length} reminders`,
      body: now.map((r) => r.title).join('\n'),
      tag: `reminders:${now.map((r) => r.key).join(',')}`,
      items: now,
    });
  } else {
    for (const r of now)
      groups.push({ title: r.title, body: `Due ${when(r)}`, tag: `reminder:${r.key}`, items: [r] });
  }
  try {
    for (const group of groups) {
      // The same tag in another open tab replaces this one instead of showing it twice.
      const shown = new Notification(group.title, {
        body: group.body,
        tag: group.tag,
        dir: 'auto',
      });
      shown.onclick = () => {
        window.focus();
        shown.close();
        // Several in one: the page lists them all, to open or snooze each.
        if (group.items.length > 1) add(group.items);
        revealTask(group.items[0]!.taskId);
      };
    }
    return true;
  } catch {
    // (a browser that only shows them from a service worker)
    return false;
  }
}

function receive(reminders: ReminderInfo[]) {
  const incoming = reminders.map((r): ShownReminder => ({
    ...r,
    key: `${r.taskId}@${r.at}`,
    away: r.missed || Date.parse(r.at) < openedAt,
  }));
  const fresh = incoming.filter((r) => !find(r.key));
  if (fresh.length === 0) return;
  if (notificationPermission() === 'granted' && notify(fresh)) return;
  add(fresh);
}

export const reminders = {
  get: (): RemindersState => state,
  subscribe(subscriber: () => void): () => void {
    subscribers.add(subscriber);
    return () => subscribers.delete(subscriber);
  },
  /** Shows the task in the list; the reminder has done its job. */
  open(key: string) {
    const r = find(key);
    if (!r) return;
    remove((x) => x.key === key);
    revealTask(r.taskId);
  },
  async snooze(key: string, span: SnoozeFor): Promise<void> {
    const r = find(key);
    if (!r) return;
    const result = await api.invoke('reminders.snooze', { id: r.taskId, for: span });
    if (!result.ok) {
      if (result.error.code === 'NOT_FOUND') remove((x) => x.key === key);
      say(result.error.message);
      return;
    }
    remove((x) => x.key === key);
    say(`Snoozed “${r.title}”: reminding you again ${sayInstant(result.value.until)}`);
  },
  dismiss(key: string) {
    remove((x) => x.key === key);
  },
  dismissAll() {
    remove(() => true);
  },
};

/** A reminder whose task was done, deleted or moved to another time has nothing left to say. */
const outdated = (r: ShownReminder, task: Task | undefined) =>
  task !== undefined &&
  (task.completed || task.dueDate !== r.dueDate || task.dueTime !== r.dueTime);

if (!isDesktop) {
  api.on('reminders.due', ({ reminders: due }) => receive(due));
  // Those kept over a reload: their tasks may have changed meanwhile.
  for (const r of state.items) {
    void api.invoke('tasks.get', { id: r.taskId }).then((result) => {
      const gone = !result.ok && result.error.code === 'NOT_FOUND';
      if (gone || (result.ok && outdated(r, result.value))) remove((x) => x.key === r.key);
    });
  }
  api.on('tasks.changed', (change) => {
    if (state.items.length === 0) return;
    const gone = new Set(
      change.reason === 'deleted' || change.reason === 'purged' ? change.ids : [],
    );
    const now = new Map((change.tasks ?? []).map((t) => [t.id, t]));
    const stale = (r: ShownReminder) => gone.has(r.taskId) || outdated(r, now.get(r.taskId));
    if (state.items.some(stale)) remove(stale);
  });
}
