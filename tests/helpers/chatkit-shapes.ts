// The ChatKit protocol's response shapes, transcribed from openai/chatkit-python chatkit/types.py
// (commit dacc133c). Strict objects: a field the reference client doesn't know is a failure.
import { z } from 'zod';

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/);
const base = { id: z.string().min(1), thread_id: z.string().min(1), created_at: iso };

const outputText = z.strictObject({
  type: z.literal('output_text'),
  text: z.string(),
  annotations: z.array(z.unknown()),
});

const widgetNode: z.ZodType = z.lazy(() =>
  z
    .object({
      type: z.string(),
      id: z.string().optional(),
      key: z.string().optional(),
      children: z.array(widgetNode).optional(),
    })
    .passthrough(),
);

export const threadItem = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('user_message'),
    content: z.array(z.strictObject({ type: z.literal('input_text'), text: z.string() })),
    attachments: z.array(z.unknown()),
    quoted_text: z.string().optional(),
    inference_options: z.strictObject({
      tool_choice: z.object({ id: z.string() }).optional(),
      model: z.string().optional(),
    }),
  }),
  z.strictObject({ ...base, type: z.literal('assistant_message'), content: z.array(outputText) }),
  z.strictObject({
    ...base,
    type: z.literal('task'),
    task: z.strictObject({
      type: z.literal('custom'),
      title: z.string().optional(),
      icon: z.string().optional(),
      content: z.string().optional(),
      status_indicator: z.enum(['none', 'loading', 'complete']),
    }),
  }),
  z.strictObject({
    ...base,
    type: z.literal('widget'),
    widget: widgetNode.refine((w) =>
      ['Card', 'ListView', 'Basic'].includes((w as { type: string }).type),
    ),
    copy_text: z.string().optional(),
  }),
]);

export const page = <T extends z.ZodType>(item: T) =>
  z.strictObject({ data: z.array(item), has_more: z.boolean(), after: z.string().optional() });

export const thread = z.strictObject({
  id: z.string().min(1),
  title: z.string().optional(),
  created_at: iso,
  status: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('active') }),
    z.strictObject({ type: z.literal('locked'), reason: z.string().optional() }),
    z.strictObject({ type: z.literal('closed'), reason: z.string().optional() }),
  ]),
  metadata: z.record(z.string(), z.unknown()),
  allowed_image_domains: z.array(z.string()).optional(),
  items: page(threadItem),
});

const update = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('assistant_message.content_part.added'),
    content_index: z.number().int(),
    content: outputText,
  }),
  z.strictObject({
    type: z.literal('assistant_message.content_part.text_delta'),
    content_index: z.number().int(),
    delta: z.string(),
  }),
  z.strictObject({
    type: z.literal('assistant_message.content_part.done'),
    content_index: z.number().int(),
    content: outputText,
  }),
]);

export const streamEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('thread.created'), thread }),
  z.strictObject({ type: z.literal('thread.updated'), thread }),
  z.strictObject({ type: z.literal('thread.item.added'), item: threadItem }),
  z.strictObject({ type: z.literal('thread.item.updated'), item_id: z.string(), update }),
  z.strictObject({ type: z.literal('thread.item.done'), item: threadItem }),
  z.strictObject({ type: z.literal('thread.item.removed'), item_id: z.string() }),
  z.strictObject({ type: z.literal('thread.item.replaced'), item: threadItem }),
  z.strictObject({
    type: z.literal('stream_options'),
    stream_options: z.strictObject({ allow_cancel: z.boolean() }),
  }),
  z.strictObject({
    type: z.literal('progress_update'),
    text: z.string(),
    icon: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal('error'),
    code: z.enum(['stream.error', 'custom']),
    message: z.string().optional(),
    allow_retry: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('notice'),
    level: z.enum(['info', 'warning', 'danger']),
    message: z.string(),
    title: z.string().optional(),
  }),
]);

/** Python's serializer drops None: no null may appear anywhere. */
export const hasNull = (value: unknown): boolean =>
  value === null || (typeof value === 'object' && Object.values(value as object).some(hasNull));
