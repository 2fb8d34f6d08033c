import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../../electron/core/agent/offline/intent/rules/describe.ts';
import { context } from '../rule-context.ts';

describe('rule: describe', () => {
  it.each([
    [
      'Write on the broad beans one: use the Aquadulce seeds',
      {
        type: 'update',
        ref: { kind: 'words', text: 'the broad beans one' },
        description: 'use the Aquadulce seeds',
      },
    ],
    [
      'whack a note on the ute one: ask about the aircon',
      {
        type: 'update',
        ref: { kind: 'words', text: 'the ute one' },
        description: 'ask about the aircon',
      },
    ],
    [
      'change the note on call grandma',
      { type: 'update', ref: { kind: 'words', text: 'call grandma' }, ask: 'description' },
    ],

    [
      "Add to the gift task the note 'she likes green tea'",
      {
        type: 'update',
        ref: { kind: 'words', text: 'the gift task' },
        description: 'she likes green tea',
      },
    ],

    [
      "set the description of task 3 to 'bring the slides'",
      { type: 'update', ref: { kind: 'ids', ids: [3] }, description: 'bring the slides' },
    ],
    [
      'desc 2: ask about whitening',
      { type: 'update', ref: { kind: 'ids', ids: [2] }, description: 'ask about whitening' },
    ],
    [
      'add a note: keep the receipt',
      { type: 'update', ref: { kind: 'focus' }, description: 'keep the receipt' },
    ],
    [
      'add some details to the garage task',
      { type: 'update', ref: { kind: 'words', text: 'the garage task' }, ask: 'description' },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(describeRule.extract(text, context())).toMatchObject(intent as object);
  });

  it.each(['add a task to write notes', 'write on the whiteboard: buy milk'])(
    'leaves %s to other rules',
    (text) => {
      expect(describeRule.extract(text, context())).toBeUndefined();
    },
  );
});

describe('after a question about a note', () => {
  it.each(['clear it', 'remove that', 'delete the note'])('"%s" clears the note', (text) => {
    expect(describeRule.extract(text, context({ lastAsked: 'note' }, text))).toEqual({
      type: 'update',
      ref: { kind: 'focus' },
      description: '',
    });
  });
  it('"clear it" otherwise is not about a note', () => {
    expect(describeRule.extract('clear it', context({}, 'clear it'))).toBeUndefined();
  });
});

it('"attach the following note to \'Book vet appointment\': …" is a note on that task', () => {
  const text = "attach the following note to 'Book vet appointment': Dr. Hale prefers mornings";
  expect(describeRule.extract(text, context({}, text))).toMatchObject({
    type: 'update',
    ref: { kind: 'quoted', text: 'Book vet appointment' },
    description: 'Dr. Hale prefers mornings',
  });
});

describe('rule: describe, a note taken off', () => {
  it.each([
    ["take the note off the garage task, Tom's left", 'the garage task'],
    ['strip the note from the vet one', 'the vet one'],
  ])('%s', (text, task) => {
    expect(describeRule.extract(text, context({}, text))).toMatchObject({
      type: 'update',
      ref: { kind: 'words', text: task },
      description: '',
    });
  });
});
