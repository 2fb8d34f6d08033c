import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from './browser-host.ts';
import { chatLog, say } from './ui.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chat-'));
  host = await startHost(profile);
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

test('“Add a task to buy groceries” shows a receipt and the sidebar row at once', async ({
  page,
}) => {
  await page.goto(host.url);
  await say(page, 'Add a task to buy groceries');
  await expect(chatLog(page)).toContainText('Added “Buy groceries” (#1)');
  await expect(page.getByRole('checkbox', { name: 'Buy groceries' })).toBeVisible();
  await expect(chatLog(page).getByRole('button', { name: 'Undo' })).toBeVisible();
});

test('the conversation is still there after a reload', async ({ page }) => {
  await page.goto(host.url);
  await say(page, 'I need to remember to pay bills');
  await expect(chatLog(page)).toContainText('Added “Pay bills”');
  await page.reload();
  await expect(chatLog(page)).toContainText('I need to remember to pay bills');
  await expect(chatLog(page)).toContainText('Added “Pay bills”');
  await expect(page.getByRole('navigation', { name: 'Conversations' })).toContainText(
    'I need to remember to pay bills',
  );
});

test('delete asks for confirmation; Cancel keeps, Confirm deletes, Undo brings it back', async ({
  page,
}) => {
  await page.goto(host.url);
  await say(page, 'Add a task to prepare the team meeting');
  await expect(page.getByRole('checkbox', { name: 'Prepare the team meeting' })).toBeVisible();

  await say(page, 'Delete the meeting task');
  const card = page.getByRole('group', { name: 'Confirmation needed' });
  await expect(card).toContainText('Delete “Prepare the team meeting”');
  await card.getByRole('button', { name: 'Cancel' }).click();
  await expect(chatLog(page)).toContainText('Cancelled. Nothing was changed.');
  await expect(chatLog(page).getByText('You said:no')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Prepare the team meeting' })).toBeVisible();

  await say(page, 'Delete the meeting task');
  await page
    .getByRole('group', { name: 'Confirmation needed' })
    .getByRole('button', { name: 'Confirm' })
    .click();
  await expect(chatLog(page)).toContainText('Deleted “Prepare the team meeting”');
  await expect(page.getByRole('checkbox', { name: 'Prepare the team meeting' })).toHaveCount(0);

  await chatLog(page).getByRole('button', { name: 'Undo' }).click();
  await expect(chatLog(page)).toContainText('brought back “Prepare the team meeting”');
  await expect(page.getByRole('checkbox', { name: 'Prepare the team meeting' })).toBeVisible();
});

test('typing yes answers the question too, and lists read like the product', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'New task' }).fill('Call mom');
  await page.getByRole('textbox', { name: 'New task' }).press('Enter');
  await page.getByRole('textbox', { name: 'New task' }).fill('Buy milk');
  await page.getByRole('textbox', { name: 'New task' }).press('Enter');
  await page.getByRole('textbox', { name: 'New task' }).fill('Water plants');
  await page.getByRole('textbox', { name: 'New task' }).press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Water plants' })).toBeVisible();
  await say(page, 'What’s pending?');
  await expect(chatLog(page)).toContainText('You have 3 pending tasks');
  await say(page, 'Complete the second one');
  await expect(page.getByRole('checkbox', { name: 'Buy milk' })).toBeChecked();
  await say(page, 'Mark everything as complete');
  await expect(page.getByRole('group', { name: 'Confirmation needed' })).toBeVisible();
  await say(page, 'yes');
  await expect(page.getByRole('checkbox', { name: 'Call mom' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Water plants' })).toBeChecked();
});

test('Shift+Enter makes a new line; conversations can be renamed and deleted', async ({ page }) => {
  await page.goto(host.url);
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill('hello');
  await box.press('Shift+Enter');
  await box.pressSequentially('there');
  await expect(box).toHaveValue('hello\nthere');
  await box.press('Enter');
  const nav = page.getByRole('navigation', { name: 'Conversations' });
  await expect(nav.getByRole('button', { name: /^hello/ })).toBeVisible();

  await nav.getByRole('button', { name: /^Rename/ }).click();
  await page.getByRole('textbox', { name: 'Conversation title' }).fill('Greetings');
  await page.getByRole('textbox', { name: 'Conversation title' }).press('Enter');
  await expect(nav.getByRole('button', { name: 'Greetings', exact: true })).toBeVisible();

  await nav.getByRole('button', { name: 'Delete conversation Greetings' }).click();
  await nav.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(nav.getByRole('button', { name: 'Greetings', exact: true })).toHaveCount(0);
});

test('the ChatKit view explains it needs OpenAI online, and the built-in chat keeps working', async ({
  page,
  request,
}) => {
  await page.goto(host.url);
  await page.getByRole('radio', { name: 'ChatKit (online)' }).click();
  await expect(page.getByRole('status').filter({ hasText: "ChatKit view can't load" })).toBeVisible(
    {
      timeout: 20_000,
    },
  );
  const csp = (await request.get(`${host.origin}/`)).headers()['content-security-policy'];
  expect(csp).toContain('https://cdn.platform.openai.com');

  await say(page, 'Add a task to call the bank');
  await expect(page.getByRole('checkbox', { name: 'Call the bank' })).toBeVisible();

  await page.getByRole('radio', { name: 'Built-in chat' }).click();
  await expect(page.getByRole('radio', { name: 'Built-in chat' })).toBeChecked();
  const strict = (await request.get(`${host.origin}/`)).headers()['content-security-policy'];
  expect(strict).not.toContain('openai');
});
