// Removing: "delete the meeting task", "get rid of task 2", "I don't need to renew the passport
// anymore", "I'm not going to bother with the shed after all".
import { parseRef, withException, withoutReason } from '../references.ts';
import type { Intent, Rule } from '../types.ts';
import { alt, rx, VERBS } from '../vocabulary.ts';

const DELETE_OR_TAKE = alt([...VERBS.delete, 'take', 'pull']);

type Change = Extract<Intent, { type: 'delete' }>;
// ("delete the rota one, not needed": the verb, said twice, is no part of the task's name)
const removed = (ref: string): Change => ({
  type: 'delete',
  ref: parseRef(ref.replace(/^(?:delete|remove)\s+(?=(?:the|that|this|my)\s)/i, '')),
});

export const deleteRule: Rule = {
  name: 'delete',
  specificity: 58,
  // ("I must renew my bus pass." … "Also to cancel the newspaper delivery.": one more thing to
  // do, said as the first was)
  extract: (text, { dialogue, sentence }): Intent | undefined =>
    // ("take bills off it" after a label change: that label, tag.ts)
    dialogue.lastTagged &&
    /^(?:(?:and|also|then|now|actually|no)[,\s]+)*(?:take|get)\s+#?[\p{L}][\p{L}\p{N}_-]*\s+off\s+(?:of\s+)?(?:it|that|this|them)\b/iu.test(
      text,
    )
      ? undefined
      : // "don't delete the window cleaner task, I still need to cancel him": nothing to change
        /^(?:(?:no|please|pls|oh)[,\s]+)*(?:don't|do not|dont)\s+(?:delete|remove|tick|bin|scrap|drop|close|cross off|get rid of|mark)\b/i.test(
            text,
          )
        ? { type: 'dismiss' }
        : dialogue.lastAction === 'add' && /^(?:and\s+)?(?:also\s+)?to\s+/i.test(sentence || text)
          ? undefined
          : (labelTakenOff(text) ?? fieldNotTask(withException(text, extractChange))),
};

/** "take admin off the CISRS task, leave training": a label of the task, not the task. */
function labelTakenOff(text: string): Intent | undefined {
  // ("and ditch the ute tag 🙂": that label, off the task talked about)
  const named =
    /^(?:(?:please|pls|can you|could you|just|and|also|then)[,\s]+)*(?:remove|delete|drop|ditch|scrap|bin|lose|clear|get rid of|take off)\s+(?:the\s+)?(?:#?([\p{L}\p{N}_-]{1,40})\s+(?:tag|label)|(?:tag|label)\s+#?([\p{L}\p{N}_-]{1,40}))(?:\s+(?:too|as well|please|pls|then))*(?:[\s.!]|\p{Extended_Pictographic}|\uFE0F|\u200D)*$/iu.exec(
      text,
    );
  const label = named?.[1] ?? named?.[2];
  if (label && !/^(?:the|a|its|their|all|any|that|this|every|from|off|on)$/i.test(label))
    return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [label.toLowerCase()] };
  const m =
    /^(?:(?:please|pls|can you|could you|just|and)\s+)*(?:take|pull|drop|strip)\s+#?([\p{L}\p{N}_-]+)\s+off\s+(?:of\s+)?((?:the|my)\s+.+?\s(?:task|one|job|item))(?:\s*[,;].*)?$/iu.exec(
      text,
    );
  if (
    !m ||
    /^(?:it|that|this|them|those|these|one|date|dates|deadline|priority|repeat|repeats|time|note|notes|description|tag|tags|label|labels|everything|all)$/i.test(
      m[1]!,
    )
  )
    return undefined;
  return { type: 'tag', ref: parseRef(m[2]!), add: [], remove: [m[1]!.toLowerCase()] };
}

/**
 * "drop its label and its priority", "I don't want a date on the coach trip any more": a field of
 * a task, never a task (cleared, when the task is named).
 */
