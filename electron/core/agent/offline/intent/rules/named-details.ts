// A task named, then what it should be, said as news rather than asked: "check smoke alarm
// should only be once a year", "pay babysitter is a weekly thing", "call dr lee needs to happen
// friday", "the roof leak is an emergency, highest priority please", "fix the printer can wait,
// make it low". Below the rules that read a change asked for outright (prioritize.ts,
// set-repeat.ts, schedule.ts), above a rename ("X, make it low" is no new title) and a task
// said on its own.
import { tidyTitle } from '../normalize.ts';
import { parseRef } from '../references.ts';
import { looksLikeWhen, onlyDetails, priorityOf } from '../time-words.ts';
import type { DialogueView, Intent, Rule } from '../types.ts';
import { readDetails } from './details.ts';

export const namedDetails: Rule = {
  name: 'named-details',
  specificity: 71,
  extract: (s, { question, dialogue }): Intent | undefined => {
    if (question) return undefined;
    return namedIs(s, dialogue) ?? canWait(s, dialogue);
  },
};

function namedIs(s: string, dialogue: DialogueView): Intent | undefined {
  const namedIs =
    /^(?!(?:it|that|this|they|there|he|she|i|we|you|what|which|when|who|how|where|why|is|are|do|does|did|can|could|will|would|should|and|so|but|no|not|yes|ok|okay|actually|sorry|wait)\b)(.+?)\s+(should\s+(?:only\s+|really\s+|just\s+|now\s+)?be|(?:needs?|has|have)\s+to\s+(?:happen|be\s+done|be(?:\s+in)?)|(?:is|are)(?:\s+(?:now|actually|really))?|(?:now\s+)?(?:runs|happens|repeats|recurs|comes\s+round|comes\s+up|moves\s+to|(?:is\s+)?moving\s+to|switches\s+to|changes\s+to))\s+(?:only\s+|just\s+)?(.+?)$/i.exec(
      s,
    );
  if (
    namedIs &&
    !onlyDetails(namedIs[1]!) &&
    // ("time is 7:45pm", "the deadline is actually 11am", "first one is p1": a field or a
    // place in the list, not a task; "the doctor says …": someone's words)
    !/^(?:the\s+|its\s+|new\s+)*(?:time|date|day|deadline|due\s+date|cut-?off|hand-?in|closing\s+date|start(?:\s+time)?|finish(?:\s+time)?|priority|repeat|label|tag|(?:first|second|third|fourth|last|other|next|top|bottom)\s+one)s?$/i.test(
      namedIs[1]!,
    ) &&
    !/\b(?:says|said|reckons|thinks|told|tells|mentioned)\b/i.test(namedIs[1]!) &&
    // ("add a note to it: Budget is 1,200 …": the words of a note, describe.ts)
    !/:|\b(?:note|notes|description|details|comment)\b/i.test(namedIs[1]!) &&
    // ("choir practice is on monday not wednesday": one day for another, schedule.ts)
    !/\b(?:not|instead\s+of|rather\s+than)\b/i.test(namedIs[3]!)
  ) {
    const tail = namedIs[3]!
      .replace(
        /(?:\s*,?\s+(?:now|from now on|going forward|instead|please|pls|too|then|for good))+$/i,
        '',
      )
      // ("an emergency", "critical now, top priority": how urgent, however said, once)
      .split(/\s*[,;]\s*/);
    const timed = { ...dialogue, lastAction: 'update' as const, lastTimed: true };
    const urgency = tail.filter((piece) => priorityOf(bare(piece)) !== undefined);
    const last = urgency.at(-1);
    const pieces = tail
      .filter((piece) => !urgency.includes(piece) || piece === last)
      .map((piece) => {
        if (piece !== last || readDetails(piece, timed)) return piece;
        const level = priorityOf(bare(piece));
        return level ? `p${level}` : 'no priority';
      });
    // ("is urgent actually, accountant wants them": why, after what it should be)
    let read: ReturnType<typeof readDetails>;
    // (never when what is left out says when: "is at 6, I want to practise at 2pm")
    for (let n = pieces.length; n > 0 && !read; n--) {
      if (pieces.slice(n).some((piece) => looksLikeWhen(piece) || SAYS_WHEN.test(piece))) break;
      read = readDetails(pieces.slice(0, n).join(', '), timed);
    }
    // ("the risk assessment has to be in by friday" with no such task: a new one, that due)
    const needed =
      !/^(?:is|are|now|runs|happens|repeats|recurs|comes|moves|moving|switches|changes)\b/i.test(
        namedIs[2]!,
      ) || /^due\b/i.test(namedIs[3]!);
    if (read && read.parts > 0)
      return {
        type: 'details',
        ref: parseRef(namedIs[1]!),
        text: read.text,
        ...(needed
          ? { fallback: { type: 'add', title: tidyTitle(`${namedIs[1]} ${read.text}`) } }
          : {}),
      };
  }
  return undefined;
}

/** A time or a day somewhere in the words. */
const SAYS_WHEN =
  /\b(?:at\s+\d|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|noon|midday|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week)\b/i;

const bare = (piece: string) => piece.replace(/\s+(?:now|then|too|actually)$/i, '');

/** "fix the printer can wait, make it low": the task named, then the change to it. */
function canWait(s: string, dialogue: DialogueView): Intent | undefined {
  const waits =
    /^(?!(?:it|that|this|they|i|we|you)\b)(.+?)\s+(?:can|could|will\s+have\s+to)\s+(?:wait|hold\s+on|hang\s+on)(?:\s+(?:a\s+bit|a\s+while|for\s+now))?\s*[,;]\s*(?:so\s+)?(?:(?:please|pls|just)\s+)?(?:make|set|mark|put)\s+(?:it|that)\s+(?:as\s+|to\s+)?(.+)$/i.exec(
      s,
    );
  const waitsRead =
    waits && readDetails(waits[2]!, { ...dialogue, lastAction: 'update', lastTimed: true });
  if (waits && waitsRead && waitsRead.parts > 0)
    return { type: 'details', ref: parseRef(waits[1]!), text: waitsRead.text };
  return undefined;
}
