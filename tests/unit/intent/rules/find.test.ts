import { describe, expect, it } from 'vitest';
import { find } from '../../../../electron/core/agent/offline/intent/rules/find.ts';
import { context } from '../rule-context.ts';

describe('rule: find', () => {
  it.each([
    ['anything for Ollie', { type: 'find', text: 'Ollie' }],
    ['what have I got for Park Street', { type: 'find', text: 'Park Street' }],

    ['which one is about car', { type: 'find', text: 'car' }],

    ['do I have anything about the car on my list', { type: 'find', text: 'car' }],
    ["tasks w/ 'tap'", { type: 'find', text: 'tap' }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(find.extract(text, context())).toEqual(intent);
  });

  it.each(['anything on my plate', "what's left"])('leaves %s to other rules', (text) => {
    expect(find.extract(text, context())).toBeUndefined();
  });
});

describe('"is there a … task?"', () => {
  it.each([
    ['is there an eggs task', 'eggs'],
    ['do I have a dentist one on my list', 'dentist'],
  ])('%s', (text, words) => {
    expect(find.extract(text, { ...context({}, text), question: true })).toMatchObject({
      type: 'find',
      text: words,
    });
  });
});
