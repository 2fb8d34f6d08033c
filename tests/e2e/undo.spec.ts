// Nothing is lost by a click: one undo history for the task list and the chat, and a Trash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from './browser-host.ts';
import { addTask, chatLog, rowTitles, say } from './ui.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-undo-'));
  host = await startHost(profile);
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

test('two deletes in a row: Ctrl+Z brings back both, and "undo" in chat reaches the task list', async ({
  page,
}) => {
  await page.goto(host.url);
  for (const t of ['Alpha', 'Beta', 'Gamma']) await addTask(page, t);
  await page.getByRole('button', { name: 'Delete Beta' }).click();
  await page.getByRole('button', { name: 'Delete Gamma' }).click();
  await expect(page.getByRole('status')).toContainText('Moved “Gamma” to the Trash');
  await expect.poll(() => rowTitles(page)).toEqual(['Alpha']);

  // The first toast was replaced, but the history has both steps.
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => rowTitles(page)).toEqual(['Alpha', 'Gamma']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => rowTitles(page)).toEqual(['Alpha', 'Beta', 'Gamma']);

  // A click in the list, then "undo" typed in the chat: the same history.
  await say(page, 'mark alpha as done');
  await expect(page.getByRole('checkbox', { name: 'Alpha' })).toBeChecked();
  await page.getByRole('button', { name: 'Delete Gamma' }).click();
  await expect.poll(() => rowTitles(page)).toEqual(['Alpha', 'Beta']);
  await say(page, 'undo');
  await expect(chatLog(page)).toContainText('brought back “Gamma”');
  await expect.poll(() => rowTitles(page)).toEqual(['Alpha', 'Beta', 'Gamma']);
  // Ctrl+Z in the message box undoes typing, not tasks; outside it, the chat's tick.
  await page.getByRole('textbox', { name: 'Message' }).fill('draft');
  await page.getByRole('textbox', { name: 'Message' }).press('Control+z');
  await expect(page.getByRole('checkbox', { name: 'Alpha' })).toBeChecked();
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('checkbox', { name: 'Alpha' })).not.toBeChecked();
  await expect(page.getByRole('status')).toContainText('put “Alpha” back as it was');
});

test('the Trash keeps deleted tasks, restores them in place, and deletes for good only on a yes', async ({
  page,
}) => {
  await page.goto(host.url);
  for (const t of ['First', 'Middle', 'Last']) await addTask(page, t);
  await page.getByRole('button', { name: 'Delete Middle' }).click();
  await page.getByRole('button', { name: 'Delete Last' }).click();
  await expect(page.getByRole('radio', { name: 'Trash 2' })).toBeVisible();

  await page.getByRole('radio', { name: /Trash/ }).check();
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash.getByRole('listitem')).toHaveText([/Last/, /Middle/]);
  await trash.getByRole('button', { name: 'Restore Middle' }).click();
  await expect(trash.getByRole('listitem')).toHaveText([/Last/]);
  await page.getByRole('radio', { name: /All/ }).check();
  await expect.poll(() => rowTitles(page)).toEqual(['First', 'Middle']);

  await page.getByRole('radio', { name: /Trash/ }).check();
  const forGood = trash.getByRole('button', { name: 'Delete for good: Last' });
  await forGood.click();
  const dialog = page.getByRole('dialog', { name: 'Delete for good?' });
  await expect(dialog).toContainText("can't be undone");
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(forGood).toBeFocused();
  await forGood.click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(trash).toContainText('The Trash is empty.');
  await expect(page.getByRole('radio', { name: 'Trash 0' })).toBeVisible();
  await expect(trash.getByRole('button', { name: 'Empty Trash' })).toBeDisabled();
});

test('no silent overwrite: a title renamed elsewhere while editing is shown, and kept unless you choose yours', async ({
  page,
  request,
}) => {
  const call = (channel: string, data: unknown) =>
    request.post(`${host.origin}/api/call/${channel}`, {
      headers: { authorization: `Bearer ${host.token}` },
      data,
    });
  await page.goto(host.url);
  await addTask(page, 'Call the plumber');
  await page.getByRole('button', { name: 'Edit Call the plumber' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('Call the plumber about the boiler');
  // Meanwhile the chat (or another window) renames it.
  expect((await (await call('tasks.update', { id: 1, title: 'Call the gas man' })).json()).ok).toBe(
    true,
  );
  await page.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'changed elsewhere' });
  await expect(alert).toContainText('Call the gas man');
  await alert.getByRole('button', { name: 'Use theirs' }).click();
  await expect(page.getByRole('checkbox', { name: 'Call the gas man' })).toBeVisible();

  // Editing only the description leaves the title someone else changed alone.
  await page.getByRole('button', { name: 'Edit Call the gas man' }).click();
  await page.getByRole('textbox', { name: 'Description' }).fill('after 5pm');
  await call('tasks.update', { id: 1, title: 'Call the gas engineer' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('checkbox', { name: 'Call the gas engineer' })).toBeVisible();
  await expect(page.getByText('after 5pm')).toBeVisible();

  // "Keep mine" writes over the other change, because the person chose to.
  await page.getByRole('button', { name: 'Edit Call the gas engineer' }).click();
  await title.fill('Mine');
  await call('tasks.update', { id: 1, title: 'Theirs' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('checkbox', { name: 'Mine', exact: true })).toBeVisible();
});

test('a tick that fails is rolled back where you can see it, with the reason', async ({ page }) => {
  await page.goto(host.url);
  await addTask(page, 'Water the plants');
  // The write is refused (as a full disk or a stopped app would refuse it).
  await page.route('**/api/call/tasks.setCompleted', (route) =>
    route.fulfill({
      json: {
        ok: false,
        error: { code: 'STORAGE', message: 'Your disk is full. Nothing was saved.' },
      },
    }),
  );
  const box = page.getByRole('checkbox', { name: 'Water the plants' });
  await box.click();
  await expect(page.getByRole('alert')).toContainText('Your disk is full');
  await expect(box).not.toBeChecked();
});
