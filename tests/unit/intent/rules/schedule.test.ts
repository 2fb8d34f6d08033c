import { describe, expect, it } from 'vitest';
import { schedule } from '../../../../electron/core/agent/offline/intent/rules/schedule.ts';
import { context } from '../rule-context.ts';

describe('rule: schedule', () => {
  it.each([
    [
      'push the rent one to Monday',
      { ref: { kind: 'words', text: 'the rent one' }, when: 'Monday' },
    ],
    ['postpone the dentist by 2 days', { ref: { kind: 'words', text: 'the dentist' }, shift: 2 }],
    ['push it back a week', { ref: { kind: 'focus' }, shift: 7 }],
    ['push lunch back an hour', { ref: { kind: 'words', text: 'lunch' }, shiftMinutes: 60 }],
    [
      'snooze the water bill till tomorrow',
      { ref: { kind: 'words', text: 'the water bill' }, when: 'tomorrow' },
    ],
    [
      'move hair appointment to the 22nd at 1pm',
      { ref: { kind: 'words', text: 'hair appointment' }, when: 'the 22nd at 1pm' },
    ],
    [
      'do the call mum one tmrw instead',
      { ref: { kind: 'words', text: 'the call mum one' }, when: 'tmrw' },
    ],
    ['no due date for the gym one', { ref: { kind: 'words', text: 'the gym one' }, clear: true }],
  ] as [string, object][])('reads %s', (text, expected) => {
    expect(schedule.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'schedule',
      ...expected,
    });
  });

  it('leaves a change of words to the rules for titles', () => {
    const text = 'change the rehearsal space one from thursday to friday';
    expect(schedule.extract(text, context({}, text))).toBeUndefined();
    expect(schedule.extract('move the sofa to the spare room', context())).toBeUndefined();
  });
});
