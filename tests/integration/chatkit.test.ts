import type http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebServer, newToken } from '../../electron/host/web-server.ts';
import type { ChatKitResponse } from '../../electron/shared/chatkit.ts';
import { hasNull, page, streamEvent, thread, threadItem } from '../helpers/chatkit-shapes.ts';
import { makeTempDir, openTempCore, type TempCore } from '../helpers/temp-profile.ts';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const input = (text: string) => ({
  content: [{ type: 'input_text', text }],
  attachments: [],
  inference_options: {},
});

async function request(body: unknown): Promise<ChatKitResponse> {
  const result = await core.handlers['chatkit.request']({ body });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- events are checked against the shapes above
type Event = { type: string } & Record<string, any>;

async function stream(body: unknown) {
  const r = await request(body);
  expect(r.kind).toBe('stream');
  const events = r.kind === 'stream' ? (r.events as Event[]) : [];
  for (const e of events) {
    expect(streamEvent.safeParse(e).error?.issues ?? []).toEqual([]);
    expect(hasNull(e)).toBe(false);
  }
  return events;
}
async function json(body: unknown) {
  const r = await request(body);
  expect(r.kind).toBe('json');
  const value = r.kind === 'json' ? (r.body as Record<string, unknown>) : {};
  expect(hasNull(value)).toBe(false);
  return value;
}

describe('the shape checks themselves', () => {
  it('accept the reference server’s own canonical stream', () => {
    const reference = [
      {
        type: 'thread.created',
        thread: {
          id: 'thr_1a2b3c4d',
          created_at: '2025-10-07T12:34:56.120000',
          status: { type: 'active' },
          metadata: {},
          items: { data: [], has_more: false },
        },
      },
      {
        type: 'thread.item.done',
        item: {
          id: 'msg_aa11bb22',
          thread_id: 'thr_1a2b3c4d',
          created_at: '2025-10-07T12:34:56.130000',
          type: 'user_message',
          content: [{ type: 'input_text', text: 'Hi' }],
          attachments: [],
          inference_options: {},
        },
      },
      { type: 'stream_options', stream_options: { allow_cancel: true } },
      {
        type: 'thread.item.updated',
        item_id: 'msg_cc33dd44',
        update: {
          type: 'assistant_message.content_part.text_delta',
          content_index: 0,
          delta: 'Hello',
        },
      },
      {
        type: 'thread.item.done',
        item: {
          id: 'msg_cc33dd44',
          thread_id: 'thr_1a2b3c4d',
          created_at: '2025-10-07T12:34:57.000000',
          type: 'assistant_message',
          content: [{ annotations: [], text: 'Hello there!', type: 'output_text' }],
        },
      },
    ];
    for (const e of reference) expect(streamEvent.safeParse(e).success).toBe(true);
    expect(
      streamEvent.safeParse({ type: 'thread.item.done', item: { id: 'x', type: 'user_message' } })
        .success,
    ).toBe(false);
  });
});

describe('ChatKit protocol', () => {
  it('threads.create streams the thread, the user message, options, the reply, then the title', async () => {
    const events = await stream({
      type: 'threads.create',
      params: { input: input('Add a task to buy groceries') },
      metadata: {},
    });
    expect(events.map((e) => e.type)).toEqual([
      'thread.created',
      'thread.item.done', // the user message
      'stream_options',
      'thread.item.done', // the receipt, as a task item
      'thread.item.added', // the reply, streamed under a provisional id…
      'thread.item.updated',
      'thread.item.updated',
      'thread.item.updated',
      'thread.item.removed', // …then replaced by the stored message
      'thread.item.done',
      'thread.updated',
    ]);
    expect(events[8]!.item_id).toBe(events[4]!.item.id);
    expect(events[9]!.item.id).not.toBe(events[4]!.item.id);
    expect(events[1]).toMatchObject({
      item: { type: 'user_message', content: [{ text: 'Add a task to buy groceries' }] },
    });
    expect(events[3]).toMatchObject({
      item: { type: 'task', task: { title: 'Added “Buy groceries” (#1)' } },
    });
    expect(events[9]).toMatchObject({
      item: { type: 'assistant_message', content: [{ text: 'Added “Buy groceries” (#1).' }] },
    });
    expect(events[10]).toMatchObject({ thread: { title: 'Add a task to buy groceries' } });
    expect(core.tasks.list('all').map((t) => t.title)).toEqual(['Buy groceries']);
  });

  it('get_by_id, items.list and threads.list return pages the reference client reads', async () => {
    const created = await stream({ type: 'threads.create', params: { input: input('hello') } });
    const id = created[0]!.thread.id as string;
    for (let i = 0; i < 12; i++) {
      await stream({
        type: 'threads.add_user_message',
        params: { thread_id: id, input: input(`thanks ${i}`) },
      });
    }
    const got = await json({ type: 'threads.get_by_id', params: { thread_id: id } });
    expect(thread.safeParse(got).error?.issues ?? []).toEqual([]);
    expect((got.items as { data: unknown[] }).data).toHaveLength(20);

    const first = await json({
      type: 'items.list',
      params: { thread_id: id, limit: 10, order: 'desc' },
    });
    expect(page(threadItem).safeParse(first).success).toBe(true);
    expect(first.has_more).toBe(true);
    const second = await json({
      type: 'items.list',
      params: { thread_id: id, limit: 10, order: 'desc', after: first.after },
    });
    const firstIds = (first.data as { id: string }[]).map((i) => i.id);
    const secondIds = (second.data as { id: string }[]).map((i) => i.id);
    expect(firstIds.filter((x) => secondIds.includes(x))).toEqual([]);
    expect(Number(firstIds.at(-1)!.slice(4))).toBeGreaterThan(Number(secondIds[0]!.slice(4)));

    await stream({ type: 'threads.create', params: { input: input('second thread') } });
    const list = await json({ type: 'threads.list', params: { limit: 1 } });
    expect(page(thread).safeParse(list).success).toBe(true);
    expect(list).toMatchObject({ has_more: true, data: [{ title: 'second thread' }] });
    const rest = await json({ type: 'threads.list', params: { limit: 5, after: list.after } });
    expect(rest).toMatchObject({ has_more: false, data: [{ id }] });
  });

  it('a delete asks with a Card widget, and its Confirm button arrives as threads.custom_action', async () => {
    core.tasks.create({ title: 'Team meeting prep' });
    const asked = await stream({
      type: 'threads.create',
      params: { input: input('Delete the meeting task') },
    });
    const widget = asked.find((e) => e.type === 'thread.item.done' && e.item.type === 'widget')!;
    expect(widget.item.widget.type).toBe('Card');
    const confirm = widget.item.widget.children[1]!.children![0]!.onClickAction!;
    expect(core.tasks.list('all')).toHaveLength(1);

    const got = await json({
      type: 'threads.get_by_id',
      params: { thread_id: widget.item.thread_id },
    });
    expect((got.items as { data: { type: string }[] }).data.at(-1)!.type).toBe('widget');

    const done = await stream({
      type: 'threads.custom_action',
      params: { thread_id: widget.item.thread_id, item_id: widget.item.id, action: confirm },
    });
    expect(done.map((e) => e.type)).toContain('thread.item.removed');
    expect(core.tasks.list('all')).toHaveLength(0);
  });

  it('retry runs the turn again for a stored user message', async () => {
    const created = await stream({
      type: 'threads.create',
      params: { input: input('What is pending?') },
    });
    const user = created[1]!;
    const again = await stream({
      type: 'threads.retry_after_item',
      params: { thread_id: user.item.thread_id, item_id: user.item.id },
    });
    expect(again[0]).toEqual({ type: 'stream_options', stream_options: { allow_cancel: true } });
    expect(again.at(-1)).toMatchObject({
      type: 'thread.item.done',
      item: { type: 'assistant_message' },
    });
  });

  it('update renames and delete removes a thread', async () => {
    const created = await stream({ type: 'threads.create', params: { input: input('hello') } });
    const id = created[0]!.thread.id as string;
    expect(
      await json({ type: 'threads.update', params: { thread_id: id, title: 'Renamed' } }),
    ).toMatchObject({ title: 'Renamed' });
    expect(await json({ type: 'threads.delete', params: { thread_id: id } })).toEqual({});
    expect((await json({ type: 'threads.list', params: {} })).data).toEqual([]);
  });

  it('unsupported or malformed requests get a clear error and change nothing', async () => {
    for (const body of [
      { type: 'attachments.create', params: { name: 'a', size: 1, mime_type: 'text/plain' } },
      { type: 'threads.get_by_id', params: {} },
      { type: 'threads.get_by_id', params: { thread_id: 'thr_999' } },
      { type: 'threads.add_user_message', params: { thread_id: 'nope', input: input('hi') } },
      null,
      'threads.list',
    ]) {
      const result = await core.handlers['chatkit.request']({ body });
      const message = result.ok ? JSON.stringify(result.value) : result.error.message;
      expect(result.ok && result.value.kind === 'json', message).toBe(false);
      expect(message).not.toMatch(/SQL|at .*\.ts/);
    }
    expect(core.chat.list(10, 0).total).toBe(0);
  });
});

describe('ChatKit over the browser host', () => {
  let server: http.Server;
  let base: string;
  const token = newToken();
  beforeEach(async () => {
    const staticDir = makeTempDir('renderer-');
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    server = createWebServer({ handlers: core.handlers, events: core.events, staticDir, token });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterEach(() => new Promise((r) => server.close(r)));

  it('streams `data: {json}` events for threads.create and answers JSON for threads.list', async () => {
    const res = await fetch(`${base}/api/chatkit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({
        type: 'threads.create',
        params: { input: input('Add a task to buy milk') },
      }),
    });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const text = await res.text();
    const frames = text.split('\n\n').filter(Boolean);
    expect(frames.every((f) => f.startsWith('data: {'))).toBe(true);
    expect(JSON.parse(frames[0]!.slice(6))).toMatchObject({ type: 'thread.created' });

    const list = await fetch(`${base}/api/chatkit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ type: 'threads.list', params: {} }),
    });
    expect(list.headers.get('content-type')).toContain('application/json');
    expect(await list.json()).toMatchObject({
      data: [{ title: 'Add a task to buy milk' }],
      has_more: false,
    });
  });

  it('refuses ChatKit calls without the launch token', async () => {
    const res = await fetch(`${base}/api/chatkit`, {
      method: 'POST',
      body: '{"type":"threads.list","params":{}}',
    });
    expect(res.status).toBe(401);
  });
});

