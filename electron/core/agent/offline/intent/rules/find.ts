// "Anything about the car on my list?", "find the trip tasks", "tasks w/ 'tap'", "did I already
// add something about car insurance?"
import type { Intent, Rule } from '../types.ts';
import { TASK_VERBS } from '../vocabulary.ts';

const LIST_TAIL = /\s+(?:on|in)\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks)$/i;
const PATTERNS = [
  // "is there an eggs task?", "do I have a dentist one on there?", "have I got a task for the vet"
  /^(?:is there|do i have|have i got|got|i have)\s+(?:an?|any)\s+(?!task\b|todo\b|one\b)(.+?)\s+(?:tasks?|todos?|ones?|items?|reminders?)(?:\s+(?:on there|in there|on (?:my|the) list|already|yet))*$/i,
  /^(?:do i have|have i got|is there|are there|got)\s+(?:anything|any (?:tasks?|jobs?|items?|things?|todos?|reminders?)|something|any|a task|a todo|one)\s+(?:to do\s+)?(?:about|regarding|to do with|related to|for|with)\s+(.+)$/i,
  // "anything on there about Gran?"
  /^(?:(?:do i have|have i got|is there|got)\s+)?(?:anything|any (?:tasks?|jobs?|items?|things?|todos?|reminders?)|something)\s+(?:on there|in there|on (?:my|the) list|on it)\s+(?:about|regarding|to do with|related to|for|with|mentioning)\s+(.+)$/i,
  /^(?:anything|any (?:tasks?|jobs?|items?|things?|todos?|reminders?))\s+(?:about|regarding|to do with|related to|mentioning|for)\s+(.+)$/i,
  // "what have I got for Park Street?", "what's there for the wedding?"
  // "what tasks have I got with the word garage in them"
  /^(?:what|which|show me|any)\s+(?:tasks?|ones?|things?|items?)\s+(?:have i got|do i have|are there|have)?\s*(?:with|containing|that have|that contain|that mention|mentioning)\s+(?:the\s+word\s+)?["'`]?(.+?)["'`]?(?:\s+in\s+(?:them|it|the title|their titles?))?$/i,
  // ("which things have I got for school")
  /^(?:what|which)(?:\s+(?:things|tasks|jobs|stuff|bits|items))?(?:'ve|\s+have|\s+do)?\s+(?:i|we)\s+(?:got|have)\s+(?:on\s+)?(?:for|about|at)\s+(.+)$/i,
  /^(?:any\s+)?(?:tasks?|items?|anything)\s+(?:w\/|with|containing|mentioning|that mention|that say)\s+(.+?)(?:\s+in\s+(?:them|it))?$/i,
  /^(?:did|have)\s+(?:i|we)\s+(?:already\s+)?(?:add(?:ed)?|put|write|note|create)\s+(?:something|anything|a task|any (?:tasks?|jobs?|items?|things?|todos?|reminders?))\s+(?:about|for|on|regarding)\s+(.+)$/i,
  // "find anything that mentions the blue folder", "I search tasks with the word 'invoice'"
  /^(?:(?:i|i'd like to|i want to|can you|could you|please)\s+)?(?:find|search(?: for)?|serch(?: for)?|seach(?: for)?|look for|look up|show(?: me)?|list)\s+(?:me\s+)?(?:anything|something|everything|all(?: the)?|any|the|my)?\s*(?:tasks?|items?|things?|ones?|stuff)?\s*(?:that|which|where)?\s*(?:mentions?|mentioning|says?|saying|has|have|having|contains?|containing|with|is about|are about)\s+(?:the\s+)?(?:words?|text|term)\s+(.+)$/i,
  /^(?:(?:i|i'd like to|i want to|can you|could you|please)\s+)?(?:find|search(?: for)?|serch(?: for)?|seach(?: for)?|look for|show(?: me)?)\s+(?:me\s+)?(?:anything|something|everything|all(?: the)?|any)?\s*(?:tasks?|items?|things?|ones?|stuff)?\s*(?:that|which)\s+(?:mentions?|says?|has|have|contains?|is about|are about|talks? about)\s+(.+)$/i,
  /^(?:find|search(?: for)?|serch(?: for)?|seach(?: for)?|look for|look up|grep)\s+(?:my\s+|the\s+)?(?:tasks?\s+)?(?:about|for|with|on|mentioning)?\s*(.+?)(?:\s+tasks?)?$/i,
  /^(?:which|what)\s+(?:tasks?|ones?|items?)\s+(?:mention|are about|is about|contain|talk about|(?:have|has)\s+(?:got\s+)?(?:anything\s+)?to do with|(?:are|is)\s+(?:related to|to do with))\s+(.+)$/i,
  // "what do I need to buy?", "what have I got to call about?": the tasks of that deed
  /^what\s+(?:else\s+)?(?:do|did)\s+(?:i|we)\s+(?:still\s+)?(?:need|have|got|want)\s+to\s+(?!(?:do|sort|sort out|get done|finish|deal with|work on)$)(buy|get|call|ring|email|book|pay|order|pick up|collect|fix|clean|write|send|post|return|read|renew|cancel|text|phone|visit|check|make|plan)$/i,
  // "show me the problem sets", "list my invoices": tasks named by a plural (not a status)
  /^(?:show|list|give|pull up|bring up)\s+(?:me\s+)?(?:all\s+)?(?:the|my)\s+(?!(?:tasks|items|things|todos|to-dos|ones|lot|rest|others|list|open|pending|done|completed|finished|remaining|outstanding)\b)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+s)(?:\s+(?:ones|tasks))?$/iu,
  // "which of those are for the garden?" (after a list)
  /^(?:ok\s+)?(?:and\s+)?which\s+(?:of\s+(?:those|them|these)|ones?)\s+(?:is|are)\s+(?:for|about|to do with|in|at)\s+(?:the\s+|my\s+)?(.+)$/i,
  // "is the dentist one on here?" ("is the bins one still on?" asks whether it is done:
  // status-question.ts)
  /^is\s+(?:the\s+|my\s+)?(.+?)\s+(?:one|task|thing|item|job)\s+(?:on\s+(?:here|there|the list|my list|it)|on|there)$/i,
  // "which one is about car?", "which task is for the trip?"
  /^which\s+(?:one|ones|task|tasks|item|items)\s+(?:is|are|was)\s+(?:about|for|to do with|related to)\s+(?:the\s+|my\s+)?(.+)$/i,
  // "which one's the plumber task?", "which is the Ellis one?"
  /^which(?:\s+(?:one|task|item))?(?:'s|\s+is)\s+(?:the|my)\s+(?!(?:newest|oldest|latest|last|first|next|earliest|top|biggest|most|least|only|other)\b)(.+?)\s+(?:one|task|item|job)$/i,
  // "anything I need to do down the allotment?", "what have I got to do at the lock-up?"
  /^(?:is there\s+)?(?:anything|what(?:'s|\s+is)?|what\s+(?:do|have)\s+(?:i|we)\s+(?:got\s+)?)\s*(?:(?:i|we)\s+(?:need|have|got|must)\s+to\s+do|(?:i|we)\s+have\s+to\s+do|to\s+do|left\s+to\s+do)\s+(?:down|at|in|up|over|round|around)\s+(?:the|my|our)\s+(.+)$/i,
  // "any calls I need to make?", "what emails have I got to send?", "which bills are left?":
  // the tasks of that kind
  /^(?:any|what|which)\s+(?!(?:tasks|things|items|ones|jobs|todos|reminders|others)\b)([\p{L}-]{3,}s)\s+(?:(?:do|have)\s+)?(?:(?:i|we)\s+(?:still\s+)?(?:need|have|got|gotta|must)\s+to\s+(?:make|do|send|write|pay|book|sort|get)|to\s+(?:make|do|send|write|pay|book|sort)|(?:do|have)\s+(?:i|we)\s+(?:got|have)(?:\s+(?:to\s+(?:make|do|send|pay))?)?|(?:i|we)\s+(?:have|got)|(?:are|is)\s+(?:left|pending|outstanding|still\s+(?:to\s+do|open))|left|pending|outstanding|on\s+(?:my|the)\s+list)$/iu,
  // "what home visits have I got on?", "any school runs coming up?": the tasks of that kind
  /^(?:any|what|which)\s+(?!(?:[\p{L}-]+\s+)?(?:tasks|things|items|ones|jobs|todos|to-dos|reminders|others|news|plans|changes|updates|questions|ideas|more)\b)(?!(?:completed|done|finished|pending|open|overdue|urgent|outstanding|remaining|new|old|other|recurring|repeating|important|late|due|upcoming|dated|undated|labelled|tagged)\b)((?:[\p{L}-]+\s+)?[\p{L}-]{3,}s)(?:\s+(?:have|do)\s+(?:i|we)\s+(?:got|have))?(?:\s+(?:on|coming up|booked|lined up|planned|on there|on the list))?$/iu,
  // "what's on for pond 6?" (not "for today", "for next week": those are days)
  /^what(?:'s|\s+is)\s+(?:on|there|down)\s+(?:for|at|with)\s+(?!(?:today|tomorrow|tonight|this|next|the\s+(?:weekend|week|day|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d|\d)\b)(.+)$/i,
];

/** Questions about what is written down: the notes are the answer. */
const ABOUT_NOTES = [
  // "why was I meant to call the bank again?", "who was I supposed to ask for at the plumbers"
  /^(?:why|who|what|where|which|when|how)\s+(?:was|am|were|is|did|do)\s+(?:i|we)\s+(?:meant|supposed|going|planning|told|asked)\s+to\s+(.+?)(?:\s+again)?$/i,
  // "where was the venue again?", "who's the plumber again?", "who's doing the life raft service
  // again?"
  /^(?:where|who|when|which|what)(?:'s|\s+is|\s+was|\s+were)\s+(?:(?:doing|handling|fixing|bringing|running|taking|covering|supplying)\s+)?(?:the|my|our|that)\s+(.+?)\s+again$/i,
  // "what was the pH reading I noted on the chemical log?"
  /^what\s+(?:was|is|were|are)\s+(?:the|my)\s+(.+?)\s+(?:i|we)\s+(?:noted|wrote|put|jotted|wrote down|put down|recorded|logged)(?:\s+down)?\s+((?:on|in|for)\s+.+)$/i,
  // "ok and how much cash was it again?"
  /^(?:(?:ok|okay|and|so)[,\s]+)*how\s+(?:much|many)\s+([\p{L}-]+)\s+(?:was|is|were|are)\s+(?:it|that|there|they)(?:\s+again)?$/iu,
  // "which job needs the wheelchair?"
  /^which\s+(?:job|task|one|visit|booking|appointment)\s+(?:needs|has|involves|mentions|uses|requires)\s+(?:the\s+|a\s+|an\s+)?(.+)$/i,
  // "what's the removals reference number?", "what was the gate code?"
  /^what(?:'s|\s+is|\s+was)\s+(?:the|my|our)\s+(.+?\s+(?:number|code|ref|reference|address|password|pin|postcode|price|cost|name|email|phone|size))$/i,
  // "how much was the trip again?"
  /^how\s+(?:much|many|long|far|big)\s+(?:was|is|were|are|did)\s+(?:the\s+|my\s+)?(.+?)(?:\s+again|\s+cost)?$/i,
  // "and which hotel was it?"
  /^(?:and\s+)?(?:which|what)\s+([\p{L}-]+)\s+(?:was|is)\s+(?:it|that|the one)(?:\s+again)?$/iu,
  // "remind me which kettle I wanted"
  /^(?:(?:can you|could you)\s+)?remind me\s+(?:which|what|who|where|when|why)\s+(.+)$/i,
  // "when did I say I'd ring the vet?"
  /^when\s+(?:did|was)\s+(?:i|we)\s+(?:say|plan|planning|want|decide|going)\s+(?:i'd|i would|we'd|to|i'll|i was going to)\s+(.+)$/i,
  // "how many seats did I book on the coach?", "what site number did I put for the caravan
  // park?", "what size batteries do I need for my hearing aid?": a detail asked of something
  // named, so what is written about it answers (never tasks, jobs or a deed still to do)
  /^(?:what|which|how many|how much)\s+((?!(?:tasks?|jobs?|things?|items?|ones?|todos?|stuff|else|chores?|errands?|notes?|descriptions?|details|comments?|memos?)\b)(?:[\p{L}\p{N}'-]+\s+){0,2}?[\p{L}\p{N}'-]+)\s+(?:did|do|have|had)\s+(?:i|we)\s+(?:already\s+)?(?:need|book|booked|put|order|ordered|buy|bought|get|got|pick|picked|choose|chose|want|wanted|say|said|go for|settle on|agree|agreed|quote|quoted|reserve|reserved|write|note|pay|paid|use)\b(?!\s+to\b)\s*((?:for|on|at|in|with|from|about)\s+.+)$/iu,
  // "how many bundles am I after needing for Dunquin?", "how much paint will I need for the
  // hall?": a detail asked of something named
  /^how\s+(?:many|much)\s+((?!(?:tasks?|jobs?|things?|items?|ones?|todos?|of)\b)(?:[\p{L}\p{N}'-]+\s+){0,1}?[\p{L}\p{N}'-]+)\s+(?:am|are|will|would|should|must|do|did)\s+(?:i|we)\s+(?:[\p{L}']+\s+){0,3}?((?:for|on|at|in|with)\s+.+)$/iu,
  // "what's Mrs Chikwanha's prescription again?": something of someone's, written down
  /^(?:what|What|WHAT)(?:'s|\s+is|\s+was|\s+were)\s+((?!(?:today|tomorrow|tonight|yesterday|this|next|the|my|our|everyone|everybody)\b)\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?(?:'s|s')\s+[\p{L}\p{N}-]+(?:\s+(?!again$)[\p{L}\p{N}-]+)?)(?:\s+again)?$/u,
  // "which courtroom is the Ruiz hearing in?", "what gate is the Lisbon flight from?", "what size
  // are the Okoro frames again?"
  /^(?:which|what)\s+((?!(?:tasks?|jobs?|ones?|items?|things?|stuff|day|days|time|times|date|dates|labels?|tags?|priority|priorities|else|kind|sort|type|status|one)\b)[\p{L}-]+)\s+(?:is|was|are|were)\s+(?:the|my|our)\s+(.+?)(?:\s+(?:in|at|on|from|with|for))?(?:\s+again)?$/iu,
  // "what's the cable run on the Patels' charger job?", "what was the budget for the kitchen?":
  // a detail of something named
  /^what(?:'s|\s+is|\s+was)\s+(?:the|my|our)\s+(?!.*\b(?:list|plate|agenda|schedule|calendar|to-?do|todos)\s*$)((?!(?:plan|status|story|deal|update|news|latest|date|time|deadline|priority|agenda|list|count|total|first|second|third|last|next|top|bottom|oldest|newest|only|notes?|descriptions?|details|comments?|memos?)\b)(?:[\p{L}\p{N}'-]+\s+){0,2}?[\p{L}\p{N}'-]+\s+(?:on|for|of)\s+(?:the|my|our)\s+.+?)(?:\s+(?:job|task|one))?$/iu,
];
/** Which of some tasks are still to do: "which bills haven't I paid yet?". */
const STILL_TO_DO = [
  /^(?:which|what)\s+(.+?)\s+(?:still\s+)?(?:need|needs)\s+(\w+ing|to be \w+)(?:\s+still)?$/i,
  /^(?:which|what)\s+(.+?)\s+(?:haven't|have not|didn't|did not)\s+(?:i|we)\s+(?:\w+)(?:\s+yet)?$/i,
  /^(?:which|what)\s+(.+?)\s+(?:have|did)\s+(?:i|we)\s+(?:not|still not|not yet)\s+(?:\w+)(?:\s+yet)?$/i,
  /^(?:which|what)\s+(.+?)\s+(?:are|is)\s+(?:still\s+)?(?:left|open|pending|to do|outstanding|not done)$/i,
  /^who\s+(?:do|did)\s+(?:i|we)\s+(?:still\s+)?(?:need|have|want|got)\s+to\s+(\w+)(?:\s+still)?$/i,
  // "which bills do I still have to pay?"
  /^(?:which|what)\s+(.+?)\s+do\s+(?:i|we)\s+(?:still\s+)?(?:have|need|got)\s+to\s+(\w+)(?:\s+(?:still|yet))?$/i,
  // "what do I still need to do for Mrs Hale?"
  /^what\s+(?:do|did|else do)\s+(?:i|we)\s+(?:still\s+)?(?:need|have|got)\s+to\s+do\s+(?:for|about|with|at|on|in)\s+(.+)$/i,
  // "whats left at the okoros", "what's still open for the Hendry job": of those, the ones to do
  /^(?:and\s+)?what(?:'s|s|\s+is|\s+have\s+(?:i|we)\s+got)?\s+(?:still\s+)?(?:left|open|pending|outstanding|remaining|to do|left to do)\s+(?:for|at|with|on|in|about|from|down|up)\s+(?!(?:my|the|our)\s+(?:list|tasks|to-?do list|plate)$|(?:me|us)\b|(?:today|tonight|tomorrow|now|this\s+\w+|next\s+\w+|the\s+(?:week|weekend|month|day))$)(.+)$/i,
  // "what's still to count?", "what's left to paint?": the deed still to do
  /^(?:and\s+)?what(?:'s|s|\s+is)\s+(?:still\s+|left\s+)+to\s+(?!(?:do|sort|finish|get done|be done|complete|tackle)$)([a-z]+)$/i,
  // "what rose jobs have I got?", "which garden tasks are there?": those about it
  /^(?:what|which)\s+(?!(?:other|else|more|new|old|open|done|pending|urgent|overdue)\b)([\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+(?:jobs|tasks|things|bits|stuff|errands|chores)\s+(?:have\s+(?:i|we)\s+got|do\s+(?:i|we)\s+have|are\s+there|are\s+on\s+(?:my|the)\s+list|(?:have\s+)?(?:i|we)\s+got)(?:\s+(?:left|on|to do))?$/iu,
  // "do I need to buy anything?"
  /^(?:do|did)\s+(?:i|we)\s+(?:still\s+)?(?:need|have|got)\s+to\s+(\w+)\s+(?:anything|something|any(?:thing)?\s+else)$/i,
];

/** "… I haven't done yet", "… that's still open": only the ones still to do. */
const OPEN_TAIL =
  /\s+(?:that\s+|which\s+)?(?:(?:i|we)\s+(?:still\s+)?(?:haven't|have not|havent|didn't|did not)\s+(?:done|finished|ticked off|got to|sorted)(?:\s+yet)?|(?:(?:that|which)(?:'s|\s+is|\s+are)\s+)?(?:still\s+)?(?:open|pending|outstanding|not done(?:\s+yet)?|left to do|to do)|(?:i|we)\s+(?:still\s+)?(?:need|have|got)\s+to\s+do)$/i;

/** "anything with a note on it?", "which of my tasks have notes?" */
const WITH_NOTES =
  /^(?:(?:is there|are there|do i have|have i got)\s+)?(?:anything|any(?:\s+(?:of\s+(?:my|the)\s+)?(?:tasks?|ones?|items?))?|(?:which|what)(?:\s+(?:of\s+(?:my|the|them|those)\s*)?(?:tasks?|ones?|items?)?)?)\s+(?:with|have|has|got|that have|that has|(?:have|has)\s+got)\s+(?:a\s+|any\s+)?(?:notes?|descriptions?|details|comments?)(?:\s+(?:on|in|attached to|added to)\s+(?:it|them))?$/i;

export const find: Rule = {
  name: 'find',
  specificity: 69,
  extract: (s): Intent | undefined => {
    // "which readings are on my list?", "what invoices are there?": tasks of that kind
    const kind =
      /^(?:which|what)\s+(?!(?:tasks|things|items|ones|jobs|todos|reminders|others|notes)\b)([\p{L}-]{3,}s)\s+(?:are\s+(?:there|on\s+(?:my|the)\s+(?:\w+\s+)?list)|(?:have|do)\s+(?:i|we)\s+(?:got|have)\s+on\s+(?:my|the)\s+list)[?.!\s]*$/iu.exec(
        s,
      );
    if (kind) return { type: 'find', text: kind[1]! };
    if (WITH_NOTES.test(s.replace(/[?.!\s]+$/, '')))
      return { type: 'find', text: '', withNotes: true };
    for (const pattern of ABOUT_NOTES) {
      const m = s.match(pattern);
      // ("remind me what I need to do" asks for the list)
      if (
        m &&
        /^(?:i|we)\s+(?:still\s+)?(?:need|have|got|must|should)\s+to\s+do|^(?:is\s+|are\s+|remains\s+)?(?:still\s+)?(?:left|pending|outstanding|open|remaining|to do|on (?:my|the) list)\b|^(?:i|we)\s+(?:have|got)\s+(?:left|on)\b/i.test(
          m[1]!,
        )
      )
        return undefined;
      if (m)
        return {
          type: 'find',
          text: [m[1], m[2]]
            .filter(Boolean)
            .join(' ')
            .replace(/^(?:the|my)\s+/i, ''),
          notes: true,
        };
    }
    for (const pattern of STILL_TO_DO) {
      const m = s.match(pattern);
      if (
        m &&
        !/^(?:still|else|ones?|tasks?|things?|items?|stuff|jobs?|chores?|else still|is left)$|^of\s+(?:my|the|our|all)\s+(?:tasks?|things?|jobs?|items?|todos?|ones?)$/i.test(
          m[1]!,
        )
      ) {
        // ("which gifts still need buying?": the deed picks buying them over wrapping them)
        const deed =
          m[2] && (/ing$/i.test(m[2]) || TASK_VERBS.has(m[2].toLowerCase())) ? `${m[2]} ` : '';
        return {
          type: 'find',
          text: `${deed}${m[1]!.replace(/^(?:the|my)\s+/i, '')}`,
          status: 'pending',
        };
      }
    }
    // "anything for the band I haven't done yet?": of those, the ones still to do
    const open = OPEN_TAIL.exec(s);
    const t = s
      .slice(0, open ? open.index : s.length)
      .replace(LIST_TAIL, '')
      .replace(
        /\s+(?:on|in)\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks)(?=\s+(?:about|regarding|to do with|related to|for|with|mentioning)\s)/i,
        '',
      );
    for (const pattern of PATTERNS) {
      const m = t.match(pattern);
      if (m)
        return {
          type: 'find',
          text: m[1]!.replace(/^(?:the|my)\s+/i, '').replace(/^["'`](.*)["'`]$/, '$1'),
          ...(open ? { status: 'pending' as const } : {}),
        };
    }
    return undefined;
  },
};
