import { describe, expect, it } from 'vitest';
import { correction } from '../../../../electron/core/agent/offline/intent/rules/correction.ts';
import { context } from '../rule-context.ts';

describe('rule: correction', () => {
  it.each([
    ['actually make that oat milk', { type: 'correct', text: 'oat milk' }],
    ['sorry, 4 lemons', { type: 'correct', text: '4 lemons' }],
    ['green not blue', { type: 'correct', text: 'green', replaces: 'blue' }],
    [
      "it's not the notary, it's the accountant",
      { type: 'correct', text: 'the accountant', replaces: 'notary' },
    ],
    [
      'It is for the office, not the team',
      { type: 'correct', text: 'for the office', replaces: 'the team' },
    ],
  ] as [string, unknown][])('reads %s when the conversation allows it', (text, intent) => {
    expect(correction.extract(text, context({ lastAction: 'add' }))).toEqual(intent);
  });

  it.each([
    [
      'wait no, it was the gas bill I paid',
      { type: 'correct', ref: { kind: 'statement', text: 'pay the gas bill' } },
    ],
    [
      'sorry, I meant I walked the dog',
      { type: 'correct', ref: { kind: 'statement', text: 'walked the dog' } },
    ],
    [
      'no I emailed Tom, not Tim',
      { type: 'correct', ref: { kind: 'statement', text: 'emailed Tom' } },
    ],
    [
      'actually I meant chapter 3, not 2',
      { type: 'correct', ref: { kind: 'words', text: 'chapter 3' }, text: 'chapter 3' },
    ],
  ] as [string, unknown][])('after a completion, reads %s as another task done', (text, intent) => {
    expect(correction.extract(text, context({ lastAction: 'complete' }))).toEqual(intent);
  });

  it.each(['actually make that oat milk'])('never reads %s out of context', (text) => {
    expect(correction.extract(text, context())).toBeUndefined();
  });
  it.each([
    ["Sorry, I mean 'Buy the bus ticket', not train", 'Buy the bus ticket'],
    ["No, sorry, I want 'Buy football shoes'", 'Buy football shoes'],
  ])('a whole title in quotes replaces the one just set: %s', (text, title) => {
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'correct',
      text: title,
    });
  });
});

describe('putting a tick or a typo right', () => {
  it('"wait no, it\'s not done yet" right after ticking it off reopens it', () => {
    const text = "wait no it's not done yet";
    expect(correction.extract(text, context({ lastAction: 'complete' }, text))).toEqual({
      type: 'reopen',
      ref: { kind: 'focus' },
    });
  });
  it('"oops typo, should be book dentist" is the whole title again; "it\'s John not Jon" a word', () => {
    const text = 'oops typo, should be book dentist';
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'correct',
      text: 'book dentist',
    });
    const swap = "typo, it's John not Jon";
    expect(correction.extract(swap, context({ lastAction: 'add' }, swap))).not.toMatchObject({
      text: 'John not Jon',
    });
  });
});

describe('the rest of a title, a message later', () => {
  it.each(['for the concert', 'about the lease'])('"%s" right after an add', (text) => {
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'correct',
      text,
      append: true,
    });
  });
  it('"for tomorrow" is a date, not words of the title', () => {
    const text = 'for tomorrow';
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).not.toMatchObject({
      append: true,
    });
  });
});

describe('what is told beside a correction is no new title', () => {
  it.each([
    "hmm no, I'll still be asleep then",
    "oh, I've just remembered she's at church until two",
    'no no, not tomorrow',
    'Sorry, I make a mistake',
    'my bad',
  ])('%s', (text) => {
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toBeUndefined();
  });
  it('"no wait, I need to call mum" still puts the title right', () => {
    const text = 'no wait, I need to call mum';
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toMatchObject({
      type: 'correct',
    });
  });
});

describe('the words meant, without the saying of them', () => {
  it.each([
    ['Sorry, I want to say buy stamps for the postcards', 'buy stamps for the postcards'],
    ['actually put it on as fix the drinks fridge door seal', 'fix the drinks fridge door seal'],
  ])('%s', (text, said) => {
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toMatchObject({
      type: 'correct',
      text: said,
    });
  });
  it('"set it for then" has no title in it', () => {
    const text = 'load-in is 6pm so set it for then';
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toBeUndefined();
  });
});

