// Undo the last change: "undo", "scratch that", "take that back", "revert", "ctrl-z".
import { parseRef } from '../references.ts';
import type { Rule } from '../types.ts';

const RESTORE_DELETED =
  /^(?:.*[,;.!]\s*)?(?:(?:please|pls|can you|could you)\s+)?(?:return|restore|recover|undelete|bring back|put back|get back|give back)(?:\s+(?:it|that|this|them|those|that one|(?:the|that|my)\s+(?:task|one|item|job)))?(?:\s+(?:back|please|pls|again))*$/i;

const UNDO_DELETE =
  /^(?:(?:please|pls|can you|could you)\s+)?(?:undo|reverse|revert|cancel|take back)\s+(?:the|that|my|your)\s+(?:last\s+)?(?:delete|deletion|removal|delete action)$|^undelete$/i;

/** "undo both", "undo the last two", "undo all three": how many changes back. */
const UNDO_SEVERAL =
  /^(?:(?:actually|no|oh|oops|wait|sorry|hmm)[,\s]+)*(?:undo|revert|reverse|take back)\s+(?:both|both of (?:them|those)|the last (two|three|2|3)(?: changes| ones)?|(?:all\s+)?(two|three)(?: of them)?|those two|them both)(?:\s+(?:please|then|changes))?$/i;

export const undo: Rule = {
  name: 'undo',
  specificity: 85,
  extract: (said, context) => {
    const several = UNDO_SEVERAL.exec(said);
    if (several) {
      const n = (several[1] ?? several[2] ?? 'two').toLowerCase();
      return { type: 'undo', count: n === 'three' || n === '3' ? 3 : 2 };
    }
    // "undo the organist one, the transfer bounced" after ticking two: only that one's part
    const named =
      /^(?:(?:actually|no|oh|oops|wait|sorry|hmm)[,\s]+)*(?:undo|revert|reverse)\s+(?:it\s+)?(?:for\s+|on\s+)?((?:the|my)\s+(?!last\b|whole\b|lot\b)\S.{0,40}?\s+(?:one|task|item|bit)|task\s*#?\d+|#\d+)(?:\s+(?:only|please))?(?:\s*[,;.]\s*.*)?$/i.exec(
        said,
      );
    const last = context.dialogue.lastAction;
    if (named && (last === 'complete' || last === 'reopen' || last === 'delete')) {
      const ref = parseRef(named[1]!);
      return last === 'complete'
        ? { type: 'reopen', ref }
        : last === 'reopen'
          ? { type: 'complete', ref }
          : { type: 'put-back', ref };
    }
    return undoOne(said, context);
  },
};

