// What the e2e specs do to the page over and over: add a task, say something, read the list and
// the conversation, and ask axe-core what it finds.
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../electron/core/time/local-dates.ts';

/** Types a task and presses Enter, without looking for its row (it may be far down the list). */
export async function typeTask(page: Page, title: string) {
  const box = page.getByRole('textbox', { name: 'New task' });
  await box.fill(title);
  await box.press('Enter');
}

/** Adds a task from the sidebar and waits for its row and the emptied box. */
export async function addTask(page: Page, title: string) {
  await typeTask(page, title);
  await expect(page.getByRole('checkbox', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'New task' })).toHaveValue('');
}

/** Sends a chat message and waits until the box has taken it. */
export async function say(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

export const rowTitles = (page: Page) =>
  page.getByRole('listitem').locator('.task-title').allTextContents();

export const chatLog = (page: Page) => page.getByRole('log', { name: 'Conversation' });

/** axe-core's WCAG 2.1 A and AA findings on the page as it is now. */
export async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/** The local date `days` from today, as the app keeps dates (the host runs on this clock). */
export const day = (days: number) => addDays(localDate(new Date()), days);

/** Calls a host's API as another window or the CLI would; the call must succeed. */
export async function callHost(
  request: APIRequestContext,
  host: { origin: string; token: string },
  channel: string,
  data: unknown,
) {
  const res = await request.post(`${host.origin}/api/call/${channel}`, {
    headers: { authorization: `Bearer ${host.token}` },
    data,
  });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.value;
}
