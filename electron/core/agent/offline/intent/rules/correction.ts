// Putting the last action right: "actually make that oat milk", "call it white paint instead",
// "no, the other one", "I meant the bread one", "sorry, task 2 not 3", "green not blue",
// "not the bank, the insurer", "actually, no - the ones in the kitchen".
import { quotedWithoutWhy, tidyTitle } from '../normalize.ts';
import { NEXT_TIME_TOO } from './continuation.ts';
import { parseRef } from '../references.ts';
import type { Intent, Rule, RuleContext } from '../types.ts';
import { alt, rx, VERBS } from '../vocabulary.ts';
import { pastToBase } from './statement.ts';
import { DAY_SPAN, onlyDetails } from '../time-words.ts';
import { details } from './details.ts';
import { schedule } from './schedule.ts';
import { setRepeat } from './set-repeat.ts';

const INTERJECTIONS = rx`^(?:${alt(['no', 'nope', 'oops', 'sorry', 'wait', 'no wait', 'actually', 'oh', 'hang on', 'hold on', 'whoops', 'my bad', 'err', 'ah', 'hmm', 'scratch that', 'correction', 'never mind', 'nvm', 'excuse me', 'mistake', 'oh dear', 'oh no', 'no no', 'ugh', 'typo', 'wrong one', 'wrong task', 'not that one', 'undo', 'undo that', 'nah', 'nah scratch that', 'ah no', 'belay that', 'put it back', 'put that back', 'bring it back', 'take that back'])}(?:[,!.:;\\s-]+|$))+`;
const INSTEAD = /\s+(?:instead|then|please|rather|actually)$/i;
const COMMAND = rx`^${alt([...VERBS.add, ...VERBS.complete, ...VERBS.reopen, ...VERBS.delete, ...VERBS.rename, ...VERBS.undo, 'mark', 'show', 'list', 'what', 'how', 'is', 'did', 'describe', 'swap', 'switch', 'replace', 'tag', 'untag', 'label'])}\\b`;

/** Words that tell something ("I'll still be asleep then", "she's at church", "not tomorrow"),
 * never the words a title should have. */
const TELLS =
  /^(?:not\s|(?:i'll|i will|i'm|i am|i've|i have|i just|i was|i had|she|he|they|we|you|it's|it is|its|that's|there's|she's|he's|they're|we're)\b(?!\s*(?:need|needs|meant|mean|want|wanted|have to|got to|gotta|should)\b))/i;

/** A correction that tells something ("the interview is at 2", "don't repeat it", "no school
 * on fridays"): never words of a title. */
const NEWS =
  /\b(?:is|are|was|were|isn't|aren't|don't|doesn't|didn't|won't|can't|i'm|i am|we're|there's)\b|^(?:no|not)\s/i;

