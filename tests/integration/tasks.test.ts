import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../electron/shared/task.ts';
import { openTempCore, snapshotDatabase, type TempCore } from '../helpers/temp-profile.ts';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const call = async <T>(promise: Promise<{ ok: boolean; value?: T; error?: unknown }>) => {
  const result = await promise;
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
};
const add = (title: string, description?: string) =>
  call<Task>(
    core.handlers['tasks.create']({ title, ...(description === undefined ? {} : { description }) }),
  );

describe('task titles', () => {
  it('keeps a one-character title and a 200-character title', async () => {
    expect((await add('x')).title).toBe('x');
    expect((await add('a'.repeat(200))).title).toHaveLength(200);
  });

  it('refuses an empty, whitespace-only or 201-character title and changes nothing', async () => {
    await add('existing');
    const before = snapshotDatabase(core);
    for (const title of ['', '   ', '\t \t', 'a'.repeat(201)]) {
      const result = await core.handlers['tasks.create']({ title });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    expect(snapshotDatabase(core)).toBe(before);
  });

  it('says why a title is refused, in words', async () => {
    const long = await core.handlers['tasks.create']({ title: 'a'.repeat(201) });
    expect(long).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/200 characters/) },
    });
    const blank = await core.handlers['tasks.create']({ title: '   ' });
    expect(blank).toMatchObject({ ok: false, error: { message: expect.stringMatching(/empty/) } });
  });

  it('trims surrounding space before counting', async () => {
    const task = await add(`   ${'b'.repeat(200)}   `);
    expect(task.title).toBe('b'.repeat(200));
  });

  it('counts emoji as one character each, as a person would', async () => {
    const coffee = await add('☕'.repeat(200));
    expect([...coffee.title]).toHaveLength(200);
    const family = await add('😀'.repeat(200)); // 400 UTF-16 units, 200 characters
    expect([...family.title]).toHaveLength(200);
    expect((await core.handlers['tasks.create']({ title: '😀'.repeat(201) })).ok).toBe(false);
  });

  it('stores other scripts exactly', async () => {
    for (const title of [
      'اشتري الحليب',
      '牛乳を買う',
      'Купить молоко',
      'café crème ☕',
      'ไปซื้อนม',
    ]) {
      const task = await add(title);
      expect((await call<Task>(core.handlers['tasks.get']({ id: task.id }))).title).toBe(title);
    }
  });

  it('stores SQL metacharacters as plain text', async () => {
    const nasty = [
      `Robert'); DROP TABLE tasks;--`,
      `" OR 1=1 --`,
      `%_\\`,
      `'; DELETE FROM tasks; '`,
    ];
    for (const title of nasty) expect((await add(title)).title).toBe(title);
    const list = await call<Task[]>(core.handlers['tasks.list']({}));
    expect(list.map((t) => t.title)).toEqual(nasty);
  });

  it('refuses control characters, line breaks in titles and unpaired surrogates', async () => {
    for (const title of ['a\u0000b', 'bell\u0007', 'two\nlines', 'half \ud800 pair']) {
      const result = await core.handlers['tasks.create']({ title });
      expect(result.ok, JSON.stringify(title)).toBe(false);
    }
    expect(await call<Task[]>(core.handlers['tasks.list']({}))).toEqual([]);
  });
});

