// `npm run bench [-- --quick]`: seeds a profile (100,000 tasks, 1,000 conversations, 100,000
// messages; a tenth with --quick), then measures the app's path against the raw floor in the same
// run and writes bench/results/latest.json ({metric, app, floor, ratio, target} rows). Search,
// export and import are measured on a profile of their own with varied text (search-exchange.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openCore, type Core } from '../electron/core/app-core.ts';
import { ToolRunner } from '../electron/core/agent/tool-runner.ts';
import { ConversationRepository } from '../electron/core/chat/conversation-repository.ts';
import { silentLogger } from '../electron/core/log.ts';
import { appVersion, migrationsDir, repoRoot } from '../electron/host/host-paths.ts';
import { THREAD_PAGE } from '../electron/shared/limits.ts';
import { addDays, localDate } from '../electron/core/time/local-dates.ts';
import { parseQuickAdd } from '../electron/core/time/quick-add.ts';
import * as chrono from 'chrono-node';
import { browserHostEntry, buildBrowserHost } from '../scripts/lib/build-browser-host.ts';
import { measureEmbedded } from './embedded-model.ts';
import { mcpMetrics } from './mcp.ts';
import { searchExchangeMetrics } from './search-exchange.ts';

const quick = process.argv.includes('--quick');
const SCALE = quick ? 10 : 1;
const TASKS = 100_000 / SCALE;
const CONVERSATIONS = 1_000 / SCALE;
const MESSAGES = 100_000 / SCALE;
const BIG_THREAD = 10_000 / SCALE;
const SMALL_THREAD = 2 * THREAD_PAGE;
const ITER = quick ? 2_000 : 20_000;
const DURABLE = quick ? 200 : 1000;

interface Row {
  metric: string;
  app: number | null;
  floor: number | null;
  ratio: number | null;
  target: string;
  unit: string;
  /** Whether the target was met in this run; false when it couldn't be measured. */
  met: boolean;
  note?: string;
}
const rows: Row[] = [];
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const median = (xs: number[]) => percentile(xs, 0.5);

function row(
  metric: string,
  app: number | null,
  floor: number | null,
  target: string,
  unit: string,
  met: boolean,
  note?: string,
) {
  const ratio = app !== null && floor !== null && floor > 0 ? app / floor : null;
  rows.push({ metric, app, floor, ratio, target, unit, met, ...(note ? { note } : {}) });
}

/**
 * Per-call averages over blocks, the app's and the floor's blocks alternating so that a noisy
 * machine (another process, the page cache warming) hits both alike. Returns [app, floor] medians.
 */
async function alternate(
  rounds: number,
  block: number,
  app: (i: number) => unknown,
  floor: (i: number) => unknown,
): Promise<[number, number]> {
  const a: number[] = [];
  const f: number[] = [];
  for (let r = -2; r < rounds; r++) {
    let t = performance.now();
    for (let i = 0; i < block; i++) await app(r * block + i);
    const appMs = (performance.now() - t) / block;
    t = performance.now();
    for (let i = 0; i < block; i++) await floor(r * block + i);
    const floorMs = (performance.now() - t) / block;
    if (r >= 0) {
      a.push(appMs);
      f.push(floorMs);
    }
  }
  return [median(a), median(f)];
}

/** Per-call times, app and floor interleaved call by call (after a few warm-up calls). */
async function interleaved(
  n: number,
  app: (i: number) => unknown,
  floor: (i: number) => unknown,
): Promise<[number[], number[]]> {
  const a: number[] = [];
  const f: number[] = [];
  for (let i = -10; i < n; i++) {
    let t = performance.now();
    await app(i + 10);
    const appMs = performance.now() - t;
    t = performance.now();
    await floor(i + 10);
    if (i >= 0) {
      a.push(appMs);
      f.push(performance.now() - t);
    }
  }
  return [a, f];
}

