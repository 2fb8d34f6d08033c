// "Put the passport task back on the list": reopen it if it was done (a deleted one comes back
// with undo).
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';

export const putBack: Rule = {
  name: 'put-back',
  specificity: 84,
  extract: (said, context): Intent | undefined => {
    // "mark all the buy ones done" … "except formula, we're still out of that"; "delete the
    // packing tasks" … "actually keep the books one as well": one of those, put back
    const kept =
      context.dialogue.lastAction === 'complete' || context.dialogue.lastAction === 'delete'
        ? /^(?:(?:oh|ah|wait|no|actually|sorry|but|and|oops|hmm|hang on)[,!.\s]+)*(?:except(?:\s+for)?|apart\s+from|but\s+not|bar|other\s+than|(?:please\s+)?(?:keep|leave)(?!\s+(?:it|that|them|those)\b))\s+(?!(?:it|that|them|those|this|everything|all|the\s+(?:rest|others|remainder|lot))\b)([^,;.!?]+?)(?:\s+(?:as\s+well|too|also|though|then))?(?:\s*[,;.!-]+\s*.*)?$/i.exec(
            said,
          )
        : null;
    // ("leave the kettle deleted": it stays gone, nothing to do)
    if (
      kept &&
      /\s(?:deleted|gone|removed|binned|off|out|in\s+the\s+(?:bin|trash))$/i.test(kept[1]!)
    )
      return { type: 'dismiss' };
    if (kept && !/\b(?:on|in)\s+(?:my|the)\s+list$/i.test(kept[1]!))
      return { type: 'put-back', ref: parseRef(kept[1]!) };
    // "delete the landlord and the flowers" … "sorry, not the landlord, I want it back"; "wait,
    // I still need the furnace one": that one was not meant
    const notThat =
      context.dialogue.lastAction === 'complete' || context.dialogue.lastAction === 'delete'
        ? /^(?:(?:oh|ah|wait|no|nope|actually|sorry|oops|hang on|hmm)[,!.\s]+)*(?:not(?=\s+(?:the|my|our|that|this)\s)|(?:but\s+)?i\s+still\s+(?:need|want)|we\s+still\s+(?:need|want))\s+(?!(?:it|that|them|those|this|everything|all|yet|now|done|really|quite|so|sure|to)\b)([^,;.!?]+?)(?:\s*[,;.!-]+\s*(?:(?:i|we)\s+(?:still\s+)?(?:want|need)\s+(?:it|that|that one|this one)(?:\s+back)?|(?:please\s+)?(?:keep|leave|put|bring)\s+(?:it|that|that one|this one)(?:\s+back)?|(?:it|that)\s+(?:stays|can stay|needs to stay))(?:\s+(?:please|on the list|after all|again))*)?[.!]*$/i.exec(
            said,
          )
        : null;
    if (notThat && !/\b(?:on|in)\s+(?:my|the)\s+list$/i.test(notThat[1]!))
      return { type: 'put-back', ref: parseRef(notThat[1]!) };
    // "delete tasks 1 and 3" … "restore the weather station one": that one back
    const restore =
      context.dialogue.lastAction === 'delete'
        ? /^(?:(?:on reflection|actually|oh|wait|no|sorry|hmm)[,\s]+)*(?:(?:please|pls|can you|could you)\s+)?(?:restore|undelete|un-delete|recover|reinstate|bring back)\s+(?!(?:it|that|this|them|those|everything|all)\b)([^,;.!?]+?)(?:\s+(?:please|pls|too|as well))?(?:\s*[,;.!-]+\s*.*)?$/i.exec(
            said,
          )
        : null;
    if (restore) return { type: 'put-back', ref: parseRef(restore[1]!) };
    // "remove nori and rice cooker" … "wait, rice cooker back please, only nori gone"
    const wantedBack =
      context.dialogue.lastAction === 'complete' || context.dialogue.lastAction === 'delete'
        ? /^(?:(?:oh|ah|wait|no|actually|sorry|oops|hang on|hmm)[,!.\s]+)*(?!(?:it|that|them|those|this|go|come|get|call|ring|phone|text|email|write|pay|give|send|bring|put|i|we|you|he|she|they)\b)((?:\S+\s+){0,3}\S+?)\s+back(?:\s+(?:please|pls|on the list|on|again|too))*(?:\s*[,;.!]+\s*(?:(?:only|just)\s+.+|thanks|cheers|please)?)?$/i.exec(
            said,
          )
        : null;
    if (
      wantedBack &&
      // ("the asos one went back too": news of a parcel, not a wish)
      !/\b(?:went|gone|go|goes|going|came|come|comes|sent|send|is|are|was|were|be|been|got|get|gets|take|took|taken|pay|paid|call|called|ring|rang|get|moved|move|pushed|push|put|brought|bring|give|gave|given)\b|(?:ed|'s)$/i.test(
        wantedBack[1]!,
      ) &&
      /\b(?:please|pls|on the list|back on)\b|^(?:oh|ah|wait|no|actually|sorry|oops|hang on|hmm)\b/i.test(
        said,
      )
    )
      return { type: 'put-back', ref: parseRef(wantedBack[1]!) };
    // ("and please add another: take the library books back": a deed to add, asked for)
    if (
      /^(?:(?:and|also|oh|ok|okay)[,\s]+)*(?:(?:please|pls|can you|could you)\s+)?(?:add|new task|todo|to-do|remind me|note down|jot down)\b/i.test(
        said,
      )
    )
      return undefined;
    // ("no put it back, sorry wrong one, it's the dentist that's done": a correction, which puts
    // it back and does it to the one meant: correction.ts)
    if (
      /^(?:(?:wait|no|nope|oh|actually|sorry|oops)[,!.\s]+)*put (?:it|that) back[,;.!\s-]+(?:(?:sorry|oops|wrong one|my bad|my mistake)[,;.!\s-]+)*(?:it's|it is|it was|i meant|i mean)\s/i.test(
        said,
      )
    )
      return undefined;
    // "put the knives back on, the boning knife still needs doing": the reason isn't the task.
    const s = said
      // ("wait no put the grapes back": the change of mind, then what is meant)
      .replace(/^(?:(?:wait|no|nope|nah|oh|actually|sorry|oops|hang on|hold on|hmm)[,!.\s]+)+/i, '')
      .replace(/,\s*(?=(?:\S+\s+){2,}\S).*$/, '');
    // ("…, it bounced": the clause after the comma says why)
    const m = [s, s.replace(/,.*$/, '')]
      .map((clause) =>
        clause.match(
          /^(?:put|bring|add|move|send)\s+(.+?)\s+back(?:\s+(?:on|onto|in|into|to)(?:\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks|to-?do list|to-?dos|todo))?(?:\s+(?:pending|to-?do|open|active|undone|not done))?)?(?:\s+again)?$/i,
        ),
      )
      .find(Boolean);
    // ("add call the health inspector back": a task to call them back, with no list to go back on)
    if (
      m &&
      // ("put a note on it: use the one from the back": a note, said after the colon)
      !/[:=]|^(?:a|the|this|that)?\s*(?:note|description|comment|desc)\b/i.test(m[1]!) &&
      !(
        /^add\b/i.test(s) &&
        /\bback$/i.test(s) &&
        /^(?:call|ring|phone|text|email|message|get|pay|write|bring|give|send)\b/i.test(m[1]!)
      )
    )
      return { type: 'put-back', ref: parseRef(m[1]!) };
    // "on reflection, I should like it back", "I want the piano one back"
    const want = s.match(
      /^(?:(?:on reflection|actually|hmm|on second thought(?:s)?|thinking about it)[,\s]+)*(?:i(?:'d| would| should)\s+(?:like|love)|i\s+want|can i have)\s+(it|that|them|that one|.+?)\s+back(?:\s+(?:please|after all|again))?$/i,
    );
    if (want) return { type: 'put-back', ref: parseRef(want[1]!) };
    // "bring back the plumber task", "put back the task I just deleted"
    const back = s.match(
      /^(?:put|bring|get)\s+back\s+(.+?)(?:\s+(?:on|onto|to)\s+(?:my|the)\s+list)?$/i,
    );
    if (!back) return undefined;
    if (
      /^(?:the\s+)?(?:task|one|thing)\s+(?:i|you)\s+(?:just\s+)?(?:deleted|removed)$/i.test(
        back[1]!,
      )
    )
      return { type: 'undo' };
    return { type: 'put-back', ref: parseRef(back[1]!) };
  },
};