describe('task descriptions', () => {
  it('accepts up to 1000 characters with line breaks and refuses 1001', async () => {
    const task = await add('Plan', 'line one\nline two');
    expect(task.description).toBe('line one\nline two');
    expect((await add('Max', 'd'.repeat(1000))).description).toHaveLength(1000);
    const result = await core.handlers['tasks.create']({
      title: 'Too much',
      description: 'd'.repeat(1001),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('listing', () => {
  it('lists all, pending and completed in a stable order', async () => {
    const a = await add('First');
    const b = await add('Second');
    const c = await add('Third');
    await call(core.handlers['tasks.setCompleted']({ id: b.id, completed: true }));
    const titles = async (status: 'all' | 'pending' | 'completed') =>
      (await call<Task[]>(core.handlers['tasks.list']({ status }))).map((t) => t.title);
    expect(await titles('all')).toEqual(['First', 'Second', 'Third']);
    expect(await titles('pending')).toEqual(['First', 'Third']);
    expect(await titles('completed')).toEqual(['Second']);
    expect(await call(core.handlers['tasks.counts']({}))).toEqual({
      all: 3,
      pending: 2,
      completed: 1,
      trash: 0,
      today: 0,
      overdue: 0,
      upcoming: 0,
    });
    expect([a.id, b.id, c.id]).toEqual([1, 2, 3]);
  });

  it('pages through a long list with totals per filter', async () => {
    core.db.transaction(() => {
      for (let i = 1; i <= 250; i++) core.tasks.create({ title: `Task ${i}` });
    })();
    for (let id = 2; id <= 250; id += 2) core.tasks.setCompleted(id, true);
    const page = await call<{ items: Task[]; total: number }>(
      core.handlers['tasks.page']({ status: 'pending', offset: 100, limit: 50 }),
    );
    expect(page.total).toBe(125);
    expect(page.items).toHaveLength(25);
    expect(page.items[0]!.title).toBe('Task 201');
  });
});

describe('changing tasks', () => {
  it('completes and reopens a task', async () => {
    const task = await add('Call mom');
    const done = await call<Task>(
      core.handlers['tasks.setCompleted']({ id: task.id, completed: true }),
    );
    expect(done.completed).toBe(true);
    const again = await call<Task>(
      core.handlers['tasks.setCompleted']({ id: task.id, completed: true }),
    );
    expect(again.updatedAt).toBe(done.updatedAt);
    const reopened = await call<Task>(
      core.handlers['tasks.setCompleted']({ id: task.id, completed: false }),
    );
    expect(reopened.completed).toBe(false);
  });

  it('edits the title and description separately', async () => {
    const task = await add('Call mom', 'about Sunday');
    const renamed = await call<Task>(
      core.handlers['tasks.update']({ id: task.id, title: 'Call mom tonight' }),
    );
    expect(renamed).toMatchObject({ title: 'Call mom tonight', description: 'about Sunday' });
    const described = await call<Task>(
      core.handlers['tasks.update']({ id: task.id, description: '' }),
    );
    expect(described).toMatchObject({ title: 'Call mom tonight', description: '' });
  });

  it('explains a missing task and which ones exist', async () => {
    await add('One');
    await add('Two');
    const result = await core.handlers['tasks.update']({ id: 9, title: 'Nope' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/Task 9.*1–2/) },
    });
  });

  it('undo brings a deleted task back in place, with its number and state', async () => {
    await add('First');
    const middle = await add('Middle', 'keep me');
    await add('Last');
    await call(core.handlers['tasks.setCompleted']({ id: middle.id, completed: true }));
    const deleted = await call<Task>(core.handlers['tasks.delete']({ id: middle.id }));
    const added = await add('Added after delete');
    expect(added.id).toBe(4); // numbers are never reused
    const restored = await call<Task>(core.handlers['tasks.restore']({ id: deleted.id }));
    expect(restored).toEqual(deleted);
    const titles = (await call<Task[]>(core.handlers['tasks.list']({}))).map((t) => t.title);
    expect(titles).toEqual(['First', 'Middle', 'Last', 'Added after delete']);
  });

  it('refuses to restore a task that is already there, never existed or was deleted for good', async () => {
    const task = await add('Only');
    expect(await core.handlers['tasks.restore']({ id: task.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await core.handlers['tasks.restore']({ id: 50 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/never existed/) },
    });
    await call(core.handlers['tasks.delete']({ id: task.id }));
    await call(core.handlers['trash.purge']({ id: task.id }));
    expect(await core.handlers['tasks.restore']({ id: task.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/deleted for good/) },
    });
  });

  it('announces every change so every window can refresh', async () => {
    const seen: unknown[] = [];
    core.events.on('tasks.changed', (e) => seen.push(e));
    const task = await add('Watch me');
    await call(core.handlers['tasks.update']({ id: task.id, title: 'Watched' }));
    await call(core.handlers['tasks.setCompleted']({ id: task.id, completed: true }));
    const deleted = await call<Task>(core.handlers['tasks.delete']({ id: task.id }));
    await call(core.handlers['tasks.restore']({ id: deleted.id }));
    expect(seen).toMatchObject([
      { reason: 'created', ids: [1], tasks: [{ title: 'Watch me' }] },
      { reason: 'updated', ids: [1], tasks: [{ title: 'Watched' }] },
      { reason: 'updated', ids: [1], tasks: [{ completed: true }] },
      { reason: 'deleted', ids: [1] },
      { reason: 'restored', ids: [1], tasks: [{ title: 'Watched', completed: true }] },
    ]);
  });

  it('never overwrites a field changed since editing began; other fields still save', async () => {
    const task = await add('Call the plumber', 'before noon');
    await call(core.handlers['tasks.update']({ id: task.id, title: 'Call the gas man' }));
    const before = snapshotDatabase(core);
    expect(
      await core.handlers['tasks.update']({
        id: task.id,
        title: 'Call the plumber about the boiler',
        expected: { title: 'Call the plumber' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/title changed elsewhere/) },
    });
    expect(snapshotDatabase(core)).toBe(before);
    // The description was not changed elsewhere: it saves, and the other title stays.
    const saved = await call<Task>(
      core.handlers['tasks.update']({
        id: task.id,
        description: 'after 5pm',
        expected: { description: 'before noon' },
      }),
    );
    expect(saved).toMatchObject({ title: 'Call the gas man', description: 'after 5pm' });
    // The same change made on both sides is no clash.
    await call(
      core.handlers['tasks.update']({
        id: task.id,
        title: 'Call the gas man',
        expected: { title: 'Call the plumber' },
      }),
    );
  });

  it('never takes the owner from the caller', async () => {
    const result = await core.handlers['tasks.create']({
      title: 'Sneaky',
      user_id: 'someone-else',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await add('Mine');
    const owners = core.db.prepare('SELECT DISTINCT user_id FROM tasks').pluck().all();
    expect(owners).toEqual([core.account.userId]);
  });
});

describe('counts', () => {
  it('stay exact through any sequence of changes (kept by triggers, checked against the rows)', async () => {
    const fc = (await import('fast-check')).default;
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), done: fc.boolean() }),
      fc.record({
        kind: fc.constantFrom(
          'complete' as const,
          'reopen' as const,
          'delete' as const,
          'restore' as const,
        ),
        pick: fc.nat(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const local = openTempCore();
        try {
          const deleted: Task[] = [];
          for (const o of ops) {
            const all = local.tasks.list('all');
            const target = all.length ? all[('pick' in o ? o.pick : 0) % all.length] : undefined;
            if (o.kind === 'add') {
              const t = local.tasks.create({ title: 'T' });
              if (o.done) local.tasks.setCompleted(t.id, true);
            } else if (o.kind === 'restore') {
              const t = deleted.pop();
              if (t) local.tasks.restore(t.id);
            } else if (target) {
              if (o.kind === 'delete') deleted.push(local.tasks.delete(target.id));
              else local.tasks.setCompleted(target.id, o.kind === 'complete');
            }
          }
          const all = local.tasks.list('all');
          const done = all.filter((t) => t.completed).length;
          expect(local.tasks.counts()).toEqual({
            all: all.length,
            pending: all.length - done,
            completed: done,
            trash: deleted.length,
            today: 0,
            overdue: 0,
            upcoming: 0,
          });
        } finally {
          local.cleanup();
        }
      }),
      { numRuns: 40 },
    );
  });
});
