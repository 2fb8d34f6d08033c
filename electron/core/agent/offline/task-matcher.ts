// Finds the tasks a person means by a few words ("the meeting task", "buying groceries"): words
// are lower-cased, stemmed lightly and compared with each title, allowing one typo in long words.
import type { Task } from '../../../shared/task.ts';
import { withinOneEdit } from './intent/normalize.ts';
import { IRREGULAR_PAST, SAME_WORDS, TASK_VERBS } from './intent/vocabulary.ts';

const STOPWORDS = new Set(
  `a an the my our your this that these those it its task tasks todo todos to-do item items one ones
  thing things entry reminder list about for of on in at to with and or from off
  i me we please pls just also some any which whose where there here is are was be been do does did`.split(
    /\s+/,
  ),
);

/** A deliberately light stemmer: enough for buying/buy, groceries/grocery, meetings/meeting. */
export function stem(word: string): string {
  // ("Get the car MOT'd": the MOT, done)
  let w = word.toLowerCase().replace(/(?<=\p{L}{2})['’]d$/u, '');
  if (w.length > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  // ("the payment has gone through" for "Pay Kwame", "the replacement" for "replace the tap")
  else if (w.length > 6 && /ments?$/.test(w)) w = w.replace(/ments?$/, '');
  else if (w.length > 3 && w.endsWith('es') && /(ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) {
    w = w.slice(0, -1);
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** A word as it is compared: "ring" as "call", "shopping" as "groceries". */
/** A word as the matcher compares it: its usual synonym, and a past tense as its base form
 * ("sent" is "send", "paid" is "pay"), the same on both sides. */
const same = (w: string) =>
  Object.hasOwn(SAME_WORDS, w)
    ? SAME_WORDS[w]!
    : Object.hasOwn(IRREGULAR_PAST, w)
      ? IRREGULAR_PAST[w]!
      : w;

/** The same words as keywords(), unstemmed. */
function rawKeywords(text: string): string[] {
  // ("Email IT about the printer", "the IT one": a word in capitals is a name, never "it")
  const named = /\p{Ll}/u.test(text)
    ? new Set(text.match(/\b[A-Z]{2,4}\b/g)?.map((w) => w.toLowerCase()))
    : new Set<string>();
  return words(text)
    .map((w) => same(w.replace(/['’]s$/, '')))
    .filter((w) => !STOPWORDS.has(w) || named.has(w));
}

const slipOf = (typed: string, word: string) =>
  typed.length >= 5 && word.length >= 5 && withinOneEdit(typed, word);

export function keywords(text: string): string[] {
  return rawKeywords(text).map(stem);
}

const tokenMatches = (query: string, target: string) =>
  query === target ||
  // ("jos" for "Jo's": a name's "'s" typed without the apostrophe)
  (query.length >= 3 && query === `${target}s`) ||
  (query.length >= 4 && target.startsWith(query)) ||
  // "renewal" for "renew", "booking" for "book": a longer form of the title's word.
  (target.length >= 5 && query.startsWith(target)) ||
  (query.length >= 5 && target.length >= 5 && withinOneEdit(query, target));

/**
 * One word written as two, or two as one: "the pickup one" for "Pick up Lily", "hair cut" for
 * "Get a haircut".
 */
function joined(
  word: string,
  before: string | undefined,
  after: string | undefined,
  title: string[],
): boolean {
  for (let j = 0; j + 1 < title.length; j++) if (title[j]! + title[j + 1]! === word) return true;
  return title.some(
    (t) =>
      (before !== undefined && before + word === t) || (after !== undefined && word + after === t),
  );
}

export interface MatchResult {
  /** The tasks meant, best first; more than one means the words were ambiguous. */
  candidates: Task[];
  /** True when no task matched every word. */
  none: boolean;
}

/** `asSaid`: of equally good matches, keep those with the words in the form said ("the bins":
 * "Take the bins out", not "Buy bin bags"); off when looking for every task about something. */
export function matchTasks(phrase: string, tasks: Task[], asSaid = true): MatchResult {
  const query = keywords(phrase);
  const queryRaw = rawKeywords(phrase);
  if (query.length === 0) {
    // "the one for me": small words only, so the titles that end with them as said
    const said = phrase
      .trim()
      .toLowerCase()
      .replace(/^(?:the\s+)?(?:one|task)\s+/, '');
    const ending = /\s/.test(said)
      ? tasks.filter((t) => t.title.trim().toLowerCase().endsWith(` ${said}`))
      : [];
    if (ending.length > 0) return { candidates: ending, none: false };
    // "that entry", "the list": a word for a task that is a word of one's title
    const noun = /\b(entry|reminder|item|list)\b/.exec(said)?.[1];
    const named = noun ? tasks.filter((t) => new RegExp(`\\b${noun}\\b`, 'i').test(t.title)) : [];
    return named.length > 0 ? { candidates: named, none: false } : { candidates: [], none: true };
  }
  const normalized = phrase.trim().toLowerCase();
  const exact = tasks.filter((t) => t.title.trim().toLowerCase() === normalized);
  if (exact.length > 0) return { candidates: exact, none: false };

  const scored = tasks
    .map((task) => {
      const title = keywords(task.title);
      const titleRaw = rawKeywords(task.title);
      const description = keywords(task.description);
      let inTitle = 0;
      let inDescription = 0;
      for (const [i, q] of query.entries()) {
        // A slip in a word ("cleanign", "dentsit") is caught on the word as typed.
        const raw = queryRaw[i]!;
        if (
          title.some((t) => tokenMatches(q, t)) ||
          titleRaw.some((t) => slipOf(raw, t)) ||
          joined(raw, queryRaw[i - 1], queryRaw[i + 1], titleRaw)
        )
          inTitle++;
        else if (description.some((t) => tokenMatches(q, t))) inDescription++;
      }
      return {
        task,
        inTitle,
        all: inTitle + inDescription === query.length,
        coverage: inTitle / Math.max(1, title.length),
      };
    })
    .filter((s) => s.all)
    // "the reviewer 3 task" is not "Reply to reviewer 2": a number said that the title has
    // another of
    .filter((s) => numbersAgree(phrase, s.task.title));
  if (scored.length === 0) return { candidates: [], none: true };
  // Matches in the title beat matches in the description.
  const best = Math.max(...scored.map((s) => s.inTitle));
  let top = scored.filter((s) => s.inTitle === best).sort((a, b) => b.coverage - a.coverage);
  // "the bins" with "Take the bins out" and "Buy bin bags": the title with the words as said.
  if (top.length > 1 && asSaid) {
    const asSaid = top.filter((s) => queryRaw.every((q) => rawKeywords(s.task.title).includes(q)));
    if (asSaid.length > 0) top = asSaid;
  }
  // "fire exit A" with "Check fire exit A" and "… B": a letter or number said picks one
  if (top.length > 1) {
    const marks = phrase.match(/(?<![\p{L}\p{N}])(?:[A-Z]|\d{1,4})(?![\p{L}\p{N}])/gu) ?? [];
    const marked = top.filter((s) =>
      marks.some((m) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${m}(?![\\p{L}\\p{N}])`, 'u').test(s.task.title),
      ),
    );
    if (marks.length > 0 && marked.length === 1) top = marked;
  }
  return { candidates: top.map((s) => s.task), none: false };
}

const NUMBER = /(?<![\p{L}\p{N}:.£$€])\d{1,4}(?![\p{L}\p{N}:])/gu;

/** "the reviewer 3 task" is not "Reply to reviewer 2": a number said that the title has another
 * of. */
function numbersAgree(said: string, title: string): boolean {
  const numbers = said.match(NUMBER);
  const own = title.match(NUMBER);
  return !numbers || !own || numbers.some((n) => own.includes(n));
}

/** The small words of phrasal verbs ("pick up", "send off"). */
const PARTICLES = new Set(['up', 'out', 'off', 'back', 'down', 'over', 'away']);

/**
 * Which task a whole sentence is about ("Wonderful news, I finally called my mom"): the task
 * sharing the most words with it, if exactly one does. Every word of a short title must appear.
 */
export function taskAbout(sentence: string, tasks: Task[]): Task | undefined {
  const said = keywords(sentence);
  if (said.length === 0) return undefined;
  let best: Task[] = [];
  let bestScore = 0;
  for (const task of tasks) {
    if (!numbersAgree(sentence, task.title)) continue;
    // ("pick up" is one deed: its "up" is no second word in common)
    const title = keywords(task.title).filter((t) => !PARTICLES.has(t));
    const shared = title.filter((t) => said.some((w) => tokenMatches(w, t)));
    // One shared word is enough only when it isn't an everyday verb ("I marked…", "call…").
    const enough = shared.length >= 2 || (shared.length === 1 && !COMMON_VERBS.has(shared[0]!));
    // "emailed Sam" is not about "Email Sarah": sharing only the deed, with someone else named.
    const first = words(task.title)[0] ?? '';
    const deedOnly =
      shared.length === 1 && TASK_VERBS.has(first) && shared[0] === stem(first) && said.length > 1;
    if (!enough || deedOnly) continue;
    if (shared.length > bestScore) {
      best = [task];
      bestScore = shared.length;
    } else if (shared.length === bestScore) best.push(task);
  }
  if (best.length === 1) return best[0];
  // A tie: the task most about those words ("the essay": "Write the essay" over "Email the essay
  // to the professor"), if one is clearly more so.
  const focus = (task: Task) => {
    // The deed a title starts with is not what it is about ("Email insurance company").
    const first = words(task.title)[0] ?? '';
    const deed = TASK_VERBS.has(first) ? stem(first) : '';
    const own = keywords(task.title).filter((t) => !COMMON_VERBS.has(t) && t !== deed);
    return own.filter((t) => said.some((w) => tokenMatches(w, t))).length / Math.max(1, own.length);
  };
  const ranked = best
    .map((task) => ({ task, focus: focus(task) }))
    .sort((a, b) => b.focus - a.focus);
  // ("spoke to Dai" with "Ring Dai about the tups" and "Ring Dai about the quad bike": a name
  // shared by both, which no length of title settles; clearly more means twice as much)
  return ranked.length > 1 && ranked[0]!.focus > 0 && ranked[0]!.focus >= 2 * ranked[1]!.focus
    ? ranked[0]!.task
    : undefined;
}

/**
 * Whether a sentence names a task outright: of the one task it is about, it says two words of the
 * title, or every word but the deed ("the dry cleaning one", "car tax"; not "work is chaos" for
 * "Fix the work laptop").
 */
export function namesTask(sentence: string, tasks: Task[]): boolean {
  const { candidates } = matchTasks(sentence, tasks);
  const task = candidates.length === 1 ? candidates[0] : taskAbout(sentence, tasks);
  if (!task) return false;
  const said = keywords(sentence);
  const first = words(task.title)[0] ?? '';
  const deed = TASK_VERBS.has(first) ? stem(first) : '';
  const own = keywords(task.title).filter((t) => t !== deed);
  const shared = own.filter((t) => said.some((w) => tokenMatches(w, t)));
  return shared.length >= 2 || (shared.length > 0 && shared.length === own.length);
}

/** Every task sharing a word (other than an everyday verb) with the sentence, for "which one?". */
export function tasksSharingWords(sentence: string, tasks: Task[]): Task[] {
  const said = keywords(sentence).filter((w) => !COMMON_VERBS.has(w));
  return tasks.filter((task) =>
    keywords(task.title).some((t) => !COMMON_VERBS.has(t) && said.some((w) => tokenMatches(w, t))),
  );
}

const COMMON_VERBS = new Set(
  `call buy get make go pay send take check fix book write mark set add finish complet don need want
  put clean start stop mov read see look find keep let try us tell ask giv bring pick
  up off out in on back down over now`
    .split(/\s+/)
    .map(stem),
);
