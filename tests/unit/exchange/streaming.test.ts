// Exports are generators: 100,000 tasks leave in many small chunks, and reading the tasks keeps
// pace with writing them (the whole list is never pulled in first).
import { describe, expect, it } from 'vitest';
import { exportAll, exportTasks } from '../../../electron/core/exchange/formats/index.ts';
import type {
  ExportConversation,
  ExportFormat,
  ExportTask,
} from '../../../electron/core/exchange/formats/index.ts';
import { NOW, TASKS, ZONE } from './fixtures.ts';

const COUNT = 100_000;
const CHUNK_MAX = 64 * 1024;

/** 100,000 tasks made one at a time, counting how many were asked for. */
function manyTasks(pulled: { n: number }): Iterable<ExportTask> {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < COUNT; i++) {
        pulled.n++;
        const t = TASKS[i % TASKS.length]!;
        yield { ...t, id: i + 1 };
      }
    },
  };
}

describe('exports stream', () => {
  it.each(['json', 'csv', 'markdown', 'todotxt', 'ics'] as ExportFormat[])(
    '%s: 100,000 tasks in many chunks of at most 64 KB',
    (format) => {
      const pulled = { n: 0 };
      const chunks = exportTasks(format, manyTasks(pulled), { now: NOW, timeZone: ZONE });
      let count = 0;
      let biggest = 0;
      let total = 0;
      let pulledAtFirstChunk = -1;
      for (const chunk of chunks) {
        if (pulledAtFirstChunk < 0) pulledAtFirstChunk = pulled.n;
        count++;
        const size = Buffer.byteLength(chunk);
        biggest = Math.max(biggest, size);
        total += size;
      }
      expect(pulled.n).toBe(COUNT);
      expect(pulledAtFirstChunk).toBeLessThan(1_000);
      expect(count).toBeGreaterThan(100);
      expect(biggest).toBeLessThanOrEqual(CHUNK_MAX);
      expect(total).toBeGreaterThan(COUNT * 20);
    },
    60_000,
  );

  it('streams long histories and conversations piece by piece too', () => {
    const history = Array.from({ length: 20_000 }, (_, i) => ({
      dueDate: '2026-01-01',
      dueTime: null,
      completedAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
    }));
    const conversation: ExportConversation = {
      id: 1,
      title: 'Long',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      messages: Array.from({ length: 2_000 }, (_, i) => ({
        role: i % 2 ? ('assistant' as const) : ('user' as const),
        content: '😀'.repeat(5000),
        createdAt: '2026-01-01T00:00:00.000Z',
        status: null,
      })),
    };
    let biggest = 0;
    let text = '';
    for (const chunk of exportAll([{ ...TASKS[0]!, completions: history }], [conversation])) {
      biggest = Math.max(biggest, Buffer.byteLength(chunk));
      text += chunk;
    }
    expect(biggest).toBeLessThanOrEqual(CHUNK_MAX);
    const parsed = JSON.parse(text) as { tasks: { completions: unknown[] }[] };
    expect(parsed.tasks[0]!.completions).toHaveLength(20_000);
  });
});
