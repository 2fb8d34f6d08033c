// Right after adding or changing a task, a message made only of details sets them on it: "due
// in 4 days", "for the 14th at 9am", "and give it low priority", "tag it work", "every Friday",
// "it's urgent" — and puts them right: "no wait, Tuesday", "actually 7", "sorry, I meant p3".
import { parseQuickAdd } from '../../../../time/quick-add.ts';
import type { Intent, Rule } from '../types.ts';

type Cleared = 'date' | 'time' | 'priority' | 'repeat' | 'labels';
const CLEARS: [Cleared, RegExp][] = [
  ['time', /\b(?:no|without(?: a| the)?|remove the|clear the|drop the)\s+time\b/i],
  [
    'date',
    /\b(?:no|without(?: a)?|remove the|clear the|drop the)\s+(?:due\s+)?(?:date|deadline)(?:\s+(?:needed|again|after all))?\b/i,
  ],
  [
    'priority',
    /\b(?:no|remove the|clear the|drop the)\s+priority\b|\bnot (?:that |so )?urgent(?: any ?more)?\b/i,
  ],
  [
    'repeat',
    /\b(?:don't|do not|doesn't need to|no need to)\s+(?:make it\s+)?repeat\b|\bstop repeating\b|\bno (?:more )?repeat(?:s|ing)?\b|\bjust (?:the )?once\b/i,
  ],
  ['labels', /\b(?:no|remove the|clear the|drop the)\s+(?:tags?|labels?)\b/i],
];

/** Words around the details that say nothing themselves. */
const LEAD =
  /^(?:(?:no|nope|wait|actually|sorry|oops|oh|ah|hmm|and|also|plus|then|ok|okay|i mean|i meant|make that|(?:let's |lets )?make it(?: for)?|(?:change|set|switch|update|move) (?:it|that|the (?:time|date|day|due date|deadline|priority|repeat))(?: to| for| on| at)?|set (?:it|that) (?:for|to)|move it to|(?:put|leave|keep) (?:it|that)(?: for| on| at| as)?|it's|it is|its|it should be|should be|that's|due|give it|give that|and give it|remind me(?: about it| about that| of it)?|for|on|at|just|please)\b[\s,:!—–-]*|[—–-]+\s*)+/i;
const TAIL =
  /(?:[\s,]*(?:instead|please|pls|then|thanks|thank you|too|as well|actually|(?:is|would be|will do) (?:fine|ok|okay|better|enough)|going forward|from now on|(?:on|for) (?:that|this|it)(?: one)?|not .*))+$/i;

// Any fixed day will do: the rule only asks whether the words are all details.
const SHAPE_DAY = new Date(2026, 0, 5, 12);

export const details: Rule = {
  name: 'details',
  specificity: 87,
  extract: (s, { dialogue, question, sentence }): Intent | undefined => {
    if (question || !dialogue.lastAction) return undefined;
    const said = (sentence || s).replace(/[.!]+$/, '').trim();
    // After ticking off a repeating task: "and make it 7pm from now on"
    const onwards = /\b(?:from now on|going forward|in future|next time)\b/i.test(said);
    if (!['add', 'update'].includes(dialogue.lastAction) && !onwards) return undefined;
    let text = said;
    // "no time, just the date", "remove the priority", "don't make it repeat": cleared
    const clear: Cleared[] = [];
    for (const [field, re] of CLEARS) {
      const m = re.exec(text);
      if (!m) continue;
      clear.push(field);
      text = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.trim();
    }
    let rest = text
      .replace(/^[\s,]+/, '')
      .replace(TAIL, '')
      .replace(LEAD, '')
      .trim();
    rest = rest
      .replace(/^(?:[,\s]|but\b|and\b|just\b|only\b|(?:the\s+)?date\b)+|[,\s]+$/gi, '')
      .trim();
    // "actually 7pm", "no wait, 3:30": a time (a bare number may be a count or a task number)
    if (/^\d{1,2}(?::\d{2}|\s*(?:am|pm))$/i.test(rest)) rest = `at ${rest}`;
    // "tag it work", "label it errands": a label said without "#"
    rest = rest.replace(/^(?:tag|label)\s+(?:it|that)\s+(?:as\s+|with\s+)?#?(?=\p{L})/iu, '#');
    // (", same time": the time it had)
    rest = rest.replace(/[\s,]+same time$/i, '').replace(/^only\s+/i, '');

    if (!rest) {
      return clear.length > 0
        ? { type: 'details', ref: { kind: 'focus' }, text: '', clear }
        : undefined;
    }
    const read = parseQuickAdd(rest, { now: SHAPE_DAY, detailsOnly: true });
    // ("urgent and due today", "#garden and make it p3": the small words between details)
    const left = read.title
      .replace(/\b(?:and|also|plus|then|make it|make that|but|with|it|too)\b|[,&]/gi, ' ')
      .trim();
    if (left !== '' || read.parts.length === 0) return undefined;
    // After a change of words (a note, a title), "actually after 6pm" puts those words right;
    // only details said as such ("due …", "p2", "#work", "every …") are details then.
    if (
      dialogue.lastAction === 'update' &&
      !dialogue.lastTimed &&
      !/\b(?:due|priority|prio|urgent|tag|label|every|each|daily|weekly|monthly|yearly|repeat)\b|#|\bp[1-4]\b/i.test(
        rest,
      )
    )
      return undefined;
    // "actually label it personal instead": that label in place of the ones it had
    if (
      read.labels.length > 0 &&
      /^(?:actually|no|nope|sorry|oops)\b|\binstead$/i.test(said) &&
      !clear.includes('labels')
    )
      clear.push('labels');
    return {
      type: 'details',
      ref: { kind: 'focus' },
      text: rest,
      ...(clear.length > 0 ? { clear } : {}),
      ...(read.parts.every((p) => p.kind === 'date' || p.kind === 'repeat') &&
      /\b(?:too|also|as well)\b|^and\b/i.test(said)
        ? { also: true as const }
        : {}),
    };
  },
};
