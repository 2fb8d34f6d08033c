// Reports of something done, with no command: "I booked the dentist appointment", "called the
// bank", "the car insurance is renewed". Lowest but one: any explicit request wins.
import { REASON, stripFiller } from '../normalize.ts';
import { parseRef, PROMISE } from '../references.ts';
import type { Intent, Rule, RuleContext } from '../types.ts';
import {
  alt,
  FEELINGS,
  IRREGULAR_PAST,
  NUMBER_WORDS,
  pattern,
  RESULT_STATES,
  TASK_VERBS,
} from '../vocabulary.ts';

/** Verbs whose plain form ends in "ed": never a past tense. */
const BASE_IN_ED =
  /^(?:re|over|under)?(?:bleed|breed|feed|heed|need|seed|speed|weed|proceed|succeed|exceed|shred|embed)$/;

/** A past tense or participle as its base form ("paid" → "pay"); regular ones stay as said. */
export const pastToBase = (verb: string): string | undefined => {
  const v = verb.toLowerCase();
  // "restrung", "repainted": done again is done
  if (/^re[a-z]{4,}$/.test(v) && !Object.hasOwn(IRREGULAR_PAST, v)) {
    const again = pastToBase(v.slice(2));
    if (again && Object.hasOwn(IRREGULAR_PAST, v.slice(2))) return `re${again}`;
  }
  if (Object.hasOwn(IRREGULAR_PAST, v)) return IRREGULAR_PAST[v];
  // "proofread", "preset", "misread": a prefix before a past said like its present ("present"
  // is no "pre-sent")
  const prefixed = /^(proof|pre|mis|type)([a-z]{3,})$/.exec(v);
  if (prefixed && IRREGULAR_PAST[prefixed[2]!] === prefixed[2]) return v;
  // ("bleed the brakes", "feed the cat", "shred the old bank statements": a deed to do)
  if (BASE_IN_ED.test(v)) return undefined;
  if (v.length > 4 && v.endsWith('ed')) return v;
  // "emaild", "textd": the past tense with a letter dropped
  return v.length > 4 && v.endsWith('d') && TASK_VERBS.has(v.slice(0, -1))
    ? v.slice(0, -1)
    : undefined;
};
const NOT_A_REPORT = pattern(
  `^(?:need|needed|want|wanted|decided|agreed|volunteered|promised|offered|signed up|wondered|wondering|asked|added|created|noted|forgot|forgotten|missed|skipped|scrapped|ditched|abandoned|trashed|reminded|descoped|shelved|axed|canned|deprioriti[sz]ed|reopened|re-opened|unticked|unchecked|undone|${alt(FEELINGS)})$`,
  'i',
);

/**
 * Deeds done to a task as often as deeds a task asks for: "I cancelled the dentist" is news
 * about an appointment, "cancelled the gym membership" the doing of "Cancel gym membership".
 * Reported, they are a task done only when a task starts with that deed.
 * (Matched against the deed's stem: cancel, postpon, delet …)
 */
export const DONE_TO_A_TASK =
  /^(?:cancel|postpon|delay|reschedul|mov|push|delet|remov|renam|swap|switch|trad|rearrang)$/i;

