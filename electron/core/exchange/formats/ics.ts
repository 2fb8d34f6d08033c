// iCalendar (RFC 5545): one VTODO per task in a VCALENDAR.
//
// - UID, DTSTAMP (the export's time), CREATED, LAST-MODIFIED, SUMMARY (title), DESCRIPTION.
// - DUE: `DUE;VALUE=DATE:20261201` for a date, `DUE:20261201T170000` (floating local time, as
//   our dates are) with a time. A repeating task also gets DTSTART = DUE, from which its RRULE
//   counts (RFC 5545 anchors a recurrence on DTSTART).
// - PRIORITY: our 1/2/3 are written 1/5/9 (RFC 5545 §3.8.1.9: 1–4 high, 5 medium, 6–9 low),
//   and read back that way: 1–4 → 1, 5 → 2, 6–9 → 3, 0 or none → none.
// - RRULE, CATEGORIES (labels), STATUS:COMPLETED with COMPLETED (when).
//
// Reading uses ical.js for each VTODO (and VTIMEZONE) found by a first pass over the lines, so a
// problem is named by its line: the bad line when one can't be read, else the BEGIN:VTODO line.
// VEVENTs and everything else are skipped. A DUE in UTC (…Z) or with a TZID is converted to the
// local time zone of the import (ImportOptions.timeZone): with the file's VTIMEZONE when it has
// one, else with the TZID as an IANA name ("Europe/Berlin"); a TZID known to neither is read as
// floating local time (its wall clock). A floating DUE stays as written. Seconds are dropped.
//
// Writing is done here, not with ical.js: its stringify works on a whole component tree and
// folds continuation lines to 76 octets; writing a VTODO is a few lines that stream task by task,
// with RFC 5545 escaping (\\ \; \, \n) and folding at 75 octets (never inside a UTF-8 sequence).
//
// What iCalendar can't carry: the history of a repeating task, and milliseconds of the times.
import ICAL from 'ical.js';
import { isCalendarDate, normaliseRule } from '../../../shared/when.ts';
import { batched, clipText, isTimeZone, utf8Length, zonedParts, zonedToEpoch } from './common.ts';
import type { Collector, RawTask } from './common.ts';
import type { ExportOptions, ExportTask } from './types.ts';

const PRIORITY_TO_ICAL = [0, 1, 5, 9] as const;

/** RFC 5545 TEXT escaping. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded at 75 octets (the leading space of a continuation counts), with CRLF. */
export function foldLine(line: string): string {
  if (line.length <= 25 || utf8Length(line) <= 75) return `${line}\r\n`;
  let out = '';
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > 75) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      bytes = 1;
    }
    bytes += size;
    i += cp > 0xffff ? 2 : 1;
  }
  return `${out}${line.slice(start)}\r\n`;
}

