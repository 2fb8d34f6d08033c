// The built-in assistant: no network, no model. It reads the message with the intent engine
// (intent/), finds the tasks meant, acts through the same tools a model would use, remembers the
// conversation (what it showed, what it asked, what it last did) and answers plainly.
import { firstOccurrence } from '../../time/repeat.ts';
import { type PlannedCall, readStoredReceipt } from '../../../shared/chat.ts';
import type { Task, TaskStatus } from '../../../shared/task.ts';
import type { ConversationState } from '../conversation-state.ts';
import type { Engine, ExecuteOutcome, TurnContext } from '../engine.ts';
import { describeOutcome } from '../receipt-text.ts';
import { aboutTask, describeFields } from '../when-words.ts';
import { countSaid, ORDINAL_DAYS, PART_HOURS, type QuickAdd } from '../../time/quick-add.ts';
import { addDays, addMonths, localDate } from '../../time/local-dates.ts';
import { ambiguousDate, orderSaid, readingChosen, withDateSpelled } from '../../time/date-order.ts';
import { PRIORITY_WORDS, sayDue, sayRepeat, weekdayOf } from '../../../shared/when-text.ts';
import {
  isQuestion,
  RUN_ON_REPORT,
  tidyDescription,
  tidyTitle,
  withinOneEdit,
} from './intent/normalize.ts';
import { labelName, onlyDetails } from './intent/time-words.ts';
import { parseMessage } from './intent/parse.ts';
import { parseRef } from './intent/references.ts';
import { dueAtSaid, dueInPart, readAttribute } from './intent/attribute-ref.ts';
import { add } from './intent/rules/add.ts';
import { shiftSaid } from './intent/rules/schedule.ts';
import { searchWords } from './intent/rules/recall.ts';
import { DONE_TO_A_TASK, deedOfNoun } from './intent/rules/statement.ts';
import {
  type AgendaFilter,
  type Intent,
  type IntentType,
  type TaskRef,
  WRITES,
} from './intent/types.ts';
import {
  DESCRIPTION_NOUNS,
  escapeRegExp,
  IRREGULAR_PAST,
  KEPT,
  KNOWN_WORDS,
  NUMBER_WORDS,
  TASK_VERBS,
} from './intent/vocabulary.ts';
import {
  keywords,
  matchTasks,
  namesTask,
  stem,
  taskAbout,
  tasksSharingWords,
  words,
} from './task-matcher.ts';

const q = (t: { title: string }) => `“${t.title}”`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const LIST_LIMIT = 50;

const HELP =
  "I can keep your task list for you, even offline. Try “Add a task to buy milk”, “What's pending?”, " +
  '“Mark task 2 as done”, “Rename task 1 to Call mom tonight”, “Delete the meeting task” or “undo”.';

type Resolved = { ok: true; tasks: Task[] } | { ok: false; reply: string; candidates?: Task[] };

/** Every word said is a word of the title, or one slip away from one ("by bread", "Buy bread"). */
function slipOf(said: string, title: string): boolean {
  const mine = words(title);
  const saidWords = words(said).filter(
    (w) => !/^(?:the|a|an|one|task|tasks|job|jobs|item|thing|bit|stuff|my|that|this)$/.test(w),
  );
  // (one word said as in the title at least: "the cat one" is not "Wash the car")
  return (
    saidWords.some((w) => w.length > 2 && mine.includes(w)) &&
    saidWords.every((w) => mine.some((t) => t === w || (w.length > 1 && withinOneEdit(w, t))))
  );
}

/** The word of an ordinal a reference said ("the second sea trial"), by its number. */
const ORDINAL_OF: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', [-1]: 'last' };

/**
 * "green not blue": the old words swapped for the new ones, wherever they are. Words the new text
 * repeats from just before the old ones aren't doubled ("the bio final, not the midterm" in
 * "Revise for the bio midterm" gives "Revise for the bio final").
 */
/** The tasks that the most of these words fit (at least one), for a "which one?". */
function partlyMatching(text: string, tasks: Task[], quoted = false): Task[] {
  // ("'buy paint'" in quotes is a title: sharing only "buy" with "Buy brushes" is no match)
  const said = keywords(text).filter((w) => !quoted || !TASK_VERBS.has(w));
  if (quoted && said.length < keywords(text).length && said.length < 2) return [];
  if (said.length < 2) return [];
  const score = new Map<Task, number>();
  for (const word of said)
    for (const t of matchTasks(word, tasks).candidates) score.set(t, (score.get(t) ?? 0) + 1);
  const best = Math.max(0, ...score.values());
  return best === 0
    ? []
    : [...score]
        .filter(([, n]) => n === best)
        .map(([t]) => t)
        .sort((a, b) => a.id - b.id);
}

/** Whether a title has these words (each as written or one letter off). */
function titleHas(title: string, words: string): boolean {
  const own = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  return words
    .toLowerCase()
    .replace(/^(?:the|a|an|my)\s+/, '')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .every((w) => own.some((o) => o === w || (w.length >= 4 && withinOneEdit(o, w))));
}

/** Some word of these (not a small one) is in the title, or a slip away from one of its. */
function sharesWord(title: string, words: string): boolean {
  return words
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w && !/^(?:the|a|an|my|one|it|that|this|of|for|to|in|on)$/i.test(w))
    .some((w) => titleHas(title, w));
}

