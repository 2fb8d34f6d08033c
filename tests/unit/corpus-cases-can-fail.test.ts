// A corpus case must fail when its message is not understood: with the list left as it was and a
// reply that understood nothing, every case's expectations must be unmet.
import { fromStoredTask } from '../../electron/core/tasks/task-repository.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../../electron/host/host-paths.ts';
import type { Task } from '../../electron/shared/task.ts';
import { checkExpectations, readCases, setupFields } from '../../scripts/lib/corpus.ts';

const dir = path.join(repoRoot, 'tests', 'corpus');
// nl-dev.jsonl and nl-time-dev.jsonl are copies of ../shared/corpus (read-only for us); every
// other file is ours.
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl') && f !== 'nl-dev.jsonl' && f !== 'nl-time-dev.jsonl');
const NOT_UNDERSTOOD = "I'm not sure what you'd like me to do with that.";
const NOTHING_DONE = 'Okay.';

// One fixed day, so the check repeats: a case that moves a task "to Monday" from a list set up
// "today" is met by the list as it was on a Monday (the corpus run itself checks the change).
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 29, 12, 0));
});
afterAll(() => {
  vi.useRealTimers();
});

describe.each(files)('%s', (file) => {
  it('has no case that passes when nothing is understood', () => {
    const passing: string[] = [];
    for (const c of readCases(path.join(dir, file))) {
      // The list as the case sets it up, dates, priorities, repeats and labels too.
      const setup: Task[] = (c.setup ?? []).map((t, i) =>
        fromStoredTask({
          id: i + 1,
          ...setupFields(t, new Date()),
          completed: t.completed ?? false,
        }),
      );
      for (const reply of [NOT_UNDERSTOOD, NOTHING_DONE, ''])
        if (checkExpectations(c, setup, setup, reply) === '')
          passing.push(`${c.id} (${JSON.stringify(reply)})`);
    }
    expect(passing).toEqual([]);
  });
});

it('refuses a case with an expectation the runner does not check (it could never fail)', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-')), 'cases.jsonl');
  fs.writeFileSync(
    file,
    `${JSON.stringify({ id: 'x1', say: ['add milk'], expect: { description: { Milk: 'oat' } } })}\n`,
  );
  expect(() => readCases(file)).toThrow(/x1: unknown expectation description/);
});
