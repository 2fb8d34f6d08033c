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
}
