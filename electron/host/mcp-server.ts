// `cli mcp`: the task list as MCP tools for other agents (Claude Desktop, Cursor, Jan…), over
// stdio with the official SDK. Every tool is the contract's own channel, with the contract's zod
// schemas as its input and output schemas, so what an agent may send is exactly what the app
// accepts; answers carry structured content; annotations say which tools only read, which
// destroy. Changing or deleting several tasks at once needs the person's yes: asked through MCP
// elicitation when the client supports it, otherwise an explicit `confirm: true`.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { type Readable, Transform } from 'node:stream';
import { z } from 'zod';
import type { Core } from '../core/app-core.ts';
import { type Channel, type ChannelOutput, contract } from '../shared/ipc/contract.ts';
import { APP_NAME } from '../shared/limits.ts';
import { taskIdSchema, taskSchema } from '../shared/task.ts';

/** The most tasks one bulk call may touch. */
const BULK_MAX = 500;

const READS: ToolAnnotations = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};
const ADDS: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: false,
  openWorldHint: false,
};
const CHANGES: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: true,
  idempotentHint: true,
  openWorldHint: false,
};

class ToolProblem extends Error {}

const ok = (structured: Record<string, unknown>): CallToolResult => ({
  content: [{ type: 'text', text: JSON.stringify(structured) }],
  structuredContent: structured,
});
const problem = (message: string): CallToolResult => ({
  isError: true,
  content: [{ type: 'text', text: message }],
});

/** Runs a tool; anything refused becomes an error result the agent can read and act on. */
const guarded =
  <A>(run: (args: A) => Promise<CallToolResult>) =>
  async (args: A): Promise<CallToolResult> => {
    try {
      return await run(args);
    } catch (err) {
      if (err instanceof ToolProblem) return problem(err.message);
      return problem('Something went wrong with that call; nothing was changed.');
    }
  };

/** Strips a contract input schema's refinements into the plain object MCP lists. */
const shape = (channel: Channel) => (contract[channel].input as z.ZodObject).shape;

