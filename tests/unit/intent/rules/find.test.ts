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

describe('a detail asked of something named: what is written about it answers', () => {
  it.each([
    ['how many seats did I book on the coach', 'seats on the coach'],
    ['what site number did I put for the caravan park', 'site number for the caravan park'],
    ['what size batteries do I need for my hearing aid', 'size batteries for my hearing aid'],
    ["what's the cable run on the Patels' charger job", "cable run on the Patels' charger"],
  ])('%s', (text, words) => {
    expect(find.extract(text, context())).toEqual({ type: 'find', text: words, notes: true });
  });

  it.each(['what do I need to buy for the party', "what's the plan for the weekend"])(
    'not %s',
    (text) => {
      expect(find.extract(text, context())).not.toMatchObject({ notes: true });
    },
  );
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

describe('rule: find, tasks of a kind said in the plural', () => {
  it.each([
    ['any calls I need to make', 'calls'],
    ['what emails have I got to send', 'emails'],
    ['any bills left', 'bills'],
  ])('%s', (text, said) => {
    expect(find.extract(text, { ...context({}, text), question: true })).toEqual({
      type: 'find',
      text: said,
    });
  });

  it('leaves "any tasks left" to the list', () => {
    expect(find.extract('any tasks left', { ...context(), question: true })).toBeUndefined();
  });
});

describe('rule: find, tasks of a kind someone has on', () => {
  it.each([
    ['what home visits have I got on', 'home visits'],
    ['any school runs coming up', 'school runs'],
  ])('%s', (text, said) => {
    expect(find.extract(text, { ...context({}, text), question: true })).toEqual({
      type: 'find',
      text: said,
    });
  });

  it.each(['any updates', 'any more'])('leaves %s alone', (text) => {
    expect(find.extract(text, { ...context({}, text), question: true })).toBeUndefined();
  });
});
