// How long a repeat goes on: "only repeat the physio exercises 10 more times", "extend the flu
// clinic to 6 sessions", "let the hydrometer reading repeat forever, no limit", "take the end date
// off the choir warm-up". A count in all, or no end at all; the rule itself stays.
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';

const N = String.raw`(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)`;
const UNIT = String.raw`(?:times|sessions|occurrences|lessons|classes|doses|payments|instalments|installments|weeks|days|months|of them)`;
const COUNTED_UNIT = String.raw`(?:times|sessions|occurrences|lessons|classes|doses|payments|instalments|installments)`;
/** The task said, or the one talked about. */
const TASK = String.raw`(it|that|this|them|(?:the|my|task)\b.+?)`;

/** "only repeat X 10 more times", "limit X to 6 sessions", "extend X to 6 sessions". */
const COUNTED = [
  new RegExp(
    String.raw`^(?:(?:only|just)\s+)?(?:repeat|do|run)\s+${TASK}\s+(?:(?:for\s+)?(?:another|a further)\s+)?(?:only\s+|just\s+)?${N}\s+(?:more\s+)?${UNIT}(?:\s+(?:more|only|in all|in total))?$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:extend|limit|cut|reduce|shorten|cap)\s+(.+?)\s+(?:to|at|down to|back to|up to)\s+(?:only\s+|just\s+)?${N}\s+${UNIT}(?:\s+(?:in all|in total|only))?$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:change|set|make)\s+${TASK}\s+(?:to|at)\s+(?:only\s+|just\s+)?${N}\s+${COUNTED_UNIT}(?:\s+(?:in all|in total|only))?$`,
    'i',
  ),
];

/** "make the check-in stop after 4 times", "make the Dubois lessons 5 times instead of 3". */
const MADE_COUNT = [
  new RegExp(
    String.raw`^(?:make|have|let)\s+(.+?)\s+(?:stop|end|finish)\s+after\s+${N}\s+${UNIT}$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:make|have)\s+((?:(?!\b(?:stop|stops|end|ends|finish|after)\b).)+?)\s+${N}\s+${COUNTED_UNIT}(?:\s+(?:instead of|not|rather than)\s+\S+)?(?:\s+(?:in all|in total))?$`,
    'i',
  ),
];

/** "…repeat forever", "no limit", "take the end date off …", "… so it goes on indefinitely". */
const ENDLESS =
  /\b(?:forever|for ever|indefinitely|for good|with no end|no end(?: date)?|no limit|without (?:a |an )?(?:limit|end(?: date)?)|(?:goes|keeps going|carries) on(?: and on)?(?: forever| indefinitely)?|never (?:ends|stops))\b/i;
const TAKE_OFF =
  /^(?:(?:please|pls|can you|could you)\s+)*(?:take|remove|drop|clear|get rid of|lose|scrap|delete)\s+(?:the\s+)?(?:end(?:\s*date)?|limit|count|stop date|last date|finish date|cut-?off)\s+(?:off|from|on|of)\s+(.+?)(?:\s+repeats?)?(?:[,\s]+so\s+(?:it|they)\b.*)?$/i;
const LET_GO_ON =
  /^(?:(?:please|pls)\s+)?(?:let|make|have)\s+(.+?)\s+(?:repeat|recur|go on|keep going|run|carry on)\b(.*)$/i;

export const repeatLimit: Rule = {
  name: 'repeat-limit',
  specificity: 81,
  extract: (said, { question }): Intent | undefined => {
    if (question) return undefined;
    const s = said.replace(/[.!]+$/, '');
    for (const pattern of COUNTED) {
      const m = pattern.exec(s);
      if (m) return { type: 'details', ref: parseRef(m[1]!), text: `${m[2]} times` };
    }
    for (const pattern of MADE_COUNT) {
      const m = pattern.exec(s);
      if (m && !/^(?:it|that|this)$/i.test(m[1]!))
        return { type: 'details', ref: parseRef(m[1]!), text: `${m[2]} times` };
    }
    // "add weigh the lambs every wednesday" … "and stop after 10 weeks": so long, the one talked
    // about (weeks, days or months are how long; times how many)
    const stopAfter = new RegExp(
      String.raw`^(?:(?:and|but|ok|okay|actually)[,\s]+)*(?:(?:it\s+)?(?:should|can|will|must)\s+|(?:make|have|let)\s+(?:it|that|them)\s+)?(?:stop|end|finish)(?:\s+it)?\s+after\s+${N}\s+(times|sessions|occurrences|lessons|classes|doses|weeks|days|months)(?:\s+(?:please|then|in all|in total))?$`,
      'i',
    ).exec(s);
    if (stopAfter)
      return {
        type: 'details',
        ref: { kind: 'focus' },
        text: /^(?:weeks|days|months)$/i.test(stopAfter[2]!)
          ? `for ${stopAfter[1]} ${stopAfter[2]}`
          : `${stopAfter[1]} times`,
      };
    // "practice the wedding mix shouldn't have a limit": no end
    const noLimit =
      /^(?!(?:it|that|this)\b)(.+?)\s+(?:shouldn't|should not|doesn't need|does not need|needn't|mustn't|won't)\s+(?:to\s+)?(?:have\s+)?(?:a|an|any)\s+(?:limit|end(?:\s*date)?|end point|cut-?off)(?:\s+(?:any\s*more|now))?$/i.exec(
        s,
      );
    if (noLimit) return { type: 'details', ref: parseRef(noLimit[1]!), text: '', clear: ['limit'] };
    const off = TAKE_OFF.exec(s);
    if (off) return { type: 'details', ref: parseRef(off[1]!), text: '', clear: ['limit'] };
    const on = LET_GO_ON.exec(s);
    if (on && ENDLESS.test(on[2]!))
      return { type: 'details', ref: parseRef(on[1]!), text: '', clear: ['limit'] };
    // "no limit", "make it go on forever", "remove the end date": the one talked about
    if (
      /^(?:(?:and|ok|okay|actually)[,\s]+)*(?:no (?:limit|end date|end)|(?:take|remove|drop|clear)\s+(?:the\s+)?(?:end date|limit|count)(?:\s+off)?|(?:make|let)\s+(?:it|that)\s+(?:go on|repeat|run)\s+(?:forever|indefinitely))(?:\s+(?:please|then|after all))?$/i.test(
        s,
      )
    )
      return { type: 'details', ref: { kind: 'focus' }, text: '', clear: ['limit'] };
    return undefined;
  },
};
