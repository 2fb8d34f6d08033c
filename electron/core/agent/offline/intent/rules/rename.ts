// Titles: "rename X to Y", "change the title of X to Y", "change task 1 to 'Y'", "X should be
// called Y", "task 2 → Call the bank".
import { TASK_VERBS } from '../vocabulary.ts';
import { rx } from '../vocabulary.ts';
import { quotedWithoutWhy, tidyDescription } from '../normalize.ts';
import { onlyDetails } from '../time-words.ts';
import { parseQuickAdd } from '../../../../time/quick-add.ts';
import { details } from './details.ts';
import { parseRef } from '../references.ts';
import type { Rule } from '../types.ts';
import {
  splitRefValue,
  TITLE_NOUN,
  type UpdateIntent,
  updateIntent,
  withAlternatives,
} from './update-fields.ts';

const STATUS =
  /^["'`]?(?:not\s+|un)?(?:done|complete|completed|finished|pending|open|incomplete|active|closed|to do|todo)["'`]?$/i;

export const rename: Rule = {
  name: 'rename',
  specificity: 70,
  extract: (said, context) => {
    // "the shoes for Mateo, change to 'buy football boots for Mateo'": the task, then its title
    const topic =
      /^(?!(?:it|that|this|please|pls|and|so)\b)(.+?)\s*(?:,|:|\s-)\s*(?:please\s+)?(?:change|rename|call|make)\s+(?:it\s+|that\s+)?(?:to|as)\s+["“'‘](.+)["”'’]$/i.exec(
        said,
      );
    if (topic) return { type: 'update', ref: parseRef(topic[1]!), title: topic[2]!, whole: true };
    let found = readRename(said, context);
    // ("change it to that", "make it this": the thing just said, never a title "That")
    if (
      found &&
      !Array.isArray(found) &&
      found.type === 'update' &&
      found.title !== undefined &&
      /^(?:that|this|it|then|the same|same)$/i.test(found.title.trim())
    )
      return undefined;
    // ("the wording should be 'Find or build a birdcage'": the title of the task talked about)
    if (
      found &&
      !Array.isArray(found) &&
      found.type === 'update' &&
      found.ref?.kind === 'words' &&
      /^(?:the|its|that|this)\s+(?:wording|title|name|text|words|spelling|phrasing)$/i.test(
        found.ref.text.trim(),
      )
    )
      found = { ...found, ref: { kind: 'focus' }, alternatives: [], whole: true };
    // ("please call it 'Renew TV licence online' so I remember how": what is quoted, not why)
    if (found && !Array.isArray(found) && found.type === 'update' && found.title) {
      const quoted = quotedWithoutWhy(found.title);
      if (quoted) found = { ...found, title: quoted, whole: true };
    }
    // "my gym session tomorrow - make it the evening instead": when, never a title
    const title =
      found && !Array.isArray(found) && found.type === 'update' && found.title !== undefined
        ? found.title.replace(
            /\s+(?:instead|then|please|from now on|going forward|in future|from today)$/i,
            '',
          )
        : undefined;
    if (
      title &&
      found &&
      !Array.isArray(found) &&
      'ref' in found &&
      found.ref &&
      (onlyDetails(title) || /^(?:the\s+)?(?:morning|afternoon|evening|night)$/i.test(title))
    ) {
      const ref =
        found.ref.kind === 'words'
          ? parseRef(
              parseQuickAdd(found.ref.text, { now: new Date(), detailsOnly: true }).title.trim() ||
                found.ref.text,
            )
          : found.ref;
      const when = details.extract(`make it ${title}`, {
        ...context,
        dialogue: { ...context.dialogue, lastAction: 'update', lastTimed: true },
        sentence: `make it ${title}`,
      });
      return when && !Array.isArray(when) && when.type === 'details' ? { ...when, ref } : undefined;
    }
    return found;
  },
};

const readRename: Rule['extract'] = (said, { dialogue, sentence }) => {
  {
    const s = said.replace(/\s+instead$/i, '');
    // "what's the note on the plumber task?" … "change it to …": the note, not the title.
    if (dialogue.lastAsked === 'note') {
      // (read from the sentence as said: the filler pass would take a closing "too" off the note)
      const note = sentence
        .replace(/[.!]+$/, '')
        .match(
          /^(?:change|set|update|make|edit|replace)\s+(?:it|that|the note|the description)\s+(?:to|into|as|with)?\s*(?:(?:say|read)\b)?\s*:?\s*(.+)$/i,
        );
      if (note)
        return { type: 'update', ref: { kind: 'focus' }, description: tidyDescription(note[1]!) };
    }
    // "make GP appointment re: knee — put it on the list": a new task, said with its add request
    if (
      /(?:[,—–]|\s-)\s*(?:(?:please|pls|can you|could you)\s+)?(?:put|add|pop|stick)\s+(?:it|that|this)\s+(?:on|to|in)(?:to)?\s+(?:the|my)\s+(?:\w+\s+)?list$/i.test(
        s,
      )
    )
      return undefined;
    const out: UpdateIntent[] = [];
    const push = (ref: string, value: string) => {
      // "make one task for me, to call the landlord": a new task (add.ts), not a rename
      if (/^(?:one|a|an|another|new)\s+(?:task|item|todo|to-do|reminder)\b/i.test(ref.trim()))
        return;
      // ("… into 'Send omiyage to Tanaka-san'": a split inside the quotes is no split)
      // (an opening quote with no closing one after it; "the leavers' do" opens none)
      const unclosed = (t: string) =>
        [...t.matchAll(/(?<![\p{L}\p{N}])['"`‘“](?=[\p{L}\p{N}])/gu)].some(
          (open) => !/(?<=\S)['"`’”](?![\p{L}\p{N}])/u.test(t.slice(open.index + 1)),
        );
      if (unclosed(ref) || unclosed(value)) return;
      // ("there's a typo in task 1, it should say …": the task the typo is in)
      ref = ref.replace(
        /^(?:there(?:'s|s|\s+is)\s+)?(?:a|an)\s+(?:typo|mistake|spelling mistake|misspelling|error)\s+(?:in|on)\s+(?=\S)/i,
        '',
      );
      // ("make it say 'get the drawer repaired'", "change it to: …": what it says)
      value = value.replace(/^(?:(?:say|read)\s*(?::\s*|(?=["'“‘]))|to\s*:\s*)/i, '');
      // "change the status of X to not completed" is no new title (reopen.ts)
      if (STATUS.test(value.trim())) return;
      // "update the car task: it's 'get the car MOT'"
      value = value
        .replace(/^(?:it's|it is|it should be|should be)\s+(?=\S)/i, '')
        // ("…, not Jon": the words it had, said to be clear; "… but keep the note": the rest stays)
        .replace(/\s*,\s*(?:and\s+)?not\s+[^,"'`]{1,30}$/i, '')
        // ("…, wrong name", "…, typo": why it changes)
        .replace(
          /\s*,\s*(?:(?:it was\s+|i put\s+)?(?:the\s+)?wrong\s+(?:\w+\s+)?(?:number|name|word|spelling|date|one|house|address)|(?:a\s+)?typo|my (?:bad|mistake)|sorry|oops)$/i,
          '',
        )
        // ("task 1 → rename: Fix tap"): the word for the change, said before the title
        .replace(/^(?:rename|retitle|new (?:name|title)|title|name)\s*(?:to\s*)?[:=-]\s*/i, '')
        .replace(
          /[\s,]+(?:but|and)\s+(?:keep|leave)\s+(?:the|its|my)\s+(?:note|notes|description|date|due date|priority|labels?|tags?|details|time|repeat)(?:\s+(?:as it is|as is|the same|alone|too|please))*$/i,
          '',
        );
      // ("Pollard VAT — make it p1", "the dentist - make it friday": details, not a title)
      if (!/["'`]/.test(value) && onlyDetails(value)) return;
      // ("scholarship is more important now, make it high": a level, not a title)
      if (
        /^(?:high|low|medium|normal|top|urgent|highest|lowest|max|min|none)(?:\s+(?:prio(?:rity)?|one))?$/i.test(
          value.trim(),
        )
      )
        return;
      // ("…, make it 11", "make it half eleven": a time, not a title)
      if (
        /^(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?|(?:half|quarter)\s+(?:past\s+|to\s+)?\w+)$/i.test(
          value.trim(),
        )
      )
        return;
      // ("turn the cheddars needs to go back on": said of the task, no new title)
      if (/\s(?:needs?|is|are|was|were|has|have|had|wants?)$/i.test(ref.trim())) return;
      if (ref.trim() && value.trim()) out.push(updateIntent(ref, 'title', value));
    };
    const re = (strings: TemplateStringsArray, ...values: unknown[]) =>
      s.match(rx(strings, ...values));
    // "the milk one - make it buy almond milk", "task 3: call it Pay the gas bill"
    // "edit 'Water plants': it should be 'Water plants on the balcony'"
    const named = s.match(
      /^(.+?)\s*(?:\s-\s|:|,)\s*(?:(?:please|pls)\s+)?(make it|call it|rename(?: it)?(?: to)?|change it to|name it|retitle(?: it)?(?: to)?|(?:it|that|the title|the name)\s+(?:should|must|has to|needs to)\s+(?:be|say|read)|should\s+(?:be|say|read))(?:\s*(?::|->|=>|→)\s*|\s+)(.+)$/i,
    );
    // ("first one is misspelled, should be …" is read below: the task is "first one")
    const shouldBe = named && /\b(?:should|must|has to|needs to)\b/i.test(named[2]!);
    if (
      named &&
      !/^(?:and|also|then)\b/i.test(named[1]!) &&
      (!shouldBe ||
        /^(?:(?:edit|change|update|fix|correct|modify)\s+|["'`].+["'`]$|(?:task|item)\s*#?\d+$|#\d+$)/i.test(
          named[1]!,
        ))
    )
      push(
        named[1]!.replace(
          /^(?:edit|change|update|fix|correct|modify)\s+(?:the\s+(?:title|name)\s+(?:of|on)\s+)?/i,
          '',
        ),
        named[3]!,
      );
    // "make the last one buy TWO lunchboxes": a place on the list, then its new words
    const placeTo = s.match(
      /^(?:(?:oops|sorry|actually|no)[,\s]+)*(?:make|change|turn)\s+((?:the\s+)?(?:first|second|third|last|other|previous)\s+one|task\s*#?\d+|#\d+)\s+(?:into\s+|to\s+)?(([\p{L}]+)\s+\S.*)$/iu,
    );
    if (placeTo && TASK_VERBS.has(placeTo[3]!.toLowerCase()) && !named)
      push(placeTo[1]!, placeTo[2]!);
    // "the third one needs renaming to …", "swap the title of the hay one for …"
    const needs =
      s.match(
        /^(.+?)\s+(?:needs|wants|has)\s+(?:to\s+be\s+)?(?:renaming|renamed|retitling|retitled|a new name)\s+(?:to|as|:)\s*(.+)$/i,
      ) ??
      s.match(
        /^(?:swap|switch|change|replace)\s+the\s+(?:title|name|wording)\s+(?:of|on|for)\s+(.+?)\s+(?:for|to|with)\s+(.+)$/i,
      );
    if (needs && !named) push(needs[1]!, needs[2]!);
    // "change durian to mangosteen for the mum one": a word of that task's title, swapped
    const within = s.match(
      /^(?:change|switch|swap|replace)\s+([\p{L}\p{N}'-]+(?:\s+[\p{L}\p{N}'-]+)?)\s+(?:to|for|with)\s+([\p{L}\p{N}'-]+(?:\s+[\p{L}\p{N}'-]+)?)\s+(?:for|in|on|of)\s+((?:the|my)\s+.+?\s+(?:one|task|item)|task\s*#?\d+|#\d+)$/iu,
    );
    if (within && !named) {
      out.push({
        ...updateIntent(within[3]!, 'title', 'x'),
        title: undefined,
        replace: [within[1]!, within[2]!],
      });
      return out;
    }
    // "please amend the title of task 1 to read: Review the 2025 valuation"
    const toRead = s.match(
      /^(?:change|amend|update|edit|set|alter)\s+(?:the\s+)?(?:title|name|wording)\s+(?:of|for|on)\s+(.+?)\s+(?:to\s+read|to\s+say|so\s+(?:that\s+)?it\s+(?:reads|says))\s*:?\s+(.+)$/i,
    );
    if (toRead && !named) push(toRead[1]!, toRead[2]!);
    // "swap buy cat litter for buy cat food": one task for another, both said in full
    const swap = s.match(
      /^(?:swap|replace|switch|exchange|change)\s+(.+?)\s+(?:for|with|to)\s+(.+)$/i,
    );
    // ("swap the mugs task for glaze the bowls": a task named as one, for a deed said in full)
    const verb = (part: string) => TASK_VERBS.has(part.split(/\s+/)[0]!.toLowerCase());
    if (
      swap &&
      !named &&
      (verb(swap[1]!)
        ? verb(swap[2]!)
        : /^(?:swap|replace|switch|exchange)\s/i.test(s) &&
          /^(?:the|my)\s+.+\s+(?:task|one|item|job)$/i.test(swap[1]!) &&
          /^(?!(?:the|a|an|my|it|that|this|one|another|something)\b)\p{L}+\s+\S/iu.test(swap[2]!))
    ) {
      push(swap[1]!, swap[2]!);
      // (a task named as one, then a deed said in full: that deed is the whole new title)
      if (!verb(swap[1]!)) for (const u of out) u.whole = true;
    }
    // "make task 1 say 'Call grandma on her landline'", "have the milk one read …"
    const says = s.match(
      /^(?:make|have|let|change|edit|set)\s+(.+?)\s+(?:say|read|be called|be named|be titled)\s*:?\s+(.+)$/i,
    );
    if (says && !named) push(says[1]!, says[2]!);
    // "first one is misspelled, should be Send the contract", "the title should say …"
    const misspelt = s.match(
      /^(.+?)\s+is\s+(?:misspelled|misspelt|spelled wrong|spelt wrong|wrong),?\s+(?:it\s+)?should\s+(?:be|say|read)\s*:?\s+(.+)$/i,
    );
    if (misspelt) push(misspelt[1]!, misspelt[2]!);
    const titleSays = s.match(
      /^(?:the\s+|its\s+)?(?:title|name)(?:\s+of\s+(?:it|that|this|that one))?\s+(?:should|must|has to|needs to|ought to|will)\s+(?:say|be|read)\s*:?\s+(.+)$/i,
    );
    if (titleSays) push('it', titleSays[1]!);
    // "instead of 'Clean the garage' call it 'Clean and organise the garage'"
    const instead = s.match(
      /^instead of\s+(.+?),?\s+(?:call it|name it|make it|rename it to|change it to|it should be|put|write|have it say)\s+(.+)$/i,
    );
    if (instead) push(instead[1]!, instead[2]!);
    // "fix the typo in task 1, it should be 'Schedule vet appointment'" (read before the looser
    // "X should be Y" below)
    let m = re`^(?:fix|correct)\\s+(?:the\\s+|a\\s+)?(?:typo|spelling|mistake|spelling mistake)\\s+(?:in|on|of)\\s+(.+?)(?:[,:]?\\s+(?:it\\s+)?should\\s+(?:be|say|read)\\s+|,\\s*(?:it's|it is|its)\\s+|\\s*:\\s*)(.+)$`;
    if (m) {
      const fix = m[2]!.match(/^(.+?),?\s+not\s+(.+)$/i);
      out.push(
        fix
          ? { ...updateIntent(m[1]!, 'title', 'x'), title: undefined, replace: [fix[2]!, fix[1]!] }
          : updateIntent(m[1]!, 'title', m[2]!),
      );
    }
    // "oops typo, rename to groceries", "call it Groceries instead": the task just talked about
    m = re`^(?:(?:oops|sorry|typo|my bad)[,\\s]+)*(?:rename|retitle)\\s+(?:it\\s+|that\\s+)?(?:to|as)\\s+(.+)$`;
    if (m) push('it', m[1]!);
    // "I want change the name of the bank task in 'Call the bank about my new card'"
    m = re`^(?:(?:i|we)\\s+(?:want|would like|'d like|wish)\\s+(?:to\\s+)?)?(?:change|update|set|edit)\\s+(?:the\\s+)?${TITLE_NOUN}\\s+(?:of|for|on)\\s+(.+?)\\s+(?:in|into|for|with)\\s+(["'\`].+["'\`])$`;
    if (m) push(m[1]!, m[2]!);
    // "the first one has a typo, coffe should be coffee"
    m = re`^(.+?)\\s+has\\s+(?:a\\s+)?(?:typo|spelling mistake|mistake)[,:]?\\s+(.+?)\\s+should\\s+(?:be|say)\\s+(.+)$`;
    if (m)
      out.push({ ...updateIntent(m[1]!, 'title', 'x'), title: undefined, replace: [m[2]!, m[3]!] });
    m = re`^(?:set|change|update|edit|make|give)\\s+(?:its|their|the task's)\\s+${TITLE_NOUN}\\s+(?:to|as|:)\\s*(.+)$`;
    if (m) push('it', m[1]!);
    // "actually make the title 'Write up dive log 12'": the task just talked about
    m = re`^(?:now\\s+)?(?:change|set|update|make)\\s+the\\s+${TITLE_NOUN}\\s+(["'\`“‘].+["'\`”’])$`;
    if (m) push('it', m[1]!);
    // "now change the title to …" (the task just talked about)
    m = re`^(?:now\\s+)?(?:change|set|update|make)\\s+the\\s+${TITLE_NOUN}\\s+(?:to|as|:)\\s*(.+)$`;
    if (m) push('it', m[1]!);
    m = re`^(?:rename|retitle|relabel|reword|rephrase|rewrite)\\s+(.+)$`;
    // ("rename swap shift with dee -> swap shift with Kaz": the arrow, not "with", splits it)
    const arrow = m?.[1]!.match(/^(.+?)\s+->\s+(.+)$/);
    if (arrow) push(arrow[1]!, arrow[2]!);
    else if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, p.value);
    // "rename the first task 'Clean the garage'": the new title in quotes, without a "to"
    m = re`^(?:rename|retitle|relabel)\\s+(.+?)\\s+(["'\`].+["'\`])$`;
    if (m && splitRefValue(m[1]!).length === 0 && !/^["'`]/.test(m[1]!)) push(m[1]!, m[2]!);
    m = re`^(?:change|update|edit|modify|set|make|fix|correct|alter|switch|replace)\\s+(?:the\\s+)?${TITLE_NOUN}\\s+(?:of|for|on)\\s+(.+)$`;
    if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, p.value);
    m = re`^(?:change|update|edit|modify|set|fix|correct|alter|switch)\\s+(.+?)(?:'s|s')\\s+${TITLE_NOUN}\\s+(?:to|as|:)\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:change|update|edit|modify|make|fix|correct|alter|switch|turn|reword|amend|tweak|shorten|lengthen|simplify|abbreviate|expand)\\s+(.+)$`;
    // ("also: make appointment to the mechanic": a thing to make, not a task made into another)
    if (
      m &&
      /^make\s+(?!(?:the|my|our|that|this|it|task|item|#|\d|first|second|third|last)\b)/i.test(s)
    )
      m = null;
    if (m) for (const p of splitRefValue(m[1]!)) push(p.ref, p.value);
    m = re`^(.+?)\\s+should\\s+(?:be called|be named|be renamed to|be retitled|say|read|be)\\s*:?\\s+(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "that chaise task needs to say Find a replacement chaise longue, we ain't settling for a
    // sofa" ("needs to be finished" is no new name)
    m = re`^(.+?\\s+(?:task|one|item|todo))\\s+(?:needs to|has to|must|ought to)\\s+(?:be called|be named|be renamed to|say|read)\\s*:?\\s+(.+?)(?:\\s*[,;]\\s*(?:we|i|they|it's|that's|cos|because|since|as)\\b.*)?$`;
    if (m) push(m[1]!, m[2]!);
    // "I wrote it wrong, the first task must be 'Buy rice'": the task, then its quoted title
    m = re`^(?:.*?[,:;]\\s*)?((?:the\\s+)?(?:first|second|third|fourth|fifth|last|\\d+(?:st|nd|rd|th))\\s+(?:task|one|item)|task\\s+#?\\d+)\\s+(?:must|has to|needs to|should|ought to)\\s+(?:be|say|read)\\s+(["'\`].+["'\`])$`;
    if (m) push(m[1]!, m[2]!);
    // "'Buy flowr' must be 'Buy flour'" (said after "I wrote the name wrong, …")
    m = re`^(?:.*?[,:;]\\s*)?(["'\`][^"'\`]+["'\`])\\s+(?:must|has to|needs to|should|ought to)\\s+(?:be|say|read)\\s+(["'\`].+["'\`])$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:call|name)\\s+(.+?)\\s+(".+"|'.+')$`;
    if (m) push(m[1]!, m[2]!);
    // "call the first one Clean the kitchen", "name it Pay the gas bill"
    m = re`^(?:call|name|rename|retitle)\\s+(it|that|this|that one|this one|the (?:first|second|third|fourth|fifth|last|other|\\d+(?:st|nd|rd|th)) (?:one|task|item)|task\\s*#?\\d+|#\\d+)\\s+(?!["'])(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "the durian one change to 'Buy durian for Mum's birthday'", "task 2 rename to …": the task
    // named as a task, then the change
    m = re`^((?:the\\s+)?.+?\\s+(?:one|task|item)|(?:task|item|#)\\s*#?\\d+),?\\s+(?:please\\s+)?(?:change|rename|retitle)(?:\\s+it)?\\s+(?:to|into|as)\\s+(.+)$`;
    if (m && !named) push(m[1]!, m[2]!);
    // "task 2 to Call the bank" (an arrow in the original), "rename 1: Pay rent" handled above.
    m = re`^((?:task|item|#)\\s*#?\\d+)\\s*(?:to|->)\\s+(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "'Update CV' -> 'Update CV and LinkedIn'", "task 1: rename -> …"
    m = re`^(["'\`].+?["'\`])\\s*->\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(.+?)\\s*[:-]\\s*(?:rename|retitle|new (?:title|name))\\s*(?:->|to|[:=-])?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "the title of task 3 should be 'Call Grandpa back'"
    m = re`^(?:the\\s+)?${TITLE_NOUN}\\s+(?:of|for|on)\\s+(.+?)\\s+should\\s+(?:be|say|read)\\s+(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "change task 1 name to …", "for the train, please change the name to …",
    // "the council task, call it … instead", "sunscreen -> Buy SPF 50 sunscreen"
    m = re`^(?:change|update|set|edit)\\s+(.+?)\\s+${TITLE_NOUN}\\s+(?:to|as|:)\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^(?:(?:for|on)\\s+(.+?),?|(.+?),)\\s+(?:please\\s+)?(?:change|set|update|make)\\s+(?:the\\s+|its\\s+)?${TITLE_NOUN}\\s+(?:to|as|:)\\s*(.+)$`;
    if (m) m = [m[0], m[1] ?? m[2]!, m[3]!] as unknown as RegExpMatchArray;
    if (m) push(m[1]!, m[2]!);
    m = re`^(.+?),\\s*(?:call|name|rename|retitle)\\s+it\\s+(.+)$`;
    if (m) push(m[1]!, m[2]!);
    m = re`^([^:]+?)\\s+->\\s+(.+)$`;
    if (
      m &&
      !rx`^(?:(?:plz|pls|please)\\s+)?(?:add|new|create|put|todo)\\b`.test(m[1]!) &&
      // ("Dan -> left voicemail, keep open": how it went, not a new name)
      !/^(?:left|sent|done|rang|spoke|paid|no answer|no reply|waiting|pending|still|keep|kept|not|\w{2,}(?<!e)ed)\b/i.test(
        m[2]!,
      )
    )
      push(m[1]!, m[2]!);
    // "task 1 title -> Email the landlord"
    m = re`^(.+?)\\s+${TITLE_NOUN}\\s*(?:->|[:=])\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    // "the task 1 is wrong written, the correct is 'Call Mr Almeida'"
    m = re`^(.+?)\\s+(?:is|has been)\\s+(?:wrong(?:ly)?(?:\\s+written)?|written wrong|misspelled|misspelt|incorrect|not right)[,.;]?\\s+(?:the\\s+)?(?:correct|right|proper)(?:\\s+(?:one|title|name|spelling|version))?\\s+(?:is|should be|would be)\\s*:?\\s*(.+)$`;
    if (m) push(m[1]!, m[2]!);
    if (out.length === 0) {
      // "rename the tap task": ask what to.
      m = re`^(?:rename|retitle|reword|rephrase|re-?word|change the (?:title|name|wording) of)\\s+(.+)$`;
      if (m) return { type: 'update', ref: parseRef(m[1]!), ask: 'title' };
      // "edit the chemistry task", "change task 3", "fix the second one": a task named as a task
      // (a change to something else, "change the oil", is a task to add).
      m = re`^(?:edit|change|update|modify|amend|fix|correct|alter)\\s+([^:,;=-]+)$`;
      if (m) {
        const ref = parseRef(m[1]!);
        const named =
          ref.kind === 'ids' ||
          ref.kind === 'positions' ||
          ref.kind === 'quoted' ||
          /\b(?:task|one|item|to-?do|entry|reminder)$/i.test(m[1]!.trim());
        if (named) return { type: 'update', ref, ask: 'title' };
      }
    }
    // "rename …", "change the title of …": the words said are the whole new title
    if (/\b(?:rename|retitle|title|name|called|call it)\b/i.test(s))
      for (const u of out) if (u.title !== undefined) u.whole = true;
    return withAlternatives(out);
  }
};
