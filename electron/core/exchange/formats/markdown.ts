// A Markdown checklist, in the style of Obsidian Tasks (publish.obsidian.md/tasks), so the file
// reads well anywhere and Obsidian understands it:
//
//   # Tasks
//
//   - [ ] Pay rent #home 🔁 every month ⏫ ➕ 2026-10-01 📅 2026-12-01 ⏰ 17:00
//       The landlord's new account number is
//       in the email of 3 October.
//   - [x] Call the bank 🔽 ➕ 2026-10-01 📅 2026-10-30 ✅ 2026-11-01
//
// - `[ ]` open, `[x]` done (`- [ ]`, `* [x]`, `+ [X]`, `1. [ ]` are all read; nested items are
//   read as tasks of their own).
// - Labels are tags, `#label`; a `#` in a title is written `\#` (and `\` as `\\`).
// - 🔁 the repeat in words quick add and Obsidian read ("every week on monday, thursday" style,
//   see repeat-words.ts), or the RRULE itself when words can't say it exactly.
// - ⏫ 🔼 🔽 priority 1, 2, 3 (🔺 is read as 1, ⏬ as 3); ➕ created, 📅 due, ✅ done: dates;
//   ⏰ HH:MM the due time (our addition: Obsidian Tasks has no times).
// - The description: the lines under the item, indented four spaces. A description line that
//   would read as a checklist item, or that starts with `\`, gets a `\` in front.
// - Fields are read from the end of the line, as Obsidian Tasks does; a checklist item with an
//   empty or too long title is an error; headings, prose and code blocks are skipped.
//
// What Markdown can't carry: exact created/completed times (dates only, written in the export's
// time zone and read back as noon UTC that day), updatedAt, the history of a repeating task,
// line breaks other than \n in descriptions, lines of only spaces in descriptions, labels of
// digits only (Obsidian reads "#2026" as no tag), and titles ending in what looks like a field
// (a 📅 date, a priority sign…).
import { readStoredReceipt } from '../../../shared/chat.ts';
import { isCalendarDate, normaliseRule } from '../../../shared/when.ts';
import { parseQuickAdd } from '../../time/quick-add.ts';
import {
  batched,
  clipText,
  dateAsTimestamp,
  localDateOf,
  localZone,
  oneLine,
  zonedParts,
} from './common.ts';
import type { Collector, RawTask } from './common.ts';
import { ruleToWords } from './repeat-words.ts';
import type { ExportConversation, ExportOptions, ExportTask } from './types.ts';

const PRIORITY_SIGN = ['', '⏫', '🔼', '🔽'] as const;
const PRIORITY_OF: Record<string, number> = { '🔺': 1, '⏫': 1, '🔼': 2, '🔽': 3, '⏬': 3 };
const INDENT = '    ';

/** A line that Markdown (and this reader) takes for a checklist item. */
const ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\[([^\]])\](?:[ \t]+(.*))?$/;
const ITEMISH = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[^\]]\]/;

