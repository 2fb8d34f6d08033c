// The app as an MCP host: servers added in settings (or pasted from Claude Desktop), their tools
// offered to the model-backed assistant under their own names, each call asked about (or always
// allowed), time-limited, and a server that crashes, hangs or can't start reported without
// taking anything down. Driven with the fake MCP server of tests/helpers and with our own.
import path from 'node:path';
import { repoRoot } from '../../electron/host/host-paths.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TurnResult } from '../../electron/shared/chat.ts';
import { readStoredReceipt } from '../../electron/shared/chat.ts';
import type { McpServerInput, ToolApproval } from '../../electron/shared/mcp.ts';
import {
  type FakeServer,
  startFakeServer,
  text,
  toolCall,
} from '../../scripts/lib/fake-openai-server.ts';
import { FAKE_MCP_SERVER, INJECTION, startFakeHttpMcp } from '../helpers/fake-mcp-server.ts';
import { openTempCore, type TempCore } from '../helpers/temp-profile.ts';

let fake: FakeServer;
let core: TempCore;

const fakeTools = (extra: string[] = [], env: Record<string, string> = {}): McpServerInput => ({
  name: 'Fake tools',
  transport: { type: 'stdio', command: process.execPath, args: [FAKE_MCP_SERVER, ...extra], env },
});

beforeEach(async () => {
  fake = await startFakeServer();
  core = openTempCore({ modelTimeoutMs: 10_000, modelMaxRetries: 0, askApprovals: true });
  core.settings.update({
    provider: 'openai-compatible',
    baseUrl: fake.baseUrl,
    model: 'fake-model',
  });
});
afterEach(async () => {
  await core.mcp.close();
  core.cleanup();
  await fake.close();
});

const say = (words: string, conversationId?: number): Promise<TurnResult> =>
  core.chat.say(words, conversationId ? { conversationId } : { newConversation: true });

/** Answers the next approval card as soon as it shows. */
function answerNextApproval(decision: 'allow' | 'always' | 'deny'): Promise<ToolApproval> {
  return new Promise((resolve) => {
    const off = core.events.on('chat.approval', ({ approvals }) => {
      const first = approvals[0];
      if (!first) return;
      off();
      core.chat.decide(first.id, decision);
      resolve(first);
    });
  });
}

const toolMessages = (conversationId: number) =>
  core.chat
    .messages(conversationId, { limit: 50 })
    .items.filter((m) => m.role === 'tool')
    .map((m) => readStoredReceipt(m.content)!);

