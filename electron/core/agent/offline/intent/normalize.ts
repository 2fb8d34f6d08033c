// From what a person typed to sentences the rules can read: one kind of quote and dash, typos in
// the engine's own words put right, hesitations and politeness peeled off, and the ways a
// sentence can be read (the literal one first).
import { ORDINAL_DAYS, ordinalSuffix, parseQuickAdd } from '../../../time/quick-add.ts';
import { looksLikeWhen, onlyDetails } from './time-words.ts';

// Any fixed day will do: only whether words are details is asked.
const SHAPE_DAY = new Date(2026, 0, 5, 12);
import {
  alt,
  CLOSERS,
  CORRECTABLE_ANYWHERE,
  CORRECTABLE_COMMANDS,
  GERUNDS,
  IRREGULAR_PAST,
  KNOWN_WORDS,
  NUMBER_WORDS,
  ORDINALS,
  HESITATIONS,
  NOT_TYPOS,
  OPENERS,
  POLITE_MARKERS,
  SPELLINGS,
  TASK_VERBS,
  VERBS,
} from './vocabulary.ts';

/** The past tense of a verb of the vocabulary ("buy" → "bought", "call" → "called"). */
function pastOf(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = Object.keys(IRREGULAR_PAST).find(
    (p) => IRREGULAR_PAST[p] === lower && p !== lower,
  );
  if (irregular) return irregular;
  if (/e$/.test(lower)) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  return `${lower}ed`;
}

/** At most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The engine's word a typo stands for, or the word itself. */
export function correctWord(word: string, commandPosition: boolean): string {
  const lower = word.toLowerCase();
  if (Object.hasOwn(SPELLINGS, lower))
    return commandPosition || lower !== 'ad' ? SPELLINGS[lower]! : word;
  if (lower.length < 4 || KNOWN_WORDS.has(lower) || NOT_TYPOS.has(lower) || !/^[a-z]+$/.test(lower))
    return word;
  // ("the fermentation tanks", "ticked the shocks": a word that is no slip, inflected)
  const inflected = /^(.{3,}?)(es|s|ed|d|ing)$/.exec(lower);
  if (
    inflected &&
    (NOT_TYPOS.has(inflected[1]!) ||
      (/^(?:ed|ing)$/.test(inflected[2]!) && NOT_TYPOS.has(`${inflected[1]}e`)))
  )
    return word;
  const targets = [
    ...new Set(
      commandPosition ? [...CORRECTABLE_COMMANDS, ...CORRECTABLE_ANYWHERE] : CORRECTABLE_ANYWHERE,
    ),
  ];
  // "updated" is "update" inflected, not a slip.
  const hits = targets.filter(
    (c) =>
      // A slip keeps the first letter ("pendng", "compelte"); "sending" is not "pending".
      c[0] === lower[0] &&
      Math.abs(c.length - lower.length) <= 1 &&
      withinOneEdit(lower, c) &&
      !/^(?:s|d|es|ed|ing|er|r)$/.test(lower.slice(c.length)),
  );
  // "taks" is a slip of "task" (a swap), not of "tasks": the same length wins.
  const same = hits.filter((c) => c.length === lower.length);
  if (hits.length === 1) return hits[0]!;
  if (same.length === 1) return same[0]!;
  // "lefft", "donne": a key held down too long, on a word the engine reads
  const once = lower.replace(/(\p{L})\1/u, '$1');
  return once !== lower && lower.length >= 5 && DOUBLED_SLIPS.has(once) ? once : word;
}

/** "lowering" → "lower", "moving" → "move", "putting" → "put": a deed's own word, when it is one. */
function baseOfGerund(gerund: string): string | undefined {
  const stem = gerund.replace(/ing$/, '');
  const verbs = new Set([...TASK_VERBS, ...Object.values(VERBS).flat(), ...CORRECTABLE_COMMANDS]);
  return [stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1')].find((v) => verbs.has(v));
}

/** Words a doubled key is put right into ("lefft" → "left"); the one-slip list above has more. */
const DOUBLED_SLIPS = new Set(['left', 'done', 'list', 'still', 'what', 'show', 'tick', 'week']);

const HESITATION = new RegExp(`(^|[\\s,])${alt(HESITATIONS)}(?=[\\s,.!?]|$)[,]?`, 'gi');

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Emoji handling, only for text that has any (the patterns are slow on every message). */
function calmEmoji(text: string): string {
  if (!PICTOGRAPH.test(text)) return text;
  return (
    text
      // An emoji starting a line is a bullet ("add these:⏎📚 return books⏎🧺 do laundry").
      .replace(/[\r\n]+[ \t]*[\p{Extended_Pictographic}\uFE0F\u200D]+[ \t]+(?=\S)/gu, '\n- ')
      // "timesheet submitted ✔️ flights not booked yet": a tick between two pieces of news ends
      // the first (and says it was done, if its words didn't)
      .replace(/(?<=(\p{L}+))[ \t]+[✅✔☑]\uFE0F?[ \t]+(?=\p{L})/gu, (_, word: string) =>
        /(?:ed|done|sent|paid|sorted|bought|got|made|finished|did|gone)$/i.test(word)
          ? ', '
          : ' done, ',
      )
      // "scones baked 🙂 donations still to sort": a face after news of a deed ends it
      .replace(
        /(?<=(\p{L}+))[ \t]+[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+[ \t]+(?=\p{L})(?!and\s)/gu,
        (emoji: string, word: string) =>
          /(?:ed|done|sent|paid|sorted|bought|got|made|finished|did|gone)$/i.test(word)
            ? '. '
            : emoji,
      )
      // ("not yet actually 🙈 undo pls": a face between two thoughts parts them)
      .replace(
        /(?<=\b(?:yet|actually|oops|ugh|hmm+|no|nope|wait|sorry|ok|okay|oh|lol|haha|omg|fine|whatever))[ \t]+(?:[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F92F}\u{1F970}-\u{1F97A}\u{1F926}\u{1F937}\u{2639}\u{263A}](?:\p{Emoji_Modifier}|\uFE0F|\u200D|\u2640|\u2642)*)+[ \t]+(?=\p{L})(?!and\s)/gu,
        ', ',
      )
      // A check mark says done; an emoji after a greeting is mood ("hey 👋 add …", "🛒 add these").
      .replace(/(?<=^|\s)[✅✔☑]\uFE0F?(?=\s|$)/gu, ' done ')
      // A bin first says delete ("🗑️ the party playlist task pls"); a cross mark too ("❌ gym")
      .replace(/^\s*(?:🗑|❌|✖)\uFE0F?\s+(?=\S)/u, 'delete ')
      .replace(
        /^((?:(?:hey|hi|hello|yo|assistant|bot|ok|okay|so|oh)[\s,!]+){0,3})[\p{Extended_Pictographic}\uFE0F\u200D]+(?=\s)/iu,
        '$1',
      )
      // "party stuff 🎉 add: order the cake, …": an emoji before a list ends the sentence
      .replace(
        /(?<=[\p{L}\p{N}])\s*[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+\s+(?=(?:add|new tasks?|todo)\s*:)/giu,
        '. ',
      )
      // "first one done 🙌 and the last one too": an emoji before "and" ends a clause
      .replace(
        /(?<=\p{L})\s+[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+\s+(?=and\s)/gu,
        ', ',
      )
      // Emoji ending a message (or a line) after its details or a quoted title are its mood, not
      // words of the title: "buy stamps today pls 📮", "movie night sat 8pm 🍿", "rename it to
      // 'Read 20 pages' 📚". Right after the title's words they are part of it ("buy café crème ☕").
      .replace(
        /(?<=\S)(?:\s+[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+)+\s*(?=[.!?]*\s*(?:$|[\r\n]))/gmu,
        (emoji, at: number, all: string) => (afterDetails(all.slice(0, at)) ? '' : emoji),
      )
  );
}

/** Whether words end in a detail (a date, time, priority, label), a quote or a "please". */
function afterDetails(before: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1).trimEnd();
  // (or in a word no title ends with: "returned both 🙌", "all done 🎉")
  if (
    /["'`”’)]$|\b(?:please|pls|plz|thanks|thank you|thx|ty|asap|too|now|it|both|them|those|these)[.!]*$/i.test(
      line,
    )
  )
    return true;
  const read = parseQuickAdd(line, { now: SHAPE_DAY, detailsOnly: true });
  const last = read.parts.at(-1);
  return last !== undefined && line.slice(last.end).trim() === '';
}

/** A correction said in the middle of a request, as people dictate. */
const SELF_CORRECTION =
  /[\s,.;-]+(?:(?:no|nope|oh)[,\s]+)?(?:wait[,\s]+no|no[,\s]+wait|sorry[,\s]+i\s+mean(?:t)?|i\s+mean(?:t)?|no[,\s]+sorry|sorry[,\s]+no|scratch\s+that|or\s+rather|actually[,\s]+no|no[,\s]+actually|no[,\s]+i\s+mean(?:t)?|no[,\s]+make\s+(?:that|it)|(?:uh+|um+|er+m?)[,\s]+no)[,\s]+(?=\S)/i;

/** A time of day said in a request ("at 3 pm", "at nine", "half 4", "10:30"). */
const TIME_SAID =
  /(?:\b(?:at|@)\s*)?\b(?:(?:half|quarter)\s+(?:past\s+|to\s+)?)?(?:\d{1,2}(?:[:.h]\d{2})?(?![\p{L}\d])|\d{1,2}\s*(?=am|pm|h\b)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight)(?:\s*(?:am|pm|a\.m\.?|p\.m\.?|o'?clock|h)\b)?(?:\s+(?:thirty|fifteen|forty-five))?/giu;
/** A day said in a request. */
const DAY_SAID =
  /\b(?:on\s+)?(?:today|tonight|tomorrow|tmrw|(?:next\s+|this\s+)?(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?|the\s+\d{1,2}(?:st|nd|rd|th)|the\s+(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\b/gi;

/**
 * "add a task to email Karen no wait email Sharon about the rota", "mark email Fiona done sorry I
 * mean email Fraser": the words after the correction take the place of those they put right (the
 * same deed, said again), and the rest of the request stays.
 */
function selfCorrected(text: string): string {
  const m = SELF_CORRECTION.exec(text);
  if (!m || m.index === 0) return text;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const said = after.replace(/\s+(?:full stop|period)[.!]*$/i, '').replace(/[.!]+$/, '');
  // "… at 3 pm tomorrow no sorry 4 pm", "… at 3, wait no, it's at 4": the time (or day) said
  // again replaces the one before
  const when = said.replace(/^(?:it's|it is|that's|that is|it'll be|make it|make that)\s+/i, '');
  if (onlyDetails(when)) {
    // the time or day said before, of each kind the correction has, in its place
    const spans = [TIME_SAID, DAY_SAID]
      .filter((kind) => [...said.matchAll(kind)].length > 0)
      .map((kind) => [...before.matchAll(kind)].at(-1))
      .filter((m): m is RegExpExecArray => !!m)
      .sort((a, b) => b.index - a.index);
    if (spans.length === 0) return text;
    let kept = before;
    spans.forEach((m, i) => {
      const put =
        i === spans.length - 1
          ? `${/^(?:at|@)\b/i.test(m[0]) && !/^(?:at|on|the|by)\b/i.test(when) ? 'at ' : ''}${
              // ("move it to friday, no wait, it's on saturday")
              /\b(?:to|for|till|until|by)\s*$/i.test(kept.slice(0, m.index))
                ? when.replace(/^on\s+/i, '')
                : when
            }`
          : '';
      kept = `${kept.slice(0, m.index)}${put}${kept.slice(m.index + m[0].length)}`;
    });
    return kept.replace(/\s+/g, ' ').trim();
  }
  // "mark the window cleaner as done — wait, no, the MOT one, I haven't paid him yet": the task
  // said again in place of the one before, the rest a reason
  const another =
    /^((?:the|my)\s+[^,;]{1,40}?\s+(?:one|task|job|item)|task\s*#?\d{1,4})(?:\s*[,;—–-]\s*.+)?$/i.exec(
      said,
    );
  const asked =
    /^(\s*(?:please\s+)?(?:mark|tick|complete|finish|delete|remove|reopen|untick|move|push|bin)\s+(?:off\s+)?)(.+?)(\s+(?:as\s+)?(?:done|complete|completed|finished|off|not\s+done))?[\s,.;—–-]*$/i.exec(
      before,
    );
  if (another && asked) return `${asked[1]}${another[1]}${asked[3] ?? ''}`;
  // "and the press is fixed, nah scratch that, press is still stuffed", "and rerun the
  // model... no actually it's still running, leave that": the clause before is taken back
  // ("and row 5, wait no, row 5's tomorrow": it is yet to come)
  const later = said.match(
    /^.+?(?:'s|’s|\s+is|\s+are|'re)\s+(?:(?:on|for|due|happening|planned for|booked for)\s+)?(.+)$/i,
  );
  if (
    (/\b(?:still|not yet|isn't|hasn't|haven't|not done|not finished)\b|^(?:leave|forget)\s+(?:that|it)\b/i.test(
      said,
    ) &&
      !onlyDetails(said)) ||
    (later && onlyDetails(later[1]!))
  ) {
    const took = before.replace(
      /(?:[\s,.;-]*\b(?:nah|no|nope|oh|sorry|wait|hmm|actually))+[\s,.;-]*$/i,
      '',
    );
    const cut = Math.max(took.lastIndexOf(','), took.search(/\s+and\s+(?!.*\s+and\s+)/i));
    // (only a hesitation before it, "oh wait no, I haven't…": a correction of the last message)
    if (!/\p{L}{2,}\s+\p{L}/u.test(took)) return text;
    const kept = cut > 0 ? took.slice(0, cut).replace(/[\s,;.]+$/, '') : '';
    return kept || 'nothing to change';
  }
  // "delete task 2, I mean task 3": the task said again, in place of the one before
  if (/^(?:task|number|no\.?|#)\s*#?\d{1,4}$/i.test(said.trim())) {
    const named = [...before.matchAll(/\b(?:task|number|no\.?)\s*#?\d{1,4}\b|#\d{1,4}\b/gi)].at(-1);
    if (named)
      return `${before.slice(0, named.index)}${said.trim()}${before.slice(named.index + named[0].length)}`;
  }
  // "email Corinne no wait Colette about the plot": one name (or number) for the one before it
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  const firstWord = /^\S+/.exec(said)?.[0] ?? '';
  if (
    (/^\p{Lu}\p{Ll}+$/u.test(lastWord) && /^\p{Lu}\p{Ll}+$/u.test(firstWord)) ||
    (/^\d+$/.test(lastWord) && /^\d+$/.test(firstWord))
  )
    return `${before.replace(/\S+\s*$/, '')}${said}`;
  const verb = after.match(/^([\p{L}]+)\s+\S/u)?.[1]?.toLowerCase();
  // "mark the uh no delete the gym task": one request in place of another
  const request =
    /^(?:add|delete|remove|mark|tick|complete|finish|reopen|rename|move|untick|uncheck)$/;
  if (verb && request.test(verb) && request.test(before.split(/\s+/)[0]!.toLowerCase()))
    return said;
  if (!verb || !TASK_VERBS.has(verb)) return text;
  const words = before.split(/\s+/);
  const at = words.findLastIndex((w, i) => i > 0 && w.toLowerCase() === verb);
  if (at < 0) return text;
  // ("mark email Fiona done": what the request does to it stays after it)
  const frame =
    /\s+(?:as\s+)?(?:done|complete|completed|finished|off|not done|undone)[.!]*$/i.exec(
      before,
    )?.[0] ?? '';
  return `${words.slice(0, at).join(' ')} ${said}${frame}`;
}

/** "ORDER FEED ISNT DONE …": a message typed in capitals, read as if it were not (a short
 * name in capitals, "call the GP", stays as it is). */
function calmCapitals(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 12 && upper.length / letters.length > 0.8 && /\s\S+\s/.test(text)
    ? text.toLowerCase()
    : text;
}

/** Dictated with no commas: "order feed isnt done the delivery never came put it back" — a
 * comma where one sentence ends and a request to change "it" begins. */
function dictatedCommas(text: string): string {
  if (/[,;:.!?'"`‘’“”]/.test(text.replace(/\b\w+'(?:s|t|re|ve|ll|d|m)\b/gi, ''))) return text;
  return (
    text
      .replace(
        /\b((?:is|are|isn't|isnt|aren't|arent|is not|are not|wasn't|wasnt|not)\s+(?:done|finished|sorted|complete|completed|ready))\s+(?=(?:the|my|our|they|he|she|we|i|cos|because)\s)/gi,
        '$1, ',
      )
      // ("right done it today tick it": the request at the end)
      .replace(
        /(?<=\S)(?<!\b(?:and|then|so|or|please|pls|to|can you|could you|you|u|i|we|can|could|may|might|should|must|will|don't|dont|do not|not|never|won't|can't|&))\s+((?:(?:so|please|pls)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)?(?:tick|mark|delete|remove|bin|untick|reopen)\s+(?:it|that|them)(?:\s+off|\s+done)?(?:\s+(?:pls|please|thanks|thx|ta))?)$/i,
        ', $1',
      )
      .replace(
        /(?<=\S)(?<!\b(?:and|then|so|or|please|pls|to|can you|could you|you|i|we|no|yes|yeah|actually|ok|okay|oh|wait|just|now|don't|dont|do not|not|never|won't|can't|&))\s+((?:so\s+)?(?:please\s+)?(?:put|bring|mark|tick|cross|delete|remove|reopen|untick|move|push)\s+(?:it|that|them)\s+(?:back|off|done|as done|as not done|to)\b)/gi,
        ', $1',
      )
      // ("the dehumidifier check in the archive can you make that every monday": the task, then
      // the request about it)
      .replace(
        /^((?:so\s+|um+\s+|uh+\s+|ok\s+|okay\s+)*(?:the|my|our|that|this)\s+\S+(?:\s+\S+)*?)\s+((?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:make|move|put|set|change|push|bring|tick|mark|delete|remove|rename|call|tag|label)\s+(?:it|that|this)\b)/i,
        '$1, $2',
      )
  );
}

/** Short ways of saying things, said aloud or typed fast: dictated punctuation, task numbers the
 * short way, text-speak, second-language forms, corrections said around the edges. */
function spokenForms(text: string): string {
  return (
    text
      // dictated punctuation: "… new line add book haircut", "add a note to X colon ask for
      // Jess", "… i booked it period"
      .replace(/\s+(?:new line|next line|new paragraph)\b[;,.]?\s*(?=\S)/gi, '. ')
      .replace(/(?<=\S)\s+colon\s+(?=\S)/gi, ': ')
      .replace(/(?<=\S)\s+(?:period|full stop)\s*$/i, '')
      // "actually bump it up to p1, it's due tomorrow": a change, then more of the same task
      .replace(
        /^((?:(?:actually|ok|okay|so|and|oh)[,\s]+)*(?:bump|make|set|put|raise|lower|change|mark|move|push)\s+(?:it|that|this)\b[^,;]*?)\s*[,;]\s*(?:and\s+)?(?:it's|it is|its)\s+(?:also\s+)?(?=due\s+\S)/i,
        '$1 and make it ',
      )
      // "an make it due the 28th": and
      .replace(/^an\s+(?=(?:make|set|put|add|mark|move|push|tick|change|also|the)\b)/i, 'and ')
      // "actually a week after that": that much later
      .replace(
        /\b(a|an|one|two|three|four|five|six|\d+)\s+(days?|weeks?|months?)\s+(after|before)\s+that\b/gi,
        (_, n: string, unit: string, way: string) =>
          `${n} ${unit} ${/after/i.test(way) ? 'later' : 'earlier'}`,
      )
      // "sorry, I meant just two days": that much, in place of what was said
      .replace(
        /^((?:(?:sorry|no|oops|wait)[,\s]+)*)i\s+meant\s+(?:just|only)\s+(?=(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|hours?)\b)/i,
        '$1wait no, ',
      )
      // "and make it the first job of the day, 8 o'clock": then
      .replace(
        /\b(make|put|set|have)\s+it\s+(?:as\s+)?the\s+first\s+(?:job|thing|task)\s+(?:of\s+the\s+day|in\s+the\s+morning)\s*,?\s*(?:at\s+)?(?=\d|(?:six|seven|eight|nine|ten)\b)/gi,
        '$1 it at ',
      )
      // "is every 15 days, please put it repeating" (second-language English): it's every
      .replace(/^is\s+(?=every\b)/i, "it's ")
      .replace(
        /,\s*(?:please\s+)?(?:put|make|set)\s+it\s+(?:repeating|recurring|repeat)(?:\s+please)?[.!]*$/i,
        '',
      )
      // "can we do same time tomorrow instead?": move it then
      .replace(
        /(^|[—–,;.]\s*|\s-\s*)(?:(?:so|ok|okay)[,\s]+)?(?:can|could)\s+we\s+(?:do|have)\s+(?:it\s+)?((?:the\s+)?same\s+time\b|at\s+\d|tomorrow\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)([^?]*)\?*\s*$/i,
        '$1move it to $2$3',
      )
      // "Aoife asked if we can bring her vocal session forward a day — can you do that?": that
      .replace(
        /^(?:[^,]+?)\s+(?:asked|wants to know|wondered|is asking)\s+(?:if|whether)\s+(?:we|you|i)\s+(?:can|could)\s+(.+?)\s*(?:[—–,]|\s-)\s*(?:so\s+)?(?:can|could)\s+(?:you|we)\s+(?:do|sort)\s+(?:that|it|this)(?:\s+(?:please|pls|for me))?\s*[?.!]*$/i,
        (_, wish: string) => wish.replace(/\b(?:her|his|their)\s+(?=\S)/i, 'the '),
      )
      // "put her in for half two tomorrow instead": the appointment talked about, then
      .replace(/^put\s+(?:her|him|them)\s+(?:in\s+)?(?=(?:for|at|on)\s)/i, 'move it ')
      // "the client asks the subtitles one day before, at the same hour": that much earlier
      .replace(
        /^(?:[^,]+?)\s+(?:asks?|wants?|needs?|would like)\s+(?:for\s+)?(the\s+.+?)\s+(a|an|one|two|three|\d+)\s+(days?|weeks?|hours?)\s+(?:before|earlier|sooner)(?:\s*,?\s*(?:at\s+)?the\s+same\s+(?:hour|time))?[.!]*$/i,
        'move $1 $2 $3 earlier',
      )
      // "For rent vintage mic task, please set date next Monday": that task, then when
      .replace(
        /^for\s+(?:the\s+)?(.+?\s+(?:task|one|job))\s*,?\s*(?:please\s+)?(?:set|put|give)\s+(?:it\s+)?(?:the\s+|a\s+)?(?:date|due date|deadline)\s+(?:to\s+|for\s+|as\s+)?(?=\S)/i,
        'move the $1 to ',
      )
      // "…doesn't have a fixed date any more, can you clear it?": the request said already
      .replace(
        /(\bany\s?more|\bnow)\s*,\s*(?:so\s+)?(?:can|could)\s+you\s+(?:clear|remove|take off)\s+it\s*\??$/i,
        '$1',
      )
      // "the Botha quote we can just get rid of that": the thing first, then what to do to it
      .replace(
        /^((?:(?:okay|ok|so|right|and|um+|uh+|er+m?)[,\s]+)*)((?:the|my|our)\s+[^,;]+?)\s+(?:we|you|i)\s+can\s+(?:just\s+|now\s+)?(get rid of|delete|remove|bin|scrap|drop|ditch|tick off|cross off)(?:\s+(?:that|it)(?:\s+one)?)?(?=\s*(?:[,;.!]|\band\b|$))/i,
        '$1$3 $2',
      )
      // "rebook it for the same time next week", "ok, same time next week then", "change to next
      // week same day": a week on, at the same time
      .replace(
        /^((?:(?:ok|okay|right|so|then|please)[,\s]+)*)(?:(?:(?:please\s+)?(?:move|push|put|rebook|reschedule|change|shift)\s+(?:it\s+)?)?(?:to|for)\s+)?(?:the\s+)?(?:same\s+(?:time|day)(?:\s+and\s+(?:time|day))?\s+next\s+week|next\s+week,?\s+(?:the\s+)?same\s+(?:day|time))(?:\s+(?:then|please|instead))*[.!]*$/i,
        '$1move it a week later',
      )
      .replace(
        /^((?:please\s+)?)(?:rebook|re-book|reschedule|rearrange)\s+(it|that)\s+(?:for|to)\s+/i,
        '$1move $2 to ',
      )
      // "please take it one day before", "move on one week later" (second-language English)
      .replace(
        /^((?:(?:ok|okay|so|please|and)[,\s]+)*)(?:take|bring|put|pass|move|push|move on)\s+(?:it\s+)?(a|an|one|two|three|\d+)\s+(days?|weeks?|hours?)\s+(before|earlier|sooner|later|after)(?:\s+(?:please|pls|then))*[.!]*$/i,
        (_, lead: string, n: string, unit: string, way: string) =>
          `${lead}move it ${n} ${unit} ${/before|earlier|sooner/i.test(way) ? 'earlier' : 'later'}`,
      )
      // "scrap the date on it, no rush", "clear the due date on it": its date off
      .replace(
        /\b(?:scrap|clear|remove|drop|delete|take off|get rid of|ditch|bin|lose)\s+the\s+(?:due\s+)?date(?:\s+(?:on|off|from|of)\s+(?:it|that))?(?=\s*(?:[,.;!]|$|\s+(?:please|pls|then|too|as well)\b))(?:\s*,\s*(?:no rush|no hurry|whenever))?/gi,
        'clear the date',
      )
      // "we should do it latest by tomorrow", "and have it on saturday": then
      .replace(
        /^((?:(?:please|so|and|ok|okay)[,\s]+)*)(?:we|i)\s+(?:should|must|need to|have to|can)\s+do\s+it\s+(?:at\s+the\s+)?(?:latest\s+)?(?:by|on|for)\s+(?=\S)/i,
        '$1move it to ',
      )
      .replace(/^((?:and|also|so)\s+)?have\s+(it|that)\s+(?=(?:on|for|at)\s)/i, '$1move $2 ')
      // "actually another half hour earlier too": that much more
      .replace(
        /\banother\s+(?=(?:half\s+an?\s+hour|half\s+hour|hour|\d+\s*(?:mins?|minutes|hours?)|(?:a|an|one|two)\s+(?:days?|weeks?|hours?))\s+(?:earlier|later|sooner)\b)/gi,
        '',
      )
      .replace(/\bhalf\s+hour\s+(?=earlier|later|sooner)/gi, 'half an hour ')
      // "raise it to the top then": the highest priority
      .replace(
        /^((?:(?:ok|okay|so|right|and)[,\s]+)*)(?:raise|bump|move|put)\s+(it|that)\s+(?:up\s+)?to\s+the\s+top(?:\s+of\s+the\s+list)?(?:\s+(?:then|please))?[.!]*$/i,
        '$1make $2 top priority',
      )
      // "Order glow sticks, until Friday evening must be finished" (second-language): by then
      .replace(
        /,?\s+until\s+([^,;.]+?)\s+(?:it\s+)?must\s+be\s+(?:finished|done|ready|complete|completed)\b/gi,
        ' by $1',
      )
      // "no more thursdays for youth training": that day off its repeat
      .replace(
        /^(?:(?:ok|okay|so|and|right)[,\s]+)*no\s+more\s+((?:mon|tues|wednes|thurs|fri|satur|sun)days?)\s+(?:for|on|with)\s+(?=\S)/i,
        (_, day: string) => `drop ${day.replace(/s$/i, '')} from `,
      )
      // "do we have anything tomorrow?": what's on then
      .replace(
        /^(?:do|have)\s+(?:we|i)\s+(?:have|got)\s+anything\s+(?=(?:on\s+)?(?:today|tomorrow|tonight|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i,
        "what's on ",
      )
      // "add: defrost rats + scrub the shed + check lamps": a list joined with pluses
      .replace(
        /^((?:(?:please\s+)?(?:add|new tasks?|todo|to-?do)\s*:\s*)[^+]+?(?:\s\+\s[^+]+?)+)$/i,
        (list: string) => list.replace(/\s+\+\s+/g, ', '),
      )
      // "+1 more: buy a hangboard": one more
      .replace(/^\+\s*1\s+more\b/i, 'one more')
      // "I need to remember of buy more cling film", "and also of call …" (second-language)
      .replace(/\bremember\s+of\s+(?=[a-z]+\s)/gi, 'remember to ')
      // "chuck the flash sheet one, mate, not doing it", "toss it": bin it (not "chuck it on the
      // list")
      .replace(
        /^((?:(?:ok|okay|so|yeah|nah|just|please)[,\s]+)*)(?:chuck|toss)\s+(?=(?:the\s+.+?\s+(?:one|task|item|job|reminder)|it|that|this|task\s*#?\d+)(?:\s*[,.;!]|\s+(?:away|out)\b|$))(?!.*\b(?:on|onto|in|into|to)\s+(?:the|my|your)\s+(?:\w+\s+)?(?:list|calendar|diary)\b)(?!.*\b(?:on|in)\s+for\b)/i,
        '$1bin ',
      )
      // "show me what I've ticked off, need it for my report": what for is no part of it
      .replace(
        /^((?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:show|list|give|tell|read)\b[^,]*?)\s*,\s*(?:(?:i|we)\s+)?(?:need|want)\s+(?:it|this|that|them|the list)\s+(?:for|to)\b.*$/i,
        '$1',
      )
      // "oh wait the throne's done": the interjection, then what is said
      .replace(
        /^((?:oh|ah|no)\s+wait|wait|hang on|hold on)\s+(?=(?:the|my|that|this|it|it's|i|we)\b)/i,
        '$1, ',
      )
      // "1st and 3rd one I have done" (second-language order): I have done them
      .replace(
        /^(?!(?:i|we|you|what|which|who|where|when|how|why|did|have|has)\b)((?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|last|both|all)(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|last))*(?:\s+(?:one|ones|two|three|tasks?))?)\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?(?:done|finished|completed|did)[.!]*$/i,
        'I have done $1',
      )
      // "please change hour to 15:00" (second-language): the time
      .replace(/\b(change|set|move|put|make)\s+(?:the\s+)?hour\s+(to|for|at)\b/gi, '$1 the time $2')
      // "please change to priority 1": its priority
      .replace(/\b(change|set|put)\s+(?:it\s+)?to\s+(priority\s+[1-3]|p[1-3])\b/gi, 'make it $2')
      // "…, help me add" (second-language): please add it
      .replace(
        /(?<=\S)\s*,?\s*(?:please\s+)?(?:help|helps)\s+me\s+(?:to\s+)?(?:add|put|note|save)(?:\s+(?:it|this|that))?(?:\s+(?:please|pls))?[.!]*$/i,
        ', please add',
      )
      // "make that the 19:30 slot instead": that time
      .replace(
        /\bthe\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}[:.]\d{2})\s+(?:slot|one|session|appointment)\b/gi,
        '$1',
      )
      // "just the next 7 days please" after a list: what is due in them
      .replace(
        /^(?:(?:just|only)\s+)(?:the\s+)?(?:next|coming)\s+(?:\d+|two|three|four|five|six|seven|ten|fourteen)\s+days(?:\s+(?:please|pls|then))?[.!?]*$/i,
        "what's due in the next 7 days",
      )
      // "all three done, off home": what is said after the report is no part of it
      .replace(
        /^((?:all|both)(?:\s+(?:two|three|four|five|of them))?\s+(?:done|finished|sorted|ticked off))\s*[,;—–-]+\s*(?:off|heading|going)\s+(?:home|out|to bed)\b.*$/i,
        '$1',
      )
      // "add these as separate tasks: …": these, each a task
      .replace(
        /^((?:please\s+)?(?:add|put|jot|stick|pop)\s+(?:down\s+)?(?:these|the following|this lot))\s+as\s+(?:separate|individual|their own|single)\s+(?:tasks|items|ones|todos)\s*:/i,
        '$1:',
      )
      // "Sorry, is 3rd floor, not 2nd" (the "it" left out): it's
      .replace(/^((?:sorry|no|oops|nope|ah)[,\s]+)is\s+(?=\S+(?:\s+\S+)?\s*,?\s+not\s)/i, "$1it's ")
      // "the gutters I did yesterday with Ken" (the thing said first): I did the gutters
      .replace(
        /^((?:the|my|our)\s+[^,;.]+?)\s+(i|we)\s+(did|finished|sorted|cleared|fixed|cleaned|paid|sent|posted|booked|rang|called|done)\b/i,
        (_, it: string, who: string, did: string) => `${who} ${did} ${it}`,
      )
      // "high priority that one": that one, that urgent
      .replace(
        /^((?:very\s+)?(?:high|top|low|medium|normal)\s+prio(?:rity)?|urgent)\s+(?:for\s+)?(that one|this one|that|it|this|the last one)[.!]*$/i,
        'make $2 $1',
      )
      // "shift the appointment one week to the back" (German "nach hinten"): later; "to the front":
      // sooner
      .replace(
        /\b((?:an?|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?))\s+to\s+the\s+(back|front)\b/gi,
        (_, by: string, way: string) => `${by} ${/back/i.test(way) ? 'later' : 'earlier'}`,
      )
      // "should only be twice a week now, tuesdays and fridays": on those days
      .replace(
        /\b(?:once|twice|two times|three times|3 times|2 times)\s+a\s+week(?:\s+now)?\s*[,:;—–-]?\s+(?=(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)/gi,
        '',
      )
      // "patel job: she wants it earlier, 1pm": that task, moved to when they want it
      .replace(
        /^([^:,]{2,50}?)\s*[:,]\s*(?:she|he|they|the client|the customer)\s+(?:wants?|would like|'d like|needs?|asked for|prefers?)\s+(?:it|that|them)\s+(?:(?:a\s+bit\s+|a\s+little\s+)?(?:earlier|later|sooner|moved|changed|rescheduled)\s*,?\s*)?(?:to\s+|at\s+|for\s+|on\s+)?([^,]+?)[.!]*$/i,
        (all: string, task: string, when: string) =>
          // ("no actually make it urgent, they need it first thing": a request, then why)
          looksLikeWhen(when) &&
          !/^(?:no|nope|actually|hmm+|wait|oh|ok|okay|so)\b|\b(?:make|set|move|push|put|change|mark|tick)\s+(?:it|that|this)\b/i.test(
            task,
          )
            ? `move ${task} to ${when}`
            : all,
      )
      // "tomorrow night same time": that day, at the time it has (the part of the day is no time)
      .replace(
        /\b(today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:night|evening|morning|afternoon)(?=[\s,]+(?:(?:at\s+)?the\s+)?same\s+(?:time|hour)\b)/gi,
        '$1',
      )
      // "note for next friday 9am: dentist for Leo", "reminder for tomorrow - bins": a task, then
      .replace(
        /^(?:(?:add\s+)?(?:a\s+)?(?:note|reminder|todo|to-do|task))\s+(?:for|on)\s+([^:—–-]+?)\s*(?::|\s[—–-])\s*(\S.*)$/i,
        (all: string, when: string, what: string) =>
          looksLikeWhen(when) ? `add ${what.replace(/[.!]+$/, '')} ${when}` : all,
      )
      // "can I push it back 2 days?", "could we move the vet to Friday": asked for
      .replace(
        /(^|[.!?;]\s+)(?:so\s+)?(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|just\s+)?((?:push|move|bump|shift|reschedule|postpone|rename|mark|tick|drop|bring|untick|reopen|delete|remove)\s+(?:it|that|this|them|the|my|task|\d)[^?.!]*)\?/gi,
        '$1$2.',
      )
      // "sorry, meant to say it's NOT done": what is said after it
      .replace(
        /^((?:(?:sorry|oops|no|wait|ah|oh)[,\s]+)*)(?:i\s+)?meant\s+to\s+(?:say|write|type|put)\s*[,:]?\s*(?:that\s+)?(?=\S)/i,
        '$1',
      )
      // "I make mistake, it should be …", "I made a mistake -": sorry
      .replace(
        /^(?:(?:oh|ah|sorry|oops)[,\s]+)*(?:i|we)\s+(?:make|made|did|have made|'ve made)\s+(?:a\s+|one\s+|the\s+)?(?:mistake|error|typo)(?:\s+there)?\s*[,.;:!—–-]+\s*(?=\S)/i,
        'sorry, ',
      )
      // "and other task: 'Call the flower shop'", "another task: …": one more to add
      .replace(
        /^(?:(?:and|also|plus)\s+)*(?:please\s+)?(?:add\s+|put\s+)?(?:one\s+more|another|other|a\s+second|second|next|new)\s+(?:task|todo|to-do|item)\s*:\s*(?=\S)/i,
        'add ',
      )
      // "…, this I do not need anymore" (second-language order): I don't need this
      .replace(
        /\b(this|that|these|those)\s+(i|we)\s+(do not|don't|dont|no longer|not)\s+(need|want)\b/gi,
        (_, it: string, who: string, not: string, need: string) =>
          `${who} ${/^not$/i.test(not) ? "don't" : not} ${need} ${it}`,
      )
      // "The travel grant I do not need anymore": I don't need the travel grant
      .replace(
        /^((?:the|my|our)\s+[^,;.]+?)\s+(i|we)\s+(do not|don't|dont|no longer)\s+(need|want)(?=\s+any\s?more\b|\s*[,;.]|$)/i,
        (_, it: string, who: string, not: string, need: string) => `${who} ${not} ${need} ${it}`,
      )
      // "make the task with the monitors as done" (second-language): mark it
      .replace(
        /\bmake\s+(?!(?:it|that|this|them)\s+(?:as\s+)?(?:done|finished)\b)(.+?)\s+as\s+(done|finished|complete|completed|not done|undone)\b/gi,
        'mark $1 as $2',
      )
      // "got the descaling out of the way this morning": done
      .replace(
        /\b(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:got|gotten)\s+(?!(?:it|that|this|them)\b)(.+?)\s+out\s+of\s+the\s+way\b/gi,
        'I finished $1',
      )
      // "scratch that check mark", "take the tick off it": not done after all
      .replace(
        /\b(?:scratch|remove|undo|delete|clear|cancel|take\s+away|take\s+off|lose|drop)\s+(?:that|the|its|this)\s+(?:check\s*-?\s*mark|tick(?:\s*mark)?|done\s+mark)(?:\s+(?:off|from|on)\s+(?:it|that|this))?\b/gi,
        'reopen it',
      )
      .replace(
        /\btake\s+(?:that|the)\s+(?:check\s*-?\s*mark|tick(?:\s*mark)?)\s+off\s+(?:it|that|this)\b/gi,
        'reopen it',
      )
      // "…, is not finished" (second-language, the "it" left out): it is not
      .replace(
        /([,.;]\s*)(is|was)\s+(not\s+|n't\s+)(?:yet\s+)?(?=(?:done|finished|complete|completed|fixed|ready|sorted)\b)/gi,
        '$1it $2 not ',
      )
      // "Sorry, not leash, harness. Please correct.": the correction asked for is the one said
      .replace(
        /(?<=\S)\s*[.!;]\s*(?:please\s+)?(?:correct|amend)(?:\s+(?:it|that|this))?(?:\s+please)?[.!]*$/i,
        '',
      )
      // "change the wording of the van task to: Book the big van": to
      .replace(
        /\b(change|rename|update|edit|reword|retitle)\b(\s+\S.*?\s(?:to|as|into))\s*:\s*(?=\S)/gi,
        '$1$2 ',
      )
      // "whatcha got on the list", "what ya got": what have I got
      .replace(
        /\b(?:whatcha|watcha|wotcha|what\s+(?:ya|u|you)(?:'ve)?)\s+got\b/gi,
        'what have I got',
      )
      // "I want do it every 2 week" (second-language): want to do it
      .replace(/\b(i|we)\s+(want|need)\s+(do|have)\s+(it|this|that)\b/gi, '$1 $2 to $3 $4')
      // "I need remember call the supplier" (second-language): to remember to call him
      .replace(
        /\b(need|needs|have|has|want|must|should)\s+(?:to\s+)?remember\s+([a-z]+)(?=\s)/gi,
        (all: string, need: string, verb: string) =>
          TASK_VERBS.has(verb.toLowerCase()) ? `${need} to remember to ${verb}` : all,
      )
      .replace(/^((?:and\s+)?also)\s+of\s+(?=[a-z]+\s)/i, '$1 ')
      // "would you remind me whether I have finished X?": have I finished X?
      .replace(
        /^(?:(?:could|would|can)\s+you\s+(?:please\s+)?)?remind\s+me\s+(?:whether|if)\s+(i|we)\s+(have|had|did)\s+/i,
        (_, who: string, aux: string) => `${aux} ${who} `,
      )
      // "Task with electrician - is done?": is it done?
      .replace(
        /^(?:the\s+)?task\s+(?:with|about|for|of)\s+(?:the\s+)?(.+?)\s*[-–—:,]\s*(?:is\s+(?:it\s+)?|it's\s+)(done|finished|complete|completed)\s*\?$/i,
        'is the $1 task $2?',
      )
      // "what's still on there?", "what is missing still?": what's left
      .replace(/\bwhat(?:'s|\s+is)\s+(?:still\s+)?(?:left\s+)?on\s+there\b/gi, "what's left")
      .replace(/\bwhat(?:'s|\s+is)\s+(?:still\s+)?missing(?:\s+still)?\b/gi, "what's left")
      // "Paki-remove po the TV remote task", "thank you po" (Filipino English): please; polite
      .replace(/\bpaki-?(?=[a-z]{3,})/gi, 'please ')
      .replace(
        /(?<=\b(?:thank you|thanks|salamat|remove|delete|add|mark|please|tick|move|done))\s+po\b/gi,
        '',
      )
      // "I should also like to add …": the wish, said formally
      .replace(/\b(should|would|'d)\s+also\s+(like|love)\s+to\b/gi, '$1 $2 to')
      // "what else remains?", "what's on the to-do": what's left, on the list
      .replace(/\bwhat\s+(?:else\s+)?remains\b/gi, "what's left")
      .replace(/\b(on|in)\s+(?:the|my)\s+to-?do(?:\s+list)?\b/gi, '$1 my list')
      // "chuck on roll the wicket", "bung on new oilskins": on the list
      .replace(
        /^((?:(?:can|could)\s+you\s+)?(?:please\s+)?)(?:chuck|bung|stick|pop|whack|throw)\s+on\s+(?!(?:the|my|to|it|that|this|them)\b)(?=\S)/i,
        '$1add ',
      )
      // "add it then - book a skip": the task after the dash
      .replace(
        /^((?:no\??|ok|okay|right)[,\s]+)?(add|put)\s+(?:it|that|this)\s+then\s*(?:[-—–:]|\s-)\s*(?=\S)/i,
        '$1$2 ',
      )
      // "thanks — push it to Friday": the thanks, then the request
      .replace(
        /^(?:thanks|thank you|cheers|ta|great|lovely|perfect|cool|brilliant)\s*[-—–,!.]+\s*(?:,\s*)?(?=(?:push|move|put|make|set|mark|tick|delete|remove|add|change|bump|can|could|please|pls)\b)/i,
        '',
      )
      // "and at what hour?": what time
      .replace(/\b(?:at\s+)?what\s+hour\b/gi, 'what time')
      // "could you tell me what task 7 is?": what task 7 is
      .replace(/\bwhat\s+((?:task|item|number)\s*#?\d+)\s+is\b/gi, 'what is $1')
      .replace(
        /^(?:(?:could|can|would)\s+you\s+(?:please\s+)?)tell\s+me\s+(?=what\s+is\s+(?:task|item|number)\s*#?\d+\b)/i,
        '',
      )
      // "ah sorry, is the paracetamol one" (second-language English): it's that one
      .replace(
        /^((?:(?:ah|oh|no|sorry|oops|wait)[,\s]+)+)is\s+(the\s+\S+(?:\s+\S+)?\s+one)[.!]*$/i,
        "$1it's $2",
      )
      // "no, I meant Mrs Okoro, sorry - autocorrect": the slip owned, after the fix
      .replace(
        /(?<=\S)\s*[,;]?\s*(?:(?:sorry|soz|oops|ugh)\s*[-—–,]?\s*)?(?:(?:damn|stupid|bloody)\s+)?(?:autocorrect|auto-correct|autocorrected|spellcheck|fat fingers)(?:\s+again)?(?:\s+lol)?[.!]*$/i,
        '',
      )
      // "… - can you pop all those on": the things listed, onto the list
      .replace(
        /(?<=:\s*\S.*)\s*(?:[-—–,]\s*)?(?:so\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:pop|put|add|stick|chuck|bung|get)\s+(?:all\s+)?(?:those|these|them|them all|all of them|all of those)(?:\s+(?:on|in|down|on the list|on my list|to the list|to my list))?(?:\s+(?:please|pls|thanks|for me))*\s*[?.!]*$/i,
        '',
      )
      // Dialect and speech written as said: "an' another", "y'all can add", "both of 'em",
      // "whit's left", "the second yin's done", "an' aw" (Scots: too)
      .replace(/\ban'\s+(?:aw|a')(?=[\s.!?]*$)/gi, 'too')
      .replace(/\ban'(?=\s)/gi, 'and')
      .replace(/\by'all\b/gi, 'you')
      .replace(/(?<=\s)(?<!\b(?:list|show)\s)'em\b/gi, 'them')
      .replace(/\bwhit(?='s\b|\s)/gi, 'what')
      .replace(
        /\b(the|that|this|other|wee|big|first|second|third|fourth|last|next|every)\s+yin(?=\b|'s)/gi,
        '$1 one',
      )
      // "…, sugar", "…, brother": whom it is said to (after a comma: "icing sugar" is a thing)
      .replace(
        /(?<=\S)\s*,\s*(?:sugar|honey|darling|sweetie|brother|sister|sis|chief|boss)[.!]*$/i,
        '',
      )
      // "Honey, that chaise task…", "Please brother, the flu jab list…": whom it is said to
      .replace(
        /^((?:please|pls|ok|okay|hey|hi|right|well)[,\s]+)?(?:honey|sugar|darling|sweetie|brother|sister|sis|bro|mate|love|dear|hun|boss|chief|bruv|buddy|pal|dude)\s*,\s*(?=\S)/i,
        '$1',
      )
      // "x3 done", "t2 rename: …", "4 p1": a task by its number, the short way
      .replace(/^(?:t|x|#)(\d{1,4})\b(?=\s+\S)/i, 'task $1')
      .replace(
        /^(\d{1,4})\s+(?=(?:done|p[1-4]|rename|desc|description|note|due)\b|[-+]#)/i,
        'task $1 ',
      )
      .replace(
        /^task\s+(\d{1,4})\s+(rename|desc|description|note|title)\s*:\s*(?=\S)/i,
        (_, n: string, what: string) =>
          /^(?:rename|title)$/i.test(what) ? `rename task ${n}: ` : `task ${n} desc: `,
      )
      .replace(
        /^task\s+(\d{1,4})\s+(?=(?:p[1-4]|(?:high|low|medium|top)\s+prio(?:rity)?)$)/i,
        'task $1: ',
      )
      // "remind me 2 book the flu jab" (text-speak "to")
      // ("rmeind me 2 …": with a slip in "remind" too)
      .replace(
        /^((?:pls\s+|please\s+)?)([a-z]+)\s+me\s+2\s+(?=[a-z])/i,
        (all, please: string, verb: string) =>
          correctWord(verb, true) === 'remind' ? `${please}remind me to ` : all,
      )
      // "Ava's stopping lessons after this one, so no more repeating": the news, then what to do
      // about it, as its own sentence
      .replace(
        /(?<=\p{L}{3,})\s*,\s*so\s+(?=(?:no more|no longer|stop|make it|set it|move it|change it|put it|push it|clear|remove the|take the|drop the)\b)/giu,
        '. ',
      )
      // "Marco task you can erase please": the task first, then what to do to it
      .replace(
        /^((?!(?:eh|ah|oh|um|erm|so|ok|okay|and|but|hey|right)\b)(?:the\s+)?[^,;]+?\s+(?:task|one|item|job))\s+(?:you\s+)?(?:can|could|may|should)\s+(erase|delete|remove|bin|scrap|cancel|tick off|cross off|close)(?:\s+(?:it|that|now|already))?(?=\s*(?:[,;.!]|please\b|pls\b|$))/i,
        '$2 $1',
      )
      // "that vases one is low priority": the vases one
      .replace(/^(?:that|this)\s+(?=(?!one\b)[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}\s+one\b)/iu, 'the ')
      // "make it high pri", "low prty": priority, the short way
      .replace(
        /\b(high|low|medium|mid|top|normal)\s+(?:pri|prty|pty|prior|priorty|priortiy)\b/gi,
        '$1 priority',
      )
      // "add the task of pay the water bill" (the task of): the task
      .replace(
        /^(?:(?:please|pls)\s+)?(?:add|create|make|put)\s+(?:the|a)\s+task\s+of\s+(?=\S)/i,
        'add ',
      )
      // "we change to wednesday and thursday": change it to
      .replace(
        /^(?:we|i)\s+(?:change|changed|switch|switched|move|moved)\s+(?:it\s+)?to\s+(?=\S)/i,
        'change it to ',
      )
      // "what's my day look like?": what is on that day
      .replace(
        /^what(?:'s|\s+is|\s+does)\s+(?:my|the)\s+(day|week|weekend|morning|afternoon|evening)\s+look(?:ing)?\s+like\b/i,
        (_, when: string) => (/^day$/i.test(when) ? "what's due today" : `what's on this ${when}`),
      )
      // "put please: dinner with my sister": add it
      .replace(/^(?:put|add|write|note)\s+(?:please|pls)\s*:\s*(?=\S)/i, 'add: ')
      // "british date, the 12th of May": the date meant
      .replace(
        /^(?:(?:no|sorry|oops|i mean|i meant|it's|its|it is|that's|that was)[,\s]+)*(?:an?\s+)?(?:british|uk|english|european|australian|day[- ]first)\s+(?:date|format|style)s?\s*(?:[,:;-]+\s*|\s+so\s+|\s+(?:i\s+mean|meaning)\s+)(?=\S)/i,
        'make it ',
      )
      // "actually I'll email them instead, change it": the other deed, instead
      .replace(
        /^((?:(?:actually|no|oh|ok|okay|hmm)[,\s]+)*)(?:i'll|i will|i'm going to|i am going to|i'd rather|better to)\s+([a-z]+\s+(?:them|him|her|it)\s+instead)(?:\s*,\s*(?:so\s+)?(?:please\s+)?(?:change|update|fix)\s+(?:it|that|the task)(?:\s+please)?)?$/i,
        '$1$2',
      )
      // "undo, I only wanted Rossi gone": the change meant, said as a wish
      .replace(
        /(^|[,;]\s*|\s[-—–]\s*)i\s+(?:only\s+|just\s+)?(?:wanted|meant|want|mean)\s+(?!(?:to|it|that|them|mark|tick|delete|remove|get|have|put|move|set)\b)((?:(?!\b(?:isn't|is not|wasn't|was not|hasn't|not)\b)[^,;])+?)\s+(?:gone|deleted|removed|binned|off the list)$/i,
        '$1delete $2',
      )
      .replace(
        /(^|[,;]\s*|\s[-—–]\s*)i\s+(?:only\s+|just\s+)?(?:wanted|meant|want|mean)\s+(?!(?:to|it|that|them|mark|tick|delete|remove|get|have|put|move|set)\b)((?:(?!\b(?:isn't|is not|wasn't|was not|hasn't|not)\b)[^,;])+?)\s+(?:done|ticked off|ticked|finished|marked done)$/i,
        '$1mark $2 done',
      )
      // "no sorry, is for my boss" (the "it" left out): it is
      .replace(
        /^((?:(?:no|nope|sorry|oops|actually|wait)[,\s]+)+)is\s+(?=(?:for|on|at|in|with|to)\s)/i,
        "$1it's ",
      )
      // "actually no, do delete it": the request, said with weight
      .replace(
        /^((?:(?:actually|no|nope|ok|okay|yes|yeah|right|wait)[,\s]+)*)(?:do|please do|do please)\s+(?=(?:delete|remove|mark|tick|complete|move|cancel|bin|drop)\s)/i,
        '$1',
      )
      // "give me till Friday", "give us until the 10th": more time, so due then
      .replace(
        /^(?:(?:ok|so|and)[,\s]+)?(?:please\s+)?(?:give|allow)\s+(?:me|us|him|her|them)\s+(?:till|until|to|up to)\s+(?=\S)/i,
        'move it to ',
      )
      // "same time but the day after": the day on, the time kept
      .replace(
        /^(?:(?:ok|so|and)[,\s]+)?(?:the\s+)?same\s+time\s*,?\s*(?:but\s+)?(?=(?:on\s+)?the\s+(?:day after|next day|following day|day before)\b)/i,
        '',
      )
      // "the next one's on 2 November, 10am" (of a task that repeats): when the next one is due
      .replace(
        /^((?:and|ok|oh|so)[,\s]+)?(?:the\s+)?next\s+one(?:'s|’s|\s+is|\s+will\s+be)\s+(?:due\s+)?(?:on\s+|at\s+)?(?=\S)/i,
        '$1move the next one to ',
      )
      // "add chase the payment, it's already late so make it urgent": why, then what it asks
      .replace(
        /,\s*(?:it's|it is|its|since it's|as it's|because it's|they're|he's|she's)\s+[^,]{1,40}?\s+so\s+(?=(?:make|set|mark|give|put)\s+(?:it|that)\b)/i,
        ', ',
      )
      // "he wants to move it to 6.45", "the client asked us to push it back a week": the move
      .replace(
        /^(?:he|she|they|(?:the\s+)?[\p{L}'-]+)\s+(?:wants|want|would like|'d like|asked|asks)\s+(?:me\s+|us\s+)?to\s+(?=(?:move|push|bring|shift|change)\s+(?:it|that|this)\b)/iu,
        '',
      )
  );
}

/** Filipino English: "pa-check po if …", "pa-add po: …" (please), "po" said for politeness. */
/**
 * "- [x] Renew the certificate / - [ ] Write the changelog" (a checklist pasted from notes, some
 * boxes ticked): the ticked ones are done; the open ones are only news while any is ticked.
 * "**Renew the SSL certificate**": the words, without the bold.
 */
const pastedMarkup = (text: string) => {
  const plain = text.replace(/(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1/g, '$2');
  const lines = plain.split('\n');
  const box = /^\s*(?:[-*•]\s*)?\[([ xX✓✔])\]\s*(\S.*)$/;
  if (!lines.some((l) => /^[xX✓✔]$/.test(box.exec(l)?.[1] ?? ''))) return plain;
  const done = lines.flatMap((l) => {
    const m = box.exec(l);
    return m && m[1] !== ' ' ? [`mark ${m[2]!.replace(/[.;,]+$/, '')} as done`] : [];
  });
  return done.join('. ');
};

const filipinoPolite = (text: string) =>
  pastedMarkup(text)
    // "Do I have overdue po?": the respect word at the end of a question
    .replace(/\s+po\s*(\?+)\s*$/, '$1')
    // "Pakidagdag po …", "pakibura": please add, please delete
    .replace(/\bpaki-?(?:dagdag|add)\b/gi, 'please add')
    .replace(/\bpaki-?(?:bura|tanggal|alis)\b/gi, 'please remove')
    .replace(/\bpaki-?lagay\b/gi, 'please put')
    // "no, scratch that, it's still to do": the change taken back
    .replace(
      /^((?:no|nope|nah|negative|nay)[,\s]+)?(?:scratch|cancel|forget|ignore|belay|strike)\s+that\s*[,;.—–-]\s*(?:it's|it\s+is|its|that's|that\s+is|they're|they\s+are)\s+(?:still|not)\b(?![^.!?]*\b(?:put|mark|make|set|move|tick)\b)[^.!?—–]{0,40}[.!]*$/i,
      'undo that',
    )
    // "Negative, scratch that", "Nay, make it straw": no
    .replace(/^(?:negative|negatory|nay)(?=\s*[,.!;]\s*\S)/i, 'no')
    // "sorry toddler grabbed phone. also add …": an apology for the message before, with its
    // reason, then what is asked
    .replace(
      /^(?:sorry|soz|apologies|oops|whoops)[,!\s]+(?=[^.!?;]*\b(?:\p{L}{2,}ed|hit|sat|spilt|got|stole|took|fell|ran|was|were)\b)(?![^.!?;]*\b(?:i|we|i've|we've|mean|meant|task|not|isn't|hasn't|wasn't|done|finished|completed?|ticked|it|that|this|them|wrong|mistake)\b)[^.!?;]{3,80}[.!;]+\s+(?=\S)/iu,
      '',
    )
    .replace(
      /\bpa-(check|add|mark|delete|remove|move|change|set|remind|tick|update|show|list)\b(?:\s+(?:naman|po)\b)*/gi,
      'please $1',
    )
    .replace(
      /(?<!\b(?:the|a|an|this|that|my|your|our|their|his|her|each|every|new|old|per|no))\s+po\b(?=\s*[?!.,:]|\s*$|\s+(?:if|na|naman|pa|ba|kung|the|to|and|please)\b)/gi,
      // ("Send PO to Acme": a purchase order, in capitals, stays)
      (m) => (/PO/.test(m) ? m : ''),
    )
    .replace(/\b(?:tapos|natapos)\s+na\b/gi, 'done');

/** Not a thing said first: "then I will call …", "Sarah and I will …", "tomorrow I will …". */
const NOT_A_TOPIC =
  /^(?:and|but|so|then|if|when|because|cos|yes|yeah|no|nope|ok|okay|well|actually|now|today|tonight|tomorrow|yesterday|maybe|also|just|sorry|oh|ah|hmm+|um+|what|which|who|whom|whose|how|why|where|did|do|does|can|could|would|will|should|is|are|was|were|please|pls|hey|hi|first|next|later|after|before|once|think|guess|hope|reckon|know|said|says|any|anything|something|everything|nothing|all|some|every|each|more|much|many|most|few|less|stuff|things|everyone|anyone|someone|nobody)$/i;

/** "the mats I will buy on Saturday instead", "winter tyres I make on the 3rd": the thing said
 * first (German, Vietnamese or Chinese order, or English for weight), put back after its verb. */
const topicFirst = (text: string) =>
  text.replace(
    /^((?:the|my|our|this|that|these|those)\s+[\p{L}\p{N}'-]+(?:\s+[\p{L}\p{N}'-]+){0,3}?|[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}?)\s*,?\s+(i|we)\s+((?:will|'ll|shall|am going to|'m going to|am gonna|'m gonna|gonna|want to|would like to|'d like to|have to|must|need to|can|could|should)\s+)?(\p{L}+)(?=\s*$|\s*[,.;!?]|\s+(?:on|in|at|by|for|from|this|next|tomorrow|today|tonight|later|first|after|before|instead|already|now|then|soon|every|each|when|once|also|too|as well)\b)/iu,
    (m, object: string, subject: string, aux: string | undefined, verb: string) =>
      TASK_VERBS.has(verb.toLowerCase()) &&
      !NOT_A_TOPIC.test(object.split(/\s+/)[0]!) &&
      !/\s(?:and|or|&)$/i.test(object) &&
      !looksLikeWhen(object)
        ? `${subject} ${aux ?? ''}${verb} ${object.replace(/^(?:the|my|our|this|that|these|those)\b/i, (d) => d.toLowerCase())}`
        : m,
  );

/** A task named by its place in the list shown: "the last one", "the 2nd item", "number three". */
const PLACE_SAID = String.raw`(?:the\s+(?:(?:second\s+(?:to|from)\s+)?${alt(Object.keys(ORDINALS))}|\d{1,2}(?:st|nd|rd|th)|penultimate)\s+(?:one|task|item|thing|job)|number\s+(?:\d{1,3}|${alt(Object.keys(NUMBER_WORDS))}))`;

/** "the last one: mark it done", "number 2 – add the note 'ask Dave'": the task named first, then
 * what to do with it; said again where the request names it. */
const placeFirst = (text: string) =>
  text.replace(
    new RegExp(String.raw`^(${PLACE_SAID})\s*(?::|\s[-–—])\s*(\S.*)$`, 'i'),
    (m, place: string, request: string) => {
      const it = /\b(?:it|that one|this one)\b(?!['’])/i;
      if (it.test(request)) return request.replace(it, place);
      // ("the last one: it's done")
      const is = /^(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(\S.*)$/i.exec(request);
      if (is) return `${place} is ${is[1]}`;
      // ("the last one: add the description 'cite the Benford analysis'")
      const note =
        /^(?:(?:please|pls)\s+)?(?:add|put|set|give\s+it)\s+(?:a|the)\s+(?:description|note|notes|details?|memo)\s*:?\s*(["“‘'].+["”’'])[.!]*$/i.exec(
          request,
        );
      return note ? `${request.replace(/[.!]+$/, '')} to ${place}` : m;
    },
  );

/** "Add three items. One: order pipe. Two: fit the tap. Three: lag the loft." — a header, then
 * items numbered in words or figures, each its own sentence: the list, as one. */
const numberedSentences = (text: string) => {
  // "rename: 1) A → B 2) C → D", "delete 1) X 2) Y": the request, once for each item
  const each =
    /^((?:please\s+)?(?:rename|delete|remove|tick(?:\s+off)?|complete|finish|reopen|move|change))\s*:?\s*(?:1|one)\s*[).]\s+(\S.*?\s+(?:2|two)\s*[).]\s+\S.*)$/i.exec(
      text.trim(),
    );
  if (each) {
    const items = each[2]!
      .split(/\s+(?:and\s+)?\d{1,2}\s*[).]\s+/)
      .map((i) => i.replace(/[\s,;.]+$/, '').trim())
      .filter(Boolean);
    if (items.length >= 2) return items.map((i) => `${each[1]} ${i}`).join('. ');
  }
  // "actually remove 2)", "mark 1) and 3) as done": those items of the list, by their place
  text = text
    .replace(/^((?:and|also|plus)\s+)\d{1,2}\s*\)\s+(?=\p{L})/iu, '$1')
    .replace(
      /(?<=\b(?:remove|delete|drop|mark|tick|complete|finish|reopen|move|push|rename|and|or|,)\s*)([1-9])\)(?=\s|$|[.,!?])/gi,
      (_, n: string) => `the ${ORDINAL_DAYS[Number(n) - 1]} one`,
    );
  const m =
    /^((?:please\s+|can you\s+|could you\s+)?(?:add|put|create|note|jot down|make)\b[^.:!?]{0,40}?\b(?:items?|tasks?|things?|jobs?|to-?dos?|reminders?))\s*[.:!]\s+((?:(?:one|two|three|four|five|six|seven|eight|first|second|third|fourth|fifth|sixth|\d{1,2})\s*[:.)–—-]\s*[^.;\n]+[.;]?\s*){2,})$/i.exec(
      text.trim(),
    );
  if (!m) return text;
  const items = m[2]!
    .split(
      /\s*(?:^|[.;]\s*)(?:one|two|three|four|five|six|seven|eight|first|second|third|fourth|fifth|sixth|\d{1,2})\s*[:.)–—-]\s*/i,
    )
    .map((i) => i.replace(/[.;]\s*$/, '').trim())
    .filter(Boolean);
  return items.length >= 2 ? `${m[1]}: ${items.join('; ')}` : text;
};

/** "paid: gas, water", "bought - milk, eggs": each of them done that way. */
const deedsListed = (text: string) =>
  text.replace(
    /^(\p{L}+(?:\s+(?:up|off|out|back|in))?)\s*(?::|\s[-–—]\s)\s*(\S.*)$/iu,
    (m, verb: string, items: string) => {
      const v = verb.toLowerCase().split(/\s+/)[0]!;
      if (
        !(/^\p{L}{3,}ed$/u.test(v) || v in IRREGULAR_PAST) ||
        /^(?:done|finished|sorted|completed|added|noted|listed|wanted|needed|reminded|scheduled|planned|booked in|called it)$/.test(
          v,
        )
      )
        return m;
      const parts = items.split(/\s*(?:,|;|&|\band\b)\s*/i).filter(Boolean);
      return parts.map((p) => `${verb} ${p}`).join(', ');
    },
  );

/** "belay that, it's still leaking — put it back as not done": the change asked for says it. */
const takenBackThenSaid = (text: string) =>
  text.replace(
    /^(?:(?:no|oh|wait|sorry)[,\s]+)*(?:scratch|belay|cancel|forget)\s+that\s*[,;.!—–-]+\s*(?=.*\b(?:put\s+(?:it|that)\s+back|untick|uncheck|unmark|reopen|not\s+done|bring\s+(?:it|that)\s+back)\b)/i,
    '',
  );

/** "no not nine ten": an hour said as a word. */
const NUMBER_WORD_TIME: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
};

/** Text in quotes: "…", “…”, or '…' not inside a word (not the apostrophe of "Mum's"). */
const QUOTED_SPAN =
  /"[^"\n]{1,200}"|“[^”\n]{1,200}”|(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])/gu;

/**
 * The message with its everyday ways of saying things put plainly. Words in quotes are the
 * person's own, kept as they were ("chuck 'arvo tea for the team' on the list" keeps "arvo").
 */
export function normalizeText(text: string): string {
  // (each kept as a made-up word of letters no one types, so the steps that look for a quoted
  // title still see one)
  const kept: string[] = [];
  const masked = text.replace(QUOTED_SPAN, (q) => {
    // (one word in quotes is a name the steps read: "remove the 'client' tag")
    if (!/\s/.test(q.slice(1, -1).trim())) return q;
    kept.push(q.slice(1, -1));
    return `${q[0]}ϙ${String.fromCharCode(0x3b1 + kept.length - 1)}ϙ${q.at(-1)}`;
  });
  if (kept.length === 0 || kept.length > 24) return normalizeUnquoted(text);
  return normalizeUnquoted(masked).replace(
    /ϙ([α-ω])ϙ/g,
    (m, c: string) => kept[c.charCodeAt(0) - 0x3b1] ?? m,
  );
}

const HOUR_WORDS: Record<string, number> = {
  ...NUMBER_WORDS,
  zero: 0,
  oh: 0,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-one': 21,
  'twenty-two': 22,
  'twenty-three': 23,
};
const MINUTE_WORDS: Record<string, number> = {
  hundred: 0,
  'oh-five': 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  'thirty-five': 35,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  'fifty-five': 55,
};
/**
 * "oh-six-thirty", "zero seven hundred", "fourteen hundred hours", "sixteen thirty" (the 24-hour
 * clock said aloud, as pilots and crews say it): the time, in figures.
 */
function clockSaid(text: string): string {
  const dash = (w: string) => w.toLowerCase().replace(/\s+|-/g, '-');
  return text.replace(
    /\b(?:(oh|zero)[-\s]+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three))?)[-\s]+(hundred|oh[-\s]five|ten|fifteen|twenty(?:[-\s]five)?|thirty(?:[-\s]five)?|forty(?:[-\s]five)?|fifty(?:[-\s]five)?)(?:\s+hours|\s+hrs)?\b/gi,
    (m, oh: string | undefined, hour: string, minute: string, at: number, all: string) => {
      const h = HOUR_WORDS[dash(hour)];
      const min = MINUTE_WORDS[dash(minute)];
      if (h === undefined || min === undefined) return m;
      // ("two thirty" is half past two, as anyone says it; only "oh-two-thirty" or an hour
      // past twelve, or "hundred", is the 24-hour clock)
      if (!oh && h <= 12 && !/hundred/i.test(minute)) return m;
      // ("eleven hundred pounds": a sum; "at eleven hundred", "eleven hundred hours": a time)
      if (
        !oh &&
        /hundred/i.test(minute) &&
        !/\bhours\b/i.test(m) &&
        !/\b(?:at|by|until|till|from|for|@|to|before|after)\s+$/i.test(all.slice(0, at))
      )
        return m;
      return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    },
  );
}

/**
 * Ways of saying things that come from second languages, dialects, texting and talk out loud
 * ("is possible put it at 11 of the morning", "I've to", "ngl its urgent af", "put summat on me
 * list"), said the way the rules read them.
 */
function plainSpeech(text: string): string {
  return (
    clockSaid(text)
      // "also tag it hashtag car" (dictated): #car
      .replace(/\bhash\s?tag\s+(?=[\p{L}\p{N}])/giu, '#')
      // "and one more day on top of that": another day
      .replace(/\b(?:one|1)\s+more\s+(day|week|hour)\b/gi, 'another $1')
      .replace(
        /\b(another\s+(?:day|week|hour|\d+\s+\w+))\s+on\s+top(?:\s+of\s+(?:that|it|this))?\b/gi,
        '$1',
      )
      // "X is moved, now is the 20 of April", "X, now it's Friday": moved to then
      .replace(
        /,\s*(?:and\s+)?now\s+(?:is|it's|it\s+is|its|is\s+on|it's\s+on)\s+(?=the\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|next\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)/i,
        ', move it to ',
      )
      // "put it the most important", "make it the most urgent" (second-language English): top
      // priority; "my things most important": my most important things
      .replace(
        /\b(put|make|mark|set)\s+(it|that|this|them)\s+(?:as\s+)?(?:the\s+)?most\s+(?:important|urgent)\b/gi,
        'make $2 top priority',
      )
      .replace(
        /\b(my|the)\s+(things|tasks|jobs|items)\s+(most|more|less)\s+(important|urgent)\b/gi,
        '$1 $3 $4 $2',
      )
      // "they changed it to the 19:30": it is at 19:30 now
      .replace(
        /\b(?:they|he|she|someone|somebody|the\s+[\p{L}-]+)\s+(?:have\s+|has\s+)?(?:changed|moved|put|switched|rescheduled)\s+(it|that|this)\s+(?=(?:to|for|till|until)\s)/giu,
        'move $1 ',
      )
      .replace(
        /\b(to|at)\s+the\s+(?=\d{1,2}[:.h]\d{2}(?:\s*(?:[.!,;]|$)|\s+(?:please|pls|now|instead|then)\b))/gi,
        '$1 ',
      )
      // "quit the priority" (Spanish "quitar"): remove it
      .replace(
        /\bquit(?:e)?\s+(?=(?:the|its|his|her)\s+(?:priority|date|due date|deadline|time|hour|repeat|repetition|label|tag|description|note)\b)/gi,
        'remove ',
      )
      // "put it no date", "leave it without date": no date
      .replace(
        /\b(?:put|leave|make|set)\s+(it|that|this|them)\s+(?:with\s+)?(?:no|without)\s+(?:a\s+|any\s+)?(date|due date|deadline|time|hour|priority|repeat|label|tags?)\b/gi,
        'remove the $2 from $1',
      )
      // "31. July", "the 3. of May", "14:30 o'clock", "until 31.07." (German): the date, the time
      .replace(
        /\b(\d{1,2})\.\s+(?=(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
        '$1 ',
      )
      .replace(/\b(\d{1,2}[:.]\d{2})\s*o['’]?\s?clock\b/gi, '$1')
      .replace(
        /(^|\s)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?=[\s,;!?]|$)/g,
        (m, lead: string, d: string, mo: string, y?: string) =>
          Number(d) >= 1 && Number(d) <= 31 && Number(mo) >= 1 && Number(mo) <= 12
            ? `${lead}${d}/${mo}${y ? `/${y}` : ''}`
            : m,
      )
      // "kindly do the needful and postpone by 2 days" (Indian English): the deed itself
      .replace(/\b(?:(?:kindly|please|pls)\s+)?do\s+the\s+needful\s+and\s+(?=\p{L})/giu, '')
      .replace(
        /(^|,\s*|\band\s+)(postpone|prepone|delay|defer|push\s+back|push|move|shift|bring\s+forward)\s+(?=by\s+(?:\d|an?\b|one|two|three|four|five|six|seven|a\s+few|a\s+couple))/gi,
        '$1$2 it ',
      )
      // "and do the opposite for the reports, bring them 2 days earlier": the reports, then
      .replace(
        /^(and\s+|also\s+)?do\s+the\s+(?:opposite|reverse|same)\s+(?:for|with|to)\s+([^,;]+?)\s*[,;:—–-]\s*(?:(bring|move|push|shift|put)\s+(?:it|them|those)\s+)?(?=\S)/i,
        (_, lead: string | undefined, what: string, verb?: string) =>
          `${lead ?? ''}${verb ? `${verb} ${what} ` : `${what}, `}`,
      )
      // "at 31 July" (German "am"), "the 3 of May": on that day
      .replace(
        /\b(?:at|am)\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
        'on ',
      )
      .replace(
        /\b(?:on\s+)?the\s+(\d{1,2})\s+of\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
        'on $1 ',
      )
      // "dentist +1h", "and +1 day", "standup -30m": that much later (earlier)
      .replace(
        /(^|\s)(\+\s?|[−-])(\d{1,3})\s?(h|hrs?|hours?|m|mins?|minutes?|d|days?|w|wks?|weeks?)(?=\s*[.!,;]|\s*$|\s)/gi,
        (_, lead: string, sign: string, n: string, unit: string) => {
          const u = /^h/i.test(unit)
            ? 'hour'
            : /^m/i.test(unit)
              ? 'minute'
              : /^d/i.test(unit)
                ? 'day'
                : 'week';
          return `${lead}${n} ${u}${n === '1' ? '' : 's'} ${sign.startsWith('+') ? 'later' : 'earlier'}`;
        },
      )
      // "buy new trainers - raise the priority": of that task
      .replace(
        /^([^,;:–—-]{3,60}?)\s+[-–—:]\s+(raise|lower|bump\s+up|bump\s+down|increase|decrease|remove|clear|drop)\s+(?:the|its)\s+(priority|date|due date|deadline|time|repeat|labels?|tags?)[.!]*$/i,
        '$2 the $3 of $1',
      )
      // "thank-you cards 🔥🔥 urgent now": that task is urgent now
      .replace(
        /^(?!(?:it|that|this|everything|all|nothing|what|which|is|are|and|also|then|so|please|make|set|put|give|mark)\b)(?![^,;:?]*\b(?:it|should|be|make|set|give|mark|put|has|have|was)\b)([^,;:?]{3,60}?)\s+(?:is\s+|are\s+)?(urgent|high\s+priority|top\s+priority|low\s+priority|medium\s+priority|p[1-3])\s+(?:now|from\s+now(?:\s+on)?|now\s+please)[.!]*$/i,
        'make $1 $2',
      )
      // "Have I neglected anything?", "anything I've let slide?": what is overdue
      .replace(
        /\b(?:have\s+i|did\s+i|i\s+have|i've)\s+(?:neglected|let\s+slide|fallen\s+behind\s+on|missed|let\s+lapse|forgotten)\s+anything\b/gi,
        'is anything overdue',
      )
      .replace(
        /\banything\s+(?:i've|i\s+have|i|we've|we\s+have)\s+(?:let\s+slide|neglected|let\s+lapse|fallen\s+behind\s+on)\b/gi,
        'anything overdue',
      )
      // "and time also prepone to 11 am", "and the time to 11 too": the time, changed
      .replace(
        /^((?:and|also|then)\s+)?(?:the\s+)?(?:time|hour)\s+(?:(?:also|too|as\s+well)\s+)?(?:(?:prepone|bring\s+forward|move|change|shift|put|make|set|push)\s+(?:it\s+)?)?(?:to|at)\s+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+(?:too|also|as\s+well|please))?[.!]*$)/i,
        '$1make it ',
      )
      // "and the hour also later, 12:00": the time, that
      .replace(
        /^((?:and|also|then)\s+)?(?:the\s+)?(?:time|hour)\s+(?:(?:also|too|as\s+well)\s+)?(?:later|earlier|different|changes?|changed)\s*[,:—–-]\s*(?:to\s+|at\s+)?(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?[.!]*$)/i,
        '$1make it ',
      )
      // "I'm afraid I must telephone my sister a little later; please move it to half past five":
      // that task, moved
      .replace(
        /^(?:(?:i'm|i\s+am)\s+afraid\s+|unfortunately\s+|sorry,?\s+|so\s+)?i\s+(?:must|have\s+to|need\s+to|'ll\s+have\s+to|will\s+have\s+to|'ve\s+got\s+to)\s+(.+?)\s+(?:a\s+(?:little|bit|touch)\s+)?(?:later|earlier|sooner)\s*[;,.—–-]\s*(?:so\s+)?(?:(?:please|kindly|could\s+you|can\s+you|would\s+you)\s+)*(?:move|push|put|make|change|shift)\s+it\s+(?:to\s+)?/i,
        'move $1 to ',
      )
      // "and the owners want her out at 10 from now on": it is at 10 now
      .replace(
        /^((?:(?:oh|and|also|so)[,\s]+)*)(?!(?:i|we|you)\b)(?:the\s+[\p{L}'-]+|he|she|they|[\p{Lu}][\p{L}'-]+)\s+(?:want|wants|would\s+like|'d\s+like|need|needs|asked\s+for|prefer|prefers)\s+(?:her|him|them|it|that)\s+(?:(?:out|done|in|there|back|picked\s+up|collected|walked|fed|ready)\s+)?(?=at\s+\d)/iu,
        '$1make it ',
      )
      // "I need more time on the marking, give me 4 more days": that much later
      .replace(
        /^(?:(?:i|we)\s+(?:need|want|could\s+do\s+with)|(?:i've|we've)\s+got\s+to\s+have)\s+(?:more|extra|a\s+bit\s+more|some\s+more)\s+time\s+(?:on|for|with)\s+([^,;]+?)\s*[,;—–-]\s*(?:so\s+)?(?:please\s+)?((?:give|get)\s+(?:me|us)\s+.+)$/i,
        '$2 for $1',
      )
      // "put them medium": make them so
      .replace(
        /\bput\s+(it|that|this|them|those)\s+(?=(?:high|medium|low|top|urgent|normal)\b)/gi,
        'make $1 ',
      )
      // "reckon make that 7 actually": make it 7
      .replace(
        /^(?:i\s+)?(?:reckon|think|guess|suppose)[,\s]+(?=(?:make|move|put|set|change|push|bring|shift)\s)/i,
        '',
      )
      // "the Patels one can go down a notch": its priority lowered (raised)
      .replace(
        /^((?:and|also|then|oh)[,\s]+)?(.+?)\s+(?:can|could|should|may|might)\s+(?:go|come|move|drop)\s+(down|up)\s+(?:a\s+notch|a\s+level|one\s+level|a\s+bit|a\s+peg)(?=\s*[.!]*$|\s*,)/i,
        (_, lead: string | undefined, what: string, way: string) =>
          `${lead ?? ''}${/down/i.test(way) ? 'lower' : 'raise'} the priority of ${what}`,
      )
      // "ok so I keep forgetting this, can you add …": the remark before the request
      .replace(
        /^(?:(?:ok|okay|so|right|hmm+|um+|well|oh)[,\s]+)*(?:i|i'm|i've|we|we've)\s+(?:keep|always|never|constantly|totally|completely)\b[^,;:]{0,50},\s*(?:so\s+)?(?=(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)?(?:add|put|remind\s+me|jot\s+down|note\s+down)\b)/i,
        '',
      )
      // "…, it runs out on the 30th of September so put that as the date": due then
      .replace(
        /,?\s*(?:it|that|this|they)\s+(?:runs?\s+out|expires?|is\s+due|are\s+due|ends?|finish(?:es)?|closes?|lapses?)\s+(on\s+[^,;]+?|by\s+[^,;]+?)\s*,?\s+so\s+(?:please\s+)?(?:put|make|set|use)\s+(?:that|it|this)\s+(?:as\s+)?(?:the\s+)?(?:due\s+)?(?:date|deadline)\b/i,
        ' $1',
      )
      // "…, oh and it's important so high priority": the priority
      .replace(
        /,?\s*(?:(?:oh|ah|and|also|plus)[,\s]+)*(?:it's|it\s+is|its|that's)\s+(?:really\s+|very\s+|quite\s+|super\s+)?(?:important|urgent|pressing|critical|not\s+urgent|not\s+important)\s+so\s+(?:make\s+it\s+|put\s+it\s+|give\s+it\s+)?(?=(?:high|low|top|medium)\s+priority|urgent|p[1-3]\b)/i,
        ', ',
      )
      // "Put 'A' on the list, and 'B' while you're at it": both added
      .replace(/[,\s]+while\s+you(?:'re|\s+are)\s+at\s+it\s*([.!]*)$/i, '$1')
      .replace(
        /(^|[.!?]\s+)((?:please\s+)?(?:put|stick|pop|add|jot\s+down|bung|whack)\s+)(["'“‘`][^"'”’`]+["'”’`])\s+(?:on|onto|to|in)\s+(?:the|my|your)\s+(?:list|to-?do\s+list|tasks)\s*,?\s+and\s+(?:also\s+)?(?=["'“‘`])/i,
        '$1add $3 and ',
      )
      // "Sorry — I meant remove it, not complete it": the change taken back, the other made
      .replace(
        /^(?:(?:sorry|oops|whoops|no|nope|ah|oh|wait)[\s,.!—–-]+)*(?:i\s+meant?|i\s+wanted\s+(?:you\s+)?to|it\s+should\s+have\s+been\s+to)\s+(remove|delete|bin|reopen|untick|complete|finish|tick|mark)\s+(it|that|them|this)\s*,?\s+not\s+(?:to\s+)?(?:remove|delete|bin|reopen|untick|complete|finish|tick|mark|mark\s+it\s+done)\s*(?:it|that|them|this)?\b/i,
        (_, verb: string, it: string) =>
          `undo that and ${/^(?:complete|finish|tick|mark)$/i.test(verb) ? 'mark' : verb} ${it}${/^(?:complete|finish|tick|mark)$/i.test(verb) ? ' done' : ''} instead`,
      )
      // "Sorry, make the description: …": the description changed to that
      .replace(
        /\bmake\s+(?:the|its)\s+(description|desc|note|notes|details)\s*(?::|\s+be\s*:?)\s*(?=\S)/gi,
        'change the $1 to: ',
      )
      // "and rehearsal moves to the same day as the gig": moved there
      .replace(
        /^((?:and|also|then|oh)[,\s]+)?(?!(?:it|that|this|he|she|they|i|we)\b)([^,;]{2,50}?)\s+(?:moves|move|is\s+moving|are\s+moving|is\s+moved|are\s+moved|has\s+moved|have\s+moved|goes|go|is\s+going|are\s+going|shifts|shift)\s+to\s+(?=the\s+same\s+(?:day|date)\s+as\s|the\s+day\s+(?:of|before|after)\s)/i,
        '$1move $2 to ',
      )
      // "it's every day actually": make it repeat so
      .replace(
        /^(?:(?:oh|no|ah|actually|sorry|wait)[,\s]+)*(?:it's|it\s+is|its|that's|that\s+is|it\s+should\s+be)\s+(?=(?:every|each|daily|weekly|monthly|yearly|annually|fortnightly|biweekly)\b)/i,
        'make it ',
      )
      // "the dress rehearsal moved from 2pm to 6pm": moved to 6pm
      .replace(
        /\b(moved|moving|changed|changing|pushed|push|move|change|shift|shifted|switched|switch)\s+from\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon|midday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\s+to\s+(?=\S)/gi,
        '$1 to ',
      )
      // "delete", "rename", "tick off" (a verb alone, the task to come): which one is asked
      .replace(
        /^(?:(?:please|pls|ok|okay|can you|could you)[,\s]+)*(delete|remove|rename|tick\s+off|tick|complete|finish|cross\s+off|bin|scrap|reopen|untick)(?:\s+(?:please|pls))?[.!]*$/i,
        (_, verb: string) =>
          /^(?:tick|cross)\s+off$/i.test(verb)
            ? `${verb.split(/\s+/)[0]} off a task`
            : `${verb} a task`,
      )
      // "the day 5 of each month", "day 10 every month" (second-language English): the 5th of
      // every month
      .replace(
        /\b(?:the\s+)?day\s+(\d{1,2})\s+(?:of\s+|in\s+)?(?:each|every)\s+month\b/gi,
        (m, d: string) => {
          const n = Number(d);
          return n < 1 || n > 31 ? m : `every month on the ${ordinalSuffix(n)}`;
        },
      )
      // "the vet can only do Friday now, same time", "no she can only make Thursday": the task
      // just talked about, moved then
      .replace(
        /^(?:(?:no|ok|okay|right|ah|oh|hmm|so|turns\s+out)[,\s]+)*(?:(?:he|she|they|we|the\s+[\p{L}'-]+|my\s+[\p{L}'-]+|[\p{L}'-]+)\s+)?(?:can|could)\s+only\s+(?:do|make|manage|come|fit\s+(?:me|us|it|him|her|them)\s+in|see\s+(?:me|us|him|her|them|it))\s+(?=(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tmrw|the\s+\d|\d))/iu,
        'move it to ',
      )
      // "The first one do it 3 days later" (second-language English): move it
      .replace(
        /\bdo\s+(it|that|this|them)\s+(?=(?:\d+|a|an|one|two|three|four|five|six|seven|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|hours?|hrs?|minutes?|mins?)\s+(?:later|earlier|sooner|before|after)\b)/gi,
        'move $1 ',
      )
      // "the first one move it 3 days later", "task 2 make it high": the task named, then what
      // to do with it
      .replace(
        /^((?:and\s+|also\s+)?(?:the|my)\s+(?:(?!(?:it|wants?|needs?|is|are|was|were|has|have|had|says?|said|asked|thinks?|so|because|arrives?|comes?|goes|gets?|will|can|should|must)\b)[^\s,;.!?]+\s+){0,4}?(?!(?:it|wants?|needs?|is|are|was|were|has|have|had|says?|said|asked|thinks?|so|because|arrives?|comes?|goes|gets?|will|can|should|must)\b)[^\s,;.!?]+|task\s*#?\d{1,4})\s+(?=(?:move|push|change|make|set|put|bring|shift|mark|tick|delete|remove|rename|give|tag|label)\s+(?:it|that|this|them)\b)/i,
        '$1, ',
      )
      // "no wait, tomorrow's rammed, day after at 11": why, then the day it should be
      .replace(
        /(^|[,;]\s*|^(?:(?:no|nope|wait|hmm+|oh|actually|sorry)[,\s]+)+)(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|that\s+day|the\s+\d{1,2}(?:st|nd|rd|th)?)(?:['’]s|\s+is)\s+(?:(?:too|really|totally|completely|fully|absolutely)\s+)?(?:rammed|full|busy|packed|no\s+good|not\s+good|out|booked(?:\s+up)?|chocka|manic|mental|a\s+nightmare|impossible|bad|chaos)\s*[,;:—–-]\s*(?=\S)/i,
        '$1',
      )
      // "oops I meant Kristy, fix that", "I mean the English irregular verbs — please change it
      // so": the correction, said
      .replace(
        /\b(i\s+mean|i\s+meant|make\s+it|make\s+that|should\s+be|it's|it\s+is)\b(.+?)\s*[,;—–-]\s*(?:(?:please|pls|so|just|and)\s+)*(?:fix|change|correct|update|amend|edit)\s+(?:that|it|this)(?:\s+(?:so|please|pls|for me|accordingly))*[.!]*$/i,
        '$1$2',
      )
      // "Put in the dentist task the observation: …" (Portuguese "observação"): a note
      .replace(
        /^(?:(?:please|pls|kindly|can you|could you)\s+)*(?:put|add|write|include)\s+(?:in|on|to|into)\s+(the\s+.+?|task\s*#?\d{1,4})\s+(?:the|an|a|this)\s+(?:observation|obs|remark|annotation)\s*:\s*(?=\S)/i,
        'add a note to $1: ',
      )
      .replace(/\b(?:an|the)\s+(?:observation|annotation)\s+(?=(?:to|on|in|for)\s)/gi, 'a note ')
      // "that entry may be withdrawn from the list", "take it off the list entirely": removed
      .replace(
        /\b(?:may|can|could|should|must)\s+(?:now\s+)?be\s+(?:withdrawn|struck|stricken|expunged|removed|deleted|taken)\s+(?:off|from)\s+(?:the|my|your)\s+(?:list|records?|diary)(?:\s+(?:entirely|altogether|completely))?/gi,
        'can be deleted',
      )
      // "Requesting sitrep on outstanding tasks, over" (radio): what is left; "over" ends it
      .replace(/(?<=\S)\s*[,.]\s*over(?:\s+and\s+out)?[.!]*$/i, '')
      .replace(/^(?:roger|copy|copy that|wilco)[,.!\s]+(?=\S)/i, 'ok, ')
      .replace(
        /^(?:requesting|request|need|send|give\s+me)\s+(?:a\s+)?(?:sitrep|status\s+report|status|update|rundown)\s+(?:on|of|for)\s+(?:(?:all|the|my|our)\s+)*(outstanding|open|pending|remaining)\s+(?:tasks|items|jobs)[.!]*$/i,
        'what are my $1 tasks?',
      )
      // "whit's left tae dae?", "an which o them's urgent?" (Scots): what's left to do, and …
      .replace(/\bwhit(?=['’]s\b|\s+(?:is|are|do|did|has|have|needs?)\b)/gi, 'what')
      .replace(/\btae\s+dae\b/gi, 'to do')
      .replace(/^an\s+(?=(?:which|what|when|how|is|are|did|does|do)\b)/i, 'and ')
      .replace(
        /\b(which|one|any|some|all|none|both|each)\s+o\s+(?=them|they|those|the)\b/gi,
        '$1 of ',
      )
      .replace(/\bo\s+them['’]s\b/gi, 'of them is')
      .replace(/\b(of\s+(?:them|those|these))['’]s\b/gi, '$1 is')
      // "so that entry can be deleted": that task
      .replace(/\b(that|this)\s+entry\s+(?=can\s+be\s+deleted\b)/gi, '$1 one ')
      // "Wah finally submitted the essay already, can tick", "Library book also return liao"
      // (Singlish): tick it; returned already
      .replace(
        /^(?:(?:walao|alamak|aiyo|aiya)[,!\s]+|wah(?:[,!]\s*|\s+(?=(?:finally|so|really|very|the|i|i've|already|damn)\b)))(?=\S)/i,
        '',
      )
      .replace(
        /,\s*can\s+(tick|delete|remove|cancel|close)(?:\s+(?:it|already|liao|le|lah|la|ah))*[.!]*$/i,
        ', please $1 it',
      )
      .replace(
        /^(?:and\s+)?(?:the\s+)?(.{3,40}?)\s+also\s+(return|pay|send|buy|submit|finish|collect|book|post|fix|clean|call)\s+(?:already|liao|le)(?:\s+(?:lah|la|liao|already))*[.!]*$/i,
        (_, what: string, verb: string) => `also ${pastOf(verb)} the ${what}`,
      )
      .replace(/\s+(?:liao|lah|leh|lor|meh)(?=\s*(?:[.!?,]|$))/gi, '')
      // "no wait, day after at 11", "day before": the day after (or before) the one it has
      .replace(
        /(^|[,;]\s*|^(?:(?:no|nope|wait|hmm+|oh|actually|sorry|ok|okay|make it|make that)[,\s]+)+)(day\s+(?:after|before))\b/i,
        '$1the $2',
      )
      // "ugh I keep getting distracted, set it for …": a sigh before a remark
      .replace(
        /^(?:(?:ugh+|argh+|gah|oof|meh|ah|oh|hmm+|phew|sigh|urgh|blah)[,!.\s]+)+(?=(?:i|i'm|im|i've|i'd|i'll|we|we're|we've|my)\s)/i,
        '',
      )
      // "Only the next 7 days, please" (after a list): asked again, for those days
      .replace(
        /^(?:(?:ok|okay|and|but|hmm|no)[,\s]+)*(?:only|just)\s+(?:for\s+)?(?:the\s+)?(?:ones?\s+|tasks?\s+|things?\s+)?(?:due\s+)?(?:in\s+|for\s+|within\s+|over\s+)?(?:the\s+)?(?:next|coming)\s+(\d{1,2}|two|three|four|five|six|seven|ten|fourteen)\s+days(?:[,\s]+(?:please|pls))?[.!?]*$/i,
        "what's due in the next $1 days?",
      )
      // "one hour early please", "30 minutes early only" (second-language English): earlier
      .replace(
        /\b((?:\d+|a|an|one|two|three|four|five|six|half\s+an?|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|hours?|hrs?|minutes?|mins?))\s+(early|late)(?=\s*(?:[.!,;]|$)|\s+(?:please|pls|only|instead|then|now|than|too)\b)/gi,
        (_, span: string, way: string) => `${span} ${/early/i.test(way) ? 'earlier' : 'later'}`,
      )
      // "Team dinner time is changed, one hour earlier please": the task, then the change
      .replace(
        /^((?:the\s+)?[^,;.!?]{2,50}?)(?:\s+(?:time|date|day|timing|slot|appointment|booking))?\s+(?:is|has\s+been|has|was|got|have\s+been|are)\s+(?:changed|different(?:\s+now)?)\s*[,;:—–-]\s*(?=\S)/i,
        '$1, ',
      )
      // "the first one, move it 3 days later": that task moved, from the day it has
      .replace(
        /^((?:the|my)\s+(?![^,;.!?]*\b(?:it|wants?|needs?|is|are|was|were|has|have|had|says?|said|asked|thinks?|so|because)\b)[^,;.!?]{1,40}?|task\s*#?\d{1,4}),\s*(?:please\s+)?(?:move|push|put|shift|make|set)\s+(?:it|that|this)\s+(?=(?:\d+|a|an|one|two|three|four|five|six|seven|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?)\s+(?:later|earlier|sooner)\b)/i,
        'move $1 ',
      )
      // "Calligraphy class, please change it to every Saturday": please
      .replace(
        /,\s*(?:please|pls|kindly)\s+(?=(?:change|switch|turn)\s+(?:it|that|this|them)\s+(?:to|into)\b)/gi,
        ', ',
      )
      // "the meeting is 5pm now, not 4": it is at 5pm
      .replace(
        /\b(is|are|'s)\s+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?=\s+(?:now|instead)\b|\s*,\s*not\b))/gi,
        '$1 at ',
      )
      // "and remove the date also", "date also remove" (second-language English): that too
      .replace(
        /^((?:and|also)[,\s]+)?(?:the\s+)?(date|due date|time|priority|repeat|tags?|labels?)\s+(?:also\s+|too\s+)?(remove|delete|clear|take off|take away)(?:\s+(?:also|too|please|pls))*\s*([.!]*)$/i,
        '$1$3 the $2 too$4',
      )
      .replace(
        /\b(date|due date|time|priority|repeat|tags?|labels?|deadline|it|that|this|them|one)\s+also(?:\s+(please|pls))?\s*([.!]*)$/i,
        (_, before: string, please?: string, end?: string) =>
          `${before} too${please ? ` ${please}` : ''}${end ?? ''}`,
      )
      // "remove repeat", "clear date" (no article): the task's repeat, its date
      .replace(
        /\b(remove|delete|clear|drop|take off)\s+(repeat|recurrence|due date|date|deadline|priority|time)(?=\s*(?:[.!,;]|$|\s+(?:too|also|as well|please|pls|from|on|of|for)\b))/gi,
        '$1 the $2',
      )
      // "stop to repeat the bread task" (second-language English): stop repeating it
      .replace(/\bstop\s+to\s+(repeat|recur)\b/gi, (_, verb: string) => `stop ${verb}ing`)
      // "put summat on me list", "is there owt left?" (northern English): something, my list,
      // anything
      .replace(/\b(?:summat|sommat|summink|sumthin'?|somethin')(?!\p{L})/giu, 'something')
      .replace(/\bnowt\b/gi, 'nothing')
      // "on t'list", "get shut of" (Yorkshire): the list, get rid of
      .replace(
        /(?<![\p{L}'’])t['’](?=(?:list|job|jobs|task|tasks|vet|farm|shed|house|van|car|kids|missus|lad|lass|shop|tip)\b)/giu,
        'the ',
      )
      .replace(/\bget\s+shut\s+of\b/gi, 'get rid of')
      .replace(/\bowt\b/gi, 'anything')
      .replace(/\bme\s+(?=(?:list|tasks|to-?do(?:\s+list)?|todo list|jobs)\b)/gi, 'my ')
      // "please tell me, what is the time of X?": the question after the comma
      .replace(
        /^(?:(?:please|pls|kindly)\s+)?(?:tell me|let me know)\s*[,:]\s*(?=(?:what|when|which|how|is|are|did|do|have)\b)/i,
        '',
      )
      // "what is the time of the Japanese lesson?": what time it is at
      .replace(/\bwhat(?:'s|\s+is)\s+the\s+time\s+(?:of|for)\s+(?=\S)/gi, 'what time is ')
      // "the gig is starting an hour earlier": starts
      .replace(
        /\b(?:is|are|'s)\s+(start|begin|kick|finish|end)(?:n?ing)(\s+off)?(?=\s+(?:(?:an?|one|two|three|half an?|\d{1,3})\s+(?:hours?|minutes?|mins?|days?|weeks?)|half an hour)\s+(?:earlier|later|sooner|early|late)\b)/gi,
        (_, verb: string, off?: string) => `${verb}s${off ?? ''}`,
      )
      // "its friday now", "its at 5": it is (the apostrophe left out)
      .replace(
        /\bits\s+(?=(?:now\s+)?(?:on\s+|at\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|next\b|this\s+(?:mon|tues|wednes|thurs|fri|satur|sun)|\d{1,2}(?:[:.]\d{2}\s*(?:am|pm)?|\s*(?:am|pm))\b|urgent\b|not\b))/gi,
        "it's ",
      )
      // "move physio to 8pm instead of 8am", "due the 28th rather than the 25th": what it was
      // is no part of the change
      .replace(
        /(\bto\s+\d{1,2}(?:[:.]\d{2}\s*(?:am|pm)?|\s*(?:am|pm)))\s+(?:instead of|rather than)\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b/gi,
        '$1',
      )
      .replace(
        /(\b\d{1,2}(?:st|nd|rd|th)\b[^,;.]*?)\s+(?:instead of|rather than)\s+(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/gi,
        '$1',
      )
      // "moved to 1400", "till 0930 hrs" (the 24-hour clock): that time
      .replace(
        /\b(to|for|till|until|by|from)\s+([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h))?\b(?!\s*(?:years?|km|miles|words|people|copies|pounds|dollars|euros|calories|steps|metres|meters))/gi,
        (all, lead: string, h: string, m: string, at: number, text: string) =>
          // (not in a note, nor years: "past papers from 2019 to 2022")
          /\b(?:desc(?:ription)?|notes?|details|comment|remarks?)\b|\bfrom\s+(?:19|20)\d\d\s+to\b/i.test(
            text.slice(0, at + all.length),
          )
            ? all
            : `${lead} ${h}:${m}`,
      )
      // "moved to 14:00 same day": only the time changes
      .replace(/(\d(?:[:.]\d{2})?\s*(?:am|pm)?)\s*,?\s+(?:on\s+)?(?:the\s+)?same\s+day\b/gi, '$1')
      // "WHY IS CANCEL GYM REPEATING. STOP IT": stop it repeating
      .replace(
        /^(?:why|how come)\s+(?:is|does)\s+(.+?)\s+(?:still\s+|keep\s+)?(?:repeating|recurring|repeat|recur|coming back)\s*[?.!]+\s*(?:(?:please|pls|just|can you|could you)\s+)*(?:stop|end|cancel)\s+(?:it|that|this)(?:\s+(?:please|pls|now))?\s*[.!?]*$/i,
        'stop $1 repeating',
      )
      // "Change to Wednesday please, same hour" (after a task was talked about): change it
      .replace(
        /^((?:(?:please|pls|ok|okay|so|then|and)[,\s]+)*)(change|move|switch|shift)\s+(?=(?:to|for)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|next\b|the\s+\d|\d|p[1-4]\b))/i,
        '$1$2 it ',
      )
      .replace(
        /^((?:(?:please|pls|ok|okay|so|then|and)[,\s]+)*(?:change|move|switch|shift|make|put)\s+(?:it|that)\s+.*?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|\d(?:st|nd|rd|th)))(?:\s+(?:please|pls))?\s*,\s*(?:at\s+)?(?:the\s+)?same\s+(?:hour|time)\s*([.!]*)$/i,
        '$1$2',
      )
      // "dinner at Nonna's not every week any more, only one time": it stops repeating
      .replace(
        /^(?!(?:it|that|this|i|we|you)\b)([^,;.]+?)\s+(?:is\s+|are\s+)?(?:not|no\s+longer)\s+(?:every\s+(?:day|week|month|year|other\s+week|fortnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|weekly|daily|monthly|yearly|fortnightly|repeating|recurring)(?:\s+(?:any\s*more|now))(?:\s*,\s*(?:(?:it's|its)\s+)?(?:only|just)\s+(?:one|1|once)(?:\s+(?:time|off))?)?\s*([.!]*)$/i,
        'stop $1 repeating$2',
      )
      // "I don't think it really needs a date": it doesn't need one
      .replace(
        /\bi\s+(?:don't|do not)\s+think\s+(.{1,40}?)\s+(?:really\s+)?needs\b/gi,
        "$1 doesn't need",
      )
      // "I guess I should add 'renew car tax'": add it
      .replace(
        /^((?:(?:um+|uh+|er+m?|so|ok|okay|right|hmm+)[,\s]+)*)(?:i\s+(?:guess|think|suppose|reckon)\s+)(?:i|we)\s+(?:should|could|need\s+to|must|ought\s+to|better)\s+(?=add\b)/i,
        '$1',
      )
      .replace(/(?<=\S)\s*,?\s+(?:i\s+think|i\s+believe)\s*(?=[.!?]*$)/i, '')
      // "Request add task: file the flight plan, over" (radio talk): the request
      .replace(/^request\s+(?=(?:add|delete|remove|mark|tick|move|change|rename|show|list)\b)/i, '')
      .replace(/\s*,?\s+over(?:\s+and\s+out)?\s*[.!]*$/i, '')
      // "my mum says I have to add feed the goldfish": add it
      .replace(
        /^(?:(?:my|our)\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:says|said|told me)\s+(?:that\s+)?(?:i|we)\s+(?:have|need|got|must|should)\s+to\s+(?=add\b)/iu,
        '',
      )
      // "And task about Tomasz mark as finished": the task first, then what to do with it
      .replace(
        /^((?:and|also|plus)\s+)?(?!(?:it|that|this|them|i|we|you|please|pls|can|could)\b)((?:the\s+)?(?:task|one|item)\s+(?:about|for|with)\s+.+?|.+?\s+(?:task|one|item))\s+(?:please\s+)?(mark|tick|set)\s+(?:it\s+)?(?:as\s+)?(done|finished|complete|completed|not done|undone|pending)\s*([.!]*)$/i,
        '$1mark $2 as $4$5',
      )
      // "you can suppress it" (French "supprimer"): delete it
      .replace(/\bsuppress\s+(?=(?:it|that|this|them|the)\b)/gi, 'delete ')
      // "it ought to read 'Re-seal the glazing'": it should
      .replace(/\bought\s+to\s+(?=(?:be|say|read|have)\b)/gi, 'should ')
      // "it's Mrs Boyle no Doyle": not Doyle
      .replace(
        /\b(it's|its|it is|should be)\s+(?!not\b)([^.!?,;]{2,40}?)\s+no\s+(?!(?:priority|date|time|repeat|rush|hurry|need|longer|more)\b)(\p{L}{2,})\s*([.!]*)$/iu,
        '$1 $2, not $3$4',
      )
      // "the parcel one got ticked off by mistake?": said, not asked
      .replace(/^([^?]*\bby\s+(?:mistake|accident)\b[^?]*)\?/i, '$1.')
      // "mv 2 'new title'" (shell shorthand): rename it
      .replace(/^mv\s+#?(\d{1,4})\s+(?=\S)/i, 'rename task $1 to ')
      // "mv 'Fix the flaky test' 'Quarantine the flaky test'": the first called the second
      .replace(/^mv\s+(["'`‘“][^"'`’”]+["'`’”])\s+(?=["'`‘“])/i, 'rename $1 to ')
      // "New action item: circle back with Legal", "Another action item: …" (meeting talk): add it
      .replace(
        /^(?:(?:and|also|plus|ok|okay)[,\s]+)*(?:(?:a|one|another|new|next|an)\s+)+(?:action\s+item|action|to-?do|todo|ai)\s*(?::|\s[-–—]\s)\s*(?=\S)/i,
        'add ',
      )
      // "todo add 'rotate the API keys'", "task done 3" (a command line's words): the request
      .replace(
        /^(?:todo|todos|task|tasks)\s+(?=(?:add|new|done|do|rm|del|delete|remove|ls|list|show|edit|rename|mv|complete|finish|undo|open|reopen)\b)/i,
        '',
      )
      .replace(
        /^(?:ls|list)\s+(?:--?|-)(pending|done|completed|all|open|overdue|today)\b\s*$/i,
        'list $1 tasks',
      )
      // "give the Anmeldung task a description? 'Bring passport'": the value after the question
      .replace(/\?\s+(?=["'“‘`][^"'”’`]{2,}["'”’`]\s*[.!]*$)/, ': ')
      // "could you add a note, sorry: ask about her tablets": the apology is no part of it
      .replace(/\s*,\s*(?:sorry|oops|please|pls)\s*:/gi, ':')
      // "and the priority, please make it low": the field named first is what the request sets
      .replace(
        /^((?:and|also|oh|now)\s+)?(?:for\s+)?(?:the|its)\s+(?:due\s+)?(?:date|day|time|hour|deadline|priority|repeat)\s*,\s*(?=(?:(?:please|pls|just|can you|could you)\s+)*(?:make|set|put|change|move|give)\s+(?:it|that)\b)/i,
        '$1',
      )
      // "mark it with high priority", "whack a p1 on it": that priority
      .replace(
        /\bmark\s+(it|that|them)\s+with\s+(?=(?:a\s+)?(?:high|low|medium|top|normal)\s+prio)/gi,
        'make $1 ',
      )
      .replace(
        /\b(?:whack|stick|slap|pop|put|bung|chuck)\s+(?:a|an)\s+(p[1-4]|(?:high|low|medium|top)\s+priority)\s+(?:on|onto)\s+(it|that|them)\b/gi,
        'make $2 $1',
      )
      // "the roof is now a priority one issue": p1
      .replace(
        /\b(?:a\s+)?priority\s+(one|two|three)(?:\s+(?:issue|thing|job|task|item))?\b/gi,
        (_, n: string) =>
          `p${({ one: 1, two: 2, three: 3 } as Record<string, number>)[n.toLowerCase()] ?? n}`,
      )
      // "make the pickup 17:45 ⚽": a face or a thing after a time says nothing more
      .replace(
        /(\d(?::\d{2})?(?:\s*[ap]m)?)\s+(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+(?=\s*(?:[,.!?]|$))/giu,
        '$1',
      )
      // "and another 30 minutes on top": more of the same, no more said
      .replace(/\s+on\s+top(?:\s+of\s+(?:that|it))?(?=\s*[.!]*$)/i, '')
      // "and due 2 days earlier": move it so
      .replace(
        /^((?:and|also|then)\s+)?(?:make\s+it\s+)?due\s+((?:\d{1,2}|an?|one|two|three|four|five|six|seven)\s+(?:days?|weeks?|hours?))\s+(earlier|later|sooner)\b/i,
        '$1move it $2 $3',
      )
      // "at the 10 of the morning": at 10 in the morning
      .replace(
        /\bat\s+the\s+(\d{1,2})\s+(?:in|of)\s+the\s+(morning|afternoon|evening|night)\b/gi,
        'at $1 in the $2',
      )
      // "what all is pending in the next 7 days?" (Indian English): what is due then
      .replace(/\bwhat\s+all\s+(?=is|are|'s)\b/gi, 'what ')
      .replace(
        /\b(?:pending|open|left(?:\s+to\s+do)?|outstanding|to\s+do|on|coming\s+up)\s+(?=(?:in|within|over)\s+the\s+(?:next|coming)\s+\S+\s+(?:days?|weeks?)\b)/gi,
        'due ',
      )
      // "anything for the allotment in the next seven days?": due then, for the allotment
      .replace(
        /^(anything|what's|what\s+is|whats)\s+(?:for|about|to\s+do\s+with)\s+((?:the|my)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+((?:in|within|over)\s+the\s+(?:next|coming)\s+\S+\s+(?:days?|weeks?)|this\s+week|today|tomorrow)\s*(\?*)$/iu,
        '$1 due $4 for $2$3$5',
      )
      // "due in the next 7 days that's tagged thesis": for thesis
      .replace(
        /\b(due\s+(?:in|within|over)\s+the\s+(?:next|coming)\s+\S+\s+(?:days?|weeks?))\s+(?:that's|that\s+is|that\s+are|which\s+are|which\s+is)\s+(?=tagged|labelled|labeled)/gi,
        '$1 ',
      )
      // "what i still need do?": need to do
      .replace(/\b(need|have|got)\s+do\b/gi, '$1 to do')
      // "what have I actually managed to get done so far": what have I done
      .replace(
        /\b(have|did)\s+(i|we)\s+(?:actually\s+|really\s+)?manage(?:d)?\s+to\s+(?:get\s+done|do|finish|complete|get\s+through)\b/gi,
        '$1 $2 done',
      )
      // "Please set task 2 to completed status": mark it done
      .replace(
        /\bset\s+(.+?)\s+(?:to|as)\s+(completed?|done|finished|closed)\s+(?:status|state)\b/gi,
        'mark $1 as done',
      )
      .replace(/\b(please|kindly)\s+additionally\s+/gi, '$1 also ')
      // "list only the tasks that are (not) completed": the done ones, the ones still to do
      .replace(
        /\b(?:only\s+)?the\s+(?:tasks|ones|items)\s+(?:that|which)\s+are\s+(not\s+|still\s+not\s+)?(?:completed?|done|finished)\b/gi,
        (_, not?: string) => (not ? 'the pending tasks' : 'the completed tasks'),
      )
      // "so that task can be marked as complete now", "that one can be ticked off too": do it
      .replace(
        /\b(?:so\s+)?(that|this)\s+(task|one|job)\s+can\s+(?:now\s+)?be\s+(?:marked|ticked|checked|crossed)(?:\s+off)?(?:\s+as)?(?:\s+(?:complete|completed|done|finished))?(?:\s+now)?\b/gi,
        'mark $1 $2 done',
      )
      // "the collision thing — got that done too": it is done too
      .replace(
        /^((?:(?:oh|and|also)[,\s]+)*(?:the|my)\s+.{2,40}?)\s*(?:—|–|\s-|,)\s*(?:i\s+|we\s+)?got\s+(?:that|it)\s+(done|sorted|finished)(\s+too|\s+as\s+well)?\s*([.!]*)$/i,
        '$1 is $2$3$4',
      )
      // "that Booker one": the Booker one
      .replace(/\b(and|also)\s+that\s+(?=[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+one\b)/giu, '$1 the ')
      // "put description for am" (pidgin): for it
      .replace(/\b(for|on)\s+am\s*(?=:)/gi, '$1 it')
      // "« Book my IELTS exam »": quoted
      .replace(/«\s*([^»]+?)\s*»/g, '"$1"')
      // "do the needful for description also: …" (Indian English): add it
      .replace(
        /^(?:(?:and|also)\s+)?(?:(?:please|pls|kindly)\s+)?do\s+the\s+needful\s+for\s+(?:the\s+)?(description|note|notes|details)(?:\s+(?:also|too))?\s*:/i,
        'add $1:',
      )
      // "I'd like it to say …", "the title must be: …": it should say
      .replace(/\b(?:i'd|i\s+would)\s+like\s+it\s+to\s+(say|read|be)\b/gi, 'it should $1')
      .replace(
        /\b(it|the\s+(?:title|name|description|note))\s+must\s+(be|say|read)\b(?=\s*[:"“«]|\s+')/gi,
        '$1 should $2',
      )
      // "I should really add 'reply to my supervisor'": add it
      .replace(
        /^(?:i\s+)?(?:should|must|need\s+to|have\s+to|gotta|ought\s+to)\s+(?:really\s+|probably\s+|just\s+)?(?=add\s(?!up\b))/i,
        '',
      )
      // "please confirm the remaining items": list them
      .replace(
        /^(?:(?:please|pls|kindly)\s+)?(?:confirm|recap|summari[sz]e|read\s+back)\s+(?:the|my|all\s+the)\s+(remaining|pending|open|outstanding|completed|done)\s+(?:items|tasks|ones|things|to-?dos)\s*([.!?]*)$/i,
        'list the $1 tasks$2',
      )
      // "adn the magazine one": and (a task named as "the … one" is no new task to add)
      .replace(
        /^adn\s+(?=(?:the\s+(?:\S+\s+){1,3}one|that\s+one|this\s+one|also|then|task\s+#?\d|#\d)\b)/i,
        'and ',
      )
      // "stop it repeating altogether", "clear the date completely": wholly, no more said
      .replace(
        /\b((?:stop|end)\s+(?:it|that|them)\s+(?:repeating|recurring)|(?:remove|clear|drop|take off)\s+(?:the|its)\s+(?:date|repeat|priority|labels?|tags?))\s+(?:altogether|completely|entirely|for good)\b/gi,
        '$1',
      )
      // "… and set the priority to high", "… and move to tomorrow": of the same task
      .replace(
        /\band\s+(?:set|change|make|put)\s+(?:the|its)\s+priority\s+(?:to|as|at)\s+(high|low|medium|urgent|top|p[1-4])\b/gi,
        (_, level: string) => `and make it ${/^p\d$/i.test(level) ? level : `${level} priority`}`,
      )
      .replace(/\band\s+(move|push|shift|bring)\s+(?=to\s+\S)/gi, 'and $1 it ')
      // "the capoeira will be half an hour later": starts then
      .replace(
        /\b(?:will be|'ll be|is going to be)\s+(?=(?:an?|one|two|three|half(?:\s+an?)?|\d{1,3})\s+(?:hours?|minutes?|mins?)\s+(?:later|earlier)\b)/gi,
        'starts ',
      )
      // "nvm just stop it repeating": the change of mind, then what is meant
      .replace(
        /^(?:nvm|never\s*mind)\s*,?\s+(?=(?:just\s+)?(?:stop|make|move|put|delete|remove|mark|tick|change|set|add|take|clear|leave|keep)\b)/i,
        '',
      )
      // "nvm not on weekends", "never mind, only weekdays": a change of mind about what was said
      .replace(
        /^(?:nvm|never\s*mind|nevermind)\s*[,.;:-]?\s+(?=(?:not|only|just|instead|no)\b)/i,
        'actually ',
      )
      // "Pardon, it is each two weeks": every two weeks
      .replace(/^(?:pardon|excuse me|sorry)\s*[,!.]\s*(?=it\b)/i, 'sorry, ')
      .replace(
        /\beach\s+(two|three|four|five|six|\d{1,2})\s+(days|weeks|months)\b/gi,
        'every $1 $2',
      )
      // "one hour more late", "a day more early": later, earlier
      .replace(/\bmore\s+(late|early)\b/gi, (_, w: string) =>
        /late/i.test(w) ? 'later' : 'earlier',
      )
      // "half hour later": half an hour
      .replace(/\bhalf\s+(?=hour\b)/gi, 'half an ')
      // "already on Wednesday at 8": on Wednesday
      .replace(
        /\balready\s+(?=(?:on|at|by|next|this|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/gi,
        '',
      )
      // "it's the same day but at a quarter past two": at that time
      .replace(
        /\b(?:it's|it is)\s+(?:on\s+)?the\s+same\s+day\s*,?\s+(?:but\s+)?(?=at\b)/gi,
        "it's ",
      )
      // "rescheduled to the same time on the following day": a day later
      .replace(
        /\bto\s+the\s+same\s+time\s+(?:on\s+)?the\s+(?:following|next)\s+day\b/gi,
        'a day later',
      )
      // "change the proofreading deadline to 2 days later": move it so
      .replace(
        /\b(?:change|move|set)\s+the\s+(.{2,40}?)\s+(?:deadline|due date)\s+to\s+(?=(?:\d+|an?|one|two|three|four|five|six|seven)\s+(?:days?|weeks?|hours?)\s+(?:later|earlier|sooner))/gi,
        'move the $1 ',
      )
      // "move it two days before": earlier
      .replace(
        /\b((?:\d{1,2}|an?|one|two|three|four|five|six|seven)\s+(?:days?|weeks?|hours?))\s+before\s*([.!]*)$/i,
        '$1 earlier$2',
      )
      // "scrap that, leave it as it was": put it back
      .replace(
        /\b(?:leave|put|keep)\s+it\s+(?:as\s+it\s+was|the\s+way\s+it\s+was|how\s+it\s+was)\b/gi,
        'undo that',
      )
      // "Visa appointment please postpone one day": the task first, then what to do with it
      .replace(
        /^(?!(?:i|we|you|it|that|this|and|so|please|pls|ok|okay|then)\b)([\p{L}'-]+(?:\s+[\p{L}'-]+){0,4}?)\s+(?:please|pls|kindly)\s+(postpone|reschedule|delay|push back|bring forward)\s+(?=(?:by\s+)?(?:\d+|an?|one|two|three|four|five|six|seven)\s+(?:days?|weeks?|hours?)\b)/iu,
        '$2 $1 ',
      )
      // "and tag summer also": too
      .replace(
        /^((?:and|also|then|plus)\s+)?((?:tag|label)\b[^:]*?)\s+also\s*([.!]*)$/i,
        '$1$2 too$3',
      )
      // "give myself until next Monday": due then
      .replace(
        /\bgive\s+(?:myself|me|us|ourselves|him|her|them)\s+(?:until|till|til|to)\s+(?=\S)/gi,
        'move it to ',
      )
      // "a day earlier, same cut-off time": the time stays as it is
      .replace(
        /\b(earlier|later|sooner|back|forward|ahead)\s*,?\s+(?:(?:at|with)\s+)?(?:the\s+)?same\s+(?:[\p{L}-]+\s+)?(?:time|hour)\b/giu,
        '$1',
      )
      // "Tag — travel", "label: errands" (said of the task just talked about): tag it so
      .replace(/^((?:and|also|plus)\s+)?(tag|label)\s*(?:[:—–]|\s-)\s*(?=[#\p{L}])/iu, '$1$2 it ')
      // "pay rent change to every month 5th": change it
      .replace(
        /^((?:[\p{L}'-]+\s+){0,4}[\p{L}'-]+)\s+(?:change|switch|set)\s+to\s+(?=(?:every|each|daily|weekly|monthly|yearly|fortnightly|next|tomorrow|today|tonight|the\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/iu,
        (all, what: string) =>
          /^(?:i|we|you|please|pls|can|could|and|so|then|also|ok|okay|no|actually)\b|\sto\s/i.test(
            what,
          )
            ? all
            : `change ${what} to `,
      )
      // "I think I need to, like, maybe add a thing to book the boiler service?": hedges before
      // the request, and the request itself, not a question
      .replace(
        /(?:\blike\s*,\s*|\b(?:maybe|perhaps|probably|kind of|kinda|sort of|sorta)\s*,?\s+)+(?=(?:add|put|remind|make|move|delete|remove|tick|mark|change|set|push|create|jot)\b)/gi,
        '',
      )
      .replace(
        /(\b(?:need|have|want|ought|got)\s+to)\s*,\s*(?=(?:add|put|remind|make|move|delete|remove|tick|mark|change|set|push|create|jot)\b)/gi,
        '$1 ',
      )
      .replace(
        /^((?:(?:so|um+|uh+|er+m?|ok|okay|right)[,\s]+)*(?:i\s+think\s+|i\s+guess\s+)?(?:i|we)\s+(?:need|should|have|want|ought|'d\s+like|would\s+like)\s+to\s+(?:add|put|make|create|jot|note)\b[^?.!]*)\?/i,
        '$1.',
      )
      // "it's kind of important, maybe medium priority?": a level offered, not asked about
      .replace(
        /(^|[,;.]\s*)(?:(?:and|or|so|but)\s+)?(?:maybe|perhaps|probably)\s+((?:a\s+)?(?:high|medium|low|top|normal)\s+prio(?:rity)?|p[1-4]|urgent)\s*\?+\s*$/i,
        '$1make it $2.',
      )
      // "is possible put it at 11?" (Spanish, Italian): can you
      .replace(
        /^(?:it's\s+possible|is\s+possible)\s+(?:to\s+|that\s+you\s+)?(?=\p{L})/iu,
        'can you ',
      )
      // "at 11 of the morning": in the morning
      .replace(
        /\b(\d{1,2}(?:[:.]\d{2})?)\s+of\s+the\s+(morning|afternoon|evening|night)\b/gi,
        '$1 in the $2',
      )
      // "the hour is 14h", "at 9h30" (French): a time
      .replace(
        /\b([01]?\d|2[0-3])h([0-5]\d)?\b(?!\s+(?:earlier|later|before|after|ago|early|late|sooner|more|less|longer|shorter|back|forward|ahead))/g,
        (all, h: string, m: string | undefined, at: number, text: string) =>
          /\b(?:desc(?:ription)?|notes?|details|comment|remarks?)\b/i.test(text.slice(0, at))
            ? all
            : // (the 24-hour clock: "4h" is 04:00, not 16:00)
              `${h.padStart(2, '0')}:${m ?? '00'}`,
      )
      .replace(/\b(?:the\s+)?hour\s+(?:is|should be|will be)\s+(?=\d)/gi, 'the time is ')
      // "postpone the presentation of one week" (French, Italian "di/de"): by one week
      .replace(
        /\b(postpone|delay|push|move|advance|bring)\s+(.+?)\s+of\s+((?:one|two|three|four|five|six|seven|a|an|\d{1,2})\s+(?:days?|weeks?|months?|hours?))\b/gi,
        '$1 $2 by $3',
      )
      // "advance the NIE renewal two days" (Spanish "adelantar"): bring it forward
      .replace(
        /\badvance\s+(.+?)\s+((?:by\s+)?(?:one|two|three|four|five|six|seven|a|an|\d{1,2})\s+(?:days?|weeks?|hours?))\b/gi,
        'bring $1 forward $2',
      )
      // "must be finished until the 31st" (German "bis"): by then
      .replace(
        /\b((?:must|has to|have to|needs? to|should|got to)\s+be\s+(?:done|finished|ready|complete|completed|submitted|sent|paid|filed|handed in))\s+until\b/gi,
        '$1 by',
      )
      // "might we postpone …", "may we move …": asked, politely
      .replace(
        /\b(?:might|may|shall)\s+we\s+(?=(?:postpone|move|push|delay|reschedule|change|put|make|bring|shift)\b)/gi,
        'could we ',
      )
      // "it's really not pressing": not pressing ("really" says how much)
      .replace(
        /\b(it's|it is|its|that's|that is|this is|they're|they are)\s+(?:really|very|just|so|actually|definitely|probably|honestly|totally|simply|truly)\s+(?=not\b)/gi,
        '$1 ',
      )
      // "doctor visit not so urgent now": not urgent
      .replace(
        /\bnot\s+(?:so|that|very|too|all that|super)\s+(urgent|important|pressing)\b/gi,
        'not $1',
      )
      // "driving lesson got moved lol, …": the laugh closing a clause
      .replace(/\s+(?:lol|lmao|lmfao|rofl|haha+|hehe+)(?=\s*(?:[,.!?;]|$))/gi, '')
      // "ngl its urgent af", "make it 7:30 lowkey cant get up": texting words that stress, no more
      .replace(/(^|\s)(?:ngl|tbh|fr|lowkey|highkey|deadass|istg)(?=\s|$)/gi, (_, lead: string) =>
        lead ? ', ' : '',
      )
      .replace(/(\p{L})\s+af\b(?=\s*[.!?]*$)/giu, '$1')
      // "can you tell me which things are urgent?": which are
      .replace(
        /^(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:tell|show|remind)\s+me\s+(?=which\s+(?:things|tasks|ones|jobs|items)\s+(?:are|is|i|we)\b)/i,
        '',
      )
      // "whats actually due tmrw", "which ones are actually done?": "actually" asks nothing more
      .replace(
        /\b(what's|whats|what is|what are|which(?:\s+ones?)?|when|how many)\s+actually\s+(?=\S)/gi,
        '$1 ',
      )
      // "which things I marked as the most important?", "what did I mark as urgent": which are
      .replace(
        /\b(?:did\s+)?(?:i|we)\s+(?:have\s+|'ve\s+)?(?:marked|mark|set|flagged|flag|made|make)(?:\s+as)?\s+(?=(?:the\s+)?(?:most\s+important|top\s+priority|most\s+urgent|urgent|high\s+priority|important|p1|priority\s+1)\b)/gi,
        'are ',
      )
      // "what's on for tomorrow at school?": what is due then, of that label
      .replace(
        /^what(?:'s|s| is)\s+on\s+(?:for\s+)?(today|tomorrow|tonight|this week|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:at|for|in)\s+([\p{L}-]+)\s*\?*$/iu,
        "what's due $1 for $2?",
      )
      // "say status of the medical task", "tell me the status of task 2": asked
      .replace(
        /^(?:(?:please|pls|kindly)\s+)?(?:say|tell(?:\s+me)?|give(?:\s+me)?|report|check)\s+(?:the\s+|me\s+the\s+)?status\s+(?:of|on|for)\s+([^.!?]+?)\s*[.!?]*$/i,
        'what is the status of $1?',
      )
      // "put something on my list: get the chimney swept": that, added
      .replace(
        /^((?:(?:and|also|oh|aye|right|ok|okay)[,\s]+)*)(?:(?:can|could|will|would)\s+you\s+)?(?:please\s+)?(?:put|stick|pop|add|jot|bung|whack|chuck)\s+(?:something|a thing|one|this)\s+(?:on|to|in|onto|down\s+on)\s+(?:my|the|our)\s+(?:list|to-?do(?:\s+list)?|tasks)\s*[:–—-]\s*(?=\S)/i,
        '$1add ',
      )
      // "Darlin', what's left?", "love, tick that off": a fond word to start with
      .replace(
        /^(?:(?:hey|hi|oh|well)\s+)?(?:darlin'?g?|darling|sweetheart|sweetie|honey|hun|hon|love|luv|pet|duck|dear|mate|pal|buddy|bro|dude|babe)\s*,\s*(?=\S)/i,
        '',
      )
      // "I've to bring the dog to the vet" (Irish and Scottish English): I have to
      .replace(/\b(i|we|you)'ve\s+(?:got\s+)?to\s+(?=\p{L})/giu, '$1 have to ')
  );
}

/** "did I... no ok just move the email to 2pm": a question begun and dropped, then the request. */
const DROPPED_QUESTION =
  /^(?:(?:did|have|has|is|are|was|were|do|does|can|could|what|when|where|which|who|how|should)\b[^.…?!]{0,40}?)(?:\.{2,}|…|\s[-–—]+)\s*(?:(?:no|nah|ok|okay|actually|wait|never\s?mind|nvm|forget\s+it|hmm+|um+|anyway)[,.!\s]+)+(?:just\s+)?(?=\S+\s+\S)/i;

/**
 * "UPDATE tasks SET done = true WHERE title LIKE '%staging%';", "INSERT INTO tasks VALUES ('…')",
 * "SELECT title FROM tasks WHERE completed = false", "ROLLBACK": a database person's shorthand,
 * said in words.
 */
function pseudoSql(text: string): string {
  const s = text.trim().replace(/;\s*$/, '');
  if (!/^(?:select|insert|update|delete|rollback)\b/i.test(s)) return text;
  if (/^rollback$/i.test(s)) return 'undo';
  // WHERE id = 3, WHERE title LIKE '%x%', WHERE title = 'x': the task it names
  const whereOf = (where: string | undefined) => {
    if (!where) return undefined;
    const id = /^id\s*=\s*(\d{1,6})$/i.exec(where.trim());
    if (id) return `task ${id[1]}`;
    const like = /^title\s+(?:like|=|ilike)\s+'%?([^'%]+)%?'$/i.exec(where.trim());
    return like ? `the ${like[1]!.trim()} one` : undefined;
  };
  const insert =
    /^insert\s+into\s+tasks(?:\s*\(\s*title\s*\))?\s+values\s*\(\s*'([^']+)'\s*\)$/i.exec(s);
  if (insert) return `add '${insert[1]}'`;
  const select =
    /^select\s+(?:\*|title|id|[\w,\s]+)\s+from\s+tasks(?:\s+where\s+(?:completed|done)\s*=\s*(true|false|1|0))?$/i.exec(
      s,
    );
  if (select)
    return select[1] === undefined
      ? "what's on my list?"
      : /^(?:true|1)$/i.test(select[1])
        ? 'what have I done?'
        : "what's still to do?";
  const update =
    /^update\s+tasks\s+set\s+(done|completed|title|description)\s*=\s*(true|false|1|0|'[^']*')\s+where\s+(.+)$/i.exec(
      s,
    );
  const named = whereOf(update?.[3]);
  if (update && named) {
    const [, field, value] = update;
    if (/^(?:title)$/i.test(field!)) return `rename ${named} to ${value}`;
    if (/^description$/i.test(field!)) return `set the note on ${named} to ${value}`;
    return /^(?:true|1)$/i.test(value!) ? `mark ${named} done` : `mark ${named} not done`;
  }
  const del = /^delete\s+from\s+tasks\s+where\s+(.+)$/i.exec(s);
  const gone = whereOf(del?.[1]);
  return gone ? `delete ${gone}` : text;
}

/** "ADD TASK STOP WIRE MONEY TO AUNT EDITH STOP": a telegram, its STOPs full stops. */
function telegram(text: string): string {
  // (a telegram ends with STOP; "STOP IT" is a request)
  if (
    !/\bSTOP[.!]?\s*$/.test(text) ||
    /\p{Ll}/u.test(text) ||
    /\bSTOP\s+(?:(?:IT|THAT|THEM|THIS)(?:\s+REPEATING)?(?:[.!,]|\s+STOP\b|\s*$)|REPEATING\b)/.test(
      text,
    )
  )
    return text;
  return text
    .replace(/\s*\bSTOP\b[.!]?\s*/g, '. ')
    .replace(/^((?:ADD|NEW|CREATE)\s+(?:A\s+)?(?:TASK|TODO|ITEM))\.\s+/, '$1: ')
    .replace(/\b(NEW\s+(?:NAME|TITLE))\s+(?=\S)/, '$1: ')
    .trim();
}

function normalizeUnquoted(text: string): string {
  text = telegram(pseudoSql(text))
    // "hen do is now 🔥🔥 urgent": a feeling between the words, not a word (check marks and
    // crosses say done and not done, and stay)
    .replace(
      /(?<=\p{L}[^\n]*?)\s+(?:(?!✅|✔|☑|❌|✖|✗|✘)(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}))+(?=\s+(?:urgent|important|top|high|low|medium|priority|p[1-3]|asap|every|each|daily|weekly|monthly|tomorrow|today|tonight|due|at|on|in|by|next|this)\b)/gu,
      '',
    )
    // "would it be ok to mark the cat one as done?", "is it possible to un-complete the ink one?",
    // "could I add a task to …?": asked politely, the request itself
    .replace(
      /^((?:(?:so|hi|hey|ok|okay|um|er)[,\s]+)*)(?:(?:would|will)\s+it\s+be\s+(?:ok|okay|alright|all\s+right|possible|fine)\s+(?:for\s+you\s+)?to|is\s+it\s+(?:possible|ok|okay|alright)\s+(?:for\s+you\s+)?to|(?:could|can|may)\s+i\s+(?:please\s+)?(?:get\s+you\s+to\s+)?)\s*((?:add|mark|delete|remove|move|rename|tick|un-?complete|uncomplete|reopen|change|put|set|push)\b[^?]*?)\s*\?/i,
      '$1$2.',
    )
    // Formal: "I should be obliged if you would record the law reports item as completed",
    // "kindly enter a task to …", "designate it as low priority", "expunge the club item",
    // "enumerate the matters still outstanding", "the matter is of some urgency"
    .replace(
      /^(?:i|we)\s+(?:should|would)\s+be\s+(?:obliged|grateful|most\s+grateful|much\s+obliged)\s+if\s+you\s+(?:would|could|might)\s+/i,
      'please ',
    )
    .replace(
      /\brecord\s+(?=[^,;.!?]{2,60}?\s+as\s+(?:completed|complete|done|finished)\b)/gi,
      'mark ',
    )
    .replace(
      /^((?:(?:please|kindly)\s+)*)(?:enter|register|lodge|log)\s+(?=(?:a|an)\s+(?:new\s+)?(?:task|item|reminder|to-?do|entry)\b)/i,
      '$1add ',
    )
    .replace(
      /\bdesignate\s+(it|that|this|them|(?:the|my)\s+[^,;.!?]{1,40}?)\s+(?:as\s+)?(?=\S)/gi,
      'make $1 ',
    )
    .replace(/\bexpunge\b/gi, 'delete')
    .replace(
      /^((?:(?:please|kindly)\s+)*)(?:(?:would|could)\s+you\s+(?:be\s+so\s+(?:good|kind)\s+as\s+to\s+)?)?enumerate\s+(?:the\s+)?(?:matters|items|tasks|things)\s+(?:still\s+)?(?:outstanding|pending|open|remaining)\??$/i,
      "what's still outstanding?",
    )
    .replace(
      /^(?:(?:further(?:more)?|moreover|also|and|additionally)[,\s]+)*(?:the\s+matter|it|this|that)\s+is\s+of\s+(?:some|great|considerable|the\s+utmost|utmost|real|pressing)\s+(?:urgency|importance)[.!]*$/i,
      'make it urgent',
    )
    // "first two are done after last night's shout": those, done (why is no part of it); "and so
    // is the first one": that one too
    .replace(
      /^(?:the\s+)?((?:first|last|top|bottom)\s+(?:two|three|four|one|\d)(?:\s+ones?)?\s+(?:are|is)\s+(?:all\s+)?(?:done|finished|sorted|completed?))\s+(?:after|since|because|as|following|thanks\s+to|from)\b.*$/i,
      'the $1',
    )
    .replace(
      /\s+and\s+so\s+(?:is|are)\s+(the\s+(?:first|second|third|fourth|last|top|bottom|other)\s+(?:one|two|three)|task\s*#?\d{1,5})(?=\s*(?:[,;.!?]|$))/gi,
      ' and $1 is done',
    )
    // "and it important, make high", "this one also very important, high priority do for me":
    // that priority, for the task talked about
    .replace(
      /^((?:(?:and|also|thank\s+you|thanks)[,.!\s]+)*)(?:it|this(?:\s+one)?|that(?:\s+one)?)(?:['’]s|\s+is)?\s+(?:(?:very|also|so|really|quite)\s+)*(?:important|urgent)\s*[,.;-]?\s*(?:please\s+)?(?:(?:make|set|put)(?:\s+(?:it|for\s+me))?\s+)?(high|top|medium|low)(?:\s+priority)?(?:\s+(?:do\s+for\s+me|for\s+me|please))*[.!]*$/i,
      '$1make it $2 priority',
    )
    // "move the waxing to after my afternoon lessons, half past five": to that time (what it
    // comes after is why)
    .replace(
      /\b(to|for)\s+after\s+(?:my|the|our|his|her|their)\s+[^,;.!?]{2,40}?\s*,\s*(?=(?:at\s+)?(?:half\s+past|quarter\s+(?:past|to)|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b|noon|midday))/gi,
      '$1 ',
    )
    // "Dario wants to go an hour later": the task with him in it, moved
    .replace(
      /^(\p{Lu}[\p{L}'’-]+)\s+(?:wants|would\s+like|needs|has\s+asked|asked|prefers)\s+(?:to\s+)?(?:go|come|do\s+it|meet|start|make\s+it|have\s+it|it)\s+((?:a|an|one|two|three|half\s+an?|\d{1,2})\s+(?:hours?|days?|weeks?|minutes?|mins?))\s+(later|earlier|sooner)[.!]*$/u,
      (_, who: string, howFar: string, way: string) => `move the ${who} one ${howFar} ${way}`,
    )
    // "change to high priority already" (Malaysian, Singaporean): done so, the "already" aside
    .replace(
      /\b((?:high|low|medium|top)\s+priority|p[1-4]|urgent)\s+(?:already|lah|la|liao)\b/gi,
      '$1',
    )
    // "change the vet task to … and then add a note … and then make it high priority": one
    // request after another (not "wash the car and then polish it", one task)
    .replace(
      /\s*,?\s+and\s+then\s+(?=(?:(?:just|please|also)\s+)?(?:add|make|mark|tick|delete|remove|move|push|change|rename|set|put|give|tag|label|leave|keep|get\s+rid|i\s|i['’]|so\s|because|cos\s|what|which|that['’]s\s+it)\b)/gi,
      '. ',
    )
    // "Ayşe photos task, its name change please: 'Send the wedding photos'": renamed so
    .replace(
      /^((?:the\s+)?[^,:;]{2,40}?)\s+(?:task|one|item)\s*,?\s+(?:its|the)\s+(?:name|title)\s+(?:change|changed|should\s+be|must\s+be|make|to)\s*(?:please\s*|pls\s*)?[:,-]?\s*(?=["“‘'])/i,
      (_, what: string) => `rename the ${what.replace(/^the\s+/i, '')} task to `,
    )
    // "Buy task delete please", "gym one finish": that task, then what to do with it
    .replace(
      /^((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+(?:task|one|item)\s+(delete|remove|finish|complete|tick|reopen|untick)\s*(?:please|pls|for\s+me)?[.!]*$/iu,
      (_, what: string, verb: string) => `${verb} the ${what.replace(/^the\s+/i, '')} task`,
    )
    // Welsh words in English: "yfory" tomorrow, "heddiw" today, "heno" tonight, "ie" yes
    .replace(/\byfory\b/gi, 'tomorrow')
    .replace(/\bheddiw\b/gi, 'today')
    .replace(/\bheno\b/gi, 'tonight')
    .replace(/^ie\b\s*[,.!]?\s*/i, 'yes, ')
    // "what've I still got to crack on with?": to do
    .replace(/\bto\s+(?:crack|get\s+cracking|press|push)\s+on\s+with\b/gi, 'to do')
    // "because the old ladder is bent add buy a new ladder": why, then the request
    .replace(
      /(^|[.!?]\s+)(?:because|since|cos|as)\s+[^,.;!?]{3,60}?\s*,?\s+(?=(?:(?:please|pls)\s+)?(?:add|put|remind\s+me)\s+\S)/gi,
      '$1',
    )
    // "actually make the priority medium again", "set the priority to low": of the task talked about
    .replace(
      /\b(?:make|set|put|change)\s+(?:the|its)\s+priority\s+(?:to\s+|as\s+|back\s+to\s+)?(high|medium|low|top|normal)(?:\s+(?:again|instead|please))*\b/gi,
      'make it $1 priority',
    )
    // "the balik kampung packing, change to high priority": that task, made so
    .replace(
      /^((?:the|my|our)\s+[^,;:]{2,50}?)\s*[,:]\s*(?:please\s+)?(?:change|switch|set|make|put)\s+(?:it\s+)?(?:to|as|on)\s+((?:high|low|medium|top|normal)\s+priority|p[1-4]|urgent)(?:\s+(?:please|pls))?[.!]*$/i,
      'make $1 $2',
    )
    // "wha' repeat every week?" (Jamaican, Scots): what
    .replace(/^wha['’]?(?=\s)/i, 'what')
    // "thx, & mark parcel done": the thanks, then the request
    .replace(
      /^(?:thx|thanks|thank\s+you|ta|cheers|ty)\s*[,.!]+\s*(?:(?:&|and)\s+|(?=(?:please\s+|pls\s+)?(?:mark|tick|add|delete|remove|move|push|rename|reopen|put|set|make)\s))/i,
      '',
    )
    // "also add new task: chase Raj re payment asap": a new task that is urgent ("asap" is
    // politeness elsewhere: "delete the milk asap")
    .replace(
      /^((?:(?:and|also|oh|please|pls)[,\s]+)*(?:add|new\s+task|create|remind\s+me|put\s+down)\b[^]*?)\s*,?\s+asap[.!]*$/i,
      '$1 urgent',
    )
    // "second one I not need, delete", "scrub the last one": that one, deleted
    .replace(
      /^((?:the\s+)?(?:first|second|third|fourth|fifth|last|top|bottom|other)\s+one)\s+(?:i|we)\s+(?:not|don't|do\s+not|no|dont)\s+need(?:\s+(?:it|anymore|any\s+more))?\s*[,.;-]?\s*(?:so\s+)?(?:please\s+)?(?:delete|remove|bin)(?:\s+(?:it|please))*[.!]*$/i,
      (_, one: string) => `delete ${/^the\s/i.test(one) ? one : `the ${one}`}`,
    )
    .replace(
      /\bscrub\s+(?=(?:the\s+(?:first|second|third|last|top|bottom|other)\s+one|task\s*#?\d{1,5}|it|that(?:\s+one)?)\b)/gi,
      'delete ',
    )
    // "finish the same one as before", "add a note to the same one as before": the one talked about
    .replace(
      /\bthe\s+same\s+(?:one|task|item)\s+(?:as\s+(?:before|last\s+time|earlier|just\s+now|then)|again)\b/gi,
      'it',
    )
    // "show me just the viola task", "pull up task 2 for me", "what's the full info on the car
    // service?": that one task
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*)(?:show|pull\s+up|bring\s+up|open|display)\s+(?:me\s+)?(?:just|only)\s+(?=(?:the|my)\s+\S)/i,
      '$1show me ',
    )
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*)(?:pull|bring)\s+up\s+(task\s*#?\d{1,5}|#\d{1,5}|(?:the|my)\s+[^,;.!?]{2,40}?\s+(?:task|one|item))(?:\s+for\s+me)?(?:\s+please)?([?.!]*)$/i,
      '$1show $2$3',
    )
    .replace(
      /^what(?:'s|\s+is|s)\s+the\s+(?:full\s+)?(?:info|information|details|detail|lowdown|story)\s+(?:on|about|for|of)\s+(?=\S)/i,
      'details of ',
    )
    // "I need to know what's due today": the question itself
    .replace(
      /\b(?:i|we)\s+(?:just\s+)?(?:need|want|would\s+like|'d\s+like)\s+to\s+know\s+(?=(?:what|which|when|whether|if|how\s+many)\b)/gi,
      '',
    )
    // "punt the dry cleaning to tomorrow" (American): push it; "throw on 'grab wings'": add it;
    // "knocked out the expense report": finished it
    .replace(/\bpunt(?:ed)?\s+(?=\S[^.!?;]*?\b(?:to|till|until|back|by|off)\b)/gi, 'push ')
    .replace(/^((?:(?:and|also|oh|then)[,\s]+)*)(?:throw|toss|chuck|slap)\s+on\s+(?=\S)/i, '$1add ')
    .replace(/\bknocked\s+out\s+(?=(?:the|my|that|this)\s)/gi, 'finished ')
    // "#done gym", "#undone meal prep", "#delete stretch", "#todo?": a command written as a tag
    .replace(/^#(?:done|finished|complete|completed)\s+(\S.*?)[.!]*$/i, 'mark $1 done')
    .replace(/^#(?:undone|reopen|not-?done)\s+(?=\S)/i, 'reopen ')
    .replace(/^#(?:delete|del|remove|bin)\s+(?=\S)/i, 'delete ')
    .replace(/^#(?:todo|to-do|open|pending|left)\s*\?+$/i, "what's left to do?")
    // "at 14 Uhr", "15.30 Uhr" (German): that time on the clock
    .replace(
      /\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*Uhr\b/gi,
      (_, h: string, m: string | undefined) => `${h.padStart(2, '0')}:${m ?? '00'}`,
    )
    // "moved to 09:30 the day after": that day, at that time
    .replace(
      /\bto\s+(\d{1,2}[:.]?\d{2}(?:\s*(?:am|pm|h))?|\d{1,2}\s*(?:am|pm)|noon|midday)\s+(the\s+day\s+(?:after|before))\b/gi,
      (_, time: string, day: string) =>
        `to ${day} at ${time.replace(/^(\d{1,2})(\d{2})$/, '$1:$2')}`,
    )
    // "another wan: pack the cool box" (Scots, Irish), "Entry two: done": another one, task two
    .replace(/\b(?:another|anither|anuther)\s+(?:wan|wun)\b/gi, 'another one')
    .replace(
      /^entry\s+(?=(?:#?\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:,.-])/i,
      'task ',
    )
    .replace(DROPPED_QUESTION, '')
    // "Korean class homework, please postpone by 3 days", "postpone 3 days" (the object left
    // out, as some languages do): it
    .replace(
      /^((?:[^,]{3,60},\s*)?(?:(?:please|pls|kindly|can you|could you)\s+)?)(postpone|delay|defer|push(?:\s+back)?|bring\s+forward|move\s+(?:back|forward))\s+(?=(?:by\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|a\s+couple\s+of|a\s+few)\s+(?:days?|weeks?|hours?|minutes?|mins?|months?)\b)/i,
      (_, lead: string, verb: string) => {
        const [first, ...rest] = verb.split(/\s+/);
        return `${lead}${first} it ${rest.length ? `${rest.join(' ')} ` : ''}`;
      },
    )
    // "return it as it was before", "reinstate it as it was", "take that move back", "disregard
    // last", "respawn it" (a gamer's undo): undo
    .replace(
      /^((?:(?:sorry|oops|actually|no|wait|on\s+reflection|on\s+second\s+thoughts?|hmm+|ok|okay)[,.!\s]+)*)(?:(?:please|pls|kindly)\s+)?(?:(?:return|reinstate|restore|revert|put|set|change|bring)\s+(?:it|that|this|them)(?:\s+back)?\s+(?:as|to\s+(?:how|what))\s+(?:it|they)\s+(?:was|were)(?:\s+before)?|take\s+(?:that|the|my)\s+(?:last\s+)?(?:move|change|step|action|tick|deletion|edit)\s+back|disregard\s+(?:the\s+|my\s+)?(?:last|that|previous)(?:\s+(?:message|one|instruction|command|request|change))?|respawn\s+(?:it|that|them))(?=\s*(?:[,;.!]|$)|\s+(?:stop|lol|pls|please)\b)/i,
      '$1undo',
    )
    .replace(
      /^((?:(?:sorry|oops|actually|no|wait|on\s+reflection|hmm+)[,.!\s]+)*)(?:please\s+)?reinstate\s+(?=it\b|that\b|them\b|the\s)/i,
      '$1restore ',
    )
    // "rename card task. new name: post the card to Lisbon", "update the title of the methods
    // task - new title: …": renamed to that
    .replace(
      /^((?:(?:please|pls|kindly)\s+)?(?:rename|retitle|re-?name|(?:change|update|amend|edit)\s+the\s+(?:name|title)\s+(?:of|on|for))\s+.+?)\s*(?:[.;,]|\s[-–—])\s*(?:the\s+)?new\s+(?:name|title)(?:\s+(?:is|should be))?\s*[:=-]?\s+(?=\S)/i,
      '$1 to ',
    )
    // "Mark it no done" (Scots, Irish): not done
    .replace(
      /\b((?:mark|set|put|make)\s+(?:it|that|this|them|the\s+\S+(?:\s+\S+)?)\s+(?:as\s+)?)no\s+(?=(?:done|finished|complete|completed|ticked)\b)/gi,
      '$1not ',
    )
    // "Let the 2nd element of my list be marked complete": mark it so
    .replace(/^let\s+(.+?)\s+be\s+(?:marked|set|made)\s+(?:as\s+)?(?=\S)/i, 'mark $1 as ')
    .replace(
      /\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\s+elements?\b/gi,
      '$1 item',
    )
    .replace(/\belement\s+(?=#?\d{1,4}\b)/gi, 'item ')
    // "The opener's done, that's the first one": the one by its place
    .replace(
      /^(?:the\s+)?.{2,40}?(?:'s|\s+is|\s+are)\s+(done|finished|sorted|complete|booked|sent|paid),?\s+that(?:'s|\s+is|\s+was)\s+((?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+one|number\s+\w+|task\s+\d{1,4})[.!]*$/i,
      '$2 is $1',
    )
    // "This red packet task, name change to …": renamed
    .replace(
      /^(.+?)\s*[,:;—–-]\s*(?:a\s+)?(?:name|title)\s+change\s+(?:to|:)\s*(?=\S)/i,
      'rename $1 to ',
    )
    // "change note to: seat near aisle": the note
    .replace(
      /\b(change|update|set|edit|make)\s+(note|notes|description|desc|details)\s+(?:to\s*:?|:)\s*(?=\S)/gi,
      '$1 the $2 to ',
    )
    // "monthly now, first Monday of the month", "monthly on the first Monday": that Monday of
    // every month
    .replace(
      /\b(?:monthly|every\s+month)(\s+now)?\s*[,;]?\s*(?:on\s+)?(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+of\s+(?:the|each|every)\s+month)?\b/gi,
      (_, now: string | undefined, nth: string, day: string) =>
        `every ${nth} ${day} of the month${now ?? ''}`,
    )
    // "X isn't quarterly any more, it's every month on the 1st": what it is now
    .replace(
      /^(.+?)\s+(?:isn't|is\s+not|is\s+no\s+longer|aren't|are\s+not)\s+(?:\S+\s+){0,3}?(?:any\s?more|now)\s*[,;]\s*(?:it's|it\s+is|now\s+it's|it'll\s+be|they're|they\s+are)\s+(?=(?:every|each|daily|weekly|monthly|yearly|fortnightly|on\s+\S+days)\b)/i,
      '$1 is now ',
    )
    // "The yoga class is not more on Thursdays" (Spanish "no más"): no longer
    .replace(/\b(is|are)\s+not\s+more\b/gi, '$1 no longer')
    // "chuck in quote for the Nguyens' deck": add it
    .replace(
      /^(?:(?:can\s+you|could\s+you|please)\s+)?(?:chuck|bung|pop|stick|throw|whack)\s+in\s+(?!(?:a|an|the|my|some|another|one|it|that|this|them)\b)(?=\p{L})/iu,
      'add ',
    )
    // "the fridge check only needs doing on the nights I'm on: Monday, Tuesday…": on those days
    .replace(
      /\b(?:on\s+)?the\s+(?:days|nights|mornings|evenings|shifts)\s+(?:i'm|i\s+am|we're|we\s+are|i\s+work|we\s+work|i'm\s+working|i'm\s+in)(?:\s+(?:on|in|there))?\s*[:,–—-]\s*(?=(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)/gi,
      'on ',
    )
    // "the mayor interview slides ten minutes to 07:30": moves to that time (how far, said too)
    .replace(
      /^(?!(?:it|that|this)\b)(.+?)\s+(?:slides?|slips?|shifts?|creeps?|moves?|goes|is\s+(?:sliding|slipping|moving|going))\s+(?:(?:by\s+)?(?:\d{1,3}|a|an|one|two|three|five|ten|fifteen|twenty|thirty|forty|half\s+an?)\s+(?:minutes?|mins?|hours?|hrs?)\s+)?(?:back\s+|forward\s+|earlier\s+|later\s+)?(to|till|until)\s+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b)/i,
      '$1 moves $2 ',
    )
    // "I will call Tita Baby later instead, today 9pm": that deed, then
    .replace(
      /^((?:i\s+will|i'll|i\s+am\s+going\s+to|i'm\s+going\s+to|i'm\s+gonna|i\s+shall)\s+.+?)\s+(?:later|earlier|another\s+time)(?:\s+instead)?\s*[,;:–—-]\s*(\S.*?)[.!]*$/i,
      '$1 $2 instead',
    )
    // "Bike repair is not tomorrow. Day after.": the day after the one it is not
    .replace(
      /^(.+?)\s+(?:is|'s)\s+not\s+(?:on\s+)?(tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[.,;:!–—-]+\s*(?:it's\s+|it\s+is\s+)?(?:the\s+)?day\s+after(?:\s+(?:that|it))?[.!]*$/i,
      '$1 is the day after $2',
    )
    // "wrong one! Return it please, I wanted to delete the third": put it back, and delete that
    .replace(
      /(^|[,.!;]\s*)(?:(?:please|pls|no|so)[,\s]+)*(?:restore|return|undelete|recover)\s+(it|that|this)(?:\s+(?:please|pls))?(?=\s*(?:[,.!;]|$))/gi,
      '$1put $2 back',
    )
    .replace(
      /([,.!;]\s*)(?:(?:but|and)\s+)?i\s+(?:wanted|meant|intended|was\s+trying)\s+to\s+(?=(?:delete|remove|tick|mark|complete|finish|rename|move|reopen|bin|scrap|drop)\b)/gi,
      (_, sep: string) => (sep.trim() === ',' ? ', and ' : sep),
    )
    // "actually, put it back and take bills off it instead": undo, then the other change
    .replace(
      /^((?:(?:actually|no|oops|sorry|wait|hmm)[,.!\s]+)*)(?:put|change|set)\s+(?:it|that)\s+back\s*(?:,\s*)?(?:and|then|and\s+then)\s+(?=(?:take|tag|untag|label|remove|delete|mark|tick|move|make|set|give|rename)\b)/i,
      '$1undo that and ',
    )
    // "And the other one, please remove the priority": that field, off the one named
    .replace(
      /^(?:and\s+)?((?:the|that|this)\s+[^,]{1,40}?|task\s*#?\d{1,4}|number\s+\w+)\s*[,:;–—-]\s*(?:(?:please|pls|kindly|can\s+you|could\s+you)\s+)*(remove|clear|drop|take\s+off|delete|lose)\s+(?:the\s+|its\s+)?(priority|due\s+date|date|deadline|time|repeat|labels?|tags?)(?:\s+(?:please|pls))?[.!]*$/i,
      '$2 the $3 from $1',
    )
    // "put them every 2 months", "set it every Friday": how often it repeats
    .replace(
      /^((?:(?:ok|okay|so|and|then|please)[,\s]+)*)(?:put|set|make|have)\s+(?:it|them|that|those)\s+(?=every\s+(?:\d+\s+|other\s+|second\s+)?(?:day|week|fortnight|month|year|mon|tue|wed|thu|fri|sat|sun|weekday|morning|evening|night))/i,
      '$1make it repeat ',
    )
    // "finally it is at 18h, same day" (French "finalement"): in the end
    .replace(
      /^(?:finally|in\s+the\s+end|at\s+the\s+end)[,\s]+(?=(?:it|that|this)(?:'s|\s+is|\s+will\s+be)\b)/i,
      'actually ',
    )
    // "The chiropodist rang, she's moved me to the Thursday": that appointment, moved
    .replace(
      /^(?:the\s+|my\s+)?(.+?)\s+(?:rang|called|phoned|texted|emailed|messaged)(?:\s+(?:me|us))?\s*[,;:–—-]\s*(?:and\s+)?(?:she|he|they)(?:'s|'ve|\s+has|\s+have)\s+(?:moved|switched|put|changed|rebooked|shifted)\s+(?:me|us|it|the\s+appointment)\s+(?:to|for)\s+(?:the\s+)?(?=\S)/i,
      'move the $1 to ',
    )
    // "and it's moving to 11": move it then
    .replace(
      /^((?:(?:and|so|oh|also)[,\s]+)*)(?:it's|it\s+is|that's|that\s+is)\s+(?:now\s+)?moving\s+to\s+(?=\S)/i,
      '$1move it to ',
    )
    // "Due when ah?" (Singlish): when is it due
    .replace(
      /^(?:so\s+|and\s+)?due\s+when(?:\s+(?:ah|lah|leh|hor|ha|huh|then))?\s*\?*$/i,
      'when is it due?',
    )
    .replace(/\s+(?:ah|lah|leh|lor|hor|meh)\s*(\?+)\s*$/i, '$1')
    // "What've I knocked over so far?" (Australian): finished
    .replace(
      /\bknocked\s+(?:over|off)\b(?!\s+(?:the|a|my|his|her)\s+(?:vase|glass|cup|mug|bottle|drink))/gi,
      'finished',
    )
    // "Test pit backfilled too — tick both": the news is the request
    .replace(
      /^(.+?\s+too)\s*(?:[,;:]|\s[—–-])\s*(?:(?:so|please|pls)\s+)?(?:tick|mark|check|cross)\s+(?:them\s+)?both(?:\s+off)?(?:\s+(?:please|pls))?[.!]*$/i,
      '$1',
    )
    // "the winner's had the call — another one done": the news is the request
    .replace(
      /^(.{3,80}?)\s*(?:[,;:]|\s[—–-])\s*(?:that's\s+|that\s+is\s+)?another\s+one\s+(?:done|sorted|ticked(?:\s+off)?|down|finished)[.!]*$/i,
      '$1',
    )
    // "Overdue, I mean": the word meant
    .replace(/^(\S+(?:\s+\S+){0,3}?)\s*,\s*i\s+mean[.!?]*$/i, '$1')
    // "Amend the title of X: it should read …", "Let it read: …": the new title
    .replace(
      /^((?:(?:please|pls|kindly)\s+)?(?:rename|retitle|(?:change|update|amend|edit|alter)\s+the\s+(?:name|title|wording)\s+(?:of|on|for))\s+.+?)\s*(?:[:;,]|\s[-–—])\s*(?:it\s+should\s+(?:now\s+)?(?:read|say|be)|(?:let|make)\s+it\s+(?:read|say))\s*:?\s*(?=\S)/i,
      '$1 to ',
    )
    .replace(
      /^(?:(?:and|so|ok|okay|please)[,\s]+)*(?:let|make)\s+it\s+(?:read|say)\s*:\s*(?=\S)/i,
      'rename it to ',
    )
    // "Leave everything else unchanged.": nothing more to change
    .replace(
      /^(?:and\s+)?(?:leave|keep)\s+(?:everything|all|the\s+rest)\s+else\s+(?:unchanged|as\s+it\s+is|the\s+same|alone)[.!]*$|^(?:and\s+)?(?:leave|keep)\s+the\s+rest\s+(?:unchanged|as\s+it\s+is|the\s+same|alone)[.!]*$/i,
      'ok thanks',
    )
    // "oops not finished yet undo": the undo, said after why
    .replace(
      /^(\S+(?:\s+\S+){1,8}?)\s+(undo(?:\s+(?:it|that))?)[.!]*$/i,
      (m, why: string, undo: string) =>
        /[,;.!]$/.test(why) || /\b(?:to|and|then|please|can\s+you|just)$/i.test(why)
          ? m
          : `${why}, ${undo}`,
    )
    // "Show me the quest log", "the first quest is complete" (a gamer): the list, the task
    .replace(/\bquest\s+log\b/gi, 'list')
    .replace(
      /\b(the\s+(?:first|second|third|fourth|fifth|last|next|other|top)\s+)quest\b/gi,
      '$1task',
    )
    // "change that second one to …": the second one
    .replace(
      /\b(change|rename|make|move|mark|tick|delete|remove)\s+that\s+(first|second|third|fourth|fifth|last|other)\s+(one|task)\b/gi,
      '$1 the $2 $3',
    )
    // "and another row: 'Vacuum the database'" (said the database way): another one
    .replace(
      /^((?:and|also|plus)\s+)(?:another|one\s+more)\s+(?:row|record|entry)\s*:\s*(?=\S)/i,
      '$1add ',
    )
    // "two new tasks: one, collect the headset; two, sign the log": the items, counted aloud
    .replace(/(?:^|[:;]\s*)one\s*[,:)]\s*\S.*?;\s*two\s*[,:)]\s*\S.*$/i, (list) =>
      list.replace(/(^|[:;]\s*)(?:one|two|three|four|five|six)\s*[,:)]\s*/gi, '$1'),
    )
    // "coach added saturdays to pool sessions": another day it comes round on
    .replace(
      /^(?:(?:the|my|our)\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:has\s+|have\s+|'s\s+|'ve\s+|just\s+)*added\s+((?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s*(?:,|and|&)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*)\s+to\s+(?=\S)/iu,
      'add $1 to ',
    )
    // "same 7pm", "same, 19:00": the time it keeps
    .replace(
      /^((?:(?:and|but|ok|okay|so)[,\s]+)*)same[,\s]+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)[.!]*$|\d{1,2}[:.]\d{2}[.!]*$)/i,
      '$1same time, ',
    )
    // "Sorry, I want to change, the time is 1 pm": the change said next
    .replace(
      /^((?:(?:sorry|oh|ok|okay|actually|wait|hmm+)[,.!\s]+)*)(?:i\s+(?:want|would like|'d like|need)\s+to\s+change(?:\s+(?:it|that|something|this))?|(?:a\s+)?change\s+please|one\s+change)\s*[,:;.—–-]\s*(?=\S)/i,
      '$1',
    )
    // "Task two: negative, leave it open", "number 3 - no, keep it": that one left as it is
    .replace(
      /^((?:task|number|no\.?|item)\s*#?(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)|#\d{1,4})\s*(?::|\s[-–—])\s*(?:(?:negative|no|nope|nah|not\s+(?:yet|done)|not\s+finished)[,.;!\s]+)*(?:leave|keep)\s+(?:it|that)\s+(open|pending|as\s+it\s+is|as\s+is|alone|for\s+now)[.!]*$/i,
      'leave $1 $2',
    );
  const first = selfCorrected(
    calmEmoji(
      dictatedCommas(
        calmCapitals(
          topicFirst(
            placeFirst(takenBackThenSaid(deedsListed(numberedSentences(filipinoPolite(text))))),
          ),
        ),
      ),
    ),
  )
    // "and I've already done today's", "skip this week's one": this time of the task talked about
    .replace(
      /\b(?:today|tonight|this\s+(?:week|morning|evening|afternoon|month))['’]s(?:\s+one)?(?=\s*(?:[,.!?;]|$)|\s+(?:too|already|as well|now|then|though|tho)\b)/gi,
      'it',
    )
    // "parent-teacher call, what time was that?", "the AI tech visit — what day's that?": when
    // it is
    .replace(
      /^(?!(?:and|so|ok|okay|right|hmm|oh)\b)([^,;?]{3,60}?)\s*(?:,|;|\s[-–—]|—|–)\s*(?:what\s+(?:time|day|date)|when)(?:'s|\s+is|\s+was|\s+'s)\s+(?:that|it)(?:\s+(?:again|set for|for|due|on))?\s*\?+$/i,
      'when is $1?',
    )
    // "what label's on the ferry booking?", "what time's it set for": is
    .replace(
      /\b(labels?|tags?|priority|date|time|deadline|repeat|note|description)['’]s\s+(?=(?:on|for|of|set|attached|there|it)\b)/gi,
      '$1 is ',
    )
    // "what's the Henley quote tagged as?": its labels
    .replace(
      /^(?:(?:and|so|ok)[,\s]+)?what(?:'s|\s+is|s)\s+(?!(?:it|that|this)\b)(.+?)\s+(?:tagged|labelled|labeled|filed)(?:\s+(?:as|with|under))?\s*\?*$/i,
      'what labels does $1 have?',
    )
    // "pull it in to this Friday", "bring the review in to Monday": sooner, to that day
    .replace(
      /\b(?:pull|bring|draw)\s+(it|that|them|this)\s+in\s+(?=(?:to|till|until|for)\s)/gi,
      'move $1 ',
    )
    // "which priority has replace chain?" (the verb before its subject): what priority it has
    .replace(
      /^(?:and\s+)?(?:which|what)\s+(priority|label|labels|tags?|date|due date|time|repeat)\s+has\s+(?!(?:it|that|this|they)\b)(.+?)(?<!\s(?:got|on|now))\s*\?*$/i,
      'what $1 does $2 have?',
    )
    // "lawn thing isn't urgent anymore lol make it low": the laugh ends what came before
    .replace(/(?<=\S)\s+(?:lol|lmao|lmfao|rofl|haha+|hehe+)\s+(?=\p{L})/giu, ', ')
    // "and a second one, sign up for the snack rota", "also add a new one: check the walk-in":
    // one more task, said after it
    .replace(
      /^((?:and|also|oh|plus)[,\s]+)*(?:(?:also|please|pls)\s+)?(?:add\s+)?(?:a\s+(?:second|third|new|further|separate|fresh)|another|one\s+more|new(?=\s+(?:one|task|item|todo|to-do)\s+for\s))(?:\s+(?:one|task|item|todo|to-do))?(?:\s+for\s+(?:me|us))?\s*[,:;–—-]\s*(?=\p{L})/iu,
      'add ',
    )
    // "Correction: task 3 is complete, not task 2": a slip put right
    .replace(/^(?:correction|amendment|erratum|update)\s*[:–—-]\s*(?=\S)/i, 'sorry, ')
    // "& add desc to #2: …", "+ tick the bins": and ("+ eggs" alone is one more thing to get)
    .replace(/^\s*&\s*(?=\p{L})/u, 'and ')
    .replace(
      /^\s*\+\s*(?=(?:add|tick|mark|cross|check|delete|remove|drop|move|push|bump|change|rename|set|make|put|clear|undo|also)\b)/i,
      'and ',
    )
    // "change the thread task, must be Order navy and grey thread": what it should say
    .replace(
      /^((?:please\s+)?(?:change|rename|fix|correct|update|edit|amend|reword)\s+[^,;]+?[,;]\s*)(?:it\s+)?(?:must|has to|needs to|ought to|shall)\s+(be|say|read)\s+(?=\S)/i,
      '$1it should $2 ',
    )
    // "x milk", "x 3" (todo.txt's mark for done, typed at the start): tick it
    .replace(/^x\s+(?=[\p{L}#\d])(?!\d+\s*(?:x|by|times)\b)/iu, 'tick ')
    // "and due date to tomorrow", "deadline: friday": due then
    .replace(
      /(^|[,;]\s*|\band\s+)(?:the\s+|its\s+)?(?:due\s+date|deadline)\s*(?:to|for|on|is|should be|will be|=|:|->|→)\s*(?=(?:today|tonight|tomorrow|tmrw|next|this|the\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/gi,
      '$1due ',
    )
    // "Hey darlin', could you …": a greeting before the request
    .replace(
      /^(?:hey|hi|hiya|hello|oi|morning|evening)(?:\s+[\p{L}'’]+)?\s*[,!]\s*(?=(?:could|can|would|will|please)\s)/iu,
      '',
    )
    // "could you tell me whether I've replied to Margaret?", "I can't remember if I paid the
    // gas bill": whether it is done, asked (a question never changes anything)
    .replace(
      /(^|[.!?;]\s+|,\s*)(?:(?:but|and|so)\s+)?(?:(?:(?:please|pls|kindly)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|possibly\s+|perhaps\s+|kindly\s+|just\s+)?(?:be\s+able\s+to\s+)?|(?:are|r)\s+(?:you|u)\s+able\s+to\s+)?(?:tell me|let me know|check|see|confirm)|(?:do|would|d')\s*you\s+(?:happen\s+to\s+)?(?:know|remember|recall)|i\s+(?:wonder|wondered|was wondering|'m not sure|am not sure|can't remember|cannot remember|don't remember|can't recall|forget|forgot)|not sure|no idea)\s+(?:whether|if)\s+(?!(?:you|u)\s+(?:might|could|would|can|will|'d|mind|please)\b)([^.!?]+?)\s*(?:\?+|[.!;]+(?=\s|$)|$)/gi,
      (_, lead: string, clause: string) => `${lead}${clause}?`,
    )
    // "- [ ] call electrician" (a checklist pasted from notes): the item, without its box
    .replace(/(^|\n)([ \t]*(?:[-*•][ \t]*)?)\[[ \t]?\][ \t]*(?=\S)/g, '$1$2');
  const early = plainSpeech(first)
    // "please you can close it", "you can please delete it" (second-language English): asked
    .replace(
      /\b(?:please\s+you\s+(?:can|could|will)|you\s+(?:can|could)\s+please)\s+(?=\p{L})/giu,
      'please ',
    )
    // "the dissertation proposal can wait, but clean room is done": what can wait is left as
    // it is; the news after it is what is said
    .replace(
      /^(?:(?:ok|okay|so|and)[,\s]+)?(?!(?:it|that|this|they|those|them)\b)[^,;.]{2,60}?\s+can\s+(?:wait|hold on|hang on)(?:\s+(?:a\s+(?:bit|while|few days)|for\s+now|till\s+[^,;.]+|until\s+[^,;.]+))?\s*[,;]\s*(?:but\s+|and\s+)?(?=\S)(?!(?:(?:so|please|just|you can|can you)\s+)*(?:take|delete|remove|bin|scrap|drop|move|push|put|tick|mark|reopen|cross|make|set|change|give|bump|lower|knock|tag|label|clear|strip)\s+(?:[^,;.]*?\s)?(?:it|that|this|them|its)\b)/i,
      '',
    )
    // "The task 'buy present' I want to change the name to 'buy present for Ana'": the task said
    // first, then its new name
    .replace(
      /^(?:the\s+)?(?:task|item|one|to-?do)\s+("[^"]+"|“[^”]+”|'[^']+'|‘[^’]+’)\s*[,:–—-]?\s*(?:i\s+(?:want|would like|'d like|need)\s+to\s+|(?:can|could|would)\s+you\s+|please\s+)?(?:change|rename|update|set|make)\s+(?:the\s+|its\s+)?(?:name|title)\s+(?:to|as|into)\s+/i,
      'rename $1 to ',
    )
    // "revert the ticket one to pending", "set it back to not done": reopened
    .replace(
      /\b(?:revert|set|change|put|move|switch|turn|mark)\s+(.+?)\s+(?:back\s+)?(?:to|as)\s+(?:pending|not done|undone|open|to-?do|incomplete|unfinished|not finished|not complete)\b/i,
      'reopen $1',
    )
    // "push it to next monday I guess", "make it p1 fr": a hedge at the end says nothing more
    .replace(
      /(?<=\S)\s*,?\s+(?:i\s+guess|i\s+suppose|i\s+reckon|i'd\s+say|tbh|fr|fr fr|ngl)\s*(?=[.!?]*$)/i,
      '',
    )
    // "can you pop in Jamie football camp on the 8th": add it
    .replace(
      /^((?:(?:hiya|hi|hey|ok|okay|so)[!,.\s]+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?)(?:pop|put|stick|bung|pencil)\s+in\s+(?!(?:it|that|this|them|the\s+(?:diary|calendar|list)|(?:the\s+|a\s+)?(?:description|note|notes|details|comment)|at|for|on|by|half|quarter|noon|midday|tomorrow|today)\b|\d)(?=\p{L})/iu,
      '$1add ',
    )
    // "phew what a day, ovens playing up again": an exclamation, no part of what is said
    .replace(
      /^(?:(?:phew|ugh|oof|wow|man|gosh|god|blimey|crikey|jeez|well|oh|omg)[,!.\s]+)*what\s+an?\s+(?:day|week|morning|night|shift|mess|nightmare|palaver|faff)\b[!.,]*\s*(?=\S)/i,
      '',
    )
    // "put it under the choir label": that label
    .replace(/\bunder\s+the\s+([\p{L}\p{N}_-]+)\s+(?:label|tag)\b/iu, 'under #$1')
    // "and drop the work tag, it's personal": why, after the label taken off
    .replace(
      /\b((?:drop|remove|take off|delete|clear|lose)\s+the\s+[\p{L}\p{N}_-]+\s+(?:tag|label))\s*,\s*(?:it's|its|it is|because|cos|since|as)\b.*$/iu,
      '$1',
    )
    // "for the 6 week check note down: ask about the rash": a note on that task
    .replace(
      /^for\s+((?:the|my)\s+\S.*?|task\s*#?\d+)\s*,?\s+(?:note down|note|jot down|write down|add a note|add the note|put down)\s*:\s*(\S.*)$/i,
      'add a note to $1: $2',
    )
    // "bump the wheelhouse painting up a notch", "drop it down a peg", "the shop photos can drop
    // down a notch": its priority, one step
    .replace(
      /\b(?:bump|push|move|nudge|knock|bring|take|kick|drop|shift|put|notch)\s+(it|that|this|them|(?:the|my)\s+[^,;.!?]{1,40}?)\s+(up|down)\s+(?:a|one)\s+(?:notch|peg|level|step|rung|bit)\b/gi,
      (_, task: string, way: string) =>
        `${/^up$/i.test(way) ? 'raise' : 'lower'} the priority of ${task.replace(/^(?:it|that|this|them)$/i, 'it')}`,
    )
    .replace(
      /^((?:(?:so|and|oh|ok|okay)[,\s]+)*)((?:the|my)\s+[^,;.!?]{2,40}?)\s+(?:can|could|should|may|must|needs?\s+to)\s+(?:go|drop|come|move|be\s+(?:moved|bumped|dropped|knocked))\s+(up|down)\s+(?:a|one)\s+(?:notch|peg|level|step|rung|bit)\b/i,
      (_, lead: string, task: string, way: string) =>
        `${lead}${/^up$/i.test(way) ? 'raise' : 'lower'} the priority of ${task}`,
    )
    // "drop its priority a level", "raise its priority": the task talked about
    .replace(
      /\b(?:(raise|lower|bump|reduce|increase)\s+its\s+priority(?:\s+(?:up|down))?(?:\s+(?:a|one)\s+(?:notch|peg|level|step|bit))?|(drop)\s+its\s+priority(?:\s+(?:down\s+)?(?:a|one)\s+(?:notch|peg|level|step|bit)|\s+down))/gi,
      (_, verb: string | undefined) =>
        `${/^(?:raise|bump|increase)$/i.test(verb ?? '') ? 'raise' : 'lower'} the priority of it`,
    )
    // "no wait, don't use a label for that, just make it high priority": the label just put on
    // comes off again, and the priority is set
    .replace(
      /^(?:(?:no|nope|wait|actually|hmm|sorry)[,!.\s]+)*(?:don['’]t|do\s+not|no\s+need\s+to)\s+(?:use|add|put|give\s+it)\s+(?:a\s+|the\s+)?(?:label|tag)(?:\s+(?:for|on)\s+(?:that|it|this|them))?\s*[,;.!-]+\s*(?:(?:just|instead|rather)\s+)?(?=(?:make|set|give|mark)\s+(?:it|that|them)\s+\S)/i,
      'undo that, ',
    )
    // "on the otter task, swap its otters label for aquatic": that label for the other, on it
    .replace(
      /^((?:(?:and|also|then)[,\s]+)*)(?:on|for)\s+((?:the|my)\s+[^,;:]{2,50}?|task\s*#?\d{1,5})\s*[,:]\s*(swap|change|replace|switch)\s+(?:its|the)\s+#?([\p{L}\p{N}_-]{1,40})\s+(label|tag)\s+(for|with|to)\s+#?([\p{L}\p{N}_-]{1,40})(?:\s+(?:too|as\s+well|please))?[.!]*$/iu,
      '$1$3 the $4 $5 $6 $7 on $2',
    )
    // "the Clarke mention has been re-listed two days later", "the hearing got adjourned a week":
    // moved by that much (news of a move, never of a task done)
    .replace(
      /^((?:(?:so|and|oh|ok|okay|fyi|btw)[,\s]+)*)((?:the|my|our)\s+[^,;.!?]{2,60}?)\s+(?:has\s+been|have\s+been|had\s+been|got|gets|was|were|is\s+being|'s\s+been)\s+(re-?[a-z]{3,}ed|adjourned|postponed|deferred|delayed|pushed(?:\s+back)?|put\s+off|moved|shifted|bumped|rescheduled|brought\s+forward|pulled\s+forward)\s+(?:by\s+)?((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|half\s+an?|a\s+couple\s+of|a\s+few)\s+(?:days?|weeks?|hours?|minutes?|mins?|fortnight))(?:\s+(later|earlier|sooner|back|forward|on|ahead))?(?=\s*(?:[,.;!]|$))/i,
      (_, lead: string, task: string, verb: string, howFar: string, way: string | undefined) =>
        `${lead}move ${task} ${howFar} ${
          /^(?:earlier|sooner|forward|ahead)$/i.test(way ?? '') || /forward/i.test(verb)
            ? 'earlier'
            : 'later'
        }`,
    )
    // "the get-out is a day earlier now, move the briefing": that one, moved as far
    .replace(
      /^(?:the\s+)?[^,;.!?]{2,40}?\s+(?:is|are|'s)\s+(?:now\s+)?((?:a|an|one|two|three|four|five|six|seven|\d{1,2}|half\s+an?)\s+(?:days?|weeks?|hours?|minutes?|mins?))\s+(earlier|later|sooner)(?:\s+now)?\s*[,;]\s*(?:so\s+)?(?:please\s+)?(?:move|shift|push|bring)\s+((?:the|my)\s+[^,;.!?]{2,40}?)(?:\s+(?:too|as\s+well|accordingly|to\s+match))?[.!]*$/i,
      (_, howFar: string, way: string, task: string) => `move ${task} ${howFar} ${way}`,
    )
    // "the NIE appointment is two days earlier (, not that day)": moved so
    .replace(
      /^((?:(?:so|and|oh|ok|okay)[,\s]+)*)((?:the|my|our)\s+[^,;.!?]{2,60}?)\s+(?:is|are|'s|has\s+been|have\s+been|was|were)\s+(?:now\s+)?((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|half\s+an?|a\s+couple\s+of|a\s+few)\s+(?:days?|weeks?|hours?|minutes?|mins?))\s+(earlier|later|sooner|before|after)(?:\s*,?\s*(?:not\s+(?:that|the\s+same)\s+day|than\s+(?:planned|before|it\s+was)))?[.!]*$/i,
      (_, lead: string, task: string, howFar: string, way: string) =>
        `${lead}move ${task} ${howFar} ${/^(?:before|earlier|sooner)$/i.test(way) ? 'earlier' : 'later'}`,
    )
    // "actually leave the screenwash on today", "keep the quiz for Friday": it stays, or goes back,
    // to that day
    .replace(
      /^((?:(?:actually|no|nah|wait|but|oh|ok|okay)[,\s]+)*)(?:leave|keep)\s+((?:the|my)\s+[^,;.!?]{1,40}?)\s+(?:on|for)\s+(?=(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^,;.!?]*$)/i,
      '$1move $2 to ',
    )
    // "fyi for the adapters task: they're type F plugs": a note on it
    .replace(
      /^(?:fyi|btw|note|info|heads up|details)\s*[,:-]?\s+(?:for|on|re|about)\s+((?:the|my)\s+\S.*?|task\s*#?\d+)\s*:\s*(\S.*)$/i,
      'add a note to $1: $2',
    )
    // "call the cards task Send thank you cards instead", "and call the venue one Book the rugby
    // club": its new name
    .replace(
      /^((?:(?:and|also|then|oh)[,\s]+)*)call\s+((?:the|my)\s+\S.*?\s+(?:task|one|item)|task\s*#?\d+)\s+(?!(?:and|to|about|for|now|later|today|tomorrow|at|on|back|more|again|once|first|asap|right|too|as well)\b)(\S.*?)(?:\s+instead)?\s*[.!]*$/i,
      '$1rename $2 to $3',
    )
    // "task 1 needs a better name": a new name, asked for
    .replace(
      /^((?:the\s+)?\S.*?\s+(?:task|one)|task\s*#?\d+)\s+(?:needs|could do with|wants)\s+(?:a\s+)?(?:better|new|different|clearer|proper)\s+(?:name|title)\s*[.!]*$/i,
      'rename $1',
    )
    // "and add urgent to it": its priority
    .replace(
      /^((?:(?:and|also|then|please|pls)\s+)*)(?:add|put|give)\s+(urgent|(?:high|low|medium|top)\s+priority|p[1-4])\s+(?:to|on)\s+(it|that|this)\s*[.!]*$/i,
      '$1make $3 $2',
    )
    // "add fix the fan and reseal the bath as two tasks": two of them
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*(?:add|create|make|put down))\s+(.+?)\s+and\s+(.+?)\s+as\s+(?:two|2)\s+(?:separate\s+|different\s+)?(?:tasks|items|things|to-?dos|jobs)(?:\s+(?:please|pls))?\s*[.!]*$/i,
      '$1 two tasks: $2, $3',
    )
    // "doctor said to skip this week's methotrexate": the advice, taken
    .replace(
      /^(?:(?:the|my)\s+)?(?:doctor|doc|gp|nurse|consultant|pharmacist|dentist|vet|coach|boss|manager|teacher|physio|midwife|specialist)\s+(?:said|says|told me|has told me|advised(?: me)?|wants me)\s+(?:to|i should|i can|i could|we should|we can)\s+(?=(?:skip|move|push|postpone|stop|pause|cancel|drop|delay)\b)/i,
      '',
    )
    // "its now on 20 June": it's
    .replace(
      /^((?:(?:ok|so|and|oh|omg|actually)[,\s]+)*)its\s+(?=(?:now|on|at|due|for|moved|been|going|gonna|tomorrow|today|next|this)\b)/i,
      "$1it's ",
    )
    // "actually kick off is half 10": its time ("kick off" names no task)
    .replace(
      /\b(?:the\s+)?(?:kick[- ]?off|tip[- ]?off|tee[- ]?off|start(?:ing)? time|doors(?: open)?|first whistle)\s+(?:is|'s|will be|is now)\s+(?=(?:at\s+)?(?:\d|half\b|quarter\b|noon\b|midday\b))/i,
      "it's ",
    )
    // "and tag as lettings": it
    .replace(/^((?:(?:and|also|then|please|pls)\s+)*)(tag|label)\s+(?=as\s+\S)/i, '$1$2 it ')
    // "make it p1 its important fr", "make it p1 its due soon": why, after the change
    .replace(
      /\b((?:make|set|mark)\s+(?:it|that)\s+(?:as\s+)?(?:p[1-4]|(?:high|low|medium|top)\s+prio(?:rity)?|urgent|important))\s+(?:its|it's|it is|cos|coz|because|since|as)\s+\S.*$/i,
      '$1',
    )
    // "change the training time": the time of the training, asked for
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*(?:change|update|edit|alter|reset))\s+(?:the|my)\s+(?!(?:due|start|end|new|same|finish)\s+\S+$)((?:\S+\s+){0,2}?\S+)\s+(time|date|day|deadline|due date|priority)(?:\s+(?:please|pls|too|as well))?\s*[.!?]*$/i,
      '$1 the $3 of the $2',
    )
    // "add size 3 to the nappies one as a note": a note on that task
    .replace(
      /^(?:(?:please|pls|can you|could you)\s+)*(?:add|put|write|stick|pop)\s+(.+?)\s+(?:to|on|onto|in)\s+((?:the|my)\s+\S.*?\s+(?:one|task)|task\s*#?\d+|it|that)\s+as\s+(?:a\s+|the\s+)?(?:note|description)(?:\s+(?:please|pls))?\s*[.!]*$/i,
      'add a note to $2: $1',
    )
    // "add a note saying: use the loppers", "a note that says …": the note is what it says
    .replace(/\b(note|description)\s+(?:saying|that says|which says|to say)\s*:?\s+(?=\S)/i, '$1: ')
    // "and a note: the kitchen one beeps": its note
    .replace(/^((?:and|also|plus)\s+)(?:a|the|with\s+a)\s+(note|description)(?=\s*[:–—-])/i, '$1$2')
    // "what was the second thing on my list again?": what it is
    .replace(
      /^what\s+was\s+((?:the|my)\s+(?:first|second|third|fourth|fifth|last|next|\d+(?:st|nd|rd|th))\b[^?]*?|task\s*#?\d+)(?:\s+again)?\s*\??$/i,
      "what's $1?",
    )
    // "could you tell me what I need to do tomorrow, please?": asked outright
    .replace(
      /^(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:tell|show)\s+me\s+what\s+(i|we)\s+(need|have|must|got)\s+to\s+do\b([^?]*?)(?:[,\s]+please)?\s*\??$/i,
      'what do $1 $2 to do$3?',
    )
    // "now what", "what now": what is next
    .replace(
      /^(?:(?:ok(?:ay)?|right|so|and)[,\s]+)*(?:now\s+what|what\s+now)\s*[?!.]*$/i,
      "what's next?",
    )
    // "what did I leave undone?": what is still to do
    .replace(
      /^what\s+(?:did|have)\s+(i|we)\s+(?:leave|left)\s+(?:undone|unfinished|not done|outstanding|hanging)\s*\??$/i,
      "what's left undone?",
    )
    // "whats on the plumber one", "tell me about the plumber one": that task
    .replace(
      /^(?:what(?:'s|s|\s+is)\s+(?:on|in)|tell\s+me\s+(?:about|more about))\s+((?:the|my)\s+\S.*?\s+(?:one|task)|task\s*#?\d+)\s*\??$/i,
      'show $1',
    )
    // "the note I mean": the note on the task talked about
    .replace(
      /^(?:(?:no|sorry)[,\s]+)?(?:the|its)\s+(?:note|notes|description|details)(?:\s+(?:i\s+mean|i\s+meant|please))+\s*[.!?]*$/i,
      "what's the note on it?",
    )
    // "did you add it?", "is that saved?": whether it is on the list
    .replace(
      /^(?:(?:did|have)\s+(?:you|u)\s+(?:add|added|put|save|saved|write|written|note|noted)\s+(it|that|them)(?:\s+(?:down|in|on|to)(?:\s+(?:the|my)\s+list)?)?|(?:is|was)\s+(it|that)\s+(?:added|saved|on there|in there|down))\s*\??$/i,
      (_, a: string | undefined, b: string | undefined) => `is ${a ?? b} on my list?`,
    )
    // "Have I anything to do today?" (British): do I have
    .replace(
      /^(?:(?:so|and|ok|okay)[,\s]+)?have\s+(i|we)\s+(?=(?:anything|something|much|any\s+\w+)\b)/i,
      'do $1 have ',
    )
    // "what have I got due today before my shift?": when it is asked for, not part of it
    .replace(
      /^((?:what|which|anything|is there)\b[^?]*?\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)))\s+(?:before|after)\s+(?:my|the|our|work|school)(?:\s+(?:shift|work|school|class|lecture|meeting|rota))?(?=\s*\??$)/i,
      '$1',
    )
    // "make task visa renewal, the date is 30 november", "…, time is 3pm": the when of it
    .replace(
      /,\s*(?:and\s+)?(?:the\s+)?(?:due\s+)?(?:date|deadline)\s*(?:is|:|=|will be|should be)\s+(?=(?:\d|on\b|the\b|tomorrow\b|today\b|next\b|this\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/gi,
      ' ',
    )
    .replace(/,\s*(?:and\s+)?(?:the\s+)?time\s*(?:is|:|=|will be|should be)\s+(?=\d)/gi, ' at ')
    // "that's wrong, it's the Thursday after": what is right, said after
    .replace(
      /^(?:(?:no|oh|sorry|oops)[,\s]+)*(?:that's|that is|thats)\s+(?:wrong|not right|incorrect|a mistake)\s*[,;.!-]\s*(?=\S)/i,
      '',
    )
    // "push it 1wk", "every 2w": weeks said the short way
    // (not "65W": a bare "w" only after "every")
    .replace(
      /\b(\d{1,2})\s?wks?\b|(?<=\bevery\s+)(\d{1,2})\s?w\b(?!\/)/gi,
      (_, a?: string, b?: string) => `${a ?? b} week${(a ?? b) === '1' ? '' : 's'}`,
    )
    // "thank youu", "hiii", "thanksss": a word drawn out (not "AAA batteries")
    .replace(/(?<=\p{L})(\p{Ll})\1{2,}(?!\p{L})/gu, '$1')
    .replace(/\by+o+u{2,}\b/gi, 'you')
    // "clean up my list: delete milk, and the plumber's done", "quick update - …": a heading
    // before the requests, not a task
    .replace(
      /^(?:(?:ok|okay|right|so)[,\s]+)?(?:(?:let's\s+|lets\s+)?(?:clean|tidy|sort)\s+(?:up\s+|out\s+)?(?:my|the)\s+(?:list|tasks|to-?do list)|(?:quick\s+|status\s+|list\s+)?updates?|housekeeping|admin\s+time|changes)\s*(?::|\s[-–—]\s)\s*(?=\S)/i,
      '',
    )
    // "is it done or... ?": the question, without the trailing off
    .replace(/\s+or\s*(?:\.{2,}|…)\s*(\?+)\s*$/i, '$1')
    // "rain forecast... push it one more day": a request after the pause starts a clause
    .replace(
      /\s*(?:\.{2,}|…)\s*(?=(?:push|move|delete|remove|mark|tick|add|make|change|put|set|postpone|bump|shift|cancel|rename|untick|reopen|bin|drop|scrap|clear|can you|could you|please)\s)/gi,
      ', ',
    )
    // "to... 'Replace the bulb'", "something... like, …": a pause, not the end of a sentence
    // (but "did I send it… no I didn't": a new thought after it)
    .replace(
      /\s*(?:\.{2,}|…)\s*(?=[^\s?!.])(?!(?:no|nope|yes|yeah|yep|wait|actually|ok|okay|hmm|oh|nah|never mind|i|we)\b)/gi,
      ' ',
    )
    // "add a high priority task to renew the domain": the task, then how urgent
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*add)\s+an?\s+(high|low|medium|top|urgent)(?:\s+|-)(?:priority\s+|prio\s+)?(?:task|reminder|todo|to-do|item)\s+(?:to\s+)?(.+)$/i,
      (_, lead: string, level: string, rest: string) =>
        `${lead} ${rest} ${/urgent/i.test(level) ? 'urgent' : `${level} priority`}`,
    )
    // "hang on, Fridays I work from home, so only Monday to Thursday": why, then the days
    .replace(
      /^(?:(?:hang on|wait|actually|oh|no|sorry)[,\s]+)+[^,]+,\s*so\s+only\s+((?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:to|-|through|till)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s*(?:,|and|&)\s*)?)+)$/i,
      'make it every $1',
    )
    // "whats due this wk": week
    .replace(/\b(this|next|last)\s+wk\b/gi, '$1 week')
    // "add a high-priority task to …": the priority, said as one word
    .replace(/\b(high|low|medium|top)-(priority|prio)\b/gi, '$1 $2')
    // "remind me lunchtime tmrw to ring the school", "remind me tomorrow evening at quarter to
    // six to put the lasagne in": the deed, then when
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*remind\s+me)\s+(.+)$/i,
      (m, lead: string, rest: string) => {
        const at = [...rest.matchAll(/\s+to\s+(?=[a-z]+\b)/gi)].find(
          (x) =>
            looksLikeWhen(rest.slice(0, x.index)) &&
            /^[a-z]+/i.test(rest.slice(x.index + x[0].length)),
        );
        return at
          ? `${lead} to ${rest.slice(at.index + at[0].length)} ${rest.slice(0, at.index)}`
          : m;
      },
    )
    // "give it a date, 10 days from now": due then; "give the first one a new date, next
    // Wednesday": move it then
    .replace(
      /^(?:give|put|set)\s+(?:it|that)\s+a\s+(?:date|due date|deadline)\s*[,:—–-]?\s*(?:of\s+|for\s+)?(?=\S)/i,
      'due ',
    )
    .replace(
      /^(?:give|set)\s+(.+?)\s+a\s+new\s+(?:date|day|due date|deadline)\s*[,:—–-]?\s*(?:of\s+|to\s+|for\s+)?(?=\S)/i,
      'move $1 to ',
    )
    // "move the blog post to the morning of the same day, 10am": the time, that day
    .replace(
      /\bto\s+the\s+(?:morning|afternoon|evening)\s+of\s+the\s+same\s+day\s*,?\s*(?:at\s+)?(?=\d)/gi,
      'to ',
    )
    // "stop it repeating after this one": no more after this
    .replace(/\b(stop\s+(?:it|that|them)\s+repeating)\s+after\s+(?:this|the next)\s+one\b/gi, '$1')
    // "I'm giving the weekly shop a miss this week", "I'll skip the bathroom this week": skip it
    .replace(
      /^(?:i'?m|i am|we'?re|we are)\s+(?:giving|going to give|gonna give)\s+(.+?)\s+a\s+miss\b/i,
      'skip $1',
    )
    .replace(/^(?:i'?ll|i will|we'?ll|i'?m going to|i'?m gonna)\s+(?:just\s+)?skip\s+/i, 'skip ')
    // "grand, put it in for Thursday so", "lovely, tick it off" (Irish, and everyone): fine
    .replace(
      /^(?:grand|lovely|brilliant|class|sound|cool|great|nice|perfect|super|champion|mint|sweet)(?:\s+(?:so|then|stuff|job))?\s*[,!.—–-]+\s*(?=\S)/i,
      '',
    )
    // "shoot, it's 3 not 2", "dang it - Tuesday": a slip noticed, said as people do
    .replace(
      /^(?:shoot|dang(?: it)?|darn(?: it)?|drat|blast|bugger|crap|damn(?: it)?|dammit|damnit|feck|fudge|heck|shucks|rats|bother|argh+|aargh+|bah|doh|d'oh)\s*[,!.—–-]+\s*/i,
      'oops, ',
    )
    // "it's owen that needs reopening", "it's the blue one that wants deleting": that deed, to it
    .replace(
      /(^|[,;]\s*)it(?:'s|\s+is|\s+was)\s+(.+?)\s+that\s+(?:needs?|wants?|should be|has to be|is to be)\s+(re-?open|tick(?:ing|ed)?\s+off|delet|remov|cancel+)(?:ing|ed|e)?$/i,
      (_, lead: string, which: string, deed: string) =>
        `${lead}${({ delet: 'delete', remov: 'remove' } as Record<string, string>)[deed.toLowerCase()] ?? deed.replace(/(?:ing|ed)(?=\s+off$)/i, '').replace(/l+$/i, 'l')} ${which}`,
    )
    // "there's no note, ok add one saying …" (after asking about a note): a note saying it
    .replace(
      /^(?:(?:there'?s|theres)\s+no\s+(?:note|description)(?:\s+on\s+it)?[,.\s]+)?(?:(?:ok|okay|right|so|then)[,\s]+)*(add|put|write)\s+one\s+(saying|that says|:)/i,
      '$1 a note $2',
    )
    // "it's the gym one I meant": I meant the gym one
    .replace(
      /(^|[,;]\s*)it(?:'s|\s+is|\s+was)\s+((?:the|my|that)\s+[^,;]+?)\s+(?:that\s+|which\s+)?(i|we)\s+(meant|mean)\b(?!\s+(?:to|it|that)\b)/gi,
      (_, lead: string, what: string, who: string, verb: string) => `${lead}${who} ${verb} ${what}`,
    )
    // "I did it at the post office this morning": where and when, not which
    .replace(
      /\b(i|we)\s+(did|done|sorted|paid|renewed|posted|sent|booked|finished)\s+(it|that|them)\s+(?:at|in|on|down|over|this|last|yesterday|earlier|today)\b[^,.;]*/gi,
      '$1 $2 $3',
    )
    // "thank youuu", "yesss": a letter held on
    .replace(/(?<=[a-z])([a-z])\1{2,}\b/g, '$1')
    // "what do i even have on here": "even" says how lost someone is, not what they ask
    .replace(/\b(do|did|does|have|am|are|is)\s+(i|we|you)\s+even\b/gi, '$1 $2')
    // "the second one please delete", "task 3 remove": the task, then what to do with it
    .replace(
      /^((?:the\s+)?(?:first|second|third|fourth|fifth|last|top|bottom|other)\s+one|task\s+#?\d+|#\d+)\s*,?\s+(?:(?:please|pls|kindly)\s+)?(delete|remove|erase|complete|finish|tick off|cross off|reopen)(?:\s+(?:please|pls|it))?$/i,
      '$2 $1',
    )
    // "and put buy stamps on it too", "put mow the lawn on", "and put buy more twine as well":
    // a task put on the list ("put clean sheets on the bed" is a task of its own)
    // ("and stick 'buy more plasters' on too": the quotes are the title's)
    .replace(
      /^((?:and|also|oh and)\s+)?(?:put|stick|pop|bung|chuck|whack)\s+["'`]([^"'`]+)["'`]\s+on(?:\s+(?:it|there|the list|my list))?(?:\s+(?:too|as well|please))*$/i,
      (_, lead: string | undefined, title: string) => `${lead ?? ''}add ${title}`,
    )
    .replace(
      /^((?:and|also|oh and)\s+)?put\s+([a-z]+)\s+(.+?)(?:\s+on(?:\s+(?:it|there|the list|my list))?)?(?:\s+(?:too|as well|please))?$/i,
      (m, lead: string | undefined, verb: string, rest: string) =>
        TASK_VERBS.has(verb.toLowerCase()) &&
        !/^(?:clean|clear|dry|empty|open|close|free|warm|cool|tidy|fix|set|check)$/i.test(verb) &&
        (/\son(?:\s+(?:it|there|the list|my list))?(?:\s+(?:too|as well|please))?$/i.test(m) ||
          /\s(?:too|as well)$/i.test(m))
          ? `${lead ?? ''}add ${verb} ${rest}`
          : m,
    )
    // "add one more buy a new school bag": the task itself
    .replace(
      /(^|\b(?:and|then)\s+)((?:and\s+)?(?:add|put))\s+(?:one more(?: task| item| thing| todo)?|another(?: one| task| item| thing| todo)?)\s*[:,-]?\s+(?!(?:one\s+)?(?:just\s+)?like\s+(?:that|this|it|the\s+last)\b)(?=\S+\s+\S)/gi,
      '$1$2 ',
    )
    // "and perhaps one more, if you'd be so kind: order more logs": the request itself
    .replace(/\s*,?\s*\bif you(?:'d| would) be so (?:kind|good)\b\s*[:,]?\s*/gi, ' ')
    .replace(/^((?:and|also|oh)\s+)perhaps\s+/i, '$1')
    // "lawn's mowed, cheers": the news, with thanks after it
    .replace(
      /^(?!(?:no|nope|ok|okay|yes|yeah|great|perfect|lovely|brilliant|cool|nice|good|that's (?:all|it)|all good|sure)\b)(.{3,}?)\s*[,.!-]+\s*(?:cheers|thanks|thank you|thank u|ta|thx|tysm|ty|grazzi|gracias|merci|danke|asante|shukran|dhanyavaad|dhanyavad|ndatenda|salamat|obrigad[oa]|diolch|go raibh maith agat|dankie|ngiyabonga|medaase|e se)(?:\s+(?:mate|a lot|so much|heaps|very much|sana|po|dear|love|darling|pet|hun|hon|x+))*\s*[.!x]*$/i,
      '$1',
    )
    // "the diary review is complete for this week": done, this time round
    .replace(
      /\b(done|complete|completed|finished|sorted|ticked off)\s+for\s+(?:this|the)\s+(?:week|month|year|fortnight)\b/gi,
      '$1',
    )
    // "I should be most grateful if you would add …", "we'd be obliged if you could …": please
    .replace(
      /\b(?:i|we)\s*(?:should|would|'d|will|shall)\s+be\s+(?:most\s+|very\s+|so\s+|really\s+|ever\s+so\s+|extremely\s+|truly\s+)?(?:grateful|obliged|thankful|delighted|glad|pleased)\s+if\s+you\s+(?:would|could|can|will|'d|might)\s+(?:kindly\s+|please\s+)?/gi,
      'please ',
    )
    // "would you also be kind enough to add a note": please add a note
    .replace(
      /\b(?:would|could|will|can)\s+you\s+(also\s+)?(?:please\s+)?be\s+(?:so\s+)?(?:kind|good)(?:\s+enough)?\s+(?:as\s+)?to\s+/gi,
      (_, also?: string) => `${also ?? ''}please `,
    )
    // "add buy printer ink add return the library books add call dad": said without stops
    .replace(/^add\s+\S.*$/i, (m) => {
      const pieces = m
        .split(/(?<!\b(?:and|also|then|to|or|please|pls|,|;))\s+add\s+(?=\S)/i)
        // ("add wash the seat covers period add buy wipes": the dictated stop is no word)
        .map((p) =>
          p
            .replace(/\s+(?:period|full stop|comma)$/i, '')
            // ("… add another task buy icing sugar": the task itself)
            .replace(
              /^(?:another|one more)(?:\s+(?:one|task|item|thing|todo))?\s*[:,-]?\s+(?=\S+\s+\S)/i,
              '',
            ),
        );
      return pieces.length > 1 && pieces.every((p) => /\S+\s+\S/.test(p.replace(/^add\s+/i, '')))
        ? pieces.join('; add ')
        : m;
    })
    // "Kindly note that the auditor's email has now been attended to": news, said formally
    .replace(
      /^(?:(?:please|kindly|pls)\s+)?(?:note|be advised|be informed)\s+that\s+(?=.+\s(?:has|have|is|are|was|were)\s+(?:now\s+|finally\s+|already\s+)*(?:been\s+)?(?:done|completed|finished|sorted|attended to|seen to|dealt with|actioned|handled|taken care of|\w+ed)\b)/i,
      '',
    )
    // "action the stakeholder sync item as complete": mark it so, said in office words
    .replace(
      /\baction\s+(.+?)\s+as\s+(done|complete|completed|finished|closed)\b/gi,
      'mark $1 as $2',
    )
    // "and anither wan, pay the factor" (Scots), "and also other one: send photos": another one
    .replace(/\b(?:anither|anuther|anotha|annother|anothr)\s+(?:wan|wun|one)\b/gi, 'another one')
    // "And other: bring the mate" (Spanish "otra"): another one
    .replace(/^((?:and|also|plus)\s+)other\s*:\s*(?=\S)/i, '$1another one: ')
    .replace(/\b(?:anither|anuther|anotha|annother|anothr)\b/gi, 'another')
    .replace(/^((?:and|also)\s+)(?:also\s+)?(?:an?\s+)?other\s+one(?=\s*[:,-])/i, '$1another one')
    // "would ya ever put down …" (Irish), "gonnae add …" (Scots): please
    .replace(/^(?:would|will|could)\s+(?:you|ya|ye|yez)\s+ever\s+/i, 'please ')
    .replace(
      /^(?:gonnae|gonna|gunna)\s+(?:(?:you|ye|ya)\s+)?(?=(?:add|put|mark|tick|delete|remove|change|move|stick|pop|note|jot)\b)/i,
      'please ',
    )
    // "todo/ ring the school", "task/ …": a new task, said the short way
    .replace(/^(?:todo|to-do|task|new)\s*\/\s*(?=\S)/i, 'add ')
    // ", sound" (Irish), ", cheers": thanks
    .replace(/,\s*sound\s*[.!]*$/i, '')
    // "at 9h", "9h30" (French and German usage): a time of day
    // (not in a note's own words: "description: pickup at 10h" is kept as written)
    .replace(
      /\b([01]?\d|2[0-3])h([0-5]\d)\b/g,
      (m, h: string, min: string, at: number, all: string) =>
        NOTE_BEFORE.test(all.slice(0, at)) ? m : `${h}:${min}`,
    )
    .replace(
      /\b(at|à|um|by|for)\s+([01]?\d|2[0-3])h\b/gi,
      (m, w: string, h: string, at: number, all: string) =>
        NOTE_BEFORE.test(all.slice(0, at)) ? m : `${w} ${h}:00`,
    )
    // "Put 'Ring the garage' in for half past two tomorrow", "make a task 'X' for July": add it
    .replace(
      /^(?:(?:please|pls|can you|could you|would you|will you|(?:(?:i|do you|you)\s+)?(?:reckon|think)\s+you\s+(?:could|can)|any chance you could)\s+)?(?:put|pop|stick|chuck|bung|whack|make|create|add|jot|write)(?:\s+(?:in|down|on))?\s+(?:a\s+(?:new\s+)?(?:task|todo|reminder)\s+)?(["'“‘])(.+?)(?:\1|[”’])\s+(?:in\s+|down\s+|on\s+)?(?=(?:for|on|at|by|due|tomorrow|today|tonight|next|this|in)\b)/i,
      // (the quote marks it had, so an apostrophe inside stays a word's: "the Hendersons' kelpie")
      (_, q: string, title: string) =>
        `please add ${q === '"' || q === '“' ? '"' : "'"}${title}${q === '"' || q === '“' ? '"' : "'"} `,
    )
    // "schedule renew the domain name in 3 days": a task to do then
    .replace(/^(?:please\s+)?schedule\s+(?=([a-z]+)\s)/i, (m, verb: string) =>
      TASK_VERBS.has(verb.toLowerCase()) && verb.toLowerCase() !== 'schedule' ? 'add ' : m,
    )
    // "plumber ✔ / Jo ✔ / bin bags ✗": ticks and crosses, one thing each
    .replace(/^.*[✔✓☑✅✗✘❌].*$/u, (m) =>
      m
        .replace(/\s*\/\s*/g, ', ')
        // ("turn wheels ✓ wash rinds ✓": a mark between two things ends the first)
        .replace(/(?<=[\p{L}\p{N}')])[ \t]*[✔✓☑✅]\uFE0F?(?=[ \t]+\p{L})/gu, ' done,')
        .replace(/(?<=[\p{L}\p{N}')])[ \t]*[✗✘❌]\uFE0F?(?=[ \t]+\p{L})/gu, ' not done,')
        .replace(/\s*[✔✓☑✅]\uFE0F?/gu, ' done')
        .replace(/\s*[✗✘❌]\uFE0F?/gu, ' not done'),
    )
    // "Dear assistant, … Kind regards, Margaret": a letter's greeting and sign-off
    .replace(/^dear\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*[,:!]\s*/iu, '')
    .replace(
      /(?:[\s,.]*|\s*[-—–]+\s*)(?:kind(?:est)?\s+regards|best\s+regards|warm\s+regards|regards|best\s+wishes|yours\s+(?:sincerely|faithfully|truly)|many\s+thanks|with\s+thanks)\s*,?\s*(?:[\p{Lu}][\p{L}-]*)?[.!]*$/iu,
      '',
    )
    .replace(/^(?:please\s+)?be\s+advised\s+that\s+(?=.+\s(?:has|have|is|are|was|were)\s)/i, '')
    // "tick that yin off" (Geordie), "it's done noo" (Scots), "mark it of": one, now, off
    .replace(/\b(that|this|the other|the last|the first|the next)\s+yin\b/gi, '$1 one')
    .replace(/\bnoo\b/gi, 'now')
    .replace(/\b(mark|tick|cross|check)\s+(it|that|them)\s+of\b/gi, '$1 $2 off')
    // "DTH recharge ho gaya", "mark kar do" (Hindi): done, mark it done
    .replace(/\s+ho\s+gaya\b/gi, ' done')
    .replace(/^(mark|tick)\s+kar\s+do$/i, '$1 it done')
    // "rakhi wala task delete karo": delete the rakhi one ("wala": the one of)
    .replace(
      /^(.+?)\s+(delete|remove|add|complete|reopen|mark done|done)\s+(?:karo|kar do|kardo|kar dijiye|kijiye|karna)$/i,
      '$2 $1',
    )
    .replace(/\b(\p{L}+)\s+wal[ae]\s+(task|one|kaam)\b/giu, 'the $1 one')
    // "…, job done", "job's a good 'un": done
    .replace(/[\s,]+job(?:'s|\s+is)?\s+done[.!]*$/i, ', done')
    // "knock that one on the head", "get shot of it", "spike the allotments pitch": scrapped
    .replace(/\bknock\s+(.+?)\s+on\s+the\s+head\b/gi, 'delete $1')
    .replace(/\bget\s+shot\s+of\s+/gi, 'get rid of ')
    .replace(/^spike\s+(?=the\s)/i, 'delete ')
    // "put a line through the chimney sweep": crossed off, done
    .replace(/\bput\s+a\s+line\s+through\s+/gi, 'cross off ')
    // "can u check smth for me": a question to come, not a task ticked ("check" is a look)
    .replace(
      /^((?:(?:can|could|would|will)\s+(?:you|u|ya)\s+)?(?:please\s+|pls\s+)?)(?:check|look up|look into)\s+(?:something|smth|sth|a thing)(?:\s+for\s+me)?(?:\s+(?:please|pls))?\s*[?.!]*$/i,
      'quick question',
    )
    // "Steam Next Fest submission: 3 days earlier and drop it to p2": the change after the
    // colon, then the other one
    .replace(
      /^(?!(?:(?:please|pls|ok|okay|and|also)\s+)*(?:add|note|notes|todo|to-?do|task|new|reminder|remind|jot|list|shopping|buy|get|put|write|create)\b)([^:,]{3,60}):\s*([^:]+?)\s*,?\s+and\s+(?:then\s+)?(?=(?:drop|raise|bump|lower|make|set|move|push|tag|label|mark|give|put|change|shift|bring|knock)\s+(?:it|that|this)\b)/i,
      '$1: $2. ',
    )
    // "Corinne's balayage is moving, same time but the day after": move it to the day after
    .replace(
      /^((?:the\s+|my\s+)?[^,]{3,60}?)\s+(?:is|are|'s|’s)\s+(?:moving|being moved|shifting|changing|going)\s*,?\s*(?:(?:to\s+)?(?:the\s+)?same\s+(?:time|hour)\s*,?\s*(?:but\s+)?)?(?:to\s+)?(?=(?:the\s+day\s+after|the\s+next\s+day|the\s+day\s+before|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i,
      'move $1 to ',
    )
    // "Saturdays are off now, only Friday and Sunday", "it's only on Fridays now": the repeat on
    // those days alone
    .replace(
      /^((?:(?:actually|so|ok|okay|and|now|sorry|no)[,\s]+)*)(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?(?:\s*(?:,|and|&)\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?)*\s+(?:are|is)\s+(?:off|out|dropped|cancelled|canceled|gone|not happening|no more)(?:\s+now)?\s*[,;.]\s*(?:so\s+)?)?(?:it's\s+|its\s+|it\s+is\s+|just\s+)?only\s+(?:on\s+)?((?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?(?:\s*(?:,|and|&)\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?)*)(?:\s+now|\s+from now on|\s+then)?[.!]*$/i,
      (whole, lead: string, days: string) =>
        // (one day, said once: a date, not a repeat)
        /\s*(?:,|and|&)\s*|s$/i.test(days) ? `${lead}make it every ${days}` : whole,
    )
    // "now is Wednesday and also Sunday": now every Wednesday and Sunday
    .replace(
      /\b((?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?)\s+and\s+also\s+((?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?)\b/gi,
      '$1 and $2',
    )
    // "Would it be possible to mark the stamps one as done?" … "And maybe the blender one too?":
    // asked politely, the same again
    .replace(
      /^((?:and|also|plus)\s+)(?:maybe\s+|perhaps\s+|possibly\s+)?((?!(?:is|are|was|were|has|have|did|does|do)\b)\S.*?\s+(?:too|as well))\s*\?+$/i,
      '$1$2',
    )
    // "…has arrived, so that one can be closed": tick it off
    .replace(
      /\b(that|this|it)(\s+one)?\s+can\s+(?:now\s+)?be\s+(?:closed(?:\s+out)?|ticked(?:\s+off)?|marked\s+(?:as\s+)?(?:done|complete)|completed|crossed\s+off|checked\s+off|finished|signed\s+off)\b/gi,
      'tick $1$2 off',
    )
    // "The doctor says I should take the tablet at half past nine from now on, not eight": what
    // was said to do, the old time after "not" aside
    .replace(
      /^(?:so\s+)?(?:the\s+|my\s+)?(?:doctor|doc|gp|nurse|dentist|vet|boss|coach|teacher|physio|pharmacist|consultant|midwife|trainer)\s+(?:says?|said|told\s+me|wants\s+me|reckons)\s+(?:that\s+)?(?:i\s+)?(?:should|must|need\s+to|have\s+to|ought\s+to|to)\s+(?=\S)/i,
      '',
    )
    .replace(
      /(\bat\s+[^,]*?\S)\s*,\s*not\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight)\s*[.!]*$/i,
      '$1',
    )
    // "the show notes don't need to repeat any more": they no longer repeat
    .replace(
      /\b(?:doesn['’]t|don['’]t|dont|does\s+not|do\s+not|won['’]t|will\s+not)\s+(?:need|have)\s+to\s+(repeat|recur)(?=(?:\s+any\s*more|\s+any\s+longer|\s+now)?[.!]*$)/i,
      'no longer $1',
    )
    // "The kennels don't need cleaning at weekends, make it weekdays only", "Practice English
    // don't need every day, change to every Monday": the task, then its change
    .replace(
      /^((?:the\s+|my\s+)?[^,]{3,60}?)\s+(?:doesn['’]t|don['’]t|dont|does\s+not|do\s+not|no\s+longer)\s+needs?\s+[^,]{2,60}?\s*,\s*(?:so\s+)?(?:(make|set|switch)\s+(?:it|that)|change(?:\s+(?:it|that))?\s+to|just)\s+/i,
      (_, task: string, verb?: string) =>
        `${verb ? verb.toLowerCase() : 'change'} ${task} ${verb ? '' : 'to '}`,
    )
    // "The headcount to the venue needs a time, 17:00": that task, at that time
    .replace(
      /^((?:the\s+|my\s+)?[^,:]{3,60}?)\s+(?:needs?|wants?|should\s+have|has\s+to\s+have)\s+(?:a\s+|an\s+)?(?:time|date|due\s+date|deadline|day)(?:\s+(?:set|on\s+it|too))?\s*[,:;–—-]\s*(?:(?:make\s+it|say|put|at)\s+)?(?=\S)/i,
      // ("sort the loft doesn't need a date, get rid of it": no date wanted, said otherwise)
      (whole, task: string) =>
        /\b(?:doesn['’]t|don['’]t|dont|does\s+not|do\s+not|no\s+longer|never|won['’]t|not)$/i.test(
          task,
        )
          ? whole
          : `${task}: `,
    )
    // "take the humidity check out of the daily label", "remove the van one from the #work tag":
    // that label off it (never the task removed)
    .replace(
      /\b(?:remove|take|pull|drop|get)\s+(.+?)\s+(?:out\s+of|from|off)\s+(?:the\s+|its\s+|my\s+)?#?([\p{L}\p{N}_-]+)\s+(?:label|tag)\b(\s+and\s+(?=(?:make|set|move|put|mark|give|bump)\s+(?:it|that)\b))?/giu,
      (_, task: string, label: string, then?: string) =>
        `take the ${label} tag off ${task}${then ? '. ' : ''}`,
    )
    .replace(/\b(make\s+(?:it|that)\s+)actually\s+(?=repeat|recur)/gi, '$1')
    // "no rush, make it p4 and whenever": the remark aside, and no date
    .replace(/^(?:no|not\s+a|there's\s+no)\s+rush\s*[,.;!–—-]+\s*(?=\S)/i, '')
    .replace(/(\bmake\s+(?:it|that)\s+[^,.;]*?\s+and\s+)whenever(?=[.!]*$)/i, '$1no date')
    // "and another one the same for Sam: 'Review Sam's game'": the title quoted is the one to add
    .replace(
      /^((?:and|also|plus)\s+)?(?:another|one\s+more|one)(?:\s+one)?(?:\s+(?:the\s+same|like\s+(?:that|it)))?\s+for\s+[\p{L}'’ -]{1,40}?\s*:\s*(?=["“‘']\S.*["”’']\s*[.!]*$)/iu,
      '$1another one: ',
    )
    // "drill went back to Tom, also remove the birthday card one": the news, then the request
    .replace(
      /^([^,.;!?]{6,}?)\s*,\s*also\s+(?=(?:please\s+)?(?:remove|delete|add|tick|mark|move|push|rename|reopen|bin|scrap|drop|cancel|put|take|bump|change|set|make)\b)/i,
      (whole, before: string) =>
        // (the news is told: a word of the past in it; a request before "also" stays one)
        /\b(?:[a-z]{3,}ed|went|gone|came|got|sent|paid|done|sorted|is|are|was|were|'s)\b/i.test(
          before,
        ) &&
        !/^(?:(?:please|pls|can you|could you)\s+)*(?:remove|delete|add|tick|mark|move|push|rename|reopen|bin|scrap|drop|cancel|put|take|bump|change|set|make)\b/i.test(
          before,
        )
          ? `${before}. Also `
          : whole,
    )
    // "the lambing shed is mucked out now, lovely": the news, the approval after it aside
    .replace(
      /(\S\s+\S+)\s*,\s*(?:lovely|brilliant|brill|grand|sound|nice one|legend|ace|smashing|champion|sorted)\s*[.!]*$/i,
      '$1',
    )
    // "oh and move it an hour earlier": and move it
    .replace(/^(?:oh|ah|um+|uh+|er+m?|hmm+)[,\s]+and\s+(?=\S)/i, 'and ')
    // "oh and start it an hour earlier", "have it two days later": move it so
    .replace(
      /\b(?:start|begin|do|have|hold|run)\s+(it|that|this|them)\s+(?=(?:an?|one|two|three|four|five|six|\d{1,3}|half\s+an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?:earlier|later|sooner)\b)/gi,
      'move $1 ',
    )
    // "she wants the day after instead, same time", "they'd prefer it on Friday": move it then
    .replace(
      /^((?:(?:oh|ok|okay|so|and|but|actually|sorry)[,\s]+)*)(?:she|he|they|the\s+client|the\s+customer)(?:\s+(?:wants?|prefers?|would\s+(?:like|prefer)|asked\s+for)|['’]d\s+(?:like|prefer))\s+(?:it\s+|that\s+)?(?:on\s+)?(?=(?:the\s+day\s+after|the\s+next\s+day|the\s+day\s+before|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b))/i,
      '$1move it to ',
    )
    // "it's a priority 2", "make it priority 1": that priority
    .replace(
      /\ba\s+priority\s+([1-4])(?=\s*(?:[.!,;]|$|\s+(?:and|please|pls|now|too|then)\b))/gi,
      'p$1',
    )
    // "only needs doing once a year now", "once a fortnight": every year, every 2 weeks
    .replace(/\bonce\s+(?:a|per|every)\s+(day|week|month|year|fortnight)\b/gi, 'every $1')
    // "make it a repeating thing, every 28 days": make it repeat every 28 days
    .replace(
      /\b(make|set|have)\s+(it|that|this|them)\s+(?:a\s+)?(?:repeating|recurring|regular)\s+(?:thing|task|one|job|item)\s*[,:-]?\s*(?=(?:every|each|daily|weekly|monthly|yearly)\b)/gi,
      '$1 $2 repeat ',
    )
    // "is better one hour before" (said in Spanish English): make it so
    .replace(
      /^((?:(?:and|but|no|ok|okay|so|sorry)[,\s]+)*)(?:it\s+|it's\s+)?(?:is|was)\s+better\s+(?:if\s+(?:it's|it\s+is)\s+)?(?=\S)/i,
      '$1make it ',
    )
    // "the council's changed it to Wednesdays", "they've moved it to 3pm": news of the change,
    // so change it so
    .replace(
      /^((?:(?:actually|oh|ok|okay|so|right|update|fyi|ugh|argh|hmm+|damn|bah|blast|great|typical)[,:!\s]+)*)(?!(?:i|i've|you|you've)\b)(?:the\s+|my\s+|our\s+)?[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2}?(?:'s|’s|\s+has|\s+have|'ve|’ve)\s+(?:changed|moved|switched|shifted|put)\s+(it|that|this|them)\s+to\s+(?=\S)/iu,
      '$1change $2 to ',
    )
    // "Put this email in its description: …", "record the following in its description: …": a
    // note with those words
    .replace(
      /^((?:(?:please|pls|kindly|and|also|then)[,\s]+)*)(?:put|record|write|add|set|paste|copy|stick|pop|save|enter|jot)\s+(?:(?:this|that|the\s+following|these\s+(?:details|lines|words)|the\s+(?:email|message|text))(?:\s+(?:email|message|text|note|line|bit))?\s+)?(?:in(?:to)?|as|on(?:to)?|under)\s+(?:its|the|it's|their)\s+(?:description|notes?|desc|details)\s*:\s*/i,
      '$1add a note: ',
    )
    // "reopen it and add a note: …", "reopen the gutters one, also note on it: …": two requests,
    // the note's words after the colon its own
    .replace(
      /(\S)\s*,?\s+and\s+(?=(?:add|put|set|write|stick|pop|leave)\s+(?:a|the|this)\s+(?:note|description|desc)\s*:)/i,
      '$1. ',
    )
    .replace(
      /(\S)\s*[,;]\s*(?:and\s+)?also\s+(?=(?:(?:add|put|set|write|stick|pop|leave)\s+(?:a|the|this)\s+(?:note|description|desc)|note\s+(?:on|to)\s+(?:it|that|this))\s*:)/i,
      '$1. ',
    )
    // "Put as description: the vet is closed on Wednesday": the description
    .replace(
      /^(?:(?:and|also|then)[,\s]+)?(?:put|write|set|add|have)\s+(?:(?:it|that|this)\s+)?as\s+(?:the\s+|a\s+|its\s+)?(description|note|desc)\s*:/i,
      '$1:',
    )
    // "wrong one, put that back and delete the mechanic instead": the slip, then what undoes it
    .replace(
      /^((?:(?:oh\s+no|oops|sorry|argh|whoops|ah)[,!.\s]+)*)(?:(?:that's|that was|it's)\s+the\s+)?wrong\s+one\s*[,!.;:—–-]+\s*(?=(?:please\s+)?(?:put\s+(?:that|it)\s+back|undo|bring\s+(?:that|it)\s+back|restore)\b)/i,
      '',
    )
    // "…, not bothering anymore": why it goes, said after
    .replace(
      /\s*[,;—–-]+\s*(?:(?:i'm|im|i am)\s+)?(?:not bothering|no longer (?:needed|bothering|necessary|relevant|wanted)|not needed|(?:i\s+)?(?:don't|dont|do not) need (?:it|them|that|one|those)|not worth it)(?:\s+(?:with (?:it|them|that))?(?:any ?more|any longer|now|tbh|lol|really))*[.!]*$/i,
      '',
    )
    // "what about physio, done?", "and the boiler - sorted?": whether it is done
    .replace(
      /^(?:(?:and|so|ok|okay|oh)[,\s]+)?(?:(?:what|wat|wot|how)\s+about\s+)?((?:the\s+|my\s+)?[^,?]{2,60}?)\s*(?:,|\s[-–—])\s*(?:is\s+(?:it|that)\s+|(?:it|that)'s\s+)?(done|finished|sorted|ticked off|complete|completed)(?:\s+yet)?\s*\?+$/i,
      'is $1 $2?',
    )
    // "what priority did I give the tax return", "what label did I put on the boiler one":
    // what it has
    .replace(
      /^(?:(?:and|so|ok|okay|remind me)[,\s]+)?what\s+(priority|labels?|tags?|date|due date|deadline|time)\s+(?:did|have)\s+(?:i|we|you)\s+(?:give|gave|given|put|set|assign(?:ed)?|attach(?:ed)?)\s+(?:(?:to|on|for)\s+)?(.+?)(?:\s+(?:again|earlier|before))?\s*\??$/i,
      (_, what: string, task: string) =>
        /^(?:labels?|tags?)$/i.test(what)
          ? `what labels does ${task} have?`
          : /^priority$/i.test(what)
            ? `what priority is ${task}?`
            : `when is ${task} due?`,
    )
    // "what's not scheduled yet?", "anything unscheduled?": those without a date
    .replace(
      /^(?:(?:and|so|ok|okay)[,\s]+)?(?:what(?:'s|\s+is|\s+are|\s+isn't|\s+aren't)?|which(?:\s+(?:tasks?|ones?|things?))?(?:\s+(?:are|is|aren't|isn't))?|anything|any\s+tasks?)\s+(?:(?:not|still\s+not)\s+(?:scheduled|dated|planned|booked in|given a date)|unscheduled|undated|without\s+(?:a\s+)?(?:day|time|date))(?:\s+(?:yet|so far|at the moment))?\s*\??$/i,
      'which tasks have no due date?',
    )
    // "what haven't I put a date on yet", "which ones have I not dated": those without a date
    .replace(
      /^(?:(?:and|so|ok|okay)[,\s]+)?(?:what|which(?:\s+(?:tasks?|ones?))?)\s+(?:haven't|have not|didn't|did not|have)\s+(?:i|we)\s+(?:not\s+)?(?:put|set|given?|added)\s+(?:a\s+)?(?:due\s+)?(date|deadline|priority|label|tag)s?\s+(?:on|to|for)(?:\s+yet)?\s*\??$/i,
      (_, what: string) =>
        /^(?:date|deadline)$/i.test(what)
          ? 'which tasks have no due date?'
          : /^priority$/i.test(what)
            ? 'which tasks have no priority?'
            : 'which tasks have no label?',
    )
    // "can you add it for every monday evening?": when the task just talked about is
    .replace(
      /^((?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?)(?:add|schedule)\s+(?:it|that|this)(?:\s+in|\s+down)?\s+(?:for|on|at)\s+(?=(?:every|each|daily|weekly|monthly|tomorrow|today|tonight|next|this|the\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day))/i,
      '$1make it ',
    )
    // "the leaking tap is urgent now, tenant complained": who wanted it, not a task done
    .replace(
      /\s*[,;—–-]+\s*(?:(?:the|my|our|his|her|their)\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:complained|has complained|is complaining|keeps complaining|chased(?:\s+(?:me|us|it))?|insisted|moaned|nagged|kicked off|asked again)(?:\s+(?:again|about it|twice|today|yesterday|this morning))*[.!]*$/iu,
      '',
    )
    // "what's late and what's today": two questions
    .replace(
      /\s+and\s+(?=what(?:'s|\s+is|\s+are|\s+isn't|\s+aren't|\s+hasn't|\s+haven't)(?:\s|\?|$))/gi,
      '. ',
    )
    // ("what's finished and what isn't?": the second asks the first the other way round)
    .replace(
      /\bwhat(?:'s|\s+is|\s+has\s+been|'s\s+been)\s+(done|finished|complete|completed|ticked off|sorted|crossed off)\.\s+what(?:\s+(?:isn't|is\s+not|hasn't|has\s+not)|'s\s+not)(?:\s+(?:been|yet))?\s*(?:\?|$)/gi,
      "what's $1. what's not $1?",
    )
    // "Add pay the HDB season parking on 1st every month can": a request, asked (Singlish)
    .replace(
      /^((?:please\s+)?(?:add|delete|remove|mark|change|move|put|remind)\b.*?)\s+can(?:\s+or\s+not)?\s*$/i,
      '$1',
    )
    // "Grahams' cistern fitted, no leaks": how it went
    .replace(
      /\s*,\s*no\s+(?:leaks?|problems?|issues?|dramas?|bother|hassle|complaints|trouble)\b[^,]*$/i,
      '',
    )
    // "I spoke too soon about the garage door, it's jammed again": not done after all
    .replace(
      /^(?:i\s+)?spoke\s+too\s+soon\s+(?:about|on|with)\s+(.+?)\s*[,;.-]\s*(?:it's|it is|they're|it has)\s+.+\s+again$/i,
      '$1 is not done after all',
    )
    // "please the paprika task delete", "aircon service cancel, no need already": the task,
    // then what to do with it
    .replace(
      /^(?:please\s+)?((?:the\s+)?.+?\s+(?:task|one|item))\s+(delete|remove|cancel)(?=\s*(?:[,.!]|$))/i,
      '$2 $1',
    )
    .replace(/^(.+?)\s+cancel\s*,\s*no\s+need(?:\s+(?:already|anymore|any more))?$/i, 'delete $1')
    // "anyway, what else is on there?": the question
    .replace(/^(?:anyway|anyhow|right then|so anyway)\s*,\s*/i, '')
    // "fursday" (London), "the morra" (Scots), "in the mawnin": Thursday, tomorrow, morning
    .replace(/\bfursday\b/gi, 'thursday')
    .replace(/\bthe\s+morra\b/gi, 'tomorrow')
    .replace(/\bmawnin['g]?\b/gi, 'morning')
    .replace(/\b(task|reminder|todo|me|us)\s+tae\s+/gi, '$1 to ')
    // "phone Morag the night at half six" (Scots): tonight, when a time follows
    .replace(
      /\bthe\s+night(?=\s+(?:at\s+|aboot\s+|about\s+)?(?:\d|half\s|quarter\s|noon|midnight|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))/gi,
      'tonight',
    )
    // "stick collect the prescription on the list for tomorrow": add it, for then
    .replace(
      /^((?:(?:can|could|would) you\s+)?(?:please\s+)?)(?:stick|pop|bung|chuck|whack|throw|jot|put)\s+(?!(?:it|that|this|them|those|these|on|down)\b)(.+?)\s+(?:on|onto|in)\s+(?:the|my)\s+(?:\w+\s+)?list\b(?:\s*[,:]\s*|\s+)(?=(?:for|on|at|by|due|this|next|tomorrow|tonight|today|every)\b)/i,
      '$1add $2 ',
    )
    // "I need to make a task for deliver the translation": the task is what follows
    .replace(
      /^(?:i\s+(?:need|want|would like|'d like|have)\s+to\s+|i\s+wanna\s+|let\s+me\s+|let's\s+)(?=(?:make|create|add|set up|start|open)\s+(?:a\s+|an?\s+new\s+|new\s+)?(?:task|to-?do|reminder|item|entry)\b)/i,
      '',
    )
    // "please make a task: …", "create a reminder: …": add it
    .replace(
      /^((?:(?:can|could|would) you\s+)?(?:please\s+)?)(?:make|create|set up|start|open)\s+(?:a\s+|an?\s+new\s+|new\s+)?(?:task|to-?do|reminder|item|entry)\s*:\s*/i,
      '$1add ',
    )
    // "add a task for tomorrow at noon: call Mrs Adeyemi": the task, then when
    .replace(
      /^((?:(?:can|could|would) you\s+)?(?:please\s+)?(?:add|create|make|set up)\s+(?:a\s+|an?\s+new\s+|new\s+)?(?:task|to-?do|reminder|item|entry)\s+)((?:for|on|at|due)\s+[^:]{2,40}?)\s*:\s*(.+)$/i,
      (m, lead: string, when: string, what: string) =>
        /\d|\b(?:today|tonight|tomorrow|tmrw|noon|midday|midnight|morning|afternoon|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month)\b/i.test(
          when,
        )
          ? `${lead.replace(/\s+(?:a\s+|an?\s+new\s+|new\s+)?(?:task|to-?do|reminder|item|entry)\s+$/i, ' ')}${what} ${when}`
          : m,
    )
    // "add these for school - print the spelling tests - email Mrs Obi - book the hall": a list
    .replace(
      /^((?:(?:can you|could you|please)\s+)*add\s+(?:these|the following|(?:two|three|four|five|six|\d)\s+(?:things|tasks|jobs|items))(?:\s+(?:for|to)\s+[^-–—:]{1,40}?)?)\s+[-–—]\s+(.+\s[-–—]\s.+)$/i,
      (_, head: string, items: string) => `${head}: ${items.split(/\s+[-–—]\s+/).join(', ')}`,
    )
    // "add three tings: …" (patois), "add the ff: …" (the following), "pa-add naman: …"
    // (Tagalog: please add): a list of tasks
    .replace(/\b(two|three|four|five|six|a few|some|dem|these|those)\s+tings\b/gi, '$1 things')
    .replace(/\bthe\s+ff\b\s*:/gi, 'these:')
    .replace(/^(?:pa-?add|paki-?add)(?:\s+(?:naman|po|nga))*\b\s*/i, 'add ')
    // "add ko lang: …" (just adding), "pakipalitan yung title ng X: Y" (please change the
    // title of), "ano pa yung pending ko?" (what's still pending?) (Tagalog)
    .replace(/^add\s+(?:ko\s+)?(?:lang|muna|na)(?:\s+(?:po|naman))?\s*(?=:)/i, 'add')
    .replace(
      /^(?:paki-?palitan|palitan|paki-?change)\s+(?:mo\s+)?(?:yung|ang|ung)\s+(?:title|pangalan)\s+(?:ng|nung|ni)\s+/i,
      'rename ',
    )
    .replace(
      /^ano\s+(?:pa\s+)?(?:yung|ang|ung)\s+(?:pending|natitira|gagawin)(?:\s+ko)?(?:\s+(?:pa|po))*\s*\??$/i,
      "what's pending?",
    )
    // "86 the sea bass special", "eighty-six the jus" (kitchen words): take it off
    .replace(
      /^((?:(?:actually|ok|okay|and|right|chef)[,\s]+)*)(?:86|eighty-six)\s+(?=(?:the|my|that|this|it|those|them)\b)/i,
      '$1delete ',
    )
    // "turn the cheddars needs to go back on": back on the list
    .replace(
      /^(?!(?:it|that|this|he|she|they|i|we)\s)(.+?)\s+needs?\s+to\s+go\s+back\s+on(?:\s+(?:the|my)\s+list)?\b/i,
      'put $1 back on the list',
    )
    // "chuck it back on", "stick that back on the list": back on the list
    .replace(
      /\b(?:chuck|stick|pop|bung|whack|throw)\s+(it|that|them)\s+back\s+on\b/gi,
      'put $1 back on',
    )
    // "pd gas bill": paid
    .replace(/^pd\s+(?=\S)/i, 'paid ')
    // "still need to pay for the trip but the rest is done": everything but that one, done
    .replace(
      /^(?:(?:ok|okay|right|so|well)[,\s]+)*(?:i\s+|we\s+)?still\s+(?:need|have|got)\s+to\s+(.+?)\s*,?\s+but\s+(?:the\s+rest|everything else|all the rest|the others|all the others)(?:\s+(?:is|are|'s|'re|has been|have been))?\s+(?:all\s+)?(done|sorted|finished|complete|completed)\b/i,
      'everything except $1 is $2',
    )
    // "keep buy a card but delete the rest": all the others, deleted
    .replace(
      /(^|[.!?;]\s+)(?:(?:ok|okay|right|so|well)[,\s]+)*(?:just\s+)?keep\s+(.+?)\s*,?\s+(?:but|and)\s+(?:you\s+can\s+|please\s+)?(delete|remove|bin|scrap|ditch|drop|get rid of|clear)\s+(?:all\s+)?(?:the\s+rest|everything else|the others|all the others|the other ones)\b/i,
      '$1$3 everything except $2',
    )
    // "actually it's not urgent, take that off": the priority comes off
    .replace(
      /\b(?:it's|it is|its|that's|that is|this is|it isn't|it's\s+no\s+longer|it\s+is\s+no\s+longer)\s+(?:not\s+)?(?:urgent|important|a priority|high priority|top priority)(?:\s+(?:any\s*more|after all))?\s*[,;.]?\s*(?:so\s+)?(?:(?:please|pls|can you|could you)\s+)?(?:take|remove|drop|clear|get rid of)\s+(?:that|it)(?:\s+off)?\b/gi,
      'remove the priority from it',
    )
    // "do friday same time instead", "let's do the 12th": that day for it
    .replace(
      /(^|[,;.]\s*|\s[-–—]\s*)(?:(?:so|then|ok|okay|eh|hmm)[,\s]+)?(?:better\s+|maybe\s+|let's\s+|lets\s+|we'll\s+|i'll\s+|(?:can|could)\s+(?:we|you)\s+)?do\s+(?:it\s+)?(?:on\s+)?(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th)?|next\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in\s+(?:an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?)|(?:an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?|hours?)\s+(?:later|earlier|sooner))\b(?:\s+(?:same\s+time|at\s+\S+|morning|afternoon|evening|instead|then|please|rather|\d{1,2}(?::\d\d)?\s*(?:am|pm)?))*[?.!]*$)/i,
      // ("can't make tuesday for the refresher, do thursday": the day that works, schedule.ts)
      // ("can we do it 2 days later": moved that far from its day)
      (m: string, lead: string, at: number, all: string) =>
        /\b(?:can't|cannot|can not|won't)\s+(?:make|do)\b/i.test(all)
          ? m
          : /^\S+\s+(?:days?|weeks?|hours?)\s+(?:later|earlier|sooner)\b/i.test(
                all.slice(at + m.length),
              )
            ? `${lead}move it `
            : `${lead}make it `,
    )
    // "remove the urgent tag from it but leave work": what stays needs nothing done
    .replace(
      /(\b(?:remove|take|drop|clear|delete|strip|untag)\b.*\b(?:tags?|labels?|#\S+)\b.*?)\s*,?\s+but\s+(?:leave|keep)\s+(?:the\s+)?#?[\p{L}\d-]+(?:\s+(?:one|tag|label|on|there|as\s+it\s+is))*[.!]*$/iu,
      '$1',
    )
    // "what needs doing urgently?", "which jobs need doing asap": what is urgent
    .replace(
      /^(what|which(?:\s+(?:tasks?|jobs?|ones?|things?))?)\s+(?:needs?|has|have)\s+(?:doing|to\s+be\s+done|to\s+get\s+done|done|sorting|my\s+attention)\s+(?:urgently|asap|most\s+urgently|right\s+away|straight\s+away)\s*([?]?)$/i,
      '$1 is urgent$2',
    )
    // "good news, the landlord gave us an extra week on the inspection clean": more time, given
    // by someone, is the same move as asked for
    .replace(
      /^(?:[^,;:]*[,;:]\s*)?(?:(?:the|my|our)\s+[\p{L}'’ -]{2,30}?|they|he|she)\s+(?:has\s+|have\s+|'s\s+|just\s+)*(?:gave|given)\s+(?:us|me)\s+(?=(?:an?\s+)?(?:extra|more|another|further|\d|two|three|four|five|six|seven|couple|few)\b)/iu,
      'give me ',
    )
    // "can you give me 3 more days on the grant proposal", "give me an extra week for it": later
    .replace(
      /^((?:(?:hmm+|ok|okay|so|actually|right)[,\s]+)*(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|pls\s+)*)(?:(?:give|get|grant|allow)\s+(?:me|us)|(?:can|could|may)\s+(?:i|we)\s+(?:get|have))\s+(?:an?\s+(?=extra|more|another|further|couple|few))?(extra\s+|more\s+|another\s+|further\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|seven|ten|fourteen|couple(?:\s+of)?|few)?\s*(?:more\s+|extra\s+)?(days?|weeks?)(?:\s+(?:more|extra))?(?:\s+(?:on|for|with)\s+(.+?))?(?:\s+(?:please|pls))?\s*[?.!]*$/i,
      (
        m,
        lead: string,
        more: string | undefined,
        n: string | undefined,
        unit: string,
        task?: string,
      ) =>
        !n && !more
          ? m
          : `${lead}push ${task ?? 'it'} back by ${!n || /^an?$/i.test(n) ? 'one' : /^couple/i.test(n) ? 'two' : /^few$/i.test(n) ? 'three' : n} ${/^(?:one|an?)$/i.test(n ?? 'one') ? unit.replace(/s$/, '') : unit.replace(/(?<!s)$/, 's')}`,
    )
    // "hmm the title should just be 'Export stems'": a new title for it
    .replace(
      /^((?:(?:hmm+|no|actually|oh|sorry|wait|ok|okay|and)[,\s]+)*)(?:the\s+|its\s+)?(?:title|name|wording)\s+(?:should|must|needs\s+to|has\s+to|ought\s+to|can)\s+(?:just\s+|only\s+|simply\s+)?(?:be|say|read)\s*:?\s+(?=\S)/i,
      '$1rename it to ',
    )
    // "oh her party is on June 1st, change it to that": that day, for the task talked about
    .replace(
      /^(?:(?:oh|ah|ok|okay|so|well|wait|actually|sorry|no)[,\s]+)*.+?\s+(?:is|'s|falls|will be|was moved)\s+(?:on\s+|to\s+|for\s+)?(.+?)\s*[,;.]\s*(?:so\s+)?(?:(?:can|could)\s+you\s+|please\s+)?(?:change|move|set|make|put|switch)\s+(?:it|that|the\s+date|the\s+day)\s+(?:to\s+|for\s+|on\s+)?(?:that|then|the same)(?:\s+(?:date|day|one|instead|too|then))*(?:\s+(?:please|pls))?[.!]*$/i,
      'make it $1',
    )
    // "Sorry I am wrong, the date is 20 of April": the slip owned, then what is right
    .replace(
      /^((?:(?:sorry|oops|no|ah|oh)[,\s]+)*)(?:i\s+am|i'm|im)\s+(?:wrong|mistaken|in error)\s*[,.;:-]?\s*(?!is\s+the\s)(?=\S)/i,
      (_, lead: string) => `${lead.trim() ? lead.trim().replace(/[,\s]+$/, '') : 'sorry'}, `,
    )
    // "move them to the day after and keep them urgent": what stays as it is needs nothing done
    .replace(
      /\s*,?\s+(?:and|but)\s+(?:still\s+)?keep\s+(?:it|them|that|those|both)(?:\s+(?:as\s+)?(?:urgent|high priority|top priority|p[1-4]|as it is|as they are|as is|the same|tagged|labell?ed|repeating))+(?=\s*[.!]*$)/i,
      '',
    )
    // "it's kinda low priority", "sort of urgent": how urgent, said with a hedge
    .replace(
      /\b(?:kinda|kind of|sort of|sorta|fairly|pretty|quite|rather|somewhat|a bit|a little)\s+(?=(?:low|high|medium|urgent|important|top)(?:\s+(?:priority|prio))?\b)/gi,
      '',
    )
    // "throw that task away", "chuck the gym one out": delete it
    .replace(
      /\b(?:throw|chuck|toss|bin)\s+((?:it|that|this|them)(?:\s+(?:task|one))?|(?:the|that|this|my)\s+(?:[\p{L}\d'-]+\s+){0,4}?(?:task|one|item|reminder))\s+(?:away|out)\b/giu,
      'delete $1',
    )
    // "nevermind about the kettle, found the old one": no longer needed
    .replace(
      /^((?:(?:oh|ok|okay|ah|actually)[,\s]+)*)(?:never\s*mind|nvm|nevermind)\s+(?:about|abt|re)\s+(?=\S)|^((?:(?:oh|ok|okay|ah|actually)[,\s]+)*)(?:never\s*mind|nvm|nevermind)\s+(?=(?:the|my|our)\s)/i,
      (_, a: string | undefined, b: string | undefined) => `${a ?? b ?? ''}forget about `,
    )
    // "Oma is called.", "the landlord has been emailed": that deed done, said of its object
    .replace(
      /^(?!(?:it|that|this|he|she|they|there|who|what)\b)([\p{L}][\p{L}'’ -]{0,40}?)\s+(?:is|are|has been|have been|got)\s+(called|rung|phoned|emailed|texted|messaged|visited|contacted)\s*(?:now|already|too)?\s*[.!]*$/iu,
      'I $2 $1',
    )
    // "job hunt progress check - what have I actually got done?": a heading, then the question
    .replace(
      /^(?:[\p{L}'’-]+\s+){0,4}(?:check|check-?in|update|question|status|progress|review|recap|summary|catch-?up|stock-?take|round-?up)\s*(?:\s[-–—]\s|:|—|–)\s*(?=(?:what|which|how|anything|is\s+there|are\s+there|tell\s+me|show\s+me|did|have)\b)/iu,
      '',
    )
    // "it's ranunculus now not peonies": the new word, then the old one
    .replace(
      /^((?:it's|it is|its|it should be|should be)\s+\S+(?:\s+\S+)?)\s+now\s*,?\s+(?=not\s)/i,
      '$1 ',
    )
    // "my sister rang and apparently it's on me to sort the flowers, can you put that down": the
    // deed that fell to me is the task
    .replace(
      /^.*?\b(?:it's|it is|its)\s+(?:on|up\s+to|down\s+to)\s+(?:me|us)\s+to\s+(.+?)\s*[,;.]\s*(?:so\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:put|add|note|jot|write|stick|pop)\s+(?:that|it|this)(?:\s+(?:down|on\s+(?:the|my)\s+list|in))?(?:\s+(?:please|pls|for\s+me))?[?.!]*$/i,
      'add $1',
    )
    // "bike stuff - what's on there?": the tasks about that
    .replace(
      /^((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+(?:stuff|things|bits|tasks|jobs)\s*(?:\s[-–—]\s*|:|,)\s*what(?:'s|\s+is)\s+(?:on\s+there|there|on\s+the\s+list|on\s+my\s+list)\s*(\??)$/iu,
      'do I have any $1 tasks$2',
    )
    // "add order the cake and put it on the 20th and make it high priority": the task, with its
    // details said as requests of their own
    .replace(
      /^((?:(?:ok|okay|so|right|alright|and)[,\s]+)*(?:(?:please|pls|can you|could you)\s+)*(?:add|remind me to|put down|new task:?)\s+.+?)((?:\s*,?\s+and\s+(?:put|set|make|schedule|have|mark)\s+(?:it|that)\s+(?:(?:on|for|at|due|as|to)\s+)?(?:the\s+\d{1,2}(?:st|nd|rd|th)?|\d[\d:.apm ]*|today|tomorrow|next\s+\w+|this\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|high|low|medium|urgent|top|p[1-4]|every\s+\w+|daily|weekly|monthly)(?:\s+priority|\s+at\s+\S+)?){1,3})\s*[.!]*$/i,
      (_, task: string, details: string) =>
        `${task} ${details.replace(/\s*,?\s+and\s+(?:put|set|make|schedule|have|mark)\s+(?:it|that)\s+(?:(?:for|at|due|as|to)\s+)?/gi, ' ').trim()}`,
    )
    // "set it for the 1st instead of no date": the date, where there was none
    .replace(/\s+instead\s+of\s+(?:no|any|having\s+no)\s+(?:date|time|due\s+date|deadline)\b/gi, '')
    // "guests get in at 3pm so set it for then": the time just said, for the task talked about
    .replace(
      /^(?:[^,]+?)\s+((?:at|on|by|from)\s+[^,]+?)\s*,?\s+so\s+(?:(?:can|could)\s+you\s+|please\s+)?(?:set|make|put|move|change|schedule)\s+(?:it|that)\s+(?:for|to|at|on)\s+(?:then|that(?:\s+time|\s+day)?|the\s+same\s+time)(?:\s+(?:please|pls))?[.!]*$/i,
      'make it $1',
    )
    // "window cleaner: today -> monday": from one day to another
    .replace(
      /^([^:]{2,40}?)\s*:\s*(?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)\s*(?:->|→|=>)\s*(?=\S)/i,
      'move $1 to ',
    )
    // "polish the brass - sooner, tomorrow": the task, then when it moves to
    .replace(
      /^([^,:;]{2,40}?)\s+(?:-|:)\s+(?:sooner|earlier|later|moved|move(?:\s+it)?|push(?:\s+it)?|bring(?:\s+it)?\s+forward)\s*[,:]?\s+(?=(?:to\s+)?(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+\w+|the\s+\d|on\s+\w+)\b)/i,
      'move $1 to ',
    )
    // "add buy shallots, and separately: sharpen the mandoline": each its own task
    .replace(/([,;]\s*(?:and\s+)?)(?:also\s+)?separately\s*[:,-]?\s+(?=\S)/gi, '$1')
    // "please add: pay visa fee, the last day is 20 june": the task, due then
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*(?:add|remind me to|put down|new task)\b.+?)\s*[,;]\s*(?:and\s+)?(?:the\s+)?(?:last\s+day|deadline|due\s+date|cut-?off(?:\s+date)?)\s+(?:is|will\s+be|'s)\s+(?=\S)/i,
      '$1 due ',
    )
    // "add three things for friday: hoover the van, restock leaflets, call Jan": each for friday
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*(?:add|put down|jot down))\s+(?:two|three|four|five|six|\d|some|a few|these|the following)\s+(?:things|tasks|items|jobs|bits)\s+(?:for|on|due)\s+((?:today|tomorrow|(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week|the\s+\d{1,2}(?:st|nd|rd|th)?)(?:\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)?)\s*:\s*(.+?)[.!]*$/i,
      (_, lead: string, when: string, items: string) =>
        `${lead} these: ${items
          .split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+/i)
          .filter((item) => item.trim())
          .map((item) => `${item.trim()} ${when}`)
          .join(', ')}`,
    )
    // "tues & fri": two days
    .replace(
      /\b((?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?)\s*(?:&|\+)\s*(?=(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b)/gi,
      '$1 and ',
    )
    // "new recurring task - test the reef tank water tues and fri": every one of those days
    .replace(
      /^(?:(?:please\s+)?(?:new|add|create|make)\s+(?:a\s+)?)?(?:recurring|repeating|regular)\s+(?:task|reminder|to-?do|job)\s*[-:–—]?\s*(.+?)\s+((?:on\s+)?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?(?:\s*(?:,|and)\s*(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?)*)\s*[.!]*$/i,
      (_, task: string, days: string) => `add ${task} every ${days.replace(/^on\s+/i, '')}`,
    )
    // "so that ones done": that one's (the apostrophe left out)
    .replace(
      /\b(that|this)\s+ones\s+(?=(?:done|finished|sorted|gone|booked|paid|sent|ticked|complete|completed|over)\b)/gi,
      "$1 one's ",
    )
    // "is there anything I haven't done yet for the wedding?": what for, then what is still to do
    .replace(
      /^((?:is\s+there\s+|do\s+i\s+have\s+|have\s+i\s+got\s+)?(?:anything|something))\s+((?:that\s+)?(?:i|we)\s+(?:still\s+)?(?:haven't|have not|havent|didn't|did not)\s+(?:done|finished|sorted)(?:\s+yet)?)\s+((?:for|about|to do with)\s+[^?]+?)\s*(\?*)$/i,
      '$1 $3 $2$4',
    )
    // "do I have anything to buy?", "anything left to call about?": the tasks of that deed
    .replace(
      /^(?:is\s+there\s+|do\s+i\s+have\s+|have\s+i\s+got\s+|got\s+)?anything\s+(?:left\s+|else\s+|still\s+)?to\s+(buy|get|call|ring|phone|email|book|pay|order|pick up|collect|fix|clean|write|send|post|return|read|renew)\s*(\?*)$/i,
      'what do I need to $1$2',
    )
    // "I bought everything what was on list to buy": every buying task done
    .replace(
      /^(?:.*?[,;]\s*)?(?:i\s+|we\s+)?(bought|got)\s+everything\s+(?:(?:what|that|which)\s+)?(?:(?:was|is|were)\s+)?(?:on\s+(?:the\s+|my\s+)?(?:shopping\s+)?list\s*)?(?:to\s+(?:buy|get))?\s*[.!]*$/i,
      'bought everything',
    )
    // "give me till friday": it moves to friday
    .replace(
      /\b(?:(?:can|could)\s+you\s+)?(?:give|get)\s+(?:me|us)\s+(?:till|until|to|up\s+to)\s+(?=\S)/gi,
      'move it to ',
    )
    // "add another label to the rosettes: pony-club": that label, on it
    .replace(
      /^(?:add|put|stick|give)\s+(?:(?:another|one\s+more|a\s+second|a\s+new|an\s+extra|a)\s+)?(?:label|tag)\s+(?:to|on)\s+(.+?)\s*:\s*#?([\p{L}\d_-]+)\s*[.!]*$/iu,
      'tag $1 with $2 too',
    )
    // "and change the label to maintenance": that label in place of the one it has
    .replace(
      /^((?:and|also|then|ok)\s+)?(?:change|switch|swap|set)\s+(?:the|its|it's)\s+(?:label|tag)\s+to\s+#?([\p{L}\d_-]+)\s*[.!]*$/iu,
      '$1change its label to #$2',
    )
    // "make it due 2 days earlier": it, that much earlier
    .replace(
      /\b(make|set|have)\s+(it|that|this|them)\s+due\s+(?=(?:an?|one|two|three|four|five|six|seven|\d+|a\s+few|a\s+couple(?:\s+of)?)\s+(?:days?|weeks?|hours?)\s+(?:earlier|later|sooner)\b)/gi,
      '$1 $2 ',
    )
    // "hoover the stairs - change to every 3 days": the task, then what it changes to
    .replace(
      /^(?!(?:add|put|note|write|jot|for|task|todo|to do|new|please|and|also|then|so|ok|okay)\b)([^:;–—,]{2,40}?)\s*(?::|\s[-–—])\s*(change|switch|set)\s+(?:it\s+)?to\s+(?=every\b|daily\b|weekly\b|monthly\b|yearly\b|fortnightly\b|p[1-4]\b|high\b|low\b|medium\b|urgent\b)/i,
      '$2 $1 to ',
    )
    // "make it a one-time thing, on saturday": no repeat, and that day
    .replace(
      /\b(?:make|have|keep)\s+(?:it|that|this)\s+(?:a\s+|just\s+a\s+)?(?:one-?time|one-?off|single|once-?only)(?:\s+(?:thing|task|job|event|deal))?(?:\s*,?\s*(?:and\s+)?(?:on\s+|for\s+)?((?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|the\s+\d{1,2}(?:st|nd|rd|th)?))?(?=\s*[.!]*$)/i,
      (_, day: string | undefined) => `stop repeating it${day ? ` and make it ${day}` : ''}`,
    )
    // "he wants me to come at 2pm from now on": that time for it
    .replace(
      /^(?:(?:[Oo]h|[Oo]k|[Oo]kay|[Aa]nd|[Ss]o)[,\s]+)*(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)\s+(?:wants|want|asked|asks|would\s+like|'d\s+like|prefers|prefer)\s+(?:me|us)\s+to\s+(?:come|visit|go|be\s+there|call|ring|arrive|pop\s+in|drop\s+in)\s+((?:at|around|about)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)(?:\s+(?:from\s+now\s+on|instead|every\s+time|each\s+time|going\s+forward|now))*\s*[.!]*$/u,
      'make it $1',
    )
    // "move buy paint from the home label to diy": its label, one for another
    .replace(
      /^(?:move|switch|shift|change|put)\s+(.+?)\s+from\s+(?:the\s+)?#?([\p{L}\d_-]+)\s+(?:label|tag|list)\s+(?:to|into|under)\s+(?:the\s+)?#?([\p{L}\d_-]+)(?:\s+(?:label|tag|list|one))?\s*[.!]*$/iu,
      'change the label on $1 from $2 to $3',
    )
    // "see the bank staff task?", "can you see the gutter one?": show me it
    .replace(
      /^(?:(?:can|do)\s+(?:you|u)\s+)?see\s+((?:the|my)\s+.+?\s+(?:task|one|item|job))\s*\?$/i,
      'show me $1',
    )
    // "what time am I meeting him?": when the one talked about is
    .replace(
      /^what\s+time\s+(?:am|are)\s+(?:i|we)\s+(?:meeting|seeing|visiting|calling|ringing|picking\s+up)\s+(?:him|her|them)(?:\s+again)?\s*(\?*)$/i,
      'when is it$1',
    )
    // "she's asked for 11 instead", "they want 3pm now": that time for it
    .replace(
      /^(?:(?:oh|ok|okay|so|and|hmm+)[,\s]+)*(?:he|she|they|the\s+client|the\s+customer)(?:'s|\s+has|\s+have|'ve)?\s+(?:asked\s+for|asks\s+for|wants?|would\s+like|'d\s+like|prefers?|requested)\s+((?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o'?clock)?)|noon|midday)\s+(?:instead|now|rather|then)(?:\s+(?:please|pls))?\s*[.!]*$/i,
      'make it $1 instead',
    )
    // "my theory test got moved earlier by 2 days": moved that much
    .replace(
      /^(?:(?:oh|so|ok|okay|ugh)[,\s]+)*(.+?)\s+(?:got|was|has\s+been|have\s+been|is|'s\s+been)\s+(?:moved|pushed|brought|put)\s+(earlier|forward|later|back)\s+by\s+((?:an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?|hours?))\s*[.!]*$/i,
      (_, task: string, way: string, much: string) =>
        `move ${task} ${much} ${/^(?:earlier|forward)$/i.test(way) ? 'earlier' : 'later'}`,
    )
    // "doctor says levothyroxine at 7am instead of 6 from now on": that time for it
    .replace(
      /^(?:(?:the\s+|my\s+)?(?:doctor|gp|nurse|vet|boss|coach|teacher|pharmacist|dentist|consultant)\s+(?:says|said))\s+(.+?)\s+(at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)\s+instead\s+of\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?(?:\s+(?:from\s+now\s+on|going\s+forward|now))?\s*[.!]*$/i,
      'move $1 to $2',
    )
    // "pay the visa fee …, it is very important, high priority": how urgent, said twice
    .replace(
      /\s*,\s*(?:it\s+is|it's|its|this\s+is)\s+(?:very\s+|really\s+|super\s+)?(?:important|urgent)(?=\s*,\s*(?:high|top|urgent|p1)\b)/gi,
      '',
    )
    .replace(
      /(?<=\badd\b.*),\s*(?:it\s+is|it's|its|this\s+is)\s+(?:very\s+|really\s+|super\s+)(?:important|urgent)\s*[.!]*$/i,
      ', urgent',
    )
    // "no not nine ten", "1pm is wrong, 11am": the time put right
    .replace(
      /^(?:no[,\s]+)?not\s+(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[,;]?\s+(?:but\s+|it's\s+)?(?:at\s+)?(\d{1,2}(?::\d\d)?\s*(?:am|pm)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[.!]*$/i,
      (_, to: string) => `make it ${NUMBER_WORD_TIME[to.toLowerCase()] ?? to}`,
    )
    .replace(
      /^(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\s+is\s+(?:wrong|not\s+right|a\s+mistake)\s*[,;:]\s*(?:it's\s+|it\s+should\s+be\s+|should\s+be\s+|make\s+it\s+)?(.+)$/i,
      'make it $1',
    )
    // "scratch wed, do friday at 10am": the day said first is the one it is not
    .replace(
      /^(?:scratch|forget|not|no)\s+(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\s*[,;]\s*(?=\S)/i,
      '',
    )
    // "it's urgent-ish, say medium": that priority
    .replace(/\burgent-?ish\b/gi, 'fairly urgent')
    .replace(
      /^(?:.*?[,;]\s*)?(?:say|let's say|call it)\s+(medium|high|low)(?:\s+priority)?\s*[.!]*$/i,
      'make it $1 priority',
    )
    // "both of those need to go to the day after": move them
    .replace(
      /^(?:both|all|all\s+three|all\s+two)\s+of\s+(?:those|them|these)\s+(?:need|needs|have|has|should|must|can)\s+(?:to\s+)?(?:go|move|be\s+moved)\s+(?:to\s+)?/i,
      'move both of them to ',
    )
    // "put it off until the following Monday": it moves then
    .replace(
      /\bput\s+(it|that|this|them)\s+off\s+(?:until|till|to)\s+(?:the\s+following\s+)?/gi,
      'move $1 to next ',
    )
    // "no need for the tyre check to repeat anymore": it stops repeating
    .replace(
      /^(?:there's\s+)?no\s+need\s+for\s+(.+?)\s+to\s+(?:repeat|recur|keep\s+repeating)(?:\s+any\s*more)?(?:\s*[,;.].*)?$/i,
      'stop repeating $1',
    )
    // "actually no, call the tag priority-jobs": its label, renamed
    .replace(
      /^((?:(?:actually|no|sorry|oops|wait)[,\s]+)*)(?:call|name|rename|make)\s+(?:the|that|its)\s+(?:tag|label)\s+(?:to\s+)?#?([\p{L}\d_-]+)\s*[.!]*$/iu,
      '$1change its label to #$2',
    )
    .replace(
      /^(?:wrong|bad)\s+(?:tag|label)\s*[,;:—–-]\s*(?:it\s+should\s+be|should\s+be|it's|make\s+it|use)\s+#?([\p{L}\d_-]+)\s*[.!]*$/iu,
      'change its label to #$1',
    )
    // "except it should be weekdays only": that instead
    .replace(/^(?:except|but)\s+(?:it\s+)?should\s+(?:be|only\s+be)\s+(?=\S)/i, 'make it ')
    // "the lens one can go down to medium": that priority
    .replace(
      /^((?:(?:ok|okay|so|and)[,\s]+)*)(.+?)\s+can\s+(?:go\s+(?:down|up)|drop|come\s+down|move\s+(?:down|up))\s+to\s+(high|medium|low|p[1-4])(?:\s+priority)?\s*[.!]*$/i,
      '$1make $2 $3 priority',
    )
    // "Send Q3 figures is due on the 25th now, at 5pm": when, said in two goes
    .replace(/\s+now\s*,\s*(?=at\s+\d)/gi, ' ')
    // "I have something late? please tell me": anything overdue?
    .replace(
      /^(?:do\s+)?i\s+have\s+(?:something|anything)\s+(?:late|overdue)\s*\?.*$/i,
      'anything overdue?',
    )
    // "which one is it?" after a count: show them
    .replace(/^which\s+(?:one|ones)\s+(?:is|are)\s+(?:it|they|that)\s*\?*$/i, 'which ones?')
    // "but next week for sure": a remark
    .replace(/^(?:but\s+)?(?:next\s+(?:week|time|month)\s+)?for\s+sure\s*[.!]*$/i, 'ok')
    // "every day for now", "every day from today": how often, from now on
    .replace(
      /\b((?:every|each)\s+(?:day|week|month|morning|evening|night|weekday|other\s+day)|daily|weekly|nightly)\s+(?:for\s+now|from\s+(?:today|now)(?:\s+on)?)\b/gi,
      '$1',
    )
    // "the sommelier exam revision - every day": the task named, then how often
    .replace(
      /^((?:the|my)\s+[^:;–—-]{2,40}?)\s*(?:\s[-–—]\s|:)\s*((?:every|each)\s+[\p{L}\d ]{2,30}|daily|weekly|monthly|yearly|fortnightly|nightly)\s*[.!]*$/iu,
      'make $1 repeat $2',
    )
    // "oh and the gels one, make that Buy energy gels and blister plasters": its new title
    .replace(
      /^(?:(?:oh|ah|and|also)[,\s]+)*((?:the|my)\s+[^,;]+?\s+one)\s*[,;:]\s*(make\s+(?:that|it)|call\s+it|change\s+(?:it|that)\s+to|rename\s+it(?:\s+to)?)\s+(?=(\S.*)$)/i,
      // ("the fish tank one, make it for tomorrow": a date or a priority, never a title)
      (whole, named: string, verb: string, rest: string) =>
        /^make/i.test(verb) && onlyDetails(rest.replace(/^for\s+/i, '').replace(/[.!?]+$/, ''))
          ? whole
          : `rename ${named} to `,
    )
    // "also kindly put description as …", "and in the description put: Room B12": its note
    .replace(
      /^((?:(?:and|also|oh|so|kindly|please|pls)\s+)*)(?:put|write|set|make)\s+(?:the\s+|a\s+)?(?:description|note)\s+as\s*:?\s*(?=\S)/i,
      '$1set the description to ',
    )
    .replace(
      /^(?:(?:and|also|oh|so)\s+)*in\s+the\s+(?:description|note|notes)\s+(?:put|write|add|say)\s*:?\s*(?=\S)/i,
      'add a note to it: ',
    )
    // "attach this to it: Use the 0.3 pen": a note on it
    .replace(
      /^(?:attach|stick|pin|add)\s+(?:this|that)\s+(?:to|on)\s+(it|that|this|the\s+[^:]+?)\s*:\s*(?=\S)/i,
      'add a note to $1: ',
    )
    // "sorry, make the note 34 kids, two more signed up": the note says that now
    .replace(
      /^((?:(?:sorry|oops|no|actually|wait)[,\s]+)*)(?:make|change)\s+the\s+(?:note|description)\s+(?:to\s+)?(?:just\s+|only\s+|simply\s+)?(?!(?:to|as|say|says|read|reads|shorter|longer|on|of|for|in|about|from|with)\b)([^,;:'"“‘]+?)(?:\s*,\s*(?:\w+\s+){0,3}(?:signed up|more|joined|dropped out|came|coming|said)\b.*)?$/i,
      'set the description to $2',
    )
    // "Help me add a task, the content is: submit lab report": add it
    .replace(
      /^(?:(?:please\s+)?help\s+me\s+)?(add|create)\s+(?:a\s+)?(?:new\s+)?task\s*[,;]\s*(?:the\s+)?(?:content|text|title|name|task)\s+(?:is|will be)\s*:?\s*(?=\S)/i,
      'add ',
    )
    // "no, not tune. it must be 'Call tuner for studio piano'": it should be
    .replace(/\b(it|that)\s+must\s+be\s+(?=["'“‘])/gi, '$1 should be ')
    // "get rid of everything that's done, the list is a mess": why, after the comma
    .replace(
      /\s*[,;]\s*(?:the|my)\s+list\s+is\s+(?:a\s+mess|too\s+long|cluttered|full|chaos|a\s+nightmare)\s*[.!]*$/i,
      '',
    )
    // "actually 3 isn't, we're out of fluid": that one is not done
    .replace(
      /^((?:(?:actually|no|wait|oh|sorry)[,\s]+)*)(?:number\s+|no\.?\s*|#)?(\d{1,2})\s+(?:isn't|is not|wasn't|hasn't been|ain't)(?:\s+(?:done|finished|sorted))?\b/i,
      '$1task $2 is not done',
    )
    // "make first one more exact: …": its new title
    .replace(
      /^(?:(?:and|also|oh)\s+)*(?:make|change)\s+(?:the\s+)?(first|second|third|last)\s+one\s+(?:more\s+(?:exact|specific|precise|detailed|accurate)|clearer)\s*:\s*(?=\S)/i,
      'rename the $1 one to ',
    )
    // "what else is there for lambing?": the tasks about it
    .replace(
      /^what\s+else\s+(?:is\s+there|have\s+i\s+got|do\s+i\s+have)\s+(?:for|about|to\s+do\s+with)\s+(.+?)(\?*)$/i,
      'what have I got for $1$2',
    )
    // "Elm Road's been withdrawn, delete everything about it": everything about that
    .replace(
      /^(.+?)(?:'s|\s+is|\s+has\s+been|'s\s+been|\s+was|\s+got)\s+(?:off|cancell?ed|withdrawn|called\s+off|dropped|scrapped)\s*[,;.]\s*(?:so\s+)?(?:please\s+)?(delete|remove|clear|bin|scrap|get\s+rid\s+of)\s+(?:everything|all(?:\s+the\s+tasks)?)\s+(?:about|for|to\s+do\s+with|on)\s+(?:it|that|them)\s*[.!]*$/i,
      '$2 everything about $1',
    )
    // "get rid of everything that's done": every finished task
    .replace(
      /\b(delete|remove|get\s+rid\s+of|clear(?:\s+out)?|bin|scrap|ditch)\s+(?:everything|all|all\s+the\s+ones|the\s+ones|the\s+tasks|all\s+the\s+tasks)\s+(?:that|which)(?:'s|\s+is|\s+are|'re)\s+(?:already\s+)?(done|finished|completed|ticked\s+off)\b/gi,
      '$1 all the completed tasks',
    )
    // "remove the 'client' tag from …": the label, without its quotes
    .replace(/['"‘“]([\p{L}\d_-]+(?:\s[\p{L}\d_-]+)?)['"’”]\s+(tags?|labels?)\b/giu, '$1 $2')
    // "I meant I booked the lighting tech, not the studio": the deed meant; the one not meant
    // is put back by the correction itself
    .replace(
      /\b(i\s+meant\s+(?:that\s+)?(?:i|we)\s+[a-z]+\s+[^,;]+?)\s*,\s*not\s+(?:the\s+|my\s+)?[^,;.]+[.!]*$/i,
      '$1',
    )
    // "grocery run: postpone 1 day", "dentist - move to friday": the task, then how it moves
    .replace(
      /^(?!(?:add|put|note|write|jot|for|task|todo|to do|new|please|and|also)\b)([^:;–—,]{2,40}?)\s*(?::(?!\d)|\s[-–—])\s*(postpone|push|move|delay|bump|reschedule|shift|defer)\s+(?=(?:by|to|till|until|back|forward|next|another)\b|(?:a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?|hours?|months?)\b)/i,
      '$2 $1 ',
    )
    // "undo that and do the parents email instead": the change, meant for another task
    .replace(
      /^((?:(?:no|nope|nah|wait|sorry|oops|whoops)[,!.\s]+)*)(undo|reverse|revert)\s+(that|it|this)\s*(?:,\s*|\s+)(?:and\s+|then\s+|and then\s+)?(?:do|tick|mark|make it)\s+(.+?)\s+(?:instead|rather)(?:\s+(?:please|pls))?[.!]*$/i,
      '$1$2 $3, I meant $4',
    )
    // "no, undo that and put it on the 28th": the undo, then what was meant
    .replace(
      /^(?:(?:no|nope|nah|wait|sorry|oops|whoops)[,!.\s]+)+(?=undo\s+(?:that|it|this)\s+(?:and|then)\s)/i,
      '',
    )
    // "move it to the day after at 6am": a day on from the date it has
    .replace(
      /\b(?:move|put|shift|change|bump|switch)\s+(it|that|this)\s+to\s+the\s+(day after|day before|next day|following day|previous day)\b/gi,
      'push $1 to the $2',
    )
    // "the letter says I've got 7 days", "we only have two weeks to pay it": due in that time
    .replace(
      /\b(?:i've|i have|i've got|i got|we've|we have|we've got|we got|you've got|you have)\s+(?:got\s+)?(?:only\s+|just\s+)?((?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen)\s+(?:days?|weeks?|months?))(?:\s+(?:left|to\s+(?:do|pay|sort|finish|get|send|submit|return)(?:\s+(?:it|this|that|them))?))?(?=\s*[.!]*$)/gi,
      'in $1',
    )
    // "stop the repeat on that", "cancel the repeat for it": no repeat on it
    .replace(
      /\b(stop|cancel|end|kill|turn off|switch off)\s+the\s+(repeat|recurrence|repeating)\s+(?:on|for|of)\s+(it|that|this|them)\b/gi,
      'remove the repeat on $3',
    )
    // "it's an every weekend thing", "that's a monthly job": it repeats so
    .replace(
      /^(?:(?:oh|and|also|btw)[,\s]+)*(?:it's|it is|its|that's|that is|this is)\s+(?:an?\s+)?((?:every|each)\s+[\p{L}\d ]{2,30}?|daily|weekly|monthly|yearly|annual|fortnightly|nightly)\s+(?:thing|job|task|one|deal|affair|chore)(?:\s+(?:btw|too|by the way))?[.!]*$/iu,
      (_, every: string) =>
        `make it repeat ${({ daily: 'every day', nightly: 'every day', annual: 'every year', yearly: 'every year', fortnightly: 'every 2 weeks' } as Record<string, string>)[every.toLowerCase()] ?? every}`,
    )
    // "it leaves at 7:45", "it kicks off at 8": at that time
    .replace(
      /^(?:(?:oh|and|also|btw)[,\s]+)*(?:it|that|this)\s+(?:leaves|departs|goes|opens|closes|starts|begins|finishes|ends|kicks off|takes off|lands|arrives|is)\s+(at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|at\s+(?:noon|midday))(?:\s+(?:sharp|exactly))?[.!]*$/i,
      "it's $1",
    )
    // "the jigsaw doesn't need a deadline, take it off": the same thing, asked twice
    .replace(
      /(\b(?:doesn't|does not|don't|do not|no longer)\s+(?:need|needs|have|has)\s+(?:a\s+|an\s+|any\s+)?(?:due\s+)?(?:date|deadline|label|tag|repeat|time)(?:\s+any\s*more)?)\s*[,;.]\s*(?:so\s+)?(?:please\s+)?(?:take\s+(?:it|that)\s+off|remove\s+(?:it|that)|clear\s+(?:it|that)|get\s+rid\s+of\s+(?:it|that)|drop\s+(?:it|that)|lose\s+(?:it|that))(?:\s+(?:please|pls|thanks))?[.!]*$/i,
      '$1',
    )
    // "the fence can drop to low", "the hedge can go down to medium": that priority
    .replace(
      /^(.+?)\s+(?:can|could|should|may)\s+(?:drop|go|come|move|be\s+(?:bumped|knocked|dropped|moved))\s+(?:down|up)?\s*(?:to|into)\s+(low|medium|high|p[1-4])(?:\s+priority)?(?:\s+(?:now|then|please))?[.!]*$/i,
      'make $1 $2 priority',
    )
    // "I want to add the task of buy souvenirs": add buy souvenirs
    .replace(/\b(?:add|create)\s+(?:the|a)\s+(?:new\s+)?task\s+(?:of|about)\s+(?=\p{L})/giu, 'add ')
    // "put also label 'client' on it": also put label client on it
    .replace(
      /\b(put|add|stick|give|set|make|mark|tick)\s+also\s+(?=(?:the\s+|a\s+)?(?:label|tag|priority|note|description)\b)/gi,
      'also $1 ',
    )
    .replace(
      /\b(label|tag)\s+["'‘“]([\p{L}\p{N}_-]{1,40})["'’”](?=\s+(?:on|to|onto|for)\b)/giu,
      '$1 $2',
    )
    // "put 07700 900123 in the description": that, as its description
    .replace(
      /^((?:(?:please|pls|and|also|then|can you|could you)\s+)*(?:put|add|write|stick|pop|jot)\s+)(?!["'‘“])(?!(?:it|that|this|them)\b)(\S.{0,80}?)(\s+(?:in|into|to)\s+(?:the|its)\s+(?:description|notes?|details)[.!]*)$/i,
      "$1'$2'$3",
    )
    // "add the hotel one to #trip", "add task 2 to the trip label": a label on that task
    .replace(
      /^(?:(?:please|pls|and|also|then|can you|could you)\s+)*add\s+((?:the\s+)?\S.{0,40}?\s+one|task\s*#?\d{1,4}|#\d{1,4}|it|that|this|them|both(?:\s+of\s+them)?)\s+to\s+(?:#([\p{L}\p{N}_-]{1,40})|the\s+#?([\p{L}\p{N}_-]{1,40})\s+(?:label|tag))(?=[.!\s]*$|\s+(?:too|as well|please)\b)/iu,
      (_, ref: string, hash?: string, named?: string) => `tag ${ref} ${hash ?? named}`,
    )
    // "This visa photos task is very important": the task, named the usual way
    .replace(
      /^this\s+(?=[\p{L}\d'’ -]{2,60}?\s+(?:task|one|item|job)\s+(?:is|isn't|is not|was|needs|should|can)\b)/iu,
      'the ',
    )
    // "tyres r urgent make it top priority" (text-speak "are"): are
    .replace(
      /\b(\p{L}{3,})\s+r\s+(?=(?:urgent|important|not urgent|not important|done|finished|sorted|late|overdue|due|top priority|high priority|low priority)\b)/giu,
      '$1 are ',
    )
    // "… are urgent make it top priority", "the fence is low priority now, no priority on it": what a
    // task is, then the change asked, said as two sentences
    .replace(
      /\b((?:is|are|isn't|aren't|'s|'re)\s+(?:(?:very|really|super|so|not|no longer)\s+)?(?:urgent|important|a priority|top priority|high priority|low priority|not urgent|not important)(?:\s+(?:any ?more|now|after all))?)(?:\s*[,;]\s*|\s+)(?=(?:(?:so|please|pls)\s+)?(?:(?:make|set|give|mark|put)\s+(?:it|that|them)\b|no priority\b|(?:the\s+)?(?:highest|top|high|low|lowest|medium)\s+priority\b))/giu,
      '$1. ',
    )
    // "would you mind making that Friday instead?": could you make it (a request, its verb as
    // asked)
    .replace(
      /\b(?:would|do|d')\s*(?:you|u)\s+mind\s+(?:terribly\s+|awfully\s+)?([a-z]+ing)\b/gi,
      (all, verb: string) => {
        const base = GERUNDS[verb.toLowerCase()] ?? baseOfGerund(verb.toLowerCase());
        return base ? `could you ${base}` : all;
      },
    )
    // "you can be marking that one done": mark it
    .replace(
      /\b(?:you\s+)?(?:can|could|should)\s+be\s+(marking|ticking|crossing|deleting|removing|putting)\b/gi,
      (_, verb: string) => GERUNDS[verb.toLowerCase()] ?? verb.replace(/ing$/i, ''),
    )
    // "renewed already, can tick", "token reset, ticket resolved": the tick, asked in passing
    .replace(
      /\s*,\s*(?:you\s+)?can\s+(?:tick|mark|close|cross)(?:\s+(?:off|done|already))*\s*[.!]*$/i,
      '',
    )
    .replace(/\s*,\s*(?:ticket|job|case)\s+(?:resolved|closed|done|complete)\s*[.!]*$/i, ', done')
    // ", there's a good one" (Irish): please
    .replace(/\s*,\s*there['’]s\s+a\s+good\s+(?:one|lad|girl|man|woman)[.!]*$/i, '')
    // "walk-in's clean, chef": who is spoken to
    .replace(/\s*,\s*(?:chef|boss|guv|captain|skipper|doc)[.!]*$/i, '')
    // "→": an arrow
    .replace(/\s*(?:→|⇒|=>)\s*/g, ' -> ')
    // "oh and ribbons too, make it 'Sew elastics and ribbons'": what is added to the title, then
    // the whole new title
    .replace(
      /^(?:(?:oh|ah|and|also|plus)[,\s]+)*[^,;:]{1,40}?\s+(?:too|as well)\s*[,;:]\s*(?=(?:(?:so|please|pls)\s+)?(?:make|call|change|rename|retitle)\s+(?:it|that)\b(?:\s+to)?\s*["“‘'])/i,
      '',
    )
    // "a little less urgent, maybe medium": the priority named after it
    .replace(
      /\b(?:(?:a\s+(?:little|bit|tad)|slightly|somewhat)\s+)?(?:less|more)\s+(?:urgent|important|pressing)\s*[,;-]?\s*(?:(?:maybe|perhaps|say|like|so|probably|i\s+think)[,\s]+)?(high|medium|low|normal|top)(?:\s+priority)?\b/gi,
      '$1 priority',
    )
    .replace(
      /\b(?:a\s+(?:little|bit|tad)|slightly|somewhat)\s+(?=(?:less|more)\s+(?:urgent|important|pressing)\b)/gi,
      '',
    )
    // "I would like the translation task to be medium priority": make it so
    .replace(
      /^(?:(?:if\s+possible|if\s+you\s+can|please)[,\s]+)*(?:i\s+would\s+like|i['’]d\s+like|we\s+would\s+like|we['’]d\s+like|i\s+want|we\s+want)\s+((?:the|my|our|that|this)\s+.{2,60}?|it|that)\s+to\s+be\s+(?=(?:(?:less|more)\s+(?:urgent|important)|(?:high|medium|low|top|normal)(?:\s+priority)?|p[1-4]|urgent|important|due\b|tagged\b|labell?ed\b)[^]*$)/i,
      'make $1 ',
    )
    // "I'd like the report to be done by Friday": when it is due, not news that it is done
    .replace(
      /^(?:(?:if\s+possible|if\s+you\s+can|please)[,\s]+)*(?:i\s+would\s+like|i['’]d\s+like|we\s+would\s+like|we['’]d\s+like|i\s+want|we\s+want)\s+((?:the|my|our|that|this)\s+.{2,60}?|it|that)\s+to\s+be\s+((?:done|finished|ready|sorted|completed)\s+(?:by|before|on|for)\s+\S)/i,
      '$1 needs to be $2',
    )
    // "perhaps it could have a note saying …", "could it have a note": give it one
    .replace(
      /^(?:(?:and|also|perhaps|maybe)[,\s]+)*(?:(?:it|that)\s+(?:could|should|can|might|may)|(?:could|can)\s+(?:it|that))\s+(?:also\s+)?have\s+(?=(?:a|the)\s+(?:note|description|memo|comment)\b)/i,
      'give it ',
    )
    // "due today -> ?": an arrow to a question mark asks it; "- open items?": a question
    // written as a line of a list is still a question
    .replace(/\s+->\s*\?+$/, '?')
    .replace(/^[-*•]\s+(?=[^\n]*\?$)/, '')
    // "Hendry bathroom quote -> rename to 'Quote - Hendry en-suite'"
    .replace(/^(.+?)\s+->\s+(?:rename|retitle|change)\s+(?:it\s+)?to\s+(?=\S)/i, 'rename $1 to ')
    // "remind me about the car tax tomorrow instead": that task, moved
    .replace(
      /^(?:(?:please|pls|can you|could you)\s+)?remind me (?:about|of)\s+(.+\s+instead)[.!]*$/i,
      'move $1',
    )
    // "Sorry, 10:30 is correct": the time said is the right one
    .replace(
      /^((?:(?:sorry|no|oops|apologies)[,\s]+)*)(.+?)\s+is\s+(?:correct|right|the right (?:one|time|day))[.!]*$/i,
      (m, lead: string, said: string) => (onlyDetails(said) ? `${lead}${said}` : m),
    )
    // "can tha change t'bingo one": the, and you, said in Yorkshire
    .replace(/(?<=^|\s)t'(?=\p{L})/giu, 'the ')
    .replace(/\b(can|could|will|would|did|do)\s+tha\b/gi, '$1 you')
    // "the durian one change to '…' can?": a request, asked as "can it be done?" (Singlish)
    .replace(/(?<=\S)\s*,?\s+can(?:\s+or\s+not|\s+(?:ah|anot|not|lah|a))?\s*\?+\s*$/i, '')
    // "can ye mark it as no done?": not done, said in Scots
    .replace(
      /\b(as|is|it's|marked|still)\s+no\s+(done|finished|complete|completed|ticked off|sorted)\b/gi,
      '$1 not $2',
    )
    // "both of em", "did em": them
    .replace(/\b(of|all|both|did|do|done|finished|tick|mark|got|sorted)\s+'?em\b/gi, '$1 them')
    // "and the other one too, while we're at it": a remark
    .replace(/[\s,]*\bwhile\s+(?:we're|we are|i'm|i am|you're|you are)\s+at\s+it\b/gi, '')
    // "the second one, done, spoke to him": that one is done
    .replace(
      /^((?:the\s+)?(?:first|second|third|fourth|fifth|last|top|bottom|other)\s+one|task\s+#?\d+|#\d+)\s*[,:-]\s*(?:is\s+)?(?:done|finished|completed|sorted|ticked off)\b(?:\s*[,;.-]\s*\S.*)?$/i,
      'mark $1 done',
    )
    // "the minibus one should actually be …": should be
    .replace(
      /\b(should|must|needs to|has to)\s+(?:actually|really|instead|rather)\s+(be|say|read)\b/gi,
      '$1 $2',
    )
    // "remind me 2 text jess back": to
    .replace(
      // ("need 2 remember 2 buy…": each one)
      /\b(remind me|need|have|got|want|going|remember|forget|try)\s+2\s+(?=([a-z]+))/gi,
      (m, lead: string, verb: string) =>
        TASK_VERBS.has(verb.toLowerCase()) || /^(?:remember|remind)$/i.test(verb)
          ? `${lead} to `
          : m,
    )
    // "could you possibly mark it": could you mark it
    .replace(
      /\b(could|can|would|will)\s+you\s+(?:possibly|perhaps|maybe|kindly|just)\s+/gi,
      '$1 you ',
    )
    // "Electrician task you can delete": delete the electrician task
    .replace(
      /^(?!(?:i|we|you|they|he|she)\s)(.+?\s(?:task|one|item|job))\s*,?\s+(?:you\s+can|u\s+can|can\s+you|please|pls)\s+(delete|remove|bin|tick off|cross off|close|complete|reopen)\b/i,
      '$2 $1',
    )
    // "files sent + invoiced brightside": and
    .replace(
      /^(?![^]*(?:->|=>|:|"|\brename\b|\bnote\b|\bcall it\b))(.+?)\s+\+\s+(?=\p{L})/u,
      (m, before: string, _at: number, whole: string) =>
        /(?:ed|sent|paid|done|bought|got|made|sorted|booked)$/i.test(before) ||
        // ("bins + recycling done": both)
        /\s(?:done|sorted|finished|complete|completed|ticked off|dealt with)[.!]*$/i.test(whole)
          ? `${before} and `
          : m,
    )
    // "I have two things to add. First, ring the surgery. Second, buy a card.": a list
    .replace(
      /^(?:(?:so|ok|okay|right)[,\s]+)?(?:i\s+(?:have|'ve got|got|need to add)|there\s+are|here\s+are)\s+(?:(?:two|three|four|five|a few|a couple of|some|\d+)\s+)?(?:more\s+)?(?:things|tasks|items|bits|jobs)(?:\s+(?:to add|for (?:you|the list|my list)|to put on (?:the|my) list))?\s*[.:!]\s*(\S.*)$/i,
      (_, rest: string) =>
        `add: ${rest
          .replace(/^(?:first(?:ly)?|one|1)\s*[,:.)-]\s*/i, '')
          .replace(
            /\s*[.!;]\s+(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|then|next|also|finally|lastly|and|two|three|[2-9])\s*[,:.)-]?\s*(?=\S)/gi,
            '; ',
          )}`,
    )
    // "Forgive me, I meant Doreen", "My apologies, that should read …": the words after
    .replace(
      /^(?:(?:forgive me|my apologies|apologies|pardon me|excuse me|i do apologi[sz]e|i apologi[sz]e|so sorry|terribly sorry)\s*[,.!:;-]+\s*)+(?=\S)/i,
      '',
    )
    // "help me mark it finish": mark it done
    .replace(
      /^(?:(?:please|pls|can you|could you)\s+)?help\s+me(?:\s+to)?\s+(?=(?:mark|tick|delete|remove|add|rename|change|move|finish|complete|reopen|cross)\b)/i,
      '',
    )
    .replace(
      /\bmark\s+((?:it|that|this|them)\s+)?(?:as\s+)?finish\b/gi,
      (_, it?: string) => `mark ${it ?? ''}done`,
    )
    // "ticking off revision": ticking it off
    .replace(
      /^(?:(?:i'm|i am|im)\s+)?(?:just\s+)?(ticking|crossing|checking)\s+off\s+(?=\S)/i,
      (_, v: string) => `${v.slice(0, -3)} off `,
    )
    // "Create one called 'Sort the Lego by colour'": a task by that name
    .replace(
      /^(?:(?:please|pls|kindly)\s+)?(?:(?:create|make|add|start)\s+(?:one|a task|a new one|a new task|another(?: one)?|a todo|an item)|(?:a\s+)?new\s+(?:task|todo|to-do|item))\s+(?:called|named|titled|entitled|saying|with\s+the\s+(?:exact\s+)?(?:title|name)(?:\s+of)?)\s*:?\s+(?=\S)/i,
      'add ',
    )
    // "prepone the demo" (Indian English): bring it forward
    .replace(/\bprepon(?:e|ing)\s+(it|that|this|them)\b/gi, 'bring $1 forward')
    // ("prepone the client call by one day")
    .replace(
      /\bprepon(?:e|ing)\s+((?:the|my)\s+[^,;.!?]{1,40}?)\s+(?=by\s+(?:\d|an?\b|one|two|three|four|five|six|seven|a\s+few|a\s+couple))/gi,
      'bring $1 forward ',
    )
    .replace(/\bprepon(?:e|ing)\b/gi, 'bring forward')
    .replace(/\bprepone[sd]\b/gi, (w) => (/d$/i.test(w) ? 'brought forward' : 'brings forward'))
    // "categorise the loans task as circulation": filed under it
    .replace(
      /\bcategori[sz]e\s+(it|that|this|them|(?:the|my)\s+[^,;.!?]{1,40}?)\s+(?:as|under|in)\s+(?=#?[\p{L}][\p{L}\p{N}_-]*[.!]*$)/giu,
      'file $1 under ',
    )
    // "add weed the section, tag as #stock and #accessibility": the labels of the new task
    .replace(
      /^((?:(?:please|pls)\s+)?(?:add|new task|create|remind me)\b[^]*?)\s*[,;–—-]\s*(?:and\s+)?(?:tag(?:ged)?|label(?:led)?|file(?:d)?)(?:\s+it)?(?:\s+(?:as|with|under))?\s+((?:#[\p{L}\p{N}_-]+)(?:\s*(?:,|and|&)?\s*#[\p{L}\p{N}_-]+)*)[.!]*$/iu,
      '$1 $2',
    )
    // "the restock jobs are both p2": both of them are
    .replace(
      /^((?:(?:and|oh|also|so)[,\s]+)*)((?:the|my|our)\s+[^,;.!?]{2,40}?)\s+(are|'re)\s+(both|all)\s+(?=(?:p[1-4]|high|low|medium|normal|top|urgent|important|due|tagged|labell?ed|done|finished|sorted|complete|completed)\b)/i,
      '$1$4 $2 are ',
    )
    // "make it 9pm instead of 8": the new time, said against the old
    .replace(
      /\b(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}[:.]\d{2}|noon|midday)\s+(?:instead\s+of|rather\s+than)\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|o['’]?clock)?|noon|midday)(?=\s*(?:[,.;!?]|$))/gi,
      '$1 instead',
    )
    // "also Call Nanay, make it 9pm": that task, then what to do with it
    .replace(
      /^(?:(?:and|oh)[,\s]+)*(?:also|plus)[,\s]+(?=[^,;:]{2,50}[,:]\s*(?:(?:please|pls|can you|could you)\s+)?(?:make|move|set|change|put|push|bump|shift)\s+(?:it|that)\b)/i,
      '',
    )
    // "the boat dive got moved because of the swell, two days later": why, beside the move
    .replace(
      /\b((?:moved|pushed(?:\s+back)?|postponed|delayed|rescheduled|shifted|bumped|put\s+back|brought\s+forward|cancelled|called\s+off))\s+(?:because\s+of|due\s+to|thanks\s+to|on\s+account\s+of|cos\s+of|cause\s+of)\s+[^,.;:!?]{1,40}?\s*(?=,)/gi,
      '$1',
    )
    // "move it to the same day the week after": a week later; "moved to 09:30 the day after":
    // that day, at that time
    .replace(
      /\bto\s+the\s+same\s+day\s+(?:the|a)\s+(?:week\s+(?:after|later|on)|following\s+week)\b/gi,
      'a week later',
    )
    // "another half hour on top of that": more of the same
    .replace(/\s+on\s+top\s+of\s+(?:that|it|this)\b/gi, '')
    // "and it's now top priority", "that's high priority now": make it so
    .replace(
      /^((?:(?:and|also|oh|plus|so)[,\s]+)*)(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(?:now\s+|also\s+)?(?:a\s+)?(top|high|low|medium|normal|p[1-4])(?:\s+priority)?(?:\s+now)?[.!]*$/i,
      (_, lead: string, level: string) =>
        `${lead}make it ${level}${/^p\d$/i.test(level) ? '' : ' priority'}`,
    )
    // "knock it down to low priority", "bring it up to high priority", "give it a proper high
    // priority instead": make it so
    .replace(
      /\b(?:knock|bring|take|drop|move|push|kick|put|bump|raise|lower)\s+(it|that|this|them|(?:the|my)\s+[^,;.!?]{1,40}?)\s+(?:down|up|back)\s+to\s+(?=(?:(?:top|high|low|medium|normal)\s+priority|p[1-4])\b)/gi,
      'make $1 ',
    )
    .replace(
      /\bgive\s+(it|that|this|them)\s+a\s+(?:proper|real|decent|nice)\s+(?=(?:top|high|low|medium)\s+priority\b)/gi,
      'give $1 ',
    )
    // "no priority on it either": on it
    .replace(/\b(on|off|for|from)\s+(it|that|this|them)\s+either\b/gi, '$1 $2')
    // "move it earlier by a day", "the dentist later by 2 hours": how far, then which way
    .replace(
      /\b(earlier|later|sooner)\s+by\s+((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|half\s+an?|a\s+couple\s+of|a\s+few|couple\s+of)\s+(?:days?|weeks?|hours?|hrs?|minutes?|mins?|months?|fortnight))\b/gi,
      '$2 $1',
    )
    // "pull it in a day", "pull the call in by two days": sooner; "roll it over to tomorrow":
    // moved on to that day
    .replace(
      /\bpull\s+(it|that|this|them|(?:the|my)\s+[^,;.!?]{1,40}?)\s+in\s+(?:by\s+)?(?=(?:a|an|one|two|three|four|five|six|seven|\d{1,3}|a\s+couple\s+of|a\s+few)\s+(?:days?|weeks?|hours?|minutes?|mins?)\b)/gi,
      'bring $1 forward ',
    )
    .replace(
      /\bpull\s+in\s+((?:the|my)\s+[^,;.!?]{1,40}?)\s+(?:by\s+)?(?=(?:a|an|one|two|three|four|five|six|seven|\d{1,3}|a\s+couple\s+of|a\s+few)\s+(?:days?|weeks?|hours?|minutes?|mins?)\b)/gi,
      'bring $1 forward ',
    )
    .replace(
      /\broll\s+(it|that|this|them|(?:the|my)\s+[^,;.!?]{1,40}?)\s+(?:over|forward|on)\s+(?=(?:to|till|until|into)\s)/gi,
      'move $1 ',
    )
    // "push back the dentist by a week", "bring forward the demo to Monday": the task, then
    // which way
    .replace(
      /^((?:(?:please|pls|can you|could you|kindly)\s+)*(?:push|pull|bring|move|shift|bump|put))\s+(back|forward|up|ahead)\s+(?=(?:the|my|our|his|her|their|this|that)\s)(.+?)\s+(?=(?:by|to|till|until|for|on|a|an|one|two|three|four|five|six|\d+)\b(?!\s*(?:one|task|$|[,;.!?])))/i,
      '$1 $3 $2 ',
    )
    // "move them to 20:00 from tomorrow (on)": to that day, at that time
    .replace(
      /\b(to|at)\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm)?|noon|midday)\s+(?:from|starting)\s+(tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:on|onwards))?\b/gi,
      (_, to: string, time: string, day: string) => `${to} ${day} at ${time}`,
    )
    // "keep tomorrow but make it 2pm", "keep the day, just make it 10": that day, at that time
    .replace(
      /^((?:(?:no|wait|actually|sorry|hmm|oh|ok|okay)[,\s]+)*)keep\s+(?:it\s+)?(?:(?:on|for)\s+)?(the\s+(?:same\s+)?(?:day|date)|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+(?:but|and|just)\s+(?:just\s+)?(?:make|change|move|set|put)\s+(?:it|that|the\s+time)\s+(?:to\s+|at\s+|for\s+)?(?=\S)/i,
      (_, lead: string, day: string) => `${lead}make it ${/^the\s/i.test(day) ? '' : `${day} at `}`,
    )
    // "please keep priority high", "keep it urgent": make it so
    .replace(
      /^((?:(?:please|pls|and|also|kindly)\s+)*)keep\s+(?:(?:the\s+|its\s+)?priority\s+(?:as\s+|at\s+)?(high|low|medium|normal)|it\s+(high priority|low priority|urgent|p[1-3]))$/i,
      (_, lead: string, level?: string, it?: string) =>
        `${lead}make it ${level ? `${level} priority` : it}`,
    )
    // "Could Joan's phone call be on Saturdays from now on?": a change, asked politely
    .replace(
      /^(?:could|can|would)\s+(?!(?:you|u|i|we|it|that|this|there)\b)(.+?)\s+be\s+((?:on|every|each|moved|changed|at|for|due)\b[^?]*?)\s*\?*$/i,
      'make $1 $2',
    )
    // "make am urgent" (West African English): make it urgent; "add other one": another one
    .replace(
      /\b(make|mark|tick|put|set|move|push|shift|bump|postpone|delete|remove|cancel|change|give|leave)\s+am\b(?![:.]?\d)/gi,
      '$1 it',
    )
    .replace(/\badd\s+other\s+one\b/gi, 'add another one')
    // "urgent: need to call the insurer today": a new task, urgent
    .replace(
      /^(urgent|asap|high priority|top priority|important|p[1-3])\s*[:,-]\s*(?:(?:i|we)\s+)?(?:need|have|must|got|gotta)\s+(?:to\s+)?(\S.*)$/i,
      (_, level: string, deed: string) => `add ${deed.replace(/[.!]+$/, '')} ${level}`,
    )
    // "it is postponed of one week" (French, Spanish: "de", "d'une"): by one week
    .replace(
      /\b(postponed|delayed|moved|pushed(?:\s+back)?|brought forward|advanced|put back)\s+(?:of|for)\s+(?=(?:one|a|an|two|three|four|\d+)\s+(?:days?|weeks?|months?|hours?)\b)/gi,
      '$1 by ',
    )
    // "They've rung to say it's now quarter to one": what they said
    .replace(
      /^(?:(?:oh|so|ok|okay|right|well)[,\s]+)*(?:they|he|she|the\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?|[\p{Lu}][\p{L}'-]+)(?:'ve|\s+have|\s+has|'s)?\s+(?:just\s+)?(?:rung|rang|called|phoned|emailed|texted|messaged|written|wrote|been in touch)(?:\s+(?:me|us))?\s+(?:to\s+say|saying|and\s+said|to\s+tell\s+(?:me|us))(?:\s+that)?\s+(?=\S)/iu,
      '',
    )
    // dictated punctuation: "… Luigi's full stop thank you"
    .replace(/\s+(?:full\s*stop)(?=\s|$)/gi, '.')
    // Singapore and Malaysian English: "can remove already lah", "what still got ah?"; Thai
    // English: "what left ka?", "can show me my task krub" (politeness, said at the end)
    .replace(
      /\s+(?:lah|leh|lor|hor|meh|ah|(?:na\s+)?(?:kha|ka|krub|krab|khrap|khrab|krap))(?=\s*[?!.]*\s*$)/gi,
      '',
    )
    // "Femi cancelled, move him to tomorrow": "him" is the one named, so the task with the name
    .replace(
      /^((?:(?:oh|so|ok|okay|right|well)[,\s]+)*(\p{Lu}[\p{Ll}'-]+)(?:'s|\s+has|\s+had|\s+just|\s+is|\s+was)?\s+[^,;.!?]*?[,;.!?]\s*(?:so\s+|and\s+)?(?:please\s+|pls\s+|can you\s+|could you\s+)?(?:move|push|put|shift|bump|change|reschedule|book|swap|make)\s+)(?:him|her)\b/u,
      (_, lead: string, name: string) => `${lead}the ${name} one`,
    )
    // Jamaican English: "mi clean di drum grills dem already" (I, the, and a plural said twice)
    .replace(/(^|[,.!?]\s*|\byow[,\s]+)mi\s+(?=[a-z]{3,}\s)/g, '$1I ')
    // ("the permesso di soggiorno": "di" between two words of another language is "of", kept)
    .replace(/(?<=\s|^)di\s+(?=[a-z]{2,})/g, (di, at: number, all: string) =>
      /\p{L}[aeiou]\s+$/u.test(all.slice(0, at)) &&
      !/\b(?:mi|dem|fi|inna|nuh|wah|dat|dis|seh|unu|yuh|mek|tek|haffi)\b/i.test(all)
        ? di
        : 'the ',
    )
    .replace(/(?<=\p{L}s)\s+dem(?=\s+already\b|\s*[,.!?]|\s*$)/gu, '')
    // "I buy it already", "the embassy I call them this morning": the deed said in the present
    // by a second-language speaker, with a word that says it is done or past
    .replace(
      /\b(i|we)\s+([a-z]{3,})\s+((?:it|them|that|this|the\s+[a-z]+|my\s+[a-z]+)(?:\s+(?:off|back|up|out|in))?)\s+(already|this morning|this afternoon|yesterday|earlier(?:\s+today)?|last night|just now)\b/gi,
      (all, who: string, verb: string, what: string, when: string) =>
        TASK_VERBS.has(verb.toLowerCase()) ? `${who} ${pastOf(verb)} ${what} ${when}` : all,
    )
    // ("I was sending the money to family already": done, said as it went on)
    .replace(
      /\b(i|we)\s+(?:was|were)\s+([a-z]{3,}ing)\s+(.{2,60}?)\s+already\b/gi,
      (all, who: string, doing: string, what: string) => {
        const verb = GERUNDS[doing.toLowerCase()] ?? doing.toLowerCase().replace(/ing$/, '');
        return TASK_VERBS.has(verb) ? `${who} ${pastOf(verb)} ${what} already` : all;
      },
    )
    // Indonesian and Malay English: "sudah" is already, "selesai" done
    .replace(/\bsudah\b/gi, 'already')
    .replace(/\bselesai\b/gi, 'done')
    // "sudah, I mean already done": the word, then said again in English
    .replace(
      /\s+already\s*,?\s*(?:i mean|i meant|meaning|means)\s+(?:already\s+)?(done|finished|completed?)(?=\s*[?!.]*\s*$)/gi,
      ' $1',
    )
    // "Please add task. Pick up the kimono. Next Wednesday." (dictated): the task is what follows
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*(?:add|create|make|new)\s+(?:a\s+)?(?:new\s+)?(?:task|to-?do|reminder))\s*[.!]\s+(?=\S)/i,
      '$1: ',
    )
    // "The farmer, I asked already": the thing first, then what was done to it
    .replace(
      /^((?:the|my|our)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}),\s*(i|we)\s+((?:have|had|just)\s+)?([a-z]+)(?:\s+(?:him|her|them|it))?\s+already\b/iu,
      (m, thing: string, who: string, _have, verb: string) =>
        Object.hasOwn(IRREGULAR_PAST, verb.toLowerCase()) || /[a-z]{2,}ed$/i.test(verb)
          ? `${who} ${verb} ${thing} already`
          : m,
    )
    // "done and dusted", "signed, sealed and delivered": done
    .replace(
      /\b(?:done\s+and\s+dusted|signed,?\s+sealed,?\s+and\s+delivered|sorted\s+and\s+done)\b/gi,
      'done',
    )
    // "…, it's not done after all can you put it back": said twice, once as news
    .replace(
      /,\s*(?:so\s+)?(?:it'?s|it is|that'?s|that is)\s+not\s+(?:done|finished|sorted)(?:\s+after\s+all)?[,\s]+(?=(?:so\s+)?(?:(?:can|could|would)\s+you\s+|please\s+)?(?:put|bring|add)\s+(?:it|that|this)\s+back\b)/gi,
      ', ',
    )
    // "Mr Tanaka invoice, he paid cash so it is not necessary": the task, not needed (why aside)
    .replace(
      /^([^,.;]{3,60}?),\s*(?:he|she|they|we|i)\b[^.;]*?\s+so\s+(?:it'?s|it is|that'?s|that is|it's)\s+(not\s+(?:necessary|needed|required)|no\s+longer\s+needed|unnecessary)\b/i,
      '$1 $2',
    )
    // "first thing friday would work", "Tuesday at 3 suits me": a when, offered
    .replace(
      /^(.+?)\s+(?:(?:would|will|should|could)\s+(?:work|do|suit(?:\s+(?:me|us|them|him|her))?|be\s+(?:fine|good|ok|okay|great|better|best|perfect))|works|suits(?:\s+(?:me|us|them|him|her))?|is\s+(?:fine|good|ok|okay|better|best|perfect))(?:\s+for\s+(?:me|us|them|him|her))?(?:\s+(?:then|thanks|please))?[.!]*$/i,
      (m, when: string) =>
        onlyDetails(when.replace(/^(?:maybe|perhaps|i think|so)\s+/i, '')) ? when : m,
    )
    // "make the website p3 with a due date of the 28th": two changes of the one task
    .replace(
      /^((?:make|set|mark|put|change)\s+.+?\s+(?:p[1-4]|(?:high|low|medium|top|normal)(?:\s+priority)?|urgent|priority\s+[1-4]))\s*,?\s+with\s+(?:a\s+)?(?:due\s+date|deadline|date)\s+(?:of\s+)?(?=\S)/i,
      '$1 and due ',
    )
    // "r we behind on anything": are
    .replace(/(^|[.!?]\s+)r\s+(?=(?:we|u|you|they|there|any|all|these|those)\b)/g, '$1are ')
    // "push it to next tuesday the client said its fine": who agreed, said without a pause
    .replace(
      /(?<=\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|\d(?:am|pm)?|noon|midday))\s+(?=(?:the|my|our|his|her|their)\s+[\p{L}'’-]+\s+(?:said|says|reckons|thinks|agreed|confirmed|told\s+(?:me|us))\b)/giu,
      ', ',
    )
    // "it is the lamp oil I did, not the sledge", "the promo is what I did, not the archive": the
    // one done, put right ("the heating one stays, I did not call them yet" is no such thing)
    .replace(
      /^((?:(?:no|wait|sorry|oops|hang on|hold on|wrong|my bad|actually)[,\s]+)*)(?:it\s+(?:is|was)\s+|it's\s+)?(.+?)\s+(?:is\s+what\s+|was\s+what\s+|that\s+)?(?:i|we)\s+(?:did|done|finished)(?:\s*,\s*|\s+(?=not\s+(?:the|my|our|that|this|a|an)\b))not\s+(.+)$/i,
      (m, _lead: string, did: string, not: string) =>
        /^(?:it|that|this|what)$/i.test(did.trim()) ? m : `it's ${did} that's done, not ${not}`,
    )
    // "I must remove the task about Mrs Doyle": a change to the list, asked
    .replace(
      /\b(?:i|we)\s+(?:must|need\s+to|have\s+to|want\s+to|would\s+like\s+to|'d\s+like\s+to|should)\s+(?=(?:remove|delete|cancel|scrap|drop|bin)\s+(?:the\s+|my\s+)?(?:task|item|todo|reminder|entry)\b)/gi,
      '',
    )
    // "nvm make it the weekend": this weekend
    .replace(/\b((?:make)\s+(?:it|that|this|them)\s+)the\s+weekend\b/gi, '$1this weekend')
    // "make it p two" (dictated): p2
    .replace(
      /\b(p|priority)\s+(one|two|three|four)\b/gi,
      (_, p: string, n: string) =>
        `${p.toLowerCase() === 'p' ? 'p' : 'priority '}${['one', 'two', 'three', 'four'].indexOf(n.toLowerCase()) + 1}`,
    )
    // "Stick in a job for me there: …" (Irish "there"): for me
    .replace(/\b(for\s+(?:me|us))\s+there\b(?=\s*[:,])/gi, '$1')
    // "add sort the box, low priority, no date": no date is no detail to read
    .replace(
      /,\s*(?:and\s+)?(?:no|without\s+an?|without)\s+(?:due\s+)?(?:date|deadline)(?:\s+(?:yet|for now|needed|on it))?(?=\s*[,.!]|\s*$)/gi,
      (m, at: number, all: string) =>
        /^(?:(?:please|pls|can you|could you)\s+)?(?:add|new task|create|put down|jot down|note down)\b/i.test(
          all,
        ) && at > 0
          ? ''
          : m,
    )
    // "Move it to Monday so, the crane's not coming till then" (Irish "so"): said, then why
    .replace(/(?<=\S)\s+so\s*,\s+(?=(?:the|my|our|he|she|they|it|we|i)\b)/gi, ', ')
    // "acc make it sun 2pm": actually
    .replace(/^acc\b[,\s]*(?=\S)/i, 'actually ')
    // "order the gas cylinders, to be done on the 15th": when, said formally
    .replace(
      /,\s*to\s+be\s+(?:done|completed|finished|carried out)\s+(?=(?:on|by|before|for)\s)/gi,
      ' ',
    )
    // A letter: "Dear Sir or Madam, …", "… I remain, yours sincerely, Harold Pike"
    .replace(/^dear\s+[^,;\n]{1,40}[,;:]\s*/i, '')
    .replace(
      /[\s.,;]*(?:i\s+remain,?\s*)?(?:yours\s+(?:sincerely|faithfully|truly)|with\s+kind(?:est)?\s+regards|kind(?:est)?\s+regards|best\s+wishes|warm\s+regards)\b[^]*$/i,
      '',
    )
    // "I write to ask that the insurance task be amended to read …": a new title, asked formally
    .replace(
      /^(?:(?:i\s+(?:write|am writing)\s+to\s+ask|i\s+(?:would\s+)?(?:ask|request)|may\s+i\s+ask|could\s+i\s+ask)\s+that\s+)(?:the\s+)?(.+?)\s+(?:be|is)\s+(?:amended|changed|updated|altered|corrected)\s+to\s+(?:read|say)\s*:?\s+(.+)$/i,
      'rename the $1 to $2',
    )
    // "so that's that done": settled, so done
    .replace(/\bthat(?:'s|\s+is)\s+that\s+(done|sorted|finished|dealt with)\b/gi, "that's $1")
    // "Put in that I should service the tandem": a task, said as what should be done
    .replace(
      /^(?:(?:please|pls|can you|could you)\s+)?(?:put|stick|pop|bung)\s+(?:in|down)\s+(?=that\s+(?:i|we)\s)/i,
      'add ',
    )
    // "can show me my task", "can add one more": asked, without the "you"
    .replace(
      /^(can|could)\s+(?=(?:show|tell|list|give|delete|remove|mark|tick|help|check|move|change|rename|update|clear|close)\s)/i,
      '$1 you ',
    )
    // "call Khun Noi finish already", "report done already liao": done, said so
    .replace(
      /\s+(?:(?:finish(?:ed)?|done|complete|completed)\s+already|already\s+(?:finish(?:ed)?|done|complete|completed)|finish(?:ed)?\s+liao|(?:done|finish(?:ed)?)\s+(?:already\s+)?(?:liao|oredi|orady))(?=\s*[?!.]*\s*$)/gi,
      ' done',
    )
    // "I'd like to be reminded to water the tomatoes": remind me to
    .replace(
      /^(?:(?:please|so|ok|okay)[,\s]+)?(?:i'?d\s+(?:like|love)|i\s+(?:would|should)\s+(?:like|love)|i\s+want|i\s+need|i'd\s+appreciate)\s+(?:to\s+)?(?:be\s+)?reminded\s+(?:to|about)\s+/i,
      'remind me to ',
    )
    // "push the power bill out a week eh": the "eh" asks nothing
    .replace(/[,\s]+eh(?=\s*[?!.]*\s*$)/i, '')
    // "what've I to do today?": what have I
    .replace(/\b(what|which|where|who)'ve\b/gi, '$1 have')
    // "what all is due today?" (Indian English): what is
    .replace(/^(what|who|where)\s+all\s+(?=is|are|do|have|has|'s)/i, '$1 ')
    // "she wants it pushed back a week": push it back a week
    .replace(
      /^(?:(?:she|he|they|we|i|the\s+\S+)\s+)?(?:wants?|needs?|would like|'d like|asked for|asks for|prefers?)\s+(it|that|them)\s+(pushed|moved|brought|put|shifted|bumped)\b/i,
      (_, it: string, verb: string) =>
        `${({ pushed: 'push', moved: 'move', brought: 'bring', put: 'put', shifted: 'shift', bumped: 'bump' } as Record<string, string>)[verb.toLowerCase()]} ${it}`,
    )
    // "Add the same for flat 5": the last task again, for flat 5 (continuation.ts)
    .replace(
      /^(?:(?:please|pls)\s+)?(?:(?:can|could|would)\s+you\s+)?(?:add|put|create|make|do)\s+(?=(?:the\s+)?same(?:\s+(?:again|thing|one|task))?\s+(?:for|with)\s)/i,
      '',
    )
    // "remind me on the 21st to move the cattle": the thing to do, then when
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*remind me)\s+((?:on|at|by|this|next|tomorrow|today|tonight|in|every|each|first thing)\b[^,]{1,30}?)\s+to\s+(?=\S)(.+)$/i,
      '$1 to $3 $2',
    )
    // "set up a task to run payroll", "set me a reminder to …": add it
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*)set\s+(?:up\s+)?(?:a|an|me\s+a|me\s+an)\s+(?:new\s+)?(?:reminder|task|to-?do)\s+to\s+(?=\S)/i,
      '$1add ',
    )
    // "set a reminder for next Tuesday": a task for then (what it says comes next)
    .replace(
      /^((?:(?:please|pls|can you|could you)\s+)*)(?:set|make|create)\s+(?:up\s+)?(?:me\s+)?an?\s+(?:new\s+)?(?:reminder|task|to-?do)\s+(?=(?:for|on|at|next|this|tomorrow|today|tonight)\b)/i,
      '$1add a task ',
    )
    // "I need to rename one of the filing tasks": a change to a task on the list, asked for
    // ("I need to delete the old photos" is a task)
    .replace(
      /^(?:(?:i|we)\s+)?(?:need|want|have|would like|'d like|wanna|gotta)\s+to\s+(rename|delete|remove|change|edit|update|mark|tick|move|reschedule|reopen|untick|retitle)\s+(?=(?:one of\s+(?:the|my)\s+.+?\s+(?:tasks|ones|jobs|items)|(?:the|my|that|this)\s+.+?\s+(?:task|one|reminder|item|job)|it|that|this|task\s*#?\d+)[.!]*$)/i,
      '$1 ',
    )
    // "what's the most urgent thing on here": the urgent ones
    .replace(/\bthe\s+most\s+(urgent|important)\s+(?:thing|task|one|job|item)s?\b/gi, '$1')
    // "wot time is my mri", "wat time": what
    .replace(/^(?:wot|wat|wht|wut)\b/i, 'what')
    // "Ah need tae phone the vet": I need to, said in Scots
    .replace(/^ah\s+(?=(?:need|have|want|must|got|cannae|canny|will|'ll|should)\b)/i, 'I ')
    .replace(/\b(need|have|got|want|going|ought)\s+tae\b/gi, '$1 to');
  return (
    spokenForms(early)
      // "mate, the water bill's urgent": who is spoken to, not what is said
      .replace(/^(?:mate|dude|bro|pal|buddy|love|hun|man|oi|yo)\s*,\s*(?=\S)/i, '')
      // "bhai add …", "yaar add a task …", "eh add …": the same, without the comma
      .replace(
        /^(?:bhai|yaar|oga|boss|bro|sis|dude|mate|oi|yo|hey|chale|ayy?|bruv|fam|eh|ach|och|eish|ag|aiya|haiya|alamak|arre)[,\s]+(?=(?:add|put|mark|tick|delete|remove|rename|move|push|change|make|set|show|tell|list|what|when|which|how|can|could|please|pls|give|cancel|no|nah|actually|wait)\b)/i,
        '',
      )
      // "ok so first I need to …": the first of what is said, not a deed done first
      .replace(
        /^(?:(?:ok|okay|right|so|and)[,\s]+)*(?:first(?:ly)?|first of all|next|then)[,\s]+(?=(?:i|we)\s+(?:need|have|must|gotta|got|should|want)\b|add\b|remind\b)/i,
        '',
      )
      // "actually la, make it 14" (Singlish), "Sasa, change it to …" (Swahili: now): said to begin
      .replace(
        /^((?:actually|ok|okay|no|wait)[,\s]+)?(?:la|lah|sasa|haya|acha|achha|theek hai)[,\s]+(?=\S)/i,
        '$1',
      )
      // "Doh need the chrome polish task again, delete it nah" (Trinidad): don't; "nah" said to end
      .replace(/^doh\s+(?=need|want|do|worry|bother)/i, "don't ")
      .replace(/(?<=\S)[,\s]+nah[.!]*$/i, '')
      // "the payment has gone through oo, tick it off": said in passing
      .replace(/(?<=\S)\s+o{1,3}(?=\s*[,.!?])/gi, '')
      // "would ya put down …": you
      .replace(/\b(would|could|can|will)\s+ya\b/gi, '$1 you')
      // "beg yuh add …" (patois): please; "mek it every two weeks": make
      .replace(/^beg\s+(?:yuh|you|ya)\b[,:\s]*/i, 'please ')
      .replace(/\bmek\b/gi, 'make')
      // "mum's one due sunday can", "move it to 3pm can or not" (Singlish): asked, politely
      .replace(
        /(?<=\b(?:\w+day|\w+days|tomorrow|tmr|tmrw|today|tonight|morning|afternoon|evening|night|week|month|am|pm|\d|it|that|this|them|done|off|back|urgent|priority|please|pls|lah|la))[\s,]+can(?:\s+(?:or\s+not|ah|anot|not))?\s*[?.!]*$/i,
        '',
      )
      // "the dobi one delete already" (Singlish): delete it, now
      .replace(
        /(?<!\b(?:can|could|should|must|to|may)\s)\b(delete|remove|cancel|untick|reopen)\s+(?:it\s+|that\s+)?already(?:\s+(?:lah|la|leh|ah))?\s*[.!]*$/i,
        '$1 it',
      )
      // "the dobi one delete it", "task 3 tick it off": the task, then what to do with it
      .replace(
        /^((?:the|my)\s+[^,]+?\s+(?:one|task|job)|task\s*#?\d+|#\d+)\s+(?=(?:delete|remove|cancel|tick|mark|untick|reopen|bin|scrap)\s+(?:it|that)\b)/i,
        '$1, ',
      )
      // "clear those away", "clear it off": remove them
      .replace(
        /\bclear\s+(those|them|these|it|that)\s+(?:away|off|out)(?:\s+(?:of\s+)?(?:the|my)\s+list)?\b/gi,
        'delete $1',
      )
      // "sick, delete them", "sweet, tick it": glad, then the request
      .replace(/^(?:sick|sweet|mint|lush|ace|wicked|noice|nice one)\s*[,!]+\s*(?=\S)/i, '')
      // "she's right, bait's sorted" (Australian: it's fine)
      .replace(/^(?:she's|she'll be)\s+(?:right|apples)\s*[,!.]+\s*(?=\S)/i, '')
      // "…, better put it back on the list": the request after the news
      .replace(
        /(?<=\S)\s*,\s*(?:so\s+)?(?:you'd\s+|i'd\s+)?better\s+(?=(?:put|mark|tick|add|delete|remove|move|reopen|untick)\b)/gi,
        ', ',
      )
      // "on Fri lah, 10am" (Singlish): the particle says nothing
      .replace(/\s+(?:lah|leh|lor|meh|hor)\b(?=\s*(?:[,.!?]|$))/gi, '')
      // "what's the most pressing thing": the urgent ones
      .replace(/\bthe\s+most\s+pressing\s+(?:thing|task|one|job|item)s?\b/gi, 'urgent')
      // "…, hon", "… o", "…, tidy": who is spoken to, or a word said to end ("tidy", "o", "sha");
      // (a word that is also a thing only after a comma: "extract the heather honey")
      .replace(
        /(?<=\S)(?<!\b(?:and|or|so|just|not|is|was|do|did|think|hope|said|say|more|even|quite|it|that|them|this|mark|do|the|a|an|my|your|our|his|her|their|some|of|for|with|to|from|at|on|in|by|about|buy|get|order|call|ring|email|text|ask|tell|pay|meet|visit|see))(?:[\s,]+(?:hon|hun|luv|darling|bro|bruv|sis|chale|yaar|bhai|o+|sha|abeg|innit|fam|bestie|babe|babes|fr|frfr|ngl|so|po)|\s*,\s*(?:bach|cariad|boyo|lad|lass|pet|hen|duck|ah|honey|love|dear|mate|boss|tidy|lush))\s*[.!?]*$/i,
        '',
      )
      // "combs are all sharp as", "the ute's clean as now" (Australian): very
      .replace(
        /\b((?:is|are|'s|'re|all|now)\s+(?!same\b|such\b|well\b|soon\b|far\b|long\b|much\b|good\b)[a-z]+)\s+as\b(?=\s*(?:[,.!;—–]|now\b|$))/gi,
        '$1',
      )
      // "geog homework is so done": done
      .replace(/\b(is|are|'s|'re)\s+so\s+(done|finished|sorted)\b/gi, '$1 $2')
      // "that's a wrap on the rough cut": it's done
      .replace(
        /^(?:that's|that is|it's|it is)\s+a\s+wrap\s+(?:on|for)\s+(.+?)[.!]*$/i,
        '$1 is done',
      )
      // "Gran's wifi is working, mission accomplished", "the big oak is down, job done": that's done
      .replace(
        /^(.{3,}?)(?<!\b(?:that|it|this|them))\s*[,;—–-]+\s*(?:mission accomplished|job done|job's a good 'un|job's a good un|all done|job sorted|done)[.!]*$/i,
        '$1 — done',
      )
      // "push it back another 2 days", "a further week": that much more
      .replace(
        /\b(back|forward|later|earlier|on)\s+(?:another|a further|an extra|a few more)\s+(?=\d|an?\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|week\b|day\b)/gi,
        '$1 ',
      )
      // "push it back 2": days, when nothing else is said
      .replace(
        /\b(push|move|bump|put|shift|kick)\s+(it|that|this|them)\s+back\s+(\d{1,2}|two|three|four|five|six|seven)$/i,
        '$1 $2 back $3 days',
      )
      // "we're moving to Thursdays", "they're switching it to Fridays": the days it repeats on
      .replace(
        /^(?:(?:so|and|oh|also)[,\s]+)?(?:we're|we are|they're|they are|it's|it is|its)\s+(?:moving|switching|changing|going)\s+(?:it\s+|them\s+)?(?:over\s+)?to\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)days\b)/i,
        'make it ',
      )
      // "urgent!! need to replace the windscreen by friday": a new task, urgent
      .replace(
        /^(?:urgent|asap|important|priority)\s*(?:[!:.,]+|\s-+)\s*((?:(?:i|we)\s+)?(?:need to|have to|must|gotta|got to|add|remind me to|please add|don't forget to|dont forget to)\s.+?)[.!]*$/i,
        '$1, urgent',
      )
      // "the papers arenae served", "Galbraith wisnae in": not, said in Scots
      .replace(
        /\b(are|is|was|were|did|do|does|can|could|would|should|have|has|wis|dinnae|din)nae\b/gi,
        (_, v: string) =>
          `${({ wis: 'was', din: 'do', dinnae: 'do' } as Record<string, string>)[v.toLowerCase()] ?? v}n't`,
      )
      // "I ticked off the wrong one - the fence quote isn't done, the shed quote is": the
      // correction itself
      .replace(
        /^(?:(?:oops|sorry|oh|argh|ugh|damn)[,\s]+)*(?:i|we)\s+(?:ticked|marked|checked|crossed)(?:\s+off)?\s+the\s+wrong\s+(?:one|task)(?:\s+off)?\s*[-–—,;:.]+\s*(?=\S)/i,
        '',
      )
      // "…, the shed quote is": that one is done
      .replace(
        /^(.+?\b(?:isn't|is not|aren't|are not|wasn't)\s+(?:done|finished|sorted|complete|completed))\s*[,;]\s*(?:but\s+)?((?:the|my|our)\s+.+?)\s+(is|are|was)$/i,
        '$1. $2 $3 done',
      )
      // "the kettle return didn't go through": it isn't done
      .replace(
        /^((?:the|my|our)\s+.+?)\s+(?:didn't|did not|never)\s+(?:go through|go ahead|work out|get done|go out|get sent|arrive)\b/i,
        "$1 isn't done",
      )
      // "car failed its MOT so that's not done after all": mark it not done, and why
      .replace(
        /^(.+?)\s*,?\s+so\s+(that|it|this)(?:'s|\s+is)\s+not\s+(?:done|finished|sorted|complete)\b(?:\s+(?:after all|yet|any more|anymore))?$/i,
        '$1, so mark $2 not done',
      )
      // "all today's jobs finish already" (Singlish): they are done
      .replace(
        /^((?:all|everything)\b.+?)\s+(?:finish|finished|done|settle|settled|complete)\s+(?:already|liao|oredi)$/i,
        '$1 are done',
      )
      // "everything tagged #garden is done, mad weekend": the news, then a word on it
      .replace(
        /^(.{3,}?\b(?:is|are|'s|'re)\s+(?:now\s+|all\s+)?(?:done|finished|sorted|complete|completed)(?:\s+now)?)\s*[,;—–-]+\s*(?![^,]*(?:\b(?:too|also|as well|and|but|not|n't|except|apart|only|just|still|though|tho|done|finished|sorted|complete|completed|ticked|paid|booked|sent|fixed|ready|is|are|was|were|has|have|please|pls|tick|mark|cross|delete|remove|add|move|push|set|make|put|can|could|would)\b|'s\b|'re\b))[^,?]{1,30}$/i,
        '$1',
      )
      // Pidgin and patois: "make am urgent" (it), "e dey urgent" (it's), "dat one" (that), "mi
      // pay the stall fee already" (I), "the ECG bill don pay" (is paid)
      .replace(
        /\b(make|put|set|mark|tick|move|push|shift|bump|postpone|delete|remove|cancel|carry|leave)\s+am\b(?![:.]?\d)/gi,
        '$1 it',
      )
      .replace(/^e\s+(?:dey|don)\s+(?=\S)/i, "it's ")
      // ("remove the dat": the date, typed short)
      .replace(/\b(the|its|a|due)\s+dat\b(?!\s+(?:one|task|thing)\b)/gi, '$1 date')
      .replace(/\bdat\b/gi, 'that')
      .replace(/^mi\s+(?=([a-z]+)\s)/i, (m, verb: string) =>
        TASK_VERBS.has(verb.toLowerCase()) ? 'I ' : m,
      )
      .replace(
        /^((?:the|my|di|dat|that)\s+.+?|[a-z]+\s+[a-z]+)\s+don\s+([a-z]+)(?=\s*(?:[,.!]|$))/i,
        (m, thing: string, verb: string) =>
          TASK_VERBS.has(verb.toLowerCase()) ? `I ${verb} ${thing} already` : m,
      )
      // "…, though the shower is still dripping, honestly it's never-ending": a sigh at the end
      .replace(
        /[,;]\s*(?:honestly|seriously|tbh|to be honest|i swear|god|ugh|sigh)[,\s]+(?:it'?s|it is|this is|that's|what a|i'm|im|i am)\b[^,;]*$/i,
        '',
      )
      // "the propane I buy it this morning", "I buy the propane yesterday" (second-language
      // English: the plain verb, told with a time gone by): done
      .replace(
        /^((?:and\s+)?(?:the|my|our)\s+[^,;]+?)\s+(?:i|we)\s+(?:already\s+)?([a-z]+)\s+(?:it|them)(?:\s+(?:this morning|yesterday|earlier|last night|just now|already))*\s*[.!]*$/i,
        (m, thing: string, verb: string) =>
          TASK_VERBS.has(verb.toLowerCase()) ? `I already ${verb} ${thing}` : m,
      )
      // ("Mrs Lin prescription already call her, finish": the thing, then the deed done)
      .replace(
        /^((?!(?:i|we|you|it|that|this|they|he|she)\b)[^,;]+?)\s+already\s+([a-z]+)\s+(?:her|him|them|it)(?:\s*,\s*(?:finish|finished|done|ok|okay))?\s*[.!]*$/i,
        (m, thing: string, verb: string) =>
          TASK_VERBS.has(verb.toLowerCase()) ? `I already ${verb} ${thing}` : m,
      )
      .replace(
        /^(?:i|we)\s+([a-z]+)\s+(.+?)\s+(?:this morning|yesterday|earlier today|last night|just now)\s*[.!]*$/i,
        (m, verb: string, thing: string) =>
          TASK_VERBS.has(verb.toLowerCase()) ? `I already ${verb} ${thing}` : m,
      )
      // "oh and Sunday I need to take Aunty Rosie to church at 9am - add that too": a new one
      .replace(
        /^((?:(?:oh|and|also|plus)[,\s]+)*)(.{6,}?)\s*(?:[,;—–]|\s-)\s*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:add|put|stick|pop)\s+(?:that|it|this)(?:\s+(?:on|to|in|down)(?:\s+(?:my|the)\s+list)?)?(?:\s+(?:too|as well|also|please|pls|for me|for us))*[.!]*$/i,
        (m, lead: string, what: string) =>
          /^(?:i\s+(?:need|have|must|gotta)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|next)\b/i.test(
            what,
          )
            ? `add ${what.replace(
                /^((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|next\s+\w+)\s+)?(?:i\s+(?:need|have|must|gotta)(?:\s+to)?\s+)(.+)$/i,
                (_, day: string | undefined, rest: string) =>
                  `${rest}${day ? ` ${day.trim()}` : ''}`,
              )}`
            : m,
      )
      // "and Sunday too - make it every Saturday and Sunday": the repeat says it all
      .replace(
        /^(?:(?:oh|and)[,\s]+)*((?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\s+too\s*(?:[,;—–]|\s-)\s*((?:make|set)\s+it\s+(?:repeat\s+)?every\s+.*\b\1\b.*)$/i,
        '$2',
      )
      // "party stuff add: order the cake, blow up balloons": what it is for, then the list
      .replace(
        /^((?:[\p{L}'-]+\s+){0,3}(?:stuff|things|bits|prep|list|jobs))\s+(?=add\s*:)/iu,
        '$1. ',
      )
      // "Chloe wants changes to the birth plan so open that back up": the news, then the request
      .replace(
        /(?<=[\p{L}\p{N}'])\s+so\s+(?=(?:please\s+)?(?:open|re-?open|tick|untick|delete|remove|bin|cross|cancel)\s+(?:it|that|this|them|those)\b)/giu,
        ', so ',
      )
      // "task 3 - got it done", "the 2nd one: had it sorted": done, said of the task named
      .replace(
        /(\S)\s*([-–—:])\s*(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:got|had|have got|gotten)\s+(?:it|that|this|them)\s+(done|sorted|finished|fixed)(?=\s*[.!]*$)/i,
        '$1 $2 $3',
      )
      // "first one is done only" (Indian English): "only" stresses it, no more
      .replace(/\b(done|finished|completed|complete|sorted|over)\s+only(?=\s*[.!]*$)/i, '$1')
      // "so the fittings are picked up mark that one done": news run on into the request
      .replace(
        /(\b(?:is|are|was|were|'s|'re|been)\s+(?:all\s+|now\s+|just\s+|finally\s+)?\p{L}{3,}(?:\s+(?:up|off|out|in|back|away))?)\s+(?=(?:please\s+)?(?:mark|tick|cross|check off|delete|remove|bin|reopen)\s+(?:it|that|this|them)\b)/giu,
        '$1, ',
      )
      // "the dim sum booking, please remove": remove it
      .replace(
        /^((?:the|my|that)\s+(?![^,]*\b(?:is|are|was|were|has|have|had|isn't|wasn't)\b|[^,]*'s\s)[^,]{2,60}?)\s*,\s*(?:(?:please|pls|kindly|can you|just)\s+)*(remove|delete|cancel|bin|scrap|drop|tick off|cross off|reopen)(?:\s+(?:it|that|please|pls|thanks))*[.!]*$/i,
        '$2 $1',
      )
      // "wash up is done, the rest too": and the rest are done too
      .replace(
        /^(.+?\b(?:is|are|'s|'re)\s+(?:all\s+)?(?:done|finished|sorted|complete|completed)(?:\s+now)?)\s*,\s*(?:and\s+)?the\s+rest(?:\s+of\s+(?:them|it|the list))?(?:\s+(?:too|as well|also))?[.!]*$/i,
        '$1, and the rest are done too',
      )
      // "actually not the barbecue, that one shouldn't have a priority": said of the barbecue
      .replace(
        /^((?:(?:actually|no|oh|wait|sorry)[,\s]+)*)not\s+((?:the|my)\s+[^,]+?)\s*,\s*(?:that|it|this)(?:\s+one)?\s+(?=(?:shouldn't|should not|doesn't|does not|don't|needs|should|can|isn't|is not)\b)/i,
        '$1$2 ',
      )
      // "the bike lock ain't urgent", "I ain't done it": isn't, haven't
      .replace(/\b(i|we|you|they)\s+ain'?t\b/gi, "$1 haven't")
      .replace(/\bain't\b/gi, "isn't")
      // "remind me fi call Miss Pearl" (patois): to
      .replace(/\b(me|us)\s+fi\s+(?=[a-z])/gi, '$1 to ')
      // "aye, three jobs for the list the now: a, b, c": these, to add
      .replace(
        /^(?:(?:aye|ok|okay|right|so|yeah)[,\s]+)*(?:(?:two|three|four|five|six|\d)\s+(?:jobs|things|tasks|items|bits))\s+(?:for|on|to)\s+(?:the|my)\s+(?:\w+\s+)?list(?:\s+(?:the now|now|please|pls))?\s*:\s*/i,
        'add these: ',
      )
      // "what I need to settle today ah?" (Singlish): what's due then
      .replace(
        /^what\s+(?:i|do i)\s+(?:need|have|got)\s+to\s+(?:settle|do|sort|finish|clear)\s+(today|tomorrow|tmr|tonight|this week)(?:\s+(?:ah|leh|lah|hor))?\s*\??$/i,
        (_, when: string) => `what's due ${when.replace(/^tmr$/i, 'tomorrow')}?`,
      )
      // "the servis kereta one not so urgent already, make it low priority": isn't urgent
      .replace(
        /^((?:the|my)\s+.+?\s+(?:one|task|job))\s+not\s+(?:so\s+|that\s+|very\s+)?urgent(?:\s+(?:already|anymore|any more|now))?\s*,/i,
        "$1 isn't urgent,",
      )
      // "wah mi have pon mi list" (patois): what do I have on my list; "tek it out": take
      .replace(/^wah\s+(?:mi|me)\s+(?:have|got|ha)\b/i, 'what do I have')
      .replace(/^(?:wah\s*gw?aa?n|wagw?aa?n)\b[\s,!.]*/i, '')
      // "wha time mi carry Mummy to clinic?" (patois): what time do I; "dem change it": they
      .replace(/^wha\s+(?=time|day|mi|me|yuh|dem)\b/i, 'what ')
      .replace(/^(what time|when|what day)\s+(?:mi|me)\s+(?=[a-z])/i, '$1 do I ')
      .replace(/^dem\s+(?=[a-z])/i, 'they ')
      .replace(/^wah\b/i, 'what')
      .replace(/\bpon\b/gi, 'on')
      // "pay the light bill fi Friday", "wah mi have fi do inna di next few days": for, to, in the
      .replace(
        /\bfi\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|today\b|tomorrow\b|tonight\b|next\b|the\b|di\b|dis\b)/gi,
        'for ',
      )
      .replace(/\b(have|got|need|want)\s+fi\s+(?=[a-z])/gi, '$1 to ')
      .replace(/\binna\s+di\b/gi, 'in the')
      .replace(/\b(in|on|for|by|to|from|at)\s+di\s+(?=[a-z])/g, '$1 the ')
      .replace(/\b(in|on|for|by|till|until)\s+dis\s+(?=[a-z])/gi, '$1 this ')
      .replace(/\bmi\s+(?=(?:list|tasks?|to-?do|jobs?)\b)/gi, 'my ')
      .replace(/\btek\b/gi, 'take')
      .replace(/\bnuh\b/gi, "doesn't")
      // "take it out, it doesn't apply to me again": off the list
      .replace(/^take\s+(it|that|dat|this|them)\s+out\b(?!\s+(?:of the|the)\b)/i, 'delete $1')
      // "I don pay Iya Bisi" (pidgin): I have paid her
      .replace(/^(?:i|we|mi)\s+don\s+([a-z]+)\s+(?=\S)/i, (m, verb: string) =>
        TASK_VERBS.has(verb.toLowerCase()) ? `I already ${verb} ` : m,
      )
      // "tmr got what ah", "sat got what" (Singlish): what have I got then
      .replace(
        /^(.+?)\s+(?:got|have)\s+what(?:\s+(?:ah|ar|leh|lah|one))?\s*\??$/i,
        (m, when: string) =>
          /^(?:tmr|tmrw|tomorrow|today|tonight|this\s+\w+|next\s+\w+|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|the\s+weekend|weekend)$/i.test(
            when.trim(),
          )
            ? `what have I got ${when.trim().replace(/^tmrw?$/i, 'tomorrow')}?`
            : m,
      )
      // "fi Sunday morning" (patois): for
      .replace(/^fi\s+(?=\S)/i, 'for ')
      // "get rid of everything I've already knocked off": the done ones
      .replace(
        /\b(?:everything|all(?:\s+the\s+(?:ones|tasks|things))?|the\s+(?:ones|tasks|things))\s+(?:that\s+)?(?:i've|i have|we've|we have|i|we)\s+(?:already\s+)?(?:knocked off|done|finished|ticked off|completed|crossed off|sorted)\b/gi,
        'the done ones',
      )
      // "delete every freshers fair task, done or not": all of them
      .replace(
        /\s*,\s*(?:(?:whether\s+)?(?:they're|it's|they are|it is)\s+)?(?:done or not|finished or not|ticked or not|done and not done|done or undone)[.!]*$/i,
        '',
      )
      // "I have done what already?": what have I done
      .replace(
        /^(?:i|we)\s*(?:have|'ve)\s+(?:done|finished|completed)\s+what(?:\s+(?:already|so far|yet))?\??$/i,
        'what have I done',
      )
      // "tick em off", "mark em done": them
      .replace(/\b(tick|mark|cross|check|delete|remove|bin|move|push|tag)\s+em\b/gi, '$1 them')
      // "abeg undo" (Nigerian): please
      .replace(/\babeg\b[,\s]*/gi, 'please ')
      // "everything's sorted except the DVD player, tick the rest off": all but that one
      .replace(
        /^(?:everything|all of it|the lot)(?:'s|\s+is)\s+(?:now\s+)?(?:done|sorted|finished|complete)\s+((?:except(?: for)?|apart from|but|bar)\s+.+?)(?:\s*[,;]\s*(?:so\s+)?(?:tick|mark|cross)\s+(?:the rest|the others|them|everything else)(?:\s+(?:off|done|as done))?)?[.!]*$/i,
        'mark everything done $1',
      )
      // "we have to do the sheep again", "I'll need to redo that one": put back the one done
      .replace(
        /\b(?:(?:i|we)\s+(?:'ll\s+|will\s+)?|i'll\s+|we'll\s+)?(?:need|have|got)\s+to\s+(?:(?:redo|re-do)\s+((?:the|my|our)\s+[^,.;!?]+?|it|that|that one|this one|them)(?:\s+again)?|do\s+((?:the|my|our)\s+[^,.;!?]+?|it|that|that one|this one|them)\s+again)(?=\s*(?:[,.;!?]|$))/gi,
        (_, a?: string, b?: string) => `reopen ${a ?? b}`,
      )
      // "scrub number 7 off the list": delete it
      .replace(/^(?:please\s+)?scrub\s+(.+?)\s+off(?:\s+(?:the|my)\s+list)?$/i, 'delete $1')
      // "and a next one, order the oil": another one
      .replace(/\ba\s+next\s+one\b/gi, 'another one')
      // "you may tick off the chiropodist": tick it off
      // ("the big top sign, you can bin that": after the task named too)
      .replace(
        /(^|[,;]\s*)(?:(?:ok|okay|right|so)[,\s]+)?you\s+(?:may|can|could|might|should)\s+(?:now\s+|just\s+|go ahead and\s+)?(?=(?:tick|mark|cross|check|delete|remove|strike|bin|scrap|ditch|drop|chuck|get rid)\b)/i,
        '$1',
      )
      // "needs doin'", "goin", "gettin": the g dropped (not in a label: "#walkin")
      .replace(
        /(?<![#@\w])(do|go|com|gett|putt|mak|tak|hav|say|look|runn|fix|clean|work|be|see|call|tell|ask|pay|buy|dropp|pick|sort|check|shopp|wash|walk|feed|send|pack|book|even|morn|noth|someth)in(?:'|\b)/gi,
        '$1ing',
      )
      // "and priority make high", "the date put Friday" (second-language order): set it
      .replace(
        /(^|[,;]\s*(?:and\s+|also\s+|then\s+)*|\band\s+(?:also\s+)?)(?:the\s+|its\s+)?(priority|due date|deadline|date|time)\s+(?:please\s+)?(?:make|put|set|change)(?:\s+it)?\s+(?:to\s+|as\s+|on\s+|at\s+)?(?=\S)/gi,
        '$1set the $2 to ',
      )
      // "add me task for buy the tickets": a task to buy them
      .replace(
        /\badd\s+me\s+(?:a\s+|one\s+)?(?:task|reminder|todo|to-do)\s+(?:for|to)\s+(?=\S)/gi,
        'add ',
      )
      // "chuck in a reminder to …": add one
      .replace(
        /\b(?:chuck|bung|pop|stick|throw|put)\s+in\s+(?=(?:a|an|another|one more)\s+(?:new\s+)?(?:reminder|task|todo|to-do|item|note|job)\b)/gi,
        'add ',
      )
      // "add a task there to ring Mammy", "stick a reminder in there for me to …": the task
      .replace(
        /\b(add\s+(?:a|an|another|one more)\s+(?:new\s+)?(?:reminder|task|todo|to-do|item|note|job))\s+(?:in\s+|on\s+)?(?:there|here)(?:\s+for\s+me)?\s+(?=(?:to|for|about)\s)/gi,
        '$1 ',
      )
      // "I need to add a task, it's to ring the garage": that deed, added
      .replace(
        /^(?:(?:hi|hey|hello|morning|so|ok|okay|um|right)[,\s]+)*(?:i\s+(?:need|want|would like|'d like|have)\s+to|i\s+(?:wanna|gotta)|can\s+i|could\s+i|let\s+me|let's)\s+add\s+(?:a|an|another|one more)\s+(?:new\s+)?(?:task|reminder|to-?do|item|job)\s*[,:;—–-]?\s*(?:it's|it is|its|which is)\s+to\s+(?=\p{L})/iu,
        'add ',
      )
      // "put in collect the turf from Seamus", "put down chase up the plasterer": a deed put on
      // the list
      .replace(
        /^((?:(?:please|pls|can you|could you|would you)\s+)*)(?:put|pop|stick|chuck|bung|jot|write|note)\s+(?:in|down)\s+(?=([a-z]+(?:-[a-z]+)?)\s)/i,
        (m, lead: string, verb: string) =>
          TASK_VERBS.has(verb.toLowerCase()) || /^re-[a-z]+$/i.test(verb) ? `${lead}add ` : m,
      )
      // "and rather urgent, if you don't mind": urgent
      .replace(/\b(?:rather|quite)\s+(?=urgent\b)/gi, '')
      .replace(/[\s,]*\bif you (?:don't|do not) mind\b/gi, '')
      // "push that out a week": back
      .replace(/\b(push|put|move|shift|kick)\s+(it|that|this|them)\s+out\b/gi, '$1 $2 back')
      // "might I trouble you to add …", "may I ask you to add …": add
      .replace(
        /\b(?:might|may|could|can)\s+i\s+(?:trouble|bother|ask)\s+you\s+(?:to|for)\s+(?=(?:add|put|note|mark|tick|delete|remove|rename|move|change|make|set|show|tell|list|a look|look)\b)/gi,
        'please ',
      )
      // 'New task called "X" - keep the name exactly as it is': the quoted title, with a remark
      .replace(
        /^((?:please\s+)?(?:add\s+)?(?:a\s+)?(?:new\s+)?(?:task|todo|to-do|item)\s+(?:called|named|titled)\s+(["“'][^"”']+["”']))\s*[-–—,]\s*(?:keep|leave|use)\s+(?:the\s+|that\s+)?(?:name|title|wording)\b.*$/i,
        '$1',
      )
      // "actually no delete that its raining", "scrap that, my flatmate has one": the request,
      // then why ("undo that, I meant the litter one" says what was meant: correction.ts)
      .replace(
        /\b((?:delete|remove|scrap|bin|cancel|drop|ditch|undo|forget)\s+(?:that|it|this)(?:\s+one)?)\b[\s,;—–-]+(?=(?:its|it's|it is|my|our|his|her|he|she|they|we|i|cos|coz|because|since|as|no need|not needed|don't need)\b)(?!(?:and|then|also|i\s+meant|i\s+mean|i\s+wanted|it'?s\s+the|it\s+is\s+the|it\s+was)\b).*$/i,
        '$1',
      )
      // "checked the tyre pressure cross it off and add …": said without stops
      .replace(/^(\S+ed\s+.+?)\s+((?:cross|tick|mark|check)\s+(?:it|that)\s+off)\b/i, '$1, $2')
      // "no delete that": no, delete it
      .replace(
        /^((?:(?:actually|wait|oh|hmm+|ok|okay|oops)[,\s]+)*)(no|nah|nope)\s+(?=(?:delete|remove|scrap|bin|cancel|drop|ditch|undo|forget)\b)/i,
        '$1$2, ',
      )
      // "put it back as not done for now": reopen it
      .replace(
        /\b(?:put|set|mark|change|turn|switch)\s+(it|that|this|them)\s+back\s+(?:to|as|into)\s+(?:not\s+done|undone|open|pending|incomplete|to\s+do|unfinished|outstanding)\b(?:\s+for\s+now)?/gi,
        (_, a?: string, b?: string) => `reopen ${a ?? b}`,
      )
      // "add a job: prune the roses", "and another job: …", "+ another: …", "a second one: …"
      .replace(
        /^(?:(?:and|also|plus|\+)\s*)?(?:(?:please\s+)?(?:add|put|i'd like to add|i would like to add)\s+)?(?:a\s+|another\s*|one\s+more\s+|one\s+more\s+|a\s+second\s+|a\s+third\s+|the\s+next\s+)(?:job|one|item|thing|task|todo|to-do)?\s*:\s*(?=\S)/i,
        'add ',
      )
      .replace(
        /^(?:i'd|i would)\s+like\s+to\s+add\s+(?:a\s+)?(?:job|task|item|thing)\s*:\s*(?=\S)/i,
        'add ',
      )
      // "X, is urgent": urgent
      .replace(
        /,\s*(?:is|it's|its|it is)\s+(?=(?:very\s+)?(?:urgent|important|high priority|p[1-3])\b)/gi,
        ', ',
      )
      // "remind me what I've got to do", "how do i see what i have to do": the list still to do
      .replace(
        /^(?:(?:can you|could you|please)\s+)?(?:remind me|how (?:do|can) i see|how do i check|show me)\s+what\s+(?:i've|i have|i)\s+(?:got\s+)?(?:left\s+)?to\s+do\b.*$/i,
        "what's left to do",
      )
      // "you can finish the task" (the task just named): it
      .replace(
        /\b(finish|complete|close|tick off|cross off|mark off)\s+the\s+task\b(?!\s+(?:of|for|to|about|called|named))/gi,
        '$1 it',
      )
      // "jk he ran off …": only joking
      .replace(/^(?:jk|j\/k|just kidding|only joking|kidding)[,\s]+/i, 'no, ')
      // "would it be possible to add a note …": please add
      .replace(
        /^(?:would|will|is)\s+it\s+be\s+(?:at\s+all\s+)?possible\s+(?:for you\s+)?to\s+(?=\S)/i,
        'please ',
      )
      // "is it possible to delete the gym one?", "Is possible to erase …?" (the "it" left out)
      .replace(
        /^is\s+(?:it\s+)?possible\s+(?:for you\s+)?to\s+(?=(?:delete|erase|remove|add|mark|tick|move|change|rename|put|set|make|push|reopen|untick)\b)/i,
        'please ',
      )
      // "would you ever add …": would you add
      .replace(/\bwould you ever\b/gi, 'would you')
      // "record it as complete", "record a second task: …": mark, add
      .replace(
        /\brecord\s+(it|that|this|them|those)\s+as\s+(?=(?:complete|completed|done|finished)\b)/gi,
        'mark $1 as ',
      )
      .replace(
        /\brecord\s+(?:a|an|another|one more|a second|a new|a further)\s+(?:new\s+)?(task|item|todo|to-do|reminder)\b/gi,
        'add a $1',
      )
      // "nvm get rid of it": never mind it, so it goes
      .replace(
        /^(?:nvm|never\s?mind)[,\s]+(?=(?:get rid|delete|remove|bin|scrap|drop|cancel|forget|ditch|lose)\b)/i,
        '',
      )
      // "+ note: …": and
      .replace(
        /^\+\s*(?=(?:note|notes|desc|description|details|comment|memo|tag|label|due|priority|p[1-4])\b)/i,
        'and ',
      )
      // "also one more, practise speaking with Tom": one more task, said
      .replace(
        /^((?:and|also|oh and|plus)\s+)?one more\s*[,:-]\s*(?=\S+\s+\S)/i,
        (_, lead?: string) => `${lead ?? ''}add `,
      )
      // "backed up the sonar data, which took forever because … (ugh), and I also labelled the
      // samples": the aside between two pieces of news is neither
      .replace(/\s*\((?:ugh|argh|sigh|lol|haha|phew|finally|yay|grr+|meh|again|as usual)\)/gi, '')
      .replace(
        /,\s*(?:which|that|it)\s+(?:took|was|were|had|went|kept|nearly|almost|finally)\b[^,;]*(?=,\s*(?:and|but|plus|also)\s+(?:i|we)\b)/gi,
        '',
      )
      // "the hearing test is booked, finally, took three phone calls, and …": how long it took
      // (and a lone "finally") is an aside
      .replace(
        /,\s*(?:(?:finally|at last|phew)\s*,\s*)?(?:it\s+|that\s+|which\s+)?took\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?(?:ages|forever|a while|long enough|all (?:day|morning|afternoon|week)|(?:\S+\s+){0,2}(?:calls?|hours?|hrs?|minutes?|mins?|days?|weeks?|goes|tries|attempts|emails|trips|visits))\b[^,;.]*(?=$|[,;.])/gi,
        '',
      )
      .replace(/(?<=\S),\s*(?:finally|at last)\s*(?=,)/gi, '')
      // "…, and the nappies we still need, so just the hearing test for now": the task named
      // again at the end says which; it is no new request
      .replace(
        /[,;]\s*(?:so\s+)?(?:just|only)\s+(?:the\s+|my\s+)?((?:\p{L}+\s+){0,3}?\p{L}+)(?:\s+(?:for now|then|today|for today))?[.!]*$/iu,
        (tail: string, named: string, at: number, all: string) =>
          new RegExp(`\\b${named.replace(/[^\p{L}\s]/gu, '')}\\b`, 'iu').test(all.slice(0, at))
            ? ''
            : tail,
      )
      // "hive winter wrap: no date anymore": no date
      .replace(
        /\b(no\s+(?:due\s+)?(?:date|time|deadline|priority|repeat|labels?|tags?))\s+(?:any\s?more|any longer|now|from now on|needed)\b/gi,
        '$1',
      )
      // "and an hour later than before while you're at it": an hour later
      .replace(
        /\s*,?\s+(?:while\s+(?:you're|you\s+are|ur)\s+at\s+it|if\s+you\s+(?:can|could|don't\s+mind))(?=[.!]*$)/i,
        '',
      )
      .replace(
        /\b((?:earlier|later|sooner)\s*)\s+than\s+(?:before|it\s+(?:was|is)|now|planned|that)(?=[.!,]*$)/i,
        '$1',
      )
      // "Night shift rota earlier by 2 hours", "the vet 2 days later": move it so
      .replace(
        /^((?:the\s+|my\s+)?(?!(?:and|also|then|so|but|it|that|this|them|add|move|push|bring|shift|make|set|put|get|do|is|are|was|an?|one|two|remind|please|pls|can|could|would|will|i|i'm|im|we|let's|lets|let|don't|need|want|ask|tell|new|create|note|jot|schedule|plan|book|\d)\b)[\p{L}'’][\p{L}\p{N}'’ -]{2,60}?)\s+(?:((?:earlier|later|sooner))\s+by\s+((?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|half\s+an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?))|((?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|half\s+an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?))\s+(earlier|later|sooner))(?:\s+please)?[.!]*$/iu,
        (whole, task: string, w1?: string, a1?: string, a2?: string, w2?: string) =>
          /\b(?:is|are|was|were|will|gets?|got|comes?|came|moved|pushed)\s*$/i.test(task) ||
          /\b(?:it|that|this|them|make|move|push|bring|set|put|better|actually|no|sorry|oops|wait|ok|okay|right|well|has|have|had|been|be|being|was|were|is|are|rescheduled|changed|moved|pushed|delayed|postponed|needs?|needed|wants?|wanted|asks?|asked|says?|said|would|could|should|must|can|will|their|his|her)\b/i.test(
            task,
          )
            ? whole
            : `move ${task} ${a1 ?? a2} ${w1 ?? w2}`,
      )
      // "M20, not M16. Fix the title.", "I meant the tractor not the quad bike, change it": the
      // correction is the change; the request after it says so again
      .replace(
        /^(.*\b(?:not|should|meant|instead|wrong|typo|misspelt|misspelled)\b.*?)\s*[.!;,]?\s*(?:(?:so|and|then|please|pls|just|can you|could you)\s+)*(?:fix|correct|change|update|amend|edit)\s+(?:the\s+(?:title|name|task|wording|text)|that|it|this)(?:\s+(?:please|pls|accordingly|for me|then))?[.!]*$/i,
        '$1',
      )
      // "priority of 2 -> p2", "set the priority of task 3 to high": make that task so
      .replace(
        /^((?:(?:and|also|then|ok|okay)[,\s]+)*)(?:(?:please\s+)?(?:set|change|make|put)\s+)?(?:the\s+)?(?:priority|prio)\s+(?:of|on|for)\s+(task\s*#?\d{1,5}|#?\d{1,5}|the\s+.+?)\s*(?:->|=>|→|=|:|\s(?:to|as))\s*(p[1-4]|high|medium|low|urgent|top|none|normal)(?:\s+priority)?[.!]*$/iu,
        (_, lead: string, task: string, level: string) =>
          `${lead}make ${/^#?\d/.test(task) ? `task ${task.replace('#', '')}` : task} ${level}${/^p\d$/i.test(level) ? '' : ' priority'}`,
      )
      // "please make the priority of the heating task high": the same, without "to"
      .replace(
        /^((?:(?:and|also|then|ok|okay)[,\s]+)*)(?:please\s+)?(?:set|make)\s+(?:the\s+)?(?:priority|prio)\s+(?:of|on|for)\s+(task\s*#?\d{1,5}|#?\d{1,5}|the\s+.+?)\s+(p[1-4]|high|medium|low|urgent|top|none|normal)(?:\s+priority)?[.!]*$/iu,
        (_, lead: string, task: string, level: string) =>
          `${lead}make ${/^#?\d/.test(task) ? `task ${task.replace('#', '')}` : task} ${level}${/^p\d$/i.test(level) ? '' : ' priority'}`,
      )
      // "please make for this task the label family", "set for it the priority high" (German
      // order): that task, given it
      .replace(
        /^((?:(?:and|also|then|ok|okay)[,\s]+)*(?:please\s+)?)(?:make|set|put|give)\s+for\s+(it|this(?:\s+task|\s+one)?|that(?:\s+task|\s+one)?|task\s*#?\d{1,5}|the\s+.{2,40}?)\s+(?:the|a)\s+(label|tag|priority)\s+#?([\p{L}\p{N}_-]{1,40})[.!]*$/iu,
        (_, lead: string, task: string, field: string, value: string) =>
          /^p/i.test(field)
            ? `${lead}make ${task} ${value}${/^p\d$/i.test(value) ? '' : ' priority'}`
            : `${lead}tag ${task} ${value}`,
      )
      // "Put down for me, bach: …", "put down fi mi: …": for me, the fond word aside
      .replace(
        /\s*,\s*(?:bach|cariad|darlin['g]?|darling|love|luv|mate|hun|hon|honey|dear|pet|duck|sweetie|bro|fam|chief|pal|buddy)\s*(?=[:,.!?]|$)/giu,
        '',
      )
      .replace(/\b(put\s+down|write\s+down|note\s+down|add)\s+(?:fi|for)\s+mi\b/gi, '$1 for me')
      .replace(/(['"”’])\s+(?:fi|for)\s+mi(?=[.!,]*$)/giu, '$1 for me')
      // "withdraw the chauffeur task accordingly": as said
      .replace(/\s+accordingly(?=[.!]*$)/i, '')
      .replace(
        /^(?:i\s+)?beg\s+(?:you\s+)?(?=(?:put|add|write|note|mark|tick|take|remove|delete)\b)/i,
        'please ',
      )
      // "quick add check the tyres": add
      .replace(/^((?:(?:please|pls|ok|okay)[,\s]+)*)quick[- ]?add\s*:?\s+(?=\S)/i, '$1add ')
      // "withdraw the chauffeur task": remove it (not "withdraw cash")
      .replace(
        /\bwithdraw\s+(?=(?:the|that|this|my)\s+(?:.{1,60}?\s)?(?:task|one|job|item|entry)\b)/i,
        'remove ',
      )
      // "renew the taxi licence make that high priority": the task, then what to make it
      .replace(
        /^(?!(?:add|new|create|put|jot|note|remind)\b)((?:\S+\s+){1,7}?\S+)\s+(?=(?:make|set|mark)\s+(?:it|that|this)\s+(?:high|low|medium|top|urgent|p[1-4]|a\s+priority|priority|important)\b)/iu,
        (whole, task: string) =>
          /[,;:–—.!?-]|\b(?:could|can|would|will|you|please|pls|kindly)\b|\b(?:and|so|then|but)$/i.test(
            task,
          )
            ? whole
            : `${task}, `,
      )
      // "make it p1 mr davies is strict": the change, then why
      .replace(
        /\b((?:make|set|mark)\s+(?:it|that|this)\s+(?:p[1-4]|high(?:\s+priority)?|low(?:\s+priority)?|medium(?:\s+priority)?|urgent|top\s+priority))\s+(?=(?:\p{L}[\p{L}'’.]*\s+){1,3}(?:is|are|was|were|says|said|wants|needs|will|has)\b)/giu,
        '$1, ',
      )
      // "tag the jump one #release instead": the label, the "instead" said of it
      .replace(/(#\p{L}[\p{L}\p{N}_-]*)\s+(?:instead|too|as well)(?=[.!]*$)/giu, '$1')
      // "and add supervisor as a tag", "put tag #uni": tag it so
      .replace(
        /^((?:(?:and|also|ok|okay|then)[,\s]+)*)(?:add|put|give\s+it)\s+#?(\p{L}[\p{L}\p{N}_-]*)\s+as\s+(?:a\s+|an\s+|another\s+|the\s+)?(?:tag|label)(?:\s+(?:too|as well|please|on it|to it))*[.!]*$/iu,
        '$1tag it $2',
      )
      .replace(
        /^((?:(?:and|also|ok|okay|then)[,\s]+)*)(?:put|add|give\s+it)\s+(?:the\s+|a\s+)?(?:tag|label)\s+(#?\p{L}[\p{L}\p{N}_-]*)(?:\s+(?:too|as well|please|on it|to it))*[.!]*$/iu,
        '$1tag it $2',
      )
      // "… and file it under admin", "file under research": put it under that label
      .replace(/\bfile\s+(it|that|this|them)\s+under\s+(?=\S)/gi, 'put $1 under ')
      .replace(/(^|[,;]\s*|\band\s+)file\s+under\s+(?=#?\p{L})/giu, '$1put it under ')
      // "Add update the patient recall list, file it under admin": that label
      .replace(
        /\s*,\s*(?:and\s+)?(?:file|put|stick|pop)\s+(?:it|that)\s+under\s+#?(\p{L}[\p{L}\p{N}_-]*)(?:\s+(?:label|tag|category|list))?(?:\s+(?:please|too|as well))?[.!]*$/iu,
        ' #$1',
      )
      // "I need that you add 'Clean the cold room' …" (said in Spanish or French English): please
      .replace(/^(?:i\s+)?(?:need|want|would like)\s+that\s+you\s+(?=\S)/i, 'please ')
      // "thx, and whats due tmrw now?": the thanks, then the request
      .replace(
        /^(?:thx|thanks|thank you|ta|cheers|merci)(?:\s+(?:for\s+(?:earlier|that|before|everything|the\s+help|your\s+help|yesterday|all\s+that|this\s+morning)|so\s+much|a\s+lot|again|very\s+much|loads|heaps))*\s*[,!.]+\s*(?:and\s+(?=\S.{3,})|(?=(?:what|whats|what's|when|which|can|could|please|pls|add|move|push|mark|tick|delete|remove|show|list)\b))/i,
        '',
      )
      // "I'll do the tapestry photos tomorrow, can you move it there": a move to then
      .replace(
        /^(?:(?:ok|okay|right|so)[,\s]+)*(?:i'll|i will|i'm going to|i'm gonna|gonna|i can)\s+(?:do|get to|tackle|sort|get)\s+(.+?)\s*,?\s+(?:so\s+)?(?:can you\s+|could you\s+|please\s+|pls\s+)*(?:move|put|set|schedule|shift)\s+(?:it|that|them)\s+(?:there|then|for then|to then|accordingly)(?:\s+please)?\??$/i,
        'move $1',
      )
      // "And the third please delete, the church said no": the place, then what to do to it
      .replace(
        /^((?:and|also)\s+)?((?:the\s+)?(?:first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd|th))(?:\s+one)?)\s*,?\s+(?:please\s+|pls\s+|kindly\s+)?(delete|remove|erase|cancel|tick off|reopen|untick)\b/i,
        (_, lead: string | undefined, place: string, verb: string) =>
          `${lead ?? ''}${verb} ${place}`,
      )
      // "Also the rehearsal room is reserved, the same thing please": the news, done as before
      .replace(
        /(?<=\S.*\s(?:is|are|'s|was|were)\s+\S.*?)\s*,\s*(?:do\s+)?(?:the\s+)?same(?:\s+thing)?(?:\s+(?:please|pls|again|here|for (?:it|that|this)))*[.!]*$/i,
        '',
      )
      // "sorry no, I was wrong, is the spelt flour which is done" (second-language English): that
      // one is done
      .replace(
        /^((?:(?:sorry|no|nope|oops|ah|oh)[,\s]+)*)(?:i was wrong|i got it wrong|i got that wrong)\s*[,.;:-]\s*(?=is\s+the\s)/i,
        '$1',
      )
      .replace(
        /(^|[,;.]\s*|\b(?:no|sorry)\s+)is\s+(the\s+[^,;.]+?)\s+(?:which|that)(?:'s|\s+is|\s+was)\s+(done|finished|sorted|complete|completed|ready|ordered|paid|sent|booked)\b/gi,
        '$1$2 is $3',
      )
      // "no, I meant Mrs Booth - Email the lab about Mrs Booth's crown": the whole of it, after
      .replace(
        /\b(i meant|i mean|meant)\s+([^,;–—-]{2,40}?)\s+[-–—]\s+(.+)$/i,
        (all, lead: string, part: string, whole: string) =>
          whole.toLowerCase().includes(part.toLowerCase().trim()) ? `${lead} ${whole}` : all,
      )
      // "mow the outfield's the one that's done": it's that one that's done
      .replace(
        /(^|[,;]\s*)((?:the\s+)?[^,;]+?)(?:'s|\s+is)\s+the\s+one\s+(?:that's|that is|which is|that was)\s+(done|finished|sorted|complete|completed)\b/i,
        "$1it's $2 that's $3",
      )
      // "the spelt flour is done, rye not yet": not the rye
      .replace(
        /^(.+?\s(?:is|are|'s)\s+(?:done|finished|sorted|complete|completed)),\s*(?:but\s+)?(?:the\s+)?((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:not yet|isn't(?: yet)?|is not(?: yet)?|not done(?: yet)?|still to do|still not done)[.!]*$/iu,
        '$1, not the $2',
      )
      // "the present for Emma is not necessary anymore": not needed
      .replace(
        /\b(not|no longer|isn't|is not|aren't|are not)\s+(?:necessary|required)\b/gi,
        '$1 needed',
      )
      // "I'm after ringing Mrs Keane's GP", "I'm after doing the first one" (Irish English): done
      .replace(
        /(^|[,;]\s*|\band\s+)(?:i'm|i am|im|we're|we are)\s+(?:just\s+)?after\s+(?:doing\s+)?(?=\p{L}+)/iu,
        '$1done ',
      )
      // "And a further one: order a new key": another one
      .replace(/\b(?:a|one)\s+further\s+one\b/gi, 'another one')
      // "MOT → booked ✅", "the invoice -> sent": done (an arrow to a deed done says it is)
      .replace(
        /^([^,;→>]{2,60}?)\s*(?:→|->|=>)\s*(?:booked|done|sent|paid|sorted|finished|posted|bought|completed|ticked|swept|cut|mown|sold|built|hung|dug|fed|shut|\p{L}{2,}(?<!e)ed|✅|✔️?)(?:\s*[✅✔]\uFE0F?|\s+done)?[.!\s]*$/u,
        (_, what: string) => `${what.replace(/\s+\+\s+/g, ' and ')} done`,
      )
      // "no, saturday was right, but afternoon, 2ish": back to that day (at that time of day)
      .replace(
        /^(?:(?:no|nah|oh|actually|sorry)[,\s]+)*((?:on\s+)?(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d{1,2}(?:st|nd|rd|th)?))\s+(?:was|is)\s+(?:right|correct|fine|ok|okay|better|good)(?:\s+after\s+all)?(?:\s*,?\s*(?:but|just)\s+(?:in\s+the\s+)?(?=(?:morning|afternoon|evening|night|at\s|\d)))?/i,
        'make it $1 ',
      )
      // "sunset is earlier, make 7:20": make it then (a time or a day is no task to make)
      .replace(
        /(^|[,;]\s*)make\s+(?=(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon|midday|midnight|half\s+\w+|quarter\s+(?:past|to)\s+\w+|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:instead|then|please))?[.!]?$)/i,
        '$1make it ',
      )
      // "and log mileage to": "too", mistyped (nothing follows the "to")
      .replace(/^((?:and|also|plus)\s+\S.*?)\s+to[.!]?$/i, '$1 too')
      // "one day later, same hour": the same time
      .replace(/\bsame hour\b/gi, 'same time')
      // "I want one task that repeat each monday and wednesday: take blood pressure": that task,
      // repeating so
      .replace(
        /^(?:(?:i|we)(?:\s+(?:want|need|would like)|'d\s+like)\s+(?:to\s+(?:have|add|make)\s+)?)?(?:one|a|an)\s+(?:new\s+)?(?:task|reminder|to-?do)\s+(?:that|which|to)\s+(?:repeats?|recurs?|comes? (?:up|round))\s+(.+?)\s*:\s*(\S.*)$/i,
        'add $2 $1',
      )
      // "the St Mary's tuning needs to go to the day after", "X has to be moved to friday": a move
      .replace(
        /^((?:the|my|our)\s+.{2,60}?)\s+(?:needs?|has|have|will have|will need|ought)\s+to\s+(?:go|move|be moved|be pushed|be shifted|be put|shift)\s+(?:back\s+|forward\s+)?(?:to|till|until|on)\s+(?=\S)/i,
        'move $1 to ',
      )
      // "the club newsletter needs to go out this friday": due then
      .replace(
        /^((?:the|my|our)\s+.{2,60}?)\s+(?:needs?|has|have|must|should)\s+(?:to\s+)?(?:go out|be sent(?: out)?|be done|be finished|be ready|be in|be submitted|be posted|be handed in)\s+(?:by\s+|on\s+)?(?=(?:this\s+|next\s+)?(?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend)\b)/i,
        '$1 is due ',
      )
      // ("the tax declaration must be finished by the 31st of July": due on a date said)
      .replace(
        /^((?:the|my|our)\s+.{2,60}?)\s+(?:needs?|has|have|must|should)\s+(?:to\s+)?(?:go out|be sent(?: out)?|be done|be finished|be ready|be in|be submitted|be posted|be handed in|be paid|be filed)\s+(?:by|before|on)\s+(.+)$/i,
        (all, what: string, when: string) =>
          onlyDetails(stripEndPunctuation(when)) ? `${what} is due ${when}` : all,
      )
      // "move the trip later than planned": later
      .replace(
        /\b(later|earlier|sooner)\s+than\s+(?:(?:was|we|i)\s+)?(?:originally\s+)?(?:planned|expected|scheduled|booked|arranged)\b/gi,
        '$1',
      )
      // "an hour and a half later", "two and a half hours": in minutes
      .replace(
        /\b(an?|one|two|three|four|\d)\s+(?:hours?\s+and\s+a\s+half|and\s+a\s+half\s+hours?)\b/gi,
        (_, n: string) =>
          `${(/^(?:an?|one)$/i.test(n) ? 1 : (({ two: 2, three: 3, four: 4 } as Record<string, number>)[n.toLowerCase()] ?? Number(n))) * 60 + 30} minutes`,
      )
      // "put it one day more later", "two weeks out": so far later
      .replace(
        /\b(days?|weeks?|hours?|minutes?|mins?|months?)\s+more\s+(later|earlier)\b/gi,
        '$1 $2',
      )
      .replace(
        /\b((?:push|move|put|shift|bump|kick|postpone)\s+.{1,60}?\s+(?:\d{1,2}|an?|one|two|three|four|five|six|a couple of|a few)\s+(?:days?|weeks?|months?))\s+out\b/gi,
        '$1 later',
      )
      // "shove it back a week, would you": the request, without the tag asking it
      .replace(/,\s*(?:would|will|could|can)\s+you(?:\s+please)?\s*\??$/i, '')
      // "change of plans, make it Saturday": why, not what
      .replace(
        /^(?:(?:a\s+)?change of plans?|plans?\s+(?:have\s+)?changed)\s*[,:;.!-]+\s*(?=\S)/i,
        '',
      )
      // "actually the 28th works better for their accounts team", "she wants paying fortnightly":
      // when it should be, said as what suits someone
      .replace(
        /^((?:(?:actually|no|sorry|hmm+|oh|ok|okay|wait)[,\s]+)*)(?:(?:the\s+)?(.{2,30}?)\s+(?:works|would work|suits(?:\s+(?:me|us|them|her|him))?|would suit(?:\s+(?:me|us|them|her|him))?)\s+better(?:\s+for\s+.+)?|(?:she|he|they|\p{Lu}\p{Ll}+)\s+(?:wants?|would like|'d like|prefers?)\s+(?:paying|it|them|that|doing|done)\s+(.+))$/iu,
        (all, lead: string, better?: string, wants?: string) => {
          const when = (better ?? wants ?? '').replace(/,?\s+still\s+/i, ' ');
          return onlyDetails(when) || onlyDetails(`the ${when}`)
            ? `${lead}make it ${better && /^(?:the\s+)?\d/i.test(better) ? `the ${better.replace(/^the\s+/i, '')}` : when}`
            : all;
        },
      )
      // "the dentist has rescheduled me for the 14th", "the garage moved us to Monday": that
      // appointment is now then
      .replace(
        /\b((?:the|my|our)\s+[\p{L}'’ -]{2,40}?)\s+(?:has\s+|have\s+|just\s+)*(?:rescheduled|moved|rebooked|switched|put|pushed)\s+(?:me|us|my\s+appointment|our\s+appointment|the\s+appointment)\s+(?:to|for|till|until|back\s+to)\s+(?=\S)/giu,
        '$1 is now on ',
      )
      // "sorry wrong dog - call it Book Rex's vaccinations": the slip owned, then what it
      // should be (the word after "wrong" names no task)
      .replace(
        /^((?:(?:sorry|oops|whoops|no|argh|ah)[,!\s]+)*)wrong\s+\p{L}+\s*(?:[-–—,:;.!]\s*)+(?=(?:call|name|rename|make|change|it's|it is|it should|should|i meant|i mean)\b)/iu,
        '$1',
      )
      // "I'm on at 5:40 tomorrow instead of 6:10" (a shift): the time it is at now
      .replace(
        /^((?:(?:so|and|now|ok|okay|actually)[,\s]+)*)(?:i'm|i am|we're|we are)\s+(?:on|in|starting|due in|due on)\s+(?=at\s+\d)/i,
        '$1make it ',
      )
      // "seed potatoes can be p4", "the gutters should be low priority": that task, that
      // priority
      .replace(
        /^((?:(?:ok|okay|so|and|oh|actually)[,\s]+)*)(?!(?:it|that|this|they|i|we|you)\b)([\p{L}][\p{L}\p{N}'’ -]{2,40}?)\s+(?:can|could|should|will|needs?\s+to|has\s+to|must)\s+be\s+(p[1-4]|(?:high|low|medium|top|normal)\s+prio(?:rity)?|urgent)[.!]*$/iu,
        '$1$2: $3',
      )
      // "take the p1 off the carpet cleaning": its priority, whichever it is
      .replace(
        /\b(remove|take|clear|drop|strip|get rid of)\s+(?:the|its)\s+(?:p[1-4]|(?:high|top|low|medium)\s+priority|urgent(?:\s+flag)?|priority\s+flag)\s+(off|from)\b/gi,
        '$1 the priority $2',
      )
      // "and uh the other thing is buy more creosote": the thing itself
      .replace(
        /^((?:(?:and|also|oh|so|um+|uh+|er+|erm)[,\s]+)*)(?:the\s+other\s+thing|another\s+thing|one\s+more\s+thing|the\s+next\s+thing)\s+(?:is|was)\s+(?:to\s+)?(?=\S)/i,
        '$1add ',
      )
      // "show me the ones about the trailer": the tasks those words find
      .replace(
        /^((?:(?:ok|okay|so|and|can you|could you|please)[,\s]+)*)(?:show|list|give|find)(?:\s+me)?\s+(?:all\s+)?(?:the\s+)?(?:ones|tasks|things|jobs|items|stuff)\s+(?:about|for|with|to do with|mentioning|related to)\s+(?=\S)/i,
        '$1find ',
      )
      // "remind me what I've still got outstanding": a question, not a reminder to add
      .replace(
        /^((?:(?:ok|okay|so|and|hey|hi)[,\s]+)*)(?:(?:can|could)\s+you\s+)?(?:please\s+)?remind\s+me\s+(?=(?:what|which)\s+(?:i've|i have|i still|we've|we have|we still|jobs|tasks|things|ones|is|are)\b|what's\s|how many\s)/i,
        '$1',
      )
      // "Saturday arvo": afternoon, said in Australia
      .replace(/\barvo\b/gi, 'afternoon')
      // "remind me to, um, take the chicken out": a pause after "to", said aloud
      // ("I need to, wait, yes, call the vet": a hesitation, left to the steps that read it)
      .replace(
        /\b(remind me to|(?:i|we)\s+(?:need|have|want)\s+to)\s*,\s*(?:(?:um+|uh+|er+|erm)\s*,?\s*)?(?!(?:wait|yes|yeah|no|nope|sorry|hmm+|actually|ok|okay|er+|um+|uh+|hang on|hold on)\b)(?=\p{L})/giu,
        '$1 ',
      )
      // "at like 5pm": the time itself
      .replace(/\b(at|around|by|about|for)\s+like\s+(?=\d)/gi, '$1 ')
      // "an also remind me …": "an" for "and"
      .replace(/\ban(?=\s+(?:also|then|add|put|remind|another|one more)\b)/gi, 'and')
      // "add something... like, to fix the light": the thing itself
      .replace(
        /\b(add|put|jot down|note down|note)\s+something\s*,?\s*like\s*,?\s*(?:to\s+)?/gi,
        '$1 ',
      )
      // "I need to add a note to the X one: …": the note asked for
      .replace(
        /^(?:i|we)\s+(?:need|want|would like|'d like|have)\s+to\s+(?=(?:add|put|attach|write)\s+(?:a|an|the|some)\s+(?:(?:little|wee|quick|short|small)\s+)?(?:note|description|comment|details)\b)/i,
        '',
      )
      // "a little note", "a wee note": a note
      .replace(
        /\b(an?)\s+(?:little|wee|quick|short|small|tiny|brief)\s+(note|comment|description)\b/gi,
        '$1 $2',
      )
      // texting shorthand: "wat do i have 2day", "shw me al my tasks"
      .replace(/\b2day\b/gi, 'today')
      .replace(/\bhw\s+(?=(?:many|much|often|long|do|does|did|is|are|r)\b)/gi, 'how ')
      .replace(
        /(?<=\b(?:how many|what|which|things|tasks|ones|they|there)\s+)r\s+(?=(?:left|there|done|pending|open|finished|still|due|on)\b)/gi,
        'are ',
      )
      .replace(
        /\bal\s+(?=(?:my|the|of|tasks?|todos?|to-dos?|items?|things|done|finished)\b)/gi,
        'all ',
      )
      // "these two: 1) Buy lightbulbs 2) Fix the bike chain": numbered items on one line.
      .replace(/(?:^|\s)\d[.)]\s+(?=\S)/g, (m, offset: number, all: string) =>
        (all.match(/(?:^|\s)\d[.)]\s+\S/g) ?? []).length >= 2 ? (offset === 0 ? '' : '; ') : m,
      )
      .replace(/:\s*;\s*/g, ': ')
      // A bulleted or numbered list, one item a line, is a list of items.
      .replace(/[\r\n]+\s*(?:[-*•·+]|\d+[.)]|\[[ xX✓]?\])\s+/g, '; ')
      // A message that starts as a bulleted list is things to add ("- buy stamps").
      .replace(/^\s*(?:[-*•·]|\[[ xX✓]?\])\s+(?=\S)/, 'add: ')
      .replace(/^\s*\d+[.)]\s+(?=\S.*;)/, 'add: ')
      // Lines are items too ("add these:⏎milk⏎eggs"), unless a line ends its sentence.
      .replace(/(?<=[.!?])[ \t]*[\r\n]+\s*/g, ' ')
      .replace(/[ \t]*[\r\n]+\s*/g, '; ')
      .replace(/:\s*;\s*/g, ': ')
      // Emoticons are mood, not words (":)" must not read as a colon before a list).
      .replace(/(?:^|\s)[:;=]-?[()DPp3/|\]](?=\s|$)|(?:^|\s)<3(?=\s|$)/g, ' ')
      // "add 3 things!! a, b, c": exclamation marks after a list's header are its colon
      .replace(/\b(things|items|tasks|todos|to-dos|these|following|stuff)\s*!+\s+(?=\S)/gi, '$1: ')
      // "…, can you stick that on the list? 'Return library books'": the quote is what "that" is
      .replace(
        /^.*?\b(?:add|stick|put|pop|jot|write|note|chuck|bung|save)\s+(?:that|it|this)(?:\s+(?:down|on|onto|in|to)(?:\s+(?:the|my)\s+(?:\w+\s+)?list)?)?[?.!,:\s-]+(["\u201c'])([^"\u201d']{3,})["\u201d'][.!]?$/i,
        'add "$2"',
      )
      // "buy new shin guards for Leo. can you add that?": the sentence before is what "that" is
      .replace(
        /^([^.!?]+)[.!]\s+((?:can|could|would|will)\s+you\s+(?:please\s+)?(?:add|put|note|save|write|jot)\s+(?:that|it|this)(?:\s+(?:down|on|in|to (?:my|the) list|on (?:my|the) list|for me|please))*\s*\??)$/i,
        '$1, $2',
      )
      // Dictated quotes: "add quote fix the table leg end quote"
      .replace(
        /\b(?:quote|open quote|begin quote)\s+(.+?)\s+(?:end quote|close quote|unquote|end of quote)\b/gi,
        '"$1"',
      )
      // "1. Book the MOT 2. Renew the licence - add all of these": the request after the list
      .replace(
        /^([^;]+;.+?)\s*(?:[-,.:]\s*)?(?:(?:can you|could you|please)\s+)?(?:add|put in|save)\s+(?:all\s+)?(?:of\s+)?(?:these|them|those|all)(?:\s+(?:please|to (?:my|the) list|for me))*[.!]?$/i,
        'add: $1',
      )
      // Dictated punctuation: "buy milk comma call mom period".
      .replace(/\s+comma\b\s*/gi, ', ')
      // ("add the following colon …", "a note to that colon …"; not "book a colon screening")
      .replace(
        /\b(following|these|this|that|it|note|list|things|items|tasks|add|here|them|reminder)\s+colon\s+(?=\S)/gi,
        '$1: ',
      )
      .replace(/\s+(?:period|full stop)\s*$/i, '.')
      // "… period add buy more wipes": a dictated full stop before the next request
      .replace(
        /\s+(?:period|full stop)\s+(?=(?:add|also|and|then|delete|remove|mark|tick|rename|change|put|new|please)\b)/gi,
        '. ',
      )
      .replace(/\s+(?:question mark)\s*$/i, '?')
      // "add a task colon call the school": a dictated colon after the request
      .replace(/\b(task|tasks|todo|to-do|add|note|list|reminder|item|these)\s+colon\s+/gi, '$1: ')
      .replace(/\s+(?:new line|newline|next line)\s+/gi, '; ')
      // "remind me too pay rent": "to" slips to "too" before a verb.
      .replace(/\b(remind me|need|have|want|got|going|forget) too\b/gi, '$1 to')
      .replace(/\bun-(?=[a-z])/gi, 'un')
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
      .replace(/[\u2018\u2019\u201a]/g, "'")
      // ("the Patel–Jones wedding": a dash inside a word joins it, and stays)
      .replace(/\u2014|(?<!\p{L})\u2013|\u2013(?!\p{L})/gu, ' - ')
      // "did I send it… no I didn't": an ellipsis ends a sentence like dots do
      .replace(/\u2026/g, '...')
      // Arrows are one separator ("#3 → done", "desc -> …", "'A' => 'B'").
      .replace(/\s*(?:->|→|=>|⇒|➔|➡️|➡)\s*/gu, ' -> ')
      .replace(/^\s*->\s*/, 'to ')
      // "done w/ task 3", "tasks w/o notes"; elsewhere "w/" is the person's own wording and
      // stays in a title ("lunch w/ Dana")
      .replace(/\bw\/o\b/gi, 'without')
      .replace(
        /\b(done|finished|fin|through|thru|over|finito|sorted|dealt)\s+w\/(?=\s)/gi,
        '$1 with',
      )
      // "need 2 do": a number standing for a word
      .replace(
        /\b(need|have|hav|got|want|going|gonna|remember|forget) 2 ([a-z]+)\b/gi,
        (m, lead, verb) =>
          TASK_VERBS.has(verb.toLowerCase()) || /^(?:do|be|get|go)$/i.test(verb)
            ? `${lead} to ${verb}`
            : m,
      )
      // "notes 4 the parcel task", "one 4 mum": "4" for "for" after a word that isn't a count
      .replace(
        /(?<=\b(?!(?:task|item|tasks|items|number|no|and|or|to|of|than|page|chapter|step|level|room|size|top)\b)[a-z]{2,}) 4 (?=(?:the|my|a|an|me|you|u|him|her|them|us)\b)/gi,
        ' for ',
      )
      // "Change please the title …": the verb, then the politeness
      .replace(
        /^(change|update|rename|delete|remove|add|mark|edit|fix|make|put|set|tick|show|list|amend|correct)\s+(?:please|pls|plz|kindly)\s+/i,
        '$1 ',
      )
      // "for the report put please the priority medium": the same, later in the sentence
      .replace(
        /\b(change|update|rename|delete|remove|mark|edit|make|put|set|tick|amend|correct|move)\s+(?:please|pls|plz|kindly)\s+(?=(?:the|it|that|this|my|task|priority|due)\b)/gi,
        '$1 ',
      )
      // "erase for me the task number three": who it is for, between the verb and its object
      .replace(
        /\b(delete|remove|erase|add|mark|tick|rename|change|put|show|reopen)\s+for\s+me\s+(?=\S)/gi,
        '$1 ',
      )
      // "make it please done": the politeness between the verb's object and the rest
      .replace(
        /^(mark|make|set|tick|put|move|change)\s+(it|that|this|them)\s+(?:please|pls|plz|kindly)\s+/i,
        '$1 $2 ',
      )
      // "oh n add …": "n" for "and"
      .replace(
        /(?<=^|\s)n(?=\s+(?:add|also|then|tick|delete|remove|mark|put|change|rename)\b)/gi,
        'and',
      )
      // "add call the — no wait — email the bank": what was said instead, from its verb
      .replace(
        /^(.*?)\s*[-—–]\s*(?:no wait|no|sorry|wait|i mean|actually|scratch that)\s*[-—–,]\s*(.+)$/i,
        (whole, before: string, after: string) => {
          const words = before.split(/\s+/);
          const verb = words.findLastIndex((w, i) => i > 0 && TASK_VERBS.has(w.toLowerCase()));
          return verb > 0 ? `${words.slice(0, verb).join(' ')} ${after}` : whole;
        },
      )
      // ", new car lol": a remark that ends laughing is chatter, all of it
      .replace(/,\s*[^,"']{1,40}?\s+(?:lol|haha|lmao|rofl)[!.]*\s*$/i, '')
      .replace(/\bwat's\b/gi, "what's")
      // "push it by 3 hrs": hours (not "1400 hrs", a time)
      .replace(
        /\b(\d{1,2}(?:\.\d+)?|an?|one|two|three|four|five|six)\s*hrs?\b(?=\s*(?:$|[,.!?;]|later|earlier|back|forward|ahead|sooner|from|before|after|late|early|and|or|please|pls|instead|then))/gi,
        (_, n: string) => (/^(?:an?|one|1)$/i.test(n) ? `${n} hour` : `${n} hours`),
      )
      // "I want pay it on the 5th", "finish it by Friday", "send it tomorrow": when to do it
      .replace(
        /^(?:(?:please|pls|so|ok|okay|then|actually)[,\s]+)*(?:(?:i|we)\s+(?:want|wanna|need|'d like|would like|prefer|plan|will|'ll|can|could|should|must)\s+(?:to\s+)?)?(?:pay|send|call|ring|book|finish|submit|file|post|do|sort|renew|clean|fix|get)\s+(?:it|that|this)\s+(?=(?:on|for|at|by|next|this|tomorrow|today|tonight|in\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i,
        'do it ',
      )
      // "chuck out the bach one", "throw that away": off the list (not "chuck out the rubbish",
      // a thing to do)
      .replace(
        /^((?:(?:ok|okay|so|and|just|please|pls|yeah)[,\s]+)*)(?:chuck|throw|toss|bin)\s+(?:out|away)\s+(?=(?:it|that|this|them|those|(?:the|that)\s+.+?\s+(?:one|task|item|job|reminder)s?)\b)/i,
        '$1delete ',
      )
      .replace(
        /^((?:(?:ok|okay|so|and|just|please|pls|yeah)[,\s]+)*)(?:chuck|throw|toss)\s+((?:it|that|this|them|those|(?:the|that)\s+.+?\s+(?:one|task|item|job|reminder)s?))\s+(?:out|away)\b/i,
        '$1delete $2',
      )
      // "jumped the gun ticking off the hutch, can you undo that": ticked off by mistake
      .replace(
        /^(?:i\s+)?(?:jumped the gun|was too quick|was too hasty|got ahead of myself|was a bit quick)\s+(?:on\s+|with\s+|by\s+|in\s+)?(ticking off|ticking|marking|checking off|completing|crossing off)\s+(.+?)\s*(?:[,;.]\s*(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:undo (?:that|it)|put it back|untick it|reopen it)(?:\s+(?:please|pls))?)?[.!?]*$/i,
        (_, verb: string, what: string) =>
          `I accidentally ${verb.replace(/ing\b/, 'ed')} ${what}${/^marking$/i.test(verb) ? ' as done' : ''}`,
      )
      // "add 'pick up Jas from footy' 4 2moro": "4" for "for", after a quoted title (not "dentist
      // 4 tomorrow", a time)
      .replace(
        /(?<=["'”’`]\s+)4\s+(?=(?:tomorrow|2moro|2morrow|2mrw|tmrw|today|tonight|the weekend|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/gi,
        'for ',
      )
      // "astra's through its MOT": it passed it
      .replace(
        /^((?:the\s+|my\s+|our\s+)?[\p{L}\p{N}'-]+(?:\s+[\p{L}\p{N}'-]+)?)(?:'s|’s|\s+is|\s+has\s+got|\s+got|\s+went)\s+(?:been\s+)?(?:through|past)\s+((?:its|the|her|his|their)\s+(?:mot|service|inspection|test|exam|check-?up|check|audit|assessment|interview|wof|rego))\b/iu,
        '$1 passed $2',
      )
      // "so you may tick that", "feel free to delete it": permission, said as the request
      .replace(
        /(?<=^|[,;.!?]\s*|\bso\s+)(?:you\s+(?:may|might as well)|feel free to|go ahead and)\s+(?=(?:tick|mark|delete|remove|cross|reopen|untick|bin|scrap|drop)\b)/gi,
        '',
      )
      // "is it possible to see what I've written down?": show it
      .replace(
        /(?<=^|[.!?]\s+)(?:(?:excuse me|sorry|please|hello|hi)[,.!\s]+)*(?:is it possible|would it be possible|is there a way|can i|could i|may i)\s+(?:for me\s+)?(?:to\s+)?(?:see|view|look at|have a look at|check|get|read)\s+(?=\S)/gi,
        'show me ',
      )
      .replace(
        /(?<=^|[.!?]\s+)show me what (?:i've|i have|i) (?:written|put|jotted|noted) down\b/gi,
        'show me my list',
      )
      // "please put also the description …": also put
      .replace(
        /\b(put|add|set|make|mark|tick|delete|remove|change|move|give)\s+also\s+(?=\S)/gi,
        'also $1 ',
      )
      // "wait no its tomorrow, put it for tomorrow and untick it": the when, said twice
      .replace(
        /^((?:(?:wait|no|sorry|oh|oops|actually)[,\s]+)*)(?:it's|its|it is)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?\s*[,;]\s*(?=(?:put|move|set|make|change|push)\s+(?:it|that)\s+(?:for|to|on|at|till|until)\b)/iu,
        '$1',
      )
      // "fixin to move the pie thing to saturday" (Southern US): about to
      .replace(
        /^(?:(?:i'm|im|i am|we're)\s+)?fixin[g']?\s+to\s+(?=(?:move|change|push|shift|bump|put|set|make)\s)/i,
        '',
      )
      // "I'll no manage the messages the day", "dae them the morra" (Scots)
      .replace(/\bthe\s+morra\b/gi, 'tomorrow')
      .replace(/\bdae\b/gi, 'do')
      .replace(/\b(i'll|i will|we'll)\s+no\s+(?=manage|get|make|be able)/gi, "I won't ")
      .replace(
        /(?<!\b(?:keep|change|move|same|that|whole|what|set|leave|the|a|one|any|each|every)\s+)\bthe\s+day$/i,
        'today',
      )
      // "put down that I've to collect my prescription": the thing to do
      .replace(
        /\b(?:put down|add|note down|write down|jot down|note|remember)\s+that\s+(?:i've|i have|i need|i must|we've|we have|we need)\s+(?:got\s+)?to\s+/gi,
        'add ',
      )
      // "I must not forget to bring the bottles back", "can you remember that I've to collect
      // the suit": remind me to
      .replace(
        /^(?:(?:oh|and|also|so)[,\s]+)*(?:i\s+)?(?:must|mustn't|must not|should not|shouldn't|can't|cannot|better not|do not|don't)\s+(?:not\s+)?forget\s+(?:to\s+)?(?=\S)/i,
        'remind me to ',
      )
      .replace(
        /^(?:(?:can|could|will|would)\s+you\s+)?(?:please\s+)?remember\s+(?:that\s+)?(?:i've|i have|i've got|i need|i have got|i must|i gotta)\s+(?:to\s+)?(?=\S)/i,
        'remind me to ',
      )
      // "yuh can put down fi me: …" (patois): you can put down for me
      .replace(/\byuh\b/gi, 'you')
      .replace(/\bfi\s+me\b/gi, 'for me')
      // "phone the council an' all" (Scots): too
      .replace(/\s+an[d']?\s+a[l']l$/i, ' too')
      // "add 'Return Doreen's trimmer' before I forget again": why now, not part of it
      .replace(/(?<=["'”’])\s+before\s+i\s+forget(?:\s+again)?[.!]*$/i, '')
      // "should say Henry not Hendry": what it should say (of the task just talked about)
      .replace(
        /^((?:(?:no|sorry|oops|wait|hmm|actually)[,!\s]+)*)should\s+(say|be|read)\s+/i,
        '$1it should $2 ',
      )
      // "sorry, not Mrs Park — Mrs Lee": the words wrong, then the words meant
      .replace(
        /^((?:(?:no|sorry|oops|wait|actually)[,!\s]+)*)not\s+([^,—–-]{1,30}?)\s*(?:[,—–]|\s-)\s*(?:it's\s+|it should be\s+)?([^,—–-]{1,30})$/i,
        (m, lead: string, wrong: string, right: string) =>
          /\b(?:done|finished|yet|urgent|today|tomorrow|tonight|one|ones|task|tasks|other|that|this|it|them|those|these|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|\d+(?:am|pm)?)\b/i.test(
            `${wrong} ${right}`,
          )
            ? m
            : `${lead}it's ${right.trim().replace(/^(?:is|it's|it is|its)\s+/i, '')}, not ${wrong.trim()}`,
      )
      // "Sorry, I want to change, it should be '…'": the change is what follows
      .replace(
        /^((?:(?:no|sorry|oops)[,!\s]+)*)(?:i\s+)?(?:want|wanna|need)\s+to\s+change(?:\s+it)?\s*[,:;.]\s*(?=it\s+should|it's|make\s+it|call\s+it)/i,
        '$1',
      )
      // "and chuck on another one, clean the esky", "stick on 'list the Hilux' instead": add
      .replace(
        /^((?:(?:and|oh|also|so|nah)[,\s]+)*)(?:chuck|stick|pop|put|whack|bung)\s+(?:on|in|down)\s+(?:another(?:\s+one)?|one more|a new one|one)\s*[,:–—-]\s*(?=\S)/i,
        '$1add ',
      )
      .replace(
        /^((?:(?:and|oh|also|so|nah)[,\s]+)*)(?:chuck|stick|pop|whack|bung)\s+on\s+(?=["'`])/i,
        '$1add ',
      )
      // "gotta add something real quick": something to add, not said yet
      .replace(
        /^(?:i\s+)?(?:gotta|got to|need to|have to|want to|wanna|just want to)\s+(add\s+(?:something|a thing|one|a task))(?:\s+(?:real quick|quickly|quick|now|please))*$/i,
        'remind me',
      )
      // "Set a task - call Sharma ji - day after tomorrow 11 am": a new task, then its details
      .replace(
        /^(?:(?:please|pls|kindly)\s+)?(?:set|make|create|put|new)\s+(?:up\s+)?(?:a\s+|one\s+)?(?:new\s+)?(?:task|reminder|todo|to-do)\s*[-–—:]\s*(?=\S)/i,
        'add ',
      )
      // "in 3 hours remind me to take the bread out": when first, then the request
      .replace(
        /^((?:in\s+(?:\d+|an?|one|two|three|four|five|half an?)\s+(?:hours?|minutes?|mins?|days?|weeks?))|tonight|tomorrow|today|this (?:morning|afternoon|evening)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+(remind me(?:\s+to)?|add|don't let me forget to)\s+(\S.*)$/i,
        '$2 $3 $1',
      )
      // "tonight put the recycling out": when first, then the thing to do (said the other way)
      .replace(
        /^(tonight|today|tomorrow|this (?:morning|afternoon|evening)|first thing tomorrow)\s*,?\s+([a-z]+)\b(.*)$/i,
        (m, when: string, verb: string, rest: string) =>
          (TASK_VERBS.has(verb.toLowerCase()) ||
            /^(?:put|take|bring|pick|drop|hang|get)$/i.test(verb)) &&
          !/\?$/.test(rest)
            ? `${verb}${rest} ${when}`
            : m,
      )
      // "done: risk assessment / lit review ch2": one and the other
      .replace(/(?<=[\p{L}\p{N}])\s+\/\s+(?=[\p{L}\p{N}])/gu, ' and ')
      // "the top one's sent": the top one is sent
      .replace(
        /\b(one|task|item)['’]s\s+(?=(?:done|sent|paid|booked|sorted|finished|fixed|posted|handled|complete|completed|ordered|returned|signed|submitted)\b)/gi,
        '$1 is ',
      )
      // "nvm did it already lol": never mind that, here is the news
      .replace(
        /^(?:nvm|never\s?mind)[,.!\s]+(?=(?:i|i've|i'm|did|done|it's|its|already|just|got|that's|it|we|we've)\b)/i,
        '',
      )
      // "move everything from today to tomorrow": everything due today
      .replace(
        /\b(everything|all(?:\s+(?:my|the)\s+(?:tasks|stuff|things|jobs))?|the\s+lot|all\s+of\s+(?:them|it))\s+(?:from|on|for|set for)\s+(today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?=(?:to|till|until|onto|over to)\s)/gi,
        '$1 due $2 ',
      )
      // "we're moving bible study to Tuesdays": the thing is moving, said as news
      .replace(
        /^(?:so\s+)?(?:we're|we are|we'll be|i'm|im|i am|they're|they are)\s+(moving|shifting|switching|changing)\s+(?!it\b|that\b|them\b|this\b)(.+?)\s+(to|till|until)\s+(?=\S)/i,
        (_, verb: string, what: string, to: string) => `${what} is ${verb.toLowerCase()} ${to} `,
      )
      // "t3", "tsk 1", "tk 2": shorthand for a task number
      // ("Heathrow T5": a terminal, not task 5)
      .replace(/\b(?:t|tk|tsk|tsks)\s?#?(\d+)\b/gi, (m, n: string, at: number, all: string) =>
        /\S\s+\p{Lu}\p{Ll}+\s+$/u.test(all.slice(0, at)) ? m : `task ${n}`,
      )
      // "task number 2", "task no. 2" → "task 2"
      .replace(
        /\b(task|item)\s+(?:number|no\.?|nr\.?|#)\s*(?=\d|one|two|three|four|five|six|seven|eight|nine|ten)/gi,
        '$1 ',
      )
      // Spoken filler: "you know", "like" after a hesitation or a joining word.
      .replace(/[,\s]+you know\b[,]?/gi, ' ')
      .replace(/\b(and|add|so|just|oh|um|uh|then|to)\s+like\s+/gi, '$1 ')
      .replace(/\b(can|could|would|will|thank|do|did|have|are)\s+u\b/gi, '$1 you')
      // "cn u tick off …", "cld u": can you, could you
      .replace(/^(cn|cld|wld)\s+(?:u|you)\b/i, (_, w: string) =>
        w.toLowerCase() === 'cn'
          ? 'can you'
          : w.toLowerCase() === 'cld'
            ? 'could you'
            : 'would you',
      )
      .replace(/(^|\s)like\s+(?=(?:reopen|delete|remove|add|mark|finish|complete|undo)\b)/gi, '$1')
      .replace(HESITATION, '$1')
      .replace(/\s+/g, ' ')
      // "i i finished", "the the dog": a stutter, not a title ("Bora Bora" stays).
      .replace(/\b(i|we|the|a|an|to|and|so|it|done)(?:\s+\1\b)+/gi, '$1')
      // "what what's on my list", "it it's done": the word again, then said whole
      .replace(
        /\b(what|where|when|who|how|it|that|there|i|we|you)\s+(?=\1['’](?:s|re|ll|d|ve|m)\b)/gi,
        '',
      )
      .trim()
  );
}

/** Typos in the engine's own words, outside quotes ("delet the gym tsak" → "delete the gym task"). */
export function correctSpelling(text: string): string {
  let inQuote = false;
  let position = 0; // words since the start of the sentence
  return text
    .split(/(\s+)/)
    .map((token, i, tokens) => {
      if (/^\s+$/.test(token)) return token;
      const quotes = (token.match(/["`]/g) ?? []).length;
      const wasInQuote = inQuote;
      if (quotes % 2 === 1) inQuote = !inQuote;
      const here = position++;
      if (/[.!?;:,]$/.test(token)) position = 0;
      if (wasInQuote || quotes > 0) return token;
      // ("whta's urgnet?": the word, with what is joined on to it)
      const m = token.match(/^([a-z]+)((?:'s|'re|'ll)?[.,!?:;]*)$/i);
      if (!m) return token;
      // A capitalised word inside a sentence is a name ("I emailed Lisa"), not a slip.
      if (here > 0 && /^[A-Z][a-z]/.test(m[1]!) && !Object.hasOwn(SPELLINGS, m[1]!.toLowerCase()))
        return token;
      // …and so is one that starts a report ("Lisa sent me the numbers": not "list")
      const next = (tokens[i + 2] ?? '').toLowerCase().replace(/[^a-z]/g, '');
      if (
        /^[A-Z][a-z]/.test(m[1]!) &&
        (Object.hasOwn(IRREGULAR_PAST, next) || /^[a-z]{3,}ed$/.test(next)) &&
        !Object.hasOwn(SPELLINGS, m[1]!.toLowerCase())
      )
        return token;
      const fixed = correctWord(m[1]!, here < 3);
      return fixed === m[1] ? token : `${fixed}${m[2]}`;
    })
    .join('');
}

// ("morning milking's done": "morning" is a greeting only when said as one, "morning!")
const OPENER = new RegExp(
  // ("you can delete the first one": leave to do it, not "can delete …")
  // ("closing up now - …", "heading out: …": where the person is, then what they say)
  `^(?:[a-z]{3,}ing\\s+(?:(?:up|out|off|down|home)(?:\\s+(?:now|for the (?:day|night)))?|(?:\\S+\\s+){0,2}now)(?=\\s*(?:\\s[-—–]|:)\\s)|(?:and\\s+)?you\\s+(?:can|could|may)(?!['’]|not\\b)(?:\\s+(?:go\\s+ahead\\s+and|just|now|also))?(?=\\s+[a-z])|${alt(OPENERS.filter((o) => o !== 'morning' && o !== 'evening'))}|(?:(?:good\\s+)?(?:morning|evening|afternoon))(?:\\s+(?:mate|love|all|everyone|team|folks|there))?(?=\\s*[,!.:;-]|$))\\b[\\s,:;.!—–-]*`,
  'i',
);
// ("a week from now", "two days from today": a date, not a closing word)
// ("call my mate", "buy the love seat": a word of the title, after a word that names it)
const CLOSER = new RegExp(
  `(?<!\\b(?:from|the|a|an|my|your|our|his|her|their|some|of|for|with|to|call|ring|text|email|ask|tell|meet|visit))(?:[\\s,]+|\\s*[—–]\\s*|\\s+-+\\s+)(?:and\\s+)?${alt(CLOSERS)}[\\s.!?]*$`,
  'i',
);

const VALUE_GIVEN = /\b(?:desc|description|note|notes|details?|memo)\b/i;
/** "to remove all…" after politeness: the infinitive's "to" goes with it. */
const LEADING_TO = new RegExp(
  `^to\\s+(?=${alt([...VERBS.add, ...VERBS.complete, ...VERBS.reopen, ...VERBS.delete, ...VERBS.rename, ...VERBS.change, ...VERBS.show, 'mark'])}\\b)`,
  'i',
);

// "just paid the bill" reports something done; "just add milk" is a request.
const REPORT_ADVERB = /^(?:just|already|finally)\s+(\w+)/i;
const isReport = (s: string) => {
  const verb = s.match(REPORT_ADVERB)?.[1]?.toLowerCase();
  return verb !== undefined && (Object.hasOwn(IRREGULAR_PAST, verb) || /ed$/.test(verb));
};

/** Drops greetings, politeness and hedges around the request ("ok so could you please … thanks"). */
export function stripFiller(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 8; i++) {
    const opened = isReport(s) ? s : s.replace(OPENER, '');
    // A description's own words ("desc: window seat if possible") are not politeness.
    const next = (VALUE_GIVEN.test(opened) ? opened : opened.replace(CLOSER, ''))
      .replace(LEADING_TO, '')
      .trim();
    if (next === s || next.length === 0) break;
    s = next;
  }
  return s;
}

export const stripEndPunctuation = (s: string) => s.replace(/[\s.!?;,]+$/, '').trim();

/** "…, because the pressure keeps dropping", "… since ours started leaking": why, not what. */
export const REASON =
  /(?:,\s*|\s+)(?:because|'cause|cause|cos|coz|cuz|bc|b\/c|since|as)\s+(?:the|it|it's|its|i|i'm|i've|we|we're|we've|our|ours|my|they|they're|he|she|there|that|this|you|probably)\b.*$|,\s*because\b.*$|,\s*(?:it's|it is|they're|they are)\s+(?:getting|so|too|really|very|a bit|kind of|kinda|been)\b.*$/i;

/**
 * ", Mum's away this week", ", she spells it without the y", ", new car lol": a remark after the
 * task, about it (someone doing or being something), not part of it. (", I need to buy milk" is
 * another task, not a remark.)
 */
export const ASIDE =
  /(?:,\s*|\s+[-—–]\s+)(?:(?:don't|dont|do not)\s+let\s+me\s+forget\b.*|(?:\p{L}+ly\s+)?(?:i|we)\s+(?:have|need|must|got|gotta)(?:\s+to)?(?:\s+(?:do it|by law|really|though|tho))?\s*$|[\p{L}]+\s+(?:can't|cant|cannot|won't|wont|isn't|doesn't|didn't|couldn't)\s+.*|(?:the|my|our|his|her|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:is|are|was|were|been|keeps?|kept|has|have|had|won't|isn't|aren't|doesn't|don't|says|said|thinks|will|can|wants|did|does|made|took|got|went|came|gave|sent|brought|found|rang|told|[a-z]+ed|(?:runs|starts|ends|finishes|closes|opens|goes|gets|takes)\s+(?:late|early|over|on|long|later|earlier))\b.*|no\s+\p{L}+,?\s+no\s+\p{L}.*|(?:(?:i|we)\s+)?(?:need|have|got|gotta|must)\s+(?:to\s+)?(?:do|get|sort|finish|send|have)\s+(?:it|this|that|them)\b.*|(?:short|low|running low|running out|nearly out|almost out|out)\s+(?:on|of)\s+.*|[\p{L}-]+(?:\s+[\p{L}-]+)?'s\s+(?:coming|arriving|visiting|here|back|away|off|ill|sick|late|closed|out|busy|unavailable|on\s+(?:leave|holiday|vacation|annual leave|maternity leave|paternity leave|nights|call)|[a-z]+ing)\b.*|(?:(?:a|wee|slight|small|bit of a|last[- ]minute)\s+)?change of plans?\b.*|plans?\s+(?:have\s+)?changed\b.*|(?:i|he|she|they|we|you|it|mum|dad|mom|mine|ours|yours|theirs|hers)(?:'m|'s|'re|'ve|'ll|'d)?\s+(?!(?:need|needs|have|has|must|should|want|wants|gotta|got\s+to|also)\b)\S.*|there(?:'s|\s+(?:is|are|was|were|will\s+be))\s+\S.*|let's\s+be\s+\S.*|[^,]*\s(?:😂|🙃))$/iu;

/** The text without a remark after it; ", it's urgent" or ", on 3 March" say when or how much. */
export const withoutAside = (text: string) =>
  text.replace(ASIDE, (aside) => (onlyDetails(aside.replace(/^[,\s—–-]+/, '')) ? aside : ''));

/** A person's words as a tidy task title: no surrounding quotes or end punctuation, capitalised. */
/**
 * "'Renew residence permit' so my wife understands": the words in quotes, without why they are
 * asked for (quotes kept when `keepQuotes`), or undefined when nothing is quoted so.
 */
export function quotedWithoutWhy(said: string, keepQuotes = false): string | undefined {
  const m = /^(["“'‘])(.+?)(["”'’])\s+(?:so|because|cos|since|as|for)\b.*$/i.exec(said);
  return m ? (keepQuotes ? `${m[1]}${m[2]}${m[3]}` : m[2]) : undefined;
}

export function tidyTitle(raw: string): string {
  let t = raw
    .trim()
    .replace(/^[:\-,\s]+/, '')
    // "(I'd like) a reminder to phone my sister": the thing to do
    .replace(/^(?:an?\s+)?reminder\s+to\s+(?=\p{L})/iu, '')
    // "(add) a second task to circulate the guide": the thing to do
    .replace(
      /^(?:another|one\s+more|a\s+(?:second|third|fourth|fifth|new|further|separate))\s+(?:task|to-?do|item|reminder)\s+(?:to|for)\s+(?=\p{L})/iu,
      '',
    )
    // "(add) renew the caravan insurance so I don't forget": why it goes on the list
    .replace(
      /\s*,?\s+(?:so\s+(?:that\s+)?(?:i|we)\s+(?:don't|do not|won't|will not)\s+forget(?:\s+(?:it|again))?|so\s+(?:i|we)\s+remember|before\s+(?:i|we)\s+forget|lest\s+(?:i|we)\s+forget)\s*[.!]*$/i,
      '',
    )
    // "(add) a thing to book the boiler service": the thing to do
    .replace(/^(?:a|an|one|another)\s+(?:thing|job|item|chore|errand)\s+to\s+(?=\p{L}{2,}\s)/iu, '')
    // "(add) one to write to Harriet", "(log) another one to ring Sam": the thing to do
    .replace(/^(?:(?:another|one\s+more)(?:\s+one)?|one)\s+to\s+(?=\p{L}{2,}\s)/iu, '');
  t = stripEndPunctuation(t)
    // "get the organ tuned one of these days": some time, not part of the task
    .replace(/\s+(?:one of these days|some ?day|at some point|eventually|sometime soon)$/i, '')
    // "call the dentist 🙈": a face at the end is how it feels, not part of the task
    .replace(
      /\s*(?:[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F92F}\u{1F970}-\u{1F97A}\u{1F926}\u{1F937}\u{2639}\u{263A}]\uFE0F?)+$/u,
      '',
    );
  const quoted =
    // "'Clean the car and vacuum' — well actually just 'Vacuum the car seats'": the last said
    t
      .match(
        /^["'`].+?["'`]\s*[-—–,;]?\s*(?:well\s+)?(?:actually|no|sorry|i mean|or rather)\s+(?:just\s+)?(["'`])(.+?)\1$/s,
      )
      ?.slice(1) ??
    t.match(/^["'`](.*)["'`]$/s) ??
    // "'Order garden roses' — bride changed her mind": the quoted title, then a remark
    t
      .match(
        /^(["'`])(.+?)\1(?:\s*[-—–,;]\s+|\s+(?=(?:i|we|he|she|they|as|because|since|cos)\s))\S.*$/s,
      )
      ?.slice(1);
  if (quoted) t = quoted[1]!.trim();
  else t = withoutAside(t.replace(REASON, ''));
  // "add one task — I have to take the scooty in": the deed, without who must do it
  const mustDo = t.match(
    /^(?:that\s+)?(?:i|we)\s+(?:have|need|must|gotta|got|ought|'ve got|have got|shall|should|will|'ll|had better|'d better|am going|'m going|are going|'re going)(?:\s+to)?\s+([a-z]+)\b/i,
  );
  if (mustDo && TASK_VERBS.has(mustDo[1]!.toLowerCase()))
    t = t.slice(mustDo[0].length - mustDo[1]!.length);
  // "add one task: to change the oil": the infinitive's "to" isn't the task's
  const verb = t.match(/^to\s+([a-z]+)\b/i);
  if (verb && TASK_VERBS.has(verb[1]!.toLowerCase())) t = t.slice(3);
  // "fix the club gazebo, sweet as": how the person feels about asking, after a comma
  t = stripEndPunctuation(t).replace(REMARK_AFTER_COMMA, '');
  return t.charAt(0).toLocaleUpperCase() + t.slice(1);
}

/** Where reports run on without a comma: "the float is collected[ ]the raffle money is counted". */
export const DONE_WORD = String.raw`(?:done|sorted|finished|[a-z]{2,}ed|${alt(Object.keys(IRREGULAR_PAST))})`;
export const RUN_ON_REPORT = new RegExp(
  String.raw`(?<=\b(?:is|are|was|were|'s)\s+(?:all\s+|now\s+)?${DONE_WORD})\s+(?=(?:the|my|our)\s+[a-z'-]+(?:\s+[a-z'-]+){0,2}?\s+(?:is|are|was|were|has been|have been)\s+(?:all\s+|now\s+)?${DONE_WORD}\b)`,
  'gi',
);

/** A note's words begin before this point ("description: …", "note: …"). */
const NOTE_BEFORE = /\b(?:desc|description|notes?|details|memo|comment)\s*[:=-]/i;

/** ", grand", ", sweet as", ", cheers": a word of thanks or approval closing a title. */
const REMARK_AFTER_COMMA = new RegExp(
  `(?:\\s*,\\s*|\\s*[—–]\\s*|\\s+-+\\s+)(?:and\\s+)?${alt([...CLOSERS, 'grand', 'grand so', 'lovely', 'brilliant', 'brill', 'perfect', 'great', 'cool', 'nice one', 'legend', 'sound', 'ace', 'sweet'])}[\\s.!]*$`,
  'i',
);

export function tidyDescription(raw: string): string {
  let t = raw
    .trim()
    .replace(/^[:\-,\s]+/, '')
    // "with the words "He would like a fishing rod"": the words
    .replace(
      /^(?:with\s+|saying\s+)?(?:the\s+)?(?:words?|text|line|message)\s*:?\s*(?=["'`“])/i,
      '',
    )
    .replace(/^“(.*)”([.!]?)$/s, '"$1"$2');
  const quoted = t.match(/^["'`](.*)["'`][.!]?$/s);
  if (quoted) t = quoted[1]!;
  return t.trim();
}

/** Splits a message into sentences, leaving quoted text whole. */
export function splitSentences(text: string): string[] {
  // "what should I be jumping on first — anything marked high?": two questions, the second the
  // one that says what is asked
  text = text.replace(
    /^((?:what|which|where|when|how|is|are|do|does|have|has|any)\b[^—–?]*?)\s+[—–-]\s+(?=(?:anything|any|what|which|is there|are there)\b)/i,
    '$1? ',
  );
  const out: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    current += ch;
    if (ch === '"') quote = quote ? null : ch;
    // ("add 'Email Prof. Okafor'": a single quote opened at a word's start closes at a word's end)
    else if (
      ch === "'" &&
      !quote &&
      /(?:^|[\s(:])$/.test(text.slice(0, i)) &&
      /\S/.test(text[i + 1] ?? '')
    )
      quote = "'";
    else if (ch === "'" && quote === "'" && !/[\p{L}]/u.test(text[i + 1] ?? '')) quote = null;
    if (!quote && /[.!?]/.test(ch) && (i + 1 === text.length || /\s/.test(text[i + 1]!))) {
      // "no." in "no. 3" or an abbreviation like "e.g." is not a sentence end.
      if (
        !/\b(?:no|e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|prof|rev|sr|jr|capt|col|gen|lt|sgt|mt|ave|rd|al|approx|dept|fig|vol|ch|pp|cf)\.$/i.test(
          current.trim(),
        )
      ) {
        out.push(current.trim());
        current = '';
      }
    }
  }
  if (current.trim()) out.push(current.trim());
  return out.length ? out : [text];
}

const POLITE = new RegExp(`\\b${alt(POLITE_MARKERS)}\\b[\\s,:]*`, 'gi');
const baseVerb = (s: string) => s.replace(/^([a-z]+ing)\b/i, (w) => GERUNDS[w.toLowerCase()] ?? w);

/** The request with politeness peeled off, most literal reading first. */
/**
 * "…runs out on 4 October, so renew it on that day": "that day" is the day said before it (when
 * one was), so the request reads on its own.
 */
function thatDay(request: string, before: string): string {
  const often = asOftenAs(request, before);
  if (often !== request) return often;
  const that =
    /\b(?:on|for)\s+that\s+(?:day|date)\b|\bthat\s+(?:day|date)\b(?!\s+(?:before|after))/i;
  // ("…is on the 9th of August so I need to book the restaurant a week before that", "the exam
  // is june 3rd, I want to revise the day before": that many days from the day said)
  const from =
    /\b((?:the\s+)?(?:day|week|fortnight)|(?:an?|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?:days?|weeks?))\s+(before|after)(?:\s+(?:that|it|then))?[.!]*$/i;
  if (!that.test(request) && !from.test(request)) return request;
  const dates = parseQuickAdd(before, { now: SHAPE_DAY }).parts.filter((p) => p.kind === 'date');
  if (dates.length !== 1) return request;
  const day = dates[0]!.text.replace(/^(?:on|for|by)\s+/i, '');
  return that.test(request)
    ? request.replace(that, `on ${day}`)
    : request.replace(from, `$1 $2 ${day}`);
}

/** "bin day is every other Friday here, add put the recycling out": a new task, as often as the
 * thing said before it comes round. */
export function asOftenAs(request: string, before: string): string {
  const often =
    /\b(?:is|are|'s|happens|comes(?:\s+round)?)\s+((?:every|each)\s+[^,;.]+?)(?:\s+(?:here|now|round here|these days|for us))?\s*$/i.exec(
      before,
    );
  if (
    often &&
    /^(?:add|remind me to|new task|put down|put in)\b/i.test(request) &&
    !/\b(?:every|each|daily|weekly|monthly|fortnightly|yearly)\b/i.test(request)
  )
    return `${request} ${often[1]}`;
  return request;
}

export function readings(sentence: string): string[] {
  const said = stripEndPunctuation(stripFiller(sentence));
  // "remove that, my son says he will do it", "mark it done pls, she just called in": the request
  // without the remark after it, first
  // (not when the words after the comma may be what is asked for: a quote, a note, a name, a
  // spelling, "it's plumber", "I meant …")
  const bare = stripEndPunctuation(stripFiller(withoutAside(said)));
  const content =
    /["`“”]|(?<!\p{L})'|'(?!\p{L})|\b(?:description|desc|notes?|details|name|title|typo|spelt|spelled|spelling|meant|mean|thinking of|thinking about|talking about|referring to|confused)\b/iu.test(
      said,
    ) ||
    /[,;:—–-]\s*(?:it's|it is|it was|its)\b/i.test(said.slice(bare.length)) ||
    // ("also the SIM, I bought it already": the deed done to it is what the remark says;
    // "delete the van ones, I've sold it" asks outright, and the remark says why)
    (!/^(?:(?:please|pls|just|and|so)\s+)*(?:delete|remove|bin|scrap|cancel|drop|ditch|erase|get rid of|reopen|untick|uncheck|move|push|rename)\s/i.test(
      bare,
    ) &&
      /[,;:—–-]\s*(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:[a-z]{3,}ed|bought|did|got|paid|sent|made|took|gave|sold|rang|wrote|brought|caught|fed|found)\s+(?:it|them|that|those)\b/i.test(
        said.slice(bare.length),
      )) ||
    // ("and the posters task, it isn't done, please reopen it": the request is in the remark)
    /[,;]\s*(?:(?:please|pls|so|and|then|can you|could you)\s+)*(?:reopen|re-open|untick|uncheck|unmark|delete|remove|mark|tick|move|push|bring|rename|restore|undo|open)\s+(?:it|that|this|them)\b/i.test(
      said.slice(bare.length),
    );
  const out = (content || !bare ? [said] : [bare, said]).filter(Boolean);
  for (const m of sentence.matchAll(POLITE)) {
    // "please to remove…": the infinitive's "to" goes with the politeness.
    const rest = stripEndPunctuation(
      stripFiller(sentence.slice(m.index + m[0].length)).replace(/^to\s+(?=\w)/i, ''),
    );
    if (rest) out.push(baseVerb(rest));
  }
  // "Just checking in, is there anything still pending?": the clause after a comma may be the request.
  for (const m of sentence.matchAll(/[,;:]\s*|\s+-\s+/g)) {
    // ("the 15th of the month, every month - transfer savings": a date before it is the task's,
    // not a remark to drop)
    if (/^[,;]/.test(m[0]) && onlyDetails(sentence.slice(0, m.index))) continue;
    // (a colon or comma inside quotes is part of what is quoted: "'Email Sara re: contract'";
    // "the Lees' monstera" has no quote opened, only a plural's apostrophe)
    const before = sentence.slice(0, m.index);
    if (
      (before.match(/["`“”]|(?<!\p{L})'|'(?!\p{L})/gu)?.length ?? 0) % 2 === 1 &&
      /["`“”]|(?<!\p{L})'/u.test(before)
    )
      continue;
    const rest = stripEndPunctuation(stripFiller(sentence.slice(m.index + m[0].length)));
    if (rest) out.push(baseVerb(thatDay(rest, sentence.slice(0, m.index))));
  }
  // "I found my old umbrella so delete the task to buy a new one": what follows "so" may be it.
  for (const m of sentence.matchAll(/\s+(?:so|hence|therefore|which means)\s+(?=\S)/gi)) {
    const rest = stripEndPunctuation(stripFiller(sentence.slice(m.index + m[0].length)));
    if (rest) out.push(baseVerb(thatDay(rest, sentence.slice(0, m.index))));
  }
  // "bruh uncheck the chem homework 😭": emoji are mood, unless they are part of a title ("buy
  // café crème ☕" reads literally first).
  // An emoji between words ends a clause ("trip's off 😢 delete the sunscreen one").
  const plain = !PICTOGRAPH.test(sentence)
    ? sentence.trim()
    : sentence
        .replace(/\s+[\p{Extended_Pictographic}\uFE0F\u200D]+(?=\s+\S)/gu, ',')
        .replace(/(?<=^|\s)[\p{Extended_Pictographic}\uFE0F\u200D]+(?=\s|$)/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
  if (plain !== sentence.trim()) {
    const calm = stripEndPunctuation(stripFiller(plain));
    if (calm) out.push(calm);
    for (const m of plain.matchAll(/,\s*/g)) {
      const rest = stripEndPunctuation(stripFiller(plain.slice(m.index + m[0].length)));
      if (rest) out.push(baseVerb(rest));
    }
  }
  // "and the meeting one too": the words the filler pass removes may be the request.
  out.push(stripEndPunctuation(sentence));
  return [...new Set(out.filter(Boolean))];
}

/** Asked, not told: "did I…?", "is the report done", "have I called the bank already?" */
export function isQuestion(sentence: string): boolean {
  const s = stripFiller(sentence).toLowerCase();
  // "and so is the last one": news about another task, not a question
  if (/^(?:and\s+)?so\s+(?:is|are|was|were|has|have)\b(?!.*\?\s*$)/i.test(sentence.trim()))
    return false;
  // A polite request, even with a question mark: "could you add…?", "can I add…?"; "Add
  // 'collect the prizes' for Wednesday?" (a request to add, said with a rising voice)
  if (
    /^(?:(?:so|ok|okay|and|also|then)[,\s]+)*(?:add|create|jot down|pop|put down|remind me to)\s+\S/i.test(
      s,
    ) ||
    // ("make that the day after tomorrow instead?", "move it to Friday?": a change, said tentatively)
    /^(?:(?:so|ok|okay|and|also|then|actually)[,\s]+)*(?:make|move|push|bump|shift|change|set)\s+(?:it|that|this)\s+(?!(?:a|an|the)\s+(?:task|one)\b)\S/i.test(
      s,
    ) ||
    // ("move parents' evening to 7pm?")
    /^(?:(?:so|ok|okay|and|also|then|actually)[,\s]+)*(?:move|push|bump|shift|reschedule)\s+\S.*\s(?:to|till|until)\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|next|noon|midday|the\s+(?:\d|day|next|following|morning|afternoon|evening))/i.test(
      s,
    )
  )
    return false;
  if (
    /\b(?:can|could|would|will|might)\s+(?:you|u)\b|\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:add|get|have|put|remove|delete|push|move|bump|shift|reschedule|postpone|change|rename|mark|tick|make|set|drop|bring|untick|reopen)\b|\b(?:can|could|shall)\s+we\s+(?:please\s+)?(?:mark|tick|cross|check|close|move|push|rename|change|action)\b|\byou (?:can|could|might)\b|\bplease\b|\bwould it be (?:terribly |too |at all )?(?:inconvenient|much trouble|possible)\b|\b(?:can|could|would)\s+(?:it|that|we)\s+be\s+(?:moved|changed|made|put|set|pushed|on|for|at|due|today|tomorrow|tonight|next|this|half|quarter|noon|midday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)|^(?:why don't you|how about you|mind)\b/.test(
      sentence.toLowerCase(),
    )
  )
    return false;
  return (
    /\?\s*$/.test(sentence) ||
    /^(?:did|do|does|have|has|had|am|shall|should)\s+(?:i|we|you|they)\b/.test(s) ||
    // ("did someone book mum's hearing test": asks who did, with no question mark)
    /^(?:did|does|has|have|had)\s+(?:someone|somebody|anyone|anybody|everyone|everybody|he|she)\b/.test(
      s,
    ) ||
    // ("is task 3 done" asks; "sorry, is 5pm, not 4" says a time the short way)
    // ("have it repeat every year" asks for it)
    (/^(?:is|are|was|were|has|have)\s+(?:the|my|that|this|it|there|task|#?\d+(?![\d:.]|\s*(?:am|pm|a\.m|p\.m|h|o'?clock)\b))/.test(
      s,
    ) &&
      !/^have\s+(?:it|that|this|them)\s+(?:repeat|recur|come|be|start|go|happen|moved?|done|due|set|ready)\b/.test(
        s,
      )) ||
    // "what's pending" asks; "what a day, … I finally sent the invoice" tells.
    (/^(?:what|which|who|where|when|why|how)\b(?!\s+an?\b)/.test(s) && s.split(/\s+/).length <= 14)
  );
}
