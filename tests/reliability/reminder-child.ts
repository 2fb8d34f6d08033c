// A host that announces reminders, on a clock that runs a minute per real millisecond from the
// start of the test: it prints "R taskId occurrence" for each reminder it shows and, once the
// check that showed them has returned (and so recorded them), "M" for the batch. The restart test
// ends it with SIGTERM (a clean quit) or SIGKILL at random moments.
import { openCrashCore } from './crash-core.ts';

const [profileDir, start, realStart] = process.argv.slice(2) as [string, string, string];
const clock = () => new Date(Number(start) + (Date.now() - Number(realStart)) * 60_000);
const core = openCrashCore(profileDir, {
  clock,
  reminders: {
    everyMs: 5,
    deliver: (due) => {
      for (const r of due) process.stdout.write(`R ${r.taskId} ${r.dueDate}T${r.dueTime ?? ''}\n`);
      setImmediate(() => process.stdout.write('M\n'));
      return true;
    },
  },
});
process.on('SIGTERM', () => {
  core.close();
  process.exit(0);
});
// The scheduler's timers don't hold a process open; a host's window or server does.
setInterval(() => {}, 60_000);
process.stdout.write('ready\n');
