import { describe, expect, it } from 'vitest';
import { whenQuestion } from '../../../../electron/core/agent/offline/intent/rules/when.ts';
import { context } from '../rule-context.ts';

const asked = (text: string) => ({ ...context({}, text), question: true });

describe('rule: when', () => {
  it.each([
    ['when is the dentist?', { kind: 'words', text: 'the dentist' }],
    ["when's the car service due?", { kind: 'words', text: 'the car service' }],
    ['when is the boiler guy coming', { kind: 'words', text: 'the boiler guy' }],
    [
      'At which hour is the meeting with the bank?',
      { kind: 'words', text: 'the meeting with the bank' },
    ],
    ['what time is my haircut again?', { kind: 'words', text: 'my haircut' }],
    ['when are they due next?', { kind: 'focus' }],
    ['gym when?', { kind: 'words', text: 'gym' }],
    ['floss: when next?', { kind: 'words', text: 'floss' }],
    ['flight time?', { kind: 'words', text: 'flight' }],
  ] as [string, unknown][])('reads %s', (text, ref) => {
    expect(whenQuestion.extract(text.replace(/\?$/, ''), asked(text))).toEqual({
      type: 'when',
      ref,
    });
  });

  it('reads "X time" and "X when" only when asked', () => {
    expect(whenQuestion.extract('flight time', context({}, 'flight time'))).toBeUndefined();
    expect(whenQuestion.extract('book the dentist', asked('book the dentist?'))).toBeUndefined();
  });
});

describe('"set to"', () => {
  it.each([
    ['how often is stretch set to repeat', { ref: { text: 'stretch' }, about: 'repeat' }],
    ["what's book club set to", { ref: { text: 'book club' } }],
  ])('%s', (text, intent) => {
    expect(whenQuestion.extract(text, { ...context({}, text), question: true })).toMatchObject({
      type: 'when',
      ...intent,
    });
  });
});

it('"what time do I play at the Anchor?" asks when that task is', () => {
  const text = 'what time do I play at the Anchor';
  expect(whenQuestion.extract(text, { ...context({}, text), question: true })).toMatchObject({
    type: 'when',
    ref: { kind: 'words', text: 'play at the Anchor' },
  });
});

it('"when did I mention the keys" is not a question about a task\'s date', () => {
  const text = 'when did I mention the keys';
  expect(whenQuestion.extract(text, { ...context({}, text), question: true })).toBeUndefined();
});

describe('rule: when — asked the indirect way', () => {
  it.each([
    ['Could you kindly tell me what time the book club is?', 'the book club'],
    ['can you tell me when the MOT is due?', 'the MOT'],
    ['the passport renewal, when it is?', 'the passport renewal'],
  ])('%s', (text, words) => {
    expect(whenQuestion.extract(text, asked(text))).toEqual({
      type: 'when',
      ref: { kind: 'words', text: words },
    });
  });
});

describe('rule: when, a priority asked about by its level', () => {
  it.each([
    ['is the quarterly report p1', 1],
    ['is calling grandma high priority', 1],
    ['is the gutter job low priority', 3],
  ])('%s: yes or no, with the priority it has', (text, level) => {
    expect(whenQuestion.extract(text, asked(text))).toMatchObject({
      type: 'when',
      about: 'priority',
      level,
    });
  });
});

describe('rule: when, asked of the task talked about', () => {
  const asked = (text: string) =>
    whenQuestion.extract(text, { ...context({}, text), question: true });
  it('"and what time does it start?" is about the task talked about', () => {
    expect(asked('and what time does it start')).toEqual({ type: 'when', ref: { kind: 'focus' } });
  });
  it('"until when does the physio repeat?" asks about its repeat', () => {
    expect(asked('until when does the physio repeat')).toEqual({
      type: 'when',
      ref: { kind: 'words', text: 'the physio' },
      about: 'repeat',
    });
    expect(asked('how long does that go on')).toMatchObject({
      ref: { kind: 'focus' },
      about: 'repeat',
    });
  });
});
