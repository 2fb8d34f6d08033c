import { afterEach, expect, it } from 'vitest';
import { openTempCore, type TempCore } from '../helpers/temp-profile.ts';

const opened: TempCore[] = [];
afterEach(() => {
  for (const c of opened.splice(0).reverse()) c.close();
  opened.length = 0;
});

it('a window learns about changes another process made to the same profile', async () => {
  const shown = openTempCore({ watchExternalChanges: true });
  const other = openTempCore({ profileDir: shown.dir });
  opened.push(shown, other);
  const seen: unknown[] = [];
  shown.events.on('tasks.changed', (e) => seen.push(e));

  await other.handlers['tasks.create']({ title: 'Added from the CLI' });
  await expect.poll(() => seen.length, { timeout: 5000 }).toBeGreaterThan(0);
  expect(seen[0]).toEqual({ reason: 'updated', ids: [] });

  // Its own writes are announced once, by the service, not again by the watcher.
  seen.length = 0;
  await shown.handlers['tasks.create']({ title: 'Added here' });
  await new Promise((r) => setTimeout(r, 600));
  expect(seen).toMatchObject([{ reason: 'created', ids: [2] }]);
  expect(seen).toHaveLength(1);
  shown.cleanup();
});

it('an open thread and the conversation list hear of a reply another process wrote', async () => {
  const shown = openTempCore({ watchExternalChanges: true });
  const cli = openTempCore({ profileDir: shown.dir });
  opened.push(shown, cli);
  const first = await cli.chat.say('hello', { newConversation: true });
  const second = await cli.chat.say('add buy stamps', { newConversation: true });
  const seen: number[] = [];
  shown.events.on('chat.changed', (e) => seen.push(e.conversationId));
  await new Promise((r) => setTimeout(r, 600)); // what happened before is not news
  seen.length = 0;

  await cli.chat.say('what is on my list?', { conversationId: first.conversationId });
  await expect.poll(() => seen, { timeout: 5000 }).toContain(first.conversationId);
  expect(seen).not.toContain(second.conversationId);

  // A conversation deleted elsewhere still tells the lists to look again.
  seen.length = 0;
  cli.chat.delete(second.conversationId);
  await expect.poll(() => seen.length, { timeout: 5000 }).toBeGreaterThan(0);
  shown.cleanup();
});
