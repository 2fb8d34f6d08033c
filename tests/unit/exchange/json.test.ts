// Our own JSON: lossless for every field of a task and a conversation, versioned, and every bad
// item named by the line it starts on.
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  exportAll,
  exportConversations,
  exportTasks,
} from '../../../electron/core/exchange/formats/index.ts';
import type { ExportConversation } from '../../../electron/core/exchange/formats/index.ts';
import { NOW, read, TASKS, text } from './fixtures.ts';

const CONVERSATIONS: ExportConversation[] = [
  {
    id: 7,
    title: 'Rent and plants',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:05:00.000Z',
    messages: [
      {
        role: 'user',
        content: 'add pay rent tomorrow 🏠',
        createdAt: '2026-11-20T09:00:00.000Z',
        status: null,
      },
      {
        role: 'tool',
        content: JSON.stringify({ tool: 'add_task', ok: true, summary: "Added 'Pay rent'" }),
        createdAt: '2026-11-20T09:00:01.000Z',
        status: null,
      },
      {
        role: 'assistant',
        content: 'Done: "Pay rent" is due tomorrow.\nAnything else?',
        createdAt: '2026-11-20T09:00:02.000Z',
        status: 'stopped',
      },
    ],
  },
];

describe('JSON export and import', () => {
  it('round-trips every field of every task, history included', async () => {
    const file = await text(exportTasks('json', TASKS, { now: NOW }));
    expect(detectFormat(file)).toBe('json');
    const parsed = read(file);
    expect(parsed.errors).toEqual([]);
    expect(parsed.format).toBe('json');
    expect(parsed.tasks).toHaveLength(TASKS.length);
    parsed.tasks.forEach((got, i) => {
      const { id: _id, ...want } = TASKS[i]!;
      const { line, ...rest } = got;
      expect(line).toBe(i + 2); // one task per line, after the header line
      expect(rest).toEqual({ ...want, labels: [...want.labels].sort() });
    });
  });

  it('writes one item per line, versioned', async () => {
    const file = await text(exportTasks('json', TASKS.slice(0, 2), { now: NOW }));
    const lines = file.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `{"format":"task-assistant","version":1,"exportedAt":"${NOW.toISOString()}","tasks":[`,
    );
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[1]!.replace(/,$/, ''))).toMatchObject({ id: 1, completions: [{}, {}] });
    expect(() => JSON.parse(file)).not.toThrow();
  });

  it('round-trips conversations, alone and in the archive', async () => {
    const alone = read(await text(exportConversations('json', CONVERSATIONS, { now: NOW })));
    expect(alone.errors).toEqual([]);
    expect(alone.tasks).toEqual([]);
    const { id: _id, ...want } = CONVERSATIONS[0]!;
    expect(alone.conversations).toEqual([{ ...want, line: 2 }]);

    const archive = await text(exportAll(TASKS, CONVERSATIONS, { now: NOW }));
    const both = read(archive);
    expect(both.errors).toEqual([]);
    expect(both.tasks).toHaveLength(TASKS.length);
    expect(both.conversations[0]).toEqual({ ...want, line: TASKS.length + 3 });
  });

  it('finds the line of each item however the JSON is laid out', () => {
    const pretty = JSON.stringify(
      {
        format: 'task-assistant',
        version: 1,
        tasks: [
          { title: 'Fine' },
          { title: 'Bad date', dueDate: '2026-02-30' },
          { title: 'x'.repeat(201) },
        ],
      },
      null,
      2,
    );
    const parsed = read(pretty);
    expect(parsed.tasks.map((t) => [t.title, t.line])).toEqual([['Fine', 5]]);
    expect(parsed.errors.map((e) => e.line)).toEqual([8, 12]);
    expect(parsed.errors[0]!.message).toMatch(/^Line 8: Due date must be a real day/);
    expect(parsed.errors[1]!.message).toMatch(/^Line 12: Title is too long/);
  });

  it('names the line where the JSON breaks', () => {
    const broken =
      '{"format":"task-assistant","version":1,"tasks":[\n{"title":"a"},\n{"title":"b",,}\n]}';
    const parsed = read(broken);
    expect(parsed.tasks).toEqual([]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]!.line).toBe(3);
    expect(parsed.errors[0]!.message).toMatch(/^Line 3: the JSON is broken here \(.+\)\.$/);

    const cut = read('{"format":"task-assistant","version":1,"tasks":[\n{"title":"a"},\n{"ti');
    expect(cut.errors[0]!.line).toBe(3);
  });

  it('never repeats the broken text back, short or long (the reason is all it says)', () => {
    for (const text of [
      '{TypeError at /tmp/x.ts:1',
      `{"a": TypeError ${'x'.repeat(200)}`,
      `[${'1,'.repeat(40)} SQLITE ${'x'.repeat(80)}`,
    ]) {
      const { errors } = read(text);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(/^Line 1: the JSON is broken here \(.+\)\.$/);
      expect(errors[0]!.message).not.toMatch(/TypeError|SQLITE|\/tmp\/|xxx|is not valid JSON/);
    }
  });

  it('says clearly when the version or the format is not ours', () => {
    const newer = read('{"format":"task-assistant",\n"version":2,"tasks":[]}');
    expect(newer.errors).toEqual([
      {
        line: 2,
        message: expect.stringMatching(/^Line 2: this export is version 2 .* newer Task Assistant/),
      },
    ]);
    expect(read('{"format":"task-assistant","version":"one"}').errors[0]!.message).toMatch(
      /reads version 1/,
    );
    expect(read('{"hello":1}').errors[0]!.message).toMatch(/isn’t a Task Assistant export/);
    expect(read('[1,2]', 'json').errors[0]!.message).toMatch(/isn’t a Task Assistant export/);
  });

  it('reports wrong types and bad messages in plain words, each on its line', () => {
    const file = [
      '{"format":"task-assistant","version":1,"tasks":[',
      '{"title":"ok","labels":["Home Office"]},',
      '{"title":42},',
      '{"title":"t","priority":7,"repeat":"FREQ=HOURLY"},',
      '{"title":"t","labels":["no way!"]}',
      '],"conversations":[',
      '{"title":"c","createdAt":"2026-11-20T09:00:00.000Z","updatedAt":"2026-11-20T09:00:00.000Z","messages":[{"role":"robot","content":"x","createdAt":"2026-11-20T09:00:00.000Z"}]}',
      ']}',
    ].join('\n');
    const parsed = read(file);
    expect(parsed.tasks.map((t) => t.labels)).toEqual([['home-office']]);
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4, 4, 5, 7]);
    expect(parsed.errors.map((e) => e.message).join('\n')).toMatch(/Title must be text/);
    expect(parsed.errors.map((e) => e.message).join('\n')).toMatch(/Priority must be/);
    expect(parsed.errors.map((e) => e.message).join('\n')).toMatch(/Repeat rule/);
    expect(parsed.errors.map((e) => e.message).join('\n')).toMatch(/label "no way!"/);
    expect(parsed.errors.map((e) => e.message).join('\n')).toMatch(/role must be user/);
  });
});
