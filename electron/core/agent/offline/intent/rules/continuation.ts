// "and the meeting one too", "same for task 3", "one more: call the vet", "also rent a car and
// buy insurance": the last action again, on other tasks (or more new ones).
import { stripFiller, tidyTitle } from '../normalize.ts';
import { parseRef, statusWords } from '../references.ts';
import type { Intent, Rule, RuleContext } from '../types.ts';
import { add } from './add.ts';
import { TASK_VERBS } from '../vocabulary.ts';
import { onlyDetails } from '../time-words.ts';

const INTERJECTION =
  /^(?:oh|och|ach|aye|ok|okay|ah|right|yes|yeah|great|cool|perfect|nice|thanks)[,!.\s]+/i;
const LEAD =
  /^(?:and|also|plus|same for|same with|same goes for|that goes for|the same goes for|ditto for|ditto|same thing for|do the same (?:for|with)|and also|as well as|and then|one more|another one|another|and another(?: one)?|and one more|oh and)(?:\s+(?:one|task|thing))?(?:\s+to)?[:,]?\s+(.+?)(?:\s+(?:too|to|as well|also))?$/i;

const ALSO =
  /^\s*(?:(?:oh|och|ach|aye|ah|ok|okay)[,\s]+)?(?:and|also|plus)\b|\b(?:too|as well|also)\b/i;
const CORRECTING =
  /^\s*(?:actually|no|nope|sorry|oops|whoops|wait|hang on|my bad|i meant|i mean|not)\b/i;

/** Said of a thing that it is not done, or will be done later: never "that one too" after a tick. */
const NOT_DONE_YET =
  /\b(?:not|never|no longer|still|yet|later|shall|will|gonna|going to|have to|has to|need to|needs to|must|should|forgot|forgotten|tomorrow|next week)\b|n't\b/i;

export const continuation: Rule = {
  name: 'continuation',
  specificity: 10,
  extract: (said, context): Intent | Intent[] | undefined => {
    const found = readContinuation(said, context);
    // ("and due friday 8pm" after a rename: details of the task just changed, not a task named so)
    if (
      found &&
      !Array.isArray(found) &&
      found.type === 'again' &&
      !found.value &&
      found.ref.kind === 'words' &&
      context.dialogue.lastAction === 'update'
    ) {
      const when = found.ref.text.replace(/^(?:and\s+)?(?:due|for|on|at)\s+/i, '');
      if (when !== found.ref.text && onlyDetails(when))
        return { type: 'details', ref: { kind: 'focus' }, text: when };
    }
    // ("aircon servicing booked already" … "the parking not yet ah", "the matooke we shall buy
    // later": not another one done)
    const again = (i: Intent) => i.type === 'again' && !i.value;
    if (
      context.dialogue.lastAction === 'complete' &&
      found &&
      (Array.isArray(found) ? found.some(again) : again(found)) &&
      NOT_DONE_YET.test(context.sentence || said)
    )
      return undefined;
    return found;
  },
};

