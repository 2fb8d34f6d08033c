// The answer to the assistant's own "which one?": "the first", "2", "the notes one", "both".
import { parseRef } from '../references.ts';
import type { Rule } from '../types.ts';
import { alt, rx, VERBS } from '../vocabulary.ts';

const COMMAND = rx`^${alt([...VERBS.add, ...VERBS.complete, ...VERBS.reopen, ...VERBS.delete, ...VERBS.rename, 'mark', 'show', 'list', 'undo', 'take', 'pull', 'move', 'push', 'postpone', 'reschedule', 'tag', 'untag', 'label', 'keep'])}\\b`;
const LEAD =
  /^(?:(?:no,?\s+)?i\s+mean(?:t)?|i\s+was\s+thinking\s+(?:of|about)|it's|it is|its|is|that's|that is|the answer is|i'd say|i want|i meant|go with|pick|choose|number|option)\s+/i;

/** "no wait, the oat milk one": the hesitation isn't the answer. */
const HESITATION =
  /^(?:(?:no|nope|wait|sorry|oops|hang on|actually|um|erm|er|oh|ah|i am sorry|i'm sorry|forgive me|pardon me|my apologies|apologies|my mistake)\b[,.!\s]+)+(?=\S)/i;

const NEITHER =
  /^(?:(?:ag|ah|oh|no|nah|sorry|oops)[,\s]+)*(?:neither|none|none of (?:them|those|these)|not (?:either|those|them|any of them|those ones))(?:\s+of\s+(?:them|those))?(?:\s+(?:actually|sorry|really|yet))?\s*(?:[,.!:;-]|\s[–—])\s*(.+)$/i;

export const choice: Rule = {
  name: 'choice',
  specificity: 90,
  extract: (s, { dialogue, sentence }) => {
    // "never mind, leave them", "forget it", "keep both": the question is dropped, nothing done
    if (
      dialogue.awaitingChoice &&
      /^(?:(?:oh|ok|okay|hmm|no|nah|actually|wait)[,\s]+)*(?:never ?mind|nvm|forget (?:it|about it|that)|cancel(?: that| it)?|skip it|nothing|none|neither(?: of them)?(?:[,\s]+(?:actually|sorry|my bad|my mistake|i misread|i was wrong|i got it wrong))*[,\s]+(?:never ?mind|forget it|leave it|leave them|keep (?:it|them|both))|don't bother|no thanks|(?:leave|keep) (?:it|them|both|those|these|all|them all|them both|both of them|it alone|them alone|as is|as they are))(?:[,\s]+(?:(?:leave|keep) (?:it|them|both|those|these|all|them all|them both|both of them)(?: alone| as (?:is|they are))?|thanks|thx|please|i'll do it later|for now))*$/i.test(
        s,
      )
    )
      return { type: 'dismiss' };
    // ("and tick the campsite" is a new request, not which task the last one was about)
    if (!dialogue.awaitingChoice || COMMAND.test(s.replace(/^(?:and|also|then|now|plus)\s+/i, '')))
      return undefined;
    // ("and the envelopes are bought": news of another task, joined on)
    if (
      /^(?:and|also|plus|oh and)\s/i.test(sentence || s) &&
      /\s(?:is|are|was|were|has been|have been|got)\s+(?:now\s+|all\s+|also\s+|finally\s+)?(?:done|finished|sorted|paid|bought|sent|booked|[a-z]{3,}ed)(?:\s+(?:too|as well|now|already))?[.!]*$/i.test(
        s,
      )
    )
      return undefined;
    // ("the aldi one. and make it 2pm": the answer, then one more request, each read on its own)
    if (
      /[.!;]\s+(?:and\s+|also\s+|then\s+|oh\s+and\s+)?(?:make|set|put|move|change|push|tag|label|give)\s+(?:it|that|them|both)\b/i.test(
        s,
      )
    )
      return undefined;
    // "the one at 21, the 12 one's still out", "the craft one, the other one I still need", "just
    // her daughter, haven't got hold of the son yet": the one chosen, then a word on the other
    s = s.replace(
      /\s*[,;.—–-]+\s*(?:but\s+)?(?:the\s+)?[^,;]*?\b(?:(?:is|'s|are|'re)\s+still\b|i\s+still\s+(?:need|want)|keep(?:ing)?\s+(?:that|the)\b|stays?\b|(?:haven't|hasn't|have not|has not|didn't|did not|couldn't|could not|can't|not)\s|still\s+to\s+do\b)[^,;]*$/i,
      '',
    );
    // "the second one, Mrs Hughes": the place in the list says which; the name only confirms it
    const placed =
      /^(?:(?:oh|ok|okay|um|er|so)[,\s]+)*(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?:\s+one)?\s*[,;:—–-]\s*(?!(?:and|&|plus|also|too|as well|or|the\s+(?:first|second|third|fourth|fifth|last|other)|\d)\b)\S/i.exec(
        s,
      );
    if (placed) return { type: 'choice', ref: parseRef(`the ${placed[1]} one`) };
    // "except Vidal, they haven't got it yet", "all but the museum": every one offered but those
    const allBut =
      /^(?:(?:hmm|oh|ah|ok|okay|well|right)[,\s]+)*(?:(?:all|all of them|them all|the lot|everything)\s+(?:but(?:\s+not)?|bar)\s+|(?:(?:all|all of them|them all|the lot|everything)\s+)?(?:except(?:\s+for)?|apart\s+from|other\s+than)\s+)(?:the\s+)?([^,;]+?)(?:\s+one)?(?:\s*[,;].*)?$/i.exec(
        s,
      );
    if (allBut && !/^(?:it|that|this|them|those|sure|really|yet|now)$/i.test(allBut[1]!.trim()))
      return { type: 'choice', ref: { kind: 'shown', except: allBut[1]!.trim() } };
    // "not Mr Hale's, the other one": every one offered but that one
    const notThat =
      /^(?:(?:no|nah|nope|oh|ah)[,\s]+)*not\s+(?:the\s+)?([^,;—–]+?)(?:'s)?(?:\s+one)?\s*(?:[,;—–]|\s-)\s*(?:but\s+|it's\s+)?the\s+other(?:\s+one)?(?:\s+(?:please|pls|then))?[.!]*$/i.exec(
        s,
      );
    if (notThat) return { type: 'choice', ref: { kind: 'shown', except: notThat[1]!.trim() } };
    // "oh, which reviewer tasks do I have then?": a question back, which picks nothing
    // ("is the one of Lucia" is an answer said the other way round; "is it the dentist?" asks)
    const back = s.replace(HESITATION, '');
    if (
      /^(?:which|what|whats|how|when|where|who|why|do|does|did|have|has|can|could|are|am)\b/i.test(
        back,
      ) ||
      (/^(?:is|was|were|will|would|should|shall)\b/i.test(back) &&
        (/\?\s*$/.test(back) || !/^is\s+(?:the|that|this)\s+(?:\S+\s+)?one\b/i.test(back)))
    )
      return undefined;
    // "the vaccum one — should be vacuum": which, and the fix (fix-word.ts reads both)
    if (/\bshould\s+(?:be|say|read)\b|\s->\s/i.test(s)) return undefined;
    // "neither, I meant the dentist": another task than those offered ("neither, delete buy
    // milk" is a new request: the rules read it after the comma)
    const neither = s.match(NEITHER);
    if (neither) {
      const rest = neither[1]!
        .replace(HESITATION, '')
        .replace(LEAD, '')
        // ("it's the photocopier one I want gone": the one, without what is wanted of it)
        .replace(
          /\s+(?:that\s+)?(?:i|we)\s+(?:want|need|meant|mean)(?:\s+(?:gone|done|deleted|removed|ticked|changed|moved))?$/i,
          '',
        )
        .replace(/\s+(?:actually|please|one)$/i, '');
      if (COMMAND.test(rest)) return undefined;
      const ref = parseRef(rest);
      return ref.kind === 'words' || ref.kind === 'quoted' || ref.kind === 'ids'
        ? { type: 'choice', ref, elsewhere: true }
        : undefined;
    }
    const text = s
      // "no wait, the oat milk one": the hesitation isn't the answer
      .replace(HESITATION, '')
      // "not the paperwork, the tower crane one": the one meant, after the one not meant
      .replace(/^not\s+[^,;—–]+?\s*(?:[,;—–]|\s-)\s*(?:but\s+|it's\s+|i\s+meant\s+)?(?=\S)/i, '')
      .replace(LEAD, '')
      // "the council one, since the boiler people were closed": why isn't which
      .replace(/\s*[,;]\s*(?:since|because|as|cos|coz|i|we|they|he|she|it's)\b.*$/i, '')
      // "mine not the cat's", "just Liam, not the teacher": the one meant, not the other
      .replace(/(?<=\S)\s*,?\s+not\s+(?:the\s+)?\S+(?:\s+\S+){0,3}$/i, '')
      .replace(/^(?:just|only)\s+(?=\S)/i, '')
      // ("first one only", "the 2nd please"): the one, not how many
      .replace(/(?<=\S)\s+(?:only|just|please|pls|thanks|then)$/i, '')
      // "both, same bag": the answer, then why
      .replace(
        /^(both(?:\s+of\s+them)?|all(?:\s+of\s+them)?|the two|all three)(?:\s+(?:actually|then|really|please|pls|i think))?\s*[,;—–-]\s*.*$/i,
        '$1',
      )
      // "all of them, yeah": the answer, then a yes
      .replace(/[,\s]+(?:yeah|yes|yep|please|pls|thanks|ta|mate|cheers)$/i, '')
      .replace(/^mine$/i, 'my')
      .replace(/\s+(?:actually|please|one)$/i, '');
    // ("not the paperwork": only the one not meant, so still unanswered)
    if (/^(?:since|because|as|cos|coz|not)\b/i.test(text)) return undefined;
    if (/^(?:neither|none|nope|no)(?:\s+of\s+(?:them|those|these))?$/i.test(text)) return undefined;
    if (text.split(/\s+/).length > 8) return undefined;
    if (
      /^(?:both|all|all of them|both of them|both actually|either|the two|all (?:two|three|four|five|\d+)(?: of them)?)$/i.test(
        text,
      )
    )
      // ("both" names two: when more were offered, which two is still to be said)
      return {
        type: 'choice',
        ref: /^both|^the two$/i.test(text) ? { kind: 'shown', count: 2 } : { kind: 'shown' },
      };
    if (/^\d+$/.test(text)) return { type: 'choice', ref: { kind: 'ids', ids: [Number(text)] } };
    const ref = parseRef(text);
    if (ref.kind === 'all' || ref.kind === 'focus' || ref.kind === 'statement') return undefined;
    return { type: 'choice', ref };
  },
};
