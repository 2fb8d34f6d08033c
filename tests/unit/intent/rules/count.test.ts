import { describe, expect, it } from 'vitest';
import { count } from '../../../../electron/core/agent/offline/intent/rules/count.ts';
import { context } from '../rule-context.ts';

describe('rule: count', () => {
  it.each([
    ['how many tasks do I have left', { type: 'count', status: 'pending' }],
    ['total count', { type: 'count', status: 'all' }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(count.extract(text, context())).toEqual(intent);
  });

  it.each([
    'count the chairs in the hall and note it',
    // a count of seats, asked of what is written down (find.ts)
    'how many seats did I book on the coach',
  ])('leaves %s to other rules', (text) => {
    expect(count.extract(text, context())).toBeUndefined();
  });
});
