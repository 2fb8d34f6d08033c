// `node scripts/corpus.ts FILE.jsonl [--verbose] [--days-ahead N]`: scores the built-in assistant
// on a case file, in-process (fast). The shared runner (../shared/corpus/run-corpus.mjs) does the
// same via the CLI. `--days-ahead 3.5` runs it as if the clock were three and a half days on: a
// case whose dates are relative must hold on every weekday and at any hour.
import { readCases, runCase } from './lib/corpus.ts';
import { shiftClock } from './lib/shift-clock.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/corpus.ts CASES.jsonl [--verbose] [--days-ahead N]');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const ahead = process.argv.indexOf('--days-ahead');
if (ahead > 0) {
  const days = Number(process.argv[ahead + 1]);
  if (!Number.isFinite(days)) {
    console.error('--days-ahead takes a number of days, like 3 or 2.5');
    process.exit(2);
  }
  shiftClock(days);
}
let passed = 0;
const cases = readCases(file);
for (const c of cases) {
  const r = await runCase(c);
  if (r.ok) passed++;
  if (!r.ok || verbose) {
    console.log(
      `${r.ok ? 'ok  ' : 'FAIL'} ${c.id} ${JSON.stringify(c.say)}${r.ok ? '' : ` -> ${r.why} | reply: ${r.reply.slice(0, 200).replace(/\n/g, ' / ')}`}`,
    );
  }
}
console.log(`accuracy ${((passed / cases.length) * 100).toFixed(1)}% (${passed}/${cases.length})`);
