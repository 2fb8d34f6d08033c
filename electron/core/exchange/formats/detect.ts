// Which format a file is in, from what it says, and reading it: parseFile never throws; whatever
// is wrong with a file comes back as problems with their lines.
import { Collector, IMPORT_BYTES_MAX, IMPORT_ROWS_MAX, utf8Length } from './common.ts';
import { JSON_FORMAT, parseJson } from './json.ts';
import { parseIcs } from './ics.ts';
import { parseMarkdown } from './markdown.ts';
import { parseTodoistCsv } from './todoist-csv.ts';
import { parseTodoTxt } from './todotxt.ts';
import type { ImportFormat, ImportOptions, ParsedFile } from './types.ts';

export { IMPORT_BYTES_MAX, IMPORT_ROWS_MAX };

/** How much of the start of a file detection looks at. */
const SNIFF = 64 * 1024;
const CHECKLIST = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?:[ \t]|$)/m;

/** The format a file's content is in, or null when it can't tell (empty, binary). */
export function detectFormat(text: string): ImportFormat | null {
  const head = text.slice(0, SNIFF).replace(/^\uFEFF/, '');
  if (!head.trim() || head.includes('\u0000')) return null;
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    // Ours says so near the start; any other JSON is read as ours too, and told it isn't.
    return 'json';
  }
  const firstLine = start.split(/\r\n|\n|\r/, 1)[0]!.trim();
  if (/^BEGIN:VCALENDAR\b/i.test(firstLine)) return 'ics';
  const header = firstLine.split(/[,;]/).map((f) => f.trim().replace(/^"|"$/g, '').toUpperCase());
  if (header.includes('TYPE') && header.includes('CONTENT')) return 'todoist';
  if (CHECKLIST.test(head)) return 'markdown';
  return 'todotxt';
}

/** 'csv' (the CLI's name for Todoist's CSV) as the format it is. */
export function importFormatOf(name: string): ImportFormat | null {
  const n = name.trim().toLowerCase();
  if (n === 'csv') return 'todoist';
  return (['json', 'todoist', 'todotxt', 'ics', 'markdown'] as const).find((f) => f === n) ?? null;
}

/** Reads a file: its tasks (and conversations), and its problems, each with its line. */
export function parseFile(
  text: string,
  format?: ImportFormat | 'csv' | null,
  options: ImportOptions = {},
): ParsedFile {
  const said = format ? importFormatOf(format) : null;
  const fallback = said ?? 'todotxt';
  try {
    if (text.length > IMPORT_BYTES_MAX || utf8Length(text) > IMPORT_BYTES_MAX) {
      const c = new Collector(fallback, options);
      c.error(
        1,
        `This file is bigger than ${IMPORT_BYTES_MAX / 1024 / 1024} MB: split it into smaller files and import them one at a time.`,
      );
      return c.result();
    }
    const chosen = said ?? detectFormat(text);
    if (!chosen) {
      const c = new Collector(fallback, options);
      c.error(
        1,
        text.trim()
          ? 'this file isn’t one the app can read: import JSON, Todoist CSV, todo.txt, iCalendar or a Markdown checklist.'
          : 'this file is empty.',
      );
      return c.result();
    }
    const c = new Collector(chosen, options);
    try {
      READERS[chosen](text, c);
    } catch {
      c.error(
        1,
        'this file couldn’t be read to the end: check that it is really a ' +
          NAMES[chosen] +
          ' file.',
      );
    }
    return c.result();
  } catch {
    return {
      format: fallback,
      tasks: [],
      conversations: [],
      errors: [{ line: 1, message: 'Line 1: this file couldn’t be read.' }],
    };
  }
}

const READERS: Record<ImportFormat, (text: string, c: Collector) => void> = {
  json: parseJson,
  todoist: parseTodoistCsv,
  todotxt: parseTodoTxt,
  ics: parseIcs,
  markdown: parseMarkdown,
};

const NAMES: Record<ImportFormat, string> = {
  json: `Task Assistant JSON ("format": "${JSON_FORMAT}")`,
  todoist: 'Todoist CSV',
  todotxt: 'todo.txt',
  ics: 'iCalendar',
  markdown: 'Markdown',
};
