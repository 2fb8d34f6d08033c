// Invariant: a question never changes anything. Questions about tasks, in many shapes and with
// titles that are themselves verbs ("Call mom", "Finish the report"), asked of a real profile.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempCoresPerTest } from '../helpers/temp-profile.ts';

const open = tempCoresPerTest();

const TITLES = [
  'Call mom',
  'Finish the report',
  'Delete old photos',
  'Buy groceries',
  'Pay the electricity bill',
  'Mark the calendar',
  'Read chapter 3',
  'Clear the gutters',
];

const QUESTIONS: ((title: string, n: number) => string)[] = [
  (t) => `did I finish ${t.toLowerCase()}?`,
  (t) => `did I ${t.toLowerCase()}?`,
  (t) => `have I ${t.toLowerCase().replace(/^(\w+)/, '$1ed')} already?`,
  (t) => `is ${t.toLowerCase()} done?`,
  (t) => `is the ${t.split(' ').at(-1)!.toLowerCase()} task done yet?`,
  (t) => `do I still need to ${t.toLowerCase()}?`,
  (_, n) => `is task ${n} done?`,
  (_, n) => `is task ${n} still open?`,
  (_, n) => `what's task ${n}?`,
  (t) => `anything about ${t.split(' ').at(-1)!.toLowerCase()} on my list?`,
  (t) => `did I already ${t.toLowerCase()} or not yet?`,
  (t) => `${t.toLowerCase()} done yet?`,
  () => 'how many tasks are left?',
  () => "what's pending?",
  () => 'what have I completed?',
  () => "what's due today?",
  () => 'anything urgent in there?',
  (t) => `how often does ${t.toLowerCase()} repeat?`,
  (t) => `what labels are on ${t.toLowerCase()}?`,
  (t) => `what's the priority on ${t.toLowerCase()}?`,
  (t) => `when is ${t.toLowerCase()} due?`,
];

describe('a question never changes anything', () => {
  it('asked about any task, in any shape, done or not', async () => {
    const core = open();
    TITLES.forEach((title, i) => {
      const task = core.tasks.create({ title });
      if (i % 2 === 0) core.tasks.setCompleted(task.id, true);
    });
    const snapshot = () => JSON.stringify(core.tasks.list('all'));
    const before = snapshot();
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: QUESTIONS.length - 1 }),
        fc.integer({ min: 0, max: TITLES.length - 1 }),
        fc.boolean(),
        async (q, t, newThread) => {
          const text = QUESTIONS[q]!(TITLES[t]!, t + 1);
          await core.chat.say(text, newThread ? { newConversation: true } : {});
          asked++;
          expect(snapshot(), text).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
    expect(asked).toBe(300);
  }, 120_000);
});