describe('ChatKit streaming with a model', () => {
  it('pushes the words as the model writes them, before the reply is stored', async () => {
    const { startFakeServer, text } = await import('../../scripts/lib/fake-openai-server.ts');
    const fake = await startFakeServer();
    try {
      core.settings.update({
        provider: 'openai-compatible',
        baseUrl: fake.baseUrl,
        model: 'fake-model',
      });
      fake.script.push({ stream: text('One', ' two', ' three.'), delayMs: 5 });
      const seen: { delta: string; storedReplies: number }[] = [];
      const result = await core.chatkit.handle(
        { type: 'threads.create', params: { input: input('count for me') } },
        (event) => {
          const update = (event as { update?: { type: string; delta?: string } }).update;
          if (update?.type !== 'assistant_message.content_part.text_delta') return;
          const conversationId = core.chat.list(1, 0).items[0]!.id;
          const stored = core.chat
            .messages(conversationId, { limit: 50 })
            .items.filter((m) => m.role === 'assistant');
          seen.push({ delta: update.delta!, storedReplies: stored.length });
        },
      );
      expect(seen).toEqual([
        { delta: 'One', storedReplies: 0 },
        { delta: ' two', storedReplies: 0 },
        { delta: ' three.', storedReplies: 0 },
      ]);
      expect(result.kind === 'stream' && result.events.at(-2)).toMatchObject({
        type: 'thread.item.done',
        item: { type: 'assistant_message', content: [{ text: 'One two three.' }] },
      });
    } finally {
      await fake.close();
    }
  });
});
