import { describe, expect, it } from 'vitest';
import { complete } from '../../../../electron/core/agent/offline/intent/rules/complete.ts';
import { context } from '../rule-context.ts';

describe('rule: complete', () => {
  it.each([
    ['payment is done', { type: 'complete', ref: { kind: 'statement', text: 'pay' } }],
    ['you can close that out', { type: 'complete', ref: { kind: 'focus' } }],

    [
      'mark both bills as paid',
      { type: 'complete', ref: { kind: 'words', text: 'bills', count: 2 } },
    ],
    ['done it just now', { type: 'complete', ref: { kind: 'focus' } }],

    ['set the status of task 4 to completed', { type: 'complete', ref: { kind: 'ids', ids: [4] } }],

    ['mark task 3 as complete', { type: 'complete', ref: { kind: 'ids', ids: [3] } }],
    [
      'tick off the dentist one',
      { type: 'complete', ref: { kind: 'words', text: 'the dentist one' } },
    ],
    ['dentist done', { type: 'complete', ref: { kind: 'words', text: 'dentist' } }],
    ["that's done now", { type: 'complete', ref: { kind: 'focus' } }],
    ['mark it done, I did it this morning', { type: 'complete', ref: { kind: 'focus' } }],
    [
      'all done except the last one',
      { type: 'complete', ref: { kind: 'all', status: 'all', except: 'the last one' } },
    ],
    [
      'everything finished but task 2',
      { type: 'complete', ref: { kind: 'all', status: 'all', except: 'task 2' } },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(complete.extract(text, context())).toEqual(intent);
  });

  it('asking "all done except the last one?" changes nothing', () => {
    expect(
      complete.extract('all done except the last one', { ...context(), question: true }),
    ).toBeUndefined();
  });

  it.each(['clear completed', "what's done", "show me what's done", 'check my list'])(
    'leaves %s to other rules',
    (text) => {
      expect(complete.extract(text, context())).toBeUndefined();
    },
  );
});
