import { describe, expect, it } from 'vitest';
import { recap } from '../../../../electron/core/agent/offline/intent/rules/recap.ts';
import { context } from '../rule-context.ts';

describe('rule: recap', () => {
  it('asks what was just done, of any kind or of one', () => {
    expect(recap.extract('what did you change it to', context())).toEqual({
      type: 'recap',
      deed: 'update',
    });
    expect(recap.extract('what did I just delete', context())).toEqual({
      type: 'recap',
      deed: 'delete',
    });
    expect(recap.extract('what did you do', context())).toEqual({ type: 'recap' });
    expect(recap.extract('what just happened', context())).toEqual({ type: 'recap' });
  });

  it('leaves "what have I finished?" to the list of finished tasks', () => {
    expect(recap.extract('what have I finished', context())).toBeUndefined();
    expect(recap.extract('what did I complete', context())).toBeUndefined();
  });
});

it('"wait, which one did you tick?" asks what was just done', () => {
  expect(recap.extract('wait, which one did you tick', context())).toMatchObject({
    type: 'recap',
    deed: 'complete',
  });
});
