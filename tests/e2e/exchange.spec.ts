// Export and import from the UI: a JSON round trip between two profiles, a Todoist CSV import
// with its preview, a broken file refused with its line and nothing changed, and one Undo for
// the whole import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type RunningHost, startHost } from './browser-host.ts';
import { callHost, rowTitles, violations } from './ui.ts';

const hosts: RunningHost[] = [];
const dirs: string[] = [];
async function host() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-exchange-'));
  dirs.push(dir);
  const started = await startHost(dir);
  hosts.push(started);
  return started;
}
test.afterEach(async () => {
  for (const h of hosts.splice(0)) await h.stop();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function openDialog(page: Page, tab: 'Export' | 'Import') {
  await page.getByRole('button', { name: 'Export/import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export and import' });
  await dialog.getByRole('tab', { name: tab }).click();
  return dialog;
}

const stamp = (json: string) => json.replace(/"exportedAt":"[^"]*"/, '');

test('everything exported as JSON and imported into an empty profile comes back the same', async ({
  page,
  request,
}) => {
  const from = await host();
  await callHost(request, from, 'tasks.create', {
    title: 'Pay rent ☕ — שלום',
    description: 'x'.repeat(1000),
    dueDate: '2026-12-01',
    dueTime: '09:00',
    priority: 1,
    repeat: 'FREQ=MONTHLY',
    labels: ['home', 'bills'],
  });
  await callHost(request, from, 'tasks.create', { title: 'Plain task' });
  await callHost(request, from, 'chat.send', { text: 'add a task to call the landlord' });

  await page.goto(from.url);
  await expect(page.getByRole('checkbox', { name: 'Plain task' })).toBeVisible();
  const dialog = await openDialog(page, 'Export');
  await dialog.getByLabel('Everything (tasks and conversations)').check();
  expect(await violations(page)).toEqual([]);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^task-assistant-\d{4}-\d\d-\d\d\.json$/);
  const file = path.join(dirs[0]!, download.suggestedFilename());
  await download.saveAs(file);
  const first = fs.readFileSync(file, 'utf8');
  await expect(dialog.getByText(/Written: \d+ items/)).toBeVisible();

  const into = await host();
  await page.goto(into.url);
  await expect(page.getByText(/Nothing on your list yet/)).toBeVisible();
  const importing = await openDialog(page, 'Import');
  await importing.getByLabel(/^File/).setInputFiles(file);
  await expect(importing.getByRole('region', { name: 'Preview' })).toContainText(
    'adds 3 tasks and 1 conversation',
  );
  await importing.getByRole('button', { name: 'Import 3 tasks' }).click();
  await expect(importing.getByRole('status')).toContainText('Added 3 tasks and 1 conversation');
  await importing.getByRole('button', { name: 'Close' }).click();
  await expect
    .poll(() => rowTitles(page))
    .toEqual(['Pay rent ☕ — שלום', 'Plain task', 'Call the landlord']);

  const again = await openDialog(page, 'Export');
  await again.getByLabel('Everything (tasks and conversations)').check();
  const second = page.waitForEvent('download');
  await again.getByRole('button', { name: 'Export', exact: true }).click();
  const secondFile = path.join(dirs[1]!, 'again.json');
  await (await second).saveAs(secondFile);
  expect(stamp(fs.readFileSync(secondFile, 'utf8'))).toBe(stamp(first));
});

test('a Todoist CSV: the preview shows what comes in, Import adds it, one Undo takes it all back', async ({
  page,
}) => {
  const h = await host();
  await page.goto(h.url);
  await expect(page.getByText(/Nothing on your list yet/)).toBeVisible();
  const dialog = await openDialog(page, 'Import');
  await dialog.getByLabel(/^File/).setInputFiles({
    name: 'Home.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT',
        'section,Home,,,,,,,,,,',
        'task,Water the plants @home,,4,1,Ana (1),,every 3 days,en,Europe/Lisbon,,',
        'task,Pay rent @home @bills,"ref ""Nov""',
        'before the 1st",1,1,Ana (1),,2026-12-01,en,,,',
        'task,Send the report,,2,1,Ana (1),,2026-12-04 17:00,en,,,',
      ].join('\r\n'),
    ),
  });
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Todoist CSV');
  await expect(preview).toContainText('adds 3 tasks');
  await expect(preview.getByRole('list', { name: 'Tasks to add' })).toContainText('#bills');
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Import 3 tasks' }).click();
  await expect(dialog.getByRole('status')).toContainText('Added 3 tasks');
  await expect
    .poll(() => rowTitles(page))
    .toEqual(['Water the plants', 'Pay rent', 'Send the report']);
  await dialog.getByRole('button', { name: 'Undo the import' }).click();
  await expect(dialog.getByRole('status')).toContainText('took back the import');
  await expect(page.getByText(/Nothing on your list yet/)).toBeVisible();
});

test('a broken file is refused with its line number, and nothing changes', async ({
  page,
  request,
}) => {
  const h = await host();
  await callHost(request, h, 'tasks.create', { title: 'Already here' });
  await page.goto(h.url);
  await expect(page.getByRole('checkbox', { name: 'Already here' })).toBeVisible();
  const dialog = await openDialog(page, 'Import');
  await dialog.getByLabel(/^File/).setInputFiles({
    name: 'list.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(`- [ ] Fine one\n- [ ] Another\n- [ ] ${'x'.repeat(250)}\n`),
  });
  const bad = dialog.getByRole('list', { name: 'Bad lines' });
  await expect(bad).toContainText(/^Line 3: /);
  await expect(dialog.getByRole('button', { name: 'Import 2 tasks' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => rowTitles(page)).toEqual(['Already here']);
  await expect(page.getByRole('radio', { name: 'All 1' })).toBeChecked();
});

test('a conversation alone, exported as Markdown from its header', async ({ page, request }) => {
  const h = await host();
  await callHost(request, h, 'chat.send', { text: 'add a task to water the plants' });
  await page.goto(h.url);
  await expect(page.getByRole('heading', { name: 'add a task to water the plants' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^conversation-\d+-\d{4}-\d\d-\d\d\.md$/);
  const file = path.join(dirs[0]!, 'talk.md');
  await download.saveAs(file);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain('add a task to water the plants');
  expect(text).toContain('Added “Water the plants”');
});
