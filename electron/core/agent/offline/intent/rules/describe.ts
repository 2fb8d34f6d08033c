// Descriptions: "set the description of task 3 to X", "add a note to task 2: X", "describe X as Y",
// "details for the dentist task - ask about the filling", "on the party task, add the details X".
import { pattern, rx, TASK_VERBS } from '../vocabulary.ts';
import { parseRef } from '../references.ts';
import { onlyDetails } from '../time-words.ts';
import { tidyDescription, tidyTitle } from '../normalize.ts';
import type { Rule } from '../types.ts';
import {
  DESCRIPTION_NOUN,
  splitRefValue,
  type UpdateIntent,
  updateIntent,
  withAlternatives,
} from './update-fields.ts';

const VERB =
  '(?:(?:please|pls)\\s+)?(?:(?:can|could|would)\\s+you\\s+)?(?:(?:please|pls)\\s+)?(?:add|put|write|set|update|change|edit|make|give|enter|stick|pop|slap|chuck|whack|bung|tack|jot|scribble|attach)';
/** Wordings with the value after a colon, most explicit first, compiled once. */
const COLON_FORMS = [
  // "put in description of plumber task: …"
  `^(?:${VERB}\\s+(?:in(?:to)?\\s+|to\\s+|on\\s+)?)?(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}\\s+(?:of|for|on|in|to)\\s+(.+?)\\s*[:=]\\s*(.+)$`,
  // "for task 1 the details are: …", "add to the task X the description: …"
  `^(?:${VERB}\\s+(?:in(?:to)?\\s+|to\\s+|on\\s+|for\\s+)?|for\\s+|on\\s+|in\\s+)(?:the\\s+)?(.+?)(?:'s)?\\s+(?:the\\s+|its\\s+|a\\s+)?${DESCRIPTION_NOUN}(?:\\s+(?:is|are|should be|should say|to|reads?))?\\s*[:=]\\s*(.+)$`,
  // "fan belt note: …", "the invoice notes should read: …"
  `^(?!(?:add|put|write|set|give|update|change|create|make|new)\\b)(.+?)\\s*(?:-|—|–)?\\s*(?:the\\s+)?${DESCRIPTION_NOUN}(?:\\s+(?:should read|should say|should be|is|are|reads))?\\s*(?::|-|—|–)\\s*(.+)$`,
  // "for the MOT put: …"
  '^(?:for|on|to)\\s+(.+?)\\s+(?:put|write|add|note|say)\\s*:\\s*(.+)$',
].map((source) => pattern(source, 'i'));

const MENTIONS = pattern(`${DESCRIPTION_NOUN}|^(?:for|on|about|describe|annotate)\\s`, 'i');

