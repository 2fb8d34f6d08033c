import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { repoRoot } from '../../electron/host/host-paths.ts';
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
