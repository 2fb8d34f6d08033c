// Starting when the storage is in trouble: only a corrupt database is ever set aside. A full
// disk, a read-only mount or another program holding the file leave it where it is, with a plain
// message, and everything is there once the trouble passes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-core.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { AppError } from '../../electron/shared/errors.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';
import { makeTempDir } from '../helpers/temp-profile.ts';
import { mountSmallDisk, type SmallDisk, smallDiskUnavailable } from '../helpers/small-disk.ts';
import { record } from './figures.ts';

const open = (profileDir: string) =>
  openCore({ profileDir, migrationsDir, appVersion: 'start-trouble', logger: silentLogger });

/** A profile with tasks in it, closed cleanly; returns their titles. */
function seed(profileDir: string): string[] {
  const core = open(profileDir);
  try {
    for (let i = 0; i < 30; i++) core.tasks.create({ title: `Keep me ${i}`, description: 'x' });
    return core.tasks.list('all').map((t) => t.title);
  } finally {
    core.close();
  }
}

const damagedCopies = (profileDir: string) =>
  fs.readdirSync(path.join(profileDir, 'backups')).filter((f) => f.startsWith('damaged-'));

/** Opens normally, with nothing recovered, and every seeded task still there. */
function expectIntact(profileDir: string, titles: string[]): void {
  const core = open(profileDir);
  try {
    expect(core.recovery).toBeNull();
    expect(core.tasks.list('all').map((t) => t.title)).toEqual(titles);
  } finally {
    core.close();
  }
}

/** Opens expecting a plain refusal; returns it. */
function refusal(profileDir: string): AppError {
  try {
    open(profileDir).close();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).not.toMatch(/SQLITE|\/|\\|\.log/);
    return err as AppError;
  }
  throw new Error('expected the profile to be refused');
}

let disk: SmallDisk | undefined;
afterEach(() => {
  disk?.unmount();
  disk = undefined;
});

describe.skipIf(smallDiskUnavailable !== null)('starting on a real small disk', () => {
  it('on a full disk the healthy database is never moved; once space is freed every task is there', () => {
    disk = mountSmallDisk(2 * 1024 * 1024);
    const profileDir = path.join(disk.dir, 'profile');
    const titles = seed(profileDir);
    const before = fs.readFileSync(path.join(profileDir, 'tasks.sqlite'));
    disk.fill(1024);
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const core = open(profileDir);
        // Opening may work on a full disk (reading needs no space); writing then says so.
        expect(core.recovery).toBeNull();
        core.close();
      } catch (err) {
        expect((err as AppError).code).toBe('STORAGE');
        expect((err as AppError).message).toMatch(/disk is full|disk reported an error/i);
      }
      expect(damagedCopies(profileDir)).toEqual([]);
      expect(fs.readFileSync(path.join(profileDir, 'tasks.sqlite')).equals(before)).toBe(true);
    }
    disk.free(true);
    expectIntact(profileDir, titles);
    record('starts on a full disk without moving the database', 5);
  });

  it('on a read-only mount it says so, moves nothing, and works once writable again', () => {
    disk = mountSmallDisk(2 * 1024 * 1024);
    const profileDir = path.join(disk.dir, 'profile');
    const titles = seed(profileDir);
    expect(spawnSync('mount', ['-o', 'remount,ro', disk.dir]).status).toBe(0);
    try {
      const err = refusal(profileDir);
      expect(err.message).toMatch(/read-only/);
    } finally {
      expect(spawnSync('mount', ['-o', 'remount,rw', disk.dir]).status).toBe(0);
    }
    expect(damagedCopies(profileDir)).toEqual([]);
    expectIntact(profileDir, titles);
    record('starts on a read-only disk without moving the database', 1);
  });
});

describe('starting when the file is in trouble', () => {
  const profile = () => path.join(makeTempDir('start-trouble-'), 'profile');

  it('a database another program holds locked is left alone, with a plain message', () => {
    const profileDir = profile();
    const titles = seed(profileDir);
    const holder = new Database(path.join(profileDir, 'tasks.sqlite'));
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const err = refusal(profileDir);
      expect(err.message).toMatch(/in use by another program/);
      expect(damagedCopies(profileDir)).toEqual([]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const core = open(profileDir);
    try {
      expect(core.tasks.list('all').map((t) => t.title)).toEqual(titles);
    } finally {
      core.close();
      fs.rmSync(path.dirname(profileDir), { recursive: true, force: true });
    }
  });

  it('a database whose header was overwritten is set aside, offered under Backups, and recovered in full', async () => {
    const profileDir = profile();
    const titles = seed(profileDir);
    const file = path.join(profileDir, 'tasks.sqlite');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 0, 100);
    fs.writeFileSync(file, bytes);
    const core = open(profileDir);
    try {
      expect(core.recovery).not.toBeNull();
      expect(core.tasks.list('all')).toEqual([]);
      const listed = await core.handlers['backups.list']({});
      const damaged = listed.ok ? listed.value.items.filter((b) => b.reason === 'damaged') : [];
      expect(damaged).toHaveLength(1);
      const refused = await core.handlers['backups.restore']({ id: damaged[0]!.id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const salvaged = await core.handlers['backups.salvage']({ id: damaged[0]!.id });
      expect(salvaged).toMatchObject({ ok: true, value: { tasks: titles.length } });
      if (!salvaged.ok) return;
      expect(
        await core.handlers['backups.restore']({ id: salvaged.value.backup.id }),
      ).toMatchObject({ ok: true });
      expect(core.tasks.list('all').map((t) => t.title)).toEqual(titles);
      // Numbers carry on after the recovered tasks.
      const next = core.tasks.create({ title: 'After recovery' });
      expect(next.id).toBeGreaterThan(titles.length);
    } finally {
      core.close();
      fs.rmSync(path.dirname(profileDir), { recursive: true, force: true });
    }
  });
});
