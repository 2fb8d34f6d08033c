import { describe, expect, it } from 'vitest';
import { undo } from '../../../../electron/core/agent/offline/intent/rules/undo.ts';
import { context } from '../rule-context.ts';

describe('rule: undo', () => {
  it.each([
    ["actually no, don't add that", { type: 'undo' }],
    ['hmm no, leave it as pizza', { type: 'undo' }],
    ["wait no I didn't, she didn't pick up", { type: 'undo' }],
    ['sorry, wrong, not finish yet, undo', { type: 'undo' }],

    ['sorry, wrong, not finish yet, undo', { type: 'undo' }],

    ['undo that', { type: 'undo' }],
    ['wait no undo', { type: 'undo' }],
    ['scratch that', { type: 'undo' }],
    // The last deletion, whatever was changed after it
    ['undo the delete', { type: 'undo', deleted: true }],
    ['undelete', { type: 'undo', deleted: true }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(undo.extract(text, context())).toEqual(intent);
  });

  it('reads "can I get that back?" right after a delete, and only then', () => {
    expect(undo.extract('can I get that back', context({ lastAction: 'delete' }))).toEqual({
      type: 'undo',
    });
    expect(undo.extract('can I get that back', context({ lastAction: 'add' }))).toBeUndefined();
  });

  it.each(['undo completion of task 1', 'undo, I meant I fed the cat'])(
    'leaves %s to other rules',
    (text) => {
      expect(undo.extract(text, context())).toBeUndefined();
    },
  );
});

describe('rule: undo, said as part of a correction', () => {
  it('"no put it back, sorry wrong one, it\'s the dentist that\'s done" is left to the correction', () => {
    const text = "no put it back, sorry wrong one, it's the dentist that's done";
    expect(undo.extract(text, context({ lastAction: 'complete' }, text))).toBeUndefined();
  });
});

describe('rule: undo, "keep it" right after a delete', () => {
  it.each(['actually no, keep it', 'keep it', 'no wait, leave that one'])('%s', (text) => {
    expect(undo.extract(text, context({ lastAction: 'delete' }))).toEqual({ type: 'undo' });
  });

  it('is no undo after anything else', () => {
    expect(undo.extract('actually no, keep it', context({ lastAction: 'add' }))).toBeUndefined();
  });
});
