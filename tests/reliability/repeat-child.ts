// A process that completes one repeating task as fast as it can, printing an acknowledgement after
// each completion returns. The repeat crash test kills it at random.
import { openCore } from '../../electron/core/app-core.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';

const profileDir = process.argv[2]!;
const core = openCore({
  profileDir,
  migrationsDir,
  appVersion: 'crash-test',
  logger: silentLogger,
});
process.stdout.write('ready\n');
for (;;) {
  const task = core.tasks.setCompleted(1, true);
  process.stdout.write(`C ${task.dueDate}\n`);
}
