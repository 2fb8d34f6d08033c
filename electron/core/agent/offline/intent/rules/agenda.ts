// "What's due today?", "anything overdue?", "what's coming up this week?", "what's urgent?",
// "what's tagged work?", "what have I got on Friday?": the tasks of a day, a priority or a label.
// Questions: they only ever read.
import type { Intent, Rule } from '../types.ts';
import { looksLikeWhen, priorityOf } from '../time-words.ts';

const ASKING =
  /^(?:(?:so|and|ok|okay|right)[,\s]+)?(?:what(?:'s| is| are| do i have| have i got| have i| do we have| have we got|s)?|whats|which(?: tasks?| ones?)?(?: are| is)?|any(?:thing| tasks?)?|is (?:there )?anything|are there any(?: tasks)?|do i have (?:anything|any tasks)|have i got (?:anything|any tasks)|(?:have i |i )?got (?:anything|any tasks)|am i behind|are we behind|which (?:task|tasks) (?:i|do i) have|show(?: me)?|list|tell me|give me|remind me (?:of )?what(?:'s| is))\b\s*/i;

export const agenda: Rule = {
  name: 'agenda',
  specificity: 84,
  extract: (s, context): Intent | undefined => {
    const m = ASKING.exec(s);
    if (!m) return undefined;
    // (questions by their words, even without a question mark: "is anything past due")
    if (
      !context.question &&
      !/^(?:show|list|tell|give|remind|what|which|any|is|are|do|have|got)/i.test(
        m[0].replace(/^(?:so|and|ok|okay|right)[,\s]+/i, ''),
      )
    )
      return undefined;
    const rest = s
      .slice(m[0].length)
      .replace(
        /^(?:(?:on|in|for|at)\s+)?(?:my|the)\s+(?:list|plate|agenda|schedule|calendar)\s*/i,
        '',
      )
      // "what do I need to do today", "what should we get done this week"
      .replace(
        /^(?:do|should|must|can|shall)\s+(?:i|we)\s+(?:need to\s+|have to\s+|got to\s+)?(?:do|get done|finish|tackle|work on|handle)\b\s*/i,
        '',
      )
      .replace(
        /^(?:i\s+)?(?:have|got|need to do|to do|left|on|going on|happening|planned|scheduled|still)\s*/i,
        '',
      )
      .replace(/\?+$/, '')
      .replace(/\s+(?:please|pls|rn|right now|atm|at the moment|then|now)$/i, '')
      .trim();
    let r = rest.replace(/^(?:tasks?|things?|stuff|jobs?|items?)\s+/i, '');
    // "which tasks don't have a due date?", "anything without a date?"
    if (
      /\b(?:no|without(?: a)?|don't have a|do not have a|haven't got a|has no|have no)\s+(?:due\s+)?(?:date|deadline)s?\b/i.test(
        r,
      )
    )
      return { type: 'agenda', due: 'none' };
    // "which of my tasks repeat?"
    if (
      /^(?:of my tasks\s+|of them\s+)?(?:repeat|recur|are repeating|are recurring|repeating|recurring)\b/i.test(
        r,
      ) ||
      /\b(?:repeating|recurring)\s+(?:tasks|ones)\b/i.test(r)
    )
      return { type: 'agenda', repeating: true };
    // "am i behind on anything"
    if (/^(?:am i|are we)\s+behind\b/i.test(s)) return { type: 'agenda', due: 'overdue' };
    // Overdue
    if (
      /^(?:(?:is|are)\s+)?(?:overdue|late|past due|behind|missed)\b|\b(?:overdue|past due)\b/i.test(
        r,
      )
    )
      return { type: 'agenda', due: 'overdue' };
    // A label: "tagged work", "with the #home label", "under #kids"
    const label =
      /\b(?:tagged|labell?ed|marked|under|in|with(?: the)?)\s+#?([\p{L}\p{N}_-]+)(?:\s+(?:tag|label))?$/iu.exec(
        r,
      ) ?? /(?:^|\s)#([\p{L}\p{N}_-]+)/u.exec(r);
    if (label && /\p{L}/u.test(label[1]!) && /#|tag|label|^(?:is\s+|are\s+)?under\s/i.test(r))
      return { type: 'agenda', label: label[1]!.toLowerCase() };
    // A priority: "urgent", "high priority", "p1"
    const prio = r
      .replace(/^(?:(?:is|are)\s+)?/i, '')
      .replace(/\s+(?:tasks?|ones?|items?|stuff|things?)$/i, '')
      .replace(/^(?:marked|flagged|set)\s+(?:as\s+)?/i, '');
    const p = priorityOf(prio);
    if (p) return { type: 'agenda', priority: p };
    // Due: "due today", "this week", "coming up", "tomorrow", "on Friday"
    r = r.replace(/^(?:(?:is|are)\s+)?(?:due|happening|on|for|coming up)\s*/i, '').trim();
    if (
      /^(?:today|tonight|this (?:morning|afternoon|evening))$/i.test(r) ||
      (r === '' && /\bdue\b/i.test(rest) && /today/i.test(s))
    )
      return { type: 'agenda', due: 'today' };
    if (
      /^(?:(?:this|the)\s+week|this coming week|the (?:next|coming) (?:few|7|seven) days|soon|coming up|up ?coming|next few days|in the next (?:few|7|seven) days)$/i.test(
        r,
      ) ||
      (r === '' && /coming up|upcoming/i.test(s))
    )
      return { type: 'agenda', due: 'upcoming' };
    if (r && looksLikeWhen(r) && !/\b(?:every|each)\b/i.test(r)) return { type: 'agenda', on: r };
    return undefined;
  },
};
