// How a person points at tasks: numbers and ranges, positions in the list just shown, quoted
// titles, pronouns, groups by status, or words of the title.
import type { TaskStatus } from '../../../../shared/task.ts';
import { readAgenda } from './agenda-filter.ts';
import { stripEndPunctuation } from './normalize.ts';
import type { TaskRef } from './types.ts';
import { NUMBER_WORDS, ORDINALS, pattern, rx } from './vocabulary.ts';

const REF_NOISE =
  /\s+(?:(?:from|off|on|in|out of)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:list|tasks|todos?|to-do list|todo list|task list|board|tracker|planner|backlog)|off|out|from (?:the )?list|from my tasks|for me|please|anymore|any more|already|for now|too|also|as well|then|now|instead|again|as well please|after all|or not|or not yet|yet|so far|there|on there|in there|entirely|completely|altogether|for good)$/i;

const ALL_WORDS =
  /^(?:(?:all|every|each)(?: (?:of )?(?:my|the|our|these|those))?(?: (?:tasks?|items?|todos?|to-dos?|ones?|things?|of them|entries|stuff))?|everything(?: (?:on|in) (?:my|the) list)?|them all|it all|all of it|the whole lot|all of them|the (?:whole|entire) list|my (?:whole|entire) list|the lot|the rest(?: of them)?|every single (?:one|task))$/i;

export function statusWords(s: string): TaskStatus | undefined {
  if (
    /\b(?:not (?:yet )?(?:done|completed?|finish(?:ed)?)|unfinished|incomplete|uncompleted|undone)\b/i.test(
      s,
    )
  ) {
    return 'pending';
  }
  if (
    /\b(?:completed?|done|finish(?:ed)?|checked(?: off)?|ticked(?: off)?|crossed off|closed|resolved)\b|\b(?:i|we)\s+(?:already\s+)?(?:did|have done|'ve done|got done)(?:\s+already)?$/i.test(
      s,
    )
  ) {
    return 'completed';
  }
  if (/\b(?:pending|open|remaining|outstanding|active|unchecked|left|current)\b/i.test(s))
    return 'pending';
  return undefined;
}

const GROUP_NOUN = '(?:tasks|ones|items|things|stuff|jobs|to-?dos|reminders)';

/**
 * "everything due today", "all the overdue ones", "the tasks tagged work", "tomorrow's stuff",
 * "all my p1 tasks": the tasks a "what's due…?" question with those words would find (still to
 * do, unless said otherwise).
 */
