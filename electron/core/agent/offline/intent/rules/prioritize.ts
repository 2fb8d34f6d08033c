// "Make the rent one urgent", "set the priority of task 2 to low", "the report is high priority",
// "remove the urgent flag from it", "p1 for the dentist": a task's priority, set or cleared.
import { TASK_VERBS } from '../vocabulary.ts';
import { parseRef } from '../references.ts';
import type { Intent, Rule } from '../types.ts';
import { priorityOf } from '../time-words.ts';

const LEVEL = String.raw`(p[1-4]|priority (?:1|2|3|one|two|three)|(?:(?:very|super|really|extremely|top|most|highly) )?(?:urgent|important)|(?:maximum|max|highest) prio(?:rity)?|(?:high|top|medium|normal|low) prio(?:rity)?|critical|asap|(?:an )?emergency|not (?:that |very |so )?(?:urgent|important)|no priority|a priority|less (?:important|urgent)|lower priority|not as (?:important|urgent))`;

export const prioritize: Rule = {
  name: 'prioritize',
  specificity: 78,
  extract: (s, { question, dialogue, sentence }): Intent | undefined => {
    if (question) return undefined;
    // "bump it up a notch" … "and again", "actually another notch": one more step the same way
    if (
      dialogue.lastStep &&
      /^(?:(?:and|actually|ok|okay|then|hmm|so)[,\s]+)*(?:again|(?:another|one\s+more)\s+(?:notch|peg|level|step)|(?:up|down)\s+(?:another|one\s+more)(?:\s+(?:notch|peg|level|step))?)(?:\s+(?:please|then|too))?[.!]*$/i.test(
        sentence || s,
      )
    )
      return {
        type: 'prioritize',
        ref: { kind: 'focus' },
        priority: null,
        step: dialogue.lastStep,
      };
    // "what priority should it have?" … "2", "high": that level
    const level =
      dialogue.askedAbout === 'priority'
        ? /^(?:(?:ok|okay|then|so|make it|set it to|put it on)[,\s]+)*(?:p(?:riority)?\s*)?([1-4])(?:\s+(?:please|pls))?$|^(?:(?:ok|okay|then|so|make it|set it to)[,\s]+)*(high|top|urgent|medium|normal|low)(?:\s+(?:priority|prio|please|pls))*$/i.exec(
            s,
          )
        : null;
    if (level)
      return {
        type: 'prioritize',
        ref: { kind: 'focus' },
        priority: level[1]
          ? Number(level[1]) === 4
            ? null
            : (Number(level[1]) as 1 | 2 | 3)
          : /^(?:high|top|urgent)$/i.test(level[2]!)
            ? 1
            : /^low$/i.test(level[2]!)
              ? 3
              : 2,
      };
    // "what's its priority?" … "remove it", "clear that"
    if (
      dialogue.askedAbout === 'priority' &&
      /^(?:(?:ok|okay|then|please)[,\s]+)*(?:remove|delete|clear|drop|take off|get rid of)\s+(?:it|that|the priority)(?:\s+(?:please|then))?$/i.test(
        s,
      )
    )
      return { type: 'prioritize', ref: { kind: 'focus' }, priority: null };
    // "what's the priority on the stretcher task?" … "make it the same as the IV bags", "give
    // the gel pads the same priority as the cassettes": that task's priority
    const same =
      (dialogue.askedAbout === 'priority'
        ? /^(?:(?:ok|okay|then|so)[,\s]+)*(?:make|set|give)\s+(it|that|this)\s+(?:the\s+)?same(?:\s+(?:priority|one))?\s+as\s+(.+?)(?:\s+please)?$/i.exec(
            s,
          )
        : null) ??
      /^(?:make|set|give)\s+(.+?)\s+the\s+same\s+(?:priority|urgency)\s+as\s+(.+?)(?:\s+please)?$/i.exec(
        s,
      );
    // "swap the priorities of the knives and the fish", "switch the knives' and the fish's
    // priorities", "swap the priorities on those two": each takes the other's
    const swap =
      /^(?:(?:ok|okay|and|then|so|actually|please|can you|could you)[,\s]+)*(?:swap|switch|exchange|flip|trade|reverse)\s+(?:round\s+|over\s+|around\s+)?(?:the\s+|their\s+)?(?:priorit(?:y|ies)|prios?|urgenc(?:y|ies))\s+(?:of|on|for|between)\s+(.+?)(?:\s+(?:and|with|&)\s+(.+?))?(?:\s+(?:please|pls|round|around|over|then))*[.!]*$/i.exec(
        s,
      ) ??
      /^(?:(?:ok|okay|and|then|so|actually|please|can you|could you)[,\s]+)*(?:swap|switch|exchange|flip|trade)\s+(.+?)\s+(?:and|with|&)\s+(.+?)['’]s?\s+(?:priorit(?:y|ies)|prios?)(?:\s+(?:please|pls|round|around|over))*[.!]*$/i.exec(
        s,
      );
    if (swap && !question) {
      const first = swap[1]!.replace(/['’]s?$/, '');
      if (swap[2])
        return {
          type: 'prioritize',
          ref: parseRef(first),
          priority: null,
          swap: true,
          swapWith: parseRef(swap[2]),
        };
      if (
        /^(?:those|these|them|the|both|the two|those two|these two|the last two|the first two)\b/i.test(
          first,
        )
      )
        return { type: 'prioritize', ref: parseRef(first), priority: null, swap: true };
    }
    if (same)
      return {
        type: 'prioritize',
        ref: /^(?:it|that|this)$/i.test(same[1]!) ? { kind: 'focus' } : parseRef(same[1]!),
        priority: null,
        sameAs: parseRef(same[2]!),
      };
    // "p1 it", "p3 those": the priority, said as a verb
    // ("p2 the knives", "and the jesses p3", "the signal box one p1": a task named, its priority)
    const asVerb =
      /^p([1-4])\s+(?:(?:for|on)\s+)?(it|that|this|them|those|these|both|that one|this one|(?:the|my|task\s*#?\d)\b.*?)(?:\s+(?:please|pls|then|too))*$/i.exec(
        s,
      ) ??
      /^(?:(?:and|also|plus|then)\s+)?((?:the|my)\s+.+?|task\s*#?\d+)\s*[:,-]?\s+p([1-4])(?:\s+(?:please|pls|then|too))*$/i
        .exec(s)
        ?.slice(0, 3)
        .map((_, i, m) => (i === 1 ? m[2]! : i === 2 ? m[1]! : m[0]!));
    if (asVerb) {
      const n = Number(asVerb[1]);
      return {
        type: 'prioritize',
        ref: parseRef(asVerb[2]!),
        priority: n === 4 ? null : (n as 1 | 2 | 3),
      };
    }
    const said = s
      // "make the skip one low priority, no rush": how little it matters, said again
      .replace(
        /\s*,\s*(?:no|not a|not in a)\s+(?:rush|hurry|biggie|stress)(?:\s+(?:really|at all|though))?$/i,
        '',
      )
      // ("mark it high priority so I don't forget": why)
      .replace(
        /[\s,]+(?:so(?:\s+that)?|because|cos|as|since)\s+(?:i|we|it|they|he|she|it's|i'm|we're)\b.*$/i,
        '',
      )
      .replace(/\s+(?:please|pls|now|instead|too|though|tho|actually|as well|for sure)$/i, '')
      // "the council one has become urgent": it is that now
      .replace(
        /\s+(?:has become|have become|became|has got|got|has gone|went|is now|are now|has turned)\s+(?=(?:very |super )?(?:urgent|important|high|low|medium|top|p[1-4]|critical|a priority)\b)/i,
        ' is ',
      )
      // ("…, it is for the safety": why)
      .replace(/\s*,\s*(?:it is|it's|this is|that is|that's)\s+(?:for|about|because)\b.*$/i, '')
      // "the buoyancy aids I want on highest priority", "the gas bill, I need it as urgent": the
      // task first, then how it should be
      .replace(
        new RegExp(
          String.raw`^(?!(?:it|that|this|i|we|what|which)\b)(.+?),?\s+(?:i|we)\s+(?:want|need|would like|'d like)\s+(?:it\s+|that\s+|them\s+)?(?:to\s+be\s+|on\s+|at\s+|as\s+|in\s+)?(?:a\s+|the\s+)?${LEVEL}$`,
          'i',
        ),
        (_, what: string, level: string) => `make ${what} ${level}`,
      )
      // "downgrade the gate latch to low", "bump the MOT up to high": that priority
      .replace(
        /^(?:downgrade|upgrade|demote|promote|raise|lower|drop|bump)\s+(.+?)\s+(?:(?:up|down)\s+)?to\s+((?:high|low|medium|normal|top)(?:\s+prio(?:rity)?)?|p[1-4]|urgent)$/i,
        (_, what: string, level: string) =>
          `make ${what} ${/prio|^p\d|urgent/i.test(level) ? level : `${level} priority`}`,
      );
    // "add recall Mrs Achterberg" … "she's high priority": the one the task is about
    const person = new RegExp(
      String.raw`^(?:he|she|they)(?:'s|’s|\s+is|'re|\s+are)\s+(?:(?:now|actually|really|definitely)\s+)?(?:a\s+)?${LEVEL}$`,
      'i',
    ).exec(said);
    if (person && dialogue.lastAction) {
      const level = priorityOf(person[1]!);
      if (level !== undefined)
        return { type: 'prioritize', ref: { kind: 'focus' }, priority: level };
    }
    // "make priority high for task 2", "set the priority to low on the gym one"
    // ("for the report put the priority medium", "put the priority medium": the task said
    // first, or the one just talked about)
    const levelFirst = new RegExp(
      String.raw`^(?:(?:and|also|then)\s+)?(?:(?:for|on)\s+(.+?),?\s+)?(?:set|change|make|put|give|bump|raise|lower|drop|move|switch)\s+(?:it\s+|that\s+)?(?:the\s+|its\s+|a\s+)?priority\s+(?:up\s+|down\s+)?(?:to\s+|as\s+|at\s+|of\s+)?(${LEVEL.slice(1, -1)}|high|top|medium|normal|low|maximum|max|highest|minimum|lowest|[1-4])(?:\s+(?:for|on|of)\s+(.+))?$`,
      'i',
    ).exec(said);
    const set: (string | undefined)[] | null = levelFirst
      ? levelFirst[1] && levelFirst[3]
        ? null
        : [levelFirst[0], levelFirst[1] ?? levelFirst[3] ?? 'it', levelFirst[2]]
      : (new RegExp(
          String.raw`^(?:make|mark|set|flag|put|give|bump|raise|lower|drop|move|change)\s+(.+?)\s+(?:up\s+|down\s+)?(?:as\s+|to\s+|at\s+)?(?:a\s+)?${LEVEL}$`,
          'i',
        ).exec(said) ??
        new RegExp(
          String.raw`^(?:set|change|make|put)\s+(?:the\s+)?priority\s+(?:of|on|for)\s+(.+?)\s+(?:to|as|at)\s+${LEVEL.replace('(p[1-4]', '(p[1-4]|1|2|3|none|high|top|medium|normal|low')}$`,
          'i',
        ).exec(said) ??
        new RegExp(
          String.raw`^(?!(?:add|create|new|remind me)\b)(.+?)(?:\s+(?:is|are|should be|needs to be)|(?<!\b(?:it|that|this|there|he|she|what|who))'s|'re)\s+(?:(?:now|actually|really|definitely|properly|kind of|quite)\s+)*(?:a\s+|the\s+)?${LEVEL}(?:\s+(?:this week|today|now|for now))?$`,
          'i',
        ).exec(said) ??
        // "bump it to high", "drop the gym one down to low"
        /^(?:bump|raise|lower|drop|move|change|set|put|knock)\s+(.+?)\s+(?:up\s+|down\s+)?to\s+(high|top|medium|normal|low)$/i.exec(
          said,
        ) ??
        // "give it medium", "mark those low", "make the signal box one low": the task talked
        // about or named, the level said alone
        /^(?:give|make|mark|set|put)\s+((?:it|that|this)(?:\s+one)?|them|those|both|the\s+.+?\s+ones?|task\s*#?\d+)\s+(?:as\s+)?(high|top|medium|normal|low)$/i.exec(
          said,
        ));
    // "the solicitor one doesn't need a priority anymore": none
    const noNeed =
      /^(.+?)\s+(?:doesn't|does not|don't|do not|no longer|shouldn't|should not|mustn't)\s+(?:need|needs|have|has|want|wants)\s+(?:a\s+|any\s+|the\s+)?(?:prio(?:rity)?|urgent flag|flag)(?:\s+(?:any\s*more|now|either|at all))?$/i.exec(
        said,
      );
    if (noNeed)
      return {
        type: 'prioritize',
        ref: parseRef(noNeed[1]!),
        priority: null,
      };
    // "the spring couplets also make high priority", "BNO passport one set medium priority":
    // the task first, then its level
    const taskFirst =
      /^(?!(?:it|that|this|they|which|what)\b)((?:the\s+|my\s+)?[^,]+?)\s*,?\s+(?:also\s+|too\s+)?(?:make|set|mark|put)\s+(?:as\s+|to\s+)*(?:a\s+)?(high|top|medium|normal|low)\s+prio(?:rity)?(?:\s+(?:too|also|as well))?$/i.exec(
        said,
      );
    if (
      taskFirst &&
      !/^(?:add|create|new|remind)\b|\b(?:so|because|cos|since)$/i.test(taskFirst[1]!)
    )
      return {
        type: 'prioritize',
        ref: parseRef(taskFirst[1]!),
        priority: /^(?:high|top)$/i.test(taskFirst[2]!) ? 1 : /^low$/i.test(taskFirst[2]!) ? 3 : 2,
      };
    // "ok bump it up", "can you lower it?": one level up or down for the task talked about
    const bare =
      /^(?:(?:ok|okay|so|then|and|right|honestly|actually)[,\s]+)*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:(bump|knock|move)\s+(?:it|that|this)\s+(up|down)|(raise|lower|downgrade|upgrade)\s+(?:it|that|this))(?:\s+(?:a\s+(?:bit|notch|level)|one|a\s+step))?(?:\s+(?:please|pls|then|too))?$/i.exec(
        said,
      );
    if (bare)
      return {
        type: 'prioritize',
        ref: { kind: 'focus' },
        priority: null,
        step: /^(?:down|lower|downgrade)$/i.test((bare[2] ?? bare[3])!) ? 1 : -1,
      };
    // "put it one higher", "make it a notch lower", "raise it one level", "set it one up in
    // priority": a level up or down
    const notch =
      /^(?:(?:ok|okay|so|then|and|right|actually)[,\s]+)*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:put|make|set|bump|take|raise|lower)\s+(?:it|that|this)\s+(?:(?:one|a\s+(?:bit|notch|level|step))\s+)?(?:(higher|lower)|(up|down)(?=\s+(?:one|a\s+(?:notch|level|step)|one\s+level|in\s+priority|priority)\b))(?:\s+(?:one|a\s+(?:notch|level|step)|one\s+level))?(?:\s+(?:in\s+)?prio(?:rity)?)?(?:\s+(?:please|pls|then|too))?$/i.exec(
        said,
      );
    if (notch)
      return {
        type: 'prioritize',
        ref: { kind: 'focus' },
        priority: null,
        step: /^(?:down|lower)$/i.test((notch[1] ?? notch[2])!) ? 1 : -1,
      };
    // "lower the priority on the ferry booking", "bump up the priority of task 2": a level
    const step =
      /^(lower|reduce|drop|decrease|downgrade|raise|increase|up|bump up|upgrade)\s+(?:the\s+)?prio(?:rity)?\s+(?:on|of|for)\s+(.+)$|^(lower|raise|increase|downgrade|upgrade)\s+(.+?)(?:'s)?\s+prio(?:rity)?$/i.exec(
        said,
      );
    // ("lower it to low priority": the level is said, read below)
    if (step && !/\s(?:to|as|at)\s/i.test((step[2] ?? step[4])!)) {
      const down = /^(?:lower|reduce|drop|decrease|downgrade)$/i.test(step[1] ?? step[3]!);
      const what = (step[2] ?? step[4])!;
      return {
        type: 'prioritize',
        ref: parseRef(what),
        priority: null,
        step: down ? 1 : -1,
      };
    }
    // "which tasks are low priority?" … "raise the podcast one", "bump the fete stage up": a level,
    // once priorities are what is talked about (or the task is named as "the … one")
    const raise =
      /^(raise|lower|upgrade|downgrade|promote|demote|bump|knock)\s+(?!(?:it|that|this)\b)(.+?)(?:\s+(up|down))?(?:\s+(?:a\s+(?:bit|notch|level)|one\s+level|a\s+step))?$/i.exec(
        said,
      );
    if (
      raise &&
      (dialogue.agenda?.priority !== undefined ||
        dialogue.askedAbout === 'priority' ||
        /^the\s+.+\s+one$/i.test(raise[2]!)) &&
      (raise[3] !== undefined || !/^(?:bump|knock)$/i.test(raise[1]!))
    )
      return {
        type: 'prioritize',
        ref: parseRef(raise[2]!),
        priority: null,
        step: /^(?:lower|downgrade|demote)$|down/i.test(raise[3] ?? raise[1]!) ? 1 : -1,
      };
    // "the van can be low", "bins could be medium": that priority, allowed
    const canBe =
      /^(?!(?:it|that|this|there|which|what|who)\b)(.+?)\s+(?:can|could|may|might as well)\s+be\s+(high|top|medium|normal|low)(?:\s+prio(?:rity)?)?$/i.exec(
        said,
      );
    if (canBe)
      return {
        type: 'prioritize',
        ref: parseRef(canBe[1]!),
        priority: /^(?:high|top)$/i.test(canBe[2]!) ? 1 : /^low$/i.test(canBe[2]!) ? 3 : 2,
      };
    // "put the highest priority please" (on the task just talked about)
    const top =
      /^(?:put|give|set|make)\s+(?:it\s+)?(?:the\s+|a\s+)?(highest|top|max(?:imum)?|lowest|bottom|high|medium|low)\s+priority(?:\s+on\s+(?:it|that))?$/i.exec(
        said,
      );
    if (top && (dialogue.lastAction || dialogue.lastAsked))
      return {
        type: 'prioritize',
        ref: { kind: 'focus' },
        priority: /^(?:highest|top|max|maximum|high)$/i.test(top[1]!)
          ? 1
          : /medium/i.test(top[1]!)
            ? 2
            : 3,
      };
    // "first one change to low priority", "make the second one medium" (after a list)
    const placed =
      /^(?:make\s+)?(.+?)\s+(?:(?:change|set|switch|make|put)\s+(?:it\s+)?(?:to|as)\s+)?(high|top|medium|normal|low)(?:\s+prio(?:rity)?)?$/i.exec(
        said,
      );
    const placedRef = placed && parseRef(placed[1]!);
    if (
      placed &&
      placedRef &&
      ['positions', 'ids', 'neighbour'].includes(placedRef.kind) &&
      (/^make\s/i.test(said) || /\s(?:change|set|switch|make|put)\s/i.test(said))
    )
      return { type: 'prioritize', ref: placedRef, priority: priorityOf(placed[2]!)! };
    // "clean oven isn't urgent any more": no priority now
    const notNow =
      /^(.+?)\s+(?:isn't|is not|is no longer|aren't|are not|are no longer)\s+(?:that\s+|very\s+|so\s+)?(?:urgent|important|a priority)(?:\s+(?:any\s*more|after all|now|at all))*$/i.exec(
        said,
      );
    if (notNow && !/^(?:it|that|this|they)$/i.test(notNow[1]!))
      return { type: 'prioritize', ref: parseRef(notNow[1]!), priority: null };
    // ("doctor visit not urgent now": said short; a new task, that calm, when none is called so)
    const notNowShort =
      /^(?!(?:it|that|this|they|i|we|you|add|remind|new|put|mark|make|set|flag|change|label|tag|give|keep|leave)\b)((?:[\p{L}\p{N}'-]+\s+){0,4}[\p{L}\p{N}'-]+?)(?<!\s(?:as|is|are|was))\s+not\s+(?:urgent|important|a priority)(?:\s+(?:any\s*more|after all|now))*$/iu.exec(
        said,
      );
    if (notNowShort)
      return {
        type: 'prioritize',
        ref: parseRef(notNowShort[1]!),
        priority: null,
        fallback: { type: 'add', title: notNowShort[1]!, quick: true },
      };
    // "the rent of the flat, the priority is not important, remove it": no priority
    const priorityIs =
      /^(.+?)\s*,\s*(?:the\s+|its\s+)?priority\s+(?:is\s+)?(?:not important|not needed|unnecessary|not necessary|no matter)(?:\s*,?\s*(?:so\s+)?(?:please\s+)?(?:remove|clear|delete|drop|take off)\s+(?:it|that))?$/i.exec(
        said,
      );
    if (priorityIs) return { type: 'prioritize', ref: parseRef(priorityIs[1]!), priority: null };
    // "sorting Dad's paperwork doesn't need a priority, clear it"
    const needsNone =
      /^(.+?)\s+(?:doesn't|does not|don't|do not|no longer)\s+(?:need|needs|have|has|want)\s+(?:a\s+|any\s+)?(?:priority|prio|urgency)(?:\s*[,;.]?\s*(?:so\s+)?(?:please\s+)?(?:clear|remove|drop|take off|get rid of|lose)\s+(?:it|that|the priority)(?:\s+(?:off|please))?)?$/i.exec(
        said,
      );
    if (needsNone && !/^(?:it|that|this|they)$/i.test(needsNone[1]!))
      return { type: 'prioritize', ref: parseRef(needsNone[1]!), priority: null };
    if (set) {
      const word = set[2]!;
      const p = /^[123]$/.test(word)
        ? (Number(word) as 1 | 2 | 3)
        : word === 'none' || word === '4'
          ? null
          : priorityOf(word);
      if (p === undefined) return undefined;
      // ("put the maximum priority": on the task talked about)
      if (/^(?:the|a|an)$/i.test(set[1]!.trim()))
        return { type: 'prioritize', ref: { kind: 'focus' }, priority: p };
      const ref = parseRef(set[1]!);
      if (ref.kind === 'words' && /^(?:it|that|this|the priority)$/i.test(set[1]!))
        return undefined;
      // ("make it today and high priority": "it", then more details, not a task's words)
      if (ref.kind === 'words' && /^(?:it|that|this)\s+\S/i.test(set[1]!)) return undefined;
      return { type: 'prioritize', ref, priority: p };
    }
    // "this one's urgent now — the tender documents", "it's urgent now, the grant report": the
    // level, then the task it is about
    const named = new RegExp(
      String.raw`^(?:this one|that one|this|that|it)(?:'s|\s+is)\s+(?:now\s+)?${LEVEL}(?:\s+now)?\s*(?:—|–|-|,|:)\s*(.+)$`,
      'i',
    ).exec(said);
    if (
      named &&
      !/^(?:i|we|so|and|but|make|set|please|put|give|mark|bump|raise|it|that)\b/i.test(named[2]!)
    ) {
      const p = priorityOf(named[1]!);
      if (p !== undefined) return { type: 'prioritize', ref: parseRef(named[2]!), priority: p };
    }
    // "p1 for the dentist", "urgent: the rent one"
    const first =
      new RegExp(String.raw`^${LEVEL}\s*(?:for|on|:)\s+(.+)$`, 'i').exec(said) ??
      // "p1 the memory leak one", "p2 task 4": the level, then a task named as one
      new RegExp(
        String.raw`^${LEVEL}\s+((?:the\s+.+?\s+(?:one|task|item|job)|task\s*#?\d+|#\d+|(?:the\s+)?(?:first|second|third|last)\s+(?:one|task|item)))$`,
        'i',
      ).exec(said);
    // ("urgent: need to call the insurer today": a new task, urgent, not one on the list)
    if (first && !/^(?:(?:i|we)\s+)?(?:need|have|must|got|gotta)\s+(?:to\s+)?\S/i.test(first[2]!)) {
      const p = priorityOf(first[1]!);
      // (a deed said after a colon is a new task when none is called so)
      const verb = first[2]!.trim().split(/\s+/)[0]!.toLowerCase();
      // ("low priority: reorganise the garage": any word a deed starts with, not "the …")
      const deed =
        /:/.test(said) &&
        /\s/.test(first[2]!.trim()) &&
        (TASK_VERBS.has(verb) ||
          /^re-?[a-z]+$/.test(verb) ||
          !/^(?:the|my|a|an|it|that|this|those|them|task|item|number|#?\d+|all|both|every\w*)$/i.test(
            verb,
          ));
      if (p !== undefined)
        return {
          type: 'prioritize',
          ref: parseRef(first[2]!),
          priority: p,
          ...(deed
            ? {
                // (the level said plainly: "not urgent" would read as "urgent" in a title)
                fallback: {
                  type: 'add' as const,
                  title: `${first[2]!} ${p === null ? '' : `p${p}`}`.trim(),
                },
              }
            : {}),
        };
    }
    // "remove the urgent flag from it", "it's not urgent any more", "clear the priority on task 3"
    const clear =
      /^(?:remove|clear|drop|take off|take away|unset|reset)\s+(?:the\s+)?(?:urgent|priority|high priority|importance|p[1-3])(?:\s+(?:flag|mark|marker|level|setting))?\s+(?:from|on|off|of|for)\s+(.+)$/i.exec(
        said,
      ) ??
      /^(.+?)\s+(?:is|'s)\s+(?:no longer|not)\s+(?:urgent|important|a priority)(?:\s+any\s*more)?$/i.exec(
        said,
      );
    if (clear) return { type: 'prioritize', ref: parseRef(clear[1]!), priority: null };
    return undefined;
  },
};
