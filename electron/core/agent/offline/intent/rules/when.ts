// "When is the dentist?", "when's the car service due?", "what day is the party?": a task's date.
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';

export const whenQuestion: Rule = {
  name: 'when',
  specificity: 83,
  extract: (s): Intent | undefined => {
    const m =
      /^(?:and\s+)?(?:when(?:'s| is| was| are|s)|when do i (?:have to|need to)(?: do)?|what (?:day|date|time) is|what (?:day|date|time)'s|for when is|by when do i need to(?: do)?)\s+(.+?)(?:\s+(?:due|happening|scheduled|set for|on|for|again))?\??$/i.exec(
        s,
      );
    if (!m) return undefined;
    return { type: 'when', ref: parseRef(m[1]!) };
  },
};
