// Runs natural-language cases (the format of ../shared/corpus) in-process against a real profile:
// the same checks as run-corpus.mjs, in milliseconds instead of a CLI process per line.
import fs from 'node:fs';
import type { Task } from '../../electron/shared/task.ts';
import type { ChatService } from '../../electron/core/chat/chat-service.ts';
import { openTempCore, type TempCore } from './temp-profile.ts';
import { normaliseRule } from '../../electron/shared/when.ts';

const normaliseRuleOrThrow = (rule: string) => {
  const r = normaliseRule(rule);
  if ('error' in r) throw new Error(r.error);
  return r.rule;
};

/** A due date as cases say it, relative to the day they run (see ../shared/corpus/README.md). */
type DueSpec = string | string[];

export interface CorpusCase {
  id: string;
  setup?: {
    title: string;
    description?: string;
    completed?: boolean;
    due?: DueSpec;
    priority?: 1 | 2 | 3;
    repeat?: string;
    labels?: string[];
  }[];
  say: string[];
  expect: {
    titles?: string[];
    completed?: string[];
    descriptions?: Record<string, string>;
    due?: Record<string, DueSpec>;
    priority?: Record<string, number | null>;
    repeat?: Record<string, string>;
    labels?: Record<string, string[]>;
    unchanged?: boolean;
    reply?: string[];
    replyNot?: string[];
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The dates a spec allows, as the shared runner reads them. */
function datesFor(base: string, now: Date): string[] {
  const today = new Date(now);
  today.setHours(12, 0, 0, 0);
  const plus = (n: number) => {
    const d = new Date(today);
    d.setDate(d.getDate() + n);
    return d;
  };
  let m: RegExpMatchArray | null;
  if (base === 'today') return [ymd(today)];
  if ((m = base.match(/^today([+-]\d+)$/))) return [ymd(plus(Number(m[1])))];
  if ((m = base.match(/^weekday(\+?):(\w{3})$/))) {
    const want = WEEKDAYS.indexOf(m[2]!);
    const ahead = (want - today.getDay() + 7) % 7;
    const out = ahead === 0 ? [ymd(today), ymd(plus(7))] : [ymd(plus(ahead))];
    if (m[1]) out.push(ymd(plus((ahead || 7) + 7)));
    return out;
  }
  if ((m = base.match(/^monthday:(\d+)$/))) {
    for (let i = 0; i < 400; i++) if (plus(i).getDate() === Number(m[1])) return [ymd(plus(i))];
  }
  if ((m = base.match(/^md:(\d\d)-(\d\d)$/))) {
    for (let i = 0; i < 400; i++) {
      const d = plus(i);
      if (d.getMonth() + 1 === Number(m[1]) && d.getDate() === Number(m[2])) return [ymd(d)];
    }
  }
  if (/^\d{4}-\d\d-\d\d$/.test(base)) return [base];
  throw new Error(`bad date spec ${base}`);
}

function resolveDue(spec: DueSpec, now: Date): { date: string; time?: string | undefined }[] {
  return [spec].flat().flatMap((one) => {
    const [base, time] = one.split(' ') as [string, string | undefined];
    if (base === '*' || base === 'none') return [{ date: base, time }];
    return datesFor(base, now).map((date) => ({ date, time }));
  });
}

const dueMatches = (task: Task, spec: DueSpec, now: Date) =>
  resolveDue(spec, now).some(({ date, time }) => {
    if (date === 'none') return task.dueDate == null;
    if (date !== '*' && task.dueDate !== date) return false;
    if (date === '*' && task.dueDate == null) return false;
    return !time || task.dueTime === time;
  });

/** Repeat rules compare as sets of parts; INTERVAL=1, WKST and DTSTART are ignored, and a day's
 * "+" sign ("+1MO" is "1MO", RFC 5545). */
const ruleKey = (rule: string | null | undefined) =>
  rule == null || rule === 'none'
    ? 'none'
    : String(rule)
        .replace(/^RRULE:/i, '')
        .toUpperCase()
        .split(';')
        .filter((p) => p && !/^(INTERVAL=1|WKST=.*|DTSTART.*)$/.test(p))
        .map((p) =>
          p.startsWith('BYDAY=')
            ? `BYDAY=${p
                .slice(6)
                .split(',')
                .map((d) => d.replace(/^\+/, ''))
                .sort()
                .join(',')}`
            : p,
        )
        .sort()
        .join(';');

/** What a case may expect: a key outside these would be ignored, so a case could never fail. */
const EXPECTED_KEYS = new Set([
  'titles',
  'completed',
  'descriptions',
  'due',
  'priority',
  'repeat',
  'labels',
  'unchanged',
  'reply',
  'replyNot',
]);

export const readCases = (file: string): CorpusCase[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const c = JSON.parse(l) as CorpusCase;
      const unknown = Object.keys(c.expect ?? {}).filter((k) => !EXPECTED_KEYS.has(k));
      if (unknown.length > 0)
        throw new Error(`${c.id}: unknown expectation ${unknown.join(', ')} in ${file}`);
      return c;
    });

const norm = (s: string) =>
  String(s)
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
const sameSet = (a: string[], b: string[]) =>
  JSON.stringify(a.map(norm).sort()) === JSON.stringify(b.map(norm).sort());
const snapshot = (tasks: Task[]) =>
  JSON.stringify(
    tasks
      .map((t) => [
        t.id,
        t.title,
        t.description ?? '',
        !!t.completed,
        t.dueDate ?? null,
        t.dueTime ?? null,
        t.priority ?? null,
        t.repeat ?? null,
        [...(t.labels ?? [])].sort(),
      ])
      .sort(),
  );

/** Whether the tasks and the last reply meet a case's expectations; an empty string when they do. */
export function checkExpectations(
  c: CorpusCase,
  before: Task[],
  after: Task[],
  reply: string,
): string {
  const e = c.expect;
  const why: string[] = [];
  if (
    e.titles &&
    !sameSet(
      after.map((t) => t.title),
      e.titles,
    )
  ) {
    why.push(`titles ${JSON.stringify(after.map((t) => t.title))}`);
  }
  if (
    e.completed &&
    !sameSet(
      after.filter((t) => t.completed).map((t) => t.title),
      e.completed,
    )
  ) {
    why.push(`completed ${JSON.stringify(after.filter((t) => t.completed).map((t) => t.title))}`);
  }
  for (const [title, d] of Object.entries(e.descriptions ?? {})) {
    const t = after.find((x) => norm(x.title) === norm(title));
    if (!t || norm(t.description ?? '') !== norm(d))
      why.push(`description of ${title}: ${JSON.stringify(t?.description)}`);
  }
  if (e.unchanged && snapshot(before) !== snapshot(after)) why.push('tasks changed');
  const now = new Date();
  const byTitle = (title: string) => after.find((x) => norm(x.title) === norm(title));
  for (const [title, spec] of Object.entries(e.due ?? {})) {
    const t = byTitle(title);
    if (!t) why.push(`no task ${title}`);
    else if (!dueMatches(t, spec, now))
      why.push(`due of ${title}: ${t.dueDate ?? null} ${t.dueTime ?? ''}`.trim());
  }
  for (const [title, p] of Object.entries(e.priority ?? {})) {
    const t = byTitle(title);
    if ((t?.priority ?? null) !== p)
      why.push(`priority of ${title}: ${JSON.stringify(t?.priority)}`);
  }
  for (const [title, r] of Object.entries(e.repeat ?? {})) {
    const t = byTitle(title);
    if (ruleKey(t?.repeat) !== ruleKey(r))
      why.push(`repeat of ${title}: ${JSON.stringify(t?.repeat)}`);
  }
  for (const [title, ls] of Object.entries(e.labels ?? {})) {
    const t = byTitle(title);
    if (!t || !sameSet(t.labels ?? [], ls))
      why.push(`labels of ${title}: ${JSON.stringify(t?.labels)}`);
  }
  for (const re of e.reply ?? [])
    if (!new RegExp(re, 'i').test(reply)) why.push(`reply lacks /${re}/`);
  for (const re of e.replyNot ?? [])
    if (new RegExp(re, 'i').test(reply)) why.push(`reply has /${re}/`);
  return why.join('; ');
}

/** A setup task's fields as the app stores them (dates resolved against `now`). */
export function setupFields(t: NonNullable<CorpusCase['setup']>[number], now: Date) {
  const due = t.due ? resolveDue(t.due, now)[0] : undefined;
  return {
    title: t.title,
    ...(t.description ? { description: t.description } : {}),
    ...(due ? { dueDate: due.date, ...(due.time ? { dueTime: due.time } : {}) } : {}),
    ...(t.priority ? { priority: t.priority } : {}),
    ...(t.repeat ? { repeat: normaliseRuleOrThrow(t.repeat) } : {}),
    ...(t.labels
      ? { labels: [...new Set(t.labels.map((l) => l.replace(/^#/, '').toLowerCase()))].sort() }
      : {}),
  };
}

export function setUp(core: TempCore, c: CorpusCase): void {
  for (const t of c.setup ?? []) {
    const made = core.tasks.create(setupFields(t, new Date()));
    if (t.completed) core.tasks.setCompleted(made.id, true);
  }
}

/** Says each line in one conversation (confirmations accepted, like --yes); returns the last reply. */
export async function converse(chat: ChatService, lines: string[]): Promise<string> {
  let reply = '';
  let conversationId: number | undefined;
  for (const [i, text] of lines.entries()) {
    const turn = await chat.say(text, {
      newConversation: i === 0,
      conversationId,
      autoConfirm: true,
    });
    conversationId = turn.conversationId;
    reply = turn.reply;
    if (process.env.CORPUS_TRACE) console.log(`> ${text}\n  ${reply.replace(/\n/g, '\n  ')}`);
  }
  return reply;
}

export async function runCase(c: CorpusCase): Promise<{ ok: boolean; why: string; reply: string }> {
  // As the shared runner does it, through the CLI: the setup's commands are not undo steps.
  const core = openTempCore({ undoAppChanges: false });
  try {
    setUp(core, c);
    const before = core.tasks.list('all');
    const reply = await converse(core.chat, c.say);
    const why = checkExpectations(c, before, core.tasks.list('all'), reply);
    return { ok: why === '', why, reply };
  } finally {
    core.cleanup();
  }
}
