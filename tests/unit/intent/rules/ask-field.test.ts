import { describe, expect, it } from 'vitest';
import { askField } from '../../../../electron/core/agent/offline/intent/rules/ask-field.ts';
import { context } from '../rule-context.ts';

describe('rule: ask-field', () => {
  it.each([
    ['change the priority on restock the chutney', 'restock the chutney', 'priority'],
    ['add a label to the gazebo task', 'the gazebo task', 'labels'],
    ['set a due date for the gazebo task', 'the gazebo task', 'date'],
    ["change the gazebo task's priority", 'the gazebo task', 'priority'],
    ['give the gazebo task a due date', 'the gazebo task', 'date'],
    ['gazebo leg - set a time', 'gazebo leg', 'time'],
    ['tag the gazebo task', 'the gazebo task', 'labels'],
  ])('"%s" asks for the value of one detail', (text, task, field) => {
    expect(askField.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: task },
      text: '',
      ask: field,
    });
  });

  it('"give it a priority" is about the task talked about', () => {
    expect(askField.extract('give it a priority', context())).toMatchObject({
      ref: { kind: 'focus' },
      ask: 'priority',
    });
  });

  it('how often is asked as a repeat', () => {
    expect(askField.extract('change the repeat on the bins task', context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: 'the bins task' },
      repeat: null,
      ask: true,
    });
  });

  it.each([
    'change the priority of the chutney task to high',
    'set the gazebo task to friday',
    'tag the gazebo task #garden',
    'label the jars',
    'change the oil',
    'is the priority on the chutney one high?',
  ])('"%s" is not a detail asked about', (text) => {
    const question = text.endsWith('?');
    expect(askField.extract(text, { ...context({}, text), question })).toBeUndefined();
  });
});
