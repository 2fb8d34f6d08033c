import { describe, expect, it } from 'vitest';
import { putBack } from '../../../../electron/core/agent/offline/intent/rules/put-back.ts';
import { context } from '../rule-context.ts';

describe('rule: put-back', () => {
  it.each([
    [
      'put call mom back on my list, I never reached her',
      { type: 'put-back', ref: { kind: 'words', text: 'call mom' } },
    ],

    [
      'move the gas bill one back to my to-do list, it never went through',
      { type: 'put-back', ref: { kind: 'words', text: 'the gas bill one' } },
    ],

    [
      'put the passport task back on the list',
      { type: 'put-back', ref: { kind: 'words', text: 'the passport task' } },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(putBack.extract(text, context())).toEqual(intent);
  });

  it.each(['put milk on the list', 'add call the health inspector back'])(
    'leaves %s to other rules',
    (text) => {
      expect(putBack.extract(text, context())).toBeUndefined();
    },
  );
});

describe('rule: put back, said as part of a correction', () => {
  it('leaves "put it back, wrong one, it\'s the dentist that\'s done" to the correction', () => {
    const text = "put it back, wrong one, it's the dentist that's done";
    expect(putBack.extract(text, context({ lastAction: 'complete' }, text))).toBeUndefined();
    expect(putBack.extract('no put it back', context({ lastAction: 'complete' }))).toMatchObject({
      type: 'put-back',
    });
  });
});

describe('rule: put back, not a deed asked to be added', () => {
  it('"and please add another: take the library books back"', () => {
    const text = 'And please add another: take the library books back';
    expect(putBack.extract(text, context({ lastAction: 'add' }, text))).toBeUndefined();
  });
});