export const NOT_DONE =
  /\b(?:started|began|begun|half done|half-done|halfway through|half way through|partly done|part done|ran out of|run out of|hasn't|haven't|hadn't|didn't|has not|have not|had not|did not|isn't|aren't|wasn't|weren't|not yet|nowhere near|far from|not even close|not quite|not nearly|won't|will not|can't|cannot|not going to|not gonna|(?:been|got|was|were|is|are|'s)\s+(?:called off|postponed|rained off|put off|cancell?ed|canceled|delayed)|fell through|failed|bounced|re-?opened|reverted|(?:was|were|got|been|is|are|'s)\s+(?:sent|kicked|bounced)\s+back|got rejected|was rejected|was declined|got declined|didn't go through|did not go through|still\s+(?:need|needs|needing|to do|hasn't|haven't|isn't|waiting|ignoring|pending|open)|can wait|(?:don't|do not|dont)\s+(?:close|tick|mark|complete|finish|cross|check)\b|still\s+(?:broken|leaking|dripping|missing|not|to come)|leave (?:it|that|them)\s+open|keep (?:it|that|them)(?: one)?\s+open|(?:is|are)\s+next)\b/i;

/** "I'm exhausted", "sorry, sleep deprived": how the person is. */
const FEELING = pattern(
  `^(?:(?:sorry|soz|apologies)[,\\s]+)?(?:(?:i'?m|im|i am|i feel|feeling)\\s+)?(?:so\\s+|very\\s+|really\\s+|a bit\\s+|quite\\s+|totally\\s+|completely\\s+)?(?:[a-z]+[- ])?(?:${alt(FEELINGS)})$`,
  'i',
);

/** The base form of a past tense that reports a deed ("paid" → "pay"; not "decided", "needed"). */
export const reportedDeed = (verb: string): string | undefined =>
  NOT_A_REPORT.test(verb) ? undefined : pastToBase(verb);

/** Nouns that are their own verb: "made the call" is "called". */
const SAME_AS_DEED =
  /^(?:call|order|transfer|deposit|check|review|repair|return|visit|phone call)$/;

/** "the call" → call, "the booking" → book, "the payment" → pay, "the shopping" → shop. */
export function deedOfNoun(noun: string): string | undefined {
  const n = noun.toLowerCase();
  if (SAME_AS_DEED.test(n)) return n;
  return [
    n.replace(/ing$/, ''),
    n.replace(/(.)\1ing$/, '$1'),
    n.replace(/ing$/, 'e'),
    n.replace(/ment$/, ''),
    n.replace(/ation$/, 'e'),
    n.replace(/ion$/, 'e'),
  ].find((c) => c !== n && TASK_VERBS.has(c));
}

export const statement: Rule = {
  name: 'statement',
  specificity: 20,
  extract: (said, context) => {
    // "…tell me whether I've written to Margaret yet", "not sure if I've paid it": a doubt, not news
    if (/\b(?:whether|if)\s+(?:or\s+not\s+)?(?:i|we)\b/i.test(said)) return undefined;
    // "number 3 is fixed", "#2's been sent": the task by its number, done
    const numbered =
      /^(?:(?:task|item)\s+)?(?:number|no\.?|#)\s*(\d{1,4})(?:\s+(?:is|are|was)|'s|\s+has\s+been|'s\s+been)\s+(?:now\s+|all\s+|finally\s+)?([a-z]+)(?:\s+(?:now|already|too))?$/i.exec(
        said,
      );
    if (
      numbered &&
      (/^(?:done|sorted|finished|complete)$/i.test(numbered[2]!) || reportedDeed(numbered[2]!))
    )
      return { type: 'complete', ref: parseRef(`number ${numbered[1]}`) };
    // "trip is on again", "he's back on": something happening after all, not a deed done
    if (
      /(?:\s(?:is|are)|'s|'re)\s+(?:back\s+on|on\s+again|going\s+ahead(?:\s+again)?|happening\s+again)(?:\s+(?:now|after all))?[.!]*$/i.test(
        said,
      )
    )
      return undefined;
    // "the nanny finished with us", "the cleaner's done with me": someone who left, not a deed
    if (/\b(?:finished|done|through)\s+with\s+(?:us|me)\b/i.test(said)) return undefined;
    // "they're done with their side, waiting on ours now": someone else's part, not ours
    if (
      /\b(?:their|his|her)\s+(?:side|part|bit|end|half)\b|\bwaiting\s+(?:on|for)\s+(?:ours|us|me|our)\b/i.test(
        said,
      )
    )
      return undefined;
    // "got 14 of 18 permission slips back", "half the invites are out": some done, not all
    const part = /\b(\d+)\s+(?:of|out of)\s+(?:the\s+|my\s+)?(\d+)\b/i.exec(said);
    if (
      (part && part[1] !== part[2]) ||
      /^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:\w+\s+)?(?:some|half|most|a few|part|a couple)\s+(?:of\s+)?(?:the|them|my|our)\b/i.test(
        said,
      )
    )
      return undefined;
    // "Mrs Kowalski popped in to say hello": a visit, which settles only a visit or a wait
    const visit =
      /^(?:the\s+|my\s+|our\s+)?(?!(?:i|we|you|it|he|she|they)\b)[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:(?:just|finally|already)\s+)?(popped in|popped round|popped by|dropped in|dropped by|came by|stopped by|came round|visited)\b/iu.exec(
        said,
      );
    if (visit)
      return {
        type: 'complete',
        ref: { kind: 'statement', text: said, event: visit[1]!.toLowerCase() },
      };
    // "the tide's changed, move the trip …", "move the trip later than planned": a request (to
    // change when, or what a task is), never news of a deed done
    if (
      /(?:^|[,;:]\s*)(?:(?:so|and|then|please|pls|can you|could you)\s+)*(?:move|push|postpone|reschedule|shift|bump|delete|remove|rename|untag|tag|label)\s+(?!(?:it|that|them)\s+(?:off|done|as done)\b)/i.test(
        said,
      )
    )
      return undefined;
    // "no rehearsal this week, the hall's booked": called off, never done
    if (
      /^no\s+(?:[\p{L}'-]+\s+){1,3}?(?:this|next)\s+(?:week|weekend|month|time)\b|^no\s+(?:[\p{L}'-]+\s+){1,3}?(?:today|tonight|tomorrow)\b/iu.test(
        said,
      )
    )
      return undefined;
    // "Marcus is away", "Tom's off this week": where someone is, not a deed done
    if (
      /^\p{Lu}[\p{L}'-]+(?:'s|\s+is|\s+was|\s+will be)\s+(?:away|off|out|on holiday|on leave|sick|ill|poorly)\b/u.test(
        said,
      )
    )
      return undefined;
    // "rice cooker already buy", "report also send finish" (second-language English): the thing,
    // then the deed in its plain form, said done
    const plainDone =
      /^(?!(?:i|we|it|that|this|he|she|they)\b)([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:also\s+)?already\s+([a-z]+)(?:\s+(?:finish|finished|done|already|ok|okay))*$|^(?!(?:i|we|it|that|this|he|she|they)\b)([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+((?:i|we)\s+)?(?:also\s+)?([a-z]+)\s+(?:finish|finished|done|already)$/iu.exec(
        said,
      );
    const plainVerb = (plainDone?.[2] ?? plainDone?.[5])?.toLowerCase();
    // ("the rice sacks I carry already": after "I", the word is a deed whatever it is)
    if (
      plainDone &&
      plainVerb &&
      (TASK_VERBS.has(plainVerb) ||
        (plainDone[4] && !/^(?:am|was|have|had|do|did|can|will|also|just|not)$/.test(plainVerb)))
    )
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${plainVerb} ${plainDone[1] ?? plainDone[3]}` },
      };
    // "plumber is called already", "the vet's been rung": the call made ("is called X" names it)
    const called =
      /^(?!(?:it|that|this|he|she|they)\b)(.+?)\s+(?:is|'s|has been|'s been|was|got)\s+(called|rung|phoned)\s+(?:already|now|earlier|today|yesterday|this morning)$/i.exec(
        said,
      );
    if (called)
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${called[2]!.toLowerCase()} ${called[1]}` },
      };
    // "the old one snapped lol", "the kettle broke": something that broke, not a deed done
    if (
      /^(?:the|my|our|his|her|their|this|that|it)\b[^,;]*\s+(?:snapped|broke|cracked|burst|died|split|tore|ripped|leaked|stopped working|went missing|ran out|wore out|fell apart|fell off|is broken|got broken|has broken)(?:\s+(?:again|lol|haha|today|yesterday|this morning))*$/i.test(
        said,
      )
    )
      return undefined;
    // "gutters sat 9am #home": a task written the quick way, not news of a deed
    // "the staff meeting has been brought forward": a move told, never a deed done
    if (
      /\b(?:has|have|had|was|were|is|are|'s|got)\s+(?:been\s+)?(?:just\s+)?(?:moved|pushed|brought|rescheduled|postponed|delayed|shifted|put back|bumped)\b/i.test(
        said,
      )
    )
      return undefined;
    const first = said.split(/\s+/)[0]!.toLowerCase();
    const deed = /ed$/.test(first) || Object.hasOwn(IRREGULAR_PAST, first);
    if (
      /(?:^|\s)#[\p{L}]|\bp[1-3]\b/iu.test(said) ||
      (!deed && /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i.test(said))
    )
      return undefined;
    // "fish order hasn't gone in yet", "Flat 4 still hasn't paid", "leave it open": not done,
    // never a deed done
    // ("…, the spare room pole is next": the other thing, not yet; "…, leave it open": this one)
    const tail = /,\s*([^,]*)$/.exec(said);
    let told = said;
    if (tail && NOT_DONE.test(tail[1]!)) {
      if (/\b(?:it|that|this|them)\b/i.test(tail[1]!)) return undefined;
      told = said.slice(0, tail.index);
    }
    if (NOT_DONE.test(told)) return undefined;
    // ("controlled drugs register check every Friday at 5pm": a thing to do again and again)
    if (
      /\b(?:every|each)\s+(?:other\s+|\d+\s+)?(?:days?|weeks?|months?|years?|morning|evening|night|weekday|(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b|\b(?:daily|weekly|fortnightly|monthly|yearly|annually)(?=\s*(?:$|at\b|on\b|from\b))/i.test(
        told,
      )
    )
      return undefined;
    // "…, it's been repaired and it's good as new": it, the thing just named
    if (
      /^(?:it|that|this)(?:'s|\s+has|\s+had)\s+(?:now\s+|finally\s+|just\s+)*been\s+(?:now\s+|finally\s+|all\s+)*[a-z]+ed\b/i.test(
        told,
      ) &&
      settles(told, told)
    )
      return { type: 'complete', ref: { kind: 'focus' } };
    // "is the Fletchers' proof still on there?" … "they've got it now, they love it": it reached
    // them, so it is done
    if (
      context.dialogue.lastAsked &&
      ['status', 'show', 'find', 'when', 'note'].includes(context.dialogue.lastAsked) &&
      /^(?:they|he|she|the client|the customer|the family)(?:'ve|'s|\s+have|\s+has)\s+(?:got|received|had)\s+(?:it|them|that)(?:\s+(?:now|already|at last|finally))?(?:\s*[,;—–-]\s*.*)?$/i.test(
        told,
      )
    )
      return { type: 'complete', ref: { kind: 'focus' } };
    const found = readStatement(told, context);
    // "the last one is finished, and the first one also": places on the list, not words
    const placed = (i: Intent): Intent => {
      if (!('ref' in i) || i.ref?.kind !== 'statement') return i;
      const ref = parseRef(i.ref.text);
      return ref.kind === 'positions' || ref.kind === 'ids' ? ({ ...i, ref } as Intent) : i;
    };
    return Array.isArray(found) ? found.map(placed) : found && placed(found);
  },
};

function readStatement(said: string, context: RuleContext): Intent | Intent[] | undefined {
  {
    // "yesterday I called the bank": when it was done doesn't change what.
    const s = said
      // "I made the phone call this morning because I had a free hour": when and why aside
      .replace(REASON, '')
      .replace(
        /\s+(?:this morning|this afternoon|this evening|yesterday|earlier today|last night|ages ago|a while ago|long ago|the other day|last week)$/i,
        '',
      )
      // "bought milk, forgot the eggs": what wasn't done is no part of the report
      .replace(
        /(?:,\s*|\s+)(?:but\s+)?(?:still\s+)?(?:(?:i|we)\s+)?(?:still\s+)?(?:forgot|missed|skipped|didn't|did not|couldn't|could not|haven't|have not|not yet)\b.*$/i,
        '',
      )
      // "I called the accountant, but not the plumber", "Birch Close is done, not Dunmore": the
      // other thing, not done
      .replace(
        /(?:\s*,\s*|\s+)(?:but|and)\s+not\b.*$|\s*,\s*(?:but\s+)?not\s+(?!yet\b|quite\b)\S.*$/i,
        '',
      )
      // "deposit's sent and I'll keep the removal one": the other thing, kept as it is
      .replace(/\s+(?:and|but)\s+(?:i'll|i will|we'll|we will)\s+(?:keep|leave)\b.*$/i, '')
      // "astra passed its MOT, transit's still on the ramp": the other thing, not done yet
      .replace(
        /\s*[,;]\s*(?:but\s+|and\s+)?[^,;]*?(?:'s|’s|\s+is|\s+are|'re)\s+(?:still|not|yet to|nowhere near)\b[^,;]*$/i,
        '',
      )
      .replace(/^(?:yesterday|today|this morning|earlier|last night)[,\s]+/i, '')
      // "first two I have completed, please update": the tasks, then what was done
      .replace(/[,\s]+please\s+update(?:\s+(?:it|them|the list))?$/i, '')
      // "combs are all sharp, ready for monday": what it is ready for, not what was done
      .replace(/[,;]\s*(?:all\s+)?(?:ready|set|good to go)\s+(?:for|by)\s+[^,;]+$/i, '')
      // "gutters are clean, finally": how long it took, not what
      .replace(/[,\s]+(?:finally|at last|at long last|thank god|phew|yay)$/i, '')
      .replace(/^(?:already|just|finally)[,\s]+(?=(?:i|we)\s)/i, '')
      // "name labels all sewn on": every one of them, done
      .replace(
        /(?<=\S)(?<!\b(?:is|are|was|were|been|'s|'re))\s+all\s+([a-z]+)((?:\s+(?:on|up|off|out|back|in|down|over|away))?)$/i,
        (all, done: string, particle: string) => (pastToBase(done) ? ` ${done}${particle}` : all),
      );
    // "I'm exhausted", "sorry, sleep deprived": how the person is, not a deed done
    if (FEELING.test(s)) return undefined;
    // "and get the chimes fixed", "have the boiler serviced": a thing to have done, asked for
    if (
      /^(?:and\s+|also\s+|then\s+)?(?:get|have)\s+(?:the|my|our|a|an|his|her|their)\s+.+\s+[a-z]+(?:ed|en)$/i.test(
        s,
      )
    )
      return undefined;
    // "Mr Patel passed away this morning": a death told, which settles nothing
    if (
      /\b(?:passed away|passed on|died|has died|is dead|lost (?:his|her|their) (?:fight|battle))\b/i.test(
        s,
      )
    )
      return undefined;
    // "Ziggy's owner messaged, she might cancel today": someone got in touch with a doubt, which
    // settles nothing
    if (
      !/^(?:i|we)\b/i.test(s) &&
      /\b(?:messaged|called|rang|phoned|emailed|texted|wrote|replied|got in touch)\b/i.test(s) &&
      DOUBT.test(context.within ?? context.sentence)
    )
      return undefined;
    // "the bouncy castle company is called Jumping Jacks", "the plumber's name is Declan": a fact
    // told, not a deed done
    if (
      /\b(?:is|are|was|were)\s+(?:called|named|known as)\b|\b(?:name|number|code|address|reference|ref|password|pin|size|email|phone)\s+(?:is|was)\b/i.test(
        s,
      )
    )
      return undefined;
    // "I put it in the note": where something is written, not a deed done
    if (
      /^(?:i|we)\s+(?:put|wrote|noted|jotted|added|saved)\s+(?:it|that|this|them)\s+(?:in|on|into|under|down)\b/i.test(
        s,
      )
    )
      return undefined;
    // "I bought the wrong cartridge", "we booked the wrong room": a mistake, not a deed done
    if (/^(?:i|we)\s+\S+\s+(?:the|a|an)\s+wrong\b/i.test(s)) return undefined;
    // "I wrote the name wrong": a slip, not a report (fix-word.ts, rename.ts)
    if (
      /\b(?:wrote|typed|spelt|spelled|put)\s+(?:\S+\s+){0,2}(?:wrong|wrongly|incorrectly)\b/i.test(
        s,
      )
    )
      return undefined;
    // "invoices went out this morning", "Lily's card is in the post": sent
    const sent =
      s.match(
        /^(?:the\s+|my\s+)?(.+?)\s+(?:went out|have gone out|has gone out|(?:is|are|was|were)\s+in the post|(?:is|are)\s+on (?:its|their|the) way|(?:has|have)\s+been\s+(?:sent|posted)|(?:was|were|got)\s+(?:sent|posted))$/i,
      ) ??
      // "chapter 3 draft is off to Adeyemi": sent to them
      s.match(
        // (to someone named: "the kids are off to school" is not a thing sent)
        /^(?:the\s+|my\s+)?(.+?)(?:\s+(?:is|are|was|were)|'s|’s)\s+(?:now\s+|finally\s+)?(?:off|gone|sent)\s+(?:off\s+)?to\s+((?:Prof\.?\s+|Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?\p{Lu}.*)$/u,
      );
    if (sent && !/^(?:i|we|you|it|that|this|he|she|they)$/i.test(sent[1]!))
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `send ${sent[1]}${sent[2] ? ` to ${sent[2]}` : ''}` },
      };
    // "first two I have completed", "the dentist one I've done": the tasks, then the deed
    const objectFirst =
      /^(.+?)\s+(?:i|we)\s*(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:completed|done|finished|ticked off|sorted)$/i.exec(
        s,
      );
    if (objectFirst && !/^(?:i|we|you|it|that|this|they)$/i.test(objectFirst[1]!))
      return { type: 'complete', ref: { kind: 'statement', text: objectFirst[1]! } };
    // "my husband already booked the pediatrician": done by someone else
    const byOther = s.match(
      /^(?:(?:my|our)\s+(?:husband|wife|partner|other half|mum|mom|dad|son|daughter|brother|sister|boss|neighbour|neighbor|friend|flatmate|roommate|colleague|kids?|assistant))\s+(?:(?:already|just|finally|has|have|kindly)\s+)*([a-z]+)\s+(.+)$/,
    );
    const otherDeed = byOther && pastToBase(byOther[1]!);
    if (otherDeed && !NOT_A_REPORT.test(byOther![1]!) && !/^(?:me|us)\b/i.test(byOther![2]!))
      return { type: 'complete', ref: { kind: 'statement', text: `${otherDeed} ${byOther![2]}` } };
    // "did I ever post the parcel?" … "well I have now": the one just asked about
    if (
      /^(?:(?:well|ok|okay|yes|yeah|right|oh)[,\s]+)*(?:(?:i|we)(?:'ve|\s+have)\s+)?(?:(?:just\s+)?done\s+(?:it|that)\s+)?(?:now|just now|done it now|done that now)$/i.test(
        s,
      ) &&
      /\b(?:have|'ve|done)\b/i.test(s)
    )
      return { type: 'complete', ref: { kind: 'focus' } };
    // "Dress fitting DONE and it's perfect": the thing, then done, then how it went
    const doneAnd = s.match(
      /^((?:\S+\s+){0,4}?\S+)\s+(?:done|sorted|finished|complete|completed)(?:\s*[,!.;]\s*|\s+(?:and|&)\s+)\S.*$/i,
    );
    if (
      doneAnd &&
      // ("hedge is done, lawn too": two things, read below)
      !/\s(?:too|as well|also)$/i.test(s) &&
      !/(?:\s(?:is|are|was|were)|'s|'re)$/i.test(doneAnd[1]!) &&
      !/^(?:i|we|you|it|that|this|he|she|they|all|everything|add|mark|tick|set|put|get|is|are|what|which|how)\b/i.test(
        doneAnd[1]!,
      )
    )
      return { type: 'complete', ref: { kind: 'statement', text: doneAnd[1]! } };
    // "…, all sorted": how it went, not another thing done
    if (
      /^(?:all|it's all|it's|that's|that's all|everything's)\s+(?:sorted|good|fine|fixed|done now|ok|okay)$/i.test(
        s,
      )
    )
      return undefined;
    // "got everything except the ice", "done the lot": every task of that deed but those named
    const everything = s.match(
      /^(?:(?:i|we)(?:'ve)?\s+)?(?:(?:have|just|finally|already)\s+)*([a-z]+)\s+(?:everything|all of it|all of them|the lot|it all|them all|all the (?:stuff|things|shopping))(?:\s+(?:except(?: for)?|apart from|but(?: not)?|other than|besides|bar)\s+(.+))?$/i,
    );
    const everyDeed = everything && reportedDeed(everything[1]!);
    if (everything && everyDeed) {
      const deeds = /^(?:get|buy|grab|pick)$/.test(everyDeed)
        ? ['buy', 'get', 'grab', 'pick', 'order', 'collect']
        : /^(?:do|did|done|finish|finished|complete|completed|sort|sorted|tick|ticked)$/.test(
              everyDeed,
            )
          ? undefined
          : [everyDeed];
      return {
        type: 'complete',
        ref: {
          kind: 'all',
          status: 'pending',
          ...(everything[2] ? { except: everything[2] } : {}),
          ...(deeds ? { deeds } : {}),
        },
      };
    }
    // "curtains up, shelf up": where each thing was left, a few at once
    const left = s.split(/\s*,\s*|\s+and\s+/);
    if (
      left.length > 1 &&
      left.every((p) =>
        /^(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:up|down|out|in|off|back|away)$/i.test(p),
      )
    )
      return left.map((text): Intent => ({ type: 'complete', ref: { kind: 'statement', text } }));
    // "sent both returns off today", "paid all three bills": those things, by what they are
    const things = s.match(
      /^(?:(?:i|we)(?:'ve)?\s+)?(?:(?:have|just|finally|already)\s+)*([a-z]+)\s+(both|all(?:\s+(?:two|three|four|five|six|\d+))?)\s+(?:(?:of\s+)?(?:the|my|our)\s+)?([a-z]+)(?:\s+(?:off|out|in|back|away))?(?:\s+(?:today|now|already|yesterday|this morning))?$/i,
    );
    const thingsDeed = things && reportedDeed(things[1]!);
    if (
      things &&
      thingsDeed &&
      !/^(?:of|them|those|these|\d+)$/i.test(things[3]!) &&
      !Object.hasOwn(NUMBER_WORDS, things[3]!.toLowerCase())
    ) {
      const noun = things[3]!.replace(/(?<=[a-z]{3})s$/i, '');
      const n = things[2]!.replace(/^all\s*/i, '');
      const count =
        things[2]!.toLowerCase() === 'both' ? 2 : Number(n) || NUMBER_WORDS[n.toLowerCase()];
      const text = deedOfNoun(noun) ?? noun;
      return {
        type: 'complete',
        ref: count ? { kind: 'words', text, count } : { kind: 'words', text, every: true },
      };
    }
    // "I've got all of those now" after a list: the tasks shown
    const those = s.match(
      /^(?:(?:i|we)(?:'ve)?\s+)?(?:(?:have|just|finally|already|now)\s+)*([a-z]+)\s+(?:all of (?:those|these|them)|all those|all these|those|these)(?:\s+(?:now|already|today|too))?$/i,
    );
    if (those && reportedDeed(those[1]!)) return { type: 'complete', ref: { kind: 'shown' } };
    // "hedge is done, lawn too": two things done
    const pair = s.match(
      /^(?:the\s+)?(.+?)(?:'s|'re|\s+is|\s+are)\s+(?:all\s+)?(?:done|finished|sorted|complete|completed)\s*(?:,?\s*(?:and\s+)?(?:the\s+)?(.+?)\s+(?:too|as well|also)|,\s*(?:and\s+)?(?:the\s+)?([\p{L}'-]+(?:\s+[\p{L}'-]+)?))$/iu,
    );
    if (pair)
      return [pair[1]!, (pair[2] ?? pair[3])!].map((text): Intent => ({
        type: 'complete',
        ref: { kind: 'statement', text },
      }));
    // "table's not wobbly anymore", "the tap isn't dripping any more": the trouble is gone
    const gone = s.match(
      /^(?:the\s+|my\s+|our\s+)?(.+?)(?:'s|'re|\s+is|\s+are|\s+isn't|\s+aren't)\s+(?:not\s+|no longer\s+)?(.+?)\s+(?:any\s?more|any longer)$/i,
    );
    if (gone && !/^(?:i|we|you|it|he|she|they|that|this)$/i.test(gone[1]!))
      return { type: 'complete', ref: { kind: 'statement', text: `${gone[1]} ${gone[2]}` } };
    // "The bus pass I have bought it yesterday": the thing first, then the deed done to it
    const fronted = s.match(
      /^(?:the\s+|my\s+)?(.+?),?\s+(?:i|we)\s+(?:(?:have|'ve|already|just|finally)\s+)*([a-z]+)\s+(?:it|them)(?:\s+(?:already|yesterday|today|now|this morning|last night))?$/i,
    );
    const frontedDeed = fronted && reportedDeed(fronted[2]!);
    if (fronted && frontedDeed && !/\s(?:and|or)\s/i.test(fronted[1]!))
      return { type: 'complete', ref: { kind: 'statement', text: `${frontedDeed} ${fronted[1]}` } };
    // "had my hair cut", "got the car washed": something done for you
    const causative = s.match(
      /^(?:(?:i|we)(?:'ve)?\s+)?(?:(?:just|finally|already)\s+)*(?:had|got)\s+(?:my|the|our|a|an)\s+((?:\S+\s+){0,3}?\S+)\s+([a-z]+)$/i,
    );
    const causedDeed = causative && reportedDeed(causative[2]!);
    if (causative && causedDeed)
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${causedDeed} ${causative[1]}` },
      };
    // "made the call", "did the shopping", "made the payment": the noun is the deed
    const light = s.match(
      /^(?:(?:i|we)(?:'ve)?\s+)?(?:(?:just|finally|already|have)\s+)*(?:made|did|done|had|got|took|gave)\s+(?:the|a|my|that|our|this)\s+(?:phone\s+)?([a-z]+)((?:\s+(?:to|with|for|about)\s+.+)?)$/i,
    );
    const lightDeed = light && deedOfNoun(light[1]!);
    if (light && lightDeed)
      return { type: 'complete', ref: { kind: 'statement', text: `${lightDeed}${light[2]}` } };
    // "paid", "just watered", "I've submitted": the deed without the task. The tasks it could be
    // are those that start with that verb; with more than one, the person is asked which.
    let bare = s.match(
      /^(?:(?:i|we)(?:'ve|'d)?\s+)?(?:(?:have|had|just|finally|already|also|all)\s+)*([a-z]+)(?:\s+(?:it|them|already|today|now|too|just now|finally))?$/i,
    );
    // ("we dropped it", "binned it": given up, not done)
    if (
      bare &&
      /^(?:dropped|binned|removed|deleted)$/i.test(bare[1]!) &&
      /\s(?:it|them)\b/i.test(s)
    )
      return undefined;
    if (bare && pastToBase(bare[1]!) && !NOT_A_REPORT.test(bare[1]!)) {
      // "I've paid it now" (after "did I pay council tax?"): the task just talked about
      if (/\s(?:it|them)\b/i.test(s))
        return { type: 'complete', ref: { kind: 'focus', context: pastToBase(bare[1]!)! } };
      return { type: 'complete', ref: { kind: 'statement', text: pastToBase(bare[1]!)! } };
    }
    // "booked all three", "paid both": every task that starts with that deed
    const group = s.match(
      /^(?:(?:i|we)(?:'ve)?\s+)?(?:(?:have|just|finally|already)\s+)*([a-z]+)\s+(?:all\s+(two|three|four|five|six|\d+|of them)|both(?:\s+of them)?|them all|them both)$/i,
    );
    const groupDeed = group && reportedDeed(group[1]!);
    if (group && groupDeed) {
      const n = group[2];
      const count = !n
        ? 2
        : /of them/i.test(n)
          ? undefined
          : Number(n) || NUMBER_WORDS[n.toLowerCase()];
      return {
        type: 'complete',
        ref: count
          ? { kind: 'words', text: groupDeed, count }
          : { kind: 'words', text: groupDeed, every: true },
      };
    }
    // "finished reading" (which reading?) / "done cleaning"
    bare = s.match(
      /^(?:i\s+)?(?:(?:have|just|finally|already)\s+)*(?:finished|done|completed)\s+([a-z]+ing)$/i,
    );
    // (the task matcher reads "reading" as "read")
    if (bare) return { type: 'complete', ref: { kind: 'statement', text: bare[1]! } };
    // "I call landlord already", "we pay the rent yesterday": the deed in its plain form, with
    // when it was done
    const plainThen = s.match(
      /^(?:i|we)\s+([a-z]+)\s+(.+?)\s+(?:already|just now|yesterday|this morning|today|earlier|last night)$/i,
    );
    if (plainThen && TASK_VERBS.has(plainThen[1]!.toLowerCase()))
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${plainThen[1]!.toLowerCase()} ${plainThen[2]}` },
      };
    // "badminton court book already", "the form submit already": the thing, then its deed in
    // the plain form, with "already"
    const thingThen = s.match(/^((?:\S+\s+){0,3}?\S+)\s+([a-z]+)\s+already$/i);
    if (
      thingThen &&
      TASK_VERBS.has(thingThen[2]!.toLowerCase()) &&
      !/^(?:i|we|you|it|that|this|he|she|they|can|also|and)$/i.test(thingThen[1]!) &&
      !/\b(?:can|could|will|would|should|must|need|needs|to|not|never|don't|didn't)$/i.test(
        thingThen[1]!,
      )
    )
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${thingThen[2]!.toLowerCase()} ${thingThen[1]}` },
      };
    // "had my flu jab", "had the boiler service": something had, that a task was to get
    const had = s.match(
      /^(?:(?:i|we)(?:'ve)?\s+)?(?:(?:just|finally|already)\s+)*had\s+(?:my|our|the)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s+(?:today|yesterday|this morning|this afternoon|earlier|at last|finally))?$/iu,
    );
    if (had && !/\b(?:lunch|dinner|breakfast|tea|coffee|fill|fun|day|time|chance)$/i.test(had[1]!))
      return { type: 'complete', ref: { kind: 'statement', text: `get ${had[1]}` } };
    // "I have finish the homework", "I have clean the kitchen": said without the past tense.
    const plain = s.match(
      /^(?:i|we)\s+(?:have|has|already|just)\s+(?:already\s+|just\s+)?([a-z]+)(?:\s+(.+))?$/i,
    );
    const deed = plain?.[1]?.toLowerCase();
    if (plain && deed && (TASK_VERBS.has(deed) || /^(?:finish|complete|do)$/.test(deed))) {
      const object = plain[2]?.trim();
      // "the dishes, I have do them already": the task is named before it (compound.ts).
      if (
        object &&
        /^(?:it|them|that|this|those)(?:\s+(?:already|now|too|today|yesterday))?$/i.test(object)
      )
        return { type: 'complete', ref: { kind: 'focus' } };
      const text = /^(?:finish|complete|do)$/.test(deed)
        ? object
        : object
          ? `${deed} ${object}`
          : deed;
      if (text) return { type: 'complete', ref: { kind: 'statement', text } };
    }
    // "boxes packed and labelled": two deeds done to one thing.
    const both = s.match(/^((?:\S+\s+){0,3}\S+)\s+([a-z]+)\s+(?:and|&)\s+([a-z]+)$/i);
    const [d1, d2] = both ? [reportedDeed(both[2]!), reportedDeed(both[3]!)] : [];
    if (both && d1 && d2 && !/^(?:i|we|you|it)$/i.test(both[1]!))
      return [d1, d2].map((d): Intent => ({
        type: 'complete',
        ref: { kind: 'statement', text: `${d} ${both[1]}` },
      }));
    // "sent the invoice to Marco and booked the flights": one report per part.
    const parts = s.split(/\s+and\s+(?:i\s+)?(?:also\s+)?(?=[a-z]+\s)/i);
    if (parts.length > 1 && parts.slice(1).every((p) => pastToBase(p.split(/\s+/)[0]!))) {
      const each = parts.map((p) => statement.extract(p, context));
      if (each.every((e) => e !== undefined)) return each.flat() as Intent[];
    }
    // "read and signed the contract": two things done to one object.
    const two = s.match(/^(?:i\s+(?:just\s+)?)?([a-z]+)\s+and\s+([a-z]+)\s+(.+)$/i);
    if (two && pastToBase(two[1]!) && pastToBase(two[2]!)) {
      return [two[1]!, two[2]!].map((verb): Intent => ({
        type: 'complete',
        ref: { kind: 'statement', text: `${pastToBase(verb)} ${two[3]}` },
      }));
    }
    let m = s.match(
      /^(?:i|we)(?:'ve|'d)?\s+(?:(?:have|had|just|finally|already|also|actually|now|successfully|totally)\s+)*([a-z]+)\s+(.+)$/i,
    );
    // ("I asked the farmer already": someone asked, as a task said; not "I asked you to …")
    const askedSomeone =
      m &&
      /^asked$/i.test(m[1]!) &&
      !/^(?:you|u|for|to|if|whether|why|how|what|when|about|that|around)\b/i.test(m[2]!);
    if (m && pastToBase(m[1]!) && (!NOT_A_REPORT.test(m[1]!) || askedSomeone)) {
      return { type: 'complete', ref: { kind: 'statement', text: `${pastToBase(m[1]!)} ${m[2]}` } };
    }
    m = s.match(
      /^(?:(?:just|finally|already|also)\s+)?([a-z]+)\s+(.+?)(?:\s+(?:already|today|just now|finally|yesterday|at last|this morning))$/i,
    );
    if (m && pastToBase(m[1]!) && !NOT_A_REPORT.test(m[1]!)) {
      return { type: 'complete', ref: { kind: 'statement', text: `${pastToBase(m[1]!)} ${m[2]}` } };
    }
    m = s.match(/^(?:just|finally|already)\s+([a-z]+)\s+(.+)$/i);
    if (m && pastToBase(m[1]!) && !NOT_A_REPORT.test(m[1]!)) {
      return { type: 'complete', ref: { kind: 'statement', text: `${pastToBase(m[1]!)} ${m[2]}` } };
    }
    // "Bought the milk": a past tense that is not also a base form ("read", "set", "put").
    m = s.match(/^([a-z]+)\s+(.+)$/i);
    const verb = m?.[1]?.toLowerCase() ?? '';
    if (m && Object.hasOwn(IRREGULAR_PAST, verb) && IRREGULAR_PAST[verb] !== verb) {
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${IRREGULAR_PAST[verb]} ${m[2]}` },
      };
    }
    // "registerd the birth", "emaild Sam": a past tense with a letter dropped
    m = s.match(/^([a-z]+d)\s+(.+)$/i);
    if (m && !/ed$/i.test(m[1]!) && !TASK_VERBS.has(m[1]!.toLowerCase()) && pastToBase(m[1]!))
      return { type: 'complete', ref: { kind: 'statement', text: `${pastToBase(m[1]!)} ${m[2]}` } };
    m = s.match(/^([a-z]+ed)\s+(.+)$/i);
    if (m && pastToBase(m[1]!) && !NOT_A_REPORT.test(m[1]!)) {
      return { type: 'complete', ref: { kind: 'statement', text: `${pastToBase(m[1]!)} ${m[2]}` } };
    }
    // "bill paid", "car washed": a few words and what was done to them.
    m = s
      .replace(
        /\s+(?:already|today|now|yesterday|finally|at last|at long last|just now|this morning)$/i,
        '',
      )
      .match(/^((?:\S+\s+){0,3}\S+)\s+([a-z]+)$/i);
    if (
      m &&
      // ("she just rang": said of someone not named, it settles nothing named)
      !/^(?:i|we|you|it|that|this|he|she|they)(?:\s+(?:just|already|finally|also|only))*$/i.test(
        m[1]!,
      ) &&
      pastToBase(m[2]!) &&
      IRREGULAR_PAST[m[2]!.toLowerCase()] !== m[2]!.toLowerCase() &&
      !NOT_A_REPORT.test(m[2]!) &&
      // ("the Müllers cancelled", "the client cancelled": people calling something off)
      !(
        /^cancel+ed$/i.test(m[2]!) &&
        /^(?:the\s+)?(?:\p{Lu}|(?:client|customer|guest|patient|family|couple|buyer|seller|tenant|landlord|host|band|venue|school|team|boss|supplier)s?\b)/u.test(
          m[1]!,
        )
      )
    ) {
      // ("the locksmith rang": what someone else did, which settles only some tasks)
      const told = EVENT_DEEDS.test(m[2]!) ? { event: m[2]!.toLowerCase() } : {};
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${pastToBase(m[2]!)} ${m[1]}`, ...told },
      };
    }
    // "invoice sent to Nomad", "deposit returned to the Singhs", "smoke alarms tested at Elm Road"
    const donePp = s.match(
      /^((?:\S+\s+){0,3}?\S+)\s+([a-z]+)\s+((?:to|for|at|from|with|in|on|by)\s+.+)$/i,
    );
    const ppDeed = donePp && reportedDeed(donePp[2]!);
    if (
      donePp &&
      ppDeed &&
      IRREGULAR_PAST[donePp[2]!.toLowerCase()] !== donePp[2]!.toLowerCase() &&
      !/^(?:i|we|you|it|that|this|he|she|they)$/i.test(donePp[1]!)
    )
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${ppDeed} ${donePp[1]} ${donePp[3]}` },
      };
    // "vet's booked for Max", "the parcel was sent to Gran": the deed, with who or where it was for
    // ("Lily's been picked up from swimming": a deed with its particle)
    const forWhom = s.match(
      /^(.+?)(?:\s+(?:is|are|was|were|has been|have been|had been|got)|'s been|'ve been|'s|'re)\s+(?:now\s+|finally\s+|all\s+|already\s+|just\s+)?([a-z]+)((?:\s+(?:up|off|out|back|in|down|over|away))?)\s+((?:for|with|to|at|from)\s+.+)$/i,
    );
    const forDeed = forWhom && reportedDeed(forWhom[2]!);
    if (
      forWhom &&
      forDeed &&
      !/^(?:i|we|you|it|that|this|he|she|they|what|which)$/i.test(forWhom[1]!)
    )
      return {
        type: 'complete',
        ref: {
          kind: 'statement',
          text: `${forDeed}${forWhom[3]} ${forWhom[1]} ${forWhom[4]}`,
        },
      };
    // "the car is washed", "the gutters are clean now": the task's verb, by what it left behind
    m = s.match(
      /^(.+?)(?:\s+(?:is|are|was|were|has been|have been|had been|got)|'s been|'ve been|'s|'re)\s+(?:now\s+|finally\s+|all\s+|already\s+|just\s+)?(?:(?:sparkling|spotless|squeaky|totally|completely|fully|properly|nice and)\s+)?([a-z]+)((?:\s+(?:up|off|out|back|down|over|away|on))?)(?:\s+(?:now|already|finally|at last|again|today))?$/i,
    );
    // "timesheet's in", "the bins are out", "the bikes are back", "supers are on": where the task
    // left it
    if (
      m &&
      /^(?:in|out|off|back|away|on)$/i.test(m[2]!) &&
      !m[3] &&
      !/^(?:i|we|you|it|that|this|he|she|they|there)$/i.test(m[1]!)
    ) {
      // ("both ink orders are in": the two tasks those words find)
      const both = /^both\s+(?:of\s+)?(?:the\s+|my\s+)?(.+)$/i.exec(m[1]!);
      return both
        ? { type: 'complete', ref: { kind: 'words', text: both[1]!, count: 2 } }
        : { type: 'complete', ref: { kind: 'statement', text: `${m[1]} ${m[2]}` } };
    }
    // "timetable's up on insta", "the sign's up at the gate": put up, where it went
    const posted =
      /^(.+?)(?:\s+(?:is|are)|'s|'re)\s+(?:now\s+|finally\s+|all\s+)?up\s+(?:on|at|in|from)\s+[\p{L}\p{N}'-]+(?:\s+[\p{L}\p{N}'-]+)?(?:\s+(?:now|already|finally|at last))?$/iu.exec(
        s,
      );
    if (posted && !/^(?:i|we|you|it|that|this|he|she|they|there|what|who)$/i.test(posted[1]!))
      return { type: 'complete', ref: { kind: 'statement', text: `${posted[1]} up` } };
    const deedOf = m && (pastToBase(m[2]!) ?? RESULT_STATES[m[2]!.toLowerCase()]);
    if (m && deedOf && !/^(?:i|we|you|it|that|this|he|she|they)$/i.test(m[1]!)) {
      // ("aisles 4 to 6 are all counted now": every one of them)
      const every = /^(?:are|were|have been|'re|'ve been)$/i.test(
        /(?:\s+(are|were|have been)|('re|'ve been))\s+(?:now\s+|finally\s+)?all\b/i
          .exec(s)
          ?.slice(1)
          .find(Boolean) ?? '',
      );
      return {
        type: 'complete',
        ref: { kind: 'statement', text: `${deedOf}${m[3]} ${m[1]}`, ...(every ? { every } : {}) },
      };
    }
    // "Lisa sent me the numbers at last", "the plumber came today", "car passed its MOT": an event
    // that settles a task, told about someone or something else
    // ("Oh my days, the bride's mother phoned me…": the exclamation first is no part of it)
    const event = stripFiller(s).match(
      /^(?:the\s+|my\s+|our\s+)?([\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+(?:(?:has|have|finally|just|already|eventually)\s+)*(came|arrived|rang|called|phoned|telephoned|replied|answered|emailed|texted|messaged|sent|passed|delivered|confirmed|approved|signed|showed up|turned up|got back|came back|rang back|called back|got in touch|popped in|popped round|popped by|dropped in|dropped by|came by|stopped by|came round|visited)\b(.*)$/iu,
    );
    // ("Karen emailed again asking about her refund": chasing it, which settles nothing; nor
    // does "… phoned me three times about the florist")
    // ("the canopy guy rang, said he'll send the quote next week": a promise, not the deed)
    const chasing =
      !!event &&
      (/^\s*(?:again|back again|asking|to ask|chasing|to chase|complaining|to complain|wanting|querying|demanding)\b|\b(?:again\s+)?(?:asking|chasing|complaining|wanting to know|querying)\b|\b(?:three|four|five|six|several|a few|a couple of|multiple|many|\d+)\s+times\b/i.test(
        event[3]!,
      ) ||
        PROMISE.test(event[3]!));
    if (
      event &&
      !/^(?:i|we|you|it|that|this|there|who|what|nobody|no one|he|she|they)\b/i.test(event[1]!) &&
      !/\b(?:never|not|no|didn't|hasn't|haven't|hardly)\b/i.test(event[1]!) &&
      // ("Mr Patel passed away": a death, not a test passed)
      !(/^passed$/i.test(event[2]!) && /^\s*(?:away|on)\b/i.test(event[3]!)) &&
      !chasing
    ) {
      return {
        type: 'complete',
        ref: { kind: 'statement', text: s, event: event[2]!.toLowerCase() },
      };
    }
    // "the van's back from the garage", "mum gave me the bus money", "landlord has the keys now",
    // "guest list is final now": news that settles a task, in any words. Which task is left to the
    // task matcher (the one the sentence is about, or none); a wish, a plan or a doubt is not news.
    if (!context.question && !chasing && settles(s, context.within ?? context.sentence))
      return { type: 'complete', ref: { kind: 'statement', text: s } };
    return undefined;
  }
}

/** Deeds someone does on their own, told as news: "rang", "came". */
const EVENT_DEEDS =
  /^(?:rang|phoned|telephoned|emailed|texted|messaged|replied|answered|came|arrived)$/i;

/** Words of a doubt or a plan called off: news with one settles nothing. */
const DOUBT =
  /\b(?:might|may|maybe|perhaps|possibly|not sure|unsure|cancel|cancelling|canceling|called off|calling off|postpone|postponing)\b/i;

/** Past tenses that tell nothing done ("it was", "she said"). */
const NOT_NEWS =
  /^(?:was|were|had|did|been|said|told|thought|felt|seemed|looked|heard|knew|meant|wondered|asked|realised|realized|remembered|noticed|saw|got to|let|wished|hoped|tried|offered|enquired|inquired|complained|mentioned|suggested|recommended|warned|chased)$/i;
const UNSETTLED =
  /\b(?:waiting on|waiting for|(?:their|his|her) (?:side|part|bit|end)|delayed|pushed back|brought forward|rescheduled|held up|love to|hope|hoping|wish|one of these days|some ?day|eventually|thinking of|meaning to|not|n't|never|no longer|still|yet|need|needs|needed|have to|has to|must|should|gotta|got to|want|wants|wanted|going to|gonna|will|would|could|might|maybe|if|remind|add|put|stick|again|broke|broken|leaking|lost|cancelled|canceled|postponed|moved|failed|bounced|fell through|please|mark|tick|untick|reopen|undone|unmark|delete|remove|rename|change|make|keep|set)\b|n't\b|\?/i;
const QUESTION_START =
  /^(?:did|do|does|is|are|was|were|have|has|can|could|would|should|will|what|which|how|when|where|who|why|any)\b/i;
const SETTLED_STATE =
  /(?:'s|'re|\s(?:is|are|has been|have been|was|were)|'s been|'ve been)\s+(?:now\s+|all\s+|finally\s+)*(?:final|finalised|finalized|ready|back|sorted|done|booked|fixed|over|packed|paid|signed|confirmed|in the (?:ground|post|bag|diary|calendar)|all set|good to go|taken care of|dealt with|attended to|seen to|actioned|up and running)\b|\b(?:paid up|gone off|sorted out|said yes|agreed to|signed off|got back to (?:me|us))\b|^(?:the\s+|my\s+|our\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:has|have)\s+(?:got\s+)?(?:the|her|his|their|its|our|my)\s+|^(?:the\s+|my\s+|our\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+(?:has|have)|'s|'ve)?\s+(?:had|taken|eaten|got)\s+(?:her|his|their|its)\s+/iu;

/** "back in stock next week", "ready tomorrow": a state still to come, not reached. */
const STATE_TO_COME =
  /\b(?:back|ready|available|in stock|fixed|done|finished|sorted|over|open|free)\b(?:\s+(?!for\b|on\b|by\b)[\p{L}'-]+){0,3}?\s+(?:next\s+(?:week|month|year|time|mon|tue|wed|thu|fri|sat|sun)\w*|tomorrow|soon|later|in\s+(?:a|an|one|two|three|four|\d+)\s+(?:days?|weeks?|months?))\b/iu;

function settles(s: string, sentence: string): boolean {
  if (QUESTION_START.test(s) || UNSETTLED.test(s) || UNSETTLED.test(sentence)) return false;
  if (STATE_TO_COME.test(s)) return false;
  // ("she just rang": someone not named did something, to nothing named)
  if (/^(?:he|she|they)\s+(?:just\s+|already\s+|finally\s+)?[^\s,;]+(?:\s*[,;].*)?$/i.test(s))
    return false;
  if (SETTLED_STATE.test(s)) return true;
  const words = s.split(/[\s,;.!]+/);
  return words.some((word, i) => {
    const w = word.toLowerCase();
    if (NOT_NEWS.test(w) || !reportedDeed(w)) return false;
    // "the finished ones": a past participle describing a thing; "I've got loads": having
    if (/^(?:the|my|our|those|these|any|all|some|its|their)$/i.test(words[i - 1] ?? ''))
      return false;
    if (w === 'got' && /^(?:have|has)$|'ve$|'s$/i.test(words[i - 1] ?? '')) return false;
    // "read", "set", "put": as often a request as a report
    return IRREGULAR_PAST[w] !== w;
  });
}
