// Search, export and import at 100,000 tasks and 100,000 messages (a tenth with --quick), in a
// profile of its own with varied text: titles, descriptions and messages drawn from a vocabulary
// of 3,000 words (Zipf-distributed, with common phrases), so a typical query word matches a few
// tenths of a percent to a few percent of rows. Called by bench/run.ts; the export rows run in a
// child process of this file (`node bench/search-exchange.ts export-child DIR FORMAT`) so that
// their memory is the export's alone.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { openCore, type Core } from '../electron/core/app-core.ts';
import { silentLogger } from '../electron/core/log.ts';
import { parseSearch, ftsQuery } from '../electron/core/search/fts-query.ts';
import { appVersion, migrationsDir } from '../electron/host/host-paths.ts';

export interface BenchRow {
  metric: string;
  app: number;
  floor: number | null;
  target: string;
  unit: string;
  met: boolean;
  note?: string;
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const median = (xs: number[]) => percentile(xs, 0.5);
const MB = 1024 * 1024;
const debug = !!process.env.BENCH_DEBUG;

// ------------------------------------------------------------------ text
/** A small deterministic PRNG (mulberry32), so every run searches the same profile. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Real words, roughly most used first (their place is their Zipf rank); made-up words fill the
// vocabulary's long tail up to 3,000.
const WORDS = `
check new update list next week send call email review plan work meeting notes today project
team home buy order book fix clean write read follow ask share schedule prepare report draft
pay file print reply sort find move pick return change cancel confirm start finish open test
client budget doctor invoice school kitchen garden car bank office friend family mom dad kids
dinner lunch breakfast groceries milk bread coffee tea rent bills tax insurance passport visa
flight hotel train ticket trip holiday vacation birthday party gift present card letter package
dentist appointment pharmacy prescription gym run yoga bike walk swim doctor's vet dog cat food
laptop phone charger printer router password account backup software update server website
presentation slides spreadsheet contract proposal quote estimate deadline agenda minutes
interview resume salary expenses receipt refund warranty repair plumber electrician painter
roof window door fence paint furniture sofa table chair lamp shelf curtains carpet floor
laundry dishes vacuum trash recycling compost plants seeds tomatoes flowers lawn hedge tree
library museum concert theatre movie podcast album playlist recipe pasta soup salad cake pie
cookies pastry chicken fish rice beans cheese apples lemons onions garlic butter eggs flour
shopping mall market store pharmacy hardware supplies batteries bulbs tape glue nails screws
meeting standup retro sprint roadmap release deploy bug ticket feature design mockup wireframe
customer vendor supplier partner manager colleague neighbour landlord teacher coach lawyer
accountant mechanic tailor barber hairdresser nurse pastor babysitter courier
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday morning evening weekend tonight
renew register apply sign submit upload download install uninstall backup restore archive
organise declutter donate sell list advertise measure compare research decide choose
wedding anniversary graduation reunion christmas easter thanksgiving halloween newyear
club choir band lesson course exam homework essay thesis lecture seminar workshop webinar
mortgage loan pension savings investment shares crypto statement balance transfer deposit
license registration inspection service tyres oil brakes battery parking toll fuel wash
clinic hospital checkup vaccine blood test results therapy physio massage glasses lenses
camping hiking fishing skiing beach island mountain lake river forest cabin tent backpack
past pasture pastel pastime pasta paste pass passenger passage passion password passport
dental denim dense density dentures deny invent inventory invest invite involve inverter
grocer group grow grout growth meet meetup melon member memo memory present preserve press
pressure insulin insulate insure insured birth biscuit bird bishop bitter
`
  .split(/\s+/)
  .filter(Boolean);

/** How many of WORDS are the everyday ones, used most. */
const GENERIC = 50;

/** Phrases that occur as they are (so "quoted phrases" find something). */
const PHRASES = [
  'tax return',
  'team meeting',
  'book club',
  'call the plumber',
  'birthday present',
  'dentist appointment',
  'renew the passport',
  'buy milk',
  'car insurance',
  'garden fence',
  'pay the invoice',
  'quarterly report',
  'parent teacher meeting',
  'oil change',
  'weekly review',
];
const STOP = 'the a to for with and of on at my in about from this that before after our'.split(
  ' ',
);
const LABELS = [
  'home',
  'work',
  'errands',
  'health',
  'finance',
  'family',
  'garden',
  'car',
  'travel',
  'school',
  'shopping',
  'reading',
  'club',
  'house',
  'kids',
  'office',
  'personal',
  'urgent',
  'later',
  'someday',
];

function vocabulary(size: number): string[] {
  const real = [...new Set(WORDS)];
  const seen = new Set(real);
  const rnd = random(7);
  const on = 'b c d f g h j k l m n p r s t v w z br cl dr fl gr pl st tr sh ch'.split(' ');
  const vowels = 'a e i o u ai ea ou'.split(' ');
  const end = ['', '', 'n', 'r', 's', 't', 'l', 'x', 'nd', 'st'];
  const made: string[] = [];
  while (real.length + made.length < size) {
    let w = '';
    const syllables = 2 + Math.floor(rnd() * 2);
    for (let s = 0; s < syllables; s++)
      w += on[Math.floor(rnd() * on.length)]! + vowels[Math.floor(rnd() * vowels.length)]!;
    w += end[Math.floor(rnd() * end.length)]!;
    if (!seen.has(w)) {
      seen.add(w);
      made.push(w);
    }
  }
  // The everyday words first; the rest of the real words (what people search for) shuffled among
  // the made-up ones from rank 50 to about 1,100, so each is in ~0.1–2% of tasks.
  const words = real.slice(0, GENERIC);
  const rest = real.slice(GENERIC);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  for (const w of rest) words.push(w, made.pop()!);
  return words.concat(made);
}

class TextMaker {
  readonly #rnd: () => number;
  readonly #words: string[];
  readonly #cumulative: Float64Array;

