// `cli mcp` driven by the official SDK's client over stdio, as Claude Desktop or Cursor would:
// the tools and their annotations, structured results, clear errors, the confirm rule (and MCP
// elicitation), and the same profile used by the app at the same time.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../../electron/host/host-paths.ts';
import { taskSchema } from '../../electron/shared/task.ts';
import {
  makeTempDir,
  openTempCore,
  snapshotDatabase,
  type TempCore,
} from '../helpers/temp-profile.ts';

vi.setConfig({ testTimeout: 60_000 });

const clients: Client[] = [];
const cores: TempCore[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  for (const c of cores.splice(0)) c.cleanup();
});

async function connect(profile: string, answer?: 'accept' | 'decline') {
  const client = new Client(
    { name: 'test-agent', version: '1.0.0' },
    answer ? { capabilities: { elicitation: {} } } : {},
  );
  if (answer) {
    client.setRequestHandler(ElicitRequestSchema, async () =>
      answer === 'accept'
        ? { action: 'accept', content: { confirm: true } }
        : { action: 'decline' },
    );
  }
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: ['electron/host/cli.ts', '--profile', profile, 'mcp'],
      cwd: repoRoot,
      stderr: 'pipe',
    }),
  );
  clients.push(client);
  return client;
}

/** A profile the test also opens as the app would (watching for other processes' writes). */
function app(): TempCore {
  const core = openTempCore({
    profileDir: path.join(makeTempDir('mcp-'), 'profile'),
    watchExternalChanges: true,
  });
  cores.push(core);
  return core;
}

type Result = Awaited<ReturnType<Client['callTool']>>;
const text = (r: Result) => (r.content as { type: string; text: string }[])[0]!.text;

