// A real accessibility engine (axe-core, WCAG 2.1 A and AA) on the main screens, light and dark.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from './browser-host.ts';
import { violations } from './ui.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-a11y-'));
  host = await startHost(profile);
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.1 A/AA violations on the main screens (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    const box = page.getByRole('textbox', { name: 'New task' });
    for (const title of ['Buy groceries', 'Call mom']) {
      await box.fill(title);
      await box.press('Enter');
    }
    await page.getByRole('checkbox', { name: 'Call mom' }).check();
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.fill("What's pending?");
    await message.press('Enter');
    await expect(page.getByRole('log', { name: 'Conversation' })).toContainText('Buy groceries');
    expect(await violations(page), 'main screen').toEqual([]);

    // A confirmation card and the undo toast.
    await message.fill('delete the groceries task');
    await message.press('Enter');
    await expect(page.getByRole('button', { name: 'Confirm' })).toBeVisible();
    expect(await violations(page), 'confirmation card').toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete Call mom' }).click();
    await expect(page.getByRole('button', { name: 'Undo' }).first()).toBeVisible();
    expect(await violations(page), 'undo toast').toEqual([]);

    await page.getByRole('radio', { name: /Trash/ }).check();
    await expect(page.getByRole('button', { name: 'Restore Call mom' })).toBeVisible();
    expect(await violations(page), 'trash').toEqual([]);
    await page.getByRole('button', { name: 'Delete for good: Call mom' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete for good?' })).toBeVisible();
    expect(await violations(page), 'delete for good dialog').toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('radio', { name: /All/ }).check();

    await page.getByRole('button', { name: 'Backups' }).click();
    await expect(page.getByRole('dialog', { name: 'Backups' })).toBeVisible();
    expect(await violations(page), 'backups dialog').toEqual([]);
    await page
      .getByRole('dialog', { name: 'Backups' })
      .getByRole('button', { name: 'Close' })
      .click();

    await page.getByRole('button', { name: /Assistant settings/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page), 'assistant settings').toEqual([]);
  });

  test(`no WCAG 2.1 A/AA violations on quick add, Today, Upcoming, labels and the editor (${colorScheme})`, async ({
    page,
    request,
  }) => {
    const day = (n: number) => {
      const d = new Date();
      d.setDate(d.getDate() + n);
      const pad = (x: number) => String(x).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    };
    for (const task of [
      { title: 'Renew passport', dueDate: day(-2), priority: 1, labels: ['admin'] },
      { title: 'Water the plants', dueDate: day(0), dueTime: '18:00', repeat: 'FREQ=DAILY' },
      { title: 'Call mom', dueDate: day(1), priority: 2, description: 'About the weekend' },
      { title: 'Tax return', dueDate: day(30), priority: 3, labels: ['admin', 'money'] },
    ]) {
      const res = await request.post(`${host.origin}/api/call/tasks.create`, {
        headers: { authorization: `Bearer ${host.token}` },
        data: task,
      });
      expect((await res.json()).ok).toBe(true);
    }
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    const box = page.getByRole('textbox', { name: 'New task' });
    await box.fill('Pay rent tomorrow 9am p1 #home every month');
    await expect(page.getByRole('group', { name: 'Recognised in the text' })).toContainText('P1');
    expect(await violations(page), 'quick add chips and rows with dates').toEqual([]);
    await box.fill('');

    await page.getByRole('radio', { name: /Today/ }).check();
    await expect(page.getByRole('heading', { name: 'Overdue' })).toBeVisible();
    expect(await violations(page), 'today').toEqual([]);
    await page.getByRole('radio', { name: /Upcoming/ }).check();
    await expect(page.getByRole('heading', { name: 'Later' })).toBeVisible();
    expect(await violations(page), 'upcoming').toEqual([]);
    await page.getByRole('combobox', { name: 'Label' }).selectOption('admin');
    await expect(page.getByRole('checkbox', { name: 'Renew passport' })).toHaveCount(0);
    expect(await violations(page), 'label filter').toEqual([]);
    await page.getByRole('button', { name: 'Show all labels' }).click();

    await page.getByRole('button', { name: 'Edit Water the plants' }).click();
    await page.getByLabel('Repeat', { exact: true }).selectOption('custom');
    await expect(page.getByRole('button', { name: 'Skip this one' })).toBeVisible();
    expect(await violations(page), 'editor').toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Assistant settings' }).click();
    await expect(page.getByRole('checkbox', { name: /Read dates and times/ })).toBeVisible();
    expect(await violations(page), 'settings with quick add').toEqual([]);
  });
}

test('no WCAG 2.1 A/AA violations on the reminder toast, with reminders from while you were away and a snooze said (light and dark)', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  // This host checks reminders every half second.
  await host.stop();
  host = await startHost(profile, { env: { TASK_ASSISTANT_REMINDER_CHECK_MS: '500' } });
  const pad = (n: number) => String(n).padStart(2, '0');
  // The next minute with time to add the tasks before it (a reminder is for a time after the change).
  const at = new Date();
  at.setSeconds(0, 0);
  at.setMinutes(at.getMinutes() + 1);
  if (at.getTime() - Date.now() < 8000) at.setMinutes(at.getMinutes() + 1);
  const dueDate = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const dueTime = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  for (const title of ['Call the dentist', 'לקנות חלב', 'Water the plants']) {
    const res = await request.post(`${host.origin}/api/call/tasks.create`, {
      headers: { authorization: `Bearer ${host.token}` },
      data: { title, dueDate, dueTime },
    });
    expect((await res.json()).ok).toBe(true);
  }
  // Due while no page is open: they show at the next load.
  await page.waitForTimeout(at.getTime() - Date.now() + 1500);
  await page.goto(host.url);
  const toast = page.getByRole('region', { name: 'Reminders' });
  await expect(toast.getByRole('group', { name: 'While you were away' })).toContainText(
    'לקנות חלב',
  );
  await toast
    .getByRole('group', { name: 'Snooze Water the plants' })
    .getByRole('button', { name: 'Snooze 1 hour' })
    .click();
  await expect(page.getByText(/^Snoozed “Water the plants”/)).toBeVisible();
  await expect(toast.getByRole('listitem')).toHaveCount(2);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await violations(page), `reminder toast (${colorScheme})`).toEqual([]);
  }
  await page.setViewportSize({ width: 375, height: 700 });
  expect(await violations(page), 'reminder toast, narrow (dark)').toEqual([]);
});
