// Find anything: Ctrl+K finds a task by a word of its description and a message said many
// messages ago (and opens it in its place), runs commands; the sidebar's filter box narrows the
// list by words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type APIRequestContext, test } from '@playwright/test';
import { type RunningHost, startHost } from './browser-host.ts';
import { callHost, rowTitles, violations } from './ui.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-search-'));
  host = await startHost(profile);
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

const call = (request: APIRequestContext, channel: string, data: unknown) =>
  callHost(request, host, channel, data);

test('Ctrl+K finds a task by a word of its description and selects it in the sidebar', async ({
  page,
  request,
}) => {
  for (let i = 1; i <= 30; i++) await call(request, 'tasks.create', { title: `Errand ${i}` });
  await call(request, 'tasks.create', {
    title: 'Plan the holiday',
    description: 'Book the ferry to Zanzibar before the prices go up',
  });
  await page.goto(host.url);
  await expect(page.getByRole('checkbox', { name: 'Errand 1', exact: true })).toBeVisible();

  await page.keyboard.press('Control+K');
  const box = page.getByRole('combobox', { name: 'Search tasks, messages and commands' });
  await expect(box).toBeFocused();
  await box.fill('zanzi');
  const option = page.getByRole('option').filter({ hasText: 'Plan the holiday' });
  await expect(option).toBeVisible();
  // The matched word is marked in the snippet.
  await expect(option.locator('mark')).toHaveText('Zanzibar');
  expect(await violations(page)).toEqual([]);
  await box.press('Enter');
  await expect(box).toHaveCount(0);
  const row = page.getByRole('listitem').filter({ hasText: 'Plan the holiday' });
  await expect(row).toBeInViewport();
  await expect(row).toBeFocused();
});

test('Ctrl+K finds a message said many messages ago and opens its conversation scrolled to it, highlighted', async ({
  page,
  request,
}) => {
  const first = await call(request, 'chat.send', {
    text: "note to self: the landlord's name is Okonkwo",
  });
  // Weeks of talk since: far more than one page of the thread.
  for (let i = 0; i < 30; i++)
    await call(request, 'chat.send', {
      conversationId: first.conversationId,
      text: "what's pending?",
    });
  // And a newer conversation, shown first when the page opens.
  await call(request, 'chat.send', { text: 'add a task to water the plants' });

  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'add a task to water the plants' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const box = page.getByRole('combobox', { name: 'Search tasks, messages and commands' });
  await box.fill('okonkwo');
  // (what the person said; the assistant's replies mention it too)
  const option = page.getByRole('option').filter({ hasText: /note to self.*You ·/ });
  await option.click();
  const found = page.locator('.bubble.found');
  await expect(found).toContainText("the landlord's name is Okonkwo");
  await expect(found).toBeInViewport();
  await expect(
    page.getByRole('heading', { name: "note to self: the landlord's name is Okonkwo" }),
  ).toBeVisible();
  // The rest of the thread is there below it, up to the newest message.
  await expect(page.locator('.bubble.user')).toHaveCount(31);
});

test('commands: Ctrl+K then "today" goes to Today; an FTS-like query never shows an error', async ({
  page,
  request,
}) => {
  await call(request, 'tasks.create', { title: 'Pay rent', dueDate: '2020-01-01' });
  await page.goto(host.url);
  await expect(page.getByRole('checkbox', { name: 'Pay rent' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const box = page.getByRole('combobox', { name: 'Search tasks, messages and commands' });
  await box.fill('NEAR(" -');
  await expect(page.getByText('No tasks or messages match')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await box.fill('go tod');
  await expect(page.getByRole('option', { selected: true })).toHaveText('Go to Today');
  await box.press('Enter');
  await expect(page.getByRole('radio', { name: /^Today/ })).toBeChecked();
  await expect.poll(() => rowTitles(page)).toEqual(['Pay rent']);
});

test('the filter box narrows the list on screen by words of titles, descriptions and labels', async ({
  page,
  request,
}) => {
  await call(request, 'tasks.create', { title: 'Call the plumber', labels: ['home'] });
  await call(request, 'tasks.create', {
    title: 'Buy paint',
    description: 'matt white for the hall',
  });
  await call(request, 'tasks.create', { title: 'Café with Ana' });
  await page.goto(host.url);
  await expect.poll(() => rowTitles(page)).toHaveLength(3);
  const filter = page.getByRole('searchbox', { name: 'Filter tasks' });
  await filter.fill('hall');
  await expect.poll(() => rowTitles(page)).toEqual(['Buy paint']);
  await filter.fill('HOME');
  await expect.poll(() => rowTitles(page)).toEqual(['Call the plumber']);
  await filter.fill('cafe');
  await expect.poll(() => rowTitles(page)).toEqual(['Café with Ana']);
  await filter.fill('nothing like this');
  await expect(page.getByText('No tasks here match “nothing like this”.')).toBeVisible();
  await filter.press('Escape');
  await expect.poll(() => rowTitles(page)).toHaveLength(3);
});
