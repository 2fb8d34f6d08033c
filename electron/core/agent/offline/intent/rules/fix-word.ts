// One word of a title put right: "fix the typo in the first task, it's plumber", "prescription
// is spelled wrong in task 1", "swap 'plumber' for 'electrician' in task 2", "in the report
// task, change the word report to invoice", "replace coffee with tea in the shopping one".
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';
import { TASK_VERBS } from '../vocabulary.ts';

const unquote = (s: string) => s.trim().replace(/^["'`](.*)["'`]$/, '$1');
/** One word (a slip is in one word; a longer value is a new title: rename.ts). */
const ONE = `["'\`]?(?:[\\p{L}\\p{N}'-]|[.,](?=\\p{N}))+["'\`]?`;
/** Up to three words; quoted, the quotes are a pair ("'Water the plants' to 'Water the plants on
 * the balcony'" is a new title, not a swap on the balcony). */
const WORD = `(?:["'\`][\\p{L}\\p{N}'-]+(?:\\s+[\\p{L}\\p{N}'-]+){0,2}["'\`]|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'-]|[.,](?=\\p{N}))*(?:\\s+[\\p{L}\\p{N}'-]+){0,2})`;

const SLIP = [
  // "fix the typo in the first task, it's plumber" / "correct the spelling in task 2: receipt"
  new RegExp(
    `^(?:fix|correct)\\s+(?:the\\s+|a\\s+)?(?:typo|spelling|spelling mistake|misspelling)\\s+(?:in|on|of)\\s+(.+?)\\s*[,:;-]\\s*(?:it'?s|it is|it should be|should be|it should say|should say|it should read|should read|it's meant to say|meant to be)?\\s*(${ONE})$`,
    'iu',
  ),
  // "prescription is spelled wrong in task 1, pls fix"
  new RegExp(
    `^(${ONE})\\s+is\\s+(?:spelled|spelt|written)\\s+(?:wrong|wrongly|incorrectly)\\s+in\\s+(.+?)(?:\\s*,?\\s*(?:please\\s+|pls\\s+)?(?:fix|correct)(?:\\s+it)?(?:\\s+please|\\s+pls)?)?$`,
    'iu',
  ),
];
/** "task 3 is spelt wrong, vistor should be visitor": the task, then the word wrong and right. */
const TASK_SPELT_WRONG = new RegExp(
  `^(.+?)\\s+(?:is|'s)\\s+(?:spelled|spelt|written)\\s+(?:wrong|wrongly|incorrectly)\\s*[,;:—–-]\\s*(${ONE})\\s+(?:should be|should say|->|→|=>|to)\\s+(${ONE})$`,
  'iu',
);

const SWAP = [
  // "change the rehearsal space one from thursday to friday"
  new RegExp(
    `^(?:change|switch|move|update|edit|amend)\\s+(.+?)\\s+from\\s+(${WORD})\\s+to\\s+(${WORD})$`,
    'iu',
  ),
  // "swap 'plumber' for 'electrician' in task 2", "replace coffee with tea in the shopping one"
  new RegExp(
    `^(?:swap|switch|replace|change)\\s+(?:the\\s+word\\s+)?(${WORD})\\s+(?:for|with|to|into|by)\\s+(${WORD})\\s+(?:in|on)\\s+(.+)$`,
    'iu',
  ),
  // "in the report task, change the word report to invoice"
  new RegExp(
    `^(?:in|on|for)\\s+(.+?),?\\s+(?:swap|switch|replace|change)\\s+(?:the\\s+word\\s+)?(${WORD})\\s+(?:for|with|to|into|by)\\s+(${WORD})$`,
    'iu',
  ),
];

/** "Profesor should be Professor", "shampo is spelt wrong, it's shampoo", "chaase -> chase": the
 * task is the one with the word that slipped. */
const MISSPELT = [
  // ("fix typo: pasport -> passport", "spelling: recieve should be receive")
  /^(?:(?:(?:fix|correct)\s+(?:the\s+|a\s+)?)?(?:typo|spelling(?:\s+mistake)?|misspelling)\s*[:,—–-]\s*)?([\p{L}'-]+)\s+(?:should be|should say|is spel(?:t|led) wrong,?\s+it(?:'s| is| should be)|->)\s+([\p{L}'-]+)$/iu,
];

/** "…, can you fix the Diana task", "please fix the title": the request after the correction. */
const FIX_TAIL = `(?:\\s*[,;.]?\\s*(?:(?:so\\s+)?(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?|please\\s+|pls\\s+|so\\s+)?(?:fix|correct|change|update|edit|amend)\\b.*)?`;
/** "I meant Dana not Diana", "the essay is actually for history, not English": the task is the
 * one with the word said by mistake. */
const NOT_THAT = [
  new RegExp(
    `^(?:(?:i|we)\\s+meant|i mean|it'?s|it is|it should be|should be|it should (?:say|read)|should (?:say|read)|that'?s|that should be|the right one is|write|type|put|use|spell it|make it|say|correct (?:it )?to|change (?:it )?to)(?:\\s+spel(?:led|t)|\\s+written)?\\s+(${ONE}),?\\s+not\\s+(${ONE})${FIX_TAIL}$`,
    'iu',
  ),
  new RegExp(
    `^(?:.+?)(?:\\s+(?:is|are|was|were)|'s|'re)\\s+(?:actually\\s+|really\\s+)?(?:for|about|with|at|on|in|to|from|by)\\s+(${ONE}),?\\s+not\\s+(${ONE})${FIX_TAIL}$`,
    'iu',
  ),
];

/** "the Tom email should be to Thomas, not Tom": a task named, then the right words and the wrong. */
const NAMED_THEN_NOT_THAT = new RegExp(
  `^(?:(?:actually|sorry|oops|no|wait)[,\\s]+)*(.+?)\\s+(?:should\\s+(?:be|say|read)|is|are|'s|was|were)\\s+(?:actually\\s+|really\\s+)?(?:to|for|about|with|at|in|on|from|by)?\\s*(?:the\\s+|a\\s+)?(${WORD}),?\\s+(?:not|instead of|rather than)\\s+(?:the\\s+|a\\s+)?(${WORD})(?:\\s*,\\s*.*)?$`,
  'iu',
);

/** "change X so it says Y instead of Z" said as "X should say Y instead of Z". */
const soItSays = (s: string) => {
  const m =
    /^(?:change|update|edit|amend|fix|correct|alter)\s+(.+?),?\s+so\s+(?:that\s+)?(?:it|the title|the name)\s+(?:says|reads)\s+(.+)$/i.exec(
      s,
    );
  return m ? `${m[1]} should say ${m[2]}` : undefined;
};

/** "correct the first: children, not childrens": the task, then the right word and the wrong. */
const IN_TASK_NOT_THAT = new RegExp(
  `^(?:fix|correct|change|update|edit|amend|(?:there'?s\\s+(?:a\\s+)?)?(?:typo|spelling mistake|misspelling)\\s+(?:in|on))\\s+(.+?)\\s*(?::|,|\\s-|\\s?—|\\s?–)\\s*(?:(?:it'?s|it is|it should be|should be)\\s+)?(${ONE}),?\\s+(?:not|instead of)\\s+(${ONE})$`,
  'iu',
);

/** "it's John with an h", "Sara without the h": a name spelled out. */
const SPELLED = new RegExp(
  `^(?:(?:no|nope|oh|ah|sorry|oops|whoops|my bad)[,\\s]+)*(?:it'?s|it is|it should be|should be|that'?s|spelled|spelt|it's spelled|it's spelt)\\s+(${ONE})\\s*,?\\s+(?:with|without)\\s+(?:a|an|the|two|double|one|no)\\s+[\\p{L}]+(?:\\s+(?:at the end|in it|on the end|in the middle))?${FIX_TAIL}$`,
  'iu',
);

/**
 * "I misspelled geraniums in the first task", "I spelled groomer wrong, can you fix it": the word
 * as it should be; the task is the one with a word a slip away from it.
 */
const MISSPELLED_RIGHT = new RegExp(
  `^(?:i\\s+(?:think\\s+)?(?:i\\s+)?(?:notice\\s+)?(?:that\\s+)?(?:i\\s+)?)?(?:misspelled|misspelt|mistyped|spelled|spelt|wrote|typed)\\s+(${ONE})(?:\\s+(?:wrong|wrongly|incorrectly|badly))?(?:\\s+(?:in|on)\\s+(.+?))?${FIX_TAIL}$`,
  'iu',
);
/** "typo in runing, pls fix to running", "I wrote scool wrong, correct to school", "fix regiser,
 * should be register": the slip, then the word it should be. */
const WRONG_THEN_RIGHT = new RegExp(
  `^(?:(?:there'?s\\s+(?:a\\s+)?)?(?:typo|spelling mistake|misspelling|mistake)\\s+in|fix|correct|i\\s+(?:wrote|typed|spelled|spelt|misspelled)|(?:i\\s+)?(?:misspelled|misspelt))\\s+(${ONE})(?:\\s+(?:wrong|wrongly|incorrectly))?\\s*[,;:-]?\\s*(?:(?:pls|please|can you|could you)\\s+)?(?:fix(?:\\s+it)?\\s+to|correct(?:\\s+it)?\\s+to|change(?:\\s+it)?\\s+to|(?:it\\s+)?should\\s+(?:be|say)|it'?s|to)\\s+(${ONE})(?:\\s+(?:please|pls|thanks))?$`,
  'iu',
);
/** "lamintor is spelled wrong, should be laminator", "spelling fix: portfollio should be
 * portfolio", "I typed bus pas, it should be bus pass", "fix the typo: glovs should be gloves" */
const SLIP_SHOULD_BE = new RegExp(
  `^(?:(?:spelling fix|fix the typo|fix the spelling|typo|correction|spelling)\\s*[:,-]?\\s*|i\\s+(?:typed|wrote|put|spelled|spelt)\\s+)?(${WORD})(?:\\s+is\\s+(?:spelled|spelt|written|typed)\\s+(?:wrong|wrongly|incorrectly))?\\s*[,;:-]?\\s*(?:it\\s+)?should\\s+(?:be|say|read)\\s+(${WORD})$`,
  'iu',
);
/** "can you correct 'Orgainse files' — it's organise" */
const CORRECT_IT_IS = new RegExp(
  `^(?:(?:can|could)\\s+you\\s+|please\\s+)?(?:correct|fix)\\s+(?:the\\s+(?:spelling|typo)\\s+(?:in|of)\\s+)?(.+?)\\s*[—–,:;-]\\s*(?:it'?s|it is|it should be|should be)\\s+(${ONE})$`,
  'iu',
);
/** "There is spelling mistake in car task, it should be serviced": the task named, then the word. */
const IN_TASK_SHOULD_BE = new RegExp(
  `^(?:there\\s+is\\s+|there'?s\\s+)?(?:a\\s+)?(?:typo|spelling mistake|spelling error|misspelling|mistake)\\s+in\\s+(.+?)\\s*[,;:—–-]\\s*(?:(?:it\\s+)?should\\s+(?:be|say)|it'?s|it is)\\s+(${ONE})$`,
  'iu',
);

/** "fix the spelling of restaurant in the first one" */
const SPELLING_OF_IN = new RegExp(
  `^(?:fix|correct)\\s+(?:the\\s+)?(?:spelling|typo)\\s+(?:of|in)\\s+(${ONE})\\s+(?:in|on)\\s+(.+)$`,
  'iu',
);
/** "fix the spelling of prescription": the word as it should be; the task is the one with its slip. */
const SPELLING_OF = new RegExp(
  `^(?:fix|correct)\\s+(?:the\\s+)?(?:spelling|typo)\\s+(?:of|for)\\s+(${ONE})(?:\\s+(?:in|on)\\s+(?:my|the)\\s+(?:list|tasks|to-?do list))?$`,
  'iu',
);
const SPELLING_ON_THEN = new RegExp(
  `^(?:(?:can|could|would) you\\s+)?(?:fix|correct)\\s+(?:the\\s+)?(?:spelling|typo|spelling mistake|mistake)\\s+(?:on|in|of)\\s+(.+?)\\s*[,:;-]\\s*(${ONE})\\s+(?:should\\s+(?:be|say)|->)\\s+(${ONE})$`,
  'iu',
);
const NAMED_TASK_MISSPELT = new RegExp(
  `^(?:the\\s+)?(${ONE})\\s+(?:task|one|item)\\s+is\\s+(?:spelled|spelt|written)\\s+(?:wrong|wrongly|incorrectly)${FIX_TAIL}$`,
  'iu',
);
const ONE_SHOULD_BE = new RegExp(
  `^(?:the\\s+)?(${ONE})\\s+(?:task|one|item)\\s*(?:[-—–,:;]\\s*)?(?:it\\s+)?should\\s+(?:be|say|read)\\s+(${ONE})$`,
  'iu',
);
const HAS_A_LETTER = new RegExp(
  `^(${ONE})\\s+(?:has|with|needs)\\s+(?:an?|two|double|one)\\s+[\\p{L}]+(?:\\s+(?:at the end|in it|on the end))?\\s*[,;]?\\s*(?:(?:please\\s+)?(?:fix|correct|change)\\s+(?:it|that)\\s+)?(?:in|on)\\s+(.+)$`,
  'iu',
);

/** "spelling mistake in the Macbeth task — it says Mcbeth": the task named right, then the slip. */
const TYPO_IN_THEN_WORD =
  /^(?:(?:there'?s|there is)\s+(?:a\s+)?)?(?:typo|spelling mistake)\s+(?:in|on)\s+(.+?)[,:;]?\s+(?:(?:pls|please)\s+)?(?:(?:fix|change|correct)\s+it\s+(?:to\s+)?([\p{L}'-]+)|(?!(?:it|that|this|its)\b)([\p{L}'-]+)\s*(?:->|→|=>|should be)\s*([\p{L}'-]+))$/iu;
const IT_SAYS = new RegExp(
  `^(?:(?:there'?s\\s+)?(?:a\\s+)?(?:spelling mistake|spelling error|typo|misspelling|mistake))\\s+in\\s+(?:the\\s+)?(${ONE})\\s+(?:task|one|item)\\s*(?:[-—–,:;]\\s*)?(?:it\\s+says|it'?s\\s+(?:written|spelt|spelled)(?:\\s+as)?|i\\s+(?:wrote|typed|put))\\s+(${ONE})$`,
  'iu',
);
/** "tomatoes is misspelt", "homework spelling is wrong, pls fix": the word as it should be */
const RIGHT_WORD_IS_MISSPELT = new RegExp(
  `^(${ONE})(?:\\s+spelling)?\\s+(?:is\\s+)?(?:misspelt|misspelled|spelt wrong|spelled wrong|wrong|wrongly spelt|wrongly spelled)${FIX_TAIL}$`,
  'iu',
);

/** The word said by mistake, put right wherever it is. */
const putRight = (wrong: string, right: string): Intent => ({
  type: 'update',
  ref: { kind: 'words', text: unquote(wrong) },
  replace: [unquote(wrong), unquote(right)],
});

/** The task with a word a slip away from `right` (named by the slip as typed), that word put right. */
const slipOf = (typed: string, right: string): Intent => ({
  type: 'update',
  ref: { kind: 'words', text: unquote(typed) },
  fix: unquote(right),
});

/** A time or a day, said as what it is now ("5pm", "on Friday"): a move, not a word put right. */
const WHEN_SAID =
  /^(?:at\s+|on\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight)$/i;

export const fixWord: Rule = {
  name: 'fix-word',
  // Above rename: "change the word report to invoice" is one word, not the whole title.
  specificity: 73,
  extract: (s, context): Intent | undefined => {
    const { sentence } = context;
    // ("piano lessons are at 5pm now instead of 4": a time put right, not a word)
    if (
      /\b(?:is|are|'s|'re|starts?|begins?)\s+(?:now\s+)?at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?:\s+now)?\s*,?\s+(?:not|instead of)\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?$/i.test(
        s,
      )
    )
      return undefined;
    // ("anything with a note on it?": about notes, not a word spelt out)
    if (/\b(?:with|have|has|got)\s+(?:a\s+|any\s+)?(?:notes?|descriptions?)\b/i.test(s))
      return undefined;
    // "fix the typo in task 1": which word isn't said (a common one may be plain to see)
    const unsaid =
      /^(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:fix|correct)\s+(?:the\s+|a\s+)?(?:typo|spelling|spelling mistake|misspelling)\s+(?:in|on)\s+(.+?)(?:\s+(?:please|pls|for me))?$/i.exec(
        s,
      );
    if (unsaid && !/[,:;—–]|\s-\s|\s(?:in|on|it|should)\s/i.test(unsaid[1]!))
      return { type: 'update', ref: parseRef(unsaid[1]!), ask: 'title', spelling: true };
    // ("add pick up perscription" … "fix the typo", "oops, spelling": in the task talked about)
    if (
      (context.dialogue.lastAction === 'add' || context.dialogue.lastAction === 'update') &&
      /^(?:(?:oops|sorry|argh|ugh|oh)[,\s]+)*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:(?:fix|correct)\s+(?:the\s+|that\s+|my\s+)?(?:typo|spelling|spelling mistake|misspelling)|typo|spelling)(?:\s+(?:please|pls|for me|there))?$/i.test(
        s,
      )
    )
      return { type: 'update', ref: { kind: 'focus' }, ask: 'title', spelling: true };
    let m = s.match(SLIP[0]!);
    if (m) return { type: 'update', ref: parseRef(m[1]!), fix: unquote(m[2]!) };
    m = s.match(SLIP[1]!);
    if (m) return { type: 'update', ref: parseRef(m[2]!), fix: unquote(m[1]!) };
    // "there's a typo in the delivery task, receive is spelt wrong": the task, then the word
    m = s.match(
      new RegExp(
        `^(?:there'?s\\s+)?(?:a\\s+)?(?:typo|spelling mistake|mistake|misspelling)\\s+in\\s+(.+?)\\s*[,;:—–-]\\s*(${ONE})\\s+is\\s+(?:spelled|spelt|written)\\s+(?:wrong|wrongly|incorrectly)$`,
        'iu',
      ),
    );
    if (m) return { type: 'update', ref: parseRef(m[1]!), fix: unquote(m[2]!) };
    m = s
      .replace(
        /^(?:(?:sorry|oops|whoops|my bad)[,\s]+)?(?:(?:a\s+)?(?:typo|spelling mistake|spelling error|misspelling|misspelt word|mistake)[,:;\s-]+)?/i,
        '',
      )
      .match(MISSPELT[0]!);
    if (
      m &&
      m[1]!.toLowerCase() !== m[2]!.toLowerCase() &&
      !/^(?:it|that|this|which|what)$/i.test(m[1]!)
    )
      return putRight(m[1]!, m[2]!);
    // "fix the spelling of restaurant in the first one"
    m = s.match(SPELLING_OF_IN);
    if (m && !/^(?:my|the)\s+(?:list|tasks|to-?do list)$/i.test(m[2]!))
      return { type: 'update', ref: parseRef(m[2]!), fix: unquote(m[1]!) };
    // "fix the speling on the landlord one, heeting should be heating"
    m = s.match(SPELLING_ON_THEN);
    if (m && m[2]!.toLowerCase() !== m[3]!.toLowerCase())
      return { type: 'update', ref: parseRef(m[1]!), replace: [unquote(m[2]!), unquote(m[3]!)] };
    // "the plumber task is spelled wrong, can you fix it": the word named is the word meant
    m = s.match(NAMED_TASK_MISSPELT);
    if (m) return slipOf(m[1]!, m[1]!);
    // "the vaccum one — should be vacuum"
    m = s.match(ONE_SHOULD_BE);
    if (m && m[1]!.toLowerCase() !== m[2]!.toLowerCase()) return putRight(m[1]!, m[2]!);
    // "Sarah has an h, fix it in the email task"
    m = s.match(HAS_A_LETTER);
    if (m) return { type: 'update', ref: parseRef(m[2]!), fix: unquote(m[1]!) };
    // ("… of passport in my list": the list isn't a task)
    m = s.match(SPELLING_OF);
    if (m) return slipOf(m[1]!, m[1]!);
    m = s.match(IT_SAYS);
    if (m) return slipOf(m[2]!, m[1]!);
    // "there's a typo in the concil tax one, fix it to council", "typo in task 1, drievrs ->
    // drivers": the word put right
    // "you have spelt 'roses' incorrectly in the pruning task": that word, spelt right
    m = s.match(
      /^(?:you(?:'ve|\s+have)?|i(?:'ve|\s+have)?|it(?:'s|\s+has)?)\s+(?:spelt|spelled|written|typed|got)\s+(\S+(?:\s+\S+)?)\s+(?:incorrectly|wrong(?:ly)?|badly)\s+(?:in|on)\s+(.+)$/i,
    );
    if (m) return { type: 'update', ref: parseRef(m[2]!), fix: unquote(m[1]!) };
    m = s.match(TYPO_IN_THEN_WORD);
    if (m && m[2]) return { type: 'update', ref: parseRef(m[1]!), fix: unquote(m[2]) };
    if (m)
      return { type: 'update', ref: parseRef(m[1]!), replace: [unquote(m[3]!), unquote(m[4]!)] };
    // "there's a typo in the bread task", "fix the typo in cal dentist": what should it be?
    m = s.match(
      /^(?:(?:there'?s|there is)\s+(?:a\s+)?(?:typo|spelling mistake|spelling error|mistake)|(?:fix|correct)\s+(?:the\s+|a\s+)?(?:typo|spelling|spelling mistake))\s+(?:in|on|of)\s+(?![^]*(?::|\bshould\b|\bit'?s\b|\bit is\b|\s-\s|—))(.+)$/i,
    );
    // (not when the sentence goes on to say it: "…, it should be plumber")
    if (m && !/[:,;]\s*(?:it\s+)?(?:should|it'?s|it is)\b|\s[-—–]\s/i.test(sentence))
      return { type: 'update', ref: parseRef(m[1]!), ask: 'title' };
    m = s.match(SLIP_SHOULD_BE);
    if (
      m &&
      m[1]!.toLowerCase() !== m[2]!.toLowerCase() &&
      // (a slip is a word or two put right; "the essay should be about X" is a new title)
      m[1]!.split(/\s+/).length === m[2]!.split(/\s+/).length &&
      !/^(?:it|that|this|the|my|in|on|of|for)\b|\b(?:task|one|item)\b/i.test(m[1]!)
    )
      return putRight(m[1]!, m[2]!);
    m = s.match(WRONG_THEN_RIGHT);
    if (m && m[1]!.toLowerCase() !== m[2]!.toLowerCase()) return putRight(m[1]!, m[2]!);
    // "tomatoes is misspelt", "homework spelling is wrong, pls fix": the word as it should be
    m = s.match(RIGHT_WORD_IS_MISSPELT);
    if (m && !/^(?:it|that|this|title|name|task)$/i.test(unquote(m[1]!)))
      return slipOf(m[1]!, m[1]!);
    m = s.match(CORRECT_IT_IS);
    if (m) return { type: 'update', ref: parseRef(m[1]!), fix: unquote(m[2]!) };
    m = s.match(IN_TASK_SHOULD_BE);
    if (m) return { type: 'update', ref: parseRef(m[1]!), fix: unquote(m[2]!) };
    m = s.match(MISSPELLED_RIGHT);
    if (m)
      return {
        type: 'update',
        ref: m[2] ? parseRef(m[2]) : { kind: 'words', text: unquote(m[1]!) },
        fix: unquote(m[1]!),
      };
    m = s.match(SPELLED);
    if (m) return { type: 'update', ref: { kind: 'focus' }, fix: unquote(m[1]!) };
    for (const form of NOT_THAT) {
      m = s.match(form);
      if (m && m[1]!.toLowerCase() !== m[2]!.toLowerCase()) return putRight(m[2]!, m[1]!);
    }
    // "change the restaurant one, it's Saturday now", "make the spanish one 20 words instead of
    // 10": the part of the title of that kind
    m =
      s.match(
        /^(?:change|update|edit|amend|fix)\s+(.+?)\s*(?:,|:|\s-)\s*(?:(?:it'?s|it is|make it|it should be|should be|now it'?s)\s+)?(?:(?:now|actually)\s+)?(.+?)(?:\s+(?:now|instead))?$/i,
      ) ?? s.match(/^make\s+(.+?)\s+(\S+)(?:\s+\S+)?\s+instead of\s+\S+$/i);
    if (
      m &&
      /^(?:the\s+.+\s+(?:one|task)|task\s+\d+|#\d+|the\s+(?:first|second|third|last))$/i.test(
        m[1]!,
      ) &&
      !/\b(?:typo|spelling|mistake|misspelling|title|name|note|notes|description)\b/i.test(m[1]!) &&
      // (a part put right is a word or two; "edit task 3: Pay rent and utilities" is a new title)
      m[2]!.split(/\s+/).length <= 3 &&
      !/\s(?:not|instead of|rather than)\s/i.test(m[2]!) &&
      !/["'`]/.test(m[2]!) &&
      !TASK_VERBS.has(m[2]!.split(/\s+/)[0]!.toLowerCase())
    )
      return {
        type: 'update',
        ref: parseRef(m[1]!),
        amend: m[2]!.replace(/\s+instead of\s+.+$/i, ''),
      };
    // "the Tom email should be to Thomas, not Tom", "the insurance one is for the van, not the
    // car", "the swim pickup should say Rosie instead of Lily": the task, then right and wrong
    // "change the peonies one so it says ranunculus instead of peonies": the same, asked for
    m = s.match(NAMED_THEN_NOT_THAT) ?? soItSays(s)?.match(NAMED_THEN_NOT_THAT) ?? null;
    if (
      m &&
      m[2]!.toLowerCase() !== m[3]!.toLowerCase() &&
      // ("that should read Manchester rather than Leeds": "that" is the task just talked about)
      (!/^(?:it|that|this|he|she|they|i|we|you)$/i.test(m[1]!) ||
        (/^(?:it|that|this)$/i.test(m[1]!) && /\sshould\s+(?:say|read)\s/i.test(m[0]!))) &&
      !/^(?:please\s+|pls\s+)?(?:fix|correct|change|update|edit|rename|can|could|would|tell|show|list|mark|make|which|what|how)\b|\b(?:typo|spelling|misspel\w*)\b/i.test(
        m[1]!,
      ) &&
      !/^(?:still|yet|done|finished|complete|completed|pending|open)$/i.test(m[2]!) &&
      // ("the meeting is 5pm now, not 4": a time put right, schedule.ts)
      !(
        WHEN_SAID.test(m[2]!.replace(/\s+(?:now|instead)$/i, '')) &&
        (WHEN_SAID.test(m[3]!) || /^\d{1,2}(?:[:.]\d{2})?$/.test(m[3]!.trim()))
      ) &&
      // ("the essay one should say Essay on Keats, not Yeats": a whole new title, rename.ts)
      !(
        m[2]!.trim().split(/\s+/).length >= 2 &&
        m[1]!
          .replace(/^(?:the|my)\s+|\s+(?:one|task|item|job)$/gi, '')
          .split(/\s+/)
          .some(
            (w) =>
              w.length > 2 &&
              m![2]!
                .toLowerCase()
                .split(/[^\p{L}\p{N}]+/u)
                .includes(w.toLowerCase()),
          )
      )
    )
      return {
        type: 'update',
        ref: parseRef(m[1]!),
        replace: [unquote(m[3]!), unquote(m[2]!)],
      };
    // "please correct the first: children, not childrens", "fix task 2 - Sophie not Sophia"
    m = s.match(IN_TASK_NOT_THAT);
    if (m && m[2]!.toLowerCase() !== m[3]!.toLowerCase())
      return { type: 'update', ref: parseRef(m[1]!), replace: [unquote(m[3]!), unquote(m[2]!)] };
    // ("change that note to …" changes a note: describe.ts)
    if (/\b(?:note|notes|description|desc|details|title|name)\b/i.test(s)) return undefined;
    m = s.match(TASK_SPELT_WRONG);
    if (m && m[2]!.toLowerCase() !== m[3]!.toLowerCase())
      return { type: 'update', ref: parseRef(m[1]!), replace: [unquote(m[2]!), unquote(m[3]!)] };
    m = s.match(SWAP[0]!);
    if (m)
      return { type: 'update', ref: parseRef(m[1]!), replace: [unquote(m[2]!), unquote(m[3]!)] };
    m = s.match(SWAP[1]!);
    // ("change task 2 to say …" names the task, not a word of it)
    if (m && !/^(?:task|item|#)\s*#?\d+$/i.test(m[1]!))
      return { type: 'update', ref: parseRef(m[3]!), replace: [unquote(m[1]!), unquote(m[2]!)] };
    m = s.match(SWAP[2]!);
    if (m)
      return { type: 'update', ref: parseRef(m[1]!), replace: [unquote(m[2]!), unquote(m[3]!)] };
    return undefined;
  },
};
