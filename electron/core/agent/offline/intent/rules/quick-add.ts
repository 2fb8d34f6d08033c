// A task said the quick-add way, with no "add": "dentist thu 2pm", "tomorrow 7am run 5k",
// "gym tmrw 7am p2 #health". What makes it a task is the date, repeat, priority or label in it.
import { parseQuickAdd } from '../../../../time/quick-add.ts';
import { tidyTitle } from '../normalize.ts';
import { PROMISE } from '../references.ts';
import { DAY_SPAN } from '../time-words.ts';
import type { Intent, Rule } from '../types.ts';

// Any fixed day will do: the rule only asks whether there are such parts.
const SHAPE_DAY = new Date(2026, 0, 5, 12);

export const quickAdd: Rule = {
  name: 'quick-add',
  // Below the follow-ons: a reading of the message without its politeness may hold more.
  specificity: 8,
  extract: (s, { question, dialogue }): Intent | undefined => {
    if (question || dialogue.awaitingChoice) return undefined;
    // ("actually after 6pm", "no, scrap the 2nd": a correction, not a task)
    // ("not weekly", "not till 5": what it is not, said of a task talked about)
    if (/^(?:actually|no|nope|not|sorry|oops|wait|hmm|ok|okay)\b/i.test(s)) return undefined;
    // ("Tuesdays are cancelled for the rest of the season": news of days off, never a task)
    if (/\b(?:cancell?ed|called off|rained off|snowed off)\b/i.test(s)) return undefined;
    // ("so only monday to friday": the days a task comes round on, never a task)
    if (DAY_SPAN.test(s.replace(/^(?:(?:so|and|only|just|but)\s+)+/i, ''))) return undefined;
    // ("make it today and high priority": a change to a task, never one called "Make it …")
    if (/^(?:make|set|put|move|change)\s+(?:it|that|this|them)\b/i.test(s)) return undefined;
    // ("what a day", "such a week": an exclamation; "said he'll send it next week": hearsay)
    if (/^(?:what|such|how)\s+an?\s|^(?:said|says|told me|reckons)\b/i.test(s)) return undefined;
    // ("merry Christmas!", "have a good weekend", "see you Monday": a greeting, not a task)
    if (
      /^(?:merry|happy\s+(?:birthday|christmas|xmas|new year|easter|holidays?|anniversary|hanukkah|diwali|eid|thanksgiving|friday|monday|weekend|days)|have a (?:good|great|nice|lovely)|enjoy (?:the|your)|see (?:you|ya)|good (?:morning|night|evening)|cheers|thanks|thank you)\b/i.test(
        s,
      )
    )
      return undefined;
    // ("Mum's coming to stay next week!": someone's news; "just off a twelve hour shift": where
    // I am; "swap that tag for a proper priority": about a task's details)
    if (
      /\p{L}['’]s\s+(?:coming|arriving|visiting|staying|leaving|going|starting|finishing|happening|getting|having|being|flying|travelling|traveling)\b/iu.test(
        s,
      ) ||
      /^(?:just\s+)?(?:off|back|home|out)\s+(?:of\s+|from\s+)?(?:a|an|the|my|work|school)\b/i.test(
        s,
      ) ||
      /\b(?:that|this|its|the)\s+(?:tags?|labels?|priority|due date|deadline|repeat)\b(?!\s+(?:list|meeting|review|sheet|form|report|maker|machine|printer|gun))/i.test(
        s,
      )
    )
      return undefined;
    // ("the roofer rang, said he'll send the invoice on Monday": someone's promise)
    if (PROMISE.test(s)) return undefined;
    // ("the day before the 10th of December", "2 days before the 20th of august": a day reckoned
    // from another, said of the task just added; never a task called "The 10th of December")
    if (
      /^(?:on\s+)?(?:the\s+)?(?:(?:day|night|evening|morning|week)|(?:an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?))\s+(?:before|after|ahead\s+of)\s/i.test(
        s,
      )
    )
      return undefined;
    // ("Greens want to go ahead asap": what someone else wants, news about a job)
    if (
      /^(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:wants?|would like|'d like|needs?|asked|agreed|decided|said)\s+(?:to|us|me)\b/iu.test(
        s,
      )
    )
      return undefined;
    // ("Kempton's not till next week", "the parking not yet": when it isn't, said of a task)
    if (
      /\bnot\s+(?:till|until|before|yet|today|tonight|tomorrow|this|next|now|done)\b|\bn't\b|n['’]t\s/i.test(
        s,
      )
    )
      return undefined;
    const read = parseQuickAdd(s, { now: SHAPE_DAY });
    if (read.parts.length === 0) return undefined;
    // ("…, ready for monday": a state, not a thing to do)
    if (
      /^(?:all\s+)?(?:ready|done|sorted|fine|good|finished|complete|set|sharp|clean|booked|sent|paid|ok|okay)$/i.test(
        read.title.trim(),
      )
    )
      return undefined;
    const words = read.title.split(/\s+/);
    // a task names something: not only small words ("after", "it")
    if (
      !words.some(
        (w) =>
          w.length >= 3 &&
          !/^(?:after|before|then|and|the|for|with|that|this|it|its|around|about|roughly|sometime|actually|instead|please)$/i.test(
            w,
          ),
      )
    )
      return undefined;
    // (news, not a task: "I went to the gym at 7", "we booked it for Friday")
    if (
      words.length > 8 ||
      /^(?:i|we|you|he|she|they|it|that|this|there|my|our|will|would|should|could|might|may|shall|must)\b/i.test(
        read.title,
      ) ||
      // ("rain forecast tomorrow", "snow expected Friday": the weather, not a deed)
      /\b(?:forecast|forecasted|expected|predicted)$/i.test(read.title.trim())
    )
      return undefined;
    // (news: "got my haircut today", "the oven is clean now", "sent both returns off today")
    // (a repeat is never news: "controlled drugs register check every Friday")
    if (
      !read.repeat &&
      (words.some((w) => /^\p{L}{3,}ed[,;:.!]*$/iu.test(w)) ||
        /\b(?:is|are|was|were|am|been|has|have|had|i've|we've|got|did|done|came|went|bought|sent|made|paid|sorted|i'll|i'm|i'd|we'll|we're|it's)\b/i.test(
          read.title,
        ))
    )
      return undefined;
    // ("swell's flat tomorrow", "the gym's shut on Monday": how something is, not a task)
    if (
      /^(?:the\s+|my\s+|our\s+)?\p{L}+['’]s\s+(?:flat|off|on|cancelled|canceled|closed|shut|open|busy|full|empty|ill|sick|late|early|over|dead|broken|fine|rough|calm|wet|dry|hot|cold|windy|away|out|back|here|booked|free|down|up)\b/iu.test(
        s,
      )
    )
      return undefined;
    // ("the trad session's moving to Wednesdays", "the vet's been moved": news of a task)
    if (
      /\p{L}['’]s\s+(?:moving|moved|changing|changed|switching|switched|going|been|now|off|back)\b/iu.test(
        s,
      )
    )
      return undefined;
    // ("gotta be early — 5 in the morning that day": how it has to be, not a task)
    if (/^(?:gotta|got to|has to|have to|must|needs? to|should|ought to)\s+be\b/i.test(s))
      return undefined;
    // ("the lit review can slide by a week": what may become of a task, not a new one)
    if (
      /\s(?:can|could|may|might|will|should)\s+(?:wait|slide|slip|move|be\s+(?:moved|pushed|done|left))\b/i.test(
        s,
      )
    )
      return undefined;
    // ("…, she may cancel tomorrow": what someone else might do, not a task)
    if (/\b(?:he|she|they|it|we)\s+(?:may|might|could|will|won't|wont|can't|cannot)\b/i.test(s))
      return undefined;
    // a day said alone ("today", "tonight") is news more often than a task
    const strong = read.parts.some(
      (p) =>
        p.kind !== 'date' ||
        !/^(?:(?:on|at|for|by|due)\s+)?(?:today|tonight|now|yesterday)$/i.test(p.text.trim()),
    );
    if (!strong) return undefined;
    // ("2:30pm actually, their lunch runs late": once the remark is off, only the time and a
    // word of correction are left, no task)
    const title = tidyTitle(s);
    const left = parseQuickAdd(title, { now: SHAPE_DAY }).title.replace(
      /\b(?:actually|instead|please|pls|then|and|it|that|no|sorry)\b/gi,
      '',
    );
    if (!/\p{L}{2,}/u.test(left)) return undefined;
    return { type: 'add', title, quick: true };
  },
};
