// The ChatKit view talks to the same backend as the built-in chat: ChatKit's `api.fetch` is routed
// through our typed API ('chatkit.request') instead of the network, whichever host we run in.
import type { UseChatKitOptions } from '@openai/chatkit-react';
import { type ChatKitResponse, STREAMING_REQUESTS } from '../../../electron/shared/chatkit.ts';
import type { Result } from '../../../electron/shared/errors.ts';

export type ChatKitInvoke = (input: {
  body: unknown;
  requestId?: string;
}) => Promise<Result<ChatKitResponse>>;

/** Live stream events for one request id; returns an unsubscribe function. */
export type ChatKitSubscribe = (requestId: string, onEvent: (event: unknown) => void) => () => void;

const frame = (event: unknown) => new TextEncoder().encode(`data: ${JSON.stringify(event)}\n\n`);
const errorResponse = (status: number, error: { code: string; message: string }) =>
  Response.json({ error }, { status });

/**
 * Answers ChatKit's HTTP requests from our backend: JSON bodies, or `data: {json}` event streams
 * that carry each event as the turn produces it (when `subscribe` is given) or at its end.
 */
export function createChatKitFetch(
  invoke: ChatKitInvoke,
  subscribe?: ChatKitSubscribe,
): typeof fetch {
  return async (_input, init) => {
    let body: unknown;
    try {
      body = JSON.parse(typeof init?.body === 'string' ? init.body : '');
    } catch {
      return errorResponse(400, { code: 'VALIDATION', message: 'Not a JSON request.' });
    }
    const type = (body as { type?: unknown } | null)?.type;
    if (!subscribe || typeof type !== 'string' || !STREAMING_REQUESTS.has(type)) {
      const result = await invoke({ body });
      if (!result.ok)
        return errorResponse(result.error.code === 'NOT_FOUND' ? 404 : 400, result.error);
      if (result.value.kind === 'json') return Response.json(result.value.body);
      const all = result.value.events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('');
      return new Response(all, { headers: { 'content-type': 'text/event-stream' } });
    }

    const requestId = crypto.randomUUID();
    let sent = 0;
    let off = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        off = subscribe(requestId, (event) => {
          controller.enqueue(frame(event));
          sent++;
        });
        void invoke({ body, requestId })
          .then((result) => {
            if (!result.ok) {
              controller.enqueue(
                frame({
                  type: 'error',
                  code: 'custom',
                  message: result.error.message,
                  allow_retry: false,
                }),
              );
            } else if (result.value.kind === 'stream') {
              for (const event of result.value.events.slice(sent)) controller.enqueue(frame(event));
            }
          })
          .finally(() => {
            off();
            controller.close();
          });
      },
      cancel: () => off(),
    });
    return new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
  };
}

/** Options for useChatKit: a custom backend (never OpenAI's hosted one), no attachments. */
export function chatKitOptions(
  invoke: ChatKitInvoke,
  subscribe?: ChatKitSubscribe,
): UseChatKitOptions {
  return {
    api: {
      // Never fetched directly: every request goes through `fetch` below.
      url: '/chatkit',
      // ChatKit's web component checks this key with OpenAI when it loads; a placeholder is
      // accepted for local development.
      domainKey: 'domain_pk_localhost_dev',
      fetch: createChatKitFetch(invoke, subscribe),
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
