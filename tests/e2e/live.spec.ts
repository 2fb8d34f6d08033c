// Live everywhere: changes from a second tab, the CLI (another process) and a restarted host show
// up without a reload.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from './browser-host.ts';
import { chatLog, say, violations } from './ui.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-live-'));
  host = await startHost(profile);
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

const root = path.resolve(import.meta.dirname, '..', '..');
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['electron/host/cli.ts', '--profile', profile, ...args], {
    cwd: root,
    encoding: 'utf8',
  });

test('two tabs stay in step: tasks, the conversation list and the open thread', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(host.url);
  await b.goto(host.url);
  await say(a, 'add a task to buy stamps');
  await expect(b.getByRole('checkbox', { name: 'Buy stamps' })).toBeVisible();
  await expect(b.getByRole('navigation', { name: 'Conversations' })).toContainText(
    'add a task to buy stamps',
  );
  await b
    .getByRole('navigation', { name: 'Conversations' })
    .getByText('add a task to buy stamps')
    .click();
  await say(a, 'mark it done');
  await expect(chatLog(b)).toContainText('Marked “Buy stamps” as done');
  await expect(b.getByRole('checkbox', { name: 'Buy stamps' })).toBeChecked();
  expect(await violations(b)).toEqual([]);
});

test('a reply the CLI writes shows in the open thread, and its task in the list', async ({
  page,
}) => {
  await page.goto(host.url);
  await say(page, 'hello');
  await expect(chatLog(page)).toContainText('hello');
  cli('say', 'add call the vet', '--conversation', '1');
  await expect(chatLog(page)).toContainText('Added “Call the vet”');
  await expect(page.getByRole('checkbox', { name: 'Call the vet' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('after the host restarts, an open page says so, then reconnects by itself', async ({
  page,
}) => {
  await page.goto(host.url);
  await say(page, 'add water the plants');
  await expect(page.getByRole('checkbox', { name: 'Water the plants' })).toBeVisible();
  const before = host.token;
  await host.stop();
  await expect(page.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
  cli('tasks', 'add', 'Added while it was down');
  host = await startHost(profile);
  // The link (and its token, kept where only its owner can read it) is the same as before.
  expect(host.token).toBe(before);
  expect(fs.statSync(path.join(profile, 'browser-host.json')).mode & 0o777).toBe(0o600);
  await expect(page.getByRole('status').filter({ hasText: 'Reconnecting' })).toHaveCount(0, {
    timeout: 15_000,
  });
  await expect(page.getByRole('checkbox', { name: 'Added while it was down' })).toBeVisible();
  // And it works, without a reload or a new link.
  await say(page, 'mark water the plants as done');
  await expect(page.getByRole('checkbox', { name: 'Water the plants' })).toBeChecked();
});
