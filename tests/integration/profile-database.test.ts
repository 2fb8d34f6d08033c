import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closedCleanly } from '../../electron/core/db/clean-close.ts';
import { migrate, readMigrations } from '../../electron/core/db/migrations.ts';
import { makeTempDir, tempCoresPerTest } from '../helpers/temp-profile.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';

const open = tempCoresPerTest();
const mode = (file: string) => fs.statSync(file).mode & 0o777;
const posix = process.platform !== 'win32';

describe('a new profile', () => {
  it('creates the schema with its indexes at the current version', () => {
    const core = open();
    const names = core.db
      .prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name`)
      .pluck()
      .all();
    expect(names).toEqual(
      expect.arrayContaining([
        'tasks',
        'conversations',
        'messages',
        'profile_meta',
        'tasks_completed_user_idx',
        'tasks_due_idx',
        'messages_conversation_id_idx',
      ]),
    );
    const planOf = (sql: string) =>
      core.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
    // Pages of every task (and of pending or completed ones, of a label, of what an export has
    // not written yet) come in id order, not from sorting the whole table.
    for (const where of [
      ``,
      `AND completed = 0`,
      `AND completed = 1`,
      `AND id IN (SELECT task_id FROM task_labels WHERE label_id = 1)`,
      `AND priority = 1`,
      `AND due_date IS NULL`,
      `AND id > 500`,
    ])
      expect(
        planOf(`SELECT * FROM tasks WHERE user_id = 'me' ${where} ORDER BY id LIMIT 100`),
        where,
      ).not.toMatch(/TEMP B-TREE/);
    // The owner is one account: the pages of all tasks do without an index; pages of pending or
    // completed tasks check it in their index, never row by row.
    const dueIndex = core.db
      .prepare(`SELECT sql FROM sqlite_master WHERE name = 'tasks_due_idx'`)
      .pluck()
      .get();
    for (const status of [0, 1])
      expect(
        planOf(
          `SELECT * FROM tasks WHERE user_id = 'me' AND completed = ${status} ORDER BY id LIMIT 100 OFFSET 5000`,
        ),
      ).toMatch(/USING INDEX tasks_completed_user_idx \(completed=\? AND user_id=\?\)/);
    // The views by date read the index of dated tasks only (most tasks have no date).
    for (const where of [
      `due_date <= '2026-01-01'`,
      `due_date < '2026-01-01'`,
      `due_date >= '2026-01-01' AND due_date < '2026-01-08'`,
      `due_date IS NOT NULL`,
    ])
      expect(
        planOf(`SELECT id FROM tasks WHERE user_id = 'me' AND completed = 0 AND ${where}`),
        where,
      ).toMatch(/USING (COVERING )?INDEX tasks_due_idx/);
    expect(dueIndex).toMatch(/WHERE "tasks"."due_date" IS NOT NULL/);
    // Threads are paged by id; the old index by time only slowed every message down.
    expect(names).not.toContain('messages_conversation_created_idx');
    expect(core.db.pragma('user_version', { simple: true })).toBe(
      readMigrations(migrationsDir).length,
    );
  });

  it('uses WAL, full sync and foreign keys', () => {
    const core = open();
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(core.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it.runIf(posix)('is readable only by its owner: folder 0700, files 0600', async () => {
    const core = open();
    await core.handlers['tasks.create']({ title: 'private' });
    expect(mode(core.paths.dir)).toBe(0o700);
    expect(mode(core.paths.backups)).toBe(0o700);
    for (const f of [
      core.paths.database,
      `${core.paths.database}-wal`,
      `${core.paths.database}-shm`,
    ]) {
      expect(mode(f), f).toBe(0o600);
    }
  });

  it.runIf(posix)('tightens loosened permissions at the next start', () => {
    const first = open();
    first.close();
    fs.chmodSync(first.paths.dir, 0o755);
    fs.chmodSync(first.paths.database, 0o644);
    const again = open({ profileDir: first.dir });
    expect(mode(again.paths.dir)).toBe(0o700);
    expect(mode(again.paths.database)).toBe(0o600);
  });

  it('records the OS account that owns it', () => {
    const core = open();
    const owner = JSON.parse(
      core.db.prepare(`SELECT value FROM profile_meta WHERE key = 'owner'`).pluck().get() as string,
    );
    expect(owner).toEqual({ uid: core.account.uid, username: core.account.username });
  });
});

describe('opening an existing profile', () => {
  it('keeps tasks across restarts', async () => {
    const first = open();
    await first.handlers['tasks.create']({ title: 'Survives restart' });
    first.close();
    const again = open({ profileDir: first.dir });
    const list = await again.handlers['tasks.list']({});
    expect(list).toMatchObject({ ok: true, value: [{ title: 'Survives restart' }] });
  });

  it("refuses a profile owned by another account and doesn't touch it", async () => {
    const first = open();
    await first.handlers['tasks.create']({ title: 'Not yours' });
    first.close();
    const before = fs.readFileSync(first.paths.database);
    const stranger = { uid: first.account.uid + 1, username: 'stranger', userId: 'stranger' };
    expect(() => open({ profileDir: first.dir, account: stranger })).toThrow(/another account/);
    expect(fs.readFileSync(first.paths.database).equals(before)).toBe(true);
  });

  it('refuses a database written by a newer version, changing nothing', async () => {
    const first = open();
    await first.handlers['tasks.create']({ title: 'From the future' });
    first.close();
    const raw = new Database(first.paths.database);
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(first.paths.database);
    expect(() => open({ profileDir: first.dir })).toThrow(/newer version/);
    expect(fs.readFileSync(first.paths.database).equals(before)).toBe(true);
    const check = new Database(first.paths.database, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    check.close();
  });
});

describe('the look for damage at start', () => {
  const closed = (core: ReturnType<typeof open>) => {
    core.tasks.create({ title: 'Kept' });
    core.close();
    return core.paths.database;
  };

  it('is skipped only for a file closed cleanly and untouched since, once', () => {
    const file = closed(open());
    expect(fs.existsSync(`${file}-closed`)).toBe(true);
    expect(closedCleanly(file)).toBe(true);
    // the mark is used up: a session that ends in a crash leaves none
    expect(closedCleanly(file)).toBe(false);
  });

  it('runs when a byte changed, even with the same size and time', () => {
    const file = closed(open());
    const { mtime } = fs.statSync(file);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    fs.utimesSync(file, mtime, mtime);
    expect(closedCleanly(file)).toBe(false);
  });

  it('runs after a crash (no clean close) and when a log was left behind', () => {
    const crashed = open();
    crashed.tasks.create({ title: 'Written' });
    expect(closedCleanly(crashed.paths.database)).toBe(false);
    crashed.close();
    const file = crashed.paths.database;
    fs.writeFileSync(`${file}-wal`, 'left over');
    expect(closedCleanly(file)).toBe(false);
  });

  it('finds damage done after a clean close and puts the backup back', () => {
    const core = open();
    core.tasks.create({ title: 'Backed up' });
    core.backups.create();
    const file = closed(core);
    const bytes = fs.readFileSync(file);
    bytes.fill(7, 0, 100);
    fs.writeFileSync(file, bytes);
    const again = open({ profileDir: core.dir });
    expect(again.recovery?.restoredBackupFrom).toBeTruthy();
    expect(again.tasks.list('all').map((t) => t.title)).toEqual(['Backed up']);
  });
});

describe('migrations', () => {
  // A later migration that rebuilds the parent table the way drizzle-kit does for SQLite. With
  // foreign keys on, DROP TABLE conversations would cascade and wipe every message.
  const rebuildConversations = {
    tag: '9999_rebuild_conversations',
    statements: [
      `CREATE TABLE __new_conversations (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, user_id text NOT NULL, title text, pinned integer DEFAULT 0 NOT NULL, created_at text NOT NULL, updated_at text NOT NULL)`,
      `INSERT INTO __new_conversations (id, user_id, title, created_at, updated_at) SELECT id, user_id, title, created_at, updated_at FROM conversations`,
      `DROP TABLE conversations`,
      `ALTER TABLE __new_conversations RENAME TO conversations`,
    ],
  };

  it('moves a filled database forward with every row intact, after a backup', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'filled.sqlite');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const current = readMigrations(migrationsDir);
    migrate(db, current, path.join(dir, 'backups'));
    db.prepare(`INSERT INTO tasks (user_id, title) VALUES ('me', 'Keep me')`).run();
    const convo = db
      .prepare(`INSERT INTO conversations (user_id, title) VALUES ('me', 'Chat')`)
      .run();
    for (let i = 0; i < 20; i++) {
      db.prepare(
        `INSERT INTO messages (conversation_id, user_id, role, content) VALUES (?, 'me', 'user', ?)`,
      ).run(convo.lastInsertRowid, `message ${i}`);
    }

    const result = migrate(db, [...current, rebuildConversations], path.join(dir, 'backups'));

    expect(result).toMatchObject({ from: current.length, to: current.length + 1 });
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(20);
    expect(db.prepare('SELECT title FROM tasks').pluck().all()).toEqual(['Keep me']);
    expect(db.prepare('SELECT pinned FROM conversations').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(result.backup && fs.existsSync(result.backup)).toBe(true);
    const backup = new Database(result.backup!, { readonly: true });
    expect(backup.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(20);
    backup.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('every committed migration keeps the rows of a database filled at the version before it', () => {
    const all = readMigrations(migrationsDir);
    for (let version = 1; version < all.length; version++) {
      const dir = makeTempDir();
      const db = new Database(path.join(dir, `v${version}.sqlite`));
      db.pragma('foreign_keys = ON');
      migrate(db, all.slice(0, version), path.join(dir, 'backups'));
      for (let i = 0; i < 50; i++) {
        db.prepare(`INSERT INTO tasks (user_id, title, completed) VALUES ('me', ?, ?)`).run(
          `Task ${i}`,
          i % 2,
        );
        const c = db
          .prepare(`INSERT INTO conversations (user_id, title) VALUES ('me', ?)`)
          .run(`Chat ${i}`);
        db.prepare(
          `INSERT INTO messages (conversation_id, user_id, role, content) VALUES (?, 'me', 'user', 'hi')`,
        ).run(c.lastInsertRowid);
      }
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      const before = ['tasks', 'conversations', 'messages'].map(count);
      const result = migrate(db, all, path.join(dir, 'backups'));
      expect(result, `from v${version}`).toMatchObject({ from: version, to: all.length });
      expect(['tasks', 'conversations', 'messages'].map(count), `from v${version}`).toEqual(before);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rolls a failing migration back completely', () => {
    const dir = makeTempDir();
    const db = new Database(path.join(dir, 'x.sqlite'));
    const current = readMigrations(migrationsDir);
    migrate(db, current, dir);
    db.prepare(`INSERT INTO tasks (user_id, title) VALUES ('me', 'Still here')`).run();
    const broken = {
      tag: '9999_broken',
      statements: ['DROP TABLE tasks', 'SELECT nonsense FROM nowhere'],
    };
    expect(() => migrate(db, [...current, broken], dir)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(current.length);
    expect(db.prepare('SELECT title FROM tasks').pluck().all()).toEqual(['Still here']);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
