// Our own format: lossless and versioned. One task (or conversation, with its messages) per line,
// so a problem can be named by its line and a diff of two exports reads well:
//
//   {"format":"task-assistant","version":1,"exportedAt":"2026-11-28T10:00:00.000Z","tasks":[
//   {"id":1,"title":"Pay rent",…,"labels":["home"],"completions":[]},
//   …
//   ],"conversations":[
//   {"id":1,"title":"…","createdAt":…,"updatedAt":…,"messages":[{"role":"user",…},…]}
//   ]}
//
// Every Task field is written (id, title, description, completed, createdAt, updatedAt,
// completedAt, dueDate, dueTime, priority, repeat, labels) and the history of a repeating task
// (completions). Reading accepts the same file formatted any other way: lines are then found by
// a small pass over the text that notes where each item of "tasks" and "conversations" starts.
import { z } from 'zod';
import {
  conversationTitleSchema,
  messageRoleSchema,
  messageStatusSchema,
} from '../../../shared/chat.ts';
import { MESSAGE_MAX } from '../../../shared/limits.ts';
import { codePointLength } from '../../../shared/text.ts';
import { batched, clipText, completionSchema, isoTimestampSchema, issuesOf } from './common.ts';
import type { Collector } from './common.ts';
import type { ExportConversation, ExportOptions, ExportTask } from './types.ts';

export const JSON_FORMAT = 'task-assistant';
export const JSON_VERSION = 1;

/** The JSON export: tasks and/or conversations, as chunks of text. */
export function exportJson(
  content: { tasks?: Iterable<ExportTask>; conversations?: Iterable<ExportConversation> },
  options: ExportOptions = {},
): Generator<string, void, undefined> {
  return batched(jsonPieces(content, options));
}

function* jsonPieces(
  content: { tasks?: Iterable<ExportTask>; conversations?: Iterable<ExportConversation> },
  options: ExportOptions,
): Generator<string> {
  const exportedAt = (options.now ?? new Date()).toISOString();
  yield `{"format":${JSON.stringify(JSON_FORMAT)},"version":${JSON_VERSION},"exportedAt":${JSON.stringify(exportedAt)}`;
  if (content.tasks) {
    yield ',"tasks":[';
    let first = true;
    for (const t of content.tasks) {
      yield first ? '\n' : ',\n';
      first = false;
      yield* taskPieces(t);
    }
    yield '\n]';
  }
  if (content.conversations) {
    yield ',"conversations":[';
    let first = true;
    for (const c of content.conversations) {
      yield first ? '\n' : ',\n';
      first = false;
      yield `{"id":${JSON.stringify(c.id)},"title":${JSON.stringify(c.title)},"createdAt":${JSON.stringify(c.createdAt)},"updatedAt":${JSON.stringify(c.updatedAt)},"messages":[`;
      let firstMessage = true;
      for (const m of c.messages) {
        yield (
          (firstMessage ? '' : ',') +
          JSON.stringify({
            role: m.role,
            content: m.content,
            createdAt: m.createdAt,
            status: m.status,
          })
        );
        firstMessage = false;
      }
      yield ']}';
    }
    yield '\n]';
  }
  yield '}\n';
}

function* taskPieces(t: ExportTask): Generator<string> {
  const head = JSON.stringify({
    id: t.id,
    title: t.title,
    description: t.description,
    completed: t.completed,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    completedAt: t.completedAt,
    dueDate: t.dueDate,
    dueTime: t.dueTime,
    priority: t.priority,
    repeat: t.repeat,
    labels: t.labels,
  });
  // (a long history is written piece by piece: no single chunk grows with it)
  yield `${head.slice(0, -1)},"completions":[`;
  let first = true;
  for (const c of t.completions ?? []) {
    yield (
      (first ? '' : ',') +
      JSON.stringify({ dueDate: c.dueDate, dueTime: c.dueTime, completedAt: c.completedAt })
    );
    first = false;
  }
  yield ']}';
}

// ---- Reading ----------------------------------------------------------------------------------

const text = (what: string) => z.string({ error: `${what} must be text` });
const nullableText = (what: string) =>
  z
    .string({ error: `${what} must be text or null` })
    .nullable()
    .optional();