  constructor(seed: number) {
    this.#rnd = random(seed);
    this.#words = vocabulary(3000);
    // Zipf with exponent 0.9: rank 100 is in about 1% of tasks, rank 1,000 in about 0.15%.
    this.#cumulative = new Float64Array(this.#words.length);
    let sum = 0;
    for (let r = 0; r < this.#words.length; r++) this.#cumulative[r] = sum += (r + 1) ** -0.9;
    for (let r = 0; r < this.#words.length; r++) this.#cumulative[r]! /= sum;
  }

  int(n: number): number {
    return Math.floor(this.#rnd() * n);
  }

  chance(p: number): boolean {
    return this.#rnd() < p;
  }

  #word(): string {
    const x = this.#rnd();
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.#words[lo]!;
  }

  /** About `n` words: content words, small words between them, now and then a whole phrase. */
  words(n: number): string {
    const out: string[] = [];
    while (out.length < n) {
      const x = this.#rnd();
      if (x < 0.008) out.push(PHRASES[this.int(PHRASES.length)]!);
      else if (x < 0.3 && out.length > 0) out.push(STOP[this.int(STOP.length)]!);
      else out.push(this.#word());
    }
    return out.join(' ');
  }

  sentence(min: number, max: number): string {
    const s = this.words(min + this.int(max - min + 1));
    return s[0]!.toUpperCase() + s.slice(1);
  }
}

// ------------------------------------------------------------------ profile
/**
 * A profile with `tasks` tasks (a third done, a fifth with a date, some with priority and
 * labels) and `messages` messages in `messages / 100` conversations, over the last two years.
 */
export function seedSearchProfile(profileDir: string, tasks: number, messages: number): void {
  const core = openCore({ profileDir, migrationsDir, appVersion, logger: silentLogger });
  const db = core.db;
  const user = core.account.userId;
  const text = new TextMaker(42);
  const now = Date.now();
  const DAY = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at,
         completed_at, due_date, due_time, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const addLabel = db.prepare(`INSERT INTO labels (user_id, name) VALUES (?, ?)`);
    const labelIds = LABELS.map((name) => Number(addLabel.run(user, name).lastInsertRowid));
    const label = db.prepare(`INSERT OR IGNORE INTO task_labels (task_id, label_id) VALUES (?, ?)`);
    for (let i = 0; i < tasks; i++) {
      // Older tasks first, as a list grows.
      const created = now - 730 * DAY + Math.floor(((i + text.int(100)) / tasks) * 729 * DAY);
      const updated = Math.min(now, created + (text.chance(0.3) ? text.int(60) * DAY : 0));
      const done = text.chance(1 / 3);
      const due = text.chance(0.2) ? iso(created + text.int(30) * DAY).slice(0, 10) : null;
      const id = Number(
        insert.run(
          user,
          text.sentence(2, 7),
          text.chance(0.45) ? text.sentence(5, 35) : '',
          done ? 1 : 0,
          iso(created),
          iso(updated),
          done ? iso(updated) : null,
          due,
          due && text.chance(0.3) ? `${String(8 + text.int(10)).padStart(2, '0')}:30` : null,
          text.chance(0.1) ? 1 + text.int(3) : null,
        ).lastInsertRowid,
      );
      if (text.chance(0.15)) label.run(id, labelIds[text.int(LABELS.length)]);
      if (text.chance(0.03)) label.run(id, labelIds[text.int(LABELS.length)]);
    }
    const conv = db.prepare(
      `INSERT INTO conversations (user_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    const msg = db.prepare(
      `INSERT INTO messages (conversation_id, user_id, role, content, created_at) VALUES (?, ?, ?, ?, ?)`,
    );
    const conversations = Math.max(1, Math.floor(messages / 100));
    let k = 0;
    for (let c = 0; c < conversations; c++) {
      const start = now - 365 * DAY + Math.floor((c / conversations) * 364 * DAY);
      const count = c === conversations - 1 ? messages - k : Math.floor(messages / conversations);
      const at = (m: number) => iso(start + m * 60_000);
      const id = Number(
        conv.run(user, text.sentence(2, 5), at(0), at(Math.max(0, count - 1))).lastInsertRowid,
      );
      for (let m = 0; m < count; m++, k++) {
        const assistant = m % 2 === 1;
        msg.run(
          id,
          user,
          assistant ? 'assistant' : 'user',
          assistant ? text.sentence(8, 50) : text.sentence(3, 20),
          at(m),
        );
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
}

// ------------------------------------------------------------------ search
/** What people type: words, two words, a word still being typed, phrases, exclusions. */
export const QUERIES = [
  'passport',
  'dentist',
  'invoice',
  'groceries',
  'garden',
  'budget',
  'plumber',
  'birthday',
  'insurance',
  'laptop',
  'recipe',
  'flight',
  'kitchen',
  'presentation',
  'library',
  'mortgage',
  'vaccine',
  'Tomatoes',
  'call mom',
  'renew passport',
  'pay invoice',
  'book flight',
  'fix bike',
  'team meeting',
  'buy milk',
  'garden fence',
  'client proposal',
  'tax receipt',
  'school homework',
  'car tyres',
  'pas',
  'den',
  'inv',
  'gro',
  'pres',
  'insu',
  'renew pas',
  'kitchen pai',
  '"tax return"',
  '"book club"',
  '"call the plumber"',
  '"birthday present"',
  '"oil change"',
  '"quarterly report" draft',
  'meeting -team',
  'invoice -paid',
  'passport -renew',
  'garden -fence',
  'car -insurance',
  'dentist -appointment',
];

/** The LIKE '%word%' scan someone might write without an index: every row looked at. */
function likeScan(core: Core) {
  const db = core.db;
  const cache = new Map<string, { tasks: Database.Statement; messages: Database.Statement }>();
  return (typed: string) => {
    const { include, exclude } = parseSearch(typed);
    const key = `${include.length}/${exclude.length}`;
    let sql = cache.get(key);
    if (!sql) {
      const t = [
        ...include.map(() => `(title LIKE ? OR description LIKE ?)`),
        ...exclude.map(() => `NOT (title LIKE ? OR description LIKE ?)`),
      ].join(' AND ');
      const m = [
        ...include.map(() => `content LIKE ?`),
        ...exclude.map(() => `content NOT LIKE ?`),
      ].join(' AND ');
      sql = {
        tasks: db.prepare(
          `SELECT id, title, description FROM tasks WHERE user_id = ? AND ${t} ORDER BY updated_at DESC LIMIT 20`,
        ),
        messages: db.prepare(
          `SELECT id, conversation_id, content FROM messages WHERE user_id = ? AND role <> 'tool' AND ${m} ORDER BY created_at DESC LIMIT 20`,
        ),
      };
      cache.set(key, sql);
    }
    const words = [...include.map((w) => `%${w.text}%`), ...exclude.map((w) => `%${w}%`)];
    return [
      sql.tasks.all(core.account.userId, ...words.flatMap((w) => [w, w])),
      sql.messages.all(core.account.userId, ...words),
    ];
  };
}

async function searchRows(core: Core, quick: boolean, sizes: string): Promise<BenchRow[]> {
  const db = core.db;
  const rawTasks = db.prepare(
    `SELECT rowid, snippet(tasks_fts, -1, '\u0001', '\u0002', '…', 16) AS snippet FROM tasks_fts
     WHERE tasks_fts MATCH ? ORDER BY rank LIMIT 20`,
  );
  const rawMessages = db.prepare(
    `SELECT rowid, snippet(messages_fts, 0, '\u0001', '\u0002', '…', 16) AS snippet FROM messages_fts
     WHERE messages_fts MATCH ? ORDER BY rank LIMIT 20`,
  );
  const matches = QUERIES.map((q) => ftsQuery(q)!);
  const app = async (i: number) => {
    const r = await core.handlers.search({ query: QUERIES[i]! });
    if (!r.ok) throw new Error(`search ${QUERIES[i]}: ${JSON.stringify(r)}`);
    return r.value.items.length;
  };
  const floor = (i: number) => rawTasks.all(matches[i]).length + rawMessages.all(matches[i]).length;
  const like = likeScan(core);

  // Warm-up, and a check that the mix finds what a person would expect to find.
  const fraction: number[] = [];
  const countTasks = db.prepare(`SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH ?`).pluck();
  const total = db.prepare(`SELECT count(*) FROM tasks`).pluck().get() as number;
  for (let i = 0; i < QUERIES.length; i++) {
    await app(i);
    floor(i);
    fraction.push((countTasks.get(matches[i]) as number) / total);
  }

  const reps = quick ? 5 : 6;
  const a: number[] = [];
  const f: number[] = [];
  const perQuery = QUERIES.map(() => ({ app: [] as number[], floor: [] as number[] }));
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < QUERIES.length; i++) {
      // Interleaved query by query (the order flipped every other round) so drift hits both alike.
      const first = r % 2 === 0;
      let t = performance.now();
      if (first) await app(i);
      else floor(i);
      const x = performance.now() - t;
      t = performance.now();
      if (first) floor(i);
      else await app(i);
      const y = performance.now() - t;
      const [appMs, floorMs] = first ? [x, y] : [y, x];
      a.push(appMs);
      f.push(floorMs);
      perQuery[i]!.app.push(appMs);
      perQuery[i]!.floor.push(floorMs);
    }
  }
  const likeMs: number[] = [];
  for (let i = 0; i < QUERIES.length; i++) {
    const t = performance.now();
    like(QUERIES[i]!);
    likeMs.push(performance.now() - t);
  }
  if (debug) {
    for (let i = 0; i < QUERIES.length; i++)
      console.log(
        `search ${JSON.stringify(QUERIES[i])}: ${(fraction[i]! * 100).toFixed(2)}% of tasks, app ${median(perQuery[i]!.app).toFixed(2)} ms, raw ${median(perQuery[i]!.floor).toFixed(2)} ms, LIKE ${likeMs[i]!.toFixed(1)} ms`,
      );
  }
  const p95 = percentile(a, 0.95);
  const floorP95 = percentile(f, 0.95);
  const words = fraction.slice(0, QUERIES.indexOf('call mom')); // the single words
  return [
    {
      metric: `search, ${QUERIES.length} typical queries at ${sizes}, p95 (handler table vs the same MATCH run raw on tasks_fts and messages_fts: snippet, ORDER BY rank LIMIT 20)`,
      app: p95,
      floor: floorP95,
      target: '< 10 ms and ≤ 1.5×',
      unit: 'ms',
      met: p95 < 10 && p95 / floorP95 <= 1.5,
      note: `p50 ${median(a).toFixed(3)} vs ${median(f).toFixed(3)} ms; single words match ${(Math.min(...words) * 100).toFixed(2)}–${(Math.max(...words) * 100).toFixed(2)}% of tasks (median ${(median(words) * 100).toFixed(2)}%)`,
    },
    {
      metric: `search without the index: the same queries as LIKE '%word%' scans of tasks (title, description) and messages, newest 20 of each, p95`,
      app: percentile(likeMs, 0.95),
      floor: null,
      target: 'none (for comparison with the search row)',
      unit: 'ms',
      met: true,
      note: `p50 ${median(likeMs).toFixed(1)} ms`,
    },
  ];
}

// ------------------------------------------------------------------ export
interface ExportMeasure {
  ms: number;
  bytes: number;
  items: number;
  heapGrowth: number;
  rssGrowth: number;
}

/** In the child: one export of every task to a sink that only hashes, its memory sampled. */
async function exportChild(profileDir: string, format: 'json' | 'csv'): Promise<ExportMeasure> {
  const core = openCore({ profileDir, migrationsDir, appVersion, logger: silentLogger });
  try {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const base = process.memoryUsage();
    let peakHeap = base.heapUsed;
    let chunks = 0;
    const hash = createHash('sha256');
    const started = performance.now();
    const { bytes, items } = await core.exchange.write({ format, scope: 'tasks' }, (chunk) => {
      hash.update(chunk);
      if (++chunks % 4 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    });
    const ms = performance.now() - started;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    hash.digest();
    const maxRss = process.resourceUsage().maxRSS * 1024;
    return {
      ms,
      bytes,
      items,
      heapGrowth: (peakHeap - base.heapUsed) / MB,
      rssGrowth: (maxRss - base.rss) / MB,
    };
  } finally {
    core.close();
  }
}

function measureExport(profileDir: string, format: 'json' | 'csv'): Promise<ExportMeasure> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', import.meta.filename, 'export-child', profileDir, format],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as ExportMeasure) : reject(new Error(`export ${code}`)),
    ),
  );
}

async function exportRows(profileDir: string, tasks: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const n = tasks.toLocaleString('en');
  for (const format of ['json', 'csv'] as const) {
    const name = format === 'json' ? 'JSON' : 'CSV (Todoist columns)';
    // Twice (the page cache warm for the second); the second is reported.
    await measureExport(profileDir, format);
    const m = await measureExport(profileDir, format);
    const size = `${(m.bytes / MB).toFixed(1)} MB written`;
    rows.push({
      metric: `export ${n} tasks to ${name}, to a sink that hashes the chunks: time`,
      app: m.ms,
      floor: null,
      target: 'completes (time reported, no target)',
      unit: 'ms',
      met: m.items === tasks,
      note: `${size}, ${m.items.toLocaleString('en')} tasks`,
    });
    rows.push({
      metric: `export ${n} tasks to ${name}: peak JS heap growth during the export (own process)`,
      app: Math.max(m.heapGrowth, 0.001),
      floor: null,
      target: '< 100 MB (bounded, not the size of the export)',
      unit: 'MB',
      met: m.items === tasks && m.heapGrowth < 100,
      note: `peak RSS growth ${m.rssGrowth.toFixed(1)} MB; ${size}`,
    });
  }
  return rows;
}

// ------------------------------------------------------------------ import
interface RawTask {
  title: string;
  description: string;
  completed: number;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  dueDate: string | null;
  dueTime: string | null;
  priority: number | null;
  repeat: string | null;
  labels: string | null;
}

async function importRows(
  core: Core,
  work: string,
  tasks: number,
  quick: boolean,
): Promise<BenchRow[]> {
  // Our JSON, as the app exports it, and the same rows as they sit in the database.
  const parts: string[] = [];
  await core.exchange.write({ format: 'json', scope: 'tasks' }, (c) => void parts.push(c));
  const text = parts.join('');
  const rows = core.db
    .prepare(
      `SELECT title, description, completed, created_at AS createdAt, updated_at AS updatedAt,
         completed_at AS completedAt, due_date AS dueDate, due_time AS dueTime, priority, repeat,
         (SELECT group_concat(l.name, char(31)) FROM task_labels tl JOIN labels l ON l.id = tl.label_id
          WHERE tl.task_id = tasks.id) AS labels
       FROM tasks WHERE user_id = ? ORDER BY id`,
    )
    .all(core.account.userId) as RawTask[];

  let n = 0;
  const fresh = () => {
    const dir = path.join(work, `import-${n++}`);
    return {
      dir,
      core: openCore({ profileDir: dir, migrationsDir, appVersion, logger: silentLogger }),
    };
  };
  const app = async () => {
    const p = fresh();
    try {
      const t = performance.now();
      const r = await p.core.handlers['exchange.import']({ text, duplicates: 'add' });
      const ms = performance.now() - t;
      if (!r.ok || r.value.added !== tasks)
        throw new Error(`import: ${JSON.stringify(r).slice(0, 300)}`);
      return ms;
    } finally {
      p.core.close();
      fs.rmSync(p.dir, { recursive: true, force: true });
    }
  };
  // The floor: the same rows and their labels, one prepared INSERT in a loop in one transaction,
  // on a profile with the same schema, triggers and connection settings.
  const floor = () => {
    const p = fresh();
    try {
      const db = p.core.db;
      const user = p.core.account.userId;
      const t = performance.now();
      const insert = db.prepare(
        `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at,
           completed_at, due_date, due_time, priority, repeat, repeat_from)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const addLabel = db.prepare(`INSERT OR IGNORE INTO labels (user_id, name) VALUES (?, ?)`);
      const labelId = db.prepare(`SELECT id FROM labels WHERE user_id = ? AND name = ?`).pluck();
      const label = db.prepare(
        `INSERT OR IGNORE INTO task_labels (task_id, label_id) VALUES (?, ?)`,
      );
      const labelIds = new Map<string, number>();
      db.transaction(() => {
        for (const r of rows) {
          const { lastInsertRowid } = insert.run(
            user,
            r.title,
            r.description,
            r.completed,
            r.createdAt,
            r.updatedAt,
            r.completedAt,
            r.dueDate,
            r.dueTime,
            r.priority,
            r.repeat,
            r.repeat ? r.dueDate : null,
          );
          if (r.labels)
            for (const name of r.labels.split('\u001f')) {
              let id = labelIds.get(name);
              if (id === undefined) {
                addLabel.run(user, name);
                labelIds.set(name, (id = labelId.get(user, name) as number));
              }
              label.run(lastInsertRowid, id);
            }
        }
      })();
      return performance.now() - t;
    } finally {
      p.core.close();
      fs.rmSync(p.dir, { recursive: true, force: true });
    }
  };
  // Each takes seconds at full size, so twice each there (the bench has to finish in minutes),
  // in turn (app first, then floor first) so that a busy machine hits both alike.
  const rounds = quick ? 4 : 2;
  let appTotal = 0;
  let floorTotal = 0;
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      appTotal += await app();
      floorTotal += floor();
    } else {
      floorTotal += floor();
      appTotal += await app();
    }
  }
  const ms = appTotal / rounds;
  const floorMs = floorTotal / rounds;
  return [
    {
      metric: `import ${tasks.toLocaleString('en')} tasks (our JSON, ${(Buffer.byteLength(text) / MB).toFixed(1)} MB) through exchange.import into an empty profile (vs the same rows and labels by one prepared INSERT in a loop, one transaction), average of ${rounds} runs each`,
      app: ms,
      floor: floorMs,
      target: '≤ 2×',
      unit: 'ms',
      met: ms / floorMs <= 2,
    },
  ];
}

