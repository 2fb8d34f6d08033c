// Tasks in time: quick add reads dates, repeats, priorities and labels as you type; Today and
// Upcoming; the rows say when; the editor changes them; a repeating task moves on when ticked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type APIRequestContext, test } from '@playwright/test';
import { sayDue } from '../../electron/shared/when-text.ts';
import { type RunningHost, startHost } from './browser-host.ts';
import { addTask, callHost, chatLog, day, rowTitles, say } from './ui.ts';

let profile: string;
let host: RunningHost;

test.beforeEach(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-time-'));
  host = await startHost(profile);
});
test.afterEach(async () => {
  await host.stop();
  fs.rmSync(profile, { recursive: true, force: true });
});

/** Calls the app as another window or the CLI would. */
const call = (request: APIRequestContext, channel: string, data: unknown) =>
  callHost(request, host, channel, data);

const QUICK = 'Pay rent tomorrow 9am p1 #home every month';

test('quick add shows what it read as chips, and Enter adds "Pay rent" due tomorrow 09:00, in Upcoming and not in Today; the chat answers "what\'s due tomorrow?" with it', async ({
  page,
}) => {
  await page.goto(host.url);
  const box = page.getByRole('textbox', { name: 'New task' });
  await box.fill(QUICK);
  const chips = page.getByRole('group', { name: 'Recognised in the text' });
  for (const meaning of ['Tomorrow 09:00', 'P1', '#home', 'Every month'])
    await expect(chips).toContainText(meaning);
  await expect(page.getByText('Adds “Pay rent”')).toBeVisible();
  // Nothing is added before Enter.
  await expect(page.getByRole('radio', { name: 'All 0' })).toBeChecked();

  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect(chips).toHaveCount(0);
  const row = page.getByRole('listitem').filter({ hasText: 'Pay rent' });
  await expect(row.getByRole('checkbox', { name: 'Pay rent', exact: true })).toBeVisible();
  for (const shown of ['Tomorrow 09:00', 'P1', '#home', 'Every month'])
    await expect(row).toContainText(shown);

  await expect(page.getByRole('radio', { name: 'Upcoming 1' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Today 0' })).toBeVisible();
  await page.getByRole('radio', { name: /Upcoming/ }).check();
  await expect(page.getByRole('heading', { name: /^Tomorrow · / })).toBeVisible();
  await expect.poll(() => rowTitles(page)).toEqual(['Pay rent']);
  await page.getByRole('radio', { name: /Today/ }).check();
  await expect(page.getByText(/Nothing due today/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Pay rent' })).toHaveCount(0);

  // The assistant answers from the same task, and asking changes nothing.
  await say(page, "what's due tomorrow?");
  await expect(chatLog(page)).toContainText('1 task due tomorrow');
  await expect(chatLog(page)).toContainText(
    'Pay rent (due tomorrow at 09:00, high priority, every month, #home)',
  );
  await expect(page.getByRole('radio', { name: 'Upcoming 1' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'All 1' })).toBeVisible();
});

test('a chip turned back into text (its × or Alt+Backspace) stays in the title', async ({
  page,
}) => {
  await page.goto(host.url);
  const box = page.getByRole('textbox', { name: 'New task' });
  await box.fill(QUICK);
  const chips = page.getByRole('group', { name: 'Recognised in the text' });
  await expect(chips).toContainText('Every month');
  await chips.getByRole('button', { name: 'Keep “every month” as text' }).click();
  await expect(page.getByText('Adds “Pay rent every month”')).toBeVisible();
  await expect(chips).not.toContainText('Every month');
  // The key takes back the part just before the caret: "#home".
  await box.press('End');
  await box.press('Alt+Backspace');
  await expect(page.getByText('Adds “Pay rent #home every month”')).toBeVisible();
  await expect(box).toHaveValue(QUICK);
  await expect(chips).not.toContainText('#home');
  await expect(chips).toContainText('Tomorrow 09:00');

  await box.press('Enter');
  const row = page.getByRole('listitem').filter({ hasText: 'Pay rent #home every month' });
  await expect(row).toContainText('Tomorrow 09:00');
  await expect(row).toContainText('P1');
  await expect(row).not.toContainText('Every month');
  await expect(page.getByRole('combobox', { name: 'Label' })).toHaveCount(0);
});

test('an overdue task shows first in Today, under "Overdue" and in the warning colour', async ({
  page,
  request,
}) => {
  await call(request, 'tasks.create', {
    title: 'Water the plants',
    dueDate: day(0),
    dueTime: '18:00',
  });
  await call(request, 'tasks.create', { title: 'Renew passport', dueDate: day(-3) });
  await call(request, 'tasks.create', { title: 'Someday maybe' });
  await page.goto(host.url);
  await page.getByRole('radio', { name: 'Today 2' }).check();
  await expect.poll(() => rowTitles(page)).toEqual(['Renew passport', 'Water the plants']);
  await expect(page.getByRole('heading', { name: 'Overdue' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Today · / })).toBeVisible();
  const late = page.getByRole('listitem').filter({ hasText: 'Renew passport' });
  await expect(late).toContainText(`Overdue: ${sayDue(day(-3), null, day(0), 'short')}`);
  const color = (text: string) =>
    page
      .locator('.due', { hasText: text })
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).color]);
  const [overdue, body] = await color('Overdue');
  expect(overdue).not.toBe(body);
  const [onTime, body2] = await color('Today 18:00');
  expect(onTime).toBe(body2);

  // In All, the overdue one is marked too.
  await page.getByRole('radio', { name: /All/ }).check();
  await expect(page.getByRole('listitem').filter({ hasText: 'Renew passport' })).toContainText(
    'Overdue:',
  );
});

test('editing the date, time, priority, labels and repeat inline saves only what changed', async ({
  page,
}) => {
  await page.goto(host.url);
  await addTask(page, 'Book the dentist');
  await page.getByRole('button', { name: 'Edit Book the dentist' }).click();
  await page.getByLabel('Due date', { exact: true }).fill(day(2));
  await page.getByLabel('Time', { exact: true }).fill('14:30');
  await page.getByLabel('Priority', { exact: true }).selectOption({ label: 'P2 (medium)' });
  await page.getByRole('textbox', { name: 'Labels' }).fill('health, #Errands');
  const sent = page.waitForRequest('**/api/call/tasks.update');
  await page.getByRole('button', { name: 'Save' }).click();
  expect((await sent).postDataJSON()).toEqual({
    id: 1,
    dueDate: day(2),
    dueTime: '14:30',
    priority: 2,
    labels: ['health', 'errands'],
    expected: { dueDate: null, dueTime: null, priority: null, labels: [] },
  });
  const row = page.getByRole('listitem').filter({ hasText: 'Book the dentist' });
  for (const shown of [sayDue(day(2), '14:30', day(0), 'short'), 'P2', '#health', '#errands'])
    await expect(row).toContainText(shown);

  // Weekly on that day; then "Skip this one" moves it a week on.
  await page.getByRole('button', { name: 'Edit Book the dentist' }).click();
  const repeat = page.getByLabel('Repeat', { exact: true });
  await expect(repeat.locator('option[value="weekly"]')).toHaveText(
    `Every week on ${new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${day(2)}T00:00:00Z`))}`,
  );
  await repeat.selectOption('weekly');
  const again = page.waitForRequest('**/api/call/tasks.update');
  await page.getByRole('button', { name: 'Save' }).click();
  const patch = (await again).postDataJSON();
  expect(Object.keys(patch).sort()).toEqual(['expected', 'id', 'repeat']);
  await expect(row).toContainText(
    `Every ${new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day(2)}T00:00:00Z`))}`,
  );

  await page.getByRole('button', { name: 'Edit Book the dentist' }).click();
  await page.getByRole('button', { name: 'Skip this one' }).click();
  await expect(page.getByRole('status')).toContainText('Skipped');
  await expect(row).toContainText(sayDue(day(9), '14:30', day(0), 'short'));

  // Clearing the date clears the time with it; priority back to none.
  await page.getByRole('button', { name: 'Edit Book the dentist' }).click();
  await page.getByLabel('Due date', { exact: true }).fill('');
  await expect(page.getByLabel('Time', { exact: true })).toBeDisabled();
  await page.getByLabel('Priority', { exact: true }).selectOption({ label: 'None' });
  await page.getByLabel('Repeat', { exact: true }).selectOption('none');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(row).not.toContainText('P2');
  await expect(row).not.toContainText('14:30');
  await expect(row).toContainText('#health');
});

