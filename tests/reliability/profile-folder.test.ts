// A profile folder is ours or refused: a folder holding other things is never chmodded or written
// to, symbolic links are never followed when fixing modes, and everything of ours ends up private.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-core.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { AppError } from '../../electron/shared/errors.ts';
import { migrationsDir, repoRoot } from '../../electron/host/host-paths.ts';
import { makeTempDir } from '../helpers/temp-profile.ts';
import { record } from './figures.ts';

const open = (profileDir: string) =>
  openCore({ profileDir, migrationsDir, appVersion: 'profile-folder', logger: silentLogger });
const mode = (p: string) => fs.lstatSync(p).mode & 0o777;
const posix = process.platform !== 'win32';

/** Every entry under `dir` with its mode and size, to show nothing was touched. */
function tree(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const p = path.join(e.parentPath, e.name);
      const st = fs.lstatSync(p);
      return `${path.relative(dir, p)} ${st.mode.toString(8)} ${st.size}`;
    })
    .sort();
}

function refused(profileDir: string): AppError {
  try {
    open(profileDir).close();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).not.toMatch(/\/|\\|\.log/);
    return err as AppError;
  }
  throw new Error('expected the folder to be refused');
}

describe('a profile folder is ours or refused', () => {
  it('a folder that already holds other things is refused and left exactly as it was', () => {
    const dir = makeTempDir('foreign-');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    fs.mkdirSync(path.join(dir, 'src'));
    fs.chmodSync(dir, 0o755);
    const before = tree(dir);
    const dirMode = mode(dir);
    expect(refused(dir).message).toMatch(/isn't a Task Assistant profile/);
    expect(tree(dir)).toEqual(before);
    expect(mode(dir)).toBe(dirMode);
    fs.rmSync(dir, { recursive: true, force: true });
    record('foreign profile folders refused untouched', 1);
  });

  it('an empty --profile is refused (it would mean the working directory)', () => {
    expect(refused('').message).toMatch(/No profile folder was given/);
    expect(refused('  ').code).toBe('VALIDATION');
  });

  it('the CLI refuses an empty --profile and the working directory, writing nothing there', () => {
    const before = tree(path.join(repoRoot, 'electron'));
    for (const args of [
      ['--profile', ''],
      ['--profile', '.'],
    ]) {
      const r = spawnSync(
        process.execPath,
        [path.join(repoRoot, 'electron/host/cli.ts'), ...args, '--json', 'tasks', 'list'],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      expect(r.status).not.toBe(0);
      const last = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { error: AppError };
      expect(last.error.message).toMatch(/profile/);
    }
    expect(fs.existsSync(path.join(repoRoot, 'tasks.sqlite'))).toBe(false);
    expect(tree(path.join(repoRoot, 'electron'))).toEqual(before);
  });

  it('a file named as the profile folder is refused', () => {
    const dir = makeTempDir('file-');
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, 'x');
    expect(refused(file).message).toMatch(/a file, not a folder/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!posix)('a symlinked tasks.sqlite is used, but its target is never chmodded', () => {
    const dir = makeTempDir('symlink-');
    const profileDir = path.join(dir, 'profile');
    open(profileDir).close();
    const elsewhere = path.join(dir, 'elsewhere.sqlite');
    fs.renameSync(path.join(profileDir, 'tasks.sqlite'), elsewhere);
    fs.chmodSync(elsewhere, 0o644);
    fs.symlinkSync(elsewhere, path.join(profileDir, 'tasks.sqlite'));
    const core = open(profileDir);
    try {
      core.tasks.create({ title: 'Through a link' });
    } finally {
      core.close();
    }
    expect(mode(elsewhere)).toBe(0o644);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!posix)('a symlinked profile folder or logs folder is not chmodded through', () => {
    const dir = makeTempDir('symlink-dir-');
    const real = path.join(dir, 'real');
    open(real).close();
    fs.rmSync(path.join(real, 'logs'), { recursive: true, force: true });
    fs.chmodSync(real, 0o755);
    const shared = path.join(dir, 'shared-logs');
    fs.mkdirSync(shared, { mode: 0o755 });
    fs.chmodSync(shared, 0o755);
    const link = path.join(dir, 'link');
    fs.symlinkSync(real, link);
    fs.symlinkSync(shared, path.join(real, 'logs'));
    open(link).close();
    expect(mode(real)).toBe(0o755);
    expect(mode(shared)).toBe(0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!posix)('loose modes on logs/, app.log and old backups are tightened at start', () => {
    const dir = makeTempDir('modes-');
    const profileDir = path.join(dir, 'profile');
    const core = open(profileDir);
    core.backups.create();
    core.close();
    const logs = path.join(profileDir, 'logs');
    fs.mkdirSync(logs, { recursive: true });
    fs.writeFileSync(path.join(logs, 'app.log'), 'old\n');
    fs.chmodSync(logs, 0o755);
    fs.chmodSync(path.join(logs, 'app.log'), 0o644);
    const backups = path.join(profileDir, 'backups');
    fs.chmodSync(backups, 0o755);
    for (const f of fs.readdirSync(backups)) fs.chmodSync(path.join(backups, f), 0o644);
    fs.chmodSync(profileDir, 0o755);
    open(profileDir).close();
    expect(mode(profileDir)).toBe(0o700);
    expect(mode(logs)).toBe(0o700);
    expect(mode(path.join(logs, 'app.log'))).toBe(0o600);
    expect(mode(backups)).toBe(0o700);
    for (const f of fs.readdirSync(backups)) expect(mode(path.join(backups, f))).toBe(0o600);
    expect(mode(path.join(profileDir, 'tasks.sqlite'))).toBe(0o600);
    fs.rmSync(dir, { recursive: true, force: true });
    record('loose profile modes tightened at start', 1);
  });
});
