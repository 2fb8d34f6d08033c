// Downloads a model file into the profile's models/ folder so that nothing is lost to an
// interruption: the bytes go, in order, to NAME.part, whose length is where the next attempt
// resumes (an HTTP Range request) — after Pause, a dropped connection, or the app being killed.
// The free space is checked before the first byte, and the whole file's SHA-256 before it is
// used; a file that doesn't match is removed. (node-llama-cpp's own downloader fetches parts in
// parallel and keeps its progress beside the file; one ordered stream keeps the resume point
// true by construction.)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors.ts';
import { sizeText } from '../../../../shared/text.ts';

export interface DownloadSpec {
  url: string;
  /** The file's name in models/ (a plain name ending in .gguf). */
  fileName: string;
  /** Lower-case hex; when absent, the server's published checksum is used (Hugging Face's X-Linked-Etag). */
  sha256?: string;
}

export type DownloadState = 'downloading' | 'verifying' | 'paused' | 'done' | 'failed';

export interface DownloadProgress {
  fileName: string;
  state: DownloadState;
  receivedBytes: number;
  /** Null until the server says. */
  totalBytes: number | null;
  bytesPerSecond: number;
  /** Null when unknown. */
  secondsLeft: number | null;
  /** Why it stopped (failed, or paused by an interruption), in words for a person. */
  message?: string;
}

export interface DownloadOptions {
  dir: string;
  signal?: AbortSignal;
  onProgress?: (p: DownloadProgress) => void;
  /** How often progress is reported, at most. */
  progressEveryMs?: number;
  /** Bytes free where the models go (tests pretend a small disk). */
  freeBytes?: (dir: string) => number;
}

/** Room kept free beyond the file itself. */
const SPARE_BYTES = 50 * 1024 * 1024;
const FILE_NAME = /^[\w.-]{1,200}\.gguf$/i;
const SHA256 = /^[0-9a-f]{64}$/;

export interface PartMeta {
  url: string;
  sha256?: string;
  totalBytes?: number;
}

export const partFile = (dir: string, fileName: string) => path.join(dir, `${fileName}.part`);
const metaFile = (dir: string, fileName: string) => `${partFile(dir, fileName)}.json`;

export function checkFileName(fileName: string): string {
  if (!FILE_NAME.test(fileName) || fileName.startsWith('.')) {
    throw new AppError(
      'VALIDATION',
      'A model file name is letters, digits, dots, dashes or underscores, ending in .gguf.',
    );
  }
  return fileName;
}

export function readMeta(dir: string, fileName: string): PartMeta | undefined {
  try {
    return JSON.parse(fs.readFileSync(metaFile(dir, fileName), 'utf8')) as PartMeta;
  } catch {
    return undefined;
  }
}

