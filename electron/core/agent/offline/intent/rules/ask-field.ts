// "Change the priority on the chutney one", "give the gazebo task a due date", "tag the gazebo
// task", "add a label to task 3": a detail named but not its value, so the value is asked for
// (the answer, "medium", "Friday", "market", sets it).
import { parseRef } from '../references.ts';
import { onlyDetails } from '../time-words.ts';
import type { Intent, Rule } from '../types.ts';

type Field = 'priority' | 'date' | 'time' | 'labels' | 'repeat';

const FIELD = String.raw`(priority|prio|importance|urgency|due date|due day|date|deadline|day|due time|time|labels?|tags?|repeat|recurrence)`;
const fieldOf = (word: string): Field => {
  const w = word.toLowerCase();
  if (/^(?:priority|prio|importance|urgency)$/.test(w)) return 'priority';
  if (/time$/.test(w)) return 'time';
  if (/^(?:labels?|tags?)$/.test(w)) return 'labels';
  if (/^(?:repeat|recurrence)$/.test(w)) return 'repeat';
  return 'date';
};
const CHANGE = String.raw`(?:change|set|update|edit|adjust|alter|amend|fix|sort(?:\s+out)?|pick|choose|add|put|give|assign|stick)`;
const SOME = String.raw`(?:(?:a|an|the|its|some|another)\s+)?(?:(?:new|different|proper|right)\s+)?`;
const END = /\s+(?:please|pls|for me|too|as well|then|now)$/i;

export const askField: Rule = {
  name: 'ask-field',
  // Above tag and undo: "add a label to X" names no label, and "a" is none.
  specificity: 86,
  extract: (s, { question }): Intent | undefined => {
    if (question) return undefined;
    const said = s
      .trim()
      .replace(/[.!]+$/, '')
      .replace(END, '');
    const forms: [RegExp, number, number][] = [
      // "change the priority on X", "add a label to X", "set a due date for X"
      [
        new RegExp(String.raw`^${CHANGE}\s+${SOME}${FIELD}\s+(?:on|of|for|to|in)\s+(.+)$`, 'i'),
        1,
        2,
      ],
      // "change X's priority"
      [new RegExp(String.raw`^${CHANGE}\s+(.+?)'s\s+${FIELD}$`, 'i'), 2, 1],
      // "give the gazebo task a priority", "give X a due date"
      [
        new RegExp(
          String.raw`^(?:give|assign)\s+(.+?)\s+(?:a|an|some)\s+(?:new\s+)?${FIELD}$`,
          'i',
        ),
        2,
        1,
      ],
      // "X - change the priority", "X: set a date"
      [new RegExp(String.raw`^(.+?)\s*[-:–—,]\s*${CHANGE}\s+${SOME}${FIELD}$`, 'i'), 2, 1],
      // "order textbooks needs a date", "the gala one should have a deadline": it is asked for
      [
        new RegExp(
          String.raw`^(?!(?:i|we|you|he|she)\s)(.+?)(?<!(?:\bno longer|\bnot|\bnever|n't|\bdont|\bdoesnt))\s+(?:still\s+)?(?:needs|need|should have|must have|ought to have|wants|could do with|has no|hasn't got|doesn't have)\s+(?:(?:a|an|its|some)\s+)?(?:(?:new|proper|real)\s+)?${FIELD}(?:\s+(?:on it|still|yet|set))?$`,
          'i',
        ),
        2,
        1,
      ],
    ];
    for (const [pattern, f, r] of forms) {
      const m = pattern.exec(said);
      if (!m) continue;
      const named = m[r]!.trim();
      // ("set the time to 11:00", "set the priority to high": the value, not which task)
      if (
        /^(?:to|for|at|on)$/i.test(
          said
            .slice(0, m.index + m[0].length - named.length)
            .trim()
            .split(/\s+/)
            .at(-1) ?? '',
        ) &&
        (onlyDetails(named) ||
          // ("change the tag to kit": one word after "to" is the label)
          (fieldOf(m[f]!) === 'labels' && /^#?[\p{L}\p{N}_-]{1,40}$/u.test(named)) ||
          (fieldOf(m[f]!) === 'priority' &&
            /^(?:p[1-4]|high|medium|low|top|normal|urgent|highest|lowest|max|maximum|[1-4])$/i.test(
              named,
            )))
      )
        continue;
      // ("change the priority of the chutney task to high": the value is said after all)
      const value = /\s(?:to|as|for|at|on)\s+(.+)$/i.exec(named)?.[1];
      // ("change the label on the seed catalogue from shed to allotment", "… to garden")
      if (
        (value &&
          (/^(?:p[1-4]|high|medium|low|top|normal|urgent|none|nothing|#\S+)\b/i.test(value) ||
            onlyDetails(value))) ||
        /\bfrom\s+\S+(?:\s+\S+)?\s+to\s+\S/i.test(named) ||
        (fieldOf(m[f]!) === 'labels' && /\s(?:to|as)\s+#?[\p{L}\p{N}_-]+$/iu.test(named))
      )
        continue;
      return asked(named, fieldOf(m[f]!));
    }
    // "tag the gazebo task", "label the gazebo one": which label is not said
    const bare =
      /^(?:tag|label)\s+((?:the|my|that|this)\s+.+?\s+(?:task|one|item|job|thing))$/i.exec(said);
    if (bare) return asked(bare[1]!, 'labels');
    return undefined;
  },
};

export function asked(named: string, field: Field): Intent {
  const ref = /^(?:it|that|this|them|they|those)$/i.test(named)
    ? { kind: 'focus' as const }
    : parseRef(named);
  return field === 'repeat'
    ? { type: 'set-repeat', ref, repeat: null, ask: true }
    : { type: 'details', ref, text: '', ask: field };
}
