// A real, tiny filesystem (tmpfs) for disk-full tests: SQLite's max_page_count fails a write
// before its commit, while a full disk fails the commit itself, which is what must be caught.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './temp-profile.ts';

export interface SmallDisk {
  dir: string;
  /** Fills the disk with ballast files of `chunk` bytes until a write fails. */
  fill(chunk?: number): void;
  /** Frees one ballast file (or all), so a few writes fit again. */
  free(all?: boolean): boolean;
  unmount(): void;
}

const canMount = process.platform === 'linux' && process.getuid?.() === 0;

/** Why the small-disk tests can't run here, or null when they can. */
export const smallDiskUnavailable: string | null = (() => {
  if (!canMount) return 'mounting a tmpfs needs root on Linux';
  const probe = makeTempDir('mount-probe-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
  if (r.status !== 0) {
    fs.rmSync(probe, { recursive: true, force: true });
    return `mount refused: ${r.stderr.toString().trim() || `exit ${r.status}`}`;
  }
  spawnSync('umount', [probe]);
  fs.rmSync(probe, { recursive: true, force: true });
  return null;
})();

export function mountSmallDisk(bytes: number): SmallDisk {
  const dir = makeTempDir('small-disk-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir]);
  if (r.status !== 0) throw new Error(`mount failed: ${r.stderr.toString()}`);
  const ballast = path.join(dir, 'ballast');
  fs.mkdirSync(ballast);
  let next = 0;
  const files: string[] = [];
  return {
    dir,
    fill(chunk = 4096) {
      for (;;) {
        const file = path.join(ballast, String(next++));
        try {
          fs.writeFileSync(file, Buffer.alloc(chunk, 1));
          files.push(file);
        } catch {
          fs.rmSync(file, { force: true });
          if (chunk <= 512) return;
          chunk = Math.floor(chunk / 2);
        }
      }
    },
    free(all = false) {
      const gone = all ? files.splice(0) : files.splice(0, 1);
      for (const f of gone) fs.rmSync(f, { force: true });
      return gone.length > 0;
    },
    unmount() {
      spawnSync('umount', ['-l', dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
