// A task said on its own, with nothing else asked: "buy dog food", "call grandma", "book a table
// for Friday, pick up the suit". Lowest of all: any rule that reads the sentence as something
// else (a report, a question, a change to a task) wins.
import type { Intent, Rule } from '../types.ts';
import { alt, FEELINGS, pattern, TASK_VERBS } from '../vocabulary.ts';

/** "back home now, knackered": how the person is, said after where they are. */
const FEELING_AFTER = pattern(
  `[,;]\\s*(?:so\\s+|very\\s+|totally\\s+|absolutely\\s+)?${alt(FEELINGS)}[.!]*$`,
  'i',
);
import { addWhole } from './add.ts';

/** "call it a day", "thank you", "tell me …", "see you": not a task to keep. */
const NOT_AN_OBJECT =
  /^(?:it|that|this|them|those|these|me|you|u|ya|everything|all|something|anything|nothing)$/i;

export const bareTask: Rule = {
  name: 'bare-task',
  specificity: 5,
  extract: (s, { question }): Intent | Intent[] | undefined => {
    if (question || /[?]$/.test(s)) return undefined;
    const words = s.split(/\s+/);
    if (words.length < 2 || words.length > 16) return undefined;
    if (!TASK_VERBS.has(words[0]!.toLowerCase()) || NOT_AN_OBJECT.test(words[1]!)) return undefined;
    // "drop its label and its priority": a task's fields, not a deed to add
    if (
      /^its$/i.test(words[1]!) &&
      /^(?:labels?|tags?|priority|prio|due|date|deadline|time|repeat|recurrence|reminder)$/i.test(
        words[2] ?? '',
      )
    )
      return undefined;
    // "lock keeper says the pound is low again": someone's words reported, not a deed to add
    if (
      /^(?:says|said|reckons|reckoned|thinks|thought|told|tells|mentioned|reports|reported|asked|asks|rang|called)$/i.test(
        words[1]!,
      ) ||
      /^(?:says|said|reckons|reckoned|thinks|told|tells|mentioned|reports|reported)$/i.test(
        words[2] ?? '',
      )
    )
      return undefined;
    // "please change to professor Takahashi", "change it to 3": a change to a task's words, not
    // a deed called "Change to …"
    if (
      /^(?:change|switch|correct|rename|update|edit|amend|alter)$/i.test(words[0]!) &&
      /^(?:to|into|it|that|this)$/i.test(words[1]!)
    )
      return undefined;
    // "pitch is frozen solid, nightmare", "train's late": how a thing is, not a deed
    // ("ring road is shut again": a thing called so, said of; "check everything is ok" asks)
    // ("book club got cancelled": what happened to a thing)
    const copula = /^(?:is|are|was|were|isn't|aren't|wasn't|weren't|looks|seems|feels|got|gets)$/i;
    if (
      copula.test(words[1]!) ||
      (copula.test(words[2] ?? '') &&
        !/^(?:the|a|an|my|our|your|his|her|their|this|that|these|those|all|every)$/i.test(
          words[1]!,
        ) &&
        !/^(?:check|make|ensure|see|confirm|verify|test|double-check)$/i.test(words[0]!))
    )
      return undefined;
    // "swap the times on those two jobs": a change to tasks on the list, not a deed to add
    if (
      /^(?:swap|switch|exchange|flip)\s+(?:the\s+|their\s+)?(?:times?|dates?|days?|slots?|order)\b/i.test(
        s,
      )
    )
      return undefined;
    // "right, work stuff", "house things now": a heading for what comes next, not a deed
    if (/^\S+\s+(?:stuff|things|bits|mode)(?:\s+(?:now|first|next|then|today))?$/i.test(s))
      return undefined;
    // "go back", "check again": a verb and its particle, with nothing to do it to
    if (words.length === 2 && /^(?:up|out|on|off|back|again|in|over|down|away)$/i.test(words[1]!))
      return undefined;
    // "go through my list", "check my tasks", "make the task match": about the list or a task
    // on it, not a task to add
    if (/\b(?:my|the|our)\s+(?:list|tasks?|to-?dos?|to-?do list|task list)\b/i.test(s))
      return undefined;
    if (
      FEELING_AFTER.test(s) ||
      /^(?:back|home)\s+(?:home|now|from|again|with|at|in|on|after)\b/i.test(s)
    )
      return undefined;
    // "top field gate's not fixed yet": how a thing stands, not a thing to do
    if (
      /(?:'s|’s|\s+is|\s+are|'re)\s+(?:still\s+)?not\s+(?:\w+\s+)?(?:yet|done|finished|fixed|sorted)\b|\b(?:isn't|aren't|hasn't been|haven't been)\s+\w+\s+yet\b/i.test(
        s,
      )
    )
      return undefined;
    const found = addWhole(s);
    return Array.isArray(found)
      ? found.map((i): Intent => ({ ...i, unasked: true }) as Intent)
      : ({ ...found, unasked: true } as Intent);
  },
};
