import { describe, expect, it } from 'vitest';
import { compound } from '../../../../electron/core/agent/offline/intent/rules/compound.ts';
import { context } from '../rule-context.ts';

describe('rule: compound', () => {
  it('takes "it" from the clause before', () => {
    expect(
      compound.extract("I don't need the dry cleaning one anymore, delete it", context()),
    ).toEqual({
      type: 'delete',
      ref: { kind: 'focus', context: 'the dry cleaning one' },
    });
  });

  it('stays out when the first clause names its task', () => {
    expect(compound.extract("remove task 2, I don't need it", context())).toBeUndefined();
  });

  it('stays out of "no hang on, I meant mark it done" (a correction: correction.ts)', () => {
    expect(
      compound.extract('no hang on, I meant mark it done', context({ lastAction: 'delete' })),
    ).toBeUndefined();
  });
});
