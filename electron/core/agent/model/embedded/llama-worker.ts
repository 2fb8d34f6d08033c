// Runs a GGUF model with node-llama-cpp away from the thread that answers the window: a utility
// process in the desktop app, a worker thread in the browser host and the CLI — the same file for
// both. The desktop app pays for a process because llama.cpp aborts the whole process on some
// failures (an assertion, memory) and the app must outlive that; in the host and the CLI a thread
// shares the process, so a turn's first words arrive without a trip through a pipe. One model at
// a time; each request brings the whole history, and the grammar from its schema makes every
// output follow it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type {
  ChatHistoryItem,
  Llama,
  LlamaChat,
  LlamaContext,
  LlamaGrammar,
  LlamaModel,
} from 'node-llama-cpp';
import type { FromModel, GenerateRequest, LoadRequest, ModelFailure, ToModel } from './protocol.ts';

interface Port {
  send(message: FromModel): void;
  listen(handler: (message: ToModel) => void): void;
}

/** Electron's utility process has process.parentPort (its messages wrap the data); a worker
 * thread has worker_threads' parentPort. */
function port(): Port {
  const electron = (process as unknown as { parentPort?: ElectronPort }).parentPort;
  if (electron) {
    return {
      send: (m) => electron.postMessage(m),
      listen: (h) => electron.on('message', (e) => h(e.data as ToModel)),
    };
  }
  if (!parentPort) throw new Error('llama-worker must run as a worker thread or utility process');
  const thread = parentPort;
  return {
    send: (m) => thread.postMessage(m),
    listen: (h) => thread.on('message', (m) => h(m as ToModel)),
  };
}
interface ElectronPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
}

const port0 = port();
const channel: Port = {
  send: (m) => {
    if (!exiting) port0.send(m);
  },
  listen: (h) => port0.listen(h),
};
let llama: Llama | undefined;
let loaded:
  | { path: string; model: LlamaModel; context: LlamaContext; chat: LlamaChat; gpu: string | false }
  | undefined;
const grammars = new Map<number, Promise<LlamaGrammar>>();
const running = new Map<number, AbortController>();
/** The app asked this to end: nothing more is answered. */
let exiting = false;
/** Stops that came while their request was still waiting its turn. */
const stoppedEarly = new Set<number>();

function failureOf(err: unknown): ModelFailure {
  const name = (err as Error)?.name ?? '';
  const message = String((err as Error)?.message ?? err);
  if (name === 'InsufficientMemoryError' || /memory|VRAM|RAM\b|alloc/i.test(message))
    return 'out-of-memory';
  if (/context size|too long|exceeds the context/i.test(message)) return 'context-full';
  if (/magic|gguf|invalid.*file|failed to load model/i.test(message)) return 'not-a-model';
  return 'failed';
}

async function load(request: LoadRequest): Promise<void> {
  try {
    if (!fs.existsSync(request.modelPath)) {
      channel.send({ kind: 'load-failed', failure: 'not-found', detail: 'no such file' });
      return;
    }
    if (loaded?.path !== request.modelPath) {
      await unload();
      const { getLlama, LlamaChat } = await import('node-llama-cpp');
      // Prebuilt binaries only: a desktop app never compiles llama.cpp on someone's machine. As
      // many threads as cores (the library's default oversubscribes small machines badly).
      llama ??= await getLlama({
        build: 'never',
        gpu: request.gpu,
        maxThreads: os.availableParallelism(),
        logLevel: 'error' as never,
        logger: () => {},
      });
      const model = await llama.loadModel({ modelPath: request.modelPath });
      const context = await model.createContext({
        contextSize: { max: Math.min(request.contextSize, model.trainContextSize) },
      });
      const chat = new LlamaChat({ contextSequence: context.getSequence() });
      loaded = { path: request.modelPath, model, context, chat, gpu: llama.gpu };
    }
    const { model, context, gpu } = loaded!;
    const name = model.fileInfo.metadata?.general?.name;
    channel.send({
      kind: 'loaded',
      info: {
        name: typeof name === 'string' && name ? name : path.basename(request.modelPath),
        contextSize: context.contextSize,
        gpu,
      },
    });
  } catch (err) {
    await unload().catch(() => {});
    channel.send({ kind: 'load-failed', failure: failureOf(err), detail: String(err) });
  }
}

