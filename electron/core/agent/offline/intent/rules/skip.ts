// "Skip the gym this week", "skip this one", "skip the bins for now": a repeating task moves on
// to its next occurrence without being recorded as done.
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';

export const skip: Rule = {
  name: 'skip',
  specificity: 80,
  extract: (s, { question }): Intent | undefined => {
    if (question) return undefined;
    const m =
      /^skip(?:ping)?\s+(.+?)(?:\s+(?:this|for this|for the|for)\s+(?:week|time|one|month|day|occurrence|round|now|once))?$/i.exec(
        s,
      );
    if (!m) return undefined;
    const what = m[1]!
      .replace(
        /^(?:(?:this|next)\s+)?(?:week's|month's|time's|tomorrow's|today's|tonight's|weekend's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)(?:\s+|$)/i,
        '',
      )
      .replace(/\s*,.*$/, '')
      .replace(/(?:^|\s+)(?:as well|too|also)$/i, '')
      .trim();
    // "skip tomorrow's too": the one it names is the task just talked about
    if (!what) return { type: 'skip', ref: { kind: 'focus' } };
    // "and skip next week's as well", "skip the next one": the task just talked about
    if (
      /^(?:this|that|it|next (?:week|month|time|day)'s|the next one|next one|the one after|next time)(?:\s+one)?$/i.test(
        what,
      )
    )
      return { type: 'skip', ref: { kind: 'focus' } };
    return { type: 'skip', ref: parseRef(what) };
  },
};
