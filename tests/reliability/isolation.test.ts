import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../electron/host/host-paths.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-profile.ts';
import { record } from './figures.ts';

// One database per OS account: a second account can't open the first one's tasks, whether the
// folder's permissions stop it or (if someone loosened them) the recorded owner does.
const OTHER = 'taskassist-probe';
const isRoot = process.getuid?.() === 0;
const hasTools = isRoot && fs.existsSync('/usr/sbin/useradd') && fs.existsSync('/usr/sbin/runuser');

function asOther(args: string[]) {
  return spawnSync(
    '/usr/sbin/runuser',
    ['-u', OTHER, '--', process.execPath, 'electron/host/cli.ts', ...args, '--json'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
}

describe.runIf(hasTools)('another OS account', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('cannot open this account’s profile, and nothing in it changes', async (ctx) => {
    if (spawnSync('id', [OTHER]).status !== 0) {
      expect(spawnSync('/usr/sbin/useradd', ['--system', '--no-create-home', OTHER]).status).toBe(
        0,
      );
    }
    if (asOther(['--help']).status !== 0)
      ctx.skip('the second account cannot run this checkout’s Node');

    const mine = openTempCore();
    dirs.push(path.dirname(mine.dir));
    await mine.handlers['tasks.create']({ title: 'Private to root' });
    mine.close();
    const before = fs.readFileSync(mine.paths.database);

    // As created: the folder is 0700, so the other account can't even look inside.
    fs.chmodSync(path.dirname(mine.dir), 0o755);
    const denied = asOther(['--profile', mine.dir, 'tasks', 'list']);
    expect(denied.status).not.toBe(0);
    expect(JSON.parse(denied.stdout.trim().split('\n').pop()!)).toMatchObject({
      error: { code: 'UNAVAILABLE', message: expect.stringMatching(/another account/) },
    });

    // Even with every permission opened up, the recorded owner is checked first.
    fs.chmodSync(mine.dir, 0o777);
    fs.chmodSync(mine.paths.database, 0o666);
    const refused = asOther(['--profile', mine.dir, 'tasks', 'add', 'Sneaky']);
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toMatch(/another account/);
    expect(fs.readFileSync(mine.paths.database).equals(before)).toBe(true);
    record('second-account opens refused', 2);
  });
});

// Root may enter any folder, so this one runs for ordinary accounts only.
it.skipIf(process.platform === 'win32' || isRoot)(
  'a folder this account may not enter gets a plain message, not a stack trace',
  async () => {
    const dir = makeTempDir();
    fs.chmodSync(dir, 0o500);
    const result = spawnSync(
      process.execPath,
      ['electron/host/cli.ts', '--profile', path.join(dir, 'p'), 'tasks', 'list', '--json'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(result.stdout.trim().split('\n').pop()!)).toMatchObject({
      error: { code: 'UNAVAILABLE' },
    });
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  },
);
