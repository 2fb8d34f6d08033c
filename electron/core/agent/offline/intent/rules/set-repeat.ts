// "Make the bins repeat every Monday", "the gym one should repeat weekly", "every week please"
// (after adding it), "stop repeating the bins", "the rent one doesn't repeat any more".
import { parseRef, withoutReason } from '../references.ts';
import type { Intent, Rule } from '../types.ts';

const PLURAL_DAYS = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)days(?:(?:\s*(?:,|and|&)\s*|\s+)(?:mon|tues|wednes|thurs|fri|satur|sun)days)*`;
const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
// ("monday wednesday friday", "mon/wed/fri", "tuesdays and thursdays": days listed)
const DAY_LIST = String.raw`${DAY}(?:(?:\s*[,/&]\s*|\s+and\s+|\s+)${DAY})+`;
const RULE = String.raw`((?:every|each)\s+.+|(?:daily|weekly|monthly|quarterly|yearly|annually|fortnightly)(?:\s+on\s+.+)?|on weekdays|weekdays|every day|(?:on\s+)?(?:the\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th))\s+(?:of\s+)?(?:every|each)\s+month|(?:on\s+)?(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+of\s+(?:every|each)\s+month|(?:only\s+)?(?:on\s+)?${PLURAL_DAYS}|(?:on\s+)?${DAY_LIST})`;
/** A rule said plainly, as in "instead of monthly", "from weekly to …", "not just weekdays". */
const OLD_RULE = String.raw`(?:daily|weekly|monthly|yearly|annually|fortnightly|weekdays|on weekdays|every\s+(?:day|week|month|year|weekday|other week)|${PLURAL_DAYS})`;

/** "teddy comes in every 6 weeks, set his groom to repeat like that": [said, task, how often]. */
function likeThat(said: string): [string, string, string] | null {
  const told = new RegExp(
    String.raw`^.+?\s+${RULE}\s*,\s*(?:so\s+)?(?:please\s+)?(?:set|make|have)\s+(.+?)\s+(?:to\s+)?(?:repeat|recur)\s+(?:like that|the same|that way|then|so)$`,
    'i',
  ).exec(said);
  return told ? [told[0], told[2]!, told[1]!] : null;
}

export const setRepeat: Rule = {
  name: 'set-repeat',
  // Above schedule: "make the run repeat every Monday and Thursday" names its days as a rule.
  specificity: 80,
  extract: (s, { dialogue, question }): Intent | Intent[] | undefined => {
    if (question) return undefined;
    // ("set up a weekly reminder to call grandma on Sundays": a new task, asked for)
    if (
      /^(?:set(?:\s+up)?|make|create)\s+(?:me\s+)?(?:a|an)\s+(?:\w+\s+)?(?:reminder|task|to-?do)\s+(?:for\s+(?:me|us)\s+)?(?:to|for|about)\s/i.test(
        s,
      )
    )
      return undefined;
    // "the baskets just need watering once tomorrow, not every day": no repeat, due then
    const once =
      /^(?:the\s+|my\s+)?(.+?)\s+(?:just\s+|only\s+)?needs?\s+(?:[a-z]+ing\s+|to\s+be\s+[a-z]+\s+)?(?:just\s+)?(?:once|the once|one time)(?:\s+(.+?))?(?:\s*,?\s*(?:not|rather than|instead of)\s+(?:every\s+\w+|each\s+\w+|daily|weekly|monthly)(?:\s+any\s*more)?)?$/i.exec(
        s,
      );
    if (once && !/^(?:it|that|this|they|i|we)$/i.test(once[1]!)) {
      const ref = parseRef(once[1]!);
      const stop: Intent = { type: 'set-repeat', ref, repeat: null };
      return once[2] ? [stop, { type: 'schedule', ref, when: once[2] }] : stop;
    }
    // "make the plants one repeat", "can the bins recur?": how often isn't said, so it is asked
    // ("clean the mews should repeat", "change how often the Juno weighing repeats": the same)
    const howOften =
      /^(?:make|set|have|let|turn)\s+(.+?)\s+(?:into\s+a\s+)?(?:repeat|recur|repeating|recurring|a repeating (?:task|one)|a recurring (?:task|one))$/i.exec(
        s.replace(/\s+(?:please|pls|too|as well)$/i, ''),
      ) ??
      /^(?!(?:it|that|this|they|i|we|you)\b)(.+?)\s+(?:should|needs to|has to|must|ought to)\s+(?:repeat|recur|be (?:a )?(?:repeating|recurring)(?: task| one)?)$/i.exec(
        s.replace(/\s+(?:please|pls|too|as well|now)$/i, ''),
      ) ??
      /^(?:change|set|update|adjust)\s+how\s+often\s+(.+?)\s+(?:repeats|recurs|happens|comes round|is done)$/i.exec(
        s.replace(/\s+(?:please|pls)$/i, ''),
      );
    if (howOften)
      return { type: 'set-repeat', ref: parseRef(howOften[1]!), repeat: null, ask: true };
    const said = s
      // ("… rather than Sundays from now on": the words after the days first)
      .replace(/\s+(?:from now on|from now|from today|from here on|going forward|in future)$/i, '')
      // "meal prep should be on saturdays, not sundays": the days it had are the ones replaced
      .replace(
        new RegExp(
          String.raw`,?\s+(?:not|instead of|rather than)\s+(?:on\s+)?${PLURAL_DAYS}(?:\s+any ?more)?$`,
          'i',
        ),
        '',
      )
      // "yearly instead of monthly", "daily not just weekdays": the rule it had is the one replaced
      .replace(
        new RegExp(
          String.raw`,?\s+(?:instead of|rather than|not(?:\s+just|\s+only)?)\s+${OLD_RULE}(?:\s+any ?more)?$`,
          'i',
        ),
        '',
      )
      // "payroll should be on the 28th each month, not the 25th": the day it had is replaced
      .replace(
        /,?\s+(?:not|instead of|rather than)\s+(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i,
        '',
      )
      // "change the newsletter from weekly to monthly on the 15th"
      .replace(new RegExp(String.raw`\s+from\s+${OLD_RULE}\s+(?=to\s)`, 'i'), ' ')
      // "change the expense report to repeat on the 1st of every month"
      .replace(/^(?:make|change|set|switch|turn)\s+(.+?)\s+to\s+(?=repeat\s)/i, 'make $1 ')
      // ("… every Saturday instead of just the once": what it was)
      .replace(
        /\s+(?:instead of|rather than)\s+(?:just\s+)?(?:the\s+)?(?:once|one-?off|one time)$/i,
        '',
      )
      .replace(
        /\s+(?:please|pls|instead|too|from now on|only|now|going forward|then|again|once more|like before|as before)$/i,
        '',
      )
      // "the doctor says mum's checks only need to be weekly": what was said, not who said it
      .replace(
        /^(?:the\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:says|said|reckons|thinks)\s+(?:that\s+)?(?=\S)/iu,
        '',
      )
      // ("…, please set", "…, set that")
      .replace(
        /,\s*(?:please\s+)?(?:set|save|note)(?:\s+(?:that|it|this))?(?:\s+please)?$|,?\s+(?:set|do|make|note|save)\s+(?:that|it|this)$/i,
        '',
      )
      // "bins have changed to wednesdays now, update the repeat": the request repeats the news
      .replace(
        /,?\s+(?:so\s+)?(?:please\s+)?(?:update|change|fix|adjust|sort)\s+(?:the\s+(?:repeat|task|schedule)|it|that)(?:\s+please)?$/i,
        '',
      )
      .replace(/\s+(?:now|from now on)$/i, '');
    // "does the rota repeat?" … "it doesn't need to anymore", "it shouldn't": the repeat asked about
    if (
      dialogue.askedAbout === 'repeat' &&
      /^(?:(?:no|nah|ok|okay|well|actually|right)[,\s]+)*(?:(?:it|that|this|they)\s+)?(?:doesn't|does not|don't|do not|shouldn't|should not|needn't|need not|won't)(?:\s+(?:need|have)\s+to)?(?:\s+any\s*more|\s+now|\s+any\s+longer)*$/i.test(
        said,
      )
    )
      return { type: 'set-repeat', ref: { kind: 'focus' }, repeat: null };
    // "change the window boxes so they repeat every 2 days": that task's repeat
    const soThat = new RegExp(
      String.raw`^(?:make|change|set|switch|update|fix)\s+(.+?)\s+so\s+(?:that\s+)?(?:it|they)\s+(?:repeat|recur|happen|come back|come up|reoccur|(?:is|are)\s+done)(?:s)?\s+${RULE}$`,
      'i',
    ).exec(said);
    if (soThat)
      return { type: 'set-repeat', ref: parseRef(soThat[1]!), repeat: everyDay(soThat[2]!) };
    const make =
      new RegExp(
        String.raw`^(?:make|set|have|let)\s+(.+?)\s+(?:repeat|recur|happen|come back|come up|reoccur)(?:s)?\s+${RULE}$`,
        'i',
      ).exec(said) ??
      new RegExp(
        String.raw`^(.+?)\s+(?:should|needs to|has to|must|will)?\s*(?:repeat|recur|reoccur|happen)s?\s+${RULE}$`,
        'i',
      ).exec(said) ??
      new RegExp(String.raw`^(?:repeat|recur)\s+(.+?)\s+${RULE}$`, 'i').exec(said) ??
      // "can the prayer rota go on the first Friday of every month"
      new RegExp(
        String.raw`^(?:can|could|should)\s+(.+?)\s+(?:go|be|happen|be done)\s+(?:on\s+)?${RULE}$`,
        'i',
      ).exec(said) ??
      // "make standup only on mondays", "change renew subscription to yearly"
      new RegExp(
        String.raw`^(?:make|change|set|switch|turn)\s+(?!(?:it|that|this)\s)(.+?)\s+(?:so\s+(?:that\s+)?(?:it|they)\s+(?:repeats?|recurs?|happens?|comes?\s+(?:round|around|up)|(?:is|are)\s+done)\s+|to\s+|into\s+)?(?:be\s+)?(?:only\s+)?${RULE}$`,
        'i',
      ).exec(said) ??
      // "move gym to saturdays", "switch the bins to every other Tuesday": its days moved
      new RegExp(
        String.raw`^(?:move|shift|switch|put|bump)\s+(?!(?:it|that|this)\s)(.+?)\s+(?:to|onto)\s+(?:only\s+)?((?:on\s+)?${PLURAL_DAYS}|(?:every|each)\s+.+)$`,
        'i',
      ).exec(said) ??
      // "the boiler service is every year, set that", "the tomatoes task, make it daily"
      new RegExp(
        String.raw`^(?!(?:it|that|this)\s+(?:is|are|was|'s|needs?|wants?|should|will|has|have|happens|repeats|comes|goes|runs|only|just|now|gets)\b|(?:it|that|this)['’]s\b)(.+?)(?:['’]s(?:\s+(?:only|just|now|(?:moved|changed|switched)\s+to|moving\s+(?:from\s+\S+(?:\s+\S+)?\s+)?to|changing\s+(?:from\s+\S+(?:\s+\S+)?\s+)?to|going\s+to))?|\s+(?:is|are|happens|happen|comes round|comes up|renews|runs|recurs|repeats|is renewed|is due|falls due|should be|(?:should|must|will|can)\s+(?:only\s+)?(?:happen|be|run|go|repeat|recur)(?:\s+only)?|is\s+(?:only|just|now)|(?:only\s+)?needs? to be|has to be|will be|(?:only\s+)?(?:needs?|wants?)\s+(?!to\b)[a-z]+ing|(?:go|goes)(?:\s+out)?|(?:is|are|'re)\s+(?:moving|changing|switching|going)\s+(?:from\s+\S+(?:\s+\S+)?\s+)?to|(?:is|are|'re)\s+(?:going|switching|changing)(?=\s+(?:fortnightly|weekly|monthly|daily|yearly|annually|biweekly|bi-weekly|quarterly)\b)|(?:has|have)\s+(?:been\s+)?(?:moved|changed|switched)\s+to|(?:is|are)\s+(?:moved|changed|switched)\s+to|gets?\s+(?:paid|done|collected|emptied|cleaned|changed|checked|watered|fed|walked|serviced)|should\s+only\s+be|(?:only\s+)?(?:happens|comes|runs|meets|visits|goes)|only\s+(?:happen|come|run|meet|visit|go)|(?:are|is)\s+(?:now|only|just)(?:\s+on)?))\s+${RULE}(?:\s+(?:for good|from now on|from now|from today|from here on|going forward|permanently|now|instead))*(?:,?\s+(?:set|do|make|note|save)\s+(?:that|it|this))?$`,
        'i',
      ).exec(said) ??
      new RegExp(
        // ("order shampoo, I want it every 2 weeks", "…, I'd like to do it every Monday")
        String.raw`^(.+?),\s*(?:(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:make|set|have)|(?:i|we)\s+(?:want|need|would like|'d like)(?:\s+to\s+(?:do|have))?)\s+(?:it|that)\s+(?:repeat\s+|done\s+)?${RULE}$`,
        'i',
      ).exec(said) ??
      // "Mrs Abernathy wants her baby grand done yearly", "the Jacksons want the spaniel walked
      // every weekday": what someone wants done, that often
      new RegExp(
        String.raw`^(?:[\p{L}'’.-]+\s+){1,3}(?:wants?|would like|'d like|needs?|asked for|asks for|has asked for)\s+((?:her|his|their|the|my|our)\s+.+?)\s+(?:done|[a-z]+ed)\s+${RULE}$`,
        'iu',
      ).exec(said) ??
      // "the Old Mill only needs bread on weekdays now": what someone takes, that often from now
      // on (a change told: "only" or "now" says so)
      (/\b(?:only|now|these days|from now on|going forward)\b/i.test(s)
        ? new RegExp(
            String.raw`^(?!(?:it|that|this|i|we|you|he|she|they)\b)((?:the|my|our)\s+.+?|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(?:only\s+|just\s+|now\s+)*(?:needs?|wants?|gets?|has|have|takes?|orders?)\s+(?!to\b)(?:[\p{L}'’-]+\s+){0,3}?(?:only\s+)?${RULE}$`,
            'iu',
          ).exec(said)
        : null) ??
      // "teddy comes in every 6 weeks, set his groom to repeat like that": the task, that often
      likeThat(said) ??
      // "we're only on the church flower rota every four weeks now", "I do the bins every other
      // week now": how often one does it, told
      new RegExp(
        String.raw`^(?:we're|we are|i'm|i am|we|i)\s+(?:only\s+|just\s+|now\s+)?(?:on|doing|do|run|running|have|having|get|getting)\s+((?:the|my|our)\s+.+?)\s+(?:only\s+)?${RULE}$`,
        'i',
      ).exec(said) ??
      // "hoover the stairs: every Tuesday and Saturday instead of weekly" (the rule it had said)
      (/\b(?:instead of|rather than|not)\s/i.test(s)
        ? new RegExp(String.raw`^(.+?)\s*(?::|\s-|—)\s*${RULE}$`, 'i').exec(said)
        : null);
    if (make) {
      const ref = parseRef(make[1]!);
      // ("change Mum's hearing aid batteries every other Monday": a deed, when no task is called so)
      // ("the hedge needs cutting every month": a new task, when no task is called so)
      const deed =
        (/^(?:change|check|clean|replace|set up|turn)\s/i.test(said) &&
          !/\s(?:to|into)\s/i.test(said)) ||
        /\s(?:needs?|wants?)\s+(?!to\b)[a-z]+ing\s/i.test(said);
      return {
        type: 'set-repeat',
        ref,
        repeat: everyDay(make[2]!),
        ...(deed ? { fallback: { type: 'add' as const, title: s } } : {}),
      };
    }
    // "every week please", "make it every Monday", "weekly" right after adding or changing one
    const focus = new RegExp(
      String.raw`^(?:(?:actually|and|oh)[,\s]+)*(?:(?:make|set) (?:it|that|this)\s+(?:to\s+)?(?:repeat\s+)?|set\s+(?:(?:it|that|this)\s+)?(?:to\s+)?(?:repeat\s+)?(?=every|each)|(?:it|that|this) (?:should )?(?:repeats?|recurs?|happens|is done|comes round|comes up)\s+|repeat(?:\s+(?:it|that|this))?\s+|(?:move|shift|switch)\s+(?:it|that|this)\s+to\s+(?=(?:every|each)\s|(?:mon|tues|wednes|thurs|fri|satur|sun)days\b)|(?:he|she|they|we|(?:the|my|our)\s+[a-z'-]+)(?:'s|'ve|\s+has|\s+have)?\s+(?:asked for|asks for|wants|want|would like|'d like|needs|need|requested|booked)\s+(?:a|an|one|it|them|that)(?:\s+[a-z'-]+)?\s+)?${RULE}$`,
      'i',
    ).exec(said);
    // (after a question about it too: "is the reading a one-off?" … "make it every Wednesday")
    if (focus && (dialogue.lastAction || dialogue.lastAsked) && dialogue.lastAction !== 'delete')
      return { type: 'set-repeat', ref: { kind: 'focus' }, repeat: everyDay(focus[1]!) };
    const stop =
      /^(?:stop|don't|do not|no longer|no more)\s+(?:repeating|recurring|repeat)\s+(.+)$/i.exec(
        said,
      ) ??
      // "stop the daily weigh-in from repeating"
      /^(?:stop|prevent)\s+(.+?)\s+(?:from\s+)?(?:repeating|recurring)(?:\s+any ?more)?$/i.exec(
        said,
      ) ??
      // "stop the nanny repeat", "cancel the gym recurrence"
      /^(?:stop|cancel|end|kill|turn off|remove|drop|delete)\s+(?:the\s+)?(.+?)(?:'s)?\s+(?:repeat|recurrence|repetition)(?:\s+any ?more)?$/i.exec(
        said,
      ) ??
      // "the lab meeting no longer repeats", "the class must not repeat any more"
      /^(.+?)\s+(?:(?:is|'s|are|'re)\s+)?(?:no longer|must not|mustn't|shouldn't|should not|won't|will not|doesn't|does not|not)\s+(?:repeats?|recurs?|repeating|recurring)(?:\s+(?:any\s*more|more))?$/i.exec(
        said,
      ) ??
      /^(.+?)\s+(?:doesn't|does not|shouldn't|should not|won't|needn't|no longer)\s+(?:need to\s+)?(?:repeat|recur)(?:\s+any\s*more)?$/i.exec(
        said,
      ) ??
      /^(?:make|set)\s+(.+?)\s+(?:a\s+)?(?:one-?off|one time|not repeat(?:ing)?|non-?repeating)$/i.exec(
        said,
      ) ??
      /^(?:remove|clear|drop|turn off|cancel)\s+(?:the\s+)?(?:repeat|recurrence|repetition)\s+(?:on|from|for|of)\s+(.+)$/i.exec(
        said,
      ) ??
      // "i don't need the call dad reminder to repeat, he's staying with us now"
      /^(?:i|we)\s+(?:don't|do not|no longer)\s+(?:need|want)\s+(.+?)\s+to\s+(?:repeat|recur|keep repeating)(?:\s+any\s*more)?(?:\s*,.*)?$/i.exec(
        said,
      ) ??
      // "the 1:1 with Priya is a one-off now, no more repeats"
      /^(?!(?:it|that|this)\b)(.+?)\s+(?:is|'s)\s+(?:now\s+|just\s+|only\s+)?(?:a\s+)?(?:one-?off|one time thing|one-?time thing|one-?time)(?:\s+now)?(?:\s*,\s*(?:so\s+)?(?:no more repeats?|stop (?:the\s+)?repeat(?:s|ing)?|don't repeat it))?$/i.exec(
        said,
      );
    // "the yoga class is no longer on Thursdays, only Tuesdays": the days it keeps
    const onlyNow = new RegExp(
      String.raw`^(?!(?:it|that|this)\b)(.+?)\s+(?:is|are|'s|'re)\s+(?:no\s+longer|not)\s+(?:on\s+)?(?:${PLURAL_DAYS})(?:\s+any\s?more)?\s*[,;]?\s*(?:only|just|but)\s+(?:on\s+)?(${PLURAL_DAYS})(?:\s+now)?$`,
      'i',
    ).exec(said);
    if (onlyNow)
      return { type: 'set-repeat', ref: parseRef(onlyNow[1]!), repeat: `every ${onlyNow[2]!}` };
    // "stop the repeating one", "cancel the weekly one": the task that repeats so
    const repeatingOne =
      /^(?:stop|cancel|end|turn off|don't repeat|no more repeats (?:for|on))\s+(the\s+(?:repeating|recurring|daily|weekly|fortnightly|monthly|yearly|annual)\s+(?:one|task|item|job|thing|reminder))$/i.exec(
        said,
      );
    if (repeatingOne)
      return { type: 'set-repeat', ref: { kind: 'words', text: repeatingOne[1]! }, repeat: null };
    // ("remove the repeat": the task talked about)
    // ("no wait, it shouldn't repeat": it, put right)
    const subject =
      stop && stop[1]!.replace(/^(?:(?:no|nope|wait|actually|sorry|oh|hmm+|oops|ah)[,\s]+)+/i, '');
    if (stop && subject)
      return {
        type: 'set-repeat',
        ref: /^(?:the|its|this|that|it)$/i.test(subject.trim())
          ? { kind: 'focus' }
          : parseRef(subject),
        repeat: null,
      };
    // "when does the stock take repeat?" … "move it to Saturdays instead of Mondays"
    const toDays = new RegExp(
      String.raw`^(?:(?:actually|ok|okay|so|and)[,\s]+)*(?:move|change|switch|shift|put)\s+(?:it|that|them)\s+to\s+(?:only\s+)?(${PLURAL_DAYS})$`,
      'i',
    ).exec(said);
    if (toDays && (dialogue.lastAction || dialogue.lastAsked))
      return { type: 'set-repeat', ref: { kind: 'focus' }, repeat: toDays[1]! };
    // "stop the greenhouse one repeating, I've put a drip system in": why, after the request
    const why = withoutReason(said);
    if (why !== said) {
      const found = setRepeat.extract(why, { dialogue, question, sentence: why });
      if (found && !Array.isArray(found) && found.type === 'set-repeat' && found.repeat === null)
        return found;
    }
    // "stop it repeating", "make it stop repeating", "no more repeats", "it shouldn't repeat":
    // the task just talked about
    if (
      /^(?:(?:and|so|ok|okay|then|please|actually)[,\s]+)*(?:(?:(?:make|let)\s+(?:it|that|this)\s+)?(?:stop|don't|do not|no longer)\s+(?:it\s+|that\s+|this\s+)?(?:repeating|recurring|repeat)(?:\s+(?:it|that|this))?|no more repeats?|stop the repeats?|(?:remove|clear|drop|turn off|cancel) the (?:repeat|recurrence)|(?:it|that|this)\s+(?:shouldn't|should not|doesn't need to|won't|needn't)\s+repeat|(?:it's|it is|that's|that is|it was|this is)\s+(?:just\s+|only\s+)?(?:a\s+)?(?:one-?off|one time thing|one-?time thing))(?:\s+any\s*more)?(?:\s+(?:please|then|now|really))*$/i.test(
        said,
      ) &&
      (dialogue.lastAction || dialogue.lastAsked)
    )
      return { type: 'set-repeat', ref: { kind: 'focus' }, repeat: null };
    return undefined;
  },
};

/** "Tuesday and Thursday" as a repeat: every Tuesday and Thursday. */
const everyDay = (rule: string) =>
  /^(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:s)?(?:\s*(?:,|and|&)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)+$/i.test(
    rule.trim(),
  )
    ? `every ${rule.trim().replace(/^on\s+/i, '')}`
    : rule;
