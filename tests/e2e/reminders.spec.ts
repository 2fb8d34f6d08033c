// Reminders in the browser: with the page open a due task's reminder shows in the page (Open shows
// the task in a list that holds it, Snooze asks the app again later), or as a browser notification
// when they are allowed; one due while no page was open shows at the next load under "While you
// were away", once. The host checks every half second here instead of every 30.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { sayDue } from '../../electron/shared/when-text.ts';
import { localDate } from '../../electron/core/time/local-dates.ts';
import { type RunningHost, startHost } from './browser-host.ts';
import { callHost, day } from './ui.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-reminders-'));
  host = await startHost(profile, { env: { TASK_ASSISTANT_REMINDER_CHECK_MS: '500' } });
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The next whole minute far enough ahead to add a task due then before it comes (a reminder is
 * only for a time after the task's last change): its date (tomorrow's just before midnight) and time.
 */
function nextMinute(): { at: Date; dueDate: string; dueTime: string } {
  const at = new Date();
  at.setSeconds(0, 0);
  at.setMinutes(at.getMinutes() + 1);
  if (at.getTime() - Date.now() < 8000) at.setMinutes(at.getMinutes() + 1);
  return { at, dueDate: localDate(at), dueTime: `${pad(at.getHours())}:${pad(at.getMinutes())}` };
}

/** How a reminder says when its task is due, as the page will say it. */
const dueText = (due: { dueDate: string; dueTime: string }) =>
  `Due ${sayDue(due.dueDate, due.dueTime, localDate(new Date()))}`;

/** Calls the app as another window or the CLI would. */
const call = (request: APIRequestContext, channel: string, data: unknown) =>
  callHost(request, host, channel, data);

/** Up to about 75 s: the minute to come, and a check after it. */
const REMINDER_WAIT = 75_000;

const reminderPanel = (page: Page) => page.getByRole('region', { name: /^Reminders?$/ });
const row = (page: Page, title: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: title, exact: true }) });

interface Recorded {
  title: string;
  body?: string;
  tag?: string;
}
declare global {
  interface Window {
    shownNotifications: (Recorded & { click(): void })[];
    permissionAsked: number;
    /** Sends an event as the desktop app's main process would. */
    desktopSends(event: string, payload: unknown): void;
  }
}

/**
 * Before the page's scripts: a window.Notification that records what it is asked to show (with a
 * way to click each). Its permission is the browser's own unless `start` says otherwise; asked,
 * it gives `answer`.
 */
function recordNotifications(
  options: { start?: NotificationPermission; answer?: NotificationPermission } = {},
) {
  const Real = window.Notification;
  let permission = options.start;
  window.shownNotifications = [];
  window.permissionAsked = 0;
  class Recording {
    static get permission() {
      return permission ?? Real.permission;
    }
    static async requestPermission() {
      window.permissionAsked++;
      permission = options.answer ?? (await Real.requestPermission());
      return permission;
    }
    onclick: (() => void) | null = null;
    constructor(title: string, options: NotificationOptions = {}) {
      const shown = { title, body: options.body, tag: options.tag, click: () => this.onclick?.() };
      window.shownNotifications.push(shown);
    }
    close() {}
  }
  Object.defineProperty(window, 'Notification', { value: Recording, configurable: true });
}

const notificationsShown = (page: Page) =>
  page.evaluate(() => window.shownNotifications.map(({ title, body }) => ({ title, body })));

