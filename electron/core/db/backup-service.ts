// Backups as the person sees them: list, make one now, restore one (undoably), and a schedule.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import type { CoreEvents } from '../events.ts';
import type { Logger } from '../log.ts';
import { backUp, type BackupInfo, isHealthy, listBackups, writeBackup } from './backups.ts';
import { DATA_TABLES, salvage, type SalvageCounts } from './salvage.ts';
import { migrate, type Migration, schemaVersion } from './migrations.ts';
import { taskChanges } from './task-changes.ts';
import BetterSqlite from 'better-sqlite3';

const TABLES = DATA_TABLES;

export class BackupService {
  readonly #db: Database.Database;
  readonly #dir: string;
  readonly #migrations: Migration[];
  readonly #userId: string;
  readonly #events: CoreEvents;
  readonly #logger: Logger;
  #lastChanges = -1;

  constructor(deps: {
    db: Database.Database;
    dir: string;
    migrations: Migration[];
    userId: string;
    events: CoreEvents;
    logger: Logger;
  }) {
    this.#db = deps.db;
    this.#dir = deps.dir;
    this.#migrations = deps.migrations;
    this.#userId = deps.userId;
    this.#events = deps.events;
    this.#logger = deps.logger;
  }

  list(): BackupInfo[] {
    return listBackups(this.#dir);
  }

  create(): BackupInfo {
    return backUp(this.#db, this.#dir, 'manual');
  }

  /** Backs up every `everyMs` while running, when something changed since the last copy. */
  schedule(everyMs: number): () => void {
    const dataVersion = this.#db.prepare('PRAGMA data_version').pluck();
    const timer = setInterval(() => {
      if (!this.#db.open) return;
      const changes = this.#db.prepare('SELECT total_changes()').pluck().get() as number;
      const marker = changes * 1_000_000 + (dataVersion.get() as number);
      if (marker === this.#lastChanges) return;
      this.#lastChanges = marker;
      try {
        backUp(this.#db, this.#dir, 'scheduled');
      } catch (err) {
        this.#logger.error('scheduled backup failed', err);
      }
    }, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * "Try to recover" on a damaged copy set aside at start: whatever can be read goes into a new
   * backup (reason "recovered"), which the person can then restore like any other.
   */
  salvage(id: string): SalvageCounts & { backup: BackupInfo } {
    const chosen = this.list().find((b) => b.id === id);
    if (!chosen) throw new AppError('NOT_FOUND', 'That backup no longer exists.');
    if (chosen.reason !== 'damaged')
      throw new AppError('VALIDATION', 'Only a damaged copy needs recovering; restore this one.');
    let counts: SalvageCounts = { tasks: 0, conversations: 0, messages: 0 };
    const backup = writeBackup(this.#dir, 'recovered', (file) => {
      counts = salvage(
        path.join(this.#dir, chosen.id),
        file,
        this.#migrations,
        path.join(this.#dir, `.salvaging-${process.pid}-${Date.now()}.sqlite`),
      );
      if (counts.tasks + counts.conversations === 0)
        throw new AppError('STORAGE', 'Nothing could be read from that copy; it is too damaged.');
    });
    return { ...counts, backup };
  }

  /**
   * Puts a backup's tasks and conversations back in place of the current ones. The current state
   * is backed up first, so a restore can itself be undone by restoring that copy.
   */
  restore(id: string): { tasks: number; conversations: number; undoBackup: string } {
    const chosen = this.list().find((b) => b.id === id);
    if (!chosen) throw new AppError('NOT_FOUND', 'That backup no longer exists.');
    if (chosen.reason === 'damaged')
      throw new AppError(
        'VALIDATION',
        'That copy is damaged and cannot be restored as it is. Use “Try to recover” first.',
      );
    const source = path.join(this.#dir, chosen.id);
    if (!isHealthy(source))
      throw new AppError('STORAGE', 'That backup is damaged and cannot be restored.');

    // Bring a copy up to the current schema; never modify the backup itself.
    const work = path.join(this.#dir, `.restoring-${process.pid}-${Date.now()}.sqlite`);
    fs.copyFileSync(source, work);
    try {
      const copy = new BetterSqlite(work);
      try {
        if (schemaVersion(copy) > this.#migrations.length) {
          throw new AppError('UNAVAILABLE', 'That backup was made by a newer version of the app.');
        }
        migrate(copy, this.#migrations, this.#dir);
      } finally {
        copy.close();
      }
      const undo = backUp(this.#db, this.#dir, 'before-restore');
      const db = this.#db;
      db.prepare('ATTACH DATABASE ? AS src').run(work);
      // (every task is written again: whoever keeps the list reads it again)
      taskChanges(db).wroteMany();
      try {
        db.transaction(() => {
          for (const table of [...TABLES].reverse()) db.prepare(`DELETE FROM main.${table}`).run();
          for (const table of TABLES) {
            const columns = (
              db.prepare(`PRAGMA main.table_info(${table})`).all() as { name: string }[]
            )
              .map((c) => `"${c.name}"`)
              .join(', ');
            // Only this account's rows, whatever else the file holds.
            db.prepare(
              `INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM src.${table} WHERE user_id = ?`,
            ).run(this.#userId);
          }
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0)
            throw new AppError('STORAGE', 'That backup is inconsistent and was not restored.');
        })();
      } finally {
        db.prepare('DETACH DATABASE src').run();
      }
      const tasks = db.prepare('SELECT count(*) FROM tasks').pluck().get() as number;
      const conversations = db.prepare('SELECT id FROM conversations').pluck().all() as number[];
      this.#events.emit('tasks.changed', { reason: 'restored', ids: [] });
      for (const conversationId of conversations.slice(0, 100))
        this.#events.emit('chat.changed', { conversationId });
      return { tasks, conversations: conversations.length, undoBackup: undo.id };
    } finally {
      fs.rmSync(work, { force: true });
    }
  }
}
