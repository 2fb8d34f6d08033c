// Applies the SQL files drizzle-kit writes to migrations/. Each migration runs in its own
// transaction with foreign keys off (so a table rebuild can't cascade-delete child rows) and a
// foreign_key_check before commit. PRAGMA user_version holds how many have been applied.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import { APP_NAME } from '../../shared/limits.ts';

export interface Migration {
  tag: string;
  statements: string[];
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

export function readMigrations(dir: string): Migration[] {
  const journal = JSON.parse(
    fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => ({
      tag,
      statements: fs
        .readFileSync(path.join(dir, `${tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

export const schemaVersion = (db: Database.Database): number =>
  db.pragma('user_version', { simple: true }) as number;

export class NewerSchemaError extends AppError {
  constructor() {
    super(
      'UNAVAILABLE',
      `These tasks were saved by a newer version of ${APP_NAME}. Update the app to open them; nothing was changed.`,
    );
  }
}

export interface MigrateResult {
  from: number;
  to: number;
  /** Where the pre-migration copy went, when there was anything to copy. */
  backup?: string;
}

export function migrate(
  db: Database.Database,
  migrations: Migration[],
  backupDir: string,
): MigrateResult {
  const from = schemaVersion(db);
  const to = migrations.length;
  if (from > to) throw new NewerSchemaError();
  if (from === to) return { from, to };

  let backup: string | undefined;
  if (from > 0) {
    fs.mkdirSync(backupDir, { recursive: true, mode: 0o700 });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    backup = path.join(backupDir, `before-v${to}-${stamp}.sqlite`);
    db.prepare('VACUUM INTO ?').run(backup);
    fs.chmodSync(backup, 0o600);
  }

  for (let version = from; version < to; version++) {
    const migration = migrations[version]!;
    db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        for (const statement of migration.statements) db.exec(statement);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`migration ${migration.tag} left ${broken.length} broken foreign keys`);
        }
        db.pragma(`user_version = ${version + 1}`);
      })();
    } finally {
      db.pragma('foreign_keys = ON');
    }
  }
  return { from, to, ...(backup ? { backup } : {}) };
}
