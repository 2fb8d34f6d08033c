// "What's task 2?", "what's the note on task 1?", "tell me about task 3".
import { rx } from '../vocabulary.ts';
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';
import { DESCRIPTION_NOUN } from './update-fields.ts';

export const show: Rule = {
  name: 'show',
  specificity: 67,
  extract: (said, { question, dialogue, within, sentence }): Intent | undefined => {
    // "list them" at the start of a conversation: nothing talked about, so the whole list
    if (
      !dialogue.lastAction &&
      !dialogue.lastAsked &&
      /^(?:(?:please|pls|can you|could you)\s+)?list\s+(?:them|those|'?em)(?:\s+all)?(?:\s+(?:please|pls|to me|for me))?[.!?]*$/i.test(
        said,
      )
    )
      return { type: 'list', status: 'all' };
    // "the hoover one" on its own, with nothing asked or done yet: that task, shown, so "change
    // it to …" next means it
    if (
      !dialogue.lastAction &&
      !dialogue.lastAsked &&
      !dialogue.awaitingChoice &&
      !dialogue.awaitingValue &&
      !within &&
      [said, sentence || said].every((t) =>
        /^(?:(?:ok|okay|right|so|now)[,\s]+)?(?:the|my)\s+\p{L}[\p{L}\p{N}'’ -]*?\s+(?:one|task)[.!]*$/iu.test(
          t,
        ),
      )
    )
      return { type: 'show', ref: parseRef(said.replace(/^(?:ok|okay|right|so|now)[,\s]+/i, '')) };
    // "what does the note on it say now?": the time said at the end asks nothing more
    const s = /^what\b/i.test(said)
      ? said.replace(/\s+(?:now|again|currently|at the moment|right now)$/i, '')
      : said;
    // "… I put it in the note": no task named (the question before it asks)
    if (
      /^(?:i|we)\s+(?:put|wrote|noted|jotted|added|saved)\s+(?:it|that|this|them)\s+(?:in|on|into)\s+(?:the|a|my)\s+(?:note|notes|description|details)$/i.test(
        s,
      )
    )
      return undefined;
    // "add …", "add …", "list them": the list they are on now
    if (
      dialogue.lastAction === 'add' &&
      /^(?:(?:ok|okay|now|and|so)[,\s]+)*(?:(?:can|could) you\s+)?(?:list|show|read)(?:\s+me)?\s+(?:them|those|these)(?:\s+all|\s+back)?(?:\s+please)?$/i.test(
        s,
      )
    )
      return { type: 'list', status: 'pending' };
    // "what's the otter task called?", "what did I call the dentist one?": its title
    const called =
      /^(?:and\s+)?(?:what(?:'s|\s+is|\s+was|s)\s+(.+?\s+(?:task|one|item|job|reminder))\s+(?:called|named|titled)|what\s+did\s+(?:i|we|you)\s+(?:call|name|title)\s+(.+?\s+(?:task|one|item|job|reminder)))$/i.exec(
        s,
      );
    if (called) return { type: 'show', ref: parseRef((called[1] ?? called[2])!) };
    // "show me that task", "let me see it", "show me the dentist one": one task, all of it
    const one = s.match(
      /^(?:and\s+)?(?:(?:can|could) you\s+)?(?:show|display|open(?!\s.*\sagain$)|let me see|lemme see|pull up|bring up)(?:\s+me)?\s+(that|this|it|the last one|(?:that|this|the)\s+(?:task|one|item)|the\s+.+?\s+(?:task|one|item))(?:\s+(?:again|now|please))?$/i,
    );
    if (one)
      return {
        type: 'show',
        ref: /^(?:that|this|it)(?:\s+(?:task|one|item))?$/i.test(one[1]!)
          ? { kind: 'focus' }
          : parseRef(one[1]!),
      };
    // "what's the next thing I've got?" … "and after that?": the one after it in that list
    const beside =
      /^(?:and\s+)?(?:what(?:'s|\s+is|\s+comes|\s+do i have|\s+have i got)?\s+)?(after|before)\s+(?:that|it|this)(?:\s+one)?$/i.exec(
        s,
      );
    if (beside && !within && !/[,;]/.test(sentence) && (question || dialogue.lastAsked))
      return {
        type: 'show',
        ref: { kind: 'neighbour', offset: /after/i.test(beside[1]!) ? 1 : -1 },
      };
    // "show me the Bakers' wreath", "pull up the Hendry quote": a thing on the list, all of it
    // (not the list or a kind of task: "show me the done ones", "show me my work stuff")
    const thing =
      /^(?:and\s+)?(?:(?:can|could) you\s+)?(?:show|let me see|lemme see|pull up|bring up|find)(?:\s+me)?\s+(the\s+[^,]+?)(?:\s+(?:again|now|please))?$/i.exec(
        s,
      );
    if (
      thing &&
      !/\b(?:list|lists|tasks|todos?|to-dos?|items|things|jobs|chores|errands|ones|stuff|everything|all|done|completed|finished|pending|open|remaining|left|overdue|due|upcoming|today|tomorrow|week|urgent|priority|notes?|rest|lot|details?|info|information|description|status|task\s*\d+)\b|#/i.test(
        thing[1]!,
      )
    )
      return { type: 'show', ref: parseRef(thing[1]!) };
    // "details for the dentist one", "details on task 2", "info on the passport task"
    const detailsOf = s.match(
      /^(?:(?:the|full|all)\s+)?(?:details|info|information|everything)\s+(?:for|on|of|about)\s+(.+)$/i,
    );
    if (detailsOf) return { type: 'show', ref: parseRef(detailsOf[1]!) };
    // "any notes on the dentist one?", "what did I write for the cake task?": its note
    const note = s.match(
      /^(?:(?:are there|is there|do i have|have i got|got)\s+)?(?:any|a)\s+(?:notes?|description|details|comments?)\s+(?:on|for|about|in|with)\s+(.+)$|^what\s+did\s+(?:i|we)\s+(?:write|put|note|jot|say)(?:\s+down)?\s+(?:for|on|in|about|under|regarding|re|concerning|with)\s+(.+)$/i,
    );
    if (note) return { type: 'show', ref: parseRef(note[1] ?? note[2]!), about: 'description' };
    // "what's in the parking note again?", "what I wrote in the passport note?", "visa task have
    // note? what it say"
    const inNote =
      s.match(
        /^(?:(?:remind me|tell me|show me)\s+what|what\s+(?:does|did))\s+(?:the\s+)?(?:note|notes|description)\s+(?:on|for|of)\s+(.+?)\s+(?:says|said|is|say|read|reads)$/i,
      ) ??
      s.match(
        /^what(?:'s|\s+is)?\s+(?:in|on)\s+(?:the\s+|my\s+)?(.+?)\s+(?:note|notes|description)(?:\s+again)?$/i,
      ) ??
      s.match(
        /^what\s+(?:did\s+)?(?:i|we)\s+(?:wrote|write|put|noted)\s+(?:in|on|for|under)\s+(?:the\s+|my\s+)?(.+?)(?:\s+(?:note|notes|description))?(?:\s+again)?$/i,
      ) ??
      s.match(/^(.+?)\s+(?:have|has|got)\s+(?:a\s+|any\s+)?(?:note|notes|description)\b/i);
    if (inNote && !/^(?:i|we|you|which|what|who|does|do)$/i.test(inNote[1]!))
      return { type: 'show', ref: parseRef(inNote[1]!), about: 'description' };
    // "whats in the note for the sharon one", "what's on the notes of task 2"
    const inTheNote =
      /^(?:(?:can|could) you\s+)?(?:tell me\s+)?what(?:'s|s|\s+is)\s+(?:in|on)\s+the\s+(?:note|notes|description)\s+(?:for|on|of|about)\s+(.+)$/i.exec(
        s,
      );
    if (inTheNote) return { type: 'show', ref: parseRef(inTheNote[1]!), about: 'description' };
    // "can you tell me what the note says on the one about Harold's birthday?"
    const noteSays =
      /^(?:(?:can|could) you\s+)?(?:please\s+)?(?:tell|show|remind)\s+me\s+what\s+(?:the\s+)?(?:note|notes|description)\s+(?:says|said|is)\s+(?:on|for|about|in|of)\s+(.+)$/i.exec(
        s,
      );
    if (noteSays)
      return {
        type: 'show',
        ref: parseRef(noteSays[1]!.replace(/^the\s+one\s+(?:about|for|with)\s+/i, '')),
        about: 'description',
      };
    // "what's the gate code? I put it in the bins task": where the answer is written down.
    const putIn = s.match(
      /^(?:i|we)\s+(?:think\s+(?:i|we)\s+)?(?:put|wrote|noted|jotted|saved|stored|kept|left|added)\s+(?:it|that|this|them|those)(?:\s+down)?\s+(?:in|on|under|into|with)\s+(.+?)(?:\s+(?:note|notes|description))?$/i,
    );
    // ("… I put it in the note": no task named; the question before it asks)
    if (putIn && !/^(?:the|a|my)\s+(?:note|notes|description|details)$/i.test(putIn[1]!))
      return { type: 'show', ref: parseRef(putIn[1]!), about: 'description' };
    if (putIn) return undefined;
    // "what stands in the note for the Müller contract?", "what's written in the notes on X?"
    const written =
      s.match(
        /^what(?:'s|\s+stands|\s+is written|'s written|\s+is|\s+does it say|\s+did i put)\s+in\s+the\s+(?:note|notes|description|details)\s+(?:for|on|of|about)\s+(.+)$/i,
      ) ??
      // "what does the second one's note say?", "what about the note on the third one?"
      s.match(/^what\s+does\s+(.+?)(?:'s)?\s+(?:note|notes|description)\s+say$/i) ??
      s.match(
        /^(?:and\s+)?what\s+about\s+the\s+(?:note|notes|description)\s+(?:on|for|of)\s+(.+)$/i,
      );
    if (written)
      return {
        type: 'show',
        // "what does the note say?": the task just talked about
        ref: /^(?:the|it|its|that|this)$/i.test(written[1]!)
          ? { kind: 'focus' }
          : parseRef(written[1]!),
        about: 'description',
      };
    // "what's the second thing on there?": a place on the list, not something in a note
    const placeOn =
      /^(?:and\s+)?what(?:'s|\s+is|\s+was)\s+(the\s+(?:first|second|third|fourth|fifth|last|top|bottom|next)\s+(?:thing|one|item|task|job|entry))\s+(?:on|in)\s+(?:there|it|the list|my list)$/i.exec(
        s,
      );
    if (placeOn) return { type: 'show', ref: parseRef(placeOn[1]!) };
    // "what's the number in it?", "what does it say?" after asking about a note: the note.
    if (
      /^(?:and\s+)?what(?:'s|\s+is|\s+was)\s+(?:the\s+)?[\p{L}\s]+?\s+(?:in|on)\s+(?:it|there|that|the note|the notes)$|^(?:and\s+)?what\s+(?:does|did)\s+(?:it|that|the note)\s+say$/iu.test(
        s,
      )
    )
      return { type: 'show', ref: { kind: 'focus' }, about: 'description' };
    // "show me the boiler task details", "give me the info on the vet one"
    const details = s.match(
      /^(?:show|tell|give|read)(?: me)?\s+(?:the\s+)?(?:details|info|information|notes?)\s+(?:of|on|for|about)\s+(.+)$|^(?:show|tell|give|read)(?: me)?\s+(?:the\s+)?(.+?)\s+(?:task'?s?\s+|one'?s?\s+)?(?:details|info|information)$/i,
    );
    if (details) return { type: 'show', ref: parseRef(details[1] ?? details[2]!) };
    // "show them" after adding, "what did you add?": the tasks just talked about.
    if (
      /^(?:show|list|read|name)(?: me)? (?:them|those|it|that|these)(?: again)?$|^what did (?:you|i) (?:just )?(?:add|change|do)$|^(?:(?:ok(?:ay)?|and|so)\s+)?(?:which|what)(?: ones?)?(?: are| were)? (?:they|those|these|them)$|^(?:(?:ok(?:ay)?|and|so)\s+)?which ones$|^like what$/i.test(
        s,
      )
    )
      return { type: 'show', ref: { kind: 'focus' } };
    // "what's the first thing on my list", "what is the task 1", "and the task 2 what is"
    const generic =
      s.match(
        /^(?:what(?:'s| is| was)|show(?: me)?|tell me about|details (?:of|on|for)|open)\s+(.+?)(?:\s+(?:on|in)\s+(?:my|the)\s+list)?$/i,
      ) ?? s.match(/^(?:and\s+)?(.+?)\s+what(?:'s| is)$/i);
    if (generic) {
      const ref = parseRef(generic[1]!.replace(/\s+thing$/i, ' one').replace(/\s+about$/i, ''));
      if (ref.kind === 'ids' || ref.kind === 'positions' || ref.kind === 'quoted')
        return { type: 'show', ref };
    }
    // "what notes did I put on task 2?"
    const put = s.match(
      rx`^what\\s+(?:${DESCRIPTION_NOUN})\\s+(?:did|have)\\s+(?:i|you)\\s+(?:put|add|write|leave|give)\\s+(?:on|to|for|in)\\s+(.+)$`,
    );
    if (put) return { type: 'show', ref: parseRef(put[1]!), about: 'description' };
    // "what did I write in the notes for the venue task?"
    const notes = s.match(
      rx`^what did (?:i|you) (?:write|put|add|say|note)(?: down)? (?:in|as|for) (?:the )?${DESCRIPTION_NOUN} (?:for|of|on|about) (.+)$`,
    );
    if (notes) return { type: 'show', ref: parseRef(notes[1]!), about: 'description' };
    // "which one's last?", "what's the first one?"
    const place = s.match(
      /^(?:which|what)(?:\s+one)?(?:'s|\s+is|\s+was)\s+(?:the\s+)?(first|last|second|third)(?:\s+one)?$/i,
    );
    if (place) return { type: 'show', ref: parseRef(`the ${place[1]} one`) };
    // "what was the last thing I added?"
    // ("which one did I add last?", "what did I add first?")
    const lately =
      s.match(
        /^(?:what|which)(?:'s| is| was)\s+(?:the\s+)?(last|latest|first|most recent)\s+(?:thing|task|one|item)\s+(?:i|you)\s+(?:just\s+)?(?:added|created|put (?:in|on))$/i,
      ) ??
      s
        .replace(/^(?:(?:ok|okay|and|so)[,\s]+)+/i, '')
        .match(
          /^(?:what|which)(?:\s+(?:one|task|thing|item))?\s+did\s+(?:i|you)\s+(?:add|create|put (?:in|on))\s+(last|first|most recently)$/i,
        );
    if (lately)
      return {
        type: 'show',
        ref: { kind: 'recent', positions: [/first/i.test(lately[1]!) ? 1 : -1] },
      };
    // "what was the last thing I put on the list?", "show me the newest task", "what's the
    // oldest thing on my list?": a task named by when it was added
    const named = /^(?:(?:what|which)(?:'s|\s+is|\s+was)|show(?:\s+me)?|tell me)\s+(.+)$/i.exec(s);
    const byAge = named && parseRef(named[1]!);
    if (byAge?.kind === 'recent') return { type: 'show', ref: byAge };
    // "which task have I had the longest?", "what's been on my list the longest?"
    if (
      /^(?:what|which)(?:\s+(?:one|task|thing|item|job))?(?:\s+have\s+(?:i|we)\s+had(?:\s+(?:on|in)\s+(?:the|my)\s+list)?|(?:\s+has|'s)\s+been\s+(?:on|in)\s+(?:the|my)\s+list|(?:\s+has|'s)\s+been\s+(?:on\s+)?there)\s+(?:the\s+)?longest$/i.test(
        s,
      )
    )
      return { type: 'show', ref: { kind: 'recent', positions: [1], ever: true } };
    // "which one was number 3?", "what was #2 again?"
    const which = s.match(
      /^(?:which|what)(?:\s+one|\s+task)?\s+(?:was|is)\s+((?:number|no\.?|#|task)\s*#?\d+)(?:\s+again)?$/i,
    );
    if (which)
      return { type: 'show', ref: parseRef(which[1]!.replace(/^(?:number|no\.?)\s*/i, 'task ')) };
    // "does the passport task have any notes?", "is there a note on task 2?"
    const has = s.match(
      rx`^(?:does|do|did)\\s+(.+?)\\s+(?:have|has|got)\\s+(?:any\\s+|a\\s+|some\\s+)?(?:${DESCRIPTION_NOUN})$`,
    );
    if (has) return { type: 'show', ref: parseRef(has[1]!), about: 'description' };
    const about = s.match(/^what does\s+(.+?)\s+(?:say|contain|mean|involve)$/i);
    if (about) return { type: 'show', ref: parseRef(about[1]!) };
    let m = s
      .replace(/\s+(?:about|for|exactly)$/i, '')
      .match(
        /^(?:what(?:'s| is| was)|show(?: me)?|tell me about|describe|details of|details on|open)\s+((?:task|item|number|#)\s*#?\d+)$/i,
      );
    if (m) return { type: 'show', ref: parseRef(m[1]!) };
    m = s.match(
      rx`^(?:what(?:'s| is| are| was)|show(?: me)?|read(?: me)?|tell me)\\s+(?:the\\s+)?${DESCRIPTION_NOUN}\\s+(?:on|of|for|in)\\s+(.+)$`,
    );
    if (m) return { type: 'show', ref: parseRef(m[1]!), about: 'description' };
    return undefined;
  },
};