async function unload(): Promise<void> {
  const current = loaded;
  loaded = undefined;
  grammars.clear();
  if (!current) return;
  current.chat.dispose();
  await current.context.dispose();
  await current.model.dispose();
}

/** The grammar for a schema: sent once with its key, then named by the key alone. */
function grammarFor(request: GenerateRequest): Promise<LlamaGrammar> {
  let grammar = grammars.get(request.schemaKey);
  if (!grammar) {
    if (!request.schema) return Promise.reject(new Error('unknown schema'));
    // The schema is checked by zod before use and the grammar is built from it as data.
    grammar = llama!.createGrammarForJsonSchema(request.schema as never);
    grammars.set(request.schemaKey, grammar);
  }
  return grammar;
}

const historyItem = (item: GenerateRequest['history'][number]): ChatHistoryItem =>
  item.role === 'model'
    ? { type: 'model', response: [item.text] }
    : { type: item.role, text: item.text };

async function generate(request: GenerateRequest): Promise<void> {
  const { id } = request;
  if (!loaded) {
    channel.send({ kind: 'failed', id, failure: 'unavailable', detail: 'no model loaded' });
    return;
  }
  const abort = new AbortController();
  if (stoppedEarly.delete(id)) abort.abort();
  const words = batched((text) => channel.send({ kind: 'text', id, text }));
  running.set(id, abort);
  const started = performance.now();
  let firstTokenMs = -1;
  let tokens = 0;
  try {
    const grammar = await grammarFor(request);
    const response = await loaded.chat.generateResponse(request.history.map(historyItem), {
      grammar,
      maxTokens: request.maxTokens,
      signal: abort.signal,
      stopOnAbortSignal: true,
      ...(request.temperature ? { temperature: request.temperature } : {}),
      ...(request.seed !== undefined ? { seed: request.seed } : {}),
      onToken: (t) => {
        tokens += t.length;
        if (firstTokenMs < 0) firstTokenMs = performance.now() - started;
      },
      onTextChunk: (text) => words.add(text),
    });
    words.flush();
    channel.send({
      kind: 'done',
      id,
      text: response.response,
      stopped: response.metadata.stopReason === 'abort',
      tokens,
      firstTokenMs: Math.max(firstTokenMs, 0),
    });
  } catch (err) {
    words.flush();
    channel.send({ kind: 'failed', id, failure: failureOf(err), detail: String(err) });
  } finally {
    running.delete(id);
  }
}

/**
 * Text goes to the app at most every TEXT_EVERY_MS (the first piece at once): a message per
 * token costs the generation more than the eye can see.
 */
const TEXT_EVERY_MS = 30;
function batched(send: (text: string) => void) {
  let pending = '';
  let last = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    send(pending);
    pending = '';
    last = performance.now();
  };
  return {
    add(text: string) {
      pending += text;
      if (performance.now() - last >= TEXT_EVERY_MS) flush();
      else timer ??= setTimeout(flush, TEXT_EVERY_MS);
    },
    flush,
  };
}

// One request at a time: a model has one context, and the app asks for one turn at a time.
let queue = Promise.resolve();
channel.listen((message) => {
  if (message.kind === 'exit') {
    // Whatever runs stops where it is (its answer is no longer wanted), the model is freed, and
    // only then does the thread or process end.
    exiting = true;
    for (const run of running.values()) run.abort();
    queue = queue
      .then(() => unload())
      .catch(() => {})
      .then(() => process.exit(0));
    return;
  }
  if (exiting) return;
  if (message.kind === 'stop') {
    const current = running.get(message.id);
    if (current) current.abort();
    else stoppedEarly.add(message.id);
    return;
  }
  queue = queue.then(() => (message.kind === 'load' ? load(message) : generate(message)));
});
