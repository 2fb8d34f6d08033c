// The app as an MCP host: the servers a person added in Assistant settings, their tools (each
// enabled or not, asked about every time or always allowed), and the calls the model-backed
// assistant makes to them. What a tool answers is untrusted text for the model, never a command.
import type Database from 'better-sqlite3';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type {
  McpServerConfig,
  McpServerInput,
  McpServerView,
  McpToolSetting,
  ToolApprovalMode,
} from '../../shared/mcp.ts';
import { clip } from '../../shared/text.ts';
import type { CoreEvents } from '../events.ts';
import type { Logger } from '../log.ts';
import { DEFAULT_TOOL_SETTING, McpConfigStore, readClaudeConfig, toolKey } from './mcp-config.ts';
import { McpConnection, McpProblem } from './mcp-connection.ts';

/** How much of a tool's answer the model reads, and how much the thread keeps. */
const OUTPUT_FOR_MODEL = 20_000;

export interface ExternalTool {
  key: string;
  serverId: string;
  server: string;
  tool: string;
  description: string;
  approval: ToolApprovalMode;
  definition: ChatCompletionFunctionTool;
}

export interface ExternalResult {
  ok: boolean;
  /** The answer as text (what the model reads and the thread shows collapsed). */
  text: string;
}

export class McpHost {
  readonly #store: McpConfigStore;
  readonly #events: CoreEvents;
  readonly #logger: Logger;
  readonly #connections = new Map<string, McpConnection>();

  constructor(db: Database.Database, events: CoreEvents, logger: Logger) {
    this.#store = new McpConfigStore(db);
    this.#events = events;
    this.#logger = logger;
  }

  #changed = () => this.#events.emit('mcp.changed', {});

  /** The connection for a server as configured now (a changed setup gets a fresh one). */
  #connection(config: McpServerConfig): McpConnection {
    const current = this.#connections.get(config.id);
    if (current && sameSetup(current.config, config)) return current;
    void current?.close();
    const connection = new McpConnection(config, this.#logger, this.#changed);
    this.#connections.set(config.id, connection);
    return connection;
  }

  list(): McpServerView[] {
    return this.#store.all().map((config) => this.#view(config));
  }