describe('rule: correction, one of those just ticked was not done', () => {
  it('"whoops, feed cat wasn\'t done" after ticking: that one reopened, not the whole tick undone', () => {
    const text = "whoops, feed cat wasn't done";
    expect(correction.extract(text, context({ lastAction: 'complete' }, text))).toEqual({
      type: 'reopen',
      ref: { kind: 'words', text: 'feed cat' },
    });
  });
});

describe('rule: correction, "it\'s X that\'s done"', () => {
  it('after a tick, the one meant, with the undo said first', () => {
    const text = "no put it back, sorry wrong one, it's the dentist that's done";
    expect(correction.extract(text, context({ lastAction: 'complete' }, text))).toEqual({
      type: 'correct',
      ref: { kind: 'words', text: 'the dentist' },
      text: 'the dentist',
    });
  });
});

describe('rule: correction, a time put right after a time was set', () => {
  it('"I meant 11:30" is the time, never a title', () => {
    const text = 'I meant 11:30';
    expect(correction.extract(text, context({ lastAction: 'add', lastTimed: true }, text))).toEqual(
      { type: 'details', ref: { kind: 'focus' }, text: '11:30' },
    );
  });
});

describe('rule: correction, the deed done to another one', () => {
  const afterTick = (text: string) =>
    correction.extract(text, context({ lastAction: 'complete' }, text));
  it('"no, the boiler invoice is done, not the boiler service"', () => {
    expect(afterTick('no, the gas invoice is done, not the gas service')).toEqual({
      type: 'correct',
      ref: { kind: 'words', text: 'the gas invoice' },
      text: 'the gas invoice',
    });
  });
  it('"sorry, I meant the hedge one, the fence isn\'t done" takes back the first', () => {
    expect(afterTick("sorry, I meant the hedge one, the fence isn't done")).toMatchObject({
      type: 'correct',
      ref: { kind: 'words', text: 'the hedge one' },
    });
  });

  it.each([
    ["actually no, don't repeat it", { type: 'set-repeat', ref: { kind: 'focus' }, repeat: null }],
    [
      'wait the interview is at 2, I want to prep at 11am',
      { type: 'details', ref: { kind: 'focus' }, text: 'at 11am' },
    ],
    [
      'oh wait, no school on fridays, so just monday to thursday',
      { type: 'details', ref: { kind: 'focus' }, text: 'every monday to thursday' },
    ],
  ] as [string, unknown][])('"%s" puts a detail right, never the title', (text, intent) => {
    expect(
      correction.extract(text, context({ lastAction: 'add', lastTimed: true }, text)),
    ).toMatchObject(intent as object);
  });

  it('"the interview is at 2" after an add is news, not a new title', () => {
    const text = 'wait the interview is at 2';
    const read = correction.extract(text, context({ lastAction: 'add' }, text));
    expect(read === undefined || !('text' in read && read.type === 'correct')).toBe(true);
  });
});

describe('rule: correction, more ways to say it', () => {
  it('"word it as …" is the new title', () => {
    expect(
      correction.extract(
        'word it as Get the taxi meter recalibrated',
        context({ lastAction: 'add' }),
      ),
    ).toEqual({ type: 'correct', text: 'Get the taxi meter recalibrated' });
  });

  it('"make it finish" is no new title', () => {
    expect(correction.extract('make it finish', context({ lastAction: 'delete' }))).toBeUndefined();
  });

  it('"walk-in: not yet" after a tick names another task, not done', () => {
    expect(
      correction.extract('not yet', context({ lastAction: 'complete' }, 'walk-in: not yet')),
    ).toEqual({ type: 'reopen', ref: { kind: 'words', text: 'walk-in' } });
  });
});

describe('rule: correction, words for the end of the title and names spelled out', () => {
  it('"add \'for my knee\' to the end of that" right after an add: more of its title', () => {
    const text = "add 'for my knee' to the end of that";
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'correct',
      text: 'for my knee',
      append: true,
    });
  });
  it('"no sorry, it\'s Norah with an h" is a name spelled out (fix-word.ts), not a new title', () => {
    const text = "no sorry, it's Norah with an h";
    expect(correction.extract(text, context({ lastAction: 'add' }, text))).toBeUndefined();
  });
});

describe('a move put right', () => {
  it('"I meant push it back two days not one" is that move in place of the one just made', () => {
    const text = 'sorry i meant push it back two days not one';
    expect(
      correction.extract(
        text,
        context({ lastAction: 'update', lastTimed: true, lastShift: 1 }, text),
      ),
    ).toEqual({ type: 'schedule', ref: { kind: 'focus' }, shift: 2, instead: true });
  });
});
