// Right after adding or changing a task, a message made only of details sets them on it: "due
// in 4 days", "for the 14th at 9am", "and give it low priority", "tag it work", "every Friday",
// "it's urgent" — and puts them right: "no wait, Tuesday", "actually 7", "sorry, I meant p3".
import { parseQuickAdd } from '../../../../time/quick-add.ts';
import { parseRef } from '../references.ts';
import { REASON, stripFiller, withoutAside } from '../normalize.ts';
import { DAY_SPAN, looksLikeWhen, onlyDetails, partOfDay } from '../time-words.ts';
import { alt, DETAIL_COLOUR_WORDS, escapeRegExp, PLACE_VERBS } from '../vocabulary.ts';
import type { DayPart, DialogueView, Intent, Rule, TaskRef } from '../types.ts';

type Cleared = 'date' | 'time' | 'priority' | 'repeat' | 'labels';
/** "no", "remove the", "drop its", "take off the": what clears a field. */
const OFF = String.raw`(?:no|without(?: a| the)?|(?:remove|clear|drop|lose|take off|get rid of|forget)(?: (?:the|its|that))?)`;
/** "no tag needed", "no time necessary": the same as "no tag". */
const NEEDED = String.raw`(?:\s+(?:needed|necessary|required|at all|either|too|as well))?`;
/** "take the date off", "take its labels off": the same, said around the field. */
const OFF_AFTER = (field: string) =>
  String.raw`|\b(?:take|get)\s+(?:the|its|that)\s+${field}\s+off\b`;
const CLEARS: [Cleared, RegExp][] = [
  ['time', new RegExp(String.raw`\b${OFF}\s+time${NEEDED}\b${OFF_AFTER('time')}`, 'i')],
  [
    'date',
    new RegExp(
      String.raw`\b${OFF}\s+(?:due\s+)?(?:date|deadline)(?:\s+(?:needed|again|after all|either|too|as well))?\b${OFF_AFTER('(?:due\\s+)?(?:date|deadline)')}|(?:\b(?:it|that|this)\s+)?\b(?:doesn't|does not|don't|do not)\s+need\s+(?:a\s+|any\s+)?(?:due\s+)?(?:date|deadline)(?:\s+(?:either|too|any ?more))?\b`,
      'i',
    ),
  ],
  [
    'priority',
    new RegExp(
      String.raw`\b${OFF}\s+prio(?:rity)?${NEEDED}\b|\bnot (?:that |so )?urgent(?: any ?more)?\b${OFF_AFTER('prio(?:rity)?')}`,
      'i',
    ),
  ],
  [
    'repeat',
    new RegExp(
      String.raw`\b(?:don't|do not|doesn't need to|no need to)\s+(?:make it\s+)?repeat\b|\bstop repeating\b|\bno (?:more |longer )?repeat(?:s|ing)?\b|\bjust (?:the )?once\b|\b${OFF}\s+(?:repeats?|recurrence|repetition|repeating)\b${OFF_AFTER('(?:repeats?|recurrence)')}`,
      'i',
    ),
  ],
  [
    'labels',
    new RegExp(
      String.raw`\b${OFF}\s+(?:tags?|labels?)${NEEDED}\b${OFF_AFTER('(?:tags?|labels?)')}`,
      'i',
    ),
  ],
];

