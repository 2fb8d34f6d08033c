// Tools from other apps, from the person's side: an MCP server added in Assistant settings, its
// tools listed, and a call the model makes approved in the chat (with the fake OpenAI-compatible
// model and the fake MCP server of tests/helpers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { expect, test } from '@playwright/test';
import {
  type FakeServer,
  startFakeServer,
  text,
  toolCall,
} from '../../scripts/lib/fake-openai-server.ts';
import { FAKE_MCP_SERVER } from '../helpers/fake-mcp-server.ts';
import { type RunningHost, startHost } from './browser-host.ts';
import { violations } from './ui.ts';

let profile: string;
let host: RunningHost;
let fake: FakeServer;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-mcp-'));
  host = await startHost(profile);
  fake = await startFakeServer();
});
test.afterEach(async () => {
  await host.stop();
  await fake.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

test('add a server in settings, then approve the assistant’s call to its tool in chat', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Assistant settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assistant settings' });
  await dialog.getByRole('radio', { name: /OpenAI-compatible/ }).check();
  await dialog.getByRole('textbox', { name: 'Base URL' }).fill(fake.baseUrl);
  await dialog.getByRole('combobox', { name: 'Model' }).fill('fake-model');

  await dialog.getByText('Add a server').click();
  await dialog.getByRole('textbox', { name: 'Server name' }).fill('Fake tools');
  await dialog.getByRole('textbox', { name: 'Command', exact: true }).fill(process.execPath);
  await dialog.getByRole('textbox', { name: 'Arguments (one per line)' }).fill(FAKE_MCP_SERVER);
  await dialog.getByRole('button', { name: 'Add server' }).click();
  const server = dialog.getByRole('listitem', { name: 'Fake tools' });
  await expect(server.getByRole('status')).toHaveText('Starts when the assistant needs it');
  await server.getByRole('button', { name: 'Start' }).click();
  await expect(server.getByRole('status')).toHaveText('Running');
  const tools = server.getByRole('list', { name: 'Tools of Fake tools' });
  await expect(tools.getByRole('checkbox', { name: 'Weather' })).toBeChecked();
  await expect(
    tools.getByRole('combobox', { name: 'When the assistant uses Weather' }),
  ).toHaveValue('ask');
  // One tool turned off: it isn't offered to the model.
  await tools.getByRole('checkbox', { name: 'crash' }).click();
  await expect(tools.getByRole('checkbox', { name: 'crash' })).not.toBeChecked();

  // A bad paste is refused in words, and adds nothing.
  await dialog.getByText('Paste from Claude Desktop').click();
  await dialog.getByRole('textbox', { name: /mcpServers/ }).fill('{ not json');
  await dialog.getByRole('button', { name: 'Add these servers' }).click();
  await expect(dialog.getByRole('alert')).toContainText('isn’t JSON');
  await expect(dialog.locator('.mcp-server')).toHaveCount(1);
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  fake.script.push(
    { stream: [toolCall('w1', 'mcp__fake-tools__weather', '{"city":"Oslo"}')] },
    { stream: text('It is sunny in Oslo today.') },
  );
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill('what is the weather in Oslo?');
  await box.press('Enter');
  const card = page.getByRole('group', { name: 'Allow this tool?' });
  await expect(card).toContainText('Use weather from Fake tools?');
  await expect(card.getByLabel('With these details')).toContainText('"city": "Oslo"');
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(page)).toEqual([]);
  await card.getByRole('button', { name: 'Allow', exact: true }).click();
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(log).toContainText('It is sunny in Oslo today.');
  await expect(card).toHaveCount(0);
  await expect(log).toContainText('Used weather (Fake tools)');
  // The answer is shown collapsed, opened on request.
  const answer = log.getByText('Sunny in Oslo, 21°C.');
  await expect(answer).toBeHidden();
  await log.getByText('What it was asked and answered').click();
  await expect(answer).toBeVisible();
  await expect(log.getByLabel('Asked with')).toContainText('"city": "Oslo"');
  expect(await violations(page)).toEqual([]);
  const offered = (fake.requests[0]!.body.tools as { function: { name: string } }[]).map(
    (t) => t.function.name,
  );
  expect(offered).toContain('mcp__fake-tools__weather');
  expect(offered).not.toContain('mcp__fake-tools__crash');
});

test('a stock MCP client adds and lists tasks through cli mcp while the app shows them appear', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  const client = new Client({ name: 'some-agent', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [
        path.resolve(import.meta.dirname, '../../electron/host/cli.ts'),
        '--profile',
        profile,
        'mcp',
      ],
      stderr: 'ignore',
    }),
  );
  try {
    const added = await client.callTool({
      name: 'add_task',
      arguments: { title: 'Renew the passport' },
    });
    expect(added.isError).toBeFalsy();
    await expect(page.getByRole('checkbox', { name: 'Renew the passport' })).toBeVisible();
    const listed = await client.callTool({ name: 'list_tasks', arguments: {} });
    expect(listed.structuredContent).toMatchObject({ tasks: [{ title: 'Renew the passport' }] });
  } finally {
    await client.close();
  }
});
