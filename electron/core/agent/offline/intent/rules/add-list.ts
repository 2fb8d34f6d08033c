// A list with a header that only says "add these": "add these 3: bananas, oat milk, coffee
// beans", "please add for me: …", "a few things for the list please: …", "to-dos:⏎* a⏎* b",
// "I need to do 2 things: …", "ok add one more: book a dentist appointment".
import { tidyTitle } from '../normalize.ts';
import { itemDetails, looksLikeWhen } from '../time-words.ts';
import type { Intent, Rule } from '../types.ts';
import {
  LIST_HEADER_SEVERAL,
  LIST_HEADER_WORDS,
  NUMBER_WORDS,
  TASK_VERBS,
  VERBS,
} from '../vocabulary.ts';
import { splitItems, TRAILERS } from './add.ts';

const HEADER_WORDS = new Set([
  ...LIST_HEADER_WORDS,
  ...LIST_HEADER_SEVERAL,
  ...Object.keys(NUMBER_WORDS),
]);
const HEADER_SEVERAL = new Set([
  ...LIST_HEADER_SEVERAL,
  ...VERBS.add.filter((v) => !v.includes(' ')),
]);

/**
 * "add these 3: a, b, c" / "to-dos; a; b" / "add to my todos - order ink": the part before the
 * first colon, dash or semicolon only says "add" or "here is a list", so what follows is a list.
 */
