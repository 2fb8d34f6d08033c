// The browser host's HTTP server: the built renderer plus the handler table, on loopback only.
// Every API call needs the per-launch token; Host and Origin must name this server (no DNS
// rebinding); files are served only from inside the renderer build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../shared/content-security-policy.ts';
import { contentType, resolveStaticFile } from './static-files.ts';
import { eventNames, isChannel } from '../shared/ipc/contract.ts';
import type { CoreEvents } from '../core/events.ts';
import type { HandlerTable } from '../core/handlers.ts';
import type { ExchangeService } from '../core/exchange/exchange-service.ts';
import { type ExportRequest, IMPORT_TEXT_MAX } from '../shared/exchange.ts';

// Not `import`: Node's ESM view of node:http reads every export, and one of them (WebSocket)
// loads all of undici, ~30 ms of the host's start.
const http = process.getBuiltinModule('node:http');

export interface WebServerOptions {
  handlers: HandlerTable;
  events: CoreEvents;
  staticDir: string;
  token: string;
  /** Exports, served as downloads (GET /api/download/<ticket>). */
  exchange?: ExchangeService;
}

const MAX_BODY = 1024 * 1024;
/** A file to import travels in the call's body (as JSON text, a little longer than the file). */
const IMPORT_BODY = Math.ceil(IMPORT_TEXT_MAX * 1.25);
const LARGE_BODY_CHANNELS = new Set(['exchange.preview', 'exchange.import']);
/** How long a download link given to the page works (once). */
const TICKET_MS = 60_000;

export const newToken = () => crypto.randomBytes(32).toString('base64url');

function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

const refuse = (res: ServerResponse, status: number, message: string) =>
  sendJson(res, status, {
    ok: false,
    error: {
      code:
        status === 404
          ? 'NOT_FOUND'
          : status === 401 || status === 403
            ? 'UNAVAILABLE'
            : 'VALIDATION',
      message,
    },
  });

/** The server, and how many pages are listening to its events right now. */
export type WebServer = Server & { openPages(): number };