export const correction: Rule = {
  name: 'correction',
  specificity: 75,
  extract: (s, context): Intent | undefined => {
    // ("set that as the due date on the Harlow job": a field named, never a new title)
    if (
      /^(?:(?:please|pls|ok|okay|and|so|yes|yeah)[,\s]+)*(?:set|make|use|put|take)\s+(?:that|it|this)\s+(?:as|for)\s+(?:the|its|their|a)\s+(?:due\s+)?(?:date|deadline|time|priority|label|tag|repeat|description|note|reminder)\b/i.test(
        s,
      )
    )
      return undefined;
    // ("no sorry, it's Norah with an h": a name spelled out, fix-word.ts)
    if (
      /\s(?:with|without)\s+(?:a|an|the|two|double|one|no)\s+\p{L}(?:\s+(?:at the end|in it|on the end|in the middle))?[.!]*$/iu.test(
        s,
      )
    )
      return undefined;
    // ("add 'for my knee' to the end of that", "stick 'urgent parts' on the end": more words
    // for the title just written)
    const atEnd =
      /^(?:(?:and|also|oh|can you|could you|please)[,\s]+)*(?:add|put|stick|tack|append|pop)\s+["'‘“](.+?)["'’”]\s+(?:to|at|on|onto)\s+the\s+end(?:\s+of\s+(?:that|it|this|the title|the name|the task)(?:\s+one)?)?[.!]*$/i.exec(
        s,
      );
    if (
      atEnd &&
      (context.dialogue.lastAction === 'add' || context.dialogue.lastAction === 'update')
    )
      return { type: 'correct', text: atEnd[1]!, append: true };
    // "just mark it done instead" after deleting it: a different change to the same task
    // "sorry I meant mark it done" (after deleting it)
    const meant = s.replace(
      /^(?:(?:no|nope|wait|hang on|hold on|sorry|oops|actually|hmm)[,!.\s]+)*(?:i\s+meant(?:\s+to)?|i\s+mean|meant\s+to)\s+(?=(?:just\s+)?(?:mark|tick|check|cross|strike|knock)\b)/i,
      '',
    );
    const instead = meant.match(
      /^(?:just\s+)?(?:(?:mark|tick|check)\s+(?:it|that)\s+(?:as\s+)?(?:done|complete|completed|finished|off)|(?:tick|check|cross|strike|knock)\s+(?:it|that)\s+off|(?:tick|check|cross|strike|knock)\s+off\s+(?:it|that))(?:\s+instead)?(?:\s*,?\s*(?:not|rather than|instead of)\s+(?:delete|deleting|remove|removing|bin|binning)(?:\s+(?:it|that))?)?[!.]*$/i,
    );
    if (instead && context.dialogue.lastAction === 'delete')
      return { type: 'correct', switchTo: 'complete' };
    let found = readCorrectionOf(s, context);
    // "no I said Marek not Marta": the words said, without the saying of them; "please write it
    // 'Renew residence permit' so my wife understands": what is quoted, without why
    if (found?.type === 'correct' && found.text) {
      const text =
        quotedWithoutWhy(found.text, true) ??
        found.text
          .replace(/^(?:i\s+(?:said|meant|mean|typed|wrote|put))\s+(?=\S)/i, '')
          // ("change it to: …": what comes after the colon)
          .replace(/^to\s*:\s*(?=\S)/i, '');
      if (text !== found.text) found = { ...found, text };
    }
    if (found?.type === 'update' && found.title) {
      const quoted = quotedWithoutWhy(found.title);
      if (quoted) found = { ...found, title: quoted };
    }
    // ("add hair appointment on Tuesday at 10:30" … "sorry dear, I meant 11:30": a time put
    // right, never a title)
    // ("add renew the domain name p1" … "sorry meant p3": the detail said with it)
    if (
      found?.type === 'correct' &&
      found.text &&
      (context.dialogue.lastTimed || context.dialogue.lastAction === 'add') &&
      onlyDetails(found.text)
    )
      return { type: 'details', ref: { kind: 'focus' }, text: found.text };
    // "actually better make it a week sooner", "only on weekdays, my neighbour does it at
    // weekends", "make it stop after 10 sessions", "no, the week after that": when, said around
    // the edges, never a new title
    if (
      found?.type === 'correct' &&
      found.text &&
      !found.replaces &&
      !found.append &&
      (context.dialogue.lastAction === 'add' || context.dialogue.lastAction === 'update')
    ) {
      const when = found.text
        .replace(/^(?:better|just|maybe|perhaps|probably)\s+(?=(?:make|set|move|push)\b)/i, '')
        .replace(
          /\s*,\s*(?:my|the|his|her|their|our|because|since|as|cos|so|before|after|he|she|they|it's|we|i)\b.*$/i,
          '',
        )
        // ("high priority its kinda important": why, said on without a comma)
        .replace(/(?<=\S)\s+(?:its|it's|it is|because|cos|coz|since)\s+\S.*$/i, '')
        .replace(
          /^(?:make\s+it\s+)?stop\s+after\s+(\d+|\w+)\s+(?:sessions|times|lessons|classes|goes|rounds|of them)$/i,
          '$1 times',
        )
        .replace(/^(?:the\s+)?(week|day|month)\s+after\s+(?:that|it|then)$/i, 'a $1 later');
      if (when !== found.text || /\b(?:sooner|later|earlier)$/i.test(when))
        for (const said of [when, `make it ${when.replace(/^(?:make|set)\s+it\s+/i, '')}`]) {
          const read = changeToIt(said, context, [details, schedule]);
          if (read) return read;
        }
      // "actually no, don't repeat it", "wait the interview is at 2, I want to prep at 11am", "oh
      // wait, no school on fridays, so just monday to thursday": the request in it, read on its
      // own (the last one said wins); news in it is never a new title
      const clauses = found.text.split(/\s*[,;]\s*|\s+(?=so\s)/i).reverse();
      for (const clause of clauses.length > 1 || NEWS.test(found.text) ? clauses : []) {
        const said = clause
          .replace(/^(?:so|and|but|then)\s+/i, '')
          // ("I want to prep at 11am": the deed is the task's own)
          .replace(
            /^(?:(?:i|we)\s+(?:want|wanna|need|'d like|would like|will|'ll|should|plan|have)\s+(?:to\s+)?|let's\s+|lets\s+)\p{L}+\s+(?=\S)/iu,
            '',
          )
          .replace(/^(?:just|only)\s+/i, '')
          // ("so just monday to thursday": days it comes round on, never one date)
          .replace(DAY_SPAN, 'every $&');
        const read = changeToIt(said, context, [details, schedule, setRepeat]);
        if (read) return read;
      }
      if (NEWS.test(found.text)) return undefined;
    }
    // ("push the plumber back a day" … "sorry I meant push it back two days not one": that
    // move in place of the one just made)
    if (
      found?.type === 'correct' &&
      found.replaces &&
      found.text &&
      context.dialogue.lastShift !== undefined
    ) {
      const said = found.text.replace(/^(?:i\s+meant|i\s+mean)[,\s]+/i, '');
      const moved = changeToIt(said, context, [schedule]);
      if (moved?.type === 'schedule' && moved.shift !== undefined)
        return { ...moved, instead: true };
    }
    // ("add record the demo in 3 weeks" … "no, make it 4": 4 weeks, schedule.ts)
    if (
      found?.type === 'correct' &&
      /^\d{1,3}$/.test(found.text ?? '') &&
      context.dialogue.lastTimed
    ) {
      const moved = schedule.extract(`make it ${found.text}`, context);
      if (moved && !Array.isArray(moved)) return moved;
    }
    return found;
  },
};

/** The first of these rules to read what was said as a change to the task talked about. */
function changeToIt(said: string, context: RuleContext, rules: Rule[]): Intent | undefined {
  const timed = { ...context, dialogue: { ...context.dialogue, lastTimed: true }, sentence: said };
  delete timed.within;
  for (const rule of rules) {
    const read = rule.extract(said, timed);
    if (read && !Array.isArray(read) && 'ref' in read && read.ref?.kind === 'focus') return read;
  }
  return undefined;
}

function readCorrectionOf(said: string, context: RuleContext): Intent | undefined {
  // ("sorry, I meant the pharmacy one - the reflection isn't done": the one ticked by mistake,
  // said not done, is what the correction takes back anyway)
  const s =
    context.dialogue.lastAction === 'complete' &&
    /\b(?:i\s+meant|i\s+mean|it's|it is|it was)\b/i.test(said)
      ? said.replace(
          /(?<=\S)\s*(?:[,;–—]|\s-)\s*(?:but\s+)?(?:the\s+)?[^,;–—]+?\s+(?:isn't|is not|wasn't|was not|hasn't been|has not been|isnt|ain't)\s+(?:done|finished|complete|completed|sorted|ticked(?: off)?)(?:\s+yet)?[.!]*$/i,
          '',
        )
      : said;
  if (context.dialogue.lastAction === 'complete') {
    // "no sorry, the Royal Academy invoice is done, not the Steinway": the deed was done to the
    // other one
    const notThat =
      /^(?:(?:no|nope|sorry|oops|wait|actually|ah|oh|hang on|my bad|wrong one)[,!\s]+)*(?:it's\s+|it is\s+|it was\s+)?(.+?)(?:\s+(?:is|was|'s)|'s)\s+(?:the one\s+(?:that's\s+)?)?(?:done|finished|sorted|complete|completed)\s*[,;]?\s+not\s+(?:the\s+)?(.+?)[.!]*$/i.exec(
        s,
      );
    if (notThat && !/^(?:it|that|this)$/i.test(notThat[1]!))
      return { type: 'correct', ref: parseRef(notThat[1]!), text: notThat[1]! };
  }
  {
    // ("… done" … "and tomorrow's too": the next time done as well, continuation.ts)
    if (context.dialogue.lastAction === 'complete' && NEXT_TIME_TOO.test(s)) return undefined;
    // ("put it for tomorrow and untick it": two requests, each its own (compound.ts))
    if (
      /^(?:(?:wait|no|sorry|actually|oops)[,\s]+)*(?:(?:it's|its|it is)\s+[^,]+,\s*)?(?:put|move|set|make|change)\s+(?:it|that)\s+.+?\s+(?:and|then)\s+(?:also\s+)?(?:untick|tick|mark|delete|remove|reopen|uncheck)\s+(?:it|that)\b/i.test(
        s,
      )
    )
      return undefined;
    // ("no wait, that was last week's batch, they're still due, put it back": the request at the
    // end says what is put right)
    if (
      [s, context.within ?? context.sentence].some((t) =>
        /[,;]\s*(?:so\s+)?(?:please\s+)?(?:put it back|undo(?: that| it)?|reopen it|untick it)[.!]*$/i.test(
          t,
        ),
      )
    )
      return undefined;
    // "no sorry, it's the trip form I signed, the reading record's still to do": the deed was
    // done to the other one (what is still to do, said after, is the one first named)
    // ("no put it back, sorry wrong one, it's the dentist that's done": the same, the undo said)
    const cleft = s
      .replace(
        /^(?:(?:no|nope|sorry|oops|wait|actually|ah|oh|hang on|put it back|undo(?: that| it)?|wrong one)[,!\s]+)+/i,
        '',
      )
      .replace(/\s*[,;]\s*[^,;]*\b(?:still|not yet|yet to)\b[^,;]*$/i, '')
      // ("no wait wrong one, keep formula, it's the bottles one I wanted gone": the one kept, said
      // first, is not the one meant)
      .replace(/^(?:(?:keep|leave|not)\s+[^,;]+[,;]\s*)+(?=it's|it is|it was)/i, '')
      .match(
        /^(?:it's|it is|it was)\s+(.+?)\s+(?:(?:that\s+)?(?:i|we|he|she|they)\s+(?:already\s+|just\s+)?([a-z]+ed|did|done|paid|sent|got|bought|made|put|sold|rang|took|wrote|read|drove|gave)|(?:that's|that is|that was|which is|which was)\s+(?:done|finished|sorted|complete|completed)|(?:that\s+)?(?:i|we)\s+(?:wanted|meant|want|mean)(?:\s+(?:gone|deleted|removed|done|ticked(?:\s+off)?|off))?)$/i,
      );
    const deed = cleft?.[2] && pastToBase(cleft[2]);
    if (
      cleft &&
      (context.dialogue.lastAction === 'complete' ||
        (context.dialogue.lastAction === 'delete' && !cleft[2])) &&
      !/^(?:it|that|this)$/i.test(cleft[1]!)
    )
      return deed
        ? { type: 'correct', ref: { kind: 'statement', text: `${deed} ${cleft[1]!}` } }
        : { type: 'correct', ref: parseRef(cleft[1]!), text: cleft[1]! };
    // "ah no, the transfer bounced, so not done after all": why, then the task isn't done
    if (
      context.dialogue.lastAction === 'complete' &&
      /[,;]?\s+so\s+(?:it's\s+|it is\s+|that's\s+)?not\s+(?:done|finished|paid|sorted|complete)(?:\s+(?:after all|yet|then))?$/i.test(
        s,
      )
    )
      return { type: 'reopen', ref: { kind: 'focus' } };
    // "all done except the trash" … "whoops, feed cat wasn't done": that one of them, not done
    const notThatOne =
      /^(?:(?:whoops|oops|no|wait|sorry|actually|ah|oh|hang on|hmm)[,!\s]+)+(?!(?:it|that|this|they|those|them)\b)(.+?)\s+(?:wasn't|wasnt|was not|isn't|isnt|is not|hasn't been|has not been|wasn't actually|weren't|were not)\s+(?:done|finished|complete|completed|sorted|ticked off)(?:\s+(?:yet|after all|though))?$/i.exec(
        s,
      );
    if (notThatOne && context.dialogue.lastAction === 'complete')
      return { type: 'reopen', ref: parseRef(notThatOne[1]!) };
    // "no wait, the Rex one, Luna still needs her check-up": the one meant, then why
    const meantOne =
      /^((?:(?:no|wait|sorry|oops|actually|hang on)[,!\s]+)+(?:i\s+meant\s+)?the\s+(?!other\b)[^,]+?\s+one)\s*,\s*\S.*$/i.exec(
        s,
      );
    if (meantOne && context.dialogue.lastAction) {
      const read = readCorrection(meantOne[1]!, context);
      if (read) return read;
    }
    // ("ah no, please undo, it's the Corolla": an undo asked for, undo.ts)
    if (
      /^(?:(?:ah|oh|no|nah|oops|sorry|wait|actually)[,\s]+)*(?:please\s+|pls\s+)?(?:undo|revert|reverse)(?:\s+(?:that|it|this))?\b/i.test(
        s,
      )
    )
      return undefined;
    // "actually call it Finalise the table plan": the whole title, said again
    const callIt =
      /^(?:(?:actually|no|nope|sorry|wait|oh|hmm)[,\s]+)*(?:call|name|rename|retitle)\s+it\s+(?:to\s+)?(.+?)(?:\s+instead)?$/i.exec(
        s,
      );
    if (callIt && context.dialogue.lastAction === 'add' && !/\s+(?:as well|too)$/i.test(s))
      return { type: 'update', ref: { kind: 'focus' }, title: tidyTitle(callIt[1]!), whole: true };
    // "sorry, I make a mistake", "my bad": that there was a slip, not what it was
    if (
      /^(?:(?:sorry|oops|whoops|ah|oh)[,\s]+)*(?:i\s+(?:make|made|did|have made|'ve made|'ve done)\s+(?:a\s+)?(?:mistake|error|typo|slip|mess)|(?:my|a)\s+(?:mistake|bad|error|typo))$/i.test(
        s,
      )
    )
      return undefined;
    // "Society maintenance I have not paid, keep that one", "Garage can wait": said of another
    // task that it is not done, which puts nothing right
    if (
      /\b(?:have not|haven't|has not|hasn't|did not|didn't|not yet|can wait|still not|still isn't|still aren't|still to|still have to|still need to|still needs)\b|\b(?:leave|keep) (?:it|that)(?: one)?(?:\s+(?:open|please|then|for now|as it is))?$/i.test(
        s,
      ) &&
      !/^(?:(?:no|nope|oops|sorry|wait|actually)[,\s]+)*(?:not\s|i\s+meant\b|it\s+was\b)/i.test(
        s,
      ) &&
      // ("sorry, I cycled, I didn't walk": which deed was done)
      !/^(?:(?:no|nope|oops|sorry|wait|actually)[,\s]+)*(?:i|we)\s+[a-z]+ed\b[^,;]*[,;]?\s+(?:i|we)\s+(?:didn't|did not|never)\s/i.test(
        s,
      )
    )
      return undefined;
    // ("sorry, just one more: return the DVDs": one more task, continuation.ts)
    if (
      /^(?:(?:sorry|oh|ah|and|oops)[,\s]+)*(?:just\s+)?(?:one more|another one|and another)\b/i.test(
        s,
      )
    )
      return undefined;
    // ("undo the tick": the tick is no task, reopen.ts)
    if (/^(?:undo|remove)\s+(?:the\s+|that\s+)?(?:tick|check|checkmark|tickmark)\b/i.test(s))
      return undefined;
    // "fix the typo in cal dentist" … "should be call dentist": the title meant, said again
    const shouldBe =
      /^(?:(?:no|sorry|oops|actually|wait)[,\s]+)*(?:it\s+|that\s+)?should\s+(?:be|say|read)\s*:?\s+(.+)$/i.exec(
        s,
      );
    if (
      shouldBe &&
      (context.dialogue.lastAction === 'add' || context.dialogue.lastAction === 'update') &&
      !context.dialogue.lastTimed &&
      // ("should read Leeds rather than York": words swapped, read below; a quoted title is
      // read by the rename rules)
      !/\b(?:not|rather than|instead of)\b|,|^["'`“‘]/i.test(shouldBe[1]!)
    )
      return { type: 'correct', text: shouldBe[1]!.replace(/^["'`](.*)["'`]$/, '$1') };
    // "prescription's collected" … "Dad's": whose it was, right after the change
    const whose =
      /^(?:(?:no|sorry|oops|i mean|i meant)[,\s]+)*((?:the\s+)?\p{Lu}?[\p{L}-]+['’]s(?:\s+one)?)$/u.exec(
        s,
      );
    if (
      whose &&
      ['complete', 'reopen', 'delete'].includes(context.dialogue.lastAction ?? '') &&
      !/^(?:it|that|he|she|there|what|who|let|here)['’]s$/i.test(whose[1]!)
    )
      return { type: 'correct', ref: { kind: 'words', text: whose[1]! }, text: whose[1]! };
    // "how many briskets did I write down?" … "make it 16, we got a big order": the amount in
    // the task just asked about
    const amount =
      /^(?:(?:ok(?:ay)?|right|well|so)[,\s]+)*(?:make|change|put|set)\s+(?:it|that)\s+(?:to\s+)?(\d+(?:[.,]\d+)?(?:\s*(?!(?:am|pm|h|hrs?|hours?|mins?|minutes?|o'?clock|days?|weeks?|months?|years?|st|nd|rd|th)\b)\p{L}+)?)(?:\s+(?:instead|then|now|please))?(?:\s*[,;.]\s*.*)?$/iu.exec(
        s,
      );
    if (amount && !context.dialogue.lastAction && context.dialogue.lastAsked && !context.question)
      return { type: 'correct', text: amount[1]! };
    const read = readCorrection(s, context);
    // "I want to say buy stamps for the postcards", "put it on as fix the drinks fridge seal":
    // the words meant, without the saying of them
    const found =
      read?.type === 'correct' && read.text !== undefined
        ? {
            ...read,
            text: read.text.replace(
              /^(?:(?:i|we)\s+(?:want|wanted|meant|mean|would like|'d like)\s+(?:to\s+)?(?:say|write|type|put)\s+|(?:on\s+)?as\s+(?=\S+\s+\S))/i,
              '',
            ),
          }
        : read;
    return found?.type === 'correct' &&
      found.text !== undefined &&
      (!found.ref || (found.ref.kind === 'words' && found.ref.text === found.text)) &&
      !found.replaces &&
      !found.append &&
      (TELLS.test(found.text) ||
        // ("set it for then": no words of a title at all)
        /^(?:(?:for|to|at|on|then|it|that|this|the|a|an|so|and)\b\s*)+$/i.test(found.text))
      ? undefined
      : found;
  }
}

function readCorrection(s: string, { dialogue, sentence }: RuleContext): Intent | undefined {
  {
    // (after "undo that", "I meant buy milk" still says what the undone change was for)
    const last = dialogue.lastAction ?? dialogue.undone ?? null;
    if (!last || /^\s*(?:(?:oh|ah|ok|okay|right)[,\s]+)?(?:and|also|plus)\b/i.test(sentence))
      return undefined;
    // ("set the description to 34 kids": the note, said outright; describe.ts)
    if (
      /^(?:set|change|update|make|put)\s+(?:the|its)\s+(?:description|note|notes)\s+(?:to|as)\b/i.test(
        s,
      )
    )
      return undefined;
    // "no reply yet obviously", "no rush": a remark that starts with "no", not a correction
    if (
      /^no\s+(?:reply|replies|answer|response|word|news|luck|idea|rush|worries|problem|change|sign|joy|chance)\b/i.test(
        s,
      )
    )
      return undefined;
    // "add 'Buy 20 new bibs'" … "change 20 to 24": one number in its title for another (not
    // tasks 20 to 24, right after a task was added or changed)
    const number =
      (last === 'add' || last === 'update') &&
      /^(?:(?:no|sorry|oops|actually|wait)[,\s]+)*(?:change|make|switch|swap)\s+(?:the\s+)?(\d+)\s+(?:to|into|for)\s+(\d+)(?:\s+(?:instead|please))?$/i.exec(
        s,
      );
    if (number) return { type: 'correct', text: number[2]!, replaces: number[1]! };
    // "add buy tickets" … "for the concert": the rest of its title, said a message later
    const more =
      /^(?:(?:oh|and|also|ah)[,\s]+)?((?:for|with|at|to|from|about|before|after|in|on|by|of)\s+(?:the|my|a|an|his|her|our|their|this|that|next|\p{Lu})\S*(?:\s+\S+){0,5})$/u.exec(
        s,
      );
    if (last === 'add' && more && !onlyDetails(more[1]!) && !/[?]/.test(sentence))
      return { type: 'correct', text: more[1]!, append: true };
    // "wait no, it's not done yet" right after ticking it off: back to not done
    if (
      last === 'complete' &&
      /^(?:(?:wait|no|nope|oops|sorry|actually|hang on|hold on|oh)[,!.\s]+)+(?:(?:it's|it is|that's|that is|it was|that was|it)\s+)?(?:not|isn't|wasn't|hasn't been)\s+(?:done|finished|complete|completed|ticked off)(?:\s+(?:yet|after all))?$/i.test(
        s,
      )
    )
      return { type: 'reopen', ref: { kind: 'focus' } };
    // "oops typo, should be book dentist": the whole title, written again
    const rewritten =
      /^(?:(?:sorry|oops|whoops|my bad|no|wait)[,\s]+)*(?:(?:a\s+)?typo[,:;\s-]+)(?:it\s+)?(?:should (?:be|say|read)|(?:was )?meant to (?:be|say))\s+(.+)$/i.exec(
        s,
      );
    if (
      rewritten &&
      (last === 'add' || last === 'update') &&
      rewritten[1]!.trim().split(/\s+/).length > 1 &&
      !/\bnot\b/i.test(rewritten[1]!)
    )
      return { type: 'correct', text: rewritten[1]!.trim() };
    // "actually put that note on the collect one instead": the note was meant for another task
    const movedNote = s.match(
      /^(?:(?:no|sorry|oops|actually|wait)[,\s]+)*(?:put|move|add|set|attach)\s+(?:that|the|this|my)\s+(?:note|description|details|comment)\s+(?:on|to|onto|for)\s+(.+?)(?:\s+(?:instead|please))*$/i,
    );
    if (movedNote && last === 'update') return { type: 'correct', ref: parseRef(movedNote[1]!) };
    // "actually make the description '…'" names its field: the describe and rename rules read it.
    if (/\b(?:description|desc|details|note|notes|title|name)\b/i.test(s)) return undefined;
    // "*kids", "sorry typo, report": the usual ways to fix a slip in what was just written.
    const star =
      s.match(/^\*\s*([\p{L}'-]+)$|^([\p{L}'-]+)\s*\*$/u) ??
      // "sorry, spelt that wrong - it's Rachael"
      s.match(
        /^(?:(?:sorry|oops|whoops|my bad)[,\s]+)?(?:i\s+)?(?:spelt|spelled|typed|wrote)\s+(?:that|it)\s+wrong\s*[,;:—–-]*\s*(?:it's|it is|it should be|should be)\s+([\p{L}'-]+)$/iu,
      ) ??
      s.match(
        /^(?:(?:sorry|oops|whoops|my bad)[,\s]+)?(?:a\s+)?typo[,:;\s-]+(?:i meant\s+|it's\s+|should be\s+)?([\p{L}'-]+)$/iu,
      ) ??
      // "it's spelt Steff, sorry", "spelled Steff": the word as it is spelt
      s.match(
        /^(?:(?:sorry|oops|whoops|my bad)[,\s]+)?(?:(?:it's|it is|that's|she|he|they)\s+)?(?:spelt|spelled|spells?\s+it|spell\s+(?:it|her name|his name))\s+([\p{L}'-]+)(?:\s*,?\s*(?:sorry|oops|my bad|not\s+[\p{L}'-]+))?$/iu,
      );
    if (star && (last === 'add' || last === 'update'))
      return { type: 'correct', text: star[1] ?? star[2]!, typo: true };
    // "oops typo, abut should be about", "chaase -> chase": one word of it swapped
    const swap = s
      .replace(/^(?:(?:sorry|oops|whoops|my bad)[,\s]+)?(?:(?:a\s+)?typo[,:;\s-]+)?/i, '')
      .match(/^([\p{L}'-]+)\s+(?:should be|->|not)\s+([\p{L}'-]+)$/iu);
    if (swap && (last === 'add' || last === 'update') && /typo|->|should be/i.test(s))
      return { type: 'correct', text: swap[2]!, replaces: swap[1]! };
    const interjected = INTERJECTIONS.test(s);
    const text = s
      .replace(INTERJECTIONS, '')
      // "I meant water plants — keep wash car": what stays as it was isn't the task meant
      .replace(/\s+[-—–]\s+(?:keep|leave)\s+.+$/i, '')
      .replace(INSTEAD, '')
      .trim();
    if (!text) return undefined;
    // "the insurance one is for the van, not the car": a task named by its own words, put right
    // (fix-word.ts); the last change is "it" or "that"
    if (
      /^(?!(?:it|that|this|they|those|these|he|she)\b)(?:the|my|task|#)\b.*?\s(?:should\s+(?:be|say|read)|is|are)\s.+?,?\s+(?:not|instead of|rather than)\s+\S/i.test(
        text,
      )
    )
      return undefined;
    // "no sorry it was fine, …": how it was, not which one was meant
    if (
      /^(?:it|that)\s+(?:was|is|'s)\s+(?:fine|ok|okay|right|correct|good|done|finished|true|all right|alright)\b/i.test(
        text,
      )
    )
      return undefined;
    // "wait no he didn't pick up": why it was wrong, not what was meant
    if (
      /^(?:he|she|they|it|i|we|you)\s+(?:didn't|did not|doesn't|isn't|wasn't|hasn't|haven't|can't|couldn't|won't|never)\b/i.test(
        text,
      )
    )
      return undefined;
    // "Sorry, I mean 'Buy the bus ticket', not train", "no, I want 'Buy football shoes'": a whole
    // title in quotes, said around with words that only say it is the right one
    const quoted =
      /^(?:(?:i\s+(?:mean|meant|want(?:ed)?|wanted it|would like|'d like)|it\s+should\s+(?:be|say)|should\s+be|it's|it\s+is|make\s+it|call\s+it)\s*:?\s*)?(["'`‘“])(.+?)(?:\1|[’”])\s*(?:[,;]?\s*(?:not|instead of|rather than)\s+.+|[,;]?\s*(?:instead|please|thanks))?$/i.exec(
        text,
      );
    if (
      quoted &&
      (last === 'add' || last === 'update') &&
      (interjected || /^(?:i\s|it|should|make|call)/i.test(text))
    )
      return { type: 'correct', text: quoted[2]! };
    // "no I didn't, I was thinking of the slides": the change belonged to another task
    const thinking = text.match(
      /^(?:(?:i|we)\s+(?:didn't|did not|haven't|have not)(?:\s+\w+)?\s*[,;.]?\s+)?(?:i\s+)?(?:was thinking of|was thinking about|was on about)\s+(.+)$/i,
    );
    if (thinking && last) return { type: 'correct', ref: parseRef(thinking[1]!) };
    // "the cue sheets and the smoke machine are done" … "no sorry, not the smoke machine, that's
    // still broken": that one is not done after all
    const notDone = text.match(
      /^not\s+((?:the|my)\s+.+?|[^,;]+?)\s*[,;]\s*(?:(?:that|it|they|he|she)(?:'s|\s+is|'re|\s+are)\s+(?:still|not)\b.*|(?:still|not yet)\b.*)$/i,
    );
    if (notDone && (last === 'complete' || dialogue.undone === 'complete'))
      return { type: 'reopen', ref: parseRef(notDone[1]!) };
    // "no not 3 make it 4 tonne", "is not flowers, is a book": the wrong words, then the right
    const notThis = text.match(
      /^(?:(?:it|that)(?:'s|\s+is|\s+was)\s+|it\s+)?(?:is\s+|'s\s+)?not\s+(?:the\s+|a\s+)?(.+?)\s*,?\s+(?:make it|it'?s|it is|is|i meant|but|it should be|should be)\s+(.+)$/i,
    );
    if (notThis && (last === 'add' || last === 'update'))
      return {
        type: 'correct',
        // ("not gym — it's the swimming pass": the title's own "my" stays)
        text: notThis[2]!.replace(/^(?:the|my)\s+(?=\S+\s+\S)/i, ''),
        replaces: notThis[1]!,
      };
    // "that should say Maya's party not Mia's", "that should just say pick up the dry cleaning,
    // stupid autocorrect": the words meant
    const shouldSay = text
      .replace(
        /\s*,?\s*(?:(?:stupid|bloody|damn|silly)\s+)?(?:auto-?correct|autocorrect|predictive text|phone)\b.*$/i,
        '',
      )
      .match(
        /^(?:that|it|this)\s+should\s+(?:just\s+|only\s+)?(?:say|read|be)\s+(?!["'`‘“])(.+)$/i,
      );
    // (one word for another, "… rather than York", is fix-word.ts's)
    if (
      shouldSay &&
      (last === 'add' || last === 'update') &&
      !/\s(?:rather than|instead of)\s/i.test(shouldSay[1]!)
    ) {
      const swap = shouldSay[1]!.match(/^(.+?),?\s+not\s+(.+)$/i);
      return swap
        ? { type: 'correct', text: swap[1]!, replaces: swap[2]! }
        : { type: 'correct', text: shouldSay[1]! };
    }
    // "sorry, I cycled, I didn't walk": the deed done was the other one
    const didInstead = text.match(
      /^(?:i|we)\s+([a-z]+)(?:\s+(.+?))?\s*[,;]?\s+(?:i|we)\s+(?:didn't|did not|never)\s+([a-z]+)(?:\s+.+)?$/i,
    );
    const doneInstead = didInstead && pastToBase(didInstead[1]!);
    if (didInstead && doneInstead && last === 'complete')
      return {
        type: 'correct',
        ref: {
          kind: 'statement',
          text: `${doneInstead}${didInstead[2] ? ` ${didInstead[2]}` : ''}`,
        },
      };
    // "belay that, it's the splicing that's done": the deed was another task's
    const thatsDone = text.match(
      /^(?:it's|it is|it was)\s+(.+?)\s+that(?:'s|\s+is|\s+was|\s+got)\s+(?:done|finished|sorted|complete|completed)$/i,
    );
    if (thatsDone && last === 'complete')
      return { type: 'correct', ref: parseRef(thatsDone[1]!), text: thatsDone[1]! };
    // "only the eggs" after ticking them all: the change was meant for that one alone
    const onlyThat = text.match(/^(?:only|just)\s+((?:the|my)\s+.+|\S+)$/i);
    if (onlyThat && (last === 'complete' || last === 'reopen' || last === 'delete'))
      return { type: 'correct', ref: parseRef(onlyThat[1]!), text: onlyThat[1]! };
    let m = text.match(
      /^(?:make|change|put|set|write|update)\s+(?:that|it)\s+(?:to\s+|into\s+|as\s+)?(.+)$/i,
    );
    // ("what's the note on it?" … "change it to say '…'": the note, describe.ts)
    if (m && dialogue.lastAsked === 'note') return undefined;
    // ("put it in the home list", "put it under admin": a label, details.ts)
    if (
      m &&
      /^(?:in|under|into|on|to)\s+(?:the\s+|my\s+)?\S+(?:\s+(?:list|pile|folder|category|section|label|tag))?$/i.test(
        m[1]!,
      )
    )
      return undefined;
    // ("make that two separate tasks": how many tasks, never a title)
    if (m && /\b(?:separate|different|individual)\s+(?:tasks|items|ones|things)\b/i.test(m[1]!))
      return undefined;
    if (
      m &&
      !/^(?:done|complete|completed|finished|finish|not done|pending|undone)$/i.test(m[1]!)
    ) {
      // "make it the bio final, not the midterm"
      // ("make that Priya instead of Eleanor": one name in place of another)
      const swap = /^(?:say\s+|read\s+)?["'`]/i.test(m[1]!)
        ? null
        : (m[1]!.match(/^(.+?),?\s+not\s+(.+)$/i) ??
          m[1]!.match(
            /^(\S+(?:\s+\S+)?)\s+(?:instead of|rather than|in place of)\s+(\S+(?:\s+\S+)?)$/i,
          ));
      return swap
        ? { type: 'correct', text: swap[1]!, replaces: swap[2]! }
        : { type: 'correct', text: m[1]! };
    }
    // ("word it as Get the taxi meter recalibrated", "phrase it like: …")
    m =
      text.match(/^(?:call|name|title)\s+it\s*[:,-]?\s+(.+)$/i) ??
      text.match(/^(?:word|phrase|reword|rephrase)\s+it\s+(?:as|like)\s*[:,-]?\s+(.+)$/i);
    if (m) return { type: 'correct', text: m[1]! };
    // "wait no, it was the electricity bill I paid", "I meant I fed the cat": the deed was
    // another task's
    if (last === 'complete') {
      // (", the dentist still needs doing" after it only says what the correction does)
      const objectFirst = [text, text.replace(/,.*$/, '')]
        .map((t) =>
          t.match(
            /^(?:it\s+was|it's|that\s+was|i\s+meant)\s+(?:actually\s+)?(.+?)\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:actually\s+|really\s+)?([a-z]+)$/i,
          ),
        )
        .find(Boolean);
      const verbFirst = text.match(
        /^(?:i\s+meant|i\s+mean)\s+(?:that\s+)?(?:i|we)\s+(?:actually\s+)?([a-z]+)\s+(.+)$/i,
      );
      const [verb, object] = objectFirst
        ? [objectFirst[2]!, objectFirst[1]!]
        : verbFirst
          ? [verbFirst[1]!, verbFirst[2]!]
          : [];
      const base = verb && pastToBase(verb);
      // ("it's the other planting job I did": "did" says nothing about which task)
      if (base && object)
        return /^(?:do|did|done|finish|finished|complete|completed)$/i.test(base)
          ? { type: 'correct', ref: parseRef(object), text: object }
          : { type: 'correct', ref: { kind: 'statement', text: `${base} ${object}` } };
    }
    m = text.match(
      /^(?:i\s+meant|i\s+mean|meant|it\s+should\s+(?:have\s+)?been|should\s+(?:have\s+)?been|it's|it\s+is|it\s+was|that\s+was)\s+(.+)$/i,
    );
    // "no, I meant delete task 2" after deleting task 3: the same change, said again, to another
    const again = m?.[1]!.match(
      /^(?:(delete|remove|scrap|bin|drop|get rid of)|(complete|finish|tick(?: off)?|mark|check off)|(reopen|unmark|untick|uncheck))\s+(.+?)(?:\s+(?:as\s+)?(?:done|complete|completed|finished|not done|undone))?$/i,
    );
    const family = again && (again[1] ? 'delete' : again[2] ? 'complete' : 'reopen');
    if (again && family === last && (interjected || /^i\s+mean/i.test(text)))
      return { type: 'correct', ref: parseRef(again[4]!), text: again[4]! };
    // ("sorry i meant 4 days" after a move by 3: the move put right, schedule.ts)
    if (
      m &&
      dialogue.lastTimed &&
      /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|hours?|minutes?|mins?)$/i.test(
        m[1]!.trim(),
      )
    )
      return undefined;
    if (m && (interjected || /^i\s+mean/i.test(text)) && !COMMAND.test(m[1]!)) {
      // "I meant grandpa, not grandma"
      const swap = m[1]!.match(/^(.+?),?\s+not\s+(.+)$/i);
      if (swap && (last === 'add' || last === 'update'))
        return { type: 'correct', text: swap[1]!, replaces: swap[2]! };
      // "I meant chapter 3, not 2": the same change, on chapter 3
      const meant = swap ? swap[1]! : m[1]!;
      return { type: 'correct', ref: parseRef(meant), text: meant };
    }
    // "keep that one and delete the other call one"
    const keep = text.match(
      /^keep\s+(?:that|it|this)(?:\s+one)?\s*(?:,|and)?\s*(?:(?:delete|remove|drop|do|mark|tick)\s+)?(.+?)(?:\s+(?:instead|done))?$/i,
    );
    if (keep) return { type: 'correct', ref: parseRef(keep[1]!) };
    // "it is for the office, not the team": the words meant, then the words written
    const forNot = text.match(/^(?:it|that)(?:'s|’s|s|\s+is|\s+was)\s+(.+?),?\s+not\s+(.+)$/i);
    if (forNot && (last === 'add' || last === 'update') && !COMMAND.test(forNot[1]!))
      return { type: 'correct', text: forNot[1]!, replaces: forNot[2]! };
    // "it goes on the other booking task"
    const goes = text.match(
      /^(?:it|that|this)\s+(?:goes|belongs|should go|was meant for|is for)\s+(?:on|to|with|in)?\s*(.+)$/i,
    );
    // ("that goes for the piano one too": the same again, not moved: continuation.ts)
    if (goes && /\b(?:too|as well|also)[.!]*$/i.test(sentence)) return undefined;
    if (goes) return { type: 'correct', ref: parseRef(goes[1]!) };
    // ("the other one too" is the same change again: continuation.ts)
    if (/\b(?:too|as well|also)[.!]*$/i.test(sentence) && /^(?:the\s+)?other\s+one$/i.test(text))
      return undefined;
    if (/^(?:the\s+)?other\s+one$|^not\s+that\s+one$|^wrong\s+one$/i.test(text))
      return { type: 'correct', ref: { kind: 'other' } };
    // "booked the crane" … "the permit, not yet": another thing, not done yet (so left open,
    // and the crane stays done)
    // ("walk-in: not yet", "ironing - not done": a name before a colon or a dash needs no "the")
    const another =
      /^(?:(?:and|but|oh)\s+)?((?:the|my|our)\s+[^,;:]+?)\s*[,;:—–-]\s*not\s+(?:yet|quite|done)(?:\s+(?:yet|done))?[.!]*$/i.exec(
        sentence,
      ) ??
      /^(?!(?:sorry|oops|no|nope|wait|actually|hmm|oh|ok|okay|well|but|and|it|that|this)\b)([\p{L}\d][^,;:]*?)\s*(?::|\s[—–-])\s*not\s+(?:yet|quite|done)(?:\s+(?:yet|done))?[.!]*$/iu.exec(
        sentence,
      );
    if (another && last === 'complete' && /^not\s+/i.test(text))
      return { type: 'reopen', ref: parseRef(another[1]!) };
    // "not the gardener yet" after ticking two: that one isn't done after all.
    // ("not yet", "not quite done": the task just changed)
    if (
      /^not\s+(?:yet|quite|really|actually|finished|done|quite (?:yet|done|finished))$/i.test(
        // ("not yet, they want it on a new form": why, after the comma)
        text.replace(/\s*,\s*(?:they|he|she|it|i|we)(?:'re|'s|'ve|'d|'ll)?\s.*$/i, ''),
      )
    ) {
      if (last === 'complete') return { type: 'reopen', ref: { kind: 'focus' } };
      // (right after reopening it, "not done" says so again: it stays open)
      if (last === 'reopen')
        return {
          type: /\b(?:done|finished)$/i.test(text) ? 'reopen' : 'complete',
          ref: { kind: 'focus' },
        };
    }
    const reversal = text
      // "not the grandkids, they didn't answer": why, after the comma
      .replace(/\s*,\s*(?:they|he|she|it|i|we)(?:'re|'s|'ve|'d|'ll)?\s.*$/i, '')
      .match(/^not\s+(?:the\s+)?(.+?)(?:\s+(?:yet|after all|though))?$/i);
    // ("not done after all": the task just changed, never every done one)
    // (right after reopening it, "not done after all" says so again: it stays open)
    if (
      reversal &&
      /^(?:done|finished|complete|completed|ticked(?: off)?|sorted|paid|sent)$/i.test(
        reversal[1]!,
      ) &&
      (last === 'complete' || last === 'reopen')
    )
      return { type: 'reopen', ref: { kind: 'focus' } };
    if (reversal && !/,|\s(?:i said|i meant|but)\s/i.test(reversal[1]!)) {
      if (last === 'complete') return { type: 'reopen', ref: parseRef(reversal[1]!) };
      if (last === 'reopen') return { type: 'complete', ref: parseRef(reversal[1]!) };
    }
    // "not insurance I said call the landscaping company"
    const said = text.match(
      /^not\s+(.+?)\s*[,-]?\s+(?:i said|i meant|i mean|but|it's|it is|it should be)\s+(.+)$/i,
    );
    if (said)
      return {
        type: 'correct',
        text: said[2]!,
        replaces: said[1]!.replace(/[\s,–-]+$/, ''),
        ref: parseRef(said[2]!),
      };
    // "not the bank, the insurer" / "task 2, not 3"
    m = text.match(/^not\s+(.+?),\s*(?:but\s+)?(.+)$/i);
    if (m) return { type: 'correct', ref: parseRef(m[2]!), text: m[2]!, replaces: m[1]! };
    m = text
      .replace(
        /^(?:it's|it is|it should (?:have )?be(?:en)?|should be|i meant|i mean|meant)\s+/i,
        '',
      )
      .match(/^(.+?),?\s+not\s+(.+)$/i);
    // "task 3, not 2": the same change, on task 3.
    if (m && /^(?:task\s*)?#?\d+$/i.test(m[1]!.trim()) && /^(?:task\s*)?#?\d+$/i.test(m[2]!.trim()))
      return { type: 'correct', ref: parseRef(m[1]!) };
    // ("Kempton's not till next week", "CPD log — not today", "the consolidation's not finished
    // after all": when, or that it isn't done; no other thing meant)
    if (
      m &&
      (/^(?:yet|today|tonight|tomorrow|now|till|until|before|after|this|next|done|finished|complete|completed|ready|needed|necessary|sure|really|quite|happening|going|urgent|important|working|sorted|paid|sent|booked|signed|started|due|on|off|in|out|back|fixed|there|right|for|any)\b/i.test(
        m[2]!,
      ) ||
        onlyDetails(m[2]!) ||
        /(?:['’]s|\s[—–-])$/.test(m[1]!.trim()) ||
        // ("I do not need this anymore": a verb said not to be so, not "X, not Y")
        /(?:^|\s)(?:do|does|did|is|are|was|were|am|can|could|will|would|should|shall|must|may|might|have|has|had|need)$/i.test(
          m[1]!.trim(),
        ))
    )
      m = null;
    if (m && !COMMAND.test(m[1]!)) {
      if (last === 'add' || last === 'update')
        return { type: 'correct', text: m[1]!, replaces: m[2]! };
      // "I called dad, not mom": the deed, done to another task
      const deed = m[1]!.match(/^(?:i|we)\s+([a-z]+)\s+(.+)$/i);
      const base = deed && pastToBase(deed[1]!);
      return base
        ? { type: 'correct', ref: { kind: 'statement', text: `${base} ${deed[2]}` } }
        : // ("mine not the cat's": my one)
          {
            type: 'correct',
            ref: parseRef(m[1]!.replace(/^mine$/i, 'my')),
            text: m[1]!.replace(/^mine$/i, 'my'),
          };
    }
    // "wait, no, the dry cleaning one": the same change, on the task meant.
    if (
      interjected &&
      (last === 'complete' || last === 'reopen' || last === 'delete') &&
      !COMMAND.test(text) &&
      // "that last one was a mistake" is a sentence about the change, not a task
      !/\b(?:was|were|is|are|has|have|had)\b/i.test(text)
    ) {
      const ref = parseRef(text);
      if (ref.kind !== 'all' && ref.kind !== 'focus') return { type: 'correct', ref, text };
    }
    // "sorry, 4 lemons" / "actually, no - the ones in the kitchen": a new value for what was
    // just written.
    // ("oh wait, the throne's done actually": news of a task, not a new value)
    if (
      interjected &&
      (last === 'add' || last === 'update') &&
      !COMMAND.test(text) &&
      !/(?:['’]s|\s(?:is|are|was|were|has been|have been))\s+(?:already\s+|all\s+)?(?:done|finished|sorted|complete|completed|ticked off)\b/i.test(
        text,
      )
    )
      return { type: 'correct', text };
    return undefined;
  }
}