// ------------------------------------------------------------------ seed
function seed(profileDir: string, tasks: number, withChat: boolean): void {
  const core = openCore({ profileDir, migrationsDir, appVersion, logger: silentLogger });
  const db = core.db;
  const user = core.account.userId;
  const now = new Date('2026-01-01T00:00:00.000Z').getTime();
  db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at, due_date, due_time, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // A fifth of the tasks have a due date, spread over the month around today.
    const today = localDate(new Date());
    for (let i = 1; i <= tasks; i++) {
      const at = new Date(now + i * 1000).toISOString();
      const due = i % 5 === 0 ? addDays(today, (i % 61) - 30) : null;
      insert.run(
        user,
        `Task ${i}`,
        i % 7 === 0 ? `Notes for task ${i}` : '',
        i % 3 === 0 ? 1 : 0,
        at,
        at,
        due,
        due && i % 2 === 0 ? '09:30' : null,
        i % 11 === 0 ? 1 : null,
      );
    }
    if (!withChat) return;
    const conv = db.prepare(
      `INSERT INTO conversations (user_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    const msg = db.prepare(
      `INSERT INTO messages (conversation_id, user_id, role, content, created_at) VALUES (?, ?, ?, ?, ?)`,
    );
    for (let c = 1; c <= CONVERSATIONS; c++) {
      const at = new Date(now + c * 60_000).toISOString();
      conv.run(user, `Conversation ${c}`, at, at);
    }
    // Conversation 2 is short but fills a page, so both first pages return the same rows.
    const rest = MESSAGES - BIG_THREAD - SMALL_THREAD;
    const plan: [number, number][] = [
      [1, BIG_THREAD],
      [2, SMALL_THREAD],
    ];
    for (let c = 3; c <= CONVERSATIONS; c++) plan.push([c, Math.floor(rest / (CONVERSATIONS - 2))]);
    let k = 0;
    for (const [c, count] of plan) {
      for (let m = 0; m < count; m++) {
        const at = new Date(now + k++ * 10).toISOString();
        msg.run(c, user, m % 2 ? 'assistant' : 'user', m % 2 ? `Reply ${m}` : `Message ${m}`, at);
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
}

// ------------------------------------------------------------------ core metrics
async function coreMetrics(core: Core, profileDir: string): Promise<void> {
  const db = core.db;
  const user = core.account.userId;
  // The floor reads the same fields the app returns (a task's time fields and labels too).
  const COLUMNS = `id, title, description, completed, created_at, updated_at, completed_at, due_date,
    due_time, priority, repeat, (SELECT group_concat(l.name, char(31)) FROM task_labels tl
    JOIN labels l ON l.id = tl.label_id WHERE tl.task_id = tasks.id) AS labels`;
  const rawGet = db.prepare(`SELECT ${COLUMNS} FROM tasks WHERE user_id = ? AND id = ?`);
  const id = (i: number) => 1 + ((Math.abs(i) * 7919) % TASKS);
  const [appGet, floorGet] = await alternate(
    ITER / 1000,
    1000,
    (i) => core.handlers['tasks.get']({ id: id(i) }),
    (i) => rawGet.get(user, id(i)),
  );
  row(
    'get a task by id (handler table vs raw prepared statement), per call',
    appGet * 1000,
    floorGet * 1000,
    '≤ 1.25×',
    'µs',
    appGet / floorGet <= 1.25,
  );

  const rawList = db.prepare(
    `SELECT ${COLUMNS} FROM tasks WHERE user_id = ? AND completed = 0 ORDER BY id LIMIT 1000 OFFSET ?`,
  );
  const pendingTotal = Math.floor((TASKS * 2) / 3);
  const offset = (i: number) => (Math.abs(i) * 3301) % Math.max(1, pendingTotal - 1000);
  const [appList, floorList] = await alternate(
    20,
    10,
    (i) => core.handlers['tasks.page']({ status: 'pending', offset: offset(i), limit: 1000 }),
    (i) => rawList.all(user, offset(i)),
  );
  row(
    'list 1,000 pending tasks (handler table vs raw SELECT), per call',
    appList,
    floorList,
    '≤ 1.2×',
    'ms',
    appList / floorList <= 1.2,
  );

  // Durable commits: the same insert, raw, through a second connection to the same database with
  // the same pragmas (its indexes and count triggers are part of storing a task, not overhead).
  const raw = new Database(path.join(profileDir, 'tasks.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  const rawInsert = raw.prepare(
    `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at) VALUES (?, ?, '', 0, ?, ?)`,
  );
  const [appAdd, floorAdd] = await interleaved(
    DURABLE,
    (i) => core.handlers['tasks.create']({ title: `Durable ${i}` }),
    (i) => {
      const at = new Date().toISOString();
      rawInsert.run(user, `Durable ${i}`, at, at);
    },
  );
  raw.close();
  const p99 = percentile(appAdd, 0.99);
  row(
    'add a task, durable commit, p99 (handler table vs the same insert, raw, on a second connection)',
    p99,
    percentile(floorAdd, 0.99),
    '≤ 1.5× and < 5 ms',
    'ms',
    p99 / percentile(floorAdd, 0.99) <= 1.5 && p99 < 5,
    `p50 ${median(appAdd).toFixed(3)} vs ${median(floorAdd).toFixed(3)} ms`,
  );

  // The built-in assistant, request to receipt, against the add_task tool alone.
  const repo = new ConversationRepository(db, user);
  const tools = new ToolRunner(core.tasks, silentLogger, core.search);
  const { conversationId } = await core.chat.say('hello', { newConversation: true });
  const [appSay, floorTool] = await interleaved(
    DURABLE,
    (i) => core.chat.say(`Add a task to buy item ${i}`, { conversationId }),
    (i) =>
      repo.transaction(() => tools.run(conversationId, 1, 'add_task', { title: `Tool item ${i}` })),
  );
  const p95 = percentile(appSay, 0.95);
  row(
    '"Add a task to …" via built-in assistant, request to receipt, p95 (vs add_task tool alone)',
    p95,
    percentile(floorTool, 0.95),
    '< 20 ms and ≤ 3×',
    'ms',
    p95 < 20 && p95 / percentile(floorTool, 0.95) <= 3,
  );

  // The Today view (due today and overdue), first page with its counts, vs the indexed query alone.
  const today = localDate(new Date());
  const rawToday = db.prepare(
    `SELECT ${COLUMNS} FROM tasks WHERE user_id = ? AND completed = 0 AND due_date <= ?
     ORDER BY due_date, due_time IS NULL, due_time, coalesce(priority, 4), id LIMIT 100`,
  );
  const [appToday, floorToday] = await alternate(
    20,
    20,
    () => core.handlers['tasks.page']({ status: 'pending', due: 'today', offset: 0, limit: 100 }),
    () => rawToday.all(user, today),
  );
  row(
    `Today view at ${TASKS.toLocaleString('en')} tasks (a fifth with dates), first 100 with counts (vs the indexed query alone), per call`,
    appToday,
    floorToday,
    '≤ 2×',
    'ms',
    appToday / floorToday <= 2,
  );

  // Quick add: reading a line (chips as the person types), p95, vs chrono's date reading alone.
  const lines = [
    'Pay rent tomorrow 9am p1 #home every month',
    'dentist thu 2pm #health',
    'call the plumber on Wednesday at half past five',
    'standup every weekday at 9:30',
    'buy milk',
    'renew the passport in 3 weeks p2',
    'water the plants every other day',
    'book review every 15th #club',
  ];
  const [appQuick, floorQuick] = await interleaved(
    ITER / 10,
    (i) => parseQuickAdd(lines[i % lines.length]!, { now: new Date() }),
    (i) => chrono.en.parse(lines[i % lines.length]!, new Date(), { forwardDate: true }),
  );
  const quickP95 = percentile(appQuick, 0.95);
  row(
    'quick-add parse of a line, p95 (vs chrono-node reading its date alone)',
    quickP95,
    percentile(floorQuick, 0.95),
    '< 2 ms',
    'ms',
    quickP95 < 2,
  );

  // "remind me to … tomorrow at 5pm" through the built-in assistant, request to receipt.
  const [appRemind, floorRemindTool] = await interleaved(
    DURABLE,
    (i) => core.chat.say(`remind me to post parcel ${i} tomorrow at 5pm`, { conversationId }),
    (i) =>
      repo.transaction(() =>
        tools.run(conversationId, 1, 'add_task', {
          title: `Tool parcel ${i}`,
          due_date: addDays(today, 1),
          due_time: '17:00',
        }),
      ),
  );
  const remindP95 = percentile(appRemind, 0.95);
  row(
    '"remind me to … tomorrow at 5pm" via built-in assistant, request to receipt, p95 (vs add_task with the date alone)',
    remindP95,
    percentile(floorRemindTool, 0.95),
    '< 20 ms',
    'ms',
    remindP95 < 20,
  );

  // As the chat view opens a thread: its first page (THREAD_PAGE messages).
  const [bigThread, smallThread] = await alternate(
    20,
    50,
    () => core.handlers['conversations.messages']({ conversationId: 1, limit: THREAD_PAGE }),
    () => core.handlers['conversations.messages']({ conversationId: 2, limit: THREAD_PAGE }),
  );
  row(
    `open a ${BIG_THREAD.toLocaleString('en')}-message conversation, first page (vs a ${SMALL_THREAD}-message one, the same page), per call`,
    bigThread,
    smallThread,
    '≤ 1.3×',
    'ms',
    bigThread / smallThread <= 1.3,
  );
}

// ------------------------------------------------------------------ browser host metrics
interface Host {
  origin: string;
  token: string;
  url: string;
  stop(): Promise<void>;
}
function startHost(profileDir: string): Promise<Host> {
  const child = spawn(process.execPath, [browserHostEntry, '--profile', profileDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(/Open (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/);
      if (m)
        resolve({
          origin: m[1]!,
          token: m[2]!,
          url: `${m[1]}/?token=${m[2]}`,
          stop: () =>
            new Promise((r) => {
              child.once('exit', () => r());
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
}

async function ipcMetrics(profileDir: string): Promise<void> {
  const host = await startHost(profileDir);
  try {
    const call = (channel: string, body: unknown) =>
      fetch(`${host.origin}/api/call/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${host.token}` },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    for (let i = 0; i < 300; i++) await call('app.ping', {});
    const n = quick ? 500 : 2000;
    const app: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < n; i++) {
      // Interleaved, so drift on a noisy machine hits both alike.
      let t = performance.now();
      await call('tasks.get', { id: 1 + (i % 1000) });
      app.push(performance.now() - t);
      t = performance.now();
      await call('app.ping', {});
      floor.push(performance.now() - t);
    }
    row(
      'one IPC round trip, browser host: tasks.get vs echo (app.ping), median',
      median(app),
      median(floor),
      '≤ 1.2×',
      'ms',
      median(app) / median(floor) <= 1.2,
    );
  } finally {
    await host.stop();
  }
}

async function browserMetrics(bigProfile: string, smallProfile: string): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    for (const m of [
      'sidebar first frame',
      'sidebar scroll',
      'chat → sidebar update',
      'cold start to interactive sidebar',
    ])
      row(m, null, null, '—', '', false, 'Chromium not installed');
    return;
  }
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    // First frame: from navigation start (performance.now() = 0) to the first task row on screen,
    // measured inside the page; DOM nodes counted in the sidebar and in the whole page.
    const firstFrame = async (profile: string) => {
      const host = await startHost(profile);
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      // The page reports its first row itself: Playwright's own waiting (a locator) injects a
      // script into the page that took ~10 ms of the main thread while the app was starting.
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[role="listitem"] input[type="checkbox"]')) {
            console.debug(`first-row ${performance.now()}`);
            observer.disconnect();
          }
        });
        document.addEventListener('DOMContentLoaded', () =>
          observer.observe(document.body, { childList: true, subtree: true }),
        );
      });
      const times: number[] = [];
      let nodes = { sidebar: 0, page: 0 };
      try {
        // Ten measured loads: the median of five moved by ±20 ms between runs on a busy machine.
        for (let i = 0; i < 11; i++) {
          const firstRow = new Promise<number>((resolve) => {
            const onMessage = (m: { text(): string }) => {
              const at = /^first-row (\S+)$/.exec(m.text());
              if (!at) return;
              page.off('console', onMessage);
              resolve(Number(at[1]));
            };
            page.on('console', onMessage);
          });
          await page.goto(i === 0 ? host.url : `${host.origin}/`, { waitUntil: 'commit' });
          const at = await firstRow;
          await page.getByRole('checkbox', { name: 'Task 1', exact: true }).waitFor();
          if (i > 0) times.push(at); // the first load warms the cache
          nodes = await page.evaluate(() => ({
            sidebar: document.querySelectorAll('aside *').length,
            page: document.querySelectorAll('*').length,
          }));
        }
        return { ms: median(times), nodes, page, host };
      } catch (err) {
        await page.close();
        await host.stop();
        throw err;
      }
    };
    const small = await firstFrame(smallProfile);
    await small.page.close();
    await small.host.stop();
    const big = await firstFrame(bigProfile);
    row(
      `sidebar first frame, ${TASKS.toLocaleString('en')} tasks vs 100 (Chromium, browser host), navigation start to first row, median`,
      big.ms,
      small.ms,
      '≤ 1.5×, < 100 ms, < 500 DOM nodes',
      'ms',
      big.ms / small.ms <= 1.5 && big.ms < 100 && big.nodes.sidebar < 500,
      `${big.nodes.sidebar} DOM nodes in the sidebar, ${big.nodes.page} in the page`,
    );

    // Scroll the whole list in 300 steps, one per frame, on a page at rest: the chat panel, which
    // loads after the sidebar's first row (the cold-start row below times that), has started and
    // the main thread has had an idle moment. Three passes (down, up, down); the row is the median
    // of their longest frames, so a frame lost in every pass counts and one lost once to the
    // machine (another process, a collection) does not decide the row alone.
    await big.page.getByRole('textbox', { name: 'Message' }).waitFor();
    await big.page.evaluate(
      () => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2000 })),
    );
    const pass = (down: boolean) =>
      big.page.evaluate(async (down) => {
        const list = document.querySelector('[role="list"]') as HTMLElement;
        const step = ((down ? 1 : -1) * list.scrollHeight) / 300;
        const frames: number[] = [];
        let last = await new Promise<number>((r) => requestAnimationFrame(r));
        for (let i = 0; i < 300; i++) {
          list.scrollTop += step;
          const now = await new Promise<number>((r) => requestAnimationFrame(r));
          frames.push(now - last);
          last = now;
        }
        const worst = frames
          .map((ms, i) => ({ ms, i }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5);
        return { max: Math.max(...frames), worst };
      }, down);
    const passes = [await pass(true), await pass(false), await pass(true)];
    if (process.env.BENCH_DEBUG)
      console.log('longest frames', JSON.stringify(passes.map((p) => p.worst)));
    const longest = median(passes.map((p) => p.max));
    row(
      `sidebar scroll through ${TASKS.toLocaleString('en')} tasks, longest frame (median of 3 passes)`,
      longest,
      null,
      '≤ 17 ms (no dropped frame at 60 Hz)',
      'ms',
      longest <= 17,
      `longest frame of each pass: ${passes.map((p) => p.max.toFixed(1)).join(', ')} ms`,
    );

    // Chat → sidebar: from the tool finishing (the task's createdAt) to its row on screen.
    const page = big.page;
    await page.getByRole('radio', { name: /^Pending/ }).check();
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const title = `Bench probe ${i}`;
      // Start with the end of the list on screen, where the new task will appear.
      await page.evaluate(() => {
        const list = document.querySelector('[role="list"]') as HTMLElement | null;
        if (list) list.scrollTop = list.scrollHeight;
      });
      await page.waitForTimeout(300);
      await page.evaluate((name) => {
        const w = window as unknown as { seen?: number };
        delete w.seen;
        const observer = new MutationObserver(() => {
          if (document.querySelector(`input[aria-label="${name}"]`)) {
            w.seen ??= Date.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      }, title);
      const box = page.getByRole('textbox', { name: 'Message' });
      await box.fill(`Add a task to ${title.toLowerCase()}`);
      await box.press('Enter');
      // The new task is the last pending one: keep the list scrolled to its end until it shows.
      await page.waitForFunction((name) => {
        const list = document.querySelector('[role="list"]') as HTMLElement | null;
        if (list) list.scrollTop = list.scrollHeight;
        return !!document.querySelector(`input[aria-label="${name}"]`);
      }, title);
      const seen = await page.evaluate(
        () => (window as unknown as { seen?: number }).seen ?? Date.now(),
      );
      const res = (await fetch(`${big.host.origin}/api/call/tasks.list`, {
        method: 'POST',
        headers: { authorization: `Bearer ${big.host.token}` },
        body: '{"status":"pending"}',
      }).then((r) => r.json())) as { value: { title: string; createdAt: string }[] };
      const task = res.value.findLast((t) => t.title === title)!;
      samples.push(seen - Date.parse(task.createdAt));
    }
    row(
      'chat → sidebar update after the tool finishes, median of 7',
      median(samples),
      null,
      'median and max < 100 ms',
      'ms',
      median(samples) < 100 && Math.max(...samples) < 100,
      `max ${Math.max(...samples)} ms`,
    );
    await page.close();
    await big.host.stop();

    // Cold start: from launching the host to a sidebar that can be used (a task row and the New
    // task box on screen), in a browser tab that is already open, as the person's browser is, with
    // its cache from an earlier launch (the host comes back on the same port). The moment is taken
    // inside the page (no polling delay) and compared on the wall clock.
    const context = await browser.newContext();
    const cold = await context.newPage();
    await cold.addInitScript(() => {
      const w = window as unknown as { usableAt?: number };
      const observer = new MutationObserver(() => {
        if (
          document.querySelector('[role="listitem"] input[type="checkbox"]') &&
          document.querySelector('input[aria-label="New task"]')
        ) {
          w.usableAt ??= performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      document.addEventListener('DOMContentLoaded', () =>
        observer.observe(document.body, { childList: true, subtree: true }),
      );
    });
    const launch = async () => {
      const launchedAt = Date.now();
      const host = await startHost(bigProfile);
      await cold.goto(host.url);
      await cold.getByRole('checkbox', { name: 'Task 1', exact: true }).waitFor();
      await cold.getByRole('textbox', { name: 'New task' }).waitFor();
      const usableAt = await cold.evaluate(
        () => (window as unknown as { usableAt?: number }).usableAt ?? NaN,
      );
      await cold.goto('about:blank');
      await host.stop();
      return usableAt - launchedAt;
    };
    await launch(); // the earlier launch
    const coldMs = await launch();
    await context.close();
    row(
      'cold start: host launched to a usable sidebar (browser host, tab open, browser cache from an earlier launch)',
      coldMs,
      null,
      '< 500 ms',
      'ms',
      coldMs < 500,
    );
  } finally {
    await browser.close();
  }
}

// ------------------------------------------------------------------ built-in model
async function embeddedMetrics() {
  // (48 pairs: with 16, the first-words median moved by ±0.2× from one run of the bench to the next)
  const m = await measureEmbedded(quick ? 8 : 48);
  const note = 'tiny fixture (random weights), same seeds both ways';
  row(
    'built-in model: request → first words, app path (model process) vs node-llama-cpp direct',
    m.firstTokenMs.app,
    m.firstTokenMs.direct,
    '≤ 1.1×',
    'ms',
    m.firstTokenMs.app / m.firstTokenMs.direct <= 1.1,
    `${note}; median of per-run ratios ${m.firstTokenMs.ratio.toFixed(2)}×`,
  );
  row(
    'built-in model: time per token, app path vs node-llama-cpp direct',
    m.msPerToken.app,
    m.msPerToken.direct,
    '≤ 1.1×',
    'ms',
    m.msPerToken.ratio <= 1.1,
    `${note}; all runs' generating time over all their tokens, each side`,
  );
  row(
    "built-in model: host's event loop while the model generates, longest gap between 20 ms timer ticks",
    m.longestTickGapMs,
    null,
    '≤ 70 ms (held up ≤ 50 ms)',
    'ms',
    m.longestTickGapMs <= 70,
  );
}

