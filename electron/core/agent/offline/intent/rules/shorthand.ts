// Notes-app shorthand with colons and dashes: "todo: call plumber", "milk - add", "task 2: done",
// "done: 1, 3", "rm task 1".
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';
import { alt, DONE_WORDS, NOT_DONE_WORDS, rx, VERBS } from '../vocabulary.ts';
import { add } from './add.ts';
import { parseQuickAdd } from '../../../../time/quick-add.ts';

const REPORTED =
  /^(?:i\s+|we\s+)?(?:[a-z]+ed|took|bought|went|did|got|made|sent|paid|rang|wrote|ran|left|gave|sold|done|met|spoke|told|brought|caught|fed|found|had|kept|saw|sat|taught|thought|won)\b/i;

// Any fixed day will do: only whether the words before the colon are all details matters.
const SHAPE_DAY = new Date(2026, 0, 5, 12);

const NEW_LABEL =
  /^(?:todo|todos|to do|task|tasks|reminder|note to self|memo to self|memo|action|to action|action item|please action|reminder to self|self reminder|note|note down|jot down|jot|remember|(?:jot|note|write|put) (?:this|that|it) down|new tasks?|new todos?|new items?|new|add|add tasks?|add items?|new reminders?|also|plus|and also)\s*(?:->|[:-])\s*(\S.*)$|^(?:\+|todo\s+(?!list\b))\s*(\S.*)$/i;
const COMMAND = rx`^(?:${alt([...VERBS.complete, ...VERBS.delete, ...VERBS.reopen, ...VERBS.rename, ...VERBS.undo, 'mark', 'tick', 'check', 'uncheck', 'show', 'list'])})\\b`;
const ADD_AFTER = rx`^(.+?)\\s*(?:-|:|–)\\s*(?:${alt(['add', 'add it', 'new', 'todo', 'add please'])})$`;

export const shorthandAdd: Rule = {
  name: 'shorthand-add',
  specificity: 78,
  extract: (s, context): Intent | Intent[] | undefined => {
    // "p1: submit the grant application", "tomorrow: drop off the bags", "#work - send the deck":
    // details first, then the task
    // (a colon between digits is a time: "at 19:45 pick up …")
    const lead = /^([^:;–-]{1,30}?)\s*(?::(?!\d\d)|\s-|–)\s*(\S.*)$/.exec(s);
    // (not a report: "end of day: took the recycling out")
    // (the details said first in the sentence, not after its task: "clean gutters - sat -
    // #house - low" read from "sat" on is no task "#house - low")
    const at = context.sentence ? context.sentence.toLowerCase().indexOf(s.toLowerCase()) : 0;
    const first =
      at <= 0 ||
      /^(?:[\s,;:.!-]|\b(?:ok|okay|so|and|also|oh|please|pls|right|um+|uh+)\b)*$/i.test(
        context.sentence.slice(0, at),
      );
    if (lead && first && !context.question && !REPORTED.test(lead[2]!)) {
      // ("job for tomorrow: fit the radiator", "another one for friday: …": the kind of thing
      // said first is no part of it)
      const when = lead[1]!.replace(
        /^(?:(?:and|also|plus)\s+)?(?:(?:(?:a|an|another|one more|new)\s+)?(?:(?:job|task|one|reminder|thing|todo|to-do|item)\s+)(?:(?:for|on|due|at)\s+)?|(?:add\s+)?(?:another|one more)(?:\s+(?:one|task))?\s*,\s*)(?=\S)/i,
        '',
      );
      const read = parseQuickAdd(when, { now: SHAPE_DAY, detailsOnly: true });
      if (read.parts.length > 0 && read.title.trim() === '')
        return add.extract(`add ${lead[2]} ${when}`, context) ?? undefined;
    }
    const m = s.match(NEW_LABEL) ?? s.match(ADD_AFTER);
    if (!m) return undefined;
    // ("list: todo", "show - todo": which of the list to show, list.ts)
    if (/^(?:list|show|tasks|view)\s*(?:->|[:–-])\s*(?:todo|to-?do|new)$/i.test(s))
      return undefined;
    // "note: keys go in the drop box" right after adding or changing a task describes it.
    if (
      /^(?:note|notes)\s*:/i.test(s) &&
      (context.dialogue.lastAction === 'add' || context.dialogue.lastAction === 'update')
    )
      return undefined;
    // "todo: X" says what "add X" says, details and all.
    // "new tasks - buy stamps - post the parcel": with a plural label, dashes separate them.
    const body = m[1] ?? m[2]!;
    // "also: mark 2 done" asks for that change (the label only says "one more thing")
    if (/^(?:also|plus|and also)\b/i.test(s) && COMMAND.test(body)) return undefined;
    const items = /^(?:new\s+)?(?:tasks|todos|items|reminders)\b/i.test(s)
      ? body.replace(/\s+-\s+/g, '; ')
      : body;
    return add.extract(`add ${items}`, context) ?? { type: 'add-missing-title' };
  },
};

