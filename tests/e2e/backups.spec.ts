import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from './browser-host.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-backups-'));
  host = await startHost(profile);
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

test('back up, delete, restore from the UI; a damaged database is recovered with a notice', async ({
  page,
}) => {
  await page.goto(host.url);
  const box = page.getByRole('textbox', { name: 'New task' });
  await box.fill('Precious task');
  await box.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Precious task' })).toBeVisible();

  await page.getByRole('button', { name: 'Backups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Backup made.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Delete Precious task' }).click();
  await expect(page.getByRole('checkbox', { name: 'Precious task' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Backups' }).click();
  await dialog
    .getByRole('button', { name: /^Restore backup from/ })
    .first()
    .click();
  await dialog.getByRole('button', { name: 'Replace my tasks' }).click();
  await expect(dialog.getByRole('status')).toContainText('Restored 1 tasks');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('checkbox', { name: 'Precious task' })).toBeVisible();

  await host.stop();
  const db = path.join(profile, 'tasks.sqlite');
  const bytes = fs.readFileSync(db);
  bytes.fill(7, 0, 100);
  fs.writeFileSync(db, bytes);
  host = await startHost(profile);
  await page.goto(host.url);
  await expect(page.getByRole('alert').filter({ hasText: 'was damaged' })).toContainText(
    'listed under Backups',
  );
  await expect(page.getByRole('checkbox', { name: 'Precious task' })).toBeVisible();

  // The damaged file is offered, and what it still holds can be brought back.
  await page.getByRole('button', { name: 'Backups' }).click();
  await dialog.getByRole('button', { name: /^Try to recover the damaged copy/ }).click();
  await expect(dialog.getByRole('status')).toContainText('Recovered 1 tasks');
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Recovered from a damaged copy' }),
  ).toBeVisible();
});
