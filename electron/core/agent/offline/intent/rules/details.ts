// Right after adding or changing a task, a message made only of details sets them on it: "due
// in 4 days", "for the 14th at 9am", "and give it low priority", "tag it work", "every Friday",
// "it's urgent" — and puts them right: "no wait, Tuesday", "actually 7", "sorry, I meant p3".
import { parseQuickAdd } from '../../../../time/quick-add.ts';
import type { Intent, Rule } from '../types.ts';

/** Words around the details that say nothing themselves. */
const LEAD =
  /^(?:(?:no|nope|wait|actually|sorry|oops|oh|ah|hmm|and|also|plus|then|ok|okay|i mean|i meant|make that|make it|change it to|change that to|set it (?:for|to)|set that (?:for|to)|move it to|put it (?:for|on|at)|it's|it is|its|it should be|should be|that's|due|give it|give that|and give it|remind me(?: about it| about that| of it)?|for|on|at|just|please|the)\b[\s,:!-]*)+/i;
const TAIL = /[\s,]*(?:instead|please|pls|then|thanks|thank you|too|as well|not .*)$/i;

// Any fixed day will do: the rule only asks whether the words are all details.
const SHAPE_DAY = new Date(2026, 0, 5, 12);

export const details: Rule = {
  name: 'details',
  specificity: 87,
  extract: (s, { dialogue, question, sentence }): Intent | undefined => {
    if (question || !dialogue.lastAction || !['add', 'update'].includes(dialogue.lastAction))
      return undefined;
    const said = (sentence || s).replace(/[.!]+$/, '').trim();
    let rest = said.replace(LEAD, '').replace(TAIL, '').trim();
    // "actually 7pm", "no wait, 3:30": a time (a bare number may be a count or a task number)
    if (/^\d{1,2}(?::\d{2}|\s*(?:am|pm))$/i.test(rest)) rest = `at ${rest}`;
    // "tag it work", "label it errands": a label said without "#"
    rest = rest.replace(/^(?:tag|label)\s+(?:it|that)\s+(?:as\s+|with\s+)?#?(?=\p{L})/iu, '#');
    if (!rest) return undefined;
    const read = parseQuickAdd(`x ${rest}`, { now: SHAPE_DAY });
    if (read.title !== 'x' || read.parts.length === 0) return undefined;
    // After a change of words (a note, a title), "actually after 6pm" puts those words right;
    // only details said as such ("due …", "p2", "#work", "every …") are details then.
    if (
      dialogue.lastAction === 'update' &&
      !/\b(?:due|priority|prio|urgent|tag|label|every|each|daily|weekly|monthly|yearly|repeat)\b|#|\bp[1-4]\b/i.test(
        rest,
      )
    )
      return undefined;
    return { type: 'details', ref: { kind: 'focus' }, text: rest };
  },
};
