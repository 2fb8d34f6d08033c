// A process that imports one large file into a profile through the handler table, saying where it
// is as it goes (stdout is a pipe: each line is written before the next step starts):
//   loaded              its code is in; it waits for "go" on stdin before touching the profile
//   ready               the profile is open
//   importing           the import call starts (reading and checking the file first)
//   writing             the file is read; the one transaction starts
//   inserted            every row is written; the commit comes next
//   imported N P W      the call returned: N tasks added, P ms reading, W ms writing
// Then it waits to be killed. The import crash test kills it at random.
import fs from 'node:fs';
import module from 'node:module';
import { openCrashCore } from './crash-core.ts';

const [profileDir, file, format] = process.argv.slice(2) as [string, string, string];
const say = (line: string) => process.stdout.write(`${line}\n`);

// (a killed process never writes its compile cache at exit: the next child starts faster if it
// is written now)
module.flushCompileCache();
say('loaded');
await new Promise((resolve) => process.stdin.once('data', resolve));
const core = openCrashCore(profileDir);
const text = fs.readFileSync(file, 'utf8');
// (the exchange service calls this same TaskService: wrapped, it tells when the writing starts)
const importRows = core.tasks.importRows.bind(core.tasks);
let writingAt = 0;
core.tasks.importRows = (insert) =>
  importRows(() => {
    writingAt = performance.now();
    say('writing');
    const done = insert();
    say('inserted');
    return done;
  });
say('ready');
const started = performance.now();
say('importing');
const result = await core.handlers['exchange.import']({ text, format });
if (!result.ok) {
  process.stderr.write(`refused: ${result.error.message}\n`);
  process.exit(1);
}
say(
  `imported ${result.value.added} ${Math.round(writingAt - started)} ${Math.round(performance.now() - writingAt)}`,
);
setInterval(() => {}, 60_000);
