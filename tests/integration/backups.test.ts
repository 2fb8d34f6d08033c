import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from '../helpers/temp-profile.ts';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const titles = () => core.tasks.list('all').map((t) => t.title);

describe('backups', () => {
  it('restore puts back the tasks and conversations of a backup, and can itself be undone', async () => {
    core.tasks.create({ title: 'Keep me' });
    await core.chat.say('Add a task to remember this', { newConversation: true });
    const made = await core.handlers['backups.create']({});
    expect(made).toMatchObject({ ok: true, value: { reason: 'manual' } });

    core.tasks.delete(1);
    core.tasks.create({ title: 'Added later' });
    const events: unknown[] = [];
    core.events.on('tasks.changed', (e) => events.push(e));

    const restored = await core.handlers['backups.restore']({ id: made.ok ? made.value.id : '' });
    expect(restored).toMatchObject({ ok: true, value: { tasks: 2, conversations: 1 } });
    expect(titles()).toEqual(['Keep me', 'Remember this']);
    expect(core.chat.list(10, 0).items).toHaveLength(1);
    expect(events).toContainEqual({ reason: 'restored', ids: [] });
    expect(core.db.pragma('foreign_key_check')).toEqual([]);

    // The state before the restore was kept: restoring it undoes the restore.
    const undo = restored.ok ? restored.value.undoBackup : '';
    await core.handlers['backups.restore']({ id: undo });
    expect(titles()).toEqual(['Remember this', 'Added later']);
  });

  it('a new task after a restore never reuses a number', async () => {
    core.tasks.create({ title: 'One' });
    const made = core.backups.create();
    core.tasks.create({ title: 'Two' });
    core.backups.restore(made.id);
    expect(core.tasks.create({ title: 'Three' }).id).toBe(3);
  });

  it('refuses an unknown or damaged backup and changes nothing', async () => {
    core.tasks.create({ title: 'Untouched' });
    expect(await core.handlers['backups.restore']({ id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const made = core.backups.create();
    fs.writeFileSync(`${core.paths.backups}/${made.id}`, 'garbage'.repeat(1000));
    expect(await core.handlers['backups.restore']({ id: made.id })).toMatchObject({
      ok: false,
      error: { code: 'STORAGE' },
    });
    expect(titles()).toEqual(['Untouched']);
  });

  it('keeps a bounded number of copies, each private to this account', async () => {
    for (let i = 0; i < 8; i++) {
      core.backups.create();
      await new Promise((r) => setTimeout(r, 2));
    }
    const list = core.backups.list().filter((b) => b.reason === 'manual');
    expect(list).toHaveLength(5);
    if (process.platform !== 'win32') {
      for (const b of list)
        expect(fs.statSync(`${core.paths.backups}/${b.id}`).mode & 0o777).toBe(0o600);
    }
  });

  it('backs up on a schedule only when something changed', async () => {
    const stop = core.backups.schedule(20);
    try {
      core.tasks.create({ title: 'Change' });
      await new Promise((r) => setTimeout(r, 120));
      const scheduled = () => core.backups.list().filter((b) => b.reason === 'scheduled').length;
      expect(scheduled()).toBe(1);
      await new Promise((r) => setTimeout(r, 120));
      expect(scheduled()).toBe(1);
    } finally {
      stop();
    }
  });
});
