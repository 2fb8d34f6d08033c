// After the rules have read each sentence: settle what the message as a whole asks for.
import { tidyTitle } from './normalize.ts';
import { TASK_VERBS } from './vocabulary.ts';
import { cleanAbout } from './rules/compound.ts';
import { type Intent, type TaskRef, WRITES } from './types.ts';

/** What the rules found in one sentence. */
export interface Reading {
  sentence: string;
  intents: Intent[];
  specificity: number;
  question: boolean;
}

export type Refiner = (readings: Reading[]) => Reading[];

const CATCH_ALL = 20;
const hasRef = (i: Intent): i is Intent & { ref: TaskRef } => 'ref' in i && i.ref !== undefined;

/** A question never changes anything: "did I finish the taxes?" asks, it doesn't tick. */
export const questionsOnlyRead: Refiner = (readings) =>
  readings.map((r) =>
    r.question
      ? {
          ...r,
          intents: r.intents.flatMap((i): Intent[] =>
            !WRITES.has(i.type)
              ? [i]
              : hasRef(i) && i.type !== 'again'
                ? [{ type: 'status', ref: i.ref }]
                : [],
          ),
        }
      : r,
  );

/** Hello and thanks around a request are manners, not requests. */
export const mannersYield: Refiner = (readings) => {
  const manners = new Set<Intent['type']>(['greeting', 'thanks', 'help', 'dismiss']);
  const asks = readings.some((r) => r.intents.some((i) => !manners.has(i.type)));
  return asks
    ? readings.map((r) => ({ ...r, intents: r.intents.filter((i) => !manners.has(i.type)) }))
    : readings;
};

/**
 * A report ("I've decided I won't bother with the shed") yields to an explicit request in the same
 * message ("take that off my list"): it becomes what "that" is about.
 */
export const reportsYieldToRequests: Refiner = (readings) => {
  const explicit = readings.filter((r) => r.specificity > CATCH_ALL && r.intents.length > 0);
  if (explicit.length === 0) return readings;
  // ("packed the swim bag. also can you add buy sunscreen": a request that needs no "that" leaves
  // a report of a thing done standing)
  const needsContext = explicit.some((r) =>
    r.intents.some((i) => hasRef(i) && i.ref.kind === 'focus' && !i.ref.context),
  );
  const done = (r: Reading) =>
    r.intents.length > 0 &&
    r.intents.every((i) => i.type === 'complete' && hasRef(i) && i.ref.kind === 'statement');
  return readings.map((r) =>
    r.specificity <= CATCH_ALL && (needsContext || !done(r)) ? { ...r, intents: [] } : r,
  );
};

/**
 * News that a thing is off ("the fair is cancelled") beside a change asked for in the same message
 * ("take the date off the risk assessment") is the reason for that change, not a removal.
 */
export const newsYieldsToChanges: Refiner = (readings) => {
  const CHANGES = new Set<Intent['type']>([
    'schedule',
    'details',
    'prioritize',
    'set-repeat',
    'tag',
    'update',
  ]);
  const changes = readings.some((r) => r.intents.some((i) => CHANGES.has(i.type)));
  return changes
    ? readings.map((r) => ({
        ...r,
        intents: r.intents.filter((i) => !(i.type === 'delete' && i.news)),
      }))
    : readings;
};

/** "I don't need the dry cleaning one. Delete it.": "it" is what the other sentences are about
 * (the topic; how much it counts beside a task just talked about is the resolver's call). */
export const pronounsFromContext: Refiner = (readings) => {
  const context = readings
    .filter((r) => r.intents.length === 0)
    .map((r) => cleanAbout(r.sentence))
    .filter(Boolean)
    .join(', ');
  if (!context) return readings;
  return readings.map((r) => ({
    ...r,
    intents: r.intents.map((i) =>
      hasRef(i) && i.type !== 'again' && i.ref.kind === 'focus' && !i.ref.context
        ? ({ ...i, ref: { kind: 'focus', topic: context } } as Intent)
        : i,
    ),
  }));
};

/**
 * The same request said twice in one message is done once: word for word, or again as "it"
 * ("no longer needed: collect the parcel. Delete please").
 */
export const sameOnce: Refiner = (readings) => {
  const seen = new Set<string>();
  let previous: Intent | undefined;
  return readings.map((r) => ({
    ...r,
    intents: r.intents.filter((i) => {
      const key = JSON.stringify(i);
      if (seen.has(key)) return false;
      // Right after the same request with the task named ("add milk and mark it done" is not this).
      const again =
        hasRef(i) &&
        i.ref.kind === 'focus' &&
        !i.ref.context &&
        previous?.type === i.type &&
        hasRef(previous) &&
        previous.ref.kind !== 'focus' &&
        // (not more of the same kind: "take the priority off it and get rid of its date")
        JSON.stringify({ ...i, ref: null }) === JSON.stringify({ ...previous, ref: null });
      if (again) return false;
      seen.add(key);
      previous = i;
      return true;
    }),
  }));
};

/**
 * "Please register these tasks. Go to bank. Buy present for wife.": a sentence that only asks to
 * add (no title yet) makes the sentences after it, each read as nothing else, its items.
 */