test('with the page open a reminder shows in it: Open shows the task in Today, Snooze 10 min asks again later; where notifications are allowed it is a notification, and clicking it shows the task', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  // A second window whose person allowed notifications.
  const allowing = await browser.newContext();
  await allowing.grantPermissions(['notifications'], { origin: host.origin });
  await allowing.addInitScript(recordNotifications, {});
  const other = await allowing.newPage();

  // Overdue tasks lead Today, so the reminded ones are further down than a screenful.
  for (let i = 1; i <= 30; i++)
    await call(request, 'tasks.create', { title: `Overdue ${i}`, dueDate: day(-1) });
  await page.goto(host.url);
  await other.goto(host.url);
  // A list that holds neither of them.
  await page.getByRole('radio', { name: /Completed/ }).check();
  await expect(page.getByText(/Nothing completed yet/)).toBeVisible();
  await expect(other.getByRole('checkbox', { name: 'Overdue 1', exact: true })).toBeVisible();
  expect(await other.evaluate(() => Notification.permission)).toBe('granted');

  const due = nextMinute();
  const when = { dueDate: due.dueDate, dueTime: due.dueTime };
  const dentist = await call(request, 'tasks.create', { title: 'Call the dentist', ...when });
  const plants = await call(request, 'tasks.create', { title: 'Water the plants', ...when });

  const panel = reminderPanel(page);
  await expect(panel).toBeVisible({ timeout: REMINDER_WAIT });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByRole('listitem').first()).toContainText('Call the dentist');
  await expect(panel.getByRole('listitem').first()).toContainText(dueText(due));
  await expect(panel.getByRole('listitem').nth(1)).toContainText('Water the plants');
  await expect(panel.getByText('While you were away')).toHaveCount(0);
  // It never takes the focus from what the person is doing: R goes to it, Escape goes back.
  const completed = page.getByRole('radio', { name: /^Completed/ });
  await expect(completed).toBeFocused();
  await page.keyboard.press('r');
  await expect(panel.getByRole('button', { name: 'Open Call the dentist' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Snooze 10 min' }).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(completed).toBeFocused();

  // The window with notifications allowed shows them as notifications, not in the page.
  await expect
    .poll(() => notificationsShown(other))
    .toEqual([
      { title: 'Call the dentist', body: dueText(due) },
      { title: 'Water the plants', body: dueText(due) },
    ]);
  await expect(reminderPanel(other)).toHaveCount(0);

  // Snooze: the app is asked for it again in 10 minutes, and the page says so.
  const snoozing = page.waitForRequest((r) => r.url().endsWith('/api/call/reminders.snooze'));
  await panel
    .getByRole('group', { name: 'Snooze Water the plants' })
    .getByRole('button', { name: 'Snooze 10 min' })
    .click();
  const snooze = await snoozing;
  expect(snooze.postDataJSON()).toEqual({ id: plants.id, for: '10m' });
  const answer = await (await snooze.response())!.json();
  expect(answer.ok).toBe(true);
  const minutes = (Date.parse(answer.value.until) - Date.now()) / 60_000;
  expect(minutes).toBeGreaterThan(9);
  expect(minutes).toBeLessThanOrEqual(10);
  await expect(page.getByText('Snoozed “Water the plants”')).toBeVisible();
  await expect(panel.getByText('Water the plants')).toHaveCount(0);

  // Open: the page switches to a list that holds the task, scrolled to it, highlighted and
  // focused; the reminder has done its job.
  await panel.getByRole('button', { name: 'Open Call the dentist' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /^Today/ })).toBeChecked();
  const opened = row(page, 'Call the dentist');
  await expect(opened).toBeFocused();
  await expect(opened).toHaveClass(/just-added/);
  await expect(opened).toBeInViewport();
  await expect(row(page, 'Overdue 1')).not.toBeInViewport();
  expect(dentist.id).toBeGreaterThan(30);

  // Clicking a notification shows its task in that window (All holds it: it stays on All).
  await other.evaluate(() =>
    window.shownNotifications.find((n) => n.title === 'Water the plants')!.click(),
  );
  const clicked = row(other, 'Water the plants');
  await expect(clicked).toBeFocused();
  await expect(clicked).toBeInViewport();
  await expect(other.getByRole('radio', { name: /^All/ })).toBeChecked();
  await allowing.close();
});

test('reminders due while no page was open show at the next page load under "While you were away", until dismissed, and only once', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'New task' })).toBeVisible();
  const due = nextMinute();
  for (const title of ['Renew the parking permit', 'Book the MOT'])
    await call(request, 'tasks.create', { title, dueDate: due.dueDate, dueTime: due.dueTime });
  // The page goes; the minute comes and goes with none open (the host keeps them meanwhile).
  await page.goto('about:blank');
  await page.waitForTimeout(due.at.getTime() - Date.now() + 2000);

  await page.goto(host.url);
  const panel = reminderPanel(page);
  await expect(panel).toBeVisible();
  const away = panel.getByRole('group', { name: 'While you were away' });
  await expect(away.getByRole('listitem')).toHaveCount(2);
  await expect(away).toContainText('Renew the parking permit');
  await expect(away).toContainText('Book the MOT');
  await expect(away).toContainText(dueText(due));

  // A reload keeps them until they are dealt with (the app announces each only once).
  await page.reload();
  await expect(reminderPanel(page).getByRole('listitem')).toHaveCount(2);
  await reminderPanel(page).getByRole('button', { name: 'Dismiss Book the MOT' }).click();
  await expect(reminderPanel(page).getByRole('listitem')).toHaveCount(1);
  await reminderPanel(page)
    .getByRole('button', { name: 'Dismiss Renew the parking permit' })
    .click();
  await expect(reminderPanel(page)).toHaveCount(0);

  // Dismissed, they don't come back, in this page or a new one.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Book the MOT' })).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(reminderPanel(page)).toHaveCount(0);
  const fresh = await page.context().newPage();
  await fresh.goto(host.url);
  await expect(fresh.getByRole('checkbox', { name: 'Book the MOT' })).toBeVisible();
  await fresh.waitForTimeout(1500);
  await expect(reminderPanel(fresh)).toHaveCount(0);
});

