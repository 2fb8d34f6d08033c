import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../electron/shared/ipc/contract.ts';
import { ERROR_CODES } from '../../electron/shared/errors.ts';
import { openTempCore, snapshotDatabase, type TempCore } from '../helpers/temp-profile.ts';

let core: TempCore;
beforeAll(async () => {
  core = openTempCore();
  await core.handlers['tasks.create']({ title: 'Existing', description: 'keep' });
  const done = await core.handlers['tasks.create']({ title: 'Done one' });
  if (done.ok) await core.handlers['tasks.setCompleted']({ id: done.value.id, completed: true });
});
afterAll(() => core.cleanup());

// Payloads no channel accepts: wrong shapes, wrong types for every known field, unknown and
// prototype-polluting keys, huge and malformed strings.
function malformedPayloads(): unknown[] {
  const wrongValues = [null, -1, 0.5, 2 ** 60, 'x'.repeat(100_000), '\ud800', true, [], {}, NaN];
  const fields = [
    'id',
    'title',
    'description',
    'completed',
    'status',
    'offset',
    'limit',
    'createdAt',
  ];
  const payloads: unknown[] = [
    null,
    undefined,
    'tasks',
    42,
    [],
    [{ id: 1 }],
    { unexpected: 1 },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    { user_id: 'someone-else' },
  ];
  for (const field of fields) for (const value of wrongValues) payloads.push({ [field]: value });
  return payloads;
}

describe('the IPC contract', () => {
  it('has a handler for exactly every channel', () => {
    expect(Object.keys(core.handlers).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });

  for (const channel of channelNames) {
    it(`${channel} rejects malformed payloads with a typed error and changes nothing`, async () => {
      const before = snapshotDatabase(core);
      const acceptsEmpty = contract[channel].input.safeParse({}).success;
      for (const payload of malformedPayloads()) {
        const parsed = contract[channel].input.safeParse(payload);
        if (parsed.success) continue; // e.g. {} for app.info: valid, checked below
        const result = await core.handlers[channel](payload);
        expect(result.ok, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(
          false,
        );
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.message).not.toMatch(/SQL|sqlite|\/tmp|at .*\.ts:/i);
          expect(result.error.message.length).toBeLessThan(300);
        }
      }
      expect(snapshotDatabase(core)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (acceptsEmpty) {
        const result = await core.handlers[channel]({});
        expect(ERROR_CODES).toContain(result.ok ? 'VALIDATION' : result.error.code);
      }
    });
  }

  it('returns values matching each output schema', async () => {
    const calls: { [C in (typeof channelNames)[number]]?: unknown } = {
      'app.info': {},
      'tasks.list': { status: 'pending' },
      'tasks.page': { offset: 0, limit: 10 },
      'tasks.counts': {},
      'tasks.get': { id: 1 },
      'tasks.update': { id: 1, description: 'changed' },
      'tasks.setCompleted': { id: 1, completed: false },
      'tasks.create': { title: 'Brand new' },
      'chat.send': { text: 'Add a task to test the contract' },
      'conversations.list': {},
      'conversations.create': { title: 'Planning' },
      'conversations.messages': { conversationId: 1 },
      'conversations.pending': { conversationId: 1 },
      'conversations.rename': { id: 1, title: 'Renamed' },
      'chat.undo': { conversationId: 1 },
      'chat.answer': { conversationId: 1, accept: false },
      'chat.cancel': { conversationId: 1 },
    };
    for (const [channel, input] of Object.entries(calls)) {
      const c = channel as (typeof channelNames)[number];
      const result = await core.handlers[c](input);
      expect(result.ok, channel).toBe(true);
      if (result.ok) expect(contract[c].output.safeParse(result.value).success, channel).toBe(true);
    }
    const removed = await core.handlers['conversations.delete']({ id: 2 });
    expect(
      removed.ok && contract['conversations.delete'].output.safeParse(removed.value).success,
    ).toBe(true);
    const deleted = await core.handlers['tasks.delete']({ id: 1 });
    expect(deleted.ok && contract['tasks.delete'].output.safeParse(deleted.value).success).toBe(
      true,
    );
    const restored = deleted.ok
      ? await core.handlers['tasks.restore']({ id: deleted.value.id })
      : deleted;
    expect(restored.ok && contract['tasks.restore'].output.safeParse(restored.value).success).toBe(
      true,
    );
  });
});

describe('errors shown to people', () => {
  it('hide database internals when storage fails', async () => {
    const broken = openTempCore();
    broken.db.exec('DROP TABLE tasks');
    const result = await broken.handlers['tasks.create']({ title: 'Nowhere to go' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).not.toMatch(/SQL|sqlite|table|\//i);
    }
    broken.cleanup();
  });
});

describe('settings', () => {
  it('a field sent as undefined is left as it was (found by fuzzing)', async () => {
    const before = await core.handlers['settings.get']({});
    const result = await core.handlers['settings.update']({
      provider: undefined,
      baseUrl: undefined,
    });
    expect(result).toEqual(before);
  });
});
