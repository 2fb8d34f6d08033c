import { describe, expect, it } from 'vitest';
import {
  shorthandAdd,
  shorthandChange,
} from '../../../../electron/core/agent/offline/intent/rules/shorthand.ts';
import { context } from '../rule-context.ts';

describe('rule: shorthand', () => {
  it.each([
    ['memo to self: defrost the freezer', { type: 'add', title: 'Defrost the freezer' }],

    ['also: book the car service', { type: 'add', title: 'Book the car service' }],

    ['todo: call plumber', { type: 'add', title: 'Call plumber' }],
    ['+ buy bin bags', { type: 'add', title: 'Buy bin bags' }],
    ['milk - add', { type: 'add', title: 'Milk' }],
  ] as [string, unknown][])('adds from %s', (text, intent) => {
    expect(shorthandAdd.extract(text, context())).toEqual(intent);
  });

  it.each([
    ['✓ dentist', { type: 'complete', ref: { kind: 'words', text: 'dentist' } }],

    [
      'gym task - please delete, I cancelled the membership',
      { type: 'delete', ref: { kind: 'words', text: 'gym task' } },
    ],

    [
      'done: wash the car, mow the lawn',
      { type: 'complete', ref: { kind: 'words', text: 'wash the car and mow the lawn' } },
    ],
    [
      'task done - post the parcel',
      { type: 'complete', ref: { kind: 'words', text: 'post the parcel' } },
    ],

    ['task 2: done', { type: 'complete', ref: { kind: 'ids', ids: [2] } }],
    ['#3 -> delete', { type: 'delete', ref: { kind: 'ids', ids: [3] } }],
    ['task 1 - not done yet', { type: 'reopen', ref: { kind: 'ids', ids: [1] } }],
    ['rm task 1', { type: 'delete', ref: { kind: 'ids', ids: [1] } }],
  ] as [string, unknown][])('changes from %s', (text, intent) => {
    expect(shorthandChange.extract(text, context())).toEqual(intent);
  });

  it('leaves a list request alone', () => {
    expect(shorthandChange.extract('list: completed', context())).toBeUndefined();
    expect(shorthandAdd.extract('todo list', context())).toBeUndefined();
  });
});

describe('details first, then the task', () => {
  it.each([
    ['2moro: drop off the donation bags', 'Drop off the donation bags 2moro'],
    ['tomorrow: dentist at 3', 'Dentist at 3 tomorrow'],
  ])('%s', (text, title) => {
    expect(shorthandAdd.extract(text, context({}, text))).toEqual({ type: 'add', title });
  });
  it('a colon after words that are not details is left to the other rules', () => {
    const text = 'groceries: milk';
    expect(shorthandAdd.extract(text, context({}, text))).not.toEqual({
      type: 'add',
      title: 'Milk groceries',
    });
  });
});

describe('details first: the kind of thing said before them, and details said later', () => {
  it.each([
    ["job for tomorrow: fit the Smiths' radiator", "Fit the Smiths' radiator tomorrow"],
    ['another one for friday: collect the tiles', 'Collect the tiles friday'],
  ])('%s', (text, title) => {
    expect(shorthandAdd.extract(text, context({}, text))).toEqual({ type: 'add', title });
  });
  it('details read from the middle of a sentence are not said first ("X - sat - #house")', () => {
    const sentence = 'clean gutters - sat - #house - low';
    expect(shorthandAdd.extract('sat - #house - low', context({}, sentence))).toBeUndefined();
  });
});
