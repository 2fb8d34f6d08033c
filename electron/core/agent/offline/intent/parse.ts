// The engine: a message in, what it asks for out (one intent or several, in order).
import { RULES } from './configuration.ts';
import {
  asOftenAs,
  correctSpelling,
  isQuestion,
  normalizeText,
  DONE_WORD,
  readings,
  RUN_ON_REPORT,
  splitSentences,
  stripEndPunctuation,
  stripFiller,
  withoutAside,
} from './normalize.ts';
import { type Reading, REFINERS } from './refiners.ts';
import { add } from './rules/add.ts';
import { cleanAbout } from './rules/compound.ts';
import { parseRef } from './references.ts';
import { looksLikeWhen } from './time-words.ts';
import type { DialogueView, Intent, RuleContext, TaskRef } from './types.ts';
import { alt, escapeRegExp, KEPT, pattern, VERBS } from './vocabulary.ts';

/** The report rule ("I ended up keeping the blender") reads almost anything: any request in
 * another reading of the sentence beats it. */
const REPORT = 20;
/** The least specific rule that reads a sentence as going on from the last (continuation.ts);
 * below it, only a task said on its own (bare-task.ts). */
const FOLLOW_ON = 10;

const MISTAKE =
  /\b(?:by mistake|accidentally|by accident|mistakenly|in error|wrongly)\b|(?<=\b(?:ticked|marked|checked|crossed|completed|done|finished)\b.*)\btoo (?:early|soon)\b/i;

/** "attach a note to the cottage task - Dogs allowed, check parking": the commas are the note's. */
const NOTE_THEN_DASH = /\b(?:note|notes|description|details|comment)\b.*\s[-–—]\s/i;

