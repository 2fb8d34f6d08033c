// "What's due today?", "anything overdue?", "what's coming up this week?", "what's urgent?",
// "what's tagged work?", "what have I got on Friday?", "any high priority stuff for today?": the
// tasks of a day, a priority or a label, or both. After one, "and tomorrow?", "what about home?"
// ask it again for another day or label, and "anything urgent in there?" looks only at the tasks
// just shown. Questions: they only ever read.
import type { AgendaFilter, Intent, Rule } from '../types.ts';
import { NOT_LABELS, readAgenda } from '../agenda-filter.ts';
import { labelName, looksLikeWhen } from '../time-words.ts';
import { TASK_VERBS } from '../vocabulary.ts';

const ASKING =
  /^(?:(?:so|and|ok|okay|right|just checking|quick question|btw|by the way|first thing(?=,))[,\s:-]+)*(?:what all|what(?:'s| is| are| do i have| have i got| have i| do we have| have we got|s)?|whats|which(?: tasks?| ones?| jobs?| things?| items?)?(?: are| is)?|any(?:thing| tasks?)?|is (?:there )?(?:anything|something)|(?:is\s+)?something|are there any(?: tasks)?|do i have (?:anything|any tasks)|have i got (?:anything|any tasks)|(?:do i have|have i got)(?=\s+(?:overdue|late|urgent|due|high|important)\b)|(?:have i |i )?got (?:anything|any tasks)|am i behind|are we behind|(?:am i|are we) (?:doing|up to|busy with|meant to be doing) (?:anything|something)|am i late|are we late|which (?:task|tasks) (?:i|do i) have|show(?: me)?|list|tell me|give me|remind me (?:of )?what(?:'s| is)|how many|(?:give me |can i get |i need )?(?:a |the )?(?:rundown|run-?down|overview|summary|run through|breakdown)(?: of)?|(?:run|walk|talk) me through|could you tell me|can you tell me|who (?:am i|are we) (?:seeing|meeting|visiting|with)|who(?:'s| is) (?:on|booked|coming|in))\b\s*/i;

/** "in there", "of those": the tasks just shown, narrowed. */
const OF_SHOWN =
  /\s*\b(?:in there|in that list|on that list|of (?:those|them|these)|among (?:them|those|these)|out of (?:those|them|these)|from (?:those|them|that list))\b/i;

/** The kind of each field: a new day replaces the day asked about, a label the label. */
const KIND: Record<keyof AgendaFilter, string> = {
  listNamed: 'label',
  due: 'when',
  on: 'when',
  part: 'when',
  within: 'when',
  next: 'when',
  priority: 'priority',
  label: 'label',
  repeating: 'repeating',
  every: 'repeating',
  without: 'without',
  has: 'without',
  orFind: 'label',
  words: 'label',
};

/** "and tomorrow?" after "what's urgent today?": the same question, that part changed. */
function askedAgain(prev: AgendaFilter, next: AgendaFilter): AgendaFilter {
  const kinds = new Set(Object.keys(next).map((k) => KIND[k as keyof AgendaFilter]));
  const kept = Object.fromEntries(
    Object.entries(prev).filter(([k]) => !kinds.has(KIND[k as keyof AgendaFilter])),
  );
  return { ...kept, ...next };
}

export const agenda: Rule = {
  name: 'agenda',
  specificity: 84,
  extract: (said, context): Intent | undefined => {
    const listed = context.dialogue.lastAsked === 'list';
    // "anything urgent in there?", "which of those is due this week?"
    const ofShown = listed && OF_SHOWN.test(said);
    const s = (ofShown ? said.replace(OF_SHOWN, '') : said).replace(/^[\s,:;–—-]+/, '').trim();
    const shown = ofShown ? { ofShown: true as const } : {};
    // "which ones am I late on?", "what am I behind with?": what is overdue
    if (
      /^(?:which|what)(?:\s+(?:ones|tasks|things|jobs))?\s+(?:am\s+i|are\s+we|have\s+i\s+been)\s+(?:late|behind|overdue)\s+(?:on|with|for)$/i.test(
        s,
      )
    )
      return { type: 'agenda', due: 'overdue' };
    // "has anything gone past its date?", "which of my tasks don pass their date?", "I'm late for
    // something?": what is overdue
    if (
      /^(?:which|what|has|have|did|is|are|any)\b.*\b(?:(?:go|gone|went|got|gotten|run|ran|slipped|slid|are|is|be|been)\s+(?:past|over|beyond)|pass(?:ed)?|overr?un|missed)\s+(?:its|their|the|his|her|my)\s+(?:due\s+)?(?:dates?|deadlines?)$/i.test(
        s.replace(/\?+$/, ''),
      ) ||
      (context.question &&
        /^(?:i\s+am|i'm|im)\s+(?:late|behind)\s+(?:for|on|with)\s+(?:something|anything)\??$/i.test(
          s,
        ))
    )
      return { type: 'agenda', due: 'overdue', ...shown };
    // "what's the next thing I've got?", "what's next on my list?", "what's my next deadline?": the
    // first one due
    if (
      /^(?:(?:so|and|ok|okay)[,\s]+)?what(?:'s|\s+is|s)\s+(?:(?:the|my)\s+(?:next|soonest|earliest)\s+deadline|the\s+(?:next|soonest|earliest)\s+(?:thing|task|job|one|item|appointment|deadline)(?:\s+(?:i've got|i have|i've|i got|for me|due|coming up|in (?:my|the) (?:diary|calendar)))?|next\s+(?:i've got|i have|i've|i got|due|coming up|in (?:my|the) (?:diary|calendar)))$/i.test(
        s,
      )
    )
      return { type: 'agenda', next: true };
    // "which one's due sooner?", "which is due first?": the first one due
    if (
      /^(?:(?:so|and|ok|okay)[,\s]+)?(?:which(?:\s+(?:one|task|job|thing))?(?:'s|\s+is|s)\s+(?:due\s+)?|what(?:'s|\s+is|s)\s+due\s+)(?:sooner|soonest|first|earliest|next|earlier)(?:\s+(?:of (?:them|those|the two)|then))?$/i.test(
        s,
      )
    )
      return { type: 'agenda', next: true };
    // ("anything past its hammer date?" … "overdue, I mean": the question again, in a word)
    if (listed && /^[\p{L}-]+(?:\s+[\p{L}-]+)?[.!?]*$/u.test(s)) {
      const again = readAgenda(s.replace(/[.!?]+$/, ''), s);
      if (again && (again.due || again.priority) && !again.listNamed && !again.label)
        return { type: 'agenda', ...again };
    }
    // "who's first tomorrow?", "what's first up on Friday?": the first one due that day
    const firstOn =
      /^(?:(?:so|and|ok|okay)[,\s]+)?(?:who|what|which\s+(?:one|task|job|visit))(?:'s|\s+is|s)\s+(?:up\s+)?first(?:\s+up)?\s+((?:on\s+)?(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+day\s+after\s+tomorrow))\??$/i.exec(
        s,
      );
    if (firstOn) return { type: 'agenda', next: true, on: firstOn[1]!.replace(/^on\s+/i, '') };
    // "the #shop ones", "just the #work stuff": the tasks with that label, named by it
    const hashKind =
      /^(?:(?:just|only)\s+)?(?:the\s+)?#(\p{L}[\p{L}\p{N}_-]*)\s+(?:ones|tasks|stuff|things|items|jobs|bits)(?:\s+(?:please|pls|only))?\??$/iu.exec(
        s,
      );
    if (hashKind) return { type: 'agenda', label: labelName(hashKind[1]!), ...shown };
    // "racing stuff?", "#work things?": the tasks of that kind, asked in two words
    const bareKind = /^#?(\p{L}[\p{L}\p{N}_-]*)\s+(?:stuff|tasks|things|jobs|bits)\??$/iu.exec(s);
    if (
      bareKind &&
      context.question &&
      !NOT_LABELS.test(bareKind[1]!) &&
      !/^(?:my|the|our|any|all|other|more|which|what|new|old|done|open)$/i.test(bareKind[1]!)
    )
      return { type: 'agenda', label: bareKind[1]!.toLowerCase(), listNamed: true, ...shown };
    // After "what's due…?": "and tomorrow?", "what about home?", "and the medium ones?"
    const prev = context.dialogue.agenda;
    const more =
      prev && listed
        ? /^(?:(?:ok|okay|so|right|no)[,\s]+)?(?:(?:and\s+)?(?:what|how)\s+about|and(?:\s+(?:for|on|what's|whats|what is))?|(?:(?:but\s+)?(?:only|just))(?:\s+(?:for|in|within|over))?)\s+(?:the\s+(?!(?:next|coming)\s))?(.+?)(?:\s+(?:ones?|tasks?|stuff|then))?\??$/i.exec(
            s,
          )
        : null;
    // "what's due tomorrow?" … "and the day after?": the day after the one asked about
    if (
      prev &&
      listed &&
      /^(?:(?:and|ok|so)[,\s]+)*(?:what about\s+|and\s+)?the\s+day\s+after(?:\s+that)?\??$/i.test(s)
    ) {
      const after =
        prev.due === 'today'
          ? 'tomorrow'
          : /^(?:tomorrow|tmrw)$/i.test(prev.on ?? '')
            ? 'in 2 days'
            : undefined;
      if (after) {
        const { due: _due, on: _on, ...rest } = prev;
        return { type: 'agenda', ...rest, on: after };
      }
    }
    if (prev && more) {
      const next =
        readAgenda(more[1]!, s) ??
        // a word alone, after a label was asked about, is another label
        (prev.label && /^#?[\p{L}\p{N}_-]+$/u.test(more[1]!)
          ? { label: labelName(more[1]!) }
          : undefined);
      if (next) return { type: 'agenda', ...askedAgain(prev, next) };
    }
    // "which of those are work?", "which ones are for home?": of the tasks just listed, a label
    const labelled =
      prev && listed
        ? /^(?:(?:ok|okay|so|and)[,\s]+)*which\s+(?:of\s+(?:those|them|these)|ones?)\s+(?:are|is)\s+(?:for\s+|about\s+)?#?([\p{L}][\p{L}\p{N}_-]*)(?:\s+(?:ones?|stuff|tasks?|related))?\??$/iu.exec(
            said,
          )
        : null;
    if (labelled && !NOT_LABELS.test(labelled[1]!) && !readAgenda(labelled[1]!, said))
      return { type: 'agenda', ...prev, label: labelName(labelled[1]!) };
    // "have I let anything slip?", "did I miss anything?": what is overdue ("did I forget
    // anything?" is the list still to do, list.ts)
    if (
      /^(?:have|did)\s+(?:i|we)\s+(?:let\s+(?:anything|something)\s+slip|(?:miss|missed)\s+(?:anything|something|any\s+deadlines?|a\s+deadline|any\s+due\s+dates?))\b/i.test(
        s,
      )
    )
      return { type: 'agenda', due: 'overdue', ...shown };
    // "what do I have that repeats every week?", "which bills repeat monthly?", "which of Dad's
    // jobs come round every day?": the repeating ones, of that kind of repeat
    const repeats =
      /^(?:(?:ok|okay|so|and)[,\s]+)*(?:what|which)\s+(?:(?:of\s+)?(?:my\s+|the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+)??(?:(?:do|have)\s+(?:i|we)\s+(?:got\s+|have\s+)?|(?:i|we)\s+(?:have|got)\s+)?(?:that\s+|which\s+)?(?:repeats?|recurs?|comes?\s+round|comes?\s+up|happens?|are\s+(?:repeating|recurring))\s*(every\s+day|daily|each\s+day|every\s+week|weekly|each\s+week|every\s+month|monthly|each\s+month|every\s+year|yearly|annually)?\??$/iu.exec(
        s,
      );
    if (repeats) {
      const every = repeats[1]?.toLowerCase() ?? '';
      return {
        type: 'agenda',
        repeating: true,
        ...(/day|daily/.test(every)
          ? { every: 'DAILY' as const }
          : /week/.test(every)
            ? { every: 'WEEKLY' as const }
            : /month/.test(every)
              ? { every: 'MONTHLY' as const }
              : /year|annual/.test(every)
                ? { every: 'YEARLY' as const }
                : {}),
        ...shown,
      };
    }
    const m = ASKING.exec(s);
    // "urgent stuff", "overdue ops stuff?": a filter and a kind of task, nothing else
    if (!m) {
      // ("remove all the #guests tasks": a change to those tasks, not a question about them)
      if (
        /^(?:(?:please|pls|can you|could you)\s+)*(?:delete|remove|clear|scrap|bin|drop|cancel|mark|tick|complete|finish|close|reopen|untick|move|push|bump|shift|postpone|tag|label|untag|rename|set|make|put|change)\b/i.test(
          s,
        )
      )
        return undefined;
      const bare = /^(.+?\s+(?:stuff|tasks|things|items|jobs))\??$/i.exec(s);
      // "overdue?", "urgent list?", "tagged diy?", "today's list": the filter alone, asked
      const terse = context.question
        ? /^(?:my\s+|the\s+)?([^\s,]+(?:\s+[^\s,]+){0,2}?)(?:'s)?(?:\s+(?:list|ones|view))?\s*\??$/iu.exec(
            s,
          )
        : /^(?:my\s+|the\s+)?([^\s,]+(?:\s+[^\s,]+)?)(?:'s)?\s+(?:list|view)$/iu.exec(s);
      const filter =
        (bare && readAgenda(bare[1]!, s)) || (terse && readAgenda(terse[1]!, s)) || undefined;
      return filter ? { type: 'agenda', ...filter, ...shown } : undefined;
    }
    // (questions by their words, even without a question mark: "is anything past due")
    if (
      !context.question &&
      !/^(?:show|list|tell|give|remind|what|which|any|is|are|am|do|have|got|how)/i.test(
        m[0].replace(
          /^(?:(?:so|and|ok|okay|right|just checking|quick question|btw|by the way)[,\s:-]+)*/i,
          '',
        ),
      )
    )
      return undefined;
    // "am i behind on anything"
    if (/^(?:am i|are we)\s+(?:behind|late)\b/i.test(s.slice(m.index)))
      return { type: 'agenda', due: 'overdue' };
    let rest = s.slice(m[0].length);
    // ("which ones haven't got a label?": what they lack, read before any words are peeled off)
    const lacking = readAgenda(rest, s);
    if (lacking?.without || lacking?.due === 'none')
      return { type: 'agenda', ...lacking, ...shown };
    // "list my allotment jobs", "show the work stuff": a label named as a kind of task
    // ("what production stuff is still open?": the same, the open ones being what is shown)
    const kindOf =
      /^(?:all\s+)?(?:(?:my|the|our)\s+)?#?([\p{L}][\p{L}\p{N}_-]*)\s+(?:stuff|tasks|things|items|jobs|bits)(?:\s+(?:is|are)\s+(?:still\s+)?(?:open|pending|left|to do|outstanding|not done)|\s+(?:(?:have|did)n't\s+(?:i|we)|(?:have|did)\s+(?:i|we)\s+not|(?:i|we)\s+(?:haven't|have not|didn't|did not))\s+(?:done|finished|completed|ticked off|sorted|got (?:round )?to)(?:\s+yet)?)?\??$/iu.exec(
        rest,
      );
    // ("show me the buy tasks": the tasks of that deed)
    if (
      kindOf &&
      !NOT_LABELS.test(kindOf[1]!) &&
      TASK_VERBS.has(kindOf[1]!.toLowerCase()) &&
      // (words that name a kind as often as a deed: "the work tasks" is a label)
      !/^(?:work|shop|garden|study|school|home|house|plan|train|email|text|post|order|book|check|exercise|practice|practise|run|travel|cook|sport)$/i.test(
        kindOf[1]!,
      )
    )
      return { type: 'find', text: kindOf[1]!.toLowerCase(), status: 'pending' };
    if (kindOf && !NOT_LABELS.test(kindOf[1]!) && !readAgenda(kindOf[1]!, s))
      return { type: 'agenda', label: kindOf[1]!.toLowerCase(), listNamed: true, ...shown };
    // "what's on my errands list?": a label, named as a list (not "my to-do list")
    // ("what's under my garden label?", "what's in the #work tag?": that label)
    // ("everything on the rota tag", "all the tasks under the #van label": the same)
    const tagged =
      /^(?:(?:everything|all|(?:all\s+)?(?:the\s+)?(?:tasks?|things|stuff|ones|jobs|items))\s+)?(?:under|in|on|with)\s+(?:my|the)\s+#?([\p{L}\p{N}_-]+)\s+(?:label|tag)\??$/iu.exec(
        rest,
      );
    if (tagged && !NOT_LABELS.test(tagged[1]!))
      return { type: 'agenda', label: labelName(tagged[1]!), ...shown };
    // ("what's in packing?": a label said bare; words to find when there is no such label)
    const bareIn = /^in\s+#?([\p{L}][\p{L}\p{N}_-]*)\??$/iu.exec(rest);
    if (bareIn && !NOT_LABELS.test(bareIn[1]!) && !readAgenda(bareIn[1]!, s))
      return {
        type: 'agenda',
        label: labelName(bareIn[1]!),
        listNamed: true,
        orFind: true,
        ...shown,
      };
    const list = /^(?:on|in)\s+(?:my|the)\s+#?([\p{L}\p{N}_-]+)\s+list\??$/iu.exec(rest);
    if (list && !/^(?:to-?do|todo|task|tasks|whole|full|entire|main|own)$/i.test(list[1]!))
      return { type: 'agenda', label: list[1]!.toLowerCase(), listNamed: true, ...shown };
    for (const strip of [
      // "which jobs have I got over the next couple of days?": the jobs are what is shown
      /^(?:have|do)\s+(?:i|we)\s+(?:got|have)\s+(?:on\s+)?(?=\S)/i,
      // "which things I must do today?", "which jobs do I have to do tomorrow?"
      /^(?:things?|tasks?|jobs?|stuff|items?|ones?)\s+(?=(?:i|we|do|should|must|need|can|am|are)\b)/i,
      /^(?:(?:on|in|for|at)\s+)?(?:my|the)\s+(?:list|plate|agenda|schedule|calendar|plan|plans|docket|slate|cards)\s*/i,
      // "show me my p1 tasks", "how many overdue tasks have I got?"
      /^(?:all\s+)?(?:my|the|our)\s+(?=\S+\s+(?:tasks?|things?|stuff|jobs?|items?|ones?)\b)/i,
      // "show me the tasks for today", "my to-dos due tomorrow"
      /^(?:all\s+)?(?:my|the|our)\s+(?:tasks?|things?|stuff|jobs?|items?|to-?dos?)\s+(?=(?:for|due|on|this|next|today|tomorrow|tonight)\b)/i,
      // "tell me what I have on this week"
      /^what\s+(?:i|we)\s+(?:have|has|got|'ve got)\s+(?:on\s+)?/i,
      // "what do I need to do today", "what should we get done this week", "what am I meant to
      // be doing today", "what I have to do this week"
      /^(?:(?:do|should|must|can|shall)\s+)?(?:i|we)\s+(?:need to\s+|have to\s+|got to\s+|gotta\s+|must\s+|should\s+)?(?:do|get done|finish off|finish|tackle|work on|handle|get through|sort out|sort|deal with)\b\s*/i,
      /^(?:am|are)\s+(?:i|we)\s+(?:meant|supposed|going)\s+to\s+(?:be\s+)?(?:doing|do)\b\s*/i,
      // "what am I doing the day after tomorrow", "what are we up to on Friday"
      /^(?:(?:am|are)\s+)?(?:i|we)\s+(?:doing|up\s+to|busy\s+with)\b\s*/i,
      /^(?:i\s+)?(?:have|got|need to do|to do|left|on|going on|happening|planned|scheduled|still)\s*/i,
      /^(?:to do|to get done|to finish)\b\s*/i,
      // "what needs doing today", "what needs to be done this week"
      /^(?:still\s+)?(?:needs?|wants?)\s+(?:doing|done|sorting|finishing|to be (?:done|finished|sorted))\b\s*/i,
      // "what else is due tomorrow", "anything else for today"
      /^else\s+(?:is\s+|are\s+)?/i,
      // "anything I have to finish off today"
      /^(?:that\s+)?(?:i|we)\s+(?:have|need|got)\s+to\s+(?:finish off|finish|do|get done|sort out|sort|get through|deal with)\b\s*/i,
      // "which tasks I am late for"
      /^(?:that\s+)?(?:i|we)\s*(?:am|are|'m|'re)\s+/i,
      // "which of my tasks are high priority?", "which of them are due this week?"
      /^of\s+(?:my|the|our|these|those|them|all)(?:\s+(?:my\s+)?(?:(?:open|pending|outstanding|remaining|unfinished|current)\s+)?(?:tasks?|things?|jobs?|items?|to-?dos?))?\s+(?:(?:are|is)\s+)?/i,
      // "what jobs have I got today", "what orders are due tomorrow": a kind of task, then when
      /^[a-z]+s\s+(?:have\s+(?:i|we)\s+got|do\s+(?:i|we)\s+have|(?:are|is)(?=\s+(?:due|overdue|late|for|on)\b))\s*(?:on\s+)?/i,
      // "what's on for me today?"
      /^for\s+(?:me|us)\s+(?=(?:today|tonight|tomorrow|this|next|on\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i,
      // "what all is there day after tomorrow", "what must be done by today"
      /^(?:(?:is|are)\s+)?there\s+(?:(?:on|for)\s+)?/i,
      /^(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:done|finished|sorted|handled)\s+(?:by\s+)?/i,
      // "what's pressing today", "what's lined up for friday"
      /^(?:pressing|lined up|in store|on the cards)\s+(?=(?:for\s+|on\s+)?(?:today|tonight|tomorrow|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i,
      // "a rundown of the week ahead"
      /^(?:a\s+|the\s+)?(?:rundown|run-?down|overview|summary|breakdown|run through)\s+(?:of\s+)?/i,
      // "what I've got on tomorrow", "what we've got this week"
      /^what\s+(?:i've|we've|i'd|i)\s+(?:got|have)\s+(?:on\s+)?/i,
      // "what should I be working on today", "what do I need to focus on this week"
      /^(?:should|must|do|can|shall)\s+(?:i|we)\s+(?:need to\s+)?(?:be\s+)?(?:working on|doing|focusing on|focus on|work on|tackling|prioriti[sz]ing|looking at)\s*/i,
      // "show me what's medium priority", "everything that's top priority"
      /^(?:what(?:'s| is| are)|whats|(?:everything|anything|all|the ones?|tasks?|things?|stuff)\s+(?:that(?:'s| is| are)|which (?:is|are)|that's))\s+/i,
    ])
      rest = rest.replace(strip, '');
    // "anything past due on the van list?": of that label's tasks
    let onList: string | undefined;
    rest = rest.replace(
      /\s+(?:on|in|from|for)\s+(?:my|the|our)\s+#?([\p{L}][\p{L}\p{N}_-]*)\s+(?:list|stuff|jobs|tasks|things)\??$/iu,
      (m, label: string) =>
        NOT_LABELS.test(label) ||
        /^(?:to-?do|todo|task|tasks|whole|full|entire|main|own|shopping)$/i.test(label)
          ? m
          : ((onList = label.toLowerCase()), ''),
    );
    rest = rest
      // "which of tomorrow's tasks is high priority?": high priority, tomorrow
      .replace(
        /^of\s+((?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+(?:tasks?|things|jobs|stuff|items|ones)\s+(?:is|are)\s+(.+?)\??$/i,
        (_, day: string, what: string) => `${what} ${day.replace(/['’]s$/, '')}`,
      )
      .replace(/\?+$/, '')
      // "which task is important most?": the most important
      .replace(/^(important|urgent|pressing)\s+most$/i, 'most $1')
      .replace(
        /\s+(?:have i got|do i have|have i|are there|is there|are left|do we have|have we got|(?:that\s+)?(?:i|we)\s*(?:'ve got|'ve|have got|have|got))$/i,
        '',
      )
      .replace(
        /\s+(?:please|pls|rn|right now|atm|at the moment|then|now|overall|in general|across the board|altogether|all told|at all)$/i,
        '',
      )
      // "anything p1 on my list?": the list is where anything is
      .replace(/\s+(?:on|in)\s+(?:(?:my|the)\s+(?:list|plate|agenda|to-?do list)|here|there)$/i, '')
      // "this week looking like", "today look like"
      .replace(/\s+(?:look(?:s|ing)?\s+like|shaping up|look(?:s|ing)?)$/i, '')
      // "list tomorrow's stuff", "show me friday's jobs": that day's
      .replace(
        /^(.+?)['’]s?\s+(?:stuff|tasks?|things|jobs|items|list|bits|agenda|plans?|schedule|to-?dos?)$/i,
        (whole, when: string) =>
          looksLikeWhen(when) || /^(?:this|next)\s+week(?:end)?$|^the\s+weekend$/i.test(when)
            ? when
            : whole,
      )
      // "labelled phd that's still open", "urgent jobs are still pending": the open ones are
      // what is shown anyway
      .replace(
        /\s+(?:that(?:'s| is| are)|which (?:is|are)|is|are)\s+(?:still\s+)?(?:open|pending|to do|not done|left|outstanding)$/i,
        '',
      )
      // "high priority that I haven't done yet": the open ones are what is shown anyway
      .replace(
        /\s+(?:that|which)\s+(?:i|we)\s*(?:haven't|have not|didn't|did not|'ve not)\s+(?:done|finished|completed|ticked off|sorted|got (?:round )?to)(?:\s+yet)?$/i,
        '',
      )
      // "… urgent I should be worrying about", "… overdue that we need to deal with"
      .replace(
        /\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:should|need to|must|have to|ought to|gotta|better|could|can|might)\b.*$/i,
        '',
      )
      .trim();
    // "… today, honestly I've lost track", "… due today or did I forget something?": the question
    // before the aside
    const before = rest.replace(/\s*(?:,|\s+or\s+|\s+-+\s+).*$/i, '');
    const filter =
      readAgenda(rest, s) ??
      (context.question || /\b(?:due|today|tomorrow|overdue|this week)\b/i.test(before)
        ? readAgenda(before, s.replace(/,.*$/, ''))
        : undefined);
    if (filter && onList && !filter.label)
      return { type: 'agenda', ...filter, label: onList, listNamed: true, ...shown };
    if (filter) return { type: 'agenda', ...filter, ...shown };
    // "any gigs in the next 7 days?", "what lessons have I got tomorrow?": a kind of task (a
    // label, or else words of their titles), then when
    const kindThen =
      /^([\p{L}-]{3,}s)\s+(?:(?:have|do)\s+(?:i|we)\s+(?:got|have)\s+|(?:are|is)\s+)?(?:(?:on|coming up|due|happening|booked)\s+)?(.+)$/iu.exec(
        rest,
      );
    const when = kindThen && readAgenda(kindThen[2]!, s);
    if (
      kindThen &&
      when &&
      (when.due || when.on || when.within) &&
      !when.label &&
      !when.priority &&
      !NOT_LABELS.test(kindThen[1]!) &&
      !/^(?:tasks|things|items|ones|jobs|todos|to-dos|reminders|others|plans)$/i.test(kindThen[1]!)
    )
      return {
        type: 'agenda',
        ...when,
        label: labelName(kindThen[1]!),
        listNamed: true,
        orFind: true,
        ...shown,
      };
    return undefined;
  },
};
