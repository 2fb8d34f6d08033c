import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  type FakeServer,
  startFakeServer,
  text,
  toolCall,
} from '../../scripts/lib/fake-openai-server.ts';
import { type RunningHost, startHost } from './browser-host.ts';

let profile: string;
let host: RunningHost;
let fake: FakeServer;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-model-'));
  host = await startHost(profile);
  fake = await startFakeServer();
});
test.afterEach(async () => {
  await host.stop();
  await fake.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

async function configure(page: Page) {
  await page.getByRole('button', { name: 'Assistant settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assistant settings' });
  await dialog.getByRole('radio', { name: /OpenAI-compatible/ }).check();
  await dialog.getByRole('textbox', { name: 'Base URL' }).fill(fake.baseUrl);
  await dialog.getByRole('combobox', { name: 'Model' }).fill('fake-model');
  return dialog;
}

/** Chooses the fake model and saves. Saved once the dialog has closed; a message sent before
 * that goes to the built-in assistant. */
async function useFakeModel(page: Page) {
  const dialog = await configure(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
}

test('Test connection reports tool support, and a streamed reply appears token by token', async ({
  page,
}) => {
  await page.goto(host.url);
  const dialog = await configure(page);
  fake.script.push({
    completion: {
      message: {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 't', type: 'function', function: { name: 'list_tasks', arguments: '{}' } },
        ],
      },
    },
  });
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('status')).toContainText('can use tools');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  fake.script.push({ stream: text('Good', ' morning', ' to', ' you', '!'), delayMs: 250 });
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill('hello');
  await box.press('Enter');
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(log).toContainText('Good morning');
  await expect(log).not.toContainText('Good morning to you!');
  await expect(log).toContainText('Good morning to you!');
});

test('a tool call from the model shows in the sidebar; an unreachable model falls back offline', async ({
  page,
}) => {
  await page.goto(host.url);
  await useFakeModel(page);

  fake.script.push(
    { stream: [toolCall('c1', 'add_task', '{"title":"Renew passport"}')] },
    { stream: text('Done — added it.') },
  );
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill('I should renew my passport');
  await box.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Renew passport' })).toBeVisible();
  await expect(page.getByRole('log', { name: 'Conversation' })).toContainText('Done — added it.');

  await fake.close();
  await box.fill('Add a task to water the plants');
  await box.press('Enter');
  await expect(page.getByRole('log', { name: 'Conversation' })).toContainText(
    'Model unreachable; answered offline.',
  );
  await expect(page.getByRole('checkbox', { name: 'Water the plants' })).toBeVisible();
});

test('model replies read as formatted text: no raw Markdown, no HTML from the reply, links open outside', async ({
  page,
}) => {
  await page.goto(host.url);
  await useFakeModel(page);
  fake.script.push({
    stream: text(
      '## Today\n\nYou have **2** tasks:\n\n| Task | Due |\n| --- | --- |\n| Pay rent | today |\n\n',
      '- first\n- second\n\n<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
      '\n\nSee [the guide](https://example.com/guide) or [this](javascript:window.__pwned=3).',
    ),
  });
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill('what is due?');
  await box.press('Enter');
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(log.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(log.locator('strong', { hasText: '2' })).toBeVisible();
  await expect(log.getByRole('table')).toContainText('Pay rent');
  await expect(log.getByRole('listitem')).toHaveText(['first', 'second']);
  await expect(log).not.toContainText('**');
  await expect(log).not.toContainText('| --- |');
  expect(await log.locator('img, script').count()).toBe(0);
  const link = log.getByRole('link', { name: 'the guide' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  expect(await log.getByRole('link', { name: 'this' }).getAttribute('href')).not.toMatch(
    /javascript/i,
  );
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a reply cut short by Stop is marked as stopped, and stays so after a reload', async ({
  page,
}) => {
  await page.goto(host.url);
  await useFakeModel(page);
  fake.script.push({
    stream: text('Let me', ' think', ' about', ' that', ' for a while'),
    delayMs: 700,
  });
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill('tell me a long story');
  await box.press('Enter');
  await expect(box).toHaveValue('');
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(log).toContainText('Let me');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(log.getByText('Stopped', { exact: true })).toBeVisible();
  await page.reload();
  await expect(log.getByText('Stopped', { exact: true })).toBeVisible();
  await expect(log).not.toContainText('for a while');
});
