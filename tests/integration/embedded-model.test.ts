// The built-in model for real: tests/fixtures/tiny-model.gguf (random weights, made by
// `npm run fixtures:model`) runs in its own process through node-llama-cpp. What it says is noise,
// but every step it writes must be a reply or a tool call the grammar allows, and every call goes
// through the runtime like a call from any model.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LocalModel, workerThread } from '../../electron/core/agent/model/embedded/local-model.ts';
import { readStep, turnSchema } from '../../electron/core/agent/model/embedded/turn-schema.ts';
import type { ModelProcess } from '../../electron/core/agent/model/embedded/local-model.ts';
import type { TurnResult } from '../../electron/shared/chat.ts';
import { repoRoot } from '../../electron/host/host-paths.ts';
import { makeTempDir, snapshotDatabase, tempCoresPerTest } from '../helpers/temp-profile.ts';

const TINY_MODEL = path.resolve('tests/fixtures/tiny-model.gguf');
const openCore = tempCoresPerTest();
// A real model on the CPU, beside other test files on a small machine: time to spare.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });
const NOW = () => new Date('2026-11-28T10:00:00');
const history = [
  { role: 'system' as const, text: 'You manage tasks.' },
  { role: 'user' as const, text: 'add a task to buy stamps' },
];

describe('a model file in its own process', () => {
  let model: LocalModel;
  const spawned: ModelProcess[] = [];
  beforeAll(() => {
    model = new LocalModel({
      modelPath: TINY_MODEL,
      gpu: false,
      spawn: () => {
        const p = workerThread();
        spawned.push(p);
        return p;
      },
    });
  });
  afterAll(() => model.dispose());

  it('loads, and streams a step the grammar allows piece by piece', async () => {
    expect(await model.ready()).toMatchObject({ name: 'tiny test model', gpu: false });
    const pieces: string[] = [];
    const out = await model.generate(
      { history, schema: turnSchema(), maxTokens: 4096 },
      { onText: (soFar) => pieces.push(soFar) },
    );
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.at(-1)).toBe(out.text);
    expect(readStep(out.text)).toBeDefined();
    expect(out.stopped).toBe(false);
  });

  it('sends a schema to its process once, then names it (a new process is sent it again)', async () => {
    const sent: { schema: boolean }[] = [];
    const recording = new LocalModel({
      modelPath: TINY_MODEL,
      gpu: false,
      spawn: () => {
        const p = workerThread();
        return {
          ...p,
          send: (m) => {
            if (m.kind === 'generate') sent.push({ schema: m.schema !== undefined });
            p.send(m);
          },
        };
      },
    });
    try {
      for (let seed = 1; seed <= 3; seed++) {
        // (a new object each time, with the same content: the same schema)
        const out = await recording.generate({
          history,
          schema: turnSchema(),
          maxTokens: 4096,
          temperature: 1,
          seed,
        });
        expect(readStep(out.text), out.text).toBeDefined();
      }
      recording.dispose();
      const again = await recording.generate({
        history,
        schema: turnSchema(),
        maxTokens: 4096,
        temperature: 1,
        seed: 1,
      });
      expect(readStep(again.text), again.text).toBeDefined();
      expect(sent).toEqual([
        { schema: true },
        { schema: false },
        { schema: false },
        { schema: true },
      ]);
    } finally {
      recording.dispose();
    }
  });

  it('writes only whole steps: replies and calls of the task tools', async () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const out = await model.generate({
        history,
        schema: turnSchema(),
        maxTokens: 4096,
        temperature: 1,
        seed,
      });
      const step = readStep(out.text);
      expect(step, out.text).toBeDefined();
      kinds.add(step!.kind);
    }
    // Random weights pick either kind often; twelve steps of one kind would mean a broken grammar.
    expect([...kinds].sort()).toEqual(['call', 'reply']);
  });

  it('stops when asked, keeping what was written', async () => {
    const stop = new AbortController();
    const out = await model.generate(
      { history, schema: turnSchema(), maxTokens: 4096 },
      { signal: stop.signal, onText: () => stop.abort() },
    );
    expect(out.stopped).toBe(true);
    expect(out.text.length).toBeGreaterThan(0);
    expect(readStep(out.text)).toBeUndefined();
  });

  it('a model thread ended mid-answer fails what it was doing; the next request starts a new one', async () => {
    const before = spawned.length;
    const running = model.generate(
      { history, schema: turnSchema(), maxTokens: 4096 },
      { onText: () => spawned.at(-1)!.kill() },
    );
    await expect(running).rejects.toThrow(/stopped answering/);
    const again = await model.generate({ history, schema: turnSchema(), maxTokens: 64 });
    expect(again.text.length).toBeGreaterThan(0);
    expect(spawned.length).toBe(before + 1);
  });
});

