// Run with a TZ (tests/integration/tasks-in-time.test.ts): completes repeating tasks on a real
// profile across DST changes and month ends, and prints the due dates they moved to.
import { openTempCore } from '../../scripts/lib/temp-profile.ts';

let now = new Date(2026, 2, 7, 12, 0);
const core = openTempCore({ clock: () => now });
const at = (y: number, m: number, d: number) => (now = new Date(y, m - 1, d, 12, 0));
try {
  const daily: string[] = [];
  const done = (id: number) => core.tasks.setCompleted(id, true).dueDate!;
  const rep = core.tasks.create({
    title: 'Daily',
    dueDate: '2026-03-07',
    dueTime: '09:00',
    repeat: 'FREQ=DAILY',
  });
  daily.push(done(rep.id));
  at(2026, 3, 8);
  daily.push(done(rep.id));
  at(2026, 3, 28);
  core.tasks.update({ id: rep.id, dueDate: '2026-03-28' });
  daily.push(done(rep.id));
  at(2026, 3, 29);
  daily.push(done(rep.id));
  at(2026, 4, 4);
  daily.push(done(rep.id));

  at(2026, 1, 31);
  const monthly: string[] = [];
  const m = core.tasks.create({ title: 'Rent', dueDate: '2026-01-31', repeat: 'FREQ=MONTHLY' });
  monthly.push(done(m.id));
  at(2026, 2, 28);
  monthly.push(done(m.id));
  console.log(JSON.stringify({ daily, monthly }));
} finally {
  core.cleanup();
}