/** An ISO timestamp as an iCalendar UTC DATE-TIME (20261128T100000Z). */
function utcStamp(iso: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

const compact = (date: string) => date.replace(/-/g, '');

/** One task as a VTODO. */
export function vtodo(t: ExportTask, stamp: string): string {
  const lines: string[] = ['BEGIN:VTODO'];
  lines.push(`UID:task-${t.id}-${utcStamp(t.createdAt) ?? '0'}@task-assistant`);
  lines.push(`DTSTAMP:${stamp}`);
  const created = utcStamp(t.createdAt);
  if (created) lines.push(`CREATED:${created}`);
  const modified = utcStamp(t.updatedAt);
  if (modified) lines.push(`LAST-MODIFIED:${modified}`);
  lines.push(`SUMMARY:${escapeText(t.title)}`);
  if (t.description) lines.push(`DESCRIPTION:${escapeText(t.description)}`);
  if (t.dueDate) {
    const due = t.dueTime
      ? `:${compact(t.dueDate)}T${t.dueTime.replace(':', '')}00`
      : `;VALUE=DATE:${compact(t.dueDate)}`;
    if (t.repeat) lines.push(`DTSTART${due}`);
    lines.push(`DUE${due}`);
  }
  if (t.priority) lines.push(`PRIORITY:${PRIORITY_TO_ICAL[t.priority]}`);
  if (t.repeat) lines.push(`RRULE:${t.repeat}`);
  if (t.labels.length > 0) lines.push(`CATEGORIES:${t.labels.map(escapeText).join(',')}`);
  lines.push(`STATUS:${t.completed ? 'COMPLETED' : 'NEEDS-ACTION'}`);
  const completed = t.completed && t.completedAt ? utcStamp(t.completedAt) : null;
  if (completed) lines.push(`COMPLETED:${completed}`);
  lines.push('END:VTODO');
  return lines.map(foldLine).join('');
}

/** Tasks as an iCalendar file of VTODOs, as chunks of text. */
export function exportIcs(
  tasks: Iterable<ExportTask>,
  options: ExportOptions = {},
): Generator<string, void, undefined> {
  const stamp = utcStamp((options.now ?? new Date()).toISOString())!;
  return batched(
    (function* () {
      yield [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Task Assistant//Task Assistant//EN',
        'CALSCALE:GREGORIAN',
      ]
        .map(foldLine)
        .join('');
      for (const t of tasks) yield vtodo(t, stamp);
      yield foldLine('END:VCALENDAR');
    })(),
  );
}

// ---- Reading ----------------------------------------------------------------------------------

interface Logical {
  text: string;
  line: number;
}

interface Block {
  name: string;
  line: number;
  lines: Logical[];
}

/** The file's content lines, unfolded, each with the line it starts on. */
function contentLines(text: string): Logical[] {
  const out: Logical[] = [];
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let i = 0; i < physical.length; i++) {
    const p = physical[i]!;
    const last = out.at(-1);
    if ((p.startsWith(' ') || p.startsWith('\t')) && last) last.text += p.slice(1);
    else out.push({ text: p, line: i + 1 });
  }
  return out;
}

const nameOf = (line: string) => /^[A-Za-z0-9-]+/.exec(line)?.[0]?.toUpperCase() ?? '';

/** Why a content line can't be read, or null when ical.js reads it. */
function lineProblem(line: string): string | null {
  try {
    ICAL.parse.property(line);
    return null;
  } catch {
    const name = nameOf(line);
    const colon = line.indexOf(':');
    if (!name || colon < 0) return 'this line can’t be read: a line of a VTODO is NAME:value.';
    if (name === 'RRULE') {
      const r = normaliseRule(line.slice(colon + 1));
      return `the repeat rule can’t be read: ${'error' in r ? r.error : 'check its parts'}.`;
    }
    return `the value of ${name} can’t be read.`;
  }
}

/** Reads the VTODOs of an iCalendar file into the collector. */
export function parseIcs(text: string, c: Collector): void {
  const lines = contentLines(text);
  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  const todos: Block[] = [];
  const stack: { name: string; line: number }[] = [];
  let capture: Block | null = null;
  let captureDepth = 0;
  let sawCalendar = false;

  const finish = (block: Block) => {
    if (block.name === 'VTODO') todos.push(block);
    else {
      try {
        const tz = new ICAL.Timezone({
          component: new ICAL.Component(ICAL.parse(block.lines.map((l) => l.text).join('\r\n'))),
        });
        if (tz.tzid) zones.set(tz.tzid, tz);
      } catch {
        // (a broken VTIMEZONE: its TZID is then read as an IANA name, or as floating time)
      }
    }
  };

  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    const m = /^(BEGIN|END):(.+)$/i.exec(t);
    if (capture) capture.lines.push(l);
    if (!m) continue;
    const name = m[2]!.trim().toUpperCase();
    if (m[1]!.toUpperCase() === 'BEGIN') {
      if (name === 'VCALENDAR') sawCalendar = true;
      // A to-do inside a to-do: the one before it is missing its END:VTODO (never dropped silently).
      if (name === 'VTODO' && stack.some((s) => s.name === 'VTODO')) {
        const outer = stack.findLast((s) => s.name === 'VTODO')!;
        c.error(
          l.line,
          `a to-do starts inside the one on line ${outer.line}: that one is missing its END:VTODO.`,
        );
      }
      stack.push({ name, line: l.line });
      if (!capture && (name === 'VTODO' || name === 'VTIMEZONE')) {
        capture = { name, line: l.line, lines: [l] };
        captureDepth = stack.length;
      }
      continue;
    }
    const at = stack.map((s) => s.name).lastIndexOf(name);
    if (at < 0) {
      c.error(l.line, `END:${clipText(name, 20)} has no BEGIN:${clipText(name, 20)} before it.`);
      if (capture) capture.lines.pop();
      continue;
    }
    if (at !== stack.length - 1) {
      const open = stack[stack.length - 1]!;
      c.error(
        l.line,
        `END:${clipText(name, 20)} comes before END:${clipText(open.name, 20)} (BEGIN:${clipText(open.name, 20)} is on line ${open.line}).`,
      );
    }
    stack.length = at;
    if (capture && stack.length < captureDepth) {
      if (at + 1 === captureDepth && name === capture.name) finish(capture);
      else if (capture.name === 'VTODO')
        c.error(capture.line, 'this to-do never ends: END:VTODO is missing.');
      capture = null;
    }
  }
  if (capture?.name === 'VTODO')
    c.error(capture.line, 'this to-do never ends: END:VTODO is missing.');
  if (!sawCalendar) {
    c.error(1, 'this isn’t an iCalendar file: it should start with BEGIN:VCALENDAR.');
    return;
  }
  if (stack.some((s) => s.name === 'VCALENDAR'))
    c.error(
      lines.findLast((l) => l.text.trim())?.line ?? 1,
      'the calendar never ends (END:VCALENDAR is missing): the file may be cut short.',
    );
  for (const block of todos) {
    if (c.full) break;
    readTodo(block, zones, c);
  }
}

