// Serves the ChatKit server protocol on top of the same conversations and assistant as our own
// chat view: conversations are threads, messages are items, a confirmation is a widget whose
// buttons come back as threads.custom_action. Shapes follow openai/chatkit-python chatkit/types.py.
import {
  isQuietReceipt,
  type Message,
  type PendingConfirmation,
  readStoredReceipt,
} from '../../shared/chat.ts';
import {
  CANCEL_ACTION,
  type ChatKitRequest,
  type ChatKitResponse,
  CONFIRM_ACTION,
  chatKitRequestSchema,
} from '../../shared/chatkit.ts';
import { AppError } from '../../shared/errors.ts';
import { clip } from '../../shared/text.ts';
import type { ChatService } from '../chat/chat-service.ts';
import type { CoreEvents } from '../events.ts';
import { validationMessage } from '../errors-to-user.ts';

type Json = Record<string, unknown>;
const DEFAULT_LIMIT = 20;

export const threadId = (conversationId: number) => `thr_${conversationId}`;
const itemId = (messageId: number) => `msg_${messageId}`;
const widgetId = (conversationId: number) => `wdg_${conversationId}`;

function parseId(id: string, prefix: 'thr' | 'msg'): number {
  const m = id.match(new RegExp(`^${prefix}_(\\d{1,15})$`));
  if (!m)
    throw new AppError(
      'NOT_FOUND',
      prefix === 'thr' ? 'There is no such thread.' : 'There is no such item.',
    );
  return Number(m[1]);
}

export function messageToItem(m: Message): Json | null {
  const base = { id: itemId(m.id), thread_id: threadId(m.conversationId), created_at: m.createdAt };
  if (m.role === 'user') {
    return {
      ...base,
      type: 'user_message',
      content: [{ type: 'input_text', text: m.content }],
      attachments: [],
      inference_options: {},
    };
  }
  if (m.role === 'assistant') {
    return {
      ...base,
      type: 'assistant_message',
      content: [{ type: 'output_text', text: m.content, annotations: [] }],
    };
  }
  const receipt = readStoredReceipt(m.content);
  if (!receipt || isQuietReceipt(receipt)) return null;
  return {
    ...base,
    type: 'task',
    task: {
      type: 'custom',
      title: receipt.summary,
      icon: receipt.ok ? 'check-circle' : 'info',
      status_indicator: receipt.ok ? 'complete' : 'none',
    },
  };
}

export function confirmationWidget(
  conversationId: number,
  pending: PendingConfirmation,
  createdAt: string,
): Json {
  return {
    id: widgetId(conversationId),
    thread_id: threadId(conversationId),
    created_at: createdAt,
    type: 'widget',
    copy_text: pending.prompt,
    widget: {
      type: 'Card',
      size: 'md',
      children: [
        { type: 'Text', value: pending.prompt },
        {
          type: 'Row',
          gap: 2,
          children: [
            {
              type: 'Button',
              label: 'Confirm',
              style: 'primary',
              onClickAction: { type: CONFIRM_ACTION, payload: {} },
            },
            {
              type: 'Button',
              label: 'Cancel',
              variant: 'outline',
              onClickAction: { type: CANCEL_ACTION, payload: {} },
            },
          ],
        },
      ],
    },
  };
}

export class ChatKitServer {
  readonly #chat: ChatService;
  readonly #events: CoreEvents;

  constructor(chat: ChatService, events: CoreEvents) {
    this.#chat = chat;
    this.#events = events;
  }