function writeMeta(dir: string, fileName: string, meta: PartMeta): void {
  const file = metaFile(dir, fileName);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(meta), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/** Removes what a download left behind (Cancel, or a file that failed its check). */
export function discardPartial(dir: string, fileName: string): void {
  for (const file of [partFile(dir, fileName), metaFile(dir, fileName)]) {
    fs.rmSync(file, { force: true });
  }
}

/** How much of an unfinished download is on disk, and of how much. */
export function partialProgress(dir: string, fileName: string): DownloadProgress | undefined {
  let received: number;
  try {
    received = fs.statSync(partFile(dir, fileName)).size;
  } catch {
    return undefined;
  }
  const meta = readMeta(dir, fileName);
  return {
    fileName,
    state: 'paused',
    receivedBytes: received,
    totalBytes: meta?.totalBytes ?? null,
    bytesPerSecond: 0,
    secondsLeft: null,
  };
}

function freeSpace(dir: string): number {
  const s = fs.statfsSync(dir);
  return s.bavail * s.bsize;
}

const stopped = (signal: AbortSignal | undefined) => signal?.aborted === true;

/** Where the server says this response starts, and the whole file's size. */
function rangeOf(res: Response, asked: number): { start: number; total: number | null } {
  const length = Number(res.headers.get('content-length') ?? NaN);
  if (res.status === 206) {
    const m = /bytes (\d+)-\d+\/(\d+|\*)/.exec(res.headers.get('content-range') ?? '');
    if (!m || Number(m[1]) !== asked)
      throw new AppError('UNAVAILABLE', 'The download server sent the wrong part of the file.');
    return { start: asked, total: m[2] === '*' ? null : Number(m[2]) };
  }
  // A full answer (the server ignored the range): start again from the first byte.
  return { start: 0, total: Number.isFinite(length) ? length : null };
}

async function sha256Of(file: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    if (stopped(signal)) throw new DOMException('Stopped', 'AbortError');
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/**
 * Downloads (or resumes) one model file. Resolves with the finished file's path; when the signal
 * stops it, rejects with an AbortError and keeps what arrived for the next attempt.
 */
export async function downloadModel(spec: DownloadSpec, options: DownloadOptions): Promise<string> {
  const { dir, signal } = options;
  const fileName = checkFileName(spec.fileName);
  const wanted = spec.sha256?.toLowerCase();
  if (wanted !== undefined && !SHA256.test(wanted))
    throw new AppError('VALIDATION', 'A SHA-256 checksum is 64 hexadecimal characters.');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const final = path.join(dir, fileName);
  if (fs.existsSync(final)) throw new AppError('CONFLICT', `“${fileName}” is already downloaded.`);
  const part = partFile(dir, fileName);

  // A partial file from another address (or from before a checksum was known) starts over.
  const meta = readMeta(dir, fileName);
  if (meta && (meta.url !== spec.url || (wanted && meta.sha256 && meta.sha256 !== wanted)))
    discardPartial(dir, fileName);
  let received = fs.existsSync(part) ? fs.statSync(part).size : 0;

  const report = (state: DownloadState, extra: Partial<DownloadProgress> = {}) =>
    options.onProgress?.({
      fileName,
      state,
      receivedBytes: received,
      totalBytes: total,
      bytesPerSecond: speed,
      secondsLeft: total !== null && speed > 0 ? Math.ceil((total - received) / speed) : null,
      ...extra,
    });
  let total: number | null = meta?.totalBytes ?? null;
  let speed = 0;

  let res: Response;
  try {
    res = await fetch(spec.url, {
      headers: received > 0 ? { Range: `bytes=${received}-` } : {},
      redirect: 'follow',
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    if (stopped(signal)) throw err;
    throw new AppError('UNAVAILABLE', "Couldn't reach the download server.");
  }
  let expected = wanted ?? meta?.sha256;
  if (res.status === 416 && total !== null && received === total) {
    // Everything had arrived before the interruption: only the check is left.
    await res.body?.cancel();
  } else {
    if (!res.ok || !res.body)
      throw new AppError(
        'UNAVAILABLE',
        `The download server answered ${res.status}${res.statusText ? ` (${res.statusText})` : ''}.`,
      );
    const range = rangeOf(res, received);
    total = range.total;
    if (range.start === 0 && received > 0) {
      fs.truncateSync(part, 0);
      received = 0;
    }
    const published = res.headers.get('x-linked-etag')?.replace(/"/g, '').toLowerCase();
    expected ??= published && SHA256.test(published) ? published : undefined;
    if (!expected) {
      await res.body.cancel();
      throw new AppError(
        'VALIDATION',
        'No SHA-256 checksum is known for this file, so it cannot be checked; give one.',
      );
    }
    if (total !== null) {
      const free = (options.freeBytes ?? freeSpace)(dir);
      const needed = total - received + SPARE_BYTES;
      if (free < needed) {
        await res.body.cancel();
        throw new AppError(
          'STORAGE',
          `Not enough free disk space: the model needs ${sizeText(needed)} and ${sizeText(free)} is free.`,
        );
      }
    }
    writeMeta(dir, fileName, {
      url: spec.url,
      sha256: expected,
      ...(total !== null ? { totalBytes: total } : {}),
    });
    await receive(res.body, part, {
      signal,
      everyMs: options.progressEveryMs ?? 250,
      onBytes: (n, bytesPerSecond) => {
        received = n;
        speed = bytesPerSecond;
      },
      report: () => report('downloading'),
      from: received,
    });
    if (total !== null && received !== total)
      throw new AppError('UNAVAILABLE', 'The download stopped early; try again to resume it.');
  }

  report('verifying');
  const actual = await sha256Of(part, signal);
  if (actual !== expected) {
    discardPartial(dir, fileName);
    throw new AppError(
      'VALIDATION',
      `“${fileName}” didn't match its checksum, so the download was removed. Try again.`,
    );
  }
  fs.renameSync(part, final);
  fs.rmSync(metaFile(dir, fileName), { force: true });
  total = received;
  report('done');
  return final;
}

/** Appends the body to the part file in order, reporting the bytes and the speed as they arrive. */
async function receive(
  body: ReadableStream<Uint8Array>,
  part: string,
  o: {
    signal: AbortSignal | undefined;
    everyMs: number;
    from: number;
    onBytes: (received: number, bytesPerSecond: number) => void;
    report: () => void;
  },
): Promise<void> {
  const fd = fs.openSync(part, 'a', 0o600);
  let received = o.from;
  let speed = 0;
  let windowStart = performance.now();
  let windowBytes = 0;
  let lastReport = 0;
  try {
    for await (const chunk of body) {
      fs.writeSync(fd, chunk);
      received += chunk.byteLength;
      windowBytes += chunk.byteLength;
      const now = performance.now();
      if (now - windowStart >= 500) {
        const current = (windowBytes * 1000) / (now - windowStart);
        // Smoothed, so the time left doesn't jump about.
        speed = speed === 0 ? current : speed * 0.7 + current * 0.3;
        windowStart = now;
        windowBytes = 0;
      }
      o.onBytes(received, speed);
      if (now - lastReport >= o.everyMs) {
        lastReport = now;
        o.report();
      }
    }
  } catch (err) {
    if (stopped(o.signal)) throw new DOMException('Paused', 'AbortError');
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC')
      throw new AppError(
        'STORAGE',
        'The disk filled up during the download; free some space, then resume it.',
      );
    throw new AppError(
      'UNAVAILABLE',
      'The connection dropped; resume to continue where it stopped.',
    );
  } finally {
    fs.closeSync(fd);
  }
  if (stopped(o.signal)) throw new DOMException('Paused', 'AbortError');
}
