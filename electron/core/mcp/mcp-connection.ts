// One MCP server the app talks to, through the official SDK's client: a program started without a
// shell (stdio) or an address (Streamable HTTP). It is started when first needed; one that
// crashes, hangs or can't start is reported and started again on the next use, and nothing it
// does can take the app down.
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { APP_NAME } from '../../shared/limits.ts';
import type { McpServerConfig } from '../../shared/mcp.ts';
import type { Logger } from '../log.ts';

const MAX_TOOLS = 200;
const STDERR_LINES = 20;

export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'failed';

/** A problem with a server, said so a person understands it (no paths, no stack). */
export class McpProblem extends Error {}

export class McpConnection {
  readonly config: McpServerConfig;
  readonly #logger: Logger;
  #client: Client | undefined;
  #connecting: Promise<Client> | undefined;
  #closing = false;
  #stderr: string[] = [];
  state: ConnectionState = 'idle';
  message: string | undefined;
  tools: Tool[] | null = null;
  readonly #onChange: () => void;

  constructor(config: McpServerConfig, logger: Logger, onChange: () => void) {
    this.config = config;
    this.#logger = logger;
    this.#onChange = onChange;
  }

  get #name() {
    return `“${this.config.name}”`;
  }

  #set(state: ConnectionState, message?: string) {
    this.state = state;
    this.message = message;
    this.#onChange();
  }

  /** Started (again, after a crash or a hang) when needed. */
  async client(): Promise<Client> {
    if (this.#client) return this.#client;
    this.#connecting ??= this.#connect().finally(() => (this.#connecting = undefined));
    return this.#connecting;
  }

  async #connect(): Promise<Client> {
    this.#set('connecting');
    const [{ Client }, transport] = await Promise.all([
      import('@modelcontextprotocol/sdk/client/index.js'),
      this.#transport(),
    ]);
    const client = new Client({ name: APP_NAME, version: '1.0.0' }, { capabilities: {} });
    let closedEarly = false;
    client.onclose = () => {
      closedEarly = true;
      if (this.#client !== client) return;
      this.#client = undefined;
      if (!this.#closing) {
        this.#logger.info(`MCP server ${this.config.id} stopped: ${this.#stderr.join(' | ')}`);
        this.#set('failed', `${this.#name} stopped; it will be started again when next needed.`);
      }
    };
    client.onerror = (err) => this.#logger.info(`MCP server ${this.config.id}: ${err.message}`);
    try {
      await client.connect(transport, { timeout: this.#startMs() });
      if (closedEarly) throw new McpProblem(`${this.#name} stopped as it started.`);
      this.#client = client;
      this.tools = await this.#listTools(client);
      this.#set('ready');
      return client;
    } catch (err) {
      await client.close().catch(() => {});
      const message = this.#explain(err, 'start');
      this.#logger.info(`MCP server ${this.config.id} failed to start: ${String(err)}`);
      this.#set('failed', message);
      throw new McpProblem(message);
    }
  }

  async #transport(): Promise<Transport> {
    const t = this.config.transport;
    if (t.type === 'http') {
      const { StreamableHTTPClientTransport } =
        await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
      return new StreamableHTTPClientTransport(new URL(t.url), {
        requestInit: { headers: t.headers },
      });
    }
    const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
    // No shell: the command and each argument go to the program as they are. Its environment is
    // the configured one plus the SDK's short list every program needs (PATH, HOME, USER…), never
    // the app's own (which may hold an API key).
    const transport = new StdioClientTransport({
      command: t.command,
      args: t.args,
      env: t.env,
      stderr: 'pipe',
    });
    this.#stderr = [];
    transport.stderr?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        this.#stderr.push(line.slice(0, 300));
        if (this.#stderr.length > STDERR_LINES) this.#stderr.shift();
      }
    });
    return transport;
  }

  async #listTools(client: Client): Promise<Tool[]> {
    const tools: Tool[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor ? { cursor } : {}, {
        timeout: this.#startMs(),
      });
      tools.push(...page.tools);
      cursor = page.nextCursor;
    } while (cursor && tools.length < MAX_TOOLS);
    return tools.slice(0, MAX_TOOLS);
  }

  #timeoutMs(atMost = Infinity) {
    return Math.min(this.config.timeoutSeconds * 1000, atMost);
  }

  /**
   * How long starting the program (and listing its tools) may take: the call limit, but never
   * under 10 s (a program can take seconds to start on a busy machine, whatever its calls take)
   * nor over 15 s.
   */
  #startMs() {
    return Math.min(Math.max(this.config.timeoutSeconds * 1000, 10_000), 15_000);
  }

  /** Calls a tool; a server that doesn't answer in time is stopped (and restarted next time). */
  async call(
    tool: string,
    args: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<CallToolResult> {
    const client = await this.client();
    try {
      const result = await client.callTool({ name: tool, arguments: args }, undefined, {
        timeout: this.#timeoutMs(),
        ...(signal ? { signal } : {}),
      });
      return result as CallToolResult;
    } catch (err) {
      if (signal?.aborted) throw new McpProblem('Stopped before the tool answered.');
      const message = this.#explain(err, 'call');
      if (isTimeout(err)) {
        // A server that hangs is ended; the next use starts it afresh.
        await this.close();
        this.#set('failed', message);
      }
      throw new McpProblem(message);
    }
  }

  #explain(err: unknown, doing: 'start' | 'call'): string {
    const e = err as { code?: unknown; message?: unknown };
    if (e.code === 'ENOENT') {
      const t = this.config.transport;
      const program = t.type === 'stdio' ? path.basename(t.command) : 'the program';
      return `${this.#name} couldn't start: “${program}” wasn't found. Check the command.`;
    }
    if (e.code === 'EACCES')
      return `${this.#name} couldn't start: the program isn't allowed to run.`;
    if (isTimeout(err)) {
      return doing === 'start'
        ? `${this.#name} didn't answer when started.`
        : `${this.#name} didn't answer within ${this.config.timeoutSeconds} s.`;
    }
    if (e.code === -32000 || /closed/i.test(String(e.message)))
      return doing === 'start'
        ? `${this.#name} stopped as it started.`
        : `${this.#name} stopped while working on it; it will be started again when next needed.`;
    if (err instanceof McpProblem) return err.message;
    if (doing === 'start' && this.config.transport.type === 'http')
      return `${this.#name} couldn't be reached at its address.`;
    const said = typeof e.message === 'string' ? e.message.replace(/\s+/g, ' ').slice(0, 200) : '';
    return doing === 'start'
      ? `${this.#name} couldn't be started${said ? `: ${scrub(said)}` : '.'}`
      : `${this.#name} failed${said ? `: ${scrub(said)}` : '.'}`;
  }

  async close(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    if (!client) return;
    this.#closing = true;
    try {
      await client.close();
    } catch {
      // already gone
    } finally {
      this.#closing = false;
    }
  }
}

function isTimeout(err: unknown): boolean {
  return (err as { code?: unknown }).code === -32001;
}

/** What a server said, without anything that looks like a path on this computer. */
function scrub(text: string): string {
  return text.replace(/(?:[A-Za-z]:)?[\\/][^\s'"`]+/g, '…');
}
