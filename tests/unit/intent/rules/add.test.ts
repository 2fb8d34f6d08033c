import { describe, expect, it } from 'vitest';
import { add } from '../../../../electron/core/agent/offline/intent/rules/add.ts';
import { context } from '../rule-context.ts';

describe('rule: add', () => {
  it.each([
    [
      'Get quotes for a new boiler - add that pls',
      { type: 'add', title: 'Get quotes for a new boiler' },
    ],
    [
      'remind me: measure the alcove for shelves',
      { type: 'add', title: 'Measure the alcove for shelves' },
    ],
    [
      'new item - finish and submit the grant report',
      { type: 'add', title: 'Finish and submit the grant report' },
    ],
    [
      'pop a reminder in to mark the year 9 essays',
      { type: 'add', title: 'Mark the year 9 essays' },
    ],
    [
      'Pick up Ava from football needs to go on my list',
      { type: 'add', title: 'Pick up Ava from football' },
    ],
    ["pop 'get Lucy a leaving gift' on there", { type: 'add', title: 'Get Lucy a leaving gift' }],
    [
      'make GP appointment re: knee — put it on the list',
      { type: 'add', title: 'Make GP appointment re: knee' },
    ],
    [
      'add renew the parking permit (note: need proof of address)',
      { type: 'add', title: 'Renew the parking permit', description: 'need proof of address' },
    ],
    ['set a reminder to call the GP surgery', { type: 'add', title: 'Call the GP surgery' }],
    [
      'add buy milk, call mum',
      [
        { type: 'add', title: 'Buy milk' },
        { type: 'add', title: 'Call mum' },
      ],
    ],

    [
      "I'll need to order more flea drops for Miso",
      { type: 'add', title: 'Order more flea drops for Miso' },
    ],

    [
      'remember me to buy the gift for my mother',
      { type: 'add', title: 'Buy the gift for my mother' },
    ],
    [
      'I think I need to add collect my prescription',
      { type: 'add', title: 'Collect my prescription' },
    ],

    [
      'hey so I just remembered I should schedule a check-up with Dr Lee, can you add that',
      { type: 'add', title: 'Schedule a check-up with Dr Lee' },
    ],

    ['make dinner', { type: 'add', title: 'Make dinner' }],
    ['schedule a check-up with Dr Lee', { type: 'add', title: 'Schedule a check-up with Dr Lee' }],
    ['make a task to call the vet', { type: 'add', title: 'Call the vet' }],
    ['put bread on my list', { type: 'add', title: 'Bread' }],

    [
      'I should really clean out the fridge, can you add that',
      { type: 'add', title: 'Clean out the fridge' },
    ],
    [
      'I want to start running again, add that as a task',
      { type: 'add', title: 'Start running again' },
    ],
    [
      'I have to renew my library card, please add',
      { type: 'add', title: 'Renew my library card' },
    ],
    ["put down 'order a new filter' please", { type: 'add', title: 'Order a new filter' }],
    ['new task pls: email the landlord', { type: 'add', title: 'Email the landlord' }],

    ['add a task to buy groceries', { type: 'add', title: 'Buy groceries' }],
    ['remind me to water the plants', { type: 'add', title: 'Water the plants' }],
    [
      'I gotta cancel the gym membership, can you put that on the list',
      { type: 'add', title: 'Cancel the gym membership' },
    ],
    ['make a note that I need to fix the bike tire', { type: 'add', title: 'Fix the bike tire' }],
    [
      'I must to send the package to my sister, please remember it',
      { type: 'add', title: 'Send the package to my sister' },
    ],
    [
      'add eggs, bread and milk',
      [
        { type: 'add', title: 'Eggs' },
        { type: 'add', title: 'Bread' },
        { type: 'add', title: 'Milk' },
      ],
    ],
    ['add buy milk and eggs', { type: 'add', title: 'Buy milk and eggs' }],
    [
      'add milk and call grandma',
      [
        { type: 'add', title: 'Milk' },
        { type: 'add', title: 'Call grandma' },
      ],
    ],
    [
      'add "Fish and chips night" and "Return library books"',
      [
        { type: 'add', title: 'Fish and chips night' },
        { type: 'add', title: 'Return library books' },
      ],
    ],
    ['remind me to', { type: 'add-missing-title' }],
    // "on there", "--" and "/" between items, "another one to", "note to self", "we need to"
    ['stick buy grow bags on there', { type: 'add', title: 'Buy grow bags' }],
    [
      'new tasks -- practise guitar -- charge my headphones',
      [
        { type: 'add', title: 'Practise guitar' },
        { type: 'add', title: 'Charge my headphones' },
      ],
    ],
    [
      'add a task to call the council about the bins, and another one to book the car in',
      [
        { type: 'add', title: 'Call the council about the bins' },
        { type: 'add', title: 'Book the car in' },
      ],
    ],
    ['note to self: swap the night shift', { type: 'add', title: 'Swap the night shift' }],
    ['we need to call the council', { type: 'add', title: 'Call the council' }],
    ['can you remember for me to collect the parcel', { type: 'add', title: 'Collect the parcel' }],
    [
      'i keep forgetting to charge my headphones so add that',
      { type: 'add', title: 'Charge my headphones' },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(add.extract(text, context())).toEqual(intent);
  });

  it.each(['delete task 2', "what's pending", 'mark task 1 done'])(
    'leaves %s to other rules',
    (text) => {
      expect(add.extract(text, context())).toBeUndefined();
    },
  );
});

describe('details said of the item before, in an add', () => {
  it.each([
    ['add pick up stamps and label it errands', 'Pick up stamps #errands'],
    ['add call gran tomorrow and make it p1', 'Call gran tomorrow p1'],
    ['add water plants and tag it home', 'Water plants #home'],
  ])('%s', (text, title) => {
    expect(add.extract(text, context({}, text))).toEqual({ type: 'add', title });
  });
  it('"and label the boxes" is another task', () => {
    const text = 'add call mom and label the boxes';
    expect(add.extract(text, context({}, text))).toEqual([
      { type: 'add', title: 'Call mom' },
      { type: 'add', title: 'Label the boxes' },
    ]);
  });
});

describe('"add that" and "add both"', () => {
  it('"add that to my tasks" right after adding it: it is there already', () => {
    const text = 'add that to my tasks';
    expect(add.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'recap',
      deed: 'add',
    });
  });
  it('"I need to X and I also need to Y, can you add both": two tasks', () => {
    const text = 'I need to do the laundry and I also need to pay the phone bill, can you add both';
    expect(add.extract(text, context({}, text))).toEqual([
      { type: 'add', title: 'Do the laundry' },
      { type: 'add', title: 'Pay the phone bill' },
    ]);
  });
});

it('"…, can you put it down for the day after tomorrow?" keeps the date with the task', () => {
  const text = 'I need to get the bike fixed, can you put it down for the day after tomorrow';
  expect(add.extract(text, context({}, text))).toEqual({
    type: 'add',
    title: 'Get the bike fixed the day after tomorrow',
  });
});

it.each([
  ['add one task, it is: learn the German verbs', 'Learn the German verbs'],
  ['add fix the leaking tap already', 'Fix the leaking tap'],
])('%s', (text, title) => {
  expect(add.extract(text, context({}, text))).toEqual({ type: 'add', title });
});

describe('rule: add, with news of another task after "but"', () => {
  it('"i still need to call the school but i ordered the glasses"', () => {
    const text = 'i still need to call the school but i ordered the glasses';
    expect(add.extract(text, context({}, text))).toEqual([
      { type: 'add', title: 'Call the school', unasked: true },
      { type: 'complete', ref: { kind: 'statement', text: 'ordered the glasses' } },
    ]);
  });
});
