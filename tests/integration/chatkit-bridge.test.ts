import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatKitOptions, createChatKitFetch } from '../../renderer/src/lib/chatkit-bridge.ts';
import { streamEvent } from '../helpers/chatkit-shapes.ts';
import { openTempCore, type TempCore } from '../helpers/temp-profile.ts';

// The ChatKit web component can't load here (it comes from OpenAI's CDN), so these tests check
// what we hand it: its configuration, and the fetch it uses, end to end through the real backend.
let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const invoke = (input: { body: unknown }) => core.handlers['chatkit.request'](input);
const post = (body: unknown) =>
  createChatKitFetch(invoke)('/chatkit', { method: 'POST', body: JSON.stringify(body) });

describe('the ChatKit view', () => {
  it('is configured for our own backend: custom api with a fetch, no hosted secret, no uploads', () => {
    const options = chatKitOptions(invoke);
    expect(options.api).toMatchObject({ url: '/chatkit', domainKey: expect.any(String) });
    expect('getClientSecret' in options.api).toBe(false);
    expect(typeof (options.api as { fetch?: unknown }).fetch).toBe('function');
    expect(options.composer?.attachments?.enabled).toBe(false);
  });

  it('gets server-sent events for a new thread, and the task really is added', async () => {
    const res = await post({
      type: 'threads.create',
      params: {
        input: {
          content: [{ type: 'input_text', text: 'Remind me to call the bank' }],
          attachments: [],
          inference_options: {},
        },
      },
    });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const frames = (await res.text()).split('\n\n').filter(Boolean);
    for (const f of frames) {
      expect(f.startsWith('data: ')).toBe(true);
      expect(streamEvent.safeParse(JSON.parse(f.slice(6))).success).toBe(true);
    }
    expect(core.tasks.list('all').map((t) => t.title)).toEqual(['Call the bank']);
  });

  it('gets JSON for non-streaming requests and an error status for bad ones', async () => {
    const list = await post({ type: 'threads.list', params: {} });
    expect(await list.json()).toEqual({ data: [], has_more: false });
    const bad = await post({ type: 'threads.get_by_id', params: { thread_id: 'thr_404' } });
    expect(bad.status).toBe(404);
    const garbage = await createChatKitFetch(invoke)('/chatkit', { method: 'POST', body: '{' });
    expect(garbage.status).toBe(400);
  });
});

describe('the ChatKit view over IPC events', () => {
  it('streams each event as the turn produces it, then closes', async () => {
    const subscribe = (requestId: string, onEvent: (event: unknown) => void) =>
      core.events.on('chatkit.event', (e) => {
        if (e.requestId === requestId) onEvent(e.event);
      });
    const res = await createChatKitFetch(invoke, subscribe)('/chatkit', {
      method: 'POST',
      body: JSON.stringify({
        type: 'threads.create',
        params: {
          input: {
            content: [{ type: 'input_text', text: 'Add a task to pay rent' }],
            attachments: [],
            inference_options: {},
          },
        },
      }),
    });
    const frames = (await res.text())
      .split('\n\n')
      .filter(Boolean)
      .map((f) => JSON.parse(f.slice(6)) as { type: string });
    expect(frames[0]!.type).toBe('thread.created');
    expect(frames.at(-1)!.type).toBe('thread.updated');
    expect(new Set(frames.map((f) => JSON.stringify(f))).size).toBe(frames.length); // nothing sent twice
    expect(core.tasks.list('all').map((t) => t.title)).toEqual(['Pay rent']);
  });
});