/** The shape of a task item; the values are then checked as any new task is (Collector.task). */
const jsonTaskSchema = z.object(
  {
    id: z.number({ error: '"id" must be a number' }).optional(),
    title: text('Title'),
    description: text('Description').optional(),
    completed: z.boolean({ error: '"completed" must be true or false' }).optional(),
    createdAt: isoTimestampSchema.optional(),
    updatedAt: isoTimestampSchema.optional(),
    completedAt: isoTimestampSchema.nullable().optional(),
    dueDate: nullableText('Due date'),
    dueTime: nullableText('Time'),
    priority: z
      .number({ error: 'Priority must be 1 (high), 2 (medium), 3 (low) or null' })
      .nullable()
      .optional(),
    repeat: nullableText('Repeat'),
    labels: z.array(text('A label'), { error: 'Labels must be a list' }).optional(),
    completions: z.array(completionSchema, { error: '"completions" must be a list' }).optional(),
  },
  { error: 'A task must be an object like {"title": "…"}' },
);

const jsonMessageSchema = z.object(
  {
    role: z.enum(messageRoleSchema.options, {
      error: 'A message’s role must be user, assistant or tool',
    }),
    content: z
      .string({ error: 'A message must be text' })
      .refine((s) => s.isWellFormed(), 'A message contains characters that can’t be stored')
      .refine((s) => s.trim().length > 0, 'A message is empty')
      .refine(
        (s) => codePointLength(s) <= MESSAGE_MAX,
        `A message is too long: keep it to ${MESSAGE_MAX} characters`,
      ),
    createdAt: isoTimestampSchema,
    status: z
      .enum(messageStatusSchema.options, {
        error: 'A message’s status must be stopped, cancelled, confirmed or null',
      })
      .nullable()
      .optional(),
  },
  { error: 'A message must be an object like {"role": "user", "content": "…"}' },
);

const jsonConversationSchema = z.object(
  {
    id: z.number().optional(),
    title: conversationTitleSchema.nullable().optional(),
    createdAt: isoTimestampSchema,
    updatedAt: isoTimestampSchema,
    messages: z.array(jsonMessageSchema, { error: '"messages" must be a list' }),
  },
  { error: 'A conversation must be an object with "createdAt", "updatedAt" and "messages"' },
);

/** Reads our JSON export into the collector. */
export function parseJson(source: string, c: Collector): void {
  const text = source.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const { line, reason } = brokenAt(text, e);
    c.error(line, `the JSON is broken here (${reason}).`);
    return;
  }
  const where = itemLines(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    c.error(
      1,
      'this JSON isn’t a Task Assistant export (it should be an object with "format": "task-assistant").',
    );
    return;
  }
  const top = data as Record<string, unknown>;
  if (top.format !== JSON_FORMAT) {
    c.error(
      where.keys.get('format') ?? 1,
      'this JSON isn’t a Task Assistant export (its "format" should be "task-assistant").',
    );
    return;
  }
  if (top.version !== JSON_VERSION) {
    const line = where.keys.get('version') ?? 1;
    if (
      typeof top.version === 'number' &&
      Number.isInteger(top.version) &&
      top.version > JSON_VERSION
    )
      c.error(
        line,
        `this export is version ${top.version} of the format, made by a newer Task Assistant; this one reads version ${JSON_VERSION}. Update the app to import it.`,
      );
    else
      c.error(
        line,
        `this export's version (${clipText(JSON.stringify(top.version) ?? 'missing', 20)}) isn’t one this app can read: it reads version ${JSON_VERSION}.`,
      );
    return;
  }
  if (top.tasks !== undefined) {
    const line = where.keys.get('tasks') ?? 1;
    if (!Array.isArray(top.tasks)) c.error(line, '"tasks" must be a list.');
    else {
      const lines = where.items.get('tasks') ?? [];
      top.tasks.forEach((item: unknown, i) => {
        if (c.full) return;
        const at = lines[i] ?? line;
        const shape = jsonTaskSchema.safeParse(item);
        if (!shape.success) {
          if (!c.count(at)) return;
          for (const p of new Set(issuesOf(shape.error))) c.error(at, p);
          return;
        }
        const t = shape.data;
        c.task({
          line: at,
          title: t.title,
          description: t.description ?? '',
          completed: t.completed ?? false,
          dueDate: t.dueDate ?? null,
          dueTime: t.dueTime ?? null,
          priority: t.priority ?? null,
          repeat: t.repeat ?? null,
          labels: t.labels ?? [],
          ...(t.createdAt !== undefined ? { createdAt: t.createdAt } : {}),
          ...(t.updatedAt !== undefined ? { updatedAt: t.updatedAt } : {}),
          ...(t.completedAt !== undefined ? { completedAt: t.completedAt } : {}),
          ...(t.completions !== undefined ? { completions: t.completions } : {}),
        });
      });
    }
  }
  if (top.conversations !== undefined) {
    const line = where.keys.get('conversations') ?? 1;
    if (!Array.isArray(top.conversations)) c.error(line, '"conversations" must be a list.');
    else {
      const lines = where.items.get('conversations') ?? [];
      top.conversations.forEach((item: unknown, i) => {
        const at = lines[i] ?? line;
        if (!c.count(at)) return;
        const parsed = jsonConversationSchema.safeParse(item);
        if (!parsed.success) {
          for (const p of new Set(issuesOf(parsed.error))) c.error(at, p);
          return;
        }
        const v = parsed.data;
        c.conversations.push({
          line: at,
          title: v.title ?? null,
          createdAt: v.createdAt,
          updatedAt: v.updatedAt,
          messages: v.messages.map((m) => ({
            role: m.role,
            content: m.content,
            createdAt: m.createdAt,
            status: m.status ?? null,
          })),
        });
      });
    }
  }
}

