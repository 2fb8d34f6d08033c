// A really full disk (a tmpfs mounted as root), not SQLite's max_page_count: the commit itself
// fails there, which is where an acknowledged-but-unsaved write used to hide.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, openCore } from '../../electron/core/app-core.ts';
import { isHealthy } from '../../electron/core/db/backups.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';
import type { ErrorInfo, Result } from '../../electron/shared/errors.ts';
import type { Task } from '../../electron/shared/task.ts';
import { mountSmallDisk, type SmallDisk, smallDiskUnavailable } from '../helpers/small-disk.ts';
import { record, scale } from './figures.ts';

const WRITES = scale(1000, 5000);
const open = (profileDir: string) =>
  openCore({ profileDir, migrationsDir, appVersion: 'full-disk', logger: silentLogger });

let disk: SmallDisk | undefined;
afterEach(() => {
  disk?.unmount();
  disk = undefined;
});

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Stored = Pick<Task, 'title' | 'description' | 'completed'>;

describe.skipIf(smallDiskUnavailable !== null)('on a really full disk', () => {
  it(`${WRITES} writes across every write channel: every acknowledged one is stored, no refused one is`, async () => {
    // Room for what the run keeps (a write in ten is refused at any scale), the rest is ballast.
    disk = mountSmallDisk(Math.max(1536, WRITES * 1.6) * 1024);
    const profileDir = path.join(disk.dir, 'profile');
    let core: Core = open(profileDir);
    const rand = random(20261128);
    const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(rand() * xs.length)];

    // What the app acknowledged, as it should be on disk.
    const tasks = new Map<number, Stored>();
    const deleted = new Map<number, Task>();
    const conversations = new Map<number, string | null>();
    const spokenMessages: { conversationId: number; text: string; reply: string }[] = [];
    // A refused chat turn may have committed its first steps (the message is stored first, by
    // design); titles it might have added are allowed, nothing else is.
    const maybeTitles = new Set<string>();
    let settingsChatView: string = 'builtin';
    const backupsMade: string[] = [];
    const failures: ErrorInfo[] = [];
    const counts = { acknowledged: 0, refused: 0 };

    const check = <T>(r: Result<T>): T | undefined => {
      if (r.ok) {
        counts.acknowledged++;
        return r.value;
      }
      counts.refused++;
      failures.push(r.error);
      return undefined;
    };
    const h = () => core.handlers;
    const text = (n: number) => `${n} ${'lorem ipsum '.repeat(Math.floor(rand() * 60))}`.trim();

    const operations: (() => Promise<void>)[] = [
      async () => {
        const title = `Task ${counts.acknowledged + counts.refused}`;
        const description = text(1).slice(0, 900);
        const t = check(await h()['tasks.create']({ title, description }));
        if (t) tasks.set(t.id, { title, description, completed: false });
      },
      async () => {
        const id = pick([...tasks.keys()]);
        if (id === undefined) return;
        const title = `Renamed ${rand().toString(36).slice(2, 8)}`;
        const t = check(await h()['tasks.update']({ id, title }));
        if (t) tasks.set(id, { ...tasks.get(id)!, title });
      },
      async () => {
        const id = pick([...tasks.keys()]);
        if (id === undefined) return;
        const completed = !tasks.get(id)!.completed;
        const t = check(await h()['tasks.setCompleted']({ id, completed }));
        if (t) tasks.set(id, { ...tasks.get(id)!, completed });
      },
      async () => {
        const id = pick([...tasks.keys()]);
        if (id === undefined) return;
        const t = check(await h()['tasks.delete']({ id }));
        if (t) {
          tasks.delete(id);
          deleted.set(id, t);
        }
      },
      async () => {
        const snapshot = pick([...deleted.values()]);
        if (!snapshot) return;
        const t = check(await h()['tasks.restore']({ id: snapshot.id }));
        if (t) {
          deleted.delete(t.id);
          tasks.set(t.id, { title: t.title, description: t.description, completed: t.completed });
        }
      },
      async () => {
        const title = `Chat ${counts.acknowledged}`;
        const c = check(await h()['conversations.create']({ title }));
        if (c) conversations.set(c.id, title);
      },
      async () => {
        const id = pick([...conversations.keys()]);
        if (id === undefined) return;
        const title = `Thread ${rand().toString(36).slice(2, 8)}`;
        if (check(await h()['conversations.rename']({ id, title }))) conversations.set(id, title);
      },
      async () => {
        const id = pick([...conversations.keys()]);
        if (id === undefined || conversations.size < 3) return;
        if (check(await h()['conversations.delete']({ id }))) {
          conversations.delete(id);
          for (let i = spokenMessages.length - 1; i >= 0; i--)
            if (spokenMessages[i]!.conversationId === id) spokenMessages.splice(i, 1);
        }
      },
      async () => {
        const conversationId = pick([...conversations.keys()]);
        if (conversationId === undefined) return;
        const name = `Note ${rand().toString(36).slice(2, 10)}`;
        const said = `Add a task to ${name.toLowerCase()}`;
        maybeTitles.add(name);
        const turn = check(await h()['chat.send']({ conversationId, text: said }));
        if (!turn) return;
        spokenMessages.push({ conversationId, text: said, reply: turn.reply });
        for (const a of turn.actions) {
          const t = a.result as Task | undefined;
          if (a.ok && a.tool === 'add_task' && t)
            tasks.set(t.id, { title: t.title, description: t.description, completed: false });
        }
      },
      async () => {
        const chatView = settingsChatView === 'builtin' ? 'chatkit' : 'builtin';
        if (check(await h()['settings.update']({ chatView }))) settingsChatView = chatView;
      },
      async () => {
        if (rand() > 0.2) return;
        const b = check(await h()['backups.create']({}));
        if (b) backupsMade.push(b.id);
      },
    ];

    disk.fill(16 * 1024);
    let round = 0;
    while (counts.acknowledged + counts.refused < WRITES) {
      round++;
      // A little space comes back; between requests the app moves its log into the database
      // (see idle-checkpoint.ts), which may itself fail while the disk is full.
      if (!disk.free()) disk.fill(16 * 1024);
      try {
        core.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // the log stays valid and is checkpointed later
      }
      for (let i = 0; i < 12; i++) await pick(operations)!();
      if (round % 25 === 0) {
        // A restart in the middle: what was acknowledged must come back from the file.
        disk.free(true);
        core.close();
        core = open(profileDir);
        disk.fill(16 * 1024);
      }
    }
    disk.free(true);
    core.close();

    // Every refusal was plain and said what happened.
    for (const f of failures) {
      expect(f.code).toBe('STORAGE');
      expect(f.message).not.toMatch(/SQLITE|\/|\\|at .*\(/);
    }
    expect(counts.refused).toBeGreaterThan(WRITES / 10);
    expect(counts.acknowledged).toBeGreaterThan(WRITES / 10);

    core = open(profileDir);
    try {
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Map(core.tasks.list('all').map((t) => [t.id, t]));
      let lost = 0;
      for (const [id, want] of tasks) {
        const got = stored.get(id);
        if (!got || got.title !== want.title || got.description !== want.description) lost++;
        else if (got.completed !== want.completed) lost++;
      }
      const unexpected = [...stored.values()].filter(
        (t) => !tasks.has(t.id) && !maybeTitles.has(t.title),
      );
      expect(lost).toBe(0);
      expect(unexpected).toEqual([]);

      const threads = new Map(core.chat.list(10_000, 0).items.map((c) => [c.id, c.title] as const));
      for (const [id, title] of conversations) {
        expect(threads.has(id)).toBe(true);
        if (title !== null) expect(threads.get(id)).toBe(title);
      }
      for (const m of spokenMessages) {
        const contents = core.chat
          .messages(m.conversationId, { limit: 1000 })
          .items.map((x) => x.content);
        expect(contents).toContain(m.text);
        expect(contents).toContain(m.reply);
      }
      expect(core.settings.get().chatView).toBe(settingsChatView);
      // Older copies are rotated away; the newest acknowledged one is there, and every listed
      // one opens.
      const listed = core.backups.list().map((b) => b.id);
      if (backupsMade.length > 0) expect(listed).toContain(backupsMade.at(-1));
      for (const id of listed) expect(isHealthy(path.join(core.paths.backups, id))).toBe(true);

      // Space is back: writing works again.
      expect(await core.handlers['tasks.create']({ title: 'Space is back' })).toMatchObject({
        ok: true,
      });
      record('full disk (tmpfs): writes tried', counts.acknowledged + counts.refused);
      record('full disk (tmpfs): writes acknowledged', counts.acknowledged);
      record('full disk (tmpfs): acknowledged writes lost', lost);
      expect(fs.existsSync(core.paths.database)).toBe(true);
    } finally {
      core.close();
    }
  }, 300_000);
});
