import { describe, expect, it } from 'vitest';
import {
  dueAtSaid,
  dueInPart,
  readAttribute,
} from '../../../electron/core/agent/offline/intent/attribute-ref.ts';

describe('a task named by what it has', () => {
  it.each([
    ['the overdue one', { filter: { due: 'overdue' } }],
    ['the one due tomorrow', { filter: { on: 'tomorrow' } }],
    ["today's task", { filter: { due: 'today' } }],
    ['the urgent one', { filter: { priority: 1 } }],
    ['the repeating one', { filter: { repeating: true } }],
    ['the weekly one', { filter: { repeating: true, every: 'WEEKLY' } }],
    ['the undated one', { filter: { due: 'none' } }],
    ["the 3 o'clock one", { at: { hour: 3 } }],
    ['the one at 9am', { at: { hour: 9, half: 'am' } }],
    ['the 15:30 one', { at: { hour: 15, minute: 30 } }],
    ['the morning one', { part: [5, 12] }],
    ['the car one', { label: 'car' }],
  ])('%s', (said, expected) => {
    expect(readAttribute(said)).toEqual(expected);
  });

  it.each(['the 9 one', 'the one I added about the boiler and the plumber', 'the 25:00 one'])(
    'not %s',
    (said) => {
      expect(readAttribute(said)).toBeUndefined();
    },
  );

  it('matches the hour said, in either half of the day unless said', () => {
    expect(dueAtSaid('15:00', { hour: 3 })).toBe(true);
    expect(dueAtSaid('03:00', { hour: 3 })).toBe(true);
    expect(dueAtSaid('15:00', { hour: 3, half: 'am' })).toBe(false);
    expect(dueAtSaid('15:30', { hour: 15, minute: 0 })).toBe(false);
    expect(dueAtSaid(null, { hour: 3 })).toBe(false);
    expect(dueInPart('18:00', [17, 23])).toBe(true);
    expect(dueInPart('09:00', [17, 23])).toBe(false);
    expect(dueInPart(null, [5, 12])).toBe(false);
  });
});
