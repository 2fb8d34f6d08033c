// "How many tasks do I have left?"
import type { TaskStatus } from '../../../../../shared/task.ts';
import type { Rule } from '../types.ts';

export const count: Rule = {
  name: 'count',
  specificity: 80,
  extract: (s, context) => {
    const t = s.toLowerCase();
    // "how much was the trip again?" asks what a note says (find.ts)
    // (and "how much deposit does the caterer want?": a sum in a note, not a count of tasks)
    if (
      /^how much\s+(?!(?:work|stuff|more|is left|left|to do|have i got|do i have|tasks?|things?|items?|jobs?|todos?)\b)(?:[\p{L}'-]+\s+){0,3}?(?:was|is|were|did|does|do|have|has|had|will|should|am|are|'s)\b/u.test(
        t,
      )
    )
      return undefined;
    // …and "how many seats did I book on the coach?" too (a count of seats, not of tasks)
    if (
      /^how many\s+(?!(?:tasks?|jobs?|things?|items?|ones?|todos?|to-dos?|chores?|errands?|of)\b)[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:did|do|have|had|am|are|will|would|should|must)\s+(?:i|we)\s+(?!(?:have|got|still|finish|complete|do|tick|check|cross|add|left)\b)/u.test(
        t,
      )
    )
      return undefined;
    // ("how many tulips was it for Mrs Green?": a number in a note)
    const counted =
      /^how many\s+([\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+(?:was|is|were|are|'s)\s+(?:it|that|there|they|those|she|he|we)\b/u.exec(
        t,
      );
    if (
      counted &&
      !/\b(?:tasks?|jobs?|things?|items?|ones?|todos?|to-dos?|chores?|errands?|of|open|pending|left|done|finished|completed|remaining|outstanding|overdue|urgent)\b/.test(
        counted[1]!,
      )
    )
      return undefined;
    // "how many music tasks have I got": a count of the tasks of that kind
    const kind =
      /^how many\s+#?([\p{L}][\p{L}\p{N}_-]*)\s+(?:tasks|jobs|things|items|ones)(?:\s+(?:have i got|do i have|are there|are left|are open|have i))?$/u.exec(
        t,
      );
    if (
      kind &&
      !/^(?:open|pending|done|finished|completed|remaining|outstanding|overdue|urgent|other|more|total|my|the|all)$/.test(
        kind[1]!,
      )
    )
      return { type: 'find', text: kind[1]!, count: true };
    // "how many jobs left for flat 4?": a count of the tasks those words find
    const about = t.match(
      /^how many\s+(?:(?:tasks|jobs|things|items|ones|todos)\s+)?(?:(?:are\s+)?(?:left|pending|open|to do|remaining|outstanding|done|finished|completed)\s+)?(?:do i have\s+)?(?:for|about|to do with|regarding|involving|mentioning)\s+(.+)$/,
    );
    if (
      about &&
      !/^(?:(?:my|the|our)\s+(?:whole\s+)?(?:list|tasks|to-?do list|to-?dos)\b|total\b|all\b|there\b)/.test(
        about[1]!,
      )
    ) {
      const done = /\b(?:done|finished|completed)\b/.test(t);
      const left = /\b(?:left|pending|open|to do|remaining|outstanding)\b/.test(t);
      return {
        type: 'find',
        text: s.slice(s.length - about[1]!.length),
        count: true,
        ...(done ? { status: 'completed' as const } : left ? { status: 'pending' as const } : {}),
      };
    }
    // "anything with 'renew' in it?" … "how many is that?": the tasks just found.
    if (
      // (or just listed for a "what's due…?": "what's tagged work?" … "how many is that?")
      (context.dialogue.lastAsked === 'find' || !!context.dialogue.agenda) &&
      /^how many(?: (?:is|was) (?:that|it)| are (?:they|those|these|there)| of (?:them|those|these)| (?:things|tasks|ones))?$/.test(
        t,
      )
    )
      return { type: 'count', status: 'all', shown: true };
    // "count?", "total?": how many of what was just asked about (still to do, unless asked)
    if (/^(?:count|total|number|how many|the count|a count)$/.test(t) && context.question)
      return { type: 'count', status: context.dialogue.lastAsked === 'list' ? 'pending' : 'all' };
    if (
      !/^how (?:many|much)\b|^(?:what(?:'s| is) )?(?:the )?(?:total )?(?:count|number) of\b|^count (?:up )?(?:my |the |all )?(?:tasks|items|todos|to-dos|pending|done|completed|everything|them|open|left|remaining|finished)\b|^(?:total|task) count$|^(?:the )?total$/.test(
        t,
      )
    )
      return undefined;
    let status: TaskStatus = 'all';
    if (
      /\b(?:left|pending|remaining|open|to do|todo|outstanding|unfinished|incomplete|not (?:yet )?(?:done|completed?|finished?)|still|need to|have to)\b/.test(
        t,
      )
    )
      status = 'pending';
    else if (/\b(?:done|completed?|finished?|accomplished|ticked|checked)\b/.test(t))
      status = 'completed';
    return { type: 'count', status };
  },
};