test('the label filter narrows the list, with each label’s count', async ({ page, request }) => {
  await call(request, 'tasks.create', { title: 'Buy milk', labels: ['errands'] });
  await call(request, 'tasks.create', { title: 'Fix the sink', labels: ['home'] });
  await call(request, 'tasks.create', { title: 'Vacuum', labels: ['home'], dueDate: day(0) });
  await call(request, 'tasks.create', { title: 'Read a book' });
  await page.goto(host.url);
  await expect.poll(() => rowTitles(page)).toHaveLength(4);
  const label = page.getByRole('combobox', { name: 'Label' });
  await label.selectOption({ label: '#home (2)' });
  await expect.poll(() => rowTitles(page)).toEqual(['Fix the sink', 'Vacuum']);
  // It narrows whichever list is shown.
  await page.getByRole('radio', { name: /Today/ }).check();
  await expect.poll(() => rowTitles(page)).toEqual(['Vacuum']);
  await page.getByRole('radio', { name: /All/ }).check();
  await label.selectOption({ label: '#errands (1)' });
  await expect.poll(() => rowTitles(page)).toEqual(['Buy milk']);
  await page.getByRole('button', { name: 'Show all labels' }).click();
  await expect.poll(() => rowTitles(page)).toHaveLength(4);
});

