import { describe, expect, it } from 'vitest';
import { addList } from '../../../../electron/core/agent/offline/intent/rules/add-list.ts';
import { context } from '../rule-context.ts';

const adds = (...titles: string[]) =>
  titles.length === 1
    ? { type: 'add', title: titles[0] }
    : titles.map((title) => ({ type: 'add', title }));

describe('rule: add-list', () => {
  it.each([
    [
      'add yet another thing: call the broadband people',
      { type: 'add', title: 'Call the broadband people' },
    ],
    [
      'add these for the gig: print setlists; charge the tuner',
      [
        { type: 'add', title: 'Print setlists' },
        { type: 'add', title: 'Charge the tuner' },
      ],
    ],
    ['note for the gift task: she likes green tea', undefined],
    // A heading naming a kind of jobs, then things to do
    [
      'garden jobs: repot the fig tree, prune the roses, turn the compost',
      adds('Repot the fig tree', 'Prune the roses', 'Turn the compost'),
    ],
    // (a heading followed by things, not deeds, is not a list of tasks here)
    ['garden jobs: the roses, the compost', undefined],

    ['note on task 3: the code is 1234', undefined],

    ['add these 3: bananas, oat milk, coffee beans', adds('Bananas', 'Oat milk', 'Coffee beans')],
    ['please add for me: buy rice, call my sister', adds('Buy rice', 'Call my sister')],
    [
      'I need to do 2 things: return the parcel and water the garden',
      adds('Return the parcel', 'Water the garden'),
    ],
    [
      'a few things for the list please: buy sunscreen, and confirm the Airbnb',
      adds('Buy sunscreen', 'Confirm the Airbnb'),
    ],
    ['todo; renew passport; book hotel', adds('Renew passport', 'Book hotel')],
    ['add to my todos - order printer ink', adds('Order printer ink')],
    ['ok add one more: book a dentist appointment', adds('Book a dentist appointment')],
    ['groceries: milk, eggs', adds('Milk', 'Eggs')],
  ])('%s', (text, expected) => {
    expect(addList.extract(text, context({}, text))).toEqual(expected);
  });

  it.each([
    'task 3: done',
    'mark these done: the dishes, the laundry',
    'desc: bring the receipts',
    'the dentist task - call them first',
    'remove these: milk, eggs',
    'buy milk',
  ])('leaves "%s" to other rules', (text) => {
    expect(addList.extract(text, context({}, text))).toBeUndefined();
  });
});

describe('rule: add-list, quoted items', () => {
  it('takes each quoted part as one title', () => {
    const text = "add two tasks: 'Print boarding passes' and 'Pack chargers'";
    expect(addList.extract(text, context({}, text))).toEqual([
      { type: 'add', title: 'Print boarding passes' },
      { type: 'add', title: 'Pack chargers' },
    ]);
  });
});

it('"put for it the description: …" is a note, not a list to add', () => {
  const text = 'put for it the description: she like the puzzles';
  expect(addList.extract(text, context({ lastAction: 'add' }, text))).toBeUndefined();
});
