import { describe, expect, it } from 'vitest';
import { statement } from '../../../../electron/core/agent/offline/intent/rules/statement.ts';
import { context } from '../rule-context.ts';

describe('rule: statement', () => {
  it.each([
    [
      'I booked the dentist appointment',
      { type: 'complete', ref: { kind: 'statement', text: 'booked the dentist appointment' } },
    ],
    ['bought the milk', { type: 'complete', ref: { kind: 'statement', text: 'buy the milk' } }],
    ['bill paid', { type: 'complete', ref: { kind: 'statement', text: 'pay bill' } }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(statement.extract(text, context())).toEqual(intent);
  });

  it.each(['I decided to wait', 'read chapter 3'])('leaves %s to other rules', (text) => {
    expect(statement.extract(text, context())).toBeUndefined();
  });
});
