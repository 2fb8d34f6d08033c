// Text is counted as people see it: in Unicode code points ("☕" and "😀" are one each), which is
// also how SQLite's length() counts. Cutting never splits a surrogate pair.

export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The first `max` code points of `s`. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s; // UTF-16 units ≥ code points: nothing to cut
  let out = '';
  let n = 0;
  for (const ch of s) {
    if (n++ === max) break;
    out += ch;
  }
  return out;
}

/** `s` cut to at most `max` code points, ending in "…" when it was cut. */
export function truncate(s: string, max: number): string {
  return codePointLength(s) <= max ? s : `${clip(s, max - 1)}…`;
}

/** A file size as people read it: "1.1 GB", "269 kB". */
export const sizeText = (bytes: number) =>
  bytes >= 1e9
    ? `${(bytes / 1e9).toFixed(1)} GB`
    : bytes >= 1e6
      ? `${Math.round(bytes / 1e6)} MB`
      : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
