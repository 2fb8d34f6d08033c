// The one list of IPC channels. Electron main registers exactly these, the preload exposes
// exactly these, the browser host serves exactly these, and the tests iterate over them.
import { z } from 'zod';
import type { Result } from '../errors.ts';
import {
  newTaskSchema,
  taskCountsSchema,
  taskIdSchema,
  taskPatchSchema,
  taskSchema,
  taskFilterFields,
  reminderSchema,
  labelUseSchema,
  quickAddInputSchema,
  quickAddSchema,
  trashedTaskSchema,
  taskStatusSchema,
} from '../task.ts';
import { PAGE_LIMIT_MAX } from '../limits.ts';
import { chatKitResponseSchema } from '../chatkit.ts';
import { PROVIDERS, settingsPatchSchema, settingsSchema } from '../settings.ts';
import {
  downloadProgressSchema,
  modelDownloadInputSchema,
  modelFileNameSchema,
  modelListSchema,
} from '../models.ts';
import {
  conversationIdSchema,
  conversationSchema,
  conversationTitleSchema,
  messageSchema,
  pendingConfirmationSchema,
  turnResultSchema,
  userTextSchema,
} from '../chat.ts';
import { searchInputSchema, searchResultSchema } from '../search.ts';
import {
  approvalDecisionSchema,
  mcpServerIdSchema,
  mcpServerInputSchema,
  mcpServerListSchema,
  mcpServerViewSchema,
  mcpToolSetInputSchema,
  toolApprovalSchema,
} from '../mcp.ts';
import {
  exchangeProgressSchema,
  exportDeliverySchema,
  exportRequestSchema,
  importInputSchema,
  importPreviewSchema,
  importResultSchema,
} from '../exchange.ts';
import type { Channel, EventName } from './channels.ts';

export { CHANNELS as channelNames, EVENTS as eventNames } from './channels.ts';
export type { Channel, EventName };

interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

const none = z.strictObject({});
const modelStatusSchema = z.strictObject({
  provider: z.enum(PROVIDERS),
  model: z.string(),
  baseUrl: z.string(),
  hasApiKey: z.boolean(),
  canStoreKey: z.boolean(),
  keyHelp: z.string().optional(),
});
const backupSchema = z.strictObject({
  id: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
});
const byId = z.strictObject({ id: taskIdSchema });
const byConversation = z.strictObject({ conversationId: conversationIdSchema });
/** Where a page starts; from the start unless given. */
const offset = z
  .number({ error: 'Offset must be a number' })
  .int()
  .nonnegative()
  .max(2 ** 31)
  .default(0);
const limit = (max: number, fallback: number) =>
  z.number({ error: 'Limit must be a number' }).int().positive().max(max).default(fallback);

