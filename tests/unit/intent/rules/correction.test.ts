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

  it.each(['actually make that oat milk'])('never reads %s out of context', (text) => {
    expect(correction.extract(text, context())).toBeUndefined();
  });
});
