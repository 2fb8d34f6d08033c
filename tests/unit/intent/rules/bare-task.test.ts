import { describe, expect, it } from 'vitest';
import { bareTask } from '../../../../electron/core/agent/offline/intent/rules/bare-task.ts';
import { context } from '../rule-context.ts';

describe('rule: bare-task', () => {
  it.each([
    ['buy dog food', { type: 'add', title: 'Buy dog food', unasked: true }],
    ['book a table for Friday', { type: 'add', title: 'Book a table for Friday', unasked: true }],
    [
      'pick up the suit, call the tailor',
      [
        { type: 'add', title: 'Pick up the suit', unasked: true },
        { type: 'add', title: 'Call the tailor', unasked: true },
      ],
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(bareTask.extract(text, context())).toEqual(intent);
  });

  it.each([
    'call it a day',
    'see you later',
    'thank you',
    'go through my list',
    'clean',
    'milk',
    'pitch is frozen solid, nightmare',
    'ring road is shut again',
    'right, work stuff',
    'make the task match',
  ])('leaves %s to other rules', (text) => {
    expect(bareTask.extract(text, context())).toBeUndefined();
  });

  it('never reads a question', () => {
    expect(bareTask.extract('call grandma', { ...context(), question: true })).toBeUndefined();
  });
});

describe("rule: bare task, a task's fields", () => {
  it('"drop its label and its priority" is no task to add', () => {
    expect(bareTask.extract('drop its label and its priority', context())).toBeUndefined();
  });

  it('"check the boiler is working" is still a thing to do', () => {
    expect(bareTask.extract('check the boiler is working', context())).toMatchObject({
      type: 'add',
    });
  });
});

describe('rule: bare task, not what happened to a thing', () => {
  it.each(['book club got cancelled', 'walk group got moved', 'swap the times on those two jobs'])(
    '%s',
    (text) => {
      expect(bareTask.extract(text, context())).toBeUndefined();
    },
  );
});