/** "swap plumber for electrician": those words replaced where they are, else as replaceWords. */
function swapWords(title: string, from: string, to: string): string {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'iu').exec(
    title,
  );
  const at = word ? word.index : title.toLowerCase().indexOf(from.toLowerCase());
  if (at < 0) return replaceWords(title, from, to);
  // "chapter 6" for the 5 of "Read chapter 5": the word before it isn't said twice
  const before = title.slice(0, at).trimEnd().split(/\s+/).at(-1) ?? '';
  let put =
    before && to.toLowerCase().startsWith(`${before.toLowerCase()} `)
      ? to.slice(before.length + 1)
      : to;
  // …nor the word after it ("28 pages" for the 24 of "24 pages")
  const after = (
    title
      .slice(at + from.length)
      .trimStart()
      .split(/\s+/)[0] ?? ''
  ).replace(/[^\p{L}\p{N}'-]+$/u, '');
  if (after && put.toLowerCase().endsWith(` ${after.toLowerCase()}`))
    put = put.slice(0, -(after.length + 1));
  // (a capital where the old word had one: "Thursday" → "Friday")
  if (/^\p{Lu}/u.test(title.slice(at)) && /^\p{Ll}/u.test(put))
    put = put.charAt(0).toUpperCase() + put.slice(1);
  return title.slice(0, at) + put + title.slice(at + from.length);
}

/** The title with the one word a slip away from `right` spelled right ("plumbr" → "plumber"). */
function fixSlip(title: string, right: string): string | undefined {
  const words = title.split(/(\s+)/);
  const lower = right.toLowerCase();
  let at = words.findIndex(
    (w) => /\S/.test(w) && w.toLowerCase() !== lower && withinOneEdit(w.toLowerCase(), lower),
  );
  // ("it's spelt Steff" for "Call Steph …": a name spelled another way, the one name in it that
  // starts the same and is two letters off at most)
  if (at < 0 && /^\p{Lu}/u.test(right)) {
    const names = words
      .map((w, i) => ({ w, i }))
      .filter(
        ({ w, i }) =>
          i > 0 &&
          /^\p{Lu}\p{Ll}+$/u.test(w) &&
          w.slice(0, 2).toLowerCase() === lower.slice(0, 2) &&
          w.toLowerCase() !== lower &&
          Math.abs(w.length - lower.length) <= 2,
      );
    if (names.length === 1) at = names[0]!.i;
  }
  if (at < 0) return undefined;
  words[at] = /^\p{Lu}/u.test(words[at]!) ? lower.charAt(0).toUpperCase() + right.slice(1) : right;
  return words.join('');
}

function replaceWords(old: string, from: string, to: string): string {
  // A whole new title ("call the landscaping company" for "Call the insurance company").
  const first = (x: string) => x.trim().split(/\s+/)[0]!.toLowerCase();
  if (TASK_VERBS.has(first(to)) && first(to) === first(old)) return to.trim();
  const lower = old.toLowerCase();
  let what = from.trim().toLowerCase();
  let at = lower.indexOf(what);
  let bare = false;
  if (at < 0) {
    // "the midterm" for "… bio midterm": the words without their determiner.
    what = what.replace(/^(?:the|a|an|my|to|for)\s+/, '');
    at = what ? lower.indexOf(what) : -1;
    bare = true;
  }
  if (at < 0) return amendTitle(old, to);
  const before = old.slice(0, at);
  const beforeWords = before
    .trim()
    .split(/\s+/)
    .map((w) => w.toLowerCase());
  let words = to.trim().split(/\s+/);
  // ("the greenhouse, not the shed" for "… allotment shed": without its determiner too)
  if (bare && words.length > 1 && /^(?:the|a|an|my)$/i.test(words[0]!)) words = words.slice(1);
  // "my gym pass" + "the swimming pass": one determiner is enough.
  if (
    /^(?:my|the|a|an|your|our)$/.test(beforeWords.at(-1) ?? '') &&
    /^(?:the|a|an|my)$/i.test(words[0] ?? '')
  )
    words = words.slice(1);
  for (let n = Math.min(words.length - 1, beforeWords.length); n > 0; n--) {
    const tail = beforeWords.slice(-n).join(' ');
    if (words.slice(0, n).join(' ').toLowerCase() === tail) {
      words = words.slice(n);
      break;
    }
  }
  // …and the words it repeats from just after them ("the electricity bill, not gas" in "Pay
  // the gas bill").
  const after = old.slice(at + what.length);
  const afterWords = after
    .trim()
    .split(/\s+/)
    .map((w) => w.toLowerCase());
  for (let n = Math.min(words.length - 1, afterWords.length); n > 0; n--) {
    if (words.slice(-n).join(' ').toLowerCase() === afterWords.slice(0, n).join(' ')) {
      words = words.slice(0, -n);
      break;
    }
  }
  return `${before}${words.join(' ')}${after}`;
}

/**
 * A correction said as a fragment ("4 lemons" after "Buy 3 lemons", "oat milk" after "Buy milk")
 * replaces the matching end of the title and keeps its opening verb; a whole new task ("buy
 * pears") replaces it all.
 */
const isNumber = (w: string) => /^\d+(?:[.,]\d+)?$/.test(w) || w.toLowerCase() in NUMBER_WORDS;
const isMoney = (w: string) =>
  /^[£$€¥₹]\d+(?:[.,]\d+)?[km]?$|^\d+(?:[.,]\d+)?(?:p|c|€|£|\$|eur|usd|gbp)$/i.test(w);
/** Words of one kind: "make that large" puts "large" where "medium" was. */
const KINDS = [
  // a time of day: "3:30", "5pm", "10.15am"
  /^\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?$|^\d{1,2}(?:[:.]\d{2})\s?(?:am|pm)?$/i,
  /^(?:tiny|small|medium|large|big|huge|xs|s|m|l|xl|xxl|extra-large|regular)$/i,
  /^(?:red|orange|yellow|green|blue|purple|pink|black|white|grey|gray|brown|silver|gold|navy|beige)$/i,
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend)$/i,
];
const isName = (w: string) => /^\p{Lu}[\p{Ll}'-]+$/u.test(w);
const SMALL_WORD = /^(?:in|at|with|for|to|from|near|on|by|via|and)$/i;

/**
 * "Cornwall" for "Book a cottage in the Lake District", "with Raj" for "Schedule a one-to-one
 * with Priya": the one place or person named in the title (words with capitals after a small
 * word, "the" with them), given another. Undefined when the title names none, or several.
 */
function nameSwapped(old: string, said: string): string | undefined {
  const m =
    /^(?:(in|at|with|for|to|from|near|on|by|via)\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(
      said.trim().replace(/[.!]+$/, ''),
    );
  if (!m || TASK_VERBS.has(m[2]!.split(/\s+/)[0]!.toLowerCase())) return undefined;
  const words = old.split(/\s+/);
  const spans: [number, number][] = [];
  for (let i = 1; i < words.length; i++) {
    if (!SMALL_WORD.test(words[i - 1]!)) continue;
    if (m[1] && words[i - 1]!.toLowerCase() !== m[1].toLowerCase()) continue;
    const j = /^the$/i.test(words[i]!) ? i + 1 : i;
    let k = j;
    while (k < words.length && /^\p{Lu}/u.test(words[k]!)) k++;
    if (k > j) {
      spans.push([i, k]);
      i = k;
    }
  }
  if (spans.length !== 1) return undefined;
  const [i, k] = spans[0]!;
  return [...words.slice(0, i), m[2]!, ...words.slice(k)].join(' ');
}

/**
 * "make that 3" (for "Buy 2 loaves of bread"), "actually Cork" (for "Book flights to Dublin"), "I
 * meant a new roof" (for "Get quotes for a new boiler"): the part of the title of the same kind.
 */
function sameKindReplaced(oldWords: string[], newWords: string[]): string | undefined {
  const replaceAt = (indexes: number[], by: string[]) =>
    indexes.length === 1
      ? [...oldWords.slice(0, indexes[0]), ...by, ...oldWords.slice(indexes[0]! + 1)].join(' ')
      : undefined;
  if (newWords.length === 1 && isMoney(newWords[0]!))
    return replaceAt(
      oldWords.flatMap((w, i) => (isMoney(w) ? [i] : [])),
      newWords,
    );
  const kind = newWords.length === 1 ? KINDS.find((k) => k.test(newWords[0]!)) : undefined;
  if (kind)
    return replaceAt(
      oldWords.flatMap((w, i) => (kind.test(w) ? [i] : [])),
      newWords,
    );
  if (newWords.length === 1 && isNumber(newWords[0]!))
    return replaceAt(
      oldWords.flatMap((w, i) => (isNumber(w) ? [i] : [])),
      newWords,
    );
  const named = nameSwapped(oldWords.join(' '), newWords.join(' '));
  if (named) return named;
  if (newWords.length === 1 && isName(newWords[0]!)) {
    const names = oldWords.flatMap((w, i) => (i > 0 && isName(w) ? [i] : []));
    return replaceAt(names.slice(-1), newWords);
  }
  // The same opening words ("a new …"): the phrase that starts with them, word for word.
  const lower = oldWords.map((w) => w.toLowerCase());
  const said = newWords.map((w) => w.toLowerCase());
  for (let j = 1; j < lower.length; j++) {
    let p = 0;
    while (p < said.length - 1 && j + p < lower.length && lower[j + p] === said[p]) p++;
    const enough =
      p >= 2 || (p === 1 && !/^(?:a|an|the|my|to|for|of|in|on|at|with)$/.test(said[0]!));
    if (enough && j + said.length <= lower.length)
      return [...oldWords.slice(0, j), ...newWords, ...oldWords.slice(j + said.length)].join(' ');
  }
  return undefined;
}

/**
 * "actually after 6pm" for "tenant is home after 5pm", "oops, 50 bucks" for "she owes me 40 bucks":
 * the part of a note the correction matches; a note with nothing in common is replaced whole.
 */
function amendNote(old: string, said: string): string {
  if (/^["'`].*["'`]$/.test(said.trim())) return said.trim().slice(1, -1);
  const oldWords = old.split(/\s+/);
  const newWords = said.trim().split(/\s+/);
  const same = sameKindReplaced(oldWords, newWords);
  if (same) return same;
  const j = oldWords.map((w) => w.toLowerCase()).lastIndexOf(newWords.at(-1)!.toLowerCase());
  if (newWords.length >= 2 && j >= newWords.length - 1) {
    let start = j - newWords.length + 1;
    // ("DPD, signed for" for "Royal Mail, signed for": the whole name goes)
    const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
    while (start > 0 && capital(oldWords[start]) && capital(oldWords[start - 1])) start--;
    return [...oldWords.slice(0, start), ...newWords, ...oldWords.slice(j + 1)].join(' ');
  }
  return said;
}

function amendTitle(old: string, said: string, keepRest = false): string {
  const oldWords = old.split(/\s+/);
  // A quoted title is the whole new title; so is one typed with its own capital ("call it
  // Declutter the garage").
  if (/^["'`].*["'`]$/.test(said.trim())) return said.trim().slice(1, -1);
  const newWords = said.trim().split(/\s+/);
  const lower = oldWords.map((w) => w.toLowerCase());
  // "email them instead" for "Call the council about the permit": the deed changes, the rest stays
  const deed = /^([a-z]+)\s+(?:them|him|her|it|that|one)$/i.exec(said.trim());
  if (
    deed &&
    TASK_VERBS.has(deed[1]!.toLowerCase()) &&
    TASK_VERBS.has(lower[0] ?? '') &&
    oldWords.length > 1
  )
    return [deed[1]!, ...oldWords.slice(1)].join(' ');
  // "50kg" for "Order 25kg rye flour", "3 boxes" for "Buy 2 boxes of tiles": the amount
  // ("14 people, two more joining": the amount, then why)
  const amount = /^(\d+(?:[.,]\d+)?)\s*([\p{L}]+)?(?:\s*,\s*\D*)?$/u.exec(said.trim());
  if (amount) {
    const unit = amount[2]?.toLowerCase().replace(/s$/, '');
    const at = oldWords.findIndex((w, i) => {
      const m = /^(\d+(?:[.,]\d+)?)([\p{L}]+)?$/u.exec(w);
      if (!m) return false;
      const own = (m[2] ?? oldWords[i + 1] ?? '').toLowerCase().replace(/s$/, '');
      return !unit || own === unit;
    });
    if (at >= 0) {
      const glued = /\d[\p{L}]/u.test(oldWords[at]!);
      const words = [...oldWords];
      if (glued || !amount[2]) words[at] = glued ? `${amount[1]}${amount[2] ?? ''}` : amount[1]!;
      else words.splice(at, 2, amount[1]!, amount[2]!);
      return words.join(' ');
    }
  }
  // "video call grandma" for "Call grandma": the old title inside the new one, so all of it
  if (
    newWords.length > oldWords.length &&
    ` ${newWords.join(' ').toLowerCase()} `.includes(` ${lower.join(' ')} `)
  )
    return said.trim();
  // "preorder the new zelda" for "Buy the new zelda": a new deed for the same thing
  if (
    oldWords.length > 2 &&
    newWords.length === oldWords.length &&
    TASK_VERBS.has(lower[0]!) &&
    /^(?:the|a|an|my|his|her|our|their|some|your)$/.test(lower[1]!) &&
    newWords.slice(1).join(' ').toLowerCase() === lower.slice(1).join(' ')
  )
    return said.trim();
  const last = newWords.at(-1)!.toLowerCase();
  // "Number 14" for "Replace the consumer unit at Number 12": the end of the title from the word
  // they start with, word for word
  const opens = lower.indexOf(newWords[0]!.toLowerCase());
  if (
    opens > 0 &&
    newWords.length >= 2 &&
    opens + newWords.length === oldWords.length &&
    !/^(?:a|an|the|my|for|to|with|at|from|by|on|in|about|and|of)$/i.test(newWords[0]!)
  )
    return [...oldWords.slice(0, opens), ...newWords].join(' ');
  // ("Ellie's inhaler" for "Pick up Ella's inhaler" ends as the title does: a part of it)
  if (/^\p{Lu}/u.test(said.trim()) && newWords.length >= 2 && !lower.includes(last))
    return said.trim();
  // "draft 3" for "Bio essay draft 2": from the word they share on
  const from = lower.indexOf(newWords[0]!.toLowerCase());
  if (
    from > 0 &&
    !TASK_VERBS.has(lower[0]!) &&
    newWords.length <= oldWords.length - from + 1 &&
    !/^(?:a|an|the|my|for|to|with|at|from|by|on|in|about)$/i.test(newWords[0]!)
  )
    return [...oldWords.slice(0, from), ...newWords].join(' ');
  const verbLed = (w: string | undefined) => w !== undefined && TASK_VERBS.has(w.toLowerCase());
  // ("text Shazza, same thing otherwise" for "Ring Shazza about the barbie": the deed and name,
  // the rest kept)
  if (verbLed(newWords[0]) && !keepRest) return said;
  const same = sameKindReplaced(oldWords, newWords);
  if (same) return same;
  const keep = verbLed(oldWords[0]) && !verbLed(newWords[0]) ? 1 : 0;
  // ("two spare keys" for "Cut a spare key for the guests": the same word, one or many)
  const one = (w: string) => w.replace(/ies$/, 'y').replace(/(?:'s|s)$/, '');
  const j =
    lower.lastIndexOf(last) >= 0
      ? lower.lastIndexOf(last)
      : one(last).length >= 3
        ? lower.findLastIndex((w) => one(w) === one(last))
        : -1;
  if (j >= keep) {
    const start = Math.max(keep, j - newWords.length + 1);
    return [...oldWords.slice(0, start), ...newWords, ...oldWords.slice(j + 1)].join(' ');
  }
  // "for Uncle Pete" for "Buy a birthday card for Dad": from the same small word on
  const tie = /^(?:for|to|with|at|from|by|on|in|about)$/i.test(newWords[0]!)
    ? lower.lastIndexOf(newWords[0]!.toLowerCase())
    : -1;
  if (tie > keep) return [...oldWords.slice(0, tie), ...newWords].join(' ');
  // "german" for "Revise for french": the words at the end, as many as said
  if (keep && newWords.length < oldWords.length - 1 && !/^(?:a|an|the|my)$/i.test(newWords[0]!))
    return [...oldWords.slice(0, oldWords.length - newWords.length), ...newWords].join(' ');
  return keep ? [oldWords[0]!, ...newWords].join(' ') : said;
}

/**
 * The change that turned `from` into `to`, made to `other`: the words that changed are swapped
 * where `other` has them ("Call mum" → "Facetime mum" makes "Call dad" "Facetime dad"), and words
 * added at the start or end are added to it. Undefined when the change doesn't carry over.
 */
export function sameEditOn(from: string, to: string, other: string): string | undefined {
  const a = from.split(/\s+/);
  const b = to.split(/\s+/);
  const eq = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  let head = 0;
  while (head < a.length && head < b.length && eq(a[head]!, b[head]!)) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    eq(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)
  )
    tail++;
  const was = a.slice(head, a.length - tail);
  const now = b.slice(head, b.length - tail);
  const words = other.split(/\s+/);
  if (was.length === 0) {
    if (head === a.length) return [...words, ...now].join(' ');
    if (tail === a.length) return tidyTitle([...now, ...words].join(' '));
    return undefined;
  }
  for (let i = 0; i + was.length <= words.length; i++) {
    if (was.every((w, j) => eq(w, words[i + j]!))) {
      const changed = [...words.slice(0, i), ...now, ...words.slice(i + was.length)].join(' ');
      return changed.trim() ? tidyTitle(changed) : undefined;
    }
  }
  return undefined;
}

/** A time of day in the morning (till noon), the afternoon (till 5pm) or the evening. */
const inPartOfDay = (time: string | null, part: 'morning' | 'afternoon' | 'evening') =>
  !!time &&
  (part === 'morning'
    ? time < '12:00'
    : part === 'afternoon'
      ? time >= '12:00' && time < '17:00'
      : time >= '17:00');

/** A detail a task has or lacks, as said in "with a …" and "without a …". */
const FIELD_NOUN = { priority: 'a priority', labels: 'a label', time: 'a time' } as const;

/** The tasks with these ids that still exist, in the order of the ids. */
const present = (ids: readonly number[], all: Task[]): Task[] =>
  ids.map((id) => all.find((t) => t.id === id)).filter((t): t is Task => !!t);

/** "Which ones?" with the tasks to choose from: nothing changes until the person says. */
const askWhich = (question: string, pool: Task[]): Resolved => ({
  ok: false,
  candidates: pool.slice(0, 10),
  reply: `${question}\n${formatTaskLines(pool.slice(0, 10))}\nTell me their numbers, like “tasks ${pool[0]!.id} and ${pool[1]!.id}”.`,
});

/** "Which one?" with the tasks to choose from, and how to answer. */
const whichOne = (tasks: Task[], question = 'Which one do you mean?'): string =>
  `${question}\n${formatTaskLines(tasks)}\nTell me the number, like “task ${tasks[0]?.id ?? 1}”.`;

export function formatTaskLines(tasks: Task[], today?: string): string {
  const lines = tasks.slice(0, LIST_LIMIT).map((t) => {
    const about = today ? aboutTask(t, today) : '';
    const late = today && !t.completed && t.dueDate && t.dueDate < today ? ' — overdue' : '';
    return `- #${t.id} ${t.title}${t.completed ? ' ✓ done' : ''}${about ? ` (${about})` : ''}${late}`;
  });
  if (tasks.length > LIST_LIMIT) lines.push(`…and ${tasks.length - LIST_LIMIT} more`);
  return lines.join('\n');
}

function existing(all: Task[]): string {
  if (all.length === 0) return 'your list is empty';
  const ids = all.map((t) => t.id);
  const first = ids[0]!;
  const last = ids[ids.length - 1]!;
  const contiguous = last - first + 1 === ids.length;
  if (all.length === 1) return `you have task ${first} (${q(all[0]!)})`;
  if (contiguous) return `you have tasks ${first}–${last}`;
  return all.length <= 8
    ? `you have tasks ${ids.join(', ')}`
    : `you have ${all.length} tasks, numbered ${first} to ${last}`;
}

function titlesPreview(all: Task[]): string {
  if (all.length === 0) return 'Your list is empty — add something whenever you like.';
  const shown = all.slice(0, 5).map((t) => `${q(t)} (#${t.id})`);
  return `Your tasks include ${shown.join(', ')}${all.length > 5 ? ` and ${all.length - 5} more` : ''}.`;
}

/**
 * "Email the caterer" … "and the florist too": "Email the florist". The deed is the first word of
 * the task last added, with the word that ties it to its object ("Study for chem" … "and bio").
 */
function withLastDeed(title: string, turn: TurnContext): string {
  const id = turn.state.lastAction === 'add' ? turn.state.lastTargets.at(-1) : undefined;
  const last = turn.tasks('all').find((t) => t.id === id);
  const words = last?.title.split(/\s+/) ?? [];
  // "Book a dentist appointment for Mia" … "and one for Jack": the same, for Jack ("Mock test for
  // Tomasz" … "and one for Aisha": with no deed said first, too)
  const tied = /^(for|with)\s+(\S.*)$/i.exec(title.trim());
  if (last && tied && !TASK_VERBS.has(words[0]!.toLowerCase())) {
    const at = words.findLastIndex((w, i) => i > 0 && w.toLowerCase() === tied[1]!.toLowerCase());
    if (at > 0) return tidyTitle([...words.slice(0, at + 1), tied[2]!].join(' '));
  }
  if (!last || !TASK_VERBS.has(words[0]!.toLowerCase()) || words.length < 2)
    // ("add long run" … "and a recovery swim every wednesday": no deed to carry, a thing of
    // its own, said the way an add says it)
    return tidyTitle(title.replace(/^(?:for|with)\s+/i, '').replace(/^(?:a|an)\s+(?=\S)/i, ''));
  if (tied) {
    const at = words.findLastIndex((w, i) => i > 0 && w.toLowerCase() === tied[1]!.toLowerCase());
    if (at > 0) return tidyTitle([...words.slice(0, at + 1), tied[2]!].join(' '));
    title = tied[2]!;
  }
  // "Book Mia's swimming lessons" … "and Sam's": the name in it swapped
  const said = title.trim().split(/\s+/);
  const swapped = said.length === 1 && isName(said[0]!) && sameKindReplaced(words, said);
  if (swapped) return tidyTitle(swapped);
  const tie = /^(?:for|to|with|about|at|on|in|up|out|off|back)$/i.test(words[1]!)
    ? ` ${words[1]}`
    : '';
  return `${words[0]}${tie} ${title}`;
}

/**
 * "add buy a card for Tom" … "same again for Priya": "Buy a card for Priya". The part of the last
 * title of the same kind is swapped (a name for a name); otherwise its last words, as many as said.
 */
function likeLastAdded(said: string, turn: TurnContext): string {
  const id = turn.state.lastAction === 'add' ? turn.state.lastTargets.at(-1) : undefined;
  const last = turn.tasks('all').find((t) => t.id === id);
  if (!last) return tidyTitle(said);
  // ("and another one for flat 6 same day at 2pm": the words of the title, then when, kept)
  const same = /\s+(?:on\s+)?(?:the\s+)?same\s+(?:day|date|time)\b.*$/i.exec(said);
  const read = turn.readWhen(same ? said.slice(0, same.index) : said);
  const title = read.title.trim();
  if (
    (read.parts.length > 0 || same) &&
    title &&
    said.toLowerCase().startsWith(title.toLowerCase())
  )
    return `${likeLastAdded(title, turn)} ${said.slice(title.length).trim()}`;
  // ("and 9 as well" after "Transcribe interview 7": the number in place of its number; after a
  // title with no number at its end, the words as said)
  // ("another one like that for hive 3" after "Check hive 2 for queen cells": that number)
  const numbered = /^([\p{L}'-]+)\s+(\d{1,4})$/u.exec(said.trim());
  const inTitle =
    numbered &&
    new RegExp(`\\b(${escapeRegExp(numbered[1]!)})\\s+\\d{1,4}\\b`, 'i').exec(last.title);
  if (numbered && inTitle)
    return `${last.title.slice(0, inTitle.index)}${inTitle[1]} ${numbered[2]}${last.title.slice(inTitle.index + inTitle[0].length)}`;
  if (/\d$/.test(said.trim()) && !/\d$/.test(last.title.trim())) return tidyTitle(said);
  const words = last.title.split(/\s+/);
  const replacing = said.trim().split(/\s+/);
  const swapped = sameKindReplaced(words, replacing);
  if (swapped) return tidyTitle(swapped);
  if (replacing.length >= words.length) return tidyTitle(said);
  return tidyTitle([...words.slice(0, words.length - replacing.length), ...replacing].join(' '));
}

/**
 * "change Priya to Pria" for "Send the slides to Priya", "change milk to oat milk" for "Buy milk":
 * the task was named by a part of its title, and the new words (no deed of their own, so not a
 * whole new title) replace that part.
 */
/**
 * "change it to 7 Oak Way" for "Fit the consumer unit at 9 Oak Way": a few words that end as a
 * stretch of the title ends are that stretch put right, not a whole new title.
 */
function overlapRenamed(title: string, value: string): string | undefined {
  const said = value.trim().split(/\s+/);
  const words = title.trim().split(/\s+/);
  if (said.length < 2 || said.length > 5 || said.length >= words.length) return undefined;
  if (TASK_VERBS.has(said[0]!.toLowerCase())) return undefined;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (let end = words.length; end >= said.length; end--) {
    const start = end - said.length;
    const window = words.slice(start, end);
    // (the last two words the same, and what differs is before them)
    if (!same(window.at(-1)!, said.at(-1)!) || !same(window.at(-2)!, said.at(-2)!)) continue;
    if (window.every((w, i) => same(w, said[i]!))) return undefined;
    // (only a number or a name differs: "9" for "7", "Jon" for "Jonah")
    const differ = window.filter((w, i) => !same(w, said[i]!));
    const kindOf = (w: string) => (/^\d/.test(w) ? 'number' : /^\p{Lu}/u.test(w) ? 'name' : 'word');
    if (
      !differ.every((w) => {
        const i = window.indexOf(w);
        return kindOf(w) !== 'word' && kindOf(w) === kindOf(said[i]!);
      })
    )
      return undefined;
    return [...words.slice(0, start), ...said, ...words.slice(end)].join(' ');
  }
  return undefined;
}

function partRenamed(title: string, ref: TaskRef, value: string): string | undefined {
  if (ref.kind !== 'words') return undefined;
  // ("the milk one": the words that name it)
  const part = ref.text
    .trim()
    .replace(/^(?:the|my)\s+/i, '')
    .replace(/\s+(?:one|task|item|thing)$/i, '');
  const said = value.trim().split(/\s+/);
  // (a deed for a deed, "change ring to email", is a word put right; any other title starting
  // with a deed is the whole new title)
  const verbForVerb = said.length === 1 && !/\s/.test(part) && TASK_VERBS.has(part.toLowerCase());
  if (
    !part ||
    part.length >= title.length ||
    (TASK_VERBS.has(said[0]!.toLowerCase()) && !verbForVerb)
  )
    return undefined;
  // ("change the cement one to 60 bags" for "Order 40 bags of cement": the amount it has)
  if (/^\d+(?:[.,]\d+)?\s*\p{L}*$/u.test(value.trim()) && /\d/.test(title)) {
    const amended = amendTitle(title, value.trim());
    if (amended !== value.trim()) return amended;
  }
  const lowerValue = value.trim().toLowerCase();
  const lowerPart = part.toLowerCase();
  // ("snags and bread rolls" for "snags": more things with it)
  const more =
    lowerValue.startsWith(`${lowerPart} and `) && said.length <= part.split(/\s+/).length + 4;
  if (!more && said.length > part.split(/\s+/).length + 2) return undefined;
  // ("… so it says Telephone the plumber": the words named it whole)
  // ("oat milk" for "milk" is the part with a word before it: fine)
  if (
    !more &&
    lowerValue.includes(lowerPart) &&
    !(
      lowerValue.endsWith(` ${lowerPart}`) &&
      !/\b(?:the|a|an|my|our|your|to|for)\b/.test(lowerValue.slice(0, -lowerPart.length))
    )
  )
    return undefined;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'iu');
  if (!at.test(title)) return undefined;
  // (a name keeps its capital, a word its case as said)
  return title.replace(
    at,
    value
      .trim()
      .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => (/^\p{Lu}/u.test(part) ? c : c.toLowerCase())),
  );
}

/** "the yoga task" -> "yoga", for talking about what was searched. */
const describeWords = (text: string) =>
  text.replace(/^(?:the|a|an|my)\s+/i, '').replace(/\s+(?:task|one|item|todo)$/i, '') || text;

/** Words read as they are, with no date, repeat, priority or label in them. */
const plainWords = (title: string): QuickAdd => ({
  title,
  parts: [],
  dueDate: null,
  dueTime: null,
  priority: null,
  repeat: null,
  labels: [],
});

/** Words that name a day ("Friday", "tomorrow", "the 12th"), in a title or a change. */
const DAY_WORD =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:today|tonight|tomorrow)\b|\b\d{1,2}(?:st|nd|rd|th)\b/i;

const WEEKDAY_WORD = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b/i;

/** "every 2 weeks" for a task that repeats every Thursday: every other Thursday. */
/** Days of the week (MO…SU), each once, in week order: "MO,WE,TH". */
/**
 * A task that repeats weekly on one day, moved to another day of the week by naming that day
 * ("change it to Wednesday"): its repeat, on the new day. Not when only this time moves ("just
 * this week", "this one", "skip").
 */
function weeklyMovedTo(
  repeat: string | null,
  date: string,
  when: string,
  said: string,
): string | undefined {
  const day = /^(FREQ=WEEKLY(?:;INTERVAL=\d+)?);BYDAY=([A-Z]{2})$/.exec(repeat ?? '');
  const to = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${date}T12:00:00`).getDay()]!;
  if (
    !day ||
    day[2] === to ||
    !/^(?:(?:on|to|for)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/i.test(when.trim()) ||
    /\b(?:this|that|just|only|once|one-off|one off|next|skip)\b/i.test(said)
  )
    return undefined;
  return `${day[1]};BYDAY=${to}`;
}

function inWeekOrder(days: readonly string[]): string {
  return ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].filter((d) => days.includes(d)).join(',');
}

function keepDays(old: string | null, rule: string, said = ''): string {
  const days = old && /^FREQ=WEEKLY\b.*;(BYDAY=[A-Z,]+)/.exec(old)?.[1];
  const withDays = days && /^FREQ=WEEKLY(?:;INTERVAL=\d+)?$/.test(rule) ? `${rule};${days}` : rule;
  // "every other week" … "make it fridays": still every other week
  const interval = old && /;INTERVAL=(\d+)/.exec(old)?.[1];
  const freq = (r: string) => /^FREQ=(\w+)/.exec(r)?.[1];
  // ("every other Sunday" … "no wait, every Sunday": the same days said again drop the interval)
  const again = days && rule.endsWith(`;${days}`);
  // ("every week" for a task every other week: how often, said outright, is every week)
  // ("it's every month on the 1st" for one every 3 months: every month, said outright)
  const onlyDays =
    /BYDAY|BYMONTHDAY/.test(rule) &&
    !/\b(?:every|each)\s+(?:single\s+)?(?:month|week)\b(?!\s*(?:or|and)\b)|\b(?:monthly|weekly)\b/i.test(
      said,
    );
  return interval &&
    onlyDays &&
    !again &&
    !/INTERVAL=/.test(withDays) &&
    freq(old) === freq(withDays)
    ? withDays.replace(/^(FREQ=\w+)/, `$1;INTERVAL=${interval}`)
    : withDays;
}

/** The tasks a phrase names by their label ("my work stuff", "everything tagged home"; "all the
 * lambing ones", read as "lambing" said of every task): pending ones, or the completed ones when
 * those are the ones meant ("untick all the cellar ones"). */
function ofLabel(
  text: string,
  all: Task[],
  every = false,
  prefer?: 'pending' | 'completed',
): Task[] {
  const m =
    (every ? /^#?([\p{L}\p{N}_-]+)$/u.exec(text.trim()) : null) ??
    /^(?:all\s+(?:of\s+)?)?(?:my|the|our)?\s*#?([\p{L}\p{N}_-]+)\s+(?:stuff|tasks|ones|things|items|jobs|bits)$/iu.exec(
      text.trim(),
    ) ??
    /^(?:everything|all(?:\s+the)?(?:\s+tasks)?|the\s+tasks|tasks|the\s+ones|anything)\s+(?:tagged|labell?ed|under|in)\s+#?([\p{L}\p{N}_-]+)$/iu.exec(
      text.trim(),
    ) ??
    /^(?:all\s+(?:my\s+)?)?#([\p{L}\p{N}_-]+)(?:\s+(?:tasks|ones|stuff))?$/u.exec(text.trim());
  if (!m) return [];
  const label = m[1]!.toLowerCase();
  return all.filter((t) => t.completed === (prefer === 'completed') && t.labels.includes(label));
}

/**
 * A new repeat on the days of the week or month: a due date that isn't one of its days moves to
 * its first one from today ("every Thursday" made "every Wednesday" is due on Wednesday).
 */
function realigned(t: Task, rule: string, today: string): { due_date?: string } {
  if (!t.dueDate || !/BYDAY|BYMONTHDAY/.test(rule)) return {};
  const from = t.dueDate < today ? today : t.dueDate;
  if (firstOccurrence(rule, from, from) === from) return {};
  const first = firstOccurrence(rule, today, today);
  return first ? { due_date: first } : {};
}

/** A fact told rather than a request: a name, number or place "is", "I parked…", "X said…". */
const TOLD =
  /^(?:(?:just\s+)?so you know|fyi|btw|for the record|note to self|remember(?: that)?)\b|\b(?:is|are|was|were)\s+(?:called|named|known as)\b|\b(?:name|number|code|address|reference|ref|password|pin|size|email|phone|postcode)(?:\s+is|\s+was|'s)\b|^(?:i|we)\s+(?:parked|left|put|hid|stored|kept)\b|^[A-Z][\p{L}'-]+\s+(?:said|says|told me|mentioned|wants|would like|'d like)\b/u;
const NOTED_HINT = 'To make it a task, say “add …”.';
/**
 * "Dave's packed it in, bin the mackerel one", "Nagpur trip is cancelled, remove the ticket task":
 * news of a task, then a request for the same task; the request says what to do (once).
 */
function withoutNewsAsked(intents: Intent[], resolve: (ref: TaskRef) => Resolved): Intent[] {
  const newsOf = (i: Intent) =>
    'ref' in i &&
    i.ref !== undefined &&
    (i.ref.kind === 'statement' || ('news' in i && i.news === true)) &&
    (i.type === 'complete' || i.type === 'delete');
  if (!intents.some(newsOf)) return intents;
  const only = (ref: TaskRef) => {
    const r = resolve(ref);
    return r.ok && r.tasks.length === 1 ? r.tasks[0]!.id : undefined;
  };
  return intents.filter((i, n) => {
    if (!newsOf(i) || !('ref' in i) || !i.ref) return true;
    const later = intents
      .slice(n + 1)
      .filter(
        (j) =>
          WRITES.has(j.type) &&
          'ref' in j &&
          j.ref !== undefined &&
          (j.ref.kind === 'words' || j.ref.kind === 'ids' || j.ref.kind === 'quoted') &&
          !('news' in j && j.news),
      );
    if (later.length === 0) return true;
    const id = only(i.ref);
    return id === undefined || !later.some((j) => 'ref' in j && j.ref && only(j.ref) === id);
  });
}

/** Words that say a task's details change ("… instead", "… only every 3 weeks now", "… sooner"). */
const CHANGE_SAID =
  /\b(?:instead|now|only|any\s?more|from now on|going forward|sooner|later|earlier)\b/i;

/** "can u check smth for me", "quick question": the question is still to come. */
const PREAMBLE =
  /^(?:(?:hi|hey|hello|ok|okay|so|um|erm)[,\s]+)*(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:(?:please|pls|quickly)\s+)?(?:check|look up|look into|find out|help\s+(?:me\s+)?with)\s+(?:something|smth|sth|a thing|a couple of things|something quickly)(?:\s+for\s+me)?|(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:something|a question|a quick question)|(?:i've|i\s+have|got)\s+a\s+(?:quick\s+)?question(?:\s+for\s+you)?|quick\s+(?:question|one|q))(?:\s+(?:please|pls|thanks|thx))?\s*[?.!]*$/i;
const RECALL_ANSWER = "Here's what you wrote about";
const RECALL_NONE = "I couldn't find anything written about";

/** The tasks a few words are about: by title first, then by any words they share. */
function tasksAbout(text: string, all: Task[]): Task[] {
  const { candidates } = matchTasks(text, all, false);
  // (in the order of the list, so "the second one" is the second shown)
  if (candidates.length > 0) return inListOrder(candidates, all);
  const about = taskAbout(text, all);
  if (about) return [about];
  const sharing = tasksSharingWords(text, all);
  if (sharing.length > 0) return sharing.slice(0, LIST_LIMIT);
  // "which readings have I got?", "the bookings": the tasks of that deed ("Read Okafor 2020")
  const noun = /^(?:(?:the|my|all|any)\s+)*([a-z]+?)s?$/i.exec(text.trim())?.[1];
  const deed = noun ? deedOfNoun(noun) : undefined;
  return deed
    ? all.filter((t) => words(t.title)[0] === deed || stem(words(t.title)[0] ?? '') === stem(deed))
    : [];
}

/** "every weekday" … "weekends too": every day of the week is every day. */
const everyDayIsDaily = (rule: string) =>
  /^FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU$/.test(rule) ? 'FREQ=DAILY' : rule;

/** Deeds told of someone else, by kind: each settles a task of that kind. */
const TOLD_DEEDS: [RegExp, RegExp][] = [
  // someone got in touch: a call, email or text to them is done, or a wait for them over
  [
    /^(?:rang|called|phoned|telephoned|rang back|called back|phoned back)$/,
    /^(?:call|ring|phone|chase|contact|hear|wait|follow|get|expect|speak|talk|catch)$/,
  ],
  [/^(?:emailed)$/, /^(?:email|e-mail|chase|contact|hear|wait|follow|get|expect|reply)$/],
  // someone called in: a visit to them, or a wait for them, is over
  [
    /^(?:popped in|popped round|popped by|dropped in|dropped by|came by|stopped by|came round|visited)$/,
    /^(?:visit|see|meet|wait|expect|catch|speak|talk)$/,
  ],
  [
    /^(?:texted|messaged)$/,
    /^(?:text|message|whatsapp|chase|contact|hear|wait|follow|get|expect)$/,
  ],
  // someone or something came: what was ordered, awaited or to be let in
  [
    /^(?:came|arrived|turned up|showed up|came back|delivered)$/,
    /^(?:order|buy|get|collect|pick|wait|expect|chase|track|book|let|meet|call|ring|phone|arrange|receive)$/,
  ],
  [
    /^(?:replied|answered|got back|got in touch)$/,
    /^(?:call|ring|phone|email|text|message|chase|contact|hear|wait|follow|get|expect|ask|speak|reply|answer|respond)$/,
  ],
];

/** A mishap told ("dropped my windlass", "lost the key", "disaster, dropped the cupcakes"):
 * news, nothing done (unless the task's own deed is said: "dropped the parcel off"). */
const MISHAP =
  /(?:^|[,;:.!-]\s*|\b(?:i|we|i've|we've|i have|we have|just|accidentally|totally|completely|then|and)\s+)(dropped|drop|lost|lose|broke|broken|break|forgot|forgotten|forget|missed|miss|spilt|spilled|spill|smashed|smash|cracked|crack|burnt|burned|burn|damaged|damage|ruined|ruin|crashed|crash|scratched|scratch|snapped|snap|tore|torn|tear|ripped|rip|dented|dent|misplaced|misplace|mislaid|mislay|locked)\s+(?:(?:my|the|a|an|our|his|her|their|your|it|them|some|one of)\b|\w+'s\b)/i;

/** Trouble told ("the ute got a flat", "the van broke down"): news, never a task done. */
const TROUBLE =
  /\b(?:got|had|has|have|'s got)\s+(?:a\s+)?(?:flat|puncture|flat tyre|flat tire|blowout|dent|leak|crack)\b|\b(?:broke|broken|breaking)\s+down\b|\b(?:won't|wouldn't|doesn't|didn't)\s+(?:start|work|turn on|switch on)\b|\bstopped\s+working\b|\bplayed\s+up\b|\bpacked\s+up\b|\bconked\s+out\b/i;

/** Whether someone else's deed ("Morag phoned") settles this task: by its first word, and (for
 * a call or a message) by who it was from: "Councillor Hobbs rang about the dog bins" is no
 * "Chase the bin contract" done. */
function settledBy(deed: string, task: Task, said = ''): boolean {
  const first = words(task.title)[0] ?? '';
  const kind = TOLD_DEEDS.find(([told]) => told.test(deed));
  // (a deed of another kind, "the plumber came", "the car passed", is read as before)
  if (!kind) return true;
  if (TASK_VERBS.has(first) && !kind[1].test(first)) return false;
  // ("Mrs Naidoo phoned" for "Quote for the Naidoo move": a call settles a call, not a quote)
  if (
    /^(?:rang|called|phoned|telephoned|emailed|texted|messaged|replied|answered|got back|got in touch)/.test(
      deed,
    ) &&
    !words(task.title).some((w) => kind[1].test(w))
  )
    return false;
  // (a visit settles only a visit or a wait, whatever the deed: "Forge the gate hinges for Mrs K")
  if (/^(?:popped|dropped|came by|came round|stopped|visited)/.test(deed))
    return kind[1].test(first);
  const at = said.toLowerCase().indexOf(deed.toLowerCase());
  // (who, not "k called mom": the person's own deed, "ok" said first)
  const who = keywords(
    (at > 0 ? said.slice(0, at) : '').replace(
      /\b(?:mr|mrs|ms|miss|dr|councillor|cllr|prof|professor|sir|dame|the|my|our|k|ok|okay|so|just|and|yeah|yep|right|well|oh|um|finally|already)\b\.?/gi,
      ' ',
    ),
  ).filter((w) => w.length > 1);
  if (who.length === 0 || !/^(?:rang|called|phoned|telephoned|emailed|texted|messaged)/.test(deed))
    return true;
  const title = keywords(task.title).map(stem);
  return who.some((w) => title.includes(stem(w)));
}

/** The one item there is, or none. */
const only = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

/** Tasks in the order the list has them. */
const inListOrder = (tasks: Task[], all: Task[]) => {
  const at = new Map(all.map((t, i) => [t.id, i]));
  return [...tasks].sort((a, b) => at.get(a.id)! - at.get(b.id)!);
};
const RECALL_LIMIT = 5;
/** A conversation with nothing going on, to read a message on its own. */
const NEUTRAL = { awaitingChoice: false, lastAction: null, lastAsked: null, awaitingValue: null };

/** Intents that only read. */
const READS = new Set<IntentType>([
  'show',
  'status',
  'when',
  'find',
  'recall',
  'list',
  'count',
  'agenda',
  'recap',
]);

/** Changes to when a task is due, its priority, repeat or labels. */
/** Whether a task was added with a date or time (read from its words, as the add read them). */
const saysWhen = (intent: Intent & { type: 'add' }, turn: TurnContext) => {
  // ("every thursday at 5:30pm" has no date yet, but a time and a repeat)
  const when = turn.readWhen(intent.title);
  return when.dueDate !== null || when.dueTime !== null || when.repeat !== null;
};

/**
 * News that says a task's own deed is done: "Mrs K is rescheduled" for "Reschedule Mrs
 * Kowalski", "bik chain replacd" (said last, with a slip in it) for "Replace the bike chain".
 */
function saysOwnDeedDone(text: string, title: string): boolean {
  const said = text.trim().replace(/[.!]+$/, '');
  if (/\b(?:not|never|still|yet|no longer)\b|n't\b/i.test(said)) return false;
  const deed = (title.split(/\s+/)[0] ?? '').toLowerCase();
  if (!TASK_VERBS.has(deed)) return false;
  const past = [
    `${deed}d`,
    `${deed}ed`,
    ...Object.keys(IRREGULAR_PAST).filter((p) => IRREGULAR_PAST[p] === deed),
  ];
  const stated =
    /\b(?:is|are|was|were|has been|have been|got|'s been|'s)\s+(?:now\s+|all\s+|finally\s+|already\s+|just\s+)?([a-z]{3,})(?:\s+(?:now|already|too|finally|at last))?$/i.exec(
      said,
    )?.[1];
  if (stated) {
    const w = stated.toLowerCase();
    return (
      past.includes(w) || IRREGULAR_PAST[w] === deed || (/ed$/.test(w) && stem(w) === stem(deed))
    );
  }
  const last = said.split(/\s+/).at(-1)!.toLowerCase();
  return (
    last !== deed && past.some((p) => p === last || (last.length >= 5 && withinOneEdit(p, last)))
  );
}

/**
 * "make it 6:30" after 07:00 is 06:30, after 18:00 18:30: a time said without its half of the day
 * is the hour nearest the one the task had.
 */
/** "in 5 days" said in the task just added: the unit a bare "make that 6" counts in. */
function addedIn(intent: Record<string, unknown> | null): { lastIn?: 'days' | 'weeks' } {
  const title = intent?.type === 'add' && typeof intent.title === 'string' ? intent.title : '';
  const unit =
    /\bin\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\b/i.exec(
      title,
    )?.[1];
  return unit ? { lastIn: /^w/i.test(unit) ? 'weeks' : 'days' } : {};
}

/** "Every Tue, Thu" said in full, for an answer: "Every Tuesday, Thursday". */
const FULL_DAYS: Record<string, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};
const saidInFull = (text: string) =>
  text.replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g, (d) => FULL_DAYS[d]!);

function nearestHour(time: string, had: string | null, said: string, before = ''): string {
  if (
    /am|pm|a\.m|p\.m|morning|evening|afternoon|night|noon|midnight|first thing|breakfast/i.test(
      said,
    )
  )
    return time;
  // ("0330", "15.30", "19h": the 24-hour clock says which half of the day)
  if (/\b\d{4}\b|\b\d{1,2}h\b|\b(?:0\d|1[3-9]|2[0-3])[:.]\d{2}\b/i.test(said)) return time;
  // ("at 17 o'clock", "at 19": an hour past twelve says so too)
  if (
    /\b(?:1[3-9]|2[0-3])\s*(?:o['’]?clock|hours?|hrs)\b|\bat\s+(?:1[3-9]|2[0-3])\b(?![:.]\d)/i.test(
      said,
    )
  )
    return time;
  if (!had) {
    // "call mum tomorrow evening" … "make it 7:30": half past seven that evening ("run club
    // tomorrow morning" … "6:30": in the morning)
    const hour = Number(time.slice(0, 2));
    if (/(?:^|\D)(?:0\d|1[3-9]|2[0-3])[:.h]?\d\d/.test(said)) return time;
    if (/\b(?:afternoons?|evenings?|nights?|tonight|arvo)\b/i.test(before) && hour < 12)
      return `${String(hour + 12).padStart(2, '0')}${time.slice(2)}`;
    if (/\bmornings?\b/i.test(before) && hour >= 13 && hour <= 18)
      return `${String(hour - 12).padStart(2, '0')}${time.slice(2)}`;
    return time;
  }
  // ("18:30" said so stays)
  if (/(?:^|\D)(?:1[3-9]|2[0-3]|00)(?::\d{2}|h\b)/.test(said)) return time;
  const hour = Number(time.slice(0, 2)) % 12;
  const old = Number(had.slice(0, 2));
  // (as near as two hours either way, the waking hour: "half 3" for a 9:00 dentist is 15:30)
  const day = (h: number) => h >= 6 && h <= 21;
  const [near, far] = [hour, hour + 12].sort((a, b) => Math.abs(a - old) - Math.abs(b - old)) as [
    number,
    number,
  ];
  const pick =
    !day(near) && day(far) && Math.abs(far - old) - Math.abs(near - old) <= 2 ? far : near;
  return `${String(pick).padStart(2, '0')}${time.slice(2)}`;
}

/** The words of the last change to when (or add with a date) in this conversation, if any. */
function saidBefore(turn: TurnContext): string {
  const last = turn.state.lastTimed ? turn.state.lastTimedIntent : null;
  if (!last) return '';
  return [last.title, last.text, last.when].filter((x) => typeof x === 'string').join(' ');
}

const TIMED = new Set<IntentType>([
  'schedule',
  'prioritize',
  'set-repeat',
  'tag',
  'details',
  'skip',
]);

const REPORTS =
  /^(?:(?:ok|okay|right|yes|yeah|well)[,\s]+)?(?:(?:i|we)(?:'ve| have)?\s+)?(?:just\s+|already\s+)?(?:done|finished|completed|did|ticked|paid|sent|sorted|booked|called|rang|got|bought|emailed)\b/i;

export class OfflineAssistant implements Engine {
  /** What the last message asked about and no task matched ("add it then" adds it). */
  readonly #notFoundBefore = new WeakMap<TurnContext, string>();
  /** The change an undo took back earlier in this turn, for a correction that follows it. */
  readonly #undoneThisTurn = new WeakMap<
    TurnContext,
    NonNullable<ConversationState['lastAction']>
  >();
  /** What the intent being answered is: "show them" may mean all of a list, a change never. */
  readonly #answering = new WeakMap<TurnContext, Intent['type']>();
  /** The message before this one asked about tasks: what this one asks may be about those. */
  readonly #askedBefore = new WeakSet<TurnContext>();
  /** Whether the message before asked if a task was done ("is the vet one done?" … "the cat's"). */
  readonly #askedStatus = new WeakSet<TurnContext>();
  /** The tasks there when the message came: in "bin the second one, and rename the third", the
   * third is the third of the list shown, the second gone or not. */
  readonly #hadAtStart = new WeakMap<TurnContext, readonly Task[]>();

  async respond(turn: TurnContext): Promise<string> {
    return this.respondNow(turn);
  }

  respondNow(turn: TurnContext): string {
    const dated = this.#numericDate(turn);
    if (dated !== undefined) return dated;
    const state = turn.state;
    // After "which one?" to a question, "done the car insurance" is news, not the answer.
    const asked =
      state.clarify !== null && ['status', 'show'].includes(String(state.clarify.intent.type));
    const read = parseMessage(turn.text, {
      awaitingChoice: state.clarify !== null && !(asked && REPORTS.test(turn.text)),
      lastAction: state.lastAction,
      undone: state.undone,
      lastAsked: state.lastAsked,
      lastTimed: state.lastTimed,
      ...(state.lastTimed && typeof state.lastTimedIntent?.shift === 'number'
        ? { lastShift: state.lastTimedIntent.shift }
        : {}),
      ...(state.lastTimed && typeof state.lastTimedIntent?.shiftMinutes === 'number'
        ? { lastShiftMinutes: state.lastTimedIntent.shiftMinutes }
        : {}),
      ...(state.lastTimedIntent?.type === 'prioritize' &&
      (state.lastTimedIntent.step === 1 || state.lastTimedIntent.step === -1)
        ? { lastStep: state.lastTimedIntent.step }
        : {}),
      ...(state.lastTimed && state.lastAction === 'add' ? addedIn(state.lastTimedIntent) : {}),
      // ("tag it home" read as a detail is a tag all the same)
      ...(state.lastTimed &&
      (state.lastTimedIntent?.type === 'tag' ||
        (state.lastTimedIntent?.type === 'details' &&
          (/#|\b(?:tag|label)/i.test(String(state.lastTimedIntent.text)) ||
            (Array.isArray(state.lastTimedIntent.clear) &&
              state.lastTimedIntent.clear.includes('labels')))))
        ? { lastTagged: true }
        : {}),
      ...(state.lastTimed && typeof state.lastTimedIntent?.ahead === 'number'
        ? { askedHowFar: state.lastTimedIntent.ahead as 1 | -1 }
        : {}),
      // ("skip swimming this week" … "and the week after": one more skipped)
      ...(state.lastTimed && state.lastTimedIntent?.type === 'skip' ? { lastSkipped: true } : {}),
      // ("remove the priority from X" … "and the tag too": that cleared as well)
      ...(state.lastTimed &&
      Array.isArray(state.lastTimedIntent?.clear) &&
      state.lastTimedIntent.clear.length > 0
        ? { lastCleared: true }
        : {}),
      agenda: state.agenda,
      askedAbout: state.askedAbout,
      awaitingValue: state.asking?.field ?? null,
    });
    // "I cancelled the dentist" with no "Cancel …" task: news about it, not a task done
    const all = turn.tasks('all');
    this.#hadAtStart.set(turn, all);
    const doneTo = (i: Intent) => {
      const said = i.type === 'complete' && i.ref.kind === 'statement' && words(i.ref.text)[0];
      const deed = (w: string) => stem(w).replace(/ll$/, 'l');
      return (
        !!said &&
        DONE_TO_A_TASK.test(deed(said)) &&
        // ("the fridge got swapped out": replaced, so done; "I swapped my shift with Tom": not)
        !(
          /^(?:swap|switch)/i.test(said) &&
          /\b(?:swapped|switched)\s+(?:out|over)\b/i.test(turn.text)
        ) &&
        !all.some((t) => deed(words(t.title)[0] ?? '') === deed(said))
      );
    };
    const told: Intent[] = read.some(doneTo)
      ? read.filter((i) => !doneTo(i)).length > 0
        ? read.filter((i) => !doneTo(i))
        : [{ type: 'unknown' }]
      : read;
    const intents = withoutNewsAsked(told, (ref) => this.resolve(ref, turn));
    if (state.lastAsked && state.lastAsked !== 'list') this.#askedBefore.add(turn);
    if (state.lastAsked === 'status') this.#askedStatus.add(turn);
    state.lastAsked = null;
    state.agenda = null;
    state.askedAbout = null;
    // What the last message undid can be made again to another task in this one, no later.
    if (state.undone && !state.lastAction) this.#undoneThisTurn.set(turn, state.undone);
    if (state.notFound) this.#notFoundBefore.set(turn, state.notFound);
    state.notFound = null;
    state.undone = null;
    const asking = state.asking;
    state.asking = null;
    const clarify = state.clarify;
    state.clarify = null; // asked again below if this message still leaves it open
    const replies: string[] = [];
    for (let i = 0; i < intents.length; i++) {
      // Several new tasks in one message are added in one step.
      const adds: (Intent & { type: 'add' })[] = [];
      while (intents[i]?.type === 'add' && intents.length > 1) adds.push(intents[i++] as never);
      if (adds.length > 0) {
        replies.push(this.#addMany(adds, turn));
        state.lastTimed = adds.some((a) => saysWhen(a, turn));
        i--;
        continue;
      }
      const intent = intents[i]!;
      // (whether the change this message made was to when, so "actually 5pm" can follow)
      if (TIMED.has(intent.type)) state.lastTimed = true;
      else if (WRITES.has(intent.type) && !['correct', 'again'].includes(intent.type))
        state.lastTimed = false;
      const askedBefore = state.clarify;
      replies.push(this.#handle(intent, turn, clarify, asking));
      // "the quote has to go out tomorrow, make it p1" with two quotes: one "which one?" for
      // both, and the answer settles both
      const askedNow = state.clarify as ConversationState['clarify'];
      if (askedNow && askedNow !== askedBefore && 'ref' in intent && intent.ref) {
        const ref = JSON.stringify(intent.ref);
        const more = intents
          .slice(i + 1)
          .filter((x) => 'ref' in x && JSON.stringify(x.ref) === ref && WRITES.has(x.type));
        if (more.length > 0) {
          askedNow.more = more as unknown as Record<string, unknown>[];
          intents.splice(
            i + 1,
            intents.length,
            ...intents.slice(i + 1).filter((x) => !more.includes(x)),
          );
        }
      }
      // (a task added with a date or time: "make it 6 instead" puts that right)
      if (intent.type === 'add') {
        state.lastTimed = saysWhen(intent, turn);
        if (state.lastTimed) state.lastTimedIntent = intent as unknown as Record<string, unknown>;
      }
      if (TIMED.has(intent.type))
        state.lastTimedIntent = intent as unknown as Record<string, unknown>;
      if (state.pending) break; // wait for the yes before doing anything more
    }
    return replies.join('\n');
  }

  /**
   * "add renew the insurance on 06/07": 6 July or June 7? Said with the order ("(UK date)", "US
   * format"), read that way; with no order chosen in Settings, asked, and the answer ("the 6th of
   * July", "month first") reads the message again that way. Undefined: nothing to settle.
   */
  #numericDate(turn: TurnContext): string | undefined {
    const state = turn.state;
    const choice = state.dateChoice;
    state.dateChoice = null;
    const again = (text: string) => this.respondNow({ ...turn, text });
    if (choice) {
      const pick = readingChosen(turn.text, choice);
      if (pick !== undefined) return again(withDateSpelled(choice.text, choice, pick));
    }
    if (!/\d\/\d/.test(turn.text)) return undefined;
    const order = orderSaid(turn.text);
    const reading = ambiguousDate(order?.rest ?? turn.text);
    if (order)
      return again(reading ? withDateSpelled(order.rest, reading, order.dayFirst) : order.rest);
    if (!reading || turn.dateOrderChosen?.()) return undefined;
    state.dateChoice = { text: turn.text, ...reading };
    return `Is ${reading.said} ${reading.dayFirst} or ${reading.monthFirst}? Say which, and I'll go ahead. (To stop me asking, choose how dates are written in Settings.)`;
  }

  #handle(
    intent: Intent,
    turn: TurnContext,
    clarify: ConversationState['clarify'] = null,
    asking: ConversationState['asking'] = null,
  ): string {
    this.#answering.set(turn, intent.type);
    switch (intent.type) {
      case 'greeting':
        return `Hi! ${HELP}`;
      case 'thanks':
        return "You're welcome! Anything else for your list?";
      case 'out-of-reach': {
        const deed = /^(?:call|ring|phone)$/.test(intent.deed) ? 'make calls' : 'send messages';
        const task = `${intent.deed.charAt(0).toUpperCase()}${intent.deed.slice(1)} ${intent.who}`;
        return `I can't ${deed} — I only keep your task list, so nothing changed. Want it there? Say “add ${task}”.`;
      }
      case 'help':
        return HELP;
      case 'dismiss':
        return "Okay, I've left everything as it was.";
      case 'unknown': {
        if (PREAMBLE.test(turn.text.trim())) return 'Sure — go ahead, what would you like to know?';
        // "the plumber's name is Declan", "I parked on level 3": something to remember, kept
        // in this conversation (and found again by "what did I say about …?")
        if (TOLD.test(turn.text.trim()))
          return `Noted — ask me “what did I say about …?” whenever you need it. ${NOTED_HINT}`;
        // "Turns out my passport's still valid" … "so get rid of that one": news about a task,
        // with nothing asked yet; it is the task "that one" means next
        const all = turn.tasks('all');
        const found = matchTasks(turn.text, all).candidates;
        // ("is the boiler engineer sorted?" … "Margaret rang to say he can't come for weeks"):
        // news about the task just asked about
        const askedAbout = this.#askedBefore.has(turn) ? present(turn.state.focus, all) : [];
        const about =
          found.length === 1
            ? found[0]
            : (taskAbout(turn.text, all) ??
              (found.length === 0 && askedAbout.length === 1 ? askedAbout[0] : undefined));
        // "whose are the Chelsea boots?", "what's the dose in Mrs Tan's driver?": asked about
        // something on the list, so the task and its note are the answer
        // (several that fit: all of them, so "delete those" means them)
        if (found.length > 1 && isQuestion(turn.text)) {
          turn.state.shown = found.map((t) => t.id);
          turn.state.focus = found.map((t) => t.id);
          turn.state.lastAsked = 'find';
          return `Here's what fits:\n${formatTaskLines(found, turn.today())}`;
        }
        if (about && isQuestion(turn.text))
          return this.#show({ kind: 'ids', ids: [about.id] }, turn);
        // ("is the vet one done?" … "the cat's": which of them the question was about, asked
        // again of that one)
        if (
          about &&
          this.#askedStatus.has(turn) &&
          /^(?:(?:and|no|oh|i mean|i meant)[,\s]+)*(?:the|my)\s+[^,.;!]{2,40}?(?:'s|s')?(?:\s+one)?[.!?]*$/i.test(
            turn.text.trim(),
          ) &&
          !/\b(?:is|are|was|were|has|have|did|done|finished)\b/i.test(turn.text)
        )
          return this.#status({ kind: 'ids', ids: [about.id] }, turn);
        if (about && saysOwnDeedDone(turn.text, about.title))
          return this.#setCompleted('complete', { kind: 'ids', ids: [about.id] }, turn);
        // "toner's here", "the new chairs arrived" for "Order toner": what was ordered has come
        if (
          about &&
          /^(?:order|buy|purchase|get|reorder|re-order)\s/i.test(about.title) &&
          !/\b(?:not|never|still|yet|no longer|tomorrow|next)\b|n't\b/i.test(turn.text) &&
          (/(?:'s|\s+is|\s+are|'re)\s+(?:here|in|delivered)\b|\s(?:has|have)\s+(?:arrived|come|been delivered|turned up|landed)\b|\s(?:arrived|came|turned up|got delivered|was delivered|were delivered|landed)\b/i.test(
            turn.text,
          ) ||
            // ("flour in", terse: it has come)
            /^[^,.;]{2,30}\s+(?:in|here)\s*[.!]*$/i.test(turn.text.trim()))
        )
          return this.#setCompleted('complete', { kind: 'ids', ids: [about.id] }, turn);
        if (about && !turn.text.includes('?')) return this.#notedAbout(about, turn);
        // "harbour master says the weather's turning": news of the world, told in passing
        if (
          !isQuestion(turn.text) &&
          /\b(?:says|said|told (?:me|us)|reckons|apparently|turns out|according to|forecast|rang to say|called to say)\b|\b(?:they|people|\w+s)\s+say\b/i.test(
            turn.text,
          )
        )
          return "Noted — I've left your list as it is. Tell me if anything on it should change.";
        const words = turn.text.trim().split(/\s+/).length;
        const suggestion =
          words <= 8 && turn.text.length <= 80
            ? ` If that's a new task, say “Add ${tidyTitle(turn.text).replace(/[?]$/, '')}”.`
            : '';
        return `I'm not sure what you'd like me to do with that.${suggestion} ${HELP}`;
      }
      case 'add-missing-title': {
        // ("is 'Renew passport' on my list?" … "ok add it then": the thing asked about)
        const asked = this.#notFoundBefore.get(turn);
        if (
          asked &&
          !intent.details &&
          /\b(?:it|that|this|one|them)\b/i.test(turn.text) &&
          !/["'`]/.test(tidyTitle(asked).slice(1))
        )
          return this.#add({ type: 'add', title: tidyTitle(asked) }, turn);
        turn.state.asking = {
          field: 'add',
          taskId: 0,
          ...(intent.details ? { details: intent.details } : {}),
        };
        return 'What should the task say? For example: “buy milk” (or several: “buy milk, call mom”).';
      }
      case 'add':
        return this.#add(intent, turn);
      case 'list':
        if (intent.ofShown && turn.state.shown.length > 0)
          return this.#listShown(intent.status, turn);
        return this.#list(intent.status, turn);
      case 'count':
        if (intent.shown) {
          const found = turn.state.shown.length;
          return `That's ${plural(found, 'task')}.`;
        }
        return this.#count(intent.status, turn);
      case 'undo': {
        const last = intent.deleted ? turn.trashed()[0] : undefined;
        if (!last) return this.#undo(turn, 'everywhere', intent.count);
        const outcome = turn.executeNow([{ tool: 'restore_task', args: { task_id: last.id } }], '');
        return this.#describe(outcome, turn);
      }
      case 'recap':
        return this.#recap(intent.deed, turn);
      case 'complete':
      case 'reopen':
      case 'delete':
      case 'update': {
        // ("I need to delete the old emails" with no task by those words: a new task after all;
        // "add a note to sow the tomato seeds" with no such task: a note to self, so a task)
        const named = intent.fallback && this.resolve(intent.ref, turn);
        if (intent.fallback && named && !named.ok && !named.candidates)
          return this.#handle(intent.fallback, turn);
        // ("the newspaper delivery is cancelled" with "Cancel Dad's newspaper delivery" to do: the
        // cancelling is done, so it is ticked off, not removed)
        if (intent.type === 'delete' && intent.news) {
          const meant = this.resolve(intent.ref, turn);
          if (meant.ok && meant.tasks.every((t) => /^cancel\b/i.test(t.title.trim())))
            return this.#setCompleted(
              'complete',
              { kind: 'ids', ids: meant.tasks.map((t) => t.id) },
              turn,
            );
          // ("the market's cancelled because of the storm" for a stall set up every fortnight: this
          // time is off, not the whole thing; what to do is asked, nothing removed)
          if (meant.ok && meant.tasks.length === 1 && meant.tasks[0]!.repeat) {
            return this.#notedAbout(
              meant.tasks[0]!,
              turn,
              'skip this time, change it, or remove it',
            );
          }
        }
        return intent.type === 'update'
          ? this.#update(intent, turn)
          : intent.type === 'delete'
            ? this.#delete(intent.ref, turn)
            : this.#setCompleted(
                intent.type,
                intent.ref,
                turn,
                intent.type === 'complete' && intent.nextToo,
              );
      }
      case 'status':
        return this.#status(intent.ref, turn, intent.asks);
      case 'show':
        return this.#show(intent.ref, turn, intent.about);
      case 'find':
        if (intent.withNotes) return this.#withNotes(turn);
        return this.#find(intent.text, turn, intent.status, intent.notes, intent.count);
      case 'recall':
        return this.#recall(intent.text, turn);
      case 'again':
        // ("raise it one level" … "once more": that step again, on the same task)
        if (intent.once) {
          const last = turn.state.lastTimedIntent as Intent | null;
          const relative =
            last &&
            ((last.type === 'schedule' &&
              (last.shift !== undefined ||
                last.shiftMinutes !== undefined ||
                last.shiftMonths !== undefined)) ||
              (last.type === 'prioritize' && last.step !== undefined));
          if (relative && turn.state.lastTargets.length > 0)
            return this.#handle(
              { ...last, ref: { kind: 'ids', ids: turn.state.lastTargets } } as Intent,
              turn,
            );
          return `I'm not sure what to do again — say the change, like “push it back a day”.`;
        }
        // "skip this week's five-a-side" … "same for next week": the next one skipped as well
        if (
          turn.state.lastTimedIntent?.type === 'skip' &&
          intent.ref.kind === 'words' &&
          /^(?:(?:the|this|next|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s)?\s*)+(?:one|week|time|day|month|weekend)?(?:'s)?$/i.test(
            intent.ref.text.trim(),
          )
        )
          return this.#skip({ kind: 'focus' }, turn);
        // "put the mower off a week" … "and the shears, same date": the date it got, not the
        // same move again
        {
          // ("and the bibs to the same day": the value said after the task is the date's)
          const sameValue =
            intent.value !== undefined
              ? /^(?:the\s+)?same\s+(date|day|time|date and time|day and time)(?:\s+(?:too|as well|please))?$/i.exec(
                  intent.value.trim(),
                )
              : null;
          const same =
            sameValue && intent.ref.kind === 'words'
              ? ([sameValue[0], intent.ref.text, sameValue[1]] as const)
              : intent.ref.kind === 'words'
                ? /^(.+?)[,\s]+(?:to\s+|on\s+|for\s+)?(?:the\s+)?same\s+(date|day|time|date and time|day and time)(?:\s+(?:too|as well|please))?$/i.exec(
                    intent.ref.text,
                  )
                : null;
          const last = present(turn.state.lastTargets, turn.tasks('all'));
          if (same && last.length === 1 && last[0]!.dueDate) {
            const { dueDate, dueTime } = last[0]! as { dueDate: string; dueTime: string | null };
            const withTime = /time/i.test(same[2]!) && dueTime;
            return this.#retime(
              {
                type: 'schedule',
                ref: { kind: 'words', text: same[1]! },
                when: withTime ? `${dueDate} at ${dueTime}` : dueDate!,
              },
              turn,
            );
          }
        }
        // ("move the tests to Friday" … "and the bibs to Monday": a date for it, never a title)
        // ("push the tesla wash to 3" … "and the volvo one to 4": an hour, as the one before)
        if (turn.state.lastTimed && intent.value !== undefined) {
          const hour = /^\d{1,2}(?:[:.]\d{2})?$/.test(intent.value.trim());
          if (hour || onlyDetails(intent.value))
            return this.#handle(
              {
                type: 'details',
                ref: intent.ref,
                text: hour ? `at ${intent.value.trim()}` : intent.value,
              } as Intent,
              turn,
            );
        }
        // "same for buy bread" after a date, priority, label or skip: that change, to it
        // (never a task made of the words said before: its fallback was theirs)
        if (turn.state.lastTimed && turn.state.lastTimedIntent && !intent.value)
          return this.#handle(
            {
              ...(turn.state.lastTimedIntent as unknown as Intent),
              ref: intent.ref,
              fallback: undefined,
            } as Intent,
            turn,
          );
        return this.#again(intent.ref, turn, intent.value);
      case 'correct':
        return this.#correct(intent, turn);
      case 'put-back':
        return this.#putBack(intent.ref, turn);
      case 'choice':
        return intent.elsewhere && clarify
          ? this.#handle(
              { ...(clarify.intent as unknown as Intent), ref: intent.ref } as Intent,
              turn,
            )
          : this.#choose(intent.ref, turn, clarify);
      case 'value':
        return this.#value(intent.text, turn, asking);
      case 'agenda':
        return this.#agenda(intent, turn);
      case 'when':
        return this.#when(intent.ref, turn, intent.about, intent.level);
      case 'schedule':
      case 'prioritize':
      case 'set-repeat':
      case 'tag':
        return this.#retime(intent, turn);
      case 'skip':
        return this.#skip(intent.ref, turn, intent.times);
      case 'details':
        return this.#details(intent, turn);
    }
  }

  /** "due in 4 days", "no wait, Tuesday", "and make it urgent": on the task just talked about. */
  #details(intent: Intent & { type: 'details' }, turn: TurnContext): string {
    // ("Call Ayşe abla, make it 2 hours before": a move by so much)
    const moved = shiftSaid(intent.ref, intent.text);
    if (moved) return this.#handle(moved, turn);
    turn.state.lastAction = 'update';
    const resolved = this.resolve(intent.ref, turn);
    if (!resolved.ok && intent.fallback && !resolved.candidates)
      return this.#handle(intent.fallback, turn);
    if (!resolved.ok) return this.#unresolved(resolved, turn, intent);
    // "change the priority on the chutney one": the value is asked for; the answer sets it
    if (intent.ask) {
      turn.state.focus = resolved.tasks.map((t) => t.id);
      const named = resolved.tasks.map(q).join(' and ');
      if (intent.ask === 'labels') {
        turn.state.asking = { field: 'labels', taskId: resolved.tasks[0]!.id };
        return `Which label should ${named} have? Say it, like “work” or “#home”.`;
      }
      if (intent.ask === 'priority') turn.state.askedAbout = 'priority';
      return intent.ask === 'priority'
        ? `What priority should ${named} have — high, medium or low?`
        : intent.ask === 'time'
          ? `What time should ${named} be at? Say, for example, “5pm” or “09:30”.`
          : `When should ${named} be due? Say a day, like “Friday” or “12 March”.`;
    }
    // ("add call the bank" … "for 2 weeks": for a task that doesn't repeat, due then)
    const text = intent.text.replace(
      /^(?:(?:only|just|and|but)\s+)*for\s+(?:the\s+next\s+)?(?=\S+\s+(?:days?|weeks?|months?|years?)$)/i,
      'in ',
    );
    const read = text ? turn.readWhen(text, true) : plainWords('');
    // "skip yoga today" … "and tomorrow too": the next one skipped as well
    if (
      intent.also &&
      turn.state.lastTimedIntent?.type === 'skip' &&
      read.parts.length > 0 &&
      read.parts.every((p) => p.kind === 'date') &&
      // ("and make future ones 5:30pm": a time for the rest, not another one skipped)
      !read.dueTime
    )
      return this.#skip(intent.ref, turn);
    const said = new Set(read.parts.map((p) => p.kind));
    const calls: PlannedCall[] = resolved.tasks.map((t) => {
      const args: Record<string, unknown> = { task_id: t.id };
      // "add yoga every monday" … "only for 6 weeks": so many times in all, not a new date
      const times = t.repeat
        ? countSaid(t.repeat.replace(/;(?:COUNT|UNTIL)=[^;]*/, ''), intent.text)
        : 0;
      if (times > 0) {
        args.repeat = `${t.repeat!.replace(/;(?:COUNT|UNTIL)=[^;]*/, '')};COUNT=${times}`;
        return { tool: 'update_task', args };
      }
      // "add gym every Monday" … "and Thursday too": one more day of the week it repeats on
      // ("also on Wednesdays": the days of a weekly repeat said again)
      const weekly = /^FREQ=WEEKLY(?:;INTERVAL=\d+)?;BYDAY=([A-Z,]+)$/.exec(t.repeat ?? '');
      const day = said.has('date') ? turn.readDate(text) : undefined;
      const more =
        read.parts.length === 1 && day && !day.time
          ? [['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${day.date}T12:00:00`).getDay()]!]
          : read.parts.length === 1 && read.repeat
            ? /^FREQ=WEEKLY;BYDAY=([A-Z,]+)$/.exec(read.repeat)?.[1]?.split(',')
            : undefined;
      // "not fridays" after "every weekday": those days off the repeat
      const daily = t.repeat === 'FREQ=DAILY' ? 'MO,TU,WE,TH,FR,SA,SU' : undefined;
      // "change to saturday" for one that repeats every Sunday: it repeats on Saturdays
      if (intent.days && intent.days.length > 0 && weekly) {
        args.repeat = everyDayIsDaily(
          t.repeat!.replace(/BYDAY=[A-Z,]+/, `BYDAY=${inWeekOrder(intent.days)}`),
        );
        Object.assign(args, realigned(t, args.repeat as string, turn.today()));
        return { tool: 'update_task', args };
      }
      if (intent.without && (weekly || daily)) {
        let left = (weekly?.[1] ?? daily!).split(',').filter((d) => !intent.without!.includes(d));
        // ("every tuesday and friday" … "sorry, not friday, saturday": that day in its place)
        if (weekly && more && !intent.also) {
          left = inWeekOrder([...left, ...more]).split(',');
          args.repeat = t.repeat!.replace(/BYDAY=[A-Z,]+/, `BYDAY=${left.join(',')}`);
          Object.assign(args, realigned(t, args.repeat as string, turn.today()));
          return { tool: 'update_task', args };
        }
        if (left.length > 0)
          args.repeat = weekly
            ? t.repeat!.replace(/BYDAY=[A-Z,]+/, `BYDAY=${left.join(',')}`)
            : `FREQ=WEEKLY;BYDAY=${left.join(',')}`;
      }
      if (intent.also && weekly && more) {
        args.repeat = everyDayIsDaily(
          t.repeat!.replace(
            /BYDAY=[A-Z,]+/,
            `BYDAY=${inWeekOrder([...weekly[1]!.split(','), ...more])}`,
          ),
        );
        return { tool: 'update_task', args };
      }
      if (said.has('date')) {
        const date = turn.readDate(read.parts.find((p) => p.kind === 'date')!.text);
        let time = read.dueTime;
        // "make it 6:30" after 07:00 is 06:30, after 18:00 18:30: the hour nearest the one it had
        if (time) time = nearestHour(time, t.dueTime, text, saidBefore(turn));
        // A time alone keeps the day; a day alone keeps the time.
        // ("every sunday at 6pm" for one with no date: the first Sunday, not today at 6pm)
        const firstOfRepeat =
          !date?.hasDay && read.repeat && /BYDAY|BYMONTHDAY/.test(read.repeat)
            ? firstOccurrence(read.repeat, turn.today(), turn.today())
            : undefined;
        args.due_date =
          date?.hasDay || !t.dueDate
            ? (read.dueDate ?? firstOfRepeat ?? date?.date ?? t.dueDate)
            : t.dueDate;
        // "add … on 5 April" … "actually the 6th": that day of the month it was in
        const dayOnly = /^(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i.exec(text.trim());
        if (dayOnly && t.dueDate) {
          const same = `${t.dueDate.slice(0, 8)}${dayOnly[1]!.padStart(2, '0')}`;
          const real = new Date(`${same}T12:00:00`);
          if (
            !Number.isNaN(real.getTime()) &&
            real.getDate() === Number(dayOnly[1]) &&
            same >= turn.today()
          )
            args.due_date = same;
        }
        if (time) args.due_time = time;
        // "no, the 4th" for a task that repeats on the 3rd of each month: it repeats on the 4th
        const monthly = /^(FREQ=MONTHLY(?:;INTERVAL=\d+)?);BYMONTHDAY=(\d+)$/.exec(t.repeat ?? '');
        const day = typeof args.due_date === 'string' ? Number(args.due_date.slice(8)) : NaN;
        if (monthly && !said.has('repeat') && day && day !== Number(monthly[2]))
          args.repeat = `${monthly[1]};BYMONTHDAY=${day}`;
        // ("change it to Wednesday" for a lesson every Tuesday: every Wednesday now)
        const weekly =
          !said.has('repeat') && typeof args.due_date === 'string'
            ? weeklyMovedTo(t.repeat, args.due_date, text, turn.text)
            : undefined;
        if (weekly) args.repeat = weekly;
      }
      if (said.has('priority')) args.priority = read.priority;
      if (said.has('repeat')) {
        // "not Fridays any more, Thursdays instead": the days left, and the new ones
        const kept = typeof args.repeat === 'string' && /BYDAY=([A-Z,]+)/.exec(args.repeat)?.[1];
        const added = /^FREQ=WEEKLY;BYDAY=([A-Z,]+)$/.exec(read.repeat!)?.[1];
        const rule =
          intent.without && kept && added
            ? `FREQ=WEEKLY;BYDAY=${inWeekOrder(`${kept},${added}`.split(','))}`
            : read.repeat!;
        args.repeat = keepDays(t.repeat, rule, text);
        if (!said.has('date')) Object.assign(args, realigned(t, rule, turn.today()));
      }
      // (labels said as a correction replace the ones it had)
      if (said.has('label'))
        args.labels = intent.clear?.includes('labels')
          ? read.labels
          : [...new Set([...t.labels, ...read.labels])];
      // "make it half past": the minutes from the hour it had ("quarter to nine" … "no, quarter
      // past": the hour named was nine)
      if (intent.pastHour !== undefined && t.dueTime) {
        const named = Number(t.dueTime.slice(0, 2)) + (Number(t.dueTime.slice(3, 5)) > 30 ? 1 : 0);
        const total = named * 60 + intent.pastHour;
        const at = ((total % 1440) + 1440) % 1440;
        args.due_time = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
      }
      // "add mow the lawn on Saturday" … "make it the afternoon": that part's usual hour
      // ("afternoon, 3": the hour said, in that part of the day)
      const hadTime = typeof args.due_time === 'string' ? args.due_time : t.dueTime;
      if (intent.dayPart && !hadTime && PART_HOURS[intent.dayPart] && (t.dueDate || t.repeat))
        args.due_time = PART_HOURS[intent.dayPart];
      // "no, the morning": the hour it had, in that half of the day
      if (intent.dayPart && hadTime) {
        const hour = Number(hadTime.slice(0, 2));
        // ("to the morning" for a 3pm call: 9 in the morning, not 3)
        // ("the afternoon" for a 10am appointment: 2pm; "the evening" for a 3pm one: 3 stays 3)
        const named: Partial<Record<string, [number, number, number]>> = {
          morning: [5, 11, 9],
          afternoon: [12, 17, 14],
          evening: [17, 21, 18],
          night: [19, 23, 20],
        };
        const span = named[intent.dayPart];
        const half = intent.dayPart === 'morning' ? hour % 12 : (hour % 12) + 12;
        const moved = span
          ? half >= span[0] && half <= span[1]
            ? half
            : span[2]
          : intent.dayPart === 'am'
            ? hour % 12 < 5
              ? 9
              : hour % 12
            : (hour % 12) + 12;
        args.due_time = `${String(moved).padStart(2, '0')}${hadTime.slice(2)}`;
      }
      for (const field of intent.clear ?? []) {
        // (cleared, unless said again: "not that urgent, make it p3")
        if (field === 'date' && !said.has('date')) args.due_date = null;
        else if (field === 'time' && !said.has('date')) args.due_time = null;
        else if (field === 'labels' && !said.has('label')) args.labels = [];
        else if (field === 'priority' && !said.has('priority')) args.priority = null;
        else if (field === 'repeat' && !said.has('repeat')) args.repeat = null;
        else if (field === 'limit' && t.repeat)
          args.repeat = t.repeat.replace(/;(?:COUNT|UNTIL)=[^;]*/g, '');
      }
      return { tool: 'update_task', args };
    });
    const outcome = turn.executeNow(calls, `Change ${plural(calls.length, 'task')}?`);
    this.#remember(turn, outcome, resolved.tasks);
    turn.state.focus = resolved.tasks.map((t) => t.id);
    return this.#describe(outcome, turn);
  }

  /** "What's due today?", "anything urgent?", "what's tagged work?": read, never changed. */
  #agenda(intent: Intent & { type: 'agenda' }, turn: TurnContext): string {
    const today = turn.today();
    // ("what have I got Saturday and Sunday?": either day)
    // ("what have I got on this weekend?": Saturday and Sunday)
    const saidDays = intent.on
      ? intent.on
          .split(/\s+(?:and|&|or|plus)\s+(?:on\s+)?/i)
          .flatMap((d) =>
            /^(?:this\s+|the\s+|over\s+the\s+)?weekend$/i.test(d.trim())
              ? ['saturday', 'sunday']
              : [d],
          )
      : [];
    // ("what have I got Saturday?" asked on a Saturday: today)
    const todayName = weekdayOf(today).slice(0, 3);
    const days = saidDays.map((d) =>
      new RegExp(`^(?:on\\s+)?${todayName}[a-z]*$`, 'i').test(d.trim())
        ? { date: today }
        : turn.readDate(d),
    );
    if (intent.on && days.some((d) => !d))
      return `I couldn't tell which day “${intent.on}” is. ${HELP}`;
    const dates = new Set(days.map((d) => d!.date));
    const args: Record<string, unknown> = { status: 'pending' };
    if (intent.due) args.due = intent.due;
    if (days.length > 0 || intent.within || intent.next) args.due = 'scheduled';
    if (intent.priority) args.priority = intent.priority;
    if (intent.label) {
      // ("my bee jobs" with the label "bees": the label said in the singular, or the plural)
      const known = new Set(turn.tasks('all').flatMap((t) => t.labels));
      const l = intent.label;
      const alike = known.has(l)
        ? l
        : [
            `${l}s`,
            `${l}es`,
            l.replace(/s$/, ''),
            l.replace(/es$/, ''),
            l.replace(/ies$/, 'y'),
          ].find((v) => v !== l && known.has(v));
      if (alike) intent = { ...intent, label: alike };
      args.label = intent.label;
    }
    const shownBefore = turn.state.shown;
    const outcome = turn.executeNow([{ tool: 'list_tasks', args }], '');
    if (outcome.kind !== 'done') return this.#describe(outcome, turn);
    const receipt = outcome.receipts[0]!;
    if (!receipt.ok) return `Sorry, I couldn't read your tasks: ${receipt.summary}`;
    let tasks = receipt.result as Task[];
    // "what's on my shopping list?" with no such label: the list itself ("overdue ops stuff":
    // what is overdue)
    if (
      intent.listNamed &&
      tasks.length === 0 &&
      !turn.tasks('all').some((t) => t.labels.includes(intent.label!))
    ) {
      const { label: _label, listNamed: _named, orFind, ...rest } = intent;
      // ("any gigs in the next 7 days?" with no label "gigs": the gigs due then)
      if (orFind && (rest.due || rest.on || rest.within))
        return this.#agenda({ ...rest, words: intent.label! }, turn);
      if (orFind) return this.#find(intent.label!, turn);
      return rest.due || rest.on || rest.priority || rest.repeating || rest.without
        ? this.#agenda(rest, turn)
        : this.#list('pending', turn);
    }
    if (intent.words) tasks = matchTasks(intent.words, tasks, false).candidates;
    if (days.length > 0) tasks = tasks.filter((t) => dates.has(t.dueDate!));
    if (intent.part) tasks = tasks.filter((t) => inPartOfDay(t.dueTime, intent.part!));
    const until = intent.within ? addDays(today, intent.within) : undefined;
    if (until) tasks = tasks.filter((t) => t.dueDate! >= today && t.dueDate! <= until);
    if (intent.repeating)
      tasks = tasks.filter(
        (t) => t.repeat && (!intent.every || t.repeat.startsWith(`FREQ=${intent.every}`)),
      );
    if (intent.without === 'priority') tasks = tasks.filter((t) => !t.priority);
    if (intent.without === 'labels') tasks = tasks.filter((t) => t.labels.length === 0);
    if (intent.has === 'priority') tasks = tasks.filter((t) => !!t.priority);
    if (intent.has === 'labels') tasks = tasks.filter((t) => t.labels.length > 0);
    if (intent.without === 'time') tasks = tasks.filter((t) => !t.dueTime);
    if (intent.has === 'time') tasks = tasks.filter((t) => !!t.dueTime);
    // ("what's the next thing I've got?": the first due from today, the rest shown after it)
    if (intent.next) {
      const coming = tasks
        .filter((t) => t.dueDate! >= today)
        .sort((a, b) =>
          `${a.dueDate} ${a.dueTime ?? '99'}`.localeCompare(`${b.dueDate} ${b.dueTime ?? '99'}`),
        );
      turn.state.shown = coming.map((t) => t.id);
      turn.state.lastAsked = 'list';
      const first = coming[0];
      if (!first) return 'Nothing is coming up — nothing has a due date from today on.';
      turn.state.focus = [first.id];
      return `Next up: ${q(first)} (#${first.id}), due ${sayDue(first.dueDate!, first.dueTime, today)}.`;
    }
    if (intent.ofShown) tasks = tasks.filter((t) => shownBefore.includes(t.id));
    turn.state.shown = tasks.map((t) => t.id);
    turn.state.lastAsked = 'list';
    // ("am I late with anything?" … "reschedule it for tomorrow": the one task shown)
    if (tasks.length === 1) turn.state.focus = [tasks[0]!.id];
    const { type: _type, ofShown: _ofShown, ...filter } = intent;
    turn.state.agenda = filter;
    const when = intent.repeating
      ? 'that repeat'
      : intent.without
        ? `without ${FIELD_NOUN[intent.without]}`
        : intent.has
          ? `with ${FIELD_NOUN[intent.has]}`
          : intent.due === 'none'
            ? 'without a due date'
            : days.length > 0
              ? `due ${days.map((d) => sayDue(d!.date, null, today)).join(' or ')}${intent.part ? ` in the ${intent.part}` : ''}`
              : intent.due === 'overdue'
                ? 'overdue'
                : intent.due === 'today'
                  ? 'due today'
                  : intent.due === 'upcoming'
                    ? 'coming up this week'
                    : intent.within
                      ? `due in the next ${intent.within} days`
                      : '';
    const what = [when, intent.label ? `tagged #${intent.label}` : '']
      .filter(Boolean)
      .join(' and ');
    const among = intent.ofShown ? ' among those' : '';
    if (tasks.length === 0 && intent.due === 'today' && !intent.priority && !intent.label) {
      // Someone who doesn't use dates asks what's left for today: what is still to do
      const pending = turn.tasks('pending');
      if (!intent.ofShown && pending.length > 0 && pending.every((t) => !t.dueDate)) {
        turn.state.shown = pending.map((t) => t.id);
        return `Nothing has a due date, so here's everything still to do:\n${formatTaskLines(pending, today)}`;
      }
    }
    if (tasks.length === 0) {
      if (intent.due === 'overdue' && !intent.priority && !intent.label && !intent.ofShown)
        return "Nothing is overdue — you're on top of things.";
      const nothing = [intent.priority ? `${PRIORITY_WORDS[intent.priority]} priority` : '', what]
        .filter(Boolean)
        .join(' ');
      return `Nothing ${nothing}${among} — a clear run.`;
    }
    const overdue = tasks.filter((t) => t.dueDate && t.dueDate < today).length;
    const note = intent.due === 'today' && overdue > 0 ? ` (${overdue} overdue)` : '';
    const noun = intent.priority ? `${PRIORITY_WORDS[intent.priority]}-priority task` : 'task';
    const counted = `${plural(tasks.length, noun)}${what ? ` ${what}` : ''}${among}`;
    return `${counted}${note}:\n${formatTaskLines(tasks, today)}`;
  }

  /** "When is the dentist?" */
  #when(
    ref: TaskRef,
    turn: TurnContext,
    about?: 'repeat' | 'labels' | 'priority',
    level?: 1 | 2 | 3,
  ): string {
    // "I've taken my tablets" … "when's the next one?": the next time the repeating task is due
    const repeating = present(turn.state.focus, turn.tasks('all')).filter((t) => t.repeat);
    if (ref.kind === 'neighbour' && ref.offset === 1 && !about && repeating.length === 1)
      ref = { kind: 'focus' };
    const resolved = this.resolve(ref, turn);
    // ("what's the dose in Mrs Tan's driver?" … "and when's the next change?": in its note)
    const noted = !resolved.ok && !resolved.candidates && this.#noteAskedAbout(turn);
    if (noted) return noted;
    if (!resolved.ok) return this.#unresolved(resolved, turn, { type: 'when', ref });
    turn.state.focus = resolved.tasks.map((t) => t.id);
    turn.state.lastAsked = 'when';
    turn.state.askedAbout = about ?? null;
    // ("please put it one day later": later than the date just told)
    turn.state.lastTimed = !about && resolved.tasks.some((t) => t.dueDate);
    turn.state.lastTimedIntent = null;
    const today = turn.today();
    return resolved.tasks
      .map((t) => {
        if (about === 'labels')
          return t.labels.length > 0
            ? `${q(t)} is tagged ${t.labels.map((l) => `#${l}`).join(' ')}.`
            : `${q(t)} has no labels.`;
        if (about === 'priority') {
          const answer = level === undefined ? '' : t.priority === level ? 'Yes — ' : 'No — ';
          return t.priority
            ? `${answer}${q(t)} is ${PRIORITY_WORDS[t.priority]} priority (P${t.priority}).`
            : `${answer}${q(t)} has no priority.`;
        }
        if (about === 'repeat' && !t.repeat) return `${q(t)} doesn't repeat.`;
        if (about === 'repeat')
          return `${q(t)} repeats ${saidInFull(sayRepeat(t.repeat!)).replace(/^Every/, 'every')}${t.dueDate ? `; next due ${sayDue(t.dueDate, t.dueTime, today)}` : ''}.`;
        // ("is the transcript on my list?" … "when does it have to be in?": it may be in the note)
        if (!t.dueDate)
          return `${q(t)} has no due date.${t.description && this.#askedBefore.has(turn) ? `\nNote: ${t.description}` : ''}`;
        const late = !t.completed && t.dueDate < today ? ' — that’s overdue' : '';
        const again = t.repeat
          ? ` (repeats ${sayRepeat(t.repeat).replace(/^Every/, 'every')})`
          : '';
        // ("when is the visa renewal?": "today" and the date itself, for one asked about)
        const said = sayDue(t.dueDate, t.dueTime, today);
        const date = sayDue(t.dueDate, null, addDays(t.dueDate, -10));
        const exact = /^(?:today|tomorrow|yesterday|[A-Z][a-z]+day)\b/.test(said)
          ? ` (${date})`
          : '';
        // ("what time is the harbour master call now?" of one with a day and no time)
        const noTime =
          !t.dueTime && /\b(?:what|which)\s+time\b|\bat what time\b|\bwhat hour\b/i.test(turn.text)
            ? ', with no time set'
            : '';
        return `${q(t)} is due ${said}${exact}${noTime}${again}${late}.`;
      })
      .join('\n');
  }

  /** Dates, priorities, repeats and labels of tasks, changed. */
  /** "swap Rolo and Luna's times", "switch the dates of the MOT and the service". */
  #swapWhen(intent: Intent & { type: 'schedule' }, turn: TurnContext): string {
    const first = this.resolve(intent.ref, turn);
    if (!first.ok) return this.#unresolved(first, turn, intent);
    const second = this.resolve(intent.swapWith!, turn);
    if (!second.ok) return this.#unresolved(second, turn, intent);
    const pair = [...new Map([...first.tasks, ...second.tasks].map((t) => [t.id, t])).values()];
    if (pair.length !== 2)
      return `Which two tasks should swap? Name both, like “swap the times of the rent one and the gym one”.`;
    const [a, b] = pair as [Task, Task];
    const what = intent.swap ?? 'both';
    const when = (t: Task) =>
      what === 'time' ? t.dueTime : what === 'date' ? t.dueDate : `${t.dueDate} ${t.dueTime}`;
    if (when(a) === when(b))
      return `${q(a)} and ${q(b)} are both ${describeFields(a, turn.today(), { due: true })}, so nothing changed.`;
    const calls: PlannedCall[] = [
      [a, b],
      [b, a],
    ].map(([t, o]) => {
      const args: Record<string, unknown> = { task_id: t!.id };
      // (a time needs a day: one with none takes the other's day too)
      if (what !== 'date') args.due_time = o!.dueTime;
      if (what !== 'time' || (!t!.dueDate && o!.dueTime)) args.due_date = o!.dueDate;
      return { tool: 'update_task', args };
    });
    const outcome = turn.executeNow(calls, `Swap ${q(a)} and ${q(b)}?`);
    this.#remember(turn, outcome, pair);
    turn.state.focus = pair.map((t) => t.id);
    return this.#describe(outcome, turn);
  }

  #retime(
    intent: Intent & { type: 'schedule' | 'prioritize' | 'set-repeat' | 'tag' },
    turn: TurnContext,
  ): string {
    turn.state.lastAction = 'update';
    // "add renew the insurance annually" … "the next one's due 12 October": that task's next one
    // (the list is read only for those words: it can hold 100,000 tasks)
    if (
      intent.ref.kind === 'neighbour' &&
      intent.ref.offset === 1 &&
      present(turn.state.focus, turn.tasks('all')).filter((t) => t.repeat).length === 1
    )
      intent = { ...intent, ref: { kind: 'focus' } };
    // "what have I got tomorrow?" … "move everything to Monday": everything shown
    const ref: TaskRef =
      intent.ref.kind === 'all' && !intent.ref.except && turn.state.shown.length > 0
        ? { kind: 'shown', all: true }
        : intent.ref;
    // ("swap Rolo and Luna's times": each takes the other's)
    if (intent.type === 'schedule' && intent.swapWith) return this.#swapWhen(intent, turn);
    // ("put the strings one on the day of the rehearsal": the day that one is due, found first)
    if (intent.type === 'schedule' && intent.dayOf) {
      const other = this.resolve(intent.dayOf, turn);
      if (!other.ok) return this.#unresolved(other, turn, intent);
      const day = other.tasks.find((t) => t.dueDate)?.dueDate;
      if (!day)
        return `${other.tasks.map(q).join(', ')} has no date to go by. Say a day, like “Friday”.`;
      // ("and bell 5 the day after that": a day on from it)
      const { dayOf: _dayOf, shift, ...rest } = intent;
      const on = shift ? addDays(day, shift) : day;
      return this.#retime({ ...rest, when: rest.when ? `${on} ${rest.when}` : on }, turn);
    }
    let resolved = this.resolve(ref, turn);
    // "swap the beeclub tag on both bee tasks for #apiary": the tasks with the label taken off,
    // when they are as many as were said
    if (intent.type === 'tag' && intent.remove?.length && ref.kind === 'words' && ref.count) {
      const labelled = turn
        .tasks('all')
        .filter((t) => intent.remove!.every((l) => t.labels.includes(l)));
      const found = resolved.ok ? resolved.tasks : (resolved.candidates ?? []);
      if (found.length !== ref.count && labelled.length === ref.count)
        resolved = { ok: true, tasks: labelled };
    }
    if (
      !resolved.ok &&
      (intent.type === 'schedule' ||
        intent.type === 'set-repeat' ||
        intent.type === 'prioritize') &&
      intent.fallback &&
      !resolved.candidates &&
      // ("the fete's on Tuesday so it has to be Monday" with nothing talked about: "it" is no
      // new task)
      ref.kind !== 'focus'
    )
      return this.#handle(intent.fallback, turn);
    // ("put roast the turkey on christmas day" with only "Defrost the turkey": another deed, so
    // a new task, not a move of that one)
    const deed = ref.kind === 'words' ? ref.text.trim().split(/\s+/)[0]!.toLowerCase() : '';
    if (
      resolved.ok &&
      (intent.type === 'schedule' || intent.type === 'set-repeat') &&
      intent.fallback &&
      ref.kind === 'words' &&
      /^[a-z]+\s+\S/i.test(ref.text.trim()) &&
      // (a deed, not a word of the question: "can the puppy jabs be next Wednesday")
      !/^(?:the|my|a|an|our|his|her|their|this|that|task|number|all|every|both|forward|back|up|off|out|over|down|in|on|can|could|would|will|should|shall|may|might|must|is|are|be|do|does|did|has|have|had|was|were|it|its|i|we|you|they|he|she|please|pls|just|also|and|so|then)$/.test(
        deed,
      ) &&
      resolved.tasks.every((t) => !keywords(t.title).includes(stem(deed)))
    )
      return this.#handle(intent.fallback, turn);
    // ("add collect mum's prescription tomorrow" … "and book mum's hair appointment for friday":
    // a task only some of its words fit is not the one named; a new one)
    if (
      resolved.ok &&
      (intent.type === 'schedule' || intent.type === 'set-repeat') &&
      intent.fallback &&
      ref.kind === 'words' &&
      resolved.tasks.some((t) => {
        const words = keywords(t.title);
        return keywords(ref.text).filter((k) => !words.includes(k)).length >= 2;
      })
    )
      return this.#handle(intent.fallback, turn);
    if (!resolved.ok) return this.#unresolved(resolved, turn, intent);
    // "make the plants one repeat": how often is asked; the answer ("every Tuesday") sets it
    if (intent.type === 'set-repeat' && intent.ask) {
      turn.state.focus = resolved.tasks.map((t) => t.id);
      return `How often should ${resolved.tasks.map(q).join(' and ')} repeat? Say, for example, “every Tuesday” or “monthly”.`;
    }
    // "change the restaurant one, it's Saturday now" for "Book restaurant for Friday" (no date):
    // the day in its words is what changes
    const only = resolved.tasks.length === 1 ? resolved.tasks[0]! : undefined;
    if (
      intent.type === 'schedule' &&
      intent.when &&
      only &&
      !only.dueDate &&
      DAY_WORD.test(only.title) &&
      DAY_WORD.test(intent.when) &&
      // (a day of the same kind: "Saturday brunch" moved to tomorrow gets a date)
      WEEKDAY_WORD.test(only.title) === WEEKDAY_WORD.test(intent.when)
    )
      return this.#update({ type: 'update', ref: intent.ref, amend: intent.when }, turn);
    // ("swap the priorities of the knives and the fish": each takes the other's)
    if (intent.type === 'prioritize' && intent.swap) {
      let pair = resolved.tasks;
      if (intent.swapWith) {
        const other = this.resolve(intent.swapWith, turn);
        if (!other.ok) return this.#unresolved(other, turn, intent);
        pair = [...resolved.tasks, ...other.tasks];
      }
      pair = [...new Map(pair.map((t) => [t.id, t])).values()];
      if (pair.length !== 2)
        return `Which two tasks should swap priorities? Name both, like “swap the priorities of the rent one and the gym one”.`;
      const [a, b] = pair as [Task, Task];
      if ((a.priority ?? null) === (b.priority ?? null))
        return `${q(a)} and ${q(b)} are both ${describeFields(a, turn.today(), { priority: true })}, so nothing changed.`;
      return [
        this.#handle(
          {
            type: 'prioritize',
            ref: { kind: 'ids', ids: [a.id] },
            priority: (b.priority ?? null) as 1 | 2 | 3 | null,
          },
          turn,
        ),
        this.#handle(
          {
            type: 'prioritize',
            ref: { kind: 'ids', ids: [b.id] },
            priority: (a.priority ?? null) as 1 | 2 | 3 | null,
          },
          turn,
        ),
      ].join('\n');
    }
    const today = turn.today();
    // ("make it the same as the IV bags": the priority that one has)
    let priorityOf: 1 | 2 | 3 | null | undefined;
    if (intent.type === 'prioritize' && intent.sameAs) {
      const other = this.resolve(intent.sameAs, turn);
      if (!other.ok) return this.#unresolved(other, turn, intent);
      priorityOf = (other.tasks[0]!.priority ?? null) as 1 | 2 | 3 | null;
    }
    const calls: PlannedCall[] = [];
    for (const t of resolved.tasks) {
      const args: Record<string, unknown> = { task_id: t.id };
      switch (intent.type) {
        case 'schedule': {
          if (intent.clear) {
            args.due_date = null;
          } else if (intent.shiftMinutes !== undefined) {
            if (!t.dueDate || !t.dueTime)
              return `${q(t)} has no time to move. Give it one, like “at 3pm”.`;
            const [h, m] = t.dueTime.split(':').map(Number) as [number, number];
            // ("actually only half an hour": in place of the move just made)
            const before = turn.state.lastTimedIntent;
            const undone =
              intent.instead &&
              before?.type === 'schedule' &&
              typeof before.shiftMinutes === 'number'
                ? before.shiftMinutes
                : 0;
            const total = h * 60 + m + intent.shiftMinutes - undone;
            const days = Math.floor(total / 1440);
            const within = ((total % 1440) + 1440) % 1440;
            args.due_date = addDays(t.dueDate, days);
            args.due_time = `${String(Math.floor(within / 60)).padStart(2, '0')}:${String(within % 60).padStart(2, '0')}`;
          } else if (intent.shiftMonths !== undefined) {
            args.due_date = addMonths(t.dueDate ?? today, intent.shiftMonths);
          } else if (intent.weekdayAfter !== undefined) {
            // ("actually the Monday after": the first Monday after the day it has)
            const from = t.dueDate ?? today;
            const day = new Date(`${from}T12:00:00Z`).getUTCDay();
            args.due_date = addDays(from, ((intent.weekdayAfter - day + 6) % 7) + 1);
          } else if (intent.shift !== undefined) {
            const before = turn.state.lastTimedIntent;
            const undone =
              intent.instead && before?.type === 'schedule' && typeof before.shift === 'number'
                ? before.shift
                : 0;
            args.due_date = addDays(t.dueDate ?? today, intent.shift - undone);
            // ("it's now 6:45pm and two days earlier": the time said too)
            const at = intent.when ? turn.readDate(intent.when)?.time : undefined;
            if (at) args.due_time = at;
          } else {
            // ("move task 2": to when, not said yet)
            if (intent.when === '') {
              // ("move everything due today to tomorrow" … "undo that" … "just move the thank-you
              // cards": the move just undone, for that one)
              const undoneMove = turn.state.lastTimedIntent;
              if (
                this.#undoneThisTurn.get(turn) === 'update' &&
                undoneMove?.type === 'schedule' &&
                ((typeof undoneMove.when === 'string' && undoneMove.when !== '') ||
                  typeof undoneMove.shift === 'number')
              )
                return this.#retime(
                  {
                    ...(undoneMove as unknown as Intent),
                    ref: { kind: 'ids', ids: [t.id] },
                  } as Intent & {
                    type: 'schedule';
                  },
                  turn,
                );
              // (the answer, "Friday", is then a detail of this task)
              turn.state.focus = [t.id];
              turn.state.lastAction = 'update';
              turn.state.lastTimed = true;
              // (the request is kept as the last timed one: which way, for "by 3 days")
              return `When should ${q(t)} move to? Say a day, a time or how far, like “Friday”, “tomorrow at 5pm” or “2 days later”.`;
            }
            const when = turn.readDate(intent.when ?? '');
            if (!when)
              return `I couldn't tell when “${intent.when}” is. Try “Friday”, “tomorrow at 5pm” or “in 3 days”.`;
            // A time alone keeps the day; a day alone keeps the time.
            args.due_date = when.hasDay ? when.date : (t.dueDate ?? when.date);
            if (intent.offset) args.due_date = addDays(args.due_date as string, intent.offset);
            // "push the rent one to Monday" on a Monday: next Monday when the rent is due today
            // (a move by a day of the week to the day it is already on is a move of a week) or
            // later (a push goes later); "set the childminder for Friday" for one due this Friday
            // already keeps it there
            if (
              when.hasDay &&
              args.due_date === today &&
              t.dueDate &&
              ((t.dueDate === today && !when.time) || (intent.later && t.dueDate > today)) &&
              WEEKDAY_WORD.test(intent.when ?? '') &&
              !/\b(?:this|today|last|past)\b/i.test(intent.when ?? '')
            )
              do args.due_date = addDays(args.due_date as string, 7);
              while ((args.due_date as string) < t.dueDate);
            if (when.time)
              args.due_time = nearestHour(
                when.time,
                t.dueTime,
                intent.when ?? '',
                saidBefore(turn),
              );
            // "the card machine fee comes out on the 5th now" for one paid on the 3rd of each month:
            // it repeats on the 5th
            const monthly = /^(FREQ=MONTHLY(?:;INTERVAL=\d+)?);BYMONTHDAY=(\d+)$/.exec(
              t.repeat ?? '',
            );
            const nth = /\b(\d{1,2})(?:st|nd|rd|th)\b/i.exec(intent.when ?? '');
            if (monthly && nth && when.hasDay && Number(nth[1]) !== Number(monthly[2]))
              args.repeat = `${monthly[1]};BYMONTHDAY=${Number(nth[1])}`;
            // "gym is on tuesday not thursday": the weekly repeat moves to the new day too
            const days = /;BYDAY=([A-Z,]+)/.exec(t.repeat ?? '')?.[1]?.split(',');
            const to = when.hasDay
              ? ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][
                  new Date(`${when.date}T12:00:00`).getDay()
                ]!
              : undefined;
            if (intent.insteadOf && to && days?.includes(intent.insteadOf))
              args.repeat = t.repeat!.replace(
                /BYDAY=[A-Z,]+/,
                `BYDAY=${inWeekOrder(days.map((d) => (d === intent.insteadOf ? to : d)))}`,
              );
            else if (when.date) {
              const weekly = weeklyMovedTo(t.repeat, when.date, intent.when ?? '', turn.text);
              if (weekly) args.repeat = weekly;
            }
          }
          break;
        }
        case 'prioritize':
          // ("lower the priority on the ferry booking": a level down from where it is)
          args.priority = intent.step
            ? Math.min(3, Math.max(1, (t.priority ?? (intent.step > 0 ? 2 : 3)) + intent.step))
            : (priorityOf ?? intent.priority);
          break;
        case 'set-repeat': {
          if (intent.repeat === null) {
            args.repeat = null;
            break;
          }
          // ("order milk should be monday wednesday and friday": days named are every one of them)
          let read = turn.readWhen(intent.repeat, true);
          if (!read.repeat && /^(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)/i.test(intent.repeat))
            read = turn.readWhen(`every ${intent.repeat.replace(/^on\s+/i, '')}`, true);
          if (!read.repeat)
            return `I couldn't read “${intent.repeat}” as a repeat. Try “every Monday”, “every 2 weeks” or “monthly”.`;
          args.repeat = keepDays(t.repeat, read.repeat, intent.repeat);
          // "make it repeat monthly on that day": pinned to the day it is due
          if (
            t.dueDate &&
            /\b(?:on\s+)?(?:that|the same|this)\s+(?:day|date)\b/i.test(intent.repeat) &&
            /^FREQ=(?:MONTHLY|YEARLY)(?:;INTERVAL=\d+)?$/.test(read.repeat)
          ) {
            const [month, day] = [Number(t.dueDate.slice(5, 7)), Number(t.dueDate.slice(8, 10))];
            args.repeat = read.repeat.startsWith('FREQ=MONTHLY')
              ? `${read.repeat};BYMONTHDAY=${day}`
              : `${read.repeat};BYMONTH=${month};BYMONTHDAY=${day}`;
            break;
          }
          if (read.dueTime && !t.dueTime) args.due_time = read.dueTime;
          if (read.dueDate && read.parts.some((p) => p.kind === 'date'))
            args.due_date = read.dueDate;
          else Object.assign(args, realigned(t, read.repeat, today));
          break;
        }
        case 'tag': {
          const labels = new Set(t.labels);
          for (const l of intent.add) labels.add(l);
          if (intent.remove.includes('*')) labels.clear();
          for (const l of intent.remove) labels.delete(l);
          for (const l of intent.add) labels.add(l);
          args.labels = [...labels];
          // "remove the urgent tag" from a task with no such label but a priority: the priority
          if (
            intent.add.length === 0 &&
            t.priority !== null &&
            intent.remove.some((l) =>
              /^(?:urgent|important|priority|high-priority|p[1-3])$/.test(l),
            ) &&
            !intent.remove.some((l) => t.labels.includes(l))
          ) {
            delete args.labels;
            args.priority = null;
          }
          break;
        }
      }
      calls.push({ tool: 'update_task', args });
    }
    const prompt = `Change ${plural(calls.length, 'task')}?\n${formatTaskLines(resolved.tasks, today)}\nSay yes to go ahead or no to leave them.`;
    const outcome = turn.executeNow(calls, prompt);
    this.#remember(turn, outcome, this.#pool(intent.ref, turn));
    turn.state.focus = resolved.tasks.map((t) => t.id);
    return this.#describe(outcome, turn);
  }

  /** "Skip the gym this week" */
  #skip(ref: TaskRef, turn: TurnContext, times = 1): string {
    turn.state.lastAction = 'update';
    const resolved = this.resolve(ref, turn, 'pending');
    if (!resolved.ok) return this.#unresolved(resolved, turn, { type: 'skip', ref });
    const repeating = resolved.tasks.filter((t) => t.repeat && t.dueDate);
    if (repeating.length === 0)
      return `${resolved.tasks.map(q).join(', ')} ${resolved.tasks.length === 1 ? "doesn't" : "don't"} repeat, so there's nothing to skip. Move ${resolved.tasks.length === 1 ? 'it' : 'them'} to another day instead?`;
    const calls: PlannedCall[] = repeating.flatMap((t) =>
      Array.from({ length: times }, () => ({ tool: 'skip_occurrence', args: { task_id: t.id } })),
    );
    const outcome = turn.executeNow(calls, `Skip ${plural(repeating.length, 'task')} this time?`);
    this.#remember(turn, outcome, repeating);
    turn.state.focus = repeating.map((t) => t.id);
    // ("this week and next": one line a task, where it comes back after the last one skipped)
    if (times > 1 && outcome.kind === 'done' && outcome.receipts.every((r) => r.ok))
      return `${outcome.receipts
        .filter((_, i) => i % times === times - 1)
        .map((r) =>
          r.summary.replace(/^Skipped this time of/, `Skipped the next ${times} times of`),
        )
        .join('.\n')}.`;
    return this.#describe(outcome, turn);
  }

  #describe(outcome: ExecuteOutcome, turn: TurnContext): string {
    return describeOutcome(outcome, turn.state);
  }

  #add(intent: Intent & { type: 'add' }, turn: TurnContext): string {
    return this.#addMany([intent], turn);
  }

  #addMany(said: (Intent & { type: 'add' })[], turn: TurnContext): string {
    // "gym: mon wed fri now" with "Gym" still to do: new details for it, not a second Gym
    const only = said.length === 1 ? said[0]! : undefined;
    const colon = only ? only.title.indexOf(':') : -1;
    if (only && colon > 0 && !only.description) {
      const name = only.title.slice(0, colon).trim().toLowerCase();
      const details = only.title.slice(colon + 1).trim();
      const same = turn.tasks('pending').filter((t) => t.title.trim().toLowerCase() === name);
      if (same.length === 1 && onlyDetails(details.replace(/\s+now$/i, '')))
        return this.#handle(
          {
            type: 'details',
            ref: { kind: 'ids', ids: [same[0]!.id] },
            text: details.replace(/\s+now$/i, ''),
          },
          turn,
        );
    }
    // "tax return p1" with "Tax return" still to do: said the quick way, new details for it
    if (only?.quick) {
      // ("library card: low": a priority level alone after the colon)
      // (not the colon of a time: "standup 10:00 from now on")
      const colon = /^([^:]{2,60})(?<!\d):(?!\d)\s*(.+)$/.exec(only.title);
      const text = colon
        ? `${colon[1]}: ${colon[2]!.replace(/^(high|medium|low|top)$/i, '$1 priority')}`
        : only.title;
      const when = turn.readWhen(text);
      // ("mow the lawn every 2 weeks instead of every week": the rule it had, put right)
      const name = when.title
        .replace(
          /\s+(?:instead of|rather than)\s+(?:every|each|weekly|daily|monthly|yearly|fortnightly)\b.*$/i,
          '',
        )
        // ("standup 10:00 from now on")
        .replace(/\s+(?:from now on|going forward|(?<!\bfrom\s+)now)$/i, '')
        .replace(/[\s,]+(?:please|pls|thanks)$/i, '')
        .trim()
        .toLowerCase();
      const pending = turn.tasks('pending');
      let same = pending.filter((t) => t.title.trim().toLowerCase() === name);
      // ("trail cameras every tuesday" for "Check the trail cameras": the task named without
      // its verb, when only one is named so)
      const bare = (title: string) =>
        title
          .toLowerCase()
          .replace(/\b(?:the|a|an|my)\s+/g, '')
          .replace(/\s+/g, ' ')
          .trim();
      if (same.length === 0 && /\s/.test(name) && when.parts.length > 0) {
        const unverbed = pending.filter((t) => bare(t.title.replace(/^\S+\s+/, '')) === bare(name));
        if (unverbed.length === 1) same = unverbed;
      }
      // ("nail trim tomorrow at 4pm" with "Nail trim for Coco" and "Nail trim for Ziggy" open:
      // their date, said with the words they start with; which one is asked when both are)
      const dated = when.parts.some((p) => p.kind === 'date');
      if (same.length === 0 && dated && !colon && bare(name).length >= 5) {
        const heads = pending.filter((t) => bare(t.title).startsWith(`${bare(name)} `));
        if (heads.length === 1) same = heads;
        else if (heads.length > 1)
          return this.#handle(
            {
              type: 'details',
              ref: { kind: 'words', text: name },
              text: when.parts.map((p) => p.text).join(' '),
            },
            turn,
          );
      }
      // ("monstera every 10 days instead of weekly" for "Water the monstera", "rack the
      // Chardonnay sooner, in 4 days": a change said of a task some of its words name)
      if (same.length === 0 && when.parts.length > 0 && CHANGE_SAID.test(text)) {
        const core = name
          .replace(new RegExp(CHANGE_SAID.source, 'gi'), ' ')
          .replace(/\p{Extended_Pictographic}/gu, ' ')
          .replace(/[\s,]+/g, ' ')
          .trim();
        const named = core ? matchTasks(core, pending, false).candidates : [];
        const about = named.length === 0 && core ? taskAbout(core, pending) : undefined;
        if (named.length === 1) same = named;
        else if (about) same = [about];
      }
      // ("bus pass: medium priority" for "Apply for bus pass": a task named before a colon)
      if (same.length === 0 && colon) {
        const named = matchTasks(colon[1]!, pending).candidates;
        if (named.length === 1) same = named;
      }
      // ("dry hop the IPA one day earlier" with it due Thursday: a day before Thursday)
      const by =
        same.length === 1 &&
        /\s(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(earlier|later|sooner|before|after)[.!]*$/i.exec(
          text,
        );
      if (by && same[0]!.dueDate) {
        const n =
          (Number(by[1]) || (NUMBER_WORDS[by[1]!.toLowerCase()] ?? 1)) *
          (/^week/i.test(by[2]!) ? 7 : 1);
        return this.#handle(
          {
            type: 'schedule',
            ref: { kind: 'ids', ids: [same[0]!.id] },
            shift: /^(?:earlier|sooner|before)$/i.test(by[3]!) ? -n : n,
          },
          turn,
        );
      }
      if (same.length === 1 && when.parts.length > 0)
        return this.#handle(
          {
            type: 'details',
            ref: { kind: 'ids', ids: [same[0]!.id] },
            text: when.parts.map((p) => p.text).join(' '),
          },
          turn,
        );
    }
    // "make team lunch 1pm", "set standup 9:15 from now on" with such a task open: its new time,
    // not a task called "Make team lunch"
    const setting =
      only && /^(?:make|set|change|move|put)\s+(?!(?:a|an|me|some)\s)(\S.*)$/i.exec(only.title);
    if (setting && !only!.description) {
      const when = turn.readWhen(
        setting[1]!.replace(/\s+(?:from now on|going forward|(?<!\bfrom\s+)now)$/i, ''),
      );
      // ("move budget check to the 5th of every month")
      const name = when.title
        .replace(/\s+(?:to|for|on|at)$/i, '')
        .replace(/\s+(?:from now on|going forward|(?<!\bfrom\s+)now)$/i, '')
        .trim();
      const named = name ? matchTasks(name, turn.tasks('pending')).candidates : [];
      if (
        named.length === 1 &&
        when.parts.length > 0 &&
        when.parts.every((p) => p.kind !== 'label')
      )
        return this.#handle(
          {
            type: 'details',
            ref: { kind: 'ids', ids: [named[0]!.id] },
            text: when.parts.map((p) => p.text).join(' '),
          },
          turn,
        );
    }
    // "wait, I still need to give Kyle his hoodie back" with that ticked off: not done after all
    if (only && /\bstill\s+(?:need|have|got|gotta)\s+to\b/i.test(turn.text)) {
      const done = turn.tasks('completed');
      const matched = matchTasks(only.title, done).candidates;
      const ticked = matched.length === 1 ? matched[0] : taskAbout(only.title, done);
      const open = matchTasks(only.title, turn.tasks('pending')).candidates;
      if (ticked && open.length === 0)
        return this.#setCompleted('reopen', { kind: 'ids', ids: [ticked.id] }, turn);
    }
    turn.state.lastAction = 'add';
    let intents = said;
    let note = '';
    // A task said on its own, with no "add" (bare-task.ts), checked against what is still open.
    const unasked = intents.filter((i) => i.unasked);
    if (unasked.length > 0) {
      const open = turn.tasks('pending');
      // "read the chapter" (or "put the bins out") with such a task open: the past tense of these
      // verbs looks the same.
      const only = intents.length === 1 ? unasked[0]! : undefined;
      const verb = only?.title.split(/\s+/)[0]!.toLowerCase();
      if (
        only &&
        verb !== undefined &&
        IRREGULAR_PAST[verb] === verb &&
        // ("put the spelling tests 10 days from now": a day to come, so a request)
        !turn.readWhen(only.title).parts.some((p) => p.kind === 'date') &&
        matchTasks(only.title, open).candidates.length > 0
      )
        return this.#setCompleted('complete', { kind: 'statement', text: only.title }, turn);
      // "call grandma" with "Call grandma" still to do: a reminder, not a second copy.
      const key = (title: string) =>
        title
          .trim()
          .toLowerCase()
          .replace(/[.!?]+$/, '');
      // "renew permit is overdue", "book club is ending after this one": news about that task
      const told =
        only &&
        open.find((t) =>
          new RegExp(
            String.raw`^${escapeRegExp(key(t.title))}(?:'s|’s|\s+(?:is|are|was|were|isn't|wasn't|has|have|had|hasn't|needs|will|won't|can|can't|got|keeps|ends|finishes|starts))\b`,
            'i',
          ).test(key(only.title)),
        );
      if (told) return this.#notedAbout(told, turn);
      // "make bruno and pepper 7:30 instead of 7" with "Walk Bruno and Pepper" open: a new time
      // for that task, named by its words (never a task called "Make bruno and pepper")
      const moved = only && /^(?:make|move|set|change|shift|have|do)\s+(.+)$/i.exec(only.title);
      if (moved) {
        const read = turn.readWhen(moved[1]!);
        const when = read.parts.filter((p) => p.kind === 'date');
        const name = read.title
          .replace(/\s+(?:instead of|rather than|not)(?:\s+\S+)?$/i, '')
          .trim();
        const words = name.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
        const hits = when.length > 0 && words.length > 0 ? matchTasks(name, open).candidates : [];
        if (hits.length === 1 && words.every((w) => hits[0]!.title.toLowerCase().includes(w)))
          return this.#retime(
            {
              type: 'schedule',
              ref: { kind: 'ids', ids: [hits[0]!.id] },
              when: when.map((p) => p.text).join(' '),
            },
            turn,
          );
      }
      const byTitle = new Map(open.map((t) => [key(t.title), t] as const));
      const already = unasked.flatMap((i) => byTitle.get(key(i.title)) ?? []);
      if (already.length > 0) {
        note = `${already.map(q).join(', ')} ${already.length === 1 ? 'is' : 'are'} already on your list.`;
        intents = intents.filter((i) => !(i.unasked && byTitle.has(key(i.title))));
        if (intents.length === 0) {
          turn.state.focus = already.map((t) => t.id);
          return note;
        }
      }
    }
    // "… on the 14th of August" … "and another for the day before: buy Oliver's present": the
    // day before the one just talked about, not before today
    // (the tasks are read only when the words ask for it: a list can hold 100,000 of them)
    // ("… 3 days before that", "and another viewing an hour later": from that one's date and time)
    const RELATIVE_WHEN =
      /\b(?:(?:on\s+|for\s+)?the\s+(day before|day after(?!\s+tomorrow)|same day|(?:next|following) day|previous day)(?:\s+(?:that|it|this|then))?|(an?|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|weeks?)\s+(before|after|later|earlier)(?:\s+(?:that|it|then|this))?|(an?|one|two|three|half an|\d{1,2})\s+(hours?|minutes?|mins?)\s+(later|earlier|after|before)(?:\s+(?:that|it|then))?)\b/i;
    const SAME_TIME =
      /\s*\b(?:at\s+)?(?:the\s+)?same\s+time(?:\s+as\s+(?:that|it|before|usual|that one|the other one))?\b/i;
    const COUNTS: Record<string, number> = { ...NUMBER_WORDS, a: 1, an: 1, 'half an': 0.5 };
    const relative = (words: string) => {
      // ("and groom Pepper same day at 11", "add band rehearsal every thursday at the same time"
      // after "when is bell practice?": the day or time of the task just talked about)
      let said = words.replace(/(?<!\bthe\s)\bsame day\b/i, 'the same day');
      const timed = SAME_TIME.test(said)
        ? present(turn.state.focus, turn.tasks('all')).find((t) => t.dueTime)
        : undefined;
      if (timed) said = said.replace(SAME_TIME, ` at ${timed.dueTime}`);
      const m = RELATIVE_WHEN.exec(said);
      // ("new guests arriving thursday, add air the twin room the day before": the day said
      // earlier in the message, before the task's own words)
      const from = m ? turn.text.toLowerCase().indexOf(said.slice(0, 12).toLowerCase()) : -1;
      const dayBefore =
        m && from > 0
          ? turn.readWhen(
              turn.text
                .slice(0, from)
                // (a day said relative to another is not the day it goes by)
                .replace(new RegExp(RELATIVE_WHEN.source, 'gi'), ' ')
                .replace(
                  /[\s,;:.-]*(?:(?:and|so|please|pls|can you|could you)\s+)*(?:add|put|pop|remind me to|new task:?)?[\s,;:.-]*$/i,
                  '',
                ),
            )
          : undefined;
      // ("visitors on saturday, hoover the day before" said on a Saturday: next Saturday's eve,
      // not yesterday)
      const ahead =
        dayBefore?.dueDate &&
        /before|earlier/i.test(m![0]) &&
        dayBefore.dueDate <= turn.today() &&
        WEEKDAY_WORD.test(turn.text.slice(0, from)) &&
        !/\b(?:today|this|last|yesterday)\b/i.test(turn.text.slice(0, from))
          ? addDays(dayBefore.dueDate, 7)
          : dayBefore?.dueDate;
      // ("buy balloons the day before the party", "2 days before the Okafor wedding": the day
      // another task is due, named after it; its name is no part of the title)
      const after = m ? said.slice(m.index + m[0].length) : '';
      const named =
        /^\s+((?:(?:the|my|our|his|her|their)\s+)?\p{L}[\p{L}\p{N}'’ -]{2,60}?)[\s.!]*$/iu.exec(
          after,
        );
      const anchors = named
        ? matchTasks(named[1]!, turn.tasks('pending')).candidates.filter((t) => t.dueDate)
        : [];
      if (anchors.length === 1) said = said.slice(0, m!.index + m![0].length);
      const dated = ahead
        ? { dueDate: ahead, dueTime: dayBefore!.dueTime }
        : anchors.length === 1
          ? { dueDate: anchors[0]!.dueDate, dueTime: null }
          : m
            ? present(turn.state.focus, turn.tasks('all')).find((t) => t.dueDate)
            : undefined;
      if (!m || !dated) return timed ? said : words;
      const n = (w: string) => COUNTS[w.toLowerCase()] ?? Number(w);
      if (m[1])
        return said.replace(
          RELATIVE_WHEN,
          `on ${addDays(dated.dueDate!, /before|previous/i.test(m[1]) ? -1 : /after|next|following/i.test(m[1]) ? 1 : 0)}`,
        );
      if (m[2]) {
        const days =
          n(m[2]) * (/^week/i.test(m[3]!) ? 7 : 1) * (/before|earlier/i.test(m[4]!) ? -1 : 1);
        return Number.isInteger(days)
          ? said.replace(RELATIVE_WHEN, `on ${addDays(dated.dueDate!, days)}`)
          : said;
      }
      if (!dated.dueTime) return said;
      const minutes =
        Math.round(n(m[5]!) * (/^h/i.test(m[6]!) ? 60 : 1)) *
        (/earlier|before/i.test(m[7]!) ? -1 : 1);
      const at =
        Number(dated.dueTime.slice(0, 2)) * 60 + Number(dated.dueTime.slice(3, 5)) + minutes;
      if (!Number.isFinite(at) || at < 0 || at >= 1440) return said;
      const time = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
      return said.replace(RELATIVE_WHEN, `at ${time} on ${dated.dueDate}`);
    };
    const calls: PlannedCall[] = intents.map((intent) => {
      const title = relative(
        intent.sameDeed
          ? withLastDeed(intent.title, turn)
          : intent.likeLast
            ? likeLastAdded(intent.title, turn)
            : intent.title,
      );
      // "call the bank tomorrow at 9 p1 #money": the date, time, priority and labels in it
      // (a title said in quotes is kept as it is)
      const quoted = new RegExp(`["“'‘]${escapeRegExp(title)}["”'’]`, 'i').test(turn.text);
      // ("Put down 'Clean out the bays' for Sunday, before the rush": the quote is the title; the
      // words after it say when, and the rest is a remark)
      const quoteFirst = quoted
        ? null
        : /^(["“'‘])(.+?)["”'’](?=[\s,])\s*,?\s*(\S.*)$/s.exec(title);
      // (read after a word standing for the title, whose own words say no date: "'Reprint the
      // 2pm timetable' on Thursday"; a remark after a pause may name a day of its own: "…, ahead
      // of the weekend rush")
      const readAfter = (rest: string) => {
        const all = turn.readWhen(`task ${rest}`);
        return all.parts.length > 0 || !rest.includes(',')
          ? all
          : turn.readWhen(`task ${rest.slice(0, rest.indexOf(','))}`);
      };
      const after = quoteFirst ? readAfter(quoteFirst[3]!) : undefined;
      const when =
        after && after.parts.length > 0
          ? { ...after, title: quoteFirst![2]! }
          : quoted
            ? plainWords(title)
            : turn.readWhen(title);
      const args: Record<string, unknown> =
        when.parts.length > 0
          ? {
              // ("remind me tonight at 8 to take my pills": the reminder was the date; "I have
              // bowls club every Tuesday": the event is the task)
              title: tidyTitle(
                when.title
                  .replace(/^(?:remind me|(?:for\s+)?me)\s+(?:to\s+)?(?=\S)/i, '')
                  .replace(
                    /^(?:i|we)\s+(?:have|'ve got|have got|got)\s+(?!to\b)(?:a\s+|an\s+|my\s+|our\s+)?(?=\S)/i,
                    '',
                  ),
              ),
              ...(when.dueDate ? { due_date: when.dueDate } : {}),
              ...(when.dueTime && (when.dueDate || when.repeat) ? { due_time: when.dueTime } : {}),
              ...(when.priority ? { priority: when.priority } : {}),
              ...(when.repeat ? { repeat: when.repeat } : {}),
              ...(when.labels.length ? { labels: when.labels } : {}),
            }
          : { title };
      if (intent.description) args.description = intent.description;
      Object.assign(args, sameAs(String(args.title), turn));
      // "and another for the same time: feed Pepper": when the task added last is due
      const last = intent.sameWhen
        ? present(turn.state.recent, turn.tasks('all')).findLast((t) => t.dueDate)
        : undefined;
      if (last && args.due_date === undefined) {
        args.due_date = last.dueDate;
        if (last.dueTime && args.due_time === undefined) args.due_time = last.dueTime;
      } else if (last?.dueTime && args.due_time === undefined && /\btime\b/i.test(turn.text))
        // ("… return the van the day after at the same time": that day, its time)
        args.due_time = last.dueTime;
      // "…, same day at noon": the day of the task added last, at the time said
      const sameDay = intent.sameDay
        ? present(turn.state.recent, turn.tasks('all')).findLast((t) => t.dueDate)
        : undefined;
      if (sameDay) args.due_date = sameDay.dueDate;
      // "…, same label": the labels of the task added last
      const labelled = intent.sameLabels
        ? present(turn.state.recent, turn.tasks('all')).findLast((t) => t.labels.length > 0)
        : undefined;
      if (labelled)
        args.labels = [
          ...new Set([...((args.labels as string[] | undefined) ?? []), ...labelled.labels]),
        ];
      // "… and Pepper at 3pm, same days": the repeat of the task added last
      const repeating = intent.sameRepeat
        ? present(turn.state.recent, turn.tasks('all')).findLast((t) => t.repeat)
        : undefined;
      if (repeating && args.repeat === undefined) args.repeat = repeating.repeat;
      // "physics past paper, same time tomorrow": the time of the task added last, that day
      const timed = intent.sameTime
        ? present(turn.state.recent, turn.tasks('all')).findLast((t) => t.dueTime)
        : undefined;
      if (timed && args.due_time === undefined) {
        args.due_date ??= timed.dueDate;
        args.due_time = timed.dueTime;
      }
      return { tool: 'add_task', args };
    });
    const outcome = turn.executeNow(calls, '');
    if (outcome.kind === 'done') {
      this.#remember(turn, outcome, []);
      if (outcome.receipts.length === 1 && !outcome.receipts[0]!.ok)
        return `Sorry, I couldn't add that: ${outcome.receipts[0]!.summary}`;
    }
    const described = this.#describe(outcome, turn);
    return note ? `${described}\n${note}` : described;
  }

  /** What a change was made to, for "it", "no, the other one" and "and that one too". */
  #remember(turn: TurnContext, outcome: ExecuteOutcome, candidates: Task[]): void {
    if (outcome.kind !== 'done') return;
    const ids = outcome.receipts
      .filter((r) => r.ok)
      .map((r) => (r.result as { id?: number } | undefined)?.id)
      .filter((id): id is number => typeof id === 'number');
    turn.state.lastTargets = ids;
    turn.state.lastCandidates = candidates.map((t) => t.id);
    turn.state.recent = [...turn.state.recent.filter((id) => !ids.includes(id)), ...ids].slice(-10);
  }

  #list(status: TaskStatus, turn: TurnContext): string {
    const outcome = turn.executeNow([{ tool: 'list_tasks', args: { status } }], '');
    if (outcome.kind !== 'done') return this.#describe(outcome, turn);
    const receipt = outcome.receipts[0]!;
    if (!receipt.ok) return `Sorry, I couldn't read your tasks: ${receipt.summary}`;
    const tasks = receipt.result as Task[];
    turn.state.shown = tasks.map((t) => t.id);
    turn.state.lastAsked = 'list';
    // ("list the completed ones" … "reopen it": the one task shown)
    if (tasks.length === 1) turn.state.focus = [tasks[0]!.id];
    if (tasks.length === 0) return this.#emptyList(status, turn);
    const lines = formatTaskLines(tasks);
    if (status === 'pending') return `You have ${plural(tasks.length, 'pending task')}:\n${lines}`;
    if (status === 'completed')
      return `You've completed ${plural(tasks.length, 'task')}:\n${lines}`;
    const done = tasks.filter((t) => t.completed).length;
    return `You have ${plural(tasks.length, 'task')} (${tasks.length - done} pending, ${done} done):\n${lines}`;
  }

  /** "which of those are done?": of the tasks just shown, those. */
  #listShown(status: TaskStatus, turn: TurnContext): string {
    const all = turn.tasks('all');
    const shown = present(turn.state.shown, all);
    const wanted = shown.filter((t) => t.completed === (status === 'completed'));
    turn.state.lastAsked = 'list';
    if (wanted.length === 0)
      return status === 'completed'
        ? `None of ${shown.length === 1 ? 'it' : 'those'} are done yet.`
        : `None of ${shown.length === 1 ? 'it' : 'those'} are left — all done ✓`;
    turn.state.shown = wanted.map((t) => t.id);
    return `${status === 'completed' ? 'Done' : 'Still to do'}:\n${formatTaskLines(wanted)}`;
  }

  #emptyList(status: TaskStatus, turn: TurnContext): string {
    const all = turn.tasks('all');
    if (status === 'pending' && all.length > 0) {
      return "Nothing pending — you're all caught up! Great work.";
    }
    if (status === 'completed' && all.length > 0) {
      return `You haven't completed any tasks yet — you have ${plural(all.length, 'pending task')} to start on. You've got this!`;
    }
    return "You don't have any tasks yet — a clean slate! Tell me what to add, like “Add a task to buy milk”.";
  }

  #count(status: TaskStatus, turn: TurnContext): string {
    const all = turn.tasks('all');
    turn.state.shown = all
      .filter((t) => status === 'all' || t.completed === (status === 'completed'))
      .map((t) => t.id);
    const done = all.filter((t) => t.completed).length;
    const pending = all.length - done;
    if (all.length === 0) return 'You have no tasks at all right now — a clean slate.';
    if (status === 'pending') {
      return pending === 0
        ? `You have 0 tasks left — all ${all.length} are done. Nice!`
        : `You have ${plural(pending, 'task')} left to do (out of ${all.length}; ${done} done)${
            // (a few left: which ones, so the answer is of use at once)
            pending <= 3
              ? `: ${all
                  .filter((t) => !t.completed)
                  .map(q)
                  .join(', ')}.`
              : '.'
          }`;
    }
    if (status === 'completed')
      return `You've completed ${plural(done, 'task')} (out of ${all.length}; ${pending} still to do).`;
    return `You have ${plural(all.length, 'task')} in total: ${pending} pending and ${done} done.`;
  }

  /** The changes of the latest turn that made any (of the kind asked about), as their receipts said. */
  #recap(deed: (Intent & { type: 'recap' })['deed'], turn: TurnContext): string {
    const tool = deed && `${deed}_task`;
    // Newest first; the receipts of one turn sit together after its question, in order.
    const summaries: string[] = [];
    for (const message of [...turn.history()].reverse()) {
      if (message.role === 'tool') {
        const receipt = readStoredReceipt(message.content);
        if (receipt?.ok && (!tool || receipt.tool === tool))
          summaries.unshift(receipt.summary.replace(/(?<![.!?])$/, '.'));
        continue;
      }
      if (summaries.length > 0) break;
    }
    if (summaries.length === 0)
      return deed
        ? `I haven't done that in this conversation yet, so there's nothing to tell.`
        : `I haven't changed anything in this conversation yet.`;
    return summaries.length === 1
      ? `Last time: ${summaries[0]}`
      : `Last time:\n${summaries.map((line) => `- ${line}`).join('\n')}`;
  }

  /** "undo" walks the shared history; a correction takes back this conversation's own change. */
  #undo(
    turn: TurnContext,
    scope: 'everywhere' | 'this_conversation' = 'everywhere',
    count = 1,
  ): string {
    // ("actually undo both": the last two changes, the latest first)
    const calls = Array.from({ length: Math.max(1, Math.min(count, 5)) }, () => ({
      tool: 'undo_last_change' as const,
      args: { scope },
    }));
    // ("the strata levy payment bounced" … "put it back on the list": with nothing to undo, the
    // done task just talked about goes back on)
    const talkedAbout = present(turn.state.focus, turn.tasks('all'));
    const reopenInstead =
      /\b(?:put|bring|get)\s+(?:it|that|them)\s+back\b/i.test(turn.text) &&
      talkedAbout.length > 0 &&
      talkedAbout.every((t) => t.completed);
    const outcome = turn.executeNow(calls, '');
    if (outcome.kind === 'done' && !outcome.receipts[0]!.ok && reopenInstead)
      return this.#setCompleted('reopen', { kind: 'focus' }, turn);
    if (outcome.kind === 'done' && !outcome.receipts[0]!.ok) return outcome.receipts[0]!.summary;
    // What was undone is no longer a change to correct ("mark it done" next is a new request),
    // except by what follows in the same message ("no I didn't, I was thinking of the slides").
    if (outcome.kind === 'done' && turn.state.lastAction) {
      this.#undoneThisTurn.set(turn, turn.state.lastAction);
      turn.state.undone = turn.state.lastAction;
      turn.state.lastAction = null;
    }
    return this.#describe(outcome, turn);
  }

  /** Finds the tasks a reference means, or explains why it can't. */
  /** A group less the tasks its exception names; an exception that names none of them is said. */
  #leaveOut(
    ref: TaskRef & { except?: string },
    turn: TurnContext,
    prefer?: 'pending' | 'completed',
  ): Resolved {
    const group = this.resolve({ ...ref, except: undefined } as TaskRef, turn, prefer);
    if (!group.ok) return group;
    // ("all of them except the last one", "except 3": a place in the group, or a number)
    const placed = parseRef(ref.except!);
    const at =
      placed.kind === 'positions'
        ? placed.positions.map((p) => group.tasks[p < 0 ? group.tasks.length + p : p - 1])
        : placed.kind === 'ids'
          ? group.tasks.filter((t) => placed.ids.includes(t.id))
          : [];
    const left = new Set(
      (at.length > 0 && at.every(Boolean)
        ? (at as Task[])
        : matchTasks(ref.except!, group.tasks).candidates
      ).map((t) => t.id),
    );
    if (left.size === 0)
      return {
        ok: false,
        reply: `Sorry, I couldn't find “${describeWords(ref.except!)}” to leave out. ${titlesPreview(turn.tasks('all'))}`,
      };
    return { ok: true, tasks: group.tasks.filter((t) => !left.has(t.id)) };
  }

  resolve(ref: TaskRef, turn: TurnContext, prefer?: 'pending' | 'completed'): Resolved {
    const all = turn.tasks('all');
    switch (ref.kind) {
      case 'ids': {
        const found = ref.ids.map((id) => all.find((t) => t.id === id));
        const missing = ref.ids.filter((_, i) => !found[i]);
        // ("push cow 214 back 3 days" … "and bring 187 forward a day", with two tasks: a number
        // no task has, said bare, is the one whose title has it)
        if (
          missing.length === 1 &&
          ref.ids.length === 1 &&
          !new RegExp(String.raw`(?:task|number|no\.?|#)\s*#?${missing[0]}\b`, 'i').test(turn.text)
        ) {
          const named = all.filter((t) =>
            new RegExp(String.raw`(?<![\d.,:])${missing[0]}(?![\d.,:]\d)`).test(t.title),
          );
          if (named.length === 1) return { ok: true, tasks: named };
        }
        if (missing.length > 0) {
          const which = missing.length === 1 ? `task ${missing[0]}` : `tasks ${missing.join(', ')}`;
          return { ok: false, reply: `Sorry, I couldn't find ${which} — ${existing(all)}.` };
        }
        return { ok: true, tasks: [...new Set(found as Task[])] };
      }
      case 'positions': {
        // (a task shown and removed by this same message keeps its place in the list)
        const had = this.#hadAtStart.get(turn);
        const shownIds = turn.state.shown.filter(
          (id) => all.some((t) => t.id === id) || had?.some((t) => t.id === id),
        );
        if (ref.ofShown && shownIds.length === 0)
          return {
            ok: false,
            reply: `I haven't shown you any tasks yet, so I can't tell which one that is. ${titlesPreview(all)}`,
          };
        const list: (Task | undefined)[] =
          shownIds.length > 0 ? shownIds.map((id) => all.find((t) => t.id === id)) : all;
        const picked: Task[] = [];
        for (const p of ref.positions) {
          const at = p < 0 ? list.length + p : p - 1;
          const task = list[at];
          if (!task) {
            const name = (p <= 10 ? ORDINAL_DAYS[p - 1] : undefined) ?? `number ${p}`;
            return {
              ok: false,
              reply:
                at >= 0 && at < list.length
                  ? `The ${name} task on that list is the one just removed.`
                  : `Sorry, I couldn't find a ${name} task — that list has ${plural(list.length, 'task')}.`,
            };
          }
          picked.push(task);
        }
        return { ok: true, tasks: picked };
      }
      case 'shown': {
        // "mark them all done except the passport one": those, but the ones it names
        if (ref.except) return this.#leaveOut(ref, turn, prefer);
        const shown = present(turn.state.shown, all);
        if (shown.length > 0 && (ref.count === undefined || shown.length === ref.count))
          return { ok: true, tasks: shown };
        const focus = present(turn.state.focus, all);
        // "I've done both" after asking about two tasks: those two.
        if (ref.count !== undefined && focus.length === ref.count)
          return { ok: true, tasks: focus };
        // "mark both done" after adding two: the two just added.
        const mentioned = present(turn.state.recent, all);
        if (ref.count !== undefined && mentioned.length >= ref.count)
          return { ok: true, tasks: mentioned.slice(-ref.count) };
        // Nothing talked about yet: "both" of a list of two is the list; of a longer one, which?
        if (ref.count !== undefined && mentioned.length === 0) {
          const pool = prefer ? all.filter((t) => t.completed === (prefer === 'completed')) : all;
          if (pool.length === ref.count) return { ok: true, tasks: pool };
          if (pool.length > ref.count)
            return askWhich(`Which ${ref.count === 2 ? 'two' : ref.count}?`, pool);
        }
        if (shown.length > 0) return { ok: true, tasks: shown };
        // "add eggs" … "add flour" … "add sugar" … "actually remove those": the ones just added,
        // one message after another (untouched since)
        if (focus.length === 1 && turn.state.lastTargets.join() === String(focus[0]!.id)) {
          const added: Task[] = [];
          for (const t of mentioned.toReversed()) {
            if (t.completed || t.createdAt !== t.updatedAt) break;
            added.unshift(t);
          }
          if (added.length > 1 && added.at(-1)!.id === focus[0]!.id)
            return { ok: true, tasks: added };
        }
        // "mark them done" right after asking about the slides: the task just talked about.
        if (focus.length > 0) return { ok: true, tasks: focus };
        // ("get rid of both" right after deleting both: they are gone already, and "both" is
        // never the one task left)
        if (ref.count !== undefined && all.length < ref.count) {
          const gone = turn.state.focus.length === ref.count && focus.length === 0;
          return {
            ok: false,
            reply: gone
              ? 'Those are already off your list (say “undo” to bring them back).'
              : `There ${all.length === 1 ? 'is only one task' : `are only ${all.length} tasks`} on your list. ${titlesPreview(all)}`,
          };
        }
        // Nothing was shown in this conversation: "all of them" means the whole list; "delete
        // those" points at something this conversation never showed, so which?
        // ("untick them": the ticked ones, as the deed says which)
        // ("tick them" with nothing shown or named: never every open task on a hunch)
        const pool = prefer ? all.filter((t) => t.completed === (prefer === 'completed')) : all;
        if (ref.all || pool.length <= 1)
          return this.resolve({ kind: 'all', status: 'all' }, turn, prefer);
        return askWhich('Which ones do you mean?', pool);
      }
      case 'any': {
        // "delete a task": which one?
        const offered = (
          prefer ? all.filter((t) => t.completed === (prefer === 'completed')) : all
        ).slice(0, 10);
        if (offered.length === 0) return { ok: false, reply: titlesPreview(all) };
        return {
          ok: false,
          candidates: offered,
          reply: `Which one?\n${formatTaskLines(offered)}\nTell me the number or some of its words.`,
        };
      }
      case 'neighbour': {
        // In the list last shown, else the whole list; next to the task just talked about.
        const shownIds = turn.state.shown.filter((id) => all.some((t) => t.id === id));
        const list =
          shownIds.length > 0 ? shownIds.map((id) => all.find((t) => t.id === id)!) : all;
        if (ref.offset === 0) {
          const count = ref.count ?? 1;
          // (as many from the middle as asked, with as many on each side)
          if (list.length >= count && (list.length - count) % 2 === 0) {
            const start = (list.length - count) / 2;
            return { ok: true, tasks: list.slice(start, start + count) };
          }
          if (count > 1)
            return {
              ok: false,
              reply: `In ${plural(list.length, 'task')} there are no ${count} in the middle. Tell me their numbers.`,
            };
          return {
            ok: false,
            reply: `There's no single middle one in ${plural(list.length, 'task')}. Tell me its number or some of its words.`,
          };
        }
        const anchorId = turn.state.lastTargets.at(-1) ?? turn.state.focus.at(-1);
        if (anchorId === undefined)
          return {
            ok: false,
            reply:
              'Which task do you mean? Tell me its number (like “task 2”) or some of its words.',
          };
        // A task just deleted still has its place: between its neighbours by number.
        const at = list.findIndex((t) => t.id === anchorId);
        const after = at >= 0 ? at + 1 : list.filter((t) => t.id < anchorId).length;
        const task = ref.offset < 0 ? list[(at >= 0 ? at : after) - 1] : list[after];
        if (!task)
          return {
            ok: false,
            reply: `There's no task ${ref.offset < 0 ? 'before' : 'after'} that one. ${titlesPreview(all)}`,
          };
        return { ok: true, tasks: [task] };
      }
      case 'recent': {
        // "the first one I added": in the order they were added lately.
        const mentioned = ref.ever ? [] : present(turn.state.recent, all);
        // Nothing added in this conversation yet: the list in the order tasks were added.
        // ("the oldest one on my list": of those still to do, when there are any)
        const open = all.filter((t) => !t.completed);
        const recent =
          mentioned.length > 0
            ? mentioned
            : [...(ref.ever && open.length > 0 ? open : all)].sort((a, b) => a.id - b.id);
        const picked = ref.positions.map((p) =>
          p < 0 ? recent[recent.length + p] : recent[p - 1],
        );
        if (picked.some((t) => !t))
          return {
            ok: false,
            reply: `Sorry, I'm not sure which one you added. ${titlesPreview(all)}`,
          };
        return { ok: true, tasks: picked as Task[] };
      }
      case 'other': {
        // The one in the running last time that wasn't picked; or, with two tasks, the other.
        const last = new Set(turn.state.lastTargets);
        // (when the one found last time was the only one in the running: any other)
        const offered = present(turn.state.lastCandidates, all);
        // ("what are my medium ones?" … "the first one high" … "and the other one": of the two
        // shown, when what was in the running was simply everything)
        const shown = present(turn.state.shown, all);
        const ofShown =
          shown.length === 2 &&
          shown.some((t) => last.has(t.id)) &&
          (offered.length === all.length || !offered.some((t) => !last.has(t.id)));
        const pool = ofShown
          ? shown
          : offered.some((t) => !last.has(t.id))
            ? offered
            : all.filter((t) => (prefer ? t.completed === (prefer === 'completed') : true));
        let others = pool.filter((t) => !last.has(t.id));
        // "emailed Sarah" … "and the other one too": of the rest, the ones like the last one.
        if (!ref.text && others.length > 1) {
          const like = [...last]
            .map((id) => all.find((t) => t.id === id))
            .flatMap((t) => {
              if (!t) return [];
              const shared = tasksSharingWords(t.title, others);
              // "Call mom" … "the other one": "Call dad", by the verb they share.
              const verb = keywords(t.title)[0];
              return shared.length > 0
                ? shared
                : others.filter((o) => keywords(o.title)[0] === verb);
            });
          if (like.length > 0) others = [...new Set(like)];
        }
        // "the other letter": of the others, those the words describe.
        if (ref.text) {
          const matched = matchTasks(ref.text, others).candidates;
          const named = matched.length > 0 ? matched : tasksSharingWords(ref.text, others);
          if (named.length > 0) others = named;
          else if (turn.state.lastCandidates.length === 0)
            others = tasksSharingWords(ref.text, all).filter((t) => !last.has(t.id));
        }
        if (others.length === 1 || (ref.plural && others.length > 1))
          return { ok: true, tasks: others };
        return {
          ok: false,
          candidates: others.length > 1 ? others : undefined,
          reply:
            others.length > 1
              ? whichOne(others)
              : 'Which task do you mean? Tell me its number (like “task 2”) or some of its words.',
        };
      }
      case 'statement': {
        // ("I booked the U12s pitch" … "the other pitch one is booked as well": the other one)
        const otherNamed =
          /^\S+(?:\s+(?:out|off|up|back|in))?\s+the\s+other\s+(\S+(?:\s+\S+)?)\s+(?:one|task|item|job)$/i.exec(
            ref.text,
          );
        if (otherNamed) return this.resolve({ kind: 'other', text: otherNamed[1]! }, turn, prefer);
        // "booked the first one", "knocked out the last one", "dropped it off at the locker"
        // after a list or a task was just shown: the deed done to the one those words point to
        const which =
          /^\S+(?:\s+(?:out|off|up|back|in))?\s+(the\s+(?:first|second|third|fourth|last|top|bottom)(?:\s+one)?|it|that one|this one)(?:\s+(?:off|back|up|out|in))?(?:\s+(?:at|to|in|on|for|with|this|just|earlier|already|today|now|finally)\b.*)?$/i.exec(
            ref.text,
          );
        const pointed = which ? parseRef(which[1]!) : undefined;
        // ("emailed it to the professor" with "Email the professor" on the list: that one)
        if (
          pointed &&
          ((pointed.kind === 'positions' && turn.state.shown.length > 0) ||
            (pointed.kind === 'focus' && turn.state.focus.length > 0)) &&
          matchTasks(ref.text, all).candidates.length === 0
        ) {
          const found = this.resolve(pointed, turn, prefer);
          if (found.ok && found.tasks.length === 1) return found;
        }
        // "paid him just now" after adding "Pay the milkman": the task just talked about
        const deed = ref.text.match(
          /^(\S+)\s+(?:him|her|them|it|that|this)(?:\s+(?:back|off|up|out))?$/i,
        );
        if (deed) {
          const fits = present(turn.state.focus, all).filter((t) =>
            t.title.toLowerCase().startsWith(`${deed[1]!.toLowerCase()} `),
          );
          if (fits.length === 1) return { ok: true, tasks: fits };
        }
        // ("the cake is iced the candles are bought": reports run on, each about a task)
        const runOn = ref.text.replace(RUN_ON_REPORT, ', ');
        if (/\s(?:and|&)\s|,/.test(runOn)) {
          // "finished both the laundry and the dishes": each part names a task.
          const each = this.resolve(
            {
              kind: 'words',
              text: runOn.replace(
                /^(?:finish(?:ed)?|complete(?:d)?|done|do|did)\s+(?:with\s+)?(?:both\s+|all\s+)?/i,
                '',
              ),
            },
            turn,
            prefer,
          );
          if (each.ok && each.tasks.length > 1) return each;
        }
        // ("finished the descaling this morning": when it was done names no task)
        const told = ref.text.replace(
          /(?<=\S)\s+(?:(?:earlier\s+)?this\s+(?:morning|afternoon|evening)|last\s+night|earlier(?:\s+today)?|today|yesterday|just\s+now|at\s+last|finally|already)$/i,
          '',
        );
        let { candidates } = matchTasks(told, all);
        // ("finished the descaling": a deed any task has, so the thing done names it)
        const thing = told.replace(
          /^(?:finish(?:ed)?|complete(?:d)?)\s+(?:with\s+)?(?=\S+\s+\S)/i,
          '',
        );
        const byThing = thing !== told ? matchTasks(thing, all).candidates : [];
        if (candidates.length === 0 && byThing.length === 1) candidates = byThing;
        // ("aisles 4 to 6 are all counted now": every task they find)
        if (ref.every && candidates.length > 1)
          return { ok: true, tasks: inRange(ref.text, candidates) };
        const forward = candidates.length === 1 ? candidates : [];
        // "submitted" with two submit tasks: a deed alone never picks between them.
        const bare = candidates.length > 1 && keywords(ref.text).length === 1;
        // ("sent the invoice" with an invoice to send to Acme and one to Bolt: ask which)
        const about =
          forward[0] ?? (bare || candidates.length > 1 ? undefined : taskAbout(ref.text, all));
        if (!about) {
          // "I paid the bill" with two bills on the list: ask which.
          const several = candidates.length > 1 ? candidates : tasksSharingWords(ref.text, all);
          // "invoice sent" with "Invoice the Times for puzzle 2871": the thing done is the deed
          // the one task starts with
          const [deedSaid, thing, ...more] = keywords(ref.text);
          const deedOfTask = several.length === 1 ? (words(several[0]!.title)[0] ?? '') : '';
          if (
            deedSaid &&
            thing &&
            more.length === 0 &&
            TASK_VERBS.has(deedOfTask) &&
            stem(thing) === stem(deedOfTask)
          )
            return { ok: true, tasks: several };
          if (ref.every && several.length > 1 && several.length <= 6)
            return { ok: true, tasks: inRange(ref.text, several) };
          if (several.length > 1 && several.length <= 6)
            return {
              ok: false,
              candidates: several,
              reply: whichOne(several),
            };
          // Nothing on the list shares its words: say so plainly, change nothing.
          return {
            ok: false,
            reply:
              several.length === 0
                ? `I don't see a task like that on your list, so nothing changed. ${titlesPreview(all)}`
                : `Sorry, I couldn't tell which task that was about. ${titlesPreview(all)}`,
          };
        }
        // News that settles nothing, unless it says the task is done as well ("Steve came round,
        // so that one's done"): what is said next ("anything for her?") is about that task
        const itsDeed = words(about.title)[0] ?? '';
        // "Morag phoned" is not "Email Morag about the rota" done, nor "the callout came in"
        // "Update the callout group": someone else's deed settles only a task it can
        const othersDeed =
          !!ref.event &&
          !settledBy(ref.event, about, ref.text) &&
          // ("Steve came round so I gave him the drill back": a deed of one's own in it)
          !/\b(?:i|we)\s+(?:(?:just|also|then|finally)\s+)?(?:\w+ed|gave|took|got|did|paid|sent|made|put|brought|handed|dropped|sold|lent|bought)\b/i.test(
            ref.text,
          );
        // "I dropped my windlass in the lock" for "Buy a new windlass": a mishap is news, not the
        // task done (unless it is the task's own deed: "dropped the parcel off")
        const mishap = MISHAP.exec(ref.text.trim());
        // ("the NCT is booked for next week" for "Get the NCT done": booking it is not doing it)
        const bookedAhead =
          /\b(?:booked|scheduled|arranged|planned|pencilled in|penciled in|lined up|set up)\b.{0,40}?\b(?:for|on)\s+(?:next|tomorrow|this|the\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
            ref.text,
          ) &&
          !/^(?:book|schedule|arrange|organi[sz]e|plan|reserve|sort|set|pencil|line)$/i.test(
            itsDeed,
          );
        // ("dispatch changed my route start" for "Route 27 early start": a change to it is news
        // of it, not it done, unless changing is its own deed)
        const changed =
          /\b(changed|moved|rescheduled|postponed|shifted|updated|cancell?ed|pushed)\b/i.exec(
            ref.text,
          );
        const changedIt =
          !!changed && stem(itsDeed) !== stem(changed[1]!.toLowerCase().replace(/l?ed$/, ''));
        if (
          (othersDeed ||
            (mishap && stem(itsDeed) !== stem(mishap[1]!.toLowerCase())) ||
            TROUBLE.test(ref.text) ||
            changedIt ||
            bookedAhead) &&
          !/\b(?:done|sorted|finished|completed|dealt with|taken care of)\b/i.test(ref.text)
        ) {
          turn.state.focus = [about.id];
          return {
            ok: false,
            reply: `Noted. I've left ${q(about)} as it is — say “done” if it's finished.`,
          };
        }
        return { ok: true, tasks: [about] };
      }
      case 'focus': {
        // "I've paid it" right after asking about the council tax: that one, if it fits the deed
        const inFocus = present(turn.state.focus, all);
        // "Car tax. Add note: …": another sentence names it, when nothing was talked about yet or
        // it names a task outright ("I don't need the dry cleaning one. Delete it."); "Work is
        // chaos. Move it to 5pm" right after adding a task is about that task.
        if (ref.topic && !ref.context) {
          // ("she wants 300 now. change the note …": said of whoever the task just talked about
          // is for)
          const named =
            inFocus.length === 0 ||
            (namesTask(ref.topic, all) &&
              !/^(?:(?:och|oh|ah|well|so|right)[,\s]+)*(?:he|she|they|it)(?:'s|'re|'ve)?\s/i.test(
                ref.topic.trim(),
              ));
          return this.resolve(
            named ? { kind: 'focus', context: ref.topic } : { kind: 'focus' },
            turn,
            prefer,
          );
        }
        // "tick off all the interview transcriptions" … "oh wait, 9 isn't finished, untick it":
        // the one of those just changed whose title has that number
        const numbered =
          ref.context &&
          inFocus.length > 1 &&
          /^(?:(?:oh|ah|wait|no|sorry|actually|hang on|hmm)[,\s]+)*(?:number\s+|no\.?\s*)?(\d{1,4})\b(?!\s*(?:st|nd|rd|th|am|pm|:))/i.exec(
            ref.context.trim(),
          );
        if (numbered) {
          const has = inFocus.filter((t) =>
            new RegExp(`(?<![\\d/:.])${numbered[1]}(?![\\d/:.])`).test(t.title),
          );
          if (has.length === 1) return { ok: true, tasks: has };
        }
        // ("add buy shallots and sharpen the mandoline" … "the shallots, I have them already, mark
        // it": the one of those the words name)
        if (ref.context && inFocus.length > 1) {
          for (const words of [ref.context, ref.context.split(/\s*[,;]\s*/)[0]!]) {
            const one = matchTasks(words, inFocus).candidates;
            if (one.length === 1) return { ok: true, tasks: one };
          }
        }
        // "the first one, it's done": the clause before names the task the usual way.
        const named = ref.context ? parseRef(ref.context) : undefined;
        if (named && ['positions', 'ids', 'quoted', 'neighbour', 'recent'].includes(named.kind))
          return this.resolve(named, turn, prefer);
        // "I've seen to the last one now, so please tick it off": the place said in passing
        const place =
          ref.context &&
          /\bthe\s+(first|second|third|fourth|fifth|last)\s+(?:one|task|item)\b(?!\s+(?:i|we|you)\s)/i.exec(
            ref.context,
          );
        if (place) {
          const at = ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(
            place[1]!.toLowerCase(),
          );
          return this.resolve(
            { kind: 'positions', positions: [at < 0 ? -1 : at + 1] },
            turn,
            prefer,
          );
        }
        if (
          ref.context &&
          inFocus.length > 0 &&
          (matchTasks(ref.context, inFocus).candidates.length === inFocus.length ||
            // "she rang me, so it's done": she is who the task just talked about is for
            /^(?:(?:wait|no|oh|ok|okay|actually|sorry|oops|hang on|hmm)[,\s]+)*(?:he|she|they|it|that|this)(?:'s)?\s/i.test(
              ref.context.trim(),
            ) ||
            // "I already bought it, mark it done": it
            /\s(?:it|them|him|her)(?:\s+(?:already|now|too|yesterday|today))?$/i.test(
              ref.context.trim(),
            ) ||
            // "sorry, not yet sent. make it not done": what wasn't done yet, of the task just named
            /^(?:(?:sorry|oops|no|nope|wait|actually)[,\s]+)*(?:not|still not|not yet|never)\b/i.test(
              ref.context.trim(),
            ) ||
            // "the confirmation email hasn't come through, put it back as not done": why it
            // isn't done after all, whatever else it names
            (prefer === 'completed' &&
              /\b(?:hasn't|haven't|hadn't|didn't|isn't|wasn't|not yet|never|second-guessing|not sure)\b/i.test(
                ref.context,
              )) ||
            // "I did that on the way home, mark it done": "that", and no other task named
            // ("rang the council this morning, so that one's done": "this morning" is no "it")
            (/\b(?:it|that|this|them)\b/i.test(
              ref.context.replace(
                /\b(?:this|that)\s+(?:morning|afternoon|evening|week|weekend|month|year|time|day)\b/gi,
                '',
              ),
            ) &&
              matchTasks(
                ref.context,
                all.filter((t) => !inFocus.includes(t)),
              ).candidates.length === 0))
        )
          return { ok: true, tasks: inFocus };
        if (
          ref.context &&
          !/^(?:this|that|it|the same)(?: one| task)?$/i.test(ref.context.trim())
        ) {
          // "the task number 2 I have made already": a number in the context names the task.
          const number = ref.context.match(/(?:\btask|\bitem|#)\s*#?(\d+)\b/i);
          if (number) return this.resolve({ kind: 'ids', ids: [Number(number[1])] }, turn, prefer);
          const { candidates } = matchTasks(ref.context, all);
          let about = candidates.length === 1 ? candidates[0] : taskAbout(ref.context, all);
          // ("I went into town and popped into the audiologist and got Gran's hearing aid, so
          // that one's done": the last thing said before it names the task)
          if (!about) {
            const parts = ref.context.split(/\s*(?:[,;]|\band\b|\bso\b|\bthen\b)\s*/i);
            for (let i = parts.length - 1; i >= 0 && !about; i--) {
              const part = parts[i]!.trim();
              if (part.split(/\s+/).length < 2) continue;
              const one = matchTasks(part, all).candidates;
              if (one.length === 1) about = one[0];
            }
          }
          if (about) return { ok: true, tasks: [about] };
          const words = this.resolve(
            {
              kind: 'words',
              text: ref.context.replace(/^(?:the\s+)?(?:task|one)\s+(?:of|about|for)\s+/i, ''),
            },
            turn,
            prefer,
          );
          // (the only candidates are the task just talked about: that one)
          if (
            !words.ok &&
            words.candidates &&
            inFocus.length > 0 &&
            words.candidates.every((t) => inFocus.some((f) => f.id === t.id))
          )
            return { ok: true, tasks: inFocus };
          if (!words.ok && words.candidates) return words;
        }
        let focus = present(turn.state.focus, all);
        // Just shown a list of one: "that one" is it.
        const shown = turn.state.shown.filter((id) => all.some((t) => t.id === id));
        if (focus.length === 0 && shown.length === 1) focus = all.filter((t) => t.id === shown[0]);
        // (nothing talked about yet, and one task on the list: "it" can only be that one)
        if (
          focus.length === 0 &&
          shown.length === 0 &&
          turn.state.focus.length === 0 &&
          turn.state.recent.length === 0 &&
          !turn.state.lastAction &&
          all.length === 1
        )
          focus = all;
        // "show them" after a count: the tasks counted. A change to "that one" after a list of
        // several asks which of them.
        if (focus.length === 0 && shown.length > 1) {
          const listed = shown.map((id) => all.find((t) => t.id === id)!);
          if (!READS.has(this.#answering.get(turn) ?? 'unknown') && listed.length <= 10)
            return {
              ok: false,
              candidates: listed,
              reply: whichOne(listed),
            };
          focus = listed;
        }
        // With one task on the list, "it" can only be that one.
        // (Only when nothing was talked about yet: a task just deleted leaves no stand-in.)
        if (focus.length === 0 && turn.state.focus.length === 0 && all.length === 1) focus = all;
        if (focus.length === 0) {
          // ("move it to tomorrow" with nothing talked about: the open ones, to choose from)
          const open = all.filter((t) => !t.completed);
          if (open.length > 1 && open.length <= 8)
            return {
              ok: false,
              candidates: open,
              reply: whichOne(open, 'Which task do you mean?'),
            };
          return {
            ok: false,
            reply:
              'Which task do you mean? Tell me its number (like “task 2”) or some of its words.',
          };
        }
        return { ok: true, tasks: focus };
      }
      case 'all': {
        let tasks =
          ref.status === 'all'
            ? all
            : all.filter((t) => t.completed === (ref.status === 'completed'));
        if (ref.filter) {
          const day = ref.filter.on ? turn.readDate(ref.filter.on) : undefined;
          if (ref.filter.on && !day)
            return { ok: false, reply: `I couldn't tell which day “${ref.filter.on}” is. ${HELP}` };
          tasks = tasks.filter((t) => inAgenda(t, ref.filter!, turn.today(), day?.date));
        }
        if (ref.rest) {
          // ("the rest can go" after ticking two: the others; "the rest" of a list just shown)
          const dealt = new Set([...turn.state.lastTargets, ...turn.state.focus]);
          const shown = new Set(turn.state.shown);
          tasks = tasks.filter(
            (t) =>
              !dealt.has(t.id) &&
              (turn.state.lastAsked !== 'list' || shown.size === 0 || shown.has(t.id)),
          );
        }
        if (ref.deeds) {
          const deeds = new Set(ref.deeds);
          tasks = tasks.filter((t) => deeds.has((t.title.split(/\s+/)[0] ?? '').toLowerCase()));
        }
        if (ref.except) {
          // "all done except the last one": by position, number or words.
          const named = parseRef(ref.except);
          const left =
            named.kind === 'positions' || named.kind === 'ids'
              ? (() => {
                  const r = this.resolve(named, turn);
                  return r.ok ? r.tasks : [];
                })()
              : ref.rest
                ? // ("…keep the florist one, but get rid of the rest": each thing named before it)
                  ref.except
                    .split(/\s*[,;]\s*|\s+(?:and|but)\s+/i)
                    .map((part) => part.replace(KEPT, ''))
                    .flatMap((part) => {
                      const found = matchTasks(part, all).candidates;
                      return found.length === 1 ? found : [];
                    })
                : matchTasks(ref.except, tasks).candidates;
          if (left.length === 0)
            return {
              ok: false,
              reply: `Sorry, I couldn't find “${describeWords(ref.except)}” to leave out. ${titlesPreview(all)}`,
            };
          const leftOut = new Set(left.map((t) => t.id));
          tasks = tasks.filter((t) => !leftOut.has(t.id));
        }
        if (tasks.length === 0 && ref.filter)
          return {
            ok: false,
            reply: `${this.#agenda({ type: 'agenda', ...ref.filter }, turn)} So nothing changed.`,
          };
        if (tasks.length === 0) {
          const what = ref.status === 'all' ? 'tasks' : `${ref.status} tasks`;
          return {
            ok: false,
            reply: `You don't have any ${what} right now, so there's nothing to change.`,
          };
        }
        return { ok: true, tasks };
      }
      case 'quoted':
      case 'words': {
        if ('except' in ref && ref.except) return this.#leaveOut(ref, turn, prefer);
        const text = ref.text;
        // "mark it and call mom done": the task just talked about, and the one named
        const withIt = text.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
        if (
          withIt.length > 1 &&
          withIt.some((p) => /^(?:it|that|this)(?:\s+one)?$/i.test(p)) &&
          turn.state.focus.length > 0
        ) {
          const each = withIt.map((part) =>
            /^(?:it|that|this)(?:\s+one)?$/i.test(part)
              ? this.resolve({ kind: 'focus' }, turn, prefer)
              : this.resolve({ kind: 'words', text: part }, turn, prefer),
          );
          if (each.every((r) => r.ok && r.tasks.length >= 1))
            return { ok: true, tasks: [...new Set(each.flatMap((r) => (r.ok ? r.tasks : [])))] };
        }
        // ("all the swim stuff": "Book baby swimming" too, whatever form the word takes)
        let { candidates } = matchTasks(text, all, !(ref.kind === 'words' && ref.every));
        if (candidates.length === 0 && /\s(?:and|&)\s|,/.test(text)) {
          // "the garden and insurance tasks": each part must name one task.
          const parts = text
            .replace(/\s+(?:tasks|ones|items)$/i, '')
            .split(/\s*(?:,|\band\b|&)\s*/i)
            .filter(Boolean);
          const each = parts.map((part) =>
            this.resolve({ kind: 'words', text: part }, turn, prefer),
          );
          if (parts.length > 1 && each.every((r) => r.ok && r.tasks.length === 1)) {
            return { ok: true, tasks: each.flatMap((r) => (r.ok ? r.tasks : [])) };
          }
        }
        // ("which emails do I still have to send?" … "sent both now": a deed said of the two
        // just shown, whatever its word)
        const shownNow = present(turn.state.shown, all);
        if (
          candidates.length === 0 &&
          ref.kind === 'words' &&
          ref.count &&
          ref.count === shownNow.length &&
          keywords(text).length <= 1
        )
          return { ok: true, tasks: shownNow };
        if (candidates.length === 0) {
          // "all my work stuff", "everything tagged home", "#errands": the tasks of a label
          const labelled = ofLabel(text, all, ref.kind === 'words' && ref.every === true, prefer);
          if (labelled.length > 0) return { ok: true, tasks: labelled };
          // "the overdue one", "the 3 o'clock one", "the car one": by when, how urgent or a label
          const having =
            ref.kind === 'words'
              ? this.#having(
                  text,
                  all.filter((t) => t.completed === (prefer === 'completed')),
                  all,
                  turn,
                )
              : undefined;
          if (having) return having;
          // "the letter to Harold" for "Write to cousin Harold": the one task its words point to.
          const about = ref.kind === 'words' ? taskAbout(text, all) : undefined;
          if (about) return { ok: true, tasks: [about] };
          // "the phone call" with "Call mom" and "Call dad": ask among those some words fit.
          const partial = partlyMatching(text, all, ref.kind === 'quoted');
          // ("bays 2 to 3 are all checked now": every one of them)
          if (ref.kind === 'words' && ref.every && partial.length > 1 && partial.length <= 6)
            return { ok: true, tasks: inRange(text, partial) };
          // ("mark 'by bread' done" with "Buy bread": a slip in each word said, so that task)
          if (partial.length === 1 && slipOf(text, partial[0]!.title))
            return { ok: true, tasks: partial };
          if (partial.length === 1)
            return {
              ok: false,
              candidates: partial,
              reply: `Do you mean ${q(partial[0]!)} (#${partial[0]!.id})? Say “task ${partial[0]!.id}” if so.`,
            };
          if (partial.length > 0 && partial.length <= 6)
            return {
              ok: false,
              candidates: partial,
              reply: whichOne(partial),
            };
          return {
            ok: false,
            reply: `Sorry, I couldn't find a task matching “${describeWords(text)}”. ${titlesPreview(all)}`,
          };
        }
        if (candidates.length > 1 && prefer) {
          const preferred = candidates.filter((t) => t.completed === (prefer === 'completed'));
          if (preferred.length >= 1) candidates = preferred;
        }
        // "the two pay ones": as many as were said.
        if (ref.kind === 'words' && ref.count !== undefined && candidates.length === ref.count)
          return { ok: true, tasks: candidates };
        // ("both Clarke tasks" with "… the Clarke wedding" and "Invoice the Clarkes": the words in
        // any form, when as said they find too few)
        if (ref.kind === 'words' && ref.count !== undefined && candidates.length < ref.count) {
          const loose = matchTasks(ref.text, all, false).candidates;
          const pool = prefer
            ? loose.filter((t) => t.completed === (prefer === 'completed'))
            : loose;
          if (pool.length === ref.count) return { ok: true, tasks: pool };
        }
        if (ref.kind === 'words' && ref.every)
          return { ok: true, tasks: inRange(ref.text, candidates) };
        // ("the first email tom one": the first of them, in list order)
        // ("the first aid one" with "First aid kit" and "First aid course": the ordinal is a
        // word of their name, so which of them is still to be asked)
        const ordinal = ref.kind === 'words' && ref.nth !== undefined ? ORDINAL_OF[ref.nth] : '';
        const named = ordinal
          ? candidates.filter((t) =>
              new RegExp(
                `\\b${ordinal}[\\s-]+${escapeRegExp(ref.text.split(/\s+/)[0]!)}`,
                'i',
              ).test(t.title),
            )
          : [];
        if (named.length > 0) candidates = named;
        else if (ref.kind === 'words' && ref.nth !== undefined && candidates.length > 1) {
          const ordered = [...candidates].sort((a, b) => a.id - b.id);
          const pick = ref.nth < 0 ? ordered.at(ref.nth) : ordered[ref.nth - 1];
          if (pick) return { ok: true, tasks: [pick] };
        }
        if (candidates.length > 1) {
          // Offered in list order, so "the second one" means the second line shown.
          candidates = [...candidates].sort((a, b) => a.id - b.id);
          return {
            ok: false,
            candidates,
            reply: whichOne(candidates),
          };
        }
        return { ok: true, tasks: candidates };
      }
    }
  }

  /**
   * The tasks some words name by a field rather than a title ("the overdue one", "the one due
   * tomorrow", "the 3 o'clock one", "the urgent one", "the car one"): the one, or which of them.
   */
  #having(text: string, pool: Task[], all: Task[], turn: TurnContext): Resolved | undefined {
    const said = readAttribute(text);
    if (!said) return undefined;
    const today = turn.today();
    const day = said.filter?.on ? turn.readDate(said.filter.on)?.date : undefined;
    if (said.filter?.on && !day) return undefined;
    const found = pool.filter((t) =>
      said.at
        ? dueAtSaid(t.dueTime, said.at)
        : said.part
          ? dueInPart(t.dueTime, said.part)
          : said.label
            ? t.labels.includes(said.label)
            : inAgenda(t, said.filter!, today, day),
    );
    if (found.length === 1) return { ok: true, tasks: found };
    if (found.length === 0 || found.length > 6) return undefined;
    const candidates = inListOrder(found, all);
    return {
      ok: false,
      candidates,
      reply: whichOne(candidates),
    };
  }

  /** Says why the tasks couldn't be found; when it asks "which one?", remembers the request. */
  #unresolved(resolved: Resolved & { ok: false }, turn: TurnContext, intent?: Intent): string {
    // ("is 'Renew passport' on my list?" … "ok add it then")
    if (
      !resolved.candidates?.length &&
      intent &&
      (intent.type === 'status' || intent.type === 'show' || intent.type === 'when') &&
      (intent.ref.kind === 'words' || intent.ref.kind === 'quoted')
    ) {
      turn.state.notFound = intent.ref.text.slice(0, 200);
      return `${resolved.reply} Say “add it” if you'd like it on your list.`;
    }
    if (resolved.candidates) {
      turn.state.shown = resolved.candidates.map((t) => t.id);
      if (intent)
        turn.state.clarify = {
          intent: intent as unknown as Record<string, unknown>,
          candidates: resolved.candidates.map((t) => t.id),
        };
    }
    return resolved.reply;
  }

  /** The answer to "which one?": the tasks offered, picked by number, position or words. */
  #choose(ref: TaskRef, turn: TurnContext, clarify: ConversationState['clarify']): string {
    if (!clarify) return `I'm not sure what you'd like me to do with that. ${HELP}`;
    const all = turn.tasks('all');
    const offered = present(clarify.candidates, all);
    let picked: Task[] = [];
    if (ref.kind === 'shown' && ref.count !== undefined && ref.count !== offered.length) {
      turn.state.clarify = clarify; // (still asking)
      return `There were ${plural(offered.length, 'task')} — which ${ref.count}? Tell me their numbers, like “${offered
        .slice(0, ref.count)
        .map((t) => t.id)
        .join(' and ')}”.`;
    }
    if (ref.kind === 'shown') {
      picked = offered;
      // "except Vidal": every one offered but those it names
      if (ref.except) {
        const left = new Set(matchTasks(ref.except, offered).candidates.map((t) => t.id));
        if (left.size === 0) {
          turn.state.clarify = clarify; // (still asking)
          return `Sorry, I couldn't find “${describeWords(ref.except)}” among them. Tell me the numbers, like “${offered
            .slice(0, 2)
            .map((t) => t.id)
            .join(' and ')}”.`;
        }
        picked = offered.filter((t) => !left.has(t.id));
      }
    } else if (ref.kind === 'ids')
      picked = ref.ids
        .map(
          (n) =>
            offered.find((t) => t.id === n) ??
            (n <= offered.length
              ? offered[n - 1]
              : // ("311" between the shower curtains in 311 and in 204: the number of its title)
                only(offered.filter((t) => new RegExp(`(?<![\\d.])${n}(?![\\d.])`).test(t.title)))),
        )
        .filter((t): t is Task => !!t);
    else if (ref.kind === 'positions')
      picked = ref.positions
        .map((p) => (p < 0 ? offered[offered.length + p] : offered[p - 1]))
        .filter((t): t is Task => !!t);
    else if (ref.kind === 'words' || ref.kind === 'quoted') {
      picked = matchTasks(ref.text, offered).candidates;
      // "the roof and the driveway": one answer for each
      const parts = ref.text.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&|plus)\s+/).filter(Boolean);
      if (picked.length === 0 && parts.length > 1) {
        const each = parts.map((p) => matchTasks(p, offered).candidates);
        if (each.every((c) => c.length === 1)) picked = [...new Set(each.map((c) => c[0]!))];
      }
      if (picked.length === 0) {
        const about = taskAbout(ref.text, offered);
        picked = about ? [about] : [];
      }
      // "the work one" between two "Order prints", "the overdue one": a label, when it is due,
      // how urgent, picks one
      if (picked.length !== 1) {
        const having = this.#having(ref.text, picked.length > 1 ? picked : offered, all, turn);
        if (having?.ok) picked = having.tasks;
      }
      // "I emailed them" between calling and emailing the insurer: the deed picks one.
      if (picked.length === 0) {
        const said = keywords(ref.text);
        const byDeed = offered.filter((t) => {
          const deed = keywords(t.title)[0];
          return deed !== undefined && said.includes(deed);
        });
        if (byDeed.length === 1) picked = byDeed;
      }
    }
    // "mine" (between "Renew my passport" and "Renew the cat's passport"), "just Liam" (between
    // "Call Liam" and "Call Liam's teacher"): the one with every word said, and nothing more
    const literal = ref.kind === 'words' ? ref.text.toLowerCase().split(/\s+/).filter(Boolean) : [];
    if (
      picked.length !== 1 &&
      ref.kind === 'words' &&
      !literal.every((w) => /^(?:the|a|an|one|it|that|this|to|of|for)$/.test(w))
    ) {
      const withAll = (picked.length > 1 ? picked : offered).filter((t) =>
        literal.every((w) =>
          new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'iu').test(t.title),
        ),
      );
      if (withAll.length === 1) picked = withAll;
      else {
        const said = keywords(ref.text);
        const extra = (t: Task) =>
          keywords(t.title)
            .slice(TASK_VERBS.has(words(t.title)[0] ?? '') ? 1 : 0)
            .filter((w) => !said.some((x) => x === w)).length;
        const least = Math.min(...picked.map(extra));
        const fewest = picked.filter((t) => extra(t) === least);
        if (picked.length > 1 && fewest.length === 1 && !/\s(?:and|&|plus)\s|,/.test(ref.text))
          picked = fewest;
      }
    }
    const severalNamed =
      (ref.kind === 'words' || ref.kind === 'quoted') &&
      /\s(?:and|&|plus)\s|,/.test(ref.text) &&
      picked.length > 1;
    if (
      picked.length === 0 ||
      (picked.length > 1 && (ref.kind === 'words' || ref.kind === 'quoted') && !severalNamed)
    ) {
      turn.state.clarify = clarify; // still open
      return whichOne(offered);
    }
    const intent = clarify.intent as unknown as Intent;
    const chosen: TaskRef = { kind: 'ids', ids: picked.map((t) => t.id) };
    const reply = [intent, ...((clarify.more ?? []) as unknown as Intent[])]
      .map((each) => this.#handle({ ...each, ref: chosen } as Intent, turn))
      .join('\n');
    // "no, the other one" now means another of those offered.
    turn.state.lastCandidates = offered.map((t) => t.id);
    return reply;
  }

  /** Answers the question as asked: "is it done?" and "do I still need to?" are opposites. */
  #status(ref: TaskRef, turn: TurnContext, asks: 'done' | 'pending' | 'gone' = 'done'): string {
    // "Delete the gym one" … "is it gone?": whether the task just talked about is still there
    if (asks === 'gone' && ref.kind === 'focus') {
      const all = turn.tasks('all');
      const there = present(turn.state.focus, all);
      if (turn.state.focus.length > 0 && there.length === 0)
        return 'Yes — it’s gone from your list. Say “undo” to bring it back.';
      // ("done the timesheet" … "is it off my list for good now?": a repeat comes back)
      if (there.length > 0)
        return there
          .map((t) =>
            t.repeat && !t.completed
              ? `No — ${q(t)} (#${t.id}) repeats ${sayRepeat(t.repeat).replace(/^Every/, 'every')}, so it comes back${t.dueDate ? ` ${sayDue(t.dueDate, t.dueTime, turn.today())}` : ''}. Say “stop repeating it” to finish it for good.`
              : `No — ${q(t)} (#${t.id}) is still on your list.`,
          )
          .join('\n');
    }
    if (asks === 'gone') asks = 'pending';
    let resolved = this.resolve(ref, turn);
    // "have I done either of the insurance renewals?": a question about several is answered for
    // each (asking which would only slow the answer down).
    if (!resolved.ok && resolved.candidates && resolved.candidates.length <= LIST_LIMIT)
      resolved = { ok: true, tasks: resolved.candidates };
    if (!resolved.ok) return this.#unresolved(resolved, turn, { type: 'status', ref, asks });
    turn.state.focus = resolved.tasks.map((t) => t.id);
    turn.state.lastAsked = 'status';
    return resolved.tasks
      .map((t) =>
        asks === 'pending'
          ? t.completed
            ? `No — ${q(t)} (#${t.id}) is already done ✓`
            : `Yes — ${q(t)} (#${t.id}) is still pending.`
          : t.completed
            ? `Yes — ${q(t)} (#${t.id}) is done ✓`
            : `Not yet — ${q(t)} (#${t.id}) is still pending.`,
      )
      .join('\n');
  }

  #again(said: TaskRef, turn: TurnContext, value?: string): string {
    const ref = this.#likeTheLast(said, turn) ?? said;
    switch (turn.state.lastAction) {
      case 'complete':
      case 'reopen':
        return this.#setCompleted(turn.state.lastAction, ref, turn);
      case 'delete':
        return this.#delete(ref, turn);
      case 'add':
        if (ref.kind === 'words' || ref.kind === 'quoted') {
          return this.#add({ type: 'add', title: tidyTitle(ref.text) }, turn);
        }
        break;
      case 'update': {
        // "same for task 2": the same new title or description on another task; "and the plumber
        // one to Call Luigi": the same field, the new text said.
        const fields = turn.state.lastFields;
        if (value !== undefined)
          return this.#update(
            fields.description !== undefined && fields.title === undefined
              ? { type: 'update', ref, description: tidyDescription(value) }
              : { type: 'update', ref, title: tidyTitle(value) },
            turn,
          );
        if (fields.title !== undefined && fields.from !== undefined) {
          // "change call mum to facetime mum" … "and do the same for dad": Facetime dad.
          const target = this.resolve(ref, turn);
          const title =
            target.ok && target.tasks.length === 1
              ? sameEditOn(fields.from, fields.title, target.tasks[0]!.title)
              : undefined;
          if (title !== undefined)
            return this.#update(
              {
                type: 'update',
                ref: { kind: 'ids', ids: [target.ok ? target.tasks[0]!.id : 0] },
                title,
                ...(fields.description !== undefined ? { description: fields.description } : {}),
              },
              turn,
            );
        }
        if (fields.title !== undefined || fields.description !== undefined) {
          const { from: _from, ...same } = fields;
          return this.#update({ type: 'update', ref, ...same }, turn);
        }
        break;
      }
      case null:
        break;
    }
    return `I'm not sure what you'd like me to do with that. ${HELP}`;
  }

  /**
   * "finished chapter 4" … "and 5 as well": a number (or a name, a size…) said on its own after a
   * change to a title that has one of its kind is that title with it swapped, when such a task is
   * on the list.
   */
  #likeTheLast(ref: TaskRef, turn: TurnContext): TaskRef | undefined {
    const said =
      ref.kind === 'ids' && ref.ids.length === 1
        ? String(ref.ids[0])
        : ref.kind === 'words'
          ? ref.text.replace(/^(?:and|&|also|plus)\s+/i, '').trim()
          : undefined;
    if (!said || /\s/.test(said) || turn.state.lastTargets.length !== 1) return undefined;
    const all = turn.tasks('all');
    const last = all.find((t) => t.id === turn.state.lastTargets[0]);
    if (!last) return undefined;
    const swapped = sameKindReplaced(last.title.split(/\s+/), [said]);
    if (!swapped || swapped.toLowerCase() === last.title.toLowerCase()) return undefined;
    const like = all.filter((t) => t.title.toLowerCase() === swapped.toLowerCase());
    return like.length === 1 ? { kind: 'ids', ids: [like[0]!.id] } : undefined;
  }

  #setCompleted(
    kind: 'complete' | 'reopen',
    ref: TaskRef,
    turn: TurnContext,
    /** "and tomorrow's too": the time after the one just ticked off. */
    nextToo = false,
  ): string {
    // ("sorted the first one" … "and the next one too": with no next time to a task that doesn't
    // repeat, the next one is the one after it on the list)
    if (nextToo && ref.kind === 'focus') {
      const inFocus = present(turn.state.focus, turn.tasks('all'));
      if (inFocus.length > 0 && inFocus.every((t) => !t.repeat)) {
        ref = { kind: 'neighbour', offset: 1 };
        nextToo = false;
      }
    }
    const before = { action: turn.state.lastAction, targets: turn.state.lastTargets };
    turn.state.lastAction = kind;
    const wantDone = kind === 'complete';
    const scoped: TaskRef =
      ref.kind === 'all' && ref.status === 'all'
        ? { ...ref, status: wantDone ? 'pending' : 'completed' }
        : ref;
    const resolved = this.resolve(scoped, turn, wantDone ? 'pending' : 'completed');
    if (!resolved.ok) {
      if (scoped.kind === 'all') {
        return wantDone
          ? 'Everything is already done — nice work!'
          : "None of your tasks are marked done, so there's nothing to reopen.";
      }
      return this.#unresolved(resolved, turn, { type: kind, ref });
    }
    // "I've sent the weekly update" … "can you tick it off for this week": this time of a
    // repeating task, just ticked off, is not ticked off again
    const again = resolved.tasks.filter(
      (t) => t.repeat && before.action === 'complete' && before.targets.includes(t.id),
    );
    if (wantDone && !nextToo && ref.kind === 'focus' && again.length === resolved.tasks.length) {
      turn.state.focus = again.map((t) => t.id);
      return again
        .map(
          (t) =>
            `${q(t)} is already ticked off for this time ✓${t.dueDate ? ` It comes back ${sayDue(t.dueDate, t.dueTime, turn.today())}.` : ''}`,
        )
        .join('\n');
    }
    const targets = resolved.tasks.filter((t) => t.completed !== wantDone);
    if (targets.length === 0) {
      turn.state.focus = resolved.tasks.map((t) => t.id);
      const names = resolved.tasks.map(q).join(', ');
      return wantDone
        ? `${names} ${resolved.tasks.length === 1 ? 'is' : 'are'} already done ✓`
        : `${names} ${resolved.tasks.length === 1 ? "isn't" : "aren't"} marked done, so there's nothing to reopen.`;
    }
    const tool = wantDone ? 'complete_task' : 'reopen_task';
    const calls: PlannedCall[] = targets.map((t) => ({ tool, args: { task_id: t.id } }));
    const verb = wantDone ? 'Mark' : 'Reopen';
    const prompt = `${verb} ${plural(targets.length, 'task')} as ${wantDone ? 'done' : 'not done'}?\n${formatTaskLines(targets)}\nSay yes to go ahead or no to leave them.`;
    const outcome = turn.executeNow(calls, prompt);
    this.#remember(turn, outcome, this.#pool(ref, turn, wantDone ? 'pending' : 'completed'));
    return this.#describe(outcome, turn);
  }

  #delete(ref: TaskRef, turn: TurnContext): string {
    turn.state.lastAction = 'delete';
    const resolved = this.resolve(ref, turn);
    if (!resolved.ok) return this.#unresolved(resolved, turn, { type: 'delete', ref });
    const targets = resolved.tasks;
    const calls: PlannedCall[] = targets.map((t) => ({
      tool: 'delete_task',
      args: { task_id: t.id },
    }));
    const prompt =
      targets.length === 1
        ? `Delete ${q(targets[0]!)} (#${targets[0]!.id})? Say yes to delete it or no to keep it.`
        : `Delete ${plural(targets.length, 'task')}?\n${formatTaskLines(targets)}\nSay yes to delete them or no to keep them.`;
    turn.state.focus = targets.map((t) => t.id);
    turn.state.lastTargets = targets.map((t) => t.id);
    turn.state.lastCandidates = this.#pool(ref, turn).map((t) => t.id);
    // (kept among the tasks talked about, for "bring them both back")
    const ids = targets.map((t) => t.id);
    turn.state.recent = [...turn.state.recent.filter((id) => !ids.includes(id)), ...ids].slice(-10);
    return this.#describe(turn.executeNow(calls, prompt), turn);
  }

  /**
   * The tasks that were in the running for a reference by words ("the call one" when two match),
   * so "no, the other one" knows what the other one is.
   */
  #pool(ref: TaskRef, turn: TurnContext, prefer?: 'pending' | 'completed'): Task[] {
    const all = turn.tasks('all');
    if (ref.kind === 'words' || ref.kind === 'quoted') {
      const { candidates } = matchTasks(ref.text, all);
      if (candidates.length > 1) return candidates;
    }
    return prefer ? all.filter((t) => t.completed === (prefer === 'completed')) : all;
  }

  /** The new title or description the assistant asked for. */
  #value(text: string, turn: TurnContext, asking: ConversationState['asking']): string {
    if (!asking) return `I'm not sure what you'd like me to do with that. ${HELP}`;
    if (asking.field === 'add') {
      // The new task(s) asked for: "buy sunscreen and book the ferry tickets - two separate tasks"
      const separate =
        /\s*[-,(]?\s*(?:as\s+)?(?:two|three|four|2|3|4)?\s*(?:separate|different)\s+(?:tasks|items|things)\)?$/i;
      // ("add a task for Thursday" … "collect the combs": the details said first go with it)
      const said = `${text.replace(separate, '')}${asking.details ? ` ${asking.details}` : ''}`;
      const counted = said !== text ? `add ${said.replace(/\s+and\s+/i, ', ')}` : `add ${said}`;
      const found = add.extract(counted, {
        dialogue: {
          awaitingChoice: false,
          lastAction: null,
          lastAsked: null,
          awaitingValue: null,
        },
        question: false,
        sentence: counted,
      });
      const adds = (Array.isArray(found) ? found : found ? [found] : []).filter(
        (i): i is Intent & { type: 'add' } => i.type === 'add',
      );
      return adds.length
        ? this.#addMany(adds, turn)
        : this.#addMany([{ type: 'add', title: tidyTitle(said) }], turn);
    }
    const ref: TaskRef = { kind: 'ids', ids: [asking.taskId] };
    // "which label?" … "market", "#market and stalls": those labels
    if (asking.field === 'labels') {
      const names = text
        .replace(/^(?:(?:use|with|as|under|call it|label it|tag it|tag|label|just)\s+)+/i, '')
        .replace(/\s+(?:please|pls|thanks)$/i, '')
        .split(/\s*(?:,|&|\band\b|\s)\s*/i)
        .map((w) => w.replace(/^#/, ''))
        .filter((w) => w && !/^(?:the|a|an|label|labels|tag|tags)$/i.test(w));
      if (names.length === 0 || names.length > 3)
        return `I'm not sure which label you mean. Say it as one word, like “#work”.`;
      const focus = turn.state.focus.includes(asking.taskId) ? turn.state.focus : [asking.taskId];
      return this.#retime(
        { type: 'tag', ref: { kind: 'ids', ids: focus }, add: names.map(labelName), remove: [] },
        turn,
      );
    }
    return asking.field === 'title'
      ? this.#update({ type: 'update', ref, title: tidyTitle(text) }, turn)
      : this.#update({ type: 'update', ref, description: text.trim() }, turn);
  }

  #update(intent: Intent & { type: 'update' }, turn: TurnContext): string {
    // ("standup notes: weekdays only" with "Standup notes" on the list: the word for a note is
    // part of its name, and what follows is when it comes round)
    if (
      intent.description &&
      !intent.title &&
      intent.ref.kind === 'words' &&
      onlyDetails(intent.description.replace(/\s+only$/i, ''))
    ) {
      const head = intent.ref.text.trim().toLowerCase();
      const named = turn
        .tasks('pending')
        .filter((t) =>
          new RegExp(`^${escapeRegExp(head)}\\s+(?:${DESCRIPTION_NOUNS.join('|')})$`, 'i').test(
            t.title.trim(),
          ),
        );
      if (named.length === 1) {
        turn.state.lastTimed = true;
        return this.#handle(
          {
            type: 'details',
            ref: { kind: 'ids', ids: [named[0]!.id] },
            text: intent.description.replace(/\s+only$/i, ''),
          },
          turn,
        );
      }
    }
    if (intent.ask) {
      const resolved = this.resolve(intent.ref, turn);
      if (!resolved.ok) return this.#unresolved(resolved, turn, intent);
      if (resolved.tasks.length !== 1)
        return `I can only change one task at a time. Which one?\n${formatTaskLines(resolved.tasks)}`;
      const task = resolved.tasks[0]!;
      // ("fix the typo in task 1" for "Byu birthday card": a common verb, one letter off)
      // ("fix the typo in the landlord task" for "Email the landlrod": the word as it was said
      // when naming the task)
      const fixed = intent.spelling
        ? ((intent.ref.kind === 'words'
            ? spelledAsNamed(task.title, intent.ref.text)
            : undefined) ?? verbSlipFixed(task.title))
        : undefined;
      if (fixed)
        return this.#update(
          { type: 'update', ref: { kind: 'ids', ids: [task.id] }, title: fixed },
          turn,
        );
      turn.state.asking = { field: intent.ask, taskId: task.id };
      turn.state.focus = [task.id];
      return intent.ask === 'title'
        ? `What should ${q(task)} (#${task.id}) be called?`
        : `What should the description of ${q(task)} (#${task.id}) say?`;
    }
    // Try each reading of the sentence; keep the first whose task reference finds exactly one task.
    // ("rename appraisal with Jo to …": a reading that names a task by its whole title comes
    // first, "appraisal with Jo" over "appraisal")
    const said = [intent, ...(intent.alternatives ?? [])] as (Intent & { type: 'update' })[];
    let titles: Set<string> | undefined;
    const coverage = (reading: Intent & { type: 'update' }) =>
      (reading.ref.kind === 'words' || reading.ref.kind === 'quoted') &&
      (titles ??= new Set(turn.tasks('all').map((t) => t.title.trim().toLowerCase()))).has(
        reading.ref.text.trim().toLowerCase(),
      )
        ? 1
        : 0;
    const readings =
      said.length > 1
        ? said
            .map((reading, i) => ({ reading, i, score: coverage(reading) }))
            .sort((a, b) => b.score - a.score || a.i - b.i)
            .map((r) => r.reading)
        : said;
    let firstFailure: Resolved | undefined;
    for (const reading of readings) {
      let resolved = this.resolve(reading.ref, turn);
      // ("fix it: Call the accountant" with nothing talked about yet: the one task whose title is
      // that title with slips in it, "Calll the acountant")
      if (!resolved.ok && reading.ref.kind === 'focus' && reading.title) {
        const said = reading.title.toLowerCase().split(/\s+/);
        const slipOf = turn.tasks('pending').filter((t) => {
          const own = t.title.toLowerCase().split(/\s+/);
          return (
            own.length === said.length &&
            own.join(' ') !== said.join(' ') &&
            own.every((w, i) => w === said[i] || withinOneEdit(w, said[i]!))
          );
        });
        if (slipOf.length === 1) resolved = { ok: true, tasks: slipOf };
      }
      // ("book club is at Hannah's, not the library": a word to put right must be in the title)
      const swapped = reading.replace?.[0];
      // "the cable task should say 2.5mm not 1.5mm" with no task of that name: the one task
      // whose title has the words to put right is the one meant
      if (!resolved.ok && !resolved.candidates?.length && swapped && reading.ref.kind === 'words') {
        const holders = turn.tasks('all').filter((t) => titleHas(t.title, swapped));
        const open = holders.filter((t) => !t.completed);
        const only = open.length === 1 ? open : holders.length === 1 ? holders : [];
        if (only.length === 1) resolved = { ok: true, tasks: only };
      }
      if (
        resolved.ok &&
        resolved.tasks.length === 1 &&
        swapped !== undefined &&
        reading.ref.kind === 'words' &&
        !titleHas(resolved.tasks[0]!.title, swapped)
      ) {
        // "move gym from thursday to tuesday": a day it is on, not a word of its title
        const from = /^(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)s?$/i.exec(swapped);
        const to = reading.replace![1]!;
        if (from && WEEKDAY_WORD.test(to) && turn.readDate(to)?.hasDay)
          return this.#retime(
            {
              type: 'schedule',
              ref: { kind: 'ids', ids: [resolved.tasks[0]!.id] },
              when: to,
              insteadOf: from[1]!.slice(0, 2).toUpperCase(),
            },
            turn,
          );
        // "gym w jake is 8 not 7", "the trailer pickup's 6:30 not 7" for a task due at 7: the
        // hour it is at, put right
        const task = resolved.tasks[0]!;
        const hour = /^(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i;
        const was = hour.exec(swapped.trim());
        const now = hour.exec(to.trim());
        if (
          was &&
          now &&
          task.dueTime &&
          Number(was[1]) % 12 === Number(task.dueTime.slice(0, 2)) % 12 &&
          (was[2] === undefined || was[2] === task.dueTime.slice(3))
        )
          return this.#retime(
            {
              type: 'schedule',
              ref: { kind: 'ids', ids: [task.id] },
              when: `at ${now[1]}${now[2] ? `:${now[2]}` : ''}${now[3] ?? ''}`,
            },
            turn,
          );
        firstFailure ??= {
          ok: false,
          reply: `“${describeWords(swapped)}” isn't in ${q(task)}, so I left it as it is.`,
        };
        continue;
      }
      if (resolved.ok && resolved.tasks.length === 1) {
        const task = resolved.tasks[0]!;
        const args: Record<string, unknown> = { task_id: task.id };
        // ("swap errands for town on it": a label of the task, not a word of its title)
        const label = swapped?.replace(/^#/, '').toLowerCase();
        const to = reading.replace?.[1].replace(/^#/, '').toLowerCase();
        if (
          label &&
          to &&
          task.labels.includes(label) &&
          !titleHas(task.title, swapped!) &&
          /^[\p{L}\p{N}_-]+$/u.test(to)
        ) {
          args.labels = [...new Set(task.labels.map((l) => (l === label ? to : l)))];
          turn.state.lastAction = 'update';
          const outcome = turn.executeNow([{ tool: 'update_task', args }], '');
          this.#remember(turn, outcome, []);
          return this.#describe(outcome, turn);
        }
        // ("the compost one - make it 4 bags not 2": the words it has put right, not a new title)
        const notThis =
          reading.title !== undefined && !reading.replace && !reading.whole
            ? /^(.+?)\s*,?\s+(?:not|instead of|rather than)\s+(.+?)$/i.exec(reading.title)
            : null;
        if (notThis && titleHas(task.title, notThis[2]!) && !titleHas(task.title, notThis[1]!))
          args.title = tidyTitle(swapWords(task.title, notThis[2]!, notThis[1]!));
        else if (reading.title !== undefined)
          args.title =
            // ("change the hotel one to Glasgow": the place in it; "rename it to …" is all of it)
            (reading.whole || /\b(?:re-?name|re-?title|call it|name it)\b/i.test(turn.text)
              ? undefined
              : nameSwapped(task.title, reading.title)) ??
            (reading.whole ? undefined : partRenamed(task.title, reading.ref, reading.title)) ??
            overlapRenamed(task.title, reading.title) ??
            reading.title;
        // ("… should say size 2 now, not size 1": "now" says when it changed, not what)
        if (reading.replace)
          args.title = tidyTitle(
            swapWords(
              task.title,
              reading.replace[0],
              reading.replace[1].replace(/\s+(?:now|instead|please|pls|thanks)$/i, ''),
            ),
          );
        if (reading.amend !== undefined) {
          const amended = sameKindReplaced(task.title.split(/\s+/), reading.amend.split(/\s+/));
          if (amended === undefined) {
            turn.state.asking = { field: 'title', taskId: task.id };
            turn.state.focus = [task.id];
            return `What should ${q(task)} (#${task.id}) be called?`;
          }
          args.title = tidyTitle(amended);
        }
        if (reading.fix !== undefined) {
          const fixed = fixSlip(task.title, reading.fix);
          if (fixed === undefined)
            return `I couldn't find a word in ${q(task)} that “${reading.fix}” puts right. Say the whole title, like “rename task ${task.id} to …”.`;
          args.title = fixed;
        }
        if (reading.description !== undefined) args.description = reading.description;
        turn.state.lastAction = 'update';
        turn.state.lastFields = {
          ...(typeof args.title === 'string' ? { title: args.title, from: task.title } : {}),
          ...(reading.description !== undefined ? { description: reading.description } : {}),
        };
        const outcome = turn.executeNow([{ tool: 'update_task', args }], '');
        if (outcome.kind === 'done' && !outcome.receipts[0]!.ok) {
          return `Sorry, I couldn't change ${q(task)}: ${outcome.receipts[0]!.summary}`;
        }
        this.#remember(turn, outcome, []);
        return this.#describe(outcome, turn);
      }
      // "change submit to send in both": the same word put right in each of them
      if (
        resolved.ok &&
        reading.replace &&
        reading.title === undefined &&
        reading.description === undefined &&
        resolved.tasks.every((t) => titleHas(t.title, reading.replace![0]))
      ) {
        turn.state.lastAction = 'update';
        const outcome = turn.executeNow(
          resolved.tasks.map((t) => ({
            tool: 'update_task',
            args: { task_id: t.id, title: tidyTitle(swapWords(t.title, ...reading.replace!)) },
          })),
          `Change ${plural(resolved.tasks.length, 'task')}?`,
        );
        this.#remember(turn, outcome, []);
        return this.#describe(outcome, turn);
      }
      if (resolved.ok) {
        firstFailure ??= {
          ok: false,
          candidates: resolved.tasks,
          reply: `I can only change one task at a time. Which one?\n${formatTaskLines(resolved.tasks)}`,
        };
      } else {
        firstFailure ??= resolved;
        // "rename the lunch task to …" with two lunch tasks: which one, before any other split
        // of the sentence ("the lunch task to Book lunch") is tried on a hunch
        if (resolved.candidates && resolved.candidates.length > 1 && reading === readings[0]) break;
      }
    }
    return this.#unresolved(firstFailure as Resolved & { ok: false }, turn, {
      ...intent,
      alternatives: [],
    });
  }

  /** "What's task 2?": its title, state and description. */
  #show(ref: TaskRef, turn: TurnContext, about?: 'description'): string {
    const resolved = this.resolve(ref, turn);
    if (!resolved.ok) return this.#unresolved(resolved, turn, { type: 'show', ref });
    turn.state.focus = resolved.tasks.map((t) => t.id);
    turn.state.lastAsked = about === 'description' ? 'note' : 'show';
    // "which ones?" after a count: a list, each with its note.
    if (resolved.tasks.length > 1 && about !== 'description')
      return resolved.tasks
        .map(
          (t) =>
            `- #${t.id} ${t.title}${t.completed ? ' ✓ done' : ''}${t.description ? ` — ${t.description}` : ''}`,
        )
        .join('\n');
    const today = turn.today();
    // ("is the dentist in the morning or afternoon?": when it is due answers it)
    const due = (t: Task) =>
      t.dueDate
        ? `, due ${sayDue(t.dueDate, t.dueTime, today)}${t.repeat ? ` (repeats ${sayRepeat(t.repeat).replace(/^Every/, 'every')})` : ''}`
        : '';
    return resolved.tasks
      .map(
        (t) =>
          `Task ${t.id} is ${q(t)}${t.completed ? ' — done ✓' : ' — still pending'}${due(t)}.${t.description ? `\nNote: ${t.description}` : ' It has no description.'}`,
      )
      .join('\n');
  }

  /** After a question about one task that has a note, that note: what a question that finds
   * nothing else asks about. */
  #noteAskedAbout(turn: TurnContext): string | undefined {
    if (!this.#askedBefore.has(turn) || turn.state.focus.length !== 1) return undefined;
    const task = present(turn.state.focus, turn.tasks('all'))[0];
    return task?.description ? this.#show({ kind: 'focus' }, turn, 'description') : undefined;
  }

  /** "Anything about the car?": the tasks whose words match, nothing else. */
  /** "anything with a note on it?": the tasks still to do that have notes, with them. */
  #withNotes(turn: TurnContext): string {
    turn.state.lastAsked = 'find';
    const noted = turn.tasks('pending').filter((t) => t.description.trim() !== '');
    if (noted.length === 0) return 'None of your tasks still to do has a note.';
    turn.state.shown = noted.map((t) => t.id);
    turn.state.focus = noted.map((t) => t.id);
    const lines = noted
      .slice(0, LIST_LIMIT)
      .map((t) => `- #${t.id} ${t.title} — note: ${t.description}`);
    const more = noted.length > LIST_LIMIT ? `\n…and ${noted.length - LIST_LIMIT} more.` : '';
    return `${plural(noted.length, 'task')} with a note:\n${lines.join('\n')}${more}`;
  }

  #find(
    text: string,
    turn: TurnContext,
    status?: 'pending' | 'completed',
    notes?: true,
    count?: true,
  ): string {
    turn.state.lastAsked = 'find'; // "and the car?" asks again, about the car
    const all = turn.tasks('all');
    // ("Mrs Kowalski popped in" … "anything for her on my list?": the one just talked about)
    const them = /^(?:her|him|them|he|she|they)$/i.test(text.trim())
      ? present(turn.state.focus, all)
      : [];
    let candidates = them.length > 0 ? them : tasksAbout(text, all);
    // ("what's on tomorrow?" … "which one's the afternoon one?": by when it is, among those shown)
    if (candidates.length === 0 && readAttribute(text)) {
      const shown = present(turn.state.shown, all);
      const having = this.#having(
        text,
        shown.length > 0 ? shown : all.filter((t) => !t.completed),
        all,
        turn,
      );
      if (having) candidates = having.ok ? having.tasks : (having.candidates ?? []);
    }
    // …and those that say it in their notes or labels ("anything about the dentist?" finds "Buy
    // floss", noted "for the dentist")
    const seen = new Set(candidates.map((t) => t.id));
    for (const id of turn.searchTasks(searchWords(text))) {
      const more = seen.has(id) ? undefined : all.find((t) => t.id === id);
      if (more) candidates.push(more);
    }
    // "whose are the Chelsea boots?" … "and what's the ticket number": the note of those boots
    const noted = candidates.length === 0 && notes && this.#noteAskedAbout(turn);
    if (noted) return noted;
    // "what was the claim reference again?": not in a task's note, maybe said in chat
    if (candidates.length === 0 && notes) return this.#recall(text, turn);
    // ("what's left for the wedding?" when no task says "wedding": everything still to do)
    const pending = turn.tasks('pending');
    if (candidates.length === 0 && status === 'pending' && pending.length > 0 && !count) {
      turn.state.shown = pending.map((t) => t.id);
      return `Nothing on your list mentions “${describeWords(text)}”, so here's everything still to do:\n${formatTaskLines(pending.slice(0, LIST_LIMIT), turn.today())}`;
    }
    if (candidates.length === 0)
      return `I couldn't find anything about “${describeWords(text)}” on your list.`;
    if (status) {
      // "which bills haven't I paid yet?": of those, the ones still to do
      const found = candidates;
      candidates = found.filter((t) => t.completed === (status === 'completed'));
      if (candidates.length === 0)
        return status === 'pending'
          ? `Nothing about “${describeWords(text)}” is left to do — ${found.length === 1 ? 'it is' : `all ${found.length} are`} done ✓`
          : `None of the tasks about “${describeWords(text)}” are done yet.`;
    }
    turn.state.shown = candidates.map((t) => t.id);
    turn.state.focus = candidates.map((t) => t.id);
    // Found in a note ("what's the gate code again?"): the note is the answer.
    const inNote = (t: Task) =>
      t.description !== '' && matchTasks(text, [{ ...t, title: '' }]).candidates.length > 0;
    const lines = candidates
      .slice(0, LIST_LIMIT)
      .map(
        (t) =>
          `- #${t.id} ${t.title}${t.completed ? ' ✓ done' : ''}${t.description && (notes || inNote(t)) ? ` — note: ${t.description}` : ''}`,
      );
    if (candidates.length > LIST_LIMIT) lines.push(`…and ${candidates.length - LIST_LIMIT} more`);
    if (count) {
      const state = status === 'completed' ? ' done' : status === 'pending' ? ' left' : '';
      return `${plural(candidates.length, 'task')}${state} for “${describeWords(text)}”:\n${lines.join('\n')}`;
    }
    return `Here's what I found about “${describeWords(text)}”:\n${lines.join('\n')}`;
  }

  /**
   * "What did I write about the landlord?": the notes of the tasks about it, and earlier messages
   * with those words, best first.
   */
  #recall(text: string, turn: TurnContext): string {
    turn.state.lastAsked = 'find';
    const noted = tasksAbout(text, turn.tasks('all')).filter((t) => t.description !== '');
    const notes = noted
      .slice(0, RECALL_LIMIT)
      .map((t) => `- #${t.id} ${t.title}${t.completed ? ' ✓ done' : ''} — note: ${t.description}`);
    if (noted.length > 0) {
      turn.state.shown = noted.map((t) => t.id);
      turn.state.focus = noted.map((t) => t.id);
    }
    const said = this.#said(text, turn);
    const about = describeWords(searchWords(text));
    if (notes.length === 0 && said.length === 0) {
      // ("when did I say I'd ring the vet?": the task itself says, "Ring the vet tomorrow")
      if (tasksAbout(text, turn.tasks('all')).length > 0) return this.#find(text, turn);
      return `${RECALL_NONE} “${about}” in your tasks or conversations.`;
    }
    const parts: string[] = [];
    if (notes.length) parts.push(`In your tasks:\n${notes.join('\n')}`);
    if (said.length)
      parts.push(`${notes.length ? 'In' : 'Said in'} your conversations:\n${said.join('\n')}`);
    return `${RECALL_ANSWER} “${about}”:\n${parts.join('\n')}`;
  }

  /** Earlier messages with these words, a line each. */
  #said(text: string, turn: TurnContext): string[] {
    const words = searchWords(text);
    // (questions asked before, and the answers to them, are not what was said)
    const said = (hits: ReturnType<TurnContext['searchMessages']>) =>
      hits.filter((h) =>
        h.role === 'user'
          ? !parseMessage(h.content, NEUTRAL).some((i) => i.type === 'recall' || i.type === 'find')
          : !h.content.startsWith(RECALL_ANSWER) &&
            !h.content.startsWith(RECALL_NONE) &&
            !h.content.startsWith("Here's what I found about") &&
            // (replies that only repeat what was said)
            !h.content.startsWith("I'm not sure what you'd like") &&
            !h.content.startsWith('Noted — ask me'),
      );
    let hits = said(turn.searchMessages(words));
    // (not all the words were said: "what did Sara say she wanted?" for "she'd love a Kindle")
    if (hits.length === 0 && /\s/.test(words.trim())) hits = said(turn.searchMessages(words, true));
    const today = turn.today();
    const lines = hits.slice(0, RECALL_LIMIT).map((h) => {
      const who = h.role === 'user' ? 'You' : 'I';
      const when = sayDue(localDate(new Date(h.createdAt)), null, today);
      return `- ${who}, ${when}, in “${h.title}”: “${h.snippet}”`;
    });
    if (hits.length > RECALL_LIMIT)
      lines.push(`…and ${hits.length - RECALL_LIMIT} more (Ctrl+K searches everything)`);
    return lines;
  }

  /** "actually make that oat milk", "no, the other one", "I meant the bread one". */
  #correct(intent: Intent & { type: 'correct' }, turn: TurnContext): string {
    const last = turn.state.lastAction ?? this.#undoneThisTurn.get(turn) ?? null;
    // (when the change was undone already, it is only made again to the task meant)
    const takeBack = () =>
      turn.state.lastAction === null ? '' : this.#undo(turn, 'this_conversation');
    const lines = (...parts: string[]) => parts.filter(Boolean).join('\n');
    // "how many briskets did I write down?" … "make it 16": the amount in the title of the task
    // just asked about
    const asked = this.#askedBefore.has(turn) ? present(turn.state.focus, turn.tasks('all')) : [];
    const amount = intent.text?.replace(/,.*$/, '').trim() ?? '';
    if (last === null && asked.length === 1 && /^\d+(?:[.,]\d+)?\s*\p{L}*$/u.test(amount)) {
      const title = amendTitle(asked[0]!.title, amount);
      if (title !== amount && /\d/.test(asked[0]!.title))
        return this.#update(
          { type: 'update', ref: { kind: 'ids', ids: [asked[0]!.id] }, title: tidyTitle(title) },
          turn,
        );
    }
    // "add email the recieved invoices" … "typo sorry: received": the word it puts right
    const word = intent.text?.trim() ?? '';
    const fixedIn = present(turn.state.lastTargets, turn.tasks('all'));
    if (
      (last === 'add' || last === 'update') &&
      !intent.replaces &&
      fixedIn.length === 1 &&
      /^\p{L}{4,}$/u.test(word)
    ) {
      const words = fixedIn[0]!.title.split(/(\s+)/);
      const slips = words.filter(
        (w) =>
          /^\p{L}{4,}$/u.test(w) &&
          w.toLowerCase() !== word.toLowerCase() &&
          withinOneEdit(w.toLowerCase(), word.toLowerCase()),
      );
      if (slips.length === 1)
        return this.#update(
          {
            type: 'update',
            ref: { kind: 'ids', ids: [fixedIn[0]!.id] },
            title: words.map((w) => (w === slips[0] ? word : w)).join(''),
          },
          turn,
        );
    }
    const target = turn.state.lastTargets;
    if (intent.switchTo && target.length > 0) {
      // Put the last change back, then make the one meant, to the same tasks.
      const undone = takeBack();
      const redo = this.#handle({ type: intent.switchTo, ref: { kind: 'ids', ids: target } }, turn);
      return lines(undone, redo);
    }
    // "put 'bring ID' as the description for task 1" … "oops, I meant task 2": the same change,
    // on the other task.
    if (last === 'update' && intent.ref && !intent.replaces && target.length === 1) {
      const moved = this.resolve(intent.ref, turn);
      if (moved.ok && moved.tasks.length === 1 && moved.tasks[0]!.id !== target[0]) {
        // ("move Zoe's party planning to tomorrow" … "no, I meant the party bags": the move)
        const timedChange = turn.state.lastTimed ? turn.state.lastTimedIntent : null;
        const undone = takeBack();
        if (timedChange && 'ref' in timedChange && !turn.state.lastFields.title)
          return lines(
            undone,
            this.#handle(
              {
                ...(timedChange as unknown as Intent),
                ref: { kind: 'ids', ids: [moved.tasks[0]!.id] },
              } as Intent,
              turn,
            ),
          );
        const redo = this.#update(
          {
            type: 'update',
            ref: { kind: 'ids', ids: [moved.tasks[0]!.id] },
            ...turn.state.lastFields,
          },
          turn,
        );
        return lines(undone, redo);
      }
    }
    // "make the egg supplier high priority" … "no wait, the price board, not the egg supplier":
    // the same change, to the task those words name (a rename only when they name none)
    const timed = turn.state.lastTimed ? turn.state.lastTimedIntent : null;
    if (
      last === 'update' &&
      timed &&
      'ref' in timed &&
      intent.text &&
      target.length === 1 &&
      !intent.append &&
      !intent.typo
    ) {
      const was = turn.tasks('all').find((t) => t.id === target[0]);
      const named = intent.text.replace(/,.*$/, '').trim();
      const meant = matchTasks(named, turn.tasks('pending')).candidates;
      if (
        was &&
        meant.length === 1 &&
        meant[0]!.id !== was.id &&
        !titleHas(was.title, named) &&
        (!intent.replaces || matchTasks(intent.replaces, [was]).candidates.length === 1)
      ) {
        const undone = takeBack();
        const redo = this.#handle(
          { ...(timed as unknown as Intent), ref: { kind: 'ids', ids: [meant[0]!.id] } } as Intent,
          turn,
        );
        return lines(undone, redo);
      }
    }
    if ((last === 'add' || last === 'update') && intent.text && target.length === 1) {
      const task = turn.tasks('all').find((t) => t.id === target[0]);
      const said = intent.text
        .replace(/^(?:to|into)\s+/i, '')
        // "actually make that just Pay the library fine"
        .replace(/^(?:just|only|simply)\s+(?=\S)/i, '')
        // "make that 16, forgot Kai": why comes after the comma
        .replace(
          /,\s*(?:i|we|forgot|because|since|as|they|he|she|it's|there's|that's|cos)\b.*$/i,
          '',
        );
      const ref: TaskRef = { kind: 'ids', ids: target };
      // The description was what was just written: the correction is to it.
      if (
        last === 'update' &&
        turn.state.lastFields.description !== undefined &&
        !turn.state.lastFields.title
      ) {
        const old = turn.state.lastFields.description;
        const description = tidyDescription(
          intent.replaces ? swapWords(old, intent.replaces, said) : amendNote(old, said),
        );
        return this.#update({ type: 'update', ref, description }, turn);
      }
      if (!task) return `Sorry, I can't find that task any more. ${HELP}`;
      if (intent.append)
        return this.#update(
          { type: 'update', ref, title: tidyTitle(`${task.title} ${intent.text}`) },
          turn,
        );
      if (intent.typo) {
        // The one word of the title a slip away from the word given.
        const fixed = fixSlip(task.title, said);
        if (fixed === undefined)
          return `I couldn't tell which word of “${task.title}” should be “${said}”. Say the whole title, like “rename it to …”.`;
        return this.#update({ type: 'update', ref, title: tidyTitle(fixed) }, turn);
      }
      // ("I meant Wednesday, not Tuesday" for a task due Tuesday: its day, not a word of its title)
      if (
        intent.replaces &&
        !titleHas(task.title, intent.replaces) &&
        WEEKDAY_WORD.test(intent.replaces) &&
        turn.readDate(said)?.hasDay
      )
        return this.#retime({ type: 'schedule', ref, when: said }, turn);
      // ("set update cv to p4" … "I'm not job hunting anymore": news, not a word of its title
      // put right; nothing of what is "not" is in the title)
      if (intent.replaces && !sharesWord(task.title, intent.replaces))
        return `Noted. I've left “${task.title}” as it is.`;
      // ("oops typo, finish not finsh": the slip and the word meant read alike once spelled
      // right, so the word of the title a slip away from it is the one)
      if (intent.replaces && intent.replaces.toLowerCase() === said.toLowerCase()) {
        const fixed = fixSlip(task.title, said);
        return fixed === undefined
          ? `I couldn't tell which word of “${task.title}” should be “${said}”. Say the whole title, like “rename it to …”.`
          : this.#update({ type: 'update', ref, title: tidyTitle(fixed) }, turn);
      }
      const title = intent.replaces
        ? replaceWords(task.title, intent.replaces, said)
        : amendTitle(task.title, said, intent.keepRest);
      return this.#update({ type: 'update', ref, title: tidyTitle(title) }, turn);
    }
    if (last !== 'complete' && last !== 'reopen' && last !== 'delete') {
      return `I'm not sure what to change. ${HELP}`;
    }
    let ref: TaskRef = intent.ref ?? { kind: 'words', text: intent.text ?? '' };
    // "renewed the passport" … "mine not the cat's": my one of the same thing
    const changed = turn.tasks('all').find((t) => t.id === target[0]);
    if (ref.kind === 'words' && /^(?:my|mine|our|ours)$/i.test(ref.text.trim()) && changed)
      ref = { kind: 'words', text: `my ${changed.title.split(/\s+/).at(-1)}` };
    // "delete the first task" … "no, I meant the second one": second in the list as it was,
    // with the first one back
    if (last === 'delete' && ref.kind === 'positions' && !turn.state.pending) {
      const undone = takeBack();
      return lines(undone, this.#handle({ type: 'delete', ref } as Intent, turn));
    }
    // Find the right task before putting the wrong one back, so nothing changes if it can't be
    // found. (A delete is undone first: the task meant may be the one it took.)
    const resolved = this.resolve(
      ref,
      turn,
      last === 'reopen' ? 'completed' : last === 'complete' ? 'pending' : undefined,
    );
    if (!resolved.ok && last !== 'delete')
      return this.#unresolved(resolved, turn, { type: last, ref });
    if (turn.state.pending) return this.#handle({ type: last, ref } as Intent, turn);
    const undone = takeBack();
    const ids = resolved.ok ? resolved.tasks.map((t) => t.id) : undefined;
    const redo = this.#handle(
      { type: last, ref: ids ? { kind: 'ids', ids } : ref } as Intent,
      turn,
    );
    return lines(undone, redo);
  }

  /** News about a task, with nothing asked yet: it is the one the next request means. */
  /** News about a task: it becomes the one talked about, and what to do with it is asked. */
  #notedAbout(
    about: Task,
    turn: TurnContext,
    choices = 'tick it off, change it, or remove it',
  ): string {
    turn.state.focus = [about.id];
    // ("can't do Jade's hoodie today" … "do it tmrw": what follows changes it)
    turn.state.lastAction = 'update';
    turn.state.lastTimed = true;
    turn.state.lastTimedIntent = null;
    // ("backup the laptop has too many labels" … "clear them all": the labels, not the task)
    const field = /\b(?:labels?|tags?)\b/i.test(turn.text)
      ? 'labels'
      : /\b(?:priority|priorities)\b/i.test(turn.text)
        ? 'priority'
        : /\b(?:repeats?|recurrences?|repeating)\b/i.test(turn.text)
          ? 'repeat'
          : null;
    turn.state.askedAbout = field;
    return `Noted about ${q(about)}. What would you like to do with it — ${choices}?`;
  }

  /** "Put the passport task back on the list": reopen it if done; a deletion is undone. */
  #putBack(ref: TaskRef, turn: TurnContext): string {
    const all = turn.tasks('all');
    // ("remove X" … "and Y" … "bring them both back": the two just deleted, not two others)
    // (the Trash read once: for "them both" here, for a task named or numbered below)
    const trash = turn.trashed();
    const justDeleted = trash.filter((t) => turn.state.recent.includes(t.id));
    if (
      turn.state.lastAction === 'delete' &&
      ref.kind === 'shown' &&
      ref.count &&
      justDeleted.length >= ref.count
    ) {
      const outcome = turn.executeNow(
        justDeleted
          .slice(0, ref.count)
          .map((t) => ({ tool: 'restore_task', args: { task_id: t.id } })),
        '',
      );
      return this.#describe(outcome, turn);
    }
    const resolved = this.resolve(ref, turn, 'completed');
    if (resolved.ok) {
      const done = resolved.tasks.filter((t) => t.completed);
      if (done.length > 0)
        return this.#setCompleted('reopen', { kind: 'ids', ids: done.map((t) => t.id) }, turn);
      return `${resolved.tasks.map(q).join(', ')} ${resolved.tasks.length === 1 ? 'is' : 'are'} already on your list.`;
    }
    // Deleted, here or in the task list: it is in the Trash ("put the cattery one back" after
    // deleting it and then something else; "bring 3 back" after removing 2 and 3; "bring them
    // both back" after two deletes)
    const wanted =
      ref.kind === 'words' && !resolved.candidates
        ? (() => {
            const named = matchTasks(ref.text, trash).candidates;
            return named.length === 1 ? named : [];
          })()
        : ref.kind === 'ids'
          ? trash.filter((t) => ref.ids.includes(t.id))
          : [];
    if (wanted.length > 0 && (ref.kind !== 'ids' || wanted.length === ref.ids.length)) {
      const outcome = turn.executeNow(
        wanted.map((t) => ({ tool: 'restore_task', args: { task_id: t.id } })),
        '',
      );
      return this.#describe(outcome, turn);
    }
    if (turn.state.lastAction === 'delete' || turn.state.lastAction === 'complete')
      return this.#undo(turn, 'this_conversation');
    return resolved.candidates
      ? this.#unresolved(resolved, turn, { type: 'put-back', ref })
      : `Sorry, I couldn't find that task. ${titlesPreview(all)}`;
  }
}

