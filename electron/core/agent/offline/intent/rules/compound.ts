// "I don't need the dry cleaning one anymore, delete it" / "the essay isn't finished, put it back":
// the request names "it", and the clauses before it say which task that is.
import { stripEndPunctuation, stripFiller } from '../normalize.ts';
import type { Intent, Rule, RuleContext } from '../types.ts';
import { complete } from './complete.ts';
import { deleteRule } from './delete.ts';
import { describeRule } from './describe.ts';
import { putBack } from './put-back.ts';
import { rename } from './rename.ts';
import { reopen } from './reopen.ts';
import { statement } from './statement.ts';

const ABOUT_TASK =
  /^(?:but\s+|so\s+|and\s+)?(?:i\s+(?:don't|do not|no longer|not|won't|will not)\s+(?:be\s+)?(?:need|needing|want|wanting|have)\s+(?:to\s+(?:do\s+)?)?|i(?:'ve| have)?\s+(?:already\s+|just\s+|finally\s+)?(?:finished|done|completed|did)\s+|(?:i'm|i am)\s+(?:done|finished)\s+with\s+|(?:about|regarding|re|as for|for|on)\s+)/i;
const ABOUT_TASK_END =
  /\s+(?:anymore|any more|after all|already|is (?:done|finished|sorted|complete|completed|over|cancelled|canceled|off)|got (?:cancelled|canceled|done|sorted)|was (?:cancelled|canceled)|isn't needed|is not needed|isn't (?:actually |really )?(?:done|finished)(?: yet)?|(?:'s|is) not (?:actually |really )?(?:done|finished|complete)(?: yet)?)$/i;

/** What a clause says about a task, without the words that say what happened to it. */
export const cleanAbout = (clause: string) =>
  stripEndPunctuation(stripFiller(clause))
    // ("oh wait, 9 isn't finished, untick it": the hesitation names nothing)
    .replace(
      /^(?:(?:oh|ah|wait|hang on|hold on|hmm+|um+|no|sorry|oops|actually)(?:[,\s]+|$))+/i,
      '',
    )
    .replace(ABOUT_TASK, '')
    .replace(ABOUT_TASK_END, '')
    .trim();

const ADDING =
  /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:add|create|new|remind|make a|put down|jot down)\b/i;

const ACTIONS = [reopen, complete, deleteRule, putBack, describeRule, rename, statement];

/** A change to "it" or "that one", with nothing said about which. */
const namesNothing = (intent: ReturnType<Rule['extract']>): boolean =>
  !!intent &&
  !Array.isArray(intent) &&
  'ref' in intent &&
  intent.ref?.kind === 'focus' &&
  !intent.ref.context &&
  !intent.ref.topic;

export const compound: Rule = {
  name: 'compound',
  specificity: 76,
  extract: (s: string, context: RuleContext): Intent | undefined => {
    // After "description =" or ":" the commas belong to the value.
    if (/[:=]|->/.test(s)) return undefined;
    const clauses = s
      .split(
        /\s*[,;]\s*|\s+-\s+|\s+(?:so|and)\s+(?=(?:you can|can you|please|just)\b)|\s+so\s+(?:(?:i\s+(?:guess|suppose|think)|maybe|probably|best|better)\s+)?(?=(?:mark|tick|uncheck|reopen|delete|remove|put|undo|take|forget|bin|scrap|ditch|drop|strike|cross|get rid|knock|chuck|cancel)\b|(?:that|it|this)(?:'s|\s+is)\s+(?:done|sorted|finished|complete)\b)|(?<!\b(?:don't|dont|do not|not|never|won't|can't|didn't|shouldn't))\s+(?=(?:tick|mark|cross|check)\s+(?:that|it|this|them)\s+(?:off|done|as done)\b)/,
      )
      .filter(Boolean);
    if (clauses.length < 2) return undefined;
    // "no hang on, I meant mark it done": a correction (correction.ts), nothing to name the task
    if (/,\s*(?:i\s+meant|i\s+mean|meant)\s+(?:to\s+)?(?:just\s+)?(?:mark|tick|check)\b/i.test(s))
      return undefined;
    // "remove task 2, I don't need it": the first clause already says which task.
    const first = s.split(/\s*[,;]\s*|\s+-\s+/)[0]!;
    for (const rule of ACTIONS) {
      const direct = rule.extract(first, context) as Intent | undefined;
      if (
        direct &&
        'ref' in direct &&
        direct.ref &&
        ['ids', 'positions', 'quoted'].includes(direct.ref.kind) &&
        // ("oh wait, 9 isn't finished, untick it" after ticking interviews 7 to 9: a number said
        // bare, right after a change, may be one in their titles)
        !(
          direct.ref.kind === 'ids' &&
          context.dialogue.lastAction &&
          !/\b(?:task|item|number|no)\b|#/i.test(first)
        )
      )
        return undefined;
    }
    for (let i = clauses.length - 1; i > 0; i--) {
      const rest = stripFiller(
        clauses
          .slice(i)
          .join(', ')
          .replace(/^(?:so|just|then|and|but)\s+/i, '')
          .replace(/^(?:you can|can you|please)\s+/i, ''),
      );
      for (const rule of ACTIONS) {
        const intent = rule.extract(rest, context) as Intent | undefined;
        // ("the first one has a typo, it should be …" fixes a word: fix-word.ts)
        if (rule === rename && !/^(?:change|rename|retitle|call|name)\b/i.test(rest)) continue;
        // ("I still need that, put it back" right after a delete: undo.ts; but "and the posters
        // task, it is not finished, please open again" names another task as a task)
        const afterDelete =
          (rule === reopen || rule === putBack) && context.dialogue.lastAction === 'delete';
        if (
          afterDelete &&
          !/^(?:(?:and|also|oh|ok|okay)[,\s]+)*(?:the|my)\s+.{2,40}?\s+(?:task|one|item|job|reminder)$/i.test(
            clauses[0]!,
          )
        )
          continue;
        // ("corks and capsules are both here now, tick them": "them" are the things just named)
        const them =
          intent && 'ref' in intent && intent.ref?.kind === 'shown' && !intent.ref.all
            ? intent.ref
            : undefined;
        if (intent && 'ref' in intent && (intent.ref?.kind === 'focus' || them)) {
          // ("Jen got her own coffee so forget that one, delete it": the clause saying the same
          // deed of "that one" names nothing)
          const about = clauses
            .slice(0, i)
            .filter((clause) => !ACTIONS.some((r) => namesNothing(r.extract(clause, context))))
            .map(cleanAbout)
            .filter(Boolean)
            .join(', ');
          // ("add a task to order flowers, and put in the description …": a new task's note)
          if (rule === describeRule && ADDING.test(about)) continue;
          // ("sorry I meant mark it done": a correction, not a task named before)
          if (/^(?:(?:no|sorry|oops|actually|wait|ok|okay)[,\s]*)*i\s+meant?$/i.test(about))
            continue;
          // ("… tick them off": "them" read as the task talked about, but two things were named)
          // (two things named plainly: "hops and bottle caps both arrived")
          const several =
            /^[\p{L}\p{N}\s'’-]+\s(?:and|&)\s[\p{L}\p{N}\s'’-]+$/u.test(about) &&
            (them || (intent.ref?.kind === 'focus' && /\b(?:them|those|both)\b/i.test(rest)));
          // ("…, can you untick those" after news of several things: those, as said)
          if (them && !several) continue;
          if (about && several)
            return {
              ...intent,
              ref: {
                kind: 'statement',
                // ("… both arrived today": the things, without what became of them)
                text:
                  about.replace(/\s+(?:are\s+|have\s+|were\s+)?(?:both|all)\b.*$/i, '') || about,
              },
            } as Intent;
          if (about) return { ...intent, ref: { kind: 'focus', context: about } } as Intent;
          // ("hmm no, take that off": only a hesitation before it, so the task talked about)
          if (
            clauses
              .slice(0, i)
              .every((c) =>
                /^(?:(?:oh|ah|wait|hang on|hold on|hmm+|um+|no|nope|sorry|oops|actually)(?:[,\s]+|$))+$/i.test(
                  c.trim(),
                ),
              )
          )
            return intent;
        }
      }
    }
    return undefined;
  },
};
