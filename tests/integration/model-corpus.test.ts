import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/core/agent/engine.ts';
import { OfflineAssistant } from '../../electron/core/agent/offline/offline-assistant.ts';
import { ModelEngine } from '../../electron/core/agent/model/model-engine.ts';
import { repoRoot } from '../../electron/host/host-paths.ts';
import type { PlannedCall } from '../../electron/shared/chat.ts';
import { checkExpectations, converse, readCases, setUp } from '../../scripts/lib/corpus.ts';
import {
  type FakeServer,
  type ScriptStep,
  startFakeServer,
  text,
} from '../../scripts/lib/fake-openai-server.ts';
import { chatWithEngine } from '../helpers/chat-with-engine.ts';
import { openTempCore } from '../helpers/temp-profile.ts';

// The dev corpus again, but answered by a "model": the fake server replays, as streamed tool
// calls, exactly the steps the built-in assistant took for each case. This checks the model path
// (tool definitions, argument validation, confirmation, results sent back) end to end.
const sharedDev = path.resolve(repoRoot, '..', 'shared', 'corpus', 'nl-dev.jsonl');
const devCorpus = fs.existsSync(sharedDev)
  ? sharedDev
  : path.join(repoRoot, 'tests', 'corpus', 'nl-dev.jsonl');

/** The built-in assistant, with every tool step and reply written down as a model script. */
function recordingEngine(script: ScriptStep[]): Engine {
  const offline = new OfflineAssistant();
  return {
    async respond(turn) {
      const steps: PlannedCall[][] = [];
      const reply = await offline.respond({
        ...turn,
        execute: (calls, prompt) => {
          steps.push(calls);
          return turn.execute(calls, prompt);
        },
        executeNow: (calls, prompt) => {
          steps.push(calls);
          return turn.executeNow(calls, prompt);
        },
      });
      for (const [s, calls] of steps.entries()) {
        script.push({
          stream: calls.map((c, i) => ({
            tool_calls: [
              {
                index: i,
                id: `call_${s}_${i}`,
                type: 'function',
                function: { name: c.tool, arguments: JSON.stringify(c.args) },
              },
            ],
          })),
        });
      }
      script.push({ stream: text(reply) });
      return reply;
    },
  };
}

let fake: FakeServer;
beforeAll(async () => {
  fake = await startFakeServer();
});
afterAll(() => fake.close());

describe('the dev corpus through a model’s scripted tool calls', () => {
  for (const c of readCases(devCorpus)) {
    it(`${c.id}: ${c.say.join(' / ').slice(0, 70)}`, async () => {
      const script: ScriptStep[] = [];
      const recorder = openTempCore({ undoAppChanges: false });
      setUp(recorder, c);
      await converse(chatWithEngine(recorder, recordingEngine(script)), c.say);
      recorder.cleanup();

      const core = openTempCore({ undoAppChanges: false });
      try {
        setUp(core, c);
        const before = core.tasks.list('all');
        fake.script.splice(0, fake.script.length, ...script);
        const model = new ModelEngine({
          config: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'fake-model' },
          maxRetries: 0,
        });
        const reply = await converse(chatWithEngine(core, model), c.say);
        expect(fake.script).toEqual([]); // every scripted step was asked for
        expect(checkExpectations(c, before, core.tasks.list('all'), reply), reply).toBe('');
      } finally {
        core.cleanup();
      }
    });
  }
});