function readContinuation(said: string, context: RuleContext): Intent | Intent[] | undefined {
  {
    // "make the brakes one top priority" … "and the wiper blades low": that one, its own value
    const own =
      context.dialogue.lastTimed &&
      /^(?:and|also|plus|oh and)\s/i.test(context.sentence || said) &&
      /^(?:(?:and|also|plus|oh and)\s+)?(.+?)\s+(high|low|medium|top|urgent)(?:\s+(?:one|too|then|please))?$/i.exec(
        said,
      );
    if (own && !/^(?:it|that|this|them|make|set|mark)\b/i.test(own[1]!))
      return {
        type: 'details',
        ref: parseRef(own[1]!),
        text: /^urgent$/i.test(own[2]!) ? 'urgent' : `${own[2]!.toLowerCase()} priority`,
      };
    const s = said
      .replace(INTERJECTION, '')
      // "sellotape too, I've got loads": why, after the comma
      .replace(
        /^(\S.*?\s+(?:too|as well|also))\s*,\s*(?:(?:i|we|they|it|he|she|there)(?:'ve|'re|'m|'s|'d)?|(?:did|done|got|sorted|paid|bought|sent|finished|renewed|booked)\s+(?:it|that|them|those))\s.*$/i,
        '$1',
      );
    // "is task 2 done?" … "and task 3?" / "what about the sunscreen?": the same question.
    const asked = context.dialogue.lastAsked;
    // "what about Gran, have I rung her?": a question about that one, whatever came before
    const about = s.match(
      /^(?:and\s+)?(?:what|how)\s+about\s+(.+?)\s*,\s*(?:have|did|has|had|is|was|are|were)\s+(?:i|we|it|she|he|they|that)\b.*$/i,
    );
    if (about) return { type: 'status', ref: parseRef(about[1]!) };
    const q = s.match(/^(?:and|what about|how about|and what about|also)\s+(.+?)\??$/i);
    if (asked === 'list' && q) {
      // "list the open ones" … "and the finished ones?"
      const status = statusWords(q[1]!);
      if (status) return { type: 'list', status };
    } else if (asked === 'find' && q) {
      return { type: 'find', text: q[1]!.replace(/^(?:the|my)\s+/i, '') };
    } else if (asked && asked !== 'list' && asked !== 'find' && q)
      return asked === 'note'
        ? { type: 'show', ref: parseRef(q[1]!), about: 'description' }
        : { type: asked, ref: parseRef(q[1]!) };

    // "the first one's finished, and so is the last": that change again, on the one named
    // (said as "so is …"; the filler pass may have taken the "so")
    const so = s.match(
      /^(?:(?:and\s+)?so\s+)?(?:is|are|was|were|did|does|has|have)\s+(.+?)(?:\s+(?:too|as well))?$/i,
    );
    const saidSo =
      /^(?:and\s+)?so\s/i.test(s) ||
      (context.within ?? '').toLowerCase().includes(`so ${s.toLowerCase()}`);
    if (so && saidSo && context.dialogue.lastAction && context.dialogue.lastAction !== 'add')
      return { type: 'again', ref: parseRef(so[1]!) };

    // "rename the milk one to Buy oat milk" … "and the plumber one to Call Luigi"; after a note,
    // "and to the milk one: oat milk if they have it": the same kind of change, its own value.
    if (context.dialogue.lastAction === 'update') {
      const whole = context.sentence.replace(/[.!?\s]+$/, '');
      const more =
        whole.match(
          /^(?:and|also|plus)\s+(?:rename\s+|change\s+)?(.+?)\s+to\s+(?!(?:do|be)\b)(.+)$/i,
        ) ??
        whole.match(/^(?:and|also|plus)\s+(?:to|for|on)\s+(.+?)\s*[:-]\s*(.+)$/i) ??
        // "call the email sam one 'Email Sam re: invoice'" … "and Sara's one 'Email Sara re: …'"
        whole.match(/^(?:and|also|plus)\s+(.+?)\s+((?:["“'‘]).+(?:["”'’]))$/i) ??
        // "label the printer ink one #office" … "and the garden one #home"
        whole.match(/^(?:and|also|plus)\s+(.+?)\s+((?:#[\p{L}\p{N}_-]+\s*)+)$/iu) ??
        said.match(/^(?:and|also|plus)\s+(?:to|for|on)\s+(.+?)\s*[:-]\s*(.+)$/i);
      // "board deck is urgent" … "and the designer one is medium": its priority, said the same way
      const is =
        /^(?:and|also|plus)\s+(.+?)(?:\s+(?:is|should be|can be)|'s)\s+(?:(high|low|medium|normal)(?:\s+(?:priority|prio))?|(.+))$/i.exec(
          whole,
        );
      if (is?.[2]) return { type: 'details', ref: parseRef(is[1]!), text: `${is[2]} priority` };
      if (is?.[3] && onlyDetails(is[3]))
        return { type: 'details', ref: parseRef(is[1]!), text: is[3] };
      // ("… and the venue one to 11, so they swap": why, after the value)
      if (more && context.dialogue.lastTimed)
        more[2] = more[2]!.replace(
          /\s*,\s*(?:so|because|cos|as|since|they|he|she|it's|we|i|that way)\b.*$/i,
          '',
        );
      // ("bump the first one to p1" … "and the last one to p3": a detail, never a new title)
      if (more && onlyDetails(more[2]!))
        return { type: 'details', ref: parseRef(more[1]!), text: more[2]! };
      if (more) return { type: 'again', ref: parseRef(more[1]!), value: more[2]! };
    }
    // ("and the date, please make it tomorrow": the field named, then a request of its own)
    if (
      /^(?:(?:and|also)\s+)?(?:the|its)\s+(?:due\s+)?(?:date|day|time|hour|deadline|priority|repeat|tags?|labels?)\b/i.test(
        s,
      ) &&
      /[,;]\s*(?:(?:please|pls|just|can you|could you)\s+)*(?:make|set|move|put|change|push|give|mark|tag|label)\s+(?:it|that|them)\b/i.test(
        context.sentence || s,
      )
    )
      return undefined;
    // "#3", "task 3 then", "the second" on their own, right after a change: the same change.
    if (context.dialogue.lastAction && context.dialogue.lastAction !== 'add') {
      // ("and the same for the other one": the other one)
      const same =
        /^(?:and\s+)?(?:do\s+)?the\s+same\s+(?:for|with|to|goes for)\s+(.+?)(?:\s+(?:too|as well|please))?$/i.exec(
          s,
        );
      if (same) return { type: 'again', ref: parseRef(same[1]!) };
      // ("and bell 5 on sunday" after a move: that one, then)
      const moved = ALSO.test(context.sentence) && movedToo(s.replace(/^and\s+/i, ''), context);
      if (moved) return moved;
      const ref = parseRef(s);
      // ("Task two: negative, leave it open": what is said of it after the colon is not the same)
      const after = /:\s*(\S.*)$/.exec(s)?.[1];
      if (
        (ref.kind === 'ids' || ref.kind === 'positions') &&
        // ("09:30": a time of day, never task 30)
        !/^\s*\d{1,2}[:.]\d{2}\s*[.!]*$/.test(context.sentence) &&
        (!after || /^(?:same|ditto|too|as well|also|yes|yep|same again|likewise)\b/i.test(after)) &&
        // ("task 2 stays open": said of it, the change not made again)
        !/\b(?:stays?|remains?|open|pending|not|no|nope|negative|leave|keep|undone|isn't|hasn't|wait)\b/i.test(
          s,
        )
      )
        return { type: 'again', ref };
      // "oh and dad as well, thanks": the filler pass took "and … as well"; the sentence had it.
      if (
        ref.kind === 'words' &&
        s.split(/\s+/).length <= 4 &&
        // ("…, season's nearly over": news, not another task)
        !/['’]s\s+(?!one\b|too\b|as\b|also\b|task\b|job\b)\p{L}/u.test(s) &&
        ALSO.test(context.sentence) &&
        !CORRECTING.test(context.sentence)
      )
        return { type: 'again', ref };
      // "the rent one", "the bill", "the one before it": named alone right after a change, the
      // same change on that one.
      // ("actually the one after it" moves the change instead: the correction rule.)
      if (
        ['words', 'neighbour', 'other'].includes(ref.kind) &&
        /^(?:the|my)\s+(?:\S+\s+){0,4}\S+$/i.test(s) &&
        // ("the invites can wait", "the car is fine": said of it, not another one named)
        !/\s(?:can|can't|could|will|won't|would|should|must|might|may|is|isn't|are|aren't|was|were|has|have|had|needs?|wants?|stays?|waits?|still)\b|'s\s/i.test(
          s,
        ) &&
        !CORRECTING.test(context.sentence)
      )
        return { type: 'again', ref };
    }
    // "raise it one level" … "once more, please": the same step again
    if (
      context.dialogue.lastTimed &&
      /^(?:(?:and|ok|okay|yes|yeah)[,\s]+)*(?:once\s+more|one\s+more\s+time|again|same\s+again|do\s+(?:it|that)\s+again|and\s+again|one\s+more\s+(?:level|notch|step))(?:[,\s]+(?:please|pls|thanks|thx))*[.!]*$/i.test(
        s,
      )
    )
      return { type: 'again', ref: { kind: 'focus' }, once: true };
    // "add buy a card for Tom" … "same again for Priya": that task again, for Priya.
    const likeLast = s.match(
      /^(?:and\s+)?(?:the\s+)?same(?:\s+again|\s+thing|\s+one)?(?:\s+but)?\s+(?:for|with)\s+(.+?)(?:\s+(?:too|as well|please))?$|^(?:and\s+)?(?:(?:add|put(?:\s+in)?|make)\s+)?(?:again|one more|another(?:\s+one)?(?=\s+like\b)|another one|(?=like\s))(?:\s*(?:just\s+)?like\s+(?:that|this|it|the last one))?\s+(?:for|with)\s+(.+?)(?:\s+(?:too|as well|please))?$/i,
    );
    if (likeLast && context.dialogue.lastAction === 'add')
      return { type: 'add', title: likeLast[1] ?? likeLast[2]!, likeLast: true };
    // "add transcribe interview 7" … "and interview 8", "and 9 as well": the same, numbered on
    const numbered =
      /^(?:and|also|plus)\s+((?:(?:[\p{L}'-]+\s+){0,2})\d{1,4})(?:\s+(?:as well|too|also|please))?$/iu.exec(
        s,
      );
    if (numbered && context.dialogue.lastAction === 'add')
      return { type: 'add', title: numbered[1]!, likeLast: true };
    // "wash the car isn't done" … "neither is the dog one" / "nor the dog one"
    const neither = said.match(
      /^(?:neither|nor)(?!\s*[,.!:;-])\s+(?:is|was|are|were|did|have|has)?\s*(.+)$|^(.+?)\s+neither$/i,
    );
    if (neither && context.dialogue.lastAction && context.dialogue.lastAction !== 'add')
      return { type: 'again', ref: parseRef(neither[1] ?? neither[2]!) };
    const m = s.match(LEAD) ?? s.match(/^(.+?)\s+(?:too|as well|also)$/i);
    if (!m) return undefined;
    // "and the wood glue one is done btw": news of its own (statement.ts, complete.ts)
    if (
      /\s(?:is|are|'s|'re)\s+(?:now\s+|also\s+|all\s+)?(?:done|finished|sorted|complete|completed|paid|sent|booked)\b/i.test(
        m[1]!,
      )
    )
      return undefined;
    // ("and book the MOT while I think of it": the closing words are not the task)
    const rest = stripFiller(m[1]!)
      .replace(/^(?:also|and|the same for)\s+/i, '')
      // "and also one to cancel the old phone plan"
      .replace(
        /^(?:one|another(?: one)?|a task|a reminder|one more)\s+(?:to|for|about)\s+(?=\S)/i,
        '',
      )
      // "and another for exchange some euros": a deed of its own after the "for"
      .replace(/^(?:for|to|about)\s+(?=(\S+))/i, (lead, verb: string) =>
        TASK_VERBS.has(verb.toLowerCase()) ? '' : lead,
      );
    const more = /^(?:one more|another|and another|and one more)/i.test(s);
    if (!context.dialogue.lastAction) {
      // "one more: call the vet" with nothing before it is simply a new task.
      return more ? { type: 'add', title: tidyTitle(rest) } : undefined;
    }
    // More new tasks, several at once if that's how they were said.
    if (context.dialogue.lastAction === 'add' || more) {
      // ("and add a sprinkler check": the add said again)
      const body = rest.replace(/^(?:add|put down|create)\s+(?=\S)/i, '');
      const added = add.extract(`add ${body}`, context) ?? { type: 'add', title: tidyTitle(body) };
      // "add email the caterer" … "and the florist too": the same deed, for the florist
      const follow = (i: Intent): Intent =>
        i.type === 'add' &&
        !TASK_VERBS.has(i.title.split(/\s+/)[0]!.toLowerCase()) &&
        // ("add read chapter 7 tomorrow" … "and psych essay draft on the 12th": a thing of its
        // own, with its own day, is no more of the same deed)
        !(
          i.title.replace(/\s+(?:on|by|at|for|due|next|this|tomorrow|today)\b.*$/i, '').split(/\s+/)
            .length >= 3 && i.title !== i.title.replace(/\s+(?:on|by|due)\s+.*$/i, '')
        ) &&
        // ("and one for Jack", "and another for the grass cuttings": the last task, for them)
        (/^(?:for|with)\s/i.test(i.title) ||
          (!more &&
            // ("descale the coffee machine": a deed of its own, with its object after it)
            // (not "Pepper at 3pm": a name, then when)
            !/^(?!(?:a|an|the|my|our|some|new|more|two|three)\s)\S+\s+(?:the|a|an|my|our|your|his|her|their|some|all|up|out|off|down|to|with|about|at(?!\s+(?:\d|noon|midday|midnight|half|quarter))|on(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d))|into|from|by(?!\s+(?:\d|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)))\b/i.test(
              i.title,
            )))
          ? {
              ...i,
              // (as it was said: "a sun hat", "Ben")
              title: /^\p{Ll}/u.test(rest)
                ? i.title.charAt(0).toLowerCase() + i.title.slice(1)
                : i.title,
              sameDeed: true,
            }
          : i;
      // ("and add a sprinkler check": a task of its own, said with its add; "and 'maths hw'
      // too": in quotes, a title as it was put)
      if (body !== rest || /^["'“‘`]/.test(body)) return added;
      return Array.isArray(added) ? added.map(follow) : follow(added);
    }
    const moved = movedToo(rest, context);
    if (moved) return moved;
    // ("and stop it repeating, season's nearly over": a request of its own, not the last again)
    if (
      /^(?:stop|make|set|move|mark|tick|delete|remove|rename|change|put|push|tag|untag|label|give|clear)\s+(?:it|that|this|them)\b/i.test(
        rest,
      )
    )
      return undefined;
    return { type: 'again', ref: parseRef(rest) };
  }
}

/** "and tomorrow's too", "the next one as well": the next time of a repeating task. */
export const NEXT_TIME_TOO =
  /^(?:(?:and|oh|also|plus)[,\s]+)*(?:tomorrow's|the next one|next week's|the next|tomorrow's one|the one after|the following one)(?:\s+(?:one|too|as well|also))*(?:\s*[,;]\s*(?:i|we)\b.*)?$/i;

/** "put the same note on the other one": the last update again, on another task. */
export const sameChange: Rule = {
  name: 'same-change',
  specificity: 72,
  extract: (s, { dialogue, sentence }): Intent | undefined => {
    // "add a description to buy hinges: brass" … "and on fix gate: latch is broken": another note
    // (the note as said: the filler pass would take a closing "too" off it)
    const more =
      dialogue.lastAction === 'update' &&
      (sentence || s)
        .replace(/[.!]+$/, '')
        .match(/^(?:(?:and|also|plus)\s+)?(?:to|for|on)\s+(.+?)\s*:\s*(\S.*)$/i);
    if (more) return { type: 'again', ref: parseRef(more[1]!), value: more[2]! };
    // "lunch box prep done" … "and tomorrow's too, I made two": the next time of the same
    // repeating task, done as well
    if (dialogue.lastAction === 'complete' && NEXT_TIME_TOO.test(s))
      return { type: 'complete', ref: { kind: 'focus' }, nextToo: true };
    const same = s.match(
      /^(?:(?:put|add|set|use|copy|give|do)\s+)?(?:the\s+)?same\s+(?:note|description|details|title|name|thing)\s+(?:on|to|for|onto|with)\s+(.+?)(?:\s+(?:too|as well|please))?$/i,
    );
    return same && dialogue.lastAction ? { type: 'again', ref: parseRef(same[1]!) } : undefined;
  },
};

/** "move the bell 3 one to saturday" … "and bell 5 the day after that", "and bell 6 on
 * sunday": that one, then (a move of its own, after a change to when). */
function movedToo(rest: string, context: RuleContext): Intent | undefined {
  if (!context.dialogue.lastTimed) return undefined;
  const after =
    /^(.+?)\s+(?:on\s+)?the\s+(day after|next day|following day|day before|same day)(?:\s+(?:that|then|too))?$/i.exec(
      rest,
    );
  if (after)
    return {
      type: 'schedule',
      ref: parseRef(after[1]!),
      when: '',
      dayOf: { kind: 'focus' },
      ...(/same/i.test(after[2]!) ? {} : { shift: /before/i.test(after[2]!) ? -1 : 1 }),
    };
  const words = rest.split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const when = words.slice(-k).join(' ');
    if (/^(?:on|to|for|at)\s/i.test(when) && onlyDetails(when.replace(/^(?:to|for)\s+/i, '')))
      return {
        type: 'schedule',
        ref: parseRef(words.slice(0, -k).join(' ')),
        when: when.replace(/^(?:to|for)\s+/i, ''),
      };
  }
  return undefined;
}
