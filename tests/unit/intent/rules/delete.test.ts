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

describe('rule: delete, a field is never a task', () => {
  it('"drop its label and its priority" deletes nothing', () => {
    const text = 'drop its label and its priority';
    expect(deleteRule.extract(text, context({}, text))).toBeUndefined();
  });

  it.each([
    ['remove the due date', 'date'],
    ['delete its tags', 'labels'],
    ['take the priority off', 'priority'],
  ])('%s clears that field of the task talked about', (text, clear) => {
    expect(deleteRule.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: '',
      clear: [clear],
    });
  });
});

describe('rule: delete, a field or a day of a task named', () => {
  it('"I don\'t want a date on the coach trip any more" takes the date off', () => {
    const text = "I don't want a date on the coach trip any more";
    expect(deleteRule.extract(text, context({}, text))).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'the coach trip' },
      clear: true,
    });
  });

  it('"drop Thursday from interval training" takes the day off its repeat', () => {
    const text = 'drop Thursday from interval training';
    expect(deleteRule.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: 'interval training' },
      text: '',
      without: ['TH'],
    });
  });
});

describe('rule: delete, a label said as a thing to remove', () => {
  it.each([
    ['and ditch the ute tag', 'ute'],
    ['remove the money tag 🙂', 'money'],
    ['also please remove the label client-a', 'client-a'],
  ])('"%s" takes that label off the task talked about, never deletes a task', (text, label) => {
    expect(deleteRule.extract(text, context({ lastAction: 'update' }, text))).toEqual({
      type: 'tag',
      ref: { kind: 'focus' },
      add: [],
      remove: [label],
    });
  });
});
