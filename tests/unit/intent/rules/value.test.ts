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

describe('rule: value, the task asked for', () => {
  it.each(['cancel the window company', 'remove the old carpet', 'clear the gutters'])(
    '"%s" is the task when asked what the task should say',
    (text) => {
      expect(value.extract(text, context({ awaitingValue: 'add' }, text))).toEqual({
        type: 'value',
        text,
      });
    },
  );
  it.each(['delete that one', 'mark task 2 done', 'remove the gym task'])(
    '"%s" is a request of its own',
    (text) => {
      expect(value.extract(text, context({ awaitingValue: 'add' }, text))).toBeUndefined();
    },
  );
});
