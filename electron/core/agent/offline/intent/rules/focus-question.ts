// Right after a question about a task, another that asks about "it" or "they" and names no task
// or field ("where was it found?", "what colours did they want?", "how much cash was it
// again?") asks what was written down about that task: its note.
import type { Intent, Rule } from '../types.ts';

const AFTER = new Set(['status', 'show', 'note', 'find', 'when']);
const ASKS =
  /^(?:(?:ok(?:ay)?|and|so|right|cool|great|thanks|ta)[,\s]+)*(?:where|who|whom|whose|what(?!\s+about\b)|which|how much|how many|how long|how big|why)\b/i;
const ABOUT_IT = /\b(?:it|its|they|them|their|he|she|him|her|his|hers)\b/i;
/** Words that make it a question about the list or a field, which other rules answer. */
const ELSEWHERE =
  /\b(?:you|tasks?|list|left|pending|done|finished|completed|due|overdue|to ?do|jobs|things|items|add(?:ed)?|change[ds]?|remove[ds]?|delete[ds]?|priority|repeats?|repeating|labels?|tags?|date|deadline|time|day|note|notes|description|number \d+|task \d+)\b/i;

export const focusQuestion: Rule = {
  name: 'focus-question',
  specificity: 82,
  extract: (s, { dialogue }): Intent | undefined => {
    // (or right after changing it: a note just written, "what's his number again?")
    const afterChange = dialogue.lastAction === 'update' && !/\b(?:called|name|title)\b/i.test(s);
    if (!(dialogue.lastAsked && AFTER.has(dialogue.lastAsked)) && !afterChange) return undefined;
    if (!ASKS.test(s) || !ABOUT_IT.test(s) || ELSEWHERE.test(s)) return undefined;
    return { type: 'show', ref: { kind: 'focus' }, about: 'description' };
  },
};
