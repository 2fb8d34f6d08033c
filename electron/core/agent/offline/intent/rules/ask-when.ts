// "move gym", "reschedule the dentist": a task to move, with when not said, so when is asked (the
// answer, "7pm", "Friday", moves it). Just above a task said on its own: any rule that reads a
// day or a distance in it wins, and with no task called so it is a new task after all ("move the
// sofa").
import { onlyDetails } from '../time-words.ts';
import type { Intent, Rule } from '../types.ts';
import { asked } from './ask-field.ts';

const MOVE_ALONE =
  /^(?:move|reschedule|re-schedule|postpone|push|shift|rearrange)\s+(?!(?:it|that|this|them|everything|all)\b)((?:[\p{L}\p{N}'-]+\s+){0,4}[\p{L}\p{N}'-]+)$/iu;

/** Words that say when, or where to, in what follows the verb ("push the plumber back a day"). */
const SAYS_WHEN =
  /\b(?:back|forward|up|on|over|out|off|in|down|along|to|till|until|by|for|at|later|earlier|sooner|day|days|week|weeks|month|months|hour|hours|minutes?|today|tonight|tomorrow|next|this)\b/i;

export const askWhen: Rule = {
  name: 'ask-when',
  specificity: 6,
  extract: (s, { question }): Intent | undefined => {
    if (question) return undefined;
    const said = s.trim().replace(/[.!]+$/, '');
    const moved = MOVE_ALONE.exec(said);
    if (!moved || SAYS_WHEN.test(moved[1]!) || onlyDetails(moved[1]!)) return undefined;
    return {
      ...(asked(moved[1]!, 'date') as Intent & { type: 'details' }),
      fallback: { type: 'add', title: said, unasked: true },
    };
  },
};
