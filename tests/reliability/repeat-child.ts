// A process that completes one repeating task as fast as it can, printing an acknowledgement after
// each completion returns. The repeat crash test kills it at random.
import { openCrashCore } from './crash-core.ts';

const profileDir = process.argv[2]!;
const core = openCrashCore(profileDir);
process.stdout.write('ready\n');
for (;;) {
  const task = core.tasks.setCompleted(1, true);
  process.stdout.write(`C ${task.dueDate}\n`);
}
