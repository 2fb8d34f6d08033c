import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebServer, newToken } from '../../electron/host/web-server.ts';
import {
  makeTempDir,
  openTempCore,
  snapshotDatabase,
  type TempCore,
} from '../helpers/temp-profile.ts';

let core: TempCore;
let server: http.Server;
let base: string;
let port: number;
let staticDir: string;
const token = newToken();

beforeEach(async () => {
  core = openTempCore();
  staticDir = makeTempDir('renderer-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'secret');
  server = createWebServer({ handlers: core.handlers, events: core.events, staticDir, token });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  core.cleanup();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

const callApi = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/call/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the browser host', () => {
  it('runs a call that carries the launch token', async () => {
    const res = await callApi('tasks.create', { title: 'Over HTTP' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { title: 'Over HTTP' } });
  });

  it('refuses calls without the token, or with another one, and does nothing', async () => {
    const before = snapshotDatabase(core);
    const none = await fetch(`${base}/api/call/tasks.create`, {
      method: 'POST',
      body: '{"title":"x"}',
    });
    expect(none.status).toBe(401);
    const wrong = await callApi(
      'tasks.create',
      { title: 'x' },
      { authorization: `Bearer ${newToken()}` },
    );
    expect(wrong.status).toBe(401);
    const events = await fetch(`${base}/api/events?token=nope`);
    expect(events.status).toBe(401);
    expect(snapshotDatabase(core)).toBe(before);
  });

  it('refuses requests naming another host or coming from another site (DNS rebinding, CSRF)', async () => {
    const before = snapshotDatabase(core);
    const http = await import('node:http');
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/call/tasks.create',
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, ...headers },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{"title":"x"}');
      });
    expect(await status({ host: `evil.example:${port}` })).toBe(403);
    expect(await status({ origin: 'http://evil.example' })).toBe(403);
    expect(await status({ origin: `http://127.0.0.1:${port}` })).toBe(200);
    const after = await core.handlers['tasks.list']({});
    expect(after.ok && after.value.map((t) => t.title)).toEqual(['x']);
    expect(before).not.toBe(snapshotDatabase(core));
  });

  it('answers bad requests with a clear error', async () => {
    expect((await callApi('tasks.nope', {})).status).toBe(404);
    const invalid = await callApi('tasks.create', '{not json');
    expect(invalid.status).toBe(400);
    const huge = await callApi('tasks.create', JSON.stringify({ title: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    const get = await fetch(`${base}/api/call/tasks.list`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(get.status).toBe(405);
  });

  it('serves the app and never a file outside its folder', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
    ]) {
      const res = await fetch(`${base}${p}`);
      expect(await res.text(), p).not.toContain('secret');
    }
  });

  it('pushes tasks.changed to open pages', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events?token=${token}`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await callApi('tasks.create', { title: 'Pushed' });
    let text = '';
    while (!text.includes('tasks.changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: tasks.changed');
    expect(text).toContain('"reason":"created"');
  });
});
