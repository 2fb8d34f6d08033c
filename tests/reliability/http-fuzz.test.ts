// Malformed HTTP on raw sockets against the browser host in its own process: odd request lines,
// targets, headers and bodies, with and without the token. The host must answer every one (or
// close the connection) and still answer a health request after each batch.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';

const REQUESTS = scale(3000, 12_000);
const BATCH = 250;
const PARALLEL = 25;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Sends raw bytes, half-closes, and resolves with what came back (or '' when it was closed). */
function exchange(port: number, bytes: Buffer, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', () => {
      socket.write(bytes, () => socket.end());
    });
  });
}

function generator(port: number, token: string, rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const junk = (n: number) =>
    Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
  const methods = [
    'GET',
    'POST',
    'HEAD',
    'PUT',
    'DELETE',
    'OPTIONS',
    'TRACE',
    'CONNECT',
    'PATCH',
    'G\u00e9T',
    '',
    'GET GET',
    'post',
  ];
  const channels = [
    'tasks.create',
    'tasks.update',
    'chat.send',
    'backups.restore',
    'backups.salvage',
    'settings.update',
    'chatkit.request',
    'nope',
    '__proto__',
    'constructor',
    'toString',
  ];
  const targets = [
    '//a:b:c/',
    '//',
    '///',
    'http://x:y:z/',
    'http://127.0.0.1/',
    '*',
    '',
    ' ',
    '/%',
    '/%zz',
    '/%00',
    '/%ff%fe',
    '/..%2f..%2fetc%2fpasswd',
    '/../../etc/passwd',
    '/assets/../../secret',
    '/index.html',
    '/assets/app.js',
    '/api/',
    '/api/call/',
    `/api/call/${pick(channels)}`,
    '/api/chatkit',
    '/api/events',
    '/api/events?token=%',
    `/api/events?token=${token}`,
    '/?token=',
    '/?#',
    '/#frag',
    '/\\\\server\\share',
    '/a?b?c?d',
    `/${'x'.repeat(9000)}`,
    '/\u00e9\u00e8',
    '/\ud83d\ude00',
    '/a\u0000b',
    '/%E0%A4%A',
    `/api/call/${'tasks.create'.repeat(50)}`,
  ];
  const versions = [
    'HTTP/1.1',
    'HTTP/1.0',
    'HTTP/2',
    'HTTP/9.9',
    'HTTPS/1.1',
    '',
    'HTTP/1.1 extra',
  ];
  const host = () =>
    pick([
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `[::1]:${port}`,
      'evil.example',
      '',
      `127.0.0.1:${port}, evil`,
      '%',
      ':::',
    ]);
  const bodies = () =>
    pick([
      '',
      '{}',
      '{',
      'null',
      '[]',
      '"x"',
      '{"title":"fuzz"}',
      '{"title":' + '"x"'.repeat(3) + '}',
      '{"id":1e309}',
      '{"__proto__":{"x":1}}',
      '{"body":{"type":"threads.create","params":{"input":{"content":[{"type":"input_text","text":"hi"}]}}}}',
      '{"type":"threads.list","params":{}}',
      '{"type":"threads.create","params":{"input":{"content":[{"type":"input_text","text":"add a task"}]}}}',
      'x'.repeat(2 * 1024 * 1024),
      junk(200).toString('latin1'),
    ]);
  return (): Buffer => {
    const kind = rand();
    if (kind < 0.08) return junk(1 + Math.floor(rand() * 400));
    const lines: string[] = [];
    lines.push([pick(methods), pick(targets), pick(versions)].join(pick([' ', ' ', '  ', '\t'])));
    if (rand() < 0.9) lines.push(`Host: ${host()}`);
    if (rand() < 0.2) lines.push(`Host: ${host()}`);
    if (rand() < 0.2)
      lines.push(
        `Origin: ${pick(['null', `http://127.0.0.1:${port}`, 'http://evil.example', '%%'])}`,
      );
    if (rand() < 0.5)
      lines.push(
        `Authorization: ${pick([`Bearer ${token}`, 'Bearer ', 'Bearer x', 'Basic abc', token])}`,
      );
    if (rand() < 0.1) lines.push('no colon here');
    if (rand() < 0.05) lines.push(`X-Long: ${'y'.repeat(20_000)}`);
    if (rand() < 0.1)
      lines.push(
        `${junk(20)
          .toString('latin1')
          .replace(/[\r\n]/g, '')}: value`,
      );
    const body = bodies();
    const framing = rand();
    if (framing < 0.5) lines.push(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
    else if (framing < 0.6)
      lines.push(`Content-Length: ${pick(['-1', '1e3', 'abc', '99999999999', '5', ''])}`);
    else if (framing < 0.7) lines.push('Transfer-Encoding: chunked');
    else if (framing < 0.75) lines.push('Content-Length: 3', 'Transfer-Encoding: chunked');
    const eol = rand() < 0.9 ? '\r\n' : '\n';
    const chunked = lines.includes('Transfer-Encoding: chunked') && rand() < 0.7;
    const payload = chunked
      ? `${pick([Buffer.byteLength(body, 'latin1').toString(16), 'zz', '-1', 'ffffffffffff'])}\r\n${body}\r\n0\r\n\r\n`
      : body;
    return Buffer.from(`${lines.join(eol)}${eol}${eol}${payload}`, 'latin1');
  };
}

it(`the browser host survives ${REQUESTS} malformed requests and answers a health check after each batch`, async () => {
  const dir = makeTempDir('http-fuzz-');
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'web-host-child.ts'), dir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  let exited: number | string | null = null;
  child.on('exit', (code, signal) => (exited = code ?? signal));
  try {
    const [port, token] = await new Promise<[number, string]>((resolve, reject) => {
      child.stdout.once('data', (c: Buffer) => {
        const [p, t] = c.toString().trim().split(' ');
        resolve([Number(p), t!]);
      });
      child.on('exit', () => reject(new Error(`host did not start: ${stderr}`)));
    });
    const next = generator(port, token, random(4242));
    const health = Buffer.from(
      `POST /api/call/app.ping HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Length: 2\r\n\r\n{}`,
    );
    let answered = 0;
    let sent = 0;
    const statuses = new Map<string, number>();
    while (sent < REQUESTS) {
      const batch = Array.from({ length: Math.min(BATCH, REQUESTS - sent) }, next);
      sent += batch.length;
      for (let i = 0; i < batch.length; i += PARALLEL) {
        const replies = await Promise.all(
          batch.slice(i, i + PARALLEL).map((b) => exchange(port, b)),
        );
        for (const reply of replies) {
          const status = /^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1];
          if (status) {
            answered++;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            // An error answer never shows internals.
            if (status.startsWith('5') || status.startsWith('4'))
              expect(reply).not.toMatch(/SQLITE|at .*\(|node:internal/);
          }
        }
      }
      expect(exited, `host stopped: ${stderr}`).toBeNull();
      const ok = await exchange(port, health);
      expect(ok, `health check after ${sent} requests`).toMatch(/^HTTP\/1\.1 200[\s\S]*"ok":true/);
    }
    expect(statuses.get('500') ?? 0).toBe(0);
    record('HTTP fuzz: malformed requests sent', sent);
    record('HTTP fuzz: requests answered with a status', answered);
    record('HTTP fuzz: host stopped', exited === null ? 0 : 1);
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
