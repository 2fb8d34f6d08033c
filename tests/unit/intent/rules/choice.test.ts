import { describe, expect, it } from 'vitest';
import { choice } from '../../../../electron/core/agent/offline/intent/rules/choice.ts';
import { context } from '../rule-context.ts';

describe('rule: choice', () => {
  it.each([
    [
      'the council one, since the boiler people were closed',
      { type: 'choice', ref: { kind: 'words', text: 'the council' } },
    ],

    ['the first', { type: 'choice', ref: { kind: 'positions', positions: [1] } }],
    ['2', { type: 'choice', ref: { kind: 'ids', ids: [2] } }],
    ['both', { type: 'choice', ref: { kind: 'shown', count: 2 } }],
    ['all of them, yeah', { type: 'choice', ref: { kind: 'shown' } }],
    ['the notes one', { type: 'choice', ref: { kind: 'words', text: 'the notes' } }],
    [
      'neither, I meant the dentist',
      { type: 'choice', ref: { kind: 'words', text: 'the dentist' }, elsewhere: true },
    ],
    [
      'neither, sorry, I meant the Tom one',
      { type: 'choice', ref: { kind: 'words', text: 'the Tom' }, elsewhere: true },
    ],
  ] as [string, unknown][])('reads %s when the conversation allows it', (text, intent) => {
    expect(choice.extract(text, context({ awaitingChoice: true }))).toEqual(intent);
  });

  it.each(['neither, delete buy milk', 'neither'])(
    'leaves %s to other rules while a choice is open',
    (text) => {
      expect(choice.extract(text, context({ awaitingChoice: true }))).toBeUndefined();
    },
  );

  it.each(['the first'])('never reads %s out of context', (text) => {
    expect(choice.extract(text, context())).toBeUndefined();
  });
});

describe('dropping the question', () => {
  it.each(['never mind, leave them', 'leave it', 'forget it', 'keep both', 'nvm'])(
    '"%s" to "which one?" does nothing',
    (text) => {
      expect(choice.extract(text, context({ awaitingChoice: true }, text))).toEqual({
        type: 'dismiss',
      });
    },
  );
  it('without a question waiting, it is not an answer', () => {
    expect(choice.extract('never mind', context({}, 'never mind'))).toBeUndefined();
  });
});

it('"hmm neither actually, forget it" drops the question; "neither, I meant the dentist" names another', () => {
  const drop = 'hmm neither actually, forget it';
  expect(choice.extract(drop, context({ awaitingChoice: true }, drop))).toEqual({
    type: 'dismiss',
  });
  const other = 'neither, I meant the dentist';
  expect(choice.extract(other, context({ awaitingChoice: true }, other))).toMatchObject({
    type: 'choice',
    elsewhere: true,
  });
});

it('"hang on, which cake tasks are there?" asks back instead of choosing', () => {
  const text = 'hang on, which cake tasks are there?';
  expect(choice.extract(text, context({ awaitingChoice: true }, text))).toBeUndefined();
  expect(choice.extract('the cake one', context({ awaitingChoice: true }))).toMatchObject({
    type: 'choice',
  });
});

describe('rule: choice, answers said loosely', () => {
  it.each([
    ['first one only', { type: 'choice', ref: { kind: 'positions', positions: [1] } }],
    [
      "neither actually, it's the photocopier one I want gone",
      { type: 'choice', ref: { kind: 'words', text: 'the photocopier' }, elsewhere: true },
    ],
  ])('"%s" answers which one', (text, read) => {
    expect(
      choice.extract(text, context({ awaitingChoice: true, lastAction: 'delete' }, text)),
    ).toEqual(read);
  });
});

describe('rule: choice, news joined on is no answer', () => {
  it('"and the envelopes are bought" while asking which: news of another task', () => {
    expect(
      choice.extract(
        'the envelopes are bought',
        context({ awaitingChoice: true, lastAction: 'update' }, 'and the envelopes are bought'),
      ),
    ).toBeUndefined();
  });
});