  /** One ChatKit request. Problems come back as protocol errors, never as thrown exceptions. */
  async handle(body: unknown, emit: (event: Json) => void = () => {}): Promise<ChatKitResponse> {
    // emit is called as events happen; the full list is also returned at the end.
    const parsed = chatKitRequestSchema.safeParse(body);
    if (!parsed.success) {
      const type = (body as { type?: unknown } | null)?.type;
      const message =
        typeof type === 'string' &&
        !chatKitRequestSchema.options.some((o) => o.shape.type.value === type)
          ? `This app does not support ${clip(type, 60)} requests.`
          : validationMessage(parsed.error);
      throw new AppError('VALIDATION', message);
    }
    const request = parsed.data;
    switch (request.type) {
      case 'threads.create':
      case 'threads.add_user_message':
      case 'threads.retry_after_item':
      case 'threads.custom_action':
        return { kind: 'stream', events: await this.#stream(request, emit) };
      default:
        return { kind: 'json', body: this.#json(request) };
    }
  }

  #thread(conversationId: number, withItems: boolean): Json {
    const c = this.#chat.get(conversationId);
    return {
      id: threadId(c.id),
      title: c.title,
      created_at: c.createdAt,
      status: { type: 'active' },
      metadata: {},
      items: withItems
        ? this.#items(c.id, DEFAULT_LIMIT, 'asc', undefined)
        : { data: [], has_more: false },
    };
  }

  #items(
    conversationId: number,
    limit: number,
    order: 'asc' | 'desc',
    after: string | undefined,
  ): Json {
    const cursor = after === undefined ? undefined : parseId(after, 'msg');
    const page =
      order === 'asc'
        ? this.#chat.messages(conversationId, { afterId: cursor ?? 0, limit })
        : this.#chat.messages(conversationId, { beforeId: cursor, limit });
    const messages = order === 'asc' ? page.items : [...page.items].reverse();
    const data = messages.map(messageToItem).filter((x): x is Json => x !== null);
    const pending = this.#chat.pending(conversationId);
    if (pending && !page.hasMore && order === 'asc') {
      data.push(
        confirmationWidget(
          conversationId,
          pending,
          messages.at(-1)?.createdAt ?? new Date().toISOString(),
        ),
      );
    }
    const last = messages.at(-1);
    return page.hasMore && last
      ? { data, has_more: true, after: itemId(last.id) }
      : { data, has_more: false };
  }