/** Where JSON.parse stopped, as a line, and why, in its own words without the position. */
function brokenAt(text: string, e: unknown): { line: number; reason: string } {
  const message = e instanceof Error ? e.message : String(e);
  const lastLine = text.split('\n').length;
  let line: number | undefined;
  const lineCol = /\(line (\d+) column \d+\)/.exec(message);
  if (lineCol) line = Number(lineCol[1]);
  const position = /at position (\d+)/.exec(message);
  if (line === undefined && position) {
    const offset = Number(position[1]);
    line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  }
  if (line === undefined) line = /end of (JSON )?input/i.test(message) ? lastLine : 1;
  let reason = message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,\s*(?:\.\.\.)?".*?(?:"|"\.\.\.) is not valid JSON$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'it ends too soon: the file may be cut short')
    .trim();
  if (!reason) reason = 'it can’t be read';
  reason = clipText(reason.charAt(0).toLowerCase() + reason.slice(1), 120);
  return { line: Math.min(Math.max(1, line), lastLine), reason };
}

/**
 * Where things start in a JSON text known to be valid: the line of each key of the top object,
 * and of each item of its arrays ("tasks", "conversations").
 */
export function itemLines(text: string): {
  keys: Map<string, number>;
  items: Map<string, number[]>;
} {
  const keys = new Map<string, number>();
  const items = new Map<string, number[]>();
  const stack: number[] = []; // char codes of the open brackets
  let line = 1;
  let key: string | null = null;
  let expectKey = false;
  let awaitingItem: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      line++;
      continue;
    }
    if (ch === 32 || ch === 9 || ch === 13) continue;
    const depth = stack.length;
    if (awaitingItem && depth === 2 && ch !== 93) {
      awaitingItem.push(line);
      awaitingItem = null;
    }
    if (ch === 34) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) {
        if (text.charCodeAt(i) === 92) i++;
      }
      if (depth === 1 && expectKey) {
        try {
          key = JSON.parse(text.slice(start, i + 1)) as string;
        } catch {
          key = null;
        }
        if (key !== null && !keys.has(key)) keys.set(key, line);
        expectKey = false;
      }
      continue;
    }
    if (ch === 123 || ch === 91) {
      stack.push(ch);
      if (stack.length === 1 && ch === 123) expectKey = true;
      if (stack.length === 2 && ch === 91 && stack[0] === 123 && key !== null) {
        const list: number[] = [];
        items.set(key, list);
        awaitingItem = list;
      }
      continue;
    }
    if (ch === 125 || ch === 93) {
      stack.pop();
      awaitingItem = null;
      continue;
    }
    if (ch === 44) {
      if (depth === 1) expectKey = true;
      if (depth === 2 && stack[1] === 91 && key !== null) awaitingItem = items.get(key) ?? null;
    }
  }
  return { keys, items };
}
