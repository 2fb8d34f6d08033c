import { openCrashCore } from './crash-core.ts';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { INTERRUPTED_REPLY } from '../../electron/core/chat/chat-service.ts';
import { makeTempDir } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';
import { runAndKill } from './kill-child.ts';

const KILLS = scale(12, 200);
const child = path.join(import.meta.dirname, 'writer-child.ts');

/** Runs the writer, kills it `ms` after it is ready (after two acknowledged writes at least),
 * and returns what it acknowledged. */
async function writeAndKill(
  profileDir: string,
  ms: number,
): Promise<{ tasks: number[]; messages: Map<number, number> }> {
  const tasks: number[] = [];
  const messages = new Map<number, number>();
  await runAndKill(
    child,
    [profileDir],
    ms,
    (line) => {
      const [kind, a, b] = line.split(' ');
      if (kind === 'T') tasks.push(Number(a));
      if (kind === 'M') messages.set(Number(a), Number(b));
    },
    () => tasks.length + messages.size >= 2,
  );
  return { tasks, messages };
}

it(`every acknowledged write survives ${KILLS} SIGKILLs, and the database stays intact`, async () => {
  const dir = makeTempDir('crash-');
  const profileDir = path.join(dir, 'profile');
  let lost = 0;
  let acknowledged = 0;
  const interrupted = new Set<number>();
  try {
    for (let i = 0; i < KILLS; i++) {
      const acked = await writeAndKill(profileDir, Math.floor(Math.random() * 120));
      const core = openCrashCore(profileDir);
      try {
        expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(core.db.pragma('foreign_key_check')).toEqual([]);
        const exists = core.db.prepare('SELECT 1 FROM tasks WHERE id = ?').pluck();
        for (const id of acked.tasks) if (!exists.get(id)) lost++;
        for (const [conversationId, lastMessage] of acked.messages) {
          const newest = core.chat.messages(conversationId, { limit: 1 }).items.at(-1)?.id ?? 0;
          if (newest < lastMessage) lost++;
        }
        acknowledged += acked.tasks.length + acked.messages.size;
        // A reply cut off by the kill is marked as interrupted, never left as a bare question.
        for (const { id } of core.chat.list(100, 0).items) {
          const last = core.chat.messages(id, { limit: 1 }).items.at(-1);
          if (!last) continue;
          expect(last.role).toBe('assistant');
          if (last.content === INTERRUPTED_REPLY) interrupted.add(id);
        }
      } finally {
        core.close();
      }
    }
    record('crashes survived (SIGKILL)', KILLS);
    record('acknowledged writes checked', acknowledged);
    record('acknowledged writes lost', lost);
    record('replies cut off by a crash, marked as interrupted', interrupted.size);
    expect(lost).toBe(0);
    expect(acknowledged).toBeGreaterThan(KILLS);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