function fieldNotTask(found: Intent | undefined): Intent | undefined {
  // ("drop its priority altogether", "remove its date entirely actually")
  const said = (
    found && 'ref' in found && found.ref?.kind === 'words' ? found.ref.text : ''
  ).replace(
    /(?:\s+(?:altogether|entirely|completely|totally|actually|as well|too|then|please|now))+$/i,
    '',
  );
  // "drop Thursday from interval training", "take friday off the swimming": a day off its repeat
  const dayOff =
    /^(?:the\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)days?)\s+(?:from|off|out of)\s+(?:the\s+)?(.+)$/i.exec(
      said,
    );
  if (dayOff)
    return {
      type: 'details',
      ref: parseRef(dayOff[2]!),
      text: '',
      without: [dayOff[1]!.slice(0, 2).toUpperCase()],
    };
  const field =
    /^(?:its|the|that|this|a|any)\s+(labels?|tags?|priority|prio|due\s+date|date|deadline|time|repeat|recurrence|reminder)(?:\s+(?:on|for|of|from)\s+(.+)|\s+(?:and|&|,)\s+.*)?$/i.exec(
      said,
    );
  if (!field) return found;
  const kind = field[1]!.toLowerCase();
  // ("…, take the priority off": that field of the task just talked about)
  if (!field[2]) {
    const clear = /^(?:labels?|tags?)$/.test(kind)
      ? 'labels'
      : /^prio/.test(kind)
        ? 'priority'
        : /^(?:repeat|recurrence)$/.test(kind)
          ? 'repeat'
          : /date|deadline/.test(kind)
            ? 'date'
            : kind === 'time'
              ? 'time'
              : undefined;
    return clear && !/\s(?:and|&|,)\s/.test(said)
      ? { type: 'details', ref: { kind: 'focus' }, text: '', clear: [clear] }
      : undefined;
  }
  const ref = parseRef(field[2]);
  if (/^(?:labels?|tags?)$/.test(kind)) return { type: 'tag', ref, add: [], remove: ['*'] };
  if (/^prio/.test(kind)) return { type: 'prioritize', ref, priority: null };
  if (/^(?:repeat|recurrence)$/.test(kind)) return { type: 'set-repeat', ref, repeat: null };
  if (/date|deadline/.test(kind)) return { type: 'schedule', ref, clear: true };
  return undefined;
}

