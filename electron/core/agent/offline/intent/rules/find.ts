// "Anything about the car on my list?", "find the trip tasks", "which tasks mention the landlord?"
import type { Intent, Rule } from '../types.ts';

const LIST_TAIL = /\s+(?:on|in)\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks)$/i;

export const find: Rule = {
  name: 'find',
  specificity: 66,
  extract: (s): Intent | undefined => {
    const t = s.replace(LIST_TAIL, '');
    const m =
      t.match(
        /^(?:do i have|have i got|is there|are there|got)\s+(?:anything|any tasks?|something|any)\s+(?:about|on|regarding|to do with|related to|for|with)\s+(.+)$/i,
      ) ??
      t.match(
        /^(?:anything|any tasks?)\s+(?:about|on|regarding|to do with|related to|mentioning)\s+(.+)$/i,
      ) ??
      t.match(
        /^(?:find|search(?: for)?|look for|look up)\s+(?:my\s+|the\s+)?(?:tasks?\s+)?(?:about|for|with|on|mentioning)?\s*(.+?)(?:\s+tasks?)?$/i,
      ) ??
      t.match(
        /^(?:which|what)\s+tasks?\s+(?:mention|are about|is about|contain|talk about)\s+(.+)$/i,
      );
    return m ? { type: 'find', text: m[1]!.replace(/^(?:the|my)\s+/i, '') } : undefined;
  },
};
