// Turns what a person typed into one intent, with no model. It recognises the shape of a request
// (a verb family, where the task reference sits, where a new title or description starts) rather
// than fixed sentences, so paraphrases land on the same intent.
import type { TaskStatus } from '../../../shared/task.ts';
import { isAffirmative, isNegative } from '../confirmation-words.ts';

export type TaskRef =
  | { kind: 'ids'; ids: number[] }
  | { kind: 'positions'; positions: number[] }
  | { kind: 'quoted'; text: string }
  | { kind: 'words'; text: string }
  /** "it", "that": the task just talked about; `context` is what the same message said about it. */
  | { kind: 'focus'; context?: string }
  /** "them", "those", "all of them": the tasks just shown. */
  | { kind: 'shown' }
  /** "I booked the dentist appointment": a sentence whose words describe a task. */
  | { kind: 'statement'; text: string }
  | { kind: 'all'; status: TaskStatus };

export type Intent =
  | { type: 'add'; title: string; description?: string }
  | { type: 'add-missing-title' }
  | { type: 'list'; status: TaskStatus }
  | { type: 'count'; status: TaskStatus }
  | { type: 'complete'; ref: TaskRef }
  | { type: 'reopen'; ref: TaskRef }
  | { type: 'delete'; ref: TaskRef }
  | {
      type: 'update';
      ref: TaskRef;
      refText: string;
      title?: string;
      description?: string;
      /** Other ways to split the sentence into task and new text, tried when this one finds no task. */
      alternatives?: Intent[];
    }
  | { type: 'undo' }
  /** "Did I finish the insurance task?" */
  | { type: 'status'; ref: TaskRef }
  /** "and the meeting one too": the previous action again, on other tasks. */
  | { type: 'again'; ref: TaskRef }
  | { type: 'yes' }
  | { type: 'no' }
  | { type: 'greeting' }
  | { type: 'thanks' }
  | { type: 'help' }
  | { type: 'unknown' };

type TargetIntent = Extract<Intent, { type: 'complete' | 'reopen' | 'delete' }>;

// ---------------------------------------------------------------- text clean-up

export function normalizeText(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\b(can|could|would|will|thank|do|did|have|are)\s+u\b/gi, '$1 you')
    .replace(/\s+/g, ' ')
    .trim();
}

const FILLER =
  /^(?:ok(?:ay)?|so|but|you|sorry|excuse me|i'm afraid|i am afraid|unfortunately|sadly|turns out|oh dear|oh no|dear|hey(?: there)?|hi|hello|please|pls|plz|kindly|um+|uh+|er+|well|actually|also|and|oh|ah|alright|all right|right|now|then|great|cool|nice|perfect|good|sure|yes|yeah|assistant|bot|can you(?: please)?|could you(?: please)?|would you(?: please)?|will you(?: please)?|would you mind|would you be able to|can i get you to|i want you to|i'd like you to|i would like you to|i need you to|i want to|i'd like to|i would like to|i wanna|let's|lets|let me|go ahead and|just|quickly|one more thing|another thing|by the way|btw|wait|hmm+|oops)\b[\s,:;.!-]*/i;
const TRAILER =
  /[\s,]+(?:and\s+)?(?:please|pls|plz|for me|thanks|thank you|thanks so much|thank you so much|many thanks|cheers|if it's not too much trouble|if you don't mind|if that's ok|if that's okay|when you get a chance|when you can|thx|ty|now|right now|asap|if you can|if possible|real quick|quickly|as well|too)[\s.!?]*$/i;

/** Drops greetings, politeness and hedges around the request ("ok so could you please … thanks"). */
export function stripFiller(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 6; i++) {
    const next = s.replace(FILLER, '').replace(TRAILER, '').trim();
    if (next === s || next.length === 0) break;
    s = next;
  }
  return s;
}

const stripEndPunctuation = (s: string) => s.replace(/[\s.!?;,]+$/, '').trim();

/** A person's words as a tidy task title: no surrounding quotes or end punctuation, capitalised. */
export function tidyTitle(raw: string): string {
  let t = raw.trim().replace(/^[:\-,\s]+/, '');
  t = stripEndPunctuation(t);
  const quoted = t.match(/^["'`](.*)["'`]$/s);
  if (quoted) t = quoted[1]!.trim();
  t = stripEndPunctuation(t);
  return t.charAt(0).toLocaleUpperCase() + t.slice(1);
}

// ---------------------------------------------------------------- task references

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  top: 1,
  last: -1,
  bottom: -1,
  final: -1,
};
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const REF_NOISE =
  /\s+(?:(?:from|off|on|in|out of)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:list|tasks|todos?|to-do list|todo list|task list|board)|off|from (?:the )?list|from my tasks|for me|please|anymore|any more|already|for now|too|as well|then|now)$/i;

const ALL_WORDS =
  /^(?:(?:all|every|each)(?: (?:of )?(?:my|the|our|these|those))?(?: (?:tasks?|items?|todos?|to-dos?|ones?|things?|of them|entries|stuff))?|everything(?: (?:on|in) (?:my|the) list)?|them all|all of them|the (?:whole|entire) list|my (?:whole|entire) list|the lot|the rest(?: of them)?|every single (?:one|task))$/i;

function statusWords(s: string): TaskStatus | undefined {
  if (
    /\b(?:not (?:yet )?(?:done|completed?|finished)|unfinished|incomplete|uncompleted|undone)\b/i.test(
      s,
    )
  ) {
    return 'pending';
  }
  if (
    /\b(?:completed?|done|finished|checked(?: off)?|ticked(?: off)?|crossed off|closed|resolved)\b/i.test(
      s,
    )
  ) {
    return 'completed';
  }
  if (/\b(?:pending|open|remaining|outstanding|active|unchecked|left|current)\b/i.test(s))
    return 'pending';
  return undefined;
}