function extractChange(said: string): Change | undefined {
  {
    // "mark it done, I did it this morning": the reason after the comma isn't the task.
    const s = withoutReason(said).replace(/\s+(?:instead|then)$/i, '');
    // "clean up the done stuff", "clear out the finished ones": every finished task
    if (
      /^(?:clean|tidy|clear)\s+(?:up|out|away)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:done|finished|completed|ticked(?:\s+off)?|checked(?:\s+off)?)\s+(?:stuff|ones|tasks|items|things|todos|bits)$/i.test(
        s,
      )
    )
      return { type: 'delete', ref: { kind: 'all', status: 'completed' } };
    // "package task no need, delete", "the gym one not needed anymore"
    const noNeed = s.match(
      /^(.+?)\s+(?:no need|not need|not needed|no longer needed|not required|not necessary|unnecessary)(?:\s+(?:anymore|any more))?(?:\s*[,.;-]?\s*(?:(?:please|pls)\s+)?(?:delete|remove|del|rm|drop)(?:\s+(?:it|please|pls))?)?$/i,
    );
    if (
      noNeed &&
      !/^(?:i|we|you|it|that|this|those|these|they|them)(?:\s+(?:is|are|was|were)|'s|'re)?$/i.test(
        noNeed[1]!,
      )
    )
      return removed(noNeed[1]!);
    // "the EZ-Link one can remove already", "the gym one can go": it may go
    const canGo = s.match(
      /^(?:eh\s+|oh\s+)?(.+?)\s+can\s+(?:be\s+)?(?:removed?|deleted?|go|binned|bin|scrapped|scrap|dropped|drop)(?:\s+(?:already|now|then|too|as well))*$/i,
    );
    if (canGo && !/^(?:i|we|you|it|that|this)$/i.test(canGo[1]!)) return removed(canGo[1]!);
    // "no longer needed: collect the parcel"
    const gone = s.match(
      /^(?:no longer needed|not needed(?: anymore| any more)?|don't need (?:this|it) anymore)\s*[:,-]\s*(.+)$/i,
    );
    if (gone) return removed(gone[1]!);
    // "put the voltage tester one in the bin", "throw that in the trash": binned
    const binned = s.match(
      /^(?:(?:and|so|just|then)\s+)*(?:put|throw|chuck|toss|stick|bung)\s+(.+?)\s+(?:in|into|in to)\s+(?:the\s+)?(?:bin|trash|rubbish|garbage|wastebasket|recycle bin|recycling)(?:\s*[,;:—–-]\s+.*)?$/i,
    );
    if (binned) return removed(binned[1]!);
    let m = s.match(rx`^(${DELETE_OR_TAKE})\\s+(.+?)$`);
    // ("trash is out", "bin's emptied": the thing, talked about)
    if (m && /^(?:is|are|was|were|has|have|had|'s|got|gone|done)\b/i.test(m[2]!)) return undefined;
    // "delete please", "remove it now": the task just talked about
    if (m && /^(?:please|pls|plz|now|it please|that please|it now)$/i.test(m[2]!))
      return { type: 'delete', ref: { kind: 'focus' } };
    if (m) {
      // "take X off my list"/"take out X"; plain "take" is too vague otherwise.
      // ("pull the offsite off the tracker": likewise)
      if (/^(?:take|pull)$/i.test(m[1]!) && !/\b(?:off|out)\b/i.test(s)) return undefined;
      // "take out the trash" is a chore; "take out the trash task" / "… of my list" removes one.
      if (
        /^(?:take|pull)$/i.test(m[1]!) &&
        /^out\s/i.test(m[2]!) &&
        !/\b(?:task|one|item|todo|entry|#\s*\d+|\d+)\b|\b(?:of|from)\s+(?:my|the)\s+(?:\w+\s+)?list\b/i.test(
          m[2]!,
        )
      )
        return undefined;
      // "drop off the spare keys at flat 3" is a deed (not "drop the task off the list")
      if (
        /^drop$/i.test(m[1]!) &&
        /^off\s/i.test(m[2]!) &&
        !/\b(?:task|one|item|todo|entry)$|#\s*\d+|^off\s+(?:task\s*)?\d+$|\b(?:of|from)\s+(?:my|the)\s+(?:\w+\s+)?list\b/i.test(
          m[2]!,
        )
      )
        return undefined;
      return removed(m[2]!.replace(/^(?:out|off)\s+/i, ''));
    }
    // "don't need the swim bag one anymore" (no "I", so the "anymore" says it)
    m = s.match(
      /^(?:don't|do not|no longer)\s+(?:need|want)\s+(?:to\s+(?:do\s+)?)?(.+?)\s+(?:anymore|any more)$/i,
    );
    if (m && !/^(?:to|it|that|this|them)$/i.test(m[1]!)) return removed(m[1]!);
    m = s.match(
      /^i\s+(?:don't|do not|no longer|not)\s+(?:need|want|have)\s+(?:to\s+(?:do\s+)?)?(.+?)(?:\s+(?:anymore|any more|after all))?$/i,
    );
    if (m) return removed(m[1]!);
    m = s.match(
      /^(?:i'm|i am|we're|we are)\s+not\s+(?:going to|gonna)\s+(?:bother\s+(?:with\s+)?)?(.+?)(?:\s+(?:anymore|any more|after all))?$/i,
    );
    // (not "I'm not going to get the quilt done tomorrow": late, not dropped)
    if (
      m &&
      !/\b(?:done|finished|sorted|completed|ready|in time|on time|by|today|tonight|tomorrow|this week|this weekend|until|till|yet)$/i.test(
        m[1]!,
      )
    )
      return removed(m[1]!);
    // "it's the patio one I want gone", "the second one's the one we need deleted"
    m = s.match(
      /^(?:(?:no|actually|wait|sorry|oh)[,\s]+)*(?:it's|it is|it was|'tis)?\s*(.+?)\s+(?:(?:that|which)\s+)?(?:i|we)\s+(?:want|wanted|need|meant|'d like)(?:\s+to\s+be)?\s+(?:gone|deleted|removed|binned|scrapped|dropped|off(?:\s+(?:the|my)\s+list)?)$/i,
    );
    if (m && !/^(?:it|that|this)$/i.test(m[1]!)) return removed(m[1]!);
    // "I would like the task about the bake sale removed"
    m = s.match(
      /^(?:i(?:'d| would| should)? (?:like|want)|please have|can you have|could you get)\s+(.+?)\s+(?:removed|deleted|taken off(?: (?:my|the) list)?|gone|binned|cancelled)$/i,
    );
    if (m) return removed(m[1]!);
    // "the third one can go", "the last two can go, no longer relevant"
    m = s.match(
      /^(.+?)\s+(?:can|could|should|may)\s+(?:go|come off|go off|be taken off|be (?:deleted|removed|dropped|scrapped|binned))(?:\s+(?:the|my)\s+list)?(?:\s+(?:altogether|entirely|now|completely))?(?:\s*[,;-]\s*(?:(?:they're|it's|they are|it is)\s+)?(?:no longer (?:relevant|needed|happening)|not (?:needed|relevant|happening)(?: any ?more)?|don't need (?:it|them)(?: any ?more)?|done with (?:it|them))|\s*[,;—–]\s*(?!(?:and|then|also|but|tick|mark|add|delete|remove|move|put|set|make|change|rename)\b)[^,;]{1,60})?$/i,
    );
    if (m) return removed(m[1]!);
    m = s.match(
      // ("mrs byrne quote no longer needed she went with someone else": why, after it)
      // ("the trip's off": called off, said short)
      /^(.+?)(?:\s+(?:(?:is|are)\s+(?:no longer needed|not needed(?: anymore)?|cancelled|canceled|obsolete|irrelevant|off)|(?:no longer needed|not needed any ?more))|(?<!^(?:it|that|this|he|she|who|what|there))'s\s+(?:cancelled|canceled|off))(?:[\s,;.—–-]+(?:she|he|they|we|i|someone|somebody|no one|nobody|because|cos|since|as|so)\b.*)?$/i,
    );
    // ("…, those are not needed": the reason for a request made before it, not another one)
    if (m && !/^(?:those|these|they|them)$/i.test(m[1]!)) return { ...removed(m[1]!), news: true };
    return undefined;
  }
}