const REF = `((?:tasks?|items?|#)?\\s*#?\\d+(?:\\s*(?:,|and|&|-|to)\\s*#?\\d+)*|(?:the\\s+)?.+?)`;
const DONE = alt(DONE_WORDS);
const DELETE = alt(['delete', 'del', 'rm', 'remove', 'gone', 'drop', 'bin', 'trash']);
const REOPEN = alt(['reopen', 'undone', 'open', 'uncheck', ...NOT_DONE_WORDS]);

export const shorthandChange: Rule = {
  name: 'shorthand-change',
  specificity: 77,
  extract: (s): Intent | undefined => {
    // "literature review task - please remove, it's merged with another one": why comes after
    let m = [s, s.replace(/,[^,]*$/, '')]
      .map((clause) =>
        clause.match(
          rx`^${REF}\\s*(?::|->|-|–|=)\\s*(?:(?:please|pls|plz)\\s+)?(${DONE}|${DELETE}|${REOPEN})(?:\\s+(?:it|please|pls|plz|thanks))?$`,
        ),
      )
      .find(Boolean);
    const type = (word: string): Intent['type'] =>
      rx`^${DELETE}$`.test(word) ? 'delete' : rx`^${REOPEN}$`.test(word) ? 'reopen' : 'complete';
    // "list: completed" asks to see them.
    if (m && !/^(?:list|show|view|see|display|tasks|what|which)$/i.test(m[1]!)) {
      // ("no, the hall booking fell through - reopen it": what happened, then the task it is
      // about, "it")
      if (
        /\s+it(?:\s+(?:please|pls|plz|thanks))?$/i.test(m[0]) &&
        /[,;]|\s(?:fell|went|is|was|got|has|had|came|didn't|isn't|wasn't)\s/i.test(m[1]!)
      )
        return {
          type: type(m[2]!) as 'complete',
          ref: {
            kind: 'focus',
            context: m[1]!.replace(/^(?:(?:no|nope|hmm+|oh|ah|wait|sorry|actually)[,\s]+)+/i, ''),
          },
        };
      return { type: type(m[2]!) as 'complete', ref: parseRef(m[1]!) };
    }
    // "done: water the plants, feed the cat", "task done - buy flowers": every task listed
    m = s.match(
      rx`^(?:(?:tasks?|items?|todos?|to-dos?)\\s+)?(${DONE}|${DELETE}|${REOPEN})\\s*(?::|->|-|–)\\s*(.+)$`,
    );
    if (m)
      return {
        type: type(m[1]!) as 'complete',
        ref: parseRef(m[2]!.replace(/\s*[,;]\s*(?:and\s+)?|\s+&\s+/g, ' and ')),
      };
    m = s.match(
      /^((?:tasks?|#)?\s*#?\d+(?:\s*(?:,|and|&)\s*#?\d+)*)\s+(done|finished|complete|gone)$/i,
    );
    if (m) return { type: type(m[2]!) as 'complete', ref: parseRef(m[1]!) };
    // "✓ dentist", "✅ rent"
    m = s.match(/^[✓✔☑✅]\s*(\S.*)$/u);
    if (m) return { type: 'complete', ref: parseRef(m[1]!) };
    const verb = s.match(rx`^(rm|del)\\s+(.+)$`);
    if (verb && VERBS.delete.includes(verb[1]!.toLowerCase() as 'rm'))
      return { type: 'delete', ref: parseRef(verb[2]!) };
    return undefined;
  },
};
