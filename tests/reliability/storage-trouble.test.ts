import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-core.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';

describe('when storage runs out or turns read-only', () => {
  it('a full disk gives a plain error, loses nothing acknowledged, and recovers when space returns', async () => {
    const core = openTempCore();
    try {
      const acknowledged: number[] = [];
      // SQLite's own ceiling stands in for a full disk: writes fail with SQLITE_FULL either way.
      const pages = core.db.pragma('page_count', { simple: true }) as number;
      core.db.pragma(`max_page_count = ${pages + 2}`);
      let failure: { code: string; message: string } | undefined;
      for (let i = 0; i < 500 && !failure; i++) {
        const r = await core.handlers['tasks.create']({
          title: `Task ${i}`,
          description: 'x'.repeat(900),
        });
        if (r.ok) acknowledged.push(r.value.id);
        else failure = r.error;
      }
      expect(failure).toEqual({ code: 'STORAGE', message: expect.stringMatching(/disk is full/) });
      expect(failure!.message).not.toMatch(/SQLITE|\//);
      const ids = core.tasks.list('all').map((t) => t.id);
      expect(ids).toEqual(acknowledged);

      core.db.pragma('max_page_count = 1073741823');
      expect(await core.handlers['tasks.create']({ title: 'Space is back' })).toMatchObject({
        ok: true,
      });
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      record('disk-full writes refused with a plain message', 1);
    } finally {
      core.cleanup();
    }
  });

  it('a read-only database gives a plain error and works again once writable', async () => {
    const core = openTempCore();
    try {
      await core.handlers['tasks.create']({ title: 'Before' });
      // query_only makes SQLite answer SQLITE_READONLY, as a read-only file or mount does.
      core.db.pragma('query_only = ON');
      const refused = await core.handlers['tasks.create']({ title: 'While read-only' });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'STORAGE', message: expect.stringMatching(/can't write/) },
      });
      expect(await core.handlers['tasks.list']({})).toMatchObject({
        ok: true,
        value: [{ title: 'Before' }],
      });
      core.db.pragma('query_only = OFF');
      expect(await core.handlers['tasks.create']({ title: 'After' })).toMatchObject({ ok: true });
      expect(core.tasks.list('all').map((t) => t.title)).toEqual(['Before', 'After']);
    } finally {
      core.cleanup();
    }
  });
});

const child = path.join(import.meta.dirname, 'writer-child.ts');

it('two processes writing the same profile at once: nothing acknowledged is lost, no corruption', async () => {
  const dir = makeTempDir('concurrent-');
  const profileDir = path.join(dir, 'profile');
  openCore({ profileDir, migrationsDir, appVersion: 't', logger: silentLogger }).close();
  const run = () =>
    new Promise<number[]>((resolve, reject) => {
      const proc = spawn(process.execPath, [child, profileDir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const ids: number[] = [];
      let out = '';
      let err = '';
      proc.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        for (const line of out.split('\n').slice(0, -1))
          if (line.startsWith('T ')) ids.push(Number(line.slice(2)));
        out = out.slice(out.lastIndexOf('\n') + 1);
      });
      proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
      // Killed once the time is up and it has written something (a busy machine may take longer
      // to start two writers than the time allowed).
      let due = false;
      const killIfDue = () => {
        if (due && ids.length >= 3) proc.kill('SIGKILL');
      };
      proc.stdout.on('data', killIfDue);
      setTimeout(
        () => {
          due = true;
          killIfDue();
        },
        scale(1500, 6000),
      );
      proc.on('exit', (_c, signal) =>
        signal === 'SIGKILL' ? resolve(ids) : reject(new Error(err)),
      );
    });
  try {
    const [a, b] = await Promise.all([run(), run()]);
    const core = openCore({ profileDir, migrationsDir, appVersion: 't', logger: silentLogger });
    try {
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const ids = new Set(core.tasks.list('all').map((t) => t.id));
      const lost = [...a, ...b].filter((id) => !ids.has(id));
      expect(lost).toEqual([]);
      expect(new Set([...a, ...b]).size).toBe(a.length + b.length); // no number handed out twice
      expect(a.length).toBeGreaterThan(0);
      expect(b.length).toBeGreaterThan(0);
      record('concurrent writes by two processes checked', a.length + b.length);
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
