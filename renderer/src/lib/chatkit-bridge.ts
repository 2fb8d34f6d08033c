// The ChatKit view talks to the same backend as the built-in chat: ChatKit's `api.fetch` is routed
// through our typed API ('chatkit.request') instead of the network, whichever host we run in.
import type { UseChatKitOptions } from '@openai/chatkit-react';
import type { ChatKitResponse } from '../../../electron/shared/chatkit.ts';
import type { Result } from '../../../electron/shared/errors.ts';

export type ChatKitInvoke = (input: { body: unknown }) => Promise<Result<ChatKitResponse>>;

/** Answers ChatKit's HTTP requests from our backend: JSON bodies, or `data: {json}` event streams. */
export function createChatKitFetch(invoke: ChatKitInvoke): typeof fetch {
  return async (_input, init) => {
    let body: unknown;
    try {
      body = JSON.parse(typeof init?.body === 'string' ? init.body : '');
    } catch {
      return Response.json(
        { error: { code: 'VALIDATION', message: 'Not a JSON request.' } },
        { status: 400 },
      );
    }
    const result = await invoke({ body });
    if (!result.ok) {
      return Response.json(
        { error: result.error },
        { status: result.error.code === 'NOT_FOUND' ? 404 : 400 },
      );
    }
    if (result.value.kind === 'json') return Response.json(result.value.body);
    const frames = result.value.events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('');
    return new Response(frames, { headers: { 'content-type': 'text/event-stream' } });
  };
}

/** Options for useChatKit: a custom backend (never OpenAI's hosted one), no attachments. */
export function chatKitOptions(invoke: ChatKitInvoke): UseChatKitOptions {
  return {
    api: {
      // Never fetched directly: every request goes through `fetch` below.
      url: '/chatkit',
      // ChatKit's web component checks this key with OpenAI when it loads; a placeholder is
      // accepted for local development.
      domainKey: 'domain_pk_localhost_dev',
      fetch: createChatKitFetch(invoke),
    },
    history: { enabled: true, showDelete: true, showRename: true },
    threadItemActions: { feedback: false, retry: true },
    composer: {
      attachments: { enabled: false },
      placeholder: 'Ask me to add, list or change tasks…',
    },
    startScreen: { greeting: 'What should we do with your tasks?' },
  };
}
