import { describe, expect, it } from 'vitest';
import { statusQuestion } from '../../../../electron/core/agent/offline/intent/rules/status-question.ts';
import { context } from '../rule-context.ts';

describe('rule: status-question', () => {
  it.each([
    [
      'did I finish the insurance task',
      { type: 'status', ref: { kind: 'words', text: 'the insurance task' } },
    ],
    ['is task 2 done', { type: 'status', ref: { kind: 'ids', ids: [2] }, asks: 'done' }],
    [
      'do I still need to renew the passport',
      { type: 'status', ref: { kind: 'statement', text: 'renew the passport' }, asks: 'pending' },
    ],
    [
      'have I called the bank already',
      { type: 'status', ref: { kind: 'statement', text: 'called the bank' } },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(statusQuestion.extract(text, context())).toEqual(intent);
  });

  it.each(['is there anything left', 'mark task 2 done'])('leaves %s to other rules', (text) => {
    expect(statusQuestion.extract(text, context())).toBeUndefined();
  });
});

describe('rule: status-question, advice asked', () => {
  it('answers "should I delete the dentist one?" with its state, and only when asked', () => {
    expect(
      statusQuestion.extract('should I delete the dentist one', { ...context(), question: true }),
    ).toEqual({ type: 'status', ref: { kind: 'words', text: 'the dentist one' } });
    expect(statusQuestion.extract('should I delete the dentist one', context())).toBeUndefined();
  });
});

describe('"X, … or not?"', () => {
  it.each([
    ['The task of embassy documents, it is done or not', 'embassy documents'],
    ['the dentist, I called already or not', 'the dentist'],
  ])('%s asks about %s', (text, ref) => {
    expect(statusQuestion.extract(text, { ...context({}, text), question: true })).toMatchObject({
      type: 'status',
      ref: { kind: 'words', text: ref },
    });
  });
});
