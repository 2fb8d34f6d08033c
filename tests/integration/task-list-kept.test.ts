// The task list the repository keeps in memory (the assistant reads every task on each message)
// must always equal what the database holds: after this connection's writes, writes rolled
// back, writes by another connection, an import and a restored backup. Each check compares it
// with a fresh read through a second connection to the same file.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { TaskRepository } from '../../electron/core/tasks/task-repository.ts';
import type { Task, TaskStatus } from '../../electron/shared/task.ts';
import { openTempCore, type TempCore } from '../helpers/temp-profile.ts';

const open: TempCore[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.cleanup();
});
const temp = () => {
  const core = openTempCore();
  open.push(core);
  return core;
};

/** Every task as a connection of its own reads it now. */
function fresh(core: TempCore, status: TaskStatus): Task[] {
  const db = new Database(core.paths.database, { readonly: true });
  try {
    return new TaskRepository(db, core.account.userId).list(status);
  } finally {
    db.close();
  }
}

function expectKeptIsFresh(core: TempCore): void {
  for (const status of ['all', 'pending', 'completed'] as const)
    expect(core.tasks.list(status), status).toEqual(fresh(core, status));
}

describe('the task list kept in memory', () => {
  it('follows this connection’s writes: add, change, labels, complete, delete, restore, undo', () => {
    const core = temp();
    const a = core.tasks.create({ title: 'Alpha', labels: ['home'] });
    expectKeptIsFresh(core);
    const b = core.tasks.create({ title: 'Beta' });
    core.tasks.update({ id: a.id, title: 'Alpha 2', labels: ['work', 'home'], priority: 1 });
    core.tasks.setCompleted(b.id, true);
    expectKeptIsFresh(core);
    core.tasks.delete(a.id);
    expectKeptIsFresh(core);
    core.tasks.restore(a.id);
    core.tasks.undo();
    expectKeptIsFresh(core);
  });

  it('is mended when a transaction that wrote rolls back, at any depth', () => {
    const core = temp();
    const repo = core.tasks;
    const a = repo.create({ title: 'Kept' });
    expect(repo.list('all').map((t) => t.title)).toEqual(['Kept']);
    const db = core.db;
    const outer = db.transaction(() => {
      repo.create({ title: 'Rolled back' });
      repo.update({ id: a.id, title: 'Renamed, rolled back' });
      // read inside the transaction: it sees its own writes
      expect(repo.list('all').map((t) => t.title)).toEqual(['Renamed, rolled back', 'Rolled back']);
      throw new Error('stop');
    });
    expect(() => outer()).toThrow('stop');
    expectKeptIsFresh(core);
    expect(repo.list('all').map((t) => t.title)).toEqual(['Kept']);

    // a savepoint rolled back inside a transaction that commits
    db.transaction(() => {
      repo.create({ title: 'Committed' });
      try {
        db.transaction(() => {
          repo.delete(a.id);
          expect(repo.list('all').map((t) => t.title)).toEqual(['Committed']);
          throw new Error('inner');
        })();
      } catch {
        // the savepoint is gone; the outer transaction goes on
      }
      expect(repo.list('all').map((t) => t.title)).toEqual(['Kept', 'Committed']);
    })();
    expectKeptIsFresh(core);
  });

  it('reads everything again when another connection wrote', () => {
    const core = temp();
    const a = core.tasks.create({ title: 'Mine' });
    expect(core.tasks.list('all')).toHaveLength(1);
    const other = new Database(core.paths.database);
    try {
      const at = new Date().toISOString();
      other
        .prepare(
          `INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at) VALUES (?, 'From the CLI', '', 0, ?, ?)`,
        )
        .run(core.account.userId, at, at);
      other.prepare(`UPDATE tasks SET completed = 1 WHERE id = ?`).run(a.id);
    } finally {
      other.close();
    }
    expectKeptIsFresh(core);
    expect(core.tasks.list('pending').map((t) => t.title)).toEqual(['From the CLI']);
  });

  it('follows an import and a restored backup', async () => {
    const core = temp();
    core.tasks.create({ title: 'Before the backup' });
    expect(core.tasks.list('all')).toHaveLength(1);
    const backup = await core.handlers['backups.create']({});
    expect(backup.ok).toBe(true);
    const imported = await core.handlers['exchange.import']({
      text: 'TYPE,CONTENT,PRIORITY\ntask,Imported one,4\ntask,Imported two,1\n',
      format: 'csv',
    });
    expect(imported.ok).toBe(true);
    expectKeptIsFresh(core);
    expect(core.tasks.list('all')).toHaveLength(3);
    if (backup.ok) {
      const restored = await core.handlers['backups.restore']({ id: backup.value.id });
      expect(restored.ok).toBe(true);
    }
    expectKeptIsFresh(core);
    expect(core.tasks.list('all').map((t) => t.title)).toEqual(['Before the backup']);
  });

  it('stays equal to the database through any sequence of changes', async () => {
    const fc = (await import('fast-check')).default;
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        labels: fc.subarray(['home', 'work', 'car']),
        repeat: fc.boolean(),
      }),
      fc.record({
        kind: fc.constantFrom(
          'complete' as const,
          'reopen' as const,
          'delete' as const,
          'rename' as const,
          'label' as const,
          'failed' as const,
          'other' as const,
        ),
        pick: fc.nat(),
      }),
      fc.record({ kind: fc.constantFrom('restore' as const, 'undo' as const, 'read' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
        const core = openTempCore();
        const other = new Database(core.paths.database);
        try {
          const deleted: number[] = [];
          for (const o of ops) {
            const all = core.tasks.list('all');
            const target = all.length ? all[('pick' in o ? o.pick : 0) % all.length] : undefined;
            if (o.kind === 'add') {
              core.tasks.create({
                title: `Task ${o.labels.join(' ')}`,
                labels: o.labels,
                ...(o.repeat ? { dueDate: '2026-03-01', repeat: 'FREQ=WEEKLY' } : {}),
              });
            } else if (o.kind === 'restore') {
              const id = deleted.pop();
              if (id !== undefined) core.tasks.restore(id);
            } else if (o.kind === 'undo') {
              try {
                core.tasks.undo();
              } catch {
                // (nothing to undo)
              }
            } else if (o.kind === 'read') {
              core.tasks.list('pending');
            } else if (target) {
              if (o.kind === 'delete') deleted.push(core.tasks.delete(target.id).id);
              else if (o.kind === 'rename')
                core.tasks.update({ id: target.id, title: `${target.title}!` });
              else if (o.kind === 'label')
                core.tasks.update({ id: target.id, labels: target.labels.length ? [] : ['new'] });
              else if (o.kind === 'failed')
                try {
                  core.db.transaction(() => {
                    core.tasks.update({ id: target.id, title: 'never' });
                    core.tasks.create({ title: 'never either' });
                    core.tasks.list('all');
                    throw new Error('rolled back');
                  })();
                } catch {
                  // expected
                }
              else if (o.kind === 'other')
                other
                  .prepare(
                    `UPDATE tasks SET title = title || '?', completed = 1 - completed WHERE id = ?`,
                  )
                  .run(target.id);
              else core.tasks.setCompleted(target.id, o.kind === 'complete');
            }
            expectKeptIsFresh(core);
          }
        } finally {
          other.close();
          core.cleanup();
        }
      }),
      { numRuns: 30 },
    );
  });
});
