// Finishing: "mark task 3 as complete", "tick off the dentist one", "I finished the report",
// "task 2 is done", "got the groceries done".
import { nearestClause } from './reopen.ts';
import { parseRef, withException, withoutReason } from '../references.ts';
import type { Intent, Rule } from '../types.ts';
import { alt, DONE_WORDS, NOT_DONE_WORDS, rx, VERBS } from '../vocabulary.ts';
import { deedOfNoun, reportedDeed } from './statement.ts';

const DONE = alt(DONE_WORDS);
const NOT_DONE = alt(NOT_DONE_WORDS);
const VERB = `(?:${alt(VERBS.complete)}|(?:knocked|wrapped|ticked|checked|crossed|struck|closed)\\s+(?:off|out|up)|i(?:'m| am)? finish(?:ed)?|i(?:'ve| have| has)? (?:just )?(?:done|did|finished|finish|completed|ticked off|checked off)|i(?:'m| am)? (?:all )?(?:done|finished|through) with|did|done)`;

type Change = Extract<Intent, { type: 'complete' }>;
/** "clear completed", "show done": a command, not a task that is done. */
const NOT_A_TASK = rx`^(?:i|we|you|what|which|who|how|all|everything|anything|nothing|is|are|am|${alt([...VERBS.delete, ...VERBS.show, ...VERBS.add, ...VERBS.reopen])})\\b`;
// "remove all tasks which are finish", "ticked off so far": not a task that is done.
const NOT_A_REF =
  /^(?:i|we|you|what|which|who|how|show|list|tell|display)\b|^any\s+(?:of\s+)?(?:my\s+|the\s+)?(?:tasks|things|jobs|items|todos)\b|^(?:remove|delete|clear|erase|wipe)\b.*\b(?:all|every|everything|tasks)\b|^(?:so far|yet|today|already|now)$/i;
