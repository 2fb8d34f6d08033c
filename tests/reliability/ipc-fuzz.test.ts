import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../electron/shared/errors.ts';
import { channelNames, contract } from '../../electron/shared/ipc/contract.ts';
import { openTempCore, snapshotDatabase, type TempCore } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';

// Every channel gets generated payloads: wrong types, huge strings, prototype-polluting keys,
// broken UTF-16, and near-valid objects built from the channel's own field names. Each must get a
// typed error or a valid result; the process stays up; a rejected call changes nothing.
const RUNS = scale(500, 2000);
// A valid call here copies the whole database (VACUUM INTO): fewer runs, same checks.
const RUNS_FOR: Partial<Record<string, number>> = { 'backups.create': scale(150, 500) };

const nasty = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant(Number.NaN),
  fc.constant(2 ** 63),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    minLength: 1,
  }),
  fc.constant('x'.repeat(1_000_001)),
  fc.constant("'); DROP TABLE tasks; --"),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);

const FIELDS = [
  'id',
  'title',
  'description',
  'completed',
  'status',
  'offset',
  'limit',
  'createdAt',
  'updatedAt',
  'conversationId',
  'text',
  'accept',
  'beforeId',
  'afterId',
  'apiKey',
  'chatView',
  'provider',
  'baseUrl',
  'model',
  'body',
  'requestId',
  'url',
  'sha256',
  'fileName',
  'modelPath',
];
const POLLUTERS = ['__proto__', 'constructor', 'prototype', 'user_id', 'userId'];

const payload = fc.oneof(
  nasty,
  fc.dictionary(fc.constantFrom(...FIELDS, ...POLLUTERS), nasty, { maxKeys: 4 }),
  fc.constantFrom(...POLLUTERS).map((k) => JSON.parse(`{"${k}": {"polluted": true}}`) as unknown),
);

let core: TempCore;
beforeAll(async () => {
  core = openTempCore();
  const a = await core.handlers['tasks.create']({ title: 'Existing task' });
  if (a.ok) await core.handlers['tasks.setCompleted']({ id: a.value.id, completed: true });
  await core.chat.say('Add a task to keep me company', { newConversation: true });
});
afterAll(() => core.cleanup());

describe('fuzzing every IPC channel', () => {
  for (const channel of channelNames) {
    const runs = RUNS_FOR[channel] ?? RUNS;
    it(`${channel}: ${runs} generated payloads`, async () => {
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          const parsed = contract[channel].input.safeParse(input);
          const before = parsed.success ? '' : snapshotDatabase(core);
          const result = await core.handlers[channel](input);
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) {
            expect(contract[channel].output.safeParse(result.value).success).toBe(true);
          } else {
            expect(ERROR_CODES).toContain(result.error.code);
            expect(result.error.message).not.toMatch(/SQLITE|at .*\.ts:\d|\/tmp\//);
          }
          if (!parsed.success) {
            rejected++;
            expect(result.ok).toBe(false);
            expect(snapshotDatabase(core)).toBe(before);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: runs },
      );
      record('IPC payloads tried', runs);
      record('IPC payloads rejected (database unchanged)', rejected);
    }, 300_000);
  }
});