/** "Byu birthday card" → "Buy birthday card": the one word of a title that is a slip of a
 * common task verb (one letter off, the first letter kept), when exactly one word is. */
/** The title with the one word a slip away from a word the person named it by, spelled so. */
function spelledAsNamed(title: string, named: string): string | undefined {
  const said: string[] = named.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const words = title.split(/(\s+)/);
  const slips = words.flatMap((w, i) => {
    const bare = w.toLowerCase().replace(/[^\p{L}]+$/u, '');
    if (bare.length < 4 || said.includes(bare)) return [];
    const hit = said.filter((s) => withinOneEdit(bare, s));
    return hit.length === 1 ? [{ i, word: hit[0]! }] : [];
  });
  if (slips.length !== 1) return undefined;
  const [{ i, word }] = slips as [{ i: number; word: string }];
  const was = words[i]!;
  const tail = /[^\p{L}]+$/u.exec(was)?.[0] ?? '';
  words[i] = (/^\p{Lu}/u.test(was) ? word.charAt(0).toUpperCase() + word.slice(1) : word) + tail;
  return words.join('');
}

function verbSlipFixed(title: string): string | undefined {
  const words = title.split(/\s+/);
  const slips = words.flatMap((w, i) => {
    const lower = w.toLowerCase();
    if (!/^[a-z]{3,}$/.test(lower) || TASK_VERBS.has(lower) || KNOWN_WORDS.has(lower)) return [];
    const hits = [...TASK_VERBS].filter(
      (v) => v[0] === lower[0] && Math.abs(v.length - lower.length) <= 1 && withinOneEdit(lower, v),
    );
    return hits.length === 1 ? [{ i, word: hits[0]! }] : [];
  });
  if (slips.length !== 1) return undefined;
  const [{ i, word }] = slips as [{ i: number; word: string }];
  const was = words[i]!;
  words[i] = /^\p{Lu}/u.test(was) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  return words.join(' ');
}

