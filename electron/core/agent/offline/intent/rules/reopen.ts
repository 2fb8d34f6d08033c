// Not done after all: "mark task 2 as not done", "uncheck the groceries one", "the report isn't
// done yet", "open it again".
import { parseRef, withException, withoutReason } from '../references.ts';
import type { Intent, Rule } from '../types.ts';
import { alt, NOT_DONE_WORDS, rx, TASK_VERBS, VERBS } from '../vocabulary.ts';
import { reportedDeed } from './statement.ts';

const NOT_DONE = alt(NOT_DONE_WORDS);
const REOPEN_VERB = alt(VERBS.reopen);

type Change = Extract<Intent, { type: 'reopen' }>;
// "tell me the tasks which are not finished" asks for a list; "put again as open" means it.
const reopened = (said: string): Change | undefined => {
  // "…, so booking the caterer isn't done": the joining word isn't the task's
  const ref = said
    .replace(/^(?:so|and|but|then)\s+/i, '')
    .replace(/^(?:the\s+)?status\s+(?:of|for|on)\s+/i, '');
  return /^(?:show|tell|list|give|what|which|display|how|remind|confirm|could|can|would)\b/i.test(
    ref,
  )
    ? undefined
    : {
        type: 'reopen',
        ref: parseRef(/^(?:again|back|it again|it back)$/i.test(ref) ? 'it' : ref),
      };
};

const REQUEST_LATER = rx`\\b(?:${alt([...VERBS.undo, ...VERBS.delete, ...VERBS.add, ...VERBS.complete, ...VERBS.reopen, ...VERBS.rename, 'mark', 'put'])})\\b`;

/** Every form below has one of these; most sentences have none and are passed by at once. */
const CUES = rx`(?:${REOPEN_VERB}|${NOT_DONE})|\\b(?:not|never|still|again|back|activate|tick|check|checkmark|tickmark|redoing|re-doing|redone|over)\\b|n't\\b`;

export const reopen: Rule = {
  name: 'reopen',
  specificity: 60,
  extract: (text, context): Change | undefined =>
    // "I rang the council" … "they said they'd ring back though, so leave it open": not done yet
    context?.dialogue.lastAction === 'complete' &&
    !/^[^,;]{1,40}:/.test(context.sentence || text) &&
    /(?:^|[,;]\s*|\s)(?:so\s+)?(?:please\s+)?(?:leave|keep)\s+(?:it|that|this)(?:\s+one)?\s+(?:open|on the list|pending|unticked)(?:\s+(?:for now|then|please))?$/i.test(
      text,
    )
      ? { type: 'reopen', ref: { kind: 'focus' } }
      : // "buttonholes are finished" … "no wait, I still need to do the groom's one": part of it
        // is still to do, so not done
        context?.dialogue.lastAction === 'complete' &&
          /^(?:(?:no|wait|actually|oh|hang on|hmm)[,\s]+)*(?:but\s+)?(?:i|we)\s+still\s+(?:need|have|got|gotta)\s+(?:to\s+)?(?:do|finish|sort|make)\s+(?:it|that|this|the\s+(?:last|other|final)\s+(?:one|bit|part)|the\s+rest(?:\s+of\s+(?:it|them))?|(?:the\s+)?[\p{L}'’-]+(?:['’]s)?\s+one|part\s+of\s+(?:it|them))$/iu.test(
            text,
          )
        ? { type: 'reopen', ref: { kind: 'focus' } }
        : !CUES.test(text)
          ? undefined
          : (withException(text, extractChange) ??
            // "pay rent isn't actually done, the transfer bounced": the report, then why.
            // (Not when a later clause asks for something: "I haven't folded it yet, undo".)
            (/,/.test(text) && !REQUEST_LATER.test(text.slice(text.indexOf(',')))
              ? withException(text.split(/\s*,\s*/)[0]!, extractChange)
              : undefined) ??
            // "I made a mistake, I have not yet posted the letter to Joan": the report after the preamble.
            (/,/.test(text) && !REQUEST_LATER.test(text.slice(0, text.lastIndexOf(',')))
              ? withException(text.split(/\s*,\s*/).at(-1)!, extractChange)
              : undefined)),
};

