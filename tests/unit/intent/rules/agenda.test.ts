import { describe, expect, it } from 'vitest';
import { agenda } from '../../../../electron/core/agent/offline/intent/rules/agenda.ts';
import { context } from '../rule-context.ts';

const asked = (text: string) => ({ ...context({}, text), question: true });

describe('rule: agenda', () => {
  it.each([
    ["what's due today?", { type: 'agenda', due: 'today' }],
    ['anything overdue?', { type: 'agenda', due: 'overdue' }],
    ['is anything past due', { type: 'agenda', due: 'overdue' }],
    ["what's coming up this week?", { type: 'agenda', due: 'upcoming' }],
    ["what's urgent?", { type: 'agenda', priority: 1 }],
    ['whats high priority rn', { type: 'agenda', priority: 1 }],
    ["what's tagged work?", { type: 'agenda', label: 'work' }],
    ["what's under errands?", { type: 'agenda', label: 'errands' }],
    ['what have I got on Friday?', { type: 'agenda', on: 'Friday' }],
    ["which tasks don't have a due date?", { type: 'agenda', due: 'none' }],
    ['which of my tasks repeat?', { type: 'agenda', repeating: true }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(agenda.extract(text.replace(/\?$/, ''), asked(text))).toEqual(intent);
  });

  it('leaves other questions and requests to other rules', () => {
    expect(agenda.extract("what's pending", asked("what's pending?"))).toBeUndefined();
    expect(agenda.extract('add buy milk tomorrow', context())).toBeUndefined();
  });
});
