import { describe, expect, it } from 'vitest';
import { focusQuestion } from '../../../../electron/core/agent/offline/intent/rules/focus-question.ts';
import { context } from '../rule-context.ts';

describe('rule: focus-question', () => {
  const note = { type: 'show', ref: { kind: 'focus' }, about: 'description' };

  it.each([
    ['where was it found', 'status'],
    ['what colours did they want', 'show'],
    ['ok and how much cash was it again', 'status'],
    ['who is it for', 'find'],
    ['which room is it in', 'when'],
  ] as const)('after a question about a task, "%s" asks what its note says', (text, asked) => {
    expect(focusQuestion.extract(text, context({ lastAsked: asked }))).toEqual(note);
  });

  it.each([
    // nothing was asked just before
    ['where was it found', null],
    // after a list, "it" is no one task
    ['where was it found', 'list'],
  ] as const)('"%s" after %s is not about a note', (text, asked) => {
    expect(focusQuestion.extract(text, context({ lastAsked: asked }))).toBeUndefined();
  });

  it.each([
    'what did you change it to',
    "what's its priority",
    'when is it due',
    'what tasks are left',
    'how many are done',
    'what is task 2',
    'what does the note say',
  ])('"%s" names the list, a field or another task: other rules answer it', (text) => {
    expect(focusQuestion.extract(text, context({ lastAsked: 'show' }))).toBeUndefined();
  });
});