type Zones = Map<string, InstanceType<typeof ICAL.Timezone>>;
type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

function readTodo(block: Block, zones: Zones, c: Collector): void {
  let component: Component;
  try {
    component = new ICAL.Component(ICAL.parse(block.lines.map((l) => l.text).join('\r\n')));
  } catch {
    if (!c.count(block.line)) return;
    for (const l of block.lines.slice(1, -1)) {
      if (/^(BEGIN|END):/i.test(l.text.trim()) || !l.text.trim()) continue;
      const problem = lineProblem(l.text);
      if (problem) {
        c.error(l.line, problem);
        return;
      }
    }
    c.error(block.line, 'this to-do can’t be read.');
    return;
  }
  // Where each property of the VTODO itself is (not those of an alarm inside it).
  const lineOf = new Map<string, number>();
  let depth = 0;
  for (const l of block.lines) {
    const t = l.text.trim();
    if (/^BEGIN:/i.test(t)) depth++;
    else if (/^END:/i.test(t)) depth--;
    else if (depth === 1 && !lineOf.has(nameOf(t))) lineOf.set(nameOf(t), l.line);
  }
  const at = (name: string) => lineOf.get(name) ?? block.line;
  const problems: string[] = [];
  const raw: RawTask = { line: block.line, title: '', labels: [], problems };

  const summary = component.getFirstPropertyValue('summary');
  raw.title = typeof summary === 'string' ? summary : '';
  if (!raw.title.trim()) {
    if (!c.count(block.line)) return;
    c.error(block.line, 'this to-do has no SUMMARY (its title).');
    return;
  }
  const description = component.getFirstPropertyValue('description');
  if (typeof description === 'string') raw.description = description;

  const due = component.getFirstProperty('due');
  if (due) {
    const when = localDue(due, zones, c);
    if ('error' in when) return lineError(c, at('DUE'), when.error);
    raw.dueDate = when.date;
    raw.dueTime = when.time;
  }

  const priority = component.getFirstPropertyValue('priority');
  if (priority !== null && priority !== undefined) {
    const p = Number(priority);
    if (!Number.isInteger(p) || p < 0 || p > 9)
      return lineError(c, at('PRIORITY'), 'PRIORITY must be a number from 0 to 9.');
    raw.priority = p === 0 ? null : p <= 4 ? 1 : p === 5 ? 2 : 3;
  }

  const rrule = component.getFirstProperty('rrule');
  if (rrule) raw.repeat = String(rrule.getFirstValue());

  for (const p of component.getAllProperties('categories'))
    for (const v of p.getValues()) if (typeof v === 'string' && v.trim()) raw.labels!.push(v);

  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const completedProp = component.getFirstProperty('completed');
  raw.completed = status === 'COMPLETED' || (completedProp !== null && status !== 'NEEDS-ACTION');
  for (const [name, key] of [
    ['CREATED', 'createdAt'],
    ['LAST-MODIFIED', 'updatedAt'],
    ['COMPLETED', 'completedAt'],
  ] as const) {
    const prop = component.getFirstProperty(name.toLowerCase());
    if (!prop) continue;
    const iso = instantOf(prop, zones, c);
    if (iso === null) return lineError(c, at(name), `${name} isn’t a date and time.`);
    if (key === 'completedAt' && !raw.completed) continue;
    raw[key] = iso;
  }
  if (raw.completed && raw.completedAt === undefined) raw.completedAt = null;
  // (a rule's errors are named on its line)
  if (raw.repeat && 'error' in normaliseRule(raw.repeat)) raw.line = at('RRULE');
  c.task(raw);
}

