// One undo history for the task list and the chat, and a Trash that keeps deleted tasks: nothing
// is lost by a click, and undo never overwrites a newer change.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../electron/core/db/migrations.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';
import type { Task } from '../../electron/shared/task.ts';
import {
  makeTempDir,
  openTempCore,
  tempCoresPerTest,
  type TempCore,
} from '../helpers/temp-profile.ts';
import { ok } from '../helpers/result.ts';

const open = tempCoresPerTest();

const titles = (core: TempCore) => core.tasks.list('all').map((t) => t.title);
const add = (core: TempCore, title: string) => ok(core.handlers['tasks.create']({ title }));
const undo = (core: TempCore) => core.handlers['history.undo']({});
const say = async (core: TempCore, text: string, conversationId?: number) =>
  ok(core.handlers['chat.send']({ text, ...(conversationId ? { conversationId } : {}) }));

describe('the Trash', () => {
  it('keeps a deleted task, lists it newest first, and puts it back in its place', async () => {
    const core = open();
    for (const t of ['First', 'Second', 'Third']) await add(core, t);
    await ok(core.handlers['tasks.setCompleted']({ id: 2, completed: true }));
    await ok(core.handlers['tasks.delete']({ id: 2 }));
    await ok(core.handlers['tasks.delete']({ id: 3 }));
    expect(titles(core)).toEqual(['First']);
    const trash = await ok(core.handlers['trash.page']({}));
    expect(trash.total).toBe(2);
    expect(trash.items.map((t) => t.title)).toEqual(['Third', 'Second']);
    expect((await ok(core.handlers['tasks.counts']({}))).trash).toBe(2);

    const back = await ok(core.handlers['tasks.restore']({ id: 2 }));
    expect(back).toMatchObject({ id: 2, title: 'Second', completed: true });
    expect(titles(core)).toEqual(['First', 'Second']);
    expect((await ok(core.handlers['trash.page']({}))).items.map((t) => t.id)).toEqual([3]);
  });

  it('deletes for good only from the Trash, one task or all of them', async () => {
    const core = open();
    for (const t of ['A', 'B', 'C']) await add(core, t);
    for (const id of [1, 2, 3]) await ok(core.handlers['tasks.delete']({ id }));
    expect(await ok(core.handlers['trash.purge']({ id: 1 }))).toEqual({ id: 1 });
    expect(await core.handlers['trash.purge']({ id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await ok(core.handlers['trash.empty']({}))).toEqual({ deleted: 2 });
    expect((await ok(core.handlers['trash.page']({}))).total).toBe(0);
    // Gone for good: undoing the deletes can't bring them back, and says so.
    const result = await ok(undo(core));
    expect(result.summary).toMatch(/deleted for good/);
    expect(titles(core)).toEqual([]);
  });

  it('a task can be purged only while it is in the Trash (a listed task is refused)', async () => {
    const core = open();
    await add(core, 'Keep me');
    expect(await core.handlers['trash.purge']({ id: 1 })).toMatchObject({ ok: false });
    expect(titles(core)).toEqual(['Keep me']);
  });

  it('empties itself of what it has held for 30 days, at the next start', () => {
    const core = open();
    const dir = core.dir;
    for (const t of ['Old', 'Recent']) core.tasks.create({ title: t });
    core.tasks.delete(1);
    core.tasks.delete(2);
    const old = new Date(Date.now() - 31 * 86_400_000).toISOString();
    core.db.prepare(`UPDATE trash SET deleted_at = ? WHERE task_id = 1`).run(old);
    core.close();
    const again = openTempCore({ profileDir: dir });
    try {
      expect(again.tasks.trashed().map((t) => t.title)).toEqual(['Recent']);
    } finally {
      again.close();
    }
  });
});

describe('one undo history for the task list and the chat', () => {
  it('walks back several steps, newest first, whoever made them', async () => {
    const core = open();
    await add(core, 'Buy milk');
    await add(core, 'Call mom');
    const { conversationId } = await say(core, 'mark buy milk as done');
    await ok(core.handlers['tasks.update']({ id: 2, title: 'Call mom tonight' }));
    await ok(core.handlers['tasks.delete']({ id: 1 }));

    // The toast or Ctrl+Z: the delete, then the rename.
    expect((await ok(undo(core))).summary).toMatch(/brought back “Buy milk”/);
    expect((await ok(undo(core))).summary).toMatch(/put “Call mom” back/);
    expect(titles(core)).toEqual(['Buy milk', 'Call mom']);
    // "undo" in chat reaches the next step back: the chat's own tick.
    const turn = await say(core, 'undo', conversationId);
    expect(turn.reply).toMatch(/Undone/);
    expect(core.tasks.get(1).completed).toBe(false);
    // Then the task list's adds.
    await say(core, 'undo', conversationId);
    expect(titles(core)).toEqual(['Buy milk']);
    await ok(undo(core));
    expect(titles(core)).toEqual([]);
    expect(await undo(core)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is nothing to undo.' },
    });
  });

  it('"undo" in chat takes back a delete made in the task list', async () => {
    const core = open();
    await add(core, 'Water the plants');
    const { conversationId } = await say(core, 'hello');
    await ok(core.handlers['tasks.delete']({ id: 1 }));
    const turn = await say(core, 'undo that', conversationId);
    expect(turn.reply).toMatch(/Water the plants/);
    expect(titles(core)).toEqual(['Water the plants']);
  });

  it('a correction in chat takes back its own change, not a click made since elsewhere', async () => {
    const core = open();
    for (const t of ['Buy bread', 'Buy oat milk', 'Walk the dog']) await add(core, t);
    const { conversationId } = await say(core, 'mark buy bread done');
    await ok(core.handlers['tasks.setCompleted']({ id: 3, completed: true }));
    await say(core, 'no, I meant the oat milk one', conversationId);
    const done = core.tasks.list('completed').map((t) => t.title);
    expect(done.sort()).toEqual(['Buy oat milk', 'Walk the dog']);
  });

  it('never overwrites a change made since: only untouched fields go back', async () => {
    const core = open();
    await add(core, 'Draft');
    await ok(core.handlers['tasks.update']({ id: 1, title: 'Draft v2', description: 'notes' }));
    // A script renames it meanwhile (the CLI's commands are not steps of the history).
    const script = openTempCore({ profileDir: core.dir, undoAppChanges: false });
    try {
      script.tasks.update({ id: 1, title: 'Final' });
    } finally {
      script.close();
    }
    const result = await ok(undo(core));
    expect(core.tasks.get(1)).toMatchObject({ title: 'Final', description: '' });
    expect(result.summary).toMatch(/except its title \(changed again since\)/);
    // When every field changed since, nothing is written and the reply says so.
    await ok(core.handlers['tasks.setCompleted']({ id: 1, completed: true }));
    const again = openTempCore({ profileDir: core.dir, undoAppChanges: false });
    try {
      again.tasks.setCompleted(1, false);
    } finally {
      again.close();
    }
    const before = core.tasks.get(1);
    expect((await ok(undo(core))).summary).toMatch(/left “Final” as it is/);
    expect(core.tasks.get(1)).toEqual(before);
  });

  it('an undone add waits in the Trash, changed since or not', async () => {
    const core = open();
    const { conversationId } = await say(core, 'add book the vet');
    await say(core, 'undo', conversationId);
    expect(titles(core)).toEqual([]);
    expect(core.tasks.trashed()).toMatchObject([{ title: 'Book the vet' }]);

    await say(core, 'add call the plumber', conversationId);
    // A script changes it (the CLI's commands are not steps of the history).
    const script = openTempCore({ profileDir: core.dir, undoAppChanges: false });
    try {
      script.tasks.update({ id: 2, description: 'ask about the boiler too' });
    } finally {
      script.close();
    }
    expect((await ok(undo(core))).summary).toMatch(/removed “Call the plumber” again/);
    expect(titles(core)).toEqual([]);
    expect(core.tasks.trashed()[0]).toMatchObject({ description: 'ask about the boiler too' });
  });

  it('a failed write leaves the history as it was', async () => {
    const core = open();
    await add(core, 'One');
    const before = core.db.prepare('SELECT count(*) FROM undo_history').pluck().get();
    expect(await core.handlers['tasks.update']({ id: 7, title: 'x' })).toMatchObject({
      ok: false,
    });
    expect(await core.handlers['tasks.delete']({ id: 7 })).toMatchObject({ ok: false });
    expect(core.db.prepare('SELECT count(*) FROM undo_history').pluck().get()).toBe(before);
  });
});

describe('the assistant and the Trash', () => {
  it('brings back one of several tasks deleted separately, by its words', async () => {
    const core = open();
    for (const t of ['Book the cattery', 'Renew the car tax', 'Buy cat food']) await add(core, t);
    const { conversationId } = await say(core, 'delete the cattery one');
    await ok(core.handlers['chat.answer']({ conversationId, accept: true }));
    await say(core, 'delete renew the car tax', conversationId);
    await ok(core.handlers['chat.answer']({ conversationId, accept: true }));
    expect(titles(core)).toEqual(['Buy cat food']);
    const turn = await say(core, 'put the cattery one back', conversationId);
    expect(turn.reply).toMatch(/Book the cattery/);
    expect(titles(core)).toEqual(['Book the cattery', 'Buy cat food']);
  });
});

describe('the shared history on disk', () => {
  it('survives a restart: undo after reopening takes back the last change', async () => {
    const core = open();
    await add(core, 'Persist me');
    await ok(core.handlers['tasks.delete']({ id: 1 }));
    const dir = core.dir;
    core.close();
    const again = openTempCore({ profileDir: dir });
    try {
      expect((await ok(again.handlers['history.undo']({}))).summary).toMatch(/Persist me/);
      expect(again.tasks.list('all').map((t: Task) => t.title)).toEqual(['Persist me']);
    } finally {
      again.close();
    }
  });

  it("moves the assistant's old undo journal into the shared history when upgrading", () => {
    const dir = makeTempDir();
    const db = new Database(path.join(dir, 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    const all = readMigrations(migrationsDir);
    const at = all.findIndex((m) => m.tag.startsWith('0006'));
    migrate(db, all.slice(0, at), path.join(dir, 'backups'));
    db.prepare(`INSERT INTO tasks (user_id, title) VALUES ('me', 'Renamed')`).run();
    db.prepare(`INSERT INTO conversations (user_id, title) VALUES ('me', 'Chat')`).run();
    const journal = db.prepare(
      `INSERT INTO agent_actions (conversation_id, user_id, batch_id, tool, task_id, before, after, undone)
       VALUES (1, 'me', ?, ?, 1, ?, ?, ?)`,
    );
    journal.run(7, 'add_task', null, '{"id":1}', 1);
    journal.run(9, 'update_task', '{"id":1,"title":"Old"}', '{"id":1,"title":"Renamed"}', 0);
    migrate(db, all, path.join(dir, 'backups'));
    expect(
      db
        .prepare(
          `SELECT step, source, conversation_id AS c, tool, undone FROM undo_history ORDER BY id`,
        )
        .all(),
    ).toEqual([
      { step: 'm7', source: 'chat', c: 1, tool: 'add_task', undone: 1 },
      { step: 'm9', source: 'chat', c: 1, tool: 'update_task', undone: 0 },
    ]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'agent_actions'`).get()).toBe(
      undefined,
    );
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
