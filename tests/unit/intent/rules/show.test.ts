import { describe, expect, it } from 'vitest';
import { show } from '../../../../electron/core/agent/offline/intent/rules/show.ts';
import { context } from '../rule-context.ts';

describe('rule: show', () => {
  it.each([
    [
      'what does the note on the passport task say',
      { type: 'show', ref: { kind: 'words', text: 'the passport task' }, about: 'description' },
    ],
    [
      'what does the note on it say now',
      { type: 'show', ref: { kind: 'focus' }, about: 'description' },
    ],
    ['what does the note say', { type: 'show', ref: { kind: 'focus' }, about: 'description' }],

    [
      "what's in the parking note again",
      { type: 'show', ref: { kind: 'words', text: 'parking' }, about: 'description' },
    ],
    [
      'visa task have note',
      { type: 'show', ref: { kind: 'words', text: 'visa task' }, about: 'description' },
    ],

    [
      'any notes on the dentist one',
      { type: 'show', ref: { kind: 'words', text: 'the dentist one' }, about: 'description' },
    ],
    [
      'what did I write for the cake task',
      { type: 'show', ref: { kind: 'words', text: 'the cake task' }, about: 'description' },
    ],

    ["what's task 2", { type: 'show', ref: { kind: 'ids', ids: [2] } }],
    [
      "what's the first thing on my list",
      { type: 'show', ref: { kind: 'positions', positions: [1] } },
    ],
    [
      'what does the landlord task say',
      { type: 'show', ref: { kind: 'words', text: 'the landlord task' } },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(show.extract(text, context())).toEqual(intent);
  });

  it.each(["what's pending", 'show me my tasks'])('leaves %s to other rules', (text) => {
    expect(show.extract(text, context())).toBeUndefined();
  });
  it.each([
    ['show me that task', { kind: 'focus' }],
    ['and show me that task', { kind: 'focus' }],
    ['show me the dentist one', { kind: 'words', text: 'the dentist one' }],
    ['details for the dentist one', { kind: 'words', text: 'the dentist one' }],
  ] as [string, unknown][])('shows one task, all of it: %s', (text, ref) => {
    expect(show.extract(text, context({}, text))).toEqual({ type: 'show', ref });
  });
});

describe('rule: show, the one added last', () => {
  it.each(['which one did I add last', 'ok and what did I add last'])('%s', (text) => {
    expect(show.extract(text, { ...context({}, text), question: true })).toEqual({
      type: 'show',
      ref: { kind: 'recent', positions: [-1] },
    });
  });

  it('"the hoover one" on its own shows that task; answering "which one?" it does not', () => {
    const text = 'the hoover one';
    expect(show.extract(text, context({}, text))).toEqual({
      type: 'show',
      ref: { kind: 'words', text: 'the hoover one' },
    });
    expect(show.extract(text, context({ awaitingChoice: true }, text))).toBeUndefined();
    expect(show.extract(text, context({ lastAction: 'delete' }, text))).toBeUndefined();
  });
});

describe('rule: show, a task named by when it was added', () => {
  it.each([
    ['what was the last thing I put on the list', { kind: 'recent', positions: [-1] }],
    ['show me the newest task', { kind: 'recent', positions: [-1] }],
    ["what's the oldest thing on my list", { kind: 'recent', positions: [1], ever: true }],
    ['which task have I had the longest', { kind: 'recent', positions: [1], ever: true }],
    ["what's been on my list the longest", { kind: 'recent', positions: [1], ever: true }],
  ])('%s', (text, ref) => {
    expect(show.extract(text, { ...context({}, text), question: true })).toEqual({
      type: 'show',
      ref,
    });
  });
});
