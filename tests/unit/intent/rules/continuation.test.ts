import { describe, expect, it } from 'vitest';
import { continuation } from '../../../../electron/core/agent/offline/intent/rules/continuation.ts';
import { context } from '../rule-context.ts';

describe('rule: continuation', () => {
  it.each([
    ['and the meeting one too', { type: 'again', ref: { kind: 'words', text: 'the meeting one' } }],
    ['same for task 3', { type: 'again', ref: { kind: 'ids', ids: [3] } }],
    ['#3', { type: 'again', ref: { kind: 'ids', ids: [3] } }],
  ] as [string, unknown][])('reads %s when the conversation allows it', (text, intent) => {
    expect(continuation.extract(text, context({ lastAction: 'complete' }))).toEqual(intent);
  });

  it.each(['and the meeting one too'])('never reads %s out of context', (text) => {
    expect(continuation.extract(text, context())).toBeUndefined();
  });

  it('"and the car?" after a search searches again', () => {
    expect(
      continuation.extract('and the car', context({ lastAsked: 'find' }, 'and the car?')),
    ).toEqual({
      type: 'find',
      text: 'car',
    });
  });

  it('"that goes for the piano one too" repeats the change', () => {
    expect(
      continuation.extract(
        'that goes for the piano one too',
        context({ lastAction: 'delete' }, 'that goes for the piano one too'),
      ),
    ).toEqual({ type: 'again', ref: { kind: 'words', text: 'the piano one' } });
  });

  it('"and on fix gate: latch is broken too" after a note puts that note on the gate', () => {
    const said = 'and on fix gate: latch is broken too';
    expect(continuation.extract(said, context({ lastAction: 'update' }, said))).toEqual({
      type: 'again',
      ref: { kind: 'words', text: 'fix gate' },
      value: 'latch is broken too',
    });
  });
});

describe('rule: continuation, a new title in quotes for the next one', () => {
  it("\"and Sara's one 'Email Sara re: contract'\" after a rename: the same change, its own title", () => {
    const text = "and Sara's one 'Email Sara re: contract'";
    expect(continuation.extract(text, context({ lastAction: 'update' }, text))).toEqual({
      type: 'again',
      ref: { kind: 'words', text: "Sara's one" },
      value: "'Email Sara re: contract'",
    });
  });
});

describe('rule: continuation, details after a change', () => {
  it('"due friday 8pm" after a rename is when the task is due, not a task named so', () => {
    expect(
      continuation.extract(
        'due friday 8pm',
        context({ lastAction: 'update' }, 'and due friday 8pm'),
      ),
    ).toEqual({ type: 'details', ref: { kind: 'focus' }, text: 'friday 8pm' });
  });
});

describe('rule: continuation, a field then its request', () => {
  it('"and the date, please make it tomorrow" is no "same again" for a task called "the date"', () => {
    const text = 'the date, please make it tomorrow';
    expect(
      continuation.extract(
        text,
        context({ lastAction: 'update', lastTimed: true }, `And ${text}.`),
      ),
    ).toBeUndefined();
  });

  it('"and the venue one to 11, so they swap": the value without why', () => {
    const text = 'and the venue one to 11, so they swap';
    expect(
      continuation.extract(text, context({ lastAction: 'update', lastTimed: true }, text)),
    ).toEqual({ type: 'again', ref: { kind: 'words', text: 'the venue one' }, value: '11' });
  });
});
