// The answer to the assistant's "what should it say?" after "rename the tap task" or "add some
// details to task 2": whatever comes next, unless it is a request of its own.
import type { Intent, Rule } from '../types.ts';
import { alt, rx, VERBS } from '../vocabulary.ts';

const COMMAND = rx`^${alt([...VERBS.complete, ...VERBS.reopen, ...VERBS.delete, ...VERBS.rename, ...VERBS.undo, 'mark', 'show', 'list', 'what', 'how', 'never mind', 'cancel', 'forget it'])}\\b`;

export const value: Rule = {
  name: 'value',
  specificity: 89,
  extract: (s, { dialogue, sentence }): Intent | undefined => {
    // ("what should the task say?" … "to drop the keys off": the task, whatever its verb)
    // ("…" … "cancel the window company", "clear the gutters": a deed with a thing of the
    // world is the task; "mark task 2 done", "delete that one" are requests of their own)
    const toDo =
      dialogue.awaitingValue === 'add' &&
      (/^\s*(?:(?:um+|er+|oh|ok|okay)[,\s]+)*to\s+\S/i.test(sentence) ||
        (/^(?!(?:what|how|show|list|never mind|forget it|undo|mark)\b)\p{L}+\s+(?:the|a|an|my|our|some|his|her|their)\s+\S/iu.test(
          s,
        ) &&
          !/\b(?:one|ones|task|tasks|item|items|todo|reminder|list)\b/i.test(s)));
    if (!dialogue.awaitingValue || (COMMAND.test(s) && !toDo)) return undefined;
    const text = s
      .replace(
        /^(?:to|as|(?:it\s+)?should (?:say|be|read)|say|read|make it say|it's|it is|call it|make it|name it|(?:the |its |it's )?(?:new )?(?:title|name|description|note) (?:is|should be|should say|will be|needs to be|to be)|just)\b\s*[:-]?\s*/i,
        '',
      )
      .trim()
      .replace(/^(["'`])(.+)\1$/s, '$2');
    return text ? { type: 'value', text } : undefined;
  },
};