// ------------------------------------------------------------------ run
/** Seeds the search profile in `work`, then measures search, export and import. */
export async function searchExchangeMetrics(
  work: string,
  options: { tasks: number; messages: number; quick: boolean },
): Promise<BenchRow[]> {
  const profileDir = path.join(work, 'search');
  const started = performance.now();
  seedSearchProfile(profileDir, options.tasks, options.messages);
  if (debug)
    console.log(`search profile seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const sizes = `${options.tasks.toLocaleString('en')} tasks and ${options.messages.toLocaleString('en')} messages`;
  const rows: BenchRow[] = [];
  const core = openCore({
    profileDir,
    migrationsDir,
    appVersion,
    logger: silentLogger,
    idleCheckpointMs: 1000,
  });
  try {
    rows.push(...(await searchRows(core, options.quick, sizes)));
    rows.push(...(await exportRows(profileDir, options.tasks)));
    rows.push(...(await importRows(core, work, options.tasks, options.quick)));
  } finally {
    core.close();
  }
  return rows;
}

// Run alone (`node bench/search-exchange.ts [--quick]`): these rows only, printed, nothing written.
if (process.argv[1] === import.meta.filename) {
  if (process.argv[2] === 'export-child') {
    const m = await exportChild(process.argv[3]!, process.argv[4] as 'json' | 'csv');
    process.stdout.write(JSON.stringify(m));
  } else {
    const quick = process.argv.includes('--quick');
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'task-bench-search-'));
    try {
      const size = quick ? 10_000 : 100_000;
      const rows = await searchExchangeMetrics(work, { tasks: size, messages: size, quick });
      for (const r of rows) console.log(JSON.stringify(r));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
}
