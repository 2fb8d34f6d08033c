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

  it.each([
    ['Mr Ahmed cancelled the viewing so take that off', 'Mr Ahmed cancelled the viewing'],
    // ("forget that one" names nothing: the clause before it does)
    ['Jen got her own coffee so forget that one, delete it', 'Jen got her own coffee'],
  ])('"%s": the clause before "so" names the task', (text, about) => {
    expect(compound.extract(text, context())).toEqual({
      type: 'delete',
      ref: { kind: 'focus', context: about },
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
