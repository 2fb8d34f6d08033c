import { describe, expect, it } from 'vitest';
import { reopen } from '../../../../electron/core/agent/offline/intent/rules/reopen.ts';
import { context } from '../rule-context.ts';

describe('rule: reopen', () => {
  it.each([
    ['mark it as not paid', { type: 'reopen', ref: { kind: 'focus' } }],

    [
      'make again open the task wash car',
      { type: 'reopen', ref: { kind: 'words', text: 'wash car' } },
    ],
    [
      'mark incomplete: renew passport',
      { type: 'reopen', ref: { kind: 'words', text: 'renew passport' } },
    ],
    [
      'not finished with the slides after all',
      { type: 'reopen', ref: { kind: 'words', text: 'the slides' } },
    ],

    ['the posters still to do', { type: 'reopen', ref: { kind: 'words', text: 'the posters' } }],
    [
      'change the status of the rent task to not done',
      { type: 'reopen', ref: { kind: 'words', text: 'the rent task' } },
    ],
    [
      'Water the plants — not done yet',
      { type: 'reopen', ref: { kind: 'words', text: 'Water the plants' } },
    ],
    [
      'the report and the slides need to go back on my list',
      { type: 'reopen', ref: { kind: 'words', text: 'the report and the slides' } },
    ],
    ["they're not done", { type: 'reopen', ref: { kind: 'focus' } }],

    [
      "take the tick off 'Call the bank'",
      { type: 'reopen', ref: { kind: 'quoted', text: 'Call the bank' } },
    ],
    [
      'remove the checkmark from the rent one',
      { type: 'reopen', ref: { kind: 'words', text: 'the rent one' } },
    ],

    ['mark task 2 as not done', { type: 'reopen', ref: { kind: 'ids', ids: [2] } }],
    [
      'uncheck the groceries one',
      { type: 'reopen', ref: { kind: 'words', text: 'the groceries one' } },
    ],
    ["the report isn't done yet", { type: 'reopen', ref: { kind: 'words', text: 'the report' } }],
    ['open it again', { type: 'reopen', ref: { kind: 'focus' } }],
    ['not done after all: call mom', { type: 'reopen', ref: { kind: 'words', text: 'call mom' } }],
    [
      "pay rent isn't actually done, the transfer bounced",
      { type: 'reopen', ref: { kind: 'words', text: 'pay rent' } },
    ],
    ['not paid after all', { type: 'reopen', ref: { kind: 'statement', text: 'pay' } }],
    [
      "I haven't actually watered the plants yet",
      { type: 'reopen', ref: { kind: 'statement', text: 'watered the plants' } },
    ],
    [
      "I didn't actually call mom, she didn't pick up",
      { type: 'reopen', ref: { kind: 'statement', text: 'call mom' } },
    ],
    [
      'make undone the task of the haircut',
      { type: 'reopen', ref: { kind: 'words', text: 'the haircut' } },
    ],
    [
      'Call mom is still pending actually, she never picked up',
      { type: 'reopen', ref: { kind: 'words', text: 'Call mom' } },
    ],
    [
      'I made a mistake, I have not yet posted the letter to Joan',
      { type: 'reopen', ref: { kind: 'statement', text: 'posted the letter to Joan' } },
    ],
    [
      'flights not booked yet',
      { type: 'reopen', ref: { kind: 'statement', text: 'booked flights' } },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(reopen.extract(text, context())).toEqual(intent);
  });

  it.each([
    'open the list',
    'mark task 2 done',
    'I have not decided',
    'it not',
    'which tasks I have still not done',
  ])('leaves %s to other rules', (text) => {
    expect(reopen.extract(text, context())).toBeUndefined();
  });
});
