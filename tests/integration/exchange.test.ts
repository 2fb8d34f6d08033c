// Export and import through the handler table and the exchange service on real profiles: a
// lossless round trip with every field filled, Todoist's CSV, duplicates, bad files refused with
// their line and nothing changed, and the whole import undone in one step.
import { describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../electron/shared/exchange.ts';
import { snapshotDatabase, tempCoresPerTest, type TempCore } from '../helpers/temp-profile.ts';
import { ok } from '../helpers/result.ts';

const open = tempCoresPerTest();
const NOW = new Date(2026, 10, 28, 10, 0);

/** An export, whole, as a string (and how many chunks it came in). */
async function exported(core: TempCore, request: ExportRequest) {
  const chunks: string[] = [];
  await core.exchange.write(request, (chunk) => {
    chunks.push(chunk);
  });
  return { text: chunks.join(''), chunks: chunks.length };
}
const withoutStamp = (json: string) => json.replace(/"exportedAt":"[^"]*"/, '');

const LONG = `${'Ask about the boiler, the gutters; "quoted" — café ☕ ߷ שלום\n'.repeat(17)}`.slice(
  0,
  1000,
);

/** A profile with every field filled: dates, times, priorities, repeats (with a completed
 * occurrence), labels, unicode, a 1,000-character description, completed tasks, conversations. */
async function filled(core: TempCore) {
  const h = core.handlers;
  const rent = await ok(
    h['tasks.create']({
      title: 'Pay rent 🏠 café — שלום',
      description: LONG,
      dueDate: '2026-11-26',
      dueTime: '17:00',
      priority: 1,
      repeat: 'FREQ=WEEKLY;BYDAY=MO,TH',
      labels: ['home', 'bills', 'über'],
    }),
  );
  // One occurrence done: recorded in its history, the task moves on.
  await ok(h['tasks.setCompleted']({ id: rent.id, completed: true }));
  await ok(
    h['tasks.create']({
      title: 'Month end',
      dueDate: '2026-11-30',
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=31',
      priority: 3,
    }),
  );
  const done = await ok(h['tasks.create']({ title: 'Buy "milk", eggs; bread', priority: 2 }));
  await ok(h['tasks.setCompleted']({ id: done.id, completed: true }));
  await ok(h['tasks.create']({ title: 'Plain one' }));
  await ok(h['chat.send']({ text: 'add a task to call the landlord tomorrow at 9' }));
  await ok(h['chat.send']({ text: 'what did I say about the landlord?' }));
}

describe('export', () => {
  it('JSON of everything → import into an empty profile → export again: the same data', async () => {
    const from = open({ clock: () => NOW });
    await filled(from);
    const first = await exported(from, { format: 'json', scope: 'all' });
    const into = open({ clock: () => NOW });
    const result = await ok(into.handlers['exchange.import']({ text: first.text }));
    expect(result).toMatchObject({ added: 5, conversations: 2, duplicates: 0, errors: [] });
    const second = await exported(into, { format: 'json', scope: 'all' });
    expect(withoutStamp(second.text)).toBe(withoutStamp(first.text));
    // And the data is really there: the history, the labels, the search index.
    const [rent] = await ok(into.handlers['tasks.list']({ label: 'über' }));
    expect(rent).toMatchObject({ description: LONG, repeat: 'FREQ=WEEKLY;BYDAY=MO,TH' });
    expect((await ok(into.handlers.search({ query: 'landlord' }))).items.length).toBeGreaterThan(1);
  });

  it('writes every format in chunks, with progress to every window', async () => {
    const core = open({ clock: () => NOW });
    const titles = Array.from({ length: 3000 }, (_, i) => `Task number ${i}`);
    const insert = core.db.prepare(`INSERT INTO tasks (user_id, title) VALUES (?, ?)`);
    core.db.transaction(() => titles.forEach((t) => insert.run(core.account.userId, t)))();
    const progress: number[] = [];
    core.events.on('exchange.progress', (p) => progress.push(p.done));
    for (const format of ['json', 'csv', 'markdown', 'todotxt', 'ics'] as const) {
      const { text, chunks } = await exported(core, { format, scope: 'tasks' });
      expect(chunks, format).toBeGreaterThan(1);
      expect(text, format).toContain('Task number 2999');
    }
    expect(progress).toContain(3000);
    expect(Math.min(...progress)).toBeLessThan(3000);
  });

  it('a conversation as Markdown: title, times, what was said and what was done', async () => {
    const core = open({ clock: () => NOW });
    await ok(core.handlers['chat.send']({ text: 'add a task to water the plants' }));
    const { text } = await exported(core, { format: 'markdown', scope: 'conversations' });
    expect(text).toMatch(/add a task to water the plants/);
    expect(text).toMatch(/Added “Water the plants”/);
    expect(text).not.toMatch(/"tool":/);
  });

  it('one conversation alone, as Markdown', async () => {
    const core = open({ clock: () => NOW });
    await ok(core.handlers['chat.send']({ text: 'add a task to water the plants' }));
    const { conversationId } = await ok(
      core.handlers['chat.send']({ text: 'add a task to feed the cat' }),
    );
    await ok(core.handlers['chat.send']({ conversationId, text: 'add a task to call Ana' }));
    const other = await ok(core.handlers['conversations.create']({}));
    await ok(
      core.handlers['chat.send']({ conversationId: other.id, text: 'add a task to buy bread' }),
    );
    const { text } = await exported(core, {
      format: 'markdown',
      scope: 'conversations',
      conversationId,
    });
    expect(text).toMatch(/feed the cat/);
    expect(text).not.toMatch(/buy bread/);
    expect(
      core.exchange.fileName({ format: 'markdown', scope: 'conversations', conversationId }),
    ).toMatch(new RegExp(`^conversation-${conversationId}-\\d{4}-\\d\\d-\\d\\d\\.md$`));
    const missing = await core.handlers['exchange.export']({
      format: 'markdown',
      scope: 'conversations',
      conversationId: 999,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses combinations that make no sense, and has no file to give without a host', async () => {
    const core = open();
    const bad = await core.handlers['exchange.export']({ format: 'csv', scope: 'conversations' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const none = await core.handlers['exchange.export']({ format: 'csv' });
    expect(none).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});

const TODOIST = [
  'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT',
  'section,Home,,,,,,,,,,',
  'task,Water the plants @home,,4,1,Ana (1),,every 3 days,en,Europe/Lisbon,,',
  'task,Pay rent @home @bills,"Account PT50, ref ""Nov""',
  'before the 1st",1,1,Ana (1),,2026-12-01,en,,,',
  'note,Landlord prefers mornings,,,,Ana (1),,,,,,',
  'task,Send the report,,2,1,Ana (1),,2026-12-04 17:00,en,,,',
].join('\r\n');

describe('import', () => {
  it("reads Todoist's CSV: dates, times, repeats, priorities, labels, multi-line notes", async () => {
    const core = open({ clock: () => NOW });
    const preview = await ok(core.handlers['exchange.preview']({ text: TODOIST }));
    expect(preview).toMatchObject({ format: 'todoist', tasks: 3, adds: 3, errorCount: 0 });
    const result = await ok(core.handlers['exchange.import']({ text: TODOIST, format: 'csv' }));
    expect(result.added).toBe(3);
    const tasks = await ok(core.handlers['tasks.list']({}));
    expect(tasks.map((t) => [t.title, t.dueDate, t.dueTime, t.priority, t.labels])).toEqual([
      ['Water the plants', expect.any(String), null, null, ['home']],
      ['Pay rent', '2026-12-01', null, 1, ['bills', 'home']],
      ['Send the report', '2026-12-04', '17:00', 2, []],
    ]);
    expect(tasks[0]!.repeat).toMatch(/FREQ=DAILY;INTERVAL=3/);
    expect(tasks[1]!.description).toMatch(/^Account PT50, ref "Nov"\nbefore the 1st/);
    expect(tasks[1]!.description).toMatch(/Landlord prefers mornings/);
  });

  it('a broken file is refused with its line number, and nothing changes', async () => {
    const core = open({ clock: () => NOW });
    await ok(core.handlers['tasks.create']({ title: 'Already here' }));
    const before = snapshotDatabase(core);
    const broken = [
      '- [ ] Fine task',
      '- [ ] Another fine one 📅 2026-12-01',
      `- [ ] ${'x'.repeat(201)}`,
      '- [x] Done one',
    ].join('\n');
    const refused = await core.handlers['exchange.import']({ text: broken });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!refused.ok && refused.error.message).toMatch(/^Line 3: .*Nothing was imported/);
    const json = '{"format":"task-assistant","version":1,"tasks":[\n{"title":"ok"},\n{"title":\n';
    const refusedJson = await core.handlers['exchange.import']({ text: json });
    expect(!refusedJson.ok && refusedJson.error.message).toMatch(/^Line \d+:/);
    expect(snapshotDatabase(core)).toBe(before);
    // The preview says the same, and changes nothing either.
    const preview = await ok(core.handlers['exchange.preview']({ text: broken }));
    expect(preview).toMatchObject({ adds: 3, errorCount: 1, errors: [{ line: 3 }] });
    expect(snapshotDatabase(core)).toBe(before);
    // Asked to, the good lines go in.
    const partly = await ok(core.handlers['exchange.import']({ text: broken, skipErrors: true }));
    expect(partly.added).toBe(3);
  });

  it('leaves out likely duplicates (same title and due date) unless asked to add them', async () => {
    const core = open({ clock: () => NOW });
    await ok(core.handlers['tasks.create']({ title: 'Pay rent', dueDate: '2026-12-01' }));
    const file = '(A) Pay rent due:2026-12-01\npay rent due:2026-12-01\nPay rent due:2026-12-02\n';
    const preview = await ok(core.handlers['exchange.preview']({ text: file, format: 'todotxt' }));
    expect(preview).toMatchObject({ adds: 1, duplicateCount: 2 });
    expect(preview.duplicates.map((d) => d.line)).toEqual([1, 2]);
    expect(await ok(core.handlers['exchange.import']({ text: file }))).toMatchObject({
      added: 1,
      duplicates: 2,
    });
    expect(
      await ok(core.handlers['exchange.import']({ text: file, duplicates: 'add' })),
    ).toMatchObject({ added: 3 });
  });

  it('is undone in one step: its tasks to the Trash, its conversations gone', async () => {
    const from = open({ clock: () => NOW });
    await filled(from);
    const archive = (await exported(from, { format: 'json', scope: 'all' })).text;
    const core = open({ clock: () => NOW });
    await ok(core.handlers['tasks.create']({ title: 'Mine before' }));
    await ok(core.handlers['exchange.import']({ text: archive }));
    expect(await ok(core.handlers['tasks.counts']({}))).toMatchObject({ all: 6 });
    const undone = await ok(core.handlers['history.undo']({}));
    expect(undone.summary).toMatch(
      /took back the import: moved 5 tasks to the Trash and removed 2 conversations/,
    );
    expect((await ok(core.handlers['tasks.list']({}))).map((t) => t.title)).toEqual([
      'Mine before',
    ]);
    expect(await ok(core.handlers['tasks.counts']({}))).toMatchObject({ all: 1, trash: 5 });
    expect((await ok(core.handlers['conversations.list']({}))).items).toEqual([]);
  });

  it('an imported conversation spoken in since is kept by the undo', async () => {
    const from = open({ clock: () => NOW });
    await ok(from.handlers['chat.send']({ text: 'add a task to feed the cat' }));
    const archive = (await exported(from, { format: 'json', scope: 'all' })).text;
    const core = open({ clock: () => NOW });
    await ok(core.handlers['exchange.import']({ text: archive }));
    const [talk] = (await ok(core.handlers['conversations.list']({}))).items;
    await ok(core.handlers['chat.send']({ conversationId: talk!.id, text: 'thanks' }));
    // (the chat's own change, if any, is undone first; then the import)
    await ok(core.handlers['history.undo']({}));
    const list = await ok(core.handlers['conversations.list']({}));
    expect(list.items.map((c) => c.id)).toEqual([talk!.id]);
  });

  it('refuses files over the size limit with a clear message', async () => {
    const core = open();
    const result = await core.handlers['exchange.import']({
      text: 'x'.repeat(50 * 1024 * 1024 + 1),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!result.ok && result.error.message).toMatch(/bigger than 50 MB/);
  });
});