describe('the MCP server', () => {
  it('lists the task tools with input and output schemas and honest annotations', async () => {
    const client = await connect(app().dir);
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(
      [
        'add_task',
        'complete_task',
        'complete_tasks',
        'delete_task',
        'delete_tasks',
        'get_task',
        'list_tasks',
        'reopen_task',
        'restore_task',
        'search',
        'skip_occurrence',
        'update_task',
      ].sort(),
    );
    for (const t of tools) {
      expect(t.inputSchema.type, t.name).toBe('object');
      expect(t.outputSchema?.type, t.name).toBe('object');
    }
    for (const name of ['list_tasks', 'get_task', 'search'])
      expect(byName[name]!.annotations).toMatchObject({
        readOnlyHint: true,
        destructiveHint: false,
      });
    for (const name of ['delete_task', 'delete_tasks', 'update_task'])
      expect(byName[name]!.annotations).toMatchObject({
        readOnlyHint: false,
        destructiveHint: true,
      });
    expect(byName.add_task!.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
    });
    // The time fields are there, as the app takes them.
    expect(Object.keys(byName.add_task!.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['title', 'dueDate', 'dueTime', 'priority', 'repeat', 'labels']),
    );
  });

  it('adds and lists tasks with structured results, and the running app sees them appear', async () => {
    const core = app();
    const seen: unknown[] = [];
    core.events.on('tasks.changed', (e) => seen.push(e));
    const client = await connect(core.dir);
    const added = await client.callTool({
      name: 'add_task',
      arguments: { title: 'Renew passport', dueDate: '2026-12-01', priority: 1, labels: ['admin'] },
    });
    expect(added.isError).toBeFalsy();
    const task = taskSchema.parse((added.structuredContent as { task: unknown }).task);
    expect(task).toMatchObject({ title: 'Renew passport', dueDate: '2026-12-01', priority: 1 });
    expect(JSON.parse(text(added))).toEqual(added.structuredContent);
    // The app, on the same profile, has it (and hears of it).
    const listed = await core.handlers['tasks.list']({});
    expect(listed.ok && listed.value.map((t) => t.title)).toEqual(['Renew passport']);
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0), { timeout: 5000 });
    // And what the app adds, the agent lists.
    await core.handlers['tasks.create']({ title: 'Call the bank' });
    const list = await client.callTool({ name: 'list_tasks', arguments: { status: 'pending' } });
    expect(
      (list.structuredContent as { tasks: { title: string }[] }).tasks.map((t) => t.title),
    ).toEqual(['Renew passport', 'Call the bank']);
    const found = await client.callTool({ name: 'search', arguments: { query: 'passp' } });
    expect((found.structuredContent as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ kind: 'task', title: 'Renew passport' }),
    ]);
  });

  it('answers bad arguments with a clear error and changes nothing', async () => {
    const core = app();
    await core.handlers['tasks.create']({ title: 'Keep me' });
    const before = snapshotDatabase(core);
    const client = await connect(core.dir);
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['add_task', { title: '' }, /Title is empty/],
      ['add_task', { title: 'x'.repeat(201) }, /Title is too long/],
      ['add_task', { title: 'A', dueTime: '09:00' }, /needs a due date/],
      ['add_task', { title: 'A', dueDate: '2026-02-30' }, /real day|date/i],
      ['update_task', { id: 1 }, /Nothing to change/],
      ['get_task', { id: 42 }, /Task 42 doesn't exist/],
      ['complete_task', { id: -1 }, /positive/],
      ['delete_tasks', { ids: [] }, /./],
      ['list_tasks', { status: 'someday' }, /Status must be/],
    ];
    for (const [name, args, message] of cases) {
      const result = await client.callTool({ name, arguments: args });
      expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(text(result)).toMatch(message);
      expect(text(result)).not.toMatch(/at Object\.|\.ts:|SQLITE|\/work\//);
    }
    const unknown = await client.callTool({ name: 'drop_all_tables', arguments: {} });
    expect(unknown.isError).toBe(true);
    expect(snapshotDatabase(core)).toBe(before);
  });

  it("changes several tasks only with the person's yes: confirm: true, or asked through elicitation", async () => {
    const core = app();
    for (const title of ['One', 'Two', 'Three', 'Four'])
      await core.handlers['tasks.create']({ title });
    const before = snapshotDatabase(core);
    const plain = await connect(core.dir);
    const refused = await plain.callTool({ name: 'delete_tasks', arguments: { ids: [1, 2] } });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/Ask them first, then call again with confirm: true/);
    const refusedDone = await plain.callTool({
      name: 'complete_tasks',
      arguments: { ids: [1, 2] },
    });
    expect(refusedDone.isError).toBe(true);
    expect(snapshotDatabase(core)).toBe(before);
    // A wrong number among them: nothing goes.
    const wrong = await plain.callTool({
      name: 'delete_tasks',
      arguments: { ids: [1, 99], confirm: true },
    });
    expect(wrong.isError).toBe(true);
    expect(snapshotDatabase(core)).toBe(before);
    const done = await plain.callTool({
      name: 'delete_tasks',
      arguments: { ids: [1, 2], confirm: true },
    });
    expect((done.structuredContent as { tasks: { id: number }[] }).tasks.map((t) => t.id)).toEqual([
      1, 2,
    ]);
    // One at a time needs no extra yes (it goes to the Trash, and comes back).
    expect(
      (await plain.callTool({ name: 'delete_task', arguments: { id: 3 } })).isError,
    ).toBeFalsy();
    expect(
      (await plain.callTool({ name: 'restore_task', arguments: { id: 3 } })).isError,
    ).toBeFalsy();

    const declines = await connect(core.dir, 'decline');
    const no = await declines.callTool({ name: 'complete_tasks', arguments: { ids: [3, 4] } });
    expect(no.isError).toBe(true);
    expect(text(no)).toMatch(/did not confirm/);
    const accepts = await connect(core.dir, 'accept');
    const yes = await accepts.callTool({ name: 'complete_tasks', arguments: { ids: [3, 4] } });
    expect(yes.isError).toBeFalsy();
    const left = await core.handlers['tasks.list']({ status: 'completed' });
    expect(left.ok && left.value.map((t) => t.title)).toEqual(['Three', 'Four']);
  });

  it('a wrong number in a bulk change changes nothing, and a message too large is refused, not the end', async () => {
    const core = app();
    await core.handlers['tasks.create']({ title: 'Only one' });
    const before = snapshotDatabase(core);
    const client = await connect(core.dir);
    const wrong = await client.callTool({
      name: 'complete_tasks',
      arguments: { ids: [1, 99], confirm: true },
    });
    expect(wrong.isError).toBe(true);
    expect(snapshotDatabase(core)).toBe(before);

    // Raw stdio: an 11 MB line, then a normal request, which is still answered.
    const child = spawn(process.execPath, ['electron/host/cli.ts', '--profile', core.dir, 'mcp'], {
      cwd: repoRoot,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const send = (m: unknown) => child.stdin.write(`${JSON.stringify(m)}\n`);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'raw', version: '1' },
      },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: { name: 'add_task', arguments: { title: 'x'.repeat(11 * 1024 * 1024) } },
    });
    send({
      jsonrpc: '2.0',
      id: 3,
      method: 'tools/call',
      params: { name: 'list_tasks', arguments: {} },
    });
    await vi.waitFor(() => expect(out).toMatch(/"id":3/), { timeout: 20_000 });
    expect(out).toMatch(/larger than 8 MB/);
    expect(out).toMatch(/Only one/);
    child.stdin.end();
    await new Promise((done) => child.once('exit', done));
    expect(snapshotDatabase(core)).toBe(before);
  });

  it('serves several agents and the app at once without losing a write', async () => {
    const core = app();
    const [a, b] = await Promise.all([connect(core.dir), connect(core.dir)]);
    await Promise.all([
      ...Array.from({ length: 15 }, (_, i) =>
        a.callTool({ name: 'add_task', arguments: { title: `A${i}` } }),
      ),
      ...Array.from({ length: 15 }, (_, i) =>
        b.callTool({ name: 'add_task', arguments: { title: `B${i}` } }),
      ),
      ...Array.from({ length: 15 }, (_, i) => core.handlers['tasks.create']({ title: `App${i}` })),
    ]);
    const all = await core.handlers['tasks.list']({});
    expect(all.ok && all.value.length).toBe(45);
  });
});
