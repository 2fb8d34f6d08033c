// The filter of a "what's due…?" question in words ("due today", "overdue", "tagged work",
// "urgent stuff for this week"), read by the agenda rule and by references to a group of tasks
// ("move everything due today to tomorrow").
import type { AgendaFilter } from './types.ts';
import { looksLikeWhen, priorityOf } from './time-words.ts';

/** Words of a day, a week or lateness: the "when" of the filter. */
function readDue(r: string, whole: string): AgendaFilter | undefined {
  if (
    /^(?:(?:is|are)\s+)?(?:overdue|late|past due|behind|missed)\b|\b(?:overdue|past due|behind on|let slip|slipped|fallen behind|missed|forgotten|forgot|past (?:its|their|the|my) (?:\w+\s+)?dates?|let (?:\w+\s+)?slide|slid)\b/i.test(
      r,
    )
  )
    // ("what've I got today, and anything I've let slide?": today's view has both)
    return /\b(?:today|tonight)\b/i.test(whole) && !/\b(?:before|until|till)\s+today\b/i.test(whole)
      ? { due: 'today' }
      : { due: 'overdue' };
  const d = r
    .replace(/^(?:(?:is|are)\s+)?(?:(?:due|happening|on|for|coming up)\s+)*/i, '')
    // ("the next week or so": about that long)
    .replace(/\s*(?:,\s*)?(?:or so|or thereabouts|give or take|roughly|-?ish)$/i, '')
    .trim();
  if (
    /^(?:today|tonight|this (?:morning|afternoon|evening))$/i.test(d) ||
    (d === '' && /\bdue\b/i.test(r) && /today/i.test(whole))
  )
    return { due: 'today' };
  if (
    /^(?:(?:this|the)\s+week|this coming week|(?:in\s+|over\s+)?the (?:next|coming) (?:few|7|seven) days|(?:in\s+|over\s+)?the (?:next|coming) week|(?:the\s+)?week ahead|the rest of the week|soon|coming up|up ?coming|next (?:few|7|seven) days|in the next (?:few|7|seven) days)$/i.test(
      d,
    ) ||
    (d === '' && /coming up|upcoming/i.test(whole))
  )
    return { due: 'upcoming' };
  // "in the next 3 days", "within the next two weeks", "over the next fortnight": that span
  const span =
    /^(?:in|within|over|during|for)?\s*(?:the\s+)?(?:next|coming)\s+(\d{1,2}|two|three|four|five|six|eight|nine|ten|couple of|fortnight)\s*(days?|weeks?)?$|^within\s+(\d{1,2}|two|three|four|five|six)\s+(days?|weeks?)$/i.exec(
      d,
    );
  if (span) {
    const said = (span[1] ?? span[3])!.toLowerCase();
    const unit = (span[2] ?? span[4] ?? 'days').toLowerCase();
    const words: Record<string, number> = {
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      eight: 8,
      nine: 9,
      ten: 10,
      'couple of': 2,
      fortnight: 14,
    };
    const n = /\d/.test(said) ? Number(said) : words[said]!;
    const days = said === 'fortnight' ? 14 : /^week/.test(unit) ? n * 7 : n;
    return days === 7 ? { due: 'upcoming' } : { within: days };
  }
  // "tomorrow afternoon", "on Friday morning", "Saturday evening": that day, that part of it
  const part = /^(.+?)\s+(?:in\s+the\s+)?(morning|afternoon|evening|night)$/i.exec(d);
  const onDay = part && !/\b(?:this|next|every|each)\b/i.test(part[1]!) && readDue(part[1]!, whole);
  if (onDay && onDay.on)
    return {
      on: onDay.on,
      part: /^(?:evening|night)$/i.test(part[2]!)
        ? 'evening'
        : (part[2]!.toLowerCase() as 'morning' | 'afternoon'),
    };
  // (not "what a day": a span of time is no day; "the first thing on my list" is a place on it)
  if (/^(?:the\s+)?(?:first|last|next|top)\s+(?:thing|one|item|task)s?\b/i.test(d))
    return undefined;
  // "Saturday and Sunday", "today or tomorrow": either day
  const both = /^(.+?)\s+(?:and|&|or|plus)\s+(?:on\s+)?(.+)$/i.exec(d);
  if (both && looksLikeWhen(both[1]!) && looksLikeWhen(both[2]!) && !/\b(?:every|each)\b/i.test(d))
    return { on: d };
  if (
    d &&
    looksLikeWhen(d) &&
    !/\b(?:every|each)\b/i.test(d) &&
    !/^(?:a|an|one|\d+)\s+(?:day|week|month|year|hour|minute)s?$/i.test(d)
  )
    return { on: d };
  return undefined;
}