export function createWebServer(options: WebServerOptions): WebServer {
  const { handlers, events, token } = options;
  const root = fs.realpathSync(options.staticDir);
  const streams = new Set<ServerResponse>();
  // An export asked for over the API becomes a one-time link the page opens as a download (a
  // plain navigation, which can't carry the token: the link's own random name is its key).
  const tickets = new Map<string, { request: ExportRequest; expires: number }>();
  options.exchange?.deliverWith(async (request) => {
    const now = Date.now();
    for (const [id, t] of tickets) if (t.expires < now) tickets.delete(id);
    const id = crypto.randomBytes(32).toString('base64url');
    tickets.set(id, { request, expires: now + TICKET_MS });
    return {
      kind: 'download',
      url: `/api/download/${id}`,
      fileName: options.exchange!.fileName(request),
    };
  });

  const unsubscribers = eventNames
    .filter((name) => name !== 'chatkit.event')
    .map((name) =>
      events.on(name, (payload) => {
        const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
        for (const res of streams) res.write(frame);
      }),
    );

  const server = http.createServer((req, res) => {
    // Total: whatever arrives gets a status code; nothing a request does can escape as an
    // exception and stop the host.
    req.on('error', () => res.destroy());
    res.on('error', () => res.destroy());
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'Something went wrong with that request.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = (server.address() as { port: number } | null)?.port;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      return refuse(res, 403, 'This server only answers to its own loopback address.');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) {
      return refuse(res, 403, 'Requests from other sites are not allowed.');
    }
    const target = parseTarget(req.url);
    if (!target) return refuse(res, 400, 'That address is not one this server understands.');
    const { pathname, query } = target;

    if (pathname === '/api/events') {
      if (!sameToken(query.get('token'), token)) {
        return refuse(res, 401, 'Missing or wrong access token.');
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
      res.on('close', () => {
        clearInterval(ping);
        streams.delete(res);
      });
      return;
    }

    if (pathname.startsWith('/api/download/') && options.exchange) {
      const ticket = tickets.get(pathname.slice('/api/download/'.length));
      if (!ticket || ticket.expires < Date.now())
        return refuse(res, 404, 'That download has expired: export again.');
      tickets.delete(pathname.slice('/api/download/'.length));
      return serveExport(res, options.exchange, ticket.request);
    }

    if (pathname.startsWith('/api/')) {
      const auth = req.headers.authorization;
      const given = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
      if (!sameToken(given, token)) return refuse(res, 401, 'Missing or wrong access token.');
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST for API calls.');
      if (pathname === '/api/chatkit') return serveChatKit(req, res, handlers, events);
      const channel = pathname.slice('/api/call/'.length);
      if (!pathname.startsWith('/api/call/') || !isChannel(channel)) {
        return refuse(res, 404, 'There is no such API call.');
      }
      // An empty body is a call with no arguments.
      const input = await readJson(
        req,
        res,
        {},
        LARGE_BODY_CHANNELS.has(channel) ? IMPORT_BODY : MAX_BODY,
      );
      if (!input) return;
      return sendJson(res, 200, await handlers[channel](input.value));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(res, 405, 'Only GET is served here.');
    }
    const settings = await handlers['settings.get']({});
    serveStatic(
      root,
      pathname,
      res,
      contentSecurityPolicy({ chatkit: settings.ok && settings.value.chatView === 'chatkit' }),
    );
  }

  server.on('close', () => {
    for (const off of unsubscribers) off();
    for (const res of streams) res.end();
  });
  // SSE streams would otherwise keep close() waiting forever.
  const close = server.close.bind(server);
  server.close = (cb) => {
    for (const res of streams) res.end();
    server.closeAllConnections();
    return close(cb);
  };
  return Object.assign(server, { openPages: () => streams.size });
}

/** An export, streamed as it is written (a page going away stops it). */
async function serveExport(res: ServerResponse, exchange: ExchangeService, request: ExportRequest) {
  const name = exchange.fileName(request);
  res.writeHead(200, {
    'content-type': exchange.mediaType(request),
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  try {
    await exchange.write(request, (chunk) => {
      if (res.destroyed) throw new Error('the download was cancelled');
      if (!res.write(chunk))
        return new Promise<void>((go) => {
          res.once('drain', go);
          res.once('close', go);
        });
    });
    res.end();
  } catch {
    res.destroy();
  }
}

/** The ChatKit protocol over HTTP: JSON answers, or `data: {json}` server-sent events as they happen. */
async function serveChatKit(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: HandlerTable,
  events: CoreEvents,
) {
  const parsed = await readJson(req, res);
  if (!parsed) return;
  const body = parsed.value;
  const requestId = crypto.randomUUID();
  let sent = 0;
  const startStream = () => {
    if (!res.headersSent)
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  };
  const off = events.on('chatkit.event', (e) => {
    if (e.requestId !== requestId) return;
    startStream();
    res.write(`data: ${JSON.stringify(e.event)}\n\n`);
    sent++;
  });
  const result = await handlers['chatkit.request']({ body, requestId }).finally(off);
  if (!result.ok) {
    if (res.headersSent) return void res.end();
    return sendJson(res, result.error.code === 'NOT_FOUND' ? 404 : 400, { error: result.error });
  }
  if (result.value.kind === 'json') return sendJson(res, 200, result.value.body);
  startStream();
  for (const event of result.value.events.slice(sent))
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  res.end();
}

/** The request's JSON body, or undefined once a plain refusal has been sent. */
async function readJson(
  req: IncomingMessage,
  res: ServerResponse,
  empty?: unknown,
  max = MAX_BODY,
): Promise<{ value: unknown } | undefined> {
  let raw: string;
  try {
    raw = await readBody(req, max);
  } catch {
    refuse(res, 413, 'The request is too large.');
    return undefined;
  }
  if (raw.length === 0 && empty !== undefined) return { value: empty };
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch {
    refuse(res, 400, 'The request body is not valid JSON.');
    return undefined;
  }
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Oversized bodies are drained, not cut off, so the client still gets its 413.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on('end', () =>
      size > max ? reject(new Error('too large')) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/**
 * The path and query of a request target, or null. Only origin-form targets ("/path?query") are
 * served; `new URL` is not used because targets like "//a:b:c/" make it throw.
 */
function parseTarget(url: string | undefined): { pathname: string; query: URLSearchParams } | null {
  if (!url || !url.startsWith('/') || url.startsWith('//')) return null;
  const q = url.indexOf('?');
  const pathname = q < 0 ? url : url.slice(0, q);
  const hash = pathname.indexOf('#');
  return {
    pathname: hash < 0 ? pathname : pathname.slice(0, hash),
    query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
  };
}

function serveStatic(root: string, pathname: string, res: ServerResponse, csp: string): void {
  const file = resolveStaticFile(root, pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': contentType(file),
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
