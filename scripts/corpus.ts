// `node scripts/corpus.ts FILE.jsonl [--verbose]`: scores the built-in assistant on a case file,
// in-process (fast). The shared runner (../shared/corpus/run-corpus.mjs) does the same via the CLI.
import { readCases, runCase } from './lib/corpus.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/corpus.ts CASES.jsonl [--verbose]');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
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
