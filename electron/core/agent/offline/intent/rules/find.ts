// "Anything about the car on my list?", "find the trip tasks", "tasks w/ 'tap'", "did I already
// add something about car insurance?"
import type { Intent, Rule } from '../types.ts';

const LIST_TAIL = /\s+(?:on|in)\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks)$/i;
const PATTERNS = [
  /^(?:do i have|have i got|is there|are there|got)\s+(?:anything|any tasks?|something|any|a task|a todo|one)\s+(?:to do\s+)?(?:about|regarding|to do with|related to|for|with)\s+(.+)$/i,
  /^(?:anything|any tasks?)\s+(?:about|regarding|to do with|related to|mentioning|for)\s+(.+)$/i,
  // "what have I got for Park Street?", "what's there for the wedding?"
  /^what(?:'ve|\s+have|\s+do)?\s+(?:i|we)\s+(?:got|have)\s+(?:on\s+)?(?:for|about|at)\s+(.+)$/i,
  /^(?:any\s+)?(?:tasks?|items?|anything)\s+(?:w\/|with|containing|mentioning|that mention|that say)\s+(.+?)(?:\s+in\s+(?:them|it))?$/i,
  /^(?:did|have)\s+(?:i|we)\s+(?:already\s+)?(?:add(?:ed)?|put|write|note|create)\s+(?:something|anything|a task|any tasks?)\s+(?:about|for|on|regarding)\s+(.+)$/i,
  /^(?:find|search(?: for)?|look for|look up)\s+(?:my\s+|the\s+)?(?:tasks?\s+)?(?:about|for|with|on|mentioning)?\s*(.+?)(?:\s+tasks?)?$/i,
  /^(?:which|what)\s+tasks?\s+(?:mention|are about|is about|contain|talk about)\s+(.+)$/i,
  // "which one is about car?", "which task is for the trip?"
  /^which\s+(?:one|ones|task|tasks|item|items)\s+(?:is|are|was)\s+(?:about|for|to do with|related to)\s+(?:the\s+|my\s+)?(.+)$/i,
  // "what's the gate code again?", "remind me what the wifi password is": something written down
  /^(?:(?:can you\s+|could you\s+)?remind me\s+)?what(?:'s|\s+is|\s+was)\s+(?:the|my|our|that)\s+(.+?)\s+again$/i,
  /^(?:(?:can you\s+|could you\s+)?remind me\s+)what\s+(?:the|my|our)\s+(.+?)\s+(?:is|was)$/i,
];

export const find: Rule = {
  name: 'find',
  specificity: 69,
  extract: (s): Intent | undefined => {
    const t = s
      .replace(LIST_TAIL, '')
      .replace(
        /\s+(?:on|in)\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks)(?=\s+(?:about|regarding|to do with|related to|for|with|mentioning)\s)/i,
        '',
      );
    for (const pattern of PATTERNS) {
      const m = t.match(pattern);
      if (m)
        return {
          type: 'find',
          text: m[1]!.replace(/^(?:the|my)\s+/i, '').replace(/^["'`](.*)["'`]$/, '$1'),
        };
    }
    return undefined;
  },
};
