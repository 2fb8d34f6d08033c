// Markdown checklists (Obsidian Tasks style) and conversations as Markdown.
import { describe, expect, it } from 'vitest';
import {
  conversationsToMarkdown,
  detectFormat,
  exportTasks,
} from '../../../electron/core/exchange/formats/index.ts';
import { markdownItem } from '../../../electron/core/exchange/formats/markdown.ts';
import { expectSameCore, NOW, read, TASKS, text, ZONE } from './fixtures.ts';

const OBSIDIAN = [
  '---',
  'tags: [todo]',
  '---',
  '# Groceries and house',
  '',
  'Some prose paragraph that is not a task.',
  '',
  '- [ ] Buy milk #errands 📅 2026-12-02',
  '- [x] Return library books ✅ 2026-11-20',
  '* [ ] Call the plumber ⏫ 🔁 every week on Monday 📅 2026-11-30',
  '    Ask about the boiler too.',
  '',
  '    And the radiator in the hall.',
  '+ [X] Old thing 🔽',
  '  - [ ] Nested child #home/garden ⏰ 2026-12-01 18:30',
  '1. [ ] Numbered item 🔼 🔁 every month on the 31st 📅 2026-12-31',
  '- [ ] Fix bug \\#12 and #12',
  '',
  '```',
  '- [ ] not a task, in a code block',
  '```',
  '- [/] In progress, Obsidian style',
].join('\n');

describe('Markdown checklist', () => {
  it('round-trips everything but exact times (dates of ➕ and ✅ only)', async () => {
    const file = await text(exportTasks('markdown', TASKS, { now: NOW, timeZone: ZONE }));
    expect(detectFormat(file)).toBe('markdown');
    const parsed = read(file, 'markdown');
    expect(parsed.errors).toEqual([]);
    expect(parsed.tasks).toHaveLength(TASKS.length);
    parsed.tasks.forEach((got, i) => {
      const want = TASKS[i]!;
      expectSameCore(got, want, ['description']);
      expect(got.createdAt?.slice(0, 10)).toBe(want.createdAt.slice(0, 10));
      if (want.completed)
        expect(got.completedAt?.slice(0, 10)).toBe(want.completedAt!.slice(0, 10));
    });
  });

  it('writes Obsidian Tasks fields, escapes # and lines that look like items', () => {
    const line = markdownItem(
      {
        ...TASKS[1]!,
        title: 'Fix #12 with a \\ backslash',
        description: '- [ ] not a subtask\n\\starts with a backslash\n\n    indented code',
        labels: ['home'],
      },
      ZONE,
    );
    expect(line).toBe(
      [
        '- [ ] Fix \\#12 with a \\\\ backslash #home 🔁 every 31st 🔼 ➕ 2026-10-01 📅 2026-12-31',
        '    \\- [ ] not a subtask',
        '    \\\\starts with a backslash',
        '',
        '        indented code',
        '',
      ].join('\n'),
    );
    const back = read(`# Tasks\n\n${line}`, 'markdown');
    expect(back.errors).toEqual([]);
    expect(back.tasks[0]).toMatchObject({
      title: 'Fix #12 with a \\ backslash',
      labels: ['home'],
      description: '- [ ] not a subtask\n\\starts with a backslash\n\n    indented code',
    });
    // a rule words can't say exactly is written as the rule itself
    expect(markdownItem({ ...TASKS[3]!, repeat: 'FREQ=DAILY;COUNT=3' }, ZONE)).toMatch(
      /🔁 FREQ=DAILY;COUNT=3 /,
    );
  });

  it('reads an Obsidian note: nested items flattened, prose, headings and code skipped', () => {
    expect(detectFormat(OBSIDIAN)).toBe('markdown');
    const parsed = read(OBSIDIAN, 'markdown');
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.tasks.map((t) => [
        t.line,
        t.title,
        t.completed,
        t.priority,
        t.dueDate,
        t.dueTime,
        t.repeat,
        t.labels,
      ]),
    ).toEqual([
      [8, 'Buy milk', false, null, '2026-12-02', null, null, ['errands']],
      [9, 'Return library books', true, null, null, null, null, []],
      [10, 'Call the plumber', false, 1, '2026-11-30', null, 'FREQ=WEEKLY;BYDAY=MO', []],
      [14, 'Old thing', true, 3, null, null, null, []],
      [15, 'Nested child', false, null, '2026-12-01', '18:30', null, ['home/garden']],
      [16, 'Numbered item', false, 2, '2026-12-31', null, 'FREQ=MONTHLY;BYMONTHDAY=31', []],
      [17, 'Fix bug #12 and #12', false, null, null, null, null, []],
      [22, 'In progress, Obsidian style', false, null, null, null, null, []],
    ]);
    expect(parsed.tasks[1]!.completedAt).toBe('2026-11-20T12:00:00.000Z');
    expect(parsed.tasks[2]!.description).toBe(
      'Ask about the boiler too.\n\nAnd the radiator in the hall.',
    );
  });

  it('says which checklist item is wrong', () => {
    const file = [
      '# List',
      '- [ ] Fine',
      '- [ ]',
      `- [ ] ${'x'.repeat(201)}`,
      '- [ ] Bad date 📅 2026-02-30',
      '- [ ] Bad repeat 🔁 once in a blue moon',
      '- [ ] Bad rule 🔁 FREQ=HOURLY',
      'Just prose is fine.',
    ].join('\n');
    const parsed = read(file, 'markdown');
    expect(parsed.tasks.map((t) => t.line)).toEqual([2]);
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    const [empty, long, date, repeat, rule] = parsed.errors.map((e) => e.message);
    expect(empty).toMatch(/^Line 3: .*no title|^Line 3: Title is empty/);
    expect(long).toMatch(/^Line 4: Title is too long/);
    expect(date).toMatch(/^Line 5: Due date must be a real day.*2026-02-30/);
    expect(repeat).toMatch(/^Line 6: the repeat "once in a blue moon" can't be read/);
    expect(rule).toMatch(/^Line 7: Repeat rule/);
  });
});

