import { describe, expect, it } from 'vitest';
import { deleteRule } from '../../../../electron/core/agent/offline/intent/rules/delete.ts';
import { context } from '../rule-context.ts';

describe('rule: delete', () => {
  it.each([
    [
      'package task no need, delete',
      { type: 'delete', ref: { kind: 'words', text: 'package task' } },
    ],

    [
      'delete the meeting task',
      { type: 'delete', ref: { kind: 'words', text: 'the meeting task' } },
    ],
    ['get rid of task 2', { type: 'delete', ref: { kind: 'ids', ids: [2] } }],
    ['the third one can go', { type: 'delete', ref: { kind: 'positions', positions: [3] } }],
    [
      'the last two can go, no longer relevant',
      { type: 'delete', ref: { kind: 'positions', positions: [-2, -1] } },
    ],
    [
      "get rid of the invoice one we don't need it anymore",
      { type: 'delete', ref: { kind: 'words', text: 'the invoice one' } },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(deleteRule.extract(text, context())).toEqual(intent);
  });

  it.each(['take a walk', 'add delete old photos'])('leaves %s to other rules', (text) => {
    expect(deleteRule.extract(text, context())).toBeUndefined();
  });
});