test('settings: "Allow notifications" asks the browser only when pressed and says what it answered; the reminder time for tasks without a time is saved', async ({
  page,
  request,
}) => {
  await page.addInitScript(recordNotifications, { start: 'default', answer: 'granted' } as const);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Assistant settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assistant settings' });
  const reminders = dialog.getByRole('group', { name: 'Reminders' });
  await expect(reminders).toContainText('not asked yet');
  // Opening the settings asks nothing; the button does.
  expect(await page.evaluate(() => window.permissionAsked)).toBe(0);
  await reminders.getByRole('button', { name: 'Allow notifications' }).click();
  await expect(reminders).toContainText('Browser notifications: allowed');
  expect(await page.evaluate(() => window.permissionAsked)).toBe(1);
  await expect(reminders.getByRole('button', { name: 'Allow notifications' })).toHaveCount(0);

  const time = reminders.getByLabel('Tasks with a date but no time remind you at');
  await expect(time).toHaveValue('09:00');
  await time.fill('07:30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await call(request, 'settings.get', {})).reminderTime).toBe('07:30');
});

test('the settings say when notifications were blocked, and how to allow them', async ({
  browser,
}) => {
  const blocking = await browser.newContext();
  await blocking.addInitScript(recordNotifications, { start: 'denied' } as const);
  const page = await blocking.newPage();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Assistant settings' }).click();
  const reminders = page.getByRole('group', { name: 'Reminders' });
  await expect(reminders).toContainText('blocked');
  await expect(reminders).toContainText('set Notifications to Allow');
  await expect(reminders.getByRole('button', { name: 'Allow notifications' })).toHaveCount(0);
  await blocking.close();
});

test('in the desktop app (the preload bridge) the page shows no reminder of its own, since the system shows it, and a clicked system notification (tasks.reveal) shows its task', async ({
  page,
  request,
}) => {
  for (let i = 1; i <= 30; i++)
    await call(request, 'tasks.create', { title: `Overdue ${i}`, dueDate: day(-1) });
  const task = await call(request, 'tasks.create', { title: 'Call the dentist', dueDate: day(0) });
  // window.api as the preload exposes it, over the host's HTTP API here, with events sent by hand.
  await page.addInitScript(recordNotifications, { start: 'granted' } as const);
  await page.addInitScript(
    ({ origin, token }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      window.desktopSends = (event, payload) => {
        for (const listener of listeners.get(event) ?? []) listener(payload);
      };
      Object.defineProperty(window, 'api', {
        value: {
          invoke: (channel: string, input: unknown) =>
            fetch(`${origin}/api/call/${channel}`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: JSON.stringify(input ?? {}),
            }).then((r) => r.json()),
          on: (event: string, listener: (payload: unknown) => void) => {
            if (!listeners.has(event)) listeners.set(event, new Set());
            listeners.get(event)!.add(listener);
            return () => listeners.get(event)!.delete(listener);
          },
        },
      });
    },
    { origin: host.origin, token: host.token },
  );
  await page.goto(`${host.origin}/`);
  await page.getByRole('radio', { name: /^Completed/ }).check();
  await expect(page.getByText(/Nothing completed yet/)).toBeVisible();

  await page.evaluate(
    (reminder) => window.desktopSends('reminders.due', { reminders: [reminder] }),
    {
      taskId: task.id,
      title: task.title,
      dueDate: task.dueDate,
      dueTime: null,
      at: new Date().toISOString(),
      missed: false,
    },
  );
  await page.waitForTimeout(500);
  await expect(reminderPanel(page)).toHaveCount(0);
  expect(await notificationsShown(page)).toEqual([]);

  await page.evaluate((id) => window.desktopSends('tasks.reveal', { id }), task.id);
  await expect(page.getByRole('radio', { name: /^Today/ })).toBeChecked();
  const revealed = row(page, 'Call the dentist');
  await expect(revealed).toBeFocused();
  await expect(revealed).toBeInViewport();
  await expect(revealed).toHaveClass(/just-added/);

  // Nothing to allow in the settings: the system's own notifications show them.
  await page.getByRole('button', { name: 'Assistant settings' }).click();
  const reminders = page.getByRole('group', { name: 'Reminders' });
  await expect(reminders).toContainText('your system’s notifications');
  await expect(reminders.getByRole('button', { name: 'Allow notifications' })).toHaveCount(0);
});
