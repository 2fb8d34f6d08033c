// A task's details said as shorthand: "invoice task: label #finance", "report task: #work",
// "pitch meeting -> p1", "gym task -> every mon/wed/fri", "task 1: due -> 12/20"; and right after
// adding or changing one, a field and its value: "tag: #jobs", "time: 10am", "date: wed",
// "prio: 1", "repeat: weekly".
import { parseRef } from '../references.ts';
import { looksLikeWhen, onlyDetails } from '../time-words.ts';
import type { Intent, Rule } from '../types.ts';

/** A field's name before its value, and how the value is said as quick add reads it. */
const FIELDS: [RegExp, (value: string) => string][] = [
  [
    /^(?:labels?|tags?|tagged|label it|tag it)$/i,
    (v) => v.replace(/(^|[\s,]+)#?(?=[\p{L}\p{N}])/gu, '$1#'),
  ],
  [
    /^(?:prio|priority|p)$/i,
    (v) =>
      /^[1-4]$/.test(v) ? `p${v}` : `${v} priority`.replace(/priority priority$/i, 'priority'),
  ],
  [/^(?:time|at)$/i, (v) => `at ${v}`],
  [/^(?:due|date|deadline|day|when|due date)$/i, (v) => v],
  [
    /^(?:repeat|repeats|recur|recurs|recurring|every)$/i,
    (v) => (/^every\b|ly$/i.test(v) ? v : `every ${v}`),
  ],
];

/** "label #finance", "add #diy", "due -> 12/20", "p1": the value as details, or undefined. */
function asDetails(said: string): string | undefined {
  const v = said
    .trim()
    .replace(/^(?:add|set|give it|make it|put)\s+/i, '')
    .trim();
  const named = /^([a-z]+(?:\s+(?:it|date))?)\s*(?:->|→|=>|[:=])?\s+(.+)$/i.exec(v);
  const field = named && FIELDS.find(([re]) => re.test(named[1]!));
  const text = field ? field[1](named![2]!.trim()) : v;
  return onlyDetails(text) ? text : undefined;
}

export const fieldShorthand: Rule = {
  name: 'field-shorthand',
  specificity: 81,
  extract: (s, { dialogue, question }): Intent | undefined => {
    // ("todo: label the patch panel": a new task, add-list.ts)
    if (/^(?:todo|to-do|tasks?|new tasks?|reminder)\s*[:/]/i.test(s)) return undefined;
    if (question) return undefined;
    // "both p2 please", "both tomorrow", "all three #errands": the tasks just added, each given it
    const group =
      /^(both|them both|both of them|the two|those two|all (?:three|four|five|six|of them)|them all)\s+(?:(?:to|as|at|for|on)\s+)?(.+)$/i.exec(
        s,
      );
    if (
      group &&
      (dialogue.lastAction === 'add' || dialogue.lastAction === 'update') &&
      onlyDetails(group[2]!)
    )
      return { type: 'details', ref: parseRef(group[1]!), text: group[2]! };
    const m = /^(.+?)\s*(->|→|=>|:)\s*(\S.*)$/.exec(s);
    if (!m) return undefined;
    const [, left, sep, right] = m as unknown as [string, string, string, string];
    // "tag: #jobs" right after an add: the field of the task just talked about
    const own = FIELDS.find(([re]) => re.test(left.trim()));
    if (own) {
      if (!dialogue.lastAction || !['add', 'update'].includes(dialogue.lastAction))
        return undefined;
      const text = own[1](right.trim());
      return onlyDetails(text) ? { type: 'details', ref: { kind: 'focus' }, text } : undefined;
    }
    // A task named as one ("the invoice task", "task 1", "#3"), or any words before an arrow
    // ("pitch meeting -> p1"); "groceries: tomorrow" may be a new task, so plain words before a
    // colon are left to the add rules.
    // "bus pass: medium priority" … "library card: low": the next one's level, said alone
    if (
      sep === ':' &&
      dialogue.lastAction === 'update' &&
      /^(?:high|medium|low|top|normal)$/i.test(right.trim()) &&
      /^[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}$/u.test(left.trim())
    )
      return { type: 'details', ref: parseRef(left.trim()), text: `${right.trim()} priority` };
    const named =
      /\b(?:task|one|item|todo)$|^(?:task\s+|#)\d+$|^\d+$/i.test(left.trim()) || sep !== ':';
    if (!named) return undefined;
    const text = asDetails(right);
    if (!text) return undefined;
    const ref = parseRef(left.trim());
    // ("quote for the Bakers' roof -> mon 8am" with no such task: a new one, for then)
    return ref.kind === 'words' &&
      sep !== ':' &&
      !/\b(?:task|one|item|todo)$/i.test(left.trim()) &&
      (looksLikeWhen(text) || /\b(?:every|each|daily|weekly|monthly|yearly|weekdays)\b/i.test(text))
      ? {
          type: 'details',
          ref,
          text,
          fallback: {
            type: 'add',
            title: `${left.trim().replace(/^(?:please\s+)?(?:add|new|todo|to-do|task)\s*:?\s+/i, '')} ${text}`,
            quick: true,
          },
        }
      : { type: 'details', ref, text };
  },
};
