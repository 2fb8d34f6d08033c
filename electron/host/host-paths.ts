// Where the Node hosts (browser host, CLI) find the app's own files when run from the source tree.
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const migrationsDir = path.join(repoRoot, 'migrations');
export const rendererDist = path.join(repoRoot, 'dist', 'renderer');

export const appVersion = (
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;