describe('servers in settings', () => {
  it('adds a stdio server, starts it, lists its tools with their names for the model', async () => {
    const added = core.mcp.save(fakeTools());
    expect(added.config).toMatchObject({ id: 'fake-tools', enabled: true, timeoutSeconds: 30 });
    expect(added.state).toBe('idle');
    const view = await core.mcp.refresh(added.config.id);
    expect(view.state).toBe('ready');
    const weather = view.tools.find((t) => t.name === 'weather')!;
    expect(weather).toMatchObject({
      key: 'mcp__fake-tools__weather',
      enabled: true,
      approval: 'ask',
      readOnly: true,
    });
    expect(view.tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(['echo', 'slow', 'crash', 'inject', 'env', 'fail']),
    );
  });

  it('reads Claude Desktop’s mcpServers JSON; names stay unique; bad JSON changes nothing', async () => {
    const { added } = core.mcp.importClaude(
      JSON.stringify({
        mcpServers: {
          files: {
            command: 'npx',
            args: ['-y', '@modelcontextprotocol/server-filesystem', '/tmp'],
          },
          Files: { command: 'uvx', args: ['mcp-server-fetch'], env: { TOKEN: 'x' } },
          remote: { url: 'http://127.0.0.1:9/mcp', headers: { Authorization: 'Bearer t' } },
        },
      }),
    );
    expect(added.map((s) => s.config.id)).toEqual(['files', 'files-2', 'remote']);
    expect(added[1]!.config.transport).toEqual({
      type: 'stdio',
      command: 'uvx',
      args: ['mcp-server-fetch'],
      env: { TOKEN: 'x' },
    });
    expect(added[2]!.config.transport).toMatchObject({
      type: 'http',
      url: 'http://127.0.0.1:9/mcp',
    });
    for (const bad of [
      '{nope',
      '[]',
      '{"mcpServers": {}}',
      '{"mcpServers": {"x": {"command": 3}}}',
    ]) {
      const result = await core.handlers['mcp.import']({ text: bad });
      expect(result.ok).toBe(false);
    }
    expect(core.mcp.list()).toHaveLength(3);
  });

  it('refuses a bad setup with a clear message', async () => {
    for (const transport of [
      { type: 'stdio', command: '', args: [], env: {} },
      { type: 'stdio', command: 'x', args: [], env: { 'BAD NAME': '1' } },
      { type: 'http', url: 'file:///etc/passwd', headers: {} },
      { type: 'ftp', url: 'x' },
    ]) {
      const result = await core.handlers['mcp.save']({ name: 'x', transport });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    expect(core.mcp.list()).toEqual([]);
  });

  it('a program that is not there, or that stops at once, is reported; the app goes on', async () => {
    const missing = core.mcp.save({
      name: 'Missing',
      transport: { type: 'stdio', command: '/no/such/program-xyz', args: [], env: {} },
    });
    const view = await core.mcp.refresh(missing.config.id);
    expect(view.state).toBe('failed');
    expect(view.message).toMatch(/couldn't start: “program-xyz” wasn't found/);
    expect(view.message).not.toContain('/no/such');
    const crashing = core.mcp.save(fakeTools(['--crash-on-start']));
    expect((await core.mcp.refresh(crashing.config.id)).state).toBe('failed');
    // A turn still works: the broken servers are left out of it.
    fake.script.push({ stream: text('Hi!') });
    expect((await say('hello')).reply).toBe('Hi!');
    const offered = (fake.requests[0]!.body.tools as { function: { name: string } }[]).map(
      (t) => t.function.name,
    );
    expect(offered.some((n) => n.startsWith('mcp__'))).toBe(false);
  });
});

describe('the assistant using other apps’ tools', () => {
  it('offers only enabled tools, namespaced, next to the task tools', async () => {
    const { config } = core.mcp.save(fakeTools());
    await core.mcp.refresh(config.id);
    core.mcp.setTool(config.id, 'crash', { enabled: false });
    fake.script.push({ stream: text('ok') });
    await say('hi');
    const offered = (fake.requests[0]!.body.tools as { function: { name: string } }[]).map(
      (t) => t.function.name,
    );
    expect(offered).toContain('add_task');
    expect(offered).toContain('mcp__fake-tools__weather');
    expect(offered).not.toContain('mcp__fake-tools__crash');
    expect(new Set(offered).size).toBe(offered.length);
  });

  it('asks before a call, runs it once allowed, and gives the model the result as data', async () => {
    core.mcp.save(fakeTools());
    fake.script.push(
      { stream: [toolCall('w1', 'mcp__fake-tools__weather', '{"city":"Oslo"}')] },
      { stream: text('It is sunny in Oslo.') },
    );
    const approval = answerNextApproval('allow');
    const turn = await say('what is the weather in Oslo?');
    expect((await approval).args).toEqual({ city: 'Oslo' });
    expect(turn.reply).toBe('It is sunny in Oslo.');
    const toolMessage = (
      fake.requests[1]!.body.messages as { role: string; content: string }[]
    ).find((m) => m.role === 'tool')!;
    expect(JSON.parse(toolMessage.content)).toMatchObject({
      ok: true,
      output: 'Sunny in Oslo, 21°C.',
      note: expect.stringMatching(/untrusted/),
    });
    const [receipt] = toolMessages(turn.conversationId);
    expect(receipt).toMatchObject({
      tool: 'mcp__fake-tools__weather',
      ok: true,
      summary: 'Used weather (Fake tools)',
      args: { city: 'Oslo' },
      output: 'Sunny in Oslo, 21°C.',
    });
    expect(core.chat.approvals()).toEqual([]);
  });

  it('Deny: nothing is called, and the model hears so; "always allow" stops the asking', async () => {
    core.mcp.save(fakeTools());
    fake.script.push(
      { stream: [toolCall('e1', 'mcp__fake-tools__echo', '{"text":"hi"}')] },
      { stream: text('Okay, I did not.') },
    );
    const denied = answerNextApproval('deny');
    const first = await say('echo hi');
    await denied;
    expect(first.actions).toMatchObject([{ ok: false, error: { code: 'DENIED' } }]);

    fake.script.push(
      { stream: [toolCall('e2', 'mcp__fake-tools__echo', '{"text":"again"}')] },
      { stream: text('Done.') },
    );
    const always = answerNextApproval('always');
    await say('echo again', first.conversationId);
    await always;
    expect(core.mcp.list()[0]!.config.tools.echo).toEqual({ enabled: true, approval: 'always' });

    // Now no card: the call just runs.
    let asked = false;
    core.events.on('chat.approval', ({ approvals }) => (asked ||= approvals.length > 0));
    fake.script.push(
      { stream: [toolCall('e3', 'mcp__fake-tools__echo', '{"text":"third"}')] },
      { stream: text('Done again.') },
    );
    const third = await say('echo third', first.conversationId);
    expect(asked).toBe(false);
    expect(third.actions).toMatchObject([{ ok: true }]);
  });

  it('Stop while a card waits declines the call and ends the turn', async () => {
    core.mcp.save(fakeTools());
    fake.script.push({ stream: [toolCall('w', 'mcp__fake-tools__weather', '{"city":"Rome"}')] });
    const shown = new Promise<number>((resolve) =>
      core.events.on('chat.approval', (e) => e.approvals.length && resolve(e.conversationId)),
    );
    const turn = say('weather in rome');
    core.chat.cancel(await shown);
    const result = await turn;
    expect(result.actions).toMatchObject([{ ok: false, error: { code: 'DENIED' } }]);
    expect(core.chat.approvals()).toEqual([]);
  });

  it('the CLI (no one to ask) declines unless --yes', async () => {
    const cli = openTempCore({ modelTimeoutMs: 10_000, modelMaxRetries: 0 });
    try {
      cli.settings.update({
        provider: 'openai-compatible',
        baseUrl: fake.baseUrl,
        model: 'fake-model',
      });
      cli.mcp.save(fakeTools());
      fake.script.push(
        { stream: [toolCall('a', 'mcp__fake-tools__echo', '{"text":"x"}')] },
        { stream: text('Could not.') },
        { stream: [toolCall('b', 'mcp__fake-tools__echo', '{"text":"y"}')] },
        { stream: text('Did it.') },
      );
      const declined = await cli.chat.say('echo x', { newConversation: true });
      expect(declined.actions[0]).toMatchObject({
        ok: false,
        summary: expect.stringMatching(/--yes/),
      });
      const allowed = await cli.chat.say('echo y', { newConversation: true, autoConfirm: true });
      expect(allowed.actions[0]).toMatchObject({ ok: true });
    } finally {
      await cli.mcp.close();
      cli.cleanup();
    }
  });

  it('a call that takes longer than the limit is stopped and reported; the server restarts next time', async () => {
    const { config } = core.mcp.save({ ...fakeTools(), timeoutSeconds: 1 });
    core.mcp.setTool(config.id, 'slow', { approval: 'always' });
    core.mcp.setTool(config.id, 'echo', { approval: 'always' });
    fake.script.push(
      { stream: [toolCall('s', 'mcp__fake-tools__slow', '{"ms":5000}')] },
      { stream: text('It timed out.') },
    );
    const first = await say('do the slow thing');
    expect(first.actions[0]).toMatchObject({
      ok: false,
      summary: "“Fake tools” didn't answer within 1 s.",
    });
    expect(first.reply).toBe('It timed out.');
    expect(core.mcp.list()[0]!.state).toBe('failed');
    fake.script.push(
      { stream: [toolCall('e', 'mcp__fake-tools__echo', '{"text":"back"}')] },
      { stream: text('Back.') },
    );
    const second = await say('echo back', first.conversationId);
    expect(second.actions[0]).toMatchObject({ ok: true });
    expect(core.mcp.list()[0]!.state).toBe('ready');
  });

  it('a server that dies mid-call: the turn ends with a clear message, the next use restarts it', async () => {
    const { config } = core.mcp.save(fakeTools());
    for (const tool of ['crash', 'echo']) core.mcp.setTool(config.id, tool, { approval: 'always' });
    fake.script.push(
      { stream: [toolCall('c', 'mcp__fake-tools__crash', '{}')] },
      { stream: text('That tool stopped.') },
    );
    const first = await say('crash it');
    expect(first.actions[0]).toMatchObject({
      ok: false,
      summary: expect.stringMatching(/“Fake tools” stopped while working on it/),
    });
    expect(first.reply).toBe('That tool stopped.');
    fake.script.push(
      { stream: [toolCall('e', 'mcp__fake-tools__echo', '{"text":"alive"}')] },
      { stream: text('Alive.') },
    );
    expect((await say('echo', first.conversationId)).actions[0]).toMatchObject({ ok: true });
  });

  it('a failing tool’s error reaches the model as a failure', async () => {
    const { config } = core.mcp.save(fakeTools());
    core.mcp.setTool(config.id, 'fail', { approval: 'always' });
    fake.script.push(
      { stream: [toolCall('f', 'mcp__fake-tools__fail', '{}')] },
      { stream: text('Down.') },
    );
    const turn = await say('try it');
    expect(turn.actions[0]).toMatchObject({ ok: false, summary: 'the service is down' });
    const answer = (fake.requests[1]!.body.messages as { role: string; content: string }[]).find(
      (m) => m.role === 'tool',
    )!;
    expect(JSON.parse(answer.content)).toMatchObject({ ok: false, error: 'the service is down' });
  });

  it('starts the program without a shell and with only the configured environment', async () => {
    process.env.TASK_ASSISTANT_SECRET_FOR_TEST = 'not for servers';
    try {
      const { config } = core.mcp.save(
        fakeTools(['$(touch /tmp/pwned-mcp)', 'a b;c'], { GREETING: 'hi' }),
      );
      for (const tool of ['env', 'argv']) core.mcp.setTool(config.id, tool, { approval: 'always' });
      fake.script.push(
        {
          stream: [
            toolCall('v', 'mcp__fake-tools__env', '{}'),
            toolCall('a', 'mcp__fake-tools__argv', '{}', 1),
          ],
        },
        { stream: text('ok') },
      );
      const turn = await say('check');
      const names = JSON.parse((turn.actions[0]!.result as { output: string }).output) as string[];
      expect(names).toContain('GREETING');
      expect(names).not.toContain('TASK_ASSISTANT_SECRET_FOR_TEST');
      expect(
        names.every((n) =>
          ['GREETING', 'HOME', 'LOGNAME', 'PATH', 'SHELL', 'TERM', 'USER'].includes(n),
        ),
      ).toBe(true);
      const argv = JSON.parse((turn.actions[1]!.result as { output: string }).output) as string[];
      expect(argv).toEqual(['$(touch /tmp/pwned-mcp)', 'a b;c']);
    } finally {
      delete process.env.TASK_ASSISTANT_SECRET_FOR_TEST;
    }
  });

  it('a tool result that orders a delete cannot delete or change tasks without a yes', async () => {
    core.tasks.create({ title: 'Pay rent' });
    core.tasks.create({ title: 'Call mum' });
    const { config } = core.mcp.save(fakeTools());
    core.mcp.setTool(config.id, 'inject', { approval: 'always' });
    fake.script.push(
      { stream: [toolCall('i', 'mcp__fake-tools__inject', '{}')] },
      { stream: [toolCall('d', 'delete_task', '{"task_id":1}')] },
    );
    const first = await say('check my notes app');
    expect(first.pendingConfirmation).not.toBeNull();
    expect(core.tasks.list('all')).toHaveLength(2);

    fake.script.push(
      { stream: [toolCall('i2', 'mcp__fake-tools__inject', '{}')] },
      { stream: [toolCall('c', 'complete_task', '{"task_id":2}')] },
    );
    const second = await say('check it again', first.conversationId);
    expect(second.pendingConfirmation).not.toBeNull();
    expect(core.tasks.list('completed')).toHaveLength(0);
    expect(JSON.stringify(fake.requests[1]!.body.messages)).toContain(INJECTION.slice(0, 30));
  });

  it('works with a Streamable HTTP server, sending its headers', async () => {
    const web = await startFakeHttpMcp();
    try {
      const { config } = core.mcp.save({
        name: 'Web tools',
        transport: { type: 'http', url: web.url, headers: { Authorization: 'Bearer abc' } },
      });
      core.mcp.setTool(config.id, 'weather', { approval: 'always' });
      fake.script.push(
        { stream: [toolCall('w', 'mcp__web-tools__weather', '{"city":"Lima"}')] },
        { stream: text('Sunny.') },
      );
      const turn = await say('weather in lima');
      expect(turn.actions[0]).toMatchObject({
        ok: true,
        result: { output: 'Sunny in Lima, 21°C.' },
      });
      expect(web.headers.some((h) => h.authorization === 'Bearer abc')).toBe(true);
    } finally {
      await web.close();
    }
  });

  it('works with our own server (cli mcp) as the other app', async () => {
    const other = openTempCore({ watchExternalChanges: true });
    try {
      other.tasks.create({ title: 'Task in the other profile' });
      const { config } = core.mcp.save({
        name: 'Other list',
        transport: {
          type: 'stdio',
          command: process.execPath,
          args: [path.join(repoRoot, 'electron/host/cli.ts'), '--profile', other.dir, 'mcp'],
          env: {},
        },
      });
      const view = await core.mcp.refresh(config.id);
      expect(view.state).toBe('ready');
      expect(view.tools.map((t) => t.name)).toEqual(
        expect.arrayContaining(['add_task', 'list_tasks', 'delete_task']),
      );
      expect(view.tools.find((t) => t.name === 'list_tasks')!.readOnly).toBe(true);
      core.mcp.setTool(config.id, 'add_task', { approval: 'always' });
      fake.script.push(
        { stream: [toolCall('a', 'mcp__other-list__add_task', '{"title":"Added from the host"}')] },
        { stream: text('Added there.') },
      );
      const turn = await say('add it to the other list');
      expect(turn.actions[0]).toMatchObject({ ok: true });
      expect(core.tasks.list('all')).toEqual([]);
      expect(other.tasks.list('all').map((t) => t.title)).toEqual([
        'Task in the other profile',
        'Added from the host',
      ]);
    } finally {
      await core.mcp.close();
      other.cleanup();
    }
  });
});