/** "aisles 4 to 6": of these tasks, those whose number is in the range said (all when none is). */
function inRange(said: string, tasks: Task[]): Task[] {
  const range = /\b(\d{1,4})\s*(?:to|-|–|through|thru)\s*(\d{1,4})\b/i.exec(said);
  if (!range) return tasks;
  const [from, to] = [Number(range[1]), Number(range[2])];
  const within = tasks.filter((t) =>
    (t.title.match(/\d+/g) ?? []).some((n) => Number(n) >= from && Number(n) <= to),
  );
  return within.length > 0 ? within : tasks;
}

/** Whether a task is one "what's due…?" with this filter would show (`day`: the day it named). */
function inAgenda(task: Task, filter: AgendaFilter, today: string, day?: string): boolean {
  const due = task.dueDate;
  if (filter.due === 'today' && due !== today) return false;
  if (filter.due === 'overdue' && !(due && due < today)) return false;
  if (filter.due === 'upcoming' && !(due && due >= today && due < addDays(today, 7))) return false;
  if (filter.due === 'none' && due) return false;
  if (filter.within && !(due && due >= today && due <= addDays(today, filter.within))) return false;
  if (day && due !== day) return false;
  if (filter.priority && task.priority !== filter.priority) return false;
  if (filter.label && !task.labels.includes(filter.label)) return false;
  if (filter.without === 'priority' && task.priority) return false;
  if (filter.without === 'labels' && task.labels.length > 0) return false;
  if (filter.has === 'priority' && !task.priority) return false;
  if (filter.has === 'labels' && task.labels.length === 0) return false;
  if (filter.part && !inPartOfDay(task.dueTime, filter.part)) return false;
  if (filter.without === 'time' && task.dueTime) return false;
  if (filter.has === 'time' && !task.dueTime) return false;
  return (
    !filter.repeating ||
    (!!task.repeat && (!filter.every || task.repeat.startsWith(`FREQ=${filter.every}`)))
  );
}

