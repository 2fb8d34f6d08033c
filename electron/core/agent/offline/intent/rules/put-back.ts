// "Put the passport task back on the list": reopen it if it was done (a deleted one comes back
// with undo).
import { parseRef } from '../references.ts';
import type { Rule } from '../types.ts';

export const putBack: Rule = {
  name: 'put-back',
  specificity: 84,
  extract: (said) => {
    // "put the knives back on, the boning knife still needs doing": the reason isn't the task.
    const s = said.replace(/,\s*(?=(?:\S+\s+){2,}\S).*$/, '');
    const m = s.match(
      /^(?:put|bring|add|move)\s+(.+?)\s+back(?:\s+(?:on|onto|in|into|to)(?:\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks|to-?do list))?)?(?:\s+again)?$/i,
    );
    return m ? { type: 'put-back', ref: parseRef(m[1]!) } : undefined;
  },
};
