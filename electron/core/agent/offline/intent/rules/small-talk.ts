// Hello, thanks and help: whole sentences that ask for nothing else.
import type { Rule } from '../types.ts';

export const greeting: Rule = {
  name: 'greeting',
  specificity: 100,
  extract: (s) =>
    /^(?:hi|hello|hey|hiya|howdy|yo|good (?:morning|afternoon|evening|day)|greetings|sup|what's up|whats up)(?:[ ,]+(?:there|again|hello|assistant|bot|friend))*$/i.test(
      s,
    )
      ? { type: 'greeting' }
      : undefined,
};

export const thanks: Rule = {
  name: 'thanks',
  specificity: 100,
  extract: (s) =>
    /^(?:thanks?|thank you|thx|ty|cheers|great|perfect|awesome|nice|cool|ok|okay|got it|good|lovely|brilliant|excellent|you're a star|you rock|much appreciated|(?:i\s+)?appreciate it|appreciated|much obliged)(?: (?:so much|a lot|very much|you|again|mate|buddy|a bunch|ever so much|kindly))*$/i.test(
      // ("Thank you, Ken": signed with a name)
      s.replace(/,\s*[A-Z][a-z]+$/, ''),
    )
      ? { type: 'thanks' }
      : THANKS_FOR.test(s) ||
          PRAISE.test(s) ||
          THANKS_AND_PRAISE.test(s) ||
          // ("that's it" alone may answer "which one?")
          (SIGN_OFF.test(s) && !/^(?:that's|that is|thats)\s+it$/i.test(s))
        ? { type: 'thanks' }
        : undefined,
};

/** "thanks so much for your help earlier", "you're a lifesaver" */
const THANKS_FOR =
  /^(?:thanks?|thank you|thx|ty|cheers|many thanks)(?:\s+(?:so much|a lot|very much|again|loads|a bunch|heaps|a million|ever so much|so very much))?\s+for\s+[^,;]+$/i;
/** "Thank you, that's all for now", "no that's everything, cheers", "nothing else for today" */
const SIGN_OFF =
  /^(?:(?:thanks?|thank you|thx|ta|cheers|ok|okay|great|perfect|lovely|brilliant|no|nope|right|grand|grand so|right so|ok so|and|sound|nice one)[,!.\s]+)*(?:(?:that's|that is|thats|that'll be|that will be)\s+(?:all|it|everything)|nothing else|(?:i'm|i am|im)\s+(?:all\s+)?(?:done|finished|good)\s+for\s+(?:now|today|tonight|the day)|that's me(?:\s+(?:done|finished|for\s+(?:now|today|tonight|the day)))?|(?:talk|speak)\s+(?:to\s+you\s+)?(?:later|soon|tomorrow)|ttyl|catch you later|see (?:you|ya)(?:\s+(?:later|soon|tomorrow))?|cya|laters|bye(?:\s+(?:for now|then))?|good\s*night|night(?:\s+night)?|that'?ll do)(?:[,!.\s]+(?:for\s+(?:now|today|tonight|the moment|the day)|then|thanks|thank you|cheers|ta|bye|x+))*$/i;
/** "Thank you, that's much better for her", "cheers, that's perfect" */
const THANKS_AND_PRAISE =
  /^(?:(?:thanks?|thank you|thx|ta|cheers|lovely|great|perfect|brilliant|wonderful|ok|okay)[,!.\s]+)+(?:that's|that is|thats|that'll be|that will be|it's|it is|this is)\s+(?:so\s+|much\s+|a\s+lot\s+|way\s+|really\s+|just\s+)*(?:better|great|perfect|lovely|brilliant|fine|good|helpful|easier|ideal|a relief|a help|spot on|right)(?:\s+for\s+(?:her|him|me|us|them|everyone))?(?:\s*[,!.]?\s*(?:thanks|thank you|cheers))?$/i;
const PRAISE =
  /^(?:you(?:'re| are)|ur|you've been|you have been)\s+(?:so\s+|such\s+|very\s+|really\s+|super\s+|ever so\s+|incredibly\s+|a\s+(?:real|great|big)\s+)?(?:a\s+|an\s+|the\s+)?(?:help|lifesaver|life saver|star|legend|genius|wonderful|great|amazing|awesome|brilliant|best|gem|hero|champ|helpful|fantastic|superstar)(?:\s+\w+)?$/i;

export const help: Rule = {
  name: 'help',
  specificity: 100,
  extract: (s) =>
    /^(?:help(?: me)?(?: please)?|what can you do|how does this work|commands|\?|what do you do|how do i use (?:this|you))(?:\?)?$/i.test(
      s,
    )
      ? { type: 'help' }
      : undefined,
};

/**
 * "just checking in, nothing to change", "anyway, ignore me", "ok leave it for now", "no rush",
 * "I'll get to it at some point", "keep the tag" (after another detail came off): said to the
 * assistant, asking for nothing. Nothing changes.
 */
export const nothingAsked: Rule = {
  name: 'nothing-asked',
  specificity: 100,
  extract: (s, { dialogue, sentence, within }) =>
    // ("would it be ok to mark the cat one done?" … done … "yep, go ahead": a go-ahead with
    // nothing waiting for one is no new task called "Go ahead")
    (!dialogue.awaitingChoice &&
      !dialogue.awaitingValue &&
      GO_AHEAD.test(s) && { type: 'dismiss' as const }) ||
    // ("add repaint the shed" … "no rush, it can wait": how urgent it is, details.ts; "no rush"
    // alone asks for nothing)
    (!(
      (dialogue.lastAction === 'add' || dialogue.lastAction === 'update') &&
      /^no\s+(?:rush|hurry)\b.*\bcan\s+wait\b/i.test(sentence || s)
    ) &&
      // ("honestly what a week", "long day": said in passing, when that is all that is said)
      (EXCLAIMED.test(within || sentence || s) ||
        /^(?:(?:ok|okay|right|fine|anyway|anyhow|ah|oh|well|nah|no|honestly|god|gosh|man|wow|phew|ugh|jeez|blimey|seriously|lol)[,!.\s]+)*(?:just\s+checking\s+in(?:\s+really)?(?:[,!.\s]+nothing\s+to\s+(?:change|do|add))?|nothing\s+to\s+(?:change|do|add)(?:\s+(?:really|today|for now))?|ignore\s+me|never\s+mind\s+me|(?:just\s+)?(?:leave|keep)\s+(?:it|that|them)(?:\s+(?:for\s+now|there|alone))+|no\s+(?:rush|hurry|worries)(?:\s+(?:on\s+that|really))?|(?:i'll|i will)\s+(?:get\s+(?:round\s+)?to\s+it|do\s+it|sort\s+it)(?:\s+(?:at\s+some\s+point|eventually|later|soon|some\s*time|one\s+day))?|just\s+thinking\s+(?:out\s+loud|aloud)|(?:but\s+)?(?:keep|leave)\s+(?:the|its|their|that)\s+(?:tags?|labels?|date|due\s+date|time|priority|repeat|note|description|title|name)(?:\s+(?:as\s+it\s+is|as\s+is|though|please|pls|on\s+it|alone|then))*|(?:there's\s+|there\s+is\s+)?no\s+(?:date|deadline|due\s+date|time|priority|label)\s+(?:yet|for\s+now|at\s+the\s+moment|decided|set\s+yet)|(?:(?:at\s+)?the\s+)?same\s+time(?:\s+(?:still|though|as\s+before|as\s+usual|please))?|(?:it's\s+|it\s+is\s+|they're\s+|and\s+)?back\s+(?:on\s+)?(?:next\s+\w+|tomorrow|after\s+\w+|in\s+\w+\s+\w+)(?:\s+(?:though|tho|then|anyway|as\s+usual))?)[.!]*$/i.test(
          s,
        )))
      ? { type: 'dismiss' }
      : undefined,
};

const GO_AHEAD =
  /^(?:(?:yes|yep|yeah|yup|sure|great|ok|okay|cool|perfect|lovely|right|thanks|thank you)[,!.\s]+)*(?:go\s+ahead|do\s+it|go\s+for\s+it|ok\s+go|proceed|please\s+do|yes\s+please|do\s+that|(?:and\s+)?(?:then\s+)?that['’]?s\s+(?:it|all|everything)(?:\s+for\s+now)?)(?:[,\s]+(?:please|then|thanks|thank\s+you|cheers|ta))*[.!]*$/i;

const EXCLAIMED =
  /^(?:(?:honestly|god|gosh|man|wow|phew|ugh|jeez|blimey|seriously|lol|oh|well)[,!.\s]+)*(?:what\s+an?\s+(?:\w+\s+)?(?:week|day|morning|afternoon|evening|night|month|year|weekend|shift|mess|nightmare)(?:\s+(?:it's been|it has been|this has been|i've had|i have had))?|(?:it's been\s+)?(?:such\s+)?a\s+long\s+(?:day|week|shift|night))[.!]*$/i;

/**
 * "can you text my sister that I'm running late", "could you email the landlord to say …": a
 * message to send now, which only the person can do; nothing is changed, and adding it as a task
 * is offered.
 */
export const outOfReach: Rule = {
  name: 'out-of-reach',
  specificity: 95,
  extract: (s, { sentence }) => {
    // (asked of the assistant: "text my sister that …" alone may be a task to add)
    if (!/\b(?:can|could|would|will)\s+you\b/i.test(`${sentence} ${s}`)) return undefined;
    const m =
      /^(?:(?:please|pls)\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:just\s+)?(text|message|whatsapp|email|e-mail|call|ring|phone|tell)\s+((?:my|the|our|his|her)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?|[\p{Lu}][\p{L}'-]+|him|her|them)\s+(?:that|to say|saying|and say|and tell (?:him|her|them))\s+\S.*$/iu.exec(
        s,
      );
    return m ? { type: 'out-of-reach', deed: m[1]!.toLowerCase(), who: m[2]! } : undefined;
  },
};
