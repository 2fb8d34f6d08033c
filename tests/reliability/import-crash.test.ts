// An import under SIGKILL is all or nothing: a child process imports a file of 1,000 tasks
// (todo.txt and our JSON, in turn) into one profile, and is killed at a random moment: before the
// import starts, while the file is read, while its one transaction is written (most kills), or
// after it returned. Reopened, the profile holds either none of the file or all of it: the task
// count is the previous one or that plus 1,000, the database and its search index are intact and
// agree with the tasks, the file's label is on all of its tasks or does not exist, the undo history
// has exactly one import step for it (naming all of its tasks) or none, and an import that
// returned is kept. (A child starts cold: it reads such a file in a few hundred ms and writes it in
// about as long again, so a random moment lands inside the transaction easily; bigger files only
// make the 50 runs slower.)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-profile.ts';
import { openCrashCore } from './crash-core.ts';
import { record, scale } from './figures.ts';

const KILLS = scale(50, 200);
/** Tasks per file: enough that reading and writing take a good part of a second. */
const TASKS = 1000;
const child = path.join(import.meta.dirname, 'import-child.ts');

type Format = 'todotxt' | 'json';
type Phase = 'before' | 'reading' | 'writing' | 'after';
const formatOf = (i: number): Format => (i % 2 ? 'json' : 'todotxt');
const tagOf = (i: number) => `zq${i}x`;
const labelOf = (i: number) => `batch-${i}`;

/** The file of iteration `i`: TASKS tasks, each with the word tagOf(i) and the label labelOf(i). */
function importFile(i: number): string {
  const tag = tagOf(i);
  const label = labelOf(i);
  const day = (n: number) => `2026-12-${String(1 + (n % 28)).padStart(2, '0')}`;
  if (formatOf(i) === 'todotxt') {
    const lines: string[] = [];
    for (let n = 0; n < TASKS; n++) {
      if (n % 10 === 9) lines.push(`x 2026-11-20 2026-11-01 Done ${tag} number ${n} +${label}`);
      else
        lines.push(
          `(${'ABC'[n % 3]}) 2026-11-01 Imported ${tag} task ${n} with some words +${label} +bulk +l${n % 7} due:${day(n)}${n % 4 === 0 ? ' time:09:30' : ''}${n % 5 === 0 ? ' rec:+1w' : ''}`,
        );
    }
    return `${lines.join('\n')}\n`;
  }
  const tasks: string[] = [];
  for (let n = 0; n < TASKS; n++) {
    const done = n % 10 === 9;
    tasks.push(
      JSON.stringify({
        title: `Imported ${tag} task ${n}`,
        description: `Some notes for task ${n}: "quoted", café, line\nand another line`,
        completed: done,
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-02T10:00:00.000Z',
        completedAt: done ? '2026-11-20T10:00:00.000Z' : null,
        dueDate: day(n),
        dueTime: n % 4 === 0 ? '09:30' : null,
        priority: n % 4 === 0 ? null : n % 4,
        repeat: n % 5 === 0 ? 'FREQ=WEEKLY;BYDAY=MO,TH' : null,
        labels: [label, 'bulk', `l${n % 7}`],
        completions:
          n % 5 === 0
            ? [{ dueDate: '2026-11-27', dueTime: null, completedAt: '2026-11-27T18:00:00.000Z' }]
            : [],
      }),
    );
  }
  return `{"format":"task-assistant","version":1,"exportedAt":"2026-11-28T10:00:00.000Z","tasks":[\n${tasks.join(',\n')}\n]}\n`;
}

interface Run {
  loaded: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Calls `then` when the child says `marker` (at once if it already has). */
  when(marker: string, then: (words: string[]) => void): void;
  seen: Set<string>;
  go(): void;
  kill(): void;
}

function start(profileDir: string, file: string, format: Format, cacheDir: string): Run {
  const proc = spawn(process.execPath, [child, profileDir, file, format], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // (the child's code compiled once for all of them: each starts in a fraction of a second)
    env: { ...process.env, NODE_COMPILE_CACHE: cacheDir },
  });
  const seen = new Set<string>();
  const said = new Map<string, string[]>();
  const waiting = new Map<string, ((words: string[]) => void)[]>();
  let buffer = '';
  let stderr = '';
  let loaded!: () => void;
  const loadedP = new Promise<void>((resolve) => (loaded = resolve));
  proc.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const [marker = '', ...words] = buffer.slice(0, nl).split(' ');
      buffer = buffer.slice(nl + 1);
      seen.add(marker);
      said.set(marker, words);
      if (marker === 'loaded') loaded();
      for (const then of waiting.get(marker) ?? []) then(words);
      waiting.delete(marker);
    }
  });
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  proc.stdin.on('error', () => {}); // (killed before it read "go")
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((resolve) => {
    proc.on('exit', (code, signal) => {
      loaded(); // (whoever waits for it hears of the exit next)
      resolve({ code, signal, stderr });
    });
  });
  return {
    loaded: loadedP,
    exited,
    seen,
    when(marker, then) {
      const words = said.get(marker);
      if (words) then(words);
      else waiting.set(marker, [...(waiting.get(marker) ?? []), then]);
    },
    go: () => proc.stdin.write('go\n'),
    kill: () => proc.kill('SIGKILL'),
  };
}

