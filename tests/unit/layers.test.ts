import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of STYLE.md are enforced by lint; this shows the rules really fire.
const eslint = new ESLint();
const errorsFor = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter(
    (m) => m.ruleId === 'no-restricted-imports',
  );

describe('layer rules', () => {
  it('stop electron/core from importing electron', async () => {
    expect(
      await errorsFor(
        `import { app } from 'electron';\nexport const a = app;\n`,
        'electron/core/x.ts',
      ),
    ).toHaveLength(1);
  });

  it('stop electron/shared from importing electron or node modules', async () => {
    expect(
      await errorsFor(
        `import { app } from 'electron';\nexport const a = app;\n`,
        'electron/shared/x.ts',
      ),
    ).toHaveLength(1);
    expect(
      await errorsFor(`import fs from 'node:fs';\nexport const a = fs;\n`, 'electron/shared/x.ts'),
    ).toHaveLength(1);
  });

  it('stop the renderer from reaching the database or the core', async () => {
    expect(
      await errorsFor(
        `import D from 'better-sqlite3';\nexport const a = D;\n`,
        'renderer/src/x.ts',
      ),
    ).toHaveLength(1);
    expect(
      await errorsFor(
        `import { openCore } from '../../electron/core/app-core.ts';\nexport const a = openCore;\n`,
        'renderer/src/x.ts',
      ),
    ).toHaveLength(1);
  });

  it('let main import electron', async () => {
    expect(
      await errorsFor(
        `import { app } from 'electron';\nexport const a = app;\n`,
        'electron/main/x.ts',
      ),
    ).toHaveLength(0);
  });
});

describe('writes that tell the truth', () => {
  const returningErrors = async (code: string) =>
    (await eslint.lintText(code, { filePath: 'electron/core/x.ts' }))[0]!.messages.filter(
      (m) => m.ruleId === 'no-restricted-syntax',
    );

  it('refuse a RETURNING write prepared outside writeReturning', async () => {
    const head = `import type Database from 'better-sqlite3';\n`;
    expect(
      await returningErrors(
        `${head}export const f = (db: Database.Database) => db.prepare(\`INSERT INTO t (a) VALUES (1) RETURNING id\`).get();\n`,
      ),
    ).toHaveLength(1);
    expect(
      await returningErrors(
        `${head}export const f = (db: Database.Database) => db.prepare('DELETE FROM t returning id').get();\n`,
      ),
    ).toHaveLength(1);
    expect(
      await returningErrors(
        `${head}export const f = (db: Database.Database) => db.prepare('DELETE FROM t WHERE id = 1').run();\n`,
      ),
    ).toHaveLength(0);
  });
});

describe('one direction between agent and chat', () => {
  it('the agent never imports the chat service or its repository', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../electron/core/agent');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const offending = files.filter((f) =>
      /from '(?:\.\.\/)+chat\//.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(offending).toEqual([]);
  });
});
