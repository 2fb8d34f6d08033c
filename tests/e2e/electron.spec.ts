import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.ts';

// The desktop app itself. Electron's binary can't be downloaded on every machine (the npm
// registry is reachable, its GitHub release is not); there this spec skips and says why.
const binary = electronBinary();
const mainBundle = path.resolve(import.meta.dirname, '..', '..', '.vite', 'build', 'main.cjs');

test.skip(
  !binary,
  'Electron binary not installed (its download is blocked here): desktop e2e skipped',
);

test('the desktop app opens the sidebar, adds a task and keeps the renderer sandboxed', async () => {
  test.skip(
    !fs.existsSync(mainBundle),
    'Run `npm run build` first to produce .vite/build/main.cjs',
  );
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [path.resolve(import.meta.dirname, '..', '..'), `--profile=${profile}`],
  });
  try {
    const page = await app.firstWindow();
    const box = page.getByRole('textbox', { name: 'New task' });
    await box.fill('From the desktop');
    await box.press('Enter');
    await expect(page.getByRole('checkbox', { name: 'From the desktop' })).toBeVisible();
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => typeof window.api?.invoke)).toBe('function');
  } finally {
    await app.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