// ------------------------------------------------------------------ run
// The browser-host rows run what `npm start` runs, built now from the sources as they are (a
// fresh clone has no build; an old one would mislead).
if (!buildBrowserHost()) throw new Error('could not build the renderer and the browser host');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'task-bench-'));
try {
  const started = performance.now();
  const big = path.join(work, 'big');
  const small = path.join(work, 'small');
  const tasksOnly = path.join(work, 'tasks-only');
  seed(big, TASKS, true);
  seed(small, 100, false);
  seed(tasksOnly, TASKS, false);
  const size = fs.statSync(path.join(tasksOnly, 'tasks.sqlite')).size;
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Configured as the desktop app and the browser host run it.
  const core = openCore({
    profileDir: big,
    migrationsDir,
    appVersion,
    logger: silentLogger,
    idleCheckpointMs: 1000,
  });
  try {
    await coreMetrics(core, big);
  } finally {
    core.close();
  }
  await ipcMetrics(big);
  await browserMetrics(big, small);
  await embeddedMetrics();
  row(
    'profile database size per 100,000 tasks',
    (size / 1024 / 1024) * (100_000 / TASKS),
    null,
    '≤ 15 MiB',
    'MiB',
    (size / 1024 / 1024) * (100_000 / TASKS) <= 15,
  );
  const searchStarted = performance.now();
  for (const r of await searchExchangeMetrics(work, { tasks: TASKS, messages: MESSAGES, quick }))
    row(r.metric, r.app, r.floor, r.target, r.unit, r.met, r.note);
  console.log(
    `search, export and import rows in ${((performance.now() - searchStarted) / 1000).toFixed(1)} s`,
  );
  for (const r of await mcpMetrics(work, { quick }))
    row(r.metric, r.app, r.floor, r.target, r.unit, r.met, r.note);

  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
  const fmt = (n: number | null) =>
    n === null ? '—' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3);
  console.log(
    `\n${quick ? 'QUICK (1/10 size) ' : ''}bench — ${machine.cpu}, ${machine.cores} cores, node ${machine.node}`,
  );
  console.log(
    '| metric | app | floor | ratio | target | ok |\n| --- | --- | --- | --- | --- | --- |',
  );
  for (const r of rows) {
    console.log(
      `| ${r.metric} | ${fmt(r.app)} ${r.unit} | ${fmt(r.floor)} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.target} | ${r.met ? 'yes' : 'NO'}${r.note ? ` (${r.note})` : ''} |`,
    );
  }
  fs.mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(
    path.join(repoRoot, 'bench', 'results', quick ? 'latest-quick.json' : 'latest.json'),
    JSON.stringify({ date: new Date().toISOString(), quick, machine, rows }, null, 2),
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
