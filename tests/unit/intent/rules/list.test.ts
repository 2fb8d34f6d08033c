import { describe, expect, it } from 'vitest';
import { list } from '../../../../electron/core/agent/offline/intent/rules/list.ts';
import { context } from '../rule-context.ts';

describe('rule: list', () => {
  it.each([
    ['hows my list looking', { type: 'list', status: 'pending' }],

    ['show me all my tasks', { type: 'list', status: 'all' }],
    ["what's pending", { type: 'list', status: 'pending' }],
    ['what have I completed', { type: 'list', status: 'completed' }],
    ['ticked off so far', { type: 'list', status: 'completed' }],
    ['what remains', { type: 'list', status: 'pending' }],
    ['what still remains to be done', { type: 'list', status: 'pending' }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(list.extract(text, context())).toEqual(intent);
  });

  it.each([
    'buy milk',
    'delete task 2',
    'finished the quarterly report',
    'completed my tax return',
  ])('leaves %s to other rules', (text) => {
    expect(list.extract(text, context())).toBeUndefined();
  });
  it.each([
    ['list: all', 'all'],
    ['list: done', 'completed'],
    ['list: todo', 'pending'],
    ["what haven't i done yet", 'pending'],
    ["and what's not", 'pending'],
  ])('reads the shorthand and negative %s', (text, status) => {
    expect(list.extract(text, context({}, text))).toEqual({ type: 'list', status });
  });
});

describe('what was done', () => {
  it.each(['please show me which tasks I did already', 'show me what tasks I did'])(
    '%s lists the completed ones',
    (text) => {
      expect(list.extract(text.replace(/^please /, ''), context({}, text))).toEqual({
        type: 'list',
        status: 'completed',
      });
    },
  );
});

describe('rule: list, the ones done and the ones not yet', () => {
  it.each([
    ['what did i already do', { type: 'list', status: 'completed' }],
    ['what have we actually got done so far', { type: 'list', status: 'completed' }],
    ['which ones have we already sorted', { type: 'list', status: 'completed' }],
    ['which tasks i have not yet made', { type: 'list', status: 'pending' }],
  ] as [string, unknown][])('%s', (text, intent) => {
    expect(list.extract(text, context())).toEqual(intent);
  });

  it('leaves a deed with its own object to other rules ("print 25 copies of the agenda")', () => {
    expect(list.extract('print 25 copies of the agenda', context())).toBeUndefined();
  });
});
