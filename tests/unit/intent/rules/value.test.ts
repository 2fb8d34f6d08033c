import { describe, expect, it } from 'vitest';
import { value } from '../../../../electron/core/agent/offline/intent/rules/value.ts';
import { context } from '../rule-context.ts';

describe('rule: value', () => {
  it.each([
    ['Fix the leaking bathroom tap', { type: 'value', text: 'Fix the leaking bathroom tap' }],
    ['to Call the bank', { type: 'value', text: 'Call the bank' }],
    ["say 'ask about her hip'", { type: 'value', text: 'ask about her hip' }],
    ['should be call dentist', { type: 'value', text: 'call dentist' }],
  ] as [string, unknown][])('reads %s when the conversation allows it', (text, intent) => {
    expect(value.extract(text, context({ awaitingValue: 'title' }))).toEqual(intent);
  });

  it.each(['anything'])('never reads %s out of context', (text) => {
    expect(value.extract(text, context())).toBeUndefined();
  });
});
