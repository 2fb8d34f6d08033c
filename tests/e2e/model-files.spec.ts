import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type RangeServer, startRangeServer } from '../../scripts/lib/range-server.ts';
import { type RunningHost, startHost } from './browser-host.ts';
import { callHost, chatLog, say, violations } from './ui.ts';

const NAME = 'tiny-model.gguf';
const MODEL = fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', NAME));
let profile: string;
let host: RunningHost;
let server: RangeServer;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-models-'));
  host = await startHost(profile);
  // Slow enough (about 5 s for the whole file) to stop partway, even on a busy machine.
  server = await startRangeServer({ [NAME]: MODEL }, { chunkBytes: 4096, tickMs: 70 });
});
test.afterEach(async () => {
  await host.stop();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

async function builtInModelSettings(page: Page) {
  await page.getByRole('button', { name: 'Assistant settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assistant settings' });
  await dialog.getByRole('radio', { name: 'Built-in model (this computer)' }).check();
  return dialog;
}

test('the settings download a model with a progress bar, resume it after the host is killed, and the model answers in chat', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  await page.goto(host.url);
  let dialog = await builtInModelSettings(page);
  await expect(dialog.getByText('No model downloaded yet')).toBeVisible();
  // The recommended models are offered with their sizes.
  await expect(dialog.getByText(/Qwen2\.5 1\.5B Instruct \(Q4_K_M\)/)).toBeVisible();
  await expect(dialog.getByText(/About 1\.1 GB/)).toBeVisible();

  const address = dialog.getByRole('group', { name: 'Download from an address' });
  await address.getByRole('textbox', { name: /Address/ }).fill(server.url(NAME));
  await address.getByRole('textbox', { name: /SHA-256/ }).fill(server.sha256(NAME));
  await address.getByRole('button', { name: 'Download' }).click();
  const bar = dialog.getByRole('progressbar', { name: `Downloading ${NAME}` });
  await expect(bar).toBeVisible();
  await expect(dialog.getByRole('group', { name: NAME })).toContainText(/kB of 269 kB/);
  await expect(dialog.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // Killed partway, as a crash would.
  const part = path.join(profile, 'models', `${NAME}.part`);
  // (looked at every 50 ms: the default backs off to a second between looks, long enough for a
  // busy machine to let the whole file arrive before the kill)
  await expect
    .poll(() => (fs.existsSync(part) ? fs.statSync(part).size : 0), { intervals: [50] })
    .toBeGreaterThan(40_000);
  await host.kill();
  const kept = fs.statSync(part).size;
  expect(kept).toBeLessThan(MODEL.length);

  host = await startHost(profile);
  await page.goto(host.url);
  dialog = await builtInModelSettings(page);
  const download = dialog.getByRole('group', { name: NAME });
  await expect(download).toContainText(/Paused at \d+ kB of 269 kB/);
  await download.getByRole('button', { name: 'Resume' }).click();
  await expect(dialog.getByRole('radio', { name: new RegExp(NAME) })).toBeVisible({
    timeout: 20_000,
  });
  await expect(dialog.getByRole('group', { name: NAME })).toHaveCount(0);
  // It asked only for what was missing.
  const resumed = server.requests.at(-1)!.range;
  expect(Number(/bytes=(\d+)-/.exec(resumed ?? '')?.[1])).toBeGreaterThanOrEqual(kept);
  expect(fs.readFileSync(path.join(profile, 'models', NAME)).equals(MODEL)).toBe(true);

  await dialog.getByRole('radio', { name: new RegExp(NAME) }).check();
  await dialog.getByRole('button', { name: 'Test the model' }).click();
  await expect(dialog).toContainText('Loaded “tiny test model”');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  // Random weights say nothing sensible, but it is the model that answers, not the fallback.
  await say(page, 'add a task to buy stamps');
  const conversations = await callHost(request, host, 'conversations.list', { limit: 1 });
  await expect
    .poll(
      async () => {
        const thread = await callHost(request, host, 'conversations.messages', {
          conversationId: conversations.items[0].id,
          limit: 10,
        });
        return thread.items.filter((m: { role: string }) => m.role === 'assistant').length;
      },
      // (random weights may call tools that fail validation and try again, up to the step cap,
      // on a machine busy with other specs)
      { timeout: 150_000 },
    )
    .toBe(1);
  await expect(chatLog(page)).not.toContainText('answered offline');
});