export const itemsAfterAddHeader: Refiner = (readings) => {
  const at = readings.findIndex(
    (r) => r.intents.length === 1 && r.intents[0]!.type === 'add-missing-title',
  );
  const rest = readings.slice(at + 1);
  // Items look like things to do ("Go to bank"), not more talk ("I don't know what yet").
  const item = (r: Reading) => {
    const words = r.sentence
      .replace(/[.!]+$/, '')
      .trim()
      .split(/\s+/);
    return (
      // (read as nothing else, or as a task said on its own: bare-task.ts)
      (r.intents.length === 0 ||
        (r.specificity < CATCH_ALL && r.intents.every((i) => i.type === 'add')) ||
        // ("Write to cousin Ruth.": a deed that adds itself)
        (r.intents.length === 1 &&
          r.intents[0]!.type === 'add' &&
          r.intents[0]!.title.toLowerCase() ===
            tidyTitle(r.sentence.replace(/[.!]+$/, '')).toLowerCase())) &&
      !r.question &&
      words.length <= 10 &&
      (TASK_VERBS.has(words[0]!.toLowerCase()) ||
        (words.length <= 4 &&
          !/^(?:i|we|you|it|that|this|he|she|they|ok|okay|hmm|um)$/i.test(words[0]!)))
    );
  };
  if (at < 0 || rest.length === 0 || !rest.every(item)) return readings;
  return [
    ...readings.slice(0, at),
    ...rest.map((r) => ({
      ...r,
      intents: [{ type: 'add', title: tidyTitle(r.sentence) } as Intent],
      specificity: CATCH_ALL,
    })),
  ];
};

/** "I should really clean out the fridge. Add it to my list?": the "add it" is that task, added. */
export const addItAfterTask: Refiner = (readings) => {
  const asksWhat = (r: Reading) =>
    r.intents.length === 1 && r.intents[0]!.type === 'add-missing-title';
  if (!readings.some(asksWhat) || !readings.some((r) => r.intents.some((i) => i.type === 'add')))
    return readings;
  return readings.map((r) => (asksWhat(r) ? { ...r, intents: [] } : r));
};

/**
 * "raise it to the top then", "please take it one day before", "rebook it for next week": a
 * request about the task talked about that no rule read is never a new task called "It to the
 * top" or "Take it" (nor "at 15:00 next week", a time on its own).
 */
export const noTaskCalledIt: Refiner = (readings) =>
  readings.map((r) => ({
    ...r,
    intents: r.intents.filter(
      (i) =>
        i.type !== 'add' ||
        !(
          /^(?:it|them|that)(?:\s|$)|^(?:put|make|set|mark|change|move|push)$/i.test(i.title) ||
          (r.specificity < 40 && /^\p{L}+\s+(?:it|them)(?:\s|$)|^(?:at|on|by)\s+\d/iu.test(i.title))
        ),
    ),
  }));

/** "take the admin tag off the newsletter and add #monthly": labels alone, after a change to a
 * task, are more labels for it, never a task called "#monthly". */
export const labelsGoOnTheTask: Refiner = (readings) => {
  let last: TaskRef | undefined;
  return readings.map((r) => ({
    ...r,
    intents: r.intents.map((i): Intent => {
      const labels =
        i.type === 'add' &&
        !i.description &&
        /^#[\p{L}\p{N}_-]+(?:(?:\s*,\s*|\s+and\s+|\s+)#[\p{L}\p{N}_-]+)*$/iu.test(i.title.trim())
          ? [...i.title.matchAll(/#([\p{L}\p{N}_-]+)/gu)].map((m) => m[1]!.toLowerCase())
          : undefined;
      if (labels && last) return { type: 'tag', ref: last, add: labels, remove: [] };
      if (hasRef(i) && WRITES.has(i.type)) last = i.ref;
      return i;
    }),
  }));
};

/** "list. open ones only.": the list asked for more narrowly a moment later is the one meant
 * ("what's done and what's not?" asks for two lists, neither the whole). */
export const narrowestList: Refiner = (readings) => {
  const lists = readings.flatMap((r) => r.intents.filter((i) => i.type === 'list'));
  const last = lists.at(-1);
  if (lists.length < 2 || !last || last.status === 'all') return readings;
  const whole = (i: Intent) => i.type === 'list' && i !== last && i.status === 'all' && !i.ofShown;
  return readings.map((r) => ({ ...r, intents: r.intents.filter((i) => !whole(i)) }));
};

/**
 * "wait, I still need the furnace one. put it back": "it" is the one just named, so the second
 * sentence is the same request, not an undo of everything the last change did.
 */
export const putBackNamedOnce: Refiner = (readings) =>
  readings.map((r, n) => {
    const before = readings[n - 1]?.intents.at(-1);
    if (
      n === 0 ||
      before?.type !== 'put-back' ||
      r.intents[0]?.type !== 'undo' ||
      !/^(?:\W*(?:and|so|please|pls|just|then)\s+)*(?:put|bring|get)\s+(?:it|that|that one|this one)\s+back\b/i.test(
        r.sentence,
      )
    )
      return r;
    return { ...r, intents: r.intents.slice(1) };
  });

export const REFINERS: readonly Refiner[] = [
  noTaskCalledIt,
  itemsAfterAddHeader,
  addItAfterTask,
  questionsOnlyRead,
  mannersYield,
  reportsYieldToRequests,
  newsYieldsToChanges,
  pronounsFromContext,
  labelsGoOnTheTask,
  narrowestList,
  putBackNamedOnce,
  sameOnce,
];
