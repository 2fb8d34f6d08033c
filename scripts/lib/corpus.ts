// Runs natural-language cases (the format of ../shared/corpus) in-process against a real profile:
// the same checks as run-corpus.mjs, in milliseconds instead of a CLI process per line.
import fs from 'node:fs';
import type { Task } from '../../electron/shared/task.ts';
import type { ChatService } from '../../electron/core/chat/chat-service.ts';
import { openTempCore, type TempCore } from './temp-profile.ts';

export interface CorpusCase {
  id: string;
  setup?: { title: string; description?: string; completed?: boolean }[];
  say: string[];
  expect: {
    titles?: string[];
    completed?: string[];
    descriptions?: Record<string, string>;
    unchanged?: boolean;
    reply?: string[];
    replyNot?: string[];
  };
}

export const readCases = (file: string): CorpusCase[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusCase);

const norm = (s: string) =>
  String(s)
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
const sameSet = (a: string[], b: string[]) =>
  JSON.stringify(a.map(norm).sort()) === JSON.stringify(b.map(norm).sort());
const snapshot = (tasks: Task[]) =>
  JSON.stringify(tasks.map((t) => [t.id, t.title, t.description ?? '', !!t.completed]).sort());

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
  for (const re of e.reply ?? [])
    if (!new RegExp(re, 'i').test(reply)) why.push(`reply lacks /${re}/`);
  for (const re of e.replyNot ?? [])
    if (new RegExp(re, 'i').test(reply)) why.push(`reply has /${re}/`);
  return why.join('; ');
}

export function setUp(core: TempCore, c: CorpusCase): void {
  for (const t of c.setup ?? []) {
    const made = core.tasks.create({
      title: t.title,
      ...(t.description ? { description: t.description } : {}),
    });
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
