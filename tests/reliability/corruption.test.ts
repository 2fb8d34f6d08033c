import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openTempCore } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';

// Damaged database files, seeded: truncated, garbage pages, a broken header, zeroed pages,
// random bytes. At start the app must notice, keep the damaged file aside, put the newest good
// backup in place and say so; or, where the damage touched nothing SQLite reads, open intact.
const SEEDS = scale(50, 200);
const PAGE = 4096;

function rng(seed: number) {
  let x = seed * 2654435761 + 1;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function damage(file: string, seed: number): string {
  const random = rng(seed);
  const bytes = fs.readFileSync(file);
  const kind = seed % 5;
  if (kind === 0) {
    fs.writeFileSync(
      file,
      bytes.subarray(0, Math.max(100, Math.floor(bytes.length * random() * 0.9))),
    );
    return 'truncated';
  }
  if (kind === 1) {
    const pages = Math.floor(bytes.length / PAGE);
    const page = 1 + Math.floor(random() * Math.max(1, pages - 1));
    for (let i = 0; i < PAGE; i++) bytes[page * PAGE + i] = Math.floor(random() * 256);
    fs.writeFileSync(file, bytes);
    return 'garbage page';
  }
  if (kind === 2) {
    for (let i = 0; i < 16; i++) bytes[i] = Math.floor(random() * 256);
    fs.writeFileSync(file, bytes);
    return 'bad header';
  }
  if (kind === 3) {
    const page = 1 + Math.floor(random() * Math.max(1, Math.floor(bytes.length / PAGE) - 1));
    bytes.fill(0, page * PAGE, (page + 1) * PAGE);
    fs.writeFileSync(file, bytes);
    return 'zeroed page';
  }
  fs.writeFileSync(
    file,
    Buffer.from(Array.from({ length: bytes.length }, () => Math.floor(random() * 256))),
  );
  return 'random bytes';
}

it(`recovers from ${SEEDS} damaged database files`, async () => {
  let recovered = 0;
  let harmless = 0;
  let salvageable = 0;
  let headersRepaired = 0;
  for (let seed = 0; seed < SEEDS; seed++) {
    const first = openTempCore();
    const profileDir = first.dir;
    try {
      for (let i = 0; i < 40; i++) first.tasks.create({ title: `Task ${i} ${'x'.repeat(i * 3)}` });
      await first.chat.say('Add a task to survive damage', { newConversation: true });
      first.backups.create();
      const backedUp = first.tasks.list('all').map((t) => t.title);
      first.tasks.create({ title: 'Added after the backup' });
      const everything = first.tasks.list('all').map((t) => t.title);
      first.close();
      const how = damage(first.paths.database, seed);

      const again = openTempCore({ profileDir });
      try {
        expect(again.db.pragma('integrity_check', { simple: true }), how).toBe('ok');
        const titles = again.tasks.list('all').map((t) => t.title);
        if (again.recovery) {
          recovered++;
          expect(again.recovery.restoredBackupFrom, how).not.toBeNull();
          expect(titles, how).toEqual(backedUp);
          expect(fs.existsSync(again.recovery.damagedCopy)).toBe(true);
          const info = await again.handlers['app.info']({});
          const damagedCopy = path.basename(again.recovery.damagedCopy);
          expect(info.ok && info.value.recovery).toEqual({
            restoredBackupFrom: again.recovery.restoredBackupFrom,
            damagedCopy,
          });
          // The damaged file is offered under Backups, and "Try to recover" reads what it can.
          const listed = await again.handlers['backups.list']({});
          expect(listed.ok && listed.value.items.find((b) => b.id === damagedCopy)).toMatchObject({
            reason: 'damaged',
          });
          const salvaged = await again.handlers['backups.salvage']({ id: damagedCopy });
          if (salvaged.ok) {
            salvageable++;
            const restored = await again.handlers['backups.restore']({
              id: salvaged.value.backup.id,
            });
            expect(restored.ok, how).toBe(true);
            const back = again.tasks.list('all').map((t) => t.title);
            expect(back.length, how).toBe(salvaged.value.tasks);
            for (const t of back) expect(everything, how).toContain(t);
            if (how === 'bad header') {
              expect(back, how).toEqual(everything);
              headersRepaired++;
            }
          } else {
            expect(salvaged.error.message, how).toMatch(/too damaged/);
          }
        } else {
          harmless++;
          expect(titles, how).toEqual(everything);
        }
      } finally {
        again.cleanup();
      }
    } finally {
      fs.rmSync(path.dirname(profileDir), { recursive: true, force: true });
    }
  }
  record('damaged databases seeded', SEEDS);
  record('corruptions recovered from backup', recovered);
  record('damage that SQLite never reads (opened intact)', harmless);
  record('damaged copies with rows recovered by "Try to recover"', salvageable);
  record('broken headers repaired with every task back', headersRepaired);
  expect(headersRepaired).toBeGreaterThan(0);
  expect(recovered).toBeGreaterThan(SEEDS / 2);
}, 300_000);

it('with no backup at all, a damaged database is kept aside and a fresh one starts', () => {
  const first = openTempCore();
  const profileDir = first.dir;
  first.tasks.create({ title: 'Doomed' });
  first.close();
  fs.writeFileSync(first.paths.database, Buffer.from('definitely not sqlite'.repeat(500)));
  const again = openTempCore({ profileDir });
  try {
    expect(again.recovery).toMatchObject({ restoredBackupFrom: null });
    expect(fs.readFileSync(again.recovery!.damagedCopy, 'utf8')).toContain('definitely not sqlite');
    expect(again.tasks.list('all')).toEqual([]);
  } finally {
    again.cleanup();
  }
});
