// The app's own overhead on the model path, against a fake OpenAI-compatible server on loopback:
// send → first streamed token (minus the server's scripted delay), and the cost of one tool call.
// Run: node bench/model-overhead.ts
import { performance } from 'node:perf_hooks';
import { startFakeServer, text, toolCall } from '../scripts/lib/fake-openai-server.ts';
import { openTempCore } from '../scripts/lib/temp-profile.ts';

const RUNS = 40;
const SERVER_DELAY_MS = 20;
const fake = await startFakeServer();
const core = openTempCore({ modelMaxRetries: 0 });
core.settings.update({ provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'fake-model' });

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function firstToken(): Promise<number> {
  fake.script.push({ stream: text('Hi', ' there'), firstTokenDelayMs: SERVER_DELAY_MS });
  let first = 0;
  const off = core.events.on('chat.delta', () => (first ||= performance.now()));
  const start = performance.now();
  await core.chat.say('hello', { newConversation: true });
  off();
  return first - start - SERVER_DELAY_MS;
}

async function turn(withTool: boolean): Promise<number> {
  if (withTool) fake.script.push({ stream: [toolCall('c', 'add_task', '{"title":"Probe"}')] });
  fake.script.push({ stream: text('ok') });
  const start = performance.now();
  await core.chat.say('go', { newConversation: true });
  return performance.now() - start;
}

for (let i = 0; i < 5; i++) await firstToken(); // warm up
const ttft = [];
for (let i = 0; i < RUNS; i++) ttft.push(await firstToken());
const plain = [];
const tool = [];
for (let i = 0; i < RUNS; i++) {
  plain.push(await turn(false));
  tool.push(await turn(true));
}
// A tool turn is a plain turn plus the tool call and the second request that reports its result.
const perTool = percentile(tool, 0.5) - percentile(plain, 0.5);
console.log(`node ${process.version}, ${RUNS} runs`);
console.log(
  `send → first token, app overhead: p50 ${percentile(ttft, 0.5).toFixed(1)} ms, p95 ${percentile(ttft, 0.95).toFixed(1)} ms`,
);
console.log(
  `turn without tools: p50 ${percentile(plain, 0.5).toFixed(1)} ms; with one add_task call: p50 ${percentile(tool, 0.5).toFixed(1)} ms`,
);
console.log(
  `one tool call (validate, execute, journal, receipt, plus the request that reports it): ~${perTool.toFixed(1)} ms`,
);
core.cleanup();
await fake.close();
