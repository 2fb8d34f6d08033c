import { describe, expect, it } from 'vitest';
import { confirmation } from '../../../../electron/core/agent/offline/intent/rules/confirmation.ts';
import { context } from '../rule-context.ts';

describe('rule: confirmation', () => {
  it.each([
    ['yes please', { type: 'yes' }],
    ['no, leave it', { type: 'no' }],
  ] as [string, unknown][])('reads %s when the conversation allows it', (text, intent) => {
    expect(confirmation.extract(text, context({ awaitingConfirmation: true }))).toEqual(intent);
  });

  it.each(['yes'])('never reads %s out of context', (text) => {
    expect(confirmation.extract(text, context())).toBeUndefined();
  });
});
