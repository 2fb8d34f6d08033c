// A local HTTP server for model downloads, with what real ones do and what goes wrong with them:
// Range requests, a published checksum header (Hugging Face's X-Linked-Etag), slow delivery,
// connections dropped partway, and servers that ignore Range. Used by tests, the e2e and the bench.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RangeServerOptions {
  /** Bytes per tick and the pause between ticks: slow enough to pause or kill partway. */
  chunkBytes?: number;
  tickMs?: number;
}

export interface RangeServer {
  url(file: string): string;
  sha256(file: string): string;
  /** Each request's path and Range header, in order. */
  requests: { path: string; range: string | undefined }[];
  /** The next response is cut off after this many bytes (the connection drops). */
  dropAfter: number | undefined;
  /** Answer Range requests with the whole file (200), as some servers do. */
  ignoreRange: boolean;
  /** Send X-Linked-Etag with the file's SHA-256. */
  publishChecksum: boolean;
  close(): Promise<void>;
}

export async function startRangeServer(
  files: Record<string, Buffer>,
  options: RangeServerOptions = {},
): Promise<RangeServer> {
  const chunk = options.chunkBytes ?? 64 * 1024;
  const tick = options.tickMs ?? 0;
  const sockets = new Set<Socket>();
  const state: Omit<RangeServer, 'url' | 'sha256' | 'close'> = {
    requests: [],
    dropAfter: undefined,
    ignoreRange: false,
    publishChecksum: false,
  };
  const hashes = Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      createHash('sha256').update(data).digest('hex'),
    ]),
  );
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]!);
    const range = req.headers.range;
    state.requests.push({ path: name, range });
    const data = files[name];
    if (!data) {
      res.writeHead(404).end();
      return;
    }
    let start = 0;
    const m = /^bytes=(\d+)-$/.exec(range ?? '');
    if (m && !state.ignoreRange) {
      start = Number(m[1]);
      if (start >= data.length) {
        res.writeHead(416, { 'content-range': `bytes */${data.length}` }).end();
        return;
      }
    }
    const partial = start > 0 || (m !== null && !state.ignoreRange);
    res.writeHead(partial ? 206 : 200, {
      'content-type': 'application/octet-stream',
      'content-length': data.length - start,
      'accept-ranges': 'bytes',
      ...(partial ? { 'content-range': `bytes ${start}-${data.length - 1}/${data.length}` } : {}),
      ...(state.publishChecksum ? { 'x-linked-etag': `"${hashes[name]}"` } : {}),
    });
    const drop = state.dropAfter;
    state.dropAfter = undefined;
    let pos = start;
    let sent = 0;
    const next = () => {
      if (pos >= data.length) {
        res.end();
        return;
      }
      let piece = data.subarray(pos, Math.min(data.length, pos + chunk));
      if (drop !== undefined && sent + piece.length > drop) {
        piece = piece.subarray(0, drop - sent);
        res.write(piece, () => req.socket.destroy());
        return;
      }
      pos += piece.length;
      sent += piece.length;
      res.write(piece, () => (tick ? setTimeout(next, tick) : setImmediate(next)));
    };
    next();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: (file: string) => `http://127.0.0.1:${port}/${encodeURIComponent(file)}`,
    sha256: (file: string) => hashes[file]!,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  });
}
