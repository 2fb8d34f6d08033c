// Model downloads against a local server with Range support: whole, interrupted and resumed,
// paused, a wrong checksum, not enough room (checked first, and a real full disk), servers that
// ignore Range or publish their checksum; then the same through the handler table.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type DownloadProgress,
  downloadModel,
  partFile,
} from '../../electron/core/agent/model/embedded/model-download.ts';
import { AppError } from '../../electron/shared/errors.ts';
import { repoRoot } from '../../electron/host/host-paths.ts';
import { type RangeServer, startRangeServer } from '../../scripts/lib/range-server.ts';
import { mountSmallDisk, smallDiskUnavailable } from '../helpers/small-disk.ts';
import { makeTempDir, tempCoresPerTest } from '../helpers/temp-profile.ts';

const run = promisify(execFile);
const MODEL = randomBytes(3 * 1024 * 1024 + 17);
const NAME = 'small-model.gguf';
let server: RangeServer;
let dir: string;

beforeAll(async () => {
  server = await startRangeServer({ [NAME]: MODEL, 'other.gguf': MODEL.subarray(0, 1000) });
});
afterAll(() => server.close());
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  server.requests.length = 0;
  server.dropAfter = undefined;
  server.ignoreRange = false;
  server.publishChecksum = false;
});
const fresh = () => (dir = path.join(makeTempDir('models-'), 'models'));
const spec = () => ({ url: server.url(NAME), fileName: NAME, sha256: server.sha256(NAME) });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected it to fail');
    },
    (err: unknown) => err as AppError,
  );

