// "Tag the rent one #home", "label it work", "add the kids label to task 3", "untag work from
// the gym one": a task's labels, added or taken off.
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';
import { labelName } from '../time-words.ts';
import { alt, PLACE_VERBS } from '../vocabulary.ts';

const NAME = String.raw`#?(?!(?:the|a|its|all|tags?|labels?)\s)([\p{L}\p{N}_\-./&+]{1,40})`;
const LABEL_WORDS =
  /#|\b(?:tag|tags|label|labels|untag)\b|^(?:put|file|move|stick|pop|chuck|shove|place)\s.*\sunder\s\S+$/i;

/** "p2" among labels: a priority. */
const PRIORITY = /^p[1-4]$/i;

export const tag: Rule = {
  name: 'tag',
  specificity: 78,
  // ("tag van garage, p1": a priority said among the labels is a priority, not a label "p1")
  extract: (s, context) => {
    const read = readTag(s, context);
    if (
      !read ||
      ![read].flat().some((i) => i.type === 'tag' && i.add.some((l) => PRIORITY.test(l)))
    )
      return read;
    return [read].flat().flatMap((i): Intent[] => {
      if (i.type !== 'tag' || !i.add.some((l) => PRIORITY.test(l))) return [i];
      const priority = i.add.find((l) => PRIORITY.test(l))!;
      const add = i.add.filter((l) => !PRIORITY.test(l));
      // ("tag van garage, p1": the word before the comma was the label)
      const split = /^(?:tag|label)\s+(.+?)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})\s*,\s*p[1-4]$/iu.exec(
        s.trim(),
      );
      if (!add.length && !i.remove.length && split && i.ref.kind === 'words') {
        const ref = parseRef(split[1]!);
        return [
          { type: 'tag', ref, add: [labelName(split[2]!)], remove: [] },
          { type: 'details', ref, text: priority },
        ];
      }
      const details: Intent = { type: 'details', ref: i.ref, text: priority };
      return add.length || i.remove.length ? [{ ...i, add }, details] : [details];
    });
  },
};

