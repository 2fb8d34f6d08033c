// What a person types into a search box, turned into an FTS5 query that is always valid: every
// word is quoted (so FTS5's own syntax — AND, NEAR, column:, *, ^, parentheses — is never
// interpreted), "quoted phrases" stay phrases, -word excludes, and the last word matches as a
// prefix while it is still being typed.

export interface ParsedSearch {
  /** Words and phrases that must all be present (phrases keep their words in order). */
  include: { text: string; phrase: boolean }[];
  /** Words and phrases that must not be present. */
  exclude: string[];
  /** Whether the last included word is matched as a prefix. */
  prefix: boolean;
}

/** Something the tokenizer will see as a word: letters or digits in any script. */
const WORDY = /[\p{L}\p{N}]/u;

export function parseSearch(typed: string): ParsedSearch {
  const include: ParsedSearch['include'] = [];
  const exclude: string[] = [];
  let prefix = false;
  let i = 0;
  // Control characters are never part of a word (and NUL would end the query early).
  const s = typed.normalize('NFC').replace(/\p{Cc}/gu, ' ');
  while (i < s.length) {
    if (/\s/u.test(s[i]!)) {
      i++;
      continue;
    }
    let negate = false;
    if (s[i] === '-' && i + 1 < s.length && !/\s/u.test(s[i + 1]!)) {
      negate = true;
      i++;
    }
    let text: string;
    let phrase = false;
    let open: boolean;
    const quote = s[i] === '"' || s[i] === '“' || s[i] === '”' ? s[i] : null;
    if (quote) {
      const close = s.slice(i + 1).search(/["“”]/u);
      text = close < 0 ? s.slice(i + 1) : s.slice(i + 1, i + 1 + close);
      i = close < 0 ? s.length : i + 2 + close;
      phrase = true;
      // An unclosed quote at the end is a phrase still being typed.
      open = close < 0;
    } else {
      const end = s.slice(i).search(/\s/u);
      text = end < 0 ? s.slice(i) : s.slice(i, i + end);
      i = end < 0 ? s.length : i + end;
      open = end < 0;
    }
    if (!WORDY.test(text)) continue;
    if (negate) {
      exclude.push(text);
    } else {
      include.push({ text, phrase });
      prefix = open;
    }
  }
  return { include, exclude, prefix };
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The FTS5 MATCH expression, or null when nothing in the text can match (only exclusions,
 * only punctuation, nothing at all). */
export function ftsQuery(
  typed: string,
  options: { any?: boolean; forms?: boolean } = {},
): string | null {
  const { include, exclude, prefix } = parseSearch(typed);
  if (include.length === 0) return null;
  const terms = include.map((t, n) => {
    const q = quoted(t.text);
    // (forms: any word of 4 letters or more in any of its forms, "dentist" for "dentists"; a
    // short one as it is, so "car" doesn't find "cards" — the assistant's reading of words said)
    const open = options.forms
      ? !t.phrase && [...t.text].length >= 4
      : prefix && n === include.length - 1;
    return open ? `${q}*` : q;
  });
  // (any: some of the words, best first — the assistant's second try when all of them find nothing)
  let expr = terms.join(options.any ? ' OR ' : ' ');
  for (const x of exclude) expr = `(${expr}) NOT ${quoted(x)}`;
  return expr;
}