describe('the built-in model in chat', () => {
  it('answers a turn through the runtime; a delete waits for a yes and changes nothing', async () => {
    let seed = 0;
    const core = openCore({
      modelOverride: { provider: 'embedded', modelPath: TINY_MODEL },
      embeddedModel: { gpu: false, now: NOW, sampling: () => ({ temperature: 1, seed: ++seed }) },
    });
    core.tasks.create({ title: 'Buy milk' });
    core.tasks.create({ title: 'Call mom' });
    const seen = { reply: false, call: false, confirm: false };
    for (let i = 0; i < 60 && !(seen.reply && seen.call && seen.confirm); i++) {
      const before = snapshotDatabase(core);
      const turn = await core.chat.say('add a task to buy stamps', { newConversation: true });
      expect(turn.reply).not.toMatch(/answered offline/);
      expect(turn.reply.length).toBeGreaterThan(0);
      if (turn.actions.length === 0 && !turn.pendingConfirmation) seen.reply = true;
      if (turn.actions.length > 0) seen.call = true;
      // Every change the model made is one of the turn's receipts.
      const changed = turn.actions.filter((a) => a.ok && a.tool !== 'list_tasks');
      if (changed.length === 0) {
        const tasks = (s: string) =>
          JSON.stringify((JSON.parse(s) as [string, unknown][]).find(([t]) => t === 'tasks'));
        expect(tasks(snapshotDatabase(core))).toBe(tasks(before));
      }
      if (turn.pendingConfirmation) {
        seen.confirm = true;
        expect(turn.pendingConfirmation.calls.some((c) => c.tool === 'delete_task')).toBe(true);
        expect(core.tasks.list('all').map((t) => t.title)).toEqual(['Buy milk', 'Call mom']);
      }
    }
    expect(seen).toEqual({ reply: true, call: true, confirm: true });
  });

  it('a missing or broken model file: the built-in assistant answers and says why', async () => {
    const dir = makeTempDir();
    const broken = path.join(dir, 'broken.gguf');
    fs.writeFileSync(broken, 'not a model');
    for (const [file, why] of [
      [path.join(dir, 'gone.gguf'), /“gone\.gguf” isn't there any more; answered offline/],
      [broken, /“broken\.gguf” isn't a model file this app can run/],
    ] as const) {
      const core = openCore({
        modelOverride: { provider: 'embedded', modelPath: file },
        embeddedModel: { gpu: false },
      });
      const turn = await core.chat.say('add a task to buy stamps', { newConversation: true });
      expect(turn.reply).toMatch(why);
      expect(turn.reply).not.toContain(dir);
      expect(core.tasks.list('all').map((t) => t.title)).toEqual(['Buy stamps']);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('"Test" in the settings loads the model and says where it runs', async () => {
    const core = openCore({ embeddedModel: { gpu: false } });
    core.settings.update({ provider: 'embedded', modelPath: TINY_MODEL });
    const report = await core.handlers['model.test']({});
    expect(report).toMatchObject({ ok: true });
    if (report.ok)
      expect(report.value.message).toMatch(
        /Loaded “tiny test model”: it runs on the processor with 4,096 tokens/,
      );
    core.settings.update({ modelPath: path.join(path.dirname(TINY_MODEL), 'missing.gguf') });
    const missing = await core.handlers['model.test']({});
    expect(missing.ok && missing.value).toMatchObject({
      ok: false,
      message: "The model file “missing.gguf” isn't there any more.",
    });
    expect(() => core.settings.update({ modelPath: '/tmp/notes.txt' })).toThrow(/\.gguf file/);
  });

  it('Stop keeps the words shown so far and marks the reply stopped', async () => {
    const core = openCore({
      modelOverride: { provider: 'embedded', modelPath: TINY_MODEL },
      embeddedModel: { gpu: false, now: NOW },
    });
    const id = core.chat.create('stop test').id;
    let shown = '';
    core.events.on('chat.delta', (e) => {
      shown = e.text;
      if (shown.length > 20) core.chat.cancel(id);
    });
    const turn = await core.chat.say('add a task to buy stamps', { conversationId: id });
    expect(shown.length).toBeGreaterThan(20);
    expect(turn.reply.startsWith(shown.trim().slice(0, 20))).toBe(true);
    const last = core.chat.messages(id, { limit: 5 }).items.at(-1)!;
    expect(last.status).toBe('stopped');
  });
});

describe('the CLI with a model file', () => {
  it('`say … --provider embedded --model-path FILE` completes a turn with the model', () => {
    const dir = makeTempDir('cli-embedded-');
    const r = spawnSync(
      process.execPath,
      [
        'electron/host/cli.ts',
        '--profile',
        path.join(dir, 'profile'),
        'say',
        'add a task to buy stamps',
        '--provider',
        'embedded',
        '--model-path',
        path.relative(repoRoot, TINY_MODEL),
        '--json',
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 150_000 },
    );
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status, r.stderr).toBe(0);
    const turn = JSON.parse(r.stdout.trim().split('\n').pop()!) as TurnResult;
    // A reply or a tool call the model wrote (random weights: either), not the built-in assistant's.
    expect(turn.reply).not.toMatch(/answered offline/);
    expect(turn.reply.length + turn.actions.length).toBeGreaterThan(0);
  });
});
