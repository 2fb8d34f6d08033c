// Shared by the describe and rename rules: where the task ends and the new text begins.
import { tidyDescription, tidyTitle } from '../normalize.ts';
import { parseRef } from '../references.ts';
import type { Intent } from '../types.ts';
import { alt, DESCRIPTION_NOUNS, pattern, rx, TITLE_NOUNS } from '../vocabulary.ts';

// Whole words only: "desc" is not the start of "description".
export const DESCRIPTION_NOUN = `${alt(DESCRIPTION_NOUNS)}(?![\\w])`;
export const TITLE_NOUN = `${alt(TITLE_NOUNS)}(?![\\w])`;
const VALUE_SEP =
  '(?:\\s+(?:to just say|to just|to say|to read|to be|so it says|so that it says|so it reads|so that it reads|that says|saying|reading(?=\\s*["\'`:])|to|as|into|with|=)(?:\\s*:\\s*|\\s+)|\\s*(?:->|[:=])\\s*|\\s+-\\s+)';

/** Splits "REF <sep> VALUE" at each separator, leftmost first, for the caller to try in turn. */
export function splitRefValue(s: string): { ref: string; value: string }[] {
  const out: { ref: string; value: string }[] = [];
  // Never split inside quotes: "change 'Follow up with Kaito' to '…'".
  // (an apostrophe inside a word, "Hart's", opens no quote)
  const quoted = [...s.matchAll(/(?<!\p{L})(["'`])(.+?)\1(?=$|[\s,.!?;:])/gu)].map((q) => [
    q.index,
    q.index + q[0].length,
  ]);
  for (const m of s.matchAll(pattern(VALUE_SEP, 'gi'))) {
    if (quoted.some(([a, b]) => m.index > a! && m.index < b!)) continue;
    const ref = s.slice(0, m.index).trim();
    const value = s.slice(m.index + m[0].length).trim();
    // "make a task: …" creates one; an existing task is never "a task".
    if (!ref || !value || /^(?:a|an|another|new|some|one more)\b/i.test(ref)) continue;
    // "rename read chapter 7 to read chapter 7 and 8": a new title that starts with the old one's
    // verb was split at the plain "to", not at "to read"
    // (and "… to Read chapters 5 and 6": a capital says the title starts there)
    const verb = m[0].match(/^\s+to\s+(read|say|be)\s+$/i)?.[1];
    const first = ref.split(/\s+/)[0]!.toLowerCase();
    out.push(
      verb && (verb.toLowerCase() === first || /^[A-Z]/.test(verb))
        ? { ref, value: `${verb} ${value}` }
        : { ref, value },
    );
  }
  return out;
}

export type UpdateIntent = Extract<Intent, { type: 'update' }>;

export function updateIntent(
  refText: string,
  field: 'title' | 'description',
  value: string,
): UpdateIntent {
  // "… to 'Call grandma' and set its description to 'before 8pm'": both fields at once.
  const both = value.match(
    rx`^(.+?)\\s*,?\\s+and\\s+(?:set|change|update|make|give)\\s+(?:its|the|their)\\s+(${DESCRIPTION_NOUN}|${TITLE_NOUN})\\s+(?:to|as|:)\\s*(.+)$`,
  );
  if (both) {
    const fields: { title?: string; description?: string } = {};
    fields[field] = field === 'title' ? tidyTitle(both[1]!) : tidyDescription(both[1]!);
    if (rx`^${TITLE_NOUN}$`.test(both[2]!)) fields.title = tidyTitle(both[3]!);
    else fields.description = tidyDescription(both[3]!);
    return { type: 'update', ref: parseRef(refText), ...fields };
  }
  // "— new title: Book a car wash": the field named again before the value.
  const unlabelled = value.replace(
    rx`^(?:(?:the\\s+)?new\\s+)?${field === 'title' ? TITLE_NOUN : DESCRIPTION_NOUN}\\s*(?::|=|-|is|should be)\\s*`,
    '',
  );
  // "…, I spelled it wrong": the reason is not part of the new title.
  const titleOnly = unlabelled.replace(
    /,\s*(?:i|it|that|because|since|as)\b(?![^,]*["'`]).*$/i,
    '',
  );
  const cleaned = field === 'title' ? tidyTitle(titleOnly) : tidyDescription(unlabelled);
  return { type: 'update', ref: parseRef(refText), [field]: cleaned };
}

/** Several readings, most likely first, as one intent whose alternatives the assistant tries. */
export function withAlternatives(readings: UpdateIntent[]): UpdateIntent | undefined {
  if (readings.length === 0) return undefined;
  return { ...readings[0]!, alternatives: readings.slice(1) };
}
