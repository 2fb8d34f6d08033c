import { describe, expect, it } from 'vitest';
import { rename } from '../../../../electron/core/agent/offline/intent/rules/rename.ts';
import { context } from '../rule-context.ts';

describe('rule: rename', () => {
  it.each([
    [
      "rename task 2 'Pick up the dry cleaning'",
      { type: 'update', ref: { kind: 'ids', ids: [2] }, title: 'Pick up the dry cleaning' },
    ],
    [
      "make the milk one say 'Buy oat milk'",
      { type: 'update', ref: { kind: 'words', text: 'the milk one' }, title: 'Buy oat milk' },
    ],
    [
      "edit 'Call Sam': it should be 'Call Sam about the rota'",
      {
        type: 'update',
        ref: { kind: 'quoted', text: 'Call Sam' },
        title: 'Call Sam about the rota',
      },
    ],

    [
      'rename task 1 to Call mom tonight',
      { type: 'update', ref: { kind: 'ids', ids: [1] }, title: 'Call mom tonight' },
    ],
    [
      'task 2 -> Call the bank',
      { type: 'update', ref: { kind: 'ids', ids: [2] }, title: 'Call the bank' },
    ],
    [
      'rename the tap task',
      { type: 'update', ref: { kind: 'words', text: 'the tap task' }, ask: 'title' },
    ],
    // "rename it X", without "to"
    [
      'rename it Book a bigger removal van',
      { type: 'update', ref: { kind: 'focus' }, title: 'Book a bigger removal van' },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(rename.extract(text, context())).toMatchObject(intent as object);
  });

  it.each(['make a task: send the documents'])('leaves %s to other rules', (text) => {
    expect(rename.extract(text, context())).toBeUndefined();
  });
});

describe('more ways to give the new title', () => {
  it.each([
    ["the name of it must be 'Clean the flat before Sunday'", 'Clean the flat before Sunday'],
    ["its name should be 'Clean the flat'", 'Clean the flat'],
  ])('%s', (text, title) => {
    expect(rename.extract(text, context({}, text))).toMatchObject({
      type: 'update',
      ref: { kind: 'focus' },
      title,
    });
  });
  it('"fix the spelling in my first task, it\'s Email Dana": the first task, renamed', () => {
    const text = "fix the spelling in my first task, it's Email Dana";
    expect(rename.extract(text, context({}, text))).toMatchObject({
      ref: { kind: 'positions', positions: [1] },
      title: 'Email Dana',
    });
  });
});

it('"I wrote it wrong, the first task must be \'Buy rice\'"', () => {
  const text = "I wrote it wrong, the first task must be 'Buy rice'";
  expect(rename.extract(text, context({}, text))).toMatchObject({
    ref: { kind: 'positions', positions: [1] },
    title: 'Buy rice',
  });
});

describe('rule: rename, one thing for another', () => {
  it('"swap buy cat litter for buy cat food" renames the task said first', () => {
    expect(rename.extract('swap buy cat litter for buy cat food', context())).toMatchObject({
      type: 'update',
      ref: { kind: 'words', text: 'buy cat litter' },
      title: 'Buy cat food',
    });
    // (not two tasks: a thing swapped for another)
    expect(
      JSON.stringify(rename.extract('swap the winter tyres for summer ones', context()) ?? []),
    ).not.toContain('summer ones"');
  });

  it('"change durian to mangosteen for the mum one" swaps that word in that task', () => {
    expect(rename.extract('change durian to mangosteen for the mum one', context())).toMatchObject([
      {
        type: 'update',
        ref: { kind: 'words', text: 'the mum one' },
        replace: ['durian', 'mangosteen'],
      },
    ]);
  });
});

describe('rule: rename, never to a part of the day', () => {
  it('"my gym session tomorrow - make it the evening instead" moves it to the evening', () => {
    const text = 'my gym session tomorrow - make it the evening instead';
    expect(rename.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: 'my gym session' },
      text: '',
      dayPart: 'evening',
    });
  });
});

describe('rule: rename, the task named first', () => {
  it('"the shoes for Mateo, change to \'buy football boots for Mateo\'"', () => {
    const text = "the shoes for Mateo, change to 'buy football boots for Mateo'";
    expect(rename.extract(text, context({}, text))).toEqual({
      type: 'update',
      ref: { kind: 'words', text: 'the shoes for Mateo' },
      title: 'buy football boots for Mateo',
      whole: true,
    });
  });
});

describe('rule: rename, never to a word that points back', () => {
  it.each(['change it to that', 'the party, change it to that'])('%s', (text) => {
    expect(rename.extract(text, context({ lastAction: 'add' }, text))).toBeUndefined();
  });
});

describe('rule: rename, a level is no title', () => {
  it.each(['scholarship is more important now, make it high', 'the bins one: make it low'])(
    '"%s" renames nothing',
    (text) => {
      expect(rename.extract(text, context({}, text))).toBeUndefined();
    },
  );
});
