// The app's side of a built-in model: starts the thread or process that runs it (lazily, once),
// loads the file, and streams one generation at a time. One that crashed or hung is reported as a
// ModelProblem (the built-in assistant answers instead) and started afresh on the next use.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ModelProblem } from '../model-errors.ts';
import type { ChatItem, FromModel, ModelFailure, ModelInfo, ToModel } from './protocol.ts';

/** The process a model runs in, whatever kind it is. */
export interface ModelProcess {
  send(message: ToModel): void;
  onMessage(listener: (message: FromModel) => void): void;
  /** Called once when it ends, for whatever reason. */
  onExit(listener: (why: string) => void): void;
  kill(): void;
}

/** The worker's file: beside this one in the sources, beside the bundle once built. */
export function workerFile(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts')
    ? new URL('./llama-worker.ts', here)
    : new URL('./llama-worker.mjs', here);
}

/** A worker thread of this process (the browser host and the CLI), talking by postMessage: no
 * serialising through a pipe, so a turn's first words come as soon as the model's. */
export function workerThread(): ModelProcess {
  const worker = new Worker(workerFile(), {
    // Its own flags, not the parent's; its output goes nowhere (the model's log is off anyway).
    execArgv: [],
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  let exited = false;
  const exitListeners: ((why: string) => void)[] = [];
  const exit = (why: string) => {
    if (exited) return;
    exited = true;
    for (const l of exitListeners) l(why);
  };
  worker.on('error', (err) => exit(String(err)));
  worker.on('exit', (code) => exit(`exit ${code}`));
  return {
    send: (m) => {
      if (!exited) worker.postMessage(m);
    },
    onMessage: (l) => worker.on('message', (m) => l(m as FromModel)),
    onExit: (l) => exitListeners.push(l),
    // Asked to end, it stops what it runs and frees the model first: ending a thread from
    // outside while llama.cpp works in it aborts the whole process. Only one that doesn't end
    // by itself in time is ended from outside.
    kill: () => {
      if (exited) return;
      worker.postMessage({ kind: 'exit' } satisfies ToModel);
      const force = setTimeout(() => void worker.terminate(), 15_000);
      force.unref();
      worker.once('exit', () => clearTimeout(force));
    },
  };
}

export interface LocalModelOptions {
  modelPath: string;
  spawn?: () => ModelProcess;
  contextSize?: number;
  gpu?: 'auto' | false;
  /** How long a load may take before it counts as hung. */
  loadTimeoutMs?: number;
}

export interface Generation {
  text: string;
  stopped: boolean;
  tokens: number;
  firstTokenMs: number;
}

const FAILURE_NOTICE: Record<ModelFailure, (name: string) => string> = {
  'not-found': (name) => `The model file “${name}” isn't there any more`,
  'not-a-model': (name) => `“${name}” isn't a model file this app can run (GGUF)`,
  'out-of-memory': (name) =>
    `This computer doesn't have enough free memory for “${name}”; close other apps or choose a smaller model`,
  'context-full': () => 'The conversation is too long for the model; start a new conversation',
  unavailable: (name) => `The built-in model “${name}” isn't loaded`,
  failed: (name) => `The built-in model “${name}” stopped answering`,
};

/** A number for each schema, so a process is sent each schema once, then its number (the same
 * content has the same number, whichever object carries it). */
const schemaKeys = new WeakMap<object, number>();
const keysByContent = new Map<string, number>();
const keyOf = (schema: object) => {
  let key = schemaKeys.get(schema);
  if (key === undefined) {
    const content = JSON.stringify(schema);
    key = keysByContent.get(content) ?? keysByContent.size + 1;
    keysByContent.set(content, key);
    schemaKeys.set(schema, key);
  }
  return key;
};

export class LocalModel {
  readonly #o: LocalModelOptions;
  #process: ModelProcess | undefined;
  /** The schemas the running process has been sent. */
  #schemasSent = new Set<number>();
  #ready: Promise<ModelInfo> | undefined;
  #nextId = 1;
  readonly #pending = new Map<
    number,
    {
      onText: (text: string) => void;
      resolve: (g: Generation) => void;
      reject: (e: unknown) => void;
    }
  >();
  #loadWaiter: { resolve: (i: ModelInfo) => void; reject: (e: unknown) => void } | undefined;

  constructor(options: LocalModelOptions) {
    this.#o = options;
  }

  get modelPath(): string {
    return this.#o.modelPath;
  }

  /** The file's name: what messages say (never its folder). */
  get name(): string {
    return path.basename(this.#o.modelPath);
  }

  problem(failure: ModelFailure, cause?: unknown): ModelProblem {
    return new ModelProblem(FAILURE_NOTICE[failure](this.name), cause);
  }

  /** Starts the process and loads the model, once; later calls share the same load. */
  ready(): Promise<ModelInfo> {
    this.#ready ??= this.#start();
    return this.#ready;
  }

  async #start(): Promise<ModelInfo> {
    const child = (this.#o.spawn ?? workerThread)();
    this.#process = child;
    this.#schemasSent = new Set();
    child.onMessage((m) => this.#receive(m));
    child.onExit((why) => this.#lost(child, why));
    const loading = new Promise<ModelInfo>((resolve, reject) => {
      this.#loadWaiter = { resolve, reject };
    });
    child.send({
      kind: 'load',
      modelPath: this.#o.modelPath,
      contextSize: this.#o.contextSize ?? 8192,
      gpu: this.#o.gpu ?? 'auto',
    });
    const timeout = this.#o.loadTimeoutMs ?? 120_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        loading,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(this.problem('failed', 'load timed out')), timeout);
        }),
      ]);
    } catch (err) {
      this.#reset();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  #receive(m: FromModel): void {
    switch (m.kind) {
      case 'loaded':
        this.#loadWaiter?.resolve(m.info);
        this.#loadWaiter = undefined;
        return;
      case 'load-failed':
        this.#loadWaiter?.reject(this.problem(m.failure, m.detail));
        this.#loadWaiter = undefined;
        return;
      case 'text':
        this.#pending.get(m.id)?.onText(m.text);
        return;
      case 'done': {
        const p = this.#pending.get(m.id);
        this.#pending.delete(m.id);
        p?.resolve({
          text: m.text,
          stopped: m.stopped,
          tokens: m.tokens,
          firstTokenMs: m.firstTokenMs,
        });
        return;
      }
      case 'failed': {
        const p = this.#pending.get(m.id);
        this.#pending.delete(m.id);
        p?.reject(this.problem(m.failure, m.detail));
      }
    }
  }

  /** The process ended (crashed, was killed): everything waiting on it fails; the next use restarts it. */
  #lost(child: ModelProcess, why: string): void {
    if (this.#process !== child) return;
    const problem = this.problem('failed', why);
    this.#loadWaiter?.reject(problem);
    this.#loadWaiter = undefined;
    for (const p of this.#pending.values()) p.reject(problem);
    this.#pending.clear();
    this.#process = undefined;
    this.#ready = undefined;
  }

  #reset(): void {
    const child = this.#process;
    this.#process = undefined;
    this.#ready = undefined;
    child?.kill();
  }

  async generate(
    request: {
      history: ChatItem[];
      schema: Record<string, unknown>;
      maxTokens: number;
      temperature?: number;
      seed?: number;
    },
    options: { signal?: AbortSignal; onText?: (textSoFar: string) => void } = {},
  ): Promise<Generation> {
    await this.ready();
    const child = this.#process;
    if (!child) throw this.problem('failed');
    const id = this.#nextId++;
    let soFar = '';
    const result = new Promise<Generation>((resolve, reject) => {
      this.#pending.set(id, {
        onText: (text) => {
          soFar += text;
          options.onText?.(soFar);
        },
        resolve,
        reject,
      });
    });
    const stop = () => child.send({ kind: 'stop', id });
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    const { schema, ...rest } = request;
    const schemaKey = keyOf(schema);
    const sent = this.#schemasSent.has(schemaKey);
    this.#schemasSent.add(schemaKey);
    child.send({ kind: 'generate', id, ...rest, schemaKey, ...(sent ? {} : { schema }) });
    try {
      return await result;
    } finally {
      options.signal?.removeEventListener('abort', stop);
    }
  }

  /** Ends the process (the app is closing, or another model was chosen). */
  dispose(): void {
    const child = this.#process;
    if (child) this.#lost(child, 'disposed');
    child?.kill();
  }
}