function parseFiltered(s: string): TaskRef | undefined {
  const day = new RegExp(
    `^(?:all\\s+(?:of\\s+)?)?(today|tonight|tomorrow|this (?:week|weekend)|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\\s+${GROUP_NOUN}$`,
    'i',
  ).exec(s);
  const group =
    /^(?:(?:all|every|each)(?:\s+of)?(?:\s+(?:the|my|our|those|these))?|everything|(?:the|my|those|these|any))\s+(.+)$/i.exec(
      s,
    );
  let words = day ? `due ${day[1]}` : group?.[1];
  if (!words) return undefined;
  const noun = new RegExp(`^${GROUP_NOUN}\\b|\\b${GROUP_NOUN}$`, 'i');
  // ("the dentist due tomorrow" is one task; "the tasks due tomorrow" are a group)
  if (!day && !/^(?:all|every|each|everything)\b/i.test(s) && !noun.test(words)) return undefined;
  words = words
    .replace(
      new RegExp(`^${GROUP_NOUN}\\s+(?:(?:that|which)\\s+(?:are|is)\\s+|that's\\s+)?`, 'i'),
      '',
    )
    .replace(/^(?:that|which)\s+(?:are|is)\s+|^that's\s+/i, '')
    .replace(new RegExp(`\\s+${GROUP_NOUN}$`, 'i'), '')
    .trim();
  if (!words) return undefined;
  const filter = readAgenda(words, words);
  if (!filter || filter.listNamed) return undefined;
  return { kind: 'all', status: statusWords(s) ?? 'pending', filter };
}

/** "all completed tasks", "the done ones", "every pending task", "everything I've finished". */
function parseAll(s: string): TaskRef | undefined {
  const status = statusWords(s);
  const withoutStatus = s
    .replace(/['’](?:s|re|ve)\b/gi, ' ')
    .replace(
      /\b(?:that|which|who)\b|\b(?:i've|i have|i had|i|you've|we've|are|is|were|was|been|already|just|marked|as|now)\b/gi,
      ' ',
    )
    .replace(
      /\b(?:not (?:yet )?(?:done|completed?|finished)|unfinished|incomplete|uncompleted|undone|completed?|done|finish(?:ed)?|checked(?: off)?|ticked(?: off)?|crossed off|closed|resolved|pending|open|remaining|outstanding|active|unchecked|left|current)\b/gi,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  // "the rest", "the others", "everything else": what is still to do, but the tasks just dealt with
  if (
    /^(?:(?:all\s+)?the\s+(?:rest|others|other ones)(?:\s+of\s+(?:them|it|those|the list))?|everything else|all the rest|all the others|whatever's left)$/i.test(
      withoutStatus,
    )
  )
    return { kind: 'all', status: status ?? 'pending', rest: true };
  if (ALL_WORDS.test(withoutStatus)) return { kind: 'all', status: status ?? 'all' };
  if (
    status &&
    /^(?:the |my |any )?(?:tasks?|ones?|items?|todos?|to-dos?|stuff|jobs?|things?|bits)?(?:\s+off)?$/i.test(
      withoutStatus,
    )
  ) {
    if (
      /\b(?:tasks|ones|items|todos|to-dos|stuff|things|jobs|bits)\b/i.test(s) ||
      withoutStatus === ''
    ) {
      return { kind: 'all', status };
    }
  }
  return undefined;
}

const ID_LIST =
  /^(?:(?:the )?(?:tasks?|items?|todos?|numbers?|nos?\.?|#)\s*)?#?\s*(\d+)((?:\s*(?:,|&|\+|and|,\s*and|or)?\s*(?:(?:tasks?|items?|numbers?|#)\s*)?#?\s*\d+)*)$/i;

const ORDINAL = `(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|last|bottom|final|\\d+(?:st|nd|rd|th))`;
const POSITIONS = rx`^(?:the |that |this )?(?:(?:very )?${ORDINAL}(?: one)?(?:\\s*(?:,|and|&)\\s*(?:the )?)?)+(?: (?:one|ones|task|tasks|item|items|todo|entry|thing|things|job|jobs))?(?: (?:on|in|of) (?:the|my|that) list| of (?:those|them|these|the list))?(?: (?:you )?(?:showed|listed|mentioned)(?: me)?)?$`;
const GROUP =
  /^(?:the |those |these )?(first|top|last|bottom) (two|three|four|five|2|3|4|5)(?: (?:ones|tasks|items))?$/i;

const ordinal = (word: string) => {
  const n = word.match(/^(\d+)(?:st|nd|rd|th)$/i);
  return n ? Number(n[1]) : ORDINALS[word.toLowerCase()]!;
};

/** Emoji and symbols at the end ("did 2 and 4 🎉") say how someone feels, not which task. */
const TRAILING_SYMBOLS = /[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+$/u;
/** ", I'm starting fresh", ", her mother bought it": a new clause after the reference says
 * why, not which. */
const REASON =
  /[,;]\s*(?:i|i'm|i've|i'd|we|we're|they|they've|he|she|it's|it|that's|because|since|cause|as|so|(?:those|these)\s+(?:are|were|aren't|weren't|won't|can|have|had|got))\b.*$|[,;]\s*(?:my|his|her|our|their|your)\s+\p{L}+\s+(?:\p{L}+ed|bought|buys?|got|gets|did|does|do|made|makes|took|takes|has|had|have|is|was|will|won't|can|can't|already|said|says|gave|gives|brought|brings|paid|pays|found|sent|sold|sorted)\b.*$|\s+(?:because|'cause|cos|coz)\s+\S.*$|[,;]\s*(?:the\s+)?\p{L}+(?:'s|’s|\s+is|\s+are)\s+(?:(?:nearly|almost|now|already|all|just)\s+)?(?:over|finished|cancelled|canceled|off|closed|ended|gone|through)\b.*$|[,;]\s*(?:the\s+)?\p{L}+(?:'s|’s|\s+is|\s+are)\s+(?:nearly|almost)\b.*$/iu;

/** "… we don't need it anymore" said without a comma. */
const TRAILING_REASON =
  /\s+(?:we|i|they)\s+(?:don't|do not|no longer|won't|didn't)\s+(?:need|want)\b.*$|(?<=\b(?:done|finished|complete|completed|incomplete|pending|undone))\s+(?:they|he|she|we)\s+\S.*$|(?<=\b(?:too|as well))\s+(?:we|i|they|we've|i've|they've|we're|i'm|they're|we've got|there's)\s+\S.*$/i;

/** "… said he'll send the quote next week": someone's promise, which is no deed done. */
export const PROMISE =
  /\b(?:said|says|saying|to say)\s+(?:that\s+)?(?:he|she|they|it|we)(?:'ll|\s+will|\s+would|'d|'s going to|\s+(?:is|are)\s+going\s+to|'re going to|\s+can|\s+might|\s+may)\b/i;

/** "… kayla said i can keep it", "… mom says it's not clean enough": someone's say-so. */
const HEARSAY =
  /(?<!\b(?:that|which|it))\s+(?:(?!that\b|which\b)\w+\s+)?(?:said|says|told me|asked)\b.*$/i;
/**
 * ", not needed anymore", ", the neighbour gave me some": after a comma, anything that isn't
 * more tasks ("and the bread one", "3") is the reason, not the task.
 */
const AFTER_COMMA = /,\s*(?!\s*(?:and|or|&|plus)\b|\s*(?:tasks?\s*)?#?\d)(?=(?:\S+\s+){2,}\S).*$/i;

/** A sentence without the reason given after it ("delete it, they rang me"). */
export const withoutReason = (s: string) =>
  s.replace(REASON, '').replace(TRAILING_REASON, '').replace(HEARSAY, '');

/** "the grouting's overdue": how the task stands, said after naming it. */
const STANDING =
  /(?<=\S)(?<!\b(?:that|which|who))(?:'s|’s|\s+is|\s+are|'re)\s+(?:(?:now|already|still|a bit|way|well|badly)\s+)?(?:overdue|late|behind|running late|past due|due)$/i;

/** A reference without what was said after it. */
const refOnly = (s: string) => withoutReason(s).replace(AFTER_COMMA, '').replace(STANDING, '');

/** The words that leave some out of a group: "except", "apart from", "everything bar the…". */
const EXCEPT = String.raw`except(?: for)?|apart from|but not|other than|besides|excluding|save for|(?<=\b(?:everything|all|them|lot|ones|tasks|stuff|things|there|list)\s+)(?:bar(?:ring)?|but)`;
const leftOut = (exception: string) =>
  exception.replace(new RegExp(String.raw`^(?:${EXCEPT}|but|bar(?:ring)?)\s+`, 'i'), '');

export function parseRef(raw: string): TaskRef {
  const ref = readRef(raw);
  // ("delete the second of those": of the tasks just shown, never of the whole list)
  return ref.kind === 'positions' &&
    /\b(?:of|from)\s+(?:those|them|these|that list|the ones you (?:just )?(?:showed|listed|found))\s*[.!?]*$/i.test(
      raw.trim(),
    )
    ? { ...ref, ofShown: true }
    : ref;
}

function readRef(raw: string): TaskRef {
  let s = stripEndPunctuation(refOnly(raw.trim().replace(TRAILING_SYMBOLS, '')))
    // "tasks one and three": number words in a list of task numbers are numbers.
    // ("tick off one and three": only number words, joined, are task numbers too)
    .replace(
      /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:,|and|&|\+)\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))+$/i,
      (list) => `tasks ${list}`,
    )
    .replace(/^((?:the )?(?:tasks?|items?|#)\s.*)$/i, (list) =>
      list.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, (w) =>
        String(NUMBER_WORDS[w.toLowerCase()]),
      ),
    );
  for (let i = 0; i < 3; i++) {
    const less = s.replace(REF_NOISE, '').trim();
    // ("the one for me": which one, not who it is done for)
    if (/^(?:the\s+)?one$/i.test(less) && /\bfor me$/i.test(s)) break;
    s = less;
  }
  // ("driving lesson got moved, it's Friday now": the task, not what happened to it)
  s = s.replace(
    /\s+(?:has\s+|have\s+)?(?:got|been|was|were|gets|has been|have been)\s+(?:moved|changed|pushed(?:\s+back)?|rescheduled|postponed|shifted|bumped|delayed|brought forward)$/i,
    '',
  );
  // ("sorry, I added this wrong, it should say …": "this" is the task)
  if (/^(?:i|we)\s+(?:\w+\s+)?(?:this|that|it)\s+(?:wrong|wrongly|incorrectly|badly)$/i.test(s))
    return { kind: 'focus' };
  // ("change it to 30 minutes earlier": "it", with the word before how much)
  s = s.replace(/^(it|that|this|them)\s+(?:to|by|for)$/i, '$1');
  // "the typos in task 1", "the second one has a typo": the task the typo is in
  s = s
    .replace(
      /^(?:(?:fix|correct|sort(?:\s+out)?)\s+|there(?:'s|\s+is|\s+are)\s+)?(?:the\s+|a\s+|an\s+|some\s+)?(?:typos?|spelling(?:\s+(?:mistakes?|errors?))?|misspellings?|omissions?|mistakes?|errors?)\s+(?:in|on|of)\s+(?=\S)/i,
      '',
    )
    .replace(
      /\s+(?:has|have|had|'s\s+got|has\s+got|with)\s+(?:a\s+|an\s+|some\s+)?(?:typos?|spelling\s+(?:mistakes?|errors?)|misspellings?)(?:\s+in\s+it)?$/i,
      '',
    );
  // "I got the wrong size so that('s not done)": a story, then the task it is about
  const story = /^((?:\S+\s+){2,}\S+),?\s+(?:so|but|and so|which means)\s+(?:that|it|this)$/i.exec(
    s,
  );
  if (story) return { kind: 'focus', context: story[1]! };
  // "erase please the task number 3"
  s = s.replace(/^(?:please|pls|kindly)\s+/i, '');
  // "the number three": number three
  s = s.replace(
    /^the\s+(?=(?:number|no\.)\s+(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)$)/i,
    '',
  );
  // "the last 1": the last one
  s = s.replace(
    /\b(first|second|third|fourth|fifth|last|top|bottom|1st|2nd|3rd|4th|5th)\s+1$/i,
    '$1 one',
  );
  // "the daily weigh-in", "the weekly report": how often it comes round, not its name
  s = s.replace(
    /^(?:the|my)\s+(?:daily|weekly|monthly|yearly|annual|nightly|fortnightly)\s+(?=\S)(?!(?:one|task|item|job|thing|entry)$)/i,
    'the ',
  );
  // "(not) yet sent": how far along, not which task
  s = s.replace(/^(?:not\s+)?yet\s+(?=\S)/i, '');
  // "my first task", "my last one": a position
  s = s.replace(
    /^my\s+(?=(?:first|second|third|fourth|fifth|last|next to last|penultimate)\s+(?:task|one|item|todo)s?$)/i,
    'the ',
  );
  const filtered = parseFiltered(s);
  if (filtered) return filtered;
  // "today's task", "tomorrow's one": no name, only when (read by the field the task has)
  if (
    /^(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+(?:one|task|item|job|thing|entry)$/i.test(
      s,
    )
  )
    return { kind: 'words', text: s };
  // "today's run", "this week's report": the task, of that day
  s = s.replace(
    /^(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month))'s\s+(?=\S)/i,
    '',
  );
  // "remove these: Book MOT; Replace wiper blades": each task listed
  const listed = s.match(
    /^(?:these|those|the following|following|all of these|both of these|both)(?:\s+(?:tasks|items|ones|things|two|three))?\s*:\s*(\S[^]*)$/i,
  );
  if (listed) s = listed[1]!.replace(/\s*[;,]\s*(?:and\s+)?/g, ' and ');

  const quoted = s.match(
    /^(?:the )?(?:task |item |one )?(?:called |named |titled |that says |saying )?["'`](.+)["'`](?: (?:task|item|one))?$/i,
  );
  if (quoted) return { kind: 'quoted', text: quoted[1]!.trim() };

  // "the middle two": as many from the middle of the list
  const middle = s.match(
    /^(?:the\s+)?middle\s+(two|three|four|2|3|4)(?:\s+(?:ones|tasks|items))?$/i,
  );
  if (middle)
    return {
      kind: 'neighbour',
      offset: 0,
      count: Number(middle[1]) || NUMBER_WORDS[middle[1]!.toLowerCase()]!,
    };
  // "the one before it", "the one after that", "the next one", "the one above"
  const neighbour = s.match(
    /^(?:the\s+)?(?:(?:one|task|item)\s+)?(before|after|above|below|previous|next|preceding|following|middle)(?:\s+(?:one|task|item))?(?:\s+(?:it|that|this|that one|this one|them))?$/i,
  );
  if (neighbour) {
    const where = neighbour[1]!.toLowerCase();
    const offset = where === 'middle' ? 0 : /before|above|previous|preceding/.test(where) ? -1 : 1;
    return { kind: 'neighbour', offset };
  }
  const other = s.match(
    /^(?:the )?other(s)?(?: (one|task|item|ones|tasks|items|two|three|four))?$/i,
  );
  if (other)
    return { kind: 'other', plural: !!other[1] || /s$|two|three|four/i.test(other[2] ?? '') };
  // "the other letter", "the other practice one", "the other planting job"
  const otherNamed = s.match(/^(?:the |that )?other (.+?)(?: (?:one|task|item|job|thing))?$/i);
  if (otherNamed) return { kind: 'other', text: otherNamed[1]! };
  // "the two pay ones": words, and how many tasks they should find.
  const counted = s.match(
    /^(?:the |all |all the )?(two|three|four|five|six|both|2|3|4|5|6) (.+?) (?:ones|tasks|items|things|jobs|reminders)$/i,
  );
  if (counted) {
    const n =
      counted[1]!.toLowerCase() === 'both'
        ? 2
        : Number(counted[1]) || NUMBER_WORDS[counted[1]!.toLowerCase()]!;
    // ("both of those Clarke tasks", "all three of the wedding jobs": the words, not "of those")
    const text = counted[2]!.replace(/^(?:of\s+)?(?:the|those|these|my|our)\s+/i, '');
    return { kind: 'words', text, count: n };
  }
  if (
    /^(?:both|both of them|them both|the both|both of those|those two|these two|the two of them)$/i.test(
      s,
    ) ||
    // "push both jobs back", "the two tasks": two, named by no words of their own
    /^(?:the\s+)?(?:both|two|2)(?:\s+of\s+(?:the|those|these|my))?\s+(?:jobs|tasks|ones|items|things|reminders|todos)$/i.test(
      s,
    )
  )
    return { kind: 'shown', count: 2 };
  // "all three of them", "those four", "the three of those"
  const countedShown = s.match(
    /^(?:all\s+)?(?:the\s+)?(two|three|four|five|six|2|3|4|5|6)\s+of\s+(?:them|those|these)$|^(?:those|these|all)\s+(two|three|four|five|six|2|3|4|5|6)(?:\s+(?:tasks|ones|items|of them))?$/i,
  );
  if (countedShown) {
    const n = (countedShown[1] ?? countedShown[2])!.toLowerCase();
    return { kind: 'shown', count: Number(n) || NUMBER_WORDS[n]!, all: true };
  }
  // "everything to do with the fence", "all the tasks about the trip"
  const every = s.match(
    /^(?:everything|anything|all(?:\s+(?:the|my))?(?:\s+(?:tasks|items|ones|things))?|(?:the|my|our)\s+(?:tasks|items|ones|things|jobs))\s+(?:to do with|about|related to|regarding|mentioning|that mentions?|that (?:have|has) to do with|that (?:are|is) about|with|containing)\s+(.+)$/i,
  );
  if (every) return { kind: 'words', text: every[1]!, every: true };
  // "all the call tasks", "all my school ones": every task those words find
  const allOf = s.match(
    /^(?:all|every)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:tasks?|ones|items|things|todos|to-dos|reminders|jobs|stuff|bits)(?:,?\s+(?:done or not|finished or not|ticked or not|open or done|whether done or not))?$/i,
  );
  if (
    allOf &&
    !/^(?:the|my|of|these|those)$/i.test(allOf[1]!) &&
    // ("all the first three tasks", "all completed ones": places and states, read below)
    !/\b(?:first|last|top|bottom|next|other|\d+|one|two|three|four|five|six|seven|eight|nine|ten|done|completed?|finished|pending|open|remaining|unfinished|ticked|checked)\b/i.test(
      allOf[1]!,
    )
  )
    return { kind: 'words', text: allOf[1]!, every: true };
  // "all the invoices", "all my quotes", "all walks": every task those words find
  const allPlural = s.match(
    /^(?:all|every)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]{3,}s)$/iu,
  );
  if (
    allPlural &&
    !/\b(?:tasks|things|ones|items|others|rest|todos|jobs|days|weeks|months|this|those|these|first|last|two|three|four|five|done|completed|finished|pending|open|remaining|overdue|urgent)$|^(?:other|done|completed|finished|pending|open|remaining|overdue|urgent|old|new)\b/i.test(
      allPlural[1]!,
    )
  )
    return { kind: 'words', text: allPlural[1]!, every: true };
  // "the hive tasks", "my school ones": every task those words find, said in the plural
  // ("the offsite stuff", "restock stuff")
  const plural =
    s.match(
      /^(?:the|my|our)\s+(.+?)\s+(?:tasks|ones|items|todos|to-dos|jobs|stuff|things|bits)$/i,
    ) ??
    s.match(
      /^((?!(?:the|my|our|this|that|some|any|other|more|all|every)\b)[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:tasks|jobs|stuff|bits)$/iu,
    );
  if (
    plural &&
    !/^(?:other|these|those)$/i.test(plural[1]!) &&
    !/\b(?:first|second|third|fourth|fifth|last|top|bottom|next|other|\d+|one|two|three|four|five|six|seven|eight|nine|ten|done|completed?|finished|pending|open|remaining|unfinished|ticked|checked|overdue|urgent|due|today|tomorrow|old|new)\b/i.test(
      plural[1]!,
    )
  )
    return { kind: 'words', text: plural[1]!, every: true };
  // "both of the ones I've done", "all three of the finished ones": a state, with how many
  const countedState = s.match(
    /^(?:both|all\s+(?:two|three|four|five))\s+(?:of\s+)?(the\s+(?:ones?|tasks?)\s+.+|(?:the\s+)?(?:done|finished|completed|ticked|open|pending)(?:\s+(?:ones?|tasks?))?)$/i,
  );
  if (countedState) {
    const group = parseRef(countedState[1]!);
    if (group.kind === 'all') return group;
  }
  // "both Sarah emails": the two tasks those words find.
  const both = s.match(/^both\s+(?!of\b|them\b|those\b|these\b)(.+)$/i);
  if (both) return { kind: 'words', text: both[1]!, count: 2 };
  s = s.replace(/^both\s+(?:of\s+)?/i, '');
  const range = s.match(
    /^(?:(?:the )?(?:tasks?|items?|numbers?)\s*)?(?:from\s+)?#?(\d+)\s*(?:-|–|to|through|thru|until)\s*#?(\d+)$/i,
  );
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to >= from && to - from < 100)
      return { kind: 'ids', ids: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
  }
  if (ID_LIST.test(s))
    return { kind: 'ids', ids: [...s.matchAll(/\d+/g)].map((m) => Number(m[0])) };
  const wordId = s.match(
    /^(?:task|item|number|todo) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i,
  );
  if (wordId) return { kind: 'ids', ids: [NUMBER_WORDS[wordId[1]!.toLowerCase()]!] };
  const embeddedIds = [...s.matchAll(/(?:\btasks?|\bitems?|\bnumbers?|#)\s*#?\s*(\d+)/gi)];
  if (embeddedIds.length > 0 && /^(?:the )?(?:tasks?|items?|numbers?|#)/i.test(s)) {
    return { kind: 'ids', ids: embeddedIds.map((m) => Number(m[1])) };
  }

  if (
    /^(?:they|them|those|these|them all|them both|all of them|all of those|all those|all these|both|both of them|the both|those ones|these ones|those tasks|these tasks|the two of them|those two|these two|they(?:'re|\s+are)\s+all|(?:those|these)(?:'re|\s+are)\s+all|(?:that|this)\s+lot(?:'s|\s+is)?(?:\s+all)?|'?em\s+all)$/i.test(
      s,
    )
  ) {
    // ("all of them" with nothing shown is the whole list; "those" is then unclear)
    return /\ball\b/i.test(s) ? { kind: 'shown', all: true } : { kind: 'shown' };
  }
  if (
    /^(?:it|that|this|him|her|them|those|these|that one|this one|that task|this task|task|the task|hers|his|theirs|his one|her one|their one|his task|her task|their task|his job|her job|that item|that job|this job|the job|that reminder|this reminder|that todo|that to-do|(?:the )?same(?: one| task| item)?|said task|the (?:task|one) (?:i|you) (?:just )?(?:added|created|mentioned|made|changed|completed|did)|the (?:new|one i just added) (?:one|task)?)$/i.test(
      s,
    )
  ) {
    return { kind: 'focus' };
  }
  // "take it off my list entirely": it
  if (
    /^(?:it|that|this|them|that item|that task|that one)\s+off\s+(?:my|the)\s+(?:list|to-?do list|tracker|planner|board|backlog)(?:\s+(?:entirely|completely|altogether|please|now))?$/i.test(
      s,
    )
  )
    return { kind: 'focus' };
  // "I never actually sent it — reopen it": why, about the task just talked about
  if (
    /^(?:i|we)\s+(?:never|haven't|didn't|did not|have not|still|forgot|already|just|only)\b.*\b(?:it|that|them)\b/i.test(
      s,
    )
  )
    return { kind: 'focus', context: s };
  // "the last one i already sorted it with another company": the place, then why ("it" again)
  const resumed =
    /^((?:the\s+)?(?:first|second|third|fourth|fifth|last|top|bottom|other)\s+one)\s+(?:i|we|he|she|they)\s+(?:\S+\s+){0,3}?(?:it|them|that)\b.*$/i.exec(
      s,
    );
  if (resumed) return parseRef(resumed[1]!);
  // "get rid of it, too pricey": "it", then why (not "it, the red one": which one)
  if (
    /^(?:it|that|this|them|those|that one|this one)\s*,\s*(?!(?:the|my|our|task|item|number|no\.?|#|\d)\b)\S/i.test(
      s,
    )
  )
    return { kind: 'focus' };
  // "did them before service", "sent it this morning": "it", then when it was done
  if (
    /^(?:it|that|this|them|those|these)\s+(?:(?:before|after|on the way|on my way)(?:\s+(?!and\b)\S+){1,3}|earlier|already|yesterday|this morning|this afternoon|last night|at lunch|first thing|just now)$/i.test(
      s,
    )
  )
    return { kind: 'focus' };

  // "everything except the gym one"
  const except = s.match(new RegExp(String.raw`^(.+?)\s+(?:${EXCEPT})\s+(.+)$`, 'i'));
  if (except) {
    const group = parseAll(except[1]!);
    if (group && group.kind === 'all') return { ...group, except: except[2]! };
  }
  const all = parseAll(s);
  if (all) return all;
  if (
    /^(?:a|one|some|any)\s+(?:task|item|todo|thing|one)(?:\s+(?:of them|on (?:my|the) list))?$|^one of (?:them|my tasks)$|^something$/i.test(
      s,
    )
  )
    return { kind: 'any' };
  // "the first email tom one", "the second dentist task", "the second sea trial": of those the
  // words find, in list order (when they find more than one)
  const nth =
    /^(?:the\s+)?(first|second|third|last|1st|2nd|3rd)\s+(?!(?:one|task|item|thing|todo|to-do|entry|reminder|line|job|chore|errand)s?\b|(?:but|from|to|of|before|after|and|&|half|time|week|day|month|thing|two|three|four|five|six|seven|eight|nine|ten|\d+|few|couple|pair|lot|batch|bunch|three|ones)\b)(.+?)(?:\s+(?:one|task|item)|(?<=\p{L}{3}))$/iu.exec(
      s,
    );
  if (nth)
    return {
      kind: 'words',
      text: nth[2]!,
      nth: /last/i.test(nth[1]!) ? -1 : (ORDINALS[nth[1]!.toLowerCase()] ?? parseInt(nth[1]!, 10)),
    };
  // ("the last thing I put on the list", "the newest task", "the most recent one")
  const recent =
    s.match(
      /^(?:the\s+)?(first|second|last|latest|other|newest|most recent)\s+(?:one|task|thing|item|entry|job|todo|to-do)\s+(?:(?:that\s+)?(?:i|you|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:added|created|made|put(?:\s+(?:in|on|down))?|wrote(?:\s+down)?|jotted(?:\s+down)?|stuck(?:\s+on)?|entered|saved)|added)(?:\s+(?:to|on|onto)\s+(?:the|my|this)\s+list|\s+there)?$/i,
    ) ??
    s.match(
      /^(?:the\s+)?(latest|newest|most recent|most recently added|last added)(?:\s+(?:one|task|thing|item|entry|job|todo|to-do))?(?:\s+(?:on|in)\s+(?:the|my)\s+list)?$/i,
    );
  // ("the one I added first", "the task we put on last")
  const addedWhen =
    /^(?:the\s+)?(?:one|task|thing|item|job)\s+(?:that\s+)?(?:i|you|we)(?:'ve|\s+have)?\s+(?:added|created|made|put(?:\s+(?:in|on|down))?|wrote(?:\s+down)?|jotted(?:\s+down)?|entered)\s+(first|last|most recently|latest)$/i.exec(
      s,
    );
  if (addedWhen) return { kind: 'recent', positions: [/first/i.test(addedWhen[1]!) ? 1 : -1] };
  if (recent)
    return {
      kind: 'recent',
      positions: [
        /last|latest|newest|recent/i.test(recent[1]!)
          ? -1
          : (ORDINALS[recent[1]!.toLowerCase()] ?? 1),
      ],
    };

  // "the oldest thing on my list", "the one I've had the longest": the first added of those
  // still to do
  if (
    /^(?:the\s+)?(?:oldest|earliest added|first added|longest[- ]standing)(?:\s+(?:one|task|thing|item|entry|job|todo|to-do))?(?:\s+(?:on|in)\s+(?:the|my)\s+list)?$|^(?:the\s+)?(?:one|task|thing|item|job)\s+(?:(?:that\s+)?(?:i|we)(?:'ve|\s+have)\s+had|(?:that(?:'s|\s+has)\s+been|that's\s+sat|that\s+has\s+sat)(?:\s+(?:on|in)\s+(?:the|my)\s+list|\s+(?:on\s+)?there)?)\s+(?:the\s+)?longest$/i.test(
      s,
    )
  )
    return { kind: 'recent', positions: [1], ever: true };
  // "the one at the bottom", "second from the bottom", "last but one", "the one in the middle"
  const place = s.match(
    /^(?:the\s+)?(?:(?:one|task|item)\s+)?(?:(?:at|on)\s+(?:the\s+)?(?:very\s+)?(top|bottom|end)(?:\s+of\s+(?:the|my)\s+list)?|in\s+the\s+middle)$/i,
  );
  if (place)
    return place[1]
      ? { kind: 'positions', positions: [/top/i.test(place[1]) ? 1 : -1] }
      : { kind: 'neighbour', offset: 0 };
  const fromEdge = s.match(
    /^(?:the\s+)?(\S+?)(?:\s+(?:one|task|item))?\s+(?:(?:from|up from)\s+the\s+(top|bottom|end)|(?:to|from)\s+(?:the\s+)?last)(?:\s+(?:one|task|item))?$|^(?:the\s+)?(?:last\s+but\s+(one|two)|penultimate)(?:\s+(?:one|task|item))?$/i,
  );
  if (fromEdge) {
    const n = fromEdge[1]
      ? (ORDINALS[fromEdge[1].toLowerCase()] ?? (Number.parseInt(fromEdge[1], 10) || 0))
      : fromEdge[3]?.toLowerCase() === 'two'
        ? 2
        : 1;
    const fromTop = fromEdge[2]?.toLowerCase() === 'top';
    // "second to last" is one before the last; "last but one" too
    const back = fromEdge[1] ? n : n + 1;
    if (n > 0)
      return {
        kind: 'positions',
        positions: [fromTop ? n : -back],
      };
  }
  const group = s.match(GROUP);
  if (group) {
    const n = Number(group[2]) || NUMBER_WORDS[group[2]!.toLowerCase()]!;
    const fromEnd = /last|bottom/i.test(group[1]!);
    return {
      kind: 'positions',
      positions: Array.from({ length: n }, (_, i) => (fromEnd ? i - n : i + 1)),
    };
  }
  if (POSITIONS.test(s)) {
    const found = [...s.matchAll(pattern(`\\b(${ORDINAL})\\b`, 'gi'))];
    return { kind: 'positions', positions: found.map((m) => ordinal(m[1]!)) };
  }

  return {
    kind: 'words',
    text: s
      .replace(
        /^(?:the\s+)?(?:task|one|item|todo)\s+(?:called|named|titled|that says|saying)\s+/i,
        '',
      )
      // ("the one for me": "for me" says which, "me" alone would not)
      .replace(
        /^(?:the\s+)?(?:one|task|item)\s+(?:about|of|for|with|on)\s+(?!(?:me|us|him|her|them)$)/i,
        '',
      ),
  };
}

/**
 * A change to a group with an exception ("mark everything done except the gym one"): reads the
 * sentence without the exception, then puts the exception on the group it found.
 */
export function withException<I extends { ref: TaskRef }>(
  text: string,
  read: (said: string) => I | undefined,
): I | undefined {
  const except = text.match(new RegExp(String.raw`\s+((?:${EXCEPT})\s+.+)$`, 'i'));
  // "mark everything except the car one as done", "all of them except the logs one are done":
  // what is done to them comes after.
  const tail = except?.[1]!.match(
    /\s+((?:as\s+|(?:are|is)\s+(?:all\s+)?)?(?:not\s+)?(?:done|complete|completed|finished|undone|pending|open|off))$/i,
  );
  const exception = tail ? except![1]!.slice(0, tail.index) : except?.[1];
  const rest = except ? `${text.slice(0, except.index)}${tail ? ` ${tail[1]}` : ''}` : text;
  const found = read(rest);
  // ("mark them all done except the passport one": the ones shown, but that one)
  if (found && exception && found.ref.kind === 'shown')
    return {
      ...found,
      ref: {
        ...found.ref,
        except: leftOut(exception),
      },
    };
  if (found && exception && found.ref.kind === 'all') {
    // ("delete the done ones except the council tax": the done ones stay the group)
    const ref = parseRef(`everything ${exception}`);
    return { ...found, ref: ref.kind === 'all' ? { ...ref, status: found.ref.status } : ref };
  }
  // ("mark all the order tasks done except the welcome sign": those the words find, but that one)
  if (found && exception && found.ref.kind === 'words')
    return { ...found, ref: { ...found.ref, every: true, except: leftOut(exception) } };
  // (an exception on anything else is not understood: nothing is done rather than too much)
  if (found && exception) return undefined;
  return found;
}
