import { z } from 'zod';
import { MESSAGE_MAX } from './limits.ts';
import { codePointLength } from './text.ts';

export const conversationIdSchema = z
  .number({ error: 'Conversation id must be a number' })
  .int('Conversation id must be a whole number')
  .positive('Conversation id must be positive')
  .max(Number.MAX_SAFE_INTEGER, 'Conversation id is too large');

export const conversationSchema = z.strictObject({
  id: conversationIdSchema,
  title: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const messageRoleSchema = z.enum(['user', 'assistant', 'tool']);
export type MessageRole = z.infer<typeof messageRoleSchema>;

/**
 * How a message came about when not simply said: `stopped`, a reply cut short by Stop;
 * `cancelled`, the record of Cancel on a confirmation card; `confirmed`, Confirm pressed (kept as
 * "yes" for the assistant, shown as what it was).
 */
export const messageStatusSchema = z.enum(['stopped', 'cancelled', 'confirmed']);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

export const messageSchema = z.strictObject({
  id: z.number().int().positive(),
  conversationId: conversationIdSchema,
  role: messageRoleSchema,
  content: z.string(),
  createdAt: z.iso.datetime(),
  status: messageStatusSchema.nullable(),
});
export type Message = z.infer<typeof messageSchema>;

export const userTextSchema = z
  .string({ error: 'Message must be text' })
  .refine((s) => s.isWellFormed(), 'Message contains characters that can’t be stored')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'Message is empty')
  .refine(
    (s) => codePointLength(s) <= MESSAGE_MAX,
    `Message is too long: keep it to ${MESSAGE_MAX} characters`,
  );

export const conversationTitleSchema = z
  .string({ error: 'Title must be text' })
  .refine((s) => s.isWellFormed(), 'Title contains characters that can’t be stored')
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .refine((s) => s.length > 0, 'Title is empty')
  .refine((s) => codePointLength(s) <= 120, 'Title is too long: keep it to 120 characters');

/** The task tools, by the names and shapes of the product spec. The owner is never an argument. */
export const TOOL_NAMES = [
  'add_task',
  'list_tasks',
  'complete_task',
  'reopen_task',
  'delete_task',
  'update_task',
  'restore_task',
  'undo_last_change',
  'skip_occurrence',
  'search',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** A call a model made to a tool that doesn't exist: recorded and shown as such. */
export const UNKNOWN_TOOL = 'unknown_tool';

/**
 * Tools from other apps (MCP servers the person added) are named `mcp__<server>__<tool>` for a
 * model, so they can never collide with a task tool.
 */
export const EXTERNAL_TOOL_PREFIX = 'mcp__';
export const externalToolNameSchema = z
  .string()
  .regex(/^mcp__[a-z0-9-]{1,24}__[A-Za-z0-9_-]{1,33}$/);
export const isExternalToolName = (name: string) => name.startsWith(EXTERNAL_TOOL_PREFIX);

/** What one tool call did, as shown in chat ("Added 'Buy groceries' · Undo"). */
export const receiptSchema = z.strictObject({
  tool: z.union([z.enum(TOOL_NAMES), z.literal(UNKNOWN_TOOL), externalToolNameSchema]),
  args: z.record(z.string(), z.unknown()),
  ok: z.boolean(),
  summary: z.string(),
  result: z.unknown().optional(),
  error: z.strictObject({ code: z.string(), message: z.string() }).optional(),
});
export type Receipt = z.infer<typeof receiptSchema>;

/**
 * A receipt as kept in a tool message: what was done, not the whole result (a list can be huge).
 * The one shape the chat service writes and the chat view and ChatKit server read.
 */
export const storedReceiptSchema = z.object({
  tool: z.string(),
  ok: z.boolean(),
  summary: z.string(),
  args: z.record(z.string(), z.unknown()).optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  taskIds: z.array(z.number().int()).optional(),
  /** What a tool from another app answered (untrusted text, shown collapsed). */
  output: z.string().optional(),
});
export type StoredReceipt = z.infer<typeof storedReceiptSchema>;

/** The receipt in a tool message, or null when the content isn't one. */
export function readStoredReceipt(content: string): StoredReceipt | null {
  try {
    const parsed = storedReceiptSchema.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Receipts that changed nothing worth a line in the thread (a listing). */
export const isQuietReceipt = (r: Pick<StoredReceipt, 'tool'>) =>
  r.tool === 'list_tasks' || r.tool === 'search';

export const plannedCallSchema = z.strictObject({
  tool: z.enum(TOOL_NAMES),
  args: z.record(z.string(), z.unknown()),
});
export type PlannedCall = z.infer<typeof plannedCallSchema>;

export const pendingConfirmationSchema = z.strictObject({
  prompt: z.string(),
  calls: z.array(plannedCallSchema),
});
export type PendingConfirmation = z.infer<typeof pendingConfirmationSchema>;

export const turnResultSchema = z.strictObject({
  conversationId: conversationIdSchema,
  reply: z.string(),
  actions: z.array(receiptSchema),
  pendingConfirmation: pendingConfirmationSchema.nullable(),
});
export type TurnResult = z.infer<typeof turnResultSchema>;
