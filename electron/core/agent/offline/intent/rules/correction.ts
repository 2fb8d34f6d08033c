// Putting the last action right: "actually make that oat milk", "call it white paint instead",
// "no, the other one", "I meant the bread one", "sorry, task 2 not 3".
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';

const INSTEAD = /\s+(?:instead|then|please|rather)$/i;

export const correction: Rule = {
  name: 'correction',
  specificity: 75,
  extract: (s, { dialogue }): Intent | undefined => {
    if (!dialogue.lastAction) return undefined;
    const text = s
      .replace(/^(?:no|nope|oops|sorry|wait|no wait|actually|oh)[,!\s]+/i, '')
      .replace(INSTEAD, '');
    let m = text.match(/^(?:make|change)\s+(?:that|it)\s+(?:to\s+|into\s+)?(.+)$/i);
    if (m && !/^(?:done|complete|completed|finished|not done|pending)$/i.test(m[1]!))
      return { type: 'correct', text: m[1]! };
    m = text.match(/^(?:call|name|title)\s+it\s+(.+)$/i);
    if (m) return { type: 'correct', text: m[1]! };
    m = text.match(
      /^(?:i\s+meant|i\s+mean|meant|it\s+should\s+(?:have\s+)?been|should\s+(?:have\s+)?been)\s+(.+)$/i,
    );
    if (m) return { type: 'correct', ref: parseRef(m[1]!), text: m[1]! };
    if (/^(?:the\s+)?other\s+one$|^not\s+that\s+one$|^wrong\s+one$/i.test(text))
      return { type: 'correct', ref: { kind: 'other' } };
    m = text.match(/^((?:task\s+)?#?\d+),?\s+not\s+(?:task\s+)?#?\d+$/i);
    if (m) return { type: 'correct', ref: parseRef(m[1]!) };
    m = text.match(
      /^(?:not\s+(?:task\s+)?#?\d+|not\s+that\s+one),?\s+((?:task\s+)?#?\d+|the\s+.+)$/i,
    );
    if (m) return { type: 'correct', ref: parseRef(m[1]!) };
    m = text.match(/^(.+?),?\s+not\s+(?:the\s+)?[\w\s]+$/i);
    if (m && /^(?:the\s+|task\s+|#?\d)/i.test(m[1]!) && dialogue.lastAction !== 'add')
      return { type: 'correct', ref: parseRef(m[1]!) };
    return undefined;
  },
};