function lineError(c: Collector, line: number, message: string): void {
  if (c.count(line)) c.error(line, message);
}

/** A DATE-TIME value's parts: wall clock, and its zone (UTC, a TZID, or floating). */
function dateTimeOf(
  prop: Property,
): { date: string; time: string; seconds: number; utc: boolean; tzid: string | null } | null {
  const value = prop.jCal[3];
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z?))?$/.exec(value);
  if (!m || !isCalendarDate(m[1]!)) return null;
  if (m[2] && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 60)) return null;
  const tzid = prop.getParameter('tzid');
  return {
    date: m[1]!,
    time: m[2] ? `${m[2]}:${m[3]}` : '',
    seconds: m[4] ? Math.min(59, Number(m[4])) : 0,
    utc: m[5] === 'Z',
    tzid: typeof tzid === 'string' && tzid ? tzid : null,
  };
}

/** The instant of a wall clock in a TZID: the file's VTIMEZONE, else an IANA name; else null. */
function epochInZone(
  v: { date: string; time: string; seconds: number },
  tzid: string,
  zones: Zones,
): number | null {
  const [y, mo, d] = v.date.split('-').map(Number) as [number, number, number];
  const [h, min] = v.time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, min, v.seconds);
  const zone = zones.get(tzid);
  if (zone) {
    try {
      const offset = zone.utcOffset(
        new ICAL.Time(
          { year: y, month: mo, day: d, hour: h, minute: min, second: v.seconds },
          zone,
        ),
      );
      if (Number.isFinite(offset)) return wall - offset * 1000;
    } catch {
      // (fall through to the name)
    }
  }
  const name = tzid.replace(/^\/(?:[^/]+\/\d+_\d+\/)?/, ''); // "/mozilla.org/20050126_1/Europe/Berlin"
  if (isTimeZone(name)) return zonedToEpoch(v.date, v.time, v.seconds, name);
  return null;
}

/** DUE as a local date and time (see the top of this file). */
function localDue(
  prop: Property,
  zones: Zones,
  c: Collector,
): { date: string; time: string | null } | { error: string } {
  const v = dateTimeOf(prop);
  if (!v) return { error: 'DUE isn’t a real date (or date and time).' };
  if (!v.time || prop.type === 'date') return { date: v.date, time: null };
  let epoch: number | null = null;
  if (v.utc) epoch = zonedToEpoch(v.date, v.time, v.seconds, 'UTC');
  else if (v.tzid) epoch = epochInZone(v, v.tzid, zones);
  if (epoch === null) return { date: v.date, time: v.time };
  const local = zonedParts(epoch, c.timeZone);
  return { date: local.date, time: local.time };
}

/** CREATED, LAST-MODIFIED, COMPLETED as an ISO UTC timestamp (floating times: local). */
function instantOf(prop: Property, zones: Zones, c: Collector): string | null {
  const v = dateTimeOf(prop);
  if (!v) return null;
  if (!v.time) return `${v.date}T12:00:00.000Z`;
  const epoch = v.utc
    ? zonedToEpoch(v.date, v.time, v.seconds, 'UTC')
    : ((v.tzid ? epochInZone(v, v.tzid, zones) : null) ??
      zonedToEpoch(v.date, v.time, v.seconds, c.timeZone));
  const d = new Date(epoch);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
