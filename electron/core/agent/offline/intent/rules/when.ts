// "When is the dentist?", "when's the car service due?", "what day is the party?": a task's date;
// "how often does water plants repeat?", "which days is gym?", "what labels are on the trip task?",
// "what's the priority on the quote task?": the rest of its time details.
import { parseRef } from '../references.ts';
import { looksLikeWhen } from '../time-words.ts';
import type { Intent, Rule } from '../types.ts';

/** The task asked about; "it", "they": the one just talked about. */
const refOf = (words: string) =>
  /^(?:it|they|them|that|this|those|these|that one|this one)(?:\s+(?:at|on|for|due|again|now|then))*$/i.test(
    words.trim(),
  )
    ? ({ kind: 'focus' } as const)
    : // ("what time is my shift tomorrow?": the shift; the day only says which one is meant)
      // ("when's the next weigh-in?": the task, whose next time is the answer)
      parseRef(
        words
          .replace(/^(?:the\s+)?next\s+(?!(?:one|ones|time)$)(?=\S)/i, '')
          .replace(
            /(?<=\S)\s+(?:today|tomorrow|tonight|this\s+(?:week|morning|afternoon|evening)|next\s+week|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i,
            '',
          ),
      );

export const whenQuestion: Rule = {
  name: 'when',
  specificity: 83,
  extract: (s, { question, dialogue }): Intent | undefined => {
    // "what time again?", "which day was it?", "when again?" right after a when: the same task
    if (
      // (or after any question about one task: "is the flu jab in the morning?" … "what time
      // exactly?")
      (dialogue.lastAsked === 'when' ||
        dialogue.lastAsked === 'status' ||
        dialogue.lastAsked === 'show' ||
        dialogue.lastTimed) &&
      /^(?:(?:and|so|sorry|um|uh|wait)[,\s]+)*(?:(?:what|which)\s+(?:time|day|date|hour)|when|what time'?s? it|at what time)(?:\s+(?:again|was it|is it|was that|is that|exactly|did you say))*\??$/i.test(
        s,
      )
    )
      return { type: 'when', ref: { kind: 'focus' } };
    // "does the gym one repeat?" … "which days?": the days it repeats on
    if (
      (dialogue.lastAsked === 'when' || dialogue.lastTimed) &&
      /^(?:(?:and|so|sorry|um|uh|wait|ok|okay)[,\s]+)*(?:which|what)\s+days(?:\s+(?:again|are they|is it|exactly))*\??$/i.test(
        s,
      )
    )
      return { type: 'when', ref: { kind: 'focus' }, about: 'repeat' };
    // "same day", "the hour stays the same", "keep the same time" right after a move: nothing to
    // change; when it is now, told back
    if (
      (dialogue.lastTimed || dialogue.lastAction === 'update') &&
      /^(?:(?:and|so|but|ok|okay|yes|yeah)[,\s]+)*(?:(?:on\s+)?(?:the\s+)?same\s+(?:day|time|date|hour)|(?:keep|leave)\s+(?:it\s+)?(?:at\s+|on\s+)?(?:the\s+)?same\s+(?:day|time|date|hour)|(?:the\s+)?(?:hour|time|day|date)\s+(?:stays|remains|is)\s+(?:the\s+)?same)(?:\s+as\s+(?:it\s+was|before|now|it\s+is))?(?:[\s,]+(?:please|though|as before|yeah|yes|yep|ta|thanks|cheers|thx))*[.!]*$/i.test(
        s,
      )
    )
      return { type: 'when', ref: { kind: 'focus' } };
    // "what time did I say that was?", "which day did we put it on?": the task just talked about
    if (
      /^(?:(?:and|so|sorry|um|uh|wait|remind me)[,\s]+)*(?:what|which)\s+(?:time|day|date|hour)\s+(?:did|have)\s+(?:i|we|you)\s+(?:say|said|put|set|make|give)\s+(?:that|it|this)(?:\s+(?:was|is|for|at|on|to))*\??$/i.test(
        s,
      )
    )
      return { type: 'when', ref: { kind: 'focus' } };
    const m =
      /^(?:and\s+)?(?:when(?:'s| is| was| are|s)|when do i (?:have to|need to)(?: do)?|when am i (?:meant|supposed|due|going|scheduled) to|what (?:day|date|time) is|what (?:day|date|time)'s|for when is|by when do i need to(?: do)?)\s+(.+?)(?:\s+(?:due|happening|scheduled|set for|on|for|again|next|coming|comming|arriving|starting))*\??$/i.exec(
        s,
      );
    if (m) return { type: 'when', ref: refOf(m[1]!) };
    const t = s.replace(/\?+$/, '').trim();
    // "could you kindly tell me what time the anniversary dinner is?", "remind me when the MOT is
    // due": asked the indirect way
    const told =
      /^(?:(?:could|can|would|will)\s+you\s+)?(?:(?:please|kindly|just)\s+)*(?:tell|remind|let)\s+me(?:\s+know)?(?:\s+again)?\s+(?:when|what (?:time|day|date)|which day|at what time)\s+(.+?)\s+(?:is|are|was|'s)(?:\s+(?:due|on|happening|booked|scheduled|set for))?(?:\s+again)?(?:\s+(?:today|tomorrow|tonight|this week|on\s+\w+))?(?:[\s,]+please)?$/i.exec(
        t,
      );
    if (told) return { type: 'when', ref: refOf(told[1]!) };
    // "when does my skipper's ticket need renewing?", "when does the rent need paying by?"
    const needs =
      /^(?:and\s+)?(?:when|by when|what (?:day|date))\s+(?:does|do|will|should)\s+(.+?)\s+(?:need|needs|have|has)\s+(?:to\s+be\s+\w+|\w+ing)(?:\s+(?:by|again|next))?$/i.exec(
        t,
      );
    if (needs) return { type: 'when', ref: refOf(needs[1]!) };
    // "what time does the offsite start?", "when does the recital begin?"
    const starts =
      /^(?:and\s+)?(?:when|what time|at what time|what day)\s+(?:does|do|will|is)\s+(.+?)\s+(?:start|starting|begin|beginning|kick off|open|happen|take place)(?:\s+again)?$/i.exec(
        t,
      );
    if (starts)
      return {
        type: 'when',
        ref: /^(?:it|that|this|they)$/i.test(starts[1]!) ? { kind: 'focus' } : refOf(starts[1]!),
      };
    // "until when does that repeat?", "when does the physio stop repeating?": its repeat, with
    // its end
    const lasts =
      /^(?:and\s+)?(?:(?:until|till|up to|up until)\s+when|how long|when)\s+(?:does|do|will|is)\s+(.+?)\s+(?:repeat|recur|go on|run|last|keep going|stop repeating)(?:ing)?(?:\s+(?:for|until|till))?$/i.exec(
        t,
      );
    if (lasts && question)
      return {
        type: 'when',
        ref: /^(?:it|that|this|they)$/i.test(lasts[1]!) ? { kind: 'focus' } : refOf(lasts[1]!),
        about: 'repeat',
      };
    // "is the tax return tagged anything?", "does the MOT have any labels?": its labels
    const tagged =
      /^(?:and\s+)?(?:is|are)\s+(.+?)\s+(?:tagged|labell?ed)(?:\s+(?:with\s+)?(?:anything|any\w*|at all))?$/i.exec(
        t,
      ) ??
      /^(?:and\s+)?(?:does|do|has)\s+(.+?)\s+(?:have|got)\s+(?:any\s+)?(?:labels?|tags?)(?:\s+on\s+it)?$/i.exec(
        t,
      );
    if (tagged && question) return { type: 'when', ref: refOf(tagged[1]!), about: 'labels' };
    // "At which hour is the meeting?", "what time's my haircut again", "when are they due next"
    const hour =
      /^(?:and\s+)?(?:at\s+)?(?:what|which)\s+(?:hour|time|day|date)\s+(?:is|are|was|'s|do i have|have i got)\s+(.+?)(?:\s+(?:due|happening|scheduled|again|next|now))*$/i.exec(
        t,
      ) ??
      /^(?:and\s+)?when\s+(?:is|are|was|'s)\s+(.+?)\s+(?:due\s+)?next$/i.exec(t) ??
      // "gym when?", "floss: when next?", "flight time?" (asked: the question mark says so)
      (question
        ? /^(.+?)(?:\s*[:,-]\s*|\s+)(?:when(?:\s+next|\s+again|\s+is it|\s+it is|\s+it's|\s+due)?|what time|(?:due\s+)?time|(?:due\s+)?date|due when)$/i.exec(
            t,
          )
        : null);
    if (
      hour &&
      !/^(?:it|is it|that)$/i.test(hour[1]!.trim()) &&
      // ("has anything gone past its date?": a question about all of them, agenda.ts)
      !/^(?:has|have|had|did|does|do|which|what|who|is|are|am|anything|something)\b/i.test(hour[1]!)
    )
      return { type: 'when', ref: refOf(hour[1]!) };
    const repeat =
      // "when does the stock take repeat?", "what days does yoga repeat on?"
      /^(?:and\s+)?(?:when|what days?|which days?)\s+(?:does|do|will)\s+(.+?)\s+(?:repeat|recur|come round|come around|come up)(?:\s+on)?$/i.exec(
        t,
      ) ??
      // ("how often am I meant to do the fish tank?": the task of that deed)
      /^(?:and\s+)?(?:how often|how frequently)\s+(?:am|are|should|must|do|have)\s+(?:i|we)\s+(?:meant|supposed|going|got|have|need)\s+to\s+(?:do\s+)?(.+)$/i.exec(
        t,
      ) ??
      /^(?:and\s+)?(?:how often|how frequently)\s+(?:does|do|is|will|should)\s+(?:i\s+(?:do|have)\s+)?(.+?)(?:\s+(?:set|meant|supposed|going|scheduled)\s+to)?(?:\s+(?:repeat|recur|come up|come round|happen|be done))?$/i.exec(
        t,
      ) ??
      // "how often did you set it to repeat?", "how often did I make the feeds repeat?"
      /^(?:and\s+)?(?:how often|how frequently|what)\s+(?:did|have)\s+(?:you|i|we)\s+(?:set|make|put|have)\s+(.+?)\s+(?:to\s+)?(?:repeat|recur)(?:\s+(?:at|as|on))?$/i.exec(
        t,
      ) ??
      /^(?:and\s+)?(?:which|what)\s+days?\s+(?:is|are|does|do|will)\s+(.+?)(?:\s+(?:on|repeat|happen|recur))?$/i.exec(
        t,
      ) ??
      /^(?:does|do|is)\s+(.+?)\s+(?:still\s+)?(?:repeat|recur|repeating|recurring)(?:\s+at all|\s+any\s*more)?$/i.exec(
        t,
      ) ??
      // "is the reading log check a repeating task?"
      /^(?:is|are)\s+(.+?)\s+an?\s+(?:repeating|recurring|regular)\s+(?:task|one|thing)$/i.exec(
        t,
      ) ??
      // "is the chapter 4 reading a one-off?"
      /^(?:is|are)\s+(.+?)\s+(?:an?\s+)?(?:one-?offs?|one[- ]time(?:\s+(?:thing|task|job))?|just (?:the )?once)$/i.exec(
        t,
      );
    if (repeat) return { type: 'when', ref: refOf(repeat[1]!), about: 'repeat' };
    // "mulching repeats monthly right?", "the vet's on friday, isn't it?": asked to be sure
    const sure =
      /^(?:and\s+|so\s+)?(?!(?:it|that|this|they|i|we|you)\b)(.+?)(\s+repeats?|\s+recurs?|(?:\s+is|'s)\s+(?:due\s+)?(?:on|at|for)?)\s*(.+?)[,\s]+(?:right|correct|yes|yeah|isn't it|doesn't it|don't they|is that right|yeah\?)$/i.exec(
        t,
      );
    if (
      sure &&
      question &&
      // ("the expense report is still pending, right?": whether it is done, not when)
      (/^\s*re/i.test(sure[2]!) ||
        /(?:due|on|at|for)\s*$/i.test(sure[2]!) ||
        looksLikeWhen(sure[3]!))
    )
      return {
        type: 'when',
        ref: refOf(sure[1]!),
        ...(/^\s*re/i.test(sure[2]!) ? { about: 'repeat' as const } : {}),
      };
    const labels =
      /^(?:and\s+)?(?:what|which)\s+(?:labels?|tags?)\s+(?:are|is|does|has|have)\s+(?:(?:on|in)\s+)?(.+?)(?:\s+(?:have|got|tagged with|carry))?$/i.exec(
        t,
      ) ??
      /^(?:and\s+)?(?:what(?:'s| is)|whats|how(?:'s| is))\s+(.+?)\s+(?:tagged|labell?ed)(?:\s+(?:with|as))?$/i.exec(
        t,
      );
    if (labels) return { type: 'when', ref: parseRef(labels[1]!), about: 'labels' };
    const priority =
      /^(?:and\s+)?(?:what(?:'s| is)|whats)\s+(?:the\s+)?(?:priority|prio)\s+(?:on|of|for)\s+(.+)$/i.exec(
        t,
      ) ??
      /^(?:and\s+)?what\s+(?:priority|prio)\s+(?:is|does|has)\s+(.+?)(?:\s+(?:have|got|set to|at))?$/i.exec(
        t,
      ) ??
      /^(?:and\s+)?how\s+(?:urgent|important)\s+is\s+(.+)$/i.exec(t) ??
      // "priority of the weld task?", "prio on the van one?" (asked: the question mark says so)
      (question
        ? /^(?:and\s+)?(?:the\s+)?(?:priority|prio)\s+(?:on|of|for)\s+(.+)$/i.exec(t)
        : null);
    if (priority) return { type: 'when', ref: parseRef(priority[1]!), about: 'priority' };
    // "is the quarterly report p1?", "is calling grandma high priority?": yes or no, and what it is
    const level =
      /^(?:and\s+)?is\s+(.+?)\s+(?:a\s+|set\s+(?:to|as)\s+|marked\s+(?:as\s+)?)?(p[1-3]|high|top|medium|normal|low|urgent)(?:\s+prio(?:rity)?|\s+importance)?$/i.exec(
        t,
      );
    if (level && !/^(?:it|that|this|there|anything|something)$/i.test(level[1]!))
      return {
        type: 'when',
        ref: parseRef(level[1]!),
        about: 'priority',
        level: /^(?:p1|high|top|urgent)$/i.test(level[2]!)
          ? 1
          : /^(?:p2|medium|normal)$/i.test(level[2]!)
            ? 2
            : 3,
      };
    // "what time do I play at the Anchor?", "when do I pick up the cake?": the task of that deed
    const deed =
      /^(?:and\s+)?(?:what time|when|what day|which day)\s+(?:do|am|should|must|will|shall)\s+(?:i|we)\s+(?:have to\s+|need to\s+|got to\s+)?(?!(?:have|need|do|get|finish|say|said|mention|tell|told|write|wrote|ask|talk)\b)(.+)$/i.exec(
        t,
      );
    if (deed && deed[1]!.split(/\s+/).length <= 8) return { type: 'when', ref: refOf(deed[1]!) };
    // "what's book club set to?", "what is the gym task set for?": all its time details
    const setTo =
      /^(?:and\s+)?(?:what(?:'s| is)|whats|how(?:'s| is))\s+(.+?)\s+(?:set|scheduled)\s+(?:to|for|as|up)$/i.exec(
        t,
      );
    if (setTo && !/^(?:it|that|this)$/i.test(setTo[1]!.trim()))
      return { type: 'when', ref: refOf(setTo[1]!) };
    return undefined;
  },
};
