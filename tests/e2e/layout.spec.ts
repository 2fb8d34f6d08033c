// Any window size, keys for everything, text in any direction: the layout from 375 px phones to
// 4K, the shortcut sheet, and axe-core on each of those screens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { type RunningHost, startHost } from './browser-host.ts';
import { addTask, violations } from './ui.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-layout-'));
  host = await startHost(profile);
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

/** Fully inside the window: nothing of it clipped or off-screen. */
async function expectOnScreen(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`800×600 (${colorScheme}): nothing clipped; the conversation list is a menu`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(host.url);
    await addTask(page, 'Buy groceries');
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.fill("what's pending?");
    await message.press('Enter');
    await expect(page.getByRole('log', { name: 'Conversation' })).toContainText('Buy groceries');
    for (const target of [
      page.getByRole('textbox', { name: 'New task' }),
      page.getByRole('radio', { name: /Trash/ }),
      message,
      page.getByRole('button', { name: 'Send' }),
      page.getByRole('button', { name: 'Assistant settings' }),
    ])
      await expectOnScreen(page, target);
    expect(await noSideways(page)).toBe(true);

    const toggle = page.getByRole('button', { name: 'Conversations' });
    const list = page.getByRole('navigation', { name: 'Conversations' });
    await expect(list).toBeHidden();
    await toggle.click();
    await expect(list).toBeVisible();
    await expectOnScreen(page, list.getByRole('button', { name: '+ New conversation' }));
    expect(await violations(page), 'menu open').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(toggle).toBeFocused();
    expect(await violations(page), '800×600').toEqual([]);
  });
}

test('375×700: tasks and chat are two tabs, and N and / move between them', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(host.url);
  const tasksTab = page.getByRole('tab', { name: 'Tasks' });
  const chatTab = page.getByRole('tab', { name: 'Chat' });
  await expect(tasksTab).toHaveAttribute('aria-selected', 'true');
  await addTask(page, 'Pay rent');
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeHidden();
  expect(await violations(page), 'tasks tab').toEqual([]);

  await chatTab.click();
  const message = page.getByRole('textbox', { name: 'Message' });
  await expectOnScreen(page, message);
  await expectOnScreen(page, page.getByRole('button', { name: 'Send' }));
  await expect(page.getByRole('textbox', { name: 'New task' })).toBeHidden();
  expect(await noSideways(page)).toBe(true);
  expect(await violations(page), 'chat tab').toEqual([]);

  await page.locator('body').click();
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'New task' })).toBeFocused();
  await page.getByRole('textbox', { name: 'New task' }).blur();
  await page.keyboard.press('/');
  await expect(message).toBeFocused();
});

test('1920×1080: the conversation list stays open beside the thread', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(host.url);
  await expect(page.getByRole('navigation', { name: 'Conversations' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Conversations' })).toBeHidden();
  await expect(page.getByRole('tab')).toHaveCount(0);
});

test('the shortcut sheet: "?" opens it, focus stays in, Escape closes, focus returns', async ({
  page,
}) => {
  await page.goto(host.url);
  const opener = page.getByRole('button', { name: 'Shortcuts' });
  await expect(opener).toHaveAttribute('title', /\?/);
  await opener.click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('New task');
  expect(await violations(page), 'shortcut sheet').toEqual([]);
  // Tab never leaves the dialog.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await sheet.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(opener).toBeFocused();
  // The key itself, from anywhere that isn't a text box.
  await page.locator('body').click();
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  // Shortcuts are shown where they apply.
  await expect(page.getByRole('textbox', { name: 'New task' })).toHaveAttribute('title', /\(N\)/);
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveAttribute('title', /\(\/\)/);
});

test('Arabic and Hebrew read right to left in the list, the editor and the chat', async ({
  page,
}) => {
  await page.goto(host.url);
  await addTask(page, 'اشترِ الخبز');
  await addTask(page, 'לקנות חלב');
  const title = page.locator('.task-title', { hasText: 'לקנות חלב' });
  expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('add اتصل بأمي');
  await message.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'اتصل بأمي' })).toBeVisible();
  const said = page
    .getByRole('log', { name: 'Conversation' })
    .locator('[dir=auto]', { hasText: 'add اتصل بأمي' });
  // (a message that starts in Arabic reads right to left; this one starts with "add")
  expect(await said.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await message.fill('أضف شراء الحليب');
  await message.press('Enter');
  const arabic = page
    .getByRole('log', { name: 'Conversation' })
    .locator('[dir=auto]', { hasText: 'أضف شراء الحليب' });
  expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await violations(page), 'rtl').toEqual([]);
});

test('keyboard only: both dialogs open from the keyboard, keep focus inside, close on Escape and give focus back', async ({
  page,
}) => {
  await page.goto(host.url);
  for (const [opener, name] of [
    ['Backups', 'Backups'],
    ['Assistant settings', 'Assistant settings'],
  ] as const) {
    const button = page.getByRole('button', { name: opener, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `Tab ${i}`).toBe(
        true,
      );
    }
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  }
});

test('a long title shows in full on hover (tooltip) and while its row has keyboard focus', async ({
  page,
}) => {
  const long =
    // (no date in it: "on Tuesday" would be read as the task's date and leave the title)
    `Call the council about the bins that were not collected from our street ${'again '.repeat(12)}`.trim();
  await page.goto(host.url);
  await addTask(page, long);
  const title = page.locator('.task-title', { hasText: 'Call the council' });
  await expect(title).toHaveAttribute('title', long);
  const truncated = () => title.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(await truncated()).toBe(true);
  // Tab from the "New task" box to the list, as a keyboard user gets there.
  const row = page.getByRole('listitem').first();
  await page.getByRole('textbox', { name: 'New task' }).focus();
  for (let i = 0; i < 20 && !(await row.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(row).toBeFocused();
  expect(await truncated()).toBe(false);
  const box = (await title.boundingBox())!;
  expect(box.height).toBeGreaterThan(30); // wrapped onto several lines
});
