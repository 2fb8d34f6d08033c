// "Skip the gym this week", "skip this one", "skip the bins for now": a repeating task moves on
// to its next occurrence without being recorded as done.
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';

export const skip: Rule = {
  name: 'skip',
  specificity: 80,
  extract: (s, { question, dialogue }): Intent | undefined => {
    if (question) return undefined;
    // "skip swimming this week" … "and the week after", "next week's as well": one more
    if (
      dialogue?.lastSkipped &&
      /^(?:(?:and|also|plus|oh)[,\s]+)*(?:skip\s+)?(?:the\s+)?(?:(?:week|one|time|session|day|month)\s+after(?:\s+that)?|following\s+(?:week|one|time|session)|next\s+(?:week|one|time|session)(?:'s)?(?:\s+one)?)(?:\s+(?:too|as well|also))?$/i.test(
        s,
      )
    )
      return { type: 'skip', ref: { kind: 'focus' } };
    const m =
      /^skip(?:ping)?\s+(.+?)(?:\s+(?:this|for this|for the|for|just this)\s+(?:week|time|one|month|day|occurrence|round|now|once|go|time round|time around)|\s+(?:just\s+)?(?:the\s+)?once)?$/i.exec(
        s,
      );
    if (!m) return undefined;
    // "please skip one time", "skip once", "skip this one time": the task talked about, once
    if (
      /^(?:(?:just|only)\s+)?(?:one\s+time|once|this\s+(?:one\s+)?time|the\s+once|one)$/i.test(
        m[1]!,
      )
    )
      return { type: 'skip', ref: { kind: 'focus' } };
    // "skip the next three dog training classes", "skip the next two long runs": so many of them
    const nextFew =
      /^skip(?:ping)?\s+(?:the\s+)?next\s+(two|three|four|2|3|4)\s+(?!(?:weeks|times|days|months|ones)\b)(.+)$/i.exec(
        s,
      );
    if (nextFew) {
      const n = ({ two: 2, three: 3, four: 4 } as Record<string, number>)[
        nextFew[1]!.toLowerCase()
      ];
      return { type: 'skip', ref: parseRef(nextFew[2]!), times: n ?? Number(nextFew[1]) };
    }
    // "skip yoga this week and next", "skip the bins for the next two weeks": so many times
    const many =
      /\s+(?:(?:this|for this)\s+(week|month|time|one)\s+and\s+(?:the\s+)?next(?:\s+(?:one|week|month|time))?|(?:for\s+)?(?:the\s+)?next\s+(two|three|four|2|3|4)(?:\s+(?:weeks|months|times|ones|days))?|(?:for\s+)?(two|three|four|2|3|4)\s+(?:weeks|months|times|days)(?:\s+running|\s+in a row)?)$/i.exec(
        m[1]!,
      );
    const times = many
      ? many[1]
        ? 2
        : (({ two: 2, three: 3, four: 4 } as Record<string, number>)[
            (many[2] ?? many[3])!.toLowerCase()
          ] ?? Number(many[2] ?? many[3]))
      : 1;
    if (many) {
      const rest = m[1]!.slice(0, many.index).trim();
      const found = skip.extract(`skip ${rest || 'it'}`, { question } as never);
      return found && !Array.isArray(found) ? ({ ...found, times } as Intent) : undefined;
    }
    const what = m[1]!
      .replace(
        /^(?:(?:this|next)\s+)?(?:week's|month's|time's|tomorrow's|today's|tonight's|weekend's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)(?:\s+|$)/i,
        '',
      )
      .replace(/\s*,.*$/, '')
      .replace(/(?:^|\s+)(?:as well|too|also|though|tho|then|please)$/i, '')
      // ("skip stretching today": today's is the one skipped, the task is "stretching")
      .replace(/(?<=\S)\s+(?:today|tonight|tomorrow|this (?:morning|afternoon|evening))$/i, '')
      .trim();
    // "skip tomorrow's too": the one it names is the task just talked about
    if (!what) return { type: 'skip', ref: { kind: 'focus' } };
    // "and skip next week's as well", "skip the next one": the task just talked about
    if (
      /^(?:this|that|it|next (?:week|month|time|day)'s|the next one|next one|the one after|next time|tomorrow|today|tonight|(?:this|next) (?:week|month|weekend)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+one)?$/i.test(
        what,
      )
    )
      return { type: 'skip', ref: { kind: 'focus' } };
    return { type: 'skip', ref: parseRef(what) };
  },
};
