// Details for the task just talked about (details.ts) and the changes of priority, repeat,
// labels and skipping (prioritize.ts, set-repeat.ts, tag.ts, skip.ts).
import { describe, expect, it } from 'vitest';
import { details } from '../../../../electron/core/agent/offline/intent/rules/details.ts';
import { prioritize } from '../../../../electron/core/agent/offline/intent/rules/prioritize.ts';
import { setRepeat } from '../../../../electron/core/agent/offline/intent/rules/set-repeat.ts';
import { skip } from '../../../../electron/core/agent/offline/intent/rules/skip.ts';
import { tag } from '../../../../electron/core/agent/offline/intent/rules/tag.ts';
import { context } from '../rule-context.ts';

const afterAdd = (text: string) => context({ lastAction: 'add' }, text);

describe('rule: details', () => {
  it.each([
    ['due in 4 days', 'in 4 days'],
    ['and give it low priority', 'low priority'],
    ['no wait, tuesday', 'tuesday'],
    ['actually 7pm', 'at 7pm'],
    ['sorry i meant p3', 'p3'],
    ['tag it work', '#work'],
    ['every friday', 'every friday'],
  ])('reads %s after an add', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: said,
    });
  });

  it('needs a task just talked about, and words that are all details', () => {
    expect(details.extract('due in 4 days', context({}, 'due in 4 days'))).toBeUndefined();
    expect(details.extract('buy milk tomorrow', afterAdd('buy milk tomorrow'))).toBeUndefined();
  });
});

describe('rules: priority, repeat, labels, skip', () => {
  it('sets and clears a priority', () => {
    expect(prioritize.extract('make the rent one urgent', context())).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: 'the rent one' },
      priority: 1,
    });
    expect(prioritize.extract('remove the urgent flag from task 2', context())).toEqual({
      type: 'prioritize',
      ref: { kind: 'ids', ids: [2] },
      priority: null,
    });
  });

  it('sets and stops a repeat', () => {
    expect(setRepeat.extract('make the bins repeat every Monday', context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: 'the bins' },
      repeat: 'every Monday',
    });
    expect(setRepeat.extract('stop repeating the bins', context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: 'the bins' },
      repeat: null,
    });
  });

  it('adds, swaps and takes off labels', () => {
    expect(tag.extract('tag the dentist #health', context())).toMatchObject({
      add: ['health'],
      remove: [],
    });
    expect(tag.extract('take the diy label off buy paint', context())).toMatchObject({
      ref: { kind: 'words', text: 'buy paint' },
      remove: ['diy'],
    });
    expect(
      tag.extract('change the label on print tickets from travel to work', context()),
    ).toMatchObject({ add: ['work'], remove: ['travel'] });
    expect(tag.extract('label the boxes', context())).toBeUndefined();
  });

  it('skips one occurrence', () => {
    expect(skip.extract('skip the gym this week', context())).toEqual({
      type: 'skip',
      ref: { kind: 'words', text: 'the gym' },
    });
  });
});
