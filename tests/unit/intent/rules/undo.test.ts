import { describe, expect, it } from 'vitest';
import { undo } from '../../../../electron/core/agent/offline/intent/rules/undo.ts';
import { context } from '../rule-context.ts';

describe('rule: undo', () => {
  it.each([
    ['sorry, wrong, not finish yet, undo', { type: 'undo' }],

    ['undo that', { type: 'undo' }],
    ['wait no undo', { type: 'undo' }],
    ['scratch that', { type: 'undo' }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(undo.extract(text, context())).toEqual(intent);
  });

  it.each(['undo completion of task 1'])('leaves %s to other rules', (text) => {
    expect(undo.extract(text, context())).toBeUndefined();
  });
});
