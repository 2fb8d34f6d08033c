// A task named, then what it should be (named-details.ts).
import { describe, expect, it } from 'vitest';
import { namedDetails } from '../../../../electron/core/agent/offline/intent/rules/named-details.ts';
import { context } from '../rule-context.ts';

describe('rule: named-details', () => {
  it.each([
    ['check the gas meter should only be once a year', 'check the gas meter', 'once a year'],
    ['feed the sourdough is a daily thing', 'feed the sourdough', 'daily'],
    ['ring the council needs to happen on monday', 'ring the council', 'monday'],
    ['the leak is an emergency, highest priority please', 'the leak', 'highest priority'],
    [
      'the spin class runs every tuesday and friday now',
      'the spin class',
      'every tuesday and friday',
    ],
  ])('"%s" names a task, then what it should be', (text, task, said) => {
    expect(namedDetails.extract(text, context({}, text))).toMatchObject({
      type: 'details',
      ref: { kind: 'words', text: task },
      text: said,
    });
  });

  it.each([
    'the weather is lovely',
    'time is 7:45pm',
    'first one is p1',
    'the doctor says the checks should be weekly',
    'choir is on monday not wednesday',
  ])('"%s" is not a task named with what it should be', (text) => {
    expect(namedDetails.extract(text, context({}, text))).not.toMatchObject({
      ref: { kind: 'words', text: expect.stringMatching(/weather|time|first|doctor|choir/) },
    });
  });

  it('"the filing has to be done by friday" with no such task adds it, that due', () => {
    const text = 'the filing has to be done by friday';
    expect(namedDetails.extract(text, context({}, text))).toMatchObject({
      ref: { kind: 'words', text: 'the filing' },
      fallback: { type: 'add', title: 'The filing by friday' },
    });
  });

  it('"fix the printer can wait, make it low" lowers that task', () => {
    const text = 'fix the printer can wait, make it low';
    expect(namedDetails.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: 'fix the printer' },
      text: 'low priority',
    });
  });

  it('"is the filing done?" asks; it never reads as what the filing should be', () => {
    const text = 'is the filing due friday?';
    expect(namedDetails.extract(text, { ...context({}, text), question: true })).toBeUndefined();
  });

  it('"piano moves to Mondays and Thursdays from now on" sets the days it comes round on', () => {
    const text = 'piano moves to Mondays and Thursdays from now on';
    const read = namedDetails.extract(text, context({}, text));
    expect(read).toMatchObject({
      ref: { kind: 'words', text: 'piano' },
      text: 'every Monday and Thursday',
    });
    // (a move of days is no new task when none is called so)
    expect(read).not.toHaveProperty('fallback');
  });

  it('"file receipts is urgent actually, accountant wants them": why is left out', () => {
    const text = 'file receipts is urgent actually, accountant wants them';
    expect(namedDetails.extract(text, context({}, text))).toMatchObject({
      ref: { kind: 'words', text: 'file receipts' },
      text: 'urgent',
    });
  });
});

describe('rule: named details, never the words of a note', () => {
  it('"add a note to it: Budget is 1,200 for 80 guests" is a note (describe.ts)', () => {
    expect(
      namedDetails.extract('add a note to it: Budget is 1,200 for 80 guests', context()),
    ).toBeUndefined();
  });
});