/** Words around the details that say nothing themselves. */
const LEAD =
  /^(?:(?:on second thoughts?|on reflection|come to think of it|thinking about it|sometime|some time|at some point|any ?time|whenever|no|nope|nah|naw|wait|actually|ooh+|oh+h|from now on|going forward|(?:from\s+)?next\s+time|with|honestly|frankly|seriously|tbh|to be honest|basically|sorry|oops|oh|ah|hmm+|um+|er+m?|and|but|also|plus|then|ok|okay|thanks|thank you|thx|ty|cheers|lovely|great|perfect|brilliant|nice|cool|super|awesome|wonderful|excellent|i mean|i meant|make (?:that|this) one|make that|put(?!\s+(?:it|that|them)\b)|correction|(?:(?:go|put it|set it|change it|switch it|move it)\s+)?back to|ugh|argh|omg|oh my god|gosh|fine|alright|all right|oh gosh|jeez|crikey|blimey|whoops|(?:change|move|switch|push|set)\s+(?:to|for)|(?:they|he|she|we|i|the client|the customer|the boss)\s+(?:want|wants|need|needs|would like|'d like|prefer|prefers)\s+(?:it|them|that)(?:\s+to\s+be)?|(?:they|he|she|the client|the customer|the boss)\s+(?:can|could)\s+(?:only\s+)?(?:do|make|manage)(?:\s+(?:it|that))?|they're|they are|theyre|(?:(?:it|that|this|they)\s+)?(?:needs?|wants?) (?:doing|done|to be done)|(?:(?:it|that|this)\s+)?has to be done|the same|start(?:s|ing)?(?: from| on)?|(?:(?:the|my|our|his|her)\s+)?[a-z']+\s+(?:says|said)(?:\s+(?:it's|its|it is|it has to be|it needs to be|it has to go in|it needs to go in|it must go in|it's due|it is due|it should be))?|do (?:it|that|this)(?: one)?|(?:it's |it is |is )?better|is|to|(?:let's |lets )?make (?:it|them|those|both)(?: for)?|(?:change|set|switch|update|move|make) (?:it|that|the (?:time|date|day|due date|deadline|priority|repeat)|(?:the\s+)?(?:future|later|next|upcoming|remaining|other|following) ones|the (?:next|following|upcoming) one)(?: to| for| on| at| as)?|set|set (?:it|that) (?:for|to)|move it to|(?:(?:can|could|would|will)\s+(?:you\s+)?)?(?:put|leave|keep|stick|pop|bung|shove|slot) (?:it|that)(?: down)?(?: for| on| at| as| in)?|(?:can|could|would|will|shall)\s+(?:you\s+|we\s+)?(?:put|set|make|move|do)(?: it| that)?(?: for| on| at| to)?|(?:(?:i'm|im|i am|we're|we are)\s+)?(?:fixing|going|planning|aiming|hoping|meaning) to|(?:i|we)(?:'ll|\s+will|\s+shall|\s+can|\s+am going to|'m going to|'m gonna)?\s+(?:call|ring|phone|text|email|see|meet|visit|pay|collect|pick up|do|check|send)\s+(?:him|her|them|it|that)(?:\s+(?:back|up|over|off))?|it's|it is|its|it should be|should be|that's|due|give it|give that|and give it|remind me(?: about it| about that| of it)?|for|on|at|just|please|scratch that|mark (?:it|that) as|(?:it's|it has|it)\s+(?:been\s+)?(?:moved|changed|pushed|put back)(?: to| till| until)?|(?:been\s+)?(?:moved|changed|pushed|put back)(?: to| till| until)|(?:what|how) about|nvm|never ?mind|(?:a|an)(?=\s+(?:p[1-4]|high|low|medium|top|urgent)(?:\s+prio(?:rity)?)?\s*(?:$|[,.!;]))|let's say|lets say|(?:let's|lets|let us)\s+(?:do|go with|go for|aim for|try|have (?:it|that)|put (?:it|that)|move (?:it|that)(?: to)?)(?:\s+(?:it|that))?|say|(?:that|this)(?: one)?(?:'s| is| should be| needs to be| has to be)|(?:it|they|that|this|these|those|he|she)\s+(?:needs?\s+to|has\s+to|have\s+to|must|should|ought\s+to|gotta|got\s+to)\s+(?:be\s+)?[a-z]+(?:\s+(?:out|in|off|up|back|over|through|done|sent|paid))?(?=\s+(?:by|before|on|for|at)\b)|(?:it|that|this)?\s*(?:should|needs? to|has to|must|will|ought to)(?: be)?|(?:it|that|this)?\s*(?:can|could) be|(?:the\s+)?(?:time|date|day|deadline|due date|priority)(?:'s| is| should be| will be| needs to be)|(?:the\s+|new\s+)?(?:time|deadline|due date)(?:\s*:)?(?=\s+\d)|(?:the\s+|new\s+)?(?:priority|prio|pri)(?:\s*:)?(?=\s+(?:high|low|medium)\b)|so|(?:it|that|this|they|we)?\s*(?:now\s+)?(?:starts?|begins?|ends|finishes|is happening|happens|kicks off)(?: at)?|(?:make it |have it |let it )?(?:repeat|recur|come back|come round|come around|happen)s?(?: it| that)?)\b[\s,:!—–-]*|[—–-]+\s*|\+\s*|(?:->|→|=>|>)\s*)+/i;
const TAIL =
  /(?:[\s,]*\b(?:ta|ta love|cheers|cheers love|there's lovely|mate|only|itself|on the dot|sharp|exactly|precisely|prompt|it is|it'll be|it will be|or not|can (?:or not|anot|not)|can ah|can|instead|please|pls|then|sorry|my bad|oops|thanks|thank you|thx|btw|by the way|fyi|lol|haha|tho|though|for now|specifically|now|too|as well|actually|would you|could you|can you|if you would|if you could|if you can|if (?:at all )?possible|if poss|ideally|but keep (?:it|that|the task)(?: though)?|keep (?:the|its) (?:same )?(?:time|day|date|priority|labels?|tags?|repeat)(?: as (?:it is|is))?|same time|(?:is|are|would be|will be|'d be|will do|should be) (?:fine|ok|okay|better|best|enough|grand|great|good|ideal|perfect|lovely|brill|brilliant|sound|kind|nice|handy|helpful|sensible|wise|right)|sometime|some time|at some point|(?:'s|’s) (?:better|best|fine|good|ok|okay)|works? (?:better|best)|suits? (?:them|me|us|her|him) (?:better|best)|to be (?:safe|sure)|just in case|if you don't mind|if that's ok(?:ay)?|going forward|from now on|(?:on|for) (?:that|this|it)(?: one)?|(?:on\s+)?(?:both|all|each|the two)\s+(?:days|of them|times)|(?:each|every) (?:time|day|week)|not .*|(?:instead of|rather than)\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|o'?clock)?|noon|midday|midnight|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:so\s+)?mark (?:it|that) (?:so|as such|accordingly)|so (?:repeat|label|tag) (?:it|that)))+$/i;

// Any fixed day will do: the rule only asks whether the words are all details.
const SHAPE_DAY = new Date(2026, 0, 5, 12);

/** A remark beside the details ("tenant's complaining", "no rush", "load in is at 7pm"): said
 * of something (a verb of being, a pronoun), never a bare thing ("eggs, tomorrow" adds eggs). */
const REMARK =
  /\b(?:is|are|was|were|has|have|had|will|won't|can't|isn't|aren't|wasn't|doesn't|didn't|opens|closes|starts|ends|said|says|wants|needs|gotta|got to|because|since|cos|after|before|right after|until|till)\b|^if\s+(?:i|we|you|they|he|she|it)\b|^(?:for now|specifically|i guess|i think|if that's ok|if possible)$|^(?:whenever|no rush|any time|anytime|sometime|some time)\b|^(?:(?:sorry|oops|oh|ah|argh|ugh)[,\s]+)*(?:i|we)\s+(?:made|make|did|have made|'ve made)\s+(?:a\s+|an\s+)?(?:mistake|error|typo|mess)\b|^my\s+(?:mistake|error|bad)$|^(?:just\s+)?(?:keep|leave)\s+(?:it|that)\s+(?:on\s+(?:the|my)\s+list|there|as it is|as is|open)$|\p{L}'(?:s|re|m|ve|ll|d)\b|^(?:i|he|she|they|we|it|this|that)\b|^(?:no rush|no hurry|no worries|no biggie|just in case|if you would|if you can|if possible)$/iu;
const COMMAND_START =
  /^(?:add|delete|remove|rename|call it|mark|tick|complete|finish|reopen|undo|show|list|change the (?:title|name|description|note))\b/i;
const FILLER_ONLY =
  /^(?:no|nope|nah|naw|ugh|sorry|oops|wait|ok|okay|actually|please|pls|thanks|and|hmm|oh|ah|yes|yeah|right|scratch that|my bad|oh dear|dear|dear me|oh no|oh well|well|gosh|blimey|crikey|goodness)(?:[\s,!.]+(?:no|nope|nah|naw|ugh|sorry|oops|wait|ok|okay|actually|please|pls|thanks|and|hmm|oh|ah|scratch that|my bad|dear|me|no|well))*$/i;

const DAY_NAME = /\b(mon|tue|wed|thu|fri|sat|sun)(?:s|days?|nesdays?|rsdays?|sdays?|urdays?)?\b/gi;
const DAYS = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:days?|s)?|weekends?)`;
/** The days named ("weekends": Saturday and Sunday), as RRULE days. */
const daysNamed = (words: string) =>
  [...words.replace(/\bweekends?\b/gi, 'sat sun').matchAll(DAY_NAME)].map((d) =>
    d[1]!.slice(0, 2).toUpperCase(),
  );
/** "not fridays, …", "except on Wednesdays and Fridays": days a weekly repeat goes without. */
const WITHOUT_DAYS = new RegExp(
  String.raw`^(?:(?:actually|no|oh|but|and|wait|sorry|ah)[,\s]+)*(?:not|except|apart from|but not|minus|excluding|without|no|drop|remove|take off|lose|cut|scrap)\s+(?:on\s+)?(?:the\s+)?(${DAYS}(?:\s*(?:,|and|or|&)\s*${DAYS})*)(?:\s+(?:any\s*more|now|please|actually|though))*(?:\s*(?:[,;.—–]|\s-)\s*(.*))?$`,
  'i',
);

interface Read {
  text: string;
  clear: Cleared[];
  /** The words said only details (or only cleared some). */
  parts: number;
  dayPart?: DayPart;
  pastHour?: number;
}

/** One stretch of words read as details, or undefined when something else is in it. */
/** Words around details that only colour them: "an urgent one", "early start, 6am". */
const DETAIL_COLOUR = new RegExp(`(?<=^|\\s)${alt(DETAIL_COLOUR_WORDS)}(?=\\s|$)`, 'gi');

/** "(friday.) thursday I'm off", "monday we're away": why not that day, not a date for it. */
const BUSY_THEN =
  /^(?:(?:on|but|and|cos|because|as)\s+)*(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|the\s+weekend|next\s+week|this\s+week)\s*,?\s+(?:i'm|i am|im|we're|we are|i've got|i have|i've|we've got)\s+(?:off|busy|away|out|working|booked|not\s+(?:around|free|in|here|there|available)|on\s+(?:leave|holiday|nights|lates|earlies|shift|call)|at\s+work|in\s+\S+|got\s+\S+)\b/i;

export function readDetails(said: string, dialogue: DialogueView): Read | undefined {
  // "not important", "it's not that important": the lowest priority (not a "not …" aside)
  let text = said
    // "so only monday to friday": the days it comes round on
    .replace(/^(?:(?:so|and)\s+)?(?:only|just)\s+(.+)$/i, (all, days: string) =>
      DAY_SPAN.test(days) ? `every ${days}` : all,
    )
    // "tomorrow I want it at 9 pm", "friday make it 10am": the day said first, then the request
    .replace(
      /^((?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+\w+|this\s+\w+)(?:\s+(?:morning|afternoon|evening|night))?)\s*,?\s+((?:i|we)\s+(?:want|need|would like|'d like)\s+(?:it|that|them)|(?:make|put|set|move|have|do)\s+(?:it|that|them))\s+(?=\S)/i,
      '$2 $1 ',
    )
    // "Saturday like", "sat morning la, 8ish", "in the morning obvs", "6am sharp": said around
    .replace(
      /[\s,]+\b(?:like|la|lah|na|obvs|obviously|sharp|inshallah|innit|eh|yeah)\b(?=[\s,.!]|$)/gi,
      '',
    )
    .replace(/^(?:inshallah|insha'?allah)\s+/i, '')
    // "early, like 5:45am", "late-ish, say 9pm": how early, then the time itself
    .replace(
      /^(?:(?:(?:really\s+|quite\s+|very\s+)?(?:early|late)(?:-?ish)?\s*,?\s+)(?:(?:like|say)\s*,?\s+)?|(?:like|say)\s*,?\s+)(?=\d|half\b|quarter\b|noon\b|midday\b)/i,
      '',
    )
    // "no rush, it can wait", "it can wait": the lowest priority
    .replace(
      /^(?:(?:no rush|no hurry)[,.\s]+)?(?:it|that|this)\s+can\s+wait(?:\s+(?:a bit|a while|till later|for now))?$/i,
      'low priority',
    )
    // "the deadline's friday so like, due thursday": the reason, then the details asked for
    .replace(
      /^(?:(?:ugh|and|oh|but|also|so)[,\s]+)*(?:the\s+)?(?:deadline|cut-?off|due date|hand-?in|closing date)(?:'s|’s|\s+is)\s+[^,]{1,30}?\s+so(?:\s+like)?\s*,?\s+(?=\S)/i,
      '',
    )
    // "the time should be 14:00", "it is scheduled for 11 August", "last date is the 20th"
    .replace(
      /^(?:(?:the\s+)?(?:time|date|day)\s+(?:should|will|must)\s+be|it(?:'s|\s+is)\s+(?:scheduled|planned|booked|set)\s+(?:for|on)|(?:the\s+|my\s+|our\s+)?(?:deadline|last date|due date|closing date|cut-?off|submission|hand-?in|payment date|final date)\s+(?:is|'s)|it(?:'s|\s+is)\s+for)\s+/i,
      '',
    )
    // "end of the week would do", "9:45 start", "every day at 6:30 till I say stop"
    .replace(
      /[\s,]+(?:would do|will do|works|is fine|start|kick-?off|till i say stop|until i say stop|until further notice|for the foreseeable)[.!]*$/i,
      '',
    )
    // "today after work, say 6": in the evening
    .replace(/\bafter\s+(?:work|school|dinner|tea)\b/gi, 'in the evening')
    .replace(/\bsay\s+(?=\d{1,2}(?::\d{2})?\b)/gi, 'at ')
    // "at lunchtime, 1ish": the hour said, around lunch
    .replace(
      /\b(?:at\s+)?lunch\s?time\s*,?\s*(?:say\s+|about\s+|around\s+|at\s+)?(1[12]|[12])(?::(\d{2}))?(?:ish)?\b/gi,
      (_, h: string, m?: string) => `at ${h}${m ? `:${m}` : ''}${h === '11' ? 'am' : 'pm'}`,
    )
    .replace(/\b(\d{1,2})ish\b/gi, 'about $1')
    // "give it a date, 10 days from now": in 10 days (the "now" is no aside)
    .replace(
      /(?<!\b(?:every|each|in)\s)\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)\s+(days|weeks|months)\s+from\s+(?:now|today)\b/gi,
      'in $1 $2',
    )
    // "at lunchtime tomorrow": at noon
    .replace(/\b(?:at\s+|around\s+|by\s+)?lunch\s?time\b/gi, 'at noon')
    // "pri: high", "priority = low": that priority
    .replace(
      /^(?:(?:and|also)\s+)?(?:the\s+|new\s+)?(?:priority|prio|pri)\s*[:=-]?\s*(high|low|medium|normal)$/i,
      '$1 priority',
    )
    .replace(
      /^(?:(?:and|oh|also)\s+)?(?:it's\s+|it is\s+|that's\s+|its\s+)?not (?:that |very |too |super |so |all that |really )?(?:important|urgent)(?:\s+(?:tho|though|lol|haha|really|tbh|anyway))*$/i,
      'low priority',
    )
    // ("it is not so important, put it low": never the word "important" alone; "not urgent,
    // remove the priority" says why it goes)
    .replace(
      /(?<=^|,\s*)(?:(?:and|oh|also)\s+)?(?:it's\s+|it is\s+|that's\s+|its\s+)?not\s+(?:that |very |too |super |so |all that |really )?(?:important|urgent)(?=\s*,(?!.*\b(?:remove|clear|drop|delete|take|strip|lose|no|without)\b))/i,
      'low priority',
    );
  // "drop its label and its priority": each of them cleared
  text = text.replace(
    /\b(remove|clear|drop|lose|take off|get rid of|forget)\s+(the|its)\s+([a-z]+)\s*(?:,|and|&)\s*(?:the|its)\s+(?=(?:time|date|due date|deadline|priority|prio|repeat|recurrence|labels?|tags?)\b)/gi,
    '$1 $2 $3 and $1 $2 ',
  );
  // "no time, just the date", "remove the priority", "don't make it repeat": cleared
  const clear: Cleared[] = [];
  for (const [field, re] of CLEARS) {
    const m = re.exec(text);
    if (!m) continue;
    clear.push(field);
    text = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.trim();
  }
  let rest = text
    .replace(/^[\s,]+/, '')
    // "add a 9am time to it", "put a deadline of Friday on it"
    .replace(
      /^(?:(?:and|also)\s+)?(?:add|put|give it|set)\s+(?:a|an|the)\s+(.+?)\s+(?:time|date|due date|deadline|reminder)(?:\s+(?:to|on|for)\s+(?:it|that))?$/i,
      '$1',
    )
    .replace(TAIL, '')
    .replace(LEAD, '')
    .trim();
  rest = rest
    .replace(/^(?:[,\s]|but\b|and\b|just\b|only\b|(?:the\s+)?date\b)+|[,\s]+$/gi, '')
    // "p1 and set 11pm": one more detail, said as its own change
    .replace(
      /(?:\s*,\s*|\s+)and\s+(?:also\s+)?(?:set|make|put|give|change|keep|leave|flag|mark)\s+(?:(?:it|that|the (?:time|date|due date|priority))\s+)?(?:(?:to|for|at|as)\s+)?(?=\S)/gi,
      ' ',
    )
    .trim();
  // "actually 7pm", "no wait, 3:30", "move it to 8": a time (a bare number may be a count or a
  // task number, unless a date or time is what was just set: "make it 6 instead")
  // ("make it 11 instead of 10": an hour for an hour, whatever was said before)
  const forAnHour =
    /\b(?:instead of|rather than|not)\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|o'?clock)?$/i.test(
      said,
    );
  // ("what priority should it have?" … "2": the level asked for, prioritize.ts)
  if (dialogue.askedAbout === 'priority' && /^[1-4]$/.test(rest)) return undefined;
  // ("no wait 1945", right after a time was set: the 24-hour clock)
  if (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(rest) && dialogue.lastTimed) rest = `at ${rest}`;
  // ("at 6 this evening", "at 1400": the "at" that made the number a time, given back)
  if (/^\d/.test(rest) && new RegExp(String.raw`\bat\s+${escapeRegExp(rest)}`, 'i').test(said))
    rest = `at ${rest}`;
  else if (/^\d{1,2}(?::\d{2}|\s*(?:am|pm))$/i.test(rest)) rest = `at ${rest}`;
  // ("it's 10.20 now": a time with a dot)
  else if (/^\d{1,2}\.[0-5]\d$/.test(rest)) rest = `at ${rest.replace('.', ':')}`;
  else if (
    /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(rest) &&
    (/^\D/.test(rest) || Number(rest) <= 12 || (forAnHour && Number(rest) <= 23)) &&
    ((dialogue.lastShift === undefined && dialogue.lastIn === undefined) || forAnHour)
  )
    // ("move it to 8", "at 8"; "make that 3" after "buy 2 loaves" is the count)
    rest =
      dialogue.lastTimed ||
      forAnHour ||
      /\b(?:(?:move|push|change|put|set)\s+(?:it|that)\s+to|at)\s+\S+$/i.test(said)
        ? `at ${rest}`
        : rest;
  // "no, twenty to three": a time said the long way
  if (
    /^(?:half|quarter|five|ten|twenty|twenty-five|\d{1,2})\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(
      rest,
    )
  )
    rest = `at ${rest}`;
  // "make it half past instead": that many minutes past the hour it has
  const minutes = /^(half|quarter|ten|twenty|five)\s+(past|to)(?:\s+the\s+hour)?$/i.exec(rest);
  if (minutes && dialogue.lastTimed) {
    const n = ({ half: 30, quarter: 15, ten: 10, twenty: 20, five: 5 } as Record<string, number>)[
      minutes[1]!.toLowerCase()
    ]!;
    return { text: '', clear, parts: 1, pastHour: /past/i.test(minutes[2]!) ? n : -n };
  }
  // "no, the morning", "in the evening": the same hour, in that half of the day
  const half =
    /^(?:(?:in|for)\s+)?(?:the\s+)?(morning|afternoon|evening|night|pm|am|p\.m\.|a\.m\.)$/i.exec(
      rest,
    );
  if (half && dialogue.lastTimed)
    return { text: '', clear, parts: 1, dayPart: partOfDay(half[1]!) };
  // "in the evening, tomorrow", "Friday, in the morning": a day, and that half of it
  const halfAnd =
    /^(?:(?:in|for)\s+)?(?:the\s+)?(morning|afternoon|evening|night)\s*,?\s+(?!at\b|about\b|around\b|\d)(.+)$|^(.+?)\s*,?\s+(?:in|for)\s+the\s+(morning|afternoon|evening|night)$/i.exec(
      rest,
    );
  if (halfAnd && dialogue.lastTimed) {
    const day = readDetails(halfAnd[2] ?? halfAnd[3]!, { ...dialogue, lastTimed: false });
    // (not a time: "one o'clock in the afternoon" is that time)
    if (
      day?.text &&
      parseQuickAdd(day.text, { now: SHAPE_DAY, detailsOnly: true }).dueTime === null
    )
      return {
        ...day,
        parts: day.parts + 1,
        dayPart: partOfDay(halfAnd[1] ?? halfAnd[4]!),
      };
  }
  // ("make that two weeks" after "push it back a week": that much in place of it, schedule.ts)
  if (
    dialogue.lastShift !== undefined &&
    /^(?:by\s+|for\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|fortnights?)$/i.test(
      rest,
    )
  )
    return undefined;
  // "no actually 2 weeks": from today, as the date first said ("in 3 weeks") was
  if (
    dialogue.lastShift === undefined &&
    /^(?:\d+|a|one|two|three|four|five|six)\s+(?:days?|weeks?|months?)$/i.test(rest)
  )
    rest = `in ${rest}`;
  // "make it the last thursday" (of the month, each month): a repeat by the day's place
  rest = rest.replace(
    /^(?:the\s+)?(first|second|third|fourth|last)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)s?(?:\s+of\s+(?:the|each|every)\s+month)?$/i,
    'the $1 $2 of every month',
  );
  // "(give it) a date - the 1st", "a date of the 31st of December": that date
  rest = rest.replace(
    /^(?:a|the)\s+(?:due\s+)?(?:date|deadline|time)\s*(?:[-:,]\s*|of\s+|\s+)(?=\S)/i,
    '',
  );
  // "put it in the home list", "file it under admin": that label
  rest = rest.replace(
    /^(?:put|file|move|stick|pop|add)\s+(?:it|that|this)\s+(?:in|under|on|into|to)\s+(?:the\s+|my\s+)?#?(\p{L}[\p{L}\p{N}_-]*)(?:\s+(?:list|pile|folder|category|section|label|tag|bucket))?$/iu,
    '#$1',
  );
  // (the same, its "put it in" already read as said around the details)
  if (/^(?:put|file|move|stick|pop)\s+(?:it|that|this)\s+(?:in|under|on|into)\b/i.test(said))
    rest = rest.replace(
      /^(?:the\s+|my\s+)?#?(\p{L}[\p{L}\p{N}_-]*)\s+(?:list|pile|folder|category|section|label|tag|bucket)$/iu,
      '#$1',
    );
  // "tag it work", "label it errands": a label said without "#"
  rest = rest.replace(/^(?:tag|label)\s+(?:it|that)\s+(?:as\s+|with\s+)?#?(?=\p{L})/iu, '#');
  // "(give it) the admin label": that label
  // (not "the tag": no label named)
  rest = rest.replace(
    /^(?:the\s+|a\s+)?#?(?!(?:the|a|an|its|my|that|this|same|new|other)\s)(\p{L}[\p{L}\p{N}_-]*)\s+(?:label|tag)$/iu,
    '#$1',
  );
  // "the labels garden and home", "tags: work, urgent": each one a label
  rest = rest.replace(
    // (not "the labels one": the task about labels)
    /^(?:the\s+)?(?:labels?|tags?)\s*:?\s+(?!(?:one|ones|task|tasks|job|item)\s*$)((?:#?\p{L}[\p{L}\d_-]*(?:\s*(?:,|and|&)\s*|\s*$))+)$/iu,
    (_, words: string) =>
      words
        .split(/\s*(?:,|\band\b|&)\s*/i)
        .filter(Boolean)
        // ("tag car, p2": the priority said in the same breath is a priority)
        .map((w) => (/^p[1-4]$/i.test(w) ? w : `#${w.replace(/^#/, '')}`))
        .join(' '),
  );
  // "by 3pm": at that time
  rest = rest.replace(
    /\bby\s+(?=(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midday|midnight)\b)/gi,
    'at ',
  );
  // (", same time": the time it had)
  rest = rest.replace(/[\s,]+same time$/i, '').replace(/^only\s+/i, '');
  // "it must be done before the end of the month": by then
  rest = rest.replace(/^(?:be\s+)?done\s+(?:by|before)\s+/i, 'by ');
  // "due the end of the month": by then
  rest = rest.replace(
    /^(?:the\s+)?end\s+of\s+(?=(?:the|this|next)\s+(?:month|week)\b)/i,
    'by the end of ',
  );
  // "registration closes in 5 days", "the sale ends friday": when that is
  rest = rest.replace(
    /^(?:the\s+)?(?![a-z'-]+\s+(?:one|task|item)\s)[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:closes|opens|ends|starts|begins|expires|finishes|runs out)\s+(?=\S)/i,
    '',
  );
  // "a low priority thing", "it's a work thing, label it", "just make it a normal task": a
  // priority, or a label, said as the kind of thing it is
  rest = rest
    .replace(
      /^an?\s+((?:high|low|medium|top|normal)\s+prio(?:rity)?)\s+(?:thing|task|one|job|item)$/i,
      '$1',
    )
    // "a weekly thing": that often
    .replace(
      /^an?\s+(daily|weekly|fortnightly|monthly|yearly|nightly)\s+(?:thing|task|one|job|item|habit|routine|event)$/i,
      '$1',
    )
    .replace(
      /^an?\s+(\p{L}[\p{L}\p{N}_-]*)\s+(?:thing|one|job|task)\s*,?\s*(?:so\s+)?(?:label|tag)\s+(?:it|that)(?:\s+(?:as\s+)?(?:that|so|accordingly|as such))?$/iu,
      '#$1',
    )
    .replace(/^(?:just\s+)?(?:an?\s+)?(?:normal|regular|ordinary)\s+(?:task|one|thing)[\s,]*$/i, '')
    // "high priority and add the label admin": one more detail, said as its own change
    .replace(
      /(?:\s*,\s*|\s+)and\s+(?:also\s+)?(?:add|put|give it|stick|use)\s+(?:the\s+|a\s+)?(?:labels?|tags?)\s+#?(?=\p{L})/giu,
      ' #',
    )
    // "pop a family label on it": that label
    .replace(
      new RegExp(
        String.raw`^(?:(?:could|can|would)\s+you\s+)?(?:${alt([...PLACE_VERBS, 'add', 'give it'])})\s+(?:a|an|the)\s+#?(\p{L}[\p{L}\p{N}_-]*)\s+(?:label|tag)(?:\s+on\s+(?:it|that|there))?$`,
        'iu',
      ),
      '#$1',
    );
  if (!rest && clear.length > 0) return { text: '', clear, parts: 0 };
  // "make that one a high priority": the priority
  rest = rest.replace(/^an?\s+(?=(?:high|low|medium|top|normal)\s+prio)/i, '');
  // "3pm*": the star that marks a correction
  rest = rest.replace(/^\*+\s*|\s*\*+$/g, '');
  // "it's moved to Wednesdays", "Mondays and Thursdays": every one of them
  rest = rest.replace(/^(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)s$/i, 'every $1');
  rest = rest.replace(
    /^(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)days(?:\s*(?:,|and|&)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days)+)$/i,
    (_, days: string) => `every ${days.replace(/days\b/gi, 'day')}`,
  );
  // "very urgent one", "an urgent one": the priority, however strongly said
  rest = rest.replace(
    /(?<=^|\s)(?:an?\s+)?(?:(?:very|really|super|extremely|quite|most|top)\s+)*(?=(?:urgent|important|high|low)\b)/gi,
    '',
  );
  // "it's pretty urgent", "fairly urgent": urgent ("fairly important" is no more than that)
  rest = rest.replace(
    /(?<=^|\s)(?:pretty|kinda|kind of|fairly|rather|a bit|proper)\s+(?=urgent\b)/gi,
    '',
  );
  // "important", "very important": the top priority
  rest = rest
    .replace(/^(?:very\s+|really\s+|super\s+)?important$/i, 'p1')
    // "make it medium", "high": a priority said without the word
    .replace(/^(high|top|medium|normal|mid|low)$/i, '$1 priority');
  if (!rest) return clear.length > 0 ? { text: '', clear, parts: 0 } : undefined;
  // ("an hour later", "30 minutes earlier", and after a date "2 days later": a move from its own
  // time or date, schedule.ts)
  // ("half an hour later, 8pm": the time said is the one it is now)
  rest = rest.replace(
    /^(?:(?:half\s+an|an?|one|two|three|\d+)\s+(?:hours?|minutes?|mins?)\s+(?:later|earlier)|later|earlier)\s*[,;:—–-]\s*(?=(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*$)/i,
    '',
  );
  if (/\b(?:hours?|minutes?|mins?)\b.*\b(?:later|earlier|back|forward)\b/i.test(rest))
    return undefined;
  if (
    dialogue.lastTimed &&
    /\b(?:days?|weeks?|fortnight)\s+(?:later|after|on|earlier|before|sooner)$/i.test(rest)
  )
    return undefined;
  // "around the 10th", "roughly next Friday": that day (a date is a day, however sure)
  rest = rest.replace(
    /^(?:(?:some\s?time\s+)?(?:around|about|roughly|approximately|approx\.?|circa)|sometime)\s+(?=the\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\b|this\b|tomorrow\b|mid\b|end\b|the\s+(?:end|middle|start|beginning)\b)/i,
    '',
  );
  // "5 in the morning that day", "at 9, same day": on the day it has ("every month on that
  // day" is a repeat on its day of the month)
  if (!/\b(?:every|each|monthly|weekly|yearly|annually)\b/i.test(rest))
    rest = rest.replace(/\s*,?\s+(?:on\s+)?(?:that|the same|same)\s+day$/i, '');
  // "evenings, 8", "in the morning, 7": that hour, in that part of the day
  rest = rest.replace(
    /^(?:(?:in|for)\s+the\s+)?(morning|afternoon|evening|night)s?\s*,?\s+(?:at\s+|about\s+|around\s+)?(\d{1,2}(?:[:.]\d{2})?)(?:\s*o'?clock)?$/i,
    'at $2 in the $1',
  );
  // "mornings, 10 o'clock": that part of the day (not "Saturday mornings", a repeat)
  rest = rest.replace(
    /(?<!\b(?:every|each|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)\b(morning|afternoon|evening|night)s\b/gi,
    '$1',
  );
  const read = parseQuickAdd(rest, { now: SHAPE_DAY, detailsOnly: true });
  // ("urgent and due today", "#garden and make it p3": the small words between details)
  // ("urgent one", "early start, 6am", "half nine start still": words that only colour them)
  const left = read.title
    .replace(/\b(?:and|also|plus|then|make it|make that|but|with|it|too)\b|[,&]/gi, ' ')
    .replace(DETAIL_COLOUR, ' ')
    .trim();
  if (left !== '' || read.parts.length === 0) return undefined;
  return { text: rest, clear, parts: read.parts.length };
}

/** The fields a "remove … from it" names, or nothing when something else is named. */
function fieldsTakenOff(s: string): Intent | Intent[] | undefined {
  const m =
    /^(?:(?:please|pls|can you|could you|and|also|then)\s+)*(?:remove|take|clear|drop|delete|get rid of|strip)\s+(.+?)\s+(?:from|off(?:\s+of)?)\s+([^,;]+?)(?:\s+(?:please|pls|too|as well))?(?:\s*[,;].*)?$/i.exec(
      s,
    );
  if (!m) return undefined;
  const clear = new Set<Cleared>();
  const labels: string[] = [];
  for (const piece of m[1]!.split(/\s*(?:,|\band\b|&)\s*/i)) {
    const field = piece.replace(/^(?:the|its|their|any)\s+/i, '').trim();
    const label = /^#?([\p{L}\p{N}_-]+)\s+(?:tag|label)$|^#([\p{L}\p{N}_-]+)$/iu.exec(field);
    if (/^(?:due\s+)?(?:date|deadline|day)$/i.test(field)) clear.add('date');
    else if (/^time$/i.test(field)) clear.add('time');
    else if (/^prio(?:rity)?$/i.test(field)) clear.add('priority');
    else if (/^(?:repeat|recurrence|repetition)$/i.test(field)) clear.add('repeat');
    else if (/^(?:tags?|labels?)$/i.test(field)) clear.add('labels');
    else if (label) labels.push((label[1] ?? label[2])!.toLowerCase());
    else return undefined;
  }
  // (one field alone, "take the date off X", other rules read as they always have)
  if (clear.size + labels.length < 2) return undefined;
  const ref: TaskRef = /^(?:it|that|this|them|that one|this one)$/i.test(m[2]!.trim())
    ? { kind: 'focus' }
    : parseRef(m[2]!);
  const read: Intent[] = [
    ...(clear.size > 0 ? [{ type: 'details', ref, text: '', clear: [...clear] } as Intent] : []),
    ...(labels.length > 0 ? [{ type: 'tag', ref, add: [], remove: labels } as Intent] : []),
  ];
  return read.length === 1 ? read[0] : read;
}

const PLACE =
  /^(?:(?:and|ok|okay|oh|oops)[,\s]+)?(?:the\s+)?(first|second|third|last)\s+one(?:'s|\s+is|\s+should be|\s+needs to be|\s*[:,-])?\s+/i;
const PLACES: Record<string, number> = { first: 1, second: 2, third: 3, last: -1 };

export const details: Rule = {
  name: 'details',
  specificity: 87,
  extract: (s, { dialogue, question, sentence }): Intent | Intent[] | undefined => {
    // ("todo: label the patch panel": a new task, add-list.ts)
    if (/^(?:todo|to-do|tasks?|new tasks?|reminder)\s*[:/]/i.test(s)) return undefined;
    // ("bring it forward an hour" … "only half an hour": how far, schedule.ts)
    if (
      dialogue.lastShiftMinutes &&
      /^(?:(?:just|only|make it|make that|by)\s+)*(?:half an hour|an hour|one hour|(?:a\s+)?quarter of an hour|\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?)|(?:five|ten|fifteen|twenty|thirty|forty|forty-five|two|three)\s+(?:minutes?|mins?|hours?))(?:\s+(?:instead|then|please|earlier|later|sooner))*$/i.test(
        s,
      )
    )
      return undefined;
    // "remove the bills tag and the date from it", "take the priority and the time off the
    // dentist": those fields taken off, never the task deleted
    const fieldsOff = fieldsTakenOff(s);
    if (fieldsOff && !question) return fieldsOff;
    // "add Thursdays to the cold room stock rotation": one more day of that task's repeat
    const addDayTo = new RegExp(
      String.raw`^(?:and\s+)?(?:(?:ok|okay|right|so)[,\s]+)?(?:also\s+)?(?:add|include|put)\s+(?:on\s+)?(${DAYS}(?:\s*(?:,|and|&)\s*${DAYS})*)\s+(?:to|into|onto|in)\s+(.+?)(?:\s+(?:too|as well|please|then))*$`,
      'i',
    ).exec(s);
    if (addDayTo && !/\b(?:list|tasks?\s+list|to-?dos?)$/i.test(addDayTo[2]!))
      return {
        type: 'details',
        // ("ok, add Saturday to it then": the task talked about)
        ref: /^(?:it|that|this|them)$/i.test(addDayTo[2]!)
          ? { kind: 'focus' }
          : parseRef(addDayTo[2]!),
        text: addDayTo[1]!.replace(/\s*(?:,|&)\s*/g, ' and '),
        also: true,
      };
    // ("which tasks don't have a priority?": asked of the list, agenda.ts; nothing to change)
    if (
      /^(?:which|what|who|how many|any|anything|are there|is there)\b/i.test(s) &&
      /\b(?:tasks?|ones?|things?|jobs?|items?|don't|doesn't|do not|does not|haven't|hasn't|have|has|got)\b/i.test(
        s,
      )
    )
      return undefined;
    // "take the priority off the lift pass" … "and the admin tag too": that label off as well
    const labelAlsoOff =
      dialogue.lastCleared &&
      /^(?:(?:and|also|plus)\s+)*(?:the|its)\s+#?(?!(?:due|date|time|priority|repeat)\b)([\p{L}][\p{L}\p{N}_-]{0,39})\s+(?:tag|label)(?:\s+(?:too|as well|also|please))*$/iu.exec(
        s,
      );
    if (labelAlsoOff)
      return {
        type: 'tag',
        ref: { kind: 'focus' },
        add: [],
        remove: [labelAlsoOff[1]!.toLowerCase()],
      };
    // "remove the priority from X" … "and the tag too": that taken off as well
    const alsoOff =
      dialogue.lastCleared &&
      /^(?:(?:and|also|plus)\s+)+(?:the|its)\s+((?:due\s+)?date|deadline|time|priority|tags?|labels?|repeat)(?:\s+(?:too|as well|also|please))*$/i.exec(
        s,
      );
    if (alsoOff) {
      const field = alsoOff[1]!.toLowerCase();
      return {
        type: 'details',
        ref: { kind: 'focus' },
        text: '',
        clear: [
          /date|deadline/.test(field)
            ? 'date'
            : /tag|label/.test(field)
              ? 'labels'
              : (field as 'time' | 'priority' | 'repeat'),
        ],
      };
    }
    // ("push the house move" … "a day": how far, asked; schedule.ts moves it that far)
    if (
      dialogue.askedHowFar &&
      /^(?:(?:ok(?:ay)?|hmm+|um+|just|only|about|maybe)[,\s]+)*(?:by\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|(?:a\s+)?couple(?:\s+of)?|a few)\s+(?:days?|weeks?|fortnight|months?)\b/i.test(
        s,
      )
    )
      return undefined;
    // "check trail cams on thursdays too", "coach the u12s - add sundays as well": one more day
    // for the repeat of the task named
    const namedDay = new RegExp(
      String.raw`^(?!(?:and|also|add|it|that|this|oh|ah|ok|okay|yes|yeah|yep|no|sorry|actually|wait|hmm+|um+|oops|right|so|then|plus)\b)(.+?)\s*(?:[-–—:,]\s*|\s)(?:add\s+|and\s+|plus\s+)?(?:on\s+)?(${DAYS}(?:\s*(?:,|and|&)\s*${DAYS})*)\s+(?:too|as well|also)$`,
      'i',
    ).exec((sentence || s).replace(/[.!]+$/, ''));
    if (namedDay && !question && !onlyDetails(namedDay[1]!))
      return { type: 'details', ref: parseRef(namedDay[1]!), text: namedDay[2]!, also: true };
    // "Pollard VAT — make it p1", "the MOT: make it urgent": a task named, then its details
    const named =
      /^(.+?)\s*(?:\s[-–—]\s|:)\s*(?:(?:please|pls)\s+)?(?:(?:make|set|mark)\s+(?:it|that)\s+(?:as\s+)?)(.+)$/i.exec(
        s,
      );
    if (
      named &&
      !/^(?:it|that|this|and|also|then|actually|no|sorry)\b/i.test(named[1]!) &&
      !onlyDetails(named[1]!) &&
      onlyDetails(named[2]!)
    )
      return { type: 'details', ref: parseRef(named[1]!), text: named[2]! };
    // "unschedule the shed", "undate it": no date any more
    const unschedule =
      /^(?:(?:please|pls|can you|could you|just)\s+)*(?:unschedule|undate|de-?schedule)\s+(.+?)(?:\s+(?:please|pls|for now|for me))*$/i.exec(
        s,
      );
    if (unschedule && !question)
      return {
        type: 'details',
        ref: /^(?:it|that|this|them)$/i.test(unschedule[1]!)
          ? { kind: 'focus' }
          : parseRef(unschedule[1]!),
        text: '',
        clear: ['date'],
      };
    // "the training ride, can it be saturday instead?", "the vet one, could we do it at 4?": a
    // task named, then its new details asked for politely
    const namedAsk =
      /^(.+?)\s*,\s*(?:(?:can|could|would|will)\s+(?:it|we|you|that)\s+(?:be|do it|move it|make it|have it|put it|go)(?:\s+(?:on|for|at|to))?|(?:make|move|put|set|change|switch)\s+(?:it|that)(?:\s+(?:to|on|for|at))?)\s+(.+?)(?:\s+(?:instead|then|please))?[?.!]*$/i.exec(
        sentence || s,
      );
    if (
      namedAsk &&
      !/^(?:it|that|this|they|he|she|i|we|you|and|so|ok|okay|no|nope|nah|yes|yeah|sorry|actually|oh|ah|wait|hang on|hold on|right|well|hmm+|um+|er+|then|also|plus|but|please|pls|just|add|create|new|remind|note|put|set|schedule|jot|pop|except|not|apart|other than|on reflection|on second thoughts?|thinking about it|come to think of it|in that case|if so|then again|ugh|urgh|argh|bah|damn|dang|darn|blast|typical|gosh|jeez|blimey|crikey|meh|welp|bruh|omg|oops|ops|whoops|duw)\b/i.test(
        namedAsk[1]!,
      ) &&
      // ("his train's late, make it 9": why, before the change to the task talked about)
      // ("client wants it sooner, move it 2 days earlier": someone's wish, then the change)
      !/['’](?:s|re|ve|ll|d)\b|\b(?:is|are|was|were|has|have|had|will|can|can't|won't|isn't|aren't|wasn't|got|gone|wants?|needs?|said|says|asked|asks|thinks|reckons|called|rang|phoned|prefers?)\b|\s(?:it|them)\b/i.test(
        namedAsk[1]!,
      ) &&
      !onlyDetails(namedAsk[1]!) &&
      onlyDetails(namedAsk[2]!)
    )
      return { type: 'details', ref: parseRef(namedAsk[1]!), text: namedAsk[2]! };
    // "push both mowing jobs back 2 days" … "and the front one at 6pm": that one, those details
    const andThat =
      /^(?:(?:and|also|plus|but)\s+)?((?:the|my)\s+.+?\s+(?:one|task|job)|task\s*#?\d+|#\d+)\s*,?\s+(.+?)(?:\s+(?:too|as well|please))?$/i.exec(
        s,
      );
    if (andThat && onlyDetails(andThat[2]!))
      return { type: 'details', ref: parseRef(andThat[1]!), text: andThat[2]! };
    // "make both high priority", "give them all a Friday deadline": the ones just talked about
    const group =
      /^(?:(?:and|ok|okay|so|now)[,\s]+)?(?:make|set|mark|put|tag|label)\s+(both(?:\s+of\s+them)?|them\s+(?:both|all)|all\s+of\s+them|all\s+(?:two|three|four|2|3|4)(?:\s+of\s+them)?|those(?:\s+two|\s+three)?)\s+(?:as\s+|for\s+|to\s+)?(.+)$/i.exec(
        s,
      );
    if (group && onlyDetails(group[2]!))
      return { type: 'details', ref: parseRef(group[1]!), text: group[2]! };
    // "put a 9am time on the bank call", "give the essay a deadline of Friday"
    const fieldOn =
      /^(?:add|put|give|set|stick|pop|slap)\s+(?:a|an|the)\s+(?<when>.+?)\s+(?:time|date|due date|deadline|start time)\s+(?:on|to|for)\s+(?!(?:it|that|this|them)$)(?<task>.+)$/i.exec(
        s,
      ) ??
      /^give\s+(?!(?:it|that|this|them)\s)(?<task>.+?)\s+(?:a|an)\s+(?:time|date|due date|deadline)\s+(?:of\s+)?(?<when>.+)$/i.exec(
        s,
      );
    const { when, task } = fieldOn?.groups ?? {};
    if (when && task && onlyDetails(when))
      return { type: 'details', ref: parseRef(task), text: when };
    // "the Scalpay run's no repeating anymore, it's just the once now": its repeat cleared
    const noRepeat =
      /^((?:the|my|our)\s+.+?)(?:'s|’s|\s+is|\s+are|\s+isn't|\s+aren't)\s+(?:no|not)\s+(?:longer\s+)?(?:repeating|recurring|a repeat|regular)\b/i.exec(
        s,
      );
    if (noRepeat)
      return { type: 'details', ref: parseRef(noRepeat[1]!), text: '', clear: ['repeat'] };
    // "bottling the mead doesn't need a date or a repeat any more": those fields cleared
    const needsNo =
      /^(?!(?:it|that|this|they|i|we|you)\b)(.+?)\s+(?:doesn't|does not|don't|do not|no longer|won't|will not)\s+(?:need|needs|have|has)\s+(?:a\s+|an\s+|any\s+)?(?:fixed\s+|set\s+|specific\s+|proper\s+)?((?:(?:due\s+)?date|deadline|time|repeat|priority|labels?|tags?)(?:\s*(?:,|or|and|nor)\s*(?:a\s+|an\s+|any\s+)?(?:(?:due\s+)?date|deadline|time|repeat|priority|labels?|tags?))*)(?:\s+(?:any\s*more|any\s+longer|now|either))*$/i.exec(
        s,
      );
    if (needsNo && !/^(?:(?:due\s+)?date|deadline)$/i.test(needsNo[2]!.trim()))
      return {
        type: 'details',
        ref: parseRef(needsNo[1]!),
        text: '',
        clear: [
          ...new Set(
            [...needsNo[2]!.matchAll(/date|deadline|time|repeat|priority|label|tag/gi)].map(
              (m): 'date' | 'time' | 'repeat' | 'priority' | 'labels' =>
                /date|deadline/i.test(m[0])
                  ? 'date'
                  : /label|tag/i.test(m[0])
                    ? 'labels'
                    : (m[0].toLowerCase() as 'time' | 'repeat' | 'priority'),
            ),
          ),
        ],
      };
    // "make the lamb pickup 10 instead of 8": a time for the one it had
    const hourFor =
      /^(?:make|move|change|switch|put|push)\s+((?:the|my)\s+.+?)\s+(?:to\s+)?(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\s+(?:instead of|not|rather than)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?$/i.exec(
        s,
      );
    if (hourFor) return { type: 'schedule', ref: parseRef(hourFor[1]!), when: `at ${hourFor[2]}` };
    // "stick a time on the Osei review, ten past four": the time after the task
    const timeAfter =
      /^(?:add|put|give|set|stick|pop)\s+(?:a|the)\s+(?:time|date|deadline|due date)\s+(?:on|to|for)\s+(.+?)\s*(?:[,;–—-]+|(?<!\d):(?!\d))\s*(.+)$/i.exec(
        s,
      );
    if (timeAfter && onlyDetails(`at ${timeAfter[2]}`))
      return {
        type: 'details',
        ref: parseRef(timeAfter[1]!),
        text: /^\d|^(?:half|quarter|ten|twenty|five)\b/i.test(timeAfter[2]!)
          ? `at ${timeAfter[2]}`
          : timeAfter[2]!,
      };
    // "make the reading log a daily thing": how often it comes round
    const habit =
      /^(?:make|have|turn)\s+(?!(?:it|that|this|them)\s)(.+?)\s+(?:into\s+)?(?:a|an)\s+(daily|weekly|fortnightly|monthly|yearly|annual|nightly|every ?day|every ?week|every ?month)\s+(?:thing|task|job|one|event|habit|routine)$/i.exec(
        s,
      );
    if (habit)
      return {
        type: 'details',
        ref: parseRef(habit[1]!),
        text: habit[2]!.replace(/^annual$/i, 'yearly'),
      };
    // "task 3 - low prio", "the Brahms one: p1": a task named by number or as "the … one", then
    // details
    const numbered = /^(.+?)\s*(?:\s[-–—]+\s|:|,)\s*(.+)$/.exec(s);
    if (
      numbered &&
      /^(?:task\s*#?\d+|#\d+|(?:the|my)\s+.+\s+one)$/i.test(numbered[1]!.trim()) &&
      onlyDetails(numbered[2]!)
    )
      return { type: 'details', ref: parseRef(numbered[1]!), text: numbered[2]! };
    // "make the gloves order tomorrow and urgent": a task named, then details of two kinds
    const makeNamed = /^(?:make|set|mark|put)\s+((?:the|my|our)\s+.+)$/i.exec(s);
    if (makeNamed) {
      const words = makeNamed[1]!.split(/\s+/);
      for (let k = 2; k < words.length - 2; k++) {
        const what = words.slice(0, k).join(' ');
        const how = words.slice(k).join(' ');
        if (/\sand\s/i.test(how) && onlyDetails(how) && !onlyDetails(what))
          return { type: 'details', ref: parseRef(what), text: how };
      }
    }
    // "stand-up notes don't need doing on fridays anymore": those days off its repeat
    const daysOff =
      /^(?!(?:it|that|this|i|we)\b)(.+?)\s+(?:don't|doesn't|do not|does not|no longer|won't)\s+(?:need|needs)\s+(?:doing|to be done|to happen|done)\s+on\s+((?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s*(?:,|and|or|&)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*)(?:\s+(?:any\s*more|now))?$/i.exec(
        s,
      );
    if (daysOff)
      return {
        type: 'details',
        ref: parseRef(daysOff[1]!),
        text: '',
        without: daysNamed(daysOff[2]!),
      };
    // "controlled drugs audit: remove the label", "tax return - clear date": a field cleared
    const namedClear = /^(.+?)\s*(?:\s[-–—]\s|:)\s*(.+)$/.exec(s);
    const cleared = namedClear && CLEARS.filter(([, re]) => re.test(namedClear[2]!));
    if (
      namedClear &&
      cleared &&
      cleared.length > 0 &&
      !/^(?:it|that|this|and|also|then|actually|no|sorry|ok|okay)\b/i.test(namedClear[1]!) &&
      // ("we missed the window - clear the due date": why, before the request)
      !/^(?:we|i|they|he|she|you)\s+\S/i.test(namedClear[1]!) &&
      !onlyDetails(namedClear[1]!)
    ) {
      const rest = readDetails(namedClear[2]!, {
        ...dialogue,
        lastAction: 'update',
        lastTimed: true,
      });
      // ("sort the jars: remove the priority and the club label": that label off too)
      const labelOff = rest && /^#([\p{L}\p{N}_-]+)$/u.exec(rest.text.trim());
      if (rest && labelOff)
        return [
          { type: 'details', ref: parseRef(namedClear[1]!), text: '', clear: rest.clear },
          { type: 'tag', ref: parseRef(namedClear[1]!), add: [], remove: [labelOff[1]!] },
        ];
      if (rest)
        return {
          type: 'details',
          ref: parseRef(namedClear[1]!),
          text: rest.text,
          clear: rest.clear,
        };
    }
    // (after "when is the dentist?", "it's been moved to 14:00" is about it)
    const asked =
      dialogue.lastAsked === 'when' ||
      // ("make it repeat every monday" … "undo that" … "make it every tuesday instead")
      (!!dialogue.undone &&
        dialogue.undone !== 'add' &&
        /^(?:(?:ok|okay|so|then|right|actually|and)[,\s]+)*(?:please\s+)?(?:make|set|change|give|move|put)\s+(?:it|that|this)\b/i.test(
          s,
        )) ||
      // ("how urgent did I make it?" … "make it high, they're late": said of it outright)
      (['status', 'show', 'note', 'find', 'list'].includes(dialogue.lastAsked ?? '') &&
        /^(?:(?:ok|okay|so|then|right|well|hmm|oh|and)[,\s]+)*(?:please\s+)?(?:make|set|mark|give|change)\s+(?:it|that|this)\b/i.test(
          s,
        ));
    if (!dialogue.lastAction && !asked) return undefined;
    // ("when is it?" … "move it a week later": from its date, which schedule.ts reads)
    if (
      !dialogue.lastTimed &&
      /^(?:(?:ok|okay|right|so|please|actually|then)[,\s]+)*(?:(?:make|push|move|do)\s+it\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|a couple of|a few)\s+(?:days?|weeks?|fortnight)\s+(?:later|earlier|sooner|before|after)(?:\s*,?\s*(?:at\s+)?(?:the\s+)?same\s+(?:time|hour))?$/i.test(
        s,
      )
    )
      return undefined;
    // ("2:30pm actually, their lunch runs late": without the remark, or the word that says it
    // puts something right)
    // (a reading from a comma on, "…, let's say two weeks from today", is read as it is)
    const fromStart =
      !sentence ||
      stripFiller(sentence)
        .toLowerCase()
        .startsWith(s.toLowerCase().slice(0, Math.min(12, s.length)));
    // ("…, so just monday to friday": days a repeat comes round on, correction.ts)
    if (!fromStart && DAY_SPAN.test(s)) return undefined;
    const whole = (fromStart ? sentence || s : s).replace(/[.!?]+$/, '').trim();
    // ("for the 2nd of December when we go away": when, and what it is for)
    const bare = withoutAside(whole.replace(REASON, ''))
      .replace(/[\s,]+actually$/i, '')
      .replace(
        /,?\s+(?:when|while|as|since|because|cos)\s+(?:we|i|they|he|she|you|my|our|the)\b.*$/i,
        '',
      );
    if (bare !== whole && !onlyDetails(whole) && onlyDetails(bare)) {
      const read = details.extract(bare, { dialogue, question, sentence: bare });
      if (read) return read;
    }
    let said = whole
      // "leave it undated", "keep it dateless", "just leave it without a date": no date
      .replace(
        /\b(?:(?:leave|keep|make|have)\s+(?:it|that|this|them)(?:\s+one)?\s+)?(?:undated|dateless|date-?free|(?:with\s+no|without\s+a|without\s+any)\s+(?:due\s+)?date)\b/i,
        'no date',
      )
      // "actually don't give it a date": no date
      .replace(
        /\b(?:don't|do not|no need to)\s+(?:give|put|set)\s+(?:it|that|this)(?:\s+one)?\s+(?:a\s+)?(?:due\s+)?date\b/i,
        'no date',
      )
      // "add saturdays too" after "add gym every mon wed fri": one more day it repeats on
      .replace(
        /^(?:and\s+)?add\s+(?=(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:too|as well|also)$)/i,
        'and ',
      );
    // "first one is p1" after adding two: the first of those added (after a list: its first)
    const place = PLACE.exec(said);
    if (place && said.length > place[0].length) {
      const rest = said.slice(place[0].length);
      const found = details.extract(rest, { dialogue, question, sentence: rest });
      const n = PLACES[place[1]!.toLowerCase()]!;
      const ref: TaskRef =
        dialogue.lastAction === 'add'
          ? { kind: 'recent', positions: [n] }
          : { kind: 'positions', positions: [n] };
      return found && !Array.isArray(found) && 'ref' in found && found.ref?.kind === 'focus'
        ? ({ ...found, ref } as Intent)
        : undefined;
    }
    // "is it possible to make it 9 in the evening?": a request, asked politely
    const polite =
      /^(?:(?:is it possible to|would it be possible to|could you|can you|would you|will you|could we|can we)\s+(?=(?:make|move|set|change|put|give|add|mark|tag|label)\b)|(?:maybe|perhaps|probably)\s+(?=(?:(?:a\s+)?(?:high|low|medium|top|normal)\s+prio(?:rity)?|urgent|p[1-4]|today|tomorrow|tonight|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+\d|\d)\b)|(?=(?:how|what) about\s)|(?:could|can|would)\s+it\s+be\s+(?=(?:due|for|on|at|moved|made|today|tomorrow|tonight|next|this|half|quarter|noon|midday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:a\s+)?(?:high|low|medium|top|normal)\s+prio(?:rity)?|urgent|p[1-4])\b|\d))/i;
    // ("sorry, is 5pm, not 4" right after a time was set: "it's", said the short way)
    const restated = dialogue.lastTimed && !/\?/.test(said) && /(?:^|,\s*)is\s/i.test(said);
    if (question && !polite.test(said) && !restated) return undefined;
    said = said.replace(polite, '');
    // "every tuesday and friday" … "sorry, not friday, saturday": one day for the other (for a
    // task that doesn't repeat, the date put right)
    const swapDay = new RegExp(
      String.raw`^(?:(?:sorry|no|nope|oops|actually|wait|ah|oh)[,\s]+)*not\s+(?:on\s+)?(${DAYS})\s*[,;]\s*(?:but\s+)?(?:on\s+)?(${DAYS})(?:\s+instead)?$`,
      'i',
    ).exec(said);
    if (swapDay && dialogue.lastTimed)
      return {
        type: 'details',
        ref: { kind: 'focus' },
        text: swapDay[2]!,
        without: daysNamed(swapDay[1]!),
      };
    // "change to saturday", "we change to wednesday and thursday": those days in place of the
    // ones it has (a repeat's days, or the day it is due)
    const swapTo = new RegExp(
      String.raw`^(?:(?:sorry|actually|no|ok|okay)[,\s]+)*(?:(?:we|i)\s+)?(?:change|changed|switch|switched)\s+(?:it\s+|that\s+|them\s+)?to\s+(?:on\s+)?(?:the\s+)?(${DAYS}(?:\s*(?:,|and|&)\s*(?:on\s+)?${DAYS})*)(?:\s+(?:instead|now|please|from now on))?$`,
      'i',
      // (as said: "give me till Friday" is a date, even when read as a change to it)
    ).exec((sentence || said).replace(/[.!]+$/, ''));
    if (swapTo && dialogue.lastTimed)
      return {
        type: 'details',
        ref: { kind: 'focus' },
        text: swapTo[1]!.replace(/\s*(?:,|&)\s*/g, ' and '),
        days: daysNamed(swapTo[1]!),
      };
    // "keep it on wednesdays", "it's thursdays now" after "every other week": those days, as
    // often as it repeats
    const onDays = new RegExp(
      String.raw`^(?:(?:sorry|actually|no|ok|okay|and|but)[,\s]+)*(?:(?:keep|make|have|leave)\s+(?:it|that|them)\s+|(?:it's|it is|they're|they are)\s+)?(?:still\s+)?(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)days(?:\s*(?:,|and|&)\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days)*)(?:\s+(?:instead|now|please|from now on|though|still|as before|as it was))?$`,
      'i',
    ).exec((sentence || said).replace(/[.!]+$/, ''));
    if (onDays && dialogue.lastTimed)
      return {
        type: 'details',
        ref: { kind: 'focus' },
        text: `every ${onDays[1]!.replace(/\s*(?:,|&)\s*/g, ' and ').replace(/days\b/gi, 'day')}`,
        days: daysNamed(onDays[1]!),
      };
    // "drop Thursday from interval training" … "and add Saturday": one more day of its repeat
    const addDay = new RegExp(
      String.raw`^(?:and\s+)?(?:also\s+)?(?:add|put in|include)\s+(?:on\s+)?(${DAYS})(?:\s+(?:too|as well|instead|please))?$`,
      'i',
    ).exec(said);
    if (addDay && dialogue.lastTimed)
      return { type: 'details', ref: { kind: 'focus' }, text: addDay[1]!, also: true };
    // "add physio every day" … "just 10 times", "only for 6 weeks", "make it 5 times only": so
    // many times in all (for a task that doesn't repeat, "for 2 weeks" is read as a date when done)
    const counted = said
      .replace(/^(?:(?:make|set|change)\s+(?:it|that)(?:\s+to)?)\s+(?=\S)/i, '')
      // "just 8 times, then it stops"
      .replace(
        /[,\s]+(?:and\s+)?then\s+(?:it\s+|that\s+)?(?:stops?|ends?|finishes|it's done)$/i,
        '',
      )
      // "it's a 7 day course": for so long
      .replace(
        /^(?:(?:it's|it is|its|that's|it'll be)\s+)?(?:an?\s+|the\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty)[-\s](day|week|month)s?\s+(?:course|plan|programme|program|block)$/i,
        'for $1 $2s',
      );
    if (
      dialogue.lastTimed &&
      /^(?:(?:only|just|and|but)\s+)*(?:for\s+(?:the\s+next\s+|another\s+)?)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty)\s*(?:times|sessions|occurrences|payments|instalments|installments|lessons|classes|doses|weeks|days|months|years|of them|x)(?:\s+(?:only|in all|in total|total|then stop|though|tho|max|maximum|please))*$/i.test(
        counted,
      ) &&
      (/\b(?:times|sessions|occurrences|payments|instalments|installments|lessons|classes|doses|of them)\b|\dx\b/i.test(
        counted,
      ) ||
        /\bfor\s/i.test(counted))
    )
      return {
        type: 'details',
        ref: { kind: 'focus' },
        text: counted.replace(/^(?:and|but)\s+/i, ''),
      };
    // After ticking off a repeating task: "and make it 7pm from now on"
    const onwards =
      /\b(?:from now on|going forward|in future|next time|(?:the\s+)?(?:future|later|upcoming|remaining|following) ones)\b/i.test(
        said,
      );
    // (after putting one back, "set it for Friday" says which, and what to do)
    // (or after a question about one: "how urgent is it?" … "make it high, they're late")
    const explicit =
      (dialogue.lastAction === 'reopen' ||
        dialogue.lastAction === 'complete' ||
        ['status', 'show', 'when', 'note', 'find'].includes(dialogue.lastAsked ?? '')) &&
      /^(?:(?:and|ok|okay|so|then)[,\s]+)*(?:set|move|make|put|push|change|give)\s+(?:it|that)\b/i.test(
        said,
      );
    if (!asked && !['add', 'update'].includes(dialogue.lastAction!) && !onwards && !explicit)
      return undefined;
    // "not fridays, his son covers those", "except Wednesdays": days off a weekly repeat
    // ("Saturday and Sunday no need", "weekends off": the days first)
    const offAfter = new RegExp(
      String.raw`^(?:(?:actually|oh|but|and|ah)[,\s]+)*(${DAYS}(?:\s*(?:,|and|or|&)\s*${DAYS})*)\s*,?\s+(?:no need|not needed|off|free|not|no)(?:\s+(?:please|thanks|pls))?$`,
      'i',
    ).exec(said);
    // ("drop the wednesday" right after a repeat was set; after "what tags has it got?", "remove
    // weekend" is a label)
    const before =
      dialogue.lastTimed ||
      dialogue.askedAbout === 'repeat' ||
      !/^(?:(?:actually|no|oh|but|and|wait|sorry|ah)[,\s]+)*(?:drop|remove|take off|lose|cut|scrap)\b/i.test(
        said,
      )
        ? WITHOUT_DAYS.exec(said)
        : null;
    const off = before ? { days: before[1]!, then: before[2] } : offAfter && { days: offAfter[1]! };
    // (plural days, or "except": "not friday" alone may put a date right)
    if (off && (!before || /s\b/i.test(off.days) || !/^(?:\S+[,\s]+)*?(?:not|no)\s/i.test(said))) {
      const then = off.then?.trim() ?? '';
      const more = then ? readDetails(then, dialogue) : undefined;
      // (what follows says why: "his son covers those")
      if (!then || more || !COMMAND_START.test(then))
        return {
          type: 'details',
          ref: { kind: 'focus' },
          text: more?.text ?? '',
          without: daysNamed(off.days),
        };
    }
    // Said whole, or in pieces between commas, some of them remarks: "make it urgent, tenant's
    // complaining", "no, sorry, not monday, tuesday", "make it 10am, sorry, and high priority"
    if (BUSY_THEN.test(said)) return undefined;
    let read = readDetails(said, dialogue);
    // ("and high priority she's waiting on it": a remark after the details, without a comma)
    // ("make it 8:55 the presale starts at 9": so with a thing said of)
    const aside =
      /^(.+?)\s+((?:she|he|they|we|i)(?:'s|'re|'m|'ll|'ve|'d)?\s+\S.*|(?:the|my|our|his|her|their)\s+\S+(?:\s+\S+)?\s+(?:starts?|begins?|opens?|closes?|ends?|finishes|is|are|was|were|goes|kicks off)\b.*)$/i.exec(
        said,
      );
    if (!read && aside && REMARK.test(aside[2]!)) read = readDetails(aside[1]!, dialogue);
    // ("and at 6am before my shift", "high priority so I don't forget": the details, then why)
    const why =
      /^(.+?)[\s,]+(?:(?:just\s+|right\s+)?(?:before|after|so(?:\s+that)?|because|as|since|while|once|ahead of|in|during)\s+(?:my|the|our|his|her|their|they|they're|i|i'm|we|we're|he|she|it|it's|you|everyone|everybody|anyone)\b.*)$/i.exec(
        said,
      );
    if (!read && why && !looksLikeWhen(said.slice(why[1]!.length).replace(/^[\s,]+/, '')))
      read = readDetails(why[1]!.replace(/[\s,]+$/, ''), dialogue);
    // (not "not so important", "ever so slightly": "so" there is how much)
    const breaks =
      /\s*(?:,|;|\.\s|\s[-–—]\s|(?<!\b(?:not|ever|just|only|and))\s(?=so\s)|\s(?=but\s))\s*/;
    if (!read && breaks.test(said)) {
      const pieces = said.split(breaks).filter(Boolean);
      const reads = pieces.map((p) => readDetails(p.replace(polite, ''), dialogue));
      // ("actually only on my days off, make it every Saturday and Sunday": beside a change
      // said outright, the rest is why)
      const outright = pieces.some(
        (p, i) => reads[i] && /^(?:and\s+)?(?:make|set|change|move|put)\s+(?:it|that)\b/i.test(p),
      );
      const remark = (p: string, i: number) =>
        !reads[i] &&
        ((outright && !COMMAND_START.test(p)) ||
          // ("nah, 11pm, lower traffic": a few words after the details say why)
          (i > 0 &&
            i === pieces.length - 1 &&
            reads.slice(0, i).some((r) => r && r.parts > 0) &&
            p.split(/\s+/).length <= 3 &&
            !COMMAND_START.test(p)) ||
          FILLER_ONLY.test(p) ||
          p.replace(TAIL, '').trim() === '' ||
          /^not\s/i.test(p) ||
          (REMARK.test(p) && !COMMAND_START.test(p.replace(/^and\s+/i, ''))));
      // ("it starts at 4, so set it for 3:30pm": a time told, then the one asked for)
      const timed = reads.map((r) => !!r && /\d|noon|midnight/i.test(r.text));
      for (let i = 0; i < reads.length; i++)
        if (
          timed[i] &&
          timed.indexOf(true, i + 1) > i &&
          /^(?:it|that|this|the|\S+\s+(?:starts|begins|is))\b/i.test(pieces[i]!)
        )
          reads[i] = undefined;
      // ("it's not urgent, remove the priority": what comes after puts that right)
      const clearedLater = (i: number) =>
        reads.slice(i + 1).some((r) => r?.clear.includes('priority'));
      const kept = (r: Read | undefined, i: number) =>
        r?.text && !(/^(?:low|medium|high) priority$/i.test(r.text) && clearedLater(i))
          ? [r.text]
          : [];
      if (
        reads.some((r) => r && (r.parts > 0 || r.clear.length > 0)) &&
        pieces.every((p, i) => reads[i] || remark(p, i) || (timed[i] && !reads[i]))
      )
        read = {
          text: reads.flatMap(kept).join(' '),
          clear: [...new Set(reads.flatMap((r) => r?.clear ?? []))],
          parts: reads.reduce((n, r) => n + (r?.parts ?? 0), 0),
          ...(reads.find((r) => r?.dayPart)
            ? { dayPart: reads.find((r) => r?.dayPart)!.dayPart }
            : {}),
        };
    }
    if (!read) return undefined;
    const { text: rest, clear } = read;
    if (read.dayPart)
      return { type: 'details', ref: { kind: 'focus' }, text: rest, dayPart: read.dayPart };
    if (read.pastHour !== undefined)
      return { type: 'details', ref: { kind: 'focus' }, text: '', pastHour: read.pastHour };
    if (!rest)
      return clear.length > 0
        ? { type: 'details', ref: { kind: 'focus' }, text: '', clear }
        : undefined;
    // After a change of words (a note, a title), "actually after 6pm" puts those words right;
    // only details said as such ("due …", "p2", "#work", "every …") are details then.
    if (
      dialogue.lastAction === 'update' &&
      !dialogue.lastTimed &&
      !/\b(?:due|priority|prio|urgent|tag|label|every|each|daily|weekly|monthly|yearly|repeat)\b|#|\bp[1-4]\b/i.test(
        rest,
      )
    )
      return undefined;
    const parsed = parseQuickAdd(rest, { now: SHAPE_DAY, detailsOnly: true });
    // "actually label it personal instead": that label in place of the ones it had
    if (
      parsed.labels.length > 0 &&
      /^(?:actually|no|nope|sorry|oops)\b|\binstead$/i.test(said) &&
      !clear.includes('labels')
    )
      clear.push('labels');
    return {
      type: 'details',
      ref: { kind: 'focus' },
      text: rest,
      ...(clear.length > 0 ? { clear } : {}),
      ...(parsed.parts.every((p) => p.kind === 'date' || p.kind === 'repeat') &&
      /\b(?:too|also|as well)\b|^and\b(?!\s+(?:to|(?:move|change|switch)(?:d|ed)?\s+to)\b)/i.test(
        said,
      )
        ? { also: true as const }
        : {}),
    };
  },
};