function extractChange(said: string): Change | undefined {
  {
    // "mark it done, I did it this morning": the reason after the comma isn't the task.
    const s = withoutReason(said).replace(/\s+(?:instead|then)$/i, '');
    const re = (strings: TemplateStringsArray, ...values: unknown[]) =>
      s.match(rx(strings, ...values));
    // "reset everything to not done, new week": every finished task
    if (
      re`^(?:reset|set|mark|put|turn|switch)\\s+(?:everything|it all|all|all (?:of )?(?:them|my tasks|the tasks|tasks))\\s+(?:back\\s+)?(?:to|as)\\s+(?:${NOT_DONE})(?:\\s*,.*)?$`
    )
      return { type: 'reopen', ref: { kind: 'all', status: 'completed' } };
    // "undo the tick on milk", "take the tick off the bins"
    const tick = re`^(?:undo|remove|take off|take away|take|revert|reverse|cancel)\\s+(?:the\\s+)?(?:tick|check|checkmark|tickmark|done|completion)\\s+(?:on|from|for|off|of)\\s+(.+)$`;
    if (tick) return reopened(tick[1]!);
    // "please open it again", "open the bottles one again": open, as in not done
    const openAgain = re`^(?:re-?open|open)\\s+(.+?)\\s+again$`;
    if (openAgain) return reopened(openAgain[1]!);
    // "undo the tick", "take the tick off": the task just ticked off
    if (
      re`^(?:undo|remove|take off|take away|take|untick)\\s+(?:the\\s+|that\\s+)?(?:tick|check|checkmark|tickmark)(?:\\s+off)?$`
    )
      return reopened('it');
    // "I still need to do that one", "we still have to do it": not done after all
    if (
      re`^(?:(?:i|we)\\s+)?still\\s+(?:need|have|got)\\s+to\\s+do\\s+(?:it|that|this|that one|this one|them)$`
    )
      return reopened('it');
    // "the parcel came back, it needs to go on the list again": the one named before
    if (
      re`^(?:it|that|this|they)\\s+(?:needs?|has|have)\\s+to\\s+(?:go\\s+(?:back\\s+)?on\\s+(?:the|my)\\s+list\\s+again|go\\s+back\\s+on\\s+(?:the|my)\\s+list|be\\s+done\\s+again)$`
    )
      return reopened('it');
    // "the gas cert needs redoing, engineer put the wrong address": to do again
    const redo = re`^(.+?)\\s+(?:needs?|wants?|has\\s+to\\s+be|have\\s+to\\s+be|will\\s+need)\\s+(?:redoing|re-doing|doing again|redone|done again|to be redone|to be done again|doing over|another go)(?:\\s*[,;.—–-]\\s*.*)?$`;
    if (redo && !/^(?:what|which|who|everything|all|nothing)$/i.test(redo[1]!))
      return reopened(redo[1]!);
    // "restore it to outstanding", "reinstate the renewal as outstanding"
    const back = re`^(?:restore|reinstate|return|revert|set back|put back)\\s+(.+?)\\s+(?:to|as)\\s+(?:outstanding|open|pending|not done|incomplete|undone|to do)$`;
    if (back) return reopened(back[1]!);
    // "can you put it back as not done for now", "set the invoice one back to pending"
    const putBack = re`^(?:put|set|mark|change|turn|switch)\\s+(.+?)\\s+back\\s+(?:to|as|into)\\s+(?:not\\s+done|undone|open|pending|incomplete|to\\s+do|unfinished|outstanding)(?:\\s+(?:for now|please|again|then))*$`;
    if (putBack) return reopened(putBack[1]!);
    // "the proofreading is again open", "the gate's open again"
    const again = re`^(.+?)(?:\\s+is|'s|\\s+are)\\s+(?:again|back)\\s+(?:open|pending|outstanding|on the list|on|to do)(?:\\s+(?:again|now|then))?$|^(.+?)(?:\\s+is|'s|\\s+are)\\s+(?:open|pending|outstanding)\\s+again$`;
    // ("he's back on", "we're on again": news of people, not of a task)
    if (
      again &&
      !/^(?:(?:\S+\s+)*(?:[,;]\s*))?(?:it|that|this|which|what|he|she|they|we|i|you|everyone|everybody)$/i.test(
        (again[1] ?? again[2]!).replace(/^.*[,;]\s*/, ''),
      )
    )
      return reopened(again[1] ?? again[2]!);
    // "untick", "uncheck that": the one just talked about
    if (
      /^(?:untick|uncheck|unmark|reopen|un-tick|un-check)(?:\s+(?:it|that|this|that one|it please))?$/i.test(
        s,
      )
    )
      return reopened('it');
    // (dictated on: "mark X as not done yet the library was closed": why, after it)
    let m = re`^(?:mark|set|flag|put|move|switch|change|make)\\s+(.+?)\\s+(?:again\\s+)?(?:as\\s+|to\\s+|back\\s+to\\s+|back\\s+as\\s+|as\\s+being\\s+)?(?:again\\s+)?${NOT_DONE}(?:\\s+again)?(?:\\s+(?:yet|now)(?:\\s+(?:the|because|cos|since|as|they|he|she|i|we|it|my|our)\\s.*)?|\\s+(?:because|cos|since)\\s.*)?$`;
    // "tell me only the tasks which are not finished" asks for a list.
    if (m && !/^(?:show|tell|list|give|what|which|display)\b/i.test(m[1]!)) return reopened(m[1]!);
    // "…, they're not done": the tasks just named
    if (
      re`^(?:it's|it is|they're|they are|that's|that is|those are|these are|both are)\\s+(?:still\\s+|actually\\s+)?not\\s+(?:done|finished|complete|completed)(?:\\s+(?:yet|after all))?$`
    )
      return reopened('it');
    // "Organise the stockroom — not finished yet", "rent: not paid"
    m = re`^(.+?)\\s*(?:—|–|\\s-|:)\\s*(?:is\\s+|still\\s+)?(?:${NOT_DONE})(?:\\s+(?:yet|after all|actually|anymore))*$`;
    if (m && !/^(?:list|show|tasks|what|which|status)$/i.test(m[1]!)) return reopened(m[1]!);
    // "the newsletter and the flyers need to go back on the to-do list"
    m = re`^(.+?)\\s+(?:needs?|has|have|should|ought)\\s+(?:to\\s+)?(?:go|be put|be moved|come|be)\\s+back\\s+(?:on|onto|to|in|into)\\s+(?:the\\s+|my\\s+)?(?:\\w+\\s+)?(?:list|to-?do list|to-?dos|pending|open tasks)$`;
    if (m) return reopened(m[1]!);
    // "mark it as not paid", "set the rent one to not sent"
    m = re`^(?:mark|set|put|flag)\\s+(.+?)\\s+(?:as|to)\\s+not\\s+([a-z]+)(?:\\s+(?:yet|after all))?$`;
    if (m && reportedDeed(m[2]!)) return reopened(m[1]!);
    // "hang on, it's not, the salon cancelled": it, not done after all
    if (
      re`^(?:(?:it's|it is|that's)\\s+not|it isn't|it wasn't|that isn't)(?:\\s+(?:actually|done|finished))?$`
    )
      return reopened('it');
    // "change the status of 'Submit the visa form' to not completed"
    m = re`^(?:change|set|update|switch|put|make|turn)\\s+(?:the\\s+)?status\\s+(?:of|for|on)\\s+(.+?)\\s+(?:back\\s+)?(?:to|as|into)\\s+(?:${NOT_DONE})$`;
    if (m) return reopened(m[1]!);
    // "put again as open", "set it back to not done"
    if (
      re`^(?:put|set|mark|make|turn)(?:\\s+(?:it|that|this))?\\s+(?:again|back)\\s+(?:as\\s+|to\\s+)?${NOT_DONE}$`
    )
      return reopened('it');
    // "take the tick off 'Book hotel'", "remove the checkmark from the rent one"
    m = re`^(?:take|remove|get|clear|rub out)\\s+(?:the\\s+)?(?:tick|check|checkmark|check mark|tickmark|tick mark|done mark)\\s+(?:off|from|off of|on)\\s+(.+)$`;
    if (m) return reopened(m[1]!);
    m = re`^(?:take|remove|get)\\s+(.+?)\\s+(?:off|out of|from)\\s+(?:the\\s+|my\\s+)?(?:done|completed|finished)(?:\\s+(?:list|tasks|pile|ones))?$`;
    if (m) return reopened(m[1]!);
    m = re`^${REOPEN_VERB}\\s+(.+)$`;
    if (m) return reopened(m[1]!);
    m = re`^(?:open|activate)\\s+(.+?)\\s+(?:again|back up)$`;
    if (m) return reopened(m[1]!);
    if (re`^(?:re-?open|open)(?:\\s+(?:it|that))?\\s+again$|^reopen$`) return reopened('it');
    m = re`^(.+?)(?:\\s+(?:is|are|was|were)(?:n't| not)|'s not|'s n't)\\s+(?:actually\\s+|really\\s+|quite\\s+)?(?:done|finish|finished|complete|completed)(?:\\s+yet)?(?:\\s+(?:actually|after all|anymore|any more))?$`;
    // "the plumber didn't fix it, the kitchen leak task isn't done": the clause nearest the verb.
    if (m) return reopened(nearestClause(m[1]!));
    m = re`^i\\s+(?:haven't|have not|didn't|did not)\\s+(?:actually\\s+|really\\s+)?(?:finish|finished|do|done|complete|completed)\\s+(.+?)(?:\\s+yet)?$`;
    if (m) return reopened(m[1]!);
    // "the lawn still needs watering", "the report still needs doing"
    m = re`^(.+?)\\s+still\\s+needs?\\s+(?:to be\\s+)?([a-z]+ing|doing|done|finishing)\\b.*$`;
    if (m && !/^(?:which|what|who|how|is|are|do|does)\\b/i.test(m[1]!))
      return /^(?:doing|done|finishing)$/i.test(m[2]!)
        ? reopened(m[1]!)
        : { type: 'reopen', ref: { kind: 'statement', text: `${m[2]} ${m[1]}` } };
    // "make again open the task wash car", "mark incomplete: renew passport"
    m = re`^(?:make|mark|set|put)\\s+(?:it\\s+)?(?:again\\s+)?(?:as\\s+)?(?:open|${NOT_DONE}|incomplete|unfinished|undone)(?:\\s+again)?\\s*[:,-]?\\s+(.+)$`;
    if (m && !/^(?:again|back)$/i.test(m[1]!))
      return reopened(m[1]!.replace(/^the\s+task\s+(?:of\s+)?/i, ''));
    // "not finished with the slides after all"
    m = re`^(?:i'm\\s+|i am\\s+|we're\\s+)?not\\s+(?:finished|done|through)\\s+with\\s+(.+?)(?:\\s+(?:after all|yet|actually))*$`;
    if (m) return reopened(m[1]!);
    // "please make undone the task of the haircut"
    m = re`^(?:make|mark|set|put)\\s+(?:as\\s+)?(?:${NOT_DONE})\\s+(.+)$`;
    if (m) return reopened(m[1]!);
    // "signs still to do", "the ironing still left"
    m = re`^(.+?)(?:\\s+(?:is|are))?\\s+still\\s+(?:to do|to be done|to get done|left|pending|outstanding|not done)$`;
    if (
      m &&
      !/^(?:which|what|who|how|is|are|do|does|anything|everything|something|i|we)\b/i.test(m[1]!)
    )
      return reopened(m[1]!);
    // "call mom is still pending actually", "the rent is still open"
    m = re`^(.+?)\\s+(?:is|are)\\s+still\\s+(?:${NOT_DONE})(?:\\s+(?:actually|after all|too))*$`;
    if (m && !/^(?:which|what|who|how|is|are|do|does)\b/i.test(m[1]!)) return reopened(m[1]!);
    // "not done after all: call mom", "undone - the rent one"
    m = re`^(?:${NOT_DONE})(?:\\s+(?:after all|yet|actually|again))*\\s*(?::|-|,)\\s*(.+)$`;
    if (m) return reopened(m[1]!);
    // "I haven't actually watered the plants yet", "we didn't pay the rent after all"
    m = re`^(?:i|we)\\s+(?:haven't|have not|hasn't|didn't|did not|never)\\s+(?:yet\\s+)?(?:actually\\s+|really\\s+)?([a-z]+)\\s+([^,]+?)(?:\\s+(?:yet|after all|actually))*$`;
    // ("didn't call", "haven't posted": a base form after "didn't" is the deed too)
    const deed =
      m &&
      (reportedDeed(m[1]!) ??
        (TASK_VERBS.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : undefined));
    if (m && deed)
      return /^(?:it|them|that|this|those|him|her)$/i.test(m[2]!)
        ? reopened('it')
        : { type: 'reopen', ref: { kind: 'statement', text: `${deed} ${m[2]}` } };
    // "flights not booked yet actually", "the rent isn't paid after all"
    m = re`^(.+?)\\s+(?:(?:is|are|was|were)(?:n't|\\s+not)|not)\\s+(?:actually\\s+|really\\s+)?([a-z]+)(?:\\s+(?:yet|after all|actually))*$`;
    const done = m && reportedDeed(m[2]!);
    // ("it bounced back, so it isn't sent": it, the one just talked about)
    if (m && done && /^(?:(?:so|and|but|well|then)\s+)*(?:it|that|this|they)$/i.test(m[1]!))
      return reopened('it');
    if (
      m &&
      done &&
      !/^(?:i|we|you|it|that|this)$/i.test(m[1]!) &&
      // "which tasks have I still not done?" asks
      !/^(?:which|what|who|how|where|when|why|do|does|did|is|are|have|has|can|could)\b/i.test(m[1]!)
    )
      return {
        type: 'reopen',
        ref: { kind: 'statement', text: `${done} ${nearestClause(m[1]!)}` },
      };
    // "not paid after all" (which one is asked)
    m = re`^(?:(?:i|we)\\s+)?(?:(?:haven't|have not|didn't|did not)\\s+|not\\s+)(?:actually\\s+|really\\s+)?([a-z]+)(?:\\s+(?:yet|after all|actually|it|them))*$`;
    const alone = m && reportedDeed(m[1]!);
    // ("haven't paid it": the one just talked about)
    if (m && alone && /\s(?:it|them)\b/i.test(s)) return reopened('it');
    if (m && alone) return { type: 'reopen', ref: { kind: 'statement', text: alone } };
    return undefined;
  }
}

/** The last clause when it names a task of its own ("…, the leak task"), else all of it. */
export function nearestClause(said: string): string {
  const last = said.split(/,\s*/).at(-1)!;
  return last !== said && /^(?:the|my|that|this)\b/i.test(last) ? last : said;
}