const escapeTitle = (title: string) => title.replace(/\\/g, '\\\\').replace(/#/g, '\\#');
const unescapeTitle = (title: string) => title.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** One task as a checklist item, with its description under it. */
export function markdownItem(t: ExportTask, timeZone: string): string {
  let line = `- [${t.completed ? 'x' : ' '}] ${escapeTitle(oneLine(t.title))}`;
  for (const label of t.labels) line += ` #${label}`;
  if (t.repeat) {
    const { words, exact } = ruleToWords(t.repeat);
    line += ` 🔁 ${exact ? words : t.repeat}`;
  }
  if (t.priority) line += ` ${PRIORITY_SIGN[t.priority]}`;
  const created = localDateOf(t.createdAt, timeZone);
  if (created) line += ` ➕ ${created}`;
  if (t.dueDate) line += ` 📅 ${t.dueDate}`;
  if (t.dueTime) line += ` ⏰ ${t.dueTime}`;
  const done = t.completed && t.completedAt ? localDateOf(t.completedAt, timeZone) : null;
  if (done) line += ` ✅ ${done}`;
  line += '\n';
  if (t.description.trim()) {
    for (const d of t.description.trim().split(/\r\n|\r|\n/)) {
      if (!d.trim()) line += '\n';
      else line += `${INDENT}${ITEMISH.test(d) || d.startsWith('\\') ? '\\' : ''}${d}\n`;
    }
  }
  return line;
}

/** Tasks as a Markdown checklist, as chunks of text. */
export function exportMarkdown(
  tasks: Iterable<ExportTask>,
  options: ExportOptions = {},
): Generator<string, void, undefined> {
  const timeZone = options.timeZone ?? localZone();
  return batched(
    (function* () {
      yield '# Tasks\n\n';
      for (const t of tasks) yield markdownItem(t, timeZone);
    })(),
  );
}

// ---- Conversations ----------------------------------------------------------------------------

const ROLE_NAMES = { user: 'You', assistant: 'Assistant', tool: 'Done' } as const;

/** Conversations as Markdown to read: title, times, and each message with who said it when. */
export function conversationsToMarkdown(
  conversations: Iterable<ExportConversation>,
  options: ExportOptions = {},
): Generator<string, void, undefined> {
  const timeZone = options.timeZone ?? localZone();
  const when = (iso: string) => {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return iso;
    const p = zonedParts(ms, timeZone);
    return `${p.date} ${p.time}`;
  };
  return batched(
    (function* () {
      let first = true;
      for (const c of conversations) {
        yield first ? '' : '\n---\n\n';
        first = false;
        yield `# ${oneLine(c.title ?? '') || 'Conversation'}\n\n`;
        yield `_Started ${when(c.createdAt)} · last changed ${when(c.updatedAt)}_\n\n`;
        for (const m of c.messages) {
          const status = m.status ? ` (${m.status})` : '';
          if (m.role === 'tool') {
            const receipt = readStoredReceipt(m.content);
            const what = receipt
              ? `${receipt.ok ? '✓' : '✗'} ${oneLine(receipt.summary)}${
                  !receipt.ok && receipt.error ? ` (${oneLine(receipt.error.message)})` : ''
                }`
              : 'An action was recorded.';
            yield `**${ROLE_NAMES.tool}** · ${when(m.createdAt)}${status}: ${what}\n\n`;
          } else {
            yield `**${ROLE_NAMES[m.role]}** · ${when(m.createdAt)}${status}\n\n${m.content.trim()}\n\n`;
          }
        }
      }
    })(),
  );
}

// ---- Reading ----------------------------------------------------------------------------------

const MARKERS = '📅✅➕🛫⏳❌⏰🔺⏫🔼🔽⏬🔁🆔⛔';
const TAG_CHARS = String.raw`[\p{L}\p{N}\p{M}_\-./&+]`;
/** One field at the end of an item's text (they are read from the end, as Obsidian Tasks does). */
const FIELD_AT_END = new RegExp(
  String.raw`(?:^|\s)(?:` +
    String.raw`(?<dateSign>[📅✅➕🛫⏳❌])\uFE0F?\s*(?<date>\d{4}-\d{2}-\d{2})` +
    String.raw`|⏰\uFE0F?\s*(?:(?<timeDate>\d{4}-\d{2}-\d{2})\s+)?(?<time>\d{1,2}:\d{2})` +
    String.raw`|(?<priority>[🔺⏫🔼🔽⏬])\uFE0F?` +
    String.raw`|🔁\uFE0F?\s*(?<repeat>[^#${MARKERS}]*?)` +
    String.raw`|[🆔⛔]\uFE0F?\s*[\w,-]*` +
    String.raw`|#(?<tag>${TAG_CHARS}+)` +
    String.raw`)\s*$`,
  'u',
);
const TAG = new RegExp(String.raw`(^|\s+)#(${TAG_CHARS}+)(?=\s|$)`, 'gu');
const REPEAT_TEXT_MAX = 200;

/** Columns of leading whitespace (a tab to the next multiple of four). */
function indentOf(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/** The line without up to `cols` columns of leading whitespace. */
function dedent(line: string, cols: number): string {
  let col = 0;
  let i = 0;
  while (i < line.length && col < cols) {
    if (line[i] === ' ') col++;
    else if (line[i] === '\t') col += 4 - (col % 4);
    else break;
    i++;
  }
  return line.slice(i);
}

interface Open {
  raw: RawTask;
  indent: number;
  baseline: number | null;
  description: string[];
  blanks: number;
}

/** An item's text: title, labels and fields. */
function readItem(text: string, line: number, completed: boolean, c: Collector): RawTask {
  const raw: RawTask = { line, title: '', completed, labels: [], problems: [] };
  const labels: string[] = [];
  let rest = text.trim();
  for (let guard = 0; guard < 100; guard++) {
    const m = FIELD_AT_END.exec(rest);
    if (!m?.groups) break;
    const g = m.groups;
    if (g.tag !== undefined) {
      if (!/[^\d]/.test(g.tag)) break; // "#12": not a tag
      labels.unshift(g.tag);
    } else if (g.date !== undefined) {
      const sign = g.dateSign!;
      if (sign === '📅') raw.dueDate = g.date;
      else if (sign === '✅') raw.completedAt = dateAsTimestamp(g.date);
      else if (sign === '➕') raw.createdAt = dateAsTimestamp(g.date);
    } else if (g.time !== undefined) {
      const [h, min] = g.time.split(':');
      raw.dueTime = `${h!.padStart(2, '0')}:${min}`;
      if (g.timeDate && raw.dueDate === undefined) raw.dueDate = g.timeDate;
    } else if (g.priority !== undefined) {
      raw.priority = PRIORITY_OF[g.priority] ?? null;
    } else if (g.repeat !== undefined) {
      raw.repeat = readRepeat(g.repeat.trim(), c, raw.problems!);
    }
    rest = rest.slice(0, m.index);
  }
  for (const key of ['createdAt', 'completedAt'] as const) {
    const v = raw[key];
    if (v && !isCalendarDate(v.slice(0, 10))) {
      raw.problems!.push(
        `the ${key === 'createdAt' ? '➕ created' : '✅ done'} date ${v.slice(0, 10)} isn't a real day.`,
      );
      delete raw[key];
    }
  }
  if (completed && raw.completedAt === undefined) raw.completedAt = null;
  if (!completed) delete raw.completedAt;
  const title = rest.replace(TAG, (whole, _before: string, tag: string) => {
    if (!/[^\d]/.test(tag)) return whole; // "#12": not a tag
    labels.push(tag);
    return '';
  });
  raw.title = unescapeTitle(title.replace(/\s{2,}/g, ' ').trim());
  raw.labels = labels;
  return raw;
}

function readRepeat(text: string, c: Collector, problems: string[]): string | null {
  const said = text.replace(/\s+when\s+done$/i, '');
  if (/^(?:RRULE:)?FREQ=/i.test(said)) {
    const r = normaliseRule(said);
    if ('rule' in r) return r.rule;
    problems.push(`${r.error}.`);
    return null;
  }
  if (said.length > REPEAT_TEXT_MAX || !said) {
    problems.push('the 🔁 repeat is empty or too long to be read.');
    return null;
  }
  const read = parseQuickAdd(said, { now: c.now, detailsOnly: true });
  if (!read.repeat) {
    problems.push(
      `the repeat "${clipText(said, 40)}" can't be read: write it like "every week" or "every monday, thursday".`,
    );
    return null;
  }
  return read.repeat;
}

/** Reads a Markdown checklist into the collector. */
export function parseMarkdown(text: string, c: Collector): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let open: Open | null = null;
  let fence: string | null = null;
  const close = () => {
    if (!open) return;
    if (open.description.length > 0) open.raw.description = open.description.join('\n');
    c.task(open.raw);
    open = null;
  };
  let i = 0;
  // (YAML front matter)
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (end > 0) i = end + 1;
  }
  for (; i < lines.length && !c.full; i++) {
    const line = lines[i]!;
    if (fence) {
      if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    if (!line.trim()) {
      if (open) open.blanks++;
      continue;
    }
    const indent = indentOf(line);
    const item = ITEM.exec(line);
    if (item) {
      close();
      const status = item[2]!;
      const body = item[3] ?? '';
      open = {
        raw: readItem(body, i + 1, status === 'x' || status === 'X', c),
        indent,
        baseline: null,
        description: [],
        blanks: 0,
      };
      continue;
    }
    if (open && indent > open.indent) {
      open.baseline ??= indent;
      let d = dedent(line, open.baseline);
      if (d.startsWith('\\') && (ITEMISH.test(d.slice(1)) || d[1] === '\\')) d = d.slice(1);
      if (open.description.length > 0)
        for (; open.blanks > 0; open.blanks--) open.description.push('');
      open.blanks = 0;
      open.description.push(d);
      continue;
    }
    // Prose, a heading or a code block: not a task, and the end of the item above.
    close();
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) fence = f[1]!;
  }
  close();
}