export const contract = {
  'app.info': {
    input: none,
    output: z.strictObject({
      appName: z.string(),
      version: z.string(),
      userName: z.string(),
      schemaVersion: z.number().int(),
      /** Set when the database was found damaged at start and a backup was put in its place; the
       * damaged file is kept as a backup (`damagedCopy`) that "Try to recover" can read from. */
      recovery: z
        .strictObject({ restoredBackupFrom: z.string().nullable(), damagedCopy: z.string() })
        .nullable(),
    }),
  },
  /** Does nothing: the floor for measuring a round trip on any transport. */
  'app.ping': { input: none, output: z.strictObject({}) },
  'tasks.list': {
    input: z.strictObject({ status: taskStatusSchema.default('all'), ...taskFilterFields }),
    output: z.array(taskSchema),
  },
  'tasks.page': {
    input: z.strictObject({
      status: taskStatusSchema.default('all'),
      offset: z
        .number({ error: 'Offset must be a number' })
        .int()
        .nonnegative()
        .max(2 ** 31),
      limit: z.number({ error: 'Limit must be a number' }).int().positive().max(PAGE_LIMIT_MAX),
      ...taskFilterFields,
    }),
    output: z.strictObject({
      items: z.array(taskSchema),
      total: z.number().int().nonnegative(),
      counts: taskCountsSchema,
    }),
  },
  'tasks.counts': { input: none, output: taskCountsSchema },
  /** Labels in use, by name, with how many tasks carry each. */
  'labels.list': { input: none, output: z.array(labelUseSchema) },
  'tasks.get': { input: byId, output: taskSchema },
  'tasks.create': { input: newTaskSchema, output: taskSchema },
  'tasks.update': { input: taskPatchSchema, output: taskSchema },
  /** Reads a quick-add text ("Pay rent tomorrow 9am p1 #home") without adding anything. */
  'tasks.parseQuick': { input: quickAddInputSchema, output: quickAddSchema },
  /** Adds the task a quick-add text describes. */
  'tasks.quickAdd': { input: quickAddInputSchema, output: taskSchema },
  /** The reminder of this task again in 10 minutes, an hour, or tomorrow at the reminder time. */
  'reminders.snooze': {
    input: z.strictObject({
      id: taskIdSchema,
      for: z.enum(['10m', '1h', 'tomorrow'], { error: 'Snooze for 10m, 1h or tomorrow' }),
    }),
    output: z.strictObject({ until: z.iso.datetime() }),
  },
  /** A repeating task moves on to its next occurrence without this one being recorded as done. */
  'tasks.skip': { input: byId, output: taskSchema },
  'tasks.setCompleted': {
    input: z.strictObject({
      id: taskIdSchema,
      completed: z.boolean({ error: 'Completed must be true or false' }),
    }),
    output: taskSchema,
  },
  /** Moves the task to the Trash and returns it as it was. */
  'tasks.delete': { input: byId, output: taskSchema },
  /** Puts a task from the Trash back in its place (same number, times and state). */
  'tasks.restore': { input: byId, output: taskSchema },
  /** The Trash, most recently deleted first. */
  'trash.page': {
    input: z.strictObject({
      offset,
      limit: limit(PAGE_LIMIT_MAX, 100),
    }),
    output: z.strictObject({ items: z.array(trashedTaskSchema), total: z.number().int() }),
  },
  /** Deletes one task in the Trash for good. Cannot be undone. */
  'trash.purge': { input: byId, output: z.strictObject({ id: taskIdSchema }) },
  /** Deletes everything in the Trash for good. Cannot be undone. */
  'trash.empty': { input: none, output: z.strictObject({ deleted: z.number().int() }) },
  /**
   * Undoes the newest step of the shared undo history (the task list's, the chat's and every
   * other window's changes, in the order they were made).
   */
  'history.undo': {
    input: none,
    output: z.strictObject({ summary: z.string(), changed: z.array(taskIdSchema) }),
  },
  'conversations.list': {
    input: z.strictObject({
      limit: limit(200, 50),
      offset,
    }),
    output: z.strictObject({ items: z.array(conversationSchema), total: z.number().int() }),
  },
  'conversations.create': {
    input: z.strictObject({ title: conversationTitleSchema.optional() }),
    output: conversationSchema,
  },
  'conversations.rename': {
    input: z.strictObject({ id: conversationIdSchema, title: conversationTitleSchema }),
    output: conversationSchema,
  },
  'conversations.delete': {
    input: z.strictObject({ id: conversationIdSchema }),
    output: z.strictObject({ id: conversationIdSchema }),
  },
  /** Oldest first: the newest page, the page before `beforeId`, or what came after `afterId`. */
  'conversations.messages': {
    input: z.strictObject({
      conversationId: conversationIdSchema,
      beforeId: z.number().int().positive().optional(),
      afterId: z.number().int().nonnegative().optional(),
      limit: limit(500, 50),
    }),
    output: z.strictObject({ items: z.array(messageSchema), hasMore: z.boolean() }),
  },
  'conversations.pending': { input: byConversation, output: pendingConfirmationSchema.nullable() },
  /** One turn: stores the message, lets the assistant act, returns its reply and receipts. */
  'chat.send': {
    input: z.strictObject({
      /** Omitted: a new conversation. */
      conversationId: conversationIdSchema.optional(),
      text: userTextSchema,
      /** The person has already said yes to whatever this message asks for (the CLI's --yes).
       * The runtime still applies every other rule. */
      autoConfirm: z.boolean().optional(),
    }),
    output: turnResultSchema,
  },
  'chat.answer': {
    input: z.strictObject({
      conversationId: conversationIdSchema,
      accept: z.boolean({ error: 'Accept must be true or false' }),
    }),
    output: turnResultSchema,
  },
  'chat.undo': { input: byConversation, output: turnResultSchema },
  'chat.cancel': { input: byConversation, output: z.strictObject({ cancelled: z.boolean() }) },
  'settings.get': { input: none, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
  'model.status': {
    input: none,
    output: modelStatusSchema,
  },
  /** Stored with the system keychain (Electron safeStorage); null forgets it. */
  'model.setApiKey': {
    input: z.strictObject({
      apiKey: z
        .string()
        .trim()
        .min(1, 'API key is empty')
        .max(500, 'API key is too long')
        .nullable(),
    }),
    output: modelStatusSchema,
  },
  'model.listModels': { input: none, output: z.strictObject({ models: z.array(z.string()) }) },
  'model.test': {
    input: none,
    output: z.strictObject({
      ok: z.boolean(),
      message: z.string(),
      models: z.array(z.string()),
      toolCalls: z.boolean(),
    }),
  },
  /** The built-in model's files: recommended, downloaded, and downloads under way or paused. */
  'models.list': { input: none, output: modelListSchema },
  /** Starts or resumes a download in the background; progress comes as models.progress. */
  'models.download': { input: modelDownloadInputSchema, output: downloadProgressSchema },
  'models.pause': {
    input: z.strictObject({ fileName: modelFileNameSchema }),
    output: z.strictObject({ paused: z.boolean() }),
  },
  /** Stops a download and deletes what arrived. */
  'models.cancel': {
    input: z.strictObject({ fileName: modelFileNameSchema }),
    output: z.strictObject({ cancelled: z.boolean() }),
  },
  'models.remove': {
    input: z.strictObject({ fileName: modelFileNameSchema }),
    output: z.strictObject({ removed: z.boolean() }),
  },
  /** Makes the built-in model (this file) the one that answers in chat. */
  'models.use': {
    input: z.strictObject({ fileName: modelFileNameSchema }),
    output: settingsSchema,
  },
  'backups.list': { input: none, output: z.strictObject({ items: z.array(backupSchema) }) },
  'backups.create': { input: none, output: backupSchema },
  /** Replaces tasks and conversations with a backup's; the current state is backed up first. */
  'backups.restore': {
    input: z.strictObject({ id: z.string().min(1).max(200) }),
    output: z.strictObject({
      tasks: z.number().int(),
      conversations: z.number().int(),
      undoBackup: z.string(),
    }),
  },
  /** Copies what can still be read from a damaged database into a new backup ("recovered"). */
  'backups.salvage': {
    input: z.strictObject({ id: z.string().min(1).max(200) }),
    output: z.strictObject({
      backup: backupSchema,
      tasks: z.number().int(),
      conversations: z.number().int(),
      messages: z.number().int(),
    }),
  },
  search: {
    input: searchInputSchema,
    output: searchResultSchema,
  },
  /** Export to a file: a save dialog (desktop) or a download (browser). */
  'exchange.export': { input: exportRequestSchema, output: exportDeliverySchema },
  /** What importing a file would do; changes nothing. */
  'exchange.preview': { input: importInputSchema, output: importPreviewSchema },
  /** Import a file, all in one transaction, undoable as one step. */
  'exchange.import': { input: importInputSchema, output: importResultSchema },
  /** Tools from other apps: the MCP servers added, their state and tools. */
  'mcp.list': { input: z.strictObject({}), output: mcpServerListSchema },
  /** Adds a server (no id) or changes one. */
  'mcp.save': { input: mcpServerInputSchema, output: mcpServerViewSchema },
  'mcp.remove': {
    input: z.strictObject({ id: mcpServerIdSchema }),
    output: z.strictObject({ id: mcpServerIdSchema }),
  },
  /** Claude Desktop's `mcpServers` JSON, pasted. */
  'mcp.import': {
    input: z.strictObject({ text: z.string().max(200_000, 'That is too long to be a config') }),
    output: z.strictObject({ added: z.array(mcpServerViewSchema) }),
  },
  /** Starts a server (again) and reads its tools. */
  'mcp.refresh': {
    input: z.strictObject({ id: mcpServerIdSchema }),
    output: mcpServerViewSchema,
  },
  /** One tool on or off, asked about every time or always allowed. */
  'mcp.setTool': { input: mcpToolSetInputSchema, output: mcpServerViewSchema },
  /** Calls to other apps' tools waiting for Allow or Deny. */
  'chat.approvals': {
    input: z.strictObject({ conversationId: conversationIdSchema.optional() }),
    output: z.strictObject({ items: z.array(toolApprovalSchema) }),
  },
  'chat.approve': {
    input: z.strictObject({ id: z.string().min(1).max(100), decision: approvalDecisionSchema }),
    output: z.strictObject({ found: z.boolean() }),
  },
  /** The ChatKit server protocol over IPC: a JSON body, or the events a stream would carry. */
  'chatkit.request': {
    input: z.strictObject({
      body: z.unknown(),
      /** When given, each streamed event is also pushed as a chatkit.event while the turn runs. */
      requestId: z.string().min(1).max(100).optional(),
    }),
    output: chatKitResponseSchema,
  },
} as const satisfies Record<Channel, ChannelSpec>;

/** Events pushed from the core to every window after a change, whatever caused it. */
export const events = {
  'tasks.changed': z.strictObject({
    reason: z.enum(['created', 'updated', 'deleted', 'restored', 'purged']),
    ids: z.array(taskIdSchema),
    /** The tasks as they are now, when known, so windows can show them before refetching. */
    tasks: z.array(taskSchema).optional(),
  }),
  'chat.changed': z.strictObject({ conversationId: conversationIdSchema }),
  /** Show this task (a reminder's notification was clicked). */
  'tasks.reveal': z.strictObject({ id: taskIdSchema }),
  /** Reminders whose time has come (several at once after a start: those missed meanwhile). */
  'reminders.due': z.strictObject({ reminders: z.array(reminderSchema) }),
  /** The assistant's reply as it is written: `text` is everything so far. */
  'chat.delta': z.strictObject({ conversationId: conversationIdSchema, text: z.string() }),
  /** A model download moved on (bytes, speed, time left) or stopped. */
  'models.progress': downloadProgressSchema,
  /** An export moved on: items (tasks and messages) written so far, of how many. */
  'exchange.progress': exchangeProgressSchema,
  /** The MCP servers' setup or state changed. */
  'mcp.changed': z.strictObject({}),
  /** The calls of this conversation now waiting for Allow or Deny. */
  'chat.approval': z.strictObject({
    conversationId: conversationIdSchema,
    approvals: z.array(toolApprovalSchema),
  }),
  /** One ChatKit stream event, live, for the chatkit.request with this requestId. */
  'chatkit.event': z.strictObject({ requestId: z.string(), event: z.unknown() }),
} as const satisfies Record<EventName, z.ZodType>;

export type ChannelInput<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.hasOwn(events, name);

/** What a renderer sees: one function per channel, plus event subscription. */
export type ApiClient = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

export interface Bridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