const done = (said: string): Change | undefined => {
  // "done it just now": when isn't which
  const ref = said.replace(
    /\s+(?:just now|right now|now|just|already|today|this morning|earlier|yesterday|at last|finally)$/i,
    '',
  );
  // ("chimney's not been done yet": not done)
  if (/\b(?:not|never|yet to)\b|n't\b/i.test(ref)) return undefined;
  // ("I got both, mark them done": the request after the comma is read on its own)
  if (/,\s*(?:mark|tick|check|cross|delete|remove|add|put|undo|reopen)\b/i.test(ref))
    return undefined;
  return NOT_A_REF.test(ref) ? undefined : { type: 'complete', ref: parseRef(ref) };
};

export const complete: Rule = {
  name: 'complete',
  specificity: 59,
  extract: (text, context): Change | undefined =>
    // "Rafa slides?" … "done": the one just asked about ("done" alone asks for the done list)
    (context.dialogue.lastAsked &&
    ['status', 'show', 'note', 'when'].includes(context.dialogue.lastAsked) &&
    !context.question &&
    /^(?:(?:yes|yeah|yep|yup|oh)[,\s]+)?(?:(?:it's|its|it is|that's)\s+)?(?:done|finished|sorted|all done)(?:\s+(?:now|already|actually|yesterday|today))?$/i.test(
      text,
    )
      ? { type: 'complete', ref: { kind: 'focus' } }
      : undefined) ??
    (NOT_QUITE.test(text) ? undefined : withException(text, extractChange)) ??
    (context.question ? undefined : groupDoneExcept(text)),
};

/** "the essay is nowhere near done", "almost finished": not done (yet). */
const NOT_QUITE =
  /\b(?:nowhere near|far from|not even close to|not quite|not nearly|almost|nearly|half|partly|partially|mostly|not yet|not)\s+(?:done|finished|complete|completed|sorted|ready)\b/i;

/** "all done except the last one", "everything finished but task 2": with the exception named,
 * a bare "all done" reports a change (alone, "all done?" would ask for the list). */
function groupDoneExcept(said: string): Change | undefined {
  const m = said.match(
    rx`^(?:all|everything|the lot|all (?:of )?(?:them|these|those|the others|the rest)|the rest)\\s+(?:is\\s+|are\\s+)?(?:now\\s+)?${DONE}\\s+(?:except(?: for)?|apart from|but(?: not)?|other than|besides|save(?: for)?)\\s+(.+)$`,
  );
  return m ? { type: 'complete', ref: parseRef(`everything except ${m[1]}`) } : undefined;
}

const PRONOUN_DONE_THEN = rx`^((?:(?:ok|okay|so|yeah|yes|right|great)[,\\s]+)*(?:mark|tick|check|set|make)\\s+(?:it|that|this|them|that one|this one)\\s+(?:as\\s+)?(?:${DONE}|off))\\b[\\s,.;:!-]+\\S.*$`;

function extractChange(said: string): Change | undefined {
  // "the top one's sent", "the second one is paid": a place on the list, then its deed done
  const placeDone =
    /^((?:the\s+)?(?:top|first|second|third|fourth|fifth|last|bottom|middle|next)\s+(?:one|task|item|job))\s+(?:is|was|has been|got|'s)\s+(?:now\s+|all\s+)?(?:sent|paid|booked|sorted|posted|ordered|returned|signed|submitted|fixed|handled|cleaned|bought|collected|called|rung|emailed|done|finished|complete|completed)$/i.exec(
      said,
    );
  if (placeDone) return { type: 'complete', ref: parseRef(placeDone[1]!) };
  // "all done there now", "all done there now mark the lot off": the tasks just shown
  if (
    /^all\s+(?:done|finished|sorted|complete)\s+(?:there|here|with (?:those|them|these|that lot))(?:\s+now)?(?:[,\s]+(?:so\s+)?(?:mark|tick|check|cross)\s+(?:the lot|them(?: all)?|'?em(?: all)?|those|all of them)\s+(?:off|done|as done))?$/i.test(
      said,
    )
  )
    return { type: 'complete', ref: { kind: 'shown' } };
  // "put it back to done", "set that back as finished"
  if (
    /^(?:put|set|mark|change|switch|move|turn)\s+(?:it|that|this|them)\s+back\s+(?:to|as)\s+(?:done|complete|completed|finished|ticked)$/i.test(
      said,
    )
  )
    return { type: 'complete', ref: { kind: 'focus' } };
  {
    // "mark it done, I did it this morning": the reason after the comma isn't the task.
    const s = withoutReason(said)
      .replace(/\s+(?:instead|then|actually|after all|again)$/i, '')
      // "I did that ages ago": when, not which
      .replace(/\s+(?:ages ago|a while ago|long ago|the other day|last week|days ago)$/i, '')
      // "all done with the groceries" reports on the groceries
      .replace(/^all\s+(?=(?:done|finished)\s+with\s)/i, '')
      // "mark it done i just got one lol", "ok mark it done, engineer came": after "it … done"
      // nothing more is said about which task
      .replace(PRONOUN_DONE_THEN, '$1')
      // "task two is done you can mark it": the request repeats what was said.
      .replace(
        /,?\s+(?:so\s+)?(?:you can|can you|please)\s+(?:mark|tick|check|cross)\s+(?:it|that)(?:\s+(?:off|done))?$/i,
        '',
      );
    const re = (strings: TemplateStringsArray, ...values: unknown[]) =>
      s.match(rx(strings, ...values));
    // "4 is done, 2 too"
    const numbers = said.match(
      rx`^((?:task\\s*)?#?\\d+)\\s+(?:is\\s+)?${DONE}\\s*,?\\s+(?:and\\s+)?((?:task\\s*)?#?\\d+)\\s+(?:too|as well|also)$`,
    );
    if (numbers) return done(`${numbers[1]} and ${numbers[2]}`);
    // "tomatoes, gate and grandkids all done": a list of things, then done
    const things = said.match(
      rx`^((?:[a-z'-]+\\s+){0,3}?[a-z'-]+(?:\\s*,\\s*(?:[a-z'-]+\\s+){0,3}?[a-z'-]+)+\\s+(?:and|&)\\s+(?:[a-z'-]+\\s+){0,3}?[a-z'-]+)\\s+(?:are\\s+|were\\s+)?(?:all\\s+)?${DONE}$`,
    );
    if (things && !NOT_A_TASK.test(things[1]!))
      return done(things[1]!.replace(/\s*,\s*/g, ' and '));
    let m = re`^(?:i|we)(?:'ve)?\\s+(?:\\w+ly\\s+)?(?:marked|ticked|checked|set)\\s+(.+?)\\s+(?:as\\s+)?(?:${DONE}|off)$`;
    if (m) return done(m[1]!);
    if (
      re`^(?:mark|set|flag|tick|check|make|put)(?:\\s+(?:it|that|this))?\\s+(?:as\\s+)?${DONE}$` ||
      re`^(?:mark|tick|cross)(?:\\s+(?:it|that|this)(?:\\s+one)?)?(?:\\s+off)?$` ||
      // ("can you check?" alone asks to look; "check it", "check off" tick it)
      re`^check(?:\\s+(?:it|that|this)(?:\\s+one)?(?:\\s+off)?|\\s+off)$`
    )
      return { type: 'complete', ref: { kind: 'focus' } };
    m = re`^((?:(?:tasks?|items?|numbers?)\\s*)?#?\\d+(?:\\s*(?:,|and|&)\\s*#?\\d+)*)\\s+(?:is\\s+|are\\s+)?${DONE}$`;
    if (m) return done(m[1]!);
    // "mark both bills as paid", "set the parcel one as sent": the deed, done
    m = re`^(?:mark|set|flag|tick|make)\\s+(.+?)\\s+as\\s+([a-z]+)$`;
    if (m && reportedDeed(m[2]!)) return done(m[1]!);
    // "you can close that out", "knock it off the list"
    if (
      re`^(?:(?:you can|please|pls|just)\\s+)?(?:close|tick|check|cross|knock|wrap|strike|mark)\\s+(?:it|that|this|them)\\s+(?:out|off|up)(?:\\s+(?:the|my)\\s+list)?$`
    )
      return { type: 'complete', ref: { kind: 'focus' } };
    // "change the status of the rent task to done"
    m = re`^(?:change|set|update|switch|put|make|turn)\\s+(?:the\\s+)?status\\s+(?:of|for|on)\\s+(.+?)\\s+(?:to|as|into)\\s+${DONE}$`;
    if (m) return done(m[1]!);
    m = re`^(?:mark|set|flag|tick|check|put|move|switch|make)\\s+(.+?)\\s+(?:as\\s+|to\\s+|to be\\s+|is\\s+)?${DONE}$`;
    if (m) return done(m[1]!);
    // "I finished the essay": the words that say what was done point at the task ("Finish the
    // essay", not "Email the essay").
    m = re`^i(?:'ve| have)?\\s+(?:just\\s+|finally\\s+|already\\s+)?(finished|completed)\\s+(.+?)(?:\\s+(?:off|now|already))?$`;
    if (
      m &&
      parseRef(m[2]!).kind === 'words' &&
      !/,|\s(?:and|&)\s/.test(m[2]!) &&
      !NOT_A_REF.test(m[2]!)
    )
      return {
        type: 'complete',
        ref: {
          kind: 'statement',
          text: `${/finish/i.test(m[1]!) ? 'finish' : /complet/i.test(m[1]!) ? 'complete' : 'do'} ${m[2]}`,
        },
      };
    // "finished the first two", "completed #3 and #4" (no "I"): by position or number.
    m = re`^(?:just\\s+|finally\\s+)?(?:finished|completed|did)\\s+(.+)$`;
    if (m && (['positions', 'ids'].includes(parseRef(m[1]!).kind) || /^both\s/i.test(m[1]!)))
      return done(m[1]!);
    m = re`^${VERB}\\s+(.+?)(?:\\s+(?:off|done|now))?$`;
    if (m) return done(m[1]!);
    m = re`^(?:tick|check|cross|knock|strike|mark)\\s+(.+?)\\s+off(?:\\s+(?:my|the)\\s+list)?$`;
    if (m) return done(m[1]!);
    // "all walks done", "both hedges trimmed": the group, reported done (no "are")
    m = re`^((?:all|both)\\s+(?!(?:done|finished|of it)\\b).+?)(?<!\\s(?:is|are|was|were|been|got))\\s+${DONE}$`;
    if (m) return done(m[1]!);
    m = re`^(.+?)(?:\\s+(?:is|are|was|were|has been|have been|got)|'s)\\s+(?:now\\s+|all\\s+|finally\\s+|already\\s+|also\\s+|actually\\s+)?${DONE}(?:\\s+(?:now|already|too|as well|today|at last))?$`;
    if (m) m[1] = nearestClause(m[1]!);
    // "payment is done", "the booking's done": the deed the noun names (which one, if several)
    const deedNoun = m?.[1]?.match(/^(?:the\s+|my\s+)?([a-z]+)$/i)?.[1];
    const nounDeed = deedNoun && deedOfNoun(deedNoun);
    if (m && nounDeed && nounDeed !== deedNoun!.toLowerCase())
      return { type: 'complete', ref: { kind: 'statement', text: nounDeed } };
    // "everything's done" (a report, not "what's done?")
    if (
      re`^(?:everything|all of (?:it|them)|it all|the lot)(?:'s|\\s+is|\\s+are)\\s+(?:now\\s+|all\\s+)?${DONE}$`
    )
      return { type: 'complete', ref: { kind: 'all', status: 'all' } };
    // "what's done?" asks for a list.
    if (
      m &&
      !/^(?:what|which|who|how|anything|everything|nothing|all)$|^(?:show|list|tell|what|which)\b/i.test(
        m[1]!,
      )
    ) {
      // ("bays 2 to 3 are all checked now": every task those words find)
      const read = done(m[1]!);
      return read &&
        read.ref.kind === 'words' &&
        /\s(?:are|were|have been)\s+(?:now\s+)?all\s/i.test(said)
        ? { ...read, ref: { ...read.ref, every: true } }
        : read;
    }
    m = said.match(
      rx`^(.+?)\\s*,?\\s+(?:i(?:'ve| have)?\\s+(?:just\\s+|already\\s+|finally\\s+)?(?:did|done|finished|completed|sorted))\\s+(?:that|it|this)(?:\\s+one)?$`,
    );
    // "the dentist one, I did that": the task first, then what happened to it.
    if (
      m &&
      !/^(?:i|we|it|that|what|which|how|have|did|and|but|so|oh|also|then|plus|yes|yeah|ok|okay)$|^(?:i|we|it|that|what|which|how|have|did)\b/i.test(
        m[1]!,
      )
    )
      return done(m[1]!);
    // "the 3rd one I did already", "the smoke alarm one can be checked off": a task named as
    // one ("the … one", a place on the list), then what became of it.
    m = said.match(
      rx`^(.+?)\\s*,?\\s+(?:(?:i|we)(?:'ve| have)?\\s+(?:just\\s+|already\\s+|finally\\s+)?(?:did|done|finished|completed|sorted)(?:\\s+(?:already|earlier|today|yesterday|this morning))?|can be (?:checked|ticked|crossed|struck|knocked) off|can be (?:marked|set) (?:as )?${DONE})$`,
    );
    if (
      m &&
      (/\b(?:one|task|item|job)$/i.test(m[1]!) ||
        ['positions', 'ids', 'quoted'].includes(parseRef(m[1]!).kind)) &&
      !/^(?:i|we|it|that|what|which|how|have|did|no|not|any|every)\b/i.test(m[1]!)
    )
      return done(m[1]!);
    // "put like completed the task of clean the fridge", "mark as done the dentist one"
    m = re`^(?:put|mark|set|make)\\s+(?:(?:as|like|to)\\s+)?${DONE}\\s+(.+)$`;
    if (m) return done(m[1]!);
    // "dentist done", "2 finished": a few words and the word for done.
    m = re`^((?:\\S+\\s+){0,3}\\S+?)\\s+(?:is\\s+)?${DONE}(?:\\s+(?:now|already|yet|too))?(?:\\s+or\\s+not(?:\\s+yet)?)?$`;
    if (m && !NOT_A_TASK.test(m[1]!)) return done(m[1]!);
    m = re`^(?:got|i got|i've got)\\s+(.+?)\\s+done$`;
    if (m) return done(m[1]!);
    m = re`^(?:mark|tick|check)\\s+(.+)$`;
    // "check my list" asks to see it.
    if (m && !rx`\\b${NOT_DONE}$`.test(s) && !/\b(?:list|tasks|todos)$/i.test(m[1]!))
      return done(m[1]!);
    return undefined;
  }
}