/** "all completed tasks", "the done ones", "every pending task", "completed tasks". */
function parseAll(s: string): TaskRef | undefined {
  const status = statusWords(s);
  const withoutStatus = s
    .replace(
      /\b(?:that|which|who)\b|\b(?:i've|i have|i had|i|you've|we've|are|is|were|was|been|already|just|marked|as|now)\b/gi,
      ' ',
    )
    .replace(
      /\b(?:not (?:yet )?(?:done|completed?|finished)|unfinished|incomplete|uncompleted|undone|completed?|done|finished|checked(?: off)?|ticked(?: off)?|crossed off|closed|resolved|pending|open|remaining|outstanding|active|unchecked|left|current)\b/gi,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (ALL_WORDS.test(withoutStatus)) return { kind: 'all', status: status ?? 'all' };
  if (
    status &&
    /^(?:the |my |any )?(?:tasks?|ones?|items?|todos?|to-dos?|stuff)?$/i.test(withoutStatus)
  ) {
    // "completed tasks", "the finished ones": a status word on its own names a group.
    if (/\b(?:tasks|ones|items|todos|to-dos)\b/i.test(s) || withoutStatus === '') {
      return { kind: 'all', status };
    }
  }
  return undefined;
}

const ID_LIST =
  /^(?:(?:the )?(?:tasks?|items?|todos?|numbers?|nos?\.?|#)\s*)?#?\s*(\d+)((?:\s*(?:,|&|\+|and|,\s*and|or)?\s*(?:(?:tasks?|items?|numbers?|#)\s*)?#?\s*\d+)*)$/i;

export function parseRef(raw: string): TaskRef {
  let s = stripEndPunctuation(raw.trim());
  for (let i = 0; i < 3; i++) s = s.replace(REF_NOISE, '').trim();

  const quoted = s.match(
    /^(?:the )?(?:task |item |one )?(?:called |named |titled |that says |saying )?["'`](.+)["'`](?: (?:task|item|one))?$/i,
  );
  if (quoted) return { kind: 'quoted', text: quoted[1]!.trim() };

  s = s.replace(/^both\s+(?:of\s+)?/i, '');
  const range = s.match(
    /^(?:(?:the )?(?:tasks?|items?|numbers?)\s*)?(?:from\s+)?#?(\d+)\s*(?:-|–|to|through|thru|until)\s*#?(\d+)$/i,
  );
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to >= from && to - from < 100)
      return { kind: 'ids', ids: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
  }
  const ids = s.match(ID_LIST);
  if (ids) return { kind: 'ids', ids: [...s.matchAll(/\d+/g)].map((m) => Number(m[0])) };
  const wordId = s.match(
    /^(?:task|item|number|todo) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i,
  );
  if (wordId) return { kind: 'ids', ids: [NUMBER_WORDS[wordId[1]!.toLowerCase()]!] };
  const embeddedIds = [...s.matchAll(/(?:\btasks?|\bitems?|\bnumbers?|#)\s*#?\s*(\d+)/gi)];
  if (embeddedIds.length > 0 && /^(?:the )?(?:tasks?|items?|numbers?|#)/i.test(s)) {
    return { kind: 'ids', ids: embeddedIds.map((m) => Number(m[1])) };
  }

  if (
    /^(?:them|those|these|them all|all of them|all of those|all those|all these|both|both of them|those ones|these ones|those tasks|these tasks)$/i.test(
      s,
    )
  ) {
    return { kind: 'shown' };
  }
  if (
    /^(?:it|that|this|them|those|these|that one|this one|that task|this task|the same(?: one| task)?|said task|the (?:task|one) (?:i|you) (?:just )?(?:added|created|mentioned|made|changed|completed|did)|the (?:new|latest|newest|last added) (?:one|task))$/i.test(
      s,
    )
  ) {
    return { kind: 'focus' };
  }

  const all = parseAll(s);
  if (all) return all;

  const positions = [
    ...s.matchAll(
      /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|last|bottom|final|(\d+)(?:st|nd|rd|th))\b/gi,
    ),
  ];
  if (
    positions.length > 0 &&
    /^(?:the )?(?:(?:very )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|last|bottom|final|\d+(?:st|nd|rd|th))(?:\s*(?:,|and|&)\s*(?:the )?)?)+(?: (?:one|ones|task|tasks|item|items|todo|entry))?(?: (?:on|in) (?:the|my|that) list)?(?: (?:you )?(?:showed|listed|mentioned)(?: me)?)?$/i.test(
      s,
    )
  ) {
    return {
      kind: 'positions',
      positions: positions.map((m) => (m[2] ? Number(m[2]) : ORDINALS[m[1]!.toLowerCase()]!)),
    };
  }

  return {
    kind: 'words',
    text: s.replace(
      /^(?:the\s+)?(?:task|one|item|todo)\s+(?:called|named|titled|that says|saying)\s+/i,
      '',
    ),
  };
}

// ---------------------------------------------------------------- intents

const DONE_WORDS =
  '(?:done|complete|completed|finished|finish|finish already|ready|over|checked|checked off|ticked|ticked off|crossed off|resolved|closed|sorted|taken care of|handled|dealt with|accomplished)';
const NOT_DONE_WORDS =
  '(?:not finish|not done|not complete|not completed|not finished|undone|incomplete|uncompleted|unfinished|pending|open|active|todo|to do|to-do|unchecked|not yet done|not done yet|outstanding|in progress)';

const COMPLETE_VERBS =
  "(?:complete|finish|finished|i(?:'m| am)? finish(?:ed)?|close|resolve|tick off|check off|cross off|knock off|strike off|i(?:'ve| have)? (?:just )?(?:done|did|finished|completed|ticked off|checked off)|i(?:'m| am)? (?:all )?(?:done|finished|through) with|done with|finished with|did|done)";
const REOPEN_VERBS =
  '(?:reopen|re-open|uncheck|untick|unmark|uncomplete|un-complete|unfinish|undo complete on)';
const DELETE_VERBS =
  '(?:delete|del|rm|remove|erase|trash|bin|scrap|discard|drop|cancel|clear|wipe(?: out)?|nuke|purge|ditch|dump|get rid of|throw away|throw out|toss|forget about|forget|eliminate|axe|kill|take)';
const ADD_VERBS =
  '(?:add|create|make|put|insert|include|jot(?: down)?|note(?: down)?|write(?: down)?|record|log|save|track|capture|append|stick|throw|pop|queue|set up|schedule)';

function parseComplete(s: string): TargetIntent | undefined {
  const told = s.match(
    new RegExp(
      `^(?:i|we)(?:'ve)?\\s+(?:\\w+ly\\s+)?(?:marked|ticked|checked|set)\\s+(.+?)\\s+(?:as\\s+)?(?:${DONE_WORDS}|off)$`,
      'i',
    ),
  );
  if (told) return { type: 'complete', ref: parseRef(told[1]!) };
  if (
    new RegExp(
      `^(?:mark|set|flag|tick|check|make)(?:\\s+(?:it|that|this))?\\s+(?:as\\s+)?${DONE_WORDS}$`,
      'i',
    ).test(s)
  ) {
    return { type: 'complete', ref: { kind: 'focus' } };
  }
  let m = s.match(
    new RegExp(
      `^((?:(?:tasks?|items?|numbers?)\\s*)?#?\\d+(?:\\s*(?:,|and|&)\\s*#?\\d+)*)\\s+(?:is\\s+|are\\s+)?${DONE_WORDS}$`,
      'i',
    ),
  );
  if (m) return { type: 'complete', ref: parseRef(m[1]!) };
  m = s.match(
    new RegExp(
      `^(?:mark|set|flag|tick|check|put|move|switch|make)\\s+(.+?)\\s+(?:as\\s+|to\\s+|to be\\s+|is\\s+)?${DONE_WORDS}$`,
      'i',
    ),
  );
  if (m) return { type: 'complete', ref: parseRef(m[1]!) };
  m = s.match(new RegExp(`^${COMPLETE_VERBS}\\s+(.+?)(?:\\s+(?:off|done|now))?$`, 'i'));
  if (m) return { type: 'complete', ref: parseRef(m[1]!) };
  m = s.match(/^(?:tick|check|cross|knock|strike)\s+(.+?)\s+off(?:\s+(?:my|the)\s+list)?$/i);
  if (m) return { type: 'complete', ref: parseRef(m[1]!) };
  m = s.match(
    new RegExp(
      `^(.+?)\\s+(?:is|are|was|were|has been|have been|got|'s)\\s+(?:now\\s+|all\\s+|finally\\s+)?${DONE_WORDS}(?:\\s+(?:now|already|too|as well|today|at last))?$`,
      'i',
    ),
  );
  if (m) return { type: 'complete', ref: parseRef(m[1]!) };
  m = s.match(/^(?:got|i got|i've got)\s+(.+?)\s+done$/i);
  if (m) return { type: 'complete', ref: parseRef(m[1]!) };
  m = s.match(new RegExp(`^(?:mark|tick|check)\\s+(.+)$`, 'i'));
  if (m && !new RegExp(`\\b${NOT_DONE_WORDS}$`, 'i').test(s))
    return { type: 'complete', ref: parseRef(m[1]!) };
  return undefined;
}

function parseReopen(s: string): TargetIntent | undefined {
  let m = s.match(
    new RegExp(
      `^(?:mark|set|flag|put|move|switch|change|make)\\s+(.+?)\\s+(?:as\\s+|to\\s+|back\\s+to\\s+|back\\s+as\\s+|as\\s+being\\s+)?${NOT_DONE_WORDS}(?:\\s+again)?$`,
      'i',
    ),
  );
  if (m) return { type: 'reopen', ref: parseRef(m[1]!) };
  m = s.match(new RegExp(`^${REOPEN_VERBS}\\s+(.+)$`, 'i'));
  if (m) return { type: 'reopen', ref: parseRef(m[1]!) };
  m = s.match(
    /^(.+?)\s+(?:is|are|was|were)(?:n't| not)\s+(?:actually\s+|really\s+)?(?:done|finished|complete|completed)(?:\s+yet)?$/i,
  );
  if (m) return { type: 'reopen', ref: parseRef(m[1]!) };
  m = s.match(
    /^i\s+(?:haven't|have not|didn't|did not)\s+(?:actually\s+|really\s+)?(?:finish|finished|do|done|complete|completed)\s+(.+?)(?:\s+yet)?$/i,
  );
  if (m) return { type: 'reopen', ref: parseRef(m[1]!) };
  return undefined;
}

function parseDelete(s: string): TargetIntent | undefined {
  let m = s.match(new RegExp(`^${DELETE_VERBS}\\s+(.+?)$`, 'i'));
  if (m) {
    const rest = m[1]!;
    // "take X off my list"/"take out X"; plain "take" is too vague otherwise.
    if (/^take\b/i.test(s) && !/\b(?:off|out)\b/i.test(s)) return undefined;
    const ref = rest.replace(/^(?:out|off)\s+/i, '');
    return { type: 'delete', ref: parseRef(ref) };
  }
  m = s.match(
    /^i\s+(?:don't|do not|no longer)\s+(?:need|want|have)\s+(?:to\s+(?:do\s+)?)?(.+?)(?:\s+(?:anymore|any more|after all))?$/i,
  );
  if (m) return { type: 'delete', ref: parseRef(m[1]!) };
  m = s.match(
    /^(.+?)\s+(?:is|are)\s+(?:no longer needed|not needed(?: anymore)?|cancelled|canceled|obsolete|irrelevant)$/i,
  );
  if (m) return { type: 'delete', ref: parseRef(m[1]!) };
  return undefined;
}

const DESCRIPTION_NOUN =
  '(?:description|desc|details?|notes?|comment|info|information|body|summary)';
const TITLE_NOUN = '(?:title|name|wording|text|label|heading)';
const VALUE_SEP =
  '(?:\\s+(?:to say|to read|to be|so it says|so that it says|so it reads|that says|saying|reading|to|as|into|with|=)\\s+|\\s*[:=]\\s*|\\s+-\\s+)';

/** Splits "REF <sep> VALUE" at each separator, leftmost first, for the caller to try in turn. */
export function splitRefValue(s: string): { ref: string; value: string }[] {
  const out: { ref: string; value: string }[] = [];
  const re = new RegExp(VALUE_SEP, 'gi');
  for (const m of s.matchAll(re)) {
    const ref = s.slice(0, m.index).trim();
    const value = s.slice(m.index + m[0].length).trim();
    if (ref && value) out.push({ ref, value });
  }
  return out;
}

function updateIntent(refText: string, field: 'title' | 'description', value: string): Intent {
  // "… to 'Call grandma' and set its description to 'before 8pm'": both fields at once.
  const both = value.match(
    new RegExp(
      `^(.+?)\\s*,?\\s+and\\s+(?:set|change|update|make|give)\\s+(?:its|the|their)\\s+(${DESCRIPTION_NOUN}|${TITLE_NOUN})\\s+(?:to|as|:)\\s*(.+)$`,
      'i',
    ),
  );
  if (both) {
    const fields: { title?: string; description?: string } = {};
    fields[field] = field === 'title' ? tidyTitle(both[1]!) : tidyDescription(both[1]!);
    if (new RegExp(`^${TITLE_NOUN}$`, 'i').test(both[2]!)) fields.title = tidyTitle(both[3]!);
    else fields.description = tidyDescription(both[3]!);
    return { type: 'update', ref: parseRef(refText), refText, ...fields };
  }
  const cleaned = field === 'title' ? tidyTitle(value) : tidyDescription(value);
  return { type: 'update', ref: parseRef(refText), refText, [field]: cleaned };
}

function tidyDescription(raw: string): string {
  let t = raw.trim().replace(/^[:\-,\s]+/, '');
  const quoted = t.match(/^["'`](.*)["'`][.!]?$/s);
  if (quoted) t = quoted[1]!;
  return t.trim();
}

/** Several readings of an update, most likely first; the assistant keeps the first whose task exists. */
export function parseUpdateCandidates(s: string): Intent[] {
  const out: Intent[] = [];
  const push = (ref: string, field: 'title' | 'description', value: string) => {
    if (ref.trim() && value.trim()) out.push(updateIntent(ref, field, value));
  };

  let m = s.match(
    new RegExp(
      `^(?:set|change|update|edit|make|give|put)\\s+(its|their|the task's)\\s+${DESCRIPTION_NOUN}\\s+(?:to|as|:)\\s*(.+)$`,
      'i',
    ),
  );
  if (m) push('it', 'description', m[2]!);
  // Descriptions: "set the description of task 3 to X", "add a note to task 2: X", "describe X as Y".
  m = s.match(
    new RegExp(
      `^(?:set|change|update|edit|make|put|replace|modify|give)\\s+(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}\\s+(?:of|for|on|in)\\s+(.+)$`,
      'i',
    ),
  );
  if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, 'description', p.value);
  m = s.match(
    new RegExp(
      `^(?:add|attach|put|give|write|append|include|leave)\\s+(?:a\\s+|the\\s+|some\\s+|this\\s+)?${DESCRIPTION_NOUN}\\s+(?:to|for|on)\\s+(.+)$`,
      'i',
    ),
  );
  if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, 'description', p.value);
  m = s.match(
    new RegExp(
      `^(?:set|change|update|edit|make|give)\\s+(.+?)(?:'s|s')\\s+${DESCRIPTION_NOUN}\\s+(?:to|as|:)\\s*(.+)$`,
      'i',
    ),
  );
  if (m) push(m[1]!, 'description', m[2]!);
  m = s.match(
    new RegExp(
      `^(?:give|set)\\s+(.+?)\\s+(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}\\s*(?::|of|saying|that says)?\\s*(.+)$`,
      'i',
    ),
  );
  if (m) push(m[1]!, 'description', m[2]!);
  m = s.match(
    new RegExp(
      `^(?:for|on|in)\\s+(.+?),?\\s+(?:add|set|put|attach|write|make)\\s+(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}\\s*(?::|to|of|saying|that says)?\\s*(.+)$`,
      'i',
    ),
  );
  if (m) push(m[1]!, 'description', m[2]!);
  m = s.match(
    new RegExp(
      `^(?:add|attach|put|set|give|write|append)\\s+(?:the\\s+|a\\s+|this\\s+)?${DESCRIPTION_NOUN}\\s+(["'\`].+?["'\`]|.+?)\\s+(?:to|for|on)\\s+(.+)$`,
      'i',
    ),
  );
  if (m) push(m[2]!, 'description', m[1]!);
  m = s.match(/^describe\s+(.+?)\s+as\s+(.+)$/i);
  if (m) push(m[1]!, 'description', m[2]!);
  m = s.match(new RegExp(`^(.+?)\\s+${DESCRIPTION_NOUN}\\s*(?::|=|should be|to)\\s*(.+)$`, 'i'));
  if (m && /^(?:task|item|#|\d|the |"|')/i.test(m[1]!)) push(m[1]!, 'description', m[2]!);
  m = s.match(
    new RegExp(
      `^(?:clear|remove|delete|erase|wipe)\\s+(?:the\\s+)?${DESCRIPTION_NOUN}\\s+(?:of|from|on)\\s+(.+)$`,
      'i',
    ),
  );
  if (m) out.push({ type: 'update', ref: parseRef(m[1]!), refText: m[1]!, description: '' });
  if (out.length > 0) return out;

  if (out.length > 0) return out;

  // Titles: "rename X to Y", "change the title of X to Y", "change task 1 to 'Y'".
  m = s.match(
    new RegExp(
      `^(?:set|change|update|edit|make|give)\\s+(?:its|their|the task's)\\s+${TITLE_NOUN}\\s+(?:to|as|:)\\s*(.+)$`,
      'i',
    ),
  );
  if (m) push('it', 'title', m[1]!);
  m = s.match(/^(?:rename|retitle|relabel|reword|rephrase|rewrite)\s+(.+)$/i);
  if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, 'title', p.value);
  m = s.match(
    new RegExp(
      `^(?:change|update|edit|modify|set|make|fix|correct|alter|switch|replace)\\s+(?:the\\s+)?${TITLE_NOUN}\\s+(?:of|for|on)\\s+(.+)$`,
      'i',
    ),
  );
  if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, 'title', p.value);
  m = s.match(
    new RegExp(
      `^(?:change|update|edit|modify|set|fix|correct|alter|switch)\\s+(.+?)(?:'s|s')\\s+${TITLE_NOUN}\\s+(?:to|as|:)\\s*(.+)$`,
      'i',
    ),
  );
  if (m) push(m[1]!, 'title', m[2]!);
  m = s.match(/^(?:change|update|edit|modify|make|fix|correct|alter|switch|turn|reword)\s+(.+)$/i);
  if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, 'title', p.value);
  m = s.match(
    /^(.+?)\s+should\s+(?:be called|be named|be renamed to|be retitled|say|read|be)\s+(.+)$/i,
  );
  if (m) push(m[1]!, 'title', m[2]!);
  m = s.match(/^(?:call|name)\s+(.+?)\s+(".+"|'.+')$/i);
  if (m) push(m[1]!, 'title', m[2]!);
  return out;
}

const ADD_PREFIXES: RegExp[] = [
  /^(?:please\s+)?remind me (?:to|that i (?:need|have) to|about)\s+/i,
  /^(?:don't|dont|do not) let me forget (?:to|about)\s+/i,
  /^(?:i\s+)?(?:need|have|want|got|gotta|must|should)\s+(?:to\s+)?remember\s+(?:to\s+|that i (?:need|have) to\s+)?/i,
  /^(?:i\s+)?(?:need to|have to|must|should|ought to|gotta|got to|'ve got to|have got to|want to remember to|mustn't forget to|can't forget to|cannot forget to|shouldn't forget to|need to remember to)\s+/i,
  /^(?:i'm|i am)\s+(?:going to|gonna|planning to|supposed to)\s+/i,
  /^(?:i've|i have|we've|we have)\s+(?:got|still got)\s+to\s+/i,
  /^remember (?:to|that i need to)\s+/i,
  /^(?:note to self|reminder|todo|to-do|to do|task|new task|new todo|new item)\s*[:-]\s*/i,
  /^new (?:task|todo|to-do|item|reminder|entry)\b[:-]?\s*/i,
];

const ADD_OBJECT =
  /^(?:(?:a|an|the|another|one more|new|this|some)\s+)*(?:new\s+)?(?:tasks?|todos?|to-dos?|items?|reminders?|entry|entries|things?|note)\b(?:\s+(?:to (?:my |the )?(?:list|tasks|todo list|to-do list))?)?/i;

const ADD_TRAILERS =
  /\s+(?:to|on|onto|in|into|for)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:list|to-?do list|todo list|tasks|task list|todos|to-dos|list of tasks|agenda|board)(?:\s+(?:please|for me))?$|\s+as\s+(?:a\s+)?(?:new\s+)?(?:task|todo|to-do|reminder|item)$/i;

function extractAdd(s: string): Intent | undefined {
  const verb = new RegExp(`^${ADD_VERBS}\\b`, 'i');
  // "I want new task, title is Learn German" / "new task called Plan the party"
  const named = s.match(
    /\b(?:new|add|create|make)\b.*?\b(?:task|todo|to-do|item|reminder)\b.*?[,:]?\s*(?:the\s+)?(?:title|name)\s*(?:is|:|=|should be)\s*(.+)$/i,
  );
  if (named) return { type: 'add', title: tidyTitle(named[1]!) };

  let body: string | undefined;
  for (const prefix of ADD_PREFIXES) {
    if (prefix.test(s)) {
      body = s.replace(prefix, '');
      break;
    }
  }
  if (body === undefined && verb.test(s)) {
    body = s.replace(verb, '').trim();
    body = body.replace(
      /^(?:for (?:me|us)|in|to|on|into|onto)\s+(?:(?:my|the|our)\s+(?:\w+\s+)?(?:list|to-?do list|todo list|tasks)\s*)?[:-]?\s*/i,
      (m) => (/^(?:for (?:me|us)\s+|(?:in|to|on|into|onto)\s+(?:my|the|our)\b)/i.test(m) ? '' : m),
    );
    const object = body.match(ADD_OBJECT);
    if (object) {
      body = body
        .slice(object[0].length)
        .trim()
        .replace(/^for (?:me|us)\s+(?=to\b)/i, '');
      body = body.replace(
        /^(?:to (?:my |the )?(?:list|tasks)\s*)?(?:to|for|that says|saying|called|named|titled|about|reading|:|-)\s*/i,
        '',
      );
    } else {
      body = body.replace(/^(?:to|:|-)\s+/i, '');
    }
  }
  if (body === undefined) return undefined;

  // A quoted title: Add 'Book flights' to my list; Add task "Email Sam" with the description "…"
  // (a quote inside a longer title, as in Read "Dune" by Frank Herbert, stays part of it).
  const quoted = body.match(/^(["'`])(.+?)\1(.*)$/s);
  if (
    quoted &&
    (quoted[3]!.trim() === '' ||
      ADD_TRAILERS.test(` ${quoted[3]!.trim()}`) ||
      new RegExp(`^[,\\s]*(?:with|and|;|-)?\\s*(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}`, 'i').test(
        quoted[3]!.replace(ADD_TRAILERS, '').trim(),
      ) ||
      /^\s*(?:to|on|in|onto|into)\s+(?:my|the|our)\b/i.test(quoted[3]!))
  ) {
    const title = tidyTitle(quoted[2]!);
    const desc = quoted[3]!.match(
      new RegExp(
        `\\b${DESCRIPTION_NOUN}\\b[^"'\`]*?(?:(["'\`])(.+?)\\1|(?::|of|saying|that says)\\s*(.+))`,
        'i',
      ),
    );
    const description = desc ? tidyDescription(desc[2] ?? desc[3] ?? '') : undefined;
    return description ? { type: 'add', title, description } : { type: 'add', title };
  }

  body = body.replace(ADD_TRAILERS, '').trim();
  let description: string | undefined;
  const withDesc = body.match(
    new RegExp(
      `^(.+?)(?:,?\\s+with\\s+(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}|\\s*[;,]\\s*${DESCRIPTION_NOUN}\\s*:|\\s+-\\s+${DESCRIPTION_NOUN}:?)\\s*(?::|of|saying|that says)?\\s*(.+)$`,
      'i',
    ),
  );
  if (withDesc) {
    body = withDesc[1]!;
    description = tidyDescription(withDesc[2]!);
  }
  const title = tidyTitle(body.replace(ADD_TRAILERS, ''));
  if (!title || /^(?:task|todo|item|something|one|it)$/i.test(title))
    return { type: 'add-missing-title' };
  return description !== undefined ? { type: 'add', title, description } : { type: 'add', title };
}

function parseList(s: string): Intent | undefined {
  const t = s.toLowerCase();
  const listy =
    /^(?:show|list|display|view|see|print|give|get|tell|read|bring up|pull up|open|check|review|go over|what(?:'s| is| are|'re)?|which|whats|anything|is there anything|are there any|do i have|have i|what have i|what did i|where am i|my|all|everything|pending|completed|done|remaining|open|outstanding|tasks|todos?|to-?do list|list)\b/;
  if (!listy.test(t)) return undefined;
  const topic =
    /\b(?:tasks?|list|todos?|to-?dos?|items?|things|everything|pending|completed?|done|finished|left|remaining|open|outstanding|agenda|plate|stuff|schedule|to do|accomplished|achieved|ticked|checked off|got through|anything)\b/;
  if (
    !topic.test(t) &&
    !/\b(?:must|should|need to|have to|got to|gotta) do\b|\b(?:going on|got on|coming up|up next|on my plate|in the pipeline|on the agenda)\b/.test(
      t,
    ) &&
    !/^what(?:'s| is| have i got| do i have| have i| am i)\s+(?:got\s+)?(?:on|up|next|planned)\b/.test(
      t,
    )
  )
    return undefined;
  if (/^(?:what|which)\b/.test(t) && /\b(?:task|item|number|#)\s*#?\d+\b/.test(t)) return undefined;
  let status: TaskStatus = 'all';
  if (
    /\b(?:including|incl|with|plus|and|even)\s+(?:the\s+|my\s+)?(?:completed|done|finished|ticked)\b|\bdone (?:and|or) not\b|\bdone or pending\b/.test(
      t,
    )
  ) {
    return { type: 'list', status: 'all' };
  }
  if (
    /\b(?:to be done|to get done|needs? (?:to be )?doing|need(?:s)? doing|still (?:need|have|got)|have to do|need to do|left to do|unfinished|incomplete)\b|(?:\bnot|n't) (?:yet )?(?:done|completed?|finished)\b/.test(
      t,
    )
  ) {
    status = 'pending';
  } else if (
    /\b(?:completed?|done|finished|accomplished|achieved|ticked off|checked off|crossed off|got through|closed|finish(?:ed)? already|already finish(?:ed)?|i finish(?:ed)?)\b/.test(
      t,
    )
  ) {
    status = 'completed';
  } else if (
    /\b(?:pending|left|remaining|open|outstanding|still|unchecked|to do|todo|active|upcoming|due|next|anything)\b/.test(
      t,
    )
  ) {
    status = 'pending';
  }
  return { type: 'list', status };
}

// "I don't need the dry cleaning one anymore, delete it" / "the email task, I did it, mark complete":
// the request names "it", and the clauses before it say which task that is.
const ABOUT_TASK =
  /^(?:but\s+|so\s+|and\s+)?(?:i\s+(?:don't|do not|no longer|not|won't|will not)\s+(?:be\s+)?(?:need|needing|want|wanting|have)\s+(?:to\s+(?:do\s+)?)?|i(?:'ve| have)?\s+(?:already\s+|just\s+|finally\s+)?(?:finished|done|completed|did)\s+|(?:i'm|i am)\s+(?:done|finished)\s+with\s+|(?:about|regarding|re|as for|for)\s+)/i;
const ABOUT_TASK_END =
  /\s+(?:anymore|any more|after all|already|is (?:done|finished|sorted|complete|completed|over|cancelled|canceled|off)|got (?:cancelled|canceled|done|sorted)|was (?:cancelled|canceled)|isn't needed|is not needed)$/i;

export const cleanAbout = (clause: string) =>
  stripEndPunctuation(stripFiller(clause))
    .replace(ABOUT_TASK, '')
    .replace(ABOUT_TASK_END, '')
    .trim();

function parseCompound(s: string): Intent | undefined {
  const clauses = s.split(/\s*[,;]\s*/).filter(Boolean);
  for (let i = clauses.length - 1; i > 0; i--) {
    const rest = stripFiller(
      clauses
        .slice(i)
        .join(', ')
        .replace(/^(?:so|just|then|and|but)\s+/i, ''),
    );
    const intent = parseReopen(rest) ?? parseComplete(rest) ?? parseDelete(rest);
    if (intent && intent.ref.kind === 'focus') {
      const context = clauses.slice(0, i).map(cleanAbout).filter(Boolean).join(', ');
      if (context) return { ...intent, ref: { kind: 'focus', context } };
    }
  }
  return undefined;
}

const IRREGULAR_PAST: Record<string, string> = {
  bought: 'buy',
  paid: 'pay',
  sent: 'send',
  wrote: 'write',
  written: 'write',
  made: 'make',
  took: 'take',
  taken: 'take',
  went: 'go',
  gone: 'go',
  got: 'get',
  gotten: 'get',
  met: 'meet',
  gave: 'give',
  given: 'give',
  told: 'tell',
  sold: 'sell',
  built: 'build',
  brought: 'bring',
  caught: 'catch',
  found: 'find',
  left: 'leave',
  spoke: 'speak',
  spoken: 'speak',
  drove: 'drive',
  driven: 'drive',
  ate: 'eat',
  eaten: 'eat',
  did: 'do',
  ran: 'run',
  swept: 'sweep',
  kept: 'keep',
  fed: 'feed',
  hung: 'hang',
  won: 'win',
  taught: 'teach',
  rang: 'ring',
  rung: 'ring',
  drew: 'draw',
  drawn: 'draw',
  threw: 'throw',
  thrown: 'throw',
  flew: 'fly',
  chose: 'choose',
  chosen: 'choose',
  read: 'read',
  put: 'put',
  set: 'set',
  cut: 'cut',
  shut: 'shut',
  spent: 'spend',
  lent: 'lend',
  saw: 'see',
  seen: 'see',
  heard: 'hear',
  held: 'hold',
  led: 'lead',
  slept: 'sleep',
  dug: 'dig',
  grew: 'grow',
  grown: 'grow',
  broke: 'break',
  broken: 'break',
  rode: 'ride',
  ridden: 'ride',
  wore: 'wear',
  worn: 'wear',
  tore: 'tear',
  torn: 'tear',
  hid: 'hide',
  hidden: 'hide',
  sang: 'sing',
  sung: 'sing',
  swam: 'swim',
  began: 'begin',
  begun: 'begin',
  understood: 'understand',
  forgave: 'forgive',
  withdrew: 'withdraw',
  sat: 'sit',
  stood: 'stand',
  lost: 'lose',
};

const pastToBase = (verb: string): string | undefined => {
  const v = verb.toLowerCase();
  if (Object.hasOwn(IRREGULAR_PAST, v)) return IRREGULAR_PAST[v];
  return v.length > 4 && v.endsWith('ed') ? v : undefined;
};

/** "I booked the dentist appointment", "We've paid the rent", "The car insurance is renewed". */
function parseStatement(s: string): Intent | undefined {
  let m = s.match(
    /^(?:i|we)(?:'ve|'d)?\s+(?:(?:have|had|just|finally|already|also|actually|now|successfully|totally)\s+)*([a-z]+)\s+(.+)$/i,
  );
  if (m && pastToBase(m[1]!)) {
    return { type: 'complete', ref: { kind: 'statement', text: `${pastToBase(m[1]!)} ${m[2]}` } };
  }
  m = s.match(
    /^(?:(?:just|finally|already|also)\s+)?([a-z]+)\s+(.+?)(?:\s+(?:already|today|just now|finally|yesterday|at last|this morning))?$/i,
  );
  if (m && pastToBase(m[1]!)) {
    return { type: 'complete', ref: { kind: 'statement', text: `${pastToBase(m[1]!)} ${m[2]}` } };
  }
  m = s.match(
    /^(.+?)\s+(?:is|are|was|were|has been|have been|got)\s+(?:now\s+|finally\s+|all\s+|already\s+)?([a-z]+)$/i,
  );
  if (m && pastToBase(m[2]!)) {
    return { type: 'complete', ref: { kind: 'statement', text: `${pastToBase(m[2]!)} ${m[1]}` } };
  }
  return undefined;
}

function parseStatusQuestion(s: string): Intent | undefined {
  if (/^(?:is|are|was|were)\s+(?:there|anything|everything|something|all)\b/i.test(s))
    return undefined;
  let m = s.match(
    /^(?:did|have|had)\s+i\s+(?:already\s+|actually\s+|ever\s+)?(?:finish|finished|complete|completed|do|done|tick off|ticked off|check off|checked off)\s+(.+)$/i,
  );
  if (m) return { type: 'status', ref: parseRef(m[1]!) };
  m = s.match(
    /^(?:is|was|are|were)\s+(.+?)\s+(?:already\s+|actually\s+)?(?:done|finished|complete|completed|checked off|ticked off|still pending|pending|open)(?:\s+yet)?$/i,
  );
  if (m) return { type: 'status', ref: parseRef(m[1]!) };
  return undefined;
}

function parseContinuation(s: string): Intent | undefined {
  const m =
    s.match(
      /^(?:and|also|plus|same for|same with|same goes for|and also|as well as|and then)\s+(.+?)(?:\s+(?:too|as well|also))?$/i,
    ) ?? s.match(/^(.+?)\s+(?:too|as well)$/i);
  if (!m) return undefined;
  return { type: 'again', ref: parseRef(m[1]!) };
}

function parseCore(s: string): Intent {
  const lower = s.toLowerCase();
  if (!s) return { type: 'unknown' };

  if (
    /^(?:undo|revert|reverse|roll ?back)\b|^(?:take|put|bring|get|change) (?:it|that|this|them|those) back\b|^(?:restore|unde?lete|recover) (?:it|that|this|them|those|the last one|what i deleted)\b|\bundo (?:that|it|this|the last|my last)\b|^go back$/.test(
      lower,
    )
  ) {
    return { type: 'undo' };
  }
  if (
    /^how (?:many|much)\b|^(?:what(?:'s| is) )?(?:the )?(?:count|number) of\b|^count\b/.test(lower)
  ) {
    let status: TaskStatus = 'all';
    if (
      /\b(?:left|pending|remaining|open|to do|todo|outstanding|unfinished|incomplete|not (?:yet )?(?:done|completed?|finished?)|still|need to|have to)\b/.test(
        lower,
      )
    )
      status = 'pending';
    else if (/\b(?:done|completed?|finished?|accomplished|ticked|checked)\b/.test(lower))
      status = 'completed';
    return { type: 'count', status };
  }

  if (
    /^(?:todo|to-?do|to do|task|reminder|note to self|note|new task|new todo)\s*[:-]\s*\S/i.test(s)
  ) {
    const add = extractAdd(s);
    if (add) return add;
  }

  const compound = parseCompound(s);
  if (compound) return compound;

  const updates = parseUpdateCandidates(s);
  if (updates.length > 0) {
    return { ...(updates[0] as Intent & { type: 'update' }), alternatives: updates.slice(1) };
  }

  return (
    parseStatusQuestion(s) ??
    parseReopen(s) ??
    parseComplete(s) ??
    parseDelete(s) ??
    parseList(s) ??
    extractAdd(s) ??
    parseStatement(s) ?? { type: 'unknown' }
  );
}

// ---------------------------------------------------------------- whole messages

/** Splits a message into sentences, leaving quoted text whole. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    current += ch;
    if (ch === '"') quote = quote ? null : ch;
    if (!quote && /[.!?]/.test(ch) && (i + 1 === text.length || /\s/.test(text[i + 1]!))) {
      // "no." in "no. 3" or an abbreviation like "e.g." is not a sentence end.
      if (!/\b(?:no|e\.g|i\.e|etc|vs|mr|mrs|dr|st)\.$/i.test(current.trim())) {
        out.push(current.trim());
        current = '';
      }
    }
  }
  if (current.trim()) out.push(current.trim());
  return out.length ? out : [text];
}

const POLITE_MARKERS =
  /\b(?:would you be so kind as to|be so kind as to|would you be able to|would you mind|i was wondering if you could|if you could|if you can|if you would|could you(?: possibly| please| kindly)?|can you(?: please)?|would you(?: please)?|will you(?: please)?|be a dear and|do me a favou?r and|quick favou?r|i'd like you to|i want you to|i need you to|i'd like to|i would like to|i'd love to|i would love to|i want to|i want|i wanna|please|pls|kindly|you can|you could|help me|and then)\b[\s,:]*/gi;

const GERUNDS: Record<string, string> = {
  adding: 'add',
  deleting: 'delete',
  removing: 'remove',
  marking: 'mark',
  completing: 'complete',
  finishing: 'finish',
  renaming: 'rename',
  changing: 'change',
  updating: 'update',
  setting: 'set',
  putting: 'put',
  creating: 'create',
  showing: 'show',
  listing: 'list',
  ticking: 'tick',
  checking: 'check',
  reminding: 'remind',
  clearing: 'clear',
  reopening: 'reopen',
  making: 'make',
  writing: 'write',
  noting: 'note',
  crossing: 'cross',
  editing: 'edit',
  moving: 'move',
  getting: 'get',
  erasing: 'erase',
  scrapping: 'scrap',
  dropping: 'drop',
  telling: 'tell',
  giving: 'give',
  unchecking: 'uncheck',
  undoing: 'undo',
  describing: 'describe',
};

const baseVerb = (s: string) => s.replace(/^([a-z]+ing)\b/i, (w) => GERUNDS[w.toLowerCase()] ?? w);

/** The request with politeness peeled off, most literal reading first. */
function readings(sentence: string): string[] {
  const out = [stripEndPunctuation(stripFiller(sentence))];
  for (const m of sentence.matchAll(POLITE_MARKERS)) {
    const rest = stripEndPunctuation(stripFiller(sentence.slice(m.index + m[0].length)));
    if (rest) out.push(baseVerb(rest));
  }
  // "Just checking in, is there anything still pending?": the clause after a comma may be the request.
  for (const m of sentence.matchAll(/[,;]\s*/g)) {
    const rest = stripEndPunctuation(stripFiller(sentence.slice(m.index + m[0].length)));
    if (rest) out.push(baseVerb(rest));
  }
  return [...new Set(out.filter(Boolean))];
}

function smallTalk(bare: string): Intent | undefined {
  if (
    /^(?:hi|hello|hey|hiya|howdy|yo|good (?:morning|afternoon|evening|day)|greetings|sup|what's up|whats up)(?:[ ,]+(?:there|again|hello|assistant|bot|friend))*$/.test(
      bare,
    )
  ) {
    return { type: 'greeting' };
  }
  if (
    /^(?:thanks?|thank you|thx|ty|cheers|great|perfect|awesome|nice|cool|ok|okay|got it|good|lovely|brilliant|excellent|you're a star|you rock)(?: (?:so much|a lot|very much|you|again|mate|buddy|a bunch|ever so much|kindly))*$/.test(
      bare,
    )
  ) {
    return { type: 'thanks' };
  }
  if (
    /^(?:help|what can you do|how does this work|commands|\?|what do you do|how do i use (?:this|you))\b/.test(
      bare,
    )
  ) {
    return { type: 'help' };
  }
  return undefined;
}

const MISTAKE =
  /\b(?:by mistake|accidentally|by accident|mistakenly|in error|wrongly|too early)\b/i;

export function parseIntent(text: string, hasPendingConfirmation: boolean): Intent {
  const original = normalizeText(text);
  const bare = stripEndPunctuation(original).toLowerCase();

  if (hasPendingConfirmation) {
    if (isNegative(bare)) return { type: 'no' };
    if (isAffirmative(bare)) return { type: 'yes' };
  }
  const whole = smallTalk(bare);
  if (whole) return whole;

  // The first sentence that asks for something wins; greetings and thanks around it are manners.
  const sentences = splitSentences(original);
  let manners: Intent | undefined;
  let mistake: Intent | undefined;
  for (const [i, sentence] of sentences.entries()) {
    for (const reading of readings(sentence)) {
      const slip = MISTAKE.test(sentence);
      let intent = parseCore(
        slip ? reading.replace(MISTAKE, ' ').replace(/\s+/g, ' ').trim() : reading,
      );
      if (intent.type === 'unknown') continue;
      // "I marked the groceries one as done by mistake": a slip to put right, not a request.
      if (slip) {
        if (intent.type !== 'complete') continue;
        intent = { type: 'reopen', ref: intent.ref };
        if (sentences.length > 1) {
          mistake ??= intent;
          continue;
        }
      }
      if (
        intent.type !== 'again' &&
        'ref' in intent &&
        intent.ref.kind === 'focus' &&
        !intent.ref.context
      ) {
        const others = sentences
          .filter((_, j) => j !== i)
          .map(cleanAbout)
          .filter(Boolean)
          .join(', ');
        if (others) return { ...intent, ref: { kind: 'focus', context: others } } as Intent;
      }
      return intent;
    }
    manners ??= smallTalk(stripEndPunctuation(sentence).toLowerCase());
  }
  if (mistake) return mistake;
  // "and the meeting one too": nothing on its own, so it repeats the last action.
  if (!manners && sentences.length === 1) {
    const again = parseContinuation(stripEndPunctuation(original));
    if (again) return again;
  }
  return manners ?? { type: 'unknown' };
}
