// The app as an MCP host, with a server that dies in the middle of a call, again and again: every
// turn finishes with a clear message (no hang, no crash, nothing changed), and the next use starts
// the server afresh.
import { expect, it, vi } from 'vitest';
import { startFakeServer, text, toolCall } from '../../scripts/lib/fake-openai-server.ts';
import { FAKE_MCP_SERVER } from '../helpers/fake-mcp-server.ts';
import { openTempCore, snapshotDatabase } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';

const DEATHS = scale(50, 200);

vi.setConfig({ testTimeout: 300_000 });

it(`a server that dies mid-call ${DEATHS} times: each turn ends with a clear message`, async () => {
  const fake = await startFakeServer();
  const core = openTempCore({ modelMaxRetries: 0, askApprovals: true });
  try {
    core.tasks.create({ title: 'Pay rent' });
    core.settings.update({
      provider: 'openai-compatible',
      baseUrl: fake.baseUrl,
      model: 'fake-model',
    });
    const { config } = core.mcp.save({
      name: 'Flaky',
      transport: { type: 'stdio', command: process.execPath, args: [FAKE_MCP_SERVER], env: {} },
    });
    for (const tool of ['crash', 'echo']) core.mcp.setTool(config.id, tool, { approval: 'always' });
    const tasksBefore = JSON.stringify(core.tasks.list('all'));
    let conversationId: number | undefined;
    for (let i = 0; i < DEATHS; i++) {
      // Every fifth turn the server is used normally: it has been started again.
      const tool = i % 5 === 4 ? 'echo' : 'crash';
      fake.script.push(
        { stream: [toolCall(`c${i}`, `mcp__flaky__${tool}`, '{"text":"still here"}')] },
        { stream: text(`Turn ${i} finished.`) },
      );
      const turn = await core.chat.say(`try ${i}`, conversationId ? { conversationId } : {});
      conversationId = turn.conversationId;
      fake.script.length = 0;
      expect(turn.reply).toBe(`Turn ${i} finished.`);
      if (tool === 'crash') {
        expect(turn.actions[0]).toMatchObject({
          ok: false,
          summary:
            '“Flaky” stopped while working on it; it will be started again when next needed.',
        });
      } else {
        expect(turn.actions[0]).toMatchObject({ ok: true, result: { output: 'still here' } });
      }
    }
    expect(JSON.stringify(core.tasks.list('all'))).toBe(tasksBefore);
    expect(snapshotDatabase(core)).toContain('Pay rent');
    record('MCP server deaths mid-call survived', DEATHS);
  } finally {
    await core.mcp.close();
    core.cleanup();
    await fake.close();
  }
});
