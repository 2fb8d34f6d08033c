import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { openCore } from '../../electron/core/app-core.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { migrationsDir, repoRoot } from '../../electron/host/host-paths.ts';
import { makeTempDir } from '../helpers/temp-profile.ts';

const dir = makeTempDir('cli-');
const profile = path.join(dir, 'profile');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => {
  const r = spawnSync(
    process.execPath,
    ['electron/host/cli.ts', '--profile', profile, ...args, '--json'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return { status: r.status, value: JSON.parse(last) as Record<string, unknown> & unknown[] };
};

describe('the CLI', () => {
  it('adds, lists, completes, edits and removes tasks, printing one JSON value last', () => {
    expect(cli('tasks', 'add', 'Buy milk', '--description', '2 litres').value).toMatchObject({
      id: 1,
      title: 'Buy milk',
      description: '2 litres',
      completed: false,
    });
    cli('tasks', 'add', 'Call mom');
    expect(cli('tasks', 'done', '1').value).toMatchObject({ completed: true });
    expect(cli('tasks', 'list', '--status', 'pending').value).toMatchObject([
      { title: 'Call mom' },
    ]);
    expect(cli('tasks', 'edit', '2', '--title', 'Call mom tonight').value).toMatchObject({
      title: 'Call mom tonight',
    });
    expect(cli('tasks', 'reopen', '1').value).toMatchObject({ completed: false });
    expect(cli('tasks', 'rm', '1').value).toMatchObject({ id: 1 });
    expect(cli('tasks', 'list').value).toHaveLength(1);
  });

  it('keeps what it deletes in the Trash: restore puts it back, purge deletes for good', () => {
    const added = cli('tasks', 'add', 'Sort the garage').value;
    cli('tasks', 'rm', String(added.id));
    // Newest first (an earlier test's delete waits behind it).
    expect(cli('tasks', 'trash').value[0]).toMatchObject({
      id: added.id,
      title: 'Sort the garage',
      deletedAt: expect.any(String),
    });
    expect(cli('tasks', 'restore', String(added.id)).value).toMatchObject({
      id: added.id,
      title: 'Sort the garage',
    });
    cli('tasks', 'rm', String(added.id));
    expect(cli('tasks', 'purge', String(added.id)).value).toEqual({ id: added.id });
    const gone = cli('tasks', 'restore', String(added.id));
    expect(gone.status).not.toBe(0);
    expect(gone.value).toMatchObject({ error: { message: expect.stringMatching(/for good/) } });
    expect(cli('tasks', 'empty-trash').value).toMatchObject({ deleted: expect.any(Number) });
    expect(cli('tasks', 'trash').value).toEqual([]);
  });

  it('talks to the assistant, continues the latest conversation, and confirms with --yes', () => {
    const first = cli('say', 'Add a task to water the plants', '--new').value;
    expect(first).toMatchObject({
      reply: expect.stringContaining('Water the plants'),
      pendingConfirmation: null,
    });
    const asked = cli('say', 'delete it').value;
    expect(asked).toMatchObject({
      conversationId: first.conversationId,
      pendingConfirmation: { calls: [{ tool: 'delete_task' }] },
    });
    const done = execFileSync(
      process.execPath,
      ['electron/host/cli.ts', '--profile', profile, 'say', 'delete the plants task', '--yes'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(done).toMatch(/Deleted “Water the plants”/);
    expect(cli('conversations', 'list').value).toHaveLength(1);
  });

  it('searches tasks and messages: search QUERY [--scope] --json', () => {
    cli('tasks', 'add', 'Renew the passport', '--description', 'photo booth at the station');
    cli('say', 'the passport office closes at five', '--new');
    const all = cli('search', 'passp').value as unknown as { items: { kind: string }[] };
    expect(all.items.map((i) => i.kind)).toEqual(expect.arrayContaining(['task', 'message']));
    const tasks = cli('search', 'booth', '--scope', 'tasks').value as unknown as {
      items: unknown[];
    };
    expect(tasks.items).toEqual([
      expect.objectContaining({
        kind: 'task',
        title: 'Renew the passport',
        snippet: expect.stringContaining('booth'),
      }),
    ]);
    const messages = cli('search', '"office closes"', '--scope', 'messages').value as unknown as {
      items: unknown[];
    };
    expect(messages.items).toContainEqual(
      expect.objectContaining({
        kind: 'message',
        role: 'user',
        conversationId: expect.any(Number),
      }),
    );
    const bad = cli('search', 'x', '--scope', 'everything');
    expect(bad.status).not.toBe(0);
    expect(bad.value).toMatchObject({ error: { code: 'VALIDATION' } });
  });

  it('exports to a file and imports it into another profile; a broken file is refused with its line', () => {
    const other = path.join(dir, 'other');
    const into = (...args: string[]) => {
      const r = spawnSync(
        process.execPath,
        ['electron/host/cli.ts', '--profile', other, ...args, '--json'],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      return {
        status: r.status,
        value: JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>,
      };
    };
    cli('tasks', 'add', 'Export me', '--due', '2026-12-24', '--priority', '1', '--label', 'xmas');
    const file = path.join(dir, 'tasks.csv');
    expect(cli('export', '--format', 'csv', '--out', file).value).toMatchObject({ file });
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^TYPE,CONTENT,DESCRIPTION,PRIORITY/);
    expect(into('import', file, '--dry-run').value).toMatchObject({ duplicates: 0, errors: [] });
    expect(into('tasks', 'list').value).toEqual([]);
    const added = into('import', file).value;
    expect(added.added).toBeGreaterThan(0);
    expect(into('tasks', 'list', '--label', 'xmas').value).toEqual([
      expect.objectContaining({ title: 'Export me', dueDate: '2026-12-24', priority: 1 }),
    ]);
    const broken = path.join(dir, 'broken.md');
    fs.writeFileSync(broken, `- [ ] fine\n- [ ] ${'x'.repeat(300)}\n`);
    const refused = into('import', broken);
    expect(refused.status).toBe(1);
    expect(refused.value).toMatchObject({
      error: { code: 'VALIDATION', message: expect.stringMatching(/^Line 2: /) },
      errors: [expect.objectContaining({ line: 2 })],
    });
    expect(into('tasks', 'list', '--status', 'all').value).toHaveLength(added.added as number);
    // To stdout when no file is named.
    const out = spawnSync(
      process.execPath,
      ['electron/host/cli.ts', '--profile', profile, 'export', '--format', 'todotxt'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(out.stdout).toMatch(/\(A\) \d{4}-\d\d-\d\d Export me \+xmas due:2026-12-24/);
  });

  it('fails with a non-zero exit and a JSON error for bad input', () => {
    const r = cli('tasks', 'add', '   ');
    expect(r.status).not.toBe(0);
    expect(r.value).toEqual({
      error: { code: 'VALIDATION', message: expect.stringMatching(/empty/) },
    });
    const missing = cli('tasks', 'done', '99');
    expect(missing.status).not.toBe(0);
    expect(missing.value).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('text counted as people see it', () => {
  const human = (...args: string[]) =>
    spawnSync(process.execPath, ['electron/host/cli.ts', '--profile', profile, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
    });

  it('3,000 emoji (under the 5,000-character limit) are stored whole, and the title never ends in half a character', () => {
    const text = '😀'.repeat(3000);
    const turn = cli('say', text, '--new').value as unknown as { conversationId: number };
    const list = cli('conversations', 'list').value as unknown as { id: number; title: string }[];
    const title = list.find((c) => c.id === turn.conversationId)!.title;
    expect(title.isWellFormed()).toBe(true);
    expect(title).not.toContain('\uFFFD');
    expect([...title].length).toBeLessThanOrEqual(60);
    const core = openCore({
      profileDir: profile,
      migrationsDir,
      appVersion: 't',
      logger: silentLogger,
    });
    try {
      const stored = core.chat.messages(turn.conversationId, { limit: 10 }).items[0]!;
      expect(stored.content).toBe(text);
    } finally {
      core.close();
    }
  });

  it('a 5,001-emoji message is refused with a plain message, in JSON too', () => {
    const r = cli('say', '😀'.repeat(5001));
    expect(r.status).not.toBe(0);
    expect(r.value).toMatchObject({ error: { message: expect.stringMatching(/too long/) } });
  });

  it('terminal escape sequences in stored text are shown, never sent to the terminal', () => {
    cli('say', 'Hello \u001b[2J\u001b]0;pwned\u0007 there', '--new');
    const out = human('conversations', 'list').stdout;
    expect(out.includes('\u001b') || out.includes('\u0007')).toBe(false);
    expect(out).toContain('\\u001b[2J');
  });

  it('--json ends with exactly one JSON value even for bad arguments', () => {
    const r = spawnSync(
      process.execPath,
      ['electron/host/cli.ts', '--profile', profile, '--no-such-flag', '--json'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    const last = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { error: { code: string } };
    expect(last.error.code).toBe('VALIDATION');
  });
});
