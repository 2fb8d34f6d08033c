// What was said in chat: "what did I say about the landlord?", "when did I mention the
// plumber?", "search my chats for Lisbon", "find the message about the keys". Answered from the
// message search; never changes anything.
import type { Intent, Rule } from '../types.ts';

const WHO = String.raw`(?:i|we|you)`;
const SAID = String.raw`(?:say|said|write|wrote|mention|mentioned|tell you|told you|ask|asked|type|typed|note|noted|talk|talked|chat|chatted|discuss|discussed|bring up|brought up)`;
const ABOUT = String.raw`(?:about|regarding|concerning|re|on|of|to do with|with respect to)`;
const PLACES = String.raw`(?:chats?|messages?|conversations?|threads?|chat history|history|our chats?|our conversations?)`;

const PATTERNS = [
  // "what did I say about the landlord", "what have we said regarding the lease"
  new RegExp(
    String.raw`^(?:(?:can you\s+|could you\s+|please\s+)?remind me\s+)?what\s+(?:(?:did|have|had|was it)\s+)?${WHO}\s+(?:ever\s+|already\s+|just\s+)?${SAID}(?:\s+(?:to you|to me|here|in (?:the|this|our|my) ${PLACES}))?\s+${ABOUT}\s+(.+)$`,
    'i',
  ),
  // "when did I mention the plumber", "where did we talk about Lisbon", "did I ever bring up the vet"
  new RegExp(
    String.raw`^(?:when|where|did|have)\s+(?:did\s+|have\s+)?${WHO}\s+(?:ever\s+|already\s+)?(?:${SAID}\s+(?:anything\s+|something\s+)?${ABOUT}|mention(?:ed)?|bring up|brought up)\s+(.+)$`,
    'i',
  ),
  // "what address did I give you for Paolo", "where did I say I parked", "which removal company
  // did I say", "how many panels did I say I need": the question's words and what follows
  new RegExp(
    String.raw`^(?:and\s+|so\s+)?(?:what|where|when|which|who|how many|how much|what time)\b(.*?)\b(?:did|do|have|had)\s+(?:i|we)\s+(?:ever\s+|already\s+)?(?:say|said|tell you|told you|give you|gave you|mention|mentioned|write|wrote|note|noted|put down)(?:\s+down)?\b(.*)$`,
    'i',
  ),
  // "what did Sara say she wanted", "what did the landlord say about the deposit"
  new RegExp(
    String.raw`^(?:and\s+)?(?:what|when|where|which)\s+did\s+(?!(?:i|we|you)\b)((?:the\s+)?[\p{L}'-]+)\s+(?:say|tell me|mention)\b(.*)$`,
    'iu',
  ),
  // "what was said about the keys", "what's been said about it"
  new RegExp(String.raw`^what(?:'s|\s+was|\s+has)\s+(?:been\s+)?said\s+${ABOUT}\s+(.+)$`, 'i'),
  // "search my chats for Lisbon", "look through our messages for the code"
  new RegExp(
    String.raw`^(?:search|look|dig|go)\s+(?:through|in|into)?\s*(?:my|our|the|all)?\s*(?:old\s+|past\s+|previous\s+|earlier\s+)?${PLACES}\s+(?:for|about)\s+(.+)$`,
    'i',
  ),
  // "find the message about the keys", "show me the conversation where I mentioned the vet"
  new RegExp(
    String.raw`^(?:find|search for|look for|look up|show(?: me)?|pull up|open|get)\s+(?:the|that|my|our|any|all)?\s*(?:old\s+|past\s+|previous\s+|earlier\s+)?${PLACES}\s+(?:about|regarding|mentioning|that mentions?|that mentioned|with|on|where\s+${WHO}\s+${SAID}(?:\s+${ABOUT})?|in which\s+${WHO}\s+${SAID}(?:\s+${ABOUT})?)\s+(.+)$`,
    'i',
  ),
];

/** Words that carry nothing to search for. */
const TRAILING =
  /\s+(?:again|earlier|before|last (?:week|month|time)|the other day|a while (?:ago|back)|in (?:the|this|our|my) (?:chats?|messages?|conversations?))$/i;

export const recall: Rule = {
  name: 'recall',
  // (above counting: "how many panels did I say I need?" asks what was said)
  specificity: 81,
  extract: (s): Intent | undefined => {
    for (const pattern of PATTERNS) {
      const m = s.match(pattern);
      if (!m) continue;
      const text = [m[1], m[2]]
        .filter((x): x is string => !!x && x.trim() !== '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(TRAILING, '')
        .replace(/^(?:about|regarding|concerning|re)\s+/i, '')
        .replace(/^["'“‘](.*)["'”’]$/, '$1')
        .trim();
      if (!/[\p{L}\p{N}]/u.test(text) || /^(?:it|that|this|them|those)$/i.test(text))
        return undefined;
      return { type: 'recall', text };
    }
    return undefined;
  },
};

const FILLER = new Set(
  "the a an my our your his her their this that these those some any about for of to with and or in on at by from what i we you me it is was were are be she he they them him i'd i'm again".split(
    ' ',
  ),
);

/** The words to search for: quoted text as it is, otherwise without the small words. */
export function searchWords(text: string): string {
  if (/["“”]/.test(text)) return text;
  const kept = text.split(/\s+/).filter((w) => w && !FILLER.has(w.toLowerCase()));
  return kept.length ? kept.join(' ') : text;
}
