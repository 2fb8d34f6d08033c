// A process that writes tasks and chat messages as fast as it can, printing an acknowledgement
// after each write returns (as the UI would be told "saved"). The crash test kills it at random.
import { openCrashCore } from './crash-core.ts';

const profileDir = process.argv[2]!;
const core = openCrashCore(profileDir);
const conversationId = core.chat.create('crash test').id;
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const task = core.tasks.create({ title: `write ${n}` });
  process.stdout.write(`T ${task.id}\n`);
  if (n % 2 === 0) {
    await core.chat.say(`note ${n}`, { conversationId });
    const count = core.chat.messages(conversationId, { limit: 1 }).items.at(-1)!.id;
    process.stdout.write(`M ${conversationId} ${count}\n`);
  }
}
