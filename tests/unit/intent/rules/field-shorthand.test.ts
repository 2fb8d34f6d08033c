import { describe, expect, it } from 'vitest';
import { fieldShorthand } from '../../../../electron/core/agent/offline/intent/rules/field-shorthand.ts';
import { context } from '../rule-context.ts';

describe('rule: field shorthand', () => {
  it.each([
    ['invoice task: label #finance', { kind: 'words', text: 'invoice task' }, '#finance'],
    ['report task: #work', { kind: 'words', text: 'report task' }, '#work'],
    ['buy paint task: add #diy', { kind: 'words', text: 'buy paint task' }, '#diy'],
    ['pitch meeting -> p1', { kind: 'words', text: 'pitch meeting' }, 'p1'],
    ['gym task -> every mon/wed/fri', { kind: 'words', text: 'gym task' }, 'every mon/wed/fri'],
    ['task 1: due -> 12/20', { kind: 'ids', ids: [1] }, '12/20'],
  ] as [string, unknown, string][])('reads %s', (text, ref, said) => {
    expect(fieldShorthand.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref,
      text: said,
    });
  });

  it.each([
    ['tag: #jobs', '#jobs'],
    ['time: 10am', 'at 10am'],
    ['prio: 1', 'p1'],
    ['repeat: weekly', 'weekly'],
  ])('right after an add, reads the field %s for the task just added', (text, said) => {
    expect(fieldShorthand.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: said,
    });
    // (with nothing just added there is no task to give it to)
    expect(fieldShorthand.extract(text, context({}, text))).toBeUndefined();
  });

  it('leaves new tasks, notes and plain words before a colon to other rules', () => {
    for (const text of [
      'groceries: tomorrow',
      'todo: buy milk tomorrow',
      'note: bring cash',
      'invoice task: send it to Jo',
    ])
      expect(fieldShorthand.extract(text, context({}, text))).toBeUndefined();
  });
});