function readTag(
  s: string,
  { question, dialogue, sentence }: Parameters<Rule['extract']>[1],
): Intent | Intent[] | undefined {
  {
    if (question) return undefined;
    // "put the label acme on the brochure task" … "and berlin on the contract one": another
    // label, on another task
    const oneMore = dialogue.lastTagged && /^\W*(?:and|also|plus|then)\b/i.test(sentence || s);
    const another = oneMore
      ? /^(?:(?:and|also|plus|then)\s+)?(?:(?:the\s+)?(?:label|tag)\s+)?#?(?!(?:the|a|an|it|that|this|same|also|then|one|another|put|tag|label)\s)([\p{L}][\p{L}\p{N}_-]{0,39})\s+(?:on|onto|to|for)\s+(?!(?:it|that|this|them|too|as well)\b)(.+?)(?:\s+(?:too|as well|please))?[.!]*$/iu.exec(
          s.trim(),
        )
      : null;
    if (another)
      return { type: 'tag', ref: parseRef(another[2]!), add: [labelName(another[1]!)], remove: [] };
    // "file the loans task under circulation" … "and the display one as events"
    const anotherAs = oneMore
      ? /^(?:(?:and|also|plus|then)\s+)?(?!(?:it|that|this|them)\b)(.+?)\s+(?:as|under)\s+(?!(?:well|usual|before|above|said|planned|agreed)\b)#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:too|as well|please))?[.!]*$/iu.exec(
          s.trim(),
        )
      : null;
    if (anotherAs)
      return {
        type: 'tag',
        ref: parseRef(anotherAs[1]!),
        add: [labelName(anotherAs[2]!)],
        remove: [],
      };
    // ("tag the gazebo task": which label is not said; "task" is no label)
    if (/^(?:tag|label)\s+(?:the|my)\s+.+?\s+(?:task|one|item|job|thing)$/i.test(s.trim()))
      return undefined;
    // "rename the harper tag to harperlowe", "change the label classes to timetable": the label
    // itself, on every task that has it
    const renamed =
      /^(?:(?:please|pls|and|also|then|now)[,\s]+)*(?:can\s+you\s+|could\s+you\s+)?(rename|change|call|turn|relabel|retag)\s+(?:the\s+|my\s+)?(?:(?:tag|label)\s+#?(?!(?:to|as|into|for|with|on|of)\s)([\p{L}\p{N}_-]{1,40})|(?!(?:the|its|it's|this|that|a|an|his|her|their|our|your|which|what|one|new|old|wrong)\s)#?([\p{L}\p{N}_-]{1,40})\s+(?:tag|label))\s+(?:to|as|into)\s+#?([\p{L}\p{N}_-]{1,40})(?:\s+(?:instead|everywhere|on\s+(?:all|every|each)\s+\S+(?:\s+tasks?)?|please|pls))*[.!]*$/iu.exec(
        s.trim(),
      );
    // ("change the exams tag to revision" just after a task was talked about: on that task)
    if (renamed && (/^re/i.test(renamed[1]!) || !dialogue.lastAction)) {
      const from = labelName((renamed[2] ?? renamed[3])!);
      return {
        type: 'tag',
        ref: { kind: 'all', status: 'all', filter: { label: from } },
        add: [labelName(renamed[4]!)],
        remove: [from],
      };
    }
    // "task 1 -#ops +#infra", "-#urgent on the rent one": labels taken off and put on, the short way
    const marks =
      /^(?:(task\s+#?\d{1,4}|it|that|this)\s*:?\s+)?((?:[-+]#[\p{L}\p{N}_-]+\s*)+)(?:\s+(?:on|for)\s+(.+))?$/iu.exec(
        s,
      );
    if (marks && (marks[1] || marks[3] || dialogue.lastAction)) {
      const each = [...marks[2]!.matchAll(/([-+])#([\p{L}\p{N}_-]+)/gu)];
      return {
        type: 'tag',
        ref: marks[1] ? parseRef(marks[1]) : marks[3] ? parseRef(marks[3]) : { kind: 'focus' },
        add: each.filter((m) => m[1] === '+').map((m) => labelName(m[2]!)),
        remove: each.filter((m) => m[1] === '-').map((m) => labelName(m[2]!)),
      };
    }
    // "and add billing" right after changing its labels: one more label
    const anotherLabel =
      /^(?:(?:ah|oh|oops|um|er|yeah|ok|okay)[,\s]+)*(?:(?:and|also|plus)[,\s]+)+(?:add\s+|tag\s+(?:it\s+)?)?(?:as\s+|with\s+|under\s+)?#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:too|as well|instead))?[.!]?$/iu.exec(
        sentence || s,
      );
    // ("and put herd on it instead", "stick urgent on it too")
    const putOn =
      /^(?:(?:ah|oh|oops|um|er|yeah|ok|okay|and|also|then|now)[,\s]+)*(?:put|stick|pop|slap|whack|add)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+on(?:\s+(?:it|that|this|there))?(?:\s+(?:too|as well|instead))*[.!]?$/iu.exec(
        sentence || s,
      );
    // ("For the crèche, put also the label money" … "and remove kids": that label off it)
    const labelOff =
      /^(?:(?:ah|oh|um|er|yeah|ok|okay|and|also|then|now)[,\s]+)+(?:remove|take\s+off|take\s+away|drop|delete|lose)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:too|as well|also|please|pls))*[.!]?$/iu.exec(
        sentence || s,
      );
    if (
      labelOff &&
      dialogue.lastTagged &&
      !/^(?:it|that|this|them|those|these|everything|all|both|one|the|a|an)$/i.test(labelOff[1]!)
    )
      return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [labelName(labelOff[1]!)] };
    // "actually take the regulars tag off", "pull the #urgent label off the atlases": that label
    const namedLabelOff =
      /^(?:(?:ah|oh|um|er|yeah|ok|okay|and|also|then|now|actually|no|wait|please|pls)[,\s]+)*(?:take|get|pull|strip)\s+(?:the\s+)?(?!(?:the|a|an|that|this|its|their|his|her|my|every|all|each)\s)#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+(?:tag|label)\s+off(?:\s+(?:of\s+)?(it|that|this|them|the\s+.+?))?(?:\s+(?:too|as\s+well|instead|please|pls|then|now))*[.!]?$/iu.exec(
        s,
      );
    if (namedLabelOff)
      return {
        type: 'tag',
        ref:
          !namedLabelOff[2] || /^(?:it|that|this|them)$/i.test(namedLabelOff[2])
            ? { kind: 'focus' }
            : parseRef(namedLabelOff[2]),
        add: [],
        remove: [labelName(namedLabelOff[1]!)],
      };
    // ("take the allotment tag off" … "put it back and take bills off it instead": that label)
    const takeLabelOff =
      /^(?:(?:ah|oh|um|er|yeah|ok|okay|and|also|then|now|actually|no)[,\s]+)*(?:take|get)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+off\s+(?:of\s+)?(it|that|this|them|the\s+.+?\s+(?:one|task))(?:\s+(?:too|as\s+well|instead|please|pls))*[.!]?$/iu.exec(
        sentence || s,
      ) ??
      // ("actually take events off the jazz trio, it's a regular thing now": why, after it)
      /^(?:(?:ah|oh|um|er|yeah|ok|okay|and|also|then|now|actually|no)[,\s]+)*(?:take|get)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+off\s+(?:of\s+)?(?!(?:the|my)\s+(?:[\p{L}-]+\s+)?(?:list|to-?dos?|tasks|board|plate)\b)(it|that|this|them|the\s+.+?)(?:\s+(?:too|as\s+well|instead|please|pls))*[.!]?$/iu.exec(
        s,
      );
    if (
      takeLabelOff &&
      dialogue.lastTagged &&
      !/^(?:it|that|this|them|the|a|an)$/i.test(takeLabelOff[1]!)
    )
      return {
        type: 'tag',
        ref: /^(?:it|that|this|them)$/i.test(takeLabelOff[2]!)
          ? { kind: 'focus' }
          : parseRef(takeLabelOff[2]!),
        add: [],
        remove: [labelName(takeLabelOff[1]!)],
      };
    // ("rename the classroom tag to room12" … "and put room12 on the staff meeting notes too")
    const putOnNamed =
      /^(?:(?:ah|oh|um|er|yeah|ok|okay|and|also|then|now)[,\s]+)*(?:put|stick|pop|slap|add)\s+#?([\p{L}\p{N}][\p{L}\p{N}_-]{0,39})\s+on(?:to)?\s+(?!(?:it|that|this|there|them|my|the\s+list)\b)(the\s+.+?|task\s*#?\d+)(?:\s+(?:too|as\s+well|also|instead))*[.!]?$/iu.exec(
        sentence || s,
      );
    if (putOnNamed && dialogue.lastTagged && /\p{L}/u.test(putOnNamed[1]!))
      return {
        type: 'tag',
        ref: parseRef(putOnNamed[2]!),
        add: [labelName(putOnNamed[1]!)],
        remove: [],
      };
    if (putOn && dialogue.lastTagged && !/^(?:it|that|this|them)$/i.test(putOn[1]!))
      return { type: 'tag', ref: { kind: 'focus' }, add: [labelName(putOn[1]!)], remove: [] };
    if (anotherLabel && dialogue.lastTagged && !/^(?:it|that|this|them)$/i.test(anotherLabel[1]!))
      return {
        type: 'tag',
        ref: { kind: 'focus' },
        add: [labelName(anotherLabel[1]!)],
        remove: [],
      };
    // "tag buy paint as errands" … "actually take home off it": a label, after labels
    const offIt =
      /^(?:(?:actually|and|also|oh|no)[,\s]+)*(?:take|get)\s+#?([\p{L}\p{N}_-]+)\s+off(?:\s+of)?\s+(?:it|that|this)$/iu.exec(
        s,
      );
    if (offIt && dialogue.lastTimed)
      return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [labelName(offIt[1]!)] };
    // "what labels does it have?" … "remove them"
    // ("X doesn't need any labels" … "take them all off": its labels, just talked of)
    if (
      (dialogue.askedAbout === 'labels' || dialogue.lastTagged) &&
      /^(?:(?:ok|okay|then|please)[,\s]+)*(?:(?:remove|delete|clear|drop|take off|get rid of|lose)\s+(?:them|those|these|all of them|both(?: of them)?|them all|it|that|the labels?|the tags?)|take\s+(?:them|those|these|all of them|both(?: of them)?|them all|the labels?|the tags?)\s+off)(?:\s+(?:all|too|please|then))*$/i.test(
        s,
      )
    )
      return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: ['*'] };
    // "what labels are on it?" … "take the overdue one off", "drop #urgent": that label
    if (dialogue.askedAbout === 'labels') {
      const one =
        /^(?:(?:ok|okay|then|please|and)[,\s]+)*(?:take|get)\s+(?:the\s+)?#?([\p{L}\p{N}_-]{1,40})(?:\s+(?:one|label|tag))?\s+off(?:\s+(?:it|please|too|then))*$|^(?:(?:ok|okay|then|please|and)[,\s]+)*(?:remove|delete|drop|lose|clear)\s+(?:the\s+)?#?([\p{L}\p{N}_-]{1,40})(?:\s+(?:one|label|tag))(?:\s+(?:please|too|then))*$/iu.exec(
          s,
        );
      const label = one?.[1] ?? one?.[2];
      if (label && !/^(?:it|that|this|them|those|labels?|tags?)$/i.test(label))
        return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [labelName(label)] };
    }
    // "what labels does plan trip have?" … "change work to travel", "should be van, not gig":
    // one label for another
    if (dialogue.askedAbout === 'labels') {
      const LABEL = String.raw`#?([\p{L}\p{N}_-]{1,40})`;
      const from = new RegExp(
        String.raw`^(?:(?:ok|okay|then|and)[,\s]+)*(?:change|switch|swap|replace|rename|make)\s+${LABEL}\s+(?:to|with|for|into)\s+${LABEL}$`,
        'iu',
      ).exec(s);
      const to = new RegExp(
        String.raw`^(?:(?:no|ok|okay|actually|sorry|oh)[,\s]+)*(?:it\s+|that\s+)?(?:should\s+be|needs\s+to\s+be|is\s+meant\s+to\s+be|make\s+it)\s+${LABEL}\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+${LABEL}$`,
        'iu',
      ).exec(s);
      const [old, label] = from ? [from[1]!, from[2]!] : to ? [to[2]!, to[1]!] : [];
      if (old && label)
        return {
          type: 'tag',
          ref: { kind: 'focus' },
          add: [labelName(label)],
          remove: [labelName(old)],
        };
    }
    // after "what's tagged shopping?": "the jacket shouldn't be, make it returns", "that one
    // should be errands", "swap that tag for home": the label answered about, changed
    const listedLabel = dialogue.agenda?.label;
    const swapLabel = listedLabel
      ? /^(?:(?:no|oh|hmm+|actually|wait)[,\s]+)*(?:(.+?)\s+(?:shouldn't|should not|isn't|is not|doesn't|does not|mustn't)\s*(?:be|belong)?(?:\s+(?:there|in it|in that|under it|on it|one))?\s*[,;.]\s*)?(?:(?:make|change|set|switch|move|put)\s+(?:it|that|this)(?:\s+(?:to|in|into|under))?|(?:it|that|this)\s+(?:one\s+)?should\s+be|swap\s+(?:that|the)\s+(?:tag|label)\s+for)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:tag|label|instead))?[.!]*$/iu.exec(
          s,
        )
      : null;
    if (
      listedLabel &&
      swapLabel &&
      !/^(?:p[1-4]|priority|high|low|medium|urgent|important|a|today|tomorrow|tonight|done|finished|daily|weekly|monthly|yearly|(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|midday|\d.*)$/i.test(
        swapLabel[2]!,
      )
    )
      return {
        type: 'tag',
        ref: swapLabel[1] ? parseRef(swapLabel[1]) : { kind: 'focus' },
        add: [labelName(swapLabel[2]!)],
        remove: [labelName(listedLabel)],
      };
    // "typo, the label should be work", "the tag on the boiler one should say home, not hoem":
    // its label put right
    const shouldBe =
      /^(?:(?:typo|oops|sorry|my bad|correction|actually|no|wait|ah|oh|hmm)[,:;!\s]+)*(?:the|its|that|this)\s+(?:label|tag)(?:\s+(?:on|of|for)\s+(.+?))?\s+(?:should\s+(?:be|say|read|have been)|(?:is|was)\s+(?:meant|supposed)\s+to\s+(?:be|say)|(?:needs|ought)\s+to\s+be)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39}))?[.!]*$/iu.exec(
        s,
      );
    if (shouldBe && !question)
      return {
        type: 'tag',
        ref: shouldBe[1] ? parseRef(shouldBe[1]) : { kind: 'focus' },
        add: [labelName(shouldBe[2]!)],
        remove: shouldBe[3] ? [labelName(shouldBe[3])] : ['*'],
      };
    // "relabel the fence panel as garden instead of home": one label for another
    const relabel =
      /^(?:relabel|retag|re-label|re-tag)\s+(.+?)\s+(?:as|to|with)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:instead of|not|rather than|in place of)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39}))?(?:\s+(?:only|alone|instead|now|please))*$/iu.exec(
        s,
      );
    if (relabel)
      return {
        type: 'tag',
        ref: parseRef(relabel[1]!),
        add: [labelName(relabel[2]!)],
        remove: relabel[3] ? [labelName(relabel[3])] : ['*'],
      };
    // "label task 1 'kids'", "tag the gutters one garden": that label on it
    const labelIt =
      /^(?:label|tag)\s+((?:task\s*#?\d+|#\d+)|(?:the|my)\s+.+?\s+(?:one|task|item|job))\s+(?:as\s+|with\s+)?["'`]?(#?[\p{L}][\p{L}\p{N}_-]{0,39}(?:\s*(?:,|and|&)\s*#?[\p{L}][\p{L}\p{N}_-]{0,39})*)["'`]?$/iu.exec(
        s,
      );
    // ("tag the minibus task pe and trips": each one)
    if (labelIt) {
      const said = labelIt[2]!.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
      const tag: Intent = {
        type: 'tag',
        ref: parseRef(labelIt[1]!),
        add: said.filter((l) => !PRIORITY.test(l)).map((l) => labelName(l.replace(/^#/, ''))),
        remove: [],
      };
      // ("tag the insurance one car, p2": the priority said in the same breath is a priority)
      const priority = said.find((l) => PRIORITY.test(l));
      return priority
        ? [tag, { type: 'details', ref: parseRef(labelIt[1]!), text: priority } as Intent]
        : tag;
    }
    // "both of those are for the farm, tag them", "the vet one's for Pepper, label it": the kind
    // said, then the label asked for
    const forKind =
      /^(.+?)(?:\s+(?:is|are)|'s|'re)\s+(?:all\s+|both\s+)?(?:for|about|to do with|part of)\s+(?:the\s+|my\s+|our\s+)?#?([\p{L}][\p{L}\p{N}_-]{0,39})\s*(?:[,;.]|\s-|—|–)\s*(?:so\s+)?(?:please\s+)?(?:tag|label)\s+(?:it|them|those|both|that|these)(?:\s+(?:that|so|accordingly|as such|please))*$/iu.exec(
        s,
      );
    if (forKind)
      return {
        type: 'tag',
        ref: parseRef(forKind[1]!),
        add: [labelName(forKind[2]!)],
        remove: [],
      };
    // "remove shopping from it", "take #home off it": a label of the task just talked about
    const fromIt = new RegExp(
      String.raw`^(?:(?:actually|and|also|then)[,\s]+)*(?:remove|rm|take|drop|delete|clear)\s+(?:the\s+)?#?([\p{L}\p{N}_\-./&+]{1,40})(?:\s+(?:tag|label))?\s+(?:from|off(?:\s+of)?)\s+(?:it|that|this|that one|this one)$`,
      'iu',
    ).exec(s);
    // (or right after its labels were changed: "add #oncall to it" … "remove work from it")
    if (fromIt && (dialogue.askedAbout === 'labels' || dialogue.lastTagged || LABEL_WORDS.test(s)))
      return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [labelName(fromIt[1]!)] };
    // "what labels does the shampoo task have?" … "add dogs as well": one more label
    // "stick a #reno label on the barbie one too", "put the work tag on task 3": that label, on it
    const labelOn = new RegExp(
      String.raw`^(?:(?:and|also|then)\s+)?(?:${alt([...PLACE_VERBS, 'add', 'give'])})\s+(?:a|an|the)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+(?:label|tag)\s+(?:on|onto|to)\s+(.+?)(?:\s+(?:too|as well|also|please|pls))*$`,
      'iu',
    ).exec(s);
    if (labelOn)
      return {
        type: 'tag',
        ref: parseRef(labelOn[2]!),
        add: [labelName(labelOn[1]!)],
        remove: [],
      };
    // "give max the vip label", and right after a label was changed "give max the vip one
    // instead": that label, on that task
    const giveLabel =
      /^(?:(?:and|also|then|ok|okay)[,\s]+)*(?:give|put)\s+(.+?)\s+(?:the|a)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+(label|tag|one)(?:\s+(?:instead|too|as well|also|please))*$/iu.exec(
        s,
      );
    if (giveLabel && (!/^one$/i.test(giveLabel[3]!) || dialogue.lastTagged))
      return {
        type: 'tag',
        ref: parseRef(giveLabel[1]!),
        add: [labelName(giveLabel[2]!)],
        remove: [],
      };
    // "move buy compost from #allotment to #garden": one label for another
    const labelMove =
      /^(?:move|switch|change|shift)\s+(.+?)\s+from\s+#([\p{L}][\p{L}\p{N}_-]{0,39})\s+to\s+#([\p{L}][\p{L}\p{N}_-]{0,39})$/iu.exec(
        s,
      );
    if (labelMove)
      return {
        type: 'tag',
        ref: parseRef(labelMove[1]!),
        add: [labelName(labelMove[3]!)],
        remove: [labelName(labelMove[2]!)],
      };
    // "the swimming lessons one should be tagged family not work": that label for the other
    const taggedNot =
      /^(?:(?:oops|sorry|no|actually|wait)[,\s]+)*(.+?)\s+(?:should|needs to|has to|ought to)\s+be\s+(?:tagged|labell?ed|under)\s+(?:as\s+)?#?([\p{L}][\p{L}\p{N}_-]{0,39}),?\s+(?:not|instead of|rather than)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})$/iu.exec(
        s,
      );
    if (taggedNot)
      return {
        type: 'tag',
        ref: parseRef(taggedNot[1]!),
        add: [labelName(taggedNot[2]!)],
        remove: [labelName(taggedNot[3]!)],
      };
    // "the dinner one also tag family", "task 3 tag it work too": that task, that label
    const namedThenTag =
      /^((?:the|my)\s+.+?\s+(?:one|task)|task\s*#?\d+|#\d+)\s*,?\s+(?:also\s+|and\s+)?(?:tag|label)(?:\s+(?:it|that))?\s+(?:as\s+|with\s+)?#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:too|also|as well))?$/iu.exec(
        s,
      );
    if (namedThenTag)
      return {
        type: 'tag',
        ref: parseRef(namedThenTag[1]!),
        add: [labelName(namedThenTag[2]!)],
        remove: [],
      };
    const alsoLabel =
      /^(?:(?:and|also|ok|okay)[,\s]+)*(?:add|put|tag it(?:\s+with)?)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:as well|too|also))?$/iu.exec(
        s,
      );
    // "what tags has fix the fence got?" … "remove weekend": that label off it
    const dropLabel =
      dialogue.askedAbout === 'labels'
        ? /^(?:(?:ok|okay|then|and)[,\s]+)*(?:remove|delete|drop|take off|get rid of|lose)\s+(?:the\s+)?#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:one|tag|label))?(?:\s+(?:please|pls|then))?$/iu.exec(
            s,
          )
        : null;
    if (dropLabel && !/^(?:it|that|them|those|both|all)$/i.test(dropLabel[1]!))
      return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [labelName(dropLabel[1]!)] };
    if (alsoLabel && dialogue.askedAbout === 'labels')
      return { type: 'tag', ref: { kind: 'focus' }, add: [labelName(alsoLabel[1]!)], remove: [] };
    // "remove the house tag from it" … "add #complaints instead": a label in its place
    const labelInstead =
      /^(?:(?:and|also|ok|okay|then)[,\s]+)*(?:add|put|use|make it)\s+#([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:instead|then|please|as well|too))*$/iu.exec(
        s,
      );
    if (labelInstead && dialogue.lastTagged)
      return {
        type: 'tag',
        ref: { kind: 'focus' },
        add: [labelName(labelInstead[1]!)],
        remove: [],
      };
    // "what's the Henley quote tagged as?" … "change that to quotes instead": its labels, one for
    // the other
    const asked =
      dialogue.askedAbout === 'labels'
        ? /^(?:(?:ok|okay|so|then|actually|right|hmm)[,\s]+)*(?:(?:can|could)\s+you\s+)?(?:change|switch|make|swap|set|turn)\s+(?:that|it|them|those|this)\s+(?:to|for|into)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:instead|please|then))*$/iu.exec(
            s,
          )
        : null;
    if (asked)
      return { type: 'tag', ref: { kind: 'focus' }, add: [labelName(asked[1]!)], remove: ['*'] };
    if (!LABEL_WORDS.test(s)) return undefined;
    // ("todo: label the patch panel": a task to do, add-list.ts)
    if (/^(?:todo|to-do|task|new task|reminder)\s*[:/-]/i.test(s)) return undefined;
    const said = s.replace(/\s+(?:please|pls|too|as well)$/i, '');
    // "label it errands and home", "actually tag it personal instead" (in place of what it had)
    const focusTag = new RegExp(
      String.raw`^((?:(?:actually|no|sorry|oh|and|also)[,\s]+)*)(?:tag|label)\s+(?:it|that|this)(?:\s+one)?\s+(?:as\s+|with\s+)?${NAME}(?:\s*(?:,|and|&)\s*(?:also\s+)?${NAME})?(\s+instead)?$`,
      'iu',
    ).exec(s);
    if (focusTag)
      return {
        type: 'tag',
        ref: { kind: 'focus' },
        add: [focusTag[2]!, focusTag[3]].filter((l): l is string => !!l).map(labelName),
        remove: focusTag[4] || /actually|no|sorry/i.test(focusTag[1]!) ? ['*'] : [],
      };
    // "and put it on my #salon list", "add it to my work list": that label, on it
    const onList =
      /^(?:(?:and|also|oh)\s+)*(?:put|add|stick|pop|move)\s+(?:it|that|this)\s+(?:on|to|in|onto)\s+(?:my|the)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+list$/iu.exec(
        said,
      );
    if (
      onList &&
      (dialogue.lastAction || dialogue.lastAsked) &&
      !/^(?:to-?do|todo|task|shopping)$/i.test(onList[1]!)
    )
      return { type: 'tag', ref: { kind: 'focus' }, add: [labelName(onList[1]!)], remove: [] };
    // "#finance on the budget spreadsheet pls": that label, on that task
    const hashOn =
      /^#([\p{L}][\p{L}\p{N}_-]{0,39})\s+(?:on|for|to)\s+(?!(?:it|that|this)$)(.+)$/iu.exec(said);
    if (hashOn)
      return { type: 'tag', ref: parseRef(hashOn[2]!), add: [labelName(hashOn[1]!)], remove: [] };
    // "add the kids label to task 3", "put #home on it"
    const onto = new RegExp(
      String.raw`^(?:add|put|give|stick|attach)\s+(?:the\s+|a\s+)?(?:(?:tag|label)\s+#?([\p{L}\p{N}_\-./&+]{1,40})|#([\p{L}\p{N}_\-./&+]{1,40})|([\p{L}\p{N}_\-./&+]{1,40})\s+(?:tag|label))\s+(?:to|on|onto)\s+(.+)$`,
      'iu',
    ).exec(said);
    if (onto)
      return {
        type: 'tag',
        ref: parseRef(onto[4]!),
        add: [labelName(onto[1] ?? onto[2] ?? onto[3]!)],
        remove: [],
      };
    // "also add the label errands", "and add the tag #fitness": on the task just talked about
    const more =
      new RegExp(
        String.raw`^(?:(?:and|also|plus)\s+)*(?:add|put|give it|stick)\s+(?:the\s+|a\s+)?(?:tag|label)\s+${NAME}(?:\s+(?:too|as well))?$`,
        'iu',
      ).exec(said) ??
      // "and add the wedding tag" (said right after a change to a task)
      (dialogue.lastAction
        ? new RegExp(
            String.raw`^(?:(?:and|also|plus)\s+)*(?:add|put|give it|stick)\s+(?:the\s+|a\s+)?${NAME}\s+(?:tag|label)(?:\s+(?:too|as well|to it|on it))?$`,
            'iu',
          ).exec(said)
        : null);
    if (more)
      return { type: 'tag', ref: { kind: 'focus' }, add: [labelName(more[1]!)], remove: [] };
    // "give the second one the label finance", "give task 3 the tag home"
    const giveRef = new RegExp(
      String.raw`^(?:(?:and|also|plus)\s+)*give\s+(?!it\s|that\s|this\s)(.+?)\s+(?:the\s+|a\s+)?(?:tag|label)\s+${NAME}$`,
      'iu',
    ).exec(said);
    if (giveRef)
      return { type: 'tag', ref: parseRef(giveRef[1]!), add: [labelName(giveRef[2]!)], remove: [] };
    // "remove the travel tag", "take home off it"
    const offFocus = new RegExp(
      String.raw`^(?:(?:actually|and|also)\s+)*(?:remove|take off|drop|delete|clear)\s+(?:the\s+)?#?(?!(?:the|a|its|their|all|any|that|this)\s)([\p{L}\p{N}_\-./&+]{1,40})\s+(?:tag|label)$`,
      'iu',
    ).exec(said);
    if (offFocus)
      return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [labelName(offFocus[1]!)] };
    // "put it under errands", "file the tax one under admin"
    // ("and stick it under #health", "pop that under work")
    const under = new RegExp(
      String.raw`^(?:and\s+|also\s+)?(?:put|file|move|stick|pop|chuck|shove|place)\s+(.+?)\s+under\s+(?:the\s+)?${NAME}(?:\s+(?:label|tag))?$`,
      'iu',
    ).exec(said);
    if (under)
      return { type: 'tag', ref: parseRef(under[1]!), add: [labelName(under[2]!)], remove: [] };
    // "tag the name tapes task with school and twins": each label
    const taggedBoth = new RegExp(
      String.raw`^(?:tag|label)\s+(.+?(?:\s+one|(?=\s+(?:with|as)\s)))\s+(?:(?:with|as)\s+)?(?:the\s+)?(?:(?:tags?|labels?)\s+)?#?([\p{L}\p{N}_-]{1,40})(?:\s*,\s*|\s+(?:and|&)\s+)#?([\p{L}\p{N}_-]{1,40})$`,
      'iu',
    ).exec(said);
    if (taggedBoth)
      return {
        type: 'tag',
        ref: parseRef(taggedBoth[1]!),
        add: [labelName(taggedBoth[2]!), labelName(taggedBoth[3]!)],
        remove: [],
      };
    // "swap #home for #diy on the paint task", "and swap the exams tag for revision": one label
    // for the other (on the task talked about when none is named)
    const swapFor = new RegExp(
      String.raw`^(?:(?:and|also|then|please|pls)\s+)*(?:swap|switch|replace|change|exchange)\s+(?:the\s+)?(?:#([\p{L}\p{N}_-]{1,40})|(?!(?:that|this|its|it|the|a|my)\s)([\p{L}\p{N}_-]{1,40})\s+(?:tag|label))\s+(?:for|with|to)\s+(?:the\s+|a\s+)?#?([\p{L}\p{N}_-]{1,40})(?:\s+(?:tag|label))?(?:\s+(?:on|for|in)\s+(.+))?$`,
      'iu',
    ).exec(said);
    if (swapFor)
      return {
        type: 'tag',
        ref:
          !swapFor[4] || /^(?:it|that|this|them)$/i.test(swapFor[4])
            ? { kind: 'focus' }
            : parseRef(swapFor[4]),
        add: [labelName(swapFor[3]!)],
        remove: [labelName((swapFor[1] ?? swapFor[2])!)],
      };
    // "tag it kids instead of personal": one label for the other
    const swapped = new RegExp(
      String.raw`^(?:tag|label)\s+(.+?)\s+(?:(?:with|as|under)\s+)?${NAME}\s*,?\s+(?:instead\s+of|not|rather\s+than)\s+${NAME}$`,
      'iu',
    ).exec(said);
    if (swapped)
      return {
        type: 'tag',
        ref: parseRef(swapped[1]!),
        add: [labelName(swapped[2]!)],
        remove: [labelName(swapped[3]!)],
      };
    // "tag the rent one #home", "label it as work", "tag task 2 with family"
    const tagged = new RegExp(
      String.raw`^(?:tag|label)\s+(.+?)\s+(?:(?:with|as|under)\s+(?:the\s+)?(?:(?:tag|label)\s+)?#?|#)([\p{L}\p{N}_\-./&+]{1,40})(?:\s+(?:tag|label))?$`,
      'iu',
    ).exec(said);
    // ("tag it #edits and keep it medium priority": a label, then more details, details.ts)
    if (tagged && !/#|\s(?:and|then)\s+(?:keep|make|set|give|put)\b/i.test(tagged[1]!))
      return { type: 'tag', ref: parseRef(tagged[1]!), add: [labelName(tagged[2]!)], remove: [] };
    // "remove the work tag from the gym one", "untag work from it"
    const off =
      new RegExp(
        String.raw`^(?:remove|take off|take away|drop|delete|clear)\s+(?:the\s+)?(?:(?:tag|label)\s+)?(?!(?:tags?|labels?)\s)${NAME}(?:\s+(?:tag|label))?\s+(?:from|off|on)\s+(.+)$`,
        'iu',
      ).exec(said) ??
      new RegExp(String.raw`^untag\s+${NAME}\s+(?:from|on)\s+(.+)$`, 'iu').exec(said);
    if (off) return { type: 'tag', ref: parseRef(off[2]!), add: [], remove: [labelName(off[1]!)] };
    // "take the diy label off buy paint"
    const takeOff = new RegExp(
      String.raw`^(?:take|get)\s+(?:the\s+)?${NAME}\s+(?:tag|label)\s+off(?:\s+of)?\s+(.+)$`,
      'iu',
    ).exec(said);
    if (takeOff)
      return { type: 'tag', ref: parseRef(takeOff[2]!), add: [], remove: [labelName(takeOff[1]!)] };
    // "take the tag off the email one", "get the labels off it": every label
    const allOff =
      /^(?:take|get)\s+(?:the|its|all(?:\s+the)?)\s+(?:tags?|labels?)\s+off(?:\s+of)?\s+(.+)$/i.exec(
        said,
      );
    if (allOff) return { type: 'tag', ref: parseRef(allOff[1]!), add: [], remove: ['*'] };
    // "change the label on print tickets from travel to work", "change the tag to errands"
    const change = new RegExp(
      String.raw`^(?:(?:actually|no|sorry|oh)[,\s]+)*(?:change|switch|swap|replace)\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?(?:tag|label)s?(?:\s+(?:on|of|for)\s+(.+?))?(?:\s+from\s+${NAME})?\s+(?:to|with|for)\s+${NAME}$`,
      'iu',
    ).exec(said);
    if (change)
      return {
        type: 'tag',
        ref: change[1] ? parseRef(change[1]) : { kind: 'focus' },
        add: [labelName(change[3]!)],
        remove: [change[2] ? labelName(change[2]) : '*'],
      };
    // "remove #urgent, make it p1 instead": that label off the task just talked about
    const hashOff =
      /^(?:(?:and|also|then|ok|okay)[,\s]+)?(?:remove|delete|drop|clear|take off|lose)\s+#([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:tag|label))?(?:\s+(?:from it|off it|too|please))?$/iu.exec(
        said,
      );
    if (hashOff && (dialogue.lastAction || dialogue.lastAsked))
      return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [labelName(hashOff[1]!)] };
    // "change the van insurance label from admin to van": that task's label, one for another
    const taskLabel = new RegExp(
      String.raw`^(?:change|switch|swap)\s+(?:the\s+)?(.+?)\s+(?:tag|label)\s+from\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+(?:to|for|with)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})$`,
      'iu',
    ).exec(said);
    if (taskLabel && !/^(?:its|their|that|this|the)$/i.test(taskLabel[1]!))
      return {
        type: 'tag',
        ref: parseRef(taskLabel[1]!),
        add: [labelName(taskLabel[3]!)],
        remove: [labelName(taskLabel[2]!)],
      };
    // "Replace the farm tag on the alpacas with #livestock", "swap the home label on the roses
    // for garden": one label for another, on that task
    const swap = new RegExp(
      String.raw`^(?:replace|swap|switch|change)\s+(?:the\s+)?#?([\p{L}][\p{L}\p{N}_-]{0,39})\s+(?:tag|label)\s+(?:on|of|for)\s+(.+?)\s+(?:with|for|to)\s+(?:the\s+)?#?([\p{L}][\p{L}\p{N}_-]{0,39})(?:\s+(?:tag|label))?$`,
      'iu',
    ).exec(said);
    if (swap)
      return {
        type: 'tag',
        ref: parseRef(swap[2]!),
        add: [labelName(swap[3]!)],
        remove: [labelName(swap[1]!)],
      };
    // "untag home" right after a change: that label off the task just talked about
    const untagOne =
      /^(?:(?:and|also|then|ok|okay)[,\s]+)?untag\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})$/iu.exec(said);
    if (
      untagOne &&
      (dialogue.lastAction || dialogue.lastAsked) &&
      !/^(?:it|that|this|them|those|all|everything)$/i.test(untagOne[1]!)
    )
      return { type: 'tag', ref: { kind: 'focus' }, add: [], remove: [labelName(untagOne[1]!)] };
    // "remove the label", "untag the slides one", "clear its tags": every label
    const all =
      /^(?:remove|clear|drop|delete|get rid of|take away|lose|wipe|strip)\s+(?:the|its|all(?:\s+(?:of\s+)?(?:the|its))?|every)\s+(?:tags?|labels?)(?:\s+(?:from|on|off|of)\s+(.+))?$/i.exec(
        said,
      ) ?? /^untag\s+(.+)$/i.exec(said);
    if (all)
      return {
        type: 'tag',
        ref: all[1] ? parseRef(all[1]) : { kind: 'focus' },
        add: [],
        remove: ['*'],
      };
    // "tag buy milk groceries", "also tag call priya personal", "tag that one someday": the last
    // word is the label
    const last = new RegExp(
      String.raw`^(?:(?:and|also|plus)\s+)*(?:tag|label)\s+(.+?)\s+#?([\p{L}][\p{L}\p{N}_-]{0,39})$`,
      'iu',
    ).exec(said);
    if (
      last &&
      !/\b(?:with|as|under|tag|label)$/i.test(last[1]!) &&
      !/^(?:the|a|an|my|our|this|these|those|all|some)$/i.test(last[1]!) &&
      // ("label the heather honey jars", "label the moving boxes": a thing to label, a deed)
      !(
        /^(?:the|my|our|all\s+the)\s+(?!.*\b(?:one|task|job|item|thing|reminder)$)/i.test(
          last[1]!,
        ) &&
        /[^s]s$/i.test(last[2]!) &&
        !['ids', 'positions'].includes(parseRef(last[1]!).kind)
      )
    )
      return { type: 'tag', ref: parseRef(last[1]!), add: [labelName(last[2]!)], remove: [] };
    return undefined;
  }
}
