// Search over tasks and messages through the handler table on real profiles: what is found, how
// the FTS index keeps up with every change, and that anything typed is a valid query.
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../electron/core/db/migrations.ts';
import { SearchService } from '../../electron/core/search/search-service.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';
import type { ChannelInput } from '../../electron/shared/ipc/contract.ts';
import type { SearchHit } from '../../electron/shared/search.ts';
import { makeTempDir, tempCoresPerTest, type TempCore } from '../helpers/temp-profile.ts';
import { ok } from '../helpers/result.ts';

const open = tempCoresPerTest();

const add = (core: TempCore, input: ChannelInput<'tasks.create'>) =>
  ok(core.handlers['tasks.create'](input));
const search = async (core: TempCore, query: string, scope?: 'all' | 'tasks' | 'messages') =>
  (await ok(core.handlers.search({ query, ...(scope ? { scope } : {}) }))).items;
const titles = (items: SearchHit[]) => items.map((i) => i.title);
const marked = (text: string, marks: [number, number][]) => marks.map(([a, b]) => text.slice(a, b));

/** A conversation with messages said at given times (ISO), straight into the database. */
function conversation(core: TempCore, title: string, said: [string, string, string][]): number {
  const id = Number(
    core.db
      .prepare(`INSERT INTO conversations (user_id, title) VALUES (?, ?)`)
      .run(core.account.userId, title).lastInsertRowid,
  );
  const insert = core.db.prepare(
    `INSERT INTO messages (conversation_id, user_id, role, content, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const [role, content, at] of said) insert.run(id, core.account.userId, role, content, at);
  return id;
}

describe('finding tasks', () => {
  it('finds words in titles, descriptions and labels, ignoring case and accents', async () => {
    const core = open();
    await add(core, { title: 'Book the Café for Friday', description: 'Ask about the terrace' });
    await add(core, { title: 'Call the plumber', labels: ['home'] });
    await add(core, { title: 'Plan the trip', description: 'Rome in MAY, flights and hotel' });
    expect(titles(await search(core, 'cafe'))).toEqual(['Book the Café for Friday']);
    expect(titles(await search(core, 'TERRACE'))).toEqual(['Book the Café for Friday']);
    expect(titles(await search(core, 'home'))).toEqual(['Call the plumber']);
    expect(titles(await search(core, 'flights rome'))).toEqual(['Plan the trip']);
    expect(await search(core, 'flights paris')).toEqual([]);
  });

  it('matches the last word as a prefix while it is typed, whole words before it', async () => {
    const core = open();
    await add(core, { title: 'Renew passport' });
    await add(core, { title: 'Pass the salt' });
    expect(titles(await search(core, 'pass'))).toEqual(
      expect.arrayContaining(['Renew passport', 'Pass the salt']),
    );
    expect(titles(await search(core, 'passp'))).toEqual(['Renew passport']);
    // A finished word (followed by a space) is a whole word.
    expect(titles(await search(core, 'pass '))).toEqual(['Pass the salt']);
    expect(titles(await search(core, 'pass salt'))).toEqual(['Pass the salt']);
  });

  it("while only a word's first letters are typed, shows the newest matches first", async () => {
    const core = open();
    await add(core, { title: 'Passport photos' });
    await add(core, { title: 'Pass the salt' });
    await add(core, { title: 'Pasta for dinner' });
    expect(titles(await search(core, 'pas'))).toEqual([
      'Pasta for dinner',
      'Pass the salt',
      'Passport photos',
    ]);
  });

  it('keeps "quoted phrases" in order and leaves out -excluded words', async () => {
    const core = open();
    await add(core, { title: 'Buy milk and bread' });
    await add(core, { title: 'Buy bread and milk' });
    await add(core, { title: 'Buy oat milk' });
    expect(titles(await search(core, '"milk and bread"'))).toEqual(['Buy milk and bread']);
    expect(titles(await search(core, 'milk -bread'))).toEqual(['Buy oat milk']);
    expect(titles(await search(core, 'milk -"oat milk" -"and bread"'))).toEqual([
      'Buy bread and milk',
    ]);
    // Only exclusions, or nothing searchable: no results, no error.
    expect(await search(core, '-milk')).toEqual([]);
    expect(await search(core, '  !!! ')).toEqual([]);
  });

  it('marks the matched words in the title and the snippet', async () => {
    const core = open();
    await add(core, {
      title: 'Call Ana about the lease',
      description: 'She said the landlord wants the deposit by Friday',
    });
    const [hit] = await search(core, 'landlord');
    expect(hit).toMatchObject({ kind: 'task', title: 'Call Ana about the lease', titleMarks: [] });
    expect(hit!.snippet).toContain('landlord');
    expect(marked(hit!.snippet, hit!.marks)).toEqual(['landlord']);
    const [byTitle] = await search(core, 'lea');
    expect(byTitle?.kind === 'task' && marked(byTitle.title, byTitle.titleMarks)).toEqual([
      'lease',
    ]);
  });

  it('ranks title matches above description matches, and pending above completed', async () => {
    const core = open();
    const done = await add(core, { title: 'Garden: water the roses' });
    await ok(core.handlers['tasks.setCompleted']({ id: done.id, completed: true }));
    await add(core, { title: 'Weekend', description: 'Roses for mum, and a card' });
    await add(core, { title: 'Prune the roses' });
    expect(titles(await search(core, 'roses'))).toEqual([
      'Prune the roses',
      'Garden: water the roses',
      'Weekend',
    ]);
  });

  it('keeps up with renames, label changes, deletes and restores', async () => {
    const core = open();
    const task = await add(core, { title: 'Draft the report', labels: ['work'] });
    await ok(core.handlers['tasks.update']({ id: task.id, title: 'Draft the summary' }));
    expect(await search(core, 'report')).toEqual([]);
    expect(titles(await search(core, 'summary'))).toEqual(['Draft the summary']);
    await ok(core.handlers['tasks.update']({ id: task.id, labels: ['q4', 'finance'] }));
    expect(await search(core, 'work')).toEqual([]);
    expect(titles(await search(core, 'finance'))).toEqual(['Draft the summary']);
    await ok(core.handlers['tasks.update']({ id: task.id, description: 'numbers from Lea' }));
    expect(titles(await search(core, 'numbers'))).toEqual(['Draft the summary']);
    await ok(core.handlers['tasks.delete']({ id: task.id }));
    expect(await search(core, 'summary')).toEqual([]);
    await ok(core.handlers['tasks.restore']({ id: task.id }));
    expect(titles(await search(core, 'finance numbers summary'))).toEqual(['Draft the summary']);
    // The index agrees with the tasks word for word (it would not after a wrong update).
    core.db.prepare(`INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('integrity-check', 1)`).run();
    await ok(core.handlers['tasks.delete']({ id: task.id }));
    await ok(core.handlers['trash.purge']({ id: task.id }));
    core.db.prepare(`INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('integrity-check', 1)`).run();
  });

  it("never shows another account's tasks", async () => {
    const core = open();
    await add(core, { title: 'Mine: water plants' });
    core.db
      .prepare(`INSERT INTO tasks (user_id, title) VALUES ('someone-else', 'Theirs: water plants')`)
      .run();
    expect(titles(await search(core, 'water'))).toEqual(['Mine: water plants']);
  });
});

describe("the task list's filter box", () => {
  it('narrows any list by words, with its counts, order and paging', async () => {
    const core = open();
    await add(core, { title: 'Call the plumber', labels: ['home'], dueDate: '2020-01-02' });
    await add(core, {
      title: 'Buy paint',
      description: 'white for the hall',
      dueDate: '2020-01-01',
    });
    await add(core, { title: 'Walk the dog' });
    const page = (input: Omit<ChannelInput<'tasks.page'>, 'offset' | 'limit'>) =>
      ok(core.handlers['tasks.page']({ offset: 0, limit: 50, ...input }));
    const found = await page({ status: 'pending', due: 'today', words: 'h' });
    expect(found.items.map((t) => t.title)).toEqual(['Buy paint', 'Call the plumber']);
    expect(found.total).toBe(2);
    expect((await page({ status: 'all', words: 'hall' })).items.map((t) => t.title)).toEqual([
      'Buy paint',
    ]);
    expect((await page({ status: 'all', words: '!!' })).total).toBe(0);
    expect((await page({ status: 'all', words: '  ' })).total).toBe(3);
    expect((await ok(core.handlers['tasks.list']({ words: 'dog' }))).map((t) => t.title)).toEqual([
      'Walk the dog',
    ]);
  });
});

describe('finding messages', () => {
  it('finds what was said weeks ago, with its conversation, and never tool receipts', async () => {
    const core = open();
    const old = conversation(core, 'Moving flat', [
      ['user', 'The landlord wants the keys back by the 30th', '2026-10-01T09:00:00.000Z'],
      ['assistant', 'Noted. Want a task for the keys?', '2026-10-01T09:00:01.000Z'],
      ['tool', '{"tool":"add_task","landlord":"landlord"}', '2026-10-01T09:00:02.000Z'],
    ]);
    const said: [string, string, string][] = [];
    for (let i = 0; i < 200; i++) {
      said.push([
        'user',
        `Message number ${i} about groceries`,
        `2026-11-${10 + (i % 15)}T10:00:00.000Z`,
      ]);
    }
    conversation(core, 'Groceries', said);
    const items = await search(core, 'landlord', 'messages');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'message',
      conversationId: old,
      role: 'user',
      title: 'Moving flat',
    });
    expect(marked(items[0]!.snippet, items[0]!.marks)).toEqual(['landlord']);
    // Scope: tasks only finds none of it.
    expect(await search(core, 'landlord', 'tasks')).toEqual([]);
  });

  it("forgets a deleted conversation's messages", async () => {
    const core = open();
    const id = conversation(core, 'Secrets', [
      ['user', 'the wifi password is swordfish', '2026-11-01T00:00:00.000Z'],
    ]);
    expect(await search(core, 'swordfish')).toHaveLength(1);
    await ok(core.handlers['conversations.delete']({ id }));
    expect(await search(core, 'swordfish')).toEqual([]);
  });

  it('finds what was said through the chat', async () => {
    const core = open();
    const { conversationId } = await ok(
      core.handlers['chat.send']({ text: 'add a task to call the dentist' }),
    );
    const items = await search(core, 'dentist');
    expect(items.filter((i) => i.kind === 'task')).toHaveLength(1);
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'message', conversationId, role: 'user' }),
    );
  });
});

describe('the assistant', () => {
  it('answers "what did I say about …?" from earlier conversations, without changing anything', async () => {
    const core = open();
    conversation(core, 'Moving flat', [
      ['user', 'The landlord wants the keys back by the 30th', '2026-10-01T09:00:00.000Z'],
    ]);
    await add(core, { title: 'Plan the trip', description: 'Lisbon in May' });
    await add(core, { title: 'Water the plants' });
    const before = core.db.prepare('SELECT count(*) FROM tasks').pluck().get();
    const say = async (text: string) => (await ok(core.handlers['chat.send']({ text }))).reply;
    const recalled = await say('what did I say about the landlord?');
    expect(recalled).toMatch(/The landlord wants the keys back by the 30th/);
    expect(recalled).toMatch(/Moving flat/);
    expect(await say('when did I mention the keys')).toMatch(/keys back by the 30th/);
    // Asked again: the earlier question and its answer are not what was said.
    const again = await say('what did I say about the landlord?');
    expect(again.match(/^- /gm)).toHaveLength(1);
    expect(await say('did I ever mention the dentist?')).toMatch(/couldn't find anything/);
    const found = await say('find my tasks about the trip');
    expect(found).toMatch(/Plan the trip/);
    expect(found).not.toMatch(/Water the plants/);
    expect(core.db.prepare('SELECT count(*) FROM tasks').pluck().get()).toBe(before);
  });
});

describe('any text is a valid search', () => {
  it('FTS5 syntax typed by a person is searched for, never an error', async () => {
    const core = open();
    await add(core, {
      title: 'NEAR the AND gate (part 2)*',
      description: 'title: "quoted" ^start',
    });
    for (const q of [
      'NEAR(',
      'AND',
      'OR OR',
      '"',
      '""',
      '(part',
      'title:',
      '^start',
      '*',
      'a*b',
      '-',
      '--x',
      '"unclosed phrase',
      'part 2)*',
      "it's",
      '\\',
      '{title}: x',
      'NOT',
      '+',
    ]) {
      const result = await core.handlers.search({ query: q });
      expect(result.ok, q).toBe(true);
    }
    expect(titles(await search(core, 'NEAR('))).toEqual(['NEAR the AND gate (part 2)*']);
    expect(titles(await search(core, 'title: quoted'))).toEqual(['NEAR the AND gate (part 2)*']);
  });

  it('fuzzed: every string is answered without an error and changes nothing', async () => {
    const core = open();
    await add(core, { title: 'Something to find', description: 'with words' });
    const before = core.db.prepare('SELECT total_changes()').pluck().get();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc
            .array(
              fc.constantFrom(
                '"',
                '-',
                '*',
                '(',
                ')',
                ':',
                '^',
                'NEAR',
                'AND',
                'OR',
                'NOT',
                'find',
                ' ',
                '\u0000',
                '{',
                '}',
                '+',
                "'",
              ),
              { maxLength: 12 },
            )
            .map((a) => a.join('')),
        ),
        async (q) => {
          const result = await core.handlers.search({ query: q });
          expect(result.ok).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
    expect(core.db.prepare('SELECT total_changes()').pluck().get()).toBe(before);
  });

  it('refuses an oversize search with a clear message', async () => {
    const core = open();
    const result = await core.handlers.search({ query: 'x'.repeat(501) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!result.ok && result.error.message).toMatch(/under 500 characters/);
  });
});

describe('the migration', () => {
  it('builds the index for tasks, labels and messages already in the database', () => {
    const dir = makeTempDir();
    const all = readMigrations(migrationsDir);
    const at = all.findIndex((m) => m.tag.endsWith('_search'));
    const db = new Database(path.join(dir, 'filled.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, all.slice(0, at), path.join(dir, 'backups'));
    const task = (title: string, description = '') =>
      Number(
        db
          .prepare(`INSERT INTO tasks (user_id, title, description) VALUES ('me', ?, ?)`)
          .run(title, description).lastInsertRowid,
      );
    const trip = task('Plan the trip', 'Lisbon in spring');
    task('Unrelated');
    const label = Number(
      db.prepare(`INSERT INTO labels (user_id, name) VALUES ('me', 'travel')`).run()
        .lastInsertRowid,
    );
    db.prepare(`INSERT INTO task_labels (task_id, label_id) VALUES (?, ?)`).run(trip, label);
    const c = db.prepare(`INSERT INTO conversations (user_id) VALUES ('me')`).run().lastInsertRowid;
    db.prepare(
      `INSERT INTO messages (conversation_id, user_id, role, content) VALUES (?, 'me', 'user', 'remind me about the landlord')`,
    ).run(c);
    db.prepare(
      `INSERT INTO messages (conversation_id, user_id, role, content) VALUES (?, 'me', 'tool', '{"landlord":1}')`,
    ).run(c);
    migrate(db, all, path.join(dir, 'backups'));
    const search = new SearchService(db, 'me');
    expect(search.search('lisbon').items.map((i) => i.id)).toEqual([trip]);
    expect(search.search('travel').items.map((i) => i.id)).toEqual([trip]);
    expect(search.search('landlord').items).toEqual([
      expect.objectContaining({ kind: 'message', title: 'remind me about the landlord' }),
    ]);
    expect(
      db.prepare(`INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('integrity-check', 1)`).run(),
    ).toBeTruthy();
    db.close();
  });
});
