// What the browser host runs, built from the sources as they are: the renderer and the host bundle
// (`npm start` where Electron can't run, and the bench, which measures what people run).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Builds both; returns false (having printed Vite's own message) when either fails. */
export function buildBrowserHost(): boolean {
  for (const config of ['vite.config.ts', 'vite.host.config.ts']) {
    const build = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '-c',
        config,
        '--logLevel',
        'warn',
      ],
      { cwd: repoRoot, stdio: 'inherit' },
    );
    if (build.status !== 0) return false;
  }
  return true;
}

export const browserHostEntry = path.join(repoRoot, 'dist', 'host', 'web-host.mjs');