describe('conversations as Markdown', () => {
  it('writes titles, times, roles, and tool receipts as a readable line', async () => {
    const md = await text(
      conversationsToMarkdown(
        [
          {
            id: 1,
            title: 'Rent',
            createdAt: '2026-11-20T09:00:00.000Z',
            updatedAt: '2026-11-20T09:05:00.000Z',
            messages: [
              {
                role: 'user',
                content: 'add pay rent',
                createdAt: '2026-11-20T09:00:00.000Z',
                status: null,
              },
              {
                role: 'tool',
                content: JSON.stringify({
                  tool: 'add_task',
                  ok: true,
                  summary: "Added 'Pay rent'",
                  args: { title: 'Pay rent' },
                }),
                createdAt: '2026-11-20T09:00:01.000Z',
                status: null,
              },
              {
                role: 'tool',
                content: JSON.stringify({
                  tool: 'delete_task',
                  ok: false,
                  summary: 'Could not delete task 9',
                  error: { code: 'NOT_FOUND', message: 'There is no task 9' },
                }),
                createdAt: '2026-11-20T09:00:02.000Z',
                status: null,
              },
              {
                role: 'assistant',
                content: 'Done.',
                createdAt: '2026-11-20T09:00:03.000Z',
                status: 'stopped',
              },
            ],
          },
          {
            id: 2,
            title: null,
            createdAt: '2026-11-21T09:00:00.000Z',
            updatedAt: '2026-11-21T09:00:00.000Z',
            messages: [],
          },
        ],
        { timeZone: ZONE },
      ),
    );
    expect(md).toBe(
      [
        '# Rent',
        '',
        '_Started 2026-11-20 09:00 · last changed 2026-11-20 09:05_',
        '',
        '**You** · 2026-11-20 09:00',
        '',
        'add pay rent',
        '',
        "**Done** · 2026-11-20 09:00: ✓ Added 'Pay rent'",
        '',
        '**Done** · 2026-11-20 09:00: ✗ Could not delete task 9 (There is no task 9)',
        '',
        '**Assistant** · 2026-11-20 09:00 (stopped)',
        '',
        'Done.',
        '',
        '',
        '---',
        '',
        '# Conversation',
        '',
        '_Started 2026-11-21 09:00 · last changed 2026-11-21 09:00_',
        '',
        '',
      ].join('\n'),
    );
    expect(md).not.toContain('"tool"');
  });
});
