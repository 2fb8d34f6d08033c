// What was just done: "what did you change it to?", "what did I just delete?", "what did you
// do?". Answered from the receipts of the last change in this conversation; never changes anything.
import type { Intent, Rule } from '../types.ts';

const DEEDS: Record<string, Extract<Intent, { type: 'recap' }>['deed']> = {
  add: 'add',
  added: 'add',
  create: 'add',
  created: 'add',
  delete: 'delete',
  deleted: 'delete',
  remove: 'delete',
  removed: 'delete',
  bin: 'delete',
  binned: 'delete',
  rename: 'update',
  renamed: 'update',
  change: 'update',
  changed: 'update',
  tick: 'complete',
  ticked: 'complete',
  complete: 'complete',
  completed: 'complete',
  finish: 'complete',
  finished: 'complete',
  mark: 'complete',
  marked: 'complete',
  reopen: 'reopen',
  reopened: 'reopen',
};

const RECAP = new RegExp(
  `^(?:(?:so|sorry|wait|hang on|um|erm|and|oh)[,\\s]+)*(?:what|which(?:\\s+(?:one|ones|task|tasks))?)\\s+(?:did|have|has)\\s+(you|i|we)\\s+(just\\s+)?(do|did|done|${Object.keys(DEEDS).join('|')})(?:\\s+(?:it|that|them|this|the (?:title|name|task|note)))?(?:\\s+(?:to|with|as|into|from (?:the|my) list))?(?:\\s+(?:just now|again|there|then|last|exactly|earlier))*$`,
  'i',
);
const LAST_THING =
  /^what\s+(?:was|is)\s+the\s+last\s+(?:thing|change)\s+(?:you|i|we)\s+(?:did|made|changed)$|^what\s+(?:just\s+)?happened$|^what\s+did\s+that\s+(?:do|change)$/i;

export const recap: Rule = {
  name: 'recap',
  specificity: 88,
  extract: (s) => {
    const m = s.match(RECAP);
    // ("what have I finished?" asks for the finished tasks: list.ts; "what did I just finish?"
    // and "what did I delete?" ask about a change)
    if (m && (m[1]!.toLowerCase() === 'you' || m[2] || DEEDS[m[3]!.toLowerCase()] === 'delete')) {
      const deed = DEEDS[m[3]!.toLowerCase()];
      return deed ? { type: 'recap', deed } : { type: 'recap' };
    }
    return LAST_THING.test(s) ? { type: 'recap' } : undefined;
  },
};