const random = (max: number) => Math.random() * Math.max(0, max);

it(`an import killed ${KILLS} times (mostly mid-transaction) leaves all of its file or none`, async () => {
  const dir = makeTempDir('import-crash-');
  const profileDir = path.join(dir, 'profile');
  const cacheDir = path.join(dir, 'compile-cache');
  const fileOf = (i: number) => path.join(dir, `import-${i}.txt`);
  // A profile with tasks, labels (one the files use too) and a conversation of its own.
  const setup = openCrashCore(profileDir);
  for (let n = 0; n < 20; n++)
    setup.tasks.create({ title: `Mine ${n}`, labels: n % 2 ? ['bulk', 'home'] : ['home'] });
  await setup.chat.say('Add a task to call mum', { newConversation: true });
  let tasks = setup.db.prepare('SELECT count(*) FROM tasks').pluck().get() as number;
  const base = tasks;
  let imports = 0;
  setup.close();
  // (the profile is put back as it was now and then, so that checking it stays quick)
  const template = path.join(dir, 'template');
  fs.cpSync(profileDir, template, { recursive: true });

  const phases: Record<Phase, number> = { before: 0, reading: 0, writing: 0, after: 0 };
  let committing = 0;
  let resets = 0;
  let committed = 0;
  // How long opening, reading and writing take, as children report it (first guesses).
  const took = { open: 80, todotxt: { read: 400, write: 400 }, json: { read: 400, write: 400 } };
  const startedAll = performance.now();

  fs.writeFileSync(fileOf(0), importFile(0));
  let next: Run | null = start(profileDir, fileOf(0), formatOf(0), cacheDir);
  try {
    for (let i = 0; i < KILLS; i++) {
      const run = next!;
      next = null;
      if (tasks >= base + 4 * TASKS) {
        fs.rmSync(profileDir, { recursive: true, force: true });
        fs.cpSync(template, profileDir, { recursive: true });
        tasks = base;
        imports = 0;
        resets++;
      }
      const format = formatOf(i);
      // The first file of each format is left to finish, to measure; then at random: some kills
      // before the import, some while the file is read, most while it is written, some after.
      const r = Math.random();
      const plan: Phase =
        i < 2 ? 'after' : r < 0.1 ? 'before' : r < 0.25 ? 'reading' : r < 0.9 ? 'writing' : 'after';
      await run.loaded;
      const goAt = performance.now();
      run.go();
      const killIn = (ms: number) => setTimeout(run.kill, ms);
      if (plan === 'before') killIn(random(took.open));
      if (plan === 'reading') run.when('importing', () => killIn(random(took[format].read)));
      if (plan === 'writing') run.when('writing', () => killIn(random(took[format].write * 1.05)));
      if (plan === 'after') run.when('imported', () => killIn(random(30)));
      run.when('importing', () => (took.open = (took.open + (performance.now() - goAt)) / 2));
      let added: number | null = null;
      run.when('imported', ([n, read, write]) => {
        added = Number(n);
        took[format] = { read: Number(read), write: Number(write) };
      });
      // (the next child loads its code meanwhile; it opens the profile only when told to)
      if (i + 1 < KILLS) {
        fs.writeFileSync(fileOf(i + 1), importFile(i + 1));
        next = start(profileDir, fileOf(i + 1), formatOf(i + 1), cacheDir);
      }
      let stuck = false;
      const guard = setTimeout(() => {
        stuck = true;
        run.kill();
      }, 60_000);
      const exit = await run.exited;
      clearTimeout(guard);
      if (stuck) throw new Error(`the import child was stuck: ${[...run.seen].join(', ')}`);
      if (exit.signal !== 'SIGKILL')
        throw new Error(`the import child exited on its own (${exit.code}): ${exit.stderr}`);

      if (added !== null) expect(added).toBe(TASKS);
      const phase: Phase = run.seen.has('imported')
        ? 'after'
        : run.seen.has('writing')
          ? 'writing'
          : run.seen.has('importing')
            ? 'reading'
            : 'before';
      phases[phase]++;
      if (phase === 'writing' && run.seen.has('inserted')) committing++;

      const core = openCrashCore(profileDir);
      try {
        const db = core.db;
        const one = (sql: string, ...params: unknown[]) =>
          db
            .prepare(sql)
            .pluck()
            .get(...params);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        // All of the file or none of it.
        const count = one('SELECT count(*) FROM tasks') as number;
        expect([tasks, tasks + TASKS], `after a kill ${phase}`).toContain(count);
        const kept = count === tasks + TASKS;
        if (phase === 'before' || phase === 'reading') expect(kept).toBe(false);
        if (phase === 'after') expect(kept, 'an import that returned was lost').toBe(true);
        const n = kept ? TASKS : 0;
        const tag = tagOf(i);
        expect(one(`SELECT count(*) FROM tasks WHERE title LIKE ?`, `%${tag}%`)).toBe(n);
        // The search index agrees, row by row and word by word.
        db.exec(`INSERT INTO tasks_fts(tasks_fts) VALUES('integrity-check')`);
        db.exec(`INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')`);
        expect(one('SELECT count(*) FROM tasks_fts')).toBe(count);
        expect(
          one(
            'SELECT count(*) FROM tasks t LEFT JOIN tasks_fts f ON f.rowid = t.id WHERE f.rowid IS NULL',
          ),
        ).toBe(0);
        expect(one(`SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH ?`, `"${tag}"`)).toBe(n);
        expect(
          one(`SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH ?`, `labels:"${labelOf(i)}"`),
        ).toBe(n);
        // Its label, and every task's labels.
        const labelId = one('SELECT id FROM labels WHERE name = ?', labelOf(i)) as
          number | undefined;
        expect(labelId !== undefined).toBe(kept);
        if (labelId !== undefined)
          expect(one('SELECT count(*) FROM task_labels WHERE label_id = ?', labelId)).toBe(TASKS);
        expect(
          one(
            `SELECT count(*) FROM task_labels tl LEFT JOIN tasks t ON t.id = tl.task_id
             LEFT JOIN labels l ON l.id = tl.label_id WHERE t.id IS NULL OR l.id IS NULL`,
          ),
        ).toBe(0);
        // The kept counts (kept by triggers) are the real ones.
        expect(db.prepare('SELECT total, completed FROM task_counts').get()).toEqual(
          db.prepare('SELECT count(*) AS total, sum(completed) AS completed FROM tasks').get(),
        );
        // One step of the undo history for it, or none; the step is the whole file.
        const steps = db
          .prepare(`SELECT "after" FROM undo_history WHERE tool = 'import_tasks' ORDER BY id`)
          .pluck()
          .all() as string[];
        expect(steps).toHaveLength(imports + (kept ? 1 : 0));
        if (kept) {
          const step = JSON.parse(steps.at(-1)!) as { first: number; last: number; count: number };
          const ids = db
            .prepare(`SELECT min(id) AS first, max(id) AS last FROM tasks WHERE title LIKE ?`)
            .get(`%${tag}%`);
          expect(step).toMatchObject({ count: TASKS, ...(ids as object) });
        }
        tasks = count;
        if (kept) {
          imports++;
          committed++;
        }
      } finally {
        core.close();
      }
    }
    // And the profile still takes an import, and undoes it.
    const core = openCrashCore(profileDir);
    try {
      const done = await core.handlers['exchange.import']({
        text: 'After all the kills +end\n',
        format: 'todotxt',
      });
      expect(done).toMatchObject({ ok: true, value: { added: 1 } });
      expect((await core.handlers['history.undo']({})).ok).toBe(true);
    } finally {
      core.close();
    }
    const mid = phases.reading + phases.writing;
    console.log(
      `import kills: ${KILLS} in ${Math.round((performance.now() - startedAll) / 1000)} s; before ${phases.before}, reading ${phases.reading}, writing ${phases.writing} (${committing} with every row written, commit pending), after ${phases.after}; files kept whole ${committed}, none partial; profile put back ${resets} times`,
    );
    record('imports killed (SIGKILL)', KILLS);
    record('imports killed mid-import', mid);
    record('imports killed inside the write transaction', phases.writing);
    expect(mid).toBeGreaterThanOrEqual(Math.ceil(KILLS / 2));
    expect(phases.writing).toBeGreaterThanOrEqual(Math.ceil(KILLS / 3));
  } finally {
    next?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
