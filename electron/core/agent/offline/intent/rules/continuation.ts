// "and the meeting one too", "same for task 3", "one more: call the vet": the last action again.
import { tidyTitle } from '../normalize.ts';
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';

export const continuation: Rule = {
  name: 'continuation',
  specificity: 10,
  extract: (s, { dialogue }): Intent | undefined => {
    const m =
      s.match(
        /^(?:and|also|plus|same for|same with|same goes for|same thing for|do the same (?:for|with)|and also|as well as|and then|one more|another one|another|and another|and one more)[:,]?\s+(.+?)(?:\s+(?:too|to|as well|also))?$/i,
      ) ?? s.match(/^(.+?)\s+(?:too|as well)$/i);
    if (!m) return undefined;
    const rest = m[1]!.replace(/^(?:also|and|the same for)\s+/i, '');
    if (!dialogue.lastAction) {
      // "one more: call the vet" with nothing before it is simply a new task.
      return /^(?:one more|another)/i.test(s) ? { type: 'add', title: tidyTitle(rest) } : undefined;
    }
    return { type: 'again', ref: parseRef(rest) };
  },
};
