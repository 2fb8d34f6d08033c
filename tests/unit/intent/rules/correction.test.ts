import { describe, expect, it } from 'vitest';
import { correction } from '../../../../electron/core/agent/offline/intent/rules/correction.ts';
import { context } from '../rule-context.ts';

describe('rule: correction', () => {
  it.each([
    ['actually make that oat milk', { type: 'correct', text: 'oat milk' }],
    ['sorry, 4 lemons', { type: 'correct', text: '4 lemons' }],
    ['green not blue', { type: 'correct', text: 'green', replaces: 'blue' }],
  ] as [string, unknown][])('reads %s when the conversation allows it', (text, intent) => {
    expect(correction.extract(text, context({ lastAction: 'add' }))).toEqual(intent);
  });

  it.each([
    [
      'wait no, it was the gas bill I paid',
      { type: 'correct', ref: { kind: 'statement', text: 'pay the gas bill' } },
    ],
    [
      'sorry, I meant I walked the dog',
      { type: 'correct', ref: { kind: 'statement', text: 'walked the dog' } },
    ],
    [
      'no I emailed Tom, not Tim',
      { type: 'correct', ref: { kind: 'statement', text: 'emailed Tom' } },
    ],
    [
      'actually I meant chapter 3, not 2',
      { type: 'correct', ref: { kind: 'words', text: 'chapter 3' }, text: 'chapter 3' },
    ],
  ] as [string, unknown][])('after a completion, reads %s as another task done', (text, intent) => {
    expect(correction.extract(text, context({ lastAction: 'complete' }))).toEqual(intent);
  });

  it.each(['actually make that oat milk'])('never reads %s out of context', (text) => {
    expect(correction.extract(text, context())).toBeUndefined();
  });
  it.each([
    ["Sorry, I mean 'Buy the bus ticket', not train", 'Buy the bus ticket'],
    ["No, sorry, I want 'Buy football shoes'", 'Buy football shoes'],
  ])('a whole title in quotes replaces the one just set: %s', (text, title) => {
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'correct',
      text: title,
    });
  });
});