const undoOne: Rule['extract'] = (said, { dialogue }) =>
  // "did I confirm the fitting?" … "I didn't actually, she never picked up": not done after all
  dialogue.lastAsked === 'status' &&
  /^(?:(?:actually|no|nope|hmm|oh|ah|well)[,!.\s]+)*(?:i|we)\s+(?:didn't|did not|haven't|have not)(?:\s+(?:actually|yet|after all))?(?:[,;.!\s-]|$)/i.test(
    said,
  )
    ? { type: 'reopen', ref: { kind: 'focus' } }
    : // "undo the delete", "undelete": the last deletion, even with other changes since
      UNDO_DELETE.test(said)
      ? { type: 'undo', deleted: true }
      : // "no sorry, is my mistake, return it please", "I still need that, restore it" after a delete
        (dialogue.lastAction === 'delete' &&
            (RESTORE_DELETED.test(said) ||
              // "actually no, keep it", "leave that one": it stays on the list after all
              /^(?:(?:actually|no|nope|wait|oh|hmm|sorry|oops|on second thought)[,!.\s]+)*(?:keep|leave)\s+(?:it|that|this|them|that one|this one)(?:\s+(?:then|after all|please|pls|for now|on the list|there|where it was))*$/i.test(
                said,
              ) ||
              // "can I get that back?", "could you bring it back"
              /^(?:can|could)\s+(?:i|we|you)\s+(?:(?:please|pls)\s+)?(?:get|have|bring|put)\s+(?:it|that|this|them|that one)\s+back(?:\s+(?:please|pls))?$/i.test(
                said,
              ))) ||
          // "undo, I meant I fed the cat": the undo is part of a correction (correction.ts)
          (!/\b(?:undo|scratch|revert|cancel|belay|put it back)(?:\s+(?:that|it))?[,;.!\s-]+(?:(?:wrong one|wrong task|not that one|my bad|sorry|oops)[,;.!\s-]+)*(?:(?:only|just)\s+(?:the|my)\s|i\s+meant|i\s+mean|it\s+was(?!\s+(?:right|fine|correct|ok|okay|good|better)\b)|it's(?!\s+(?:right|fine|correct|ok|okay|good|better)\b)|make it|make that|change it to|call it|it should be)\b|\b(?:i\s+)?(?:was thinking of|was thinking about)\b/i.test(
            said,
          ) &&
            // "sorry, wrong, not finish yet, undo", "wait no they haven't replied, undo"
            // "actually no, don't add that", "hmm no, leave it as pizza", "wait no I didn't"
            (/^(?:(?:actually|no|nope|hmm|wait|oh|sorry|oops|never ?mind|nvm|hang on|hold on|ah)[,!.\s]+)*(?:(?:don't|do not|dont)\s+(?:bother\s+)?(?:add|adding|do|doing|change|changing|delete|deleting|remove|removing|rename|renaming|mark|marking)\s+(?:that|it|this)(?:\s+(?:after all|then))?(?:[,;]\s+.*)?|leave it(?:\s+as\s+(?:it was|.+))?|keep it(?:\s+as\s+(?:it was|.+))|(?:i|we)\s+(?:didn't|did not|haven't|have not)(?:\s+(?:actually|yet|after all))?(?:[,;]\s+.*)?)$/i.test(
              said,
            ) ||
              /[,;.!]\s*(?:(?:please|pls|so)\s+)?undo(?:\s+(?:it|that|this|please|pls|the last one))?$/i.test(
                said,
              ) ||
              /^(?:(?:ctrl|cmd|control|command)\s?[-+]?\s?z|undo|revert|reverse|roll ?back|scratch that|cancel that|take that back|nevermind that)\b(?!(?:\s+(?:it|that|this|the last(?: one)?|my last(?: one| change)?))?\s*(?:[,;&]|\band\b|\bthen\b)\s*(?:then\s+|and\s+)?(?:tick|mark|check|cross|delete|remove|reopen|untick|add|put|move|push|rename|change|do|set|make|take|tag|untag|label|give)\b)(?!\s+(?:the\s+)?(?:completion|complete|completing|done|tick|ticks|check|checkmark|ticking)\b)(?!\s+(?:it|that|this|them|those)(?:\s+back)?\s+(?:to|as)\s+(?:not\s+)?(?:done|undone|open|pending|outstanding|incomplete|unfinished|to do)\b)|^(?:take|put|bring|get|change) (?:it|that|this|them|those) back\b(?!\s*(?:,|and|then|&)\s*(?:then\s+)?(?:delete|remove|bin|tick|mark|add|move|rename|change|do|set|cross|get rid of)\b)(?!\s+(?:to|as)\s+(?:not\s+)?(?:done|undone|open|pending|outstanding|complete|completed|finished|incomplete)\b)|^(?:restore|unde?lete|recover) (?:it|that|this|them|those|the last one|what i deleted)\b(?!\s+(?:to|as)\s+(?:not\s+)?(?:done|undone|open|pending|outstanding|incomplete|to do)\b)|\bundo (?:that|it|this|the last|my last)\b(?!\s*(?:[,;&]|\band\b|\bthen\b)\s*(?:then\s+|and\s+)?(?:tick|mark|check|cross|delete|remove|reopen|untick|add|put|move|rename|change|do|take|tag|untag|label|set|make|give)\b)|^go back(?: to (?:what it was|how it was|the old (?:one|name|title|version)|before))?(?:\s*,\s*(?:it|that|the old one)\s+was\b.*)?$|^(?:change|set|put|turn|switch) (?:it |that )?back(?: to (?:what it was|how it was|the old (?:name|title)))?(?: please)?$|^(?:never ?mind|forget it),? (?:bring|put) it back\b|^(?:(?:never ?mind|nvm)[,\s]+)?forget (?:about )?(?:it|that|this)(?: one)?$|^(?:never ?mind|nvm|belay) (?:that|it)(?:\s*[,;.]\s*(?:we|i)\s+(?:don't|do not|won't)\s+need\s+(?:it|that|one|them)(?:\s+(?:after all|any ?more))?)?$|^(?:that|that last one|the last one|that one)\s+(?:was|is)\s+(?:a\s+)?(?:mistake|wrong|an error)\b/i.test(
                said.replace(
                  /^(?:(?:no|wait|oops|sorry|actually|hmm|ah|oh|whoops|omg|ugh|bruh|my bad|wrong one|wrong task|not that one|(?:my\s+|a\s+)?mistake|please|pls|kindly)[,!.\s]+)+/i,
                  '',
                ),
              )))
        ? { type: 'undo' }
        : undefined;