/** "Add a task to …" with one plain clause after it: no commas, no second request, no note. */
const SAME_TIME_ON =
  /[,\s]+(?:at\s+)?(?:the\s+)?same\s+time\s+(?=(?:tomorrow|tmrw|today|tonight|the\s+(?:next|following)\s+day|next\s+\w+|on\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i;
const PUT_BACK_ON =
  /^(?:(?:ok(?:ay)?|so|and|oh)[,\s]+)*(?:(?:can|could)\s+(?:you\s+)?)?(?:(?:please|pls)\s+)?(?:put|bring|get)\s+(?:it|that|this|them|those)\s+back(?:\s+on(?:\s+(?:the|my)\s+list)?)?(?:\s+(?:please|pls|then|for me|thanks|lah|la))*$/i;
const UNDO_THEN =
  /\bundo(?:\s+(?:that|it|this))?\b(?:\s*[,;:—–-]\s*|\s+and\s+|\s+then\s+)+(?:and\s+|then\s+)?(\S.*)$/i;
const PLAIN_ADD =
  /^(?:please\s+)?(?:add|create|make)\s+(?:a\s+|one\s+|another\s+)?(?:new\s+)?(?:task|todo|to-do|reminder)\s+to\s+(?![^]*(?:[,;:?"'`()\n]|\s(?:and|then|also|plus|but|or|so|not|with|note|description|instead|undo|mark|delete|remove|rename|too|as well|by mistake|actually)\b))[\p{L}\p{N}](?:[\p{L}\p{N}\s'-]|\.(?!\s+\S))*$/iu;

/** "…by mistake, can you undo that": the request to put the slip right, which the slip says. */
const PUT_RIGHT =
  /,?\s*(?:(?:so\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|pls\s+))?(?:undo|revert|reverse|fix|untick|uncheck|unmark|change|put|set|switch)(?:\s+(?:that|it|this))?(?:\s+back)?(?:\s+(?:please|pls|for me))?$/i;

/** The best reading of one clean sentence: the most specific rule that understood it. */
export function readSentence(
  text: string,
  context: RuleContext,
  /** Only readings made of these intents count (a slip is put right by a change, not a question). */
  accept?: (intent: Intent) => boolean,
): { intents: Intent[]; specificity: number } | undefined {
  for (const rule of RULES) {
    const found = rule.extract(text, context);
    if (found === undefined) continue;
    const intents = Array.isArray(found) ? found : [found];
    if (accept && !intents.every(accept)) continue;
    if (intents.length > 0) return { intents, specificity: rule.specificity };
  }
  return undefined;
}

// Commas, and "and" before a new command ("mark the third one done and remove the first", "… and
// add buy pie instead", "… and tell me what's left").
// ("bait's sorted and the esky's fixed": two pieces of news, each of its own task)
const CLAUSE_BREAK = pattern(
  `\\s*[,;]\\s*(?:and\\s+|then\\s+|and then\\s+)?|\\s+and\\s+(?:then\\s+|also\\s+|please\\s+)?(?=(?:${alt([...VERBS.complete, ...VERBS.delete, ...VERBS.reopen, ...VERBS.rename, 'mark', 'tick', 'check', 'uncheck', 'add', 'move', 'push', 'postpone', 'reschedule', 'skip'])}|put\\s+(?:it|that|this|them)\\s+(?:on|to|for|at|off)|put\\s+(?:a\\s+|the\\s+)?(?:tag|label)\\s|(?:tag|label)\\s+(?:it|that|them)\\s|(?:tell|show|give)\\s+me|list|what\\s+(?:else|'s|is)\\b)\\b)|\\s+and\\s+(?=(?:the\\s+|my\\s+|our\\s+)?[a-z'-]+(?:\\s+[a-z'-]+){0,2}?(?:'s|\\s+is|\\s+are|\\s+has been|\\s+have been)\\s+(?:now\\s+|all\\s+|also\\s+|finally\\s+)?${DONE_WORD}\\b)` +
    // "the float is collected the raffle money is counted": reports run on without a comma
    `|${RUN_ON_REPORT.source}`,
  'i',
);

/** News of two things, then "tick both" ("so both of those are done"). */
const BOTH_TOLD =
  /^(.+?)\s*(?:[,;.]|\s[-–—])\s*(?:so\s+|and\s+)?(?:(?:you\s+can|can\s+you|could\s+you|please|pls)\s+)?(?:(?:tick|mark|check|cross)\s+(?:off\s+)?(?:both(?:\s+of\s+(?:them|those|'em))?|them\s+both|the\s+two(?:\s+of\s+them)?)(?:\s+off)?(?:\s+(?:as\s+)?done)?|both\s+of\s+(?:those|them)\s+(?:are|is)\s+(?:done|sorted|finished))(?:\s+(?:please|pls|then|too))?(?:\s*,?\s+(?:and|also|plus)\s+(\S.*?))?[.!?]*$/i;

/** "well I'll be", "goodness": a word of surprise, no news. */
const EXCLAIMED =
  /^(?:well\s+)?(?:i'll be|i never|goodness(?: me)?|gosh|wow|blimey|crikey|my word|oh my)$/i;

/** "I'm exhausted", "phew", "what a day": a remark on the day, beside the news. */
const MOOD =
  /^(?:(?:i'm|im|i am|i feel|feeling|so)\s+(?:so\s+|really\s+|totally\s+|absolutely\s+|completely\s+)?(?:exhausted|tired|knackered|shattered|beat|wiped(?:\s+out)?|spent|pooped|dead|wrecked|done in|proud(?:\s+of\s+myself)?|relieved)|phew|whew|yay|woo+|woohoo|ugh|what a day|go me|finally|at last|lol|haha+)[!.\s]*$/i;

/** Questions that can close a sentence of requests ("…, then show me what's left"). */
const ASKS = new Set<Intent['type']>(['list', 'count', 'find']);

/**
 * "1 done, 2 done", "mark task 1 done, then delete task 2": when every clause of a sentence is a
 * request of its own that names its tasks, the sentence is those requests.
 */
function readClauses(sentence: string, context: RuleContext): Intent[] | undefined {
  // After "desc:" or "=" the commas belong to the value (and so do those inside quotes).
  // ("tick off the hay and add one: book the TB test": the colon starts the new task's title)
  const before = sentence.replace(
    /\s+and\s+(?:also\s+)?add(?:\s+(?:one|another(?:\s+one)?|a\s+(?:new\s+)?(?:task|one)|this))?\s*:\s*[^:=]+$/i,
    '',
  );
  if (/[:=]|->/.test(before) || NOTE_THEN_DASH.test(sentence)) return undefined;
  if (/(["'`“‘])[^"'`”’]*,[^"'`”’]*[”’"'`]/.test(sentence)) return undefined;
  const parts = sentence
    .split(CLAUSE_BREAK)
    .filter((c) => stripFiller(c))
    // ("ok, it doesn't repeat any more, …": a word to start with, not a request)
    .filter(
      (c, i) => i > 0 || !/^(?:ok|okay|right|alright|all right|well|so|oh|hmm+)$/i.test(c.trim()),
    )
    // ("vacuumed, mopped, I'm exhausted": how the person feels, not a request)
    .filter((c, i) => i === 0 || !MOOD.test(stripEndPunctuation(c.trim())));
  const clauses = parts.map((c) => stripEndPunctuation(stripFiller(c)));
  // ("and the date, please make it tomorrow": the field named first is what the request sets)
  if (
    clauses.length > 1 &&
    /^(?:(?:and|also|oh|now)\s+)*(?:the|its|for the)\s+(?:due\s+)?(?:date|day|time|hour|deadline|priority|repeat|tags?|labels?)$/i.test(
      clauses[0]!,
    )
  ) {
    clauses.shift();
    parts.shift();
  }
  // ("bin day is every other Friday here, add put the recycling out": how often, said of the
  // new task)
  for (let at = 0; at + 1 < clauses.length; at++) {
    const often = asOftenAs(clauses[at + 1]!, clauses[at]!);
    if (often === clauses[at + 1]) continue;
    clauses.splice(at, 2, often);
    parts.splice(at, 2, parts[at + 1]!);
    if (clauses.length === 1) {
      const one = readSentence(often, { ...context, sentence: often });
      return one?.intents.every((i) => i.type === 'add') ? one.intents : undefined;
    }
  }
  // "I meant chapter 3, not 2": the "not" clause is part of the one before it.
  if (
    clauses.length < 2 ||
    clauses.slice(1).some((c) => /^(?:not|since|because|as|cos|coz|cause)\b/i.test(c))
  )
    return undefined;
  const intents: Intent[] = [];
  let previous: TaskRef | undefined;
  let restored = false;
  // (after "bring it back", what follows is a new request, not a correction of the delete)
  let dialogue = context.dialogue;
  const saidAsMore = (at: number) =>
    /^(?:and\s+)?(?:so|also|plus)\s|\s(?:too|as well)[.!]*$/i.test(parts[at]!.trim()) ||
    // ("2 done, and the 3rd": a task alone, joined on with "and")
    (at > 0 &&
      /^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|last|task\s+\d{1,3}|#\d{1,3})(?:\s+one)?[.!]*$/i.test(
        clauses[at]!,
      ) &&
      new RegExp(`(?:,|;)\\s*and\\s+${escapeRegExp(parts[at]!.trim())}`, 'i').test(sentence));
  let acted: Intent | undefined;
  const read = clauses.map((clause, at) => {
    const here = { ...context, dialogue, sentence: clause, within: sentence };
    let best = readSentence(clause, here);
    if (best?.intents.some((i) => i.type === 'undo')) dialogue = { ...dialogue, lastAction: null };
    // ("stop the nanny repeat, drop its label and its priority": "its" is the task just changed)
    else if (
      best?.intents.some((i) => ['schedule', 'prioritize', 'set-repeat', 'tag'].includes(i.type)) &&
      /^(?:and\s+)?(?:remove|clear|drop|lose|take off|get rid of|make|set|change|put|give|tag|label)\s+(?:it|its|that)\b/i.test(
        clauses[at + 1] ?? '',
      )
    )
      dialogue = { ...dialogue, lastAction: 'update', lastTimed: true };
    // "the first one's finished, and so is the last": the clause goes on from the one before
    // (said as more of the same: "and so is …", "… too")
    const more = saidAsMore(at);
    if (acted && more && (!best || best.specificity < 50)) {
      const lastAction = acted.type as DialogueView['lastAction'];
      const again = readSentence(
        clause,
        { ...here, dialogue: { ...dialogue, lastAction } },
        (i) => i.type === 'again',
      );
      if (again) best = again;
    }
    acted = best?.intents.findLast((i) => FOLLOWED.has(i.type)) ?? acted;
    return best;
  });
  // "belay that, it's the splicing that's done": an undo, then what was meant instead, is one
  // correction (correction.ts), read from the whole sentence
  if (
    read[0]?.intents.every((i) => i.type === 'undo') &&
    // ("no put it back, sorry wrong one, it's the dentist that's done")
    clauses
      .slice(1)
      .filter(
        (c) =>
          !/^(?:(?:sorry|oops|my bad|whoops)[,\s]*)*(?:wrong one|my mistake|my bad)?$/i.test(c),
      )
      .slice(0, 1)
      .some((c) => /^(?:it's|it is|it was|i meant|i mean|it should be)\b/i.test(c))
  )
    return undefined;
  // "fix the typo in X, it should be plumber": a clause that asks for a value gets it from the next
  if (read.some((best) => best?.intents.some((i) => i.type === 'update' && i.ask)))
    return undefined;
  // "also the train ticket one, I bought it already, make it finish": a task named as "and that
  // one too", then what to do with it said outright; that deed, on that task
  const named = read[0]?.intents.length === 1 ? read[0].intents[0] : undefined;
  const deed = read.at(-1);
  if (
    read.length > 1 &&
    named?.type === 'again' &&
    !named.value &&
    /^(?:and|also|plus)\s/i.test(parts[0]!.trim()) &&
    deed &&
    deed.specificity >= 50 &&
    deed.intents.every(
      (i) => 'ref' in i && i.ref?.kind === 'focus' && !i.ref.context && FOLLOWED.has(i.type),
    ) &&
    read
      .slice(1, -1)
      .every(
        (b) => !b || b.specificity < 50 || b.intents.every((i) => i.type === deed.intents[0]!.type),
      )
  )
    return deed.intents.map(
      (i) =>
        ({
          ...i,
          ref: named.ref.kind === 'words' ? { kind: 'focus', context: named.ref.text } : named.ref,
        }) as Intent,
    );
  // "till is counted, back door locked", "handouts printed, signs still to do": reports, one per
  // clause, each about a task of its own.
  const reportLike = (best: (typeof read)[number]) =>
    best !== undefined &&
    best.intents.length > 0 &&
    best.intents.every(
      (i) => (i.type === 'complete' || i.type === 'reopen') && i.ref.kind !== 'focus',
    );
  // ("lambs wormed, tups moved, quad still knackered": what is still so is news, nothing to do)
  const stillSo = (at: number) =>
    (!read[at] || read[at]!.intents.every((i) => i.type === 'unknown' || i.type === 'dismiss')) &&
    /\b(?:still|not yet|yet to|can wait)\b/i.test(clauses[at]!) &&
    read.some(reportLike);
  const reports = read.every((best, at) => reportLike(best) || stillSo(at));
  // "add call mum and tick off buy milk": a new task beside a change to another
  // (said with "add" itself, outside quotes: "I have to reschedule" after a change is a reason)
  const adding = (best: (typeof read)[number], i: number) =>
    best !== undefined &&
    best.intents.every((intent) => intent.type === 'add') &&
    /^(?:please\s+)?(?:add|create|new task)\b/i.test(clauses[i]!);
  // (an apostrophe inside a word, "shepherd's", is no quote)
  // ("bin that, add 'revise for maths mock' instead": quotes that close within their clause)
  const quoting = parts.some(
    (part) => (part.match(/["`“”]|(?<!\p{L})'|'(?!\p{L})/gu)?.length ?? 0) % 2 === 1,
  );
  const mixed = !quoting && read.some(adding) && !read.every(adding);
  // "walked the dog, fed the cat, and add buy cat food": news of what was done, beside a request
  // said outright, is news about tasks too.
  // Only news before a request said outright (after one, it is the reason: "delete the gym one,
  // I'm not going any more"), with no "it" to tie it to ("I already did that one, tick it off"
  // is about one task), and about other things than the request ("rehearsal's moved, change the
  // rehearsal one …" says why).
  const explicit = (best: (typeof read)[number], i: number) =>
    adding(best, i) || (best?.specificity ?? 0) >= 50;
  const focused = read.some((best) =>
    best?.intents.some(
      (i) =>
        ('ref' in i && i.ref?.kind === 'focus') ||
        (i.type === 'add' && /^(?:that|it|this|them|those)$/i.test(i.title)),
    ),
  );
  const content = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .match(/\p{L}{4,}/gu)
        ?.map((w) => w.replace(/(?:ing|ed|es|s|'s)$/, '')),
    );
  // ("remove the adapter one, and the passport's renewed": news joined on with "and" is news too)
  const joinedOn = (at: number) =>
    at > 0 &&
    sentence.toLowerCase().includes(`, and ${parts[at]!.trim().toLowerCase()}`) &&
    read.slice(0, at).some((b, i) => explicit(b, i));
  const news = (best: (typeof read)[number]) => {
    const at = read.indexOf(best);
    if (
      focused ||
      !reportLike(best) ||
      !(read.some((b, i) => i > at && explicit(b, i)) || joinedOn(at))
    )
      return false;
    const said = content(clauses[at]!);
    return !clauses.some((c, i) => i !== at && [...content(c)].some((w) => said.has(w)));
  };
  // "physio called, they need to move my appointment": news told before a move is why it moves
  // (news of someone else, or of a change; "Juno's weighed, and move the chicks order …" is a
  // deed done, then a move of another task)
  const movedLater = (at: number) =>
    read.some((b, i) => i > at && b?.intents.some((x) => x.type === 'schedule')) &&
    !/^(?:(?:ok|okay|right|so|and)[,\s]+)*(?:the\s+)?[\p{L}'-]+(?:'s|\s+(?:is|are|was|were|'s been|has been|have been))\s+(?:all\s+|now\s+|just\s+)?[a-z]+ed$/iu.test(
      clauses[at]!.trim(),
    );
  // "term is over, so the lab meeting no longer repeats": what came before "so" is why
  const why = (at: number) =>
    /^\s*so\s/i.test(parts[at + 1] ?? '') && (read[at + 1]?.specificity ?? 0) >= 50;
  // "undo the tick on the dentist, they cancelled": news after a request, told of someone, is why
  // ("tern count done, and I cleared the car park": news joined on with "and" is more news)
  const toldAfter = (at: number) =>
    at > 0 &&
    !(
      /^(?:i|we)\s+(?:\w+ed|did|got|paid|sent|bought|made|took|rang|wrote)\b/i.test(clauses[at]!) &&
      new RegExp(`[,;]\\s*and\\s+${escapeRegExp(parts[at]!.trim())}`, 'i').test(sentence)
    ) &&
    (/^(?:they|he|she|it|we|i)\b|^(?:did|done|finished|sorted|got|bought|sent)\s+(?:it|them|that|those|both)\b/i.test(
      clauses[at]!,
    ) ||
      // ("cross it off; the letter has gone": why "it" is done)
      read
        .slice(0, at)
        .some((b) => b?.intents.some((x) => 'ref' in x && x.ref?.kind === 'focus'))) &&
    read.slice(0, at).some((b, i) => explicit(b, i));
  for (const [at, best] of read.entries()) {
    if (reports && stillSo(at)) continue;
    if (best && reportLike(best) && (why(at) || toldAfter(at))) continue;
    if (
      best &&
      reportLike(best) &&
      best.intents.every((i) => 'ref' in i && i.ref?.kind === 'statement') &&
      movedLater(at)
    )
      continue;
    if (mixed && best && adding(best, at)) {
      intents.push(...best.intents);
      continue;
    }
    const sameAgain =
      at > 0 && saidAsMore(at) && !!best?.intents.every((i) => i.type === 'again' && !i.value);
    // ("…, and delete the grinder one, we're buying a new grinder", "…, this is the last one": the
    // last clause says why)
    if (
      at === read.length - 1 &&
      at > 0 &&
      (!best || best.intents.every((i) => i.type === 'unknown' || i.type === 'add')) &&
      /^(?:we|i|they|he|she)(?:'re|'m|\s+(?:are|am))\s+(?!(?:thinking|meaning|talking)\b)\w+ing\b|^(?:we|i|they|he|she)(?:'ll|\s+will)\s|^(?:this|that|it)(?:\s+one|\s+week|\s+time)?(?:'s|'ll\s+be|\s+(?:is|was|will\s+be))\s+(?:the\s+)?(?:last|final|only)\b|^(?:she|he|they)\s+(?:already\s+|just\s+)?[a-z]{2,}ed\b|^(?:the|my|our|his|her|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?(?:'s|\s+is|\s+are|'re)\s+(?:not|never)\b|^(?:the|my|our|his|her|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:isn't|aren't|won't|can't|doesn't|don't|ends?|finish(?:es)?|starts?|closes?)\b/iu.test(
        clauses[at]!,
      ) &&
      intents.length > 0
    )
      continue;
    // ("put the key machine one in the bin, it's been replaced": what happened to it is why)
    if (
      at > 0 &&
      best?.intents.every((i) => i.type === 'complete' && i.ref.kind === 'focus') &&
      /^(?:it|that|this|they)(?:'s|'ve|\s+(?:has|have|is|are|was|were))\s+(?:been\s+|now\s+|already\s+|just\s+)*[a-z]+(?:ed|en)\b/i.test(
        clauses[at]!,
      ) &&
      intents.length > 0 &&
      read.slice(0, at).some((b, i) => explicit(b, i))
    )
      continue;
    if (!best || (best.specificity < 50 && !reports && !news(best) && !sameAgain)) return undefined;
    // "…, then show me what's left": a question after the requests, answered after them.
    if (at > 0 && best.intents.every((i) => ASKS.has(i.type))) {
      intents.push(...best.intents);
      continue;
    }
    for (const i of best.intents) {
      // "bring it back and mark it done": what the undo puts back is what "it" means next
      if (i.type === 'undo' && at === 0 && read.length > 1) {
        intents.push(i);
        restored = true;
        continue;
      }
      if (!('ref' in i) || !i.ref || (i.ref.kind === 'statement' && !reports && !news(best)))
        return undefined;
      // "…, and so is the last": the change of the clause before, on another task
      if (i.type === 'again' && !i.value) {
        const before = intents.at(-1);
        if (!before || !['complete', 'reopen', 'delete'].includes(before.type)) return undefined;
        intents.push({ type: before.type, ref: i.ref } as Intent);
        previous = i.ref;
        continue;
      }
      // "X doesn't need a priority, clear it", "the priority is not important, remove it": what
      // "it" clears is the field just named, never the task
      if (
        i.type === 'delete' &&
        i.ref.kind === 'focus' &&
        !i.ref.context &&
        ((intents.length > 0 && FIELD_CHANGES.has(intents.at(-1)!.type)) ||
          (at > 0 && FIELD_WORD.test(clauses[at - 1]!)))
      )
        return undefined;
      // "task 3 isn't done, mark it undone": "it" is the task the clause before named.
      if (i.ref.kind === 'focus') {
        if (restored && !i.ref.context) {
          intents.push(i);
          continue;
        }
        // ("cross it off; the letter has gone": "it" is the task just talked about)
        if (!previous && at === 0 && !i.ref.context) {
          intents.push(i);
          continue;
        }
        // ("remove #urgent, make it p1 instead": another change, asked outright, of that task)
        if (
          !previous &&
          !i.ref.context &&
          intents.length > 0 &&
          intents.every((x) => 'ref' in x && x.ref?.kind === 'focus' && x.type !== i.type) &&
          /^(?:and\s+)?(?:make|set|put|give|mark|tag|label|move|push|change)\s+(?:it|that)\b/i.test(
            clauses[at]!,
          )
        ) {
          intents.push(i);
          continue;
        }
        if (!previous || i.ref.context) return undefined;
        intents.push({ ...i, ref: previous } as Intent);
        continue;
      }
      previous = i.ref;
      intents.push(i);
    }
  }
  // "the dentist is cancelled, move it to next friday": a task changed after it is removed was
  // never meant to go (the first clause is why it changes).
  const changedLater = (at: number, ref: TaskRef) =>
    intents.some(
      (later, i) =>
        i > at &&
        CHANGES_OF_A_TASK.has(later.type) &&
        'ref' in later &&
        JSON.stringify(later.ref) === JSON.stringify(ref),
    );
  const kept = intents.filter((i, at) => i.type !== 'delete' || !changedLater(at, i.ref));
  const distinct = [...new Map(kept.map((i) => [JSON.stringify(i), i])).values()];
  // ("…, I'll keep the removal one, but get rid of the rest": "the rest" leaves out the tasks
  // the clauses before it named)
  const restAt = distinct.findIndex(
    (i) => 'ref' in i && i.ref?.kind === 'all' && i.ref.rest && !i.ref.except,
  );
  if (restAt > 0) {
    const named = clauses.slice(0, clauses.length - 1).join(', ');
    return distinct.map((i, at) =>
      at === restAt
        ? ({ ...i, ref: { ...(i as { ref: TaskRef }).ref, except: named } } as Intent)
        : i,
    );
  }
  return distinct;
}

/** A new title or word said with why after it ("…, Priya's on leave"): the why left out. */
const withoutWhy = (said: string) =>
  /["“”‘’`]/.test(said)
    ? said
    : withoutAside(said)
        .replace(/[\s,;]+$/, '')
        .trim() || said;

/** "…, same thing otherwise", "…, rest the same": the words said replace only their part. */
const REST_THE_SAME =
  /\s*[,;—–-]\s*(?:(?:but|and)\s+)?(?:same\s+thing\s+otherwise|otherwise\s+(?:the\s+)?same|(?:the\s+)?rest\s+(?:is\s+|stays\s+)?the\s+same|everything\s+else\s+(?:is\s+|stays\s+)?the\s+same|keep\s+the\s+rest)[.!]*$/i;

export function parseMessage(text: string, dialogue: DialogueView): Intent[] {
  // ("make it text Shazza instead, same thing otherwise": a correction of part of the title)
  const restSame = REST_THE_SAME.exec(text);
  if (restSame && restSame.index > 0)
    return parseMessage(text.slice(0, restSame.index), dialogue).map((i) =>
      i.type === 'correct' && i.text ? { ...i, keepRest: true as const } : i,
    );
  return (
    readMessage(text, dialogue)
      // ("Everything is done except the trapdoor. Mark the rest complete.": the rest leaves out
      // what the sentence before kept back)
      .map((i, n, all) => {
        if (!('ref' in i) || i.ref?.kind !== 'all' || !i.ref.rest || i.ref.except) return i;
        const before = all
          .slice(0, n)
          .findLast((b) => 'ref' in b && b.ref?.kind === 'all' && b.ref.except);
        const except = before && 'ref' in before && before.ref?.kind === 'all' && before.ref.except;
        return except ? ({ ...i, ref: { ...i.ref, except } } as Intent) : i;
      })
      // ("the Lake District weekend's off, knock that one on the head": the news, then the
      // request, for one task: asked once)
      .filter((i, n, all) => {
        const next = all[n + 1];
        return !(
          i.type === 'delete' &&
          i.news &&
          next?.type === 'delete' &&
          JSON.stringify(next.ref) === JSON.stringify(i.ref)
        );
      })
      .map((i) =>
        i.type === 'update' && i.title
          ? { ...i, title: withoutWhy(i.title) }
          : i.type === 'correct' && i.text
            ? { ...i, text: withoutWhy(i.text) }
            : i,
      )
  );
}

/** Words after a new task that take something from the one added before it. */
const SAME_AS_LAST_ADDED: readonly [
  RegExp,
  'sameTime' | 'sameLabels' | 'sameRepeat' | 'sameDay' | 'sameWhen',
  string,
][] = [
  // "and another one, physics past paper, same time tomorrow": that day, at the time just set
  [SAME_TIME_ON, 'sameTime', ' '],
  // "and Josh's retainer wednesday, same time": that day, at the time just set
  [
    /[,;]\s*(?:and\s+)?(?:at\s+)?(?:the\s+)?same\s+(?:time|hour)(?:\s+(?:too|as well|please|again))*[.!]?$/i,
    'sameTime',
    '',
  ],
  // "and trim Duchess's feet, same day and time": due when the one just added is
  [
    /\s*[,;]\s*(?:(?:on|at|for)\s+)?(?:the\s+)?same\s+(?:day|date)\s+(?:and|&)\s+(?:the\s+)?(?:same\s+)?time(?:\s+(?:too|as well|please))*[.!]?$/i,
    'sameWhen',
    '',
  ],
  // "and add valuation at the Reid bungalow, same day at noon", "…, same day, two hours
  // earlier": on the day of the one just added
  [
    /\s*[,;]\s*(?:(?:on|for)\s+)?(?:the\s+)?same\s+(?:day|date)(?:\s+(?:too|as well))?(?=\s*(?:[,;.!]|$|at\s|around\s|but\s))/i,
    'sameDay',
    '',
  ],
  // "and flip the bries too, same tag": new tasks labelled as the one just added
  [
    /[,;]\s*(?:(?:with|under|and)\s+)?(?:the\s+)?same\s+(?:labels?|tags?|#)(?:\s+(?:as\s+(?:that|the last)(?:\s+one)?|too|as well|please))*[.!]?$/i,
    'sameLabels',
    '',
  ],
  // "add walk Biscuit every weekday at 12:30" … "and Pepper at 3pm, same days": repeating as it does
  [
    /[,;]\s*(?:(?:on|with|and)\s+)?(?:the\s+)?same\s+(?:days|repeat|schedule|rota|pattern|days\s+of\s+the\s+week)(?:\s+(?:as\s+(?:that|the last)(?:\s+one)?|too|as well|please))*[.!]?$/i,
    'sameRepeat',
    '',
  ],
];

function readMessage(text: string, dialogue: DialogueView): Intent[] {
  // A one-sentence message is often read the same way twice (whole, then as its sentence): the
  // rules run once per distinct reading.
  const seen = new Map<string, ReturnType<typeof readSentence>>();
  const read = (text: string, context: RuleContext) => {
    const key = `${context.dialogue.lastAction}${context.question ? '?' : '.'}${context.sentence}\n${text}`;
    if (!seen.has(key)) seen.set(key, readSentence(text, context));
    return seen.get(key);
  };
  const said = correctSpelling(normalizeText(text));
  // "the radio's dead again. put that back on my list", with nothing just done to undo: "that"
  // is what the sentence before was about
  const message = dialogue.lastAction
    ? said
    : said.replace(
        /^([^.!?]{3,80}?)[.!]+\s+((?:(?:so|please|pls|can you|could you)\s+)*(?:put|bring|add|stick)\s+(?:that|it|this|them)\s+back)\b/i,
        '$1, $2',
      );
  // "… same time tomorrow", "…, same time", "…, same tag", "…, same days" after an add: new
  // tasks due, labelled or repeating as the one just added
  if (dialogue.lastAction === 'add')
    for (const [same, field, replacement] of SAME_AS_LAST_ADDED) {
      if (!same.test(message)) continue;
      const read = parseMessage(message.replace(same, replacement), dialogue);
      if (read.length > 0 && read.every((i) => i.type === 'add'))
        return read.map((i) => ({ ...i, [field]: true }) as Intent);
    }
  // "pop on the list: treat hives" … "and: label the honey jars": one more item of that list
  const nextItem =
    dialogue.lastAction === 'add'
      ? /^(?:and|also|plus|oh and|then)\s*[:–—]\s*(\S.*)$/i.exec(message)
      : null;
  if (nextItem) {
    const read = parseMessage(`add ${nextItem[1]}`, dialogue);
    if (read.length > 0 && read.every((i) => i.type === 'add')) return read;
  }
  // "re-rigged dinghy 5" … "and another one — 7": one more of the same deed, not a new task
  const oneMore =
    dialogue.lastAction && ['complete', 'reopen', 'delete'].includes(dialogue.lastAction)
      ? /^(?:and\s+|also\s+)?(?:another|one more)(?:\s+one)?\s*(?:[-–—:,]|\s-)\s*(\S.*)$/i.exec(
          message,
        )
      : null;
  if (oneMore) return parseMessage(`and ${oneMore[1]}`, dialogue);
  // "corks came in, press is fine, you can tick both", "the carpet's been fixed and the mats
  // arrived, so both of those are done": the two things just told of are the two to tick
  const sentences = message.split(/(?<=[.!?])\s+(?=\S)/);
  for (const [at, sentence] of sentences.entries()) {
    const both = BOTH_TOLD.exec(sentence);
    if (!both || isQuestion(sentence)) continue;
    const told = both[1]!
      .replace(/^.*?\s[-–—]\s+/, '')
      .split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+/i)
      .map((c) => stripEndPunctuation(stripFiller(c)))
      .filter((c) => /\p{L}{3,}/u.test(c) && !EXCLAIMED.test(c));
    if (told.length !== 2) continue;
    const before = sentences.slice(0, at).join(' ');
    // ("…, so tick both of those off, and could you pop 'Buy stamps' on the list?": one more ask)
    const after = [both[2], ...sentences.slice(at + 1)].filter(Boolean).join(' ');
    return [
      ...(before ? parseMessage(before, dialogue) : []),
      ...told.map((text) => ({ type: 'complete', ref: { kind: 'statement', text } }) as Intent),
      ...(after ? parseMessage(after, dialogue) : []),
    ].filter((i) => i.type !== 'unknown');
  }
  // "I didn't actually finish the maths hw" … "put it back on pls": on the list, as it now is
  if (dialogue.lastAction === 'reopen' && PUT_BACK_ON.test(stripEndPunctuation(message)))
    return [{ type: 'put-back', ref: { kind: 'focus' } }];
  // "oops I meant the other one, undo that and tick the Brixham one", "no sorry, undo that, it's
  // owen that needs reopening": the undo, then the change meant (what comes before is why)
  const undoThen = UNDO_THEN.exec(message);
  if (undoThen && dialogue.lastAction) {
    const meant = parseMessage(undoThen[1]!, {
      ...dialogue,
      lastAction: null,
      undone: dialogue.lastAction,
    });
    // (named outright: after the undo, "that" could be the task it put back)
    // ("put it back and take bills off it instead": a label change on the same task, after it)
    if (
      meant.length > 0 &&
      meant.every(
        (i) =>
          (['complete', 'reopen', 'delete'].includes(i.type) &&
            'ref' in i &&
            i.ref !== undefined &&
            i.ref.kind !== 'focus') ||
          (i.type === 'tag' && dialogue.lastTagged === true),
      )
    )
      return [{ type: 'undo' }, ...meant];
  }
  // The form the app itself teaches, one task and nothing else ("Add a task to call the bank"):
  // only the add rule reads it, so the others aren't asked.
  if (PLAIN_ADD.test(message)) {
    const found = add.extract(stripEndPunctuation(message), {
      dialogue,
      question: false,
      sentence: message,
    });
    if (found && !Array.isArray(found) && found.type === 'add') return [found];
  }
  const whole = stripEndPunctuation(message);
  // A bare yes/no or hello is read whole, before it is cut into sentences.
  const bare = stripEndPunctuation(stripFiller(whole));
  const short = read(bare, { dialogue, question: false, sentence: whole });
  if (short && short.specificity >= 90) return short.intents;

  // "also: restring the guitar. and change the bike tyre": a sentence follows on from the one
  // before it, as a message follows on from the last.
  let view = dialogue;
  let viewFrom = 0; // how specific the reading was that the view goes on from
  let named = false; // the sentence before only named something ("Car tax.")
  const found: Reading[] = splitSentences(message).map((sentence) => {
    let reading = deedWithDeadline(needToChange(readOne(sentence, view), view), view);
    // "Mr Osei needs his letter sooner. Make it today": after a sentence that only named a task,
    // "make it today" changes that task as it would the one just added (pronounsFromContext).
    if (named && reading.intents.length === 0) {
      const more = readOne(sentence, { ...view, lastAction: 'update', lastTimed: true });
      if (more.intents.every((i) => CHANGES_OF_A_TASK.has(i.type))) reading = more;
    }
    named = reading.intents.length === 0 && !reading.question && NAMING.test(sentence);
    // (a follow-on of this message's own request counts as much as that request)
    if (view !== dialogue && reading.intents.length > 0 && reading.specificity < viewFrom)
      reading = { ...reading, specificity: viewFrom };
    const acted = reading.intents.findLast((i) => FOLLOWED.has(i.type));
    if (acted) {
      view = { ...view, lastAction: acted.type as DialogueView['lastAction'] };
      viewFrom = reading.specificity;
    }
    return reading;
  });
  // "Submit leave pass. Done.": a task named, then said to be done
  for (let i = 1; i < found.length; i++) {
    const [before, now] = [found[i - 1]!, found[i]!];
    const [said] = before.intents;
    const add = before.intents.length === 1 && said?.type === 'add' && said.unasked ? said : null;
    if (
      (add || (before.intents.length === 0 && NAMING.test(before.sentence))) &&
      DONE_ALONE.test(now.sentence.trim())
    ) {
      const text = add ? add.title : stripEndPunctuation(before.sentence);
      found[i - 1] = { ...before, intents: [] };
      found[i] = { ...now, intents: [{ type: 'complete', ref: { kind: 'words', text } }] };
    }
    // "chem mock is over. tick off the revision for it": "it" is what the sentence before named
    const named = before.intents.find(
      (x): x is Intent & { ref: { kind: 'words'; text: string } } =>
        'ref' in x && x.ref?.kind === 'words',
    )?.ref.text;
    if (named)
      found[i] = {
        ...now,
        intents: now.intents.map((x) =>
          'ref' in x &&
          x.ref?.kind === 'words' &&
          /\s(?:for|about|of)\s+(?:it|that)$/i.test(x.ref.text)
            ? ({
                ...x,
                ref: { ...x.ref, text: x.ref.text.replace(/(?:it|that)$/i, named) },
              } as Intent)
            : x,
        ),
      };
  }
  const refined = REFINERS.reduce((acc, refine) => refine(acc), found);
  // ("the priority is wrong, remove it": a field is what goes, never the task)
  const intents = refined
    .flatMap((r) => r.intents)
    .filter(
      (i) =>
        !(
          i.type === 'delete' &&
          i.ref.kind === 'focus' &&
          FIELD_WORD.test(i.ref.context ?? i.ref.topic ?? '')
        ),
    );
  // "and another for the same time: feed Pepper": new tasks due when the last one is
  if (
    dialogue.lastAction === 'add' &&
    /\b(?:for|at|on)\s+the\s+same\s+(?:time|day|date)\b(?!\s+as\b)/i.test(message) &&
    intents.length > 0 &&
    intents.every((i) => i.type === 'add')
  )
    return intents.map(
      (i) =>
        ({
          ...i,
          // ("and book the hearing test for the same day": when is not part of the title)
          ...(i.type === 'add'
            ? {
                title: i.title.replace(
                  /[,\s]+(?:for|at|on)\s+the\s+same\s+(?:time|day|date)(?:\s+(?:too|as well))?$/i,
                  '',
                ),
              }
            : {}),
          sameWhen: true,
        }) as Intent,
    );
  // "also: book the minibus for the museum trip, same label": labelled as the last one added
  const SAME_LABEL =
    /[,\s]+(?:(?:with|under|and)\s+)?(?:the\s+)?same\s+(?:labels?|tags?|#)(?:\s+(?:as\s+(?:that|the last)(?:\s+one)?|too|as well|please))*$/i;
  if (
    dialogue.lastAction === 'add' &&
    intents.length > 0 &&
    intents.every((i) => i.type === 'add') &&
    intents.some((i) => i.type === 'add' && SAME_LABEL.test(i.title))
  )
    return intents.map((i) =>
      i.type === 'add'
        ? ({ ...i, title: i.title.replace(SAME_LABEL, ''), sameLabels: true } as Intent)
        : i,
    );
  // "Oh dear that is wrong, it should say buy first class stamps": the new words put it right;
  // undoing the add first would leave nothing to rename
  if (
    intents.some((i) => i.type === 'undo') &&
    intents.some(
      (i) => i.type === 'update' && i.ref?.kind === 'focus' && (i.title !== undefined || i.replace),
    )
  )
    return intents.filter((i) => i.type !== 'undo');
  // "I haven't rung her yet. Put it back": the undo is the reopening, done once
  const inverse: Partial<Record<string, Intent['type']>> = {
    complete: 'reopen',
    reopen: 'complete',
  };
  const undoing = dialogue.lastAction && inverse[dialogue.lastAction];
  const undoAt = intents.findIndex((i) => i.type === 'undo');
  const once =
    undoing && undoAt > 0
      ? intents.filter(
          (i, at) =>
            !(
              at < undoAt &&
              i.type === undoing &&
              'ref' in i &&
              (i.ref?.kind === 'focus' || i.ref?.kind === 'statement')
            ),
        )
      : intents;
  // "do I have anything on the 12th?" … "add pick up the kilt hire then": on that day
  const askedDay = dialogue.agenda?.on;
  if (
    askedDay &&
    once.length === 1 &&
    once[0]!.type === 'add' &&
    /\s(?:then|that day|on that day|for then|for that day)[.!]*$/i.test(message)
  )
    return [
      {
        ...once[0]!,
        title: `${once[0]!.title.replace(/\s+(?:then|that day|on that day|for then|for that day)$/i, '')} ${askedDay}`,
      },
    ];
  // "clear the date on send invoices" … "and the priority": that field cleared as well
  const field =
    once.length === 1 && once[0]!.type === 'again' && once[0]!.ref.kind === 'words'
      ? /^(?:the\s+|its\s+)?(priority|date|due date|deadline|time|labels?|tags?|repeat)$/i.exec(
          once[0]!.ref.text.trim(),
        )
      : null;
  if (field && dialogue.lastTimed) {
    const f = field[1]!.toLowerCase();
    const clear = /^(?:date|due date|deadline)$/.test(f)
      ? 'date'
      : /^(?:labels?|tags?)$/.test(f)
        ? 'labels'
        : (f as 'priority' | 'time' | 'repeat');
    return [{ type: 'details', ref: { kind: 'focus' }, text: '', clear: [clear] }];
  }
  // "what's on my shopping list? the #shop ones": the label said after the list named
  if (
    once.length > 1 &&
    once.every((i) => i.type === 'agenda') &&
    once.slice(0, -1).every((i) => i.type === 'agenda' && i.listNamed) &&
    (once.at(-1) as Intent & { type: 'agenda' }).label
  )
    return [once.at(-1)!];
  // "compleet the brake pads one" … "and log mileage too": that change again, on a task named by
  // its deed (not a new task, unless "add" is said)
  const alsoDeed =
    ['complete', 'reopen'].includes(dialogue.lastAction ?? '') &&
    once.length === 1 &&
    once[0]!.type === 'add' &&
    /^(?:(?:oh|ah)[,\s]+)?(?:and|also|plus)\s+(?!(?:add|remind|put|note|jot|new|create|make a)\b)(\S.*?)\s+(?:too|as well|also)[.!]?$/i.exec(
      message,
    );
  if (alsoDeed) return [{ type: 'again', ref: parseRef(alsoDeed[1]!) }];
  // "chest freezer's defrosted" … "and the other one, did both in one go", "actually the amazon
  // one went back too": one more, not the first put right
  const [only] = once;
  if (
    once.length === 1 &&
    only?.type === 'correct' &&
    only.ref &&
    (only.ref.kind === 'other' || only.ref.kind === 'words') &&
    ['complete', 'reopen', 'delete'].includes(dialogue.lastAction ?? '') &&
    /^(?:(?:oh|ah|and|also|plus|actually)[,\s]+)*(?:and|also|plus)\b|\b(?:too|as well|both|aswell)\b/i.test(
      message,
    ) &&
    !/\b(?:not|instead|i meant|wrong)\b/i.test(message)
  )
    return [
      {
        type: 'again',
        ref:
          only.ref.kind === 'words'
            ? {
                ...only.ref,
                text: only.ref.text.replace(/\s+(?:went|got|was|were|is|are)\b.*$/i, ''),
              }
            : only.ref,
      },
    ];
  // "I ticked off the prescription by mistake … Can you put it back please?": the reopening is
  // the putting back, done once
  const reopenAt = once.findIndex((i) => i.type === 'reopen');
  const settled =
    reopenAt >= 0 && /\b(?:put|bring|get)\s+(?:it|that|them)\s+back\b/i.test(message)
      ? once.filter((i, at) => !(i.type === 'undo' && at > reopenAt))
      : once;
  return settled.length > 0 ? settled : [{ type: 'unknown' }];

  function readOne(sentence: string, dialogue: DialogueView): Reading {
    const question = isQuestion(sentence);
    // "move the reviews to tomorrow and make them p1", "take the priority off the gutters task
    // and get rid of its date": a change, then more said of the same task
    const pair = question ? null : AND_OF_IT.exec(sentence);
    // "move the chutney one to today and make it p1, and push the card machine thing by a week":
    // the change and more of the same task, then a request about another
    const after =
      pair &&
      /^(.+?)\s*,\s*(?:and\s+|then\s+|and then\s+)(?!(?:it|that|them|its)\b)(\S.*)$/i.exec(
        pair[2]!,
      );
    if (after) {
      const head = readOne(
        sentence.slice(0, sentence.length - pair![2]!.length) + after[1]!,
        dialogue,
      );
      const rest = readOne(after[2]!, dialogue);
      const plain = (r: Reading) =>
        r.intents.length > 0 && r.intents.every((i) => i.type !== 'unknown');
      if (plain(head) && plain(rest) && rest.specificity >= 50 && !rest.question)
        return {
          sentence,
          intents: [...head.intents, ...rest.intents],
          specificity: Math.max(head.specificity, rest.specificity),
          question,
        };
    }
    if (pair) {
      const first = readOne(pair[1]!, dialogue);
      const second = read(pair[2]!, {
        dialogue: { ...dialogue, lastAction: 'update', lastTimed: true },
        question: false,
        sentence: pair[2]!,
      });
      // ("mark it done and stop it repeating": done for good, so the repeat goes first)
      const forGood =
        first.intents.length === 1 &&
        first.intents[0]!.type === 'complete' &&
        second?.intents.length === 1 &&
        second.intents[0]!.type === 'set-repeat' &&
        second.intents[0]!.repeat === null;
      if (forGood)
        return {
          sentence,
          intents: [
            { ...second.intents[0]!, ref: (first.intents[0] as Intent & { ref: TaskRef }).ref },
            first.intents[0]!,
          ] as Intent[],
          specificity: Math.max(first.specificity, second.specificity),
          question,
        };
      if (
        first.intents.length > 0 &&
        // ("reopen that and put it for monday": back on the list, and then when)
        first.intents.every((i) => CHANGES_OF_A_TASK.has(i.type) || i.type === 'reopen') &&
        second &&
        second.intents.length > 0 &&
        second.intents.every(
          (i) =>
            // ("stop it repeating and tick it off": finished for good)
            (CHANGES_OF_A_TASK.has(i.type) || i.type === 'complete' || i.type === 'reopen') &&
            'ref' in i &&
            i.ref?.kind === 'focus',
        )
      )
        return {
          sentence,
          intents: [...first.intents, ...second.intents],
          specificity: Math.max(first.specificity, second.specificity),
          question,
        };
    }
    const slip = MISTAKE.test(sentence);
    const clauses = slip ? undefined : readClauses(sentence, { dialogue, question, sentence });
    if (clauses) return { sentence, intents: clauses, specificity: 50, question };
    let found: Reading | undefined;
    const lower = sentence.toLowerCase();
    const firstComma = lower.search(/,\s/);
    let held = false;
    // ("rain forecast, concrete pour on plot 4 pushed back two days": news first, with nothing
    // talked about yet; not a task named first, "for the vet one, …", nor a list, a note or a
    // quote)
    const remarkFirst =
      firstComma > 0 &&
      !question &&
      !dialogue.lastAction &&
      !dialogue.lastAsked &&
      !/[:"“‘`]|(?<!\p{L})'|->|\s[-–—]\s/u.test(sentence) &&
      !/^(?:(?:ok|so|and|also|right|oh)[,\s]+)*(?:in|for|on|about|re|regarding|with|to|from|not|no|sorry|oops|actually|i\s+meant?|it's|it\s+is|it\s+was)\b|\s(?:task|one|job|item|thing)$/i.test(
        sentence.slice(0, firstComma).trim(),
      );
    for (const reading of readings(sentence)) {
      const text = slip
        ? reading
            .replace(MISTAKE, ' ')
            .replace(PUT_RIGHT, '')
            // ("…by mistake, Gary still has it": why it isn't done, not which task)
            .replace(
              /\s*,\s*(?:[\p{L}'-]+\s+){0,2}(?:still|hasn't|hadn't|didn't|never|isn't|wasn't|has not|did not)\b.*$/iu,
              '',
            )
            .replace(/\s+/g, ' ')
            .trim()
        : reading;
      const best = slip
        ? readSentence(text, { dialogue, question, sentence }, (i) =>
            ['complete', 'reopen'].includes(i.type),
          )
        : read(text, { dialogue, question, sentence });
      if (!best) continue;
      // "I marked the groceries one as done by mistake": a slip to put right, not a request.
      let intents = slip
        ? best.intents.flatMap((i): Intent[] =>
            i.type === 'complete'
              ? [{ type: 'reopen', ref: i.ref }]
              : i.type === 'reopen'
                ? [i]
                : [],
          )
        : best.intents;
      if (intents.length === 0) continue;
      // "Pepper's off insulin now, stop that one repeating": read from the clause after the
      // comma, "that one" is the thing named before it (when nothing was talked about yet)
      const from = sentence.toLowerCase().indexOf(text.toLowerCase().slice(0, 20));
      // ("GST return, kindly make it urgent": the politeness between is no part of it)
      const lead = sentence
        .slice(0, Math.max(from, 0))
        .replace(/(?<=[,;])\s*(?:(?:please|pls|kindly|can you|could you|just|so)\s+)+$/i, ' ');
      const before = from > 0 ? cleanAbout(lead.replace(/(?:[\s,;:—–-]+|\s+so)+$/i, '')) : '';
      if (
        before &&
        /(?:[,;]|\s[-—–]|\sso)\s*$/i.test(lead) &&
        !dialogue.lastAction &&
        !dialogue.lastAsked &&
        intents.every(
          (i) => 'ref' in i && i.ref?.kind === 'focus' && !i.ref.context && !i.ref.topic,
        )
      )
        intents = intents.map((i) => ({ ...i, ref: { kind: 'focus', context: before } }) as Intent);
      // "photographer's booked and I'll keep the florist one, but get rid of the rest": "the rest"
      // leaves out what was named before it, and what was said done before it is done
      const prefix =
        from > 0 ? sentence.slice(0, from).replace(/[\s,;:—–-]+(?:but|and|so)?\s*$/i, '') : '';
      if (
        prefix &&
        intents.every((i) => 'ref' in i && i.ref?.kind === 'all' && i.ref.rest && !i.ref.except)
      ) {
        const done = prefix
          .split(/\s*[,;]\s*|\s+and\s+/i)
          // ("I'll keep the florist one": kept as it is, nothing done to it)
          .filter((part) => !KEPT.test(part.trim()))
          .flatMap(
            (part) =>
              read(stripEndPunctuation(stripFiller(part)), {
                dialogue,
                question: false,
                sentence: part,
              })?.intents ?? [],
          )
          .filter(
            (i) =>
              (i.type === 'complete' || i.type === 'reopen') &&
              'ref' in i &&
              i.ref.kind !== 'focus' &&
              i.ref.kind !== 'all',
          );
        intents = [
          ...done,
          ...intents.map(
            (i) => ({ ...i, ref: { ...(i as { ref: TaskRef }).ref, except: prefix } }) as Intent,
          ),
        ];
      }
      // The most literal reading wins, unless it is only a catch-all ("I ended up keeping the
      // blender", or a task said on its own) and a later reading holds more ("…, so you can scrap
      // task 2", "and renew the licence, that one too").
      // ("I've logged the weather and cleaned the lens, the foghorn can wait": the closing
      // remark that asks nothing does not undo the news before it)
      const remarkOnly =
        found !== undefined &&
        found.intents.some((i) => i.type !== 'unknown') &&
        intents.every((i) => i.type === 'dismiss');
      // ("rain forecast, concrete pour on plot 4 pushed back two days": read whole, the remark
      // before the comma was taken for the task; the clause after it names the task itself)
      const named = (i: Intent, after: boolean) => {
        if (!('ref' in i) || !i.ref || i.ref.kind === 'focus') return false;
        if (i.ref.kind !== 'words') return after;
        const at = lower.indexOf(i.ref.text.toLowerCase());
        const comma = lower.indexOf(',', at);
        return at >= 0 && (after ? at > firstComma : comma > at && at < firstComma);
      };
      const remarkTaken =
        found !== undefined &&
        remarkFirst &&
        found.specificity >= 50 &&
        found.intents.length > 0 &&
        found.intents.every((i) => named(i, false));
      if (
        remarkTaken &&
        from > firstComma &&
        best.specificity >= 50 &&
        intents.length > 0 &&
        intents.every((i) => named(i, true))
      ) {
        found = { sentence, intents, specificity: best.specificity, question };
        break;
      }
      // (a reading held for that is final unless the clause after the comma names the task)
      if (held) continue;
      if (!remarkOnly && (!found || best.specificity > found.specificity)) {
        found = { sentence, intents, specificity: best.specificity, question };
        if (
          best.specificity !== REPORT &&
          best.specificity >= FOLLOW_ON &&
          !(remarkFirst && best.specificity >= 50 && intents.every((i) => named(i, false)))
        )
          break;
        if (best.specificity !== REPORT && best.specificity >= FOLLOW_ON) held = true;
      }
    }
    // "window cleaner's not coming till Saturday now, move his one": read whole, the request
    // after the last comma is about "his one", the thing the words before it name (when nothing
    // was talked about yet)
    const lastComma = /^(.{3,}?)\s*[,;]\s*([^,;]+)$/.exec(sentence);
    if (
      found &&
      lastComma &&
      !dialogue.lastAction &&
      !dialogue.lastAsked &&
      !question &&
      found.intents.length > 0 &&
      found.intents.every(
        (i) =>
          'ref' in i &&
          i.ref?.kind === 'focus' &&
          !i.ref.context &&
          !i.ref.topic &&
          i.type !== 'put-back',
      ) &&
      /\b(?:it|that|this|them|(?:his|her|their)\s+one)\b/i.test(lastComma[2]!) &&
      !FOCUS_OBJECT.test(lastComma[1]!)
    ) {
      const before = cleanAbout(lastComma[1]!);
      if (before)
        found = {
          ...found,
          intents: found.intents.map(
            (i) => ({ ...i, ref: { kind: 'focus', context: before } }) as Intent,
          ),
        };
    }
    return found ?? { sentence, intents: [], specificity: 0, question };
  }
}

/** "I need to reopen sports day planning", "I have to cross off the call task": a change to
 * a task on the list, said as something to do; a new task only when no task is named so. */
const NEED_TO_CHANGE =
  /^(?:(?:so|ok|okay|right|oh)[,\s]+)*(?:i|we)\s+(?:really\s+|just\s+)?(?:need|have|want|got|gotta|must)(?:\s+to)?\s+(?=(?:reopen|re-open|untick|uncheck|unmark|tick off|cross off|check off|strike off|delete|remove|postpone|reschedule|delay|push back|bring forward|bring\s+.+?\s+forward|move\s+.+?\s+(?:to|back|forward|by|till|until)\b)\b)/i;

function needToChange(reading: Reading, dialogue: DialogueView): Reading {
  const [only] = reading.intents;
  if (
    only?.type !== 'add' ||
    !reading.intents.every((i) => i.type === 'add') ||
    !NEED_TO_CHANGE.test(reading.sentence)
  )
    return reading;
  // ("…; the date's changed": why, not another task)
  const said = stripEndPunctuation(
    stripFiller(
      withoutAside(reading.sentence.replace(/\s*;\s*/g, ', ')).replace(NEED_TO_CHANGE, ''),
    ),
  );
  const change = readSentence(said, { dialogue, question: false, sentence: said });
  const [intent] = change?.intents ?? [];
  if (
    change?.intents.length !== 1 ||
    !intent ||
    (intent.type !== 'complete' &&
      intent.type !== 'reopen' &&
      intent.type !== 'delete' &&
      intent.type !== 'schedule') ||
    (intent.ref.kind !== 'words' && intent.ref.kind !== 'statement')
  )
    return reading;
  return { ...reading, intents: [{ ...intent, fallback: only }] };
}

/** "finish the VAT return by end of the week", "clear out the freezer before the end of the
 * month": a deed with a deadline is a new task when no task is called so. */
function deedWithDeadline(reading: Reading, dialogue?: DialogueView): Reading {
  const [only] = reading.intents;
  if (
    reading.intents.length !== 1 ||
    !only ||
    (only.type !== 'complete' && only.type !== 'delete') ||
    only.fallback ||
    only.ref.kind !== 'words'
  )
    return reading;
  // "done some of the ironing", "did half the marking": part of it, so nothing is ticked
  if (
    only.type === 'complete' &&
    /^(?:some|half|most|part|a few|a couple|a bit)\s+(?:of\s+)?(?:the|my|our|them|it)\b/i.test(
      only.ref.text,
    )
  )
    return { ...reading, intents: [{ type: 'unknown' }] };
  // "add top up the diesel" … "er and check the bilge pump": one more task, when none is called so
  const more = /^(?:(?:er+|um+|uh+|oh|ah)[,\s]+)*(?:and|also|plus)\s+(?:then\s+)?(?=\S+\s+\S)/i;
  if (only.type === 'complete' && dialogue?.lastAction === 'add' && more.test(reading.sentence))
    return {
      ...reading,
      intents: [
        {
          ...only,
          fallback: { type: 'add', title: stripEndPunctuation(reading.sentence.replace(more, '')) },
        },
      ],
    };
  const deadline =
    /\s+(?:by|before|until|till|no later than|due)\s+(.+)$/i.exec(only.ref.text) ??
    // ("take the bins out tonight": when it is to be done)
    /\s+((?:tonight|today|tomorrow|this (?:morning|afternoon|evening)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))$/i.exec(
      only.ref.text,
    );
  // "check the trail cameras every tuesday": a deed that repeats is a task to keep, not one done
  if (
    only.type === 'complete' &&
    !/^(?:i|we|i've|we've|just|done|did|finished|completed|ticked|sorted)\b/i.test(
      reading.sentence,
    ) &&
    /\s(?:every|each)\s+(?:other\s+)?(?:day|week|month|year|morning|evening|night|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\s(?:daily|weekly|fortnightly|monthly|yearly)$/i.test(
      only.ref.text,
    )
  )
    return {
      ...reading,
      intents: [{ type: 'add', title: stripEndPunctuation(reading.sentence), quick: true }],
    };
  if (
    !deadline ||
    !(
      looksLikeWhen(deadline[1]!) ||
      /^(?:the\s+)?end\s+of\s+(?:the|this|next)\s+(?:week|month|year)$/i.test(deadline[1]!)
    )
  )
    return reading;
  return {
    ...reading,
    intents: [{ ...only, fallback: { type: 'add', title: stripEndPunctuation(reading.sentence) } }],
  };
}

/** "Done.", "all sorted!", "ticked off": said alone after a task is named, that one is done. */
/** A task named only as "it", "that one", "his one" (the words around it say which). */
const FOCUS_OBJECT =
  /\b(?:it|that(?:\s+one)?|this(?:\s+one)?|them|(?:his|her|their)\s+one)\b(?!\s+(?:is|was|'s|are|were)\b)/i;

const DONE_ALONE =
  /^(?:(?:all|now|and)\s+)?(?:done|finished|sorted|completed?|ticked off|crossed off|did it|done it|done and dusted)[.!]*$/i;

/** A sentence that can name a task: a few words, not about "I", "we" or someone already named. */
const NAMING =
  /^(?!(?:i|i'm|im|i've|we|we're|you|he|she|they|it|it's|its|that|this|there|ok|okay|yes|no|so|well|hi|hey|hello|thanks|thank you)\b)(?=\S)(?:\S+\s+){0,9}\S+[.!]?$/i;

/** "… and make them p1", "… and tag it thesis", "… and get rid of its date", "… and due fri". */
const AND_OF_IT =
  /^(.+?)\s*,?\s+and\s+((?:(?:make|mark|set|tag|label|give|put|schedule|move|push)\s+(?:it|them|that|those)|(?:tick|cross|check)\s+(?:it|that)\s+off\b|(?:untick|uncheck|reopen)\s+(?:it|that|them)\b|(?:get rid of|remove|clear|drop|take off|take|lose)\s+(?:its|their|the)|(?:set\s+)?p[1-3]\b|due\b|(?:give it|make it)\s|(?:high|top|medium|low)\s+prio(?:rity)?\b|(?:very\s+)?(?:urgent|important)\b|stop\s+(?:it|that|them)\s+(?:repeating|recurring)\b|stop\s+the\s+repeats?\b).*)$/i;
/** Changes made to a task already there, that more can be said of. */
const CHANGES_OF_A_TASK = new Set<Intent['type']>([
  'schedule',
  'prioritize',
  'tag',
  'set-repeat',
  'details',
  'update',
]);

/** A task's fields, by name. */
const FIELD_WORD =
  /\b(?:priority|prio|date|deadline|due date|time|label|labels|tag|tags|repeat|reminder|note|description)\b/i;
/** Changes to one field of a task (its date, priority, labels, repeat or details). */
const FIELD_CHANGES = new Set<Intent['type']>(
  [...CHANGES_OF_A_TASK].filter((type) => type !== 'update'),
);

/** The changes a following "and …" or "actually …" can go on from. */
const FOLLOWED = new Set<Intent['type']>(['add', 'complete', 'reopen', 'delete', 'update']);