test('ticking a repeating task keeps it in the list, due on its next date; Undo puts it back', async ({
  page,
  request,
}) => {
  await call(request, 'tasks.create', {
    title: 'Take the vitamins',
    dueDate: day(0),
    repeat: 'FREQ=DAILY',
  });
  await page.goto(host.url);
  const row = page.getByRole('listitem').filter({ hasText: 'Take the vitamins' });
  await expect(row).toContainText('Today');
  await expect(row).toContainText('Every day');
  const box = page.getByRole('checkbox', { name: 'Take the vitamins' });
  await box.click();
  await expect(page.getByRole('status')).toContainText('next due tomorrow');
  await expect(row).toContainText('Tomorrow');
  await expect(box).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Completed 0' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Today 0' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText('Today');
  await expect(page.getByRole('radio', { name: 'Today 1' })).toBeVisible();
});

test('settings: quick add can leave dates in the title, and reads 5/1 as 5 January when day comes first', async ({
  page,
  request,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Assistant settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assistant settings' });
  await dialog.getByRole('radio', { name: /4 December \(day first\)/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const box = page.getByRole('textbox', { name: 'New task' });
  await box.fill('Pay the bill 5/1');
  await expect(page.getByText('Adds “Pay the bill”')).toBeVisible();
  await box.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Pay the bill' })).toBeVisible();
  expect((await call(request, 'tasks.get', { id: 1 })).dueDate).toMatch(/-01-05$/);

  await page.getByRole('button', { name: 'Assistant settings' }).click();
  await dialog.getByRole('checkbox', { name: /Read dates and times/ }).uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await box.fill('Call mom tomorrow #family');
  await expect(page.getByText('Adds “Call mom tomorrow”')).toBeVisible();
  await box.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Call mom tomorrow' })).toBeVisible();
});

test('the chat asks which a numeric date that reads two ways is, and the answer adds the task that day', async ({
  page,
  request,
}) => {
  await page.goto(host.url);
  await say(page, 'add renew the tower insurance on 06/07');
  await expect(chatLog(page)).toContainText('Is 06/07 6 July or June 7?');
  // (a question, so nothing is added yet)
  await expect(page.getByRole('radio', { name: 'All 0' })).toBeChecked();
  await say(page, 'the 7th of June');
  await expect(page.getByRole('checkbox', { name: 'Renew the tower insurance' })).toBeVisible();
  expect((await call(request, 'tasks.get', { id: 1 })).dueDate).toMatch(/-06-07$/);
});

test('asked about a task, "don\'t tick it off yet" leaves it open and "right, bump it up" raises its priority', async ({
  page,
  request,
}) => {
  await call(request, 'tasks.create', { title: 'Sweep the chimney', priority: 2 });
  await page.goto(host.url);
  const row = page.getByRole('listitem').filter({ hasText: 'Sweep the chimney' });
  await expect(row).toContainText('P2');
  await say(page, 'has the chimney been swept?');
  await expect(chatLog(page)).toContainText('still pending');
  await say(page, "don't tick it off yet, the sweep only did half of it");
  await expect(chatLog(page)).toContainText("I've left everything as it was");
  expect((await call(request, 'tasks.get', { id: 1 })).completed).toBe(false);
  await say(page, 'right, bump it up');
  await expect(row).toContainText('P1');
  expect((await call(request, 'tasks.get', { id: 1 })).priority).toBe(1);
});

test('asked whether a task repeats, "Please set every 6 months." sets its repeat and moves no other task', async ({
  page,
  request,
}) => {
  await call(request, 'tasks.create', { title: 'Regulate the Yamaha grand' });
  await call(request, 'tasks.create', { title: 'Order felt hammers', dueDate: '2030-01-15' });
  await page.goto(host.url);
  const row = page.getByRole('listitem').filter({ hasText: 'Regulate the Yamaha grand' });
  await say(page, 'Regulation of Yamaha grand, it is repeating?');
  await expect(chatLog(page)).toContainText('Regulate the Yamaha grand');
  await say(page, 'Please set every 6 months.');
  await expect(row).toContainText('6 months');
  expect((await call(request, 'tasks.get', { id: 1 })).repeat).toBe('FREQ=MONTHLY;INTERVAL=6');
  expect((await call(request, 'tasks.get', { id: 2 })).dueDate).toBe('2030-01-15');
});

test('"tick them" with nothing named asks which; "take admin off the first aid task" takes the label off and keeps the task', async ({
  page,
  request,
}) => {
  await call(request, 'tasks.create', {
    title: 'Renew the first aid cards',
    labels: ['admin', 'safety'],
  });
  await call(request, 'tasks.create', { title: 'Sweep the yard' });
  await page.goto(host.url);
  const row = page
    .getByRole('list', { name: 'Tasks' })
    .getByRole('listitem')
    .filter({ hasText: 'Renew the first aid cards' });
  await expect(row).toContainText('#admin');
  await say(page, 'tick them');
  await expect(chatLog(page)).toContainText('Which ones do you mean?');
  await say(page, 'take admin off the first aid task, keep safety');
  await expect(row).not.toContainText('#admin');
  await expect(row).toContainText('#safety');
  expect((await call(request, 'tasks.get', { id: 1 })).labels).toEqual(['safety']);
  expect((await call(request, 'tasks.get', { id: 1 })).completed).toBe(false);
  expect((await call(request, 'tasks.get', { id: 2 })).completed).toBe(false);
});
