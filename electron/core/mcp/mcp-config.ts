// The MCP servers a person added, kept in the profile (so every host of the profile sees the same
// ones), and the readings of what people paste: Claude Desktop's `mcpServers` JSON.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { EXTERNAL_TOOL_PREFIX } from '../../shared/chat.ts';
import { AppError } from '../../shared/errors.ts';
import {
  MCP_TIMEOUT_DEFAULT,
  type McpServerConfig,
  mcpServerConfigSchema,
  type McpServerInput,
  mcpServerInputSchema,
  type McpToolSetting,
} from '../../shared/mcp.ts';
import { metaValue } from '../db/statements.ts';
import { validationMessage } from '../errors-to-user.ts';

export const MAX_SERVERS = 50;
const TOOL_PART_MAX = 33;

export const DEFAULT_TOOL_SETTING: McpToolSetting = { enabled: true, approval: 'ask' };

export class McpConfigStore {
  readonly #stored: ReturnType<typeof metaValue>;

  constructor(db: Database.Database) {
    this.#stored = metaValue(db, 'mcp-servers');
  }

  /** Every server as stored; one that no longer reads as valid is left out, not fatal. */
  all(): McpServerConfig[] {
    const raw = this.#stored.read();
    if (!raw) return [];
    try {
      const list = JSON.parse(raw) as unknown;
      if (!Array.isArray(list)) return [];
      return list.flatMap((item) => {
        const parsed = mcpServerConfigSchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
    } catch {
      return [];
    }
  }

  get(id: string): McpServerConfig {
    const server = this.all().find((s) => s.id === id);
    if (!server) throw new AppError('NOT_FOUND', 'That server is no longer in the list.');
    return server;
  }

  /** Adds (no id) or changes a server; answers the stored one. */
  save(input: McpServerInput): McpServerConfig {
    const all = this.all();
    const data = mcpServerInputSchema.parse(input);
    const name = data.name.trim();
    if (data.id === undefined) {
      if (all.length >= MAX_SERVERS)
        throw new AppError('VALIDATION', `At most ${MAX_SERVERS} servers can be added.`);
      const server: McpServerConfig = {
        id: uniqueId(name, all),
        name,
        enabled: data.enabled ?? true,
        transport: data.transport,
        timeoutSeconds: data.timeoutSeconds ?? MCP_TIMEOUT_DEFAULT,
        tools: {},
      };
      this.#store([...all, server]);
      return server;
    }
    const old = this.get(data.id);
    const server: McpServerConfig = {
      ...old,
      name,
      enabled: data.enabled ?? old.enabled,
      transport: data.transport,
      timeoutSeconds: data.timeoutSeconds ?? old.timeoutSeconds,
    };
    this.#store(all.map((s) => (s.id === old.id ? server : s)));
    return server;
  }

  update(id: string, change: (server: McpServerConfig) => McpServerConfig): McpServerConfig {
    const all = this.all();
    const server = mcpServerConfigSchema.parse(change(this.get(id)));
    this.#store(all.map((s) => (s.id === id ? server : s)));
    return server;
  }

  remove(id: string): void {
    const all = this.all();
    this.get(id);
    this.#store(all.filter((s) => s.id !== id));
  }

  #store(list: McpServerConfig[]) {
    this.#stored.write(JSON.stringify(list));
  }
}

/** A short id from the name ("GitHub tools" → github-tools), unique among the servers. */
export function uniqueId(name: string, servers: { id: string }[]): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 20)
      .replace(/-+$/, '') || 'server';
  const taken = new Set(servers.map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The name a model calls a server's tool by: `mcp__<server>__<tool>`, 64 characters at most and
 * only the characters every provider accepts. A name that had to be shortened or changed gets a
 * few letters of its hash, so two tools of one server never end up with the same name.
 */
export function toolKey(serverId: string, tool: string): string {
  const clean = tool.replace(/[^A-Za-z0-9_-]/g, '_');
  const part =
    clean === tool && clean.length <= TOOL_PART_MAX
      ? clean
      : `${clean.slice(0, TOOL_PART_MAX - 7)}_${createHash('sha256').update(tool).digest('hex').slice(0, 6)}`;
  return `${EXTERNAL_TOOL_PREFIX}${serverId}__${part}`;
}

const claudeEntrySchema = z.looseObject({
  command: z.string().optional(),
  args: z.array(z.string()).optional(),
  env: z.record(z.string(), z.string()).optional(),
  url: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  type: z.string().optional(),
  disabled: z.boolean().optional(),
});

/**
 * Claude Desktop's (and Cursor's) config: `{ "mcpServers": { "name": { command, args, env } } }`,
 * or just the inner object; `url` (+ `headers`) for servers reached over HTTP.
 */
export function readClaudeConfig(text: string): McpServerInput[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError(
      'VALIDATION',
      'That isn’t JSON. Paste the whole "mcpServers" block from the other app’s settings.',
    );
  }
  const root = parsed as { mcpServers?: unknown };
  const map =
    root && typeof root === 'object' && !Array.isArray(root) && 'mcpServers' in root
      ? root.mcpServers
      : parsed;
  if (!map || typeof map !== 'object' || Array.isArray(map))
    throw new AppError('VALIDATION', 'Expected an object of servers, like {"mcpServers": {…}}.');
  const entries = Object.entries(map as Record<string, unknown>);
  if (entries.length === 0) throw new AppError('VALIDATION', 'There are no servers in it.');
  return entries.map(([name, value]) => {
    const entry = claudeEntrySchema.safeParse(value);
    if (!entry.success)
      throw new AppError('VALIDATION', `Server “${name}”: ${validationMessage(entry.error)}`);
    const e = entry.data;
    const input: McpServerInput = e.url
      ? { name, transport: { type: 'http', url: e.url, headers: e.headers ?? {} } }
      : {
          name,
          transport: {
            type: 'stdio',
            command: e.command ?? '',
            args: e.args ?? [],
            env: e.env ?? {},
          },
        };
    if (e.disabled) input.enabled = false;
    const checked = mcpServerInputSchema.safeParse(input);
    if (!checked.success)
      throw new AppError('VALIDATION', `Server “${name}”: ${validationMessage(checked.error)}`);
    return input;
  });
}
