// Yes or no, when the assistant has asked for one.
import { isAffirmative, isNegative } from '../../../confirmation-words.ts';
import type { Rule } from '../types.ts';

export const confirmation: Rule = {
  name: 'confirmation',
  specificity: 98,
  extract: (s, { dialogue }) => {
    if (!dialogue.awaitingConfirmation) return undefined;
    if (isNegative(s)) return { type: 'no' };
    if (isAffirmative(s)) return { type: 'yes' };
    return undefined;
  },
};