export const describeRule: Rule = {
  name: 'describe',
  specificity: 71,
  extract: (said, context) => {
    // "what's the description of task 2?" … "clear it", "remove that": the note, not the task
    if (
      context.dialogue.lastAsked === 'note' &&
      /^(?:(?:ok|okay|then|please|and)[,\s]+)*(?:clear|remove|delete|erase|wipe|empty|drop|get rid of)\s+(?:it|that|this|them|the (?:note|description|details|notes))(?:\s+(?:please|then|too))?$/i.test(
        said,
      )
    )
      return { type: 'update', ref: { kind: 'focus' }, description: '' };
    // "jot on the walking one that Pepper pulls", "and jot down on it that WD-40 is in the shed",
    // "note it: tenant prefers texts": a note, on that task
    const jotThat =
      /^(?:(?:and|also|oh)\s+)*(?:jot|write|note|scribble|put|add|stick|pop)(?:\s+down)?\s+(?:on|against|under)\s+((?:the|my)\s+.+?\s+(?:one|task|item|job)|it|that|this|task\s*#?\d+)\s+(?:that\s+|:\s*)(.+)$/i.exec(
        said,
      ) ??
      /^(?:(?:and|also|oh)\s+)*(?:note|jot)\s+(it|that|this)(?:\s+down)?\s*:\s*(.+)$/i.exec(said);
    if (jotThat)
      return {
        type: 'update',
        ref: parseRef(jotThat[1]!),
        description: tidyDescription(jotThat[2]!),
      };
    // "what's the note on the permit one?" … "add one: permit number is on the windscreen"
    const addOne =
      context.dialogue.lastAsked === 'note'
        ? /^(?:(?:ok|okay|then|so|right|well)[,\s]+)*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:add|put|write|give it|stick|pop)\s+(?:one|one in|one on|it one|something)\s*(?::|,|-|saying|that says|to say)\s*(.+)$/i.exec(
            said,
          )
        : null;
    if (addOne)
      return { type: 'update', ref: { kind: 'focus' }, description: tidyDescription(addOne[1]!) };
    // "also add a note: ask for Marco", "and put in the details: …": on the task just talked about.
    const s = said.replace(
      /^(?:(?:oh\s+)?and\s+(?:also\s+)?|also\s+|plus\s+)(?=(?:add|put|write|attach|set|give it|leave)\b)/i,
      '',
    );
    // "jot down under plan the picnic: 'bring the big blanket'", "write on the beans one: …"
    const under = s.match(
      /^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:jot|write|scribble|note|put|add)(?:\s+(?:down|this|that))?\s+(under|on)\s+(.+?)\s*:\s*(.+)$/i,
    );
    if (
      under &&
      !/\b(?:list|tasks|to-?dos?)$/i.test(under[2]!) &&
      (under[1]!.toLowerCase() === 'under' ||
        /\b(?:one|task|item|entry|job|it|that)$/i.test(under[2]!))
    )
      return updateIntent(under[2]!, 'description', under[3]!);
    // Every form below names a description, or starts "for …, write down" or "describe".
    if (!MENTIONS.test(s)) return undefined;
    // "swim bag note should be towel, goggles", "the pediatrician one: note 'Dr. Alvarez'",
    // "for the accountant call can you put "ask about the lease" in the notes"
    const own =
      s.match(
        rx`^(?!(?:the|a|an|my|its|their)\\s+${DESCRIPTION_NOUN}\\b)(.+?)(?:'s)?\\s+(?:the\\s+)?${DESCRIPTION_NOUN}\\s+should\\s+(?:say|read|be)\\s*:?\\s+(.+)$`,
      ) ??
      s.match(
        rx`^(.+?\\s+(?:one|task|item)|task\\s*#?\\d+|#\\d+)\\s*:\\s*(?:add\\s+(?:a\\s+)?)?${DESCRIPTION_NOUN}\\s+(?!(?:to|for|on|of)\\s|[:=]|->)(.+)$`,
      ) ??
      s.match(
        rx`^(?:for|on)\\s+(.+?),?\\s+(?:(?:can|could|would)\\s+you\\s+)?(?:please\\s+)?(?:put|write|add|stick|pop)\\s+(["'\`].+["'\`])\\s+(?:in|into|on|as)\\s+(?:the\\s+|its\\s+)?${DESCRIPTION_NOUN}$`,
      ) ??
      // "Ng: add note 'await counsel's opinion'": a task named the short way, then its note
      s.match(
        rx`^([^:,]{1,40}?)\\s*:\\s*(?:add|put|write|attach|leave)\\s+(?:a\\s+)?${DESCRIPTION_NOUN}\\s*:?\\s*(["'\`].+["'\`])$`,
      );
    if (own) return updateIntent(own[1]!, 'description', own[2]!);
    const out: UpdateIntent[] = [];
    const push = (ref: string, value: string) => {
      // "set a description for task 1": "a" is not a task.
      if (/^(?:a|an|some|another|new)(?:\s|$)/i.test(ref.trim())) return;
      // "put in the notes: …": no task named, so the one just talked about
      // ("write in description: …": the place it goes, no task named either)
      const task =
        /^(?:(?:in|into|on|to)(?:\s+(?:the|its))?|the|its|it's|their|this|that|it)$/i.test(
          ref.trim(),
        )
          ? 'it'
          : ref;
      // ("put a note in: mention the trip": the colon, not "in", starts the note)
      const note = value
        .replace(/^(?:in|on|down|here)\s*:\s*/i, '')
        // "update the note to say engineer coming Thursday"
        .replace(/^(?:say|read)\s*:?\s+(?=\S)/i, '');
      if (task.trim() && note.trim()) out.push(updateIntent(task, 'description', note));
    };
    const re = (strings: TemplateStringsArray, ...values: unknown[]) =>
      s.match(rx(strings, ...values));
    let m = re`^(?:set|change|update|edit|make|give|put|replace)\\s+(its|their|the task's|that|this|the)\\s+${DESCRIPTION_NOUN}\\s+(?:to|as|with|:)\\s*:?\\s*(.+)$`;
    if (m) push('it', m[2]!);
    // "make the note Collect from Morag, £15 each": what it says, straight after
    m = re`^(?:make|set)\\s+(?:its|the)\\s+${DESCRIPTION_NOUN}\\s+(?!(?:to|as|with|say|read|of|for|on|in|shorter|longer|clearer|bigger|smaller)\\b)(.+)$`;
    // (said as written: a capital or a quote starts it)
    if (m && /^["'`\p{Lu}]/u.test(m[1]!) && context.dialogue.lastAction !== 'add')
      push('it', m[1]!);
    m = re`^(?:set|change|update|edit|make|put|replace|modify|give)\\s+(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}\\s+(?:of|for|on|in)\\s+(.+)$`;
    if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, p.value);
    m = re`^(?:add|attach|put|give|write|append|include|leave|pin|stick)\\s+(?:a\\s+|the\\s+|some\\s+|this\\s+|one\\s+|another\\s+)?(?:following\\s+|little\\s+|short\\s+|quick\\s+|small\\s+|few\\s+|more\\s+)?${DESCRIPTION_NOUN}\\s+(?:to|for|on)\\s+(.+)$`;
    if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, p.value);
    // "add to the gift task the note 'she likes green tea'"
    m = re`^(?:add|put|write|attach)\\s+(?:to|on|for)\\s+(.+?)\\s+(?:the|a)\\s+${DESCRIPTION_NOUN}\\s*:?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:set|change|update|edit|make|give)\\s+(.+?)(?:'s|s')\\s+${DESCRIPTION_NOUN}\\s+(?:to|as|:)\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:give|set)\\s+(.+?)\\s+(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}\\s*(?::|of|saying|that says)?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:for|on|in|to)\\s+(.+?),?\\s+(?:(?:could|can|would)\\s+you\\s+)?(?:please\\s+)?(?:you\\s+)?(?:add|set|put|attach|write|make)\\s+(?:in(?:to)?\\s+)?(?:the\\s+|a\\s+|some\\s+)?${DESCRIPTION_NOUN}\\s*(?::|to|of|saying|that says)?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // ("put a note on the order one: … on top": the task comes first there, read above)
    m = re`^(?:add|attach|put|set|give|write|append)\\s+(?:the\\s+|a\\s+|this\\s+)?${DESCRIPTION_NOUN}\\s+(?!(?:to|for|on)\\s)(["'\`].+?["'\`]|.+?)\\s+(?:to|for|on)\\s+(.+)$`;
    // ("add notes session with the director on Wednesday at 7pm": a task called so, then when)
    if (m && !onlyDetails(m[2]!)) push(m[2]!, m[1]!);
    m = re`^(?:the\\s+)?${DESCRIPTION_NOUN}\\s+(?:for|of|on)\\s+(.+?)\\s+should\\s+(?:say|read|be)\\s+(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "on reflection, the note should say 'borrow it from Alan'" (the task just talked about)
    m = re`^(?:the|its|that)\\s+${DESCRIPTION_NOUN}\\s+should\\s+(?:say|read|be)\\s*:?\\s*(.+)$`;
    if (m) push('it', m[1]!);
    // "put 'ask about the plan' as its description", "desc: bring ID" (the task just named).
    m = re`^(?:put|set|add|give|use|write)\\s+(.+?)\\s+as\\s+(?:its|the|their|a)\\s+${DESCRIPTION_NOUN}$`;
    if (m) push('it', m[1]!);
    m = re`^(?:(?:add|attach|put|write|leave)\\s+(?:a\\s+|the\\s+|some\\s+)?)?${DESCRIPTION_NOUN}\\s*(?:->|[:=]|-(?=\\s))\\s*(.+)$`;
    // ("note: reread Butler" … "also note: book a room": one more thing to do, said the same way)
    if (
      m &&
      /^(?:(?:oh\s+)?and\s+)?(?:also|plus)\s+note\s*:/i.test(context.sentence || said) &&
      TASK_VERBS.has(m[1]!.trim().split(/\s+/)[0]!.toLowerCase())
    )
      return undefined;
    if (m) push('it', m[1]!);
    // "desc 2: …", "desc #2 = …", "its desc -> …" (shorthand).
    m = re`^${DESCRIPTION_NOUN}\\s+((?:task\\s*)?#?\\d+)\\s*(?:->|[:=-])\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:its|the|their)\\s+${DESCRIPTION_NOUN}\\s*(?:->|[:=-])\\s*(.+)$`;
    if (m) push('it', m[1]!);
    // "the venue task needs a description: …", "for the passport one the description should be: …",
    // "Put 'ring twice' in the description of …", "put 'bring ID' as the description for task 1",
    // "the parcel one: description = …", "task 1 details -> …", "offsite task description = …"
    m = re`^(.+?)\\s+(?:needs|gets|should have)\\s+(?:a\\s+|the\\s+)?${DESCRIPTION_NOUN}\\s*(?:->|[:=-])\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:for|on|in)\\s+(.+?),?\\s+(?:the\\s+)?${DESCRIPTION_NOUN}(?:\\s+(?:should be|is|should say)|\\s*[=:])\\s*:?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:put|write|add|set)\\s+(.+?)\\s+(?:in|into|as)\\s+(?:the\\s+|its\\s+)?${DESCRIPTION_NOUN}\\s+(?:of|for|on|to)\\s+(.+)$`;
    if (m) push(m[2]!, m[1]!);
    m = re`^(.+?)\\s*:\\s*${DESCRIPTION_NOUN}\\s*(?:->|[:=])\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(.+?\\s+(?:task|one|item)|task\\s*#?\\d+|#\\d+)\\s+${DESCRIPTION_NOUN}\\s*(?:->|[:=])\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "for the dentist task, put this in the details: clinic is on Elm Street"
    m = re`^(?:for|on)\\s+(.+?),\\s*(?:please\\s+)?(?:put|write|add)\\s+(?:this|that|the following)\\s+(?:in|into|as)\\s+(?:the\\s+|its\\s+)?${DESCRIPTION_NOUN}\\s*(?::|-|=|->)\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "put it in the description: 20 copies" (the task just talked about)
    m = re`^(?:put|write|add)\\s+(?:it|this|that)\\s+(?:in|into|as)\\s+(?:the\\s+|its\\s+)?${DESCRIPTION_NOUN}\\s*(?::|-|=|->)\\s*(.+)$`;
    if (m) push('it', m[1]!);
    // "put in it the description: …"
    m = re`^(?:put|write|add|set)\\s+(?:in|on|to|into)\\s+(it|that|this)\\s+(?:the\\s+|a\\s+)?${DESCRIPTION_NOUN}\\s*(?::|-|=)?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "for the travel insurance task, change the notes to: …"
    m = re`^(?:for|on|in)\\s+(.+?),?\\s+(?:please\\s+)?(?:change|update|replace|edit|set|make)\\s+(?:the\\s+|its\\s+)?${DESCRIPTION_NOUN}\\s+(?:to|into|as)\\s*:?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "for the plumber task, write down that the leak is under the sink"
    m = re`^(?:for|on|about)\\s+(.+?),\\s*(?:please\\s+)?(?:write down|note down|note|jot down|remember)\\s+(?:that\\s+)?(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "update task 1 description to: …"
    m = re`^(?:update|change|set|edit|make)\\s+(.+?)(?:'s)?\\s+${DESCRIPTION_NOUN}\\s+(?:to|as)\\s*:?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "the 2nd one - add a note: needs two people"
    m = re`^(.+?)\\s*[-:,–]\\s*(?:add|put|write|attach|give it)\\s+(?:a\\s+|the\\s+)?${DESCRIPTION_NOUN}\\s*(?:->|[:=-])\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "actually make the note just Miller and Okafor" (the note just written)
    m = re`^(?:make|set|change)\\s+(?:the|its)\\s+${DESCRIPTION_NOUN}\\s+(?:to\\s+|into\\s+)?(?:just|only|simply)\\s+(.+)$`;
    if (m) push('it', m[1]!);
    // "make the description 'ask for the full-day package'" (the task just talked about)
    m = re`^(?:make|set|change)\\s+(?:the|its)\\s+${DESCRIPTION_NOUN}\\s+(?:to\\s+|into\\s+|:\\s*)?(["'\`].+["'\`])$`;
    if (m) push('it', m[1]!);
    // "add a note to the passport task that Mum has the old one": the task, then the note
    m = re`^(?:add|attach|put|write|leave)\\s+(?:a\\s+|the\\s+)?${DESCRIPTION_NOUN}\\s+(?:to|on|for)\\s+(.+?\\s(?:task|one|item|job))\\s+(?:that|saying|to say)\\s+(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "add a note to the therapist task her name is Bríd and she's in on Tuesdays": the task
    // named as a task, then the note said straight after it
    m = re`^(?:add|attach|put|write|leave)\\s+(?:a\\s+|the\\s+)?${DESCRIPTION_NOUN}\\s+(?:to|on|for)\\s+((?:the|my)\\s+.+?\\s(?:task|one|item|job))\\s+(?!(?:that|saying|to say|today|tomorrow|tonight|on|at|by|for|please|pls|now|too|as well)\\b)(\\S+(?:\\s+\\S+){2,})$`;
    if (m && out.length === 0) push(m[1]!, m[2]!);
    // "note 1: Use the 4TB drive", "desc #3 - bring ID": the task by its number
    m = re`^${DESCRIPTION_NOUN}\\s+(?:for\\s+|on\\s+|to\\s+)?(?:task\\s+)?#?(\\d{1,4})\\s*(?:->|[:=]|\\s[-–—](?!>))\\s*(.+)$`;
    if (m) push(`task ${m[1]}`, m[2]!);
    // "Add note: Reg WX19 KLM", "attach a quick note - gate code 4412" (the task just talked about)
    m = re`^(?:add|put|attach|write|leave)\\s+(?:a\\s+|the\\s+)?(?:quick\\s+|short\\s+|little\\s+|wee\\s+)?${DESCRIPTION_NOUN}\\s*(?:->|[:=]|\\s[-–—])\\s*(.+)$`;
    if (m) push('it', m[1]!);
    // "add the description bring my ID" (the task just added); "add a note that she's vegan"
    m = re`^(?:add|put|set|give it)\\s+(?:the|a)\\s+${DESCRIPTION_NOUN}\\s+(?!(?:to|for|on|of)\\b)(?:(?:that says|which says|saying|that)\\s+(?=\\S+\\s))?(.+)$`;
    if (m) push('it', m[1]!);
    // "annotate it: Section 21", "annotate the Grant bundle task as follows: index, pleadings"
    m = re`^annotate\\s+(.+?)(?:\\s+as\\s+follows|\\s+with)?\\s*[:-]\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "change the notes on the car service one, it's 'Kwik Fit, 9am drop-off' now"
    m = re`^(?:change|update|edit|set|fix)\\s+(?:the\\s+)?${DESCRIPTION_NOUN}\\s+(?:on|for|of|in)\\s+(.+?)\\s*,\\s*(?:it'?s|it is|it should be|should be|make it|to|now it'?s)\\s+(.+?)(?:\\s+now)?$`;
    if (m) push(m[1]!, m[2]!);
    // "put in the description that the vet is Greenside Vets"
    m = re`^(?:put|write|add|note|jot)(?:\\s+down)?\\s+(?:in|into|on)\\s+(?:the|its|their)\\s+${DESCRIPTION_NOUN}\\s+(?:that\\s+|saying\\s+)(.+)$`;
    if (m) push('it', m[1]!);
    // "make the bedroom note say 'colour: Duck Egg Blue'", "have the milk one's notes read …"
    m = re`^(?:make|have|let|change|set)\\s+(?:the\\s+|its\\s+)?(.+?)(?:'s)?\\s+${DESCRIPTION_NOUN}\\s+(?:say|read|says|reads|to say|to read)\\s*:?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "put 'ask for Gary' in its notes", "write 'gate code 4412' in the notes for the bins one"
    // ("… in the passport task's details")
    m = re`^(?:put|write|add|stick|pop|jot|type)\\s+(["'\`].+["'\`])\\s+(?:in|on|into|as)\\s+(?:(?:its|the|their|it's|a)\\s+)?(?:(.+?)(?:'s|s')\\s+)?${DESCRIPTION_NOUN}(?:\\s+(?:of|for|on)\\s+(.+))?$`;
    if (m) push(m[2] ?? m[3] ?? 'it', m[1]!);
    m = re`^describe\\s+(.+?)\\s+as\\s*:?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^${DESCRIPTION_NOUN}\\s+(?:for|on|of)\\s+(.+?)\\s*(?::|->|-|–)\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:and\\s+)?(?:for\\s+)?(?:this|that|the|it's|its)\\s+(?:task\\s+)?(?:the\\s+)?${DESCRIPTION_NOUN}\\s+(?:is|should be|:)\\s*(.+)$`;
    if (m) push('it', m[1]!);
    m = re`^(?:add|attach|put|give|write|append)\\s+(?:a\\s+|the\\s+|some\\s+)?${DESCRIPTION_NOUN}\\s+(?:to\\s+|on\\s+)?((?:it|that|this)(?:\\s+one)?|them)\\s*(?::|-|saying|that says)?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(.+?)\\s+${DESCRIPTION_NOUN}\\s*(?::|=|should be|to)\\s*(.+)$`;
    if (m && /^(?:task|item|#|\d|the |"|')/i.test(m[1]!)) push(m[1]!, m[2]!);
    // ("take the note off the garage task, Tom's left": why, after the comma)
    m = re`^(?:clear|remove|delete|erase|wipe|take|strip|drop|scrap|get rid of)\\s+(?:the\\s+)?${DESCRIPTION_NOUN}\\s+(?:of|from|on|off|off of|in)\\s+(.+?)(?:\\s*,\\s*(?:(?:he|she|they|it|[a-z]+)(?:'s|\\s+(?:has|is|was|left|quit))|because|since|as)\\s.*)?$`;
    if (m) out.push({ type: 'update', ref: parseRef(m[1]!), description: '' });
    // "replace the bake sale note with: …"
    m = re`^(?:replace|swap)\\s+(?:the\\s+)?(.+?)(?:'s)?\\s+${DESCRIPTION_NOUN}\\s+(?:with|for)\\s*:?\\s*(.+)$`;
    if (m && out.length === 0) push(m[1]!, m[2]!);
    // Any wording with the value after a colon: "put in description of plumber task: …", "for
    // task 1 the details are: …", "write in the flights task the note: …", "add to the task Renew
    // passport the description: …", "update the fix the sink description: …".
    // ("add fix the tap - notes: …" and "create a task called X, description: …" add a task with
    // its description: add.ts.)
    const adding =
      /^(?:(?:please|pls)\s+)?(?:add|create|make|new|put down|jot down)\b(?!\s+(?:to|in|into|on|for)\b)/i.test(
        s,
      ) || /\b(?:called|named|titled)\b/i.test(s);
    if (out.length === 0 && !adding) {
      for (const form of COLON_FORMS) {
        const hit = s.match(form);
        // ("and note: his number is 555": a note on the task talked about)
        if (hit && /^(?:also|and|and also|plus|oh and)$/i.test(hit[1]!.trim())) hit[1] = 'it';
        if (hit) push(hit[1]!, hit[2]!);
        if (out.length > 0) break;
      }
    }
    if (out.length === 0) {
      // "give the costume task a description": ask what it should say
      m = re`^(?:give|add)\\s+(.+?)\\s+(?:a|an|some)\\s+(?:short\\s+|little\\s+)?${DESCRIPTION_NOUN}$`;
      if (m) return { type: 'update', ref: parseRef(m[1]!), ask: 'description' };
      m = re`^(?:add|attach|put|give|write|set|i (?:need|want) to add)\\s+(?:a\\s+|the\\s+|some\\s+)?(?:little\\s+|short\\s+|few\\s+)?${DESCRIPTION_NOUN}\\s+(?:to|for|on)\\s+(.+)$`;
      // "add a note to write thank you cards 'Granny and the Patels'": the quote is the note
      const quotedNote = m?.[1]!.match(/^(.+?)\s+(["'`][^"'`]+["'`])$/);
      if (quotedNote) return updateIntent(quotedNote[1]!, 'description', quotedNote[2]!);
      // ("add a note to sow the tomato seeds on 1 March": with no such task, a reminder to do it)
      if (m && /^add\b/i.test(s) && TASK_VERBS.has(m[1]!.split(/\s+/)[0]!.toLowerCase()))
        return {
          type: 'update',
          ref: parseRef(m[1]!),
          ask: 'description',
          fallback: { type: 'add', title: tidyTitle(m[1]!) },
        };
      if (m) return { type: 'update', ref: parseRef(m[1]!), ask: 'description' };
      // "change the note": on which task (the one just talked about, if any), and to what?
      m = re`^(?:change|edit|update|rewrite|redo|fix|amend)\\s+(?:the|its|a|that)\\s+${DESCRIPTION_NOUN}(?:\\s+(?:please|pls))?$`;
      if (m) {
        const talkedAbout = context.dialogue.lastAction || context.dialogue.lastAsked;
        return {
          type: 'update',
          ref: talkedAbout ? { kind: 'focus' } : { kind: 'any' },
          ask: 'description',
        };
      }
      // "change the note on call grandma": to what?
      m = re`^(?:change|edit|update|rewrite|redo|fix)\\s+(?:the\\s+)?${DESCRIPTION_NOUN}\\s+(?:on|for|of|in)\\s+(.+)$`;
      if (m) return { type: 'update', ref: parseRef(m[1]!), ask: 'description' };
    }
    return withAlternatives(out);
  },
};
