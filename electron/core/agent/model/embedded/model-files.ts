// The models in the profile's models/ folder: the recommended ones to download, the files already
// there, and downloads in progress (one per file, in the background, reported as they go).
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors.ts';
import type { CoreEvents } from '../../../events.ts';
import type { Logger } from '../../../log.ts';
import {
  checkFileName,
  discardPartial,
  type DownloadProgress,
  type DownloadSpec,
  downloadModel,
  partialProgress,
  readMeta,
} from './model-download.ts';

export interface CatalogModel {
  id: string;
  label: string;
  fileName: string;
  url: string;
  /** About this many bytes (the server says exactly when the download starts). */
  sizeBytes: number;
  /** Pinned where known; otherwise the server's published checksum is used. */
  sha256?: string;
  note: string;
}

/** Small instruct models that can call tools, smallest first; the default is marked. */
export const RECOMMENDED_MODELS: CatalogModel[] = [
  {
    id: 'qwen2.5-0.5b',
    label: 'Qwen2.5 0.5B Instruct (Q4_K_M)',
    fileName: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
    url: 'https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf',
    sizeBytes: 491_000_000,
    note: 'Smallest and quickest, for older computers; misreads more requests.',
  },
  {
    id: 'qwen2.5-1.5b',
    label: 'Qwen2.5 1.5B Instruct (Q4_K_M)',
    fileName: 'qwen2.5-1.5b-instruct-q4_k_m.gguf',
    // A fixed revision, so the file can't change under its checksum.
    url: 'https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/91cad51170dc346986eccefdc2dd33a9da36ead9/qwen2.5-1.5b-instruct-q4_k_m.gguf',
    sizeBytes: 1_117_320_736,
    sha256: '6a1a2eb6d15622bf3c96857206351ba97e1af16c30d7a74ee38970e434e9407e',
    note: 'Recommended: uses the task tools well; needs about 2 GB of memory.',
  },
  {
    id: 'qwen2.5-3b',
    label: 'Qwen2.5 3B Instruct (Q4_K_M)',
    fileName: 'qwen2.5-3b-instruct-q4_k_m.gguf',
    url: 'https://huggingface.co/Qwen/Qwen2.5-3B-Instruct-GGUF/resolve/main/qwen2.5-3b-instruct-q4_k_m.gguf',
    sizeBytes: 2_100_000_000,
    note: 'Understands more; needs about 4 GB of memory.',
  },
];
export const DEFAULT_MODEL_ID = 'qwen2.5-1.5b';

export interface InstalledModel {
  fileName: string;
  sizeBytes: number;
}

export interface ModelFilesOptions {
  dir: string;
  events: CoreEvents;
  logger: Logger;
  catalog?: CatalogModel[];
  freeBytes?: (dir: string) => number;
}

export class ModelFiles {
  readonly #o: ModelFilesOptions;
  readonly #running = new Map<string, { stop: AbortController; last: DownloadProgress }>();
  /** The last word on downloads that ended badly, until they are started again or cancelled. */
  readonly #failed = new Map<string, DownloadProgress>();

  constructor(options: ModelFilesOptions) {
    this.#o = options;
  }

  get dir(): string {
    return this.#o.dir;
  }

  catalog(): CatalogModel[] {
    return this.#o.catalog ?? RECOMMENDED_MODELS;
  }

