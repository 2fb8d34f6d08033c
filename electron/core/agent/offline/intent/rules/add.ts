// Adding: "add a task to buy groceries", "remind me to water the plants", "I need to pay bills",
// "add eggs, bread and a call to the vet" (three tasks), "add milk and also call grandma" (two).
import { parseQuickAdd } from '../../../../time/quick-add.ts';
import { itemDetails, onlyDetails, priorityOf } from '../time-words.ts';
import { tidyDescription, tidyTitle, withoutAside } from '../normalize.ts';
import type { Intent, Rule, RuleContext } from '../types.ts';
import { alt, NUMBER_WORDS, rx, TASK_VERBS, VERBS, VERBS_OF_DEEDS } from '../vocabulary.ts';
import { pastToBase } from './statement.ts';
import { DESCRIPTION_NOUN } from './update-fields.ts';

const PREFIXES: RegExp[] = [
  /^(?:please\s+)?(?:remind|remember) me (?:to|(?:that\s+)?(?:i|we)\s+(?:need|have|must|should|ought|gotta|got|'ve got|have got)(?:\s+to)?|about|of)\s+/i,
  // "I think I need to add collect my prescription": the add is the request, what follows the task
  /^(?:i\s+)?(?:think\s+)?(?:i\s+)?(?:need|want|would like|'d like|have|wanna)\s+to\s+add\s+(?!up\b)(?:(?:a\s+)?(?:task|todo|reminder)\s+(?:to\s+)?)?/i,
  /^(?:don't|dont|do not) let me forget (?:to|about)\s+/i,
  // "I need a reminder to check the smoke alarms", "I'd like a task for the boiler service"
  /^(?:i\s+|i(?='d))?(?:need|want|would like|'d like)\s+(?:a|an)\s+(?:reminder|task|to-?do)\s+(?:to|for|about)\s+/i,
  // "can you help me remember for pay the nursery fees"
  /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?help me (?:to\s+)?remember(?:\s+(?:to|for|about))?\s+/i,
  /^(?:i\s+)?(?:need|have|want|got|gotta|must|should)\s+(?:to\s+)?remember\s+(?:to\s+|that i (?:need|have) to\s+)?/i,
  /^(?:i'll|i will|we'll|i'd)\s+(?:need|have)\s+to\s+/i,
  /^(?:(?:i|we)\s+)?(?:(?:really|definitely|seriously|honestly|also|still|actually)\s+)?(?:need to|have to|must to|must|should|ought to|gotta|got to|'ve got to|have got to|want to remember to|mustn't forget to|can't forget to|cannot forget to|shouldn't forget to|need to remember to)(?:\s+(?:really|definitely|seriously|honestly|also|actually|totally|probably|maybe|perhaps|finally|just|still|quickly|urgently|eventually))?(?:\s*:\s*|\s+)/i,
  // ("I'm going to the library later …" says where, not what to do)
  /^(?:i'm|i am)\s+(?:going to|gonna|planning to|supposed to)\s+(?!(?:the|a|an|my|his|her|our|their|be|see)\b)/i,
  /^(?:i've|i have|we've|we have)\s+(?:got|still got)\s+to\s+/i,
  /^remember (?:to|that i need to)\s+/i,
  // "can you remember for me to collect the parcel", "note to self: swap the night shift"
  /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?remember\s+for\s+(?:me|us)\s+(?:to\s+)?/i,
  /^note to (?:self|me|myself)\b\s*[:,-]?\s*/i,
  // ("I keep forgetting things lately": a worry, no task)
  /^(?:i|we)\s+(?:keep|kept|always)\s+forgetting\s+(?:to\s+)?(?!(?:things|stuff|everything|lots|a lot|so much|stuff like that|my|his|her|their|our|the|about)\b)/i,
  /^new (?:tasks?|todos?|to-dos?|to do|items?|reminders?|entry|entries|one|job|chore|errand|thing)\b(?:\s+(?:please|pls|plz))?\s*[:-]?\s*/i,
  /^remind me\s*[:-]\s*/i,
  // "chuck on the list: grab a slab of beer"
  /^(?:chuck|pop|stick|bung|whack|throw|put|add|jot)\s+(?:(?:it|this|these)\s+)?(?:on|onto|in|to)\s+(?:the|my)\s+(?:\w+\s+)?list\s*[:,-]\s*/i,
  /^(?:set(?:\s+up)?|create|make)\s+(?:a|an|me\s+a)\s+(?:reminder|task|to-?do)\s+(?:to|for|:)\s*/i,
  // "could you pop a task on for me to write a card", "stick a reminder in to ring the bank"
  /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:pop|stick|put|bung|chuck|whack|slap|set(?:\s+up)?)\s+(?:a|an|me\s+a)\s+(?:new\s+|quick\s+|wee\s+|little\s+)?(?:reminder|task|to-?do|note|job)\s+(?:on|in|down|up)?\s*(?:(?:for|with)\s+(?:me|us)\s+)?(?:to|for|:)\s+/i,
];

const COUNT = '(?:one|two|three|four|five|six|\\d+)';
const OBJECT = rx`^(?:(?:(?:something|smth|sth|this|these|those|the following|following|a couple of|a few|several|some more|couple of)(?:\\s+\\w+)?(?:\\s+(?:things|items|tasks|todos|reminders))?(?=\\s*:)|(?:these|those|the following|following|a couple of|a few|several|some more|couple of)(?:\\s+(?:things|items|tasks|todos|reminders))?)|(?:${COUNT}(?=\\s*:(?!\\d)))|(?:(?:another|one more)\\s+one)|(?:(?:a|an|the|another|one more|new|this|some|${COUNT})\\s+)*(?:(?:new|recurring|repeating|regular|quick|little|small|wee|tiny|short)\\s+)?(?:tasks?|todos?|to-dos?|items?|reminders?|entry|entries|things?|note|action items?|actions?|tickets?|jobs?)(?:\\s+(?:items?|entry|entries))?)\\b(?:\\s+(?:to (?:my |the )?(?:list|tasks|todo list|to-do list))?)?`;
export const TRAILERS =
  /\s+(?:to|on|onto)\s+(?:that|this|those)$|\s+(?:to|on|onto|in|into|for)\s+(?:(?:my|the|our)\s+(?:\w+\s+)?)?(?:list|to-?do list|todo list|tasks|task list|todos|to-dos|list of tasks|agenda)(?:\s+(?:please|for me))?$|(?<!^\s*(?:send|give|present|email|e-mail|show|hand|deliver|report|submit|take|bring|explain|pitch|forward|circulate|mail|post|write)\b.*)\s+(?:to|on|onto)\s+(?:my|the|our)\s+(?:\w+\s+)?board$|\s+as\s+(?:a\s+|one\s+)?(?:new\s+|single\s+|separate\s+)?(?:task|todo|to-do|reminder|item)$|\s+(?:on|onto|in)\s+(?:there|here)(?:\s+(?:please|pls|for me))?$/i;
const VERB = rx`^${alt(VERBS.add)}\\b`;
/** "…, can you add that as a task?", "… — put it on the list": after the task's own words ("remember
 * this" alone is the task). */
const ADD_THAT_TAIL =
  /(?<=\S)(?:\s*[,—–]\s*|\s+-\s+|\s+)(?:so\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+(?:you\s+)?|(?:please\s+)?help\s+me\s+(?:to\s+)?)?(?<!\b(?:can't|cannot|can|could|couldn't|won't|will|would|wouldn't|to|not|never|don't|didn't|might|may|i|we|they|he|she)\s)(?:add|put|note|make|save|remember|write|jot|pop|stick)(?:\s+(?:that|this|it)|(?=\s+(?:in|on|onto|to)\s+(?:my|the)\s))(?:\s+(?:as\s+a\s+task|(?:to|on|onto|in)\s+(?:(?:my|the)\s+)?(?:\w+\s+)?list|down|on|for me|please|pls|will you|would you|could you|can you|yeah|ta))*[?.!]*$/i;
/** "…, please add", "…, could you note it down": the add request ends the sentence. */
const ADD_THAT_BARE =
  /(?<=\S)(?:,\s*|\s+(?:please|pls)\s+|,?\s+(?:can|could|would|will)\s+you\s+(?:please\s+)?|,\s*(?:please\s+)?help\s+me\s+(?:to\s+)?)(?:add|note|save|jot)(?:\s+(?:that|this|it|both(?: of them)?|them(?: all| both)?|these|those|all of (?:them|that)))?(?:\s+down)?(?:\s+(?:please|pls|for me|thanks))?$/i;
/** "I want to learn to bake, add that as a task": what comes before the request is the task. */
const ADD_THAT_AFTER =
  /^(.+?)(?:\s*[,—–]\s*|\s+-\s+|\s+)(?:so\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+(?:you\s+)?|pls\s+)?(?:add|put|note|save|write|jot|pop|stick)(?:\s+(?:that|this|it|both(?: of them)?|them(?: all| both)?|these|those|all of (?:them|that)))?(?:\s+(?:down|in|on|as\s+a\s+(?:task|todo|to-do|reminder)|(?:to|on|onto|in)\s+(?:my|the)\s+(?:\w+\s+)?list|for\s+me|please|pls|plz))*$/i;
/** What comes before the thing to do in "I really need to remember to …", "I forgot I need to …",
 * "…, anyway what I actually need is to …". */
const INTENT_LEAD =
  /^(?:.*?\s)?(?:the\s+(?:one|thing|task)\s+(?:i|we)\s+(?:keep|kept|always)\s+(?:forgetting|forget)(?:\s+about)?\s+is\s+(?:to\s+)?|what\s+(?:i|we)\s+(?:(?:\w+ly|really|just|still)\s+)*(?:need|have|want|must|should|gotta)(?:\s+to\s+do)?\s+is\s+(?:to\s+)?|(?:i|we)(?:'d|'ll|\s+had|\s+will|\s+would)?\s+(?:(?:\w+ly|really|probably|still|also|just)\s+)*(?:need|have|got|gotta|better|must|should|ought|want|forgot|forget)(?:\s+to)?\s+(?:(?:that\s+)?(?:i|we)\s+(?:need|have|must|should)\s+to\s+)?(?:remember\s+to\s+)?)(?=\S)/i;
const WISH =
  /^(?:(?:i|we)\s+(?:(?:really\s+)?(?:want|would like|'d like|wanna|plan|hope|intend|mean)\s+to|(?:am|'m|are|'re)\s+(?:thinking of|planning on|hoping to))|(?:for me\s+)?(?:it\s+)?is\s+(?:needed|necessary|important)\s+(?:for me\s+)?to)\s+/i;

export const add: Rule = {
  name: 'add',
  specificity: 40,
  extract: (said, context): Intent | Intent[] | undefined => {
    // "please note that I have written to Margaret": a thing done, told formally, not a task
    const told =
      /^(?:(?:please|kindly|can you|could you)\s+)*(?:note|record|log|register)\s+(?:down\s+)?that\s+(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:just\s+|already\s+|finally\s+|now\s+)*([a-z]+)\b/i.exec(
        said,
      );
    if (told && pastToBase(told[1]!)) return undefined;
    // "I need to get my flu jab at some point, can you pop 'flu jab' on the list": the words
    // quoted are the title; what comes before says why
    const quotedOn =
      /[,;.]\s*(?:(?:so\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?)(?:pop|put|add|stick|write|jot|bung)(?:\s+down)?\s+(["“‘'])([^"”’]{2,80}?)["”’'](?:\s+(?:on|to|in|onto)\s+(?:the|my)\s+(?:\w+\s+)?list)?(?:\s+(?:for me|please|pls))*[?.!]*$/i.exec(
        said,
      );
    if (quotedOn && !context.question) return { type: 'add', title: tidyTitle(quotedOn[2]!) };
    // "i still need to call the school but i ordered the glasses": the task, and news of another
    const news =
      /^(.{6,}?)\s*,?\s+but\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|just\s+|finally\s+)?((?:[a-z]{3,}ed|did|paid|sent|got|bought|made|sold|rang|took|wrote|gave|posted|returned)\s+\S.*)$/i.exec(
        said,
      );
    if (news && !context.question) {
      const first = add.extract(news[1]!, { ...context, sentence: news[1]! });
      const each = Array.isArray(first) ? first : first ? [first] : [];
      if (each.length > 0 && each.every((i) => i.type === 'add'))
        return [...each, { type: 'complete', ref: { kind: 'statement', text: news[2]! } }];
    }
    const read = readAdd(said, context);
    // "please add a home assessment for Mr Rahman": the thing, without the "a" it was added with
    // ("and a sun hat too" keeps it: the deed before it is the task's)
    const found =
      read &&
      !Array.isArray(read) &&
      read.type === 'add' &&
      // ("and add a sprinkler check at the same time": the same, said as one more)
      /^(?:(?:and|also|then|oh and|plus)\s+)?(?:(?:please|pls|can you|could you)\s+)*add\s+(?:a|an)\s+(?!(?:task|todo|reminder|note|new task|second|third|another)\b)\p{Ll}/iu.test(
        context.sentence || said,
      )
        ? {
            ...read,
            title: read.title
              .replace(/^(?:a|an)\s+(?=\p{L}[\p{L}-]*\s+\S)/iu, '')
              .replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
          }
        : read;
    // "I keep forgetting to call the dentist", "I still need to renew it": said of a task, one
    // more is added only when none is called so; "… I still need to cancel him" names none
    if (
      /^(?:i|we)\s+(?:keep|kept|always)\s+forgetting\b|^(?:i|we)\s+still\s+(?:need|have|got)\b/i.test(
        said,
      ) &&
      // ("… so add that": asked outright)
      !/\b(?:add|put|note|jot|stick|pop)\s+(?:that|it|this)\b/i.test(said)
    ) {
      const each = Array.isArray(found) ? found : found ? [found] : [];
      if (
        each.some((i) => i.type === 'add' && /^\S+\s+(?:him|her|them|it|that|this)$/i.test(i.title))
      )
        return undefined;
      return found && (Array.isArray(found) ? found.map(unasked) : unasked(found));
    }
    // ("make it medium, accountant's got it in hand": a change to "it", never a task called
    // "It medium")
    const each = Array.isArray(found) ? found : found ? [found] : [];
    if (
      each.some(
        (i) =>
          i.type === 'add' &&
          /^(?:it|that|this|them)\s+\S/i.test(i.title) &&
          (onlyDetails(i.title.replace(/^\S+\s+/, '')) ||
            priorityOf(i.title.replace(/^\S+\s+/, '')) !== undefined ||
            /^\S+\s+(?:high|low|medium|normal|top)(?:\s+prio(?:rity)?)?$/i.test(i.title)),
      )
    )
      return undefined;
    return found;
  },
};

const unasked = (i: Intent): Intent => (i.type === 'add' ? { ...i, unasked: true } : i);

const EVERY: Record<string, string> = {
  daily: 'every day',
  nightly: 'every night',
  weekly: 'every week',
  fortnightly: 'every fortnight',
  monthly: 'every month',
  quarterly: 'every quarter',
  yearly: 'every year',
  annual: 'every year',
};
/**
 * "set up a weekly reminder to call grandma on Sundays", "I need a daily reminder to take my
 * pills": how often, said before the task, goes after it (unless the rest says it again).
 */
function oftenSaidFirst(said: string): string {
  const m =
    /^((?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:add|set(?:\s+up)?|create|make|schedule|put in|give me|(?:i\s+|i(?='d))?(?:need|want|would like|'d like))\s+(?:me\s+)?(?:a|an)\s+)(daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual)\s+(reminder|task|to-?do|job|chore)\s+((?:for\s+(?:me|us)\s+)?(?:to|for|about|:)\s*)(.+)$/i.exec(
      said,
    );
  if (!m) return said;
  const again =
    /\b(?:every|each|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)days\b/i.test(
      m[5]!,
    );
  const lead = m[1]!.replace(
    /^(?:i\s+|i(?='d))?(?:need|want|would like|'d like)\s+(?:me\s+)?(?:a|an)\s+$/i,
    'add a ',
  );
  return `${lead}${m[3]} ${m[4]}${m[5]}${again ? '' : ` ${EVERY[m[2]!.toLowerCase()]}`}`;
}

function readAdd(said: string, context: RuleContext): Intent | Intent[] | undefined {
  {
    // "make it today and high priority": a change to a task, never a new one called "It …"
    // ("yes make the task match", "make the task say 10am": the task there is, changed)
    if (
      /^(?:(?:yes|yeah|ok|okay|so|and)[,\s]+)*(?:make|set|get|put)\s+(?:it|that|this|them|the\s+(?:task|one|item|reminder))\s+\S/i.test(
        said,
      ) &&
      !/["'“‘]/.test(said)
    )
      return undefined;
    // "I should probably add …", "I'll just add …": the request is the add
    const s = oftenSaidFirst(said).replace(
      /^(?:i\s+)?(?:should|shall|might|could|will|'ll|may|would|better)\s+(?:probably\s+|maybe\s+|just\s+|also\s+|quickly\s+|better\s+)?(?=add\s)/i,
      '',
    );
    // "I want new task, title is Learn German" / "new task called Plan the party"
    // ("buy the flowers for the name day of Ania": a name day, in the title)
    const nameInTitle =
      /\b(?:for|of|to|on|in|at|by|from|about|my|his|her|their|your|our|a)\s+(?:the\s+)?(?:title|name)\s+(?!(?:is|should)\b)\p{L}/iu.test(
        s,
      ) && !/\b(?:title|name)\s*(?:is\b|:|=|should be\b)/i.test(s);
    const named =
      /\b(?:title|name)\b/i.test(s) &&
      !nameInTitle &&
      s.match(
        /\b(?:new|add|create|make)\b.*?\b(?:task|todo|to-do|item|reminder)\b.*?[,:]?\s*(?:(?:the|with(?: the)?|called|named)\s+)?(?:title|name)\s*(?:is|:|=|should be|\s)\s*(.+)$/i,
      );
    // ("… with description 'Chocolate, name is Lily'": that name is inside the quoted value.)
    const inQuote = (at: number) => (s.slice(0, at).match(/["'`]/g) ?? []).length % 2 === 1;
    if (named && !inQuote(s.length - named[1]!.length)) {
      // "…, the name is Visit uncle Khaled, and description is bring the sweets"
      const both = named[1]!.match(
        rx`^(.+?),?\\s+and\\s+(?:the\\s+)?${DESCRIPTION_NOUN}\\s*(?:is|:|=|should be)\\s*(.+)$`,
      );
      return both
        ? { type: 'add', title: tidyTitle(both[1]!), description: tidyDescription(both[2]!) }
        : { type: 'add', title: tidyTitle(named[1]!) };
    }

    // "I put it in the note": where something was written, not a request
    if (/^(?:i|we)\s+(?:put|wrote|added|noted|jotted|saved)\s+(?:it|that|this|them)\b/i.test(s))
      return undefined;
    // "add a task for Thursday", "set a reminder for next Tuesday at 11": when, but not what yet
    const whenFirst =
      /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:add|set(?:\s+up)?|make|create|put in|pop in|stick in|put|pop|stick|bung)\s+(?:me\s+)?(?:a|an|another|something|one)(?:\s+new)?(?:\s+(?:task|reminder|to-?do|item|one|thing|job))?(?:\s+(?:in|on|down))?\s+((?:for|on|at|by|due|next|this|tomorrow|today|tonight|every|each)\b.*)$/i.exec(
        s,
      ) ??
      // "remind me about something tomorrow": when, the what to follow
      /^remind\s+me\s+(?:(?:about|of|to do)\s+(?:something|a thing|one thing)\s+)?((?:for|on|at|by|next|this|tomorrow|today|tonight|in\s+(?:\d+|an?|one|two|three)\s+(?:hours?|minutes?|mins?|days?))\b.*)$/i.exec(
        s,
      );
    if (whenFirst && onlyDetails(whenFirst[1]!))
      return { type: 'add-missing-title', details: whenFirst[1]! };
    // "remind me to", "add", "new task please", "set a reminder", "stick a new one on there for
    // me": a request with nothing to add yet.
    if (
      /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:add|set(?:\s+up)?|make|create|stick|pop|put|bung|chuck|whack)\s+(?:me\s+)?(?:a|an|another)\s+(?:new\s+)?(?:one|task|reminder|to-?do|item|entry|job|thing|chore)(?:\s+(?:on|in|up|down|onto|to))?(?:\s+(?:there|here|the list|my list))?(?:\s+(?:for\s+(?:me|us)|please|pls))*$/i.test(
        s,
      ) ||
      // ("can you add some stuff for me", "add a few things"): the things come next
      /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:add|put|stick|pop|jot|note)\s+(?:down\s+)?(?:some|a\s+few|a\s+couple(?:\s+of)?|a\s+bunch\s+of|more|two|three|four|several)\s+(?:more\s+)?(?:stuff|things|tasks|items|bits|jobs|to-?dos)(?:\s+(?:down|on|in))?(?:\s+(?:for\s+(?:me|us)|please|pls|to\s+(?:the|my)\s+list))*$/i.test(
        s,
      ) ||
      /^(?:remind me(?: (?:of|about|to))?(?: something| a thing)?|(?:can|could|may) i (?:add|put in) (?:something|a task|one|an item|a thing)|i (?:want|would like|'d like) to add (?:something|a task|one)|add(?: a)?(?: new)?(?: task| todo| item)?|new (?:task|todo|item)|create(?: a)?(?: new)? (?:task|todo)|i need to|note down|jot down)$/i.test(
        s,
      )
    )
      return { type: 'add-missing-title' };
    let body: string | undefined;
    let counted = false;
    let count = 0;
    // A list after a colon ("I need to: a, b and c", "add three: …") is one item per part.
    let enumerated = false;
    for (const prefix of PREFIXES) {
      const hit = s.match(prefix);
      if (hit) {
        body = s.slice(hit[0].length);
        // ("new tasks: …" lists them; "new one: …", "new task: …" says one)
        enumerated =
          hit[0].includes(':') &&
          !/^new\s+(?:one|task|todo|to-do|to do|item|reminder|entry|job|chore|errand|thing)\b/i.test(
            hit[0],
          );
        break;
      }
    }
    // "…, need to redo it": a deed done to something already talked about, not a new task
    if (
      body !== undefined &&
      !VERB.test(s) &&
      // ("I should really get on that", "need to get round to it")
      /^\S+(?:\s+(?:on|on with|onto|to|with|round to|around to|back to|at))?\s+(?:it|that|this|them|those)(?:\s+(?:again|soon|asap|now|today))?$/i.test(
        body.trim(),
      )
    )
      return undefined;
    // "Pick up Ava from football needs to go on my list", "get petrol needs adding"
    const needsAdding = s.match(
      /^(.+?)\s+(?:needs|need)\s+(?:to\s+go\s+(?:on|in)(?:to)?|to\s+be\s+(?:added|put)(?:\s+(?:to|on))?|adding(?:\s+to)?|putting\s+on|to\s+be\s+on)(?:\s+(?:my|the)\s+(?:\w+\s+)?list)?$/i,
    );
    if (body === undefined && needsAdding) body = needsAdding[1]!;
    if (body === undefined && !VERB.test(s)) {
      const asked = s.match(ADD_THAT_AFTER);
      // ("Mrs Henley has offered to write it": the deed of the sentence, not a request)
      if (
        asked &&
        /\s/.test(asked[1]!.trim()) &&
        !/\s(?:to|will|'ll|can|could)$/i.test(asked[1]!.trim())
      )
        body = asked[1]!
          // "I just remembered I should …", "it occurred to me that I need to …"
          .replace(
            /^(?:(?:hey|so|oh|ok|okay)[,\s]+)*(?:i\s+)?(?:just\s+)?(?:remembered|realised|realized|thought of|noticed)\s+(?:that\s+)?/i,
            '',
          )
          .replace(WISH, '')
          .replace(/^(?:i|we)\s+(?:should|must|need to|have to)\s+(?:really\s+)?/i, '');
      // "chem exam is on 12 june 9am, add it": the thing, and when it is
      const isWhen = body && /^(.+?)\s+(?:is|are|was|'s)\s+(.+)$/i.exec(body);
      if (isWhen && onlyDetails(isWhen[2]!)) body = `${isWhen[1]} ${isWhen[2]}`;
      // "I totally forgot I need to buy printer ink", "… so I'd better remember to buy a card"
      const deed = body?.replace(INTENT_LEAD, '');
      if (deed && deed !== body && TASK_VERBS.has(deed.split(/\s+/)[0]!.toLowerCase())) {
        // "Tomorrow I have to buy the present": the day said first is the task's
        const when = /^(.+?)[,\s]+(?:i|we)\b/i.exec(body!)?.[1];
        body = when && onlyDetails(when) ? `${deed} ${when}` : deed;
      }
    }
    // "and put Call Dave at the supplier on as its own task", "pop the bin bags on": onto the list
    const putOn =
      /^(?:put|pop|stick|bung|chuck|whack)\s+(.+?)\s+on(?:\s+(?:there|too|as well))?$/i.exec(s);
    if (
      body === undefined &&
      putOn &&
      !/^(?:it|that|this|them)\b/i.test(putOn[1]!) &&
      // (not "put the kettle on", a deed: only with the list or a task of its own said)
      /\b(?:own\s+task|as\s+a\s+(?:new\s+|separate\s+)?task|separate(?:ly)?|list)\b/i.test(
        context.sentence || said,
      )
    )
      return addWhole(putOn[1]!);
    if (body === undefined && VERB.test(s)) {
      const verb = s.match(VERB)![0].toLowerCase();
      body = s.replace(VERB, '').trim();
      // ("log descale the coffee machine": "log" is how it is put on the list when a deed follows)
      const next = body.split(/\s+/)[0]?.toLowerCase() ?? '';
      // ("log one to schedule a one-to-one": one more to do, put on the list)
      const logged =
        /^(?:log|record)$/.test(verb) &&
        (TASK_VERBS.has(next) ||
          /^(?:another\s+one|another|one\s+more|one)\s+to\s+\p{L}/iu.test(body));
      // "chuck out the rubbish", "throw away the old paint": the verb and its particle, a deed
      if (/^(?:chuck|throw|stick|pop|bung)$/.test(verb) && /^(?:out|away)\s+\S/i.test(body))
        return addWhole(s.replace(ADD_THAT_TAIL, '').replace(ADD_THAT_BARE, ''));
      // "make dinner", "schedule a check-up", "write thank-you cards": a deed of its own, unless
      // what follows says it goes on the list ("make a task to…", "write down…", "…on my list").
      if (
        (VERBS_OF_DEEDS as readonly string[]).includes(verb) &&
        !logged &&
        !OBJECT.test(body) &&
        // ("write to cousin Ruth" is a deed; "write to my list: …" is not)
        !/^(?:down|it|this|that|these|those|them|for me|for us)\b|^(?:in|to|on|into|onto)\s+(?:(?:my|the|our)\s+)?(?:\w+\s+)?(?:list|tasks|to-?dos?|to-?do list)\b|^(?:in|on|into|onto)\b|^[:-]|^["'`]/i.test(
          body,
        ) &&
        !/\s(?:on|in)\s+there$/i.test(body) &&
        !TRAILERS.test(body.replace(ADD_THAT_TAIL, ''))
      ) {
        const whole = addWhole(s.replace(ADD_THAT_TAIL, '').replace(ADD_THAT_BARE, ''));
        // "put the spelling tests 10 days from now": a task on the list may be the one meant
        // (offline-assistant.ts moves it when its words name one)
        return /^(?:put|make)$/.test(verb) &&
          !Array.isArray(whole) &&
          whole.type === 'add' &&
          datedIn(body)
          ? { ...whole, unasked: true }
          : whole;
      }
      body = body.replace(
        /^(?:for (?:me|us)|in|to|on|into|onto)\s+(?:(?:(?:my|the|our)\s+)?(?:\w+\s+)?(?:list|to-?do list|todo list|tasks)(?:\s+please)?\s*)?[:-]?\s*/i,
        (m) =>
          /^(?:for (?:me|us)\s+|(?:in|to|on|into|onto)\s+(?:(?:my|the|our)\s+)?(?:\w+\s+)?(?:list|to-?do list|todo list|tasks)\b)/i.test(
            m,
          )
            ? ''
            : m,
      );
      const object = body.match(OBJECT);
      // ("make a job of it", "a thing of the past": no task)
      if (object && /^\s*of\b/i.test(body.slice(object[0].length))) return undefined;
      if (object) {
        const n = object[0].match(/\b(two|three|four|five|six|[2-9])\b/i)?.[1]?.toLowerCase();
        counted = n !== undefined;
        count = n === undefined ? 0 : Number(n) || (NUMBER_WORDS[n] ?? 0);
        body = body
          .slice(object[0].length)
          .trim()
          .replace(/^for (?:me|us)\s*,?\s+(?=to\b)/i, '')
          // "pop a reminder in to mark the essays"
          .replace(/^(?:in|on)\s+(?=to\s)/i, '');
        enumerated = /^(?:(?:to|on|onto|in) (?:my |the )?(?:list|tasks|to-?do list)\s*)?:/i.test(
          body,
        );
        body = body.replace(
          /^(?:for (?:me|us)\s*)?(?:(?:to|on|onto|in) (?:my |the )?(?:list|tasks|to-?do list)\s*)?(?:to|for|that says|saying|called|named|titled|about|reading|which is|that is|which says|->|:|-)\s*/i,
          '',
        );
      } else {
        body = body.replace(/^(?:to|:|-)\s+/i, '');
      }
    }
    if (body === undefined) return undefined;
    // ("add another one like that for hive 3": the last one again, changed; continuation.ts)
    if (/^like\s+(?:that|this|it|the\s+last\s+one)\s+(?:for|with)\s/i.test(body)) return undefined;
    // "I really need to remember to renew the insurance": the thing to do
    // "I'd like a reminder to phone my sister": the thing to do
    body = body.replace(
      /^(?:an?\s+)?(?:reminder|note)\s+(?:to|that i (?:need|have) to)\s+(?=\S)/i,
      '',
    );
    const remembered = body.match(/^remember\s+to\s+(\S+)/i);
    if (remembered && TASK_VERBS.has(remembered[1]!.toLowerCase()))
      body = body.replace(/^remember\s+to\s+/i, '');
    // "mop the floor and take the recycling out, two separate tasks": as many as it says
    const separate = body.match(
      /,?\s*(?:as\s+)?(?:(two|three|four|2|3|4)\s+(?:separate\s+)?|separate\s+)(?:tasks|items|ones|things|todos|to-dos|entries)(?:\s+please)?$/i,
    );
    if (separate && separate.index! > 0) {
      body = body.slice(0, separate.index);
      counted = true;
      const n = separate[1]?.toLowerCase();
      count = n === undefined ? 2 : Number(n) || (NUMBER_WORDS[n] ?? 2);
    }
    // "…, can you put it down for the day after tomorrow?": the request, then when
    const putFor =
      /^(.+?)[,\s]+(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:put|add|note|write|jot|pop|stick|save|schedule)\s+(?:it|that|this)(?:\s+(?:down|in|on (?:my|the) list))?\s+((?:for|on|at|by|due)\s+.+)$/i.exec(
        body,
      );
    const when = putFor?.[2]!.replace(/^for\s+/i, '');
    if (putFor && when && onlyDetails(when)) body = `${putFor[1]} ${when}`;
    // "…, can you add that as a task?" / "add it then: fill in the tax form"
    body = body
      .replace(
        // (after the task's own words: "remember this" alone is the task)
        ADD_THAT_TAIL,
        '',
      )
      // "…, please add" / "…, can you note down": the request, with nothing after it
      .replace(ADD_THAT_BARE, '')
      .replace(
        /^[,\s]*(?:it|that|this)(?:\s+(?:is|'s|will be|would be|then|now|too|anyway))?\s*:\s*/i,
        '',
      )
      // "note to self: I should back up my photos"
      // "make a note that I need to fix the bike tire"
      .replace(/^that\s+(?=(?:i|we)\s)/i, '')
      .replace(/^(?:i|we)\s+(?:should|must to|must|need to|have to|gotta|ought to)\s+/i, '')
      // "… and I also need to pay the phone bill": another one
      .replace(
        /(?:\s*,\s*|\s+)and\s+(?:i|we)\s+(?:also\s+)?(?:should|must|need to|have to|gotta|ought to|want to)\s+(?:also\s+)?/gi,
        '; ',
      );

    if (!new RegExp(`\\b${DESCRIPTION_NOUN}\\b`, 'i').test(body))
      body = body.replace(/\s+(?:instead|as well|too|already|either)$/i, '');
    const quotedTitle = quoted(body);
    if (quotedTitle) return quotedTitle;

    body = body.replace(TRAILERS, '').trim();
    let description: string | undefined;
    // "renew the parking permit (note: need proof of address)"
    const inBrackets = body.match(
      rx`^(.+?)\\s*\\(\\s*(?:${DESCRIPTION_NOUN})\\s*[:-]\\s*(.+?)\\s*\\)$`,
    );
    if (inBrackets)
      return {
        type: 'add',
        title: tidyTitle(inBrackets[1]!),
        description: tidyDescription(inBrackets[2]!),
      };
    const withDesc = body.match(
      rx`^(.+?)(?:,?\\s+with\\s+(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}|\\s*[;,]\\s*${DESCRIPTION_NOUN}\\s*:|\\s+-\\s+${DESCRIPTION_NOUN}:?|,?\\s+and\\s+(?:put|write|add|say|set)\\s+(?:in\\s+|as\\s+)?(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}|,?\\s+and\\s+(?:the\\s+)?${DESCRIPTION_NOUN}\\s+(?:is|should be)|,?\\s+and\\s+(?:in|on|under|as)\\s+(?:the\\s+|its\\s+)?${DESCRIPTION_NOUN}\\s+(?:put|write|say|add|just put|can you put|please put))\\s*(?::|of|saying|that says|that)?\\s*(.+)$`,
    );
    if (withDesc) {
      body = withDesc[1]!;
      description = tidyDescription(withDesc[2]!);
    }
    const items = description === undefined ? splitItems(body, counted, enumerated, count) : [body];
    const intents = items
      .map((item) => tidyTitle(item.replace(TRAILERS, '')))
      .filter(
        (title) =>
          title &&
          !/^(?:task|todo|item|something|one|it|that|this|both|them|these|those)$/i.test(title),
      )
      .map((title): Intent => ({ type: 'add', title }));
    // "can you add that to my tasks?" right after it was added: it's there already
    if (
      intents.length === 0 &&
      context.dialogue.lastAction === 'add' &&
      /^(?:that|this|it|both|them|these|those)$/i.test(tidyTitle(items[0] ?? ''))
    )
      return { type: 'recap', deed: 'add' };
    if (intents.length === 0) return { type: 'add-missing-title' };
    if (description !== undefined)
      return { ...(intents[0] as { title: string }), type: 'add', description };
    return intents.length === 1 ? intents[0] : intents;
  }
}

/** The whole sentence is the task ("make dinner"), or several ("make dinner and call mom"). */
/** Words with a day or a time in them ("the spelling tests 10 days from now"). */
const datedIn = (text: string) =>
  parseQuickAdd(text, { now: new Date(2026, 0, 5, 12) }).parts.some((p) => p.kind === 'date');

export function addWhole(s: string): Intent | Intent[] {
  const titles = splitItems(s, false)
    .map((item) => tidyTitle(item))
    .filter(Boolean);
  return titles.length === 1
    ? { type: 'add', title: titles[0]! }
    : titles.map((title): Intent => ({ type: 'add', title }));
}

/** A quoted phrase; a closing quote ends a word, so "Mia's party" stays whole. */
const QUOTED = /(["'`])(.+?)\1(?=$|[\s,.!?;:])/g;
// (a possessive's apostrophe, "the Hendersons' cats", opens no quote)
const HAS_QUOTED = /(["`]|(?<![\p{L}\p{N}])')(.+?)\1(?=$|[\s,.!?;:])/u;

/** A quoted title: Add 'Book flights' to my list; Add task "Email Sam" with the description "…". */
function quoted(text: string): Intent | Intent[] | undefined {
  const body = text.replace(/[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+$/u, '');
  // Several quoted titles: add "Fish and chips night" and "Return library books".
  const several = [...body.matchAll(QUOTED)];
  if (
    several.length > 1 &&
    body
      .replace(QUOTED, '')
      .replace(
        /\s*(?:,|and also add|and also|also add|and(?: the (?:task|item|todo))?|&|;|\+|plus)\s*/gi,
        '',
      )
      .trim() === ''
  )
    return several.map((m): Intent => ({ type: 'add', title: tidyTitle(m[2]!) }));
  const q = body.match(/^(["'`])(.+?)\1(?=$|[\s,.!?;:])(.*)$/s);
  if (!q) return undefined;
  const rest = q[3]!.trim();
  const fits =
    rest === '' ||
    /^(?:,?\s*(?:and|with)\s+)?(?:put|set|use|add|write)\s+["'`].+\s+as\s+(?:the|its|a)\s+\w+$/i.test(
      rest,
    ) ||
    TRAILERS.test(` ${rest}`) ||
    /^(?:for me|please|pls|thanks|thank you|(?:on|in) there|on it)$/i.test(rest) ||
    // ("put 'book the village hall' on instead", "stick 'X' on there too")
    /^(?:on|in|down|up)(?:\s+(?:there|here|it))?(?:\s+(?:instead|too|as well|please|pls|for me|thanks|then|now))*$/i.test(
      rest,
    ) ||
    rx`^[,\\s]*(?:with|and|;|-)?\\s*(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}`.test(
      rest.replace(TRAILERS, '').trim(),
    ) ||
    /^\s*(?:to|on|in|onto|into)\s+(?:my|the|our)\b/i.test(q[3]!) ||
    // ("add 'Inspect the fermenters', every Monday and Thursday at 6:00": then its details)
    onlyDetails(rest.replace(/^[,;:\s–—-]+/, ''));
  if (!fits) return undefined; // a quote inside a longer title: Read "Dune" by Frank Herbert
  // ("chuck 'renew rego for the ute' on the list, due on the 28th": the quote, then its details)
  const details = rest
    .replace(/[.!]+$/, '')
    .replace(
      /^\s*(?:(?:to|on|in|onto|into)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:list|tasks|to-?do list|todos))?[\s,;]*(?:and\s+)?/i,
      '',
    )
    .trim();
  if (details && onlyDetails(details))
    return { type: 'add', title: `${q[1]}${q[2]}${q[1]} ${details}` };
  // ("add 'phone Tom' on the 3rd of June, it's his birthday": its details, then why)
  const beforeWhy = withoutAside(details).replace(/[\s,;]+$/, '');
  if (beforeWhy && beforeWhy !== details && onlyDetails(beforeWhy))
    return { type: 'add', title: `${q[1]}${q[2]}${q[1]} ${beforeWhy}` };
  const title = tidyTitle(q[2]!);
  const asDesc = rest.match(
    rx`^(?:,?\\s*(?:and|with)\\s+)?(?:put|set|use|add|write)\\s+(["'\`])(.+?)\\1\\s+as\\s+(?:the|its|a)\\s+${DESCRIPTION_NOUN}$`,
  );
  if (asDesc)
    return { type: 'add', title: tidyTitle(q[2]!), description: tidyDescription(asDesc[2]!) };
  const desc = rest.match(
    rx`\\b${DESCRIPTION_NOUN}\\b[^"'\`]*?(?:(["'\`])(.+?)\\1|(?::|of|saying|that says)\\s*(.+))`,
  );
  const description = desc ? tidyDescription(desc[2] ?? desc[3] ?? '') : undefined;
  return description ? { type: 'add', title, description } : { type: 'add', title };
}

const startsWithVerb = (s: string) => TASK_VERBS.has(s.trim().split(/\s+/)[0]!.toLowerCase());

/**
 * Several tasks in one breath. Parts are split at commas, semicolons and "and also"/"and then";
 * a plain "and" splits only between two things to do ("milk and call grandma"), never inside one
 * ("buy milk and eggs": a verb and its objects stay together).
 */
export function splitItems(
  body: string,
  counted: boolean,
  enumerated = false,
  count = 0,
): string[] {
  // "water plants and tag it home": what is said of the last item goes with it
  const tail =
    /^(.+?)\s*,?\s+(?:and\s+)?((?:tag|label|make|mark|set|give|put|schedule)\s+(?:it|that)\s+.+)$/i.exec(
      body,
    );
  const said = tail ? detailsOfIt(tail[2]!) : undefined;
  // (each detail after a pause, as quick add reads them: "urgent and due today")
  const paused = (details: string) =>
    /\sand\s/i.test(details) ? `, ${details.replace(/\s+and\s+/gi, ', ')}` : ` ${details}`;
  if (tail && said !== undefined) body = `${tail[1]}${paused(said)}`;
  // "buy printer ink, on 3 March": details said after a pause belong to the item before them
  const items = splitItemsAsSaid(body, counted, enumerated, count).reduce<string[]>(
    (items, item) => {
      const details = items.length > 0 ? detailsOfIt(item) : undefined;
      // ("ear drops every day, 4 times": how many times the one before repeats)
      const times =
        items.length > 0 &&
        REPEATS.test(items[items.length - 1]!) &&
        TIMES_IN_ALL.test(item.trim());
      if (times) items[items.length - 1] += `, ${item.trim()}`;
      else if (details !== undefined) items[items.length - 1] += paused(details);
      else items.push(item);
      return items;
    },
    [],
  );
  // ("add: in 3 weeks, book the hall": said first, they belong to the one thing after them)
  const first = items.length > 1 ? detailsOfIt(items[0]!) : undefined;
  return first !== undefined ? [`${items[1]} ${first}`, ...items.slice(2)] : items;
}

/** A day or time said at the end of an item: "… tomorrow", "… on Friday", "… at 5pm". */
const ENDS_WITH_WHEN =
  /\s(?:today|tonight|tomorrow|(?:on\s+|this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|on\s+the\s+\d{1,2}(?:st|nd|rd|th)?|(?:on\s+)?\d{1,2}(?:st|nd|rd|th)\s+\p{L}+|at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)$/iu;

/** "… Saturday 9am", "… tomorrow at 4pm", "… Sunday 16:00": a day, then an hour. */
const ENDS_WITH_DAY_AND_HOUR =
  /\s(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?$/i;

const REPEATS =
  /\b(?:every|each|daily|weekly|fortnightly|monthly|yearly|annually|weekdays|weekends)\b/i;
/** "4 times", "only 6 sessions", "a 7 day course": how many in all. */
const TIMES_IN_ALL =
  /^(?:(?:only|just|for)\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty)\s*(?:x|times|sessions|occurrences|lessons|classes|doses|payments|instalments|installments)(?:\s+(?:only|in all|in total|total))?$|^(?:(?:it's|it is|its)\s+)?(?:an?\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty)[-\s](?:day|week|month)s?\s+(?:course|plan|programme|program|block)$/i;

/**
 * "tomorrow at 5", and said of the task before: "make it p1", "label it errands", "tag it home
 * and work", "give it high priority": its details, in quick add's words.
 */
function detailsOfIt(item: string): string | undefined {
  if (onlyDetails(item)) return item;
  const label =
    /^(?:and\s+)?(?:tag|label)\s+(?:it|that)\s+(?:as\s+|with\s+)?((?:#?[\p{L}][\p{L}\p{N}_-]*(?:\s*(?:,|and|&)\s*|\s*$))+)$/iu.exec(
      item,
    );
  if (label)
    return label[1]!
      .split(/\s*(?:,|\band\b|&)\s*/i)
      .filter(Boolean)
      .map((w) => `#${w.replace(/^#/, '')}`)
      .join(' ');
  const said =
    /^(?:and\s+)?(?:(?:make|mark|set|have|put|schedule|note|log)\s+(?:it|that)(?:\s+down)?(?:\s+(?:as|for|to|on|at))?|give\s+(?:it|that))\s+(.+)$/i.exec(
      item,
    );
  return said && onlyDetails(said[1]!) ? said[1]! : undefined;
}

function splitItemsAsSaid(
  body: string,
  counted: boolean,
  enumerated: boolean,
  count: number,
): string[] {
  // "demo for Harlow Foods, they asked to see the new range": a remark is no item
  if (!HAS_QUOTED.test(body)) body = withoutAside(body);
  // "finish and submit the grant report": two deeds, one thing they are done to
  // ("wind and clean the tower clock": a deed the word list lacks, before one it has and its
  // thing)
  const pair = body.match(/^(\p{L}+(?:-\p{L}+)?)\s+and\s+(\p{L}+)\s+(\S+)/u);
  if (
    pair &&
    !/[,;]/.test(body) &&
    TASK_VERBS.has(pair[2]!.toLowerCase()) &&
    (TASK_VERBS.has(pair[1]!.toLowerCase()) ||
      (/^(?:the|my|our|his|her|their|your|all)$/i.test(pair[3]!) && !/s$/i.test(pair[1]!)))
  )
    return [body];
  if (enumerated && !HAS_QUOTED.test(body)) {
    // After a colon the person is listing: every comma or "and" starts an item.
    const listed = splitAtPauses(body);
    if (listed.length > 1) return count > listed.length ? listed.flatMap(splitAtVerbs) : listed;
  }
  if (HAS_QUOTED.test(body) || /^["`]/.test(body)) return [body];
  if (counted && !/[,;]|\band\b/i.test(body.replace(/\band\s+(?=\S+\s*$)/i, ''))) {
    // "three things water the lawn take out the recycling and feed the cat", said without
    // pauses: each thing starts with what to do.
    const words = body.split(/\s+/);
    const starts = words.map((_, i) => startsItem(words, i));
    const items: string[] = [];
    for (const [i, w] of words.entries()) {
      if (starts[i]) items.push(w);
      else items[items.length - 1] += ` ${w}`;
    }
    const clean = items.map((x) => x.replace(/\s+and$/i, '').trim()).filter(Boolean);
    if (clean.length > 1) return clean;
  }
  const strong = body
    // ("book the caterer / book the DJ", "practise guitar -- charge my headphones")
    .split(
      /\s*;\s*|,?\s+(?:and also|and then|also|plus|and to)\s+|\s+as well as\s+|\s+\/\s+|\s+--+\s+|,?\s+(?:and\s+)?(?:another|one more)(?:\s+(?:one|task|to-?do|reminder))?\s+(?:to|for)\s+/i,
    )
    .filter(Boolean);
  const parts = strong.flatMap((part) => {
    const pieces = part
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/i)
      // "first wash the car, second vacuum", "…, oh, and to return the books"
      .map((p) =>
        p
          .replace(
            /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|also|to|oh|ah|plus|\d+[.)])\s+/i,
            '',
          )
          // ("…, oh" at the end; not the "um" of "mum")
          .replace(/(?:,\s*|\s+)(?:oh|ah|um|uh|well)$/i, '')
          // "… and also add buy dog food", "… and remind me to post the parcel"
          .replace(
            /^(?:add|create|put|note|jot down|remind me to|i need to|i have to)\s+(?=\S)/i,
            '',
          )
          .trim(),
      )
      // (", it got rejected", ", he says he never got it": why, not another thing to do)
      .filter(
        (p) =>
          p &&
          !/^(?:oh|ah|um|uh|well|and)$/i.test(p) &&
          !/^(?:it|he|she|they|that)(?:'s|\s+(?:got|is|was|were|has|had|did|didn't|won't|can't|isn't|wasn't|says|said))\b/i.test(
            p,
          ),
      );
    // ("buy the tickets, label travel", "call the bank, urgent": details of the item before)
    for (let i = pieces.length - 1; i > 0; i--) {
      const more = itemDetails(pieces[i]!);
      if (more === undefined) continue;
      pieces[i - 1] = `${pieces[i - 1]}${more.startsWith('#') ? ' ' : ', '}${more}`;
      pieces.splice(i, 1);
    }
    if (pieces.length < 2) return pieces.length === 1 ? pieces : [part];
    // "bank the takings tomorrow and send the receipts on Friday": two things, each with its
    // own day
    // ("swimming for the twins Saturday 9am and piano for Ava Sunday 4pm": each its own day
    // and hour)
    if (
      pieces.length === 2 &&
      (startsWithVerb(pieces[1]!) || pieces.every((p) => ENDS_WITH_DAY_AND_HOUR.test(p))) &&
      pieces.every((p) => ENDS_WITH_WHEN.test(p) && p.split(/\s+/).length > 2)
    )
      return pieces;
    // Items of a list are short; a long sentence with commas is one task.
    const longest = pieces.every(startsWithVerb) ? 9 : 6;
    if (pieces.some((p) => p.split(/\s+/).length > longest)) return [part];
    const verbs = pieces.map(startsWithVerb);
    const parallel = verbs.every((v) => v) || verbs.every((v) => !v);
    const listy = /,/.test(part) || counted;
    // "buy milk, eggs and bread": one verb with a list of objects stays one task.
    if (verbs[0] && !verbs.slice(1).some(Boolean)) return [part];
    if ((parallel && (listy || verbs.every((v) => v))) || (counted && pieces.length > 1))
      return pieces;
    // "fuel up the bus, check the tyres, and sweep out the van": things to do, listed (the first
    // with a verb less common than the others')
    if (
      /,/.test(part) &&
      pieces.length > 2 &&
      verbs.slice(1).every(Boolean) &&
      /\s/.test(pieces[0]!)
    )
      return pieces;
    // "milk and call grandma": split where a new thing to do starts, after a short item (a
    // longer first part may itself start with a verb: "ignore the noise and delete all").
    if (pieces[0]!.split(/\s+/).length > 2) return [part];
    const out: string[] = [];
    for (const [i, piece] of pieces.entries()) {
      if (i > 0 && verbs[i]) out.push(piece);
      else if (out.length === 0) out.push(piece);
      else out[out.length - 1] += ` and ${piece}`;
    }
    return out;
  });
  // "three things: …" said as two: one of them holds two things to do.
  if (count > parts.length) {
    const finer = parts.flatMap(splitAtVerbs);
    if (finer.length <= count) return finer;
  }
  // Every item has words of its own ("drop table tasks; --" is one title).
  return parts.length > 1 && parts.every((p) => /\p{L}{2}/u.test(p)) ? parts : [body];
}

/** "a, b, and c" / "a; b" / "a and b" → [a, b, c], with leading "and"/"to" and fillers dropped. */
function splitAtPauses(body: string): string[] {
  return (
    body
      .split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+(?:also\s+)?/i)
      .map((p) => p.replace(/^(?:to|also|then|and)\s+/i, '').trim())
      // ("…, due Friday, p1": a priority is a piece too)
      .filter((p) => /\p{L}{2}/u.test(p) || /^p[1-4]$/i.test(p))
  );
}

/** "water the lawn take out the recycling": a new item where a new thing to do starts. */
function splitAtVerbs(piece: string): string[] {
  const items: string[] = [];
  const words = piece.split(/\s+/);
  for (const [i, w] of words.entries()) {
    if (startsItem(words, i)) items.push(w);
    else items[items.length - 1] += ` ${w}`;
  }
  return items.map((x) => x.replace(/\s+and$/i, ''));
}

/** A word that starts a new thing to do: a verb, not a thing named after "the" ("line the pitch"). */
const startsItem = (words: string[], i: number) =>
  i === 0 ||
  (TASK_VERBS.has(words[i]!.toLowerCase()) &&
    !/^(?:the|a|an|my|your|our|his|her|their|its|this|that|these|those|some|any|no|of|to)$/i.test(
      words[i - 1]!,
    ));
