// Words of a quick-add text the person turned back into plain title text are kept as ranges of
// that text; as they go on typing, each range follows its words (or goes, if they edit inside it).

export interface Span {
  start: number;
  end: number;
}

/** Moves spans of `before` to where the same characters are in `after`. */
export function shiftSpans(spans: Span[], before: string, after: string): Span[] {
  if (before === after || spans.length === 0) return spans;
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  // The edit replaced before[prefix, editEnd) with after[prefix, after.length - suffix).
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  return spans.flatMap((s) =>
    s.end <= prefix
      ? [s]
      : s.start >= editEnd
        ? [{ start: s.start + delta, end: s.end + delta }]
        : [],
  );
}