describe('downloading a model file', () => {
  it('arrives whole, checked, with progress (bytes, speed, time left) on the way', async () => {
    fresh();
    const seen: DownloadProgress[] = [];
    const file = await downloadModel(spec(), {
      dir,
      progressEveryMs: 0,
      onProgress: (p) => seen.push(p),
    });
    expect(fs.readFileSync(file).equals(MODEL)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([NAME]);
    const downloading = seen.filter((p) => p.state === 'downloading');
    expect(downloading.length).toBeGreaterThan(3);
    expect(downloading.every((p) => p.totalBytes === MODEL.length)).toBe(true);
    const received = downloading.map((p) => p.receivedBytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(seen.map((p) => p.state).slice(-2)).toEqual(['verifying', 'done']);
  });

  it('resumes where a dropped connection left it, asking only for the rest', async () => {
    fresh();
    server.dropAfter = 1_000_000;
    const err = await failure(downloadModel(spec(), { dir }));
    expect(err.message).toMatch(/connection dropped; resume/);
    expect(fs.statSync(partFile(dir, NAME)).size).toBe(1_000_000);
    const file = await downloadModel(spec(), { dir });
    expect(fs.readFileSync(file).equals(MODEL)).toBe(true);
    expect(server.requests.map((r) => r.range)).toEqual([undefined, 'bytes=1000000-']);
  });

  it('Pause keeps what arrived; a server that ignores Range starts it over, still right', async () => {
    fresh();
    const pause = new AbortController();
    const paused = downloadModel(spec(), {
      dir,
      signal: pause.signal,
      progressEveryMs: 0,
      onProgress: (p) => p.receivedBytes > 500_000 && pause.abort(),
    });
    await expect(paused).rejects.toThrow(/Paused|abort/i);
    const kept = fs.statSync(partFile(dir, NAME)).size;
    expect(kept).toBeGreaterThan(500_000);
    expect(kept).toBeLessThan(MODEL.length);
    server.ignoreRange = true;
    const file = await downloadModel(spec(), { dir });
    expect(fs.readFileSync(file).equals(MODEL)).toBe(true);
    expect(server.requests.at(-1)!.range).toBe(`bytes=${kept}-`);
  });

  it('a file that does not match its checksum is removed, and said so', async () => {
    fresh();
    const err = await failure(downloadModel({ ...spec(), sha256: 'a'.repeat(64) }, { dir }));
    expect(err).toBeInstanceOf(AppError);
    expect(err.message).toBe(
      "“small-model.gguf” didn't match its checksum, so the download was removed. Try again.",
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('uses the checksum the server publishes, and refuses when none is known', async () => {
    fresh();
    const { sha256: _, ...unchecked } = spec();
    const err = await failure(downloadModel(unchecked, { dir }));
    expect(err.message).toMatch(/No SHA-256 checksum is known/);
    expect(fs.readdirSync(dir)).toEqual([]);
    server.publishChecksum = true;
    const file = await downloadModel(unchecked, { dir });
    expect(fs.readFileSync(file).equals(MODEL)).toBe(true);
  });

  it('checks the free space before the first byte', async () => {
    fresh();
    const err = await failure(downloadModel(spec(), { dir, freeBytes: () => 20 * 1024 * 1024 }));
    expect(err.code).toBe('STORAGE');
    expect(err.message).toMatch(
      /^Not enough free disk space: the model needs 56 MB and 21 MB is free\.$/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.skipIf(smallDiskUnavailable !== null)(
    'on a really full disk: refused first, and a disk that fills up midway keeps what fit',
    async () => {
      const disk = mountSmallDisk(2 * 1024 * 1024);
      try {
        dir = path.join(disk.dir, 'models');
        const refused = await failure(downloadModel(spec(), { dir }));
        expect(refused.message).toMatch(/^Not enough free disk space/);
        // The disk claims room it doesn't have (another program filled it meanwhile).
        const full = await failure(downloadModel(spec(), { dir, freeBytes: () => 1e12 }));
        expect(full.code).toBe('STORAGE');
        expect(full.message).toMatch(/disk filled up during the download/);
        expect(fs.existsSync(partFile(dir, NAME))).toBe(true);
        expect(fs.existsSync(path.join(dir, NAME))).toBe(false);
      } finally {
        dir = makeTempDir();
        disk.unmount();
      }
    },
  );

  it('names are plain file names; an existing file is not downloaded again', async () => {
    fresh();
    await expect(downloadModel({ ...spec(), fileName: '../evil.gguf' }, { dir })).rejects.toThrow(
      /file name/,
    );
    await downloadModel(spec(), { dir });
    await expect(downloadModel(spec(), { dir })).rejects.toThrow(/already downloaded/);
  });
});

describe('models through the handler table', () => {
  const openCore = tempCoresPerTest();

  it('download in the background, list, use in chat, remove', async () => {
    const core = openCore({
      modelCatalog: [
        {
          id: 'small',
          label: 'Small test model',
          fileName: NAME,
          url: server.url(NAME),
          sizeBytes: MODEL.length,
          sha256: server.sha256(NAME),
          note: 'for tests',
        },
      ],
    });
    dir = core.models.dir;
    const h = core.handlers;
    const done = new Promise<void>((resolve) =>
      core.events.on('models.progress', (p) => p.state === 'done' && resolve()),
    );
    expect(await h['models.download']({ id: 'small' })).toMatchObject({
      ok: true,
      value: { fileName: NAME, state: 'downloading' },
    });
    await done;
    const list = await h['models.list']({});
    expect(list.ok && list.value).toMatchObject({
      installed: [{ fileName: NAME, sizeBytes: MODEL.length, inUse: false }],
      downloads: [],
      recommended: [{ id: 'small', installed: true }],
    });
    const used = await h['models.use']({ fileName: NAME });
    expect(used.ok && used.value).toMatchObject({
      provider: 'embedded',
      modelPath: path.join(dir, NAME),
    });
    expect(await h['models.remove']({ fileName: NAME })).toMatchObject({ ok: true });
    expect(core.settings.get()).toMatchObject({ provider: 'builtin', modelPath: '' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('bad input is refused plainly and changes nothing; Cancel throws away what arrived', async () => {
    const core = openCore();
    dir = core.models.dir;
    const h = core.handlers;
    for (const input of [
      { id: 'nope' },
      { url: 'file:///etc/passwd' },
      { url: server.url(NAME), sha256: 'xyz' },
      { url: server.url(NAME), fileName: '../../x.gguf' },
    ]) {
      const r = await h['models.download'](input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).not.toMatch(/\/tmp|Error:|at /);
    }
    expect(await h['models.use']({ fileName: 'missing.gguf' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    server.dropAfter = 100_000;
    const failed = new Promise<DownloadProgress>((resolve) =>
      core.events.on('models.progress', (p) => p.state === 'failed' && resolve(p)),
    );
    await h['models.download']({ url: server.url(NAME), sha256: server.sha256(NAME) });
    expect((await failed).message).toMatch(/connection dropped/);
    const list = await h['models.list']({});
    expect(list.ok && list.value.downloads).toMatchObject([
      { fileName: NAME, state: 'failed', receivedBytes: 100_000, totalBytes: MODEL.length },
    ]);
    expect(await h['models.cancel']({ fileName: NAME })).toMatchObject({
      ok: true,
      value: { cancelled: true },
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('`models download` in the CLI', () => {
  it('killed midway, the same command resumes it, and the model can then be used', async () => {
    const slow = await startRangeServer({ [NAME]: MODEL }, { chunkBytes: 32 * 1024, tickMs: 5 });
    const root = makeTempDir('cli-models-');
    dir = root;
    const profile = path.join(root, 'profile');
    const args = (...more: string[]) => ['electron/host/cli.ts', '--profile', profile, ...more];
    const download = args(
      'models',
      'download',
      '--url',
      slow.url(NAME),
      '--sha256',
      slow.sha256(NAME),
      '--json',
    );
    try {
      const child = spawn(process.execPath, download, { cwd: repoRoot, stdio: 'ignore' });
      const part = partFile(path.join(profile, 'models'), NAME);
      while (!fs.existsSync(part) || fs.statSync(part).size < 400_000)
        await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const kept = fs.statSync(part).size;
      expect(kept).toBeLessThan(MODEL.length);

      // Not spawnSync: the server answering it runs in this process.
      const again = await run(process.execPath, download, { cwd: repoRoot });
      expect(JSON.parse(again.stdout.trim().split('\n').pop()!)).toEqual({
        fileName: NAME,
        sizeBytes: MODEL.length,
      });
      expect(slow.requests.at(-1)!.range).toMatch(/^bytes=\d+-$/);
      expect(Number(/\d+/.exec(slow.requests.at(-1)!.range!)![0])).toBeGreaterThanOrEqual(kept);
      const file = path.join(profile, 'models', NAME);
      expect(fs.readFileSync(file).equals(MODEL)).toBe(true);

      const listed = spawnSync(process.execPath, args('models', 'list', '--json'), {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      expect(JSON.parse(listed.stdout.trim().split('\n').pop()!)).toMatchObject({
        installed: [{ fileName: NAME, inUse: false }],
        downloads: [],
      });
      const used = spawnSync(process.execPath, args('models', 'use', NAME, '--json'), {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      expect(JSON.parse(used.stdout.trim().split('\n').pop()!)).toMatchObject({
        provider: 'embedded',
      });
    } finally {
      await slow.close();
    }
  });
});
