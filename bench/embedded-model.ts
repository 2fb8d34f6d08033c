// The built-in model's overhead: the same fixture, history, grammar and sampling run by
// node-llama-cpp called directly in this process, and through the app's path (LocalModel: the worker
// thread the browser host and the CLI use, and its messages). Runs alternate so a noisy machine hits both alike. While the app's
// path generates, this process's event loop (where the window's requests are answered) is watched.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getLlama, LlamaChat, type ChatHistoryItem } from 'node-llama-cpp';
import { LocalModel } from '../electron/core/agent/model/embedded/local-model.ts';
import { turnSchema } from '../electron/core/agent/model/embedded/turn-schema.ts';
import { repoRoot } from '../electron/host/host-paths.ts';

export interface EmbeddedFigures {
  /** Medians; `ratio` is the median of each run's app/direct ratio (neighbouring runs share the machine's noise). */
  firstTokenMs: { app: number; direct: number; ratio: number };
  /**
   * Throughput: all runs' generating time over all their tokens, on each side (runs differ in
   * length by seed, so a median of per-run figures weighs a 5-token run like a 400-token one);
   * `ratio` is the median of each pair's ratio (the same seed, so the same tokens, both ways).
   */
  msPerToken: { app: number; direct: number; ratio: number };
  /** The longest gap between ticks of a 20 ms timer in this process while the model generated. */
  longestTickGapMs: number;
}

const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'tiny-model.gguf');
const HISTORY = [
  { role: 'system' as const, text: 'You are the task assistant. Answer with one JSON object.' },
  { role: 'user' as const, text: 'add a task to buy stamps' },
];
const MAX_TOKENS = 400;
const PAUSE_MS = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureEmbedded(runs: number): Promise<EmbeddedFigures> {
  const schema = turnSchema();
  // Direct: the library in this process, set up as the model process sets it up.
  const llama = await getLlama({
    build: 'never',
    gpu: false,
    maxThreads: os.availableParallelism(),
  });
  const model = await llama.loadModel({ modelPath: FIXTURE });
  const context = await model.createContext({ contextSize: { max: 4096 } });
  const chat = new LlamaChat({ contextSequence: context.getSequence() });
  const grammar = await llama.createGrammarForJsonSchema(schema as never);
  const history: ChatHistoryItem[] = HISTORY.map((h) =>
    h.role === 'system' ? { type: 'system', text: h.text } : { type: 'user', text: h.text },
  );
  // A 20 ms timer: a gap between its ticks beyond 20 ms is time the loop was held up. It runs on
  // both sides (its own cost, on a 2-core machine, must not count against one side only).
  const watch = () => {
    let last = performance.now();
    let longest = 0;
    const probe = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 20);
    return () => {
      clearInterval(probe);
      return longest;
    };
  };
  const direct = async (seed: number) => {
    const stop = watch();
    const start = performance.now();
    let first = 0;
    let tokens = 0;
    await chat.generateResponse(history, {
      grammar,
      maxTokens: MAX_TOKENS,
      temperature: 1,
      seed,
      onToken: (t) => void (tokens += t.length),
      // Like the app's path: from the first words that can be shown.
      onTextChunk: () => void (first ||= performance.now()),
    });
    const end = performance.now();
    stop();
    return { first: first - start, generating: end - first, tokens: Math.max(1, tokens - 1) };
  };

  // The app's path.
  const local = new LocalModel({ modelPath: FIXTURE, gpu: false, contextSize: 4096 });
  await local.ready();
  let longestBlock = 0;
  const app = async (seed: number) => {
    const stop = watch();
    const start = performance.now();
    let first = 0;
    const out = await local.generate(
      { history: HISTORY, schema, maxTokens: MAX_TOKENS, temperature: 1, seed },
      { onText: () => (first ||= performance.now()) },
    );
    const end = performance.now();
    const longest = stop();
    return {
      first: first - start,
      generating: end - first,
      tokens: Math.max(1, out.tokens - 1),
      longest,
    };
  };

  type Run = { first: number; generating: number; tokens: number };
  const a: (Run & { longest: number })[] = [];
  const d: Run[] = [];
  try {
    // The same seeds on both sides: the same tokens are generated.
    for (let i = -2; i < runs; i++) {
      const seed = 100 + Math.max(i, 0);
      // A pause before each run: a person's message reaches an idle model, not one still warm
      // from the previous answer. Back to back, whichever side runs second often starts on a
      // still-busy core and the medians swing between 0.7x and 2.3x from one run to the next.
      // (which side goes first alternates: whatever the first of a pair meets, both meet alike)
      let x: Awaited<ReturnType<typeof app>>;
      let y: Awaited<ReturnType<typeof direct>>;
      if (i % 2 === 0) {
        await sleep(PAUSE_MS);
        x = await app(seed);
        await sleep(PAUSE_MS);
        y = await direct(seed);
      } else {
        await sleep(PAUSE_MS);
        y = await direct(seed);
        await sleep(PAUSE_MS);
        x = await app(seed);
      }
      if (i >= 0) {
        a.push(x);
        d.push(y);
        longestBlock = Math.max(longestBlock, x.longest);
      }
    }
  } finally {
    local.dispose();
    chat.dispose();
    await context.dispose();
    await model.dispose();
  }
  const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
  const perToken = (runs: Run[]) =>
    sum(runs.map((r) => r.generating)) / sum(runs.map((r) => r.tokens));
  return {
    firstTokenMs: {
      app: median(a.map((x) => x.first)),
      direct: median(d.map((x) => x.first)),
      ratio: median(a.map((x, i) => x.first / d[i]!.first)),
    },
    msPerToken: {
      app: perToken(a),
      direct: perToken(d),
      // (each pair ran the same seed, so the same tokens: the median of the pairs' ratios,
      // which share the machine's noise of that moment)
      ratio: median(a.map((x, i) => x.generating / x.tokens / (d[i]!.generating / d[i]!.tokens))),
    },
    longestTickGapMs: longestBlock,
  };
}