  installed(): InstalledModel[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.#o.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => /\.gguf$/i.test(n))
      .sort()
      .map((fileName) => ({
        fileName,
        sizeBytes: fs.statSync(path.join(this.#o.dir, fileName)).size,
      }));
  }

  /** Downloads running now, and those interrupted earlier (their part files), paused. */
  downloads(): DownloadProgress[] {
    const out = new Map<string, DownloadProgress>();
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.#o.dir);
    } catch {
      // no folder yet
    }
    for (const n of names) {
      if (!n.endsWith('.gguf.part')) continue;
      const fileName = n.slice(0, -'.part'.length);
      const p = partialProgress(this.#o.dir, fileName);
      if (p) out.set(fileName, { ...p, ...this.#failed.get(fileName) });
    }
    for (const [fileName, p] of this.#failed) if (!out.has(fileName)) out.set(fileName, p);
    for (const [fileName, r] of this.#running) out.set(fileName, r.last);
    return [...out.values()].sort((a, b) => a.fileName.localeCompare(b.fileName));
  }

  pathOf(fileName: string): string {
    const file = path.join(this.#o.dir, checkFileName(fileName));
    if (!fs.existsSync(file))
      throw new AppError('NOT_FOUND', `“${fileName}” isn't in your models.`);
    return file;
  }

  /** What to download: a recommended model by id, or any address with its checksum. */
  spec(input: { id?: string; url?: string; sha256?: string; fileName?: string }): DownloadSpec {
    if (input.id) {
      const model = this.catalog().find((m) => m.id === input.id);
      if (!model) throw new AppError('NOT_FOUND', `There is no recommended model “${input.id}”.`);
      return {
        url: model.url,
        fileName: model.fileName,
        ...(model.sha256 ? { sha256: model.sha256 } : {}),
      };
    }
    if (!input.url && input.fileName) {
      const meta = readMeta(this.#o.dir, checkFileName(input.fileName));
      if (!meta)
        throw new AppError('NOT_FOUND', `There is no unfinished download of “${input.fileName}”.`);
      return {
        url: meta.url,
        fileName: input.fileName,
        ...(meta.sha256 ? { sha256: meta.sha256 } : {}),
      };
    }
    if (!input.url) throw new AppError('VALIDATION', 'Choose a model, or give its address.');
    let name = input.fileName;
    if (!name) {
      try {
        name = decodeURIComponent(path.posix.basename(new URL(input.url).pathname));
      } catch {
        throw new AppError('VALIDATION', 'The address must be an http:// or https:// address.');
      }
    }
    return {
      url: input.url,
      fileName: checkFileName(name),
      ...(input.sha256 ? { sha256: input.sha256 } : {}),
    };
  }

  /** Starts (or resumes) a download in the background; its progress comes as models.progress events. */
  start(spec: DownloadSpec): DownloadProgress {
    const fileName = checkFileName(spec.fileName);
    if (this.#running.has(fileName))
      throw new AppError('CONFLICT', `“${fileName}” is already downloading.`);
    if (fs.existsSync(path.join(this.#o.dir, fileName)))
      throw new AppError('CONFLICT', `“${fileName}” is already downloaded.`);
    this.#failed.delete(fileName);
    const stop = new AbortController();
    const first: DownloadProgress = {
      ...(partialProgress(this.#o.dir, fileName) ?? {
        fileName,
        receivedBytes: 0,
        totalBytes: null,
        bytesPerSecond: 0,
        secondsLeft: null,
      }),
      state: 'downloading',
    };
    const entry = { stop, last: first };
    this.#running.set(fileName, entry);
    const emit = (p: DownloadProgress) => {
      entry.last = p;
      // Finished: listed as a file, no longer as a download, by the time anyone hears.
      if (p.state === 'done') this.#running.delete(fileName);
      this.#o.events.emit('models.progress', p);
    };
    emit(first);
    void downloadModel(spec, {
      dir: this.#o.dir,
      signal: stop.signal,
      onProgress: emit,
      ...(this.#o.freeBytes ? { freeBytes: this.#o.freeBytes } : {}),
    })
      .then(() => this.#running.delete(fileName))
      .catch((err: unknown) => {
        this.#running.delete(fileName);
        const last = partialProgress(this.#o.dir, fileName) ?? { ...entry.last };
        if (stop.signal.aborted) {
          // Paused, or cancelled (then the part is already gone).
          this.#o.events.emit('models.progress', { ...last, state: 'paused' });
          return;
        }
        const message =
          err instanceof AppError ? err.message : 'The download failed; try again to resume it.';
        if (!(err instanceof AppError)) this.#o.logger.error('model download failed', err);
        const failed = { ...last, state: 'failed' as const, bytesPerSecond: 0, message };
        this.#failed.set(fileName, failed);
        this.#o.events.emit('models.progress', failed);
      });
    return first;
  }

  pause(fileName: string): { paused: boolean } {
    const running = this.#running.get(checkFileName(fileName));
    running?.stop.abort();
    return { paused: running !== undefined };
  }

  /** Stops a download and throws away what arrived. */
  cancel(fileName: string): { cancelled: boolean } {
    const name = checkFileName(fileName);
    const running = this.#running.get(name);
    running?.stop.abort();
    this.#running.delete(name);
    this.#failed.delete(name);
    const had = partialProgress(this.#o.dir, name) !== undefined;
    discardPartial(this.#o.dir, name);
    this.#o.events.emit('models.progress', {
      fileName: name,
      state: 'failed',
      receivedBytes: 0,
      totalBytes: null,
      bytesPerSecond: 0,
      secondsLeft: null,
      message: 'Cancelled.',
    });
    return { cancelled: running !== undefined || had };
  }

  remove(fileName: string): { removed: boolean } {
    const file = this.pathOf(fileName);
    fs.rmSync(file, { force: true });
    return { removed: true };
  }

  /** Stops every download (the host is closing); what arrived stays for next time. */
  close(): void {
    for (const r of this.#running.values()) r.stop.abort();
  }
}
