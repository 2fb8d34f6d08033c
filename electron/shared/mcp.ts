// Tools from other apps (MCP): the servers a person adds, what each offers, and the approvals the
// assistant asks for before using one.
import { z } from 'zod';
import { conversationIdSchema } from './chat.ts';
import { httpUrlSchema } from './settings.ts';

export const MCP_TIMEOUT_DEFAULT = 30;

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .refine((s) => s.isWellFormed(), `${what} contains characters that can’t be stored`)
    .refine((s) => !s.includes('\0'), `${what} can’t contain a NUL character`)
    .refine((s) => s.length <= max, `${what} is too long: keep it to ${max} characters`);

const envName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'An environment variable name is letters, digits and _');
const headerName = z
  .string()
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, 'A header name is letters, digits and dashes');

export const mcpServerIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,23}$/, 'A server id is lower-case letters, digits and dashes');

export const mcpTransportSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('stdio'),
    /** The program to start (never run through a shell). */
    command: text('The command', 1000).refine((s) => s.trim().length > 0, 'Give a command to run'),
    args: z.array(text('An argument', 4000)).max(100, 'At most 100 arguments'),
    /** The only environment the program gets, besides the few variables any program needs (PATH, HOME…). */
    env: z
      .record(envName, text('An environment value', 8000))
      .refine((e) => Object.keys(e).length <= 100, 'At most 100 environment variables'),
  }),
  z.strictObject({
    type: z.literal('http'),
    url: httpUrlSchema(2000, 'The address must be an http:// or https:// URL'),
    headers: z
      .record(headerName, text('A header value', 8000))
      .refine((h) => Object.keys(h).length <= 50, 'At most 50 headers'),
  }),
]);
export type McpTransport = z.infer<typeof mcpTransportSchema>;

export const toolApprovalModeSchema = z.enum(['ask', 'always']);
export type ToolApprovalMode = z.infer<typeof toolApprovalModeSchema>;

export const mcpToolSettingSchema = z.strictObject({
  enabled: z.boolean(),
  approval: toolApprovalModeSchema,
});
export type McpToolSetting = z.infer<typeof mcpToolSettingSchema>;

export const mcpServerConfigSchema = z.strictObject({
  id: mcpServerIdSchema,
  name: text('The name', 80).refine((s) => s.trim().length > 0, 'Give the server a name'),
  enabled: z.boolean(),
  transport: mcpTransportSchema,
  /** How long one call may take. */
  timeoutSeconds: z.number().int().min(1).max(600),
  /** Per tool (by the server's own name): used or not, asked or always allowed. */
  tools: z.record(z.string().max(200), mcpToolSettingSchema),
});
export type McpServerConfig = z.infer<typeof mcpServerConfigSchema>;

/** Adding or changing a server: no id adds one. */
export const mcpServerInputSchema = z.strictObject({
  id: mcpServerIdSchema.optional(),
  name: mcpServerConfigSchema.shape.name,
  enabled: z.boolean().optional(),
  transport: mcpTransportSchema,
  timeoutSeconds: mcpServerConfigSchema.shape.timeoutSeconds.optional(),
});
export type McpServerInput = z.input<typeof mcpServerInputSchema>;

export const mcpServerStateSchema = z.enum(['off', 'idle', 'connecting', 'ready', 'failed']);

export const mcpToolViewSchema = z.strictObject({
  name: z.string(),
  /** The name the assistant calls it by. */
  key: z.string(),
  title: z.string().optional(),
  description: z.string(),
  enabled: z.boolean(),
  approval: toolApprovalModeSchema,
  readOnly: z.boolean(),
});
export type McpToolView = z.infer<typeof mcpToolViewSchema>;

export const mcpServerViewSchema = z.strictObject({
  config: mcpServerConfigSchema,
  state: mcpServerStateSchema,
  /** Why it failed, or what it said when it started. */
  message: z.string().optional(),
  tools: z.array(mcpToolViewSchema),
});
export type McpServerView = z.infer<typeof mcpServerViewSchema>;

export const mcpServerListSchema = z.strictObject({ servers: z.array(mcpServerViewSchema) });

export const mcpToolSetInputSchema = z.strictObject({
  serverId: mcpServerIdSchema,
  tool: z.string().min(1).max(200),
  enabled: z.boolean().optional(),
  approval: toolApprovalModeSchema.optional(),
});

/** A call the assistant wants to make, waiting for the person's Allow or Deny. */
export const toolApprovalSchema = z.strictObject({
  id: z.string(),
  conversationId: conversationIdSchema,
  server: z.string(),
  tool: z.string(),
  description: z.string(),
  args: z.record(z.string(), z.unknown()),
  requestedAt: z.iso.datetime(),
});
export type ToolApproval = z.infer<typeof toolApprovalSchema>;

export const approvalDecisionSchema = z.enum(['allow', 'always', 'deny']);
export type ApprovalDecision = z.infer<typeof approvalDecisionSchema>;