/** "urgent", "high priority stuff", "p1 tasks": a priority. */
function readPriority(r: string): AgendaFilter | undefined {
  const p = priorityOf(
    r
      // "my p1s"
      .replace(/^(?:all\s+)?(?:my|the|our)\s+/i, '')
      .replace(/^(p[1-4])s$/i, '$1')
      .replace(/^(?:(?:is|are)\s+)?(?:(?:the\s+)?most\s+(?=urgent|important))?/i, '')
      .replace(/\s+(?:tasks?|ones?|items?|stuff|things?|jobs?|bits|to-?dos?)$/i, '')
      .replace(/^(?:marked|flagged|set)\s+(?:as\s+)?(high|low|medium|top)$/i, '$1 priority')
      .replace(/^(?:marked|flagged|set)\s+(?:as\s+)?/i, '')
      // "my highest priority right now": the top one
      .replace(/^(?:the\s+)?(?:highest|biggest|greatest)\s+(?=prio)/i, 'top ')
      .replace(/\s+(?:right now|now|at the moment|atm)$/i, ''),
  );
  return p ? { priority: p } : undefined;
}

/** A part of the question without the words that join it to the rest ("and", "that's"). */
const part = (x: string) =>
  x
    .replace(/^(?:(?:and|&|but|also|that|which|thats|that's|which's|who|are|is|'s|ones?)\s+)+/i, '')
    .replace(/(?:\s+(?:and|&|but|that|which|ones?))+$/i, '')
    .trim();

/** The filter in the words after "what's …", or nothing when they aren't one. */
export function readAgenda(rest: string, whole: string): AgendaFilter | undefined {
  const r = rest
    .replace(
      /^(?:(?:all\s+)?(?:my|our)\s+)(?=\S+\s+(?:stuff|tasks|things|items|jobs|ones|bits)\b)/i,
      '',
    )
    .replace(/^(?:tasks?|things?|stuff|jobs?|items?)\s+/i, '')
    // ("have label 'uni'?": the label, quoted)
    .replace(/["“‘'`]([\p{L}\p{N}_-]+)["”’'`]/gu, '$1')
    .replace(/\s*[?!.]+$/, '')
    .trim();
  // "which tasks don't have a due date?", "anything without a date?"
  if (
    /\b(?:no|without(?: a)?|(?:don't|doesn't|do not|does not) have (?:a|any)|(?:haven't|hasn't) got (?:a|any)|has no|have no)\s+(?:due\s+)?(?:date|deadline)s?\b/i.test(
      r,
    )
  )
    return { due: 'none' };
  // "which tasks don't have a priority?", "anything without a label?"
  const lacking =
    /\b(?:no|without(?: a| any)?|(?:don't|doesn't|do not|does not) have (?:a|any)|(?:haven't|hasn't) got (?:a|any)|has no|have no|not got (?:a|any))\s+(?:(priority|prio)|labels?|tags?|(times?|set times?|time of day))\b/i.exec(
      r,
    );
  if (lacking) return { without: lacking[1] ? 'priority' : lacking[2] ? 'time' : 'labels' };
  // "which tasks have a priority?", "anything with a label on it?"
  const having =
    /^(?:(?:have|has|got|carry|carrying|with)\s+)?(?:a|any|some)\s+(?:(priority|prio)|labels?|tags?|(times?|set times?|time of day))(?:\s+(?:set|on\s+(?:it|them)|at\s+all|to\s+(?:it|them)))?$/i.exec(
      r,
    );
  if (having) return { has: having[1] ? 'priority' : having[2] ? 'time' : 'labels' };
  // "which of my tasks repeat?"
  if (
    /^(?:of my tasks\s+|of them\s+)?(?:repeat|recur|are repeating|are recurring|repeating|recurring|(?:are\s+|is\s+)?(?:on\s+(?:a\s+)?(?:repeat|loop|rotation|cycle)|a\s+repeat)$)\b/i.test(
      r,
    ) ||
    /\b(?:repeating|recurring)\s+(?:tasks|ones)\b/i.test(r) ||
    // "which of my jobs come round regularly?", "which have a recurrence rule?"
    /\b(?:comes?|coming)\s+(?:round|around|up)\s+(?:regularly|again\s+and\s+again|every\s+so\s+often)\b|\b(?:happen|happens|are\s+done|is\s+done)\s+regularly\b|\b(?:have|has|with)\s+(?:a\s+|any\s+)?(?:recurrence|repeat|repetition)(?:\s+(?:rule|pattern|setting|schedule)s?)?\b|^(?:a\s+|any\s+)?(?:recurrence|repeat|repetition)\s+(?:rule|pattern|setting|schedule)s?$/i.test(
      r,
    ) ||
    // "what's on a repeating schedule?", "anything on a regular basis?"
    /^(?:on\s+)?(?:a\s+)?(?:repeating|recurring|regular|repeat)\s+(?:schedule|basis|cycle|rota)$/i.test(
      r,
    )
  )
    return { repeating: true };
  // A label: "tagged work", "with the #home label", "under #kids"
  const label =
    // "maintenance-tagged tasks"
    /^#?([\p{L}\p{N}_]+)-(?:tagged|labell?ed)\b/iu.exec(r) ??
    // "(which have) the music label", "(have) the label amt"
    /^(?:the\s+|a\s+)?#?([\p{L}\p{N}_-]+)\s+(?:label|tag)$/iu.exec(r) ??
    /^(?:the\s+|a\s+)?(?:label|tag)\s+#?([\p{L}\p{N}_-]+)$/iu.exec(r) ??
    /\b(?:tagged|labell?ed|marked|under|in|with|have|has|having|carry|carrying|got)\s+(?:the\s+|a\s+)?(?:(?:tag|label)\s+)?#?([\p{L}\p{N}_-]+)(?:\s+(?:tag|label))?$/iu.exec(
      r,
    ) ??
    /(?:^|\s)#([\p{L}\p{N}_-]+)/u.exec(r) ??
    // "tagged compliance coming up": the label, then when
    /\b(?:tagged|labell?ed)\s+(?:with\s+)?(?:the\s+|a\s+)?(?:(?:tag|label)\s+)?#?([\p{L}\p{N}_-]+)(?:\s+(?:tag|label))?(?=\s+\S)/iu.exec(
      r,
    );
  if (
    label &&
    /\p{L}/u.test(label[1]!) &&
    !/^(?:label|labels|tag|tags|a|an|the)$/i.test(label[1]!) &&
    /#|tag|label|^(?:is\s+|are\s+)?under\s/i.test(r)
  ) {
    // "what #wedding stuff have I got in the next 7 days?", "my #business tasks that are high
    // priority": when, or how important, said beside the label
    const beside = r
      .replace(label[0], ' ')
      .replace(
        /^\s*(?:stuff|tasks?|things?|items?|jobs?|ones?)?\s*(?:(?:that|which)\s+(?:are|is)|(?:have|has)\s+(?:i|we)\s+got|do\s+(?:i|we)\s+have|(?:i|we)\s+(?:have|'ve got|got))?\s*/i,
        '',
      )
      .trim();
    const more = part(beside)
      ? (readDue(part(beside), whole) ?? readPriority(part(beside)))
      : undefined;
    return { ...more, label: label[1]!.toLowerCase() };
  }
  // "overdue ops stuff", "urgent work tasks": a day or priority, and a label named as a kind
  const kind =
    /^(.+?)\s+#?([\p{L}][\p{L}\p{N}_-]*)\s+(?:stuff|tasks|things|items|jobs|ones|bits)$/iu.exec(r);
  const of = kind && (readDue(kind[1]!, whole) ?? readPriority(kind[1]!));
  if (kind && of && !NOT_LABELS.test(kind[2]!))
    return { ...of, label: kind[2]!.toLowerCase(), listNamed: true };
  // "work stuff due today", "home tasks that are overdue": a label named as a kind, then the filter
  const kindFirst =
    /^#?([\p{L}][\p{L}\p{N}_-]*)\s+(?:stuff|tasks|things|items|jobs|ones|bits)\s+(?:that's\s+|thats\s+|that\s+|which\s+)?(?:is\s+|are\s+)?(.+)$/iu.exec(
      r,
    );
  const ofKind = kindFirst && (readDue(kindFirst[2]!, whole) ?? readPriority(kindFirst[2]!));
  if (kindFirst && ofKind && !NOT_LABELS.test(kindFirst[1]!) && !readAgenda(kindFirst[1]!, whole))
    return { ...ofKind, label: kindFirst[1]!.toLowerCase(), listNamed: true };
  // "overdue for work", "anything urgent for home": a filter, for a label (if there is one)
  const forLabel = /^(.+?)\s+for\s+#?([\p{L}][\p{L}\p{N}_-]*)$/iu.exec(r);
  const forWhat = forLabel && (readDue(forLabel[1]!, whole) ?? readPriority(forLabel[1]!));
  if (forLabel && forWhat && !NOT_LABELS.test(forLabel[2]!) && !readDue(forLabel[2]!, whole))
    return { ...forWhat, label: forLabel[2]!.toLowerCase(), listNamed: true };
  // "high priority stuff for today", "urgent ones due this week": a priority, then when
  const words = r.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const p = readPriority(part(words.slice(0, i).join(' ')));
    const d = p && readDue(part(words.slice(i).join(' ')), whole);
    if (p && d) return { ...p, ...d };
  }
  const whole1 = readDue(r, whole) ?? readPriority(r);
  if (whole1) return whole1;
  // "due tomorrow are high priority", "urgent and due this week": when, and how important
  const both = /^(.+?)\s+(?:are|is|and|that are|which are|and are)\s+(.+)$/i.exec(r);
  if (both) {
    const when = readDue(both[1]!, whole) ?? readDue(both[2]!, whole);
    const how = readPriority(both[1]!) ?? readPriority(both[2]!);
    if (when && how) return { ...when, ...how };
  }
  // "most urgent in the garden", "urgent for the allotment": how important, for a label
  const inLabel =
    /^(?:the\s+)?(?:most\s+)?(.+?)\s+(?:in|for|at|around|on|from)\s+(?:the|my)\s+#?([\p{L}][\p{L}\p{N}_-]*)(?:\s+list)?$/iu.exec(
      r,
    );
  const inWhat = inLabel && (readPriority(inLabel[1]!) ?? readDue(inLabel[1]!, whole));
  if (
    inLabel &&
    inWhat &&
    !NOT_LABELS.test(inLabel[2]!) &&
    !/^(?:list|plate|agenda|week|month|morning|evening|afternoon)$/i.test(inLabel[2]!)
  )
    return { ...inWhat, label: inLabel[2]!.toLowerCase(), listNamed: true };
  return undefined;
}

/** Words before "tasks" that say which, not a label ("my open tasks", "all my tasks"). */
export const NOT_LABELS =
  /^(?:open|pending|done|completed|finished|remaining|outstanding|other|old|new|current|todo|to-?do|all|my|the|these|those|main|own|whole|left|due|late|priority|prio|urgent|important|week|today|tomorrow|month|day|time|as|with|under|on|in|by)$/i;
