import { describe, expect, it } from 'vitest';
import { repeatLimit } from '../../../../electron/core/agent/offline/intent/rules/repeat-limit.ts';
import { context } from '../rule-context.ts';

describe('rule: repeat-limit', () => {
  it.each([
    ['only repeat the stretches 12 more times', 'the stretches', '12 times'],
    ['extend the swim course to eight lessons', 'the swim course', 'eight times'],
    ['cut the chemo one down to 4 sessions', 'the chemo one', '4 times'],
  ])('"%s" sets how many times in all', (text, task, times) => {
    expect(repeatLimit.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: task },
      text: times,
    });
  });

  it.each([
    ['take the end date off the rota reminder so it just keeps going', 'the rota reminder'],
    ['remove the limit from the vitamins task', 'the vitamins task'],
    ['let the stand-up repeat indefinitely', 'the stand-up'],
    ['make the plant watering go on forever, no end date', 'the plant watering'],
  ])('"%s" takes the end off', (text, task) => {
    expect(repeatLimit.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: task },
      text: '',
      clear: ['limit'],
    });
  });

  it('"no limit" is about the task talked about', () => {
    expect(repeatLimit.extract('ok, no limit then', context())).toMatchObject({
      ref: { kind: 'focus' },
      clear: ['limit'],
    });
  });

  it.each([
    'let the dog out',
    'repeat the swim course',
    'extend the deadline to Friday',
    'does the rota repeat forever?',
  ])('leaves "%s" to other rules', (text) => {
    expect(
      repeatLimit.extract(text, { ...context({}, text), question: text.endsWith('?') }),
    ).toBeUndefined();
  });
});

describe('rule: repeat-limit, said with make', () => {
  it.each([
    ['make the Okafor check-in stop after 6 times', 'the Okafor check-in', '6 times'],
    ['make the swimming lessons 8 times instead of 5', 'the swimming lessons', '8 times'],
  ])('"%s"', (text, task, times) => {
    expect(repeatLimit.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: task },
      text: times,
    });
  });

  it('"the stretching shouldn\'t have a limit" takes the end off', () => {
    expect(repeatLimit.extract("the stretching shouldn't have a limit", context())).toMatchObject({
      ref: { kind: 'words', text: 'the stretching' },
      clear: ['limit'],
    });
  });

  it.each([
    ['and stop after 10 weeks', 'for 10 weeks'],
    ['it should end after 6 sessions', '6 times'],
    ['make it stop after 3 months', 'for 3 months'],
  ])('"%s" limits the repeat just set, by how long or how many', (text, said) => {
    expect(
      repeatLimit.extract(text, context({ lastAction: 'add', lastTimed: true }, text)),
    ).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: said,
    });
  });
});
