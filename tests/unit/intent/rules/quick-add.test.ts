import { describe, expect, it } from 'vitest';
import { quickAdd } from '../../../../electron/core/agent/offline/intent/rules/quick-add.ts';
import { context } from '../rule-context.ts';

describe('rule: quick-add', () => {
  it.each([
    ['dentist thu 2pm', 'Dentist thu 2pm'],
    ['gym tmrw 7am p2 #health', 'Gym tmrw 7am p2 #health'],
    ['water the ferns every sunday', 'Water the ferns every sunday'],
  ])('reads %s as a task said the quick way', (text, title) => {
    expect(quickAdd.extract(text, context())).toEqual({ type: 'add', title, quick: true });
  });

  it.each([
    // how something is, not a task
    "swell's flat tomorrow",
    "the gym's shut on monday",
    // news of a task already there
    "the trad session's moving to Wednesdays",
    // what may become of a task
    'the lit review can slide by a week',
    // words that only colour a time said after adding one
    'around the 10th',
    // a question
    'dentist friday?',
  ])('leaves %s to other rules', (text) => {
    expect(quickAdd.extract(text, { ...context(), question: /\?$/.test(text) })).toBeUndefined();
  });
});
