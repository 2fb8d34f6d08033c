// Showing the list: "show me all my tasks", "what's pending?", "what have I completed?"
import type { TaskStatus } from '../../../../../shared/task.ts';
import type { Intent, Rule } from '../types.ts';

export const list: Rule = {
  name: 'list',
  specificity: 50,
  extract: (s, { dialogue }): Intent | undefined => {
    const t = s.toLowerCase();
    // ("…, can you pop 'eye test' on the list": something to put on it, add.ts)
    if (/\b(?:pop|put|add|stick|write|jot|bung)\s+["“‘'][^"”’']+["”’']/i.test(s)) return undefined;
    // "only the finished ones", "open ones only", "just the pending tasks": that part of the list
    const only =
      /^(?:(?:only|just)\s+)?(?:the\s+)?(finished|done|completed|ticked|open|pending|unfinished|outstanding|remaining|undone|not done)(?:\s+(?:ones|tasks|items|jobs))(?:\s+only)?(?:\s+please)?$/.exec(
        t,
      );
    if (only && (/^(?:only|just)\s/.test(t) || /\sonly(?:\s+please)?$/.test(t)))
      return {
        type: 'list',
        status: /^(?:finished|done|completed|ticked)$/.test(only[1]!) ? 'completed' : 'pending',
      };
    // "what's done?" … "and what isn't?", "and the rest?": the ones still to do
    if (
      dialogue.lastAsked === 'list' &&
      /^(?:and\s+)?(?:what|which)(?:\s+(?:ones?|tasks?|things?))?\s+(?:isn't|aren't|is not|are not|hasn't been|haven't been|isnt|arent)(?:\s+(?:done|finished|yet))?[?!.]*$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "which readings are on my list?": tasks of one kind, for find.ts
    if (
      /^(?:which|what)\s+(?!(?:tasks?|ones?|things?|items?|jobs?|stuff|to-?dos?|todos?|else|other)\b)[a-z'-]+s\s+(?:are|have i got|do i have|have i)\s+(?:.*\s)?(?:on|in)\s+(?:my|the)\s+(?:\w+\s+)?list[?!.]*$/.test(
        t,
      )
    )
      return undefined;
    // "Print the church bulletin done": a task to print, reported done (not "print my list")
    if (
      /^(?:print|read|check|review|open|get|view|bring|pull)\s+(?!(?:me|us|out|up)\b|(?:my|the|our)\s+(?:list|tasks?|to-?dos?|to-?do list|pending|completed|done)\b).+\s+(?:done|finished|completed|sorted)[.!]*$/.test(
        t,
      )
    )
      return undefined;
    // "any tasks finished yet?": the ones done
    if (
      /^(?:are\s+|have\s+)?any\s+(?:of\s+(?:my|the)\s+)?(?:tasks|things|jobs|items|todos)\s+(?:been\s+)?(?:finished|done|completed|ticked off)(?:\s+(?:yet|so far|today))?[?!.]*$/.test(
        t,
      )
    )
      return { type: 'list', status: 'completed' };
    // A long message that mentions "my plate" is telling, not asking for the list.
    if (t.split(/\s+/).length > 14) return undefined;
    // ("all done for today, mark everything complete": what comes after the comma is asked)
    if (
      /,\s*(?:so\s+)?(?:please\s+)?(?:mark|tick|check|delete|remove|add|clear|complete|finish)\b/.test(
        t,
      )
    )
      return undefined;
    // "all done there now mark the lot off": a report, then a request
    if (
      /^all\s+(?:done|finished|sorted|complete)\s+(?:there|here|with (?:those|them|these|that lot))\b/.test(
        t,
      )
    )
      return undefined;
    // "show me the full list please, finished ones too": everything
    if (
      /^(?:show|list|give|read)\s+(?:me\s+)?(?:the|my)\s+(?:full|whole|entire|complete)\s+list(?:\s+please)?(?:\s*,?\s*(?:with\s+|including\s+)?(?:the\s+)?(?:finished|done|completed)(?:\s+ones)?(?:\s+(?:too|as well|included))?)?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'all' };
    const listy =
      /^(?:show|list|display|view|see|print|give|get|tell|read back|read|bring up|pull up|open|check|review|go over|(?:run|go) (?:me |us )?through|remind me (?=what|which)|what(?:'s| is| are|'re)?|which|whats|anything|any|is there anything|are there any|do i have|have i|what have i|what did i|where am i|my|all|everything|pending|completed|done|remaining|open|outstanding|tasks|todos?|to-?do list|list)\b/;
    // "show me everything, finished ones too"
    if (
      /^(?:show|list|give)\s+(?:me\s+)?(?:everything|all(?:\s+(?:my|the))?(?:\s+tasks)?)\s*,?\s+(?:(?:the|including|incl\.?|with|plus|and)\s+)?(?:the\s+)?(?:finished|done|completed|ticked off|ticked)(?:\s+ones)?(?:\s+(?:too|as well|included))?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'all' };
    // "how's my list looking", "how are my tasks looking"
    if (
      /^how(?:'s|s|\s+is|\s+are)\s+(?:my|the)\s+(?:list|tasks|to-?dos?|to-?do list)(?:\s+(?:looking|going|doing))?(?:\s+(?:today|now))?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "search for paint" … "which of those is done?": of the tasks just shown
    const ofShown = t.match(
      /^(?:ok(?:ay)?[,\s]+)?(?:and\s+)?which\s+(?:of\s+(?:those|them|these)|ones?)(?:\s+(?:is|are))?\s+(?:already\s+|still\s+)?(done|finished|completed|ticked off|pending|open|left|to do|not done)(?:\s+(?:yet|now))?$/,
    );
    if (ofShown)
      return {
        type: 'list',
        status: /^(?:done|finished|completed|ticked off)$/.test(ofShown[1]!)
          ? 'completed'
          : 'pending',
        ofShown: true,
      };
    // "what do I still need to sort?", "remind me what's still outstanding", "confirm what remains
    // outstanding", "status check — what's still open?"
    if (
      /^(?:status check\s*[-—–:,]?\s*)?(?:(?:can|could) you\s+)?(?:remind me|confirm|tell me|show me|let me know)?\s*what(?:'s|\s+is|\s+remains|\s+are)?\s+(?:still\s+)?(?:outstanding|open|left|pending|to do|remaining|left to do)$|^what\s+(?:do|did)\s+(?:i|we)\s+(?:still\s+)?(?:need|have|got)\s+to\s+(?:do|sort|sort out|get done|finish|deal with|get through|work through|tackle|handle|take care of|clear)$|^what\s+(?:still\s+)?remains(?:\s+(?:to be done|to do|on (?:my|the) list))?$|^what\s+(?:(?:i|do i|have i|i've)\s+)?still\s+(?:got|have|left|to do)$|^(?:status|status update|progress|progress update|where am i at|where are we at|how am i doing)$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "what else is there?", "what's still on?", "anything else?", "what else do I have?": the
    // rest still to do
    if (
      /^(?:(?:nice|great|cool|ok(?:ay)?|good|right|thanks|cheers)[.!,\s]+)*(?:so\s+)?(?:what\s+else(?:\s+(?:is\s+there|is\s+left|is\s+on\s+(?:there|here)|is\s+on|do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|(?:i|we)\s+(?:got|have)))?(?:\s+(?:to do|on my list|on the list|on there|on here|left))?|what(?:'s|\s+is)\s+still\s+(?:on|there|on (?:my|the) list)|anything\s+else\s+(?:left|on (?:my|the) list|to do)|(?:is|was)\s+(?:that|it)\s+(?:everything|all|the lot|it)(?:\s+(?:then|now|for now|done|sorted|left|to do))?)$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "am I all caught up?", "are we up to date?": what is still to do
    if (
      /^(?:so\s+)?(?:am i|are we)\s+(?:all\s+)?(?:caught up|up to date|on top of (?:things|it|everything)|all done|done|finished|sorted)(?:\s+(?:now|yet|then|for today))?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "is everything on my list done?", "are all the tasks on the list finished?": what is left
    if (
      /^(?:is|are)\s+(?:everything|all(?:\s+(?:of\s+)?(?:my|the))?(?:\s+(?:tasks|things|items|jobs|todos))?)\s+(?:on|in)\s+(?:my|the)\s+(?:list|to-?do list|tasks)\s+(?:all\s+)?(?:done|finished|complete|completed|ticked off|sorted)(?:\s+(?:now|yet|then))?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "is something still open?", "is anything left?"
    if (
      /^(?:is|are)\s+(?:there\s+)?(?:something|anything)\s+(?:still\s+)?(?:open|pending|left|to do|outstanding|remaining|undone)$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "what's in my queue", "what's on my plate": the list by another name
    if (
      /^what(?:'s|s|\s+is)\s+(?:in|on)\s+(?:my|the)\s+(?:queue|backlog|inbox|pile|plate|agenda|to-?do pile)$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "gimme the list", "let's see the list", "list please"
    if (
      /^(?:gimme|give me|let'?s see|let me see|lemme see|show|send|read me|read out)\s+(?:me\s+)?(?:the|my)\s+(?:whole\s+|full\s+)?(?:list|tasks|todos?|to-?do list)(?:\s+(?:please|pls|plz))?$|^(?:the\s+)?list(?:,)?\s+(?:please|pls|plz)$/.test(
        t,
      )
    )
      return { type: 'list', status: 'all' };
    // "is anything done yet?", "have I ticked anything off?"
    if (
      /^(?:is|are|has)\s+(?:anything|any tasks?|any of (?:them|it|my tasks)|something)\s+(?:been\s+)?(?:done|finished|completed|ticked off)(?:\s+yet)?$|^have\s+(?:i|we)\s+(?:done|finished|completed|ticked off|ticked)\s+(?:anything|any tasks?|any)(?:\s+off)?(?:\s+yet)?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'completed' };
    // "list: all", "list: done", "tasks - todo": shorthand with the status after it
    const short = t.match(
      /^(?:list|show|tasks|todos?|to-?dos)\s*(?::|-|->|=)\s*(all|everything|done|completed|finished|ticked off|pending|open|left|remaining|outstanding|todo|to-?do|not done|undone)$/,
    );
    if (short)
      return {
        type: 'list',
        status: /^(?:all|everything)$/.test(short[1]!)
          ? 'all'
          : /^(?:done|completed|finished|ticked off)$/.test(short[1]!)
            ? 'completed'
            : 'pending',
      };
    // "what haven't I done yet?", "what's not done", "what have I not finished": the open ones
    if (
      /^(?:and\s+)?(?:what|which(?:\s+tasks?|\s+ones?)?)(?:'s|\s+is|\s+are)?\s+(?:(?:have|did|do)(?:n't|\s+not)\s+(?:i|we)|(?:i|we)\s+(?:have|did)(?:n't|\s+not)|(?:have|did)\s+(?:i|we)\s+not|not(?:\s+(?:done|finished|completed|ticked off))?|still\s+not\s+done)(?:\s+(?:done|finished|completed|ticked off|do|finish|complete))?(?:\s+(?:yet|so far))?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "ticked off so far?", "done?", "pending?": a status on its own asks for that list.
    const alone = t.match(
      /^(?:what's |what is |anything )?(ticked off|crossed off|done|completed|finished|pending|open|left|remaining|outstanding|still to do)(?: (?:so far|yet|today|now|tasks|ones))?$/,
    );
    if (alone)
      return {
        type: 'list',
        status: /ticked|crossed|done|completed|finished/.test(alone[1]!) ? 'completed' : 'pending',
      };
    // "am I done with everything?", "are we through with it all?": what's still open says.
    if (
      /^(?:am i|are we|have i|have we)\s+(?:all\s+)?(?:done|finished|through|complete)(?:\s+with)?\s+(?:everything|it all|all of it|all my tasks|my (?:tasks|list)|the list|all)(?:\s+(?:yet|now|today))?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "am I all done?", "is everything finished yet?": the same question, without "with"
    if (
      /^(?:am i|are we)\s+(?:all\s+)?(?:done|finished|through)(?:\s+(?:yet|now|today|for (?:today|the day|now)))?$|^(?:is|are)\s+(?:everything|it all|all of it|all my tasks|they all|all of them|all the tasks)\s+(?:all\s+)?(?:done|finished|complete|completed|ticked off)(?:\s+(?:yet|now))?$/.test(
        t,
      )
    )
      return { type: 'list', status: 'pending' };
    // "all done with groceries & dishes": a report about those, not a question.
    if (
      /^(?:all\s+|i'm\s+|i am\s+)?(?:done|finished)\s+with\s+(?!(?:everything|it all|all)\b)\S/.test(
        t,
      )
    )
      return undefined;
    // "completed the safety training", "finished my essay": a report about a task.
    if (
      /^(?:completed|finished|done)\s+(?:the|my|a|an|that|this|our)\s+(?!(?:tasks?|ones?|items?|list|to-?dos?|things?|stuff)\b)/.test(
        t,
      )
    )
      return undefined;
    // "all walks done except Mabel", "both fences are painted": a report about those tasks
    if (
      /^(?:all|both)\s+(?:the\s+|my\s+|of the\s+)?(?!(?:tasks?|ones?|items?|things?|stuff|of them|of it|to-?dos?|my|the)\b)\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)?\s+(?:are\s+|is\s+)?(?:done|finished|sorted|complete|completed|ticked off)\b/u.test(
        t,
      )
    )
      return undefined;
    if (!listy.test(t)) return undefined;
    // "open the tunnel every weekday at 7am": a deed, not "open tasks"
    if (
      /^open\s+(?!(?:(?:the|my|a|up|all)\s+)*(?:list|tasks?|to-?dos?|todos?|items?|ones|stuff|things|everything|all|pending|remaining)\b)[a-z]/.test(
        t,
      )
    )
      return undefined;
    // "print poster done", "check tyres done": a task of that verb, reported done
    if (
      /^(?:print|open|check|read|review|see|get|view|display|give)\s+(?!(?:me|my|the|all|everything|what|which|whats|list|tasks?|todos?|to-?dos?|done|completed|pending|finished|out|up|over)\b)\S+.*\s(?:done|finished|sorted|complete|completed)(?:\s+(?:too|as well|also|now))?$/.test(
        t,
      )
    )
      return undefined;
    // "review done", "print done": a task of that verb, reported done
    if (
      /^(?:print|open|check|read|review|see|get|view)\s+(?:done|finished|sorted|complete|completed)$/.test(
        t,
      )
    )
      return undefined;
    // "print 25 copies of the agenda": a deed with its own object, not "print my list"
    if (
      /^(?:print|read|review|open|get|bring|pull)\s+(?!(?:me|us|out|up|off|over|back|my|the|all|everything|what|which|whats|list|tasks?|items?|ones|jobs|todos?|to-?dos?|pending|completed|done|finished|remaining|open|outstanding)\b)\S/.test(
        t,
      )
    )
      return undefined;
    // "which ones did I check off", "which task I not do yet"
    const which = t.match(
      /^(?:(?:show|tell|give|list)\s+(?:me\s+)?)?(?:which|what)\s+(?:ones?|tasks?|things?|jobs?)\s+(?:(?:did|have|do)\s+)?(?:i|we)\s+(?:(?:have|did|do)\s+)?(?:already\s+|still\s+|actually\s+)?(not\s+|haven't\s+|didn't\s+|have not\s+)?(?:yet\s+)?(?:do|done|did|made|make|check(?:ed)? off|tick(?:ed)? off|finish(?:ed)?|complete(?:d)?|accomplish(?:ed)?|achieve(?:d)?|sorted|handled|dealt with|cleared|got done|get done)(?:\s+(?:yet|already|so far))?$/,
    );
    if (which)
      return { type: 'list', status: which[1] || /\byet\b/.test(t) ? 'pending' : 'completed' };
    // "what did I already do?", "what have we actually got done so far?": the ones done
    if (
      /^what\s+(?:did|have)\s+(?:i|we)\s+(?:already\s+|actually\s+|really\s+)*(?:do|done|did|finish(?:ed)?|get done|got done|complete(?:d)?|tick(?:ed)? off|check(?:ed)? off|cross(?:ed)? off|sort(?:ed)?|manage(?:d)?)(?:\s+(?:already|so far|yet|today|this morning|this week))*$/.test(
        t,
      )
    )
      return { type: 'list', status: 'completed' };
    // "what have I got now?", "what's on today?"
    if (/^what(?:'ve| have| do)? i (?:got|have)(?: (?:now|left|on|going on|to do))*$/.test(t))
      return { type: 'list', status: /left|to do/.test(t) ? 'pending' : 'all' };
    const topic =
      /\b(?:tasks?|list|todos?|to-?dos?|items?|things|everything|pending|completed?|done|finish|finished|left|remaining|open|outstanding|agenda|plate|stuff|schedule|to do|accomplished|achieved|ticked|checked off|got through|anything|wrapped up|knocked out|knocked off|closed|crossed off|cleared|hanging over)\b/;
    if (
      !topic.test(t) &&
      !/\b(?:must|should|need to|have to|got to|gotta) do\b|\bneeds? doing\b|\bneeds? to be done\b|\b(?:going on|got on|coming up|up next|on my plate|in the pipeline|on the agenda)\b/.test(
        t,
      ) &&
      !/^what(?:'s| is| have i got| do i have| have i| am i)\s+(?:got\s+)?(?:on|up|next|planned)\b/.test(
        t,
      )
    )
      return undefined;
    if (/^(?:what|which)\b/.test(t) && /\b(?:task|item|number|#)\s*#?\d+\b/.test(t))
      return undefined;
    if (
      /\b(?:including|incl|with|plus|and|even)\s+(?:the\s+|my\s+)?(?:completed|done|finished|ticked)\b|\bdone (?:and|or) (?:what's |what is |what )?(?:not|isn't|is not|left|pending|open)\b|\bdone or pending\b/.test(
        t,
      )
    )
      return { type: 'list', status: 'all' };
    let status: TaskStatus = 'all';
    if (
      /\b(?:to be done|to get done|hanging over|needs? (?:to be )?doing|need(?:s)? doing|still (?:need|have|got)|have to do|need to do|left to do|unfinished|incomplete)\b|(?:\bnot|n't) (?:(?:yet|been|got|gotten) )*(?:done|completed?|finished|ticked off)\b/.test(
        t,
      )
    ) {
      status = 'pending';
    } else if (
      /\b(?:completed?|done|finished|accomplished|achieved|ticked off|checked off|crossed off|got through|closed|wrapped up|knocked out|knocked off|cleared|sorted|finish(?:ed)? already|already finish(?:ed)?|i finish(?:ed)?|to finish|did i finish)\b/.test(
        t,
      )
    ) {
      status = 'completed';
    } else if (
      /\b(?:pending|left|remaining|open|outstanding|still|unchecked|to do|todo|active|upcoming|due|next|anything|plate)\b/.test(
        t,
      )
    ) {
      status = 'pending';
    }
    return { type: 'list', status };
  },
};
