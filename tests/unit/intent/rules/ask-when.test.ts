import { describe, expect, it } from 'vitest';
import { askWhen } from '../../../../electron/core/agent/offline/intent/rules/ask-when.ts';
import { context } from '../rule-context.ts';

describe('rule: ask-when', () => {
  it.each([
    ['move gym', 'gym'],
    ['reschedule the dentist', 'the dentist'],
    ['postpone the haircut', 'the haircut'],
  ])('"%s" asks when, with a new task to fall back on', (text, task) => {
    expect(askWhen.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: task },
      text: '',
      ask: 'date',
      fallback: { type: 'add', title: text, unasked: true },
    });
  });

  it.each([
    'push the plumber back a day',
    'move the dentist to Friday',
    'move it',
    'move everything',
    'postpone the dentist till next week',
  ])('"%s" says when or names no task: another rule reads it', (text) => {
    expect(askWhen.extract(text, context({}, text))).toBeUndefined();
  });

  it('a question is never read as a request', () => {
    expect(askWhen.extract('move gym', { ...context({}, 'move gym?'), question: true })).toBe(
      undefined,
    );
  });
});
