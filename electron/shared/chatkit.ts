// Requests of the ChatKit server protocol (openai/chatkit-python chatkit/types.py), as far as this
// app serves them. Unknown keys are ignored, as the reference server does.
import { z } from 'zod';

const text = z.string().max(5000);
const id = z.string().max(100);
const limit = z.number().int().positive().max(200).nullish();
const order = z.enum(['asc', 'desc']).nullish();

const userInput = z.object({
  content: z
    .array(
      z.union([
        z.object({ type: z.literal('input_text'), text }),
        z.object({ type: z.literal('input_tag'), id, text }),
      ]),
    )
    .min(1),
  attachments: z.array(id).max(0, 'Attachments are not supported').default([]),
  quoted_text: z.string().nullish(),
  inference_options: z.object({}).passthrough().nullish(),
});

const action = z.object({ type: z.string().max(100), payload: z.unknown().optional() });

export const chatKitRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('threads.create'), params: z.object({ input: userInput }) }),
  z.object({
    type: z.literal('threads.add_user_message'),
    params: z.object({ thread_id: id, input: userInput }),
  }),
  z.object({ type: z.literal('threads.get_by_id'), params: z.object({ thread_id: id }) }),
  z.object({
    type: z.literal('threads.list'),
    params: z.object({ limit, order, after: id.nullish() }).default({}),
  }),
  z.object({
    type: z.literal('items.list'),
    params: z.object({ thread_id: id, limit, order, after: id.nullish() }),
  }),
  z.object({
    type: z.literal('threads.update'),
    params: z.object({ thread_id: id, title: z.string().min(1).max(120) }),
  }),
  z.object({ type: z.literal('threads.delete'), params: z.object({ thread_id: id }) }),
  z.object({
    type: z.literal('threads.retry_after_item'),
    params: z.object({ thread_id: id, item_id: id }),
  }),
  z.object({
    type: z.literal('threads.custom_action'),
    params: z.object({ thread_id: id, item_id: id.nullish(), action }),
  }),
  z.object({
    type: z.literal('items.feedback'),
    params: z.object({
      thread_id: id,
      item_ids: z.array(id),
      kind: z.enum(['positive', 'negative']),
    }),
  }),
]);
export type ChatKitRequest = z.infer<typeof chatKitRequestSchema>;

export const STREAMING_REQUESTS = new Set([
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.add_structured_input',
  'threads.retry_after_item',
  'threads.custom_action',
]);

/** What a ChatKit request produces: one JSON body, or the events of an SSE stream. */
export const chatKitResponseSchema = z.union([
  z.strictObject({ kind: z.literal('json'), body: z.unknown() }),
  z.strictObject({ kind: z.literal('stream'), events: z.array(z.unknown()) }),
]);
export type ChatKitResponse = z.infer<typeof chatKitResponseSchema>;

export const CONFIRM_ACTION = 'tasks.confirm';
export const CANCEL_ACTION = 'tasks.cancel';
