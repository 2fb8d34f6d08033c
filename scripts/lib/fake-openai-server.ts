// A scripted OpenAI-compatible server on 127.0.0.1 for tests: each request to
// /v1/chat/completions takes the next step of the script.
import http from 'node:http';
import type { Socket } from 'node:net';

export type ScriptStep =
  /** Streamed deltas (the first carries role: "assistant", as real servers send). */
  | {
      stream: Record<string, unknown>[];
      delayMs?: number;
      firstTokenDelayMs?: number;
      dropAfter?: number;
    }
  | { status: number; body?: unknown }
  /** A non-streamed completion (used by "Test connection"). */
  | { completion: Record<string, unknown> };

export interface FakeServer {
  baseUrl: string;
  requests: { path: string; body: Record<string, unknown> }[];
  script: ScriptStep[];
  models: string[] | null;
  close(): Promise<void>;
}

export const text = (...parts: string[]) => parts.map((content) => ({ content }));
export const toolCall = (id: string, name: string, args: string, index = 0) => ({
  tool_calls: [{ index, id, type: 'function', function: { name, arguments: args } }],
});

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  id: 'chatcmpl-fake',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'fake',
  choices: [{ index: 0, delta, finish_reason: finish }],
});

export async function startFakeServer(): Promise<FakeServer> {
  const fake: FakeServer = {
    baseUrl: '',
    requests: [],
    script: [],
    models: ['fake-model', 'other-model'],
    close: async () => {},
  };
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      const path = req.url ?? '';
      if (req.method === 'GET' && path.endsWith('/models')) {
        if (!fake.models) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(
          JSON.stringify({
            object: 'list',
            data: fake.models.map((id) => ({ id, object: 'model', created: 1, owned_by: 'me' })),
          }),
        );
      }
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      fake.requests.push({ path, body });
      const step: ScriptStep = fake.script.shift() ?? { stream: text('(script ended)') };
      if ('status' in step) {
        res.writeHead(step.status, { 'content-type': 'application/json', 'retry-after-ms': '10' });
        return void res.end(
          JSON.stringify(step.body ?? { error: { message: `status ${step.status}` } }),
        );
      }
      if ('completion' in step) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(
          JSON.stringify({
            id: 'c',
            object: 'chat.completion',
            created: 1,
            model: 'fake',
            choices: [{ index: 0, finish_reason: 'stop', ...step.completion }],
          }),
        );
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      if (step.firstTokenDelayMs) await new Promise((r) => setTimeout(r, step.firstTokenDelayMs));
      const deltas = step.stream.map((d, i) => (i === 0 ? { role: 'assistant', ...d } : d));
      for (const [i, delta] of deltas.entries()) {
        if (res.destroyed) return;
        if (step.dropAfter !== undefined && i >= step.dropAfter) return void res.socket?.destroy();
        res.write(`data: ${JSON.stringify(chunk(delta))}\n\n`);
        if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
      }
      const toolish = deltas.some((d) => 'tool_calls' in d);
      res.write(`data: ${JSON.stringify(chunk({}, toolish ? 'tool_calls' : 'stop'))}\n\n`);
      res.end('data: [DONE]\n\n');
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`;
  fake.close = () =>
    new Promise((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return fake;
}
