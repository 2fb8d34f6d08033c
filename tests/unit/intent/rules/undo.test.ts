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
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(undo.extract(text, context())).toEqual(intent);
  });

  it.each(['undo completion of task 1', 'undo, I meant I fed the cat'])(
    'leaves %s to other rules',
    (text) => {
      expect(undo.extract(text, context())).toBeUndefined();
    },
  );
});
