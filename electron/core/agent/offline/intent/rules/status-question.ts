// Questions about one task: "did I finish the taxes?", "is the report task done?", "have I called
// the bank already?", "do I still need to buy milk?". They only ever read.
import { parseRef } from '../references.ts';
import { onlyDetails } from '../time-words.ts';
import type { Intent, Rule } from '../types.ts';
import { alt, IRREGULAR_PAST, rx, TASK_VERBS, VERBS } from '../vocabulary.ts';

const pastToBase = (verb: string): string | undefined => {
  const v = verb.toLowerCase();
  if (Object.hasOwn(IRREGULAR_PAST, v)) return IRREGULAR_PAST[v];
  return v.length > 4 && v.endsWith('ed') ? v : undefined;
};
/** "bin the cover task, we dropped it" asks for a change and says why. */
const REQUEST = rx`^(?:(?:and|so|just)\\s+)?(?:${alt([...VERBS.delete, ...VERBS.complete, ...VERBS.reopen, ...VERBS.add, ...VERBS.rename, ...VERBS.undo, 'mark', 'tick', 'check', 'cross', 'put'])})\\b`;
const TAIL = /\s+(?:yet|already|today|then|now|or not|at all)$/i;

export const statusQuestion: Rule = {
  name: 'status-question',
  specificity: 68,
  extract: (s, context): Intent | Intent[] | undefined => {
    if (/^(?:is|are|was|were)\s+(?:there|anything|everything|something|all)\b/i.test(s))
      return undefined;
    // ("any tasks finished yet?": asks for the ones done, list.ts)
    if (
      /^(?:are\s+|have\s+)?any\s+(?:of\s+(?:my|the)\s+)?(?:tasks|things|jobs|items|todos)\b/i.test(
        s,
      )
    )
      return undefined;
    // ("have I done any of my jobs yet?": asks for the ones done, list.ts)
    if (
      /^(?:have|did)\s+(?:i|we)\s+(?:done|finished|completed|ticked off|do|finish|complete)\s+(?:any|anything|any of (?:my|the|them|those)(?:\s+(?:jobs|tasks|things|items|stuff|chores|errands|to-?dos))?)(?:\s+(?:yet|so far|today|off))*$/i.test(
        s.replace(/[?.!\s]+$/, ''),
      )
    )
      return undefined;
    // "did I already add 'Buy stamps'?", "have I put the dentist on the list?": whether it is on
    // the list (not whether it is done)
    const listed =
      /^(?:did|have|had)\s+(?:i|we|you)\s+(?:already\s+|ever\s+)?(?:add(?:ed)?|put(?:\s+(?:in|down))?|jot(?:ted)?\s+down|note(?:d)?(?:\s+down)?|write\s+down|written\s+down|create(?:d)?|save(?:d)?)\s+(.+?)(?:\s+(?:already|yet|to\s+(?:my|the)\s+(?:list|tasks)|on(?:to)?\s+(?:my|the)\s+(?:list|tasks)|as\s+a\s+task|before))*[?.!\s]*$/i.exec(
        s,
      );
    if (listed && !/^(?:a|an|any|anything|something|it|that|this|them|those)$/i.test(listed[1]!))
      return { type: 'status', ref: parseRef(listed[1]!), asks: 'pending' };
    // "sorry, is 5pm, not 4" right after a time was set: "it's 5pm", said the short way
    const restated = /^(?:(?:no|sorry|oops|wait|actually)[,\s]+)*is\s+(?:better\s+)?([^,?]+)/i.exec(
      context.sentence,
    );
    if (
      context.dialogue.lastTimed &&
      restated &&
      !context.sentence.includes('?') &&
      onlyDetails(restated[1]!)
    )
      return undefined;
    const t = s
      .replace(TAIL, '')
      .replace(TAIL, '')
      .replace(/\s+or (?:not(?: yet)?|nah|no)$/i, '')
      .replace(TAIL, '');
    // "should I delete the dentist one?": asks for advice, so its state is the answer
    const advice = t.match(
      rx`^(?:should|shall)\\s+(?:i|we)\\s+(?:just\\s+)?(?:${alt([...VERBS.delete, ...VERBS.complete, 'mark', 'tick', 'cross'])})\\s+(.+?)(?:\\s+(?:off|done|as done|now))?$`,
    );
    if (advice && context.question) return { type: 'status', ref: parseRef(advice[1]!) };
    // "is it gone?" (after a delete): whether it is still on the list
    if (
      /^(?:(?:so|and|ok|okay)[,\s]+)?(?:is|are|has|have)\s+(?:it|that|they|those|them|that one)\s+(?:been\s+)?(?:gone|deleted|removed|off\s+(?:the|my)\s+list)(?:\s+(?:now|then|yet))?$/i.test(
        t,
      )
    )
      return { type: 'status', ref: { kind: 'focus' }, asks: 'gone' };
    // "is it off my list for good now?", "has that gone from the list?": whether it is still there
    if (
      /^(?:(?:so|and|ok|okay)[,\s]+)?(?:is|are|has|have)\s+(?:it|that|they|those|them|that one|this)\s+(?:been\s+|gone\s+)?(?:off|from)\s+(?:my|the)\s+(?:list|to-?do list)(?:\s+(?:for good|for ever|forever|completely|now|then))*$/i.test(
        t,
      )
    )
      return { type: 'status', ref: { kind: 'focus' }, asks: 'gone' };
    // "is that marked as done now?", "has it been ticked off?": the task just talked about
    if (
      /^(?:(?:so|and|ok|okay)[,\s]+)?(?:is|are|has|have)\s+(?:it|that|they|those|them|that one|this)\s+(?:been\s+)?(?:marked|ticked|checked|crossed|set)(?:\s+off)?(?:\s+(?:as\s+)?(?:done|complete|completed|finished))?$/i.test(
        t,
      )
    )
      return { type: 'status', ref: { kind: 'focus' }, asks: 'done' };
    // "has that bundle been filed yet?", "have the invites gone out?": the deed, asked about
    const been = t.match(
      /^(?:has|have)\s+(.+?)\s+(?:been\s+(?:\w+ed|done|sent|paid|made|written|bought|taken|given|booked|sorted|seen to|dealt with|handled|finished|posted)(?:\s+(?:off|out|in|up))?|gone\s+(?:out|off|in))(?:\s+(?:already|yet))?$/i,
    );
    if (been && context.question) return { type: 'status', ref: parseRef(been[1]!) };
    // "is the offering banked yet?", "are the gutters cleared?": the deed, asked about
    const isDone = t.match(
      /^(?:is|are)\s+((?:the|my|our|that|this|those|these)\s+.+?)\s+([a-z]+)$/i,
    );
    if (
      isDone &&
      context.question &&
      pastToBase(isDone[2]!) !== undefined &&
      // ("is the costume sorted?", "is it done or…?": asked whether it is done, below)
      !/^(?:done|finished|completed|sorted|handled|left|ticked|checked)$/i.test(isDone[2]!)
    )
      return { type: 'status', ref: { kind: 'statement', text: `${isDone[2]} ${isDone[1]}` } };
    // "Is finished the report already?"
    const inverted = t.match(
      /^(?:is|was|are)\s+(?:already\s+)?(done|finished|complete|completed)\s+(.+)$/i,
    );
    if (inverted) return { type: 'status', ref: parseRef(inverted[2]!), asks: 'done' };
    // "the task of coffee filters, is finished or not?"
    const tagged = t.match(
      /^(.+?),\s*(?:(?:is|was)\s+(?:it\s+)?|it(?:'s|\s+is|\s+was)\s+)(?:already\s+)?(done|finished|complete|completed|pending|open)$/i,
    );
    if (tagged)
      return {
        type: 'status',
        ref: parseRef(tagged[1]!),
        asks: /pending|open/i.test(tagged[2]!) ? 'pending' : 'done',
      };
    // "the expense report, I submit it already?"
    let m0 = t.match(
      /^(.+?),\s*(?:did\s+|have\s+)?(?:i|we)\s+(?:\w+\s+){0,2}(?:it|that|this)(?:\s+one)?$/i,
    );
    if (
      m0 &&
      !/^(?:did|have|is|are)\b/i.test(m0[1]!) &&
      // "mark it done, I already got it" asks for a change and says why
      !REQUEST.test(m0[1]!)
    )
      return { type: 'status', ref: parseRef(m0[1]!) };
    // "the dentist, I called already or not?": the deed, asked about
    m0 = t.match(
      /^(.+?),\s*(?:did\s+|have\s+)?(?:i|we)\s+(?:already\s+)?(?:\w+ed|did|done|made|sent|paid|rang|went|got|bought|wrote|took|gave|ran)$/i,
    );
    if (m0 && context.question && !REQUEST.test(m0[1]!))
      return { type: 'status', ref: parseRef(m0[1]!) };
    // "why is call the vet ticked?": asks about it (and names it for what comes next)
    m0 = t.match(
      /^why\s+(?:is|was|are|were|has|have)\s+(.+?)\s+(?:been\s+)?(?:ticked|marked|checked|crossed|done|completed|finished)(?:\s+off)?(?:\s+(?:as\s+)?done)?$/i,
    );
    if (m0) return { type: 'status', ref: parseRef(m0[1]!) };
    // "what's the status of the rent?", "status on task 2?"
    const status = t.match(/^(?:what(?:'s| is)\s+the\s+)?status\s+(?:of|on|for)\s+(.+)$/i);
    if (status) return { type: 'status', ref: parseRef(status[1]!) };
    // "I have finish the homework?" asks; without the question mark it reports (statement.ts).
    m0 = t.match(/^(?:i|we)\s+(?:have|had)\s+(?:finish|finished|done|complete|completed)\s+(.+)$/i);
    if (m0 && context.question) return { type: 'status', ref: parseRef(m0[1]!) };
    let m = t.match(
      /^(?:did|have|had|has)\s+(?:i|we)\s+(?:already\s+|actually\s+|ever\s+|even\s+)?(?:finish|finished|complete|completed|do|done|tick off|ticked off|check off|checked off|mark(?:ed)? off)\s+(.+)$/i,
    );
    if (m) return { type: 'status', ref: parseRef(m[1]!) };
    m = t.match(
      /^(?:is|was|are|were)\s+(.+?)\s+(?:already\s+|actually\s+|still\s+|all\s+)?(done|finished|complete|completed|checked off|ticked off|sorted|sorted out|dealt with|taken care of|handled|pending|open|outstanding|not done|on (?:my|the) list|to do|left)$/i,
    );
    if (m)
      return {
        type: 'status',
        ref: parseRef(m[1]!),
        asks: /^(?:done|finished|complete|completed|checked off|ticked off|sorted|sorted out|dealt with|taken care of|handled)$/i.test(
          m[2]!,
        )
          ? 'done'
          : 'pending',
      };
    m = t.match(/^(?:do|did)\s+(?:i|we)\s+(?:still\s+)?(?:need|have|want)\s+to\s+(.+)$/i);
    if (m) return { type: 'status', ref: { kind: 'statement', text: m[1]! }, asks: 'pending' };
    m = t.match(
      /^(?:is|are)\s+(.+?)\s+still\s+(?:on\s+(?:(?:my|the)\s+list|there|here)|there|here|on|to do|left)$/i,
    );
    if (m) return { type: 'status', ref: parseRef(m[1]!) };
    // "what about the balloons, still on there?", "the dentist one still on the list?"
    m = t.match(
      /^(?:(?:and\s+)?(?:what|how)\s+about\s+)?(.+?),?\s+(?:(?:is it|are they|is that|are those)\s+)?still\s+(?:on\s+(?:there|here|(?:my|the)\s+list)|there|to do|left|pending|open|outstanding|not done)$/i,
    );
    if (
      m &&
      // ("signs still to do" reports; asked, or "what about …", it asks)
      (context.question || /^(?:and\s+)?(?:what|how)\s+about\b/i.test(t)) &&
      !REQUEST.test(m[1]!) &&
      !/^(?:i|we|you|it|they|that|this|which|what|how|who|any|anything|everything|all|remind|tell|show|let|give)\b|\b(?:i|we)\b|\bwhat(?:'s|\s+is)?\b/i.test(
        m[1]!,
      )
    )
      return { type: 'status', ref: parseRef(m[1]!), asks: 'pending' };
    m = t.match(
      /^(?:did|have|had)\s+(?:i|we)\s+(?:already\s+|actually\s+|ever\s+)?([a-z]+)\s+(.+)$/i,
    );
    if (m && pastToBase(m[1]!) !== undefined)
      return { type: 'status', ref: { kind: 'statement', text: `${m[1]} ${m[2]}` } };
    // "did I fix the bike and call the plumber?": two questions.
    const two = t.match(
      /^(?:did|have|had)\s+(?:i|we)\s+(?:already\s+)?(\w+\s+.+?)\s+and\s+(\w+\s+.+)$/i,
    );
    if (two && TASK_VERBS.has(two[2]!.split(/\s+/)[0]!.toLowerCase()))
      return [two[1]!, two[2]!].map((text): Intent => ({
        type: 'status',
        ref: { kind: 'statement', text },
      }));
    // "did I ever call the plumber?": any verb, asked about.
    m = t.match(
      /^(?:did|have|had)\s+(?:i|we)\s+(?:(?:already|actually|ever|even|really)\s+)?(\w+)\s+(.+)$/i,
    );
    if (m) return { type: 'status', ref: { kind: 'statement', text: `${m[1]} ${m[2]}` } };
    return undefined;
  },
};