  #json(request: ChatKitRequest): unknown {
    switch (request.type) {
      case 'threads.get_by_id':
        return this.#thread(parseId(request.params.thread_id, 'thr'), true);
      case 'threads.list': {
        const { limit, order, after } = request.params;
        const all = this.#chat.list(200, 0).items;
        if (order === 'asc') all.reverse();
        const start = after ? all.findIndex((c) => threadId(c.id) === after) + 1 : 0;
        const slice = all.slice(start, start + (limit ?? DEFAULT_LIMIT));
        const hasMore = start + slice.length < all.length;
        const data = slice.map((c) => this.#thread(c.id, false));
        return hasMore
          ? { data, has_more: true, after: threadId(slice.at(-1)!.id) }
          : { data, has_more: false };
      }
      case 'items.list': {
        const { thread_id, limit, order, after } = request.params;
        return this.#items(
          parseId(thread_id, 'thr'),
          limit ?? DEFAULT_LIMIT,
          order ?? 'desc',
          after ?? undefined,
        );
      }
      case 'threads.update': {
        const id = parseId(request.params.thread_id, 'thr');
        this.#chat.rename(id, request.params.title);
        return this.#thread(id, false);
      }
      case 'threads.delete':
        this.#chat.delete(parseId(request.params.thread_id, 'thr'));
        return {};
      case 'items.feedback':
        parseId(request.params.thread_id, 'thr');
        return {};
      default:
        throw new AppError('VALIDATION', 'That request streams its answer.');
    }
  }

  /**
   * Runs a streaming request. Events are pushed to `emit` as the turn happens (the reply's words as
   * the engine writes them, receipts as tools finish) and also returned, for transports that send
   * them at the end.
   */
  async #stream(request: ChatKitRequest, emit: (event: Json) => void): Promise<Json[]> {
    const events: Json[] = [];
    const push = (...added: Json[]) => {
      for (const e of added) {
        const clean = stripUndefined(e);
        events.push(clean);
        emit(clean);
      }
    };
    const streamOptions = { type: 'stream_options', stream_options: { allow_cancel: true } };
    try {
      switch (request.type) {
        case 'threads.create': {
          await this.#live(undefined, 0, push, {
            onConversation: (id) =>
              push({
                type: 'thread.created',
                thread: { ...this.#thread(id, false), title: undefined },
              }),
            onUserMessage: () => push(streamOptions),
            run: () => this.#chat.say(inputText(request.params.input), { newConversation: true }),
            after: (id) => push({ type: 'thread.updated', thread: this.#thread(id, false) }),
          });
          return events;
        }
        case 'threads.add_user_message': {
          const id = parseId(request.params.thread_id, 'thr');
          this.#chat.get(id);
          await this.#live(id, this.#lastMessageId(id), push, {
            onUserMessage: () => push(streamOptions),
            run: () => this.#chat.say(inputText(request.params.input), { conversationId: id }),
          });
          return events;
        }
        case 'threads.retry_after_item': {
          const id = parseId(request.params.thread_id, 'thr');
          const messageId = parseId(request.params.item_id, 'msg');
          this.#chat.get(id);
          push(streamOptions);
          await this.#live(id, this.#lastMessageId(id), push, {
            run: () => this.#chat.retry(id, messageId),
          });
          return events;
        }
        case 'threads.custom_action': {
          const id = parseId(request.params.thread_id, 'thr');
          const { action } = request.params;
          if (action.type !== CONFIRM_ACTION && action.type !== CANCEL_ACTION) {
            push({
              type: 'error',
              code: 'custom',
              message: 'This app does not know that action.',
              allow_retry: false,
            });
            return events;
          }
          const hadPending = this.#chat.pending(id) !== null;
          push(streamOptions);
          if (hadPending) push({ type: 'thread.item.removed', item_id: widgetId(id) });
          await this.#live(id, this.#lastMessageId(id), push, {
            run: () => this.#chat.answer(id, action.type === CONFIRM_ACTION),
            // The "yes"/"no" the buttons stand for is stored, but the person clicked, not typed.
            hideUserMessage: true,
          });
          return events;
        }
        default:
          return events;
      }
    } catch (err) {
      const message =
        err instanceof AppError ? err.message : 'Something went wrong; please try again.';
      push({ type: 'error', code: 'custom', message, allow_retry: !(err instanceof AppError) });
      return events;
    }
  }

  /** Follows one turn through the core's events and turns what it stores into ChatKit events. */
  async #live(
    knownConversation: number | undefined,
    since: number,
    push: (...events: Json[]) => void,
    hooks: {
      run: () => Promise<unknown>;
      onConversation?: (id: number) => void;
      onUserMessage?: () => void;
      after?: (id: number) => void;
      hideUserMessage?: boolean;
    },
  ): Promise<void> {
    let conversationId = knownConversation;
    let cursor = since;
    let live: { id: string; sent: string } | null = null;
    let liveCount = 0;

    const flush = () => {
      if (conversationId === undefined) return;
      for (const m of this.#chat.messages(conversationId, { afterId: cursor, limit: 500 }).items) {
        cursor = m.id;
        const item = messageToItem(m);
        if (!item) continue;
        if (m.role === 'user') {
          if (!hooks.hideUserMessage) push({ type: 'thread.item.done', item });
          hooks.onUserMessage?.();
          continue;
        }
        if (m.role === 'assistant' && live) {
          // The words were streamed under a provisional id; the stored message takes its place.
          push(
            {
              type: 'thread.item.updated',
              item_id: live.id,
              update: {
                type: 'assistant_message.content_part.done',
                content_index: 0,
                content: { type: 'output_text', text: m.content, annotations: [] },
              },
            },
            { type: 'thread.item.removed', item_id: live.id },
          );
          live = null;
        }
        push({ type: 'thread.item.done', item });
      }
    };
    const onDelta = (text: string) => {
      if (conversationId === undefined) return;
      flush(); // receipts stored before these words come first
      if (!live) {
        live = { id: `msg_live_${conversationId}_${cursor}_${++liveCount}`, sent: '' };
        push(
          {
            type: 'thread.item.added',
            item: {
              id: live.id,
              thread_id: threadId(conversationId),
              created_at: new Date().toISOString(),
              type: 'assistant_message',
              content: [],
            },
          },
          {
            type: 'thread.item.updated',
            item_id: live.id,
            update: {
              type: 'assistant_message.content_part.added',
              content_index: 0,
              content: { type: 'output_text', text: '', annotations: [] },
            },
          },
        );
      }
      if (text.startsWith(live.sent) && text.length > live.sent.length) {
        push({
          type: 'thread.item.updated',
          item_id: live.id,
          update: {
            type: 'assistant_message.content_part.text_delta',
            content_index: 0,
            delta: text.slice(live.sent.length),
          },
        });
        live.sent = text;
      }
    };

    const offChanged = this.#events.on('chat.changed', (e) => {
      if (conversationId === undefined) {
        conversationId = e.conversationId;
        hooks.onConversation?.(conversationId);
      }
      if (e.conversationId === conversationId) flush();
    });
    const offDelta = this.#events.on('chat.delta', (e) => {
      if (e.conversationId === conversationId) onDelta(e.text);
    });
    try {
      await hooks.run();
    } finally {
      offChanged();
      offDelta();
    }
    flush();
    if (conversationId === undefined) return;
    const pending = this.#chat.pending(conversationId);
    if (pending) {
      push({
        type: 'thread.item.done',
        item: confirmationWidget(conversationId, pending, new Date().toISOString()),
      });
    }
    hooks.after?.(conversationId);
  }

  #lastMessageId(conversationId: number): number {
    return this.#chat.messages(conversationId, { limit: 1 }).items.at(-1)?.id ?? 0;
  }
}

function inputText(input: { content: { type: string; text: string }[] }): string {
  return input.content
    .map((c) => c.text)
    .join(' ')
    .trim();
}

/** The reference server never sends null or absent optional fields. */
function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