function afterListHeader(s: string): { items: string; count: number; when?: string } | undefined {
  // (a colon between digits is a time or a ratio: "1:1 with manager", "at 10:30")
  const m = s.match(/^([^:;"'`]{1,60}?)\s*(?:(?<!\d):|:(?!\d)|;|\s-\s)\s*(\S.*)$/s);
  if (!m) return undefined;
  // "list: done", "todos: all": which of the list to show (list.ts), not an item to add
  if (
    /^(?:all|everything|done|completed|finished|pending|open|left|remaining|outstanding|todo|to-?do|not done|undone)$/i.test(
      m[2]!.trim(),
    ) &&
    /^(?:list|show|tasks|todos?|to-?dos)$/i.test(m[1]!.trim())
  )
    return undefined;
  // "add these for the gig: …": what the list is for doesn't change that it is one
  // ("note for the gift task: …" is a note for that task: describe.ts)
  if (
    /^(?:a\s+|the\s+)?(?:note|notes|description|desc|details|comment|memo)\s+(?:for|on|to)\b/i.test(
      m[1]!,
    ) ||
    // ("for this task note: he has 6 bikes, in the garage": a note, for that task)
    /^(?:for|on|to|in)\s+\S.*\s(?:note|notes|description|desc|details|comment|memo)$/i.test(
      m[1]!.trim(),
    )
  )
    return undefined;
  const header = m[1]!.replace(
    /\s+(?:for|from|about|re)\s+(?:the\s+|my\s+|our\s+|this\s+)?[\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,2}$/u,
    '',
  );
  const words = header
    .toLowerCase()
    .replace(/[!,.?]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  // "add a note: …" gives a description (describe.ts), not a list.
  // ("put for it the description: …": said before the "for …" is taken off the header)
  if (
    /\b(?:a|the|some|this|that|its)\s+(?:note|notes|description|desc|details?|memo)\b/i.test(
      m[1]!,
    ) ||
    // ("Add note: Reg WX19 KLM")
    /^(?:add|attach|put|write|leave)\s+(?:(?:quick|short|little|wee)\s+)?(?:note|notes|description|desc|details?|memo)$/i.test(
      m[1]!.trim(),
    )
  )
    return undefined;
  // "note 1: Use the 4TB drive": a note for task 1
  if (/^(?:note|notes|desc|description|comment|memo)\s+(?:task\s+|#)?\d{1,4}$/i.test(m[1]!.trim()))
    return undefined;
  // "note on task 1: …", "for item 2: …" names the task the rest is about.
  if (/\b(?:on|for|to|in|of)\s+(?:task|item|number|no)?\s*#?\d{1,4}\b/.test(words.join(' ')))
    return undefined;
  const known = (w: string) =>
    HEADER_WORDS.has(w) || /^\d{1,2}$/.test(w) || (VERBS.add as readonly string[]).includes(w);
  if (!words.every(known) || !words.some((w) => HEADER_SEVERAL.has(w))) {
    // "garden jobs: repot the fig, prune the roses": a heading naming a kind of jobs, then a
    // list in which every item says what to do
    const items = m[2]!.split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+/i).filter(Boolean);
    const kind =
      words.length <= 4 &&
      /^(?:jobs|tasks|things|stuff|errands|chores|bits|todos|to-dos|list|admin)$/.test(
        words.at(-1)!,
      );
    const doable = (item: string) => TASK_VERBS.has(item.split(/\s+/)[0]!.toLowerCase());
    if (!kind || items.length < 2 || !items.every(doable)) return undefined;
    return { items: m[2]!, count: 0 };
  }
  // "task 3: done" names a task; "one more: …" and "these 3: …" count the items.
  const counted = words.find((w) => /^\d{1,2}$/.test(w) || (w !== 'one' && w in NUMBER_WORDS));
  // "add for tomorrow: bring the documents": the day said in the header is each item's
  // ("another one for Thursday: pick up Zara from swimming")
  const when =
    /^(?:(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:add|put|pop|stick|new tasks?)(?:\s+(?:in|on|to|into|onto)\s+(?:my|the)\s+(?:\w+\s+)?list)?|(?:and\s+|also\s+)?(?:another|one more)(?:\s+(?:one|task|thing|reminder))?)\s+(?:for|on|by)\s+(.+)$/i.exec(
      m[1]!.trim(),
    )?.[1];
  return {
    items: m[2]!,
    count: counted === undefined ? 0 : Number(counted) || (NUMBER_WORDS[counted] ?? 0),
    ...(when && looksLikeWhen(when)
      ? {
          when: /^(?:by)\s/i.test(m[1]!.trim().split(/\s+/).slice(1).join(' '))
            ? `by ${when}`
            : when,
        }
      : {}),
  };
}

export const addList: Rule = {
  name: 'add-list',
  // Above the list and shorthand rules: "todo; renew passport; book hotel" is not "show my todos".
  specificity: 79,
  extract: (s, { dialogue }): Intent | Intent[] | undefined => {
    // ("what's the note on it?" … "add one: …": a note, describe.ts)
    if (dialogue.lastAsked === 'note' && /^(?:add|put|write|stick|pop)\s+one\s*:/i.test(s))
      return undefined;
    // "note: keys go in the drop box" right after adding or changing a task describes it.
    if (
      /^(?:note|notes)\s*:/i.test(s) &&
      (dialogue.lastAction === 'add' || dialogue.lastAction === 'update')
    )
      return undefined;
    const listed = afterListHeader(s);
    if (!listed) return undefined;
    // "add two tasks: 'Print boarding passes' and 'Pack chargers'": each quoted part is one.
    const quoted = [...listed.items.matchAll(/(["'`])(.+?)\1(?=$|[\s,.!?;:])/g)].map((m) => m[2]!);
    const rest = listed.items.replace(/(["'`])(.+?)\1(?=$|[\s,.!?;:])/g, '');
    const split =
      quoted.length > 1 &&
      /^[\s,;&]*(?:(?:and|plus|&)[\s,;]*)?$/i.test(
        rest.replace(/\s*(?:,|;|\band\b|&|\bplus\b)\s*/gi, ' '),
      )
        ? quoted
        : splitItems(listed.items, listed.count > 0, true, listed.count);
    // "please add: buy unga and sukuma": one deed with two things, when nothing says two tasks
    const deed = (item: string) => TASK_VERBS.has(item.trim().split(/\s+/)[0]!.toLowerCase());
    const items =
      split.length === 2 &&
      listed.count !== 2 &&
      quoted.length === 0 &&
      !/[,;]/.test(listed.items) &&
      deed(split[0]!) &&
      !deed(split[1]!)
        ? [listed.items]
        : split;
    // ("add: buy the bread for the party, the Saturday at 9:00": when, of the item before it)
    const joined = items.reduce<string[]>((out, item) => {
      const more = itemDetails(item.replace(/^(?:the|on)\s+(?=\S)/i, ''));
      if (out.length > 0 && more !== undefined)
        out[out.length - 1] = more.startsWith('#')
          ? `${out.at(-1)!} ${more}`
          : `${out.at(-1)!}, ${item.replace(/^the\s+(?=\S)/i, '')}`;
      else out.push(item);
      return out;
    }, []);
    const titles = joined
      .map((item) => tidyTitle(item.replace(TRAILERS, '')))
      .map((title) => (listed.when && title ? `${title} ${listed.when}` : title))
      .filter((title) => title && !/^(?:task|todo|item|something|one|it)$/i.test(title));
    if (titles.length === 0) return undefined;
    return titles.length === 1
      ? { type: 'add', title: titles[0]! }
      : titles.map((title): Intent => ({ type: 'add', title }));
  },
};