  #view(config: McpServerConfig): McpServerView {
    const connection = this.#connections.get(config.id);
    const live = connection && sameSetup(connection.config, config) ? connection : undefined;
    const tools = (live?.tools ?? []).map((tool) => {
      const setting = settingOf(config, tool.name);
      return {
        name: tool.name,
        key: toolKey(config.id, tool.name),
        ...(tool.title ? { title: tool.title } : {}),
        description: clip(tool.description ?? '', 1000),
        enabled: setting.enabled,
        approval: setting.approval,
        readOnly: tool.annotations?.readOnlyHint === true,
      };
    });
    const state = !config.enabled ? 'off' : (live?.state ?? 'idle');
    return {
      config,
      state,
      ...(live?.message && config.enabled ? { message: live.message } : {}),
      tools,
    };
  }

  save(input: McpServerInput): McpServerView {
    const server = this.#store.save(input);
    if (!server.enabled) void this.#drop(server.id);
    this.#changed();
    return this.#view(server);
  }

  remove(id: string): { id: string } {
    this.#store.remove(id);
    void this.#drop(id);
    this.#changed();
    return { id };
  }

  /** Claude Desktop's `mcpServers` JSON, pasted: each server added (names kept unique). */
  importClaude(text: string): { added: McpServerView[] } {
    const added = readClaudeConfig(text).map((input) => this.#store.save(input));
    this.#changed();
    return { added: added.map((s) => this.#view(s)) };
  }

  setTool(serverId: string, tool: string, change: Partial<McpToolSetting>): McpServerView {
    const server = this.#store.update(serverId, (s) => ({
      ...s,
      tools: { ...s.tools, [tool]: { ...settingOf(s, tool), ...change } },
    }));
    this.#changed();
    return this.#view(server);
  }

  /** Starts a server (again) and reads its tools; a failure is in the answer, not thrown. */
  async refresh(id: string): Promise<McpServerView> {
    const config = this.#store.get(id);
    if (!config.enabled) return this.#view(config);
    const connection = this.#connection(config);
    await connection.close();
    await connection.client().catch(() => {});
    return this.#view(config);
  }

  /**
   * The enabled tools of the enabled servers, for one model turn. Servers not running yet (or
   * that crashed) are started now, all at once; one that can't be is left out of this turn.
   */
  async tools(): Promise<ExternalTool[]> {
    const servers = this.#store.all().filter((s) => s.enabled);
    const lists = await Promise.all(
      servers.map(async (config) => {
        const connection = this.#connection(config);
        try {
          await connection.client();
        } catch {
          return [];
        }
        return (connection.tools ?? []).flatMap((tool) => {
          const setting = settingOf(config, tool.name);
          return setting.enabled ? [external(config, tool, setting.approval)] : [];
        });
      }),
    );
    return lists.flat();
  }

  /** Calls a tool by the name the model used; a failure is an answer, never a throw. */
  async call(
    tool: ExternalTool,
    args: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<ExternalResult> {
    const config = this.#store.all().find((s) => s.id === tool.serverId && s.enabled);
    if (!config) return { ok: false, text: `${tool.server} is no longer turned on.` };
    try {
      const result = await this.#connection(config).call(tool.tool, args, signal);
      const text = resultText(result);
      return { ok: result.isError !== true, text: clip(text, OUTPUT_FOR_MODEL) || '(no output)' };
    } catch (err) {
      if (err instanceof McpProblem) return { ok: false, text: err.message };
      this.#logger.error(`MCP call ${tool.key} failed`, err);
      return { ok: false, text: `${tool.server} failed on that call.` };
    }
  }

  async #drop(id: string) {
    const connection = this.#connections.get(id);
    this.#connections.delete(id);
    await connection?.close();
  }

  /** Stops every server the app started. */
  async close(): Promise<void> {
    const all = [...this.#connections.values()];
    this.#connections.clear();
    await Promise.all(all.map((c) => c.close()));
  }
}

function settingOf(config: McpServerConfig, tool: string): McpToolSetting {
  return config.tools[tool] ?? DEFAULT_TOOL_SETTING;
}

const sameSetup = (a: McpServerConfig, b: McpServerConfig) =>
  JSON.stringify(a.transport) === JSON.stringify(b.transport) &&
  a.timeoutSeconds === b.timeoutSeconds &&
  a.name === b.name;

function external(config: McpServerConfig, tool: Tool, approval: ToolApprovalMode): ExternalTool {
  const key = toolKey(config.id, tool.name);
  const description = clip(
    `[${config.name}] ${tool.description ?? tool.title ?? tool.name}`.replace(/\s+/g, ' '),
    1000,
  );
  const parameters = { ...(tool.inputSchema as Record<string, unknown>) };
  delete parameters.$schema;
  return {
    key,
    serverId: config.id,
    server: config.name,
    tool: tool.name,
    description,
    approval,
    definition: { type: 'function', function: { name: key, description, parameters } },
  };
}

/** A tool's answer as text: its text parts, what else it sent said briefly. */
function resultText(result: CallToolResult): string {
  const parts = (result.content ?? []).map((item) => {
    switch (item.type) {
      case 'text':
        return item.text;
      case 'image':
        return '[an image]';
      case 'audio':
        return '[a sound]';
      case 'resource':
        return 'text' in item.resource ? item.resource.text : `[${item.resource.uri}]`;
      case 'resource_link':
        return `[${item.name}: ${item.uri}]`;
      default:
        return '';
    }
  });
  const text = parts.filter(Boolean).join('\n');
  if (text) return text;
  return result.structuredContent ? JSON.stringify(result.structuredContent) : '';
}