export function createMcpServer(core: Core, version: string): McpServer {
  const server = new McpServer(
    { name: 'task-assistant', title: APP_NAME, version },
    {
      instructions:
        "The person's task list from Task Assistant. Tasks are numbered (id). Deleting goes to the app's Trash (restore_task brings a task back). Changing or deleting several tasks at once needs the person's yes: ask them, then call again with confirm: true.",
    },
  );
  const call = async <C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>> => {
    const result = await core.handlers[channel](input);
    if (!result.ok) throw new ToolProblem(result.error.message);
    return result.value;
  };

  /** The person's yes for a change to several tasks: elicited, or given as confirm: true. */
  const confirmed = async (
    what: { ask: string; doing: string },
    confirm: boolean | undefined,
  ): Promise<void> => {
    if (confirm === true) return;
    if (server.server.getClientCapabilities()?.elicitation) {
      const answer = await server.server.elicitInput({
        message: `${what.ask}?`,
        requestedSchema: {
          type: 'object',
          properties: { confirm: { type: 'boolean', title: `Yes, ${what.ask.toLowerCase()}` } },
          required: ['confirm'],
        },
      });
      if (answer.action === 'accept' && answer.content?.confirm === true) return;
      throw new ToolProblem(`The person did not confirm: nothing was changed.`);
    }
    throw new ToolProblem(
      `${what.doing} needs the person's yes. Ask them first, then call again with confirm: true. Nothing was changed.`,
    );
  };

  const task = { task: taskSchema };
  const byId = { id: taskIdSchema };

  server.registerTool(
    'add_task',
    {
      title: 'Add a task',
      description:
        'Add a task: a title (1–200 characters), optionally a description, a due date (YYYY-MM-DD), a time (HH:MM, with a date), a priority (1 high, 2 medium, 3 low), a repeat (an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO) and labels (lowercase words).',
      inputSchema: shape('tasks.create'),
      outputSchema: task,
      annotations: ADDS,
    },
    guarded(async (args) => ok({ task: await call('tasks.create', args) })),
  );
  server.registerTool(
    'list_tasks',
    {
      title: 'List tasks',
      description:
        "List tasks: status all, pending or completed; due today (today's and overdue), overdue, upcoming (the next 7 days), scheduled (from today on) or none; a label; a priority; words in the title, description or labels.",
      inputSchema: shape('tasks.list'),
      outputSchema: { tasks: z.array(taskSchema) },
      annotations: READS,
    },
    guarded(async (args) => ok({ tasks: await call('tasks.list', args) })),
  );
  server.registerTool(
    'get_task',
    {
      title: 'Get a task',
      description: 'One task by its number.',
      inputSchema: byId,
      outputSchema: task,
      annotations: READS,
    },
    guarded(async (args) => ok({ task: await call('tasks.get', args) })),
  );
  const { expected: _, ...patch } = shape('tasks.update');
  server.registerTool(
    'update_task',
    {
      title: 'Change a task',
      description:
        "Change a task's title, description, due date, time, priority, repeat or labels (null clears one; labels replaces the list).",
      inputSchema: patch,
      outputSchema: task,
      annotations: CHANGES,
    },
    guarded(async (args) => ok({ task: await call('tasks.update', args) })),
  );
  for (const [name, completed] of [
    ['complete_task', true],
    ['reopen_task', false],
  ] as const) {
    server.registerTool(
      name,
      {
        title: completed ? 'Complete a task' : 'Reopen a task',
        description: completed
          ? 'Mark a task as done. A repeating task completes this occurrence and moves to its next date.'
          : 'Mark a completed task as not done.',
        inputSchema: byId,
        outputSchema: task,
        annotations: { ...CHANGES, destructiveHint: false },
      },
      guarded(async ({ id }: { id: number }) =>
        ok({ task: await call('tasks.setCompleted', { id, completed }) }),
      ),
    );
  }
  server.registerTool(
    'delete_task',
    {
      title: 'Delete a task',
      description:
        "Delete a task: it goes to the app's Trash for 30 days (restore_task brings it back).",
      inputSchema: byId,
      outputSchema: task,
      annotations: { ...CHANGES, idempotentHint: false },
    },
    guarded(async (args) => ok({ task: await call('tasks.delete', args) })),
  );
  const bulk = {
    ids: z.array(taskIdSchema).min(1).max(BULK_MAX),
    /** The person said yes to this change (after being asked). */
    confirm: z.boolean().optional(),
  };
  server.registerTool(
    'complete_tasks',
    {
      title: 'Complete several tasks',
      description:
        "Mark several tasks as done at once. Needs the person's yes: ask them, then call with confirm: true (or they are asked directly when the client supports it).",
      inputSchema: bulk,
      outputSchema: { tasks: z.array(taskSchema) },
      annotations: { ...CHANGES, destructiveHint: false },
    },
    guarded(async ({ ids, confirm }: { ids: number[]; confirm?: boolean }) => {
      const unique = [...new Set(ids)];
      // All of them exist before any changes: a wrong number changes nothing.
      for (const id of unique) await call('tasks.get', { id });
      if (unique.length > 1)
        await confirmed(
          {
            ask: `Mark ${unique.length} tasks as done`,
            doing: `Marking ${unique.length} tasks as done`,
          },
          confirm,
        );
      const done = [];
      for (const id of unique) done.push(await call('tasks.setCompleted', { id, completed: true }));
      return ok({ tasks: done });
    }),
  );
  server.registerTool(
    'delete_tasks',
    {
      title: 'Delete several tasks',
      description:
        "Delete several tasks at once (to the app's Trash). Needs the person's yes: ask them, then call with confirm: true (or they are asked directly when the client supports it).",
      inputSchema: bulk,
      outputSchema: { tasks: z.array(taskSchema) },
      annotations: { ...CHANGES, idempotentHint: false },
    },
    guarded(async ({ ids, confirm }: { ids: number[]; confirm?: boolean }) => {
      const unique = [...new Set(ids)];
      if (unique.length > 1)
        await confirmed(
          { ask: `Delete ${unique.length} tasks`, doing: `Deleting ${unique.length} tasks` },
          confirm,
        );
      // All of them exist before any goes: a wrong number changes nothing.
      for (const id of unique) await call('tasks.get', { id });
      const deleted = [];
      for (const id of unique) deleted.push(await call('tasks.delete', { id }));
      return ok({ tasks: deleted });
    }),
  );
  server.registerTool(
    'restore_task',
    {
      title: 'Restore a deleted task',
      description: 'Bring a deleted task back from the Trash, with its old number.',
      inputSchema: byId,
      outputSchema: task,
      annotations: ADDS,
    },
    guarded(async (args) => ok({ task: await call('tasks.restore', args) })),
  );
  server.registerTool(
    'skip_occurrence',
    {
      title: 'Skip this occurrence',
      description: 'A repeating task moves to its next date without being recorded as done.',
      inputSchema: byId,
      outputSchema: task,
      annotations: { ...CHANGES, idempotentHint: false },
    },
    guarded(async (args) => ok({ task: await call('tasks.skip', args) })),
  );
  server.registerTool(
    'search',
    {
      title: 'Search tasks and messages',
      description:
        'Find tasks (title, description, labels) and chat messages by words: "quoted phrase", -word to leave out, the last word matches as a prefix. Best match first.',
      inputSchema: shape('search'),
      outputSchema: contract.search.output.shape,
      annotations: READS,
    },
    guarded(async (args) => ok(await call('search', args))),
  );
  return server;
}

/** The longest message taken (the SDK's reader would close the connection at 10 MiB). */
const LINE_MAX = 8 * 1024 * 1024;

/**
 * stdin with over-long lines left out (each answered with a JSON-RPC error), so one huge
 * message can't end the connection for everything after it.
 */
function limitLines(input: NodeJS.ReadableStream, onDropped: () => void): Readable {
  // The line being read, held until its newline (or until it is too long and left out).
  let line: Buffer[] = [];
  let length = 0;
  let dropping = false;
  return input.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        const whole: Buffer[] = [];
        let from = 0;
        for (;;) {
          const end = chunk.indexOf(0x0a, from);
          const piece = chunk.subarray(from, end < 0 ? chunk.length : end + 1);
          length += piece.length;
          if (!dropping && length > LINE_MAX) {
            dropping = true;
            line = [];
          }
          if (!dropping) line.push(piece);
          if (end < 0) break;
          if (dropping) onDropped();
          else whole.push(...line);
          line = [];
          length = 0;
          dropping = false;
          from = end + 1;
        }
        done(null, Buffer.concat(whole));
      },
    }),
  );
}

/** Serves MCP on stdin/stdout until the client goes away. */
export async function serveMcp(core: Core, version: string): Promise<void> {
  const server = createMcpServer(core, version);
  const input = limitLines(process.stdin, () =>
    process.stdout.write(
      `${JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: `That message is larger than ${LINE_MAX / 1024 / 1024} MB; it was not read.` } })}\n`,
    ),
  );
  const transport = new StdioServerTransport(input, process.stdout);
  const closed = new Promise<void>((done) => {
    transport.onclose = () => done();
    input.once('end', () => done());
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
