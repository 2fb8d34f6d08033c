import { describe, expect, it } from 'vitest';
import { statement } from '../../../../electron/core/agent/offline/intent/rules/statement.ts';
import { context } from '../rule-context.ts';

describe('rule: statement', () => {
  it.each([
    [
      'invoice sent to Nomad',
      { type: 'complete', ref: { kind: 'statement', text: 'send invoice to Nomad' } },
    ],

    ['made the call', { type: 'complete', ref: { kind: 'statement', text: 'call' } }],
    [
      "dad's had his evening meds",
      { type: 'complete', ref: { kind: 'statement', text: "dad's had his evening meds" } },
    ],
    ['did the shopping', { type: 'complete', ref: { kind: 'statement', text: 'shop' } }],
    [
      'I call landlord already',
      { type: 'complete', ref: { kind: 'statement', text: 'call landlord' } },
    ],

    ['booked all three', { type: 'complete', ref: { kind: 'words', text: 'booked', count: 3 } }],
    [
      "vet's booked for Max",
      { type: 'complete', ref: { kind: 'statement', text: "booked vet's for Max" } },
    ],
    [
      'hall lightbulb changed finally',
      { type: 'complete', ref: { kind: 'statement', text: 'changed hall lightbulb' } },
    ],
    ["I've paid it", { type: 'complete', ref: { kind: 'focus', context: 'pay' } }],

    [
      'bought bread, forgot the butter',
      { type: 'complete', ref: { kind: 'statement', text: 'buy bread' } },
    ],

    [
      'the windows are clean now',
      { type: 'complete', ref: { kind: 'statement', text: 'clean the windows' } },
    ],
    ["the sink's empty", { type: 'complete', ref: { kind: 'statement', text: 'empty the sink' } }],

    [
      'I booked the dentist appointment',
      { type: 'complete', ref: { kind: 'statement', text: 'booked the dentist appointment' } },
    ],
    ['bought the milk', { type: 'complete', ref: { kind: 'statement', text: 'buy the milk' } }],
    ['bill paid', { type: 'complete', ref: { kind: 'statement', text: 'pay bill' } }],
    // The deed alone: the tasks starting with that verb are the ones it could be.
    ['paid', { type: 'complete', ref: { kind: 'statement', text: 'pay' } }],
    ["I've just submitted", { type: 'complete', ref: { kind: 'statement', text: 'submitted' } }],
    ['finished reading', { type: 'complete', ref: { kind: 'statement', text: 'reading' } }],
    // Without the past tense, as a learner says it.
    [
      'yesterday I have clean the kitchen',
      { type: 'complete', ref: { kind: 'statement', text: 'clean the kitchen' } },
    ],
    [
      'I have finish the essay',
      { type: 'complete', ref: { kind: 'statement', text: 'the essay' } },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(statement.extract(text, context())).toEqual(intent);
  });

  // News that settles a task, in any words: which task is the matcher's to find.
  it.each([
    "the van's back from the garage",
    'mum gave me the bus money',
    'landlord has the keys now',
    'guest list is final',
    'carrots are in the ground',
    'greenway finally paid up',
    'dana said yes to the shift swap',
  ])('reads %s as news that settles a task', (text) => {
    expect(statement.extract(text, context())).toEqual({
      type: 'complete',
      ref: { kind: 'statement', text },
    });
  });

  it.each([
    // a wish, a plan, a doubt, trouble, or something only described
    "the oven's still filthy",
    'we still need to book the car in',
    'the van might be back tomorrow',
    'and the finished ones',
    "sellotape too, I've got loads",
    // how the person is ("tired" is no deed done to a tyre)
    "I'm exhausted",
    'sorry sleep deprived',
    'tired',
    'feeling a bit overwhelmed',
  ])('does not take %s for news', (text) => {
    expect(statement.extract(text, context())).toBeUndefined();
  });

  it('does not take a clause for news when its sentence asks to undo it', () => {
    const clause = 'Supervisor returned the lit review with major revisions';
    expect(
      statement.extract(clause, {
        ...context(),
        sentence: clause,
        within: `${clause}, so it's not done after all - reopen it`,
      }),
    ).toBeUndefined();
    expect(statement.extract(clause, { ...context(), sentence: clause })).toMatchObject({
      type: 'complete',
    });
  });

  it.each([
    'I decided to wait',
    'read chapter 3',
    'needed',
    'I have to call mom',
    'I have homework',
  ])('leaves %s to other rules', (text) => {
    expect(statement.extract(text, context())).toBeUndefined();
  });
});

describe('rule: statement, someone who left', () => {
  it('"the nanny finished with us" is no news of a deed', () => {
    expect(statement.extract('the nanny finished with us', context())).toBeUndefined();
    // (but "finished the essay" still is)
    expect(statement.extract('finished the essay', context())).toMatchObject({ type: 'complete' });
  });
});

describe('rule: statement, news said the second-language way', () => {
  it.each([
    ['plumber is called already', 'called plumber'],
    ['rice cooker already buy', 'buy rice cooker'],
  ])('%s', (text, said) => {
    expect(statement.extract(text, context({}, text))).toEqual({
      type: 'complete',
      ref: { kind: 'statement', text: said },
    });
  });

  it('"milk also buy" is no news of a deed (it may be asking for one)', () => {
    expect(statement.extract('milk also buy', context())).toBeUndefined();
  });
});

describe('rule: statement, news that settles nothing', () => {
  it.each([
    'the supplier said the crates are back in stock next week',
    "Ivo's dad texted, he might cancel on Thursday",
    'Mrs Okafor passed away last night',
  ])('"%s" is no deed done', (text) => {
    expect(statement.extract(text, context({}, text))).toBeUndefined();
  });

  it('"I paid the gas, but not the water" is the gas alone', () => {
    const text = 'I paid the gas, but not the water';
    expect(statement.extract(text, context({}, text))).toEqual({
      type: 'complete',
      ref: { kind: 'statement', text: 'pay the gas' },
    });
  });

  it('"the locksmith rang" says who did what, for the task matcher to weigh', () => {
    const text = 'the locksmith rang';
    expect(statement.extract(text, context({}, text))).toMatchObject({
      ref: { kind: 'statement', event: 'rang' },
    });
  });
});