const SAME_FIELD = String.raw`(labels?|tags?|priority|due date|date|day|deadline|time|repeat|schedule)`;
/** ", same label as pay rent", "with the same priority and due date as the report one". */
const SAME_AS = new RegExp(
  String.raw`[,;]?\s+(?:with\s+|and\s+(?:give it\s+|use\s+)?)?(?:the\s+)?same\s+${SAME_FIELD}(?:\s*(?:,|and|&)\s*${SAME_FIELD})?\s+as\s+(.+)$`,
  'i',
);

/**
 * "add fix the sink, same label as pay rent": the title without those words, and the fields of
 * the task named (when one task is) that it takes.
 */
function sameAs(title: string, turn: TurnContext): Record<string, unknown> {
  const m = SAME_AS.exec(title);
  if (!m || m.index === 0) return {};
  const found = matchTasks(m[3]!, turn.tasks('all')).candidates;
  const other = only(found);
  if (!other) return {};
  const args: Record<string, unknown> = { title: tidyTitle(title.slice(0, m.index)) };
  for (const field of [m[1]!, m[2]].filter(Boolean).map((f) => f!.toLowerCase())) {
    if (/^(?:label|tag)/.test(field)) args.labels = other.labels;
    else if (field === 'priority') args.priority = other.priority;
    else if (field === 'repeat') args.repeat = other.repeat;
    else if (field === 'time') args.due_time = other.dueTime;
    else {
      args.due_date = other.dueDate;
      if (field === 'schedule') args.due_time = other.dueTime;
    }
  }
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== null && v !== undefined));
}
