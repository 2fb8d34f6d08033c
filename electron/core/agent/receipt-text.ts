// How the outcome of a tool step reads in chat, whichever engine asked for it.
import type { Receipt } from '../../shared/chat.ts';
import type { ConversationState } from './conversation-state.ts';
import type { ExecuteOutcome } from './engine.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The tasks a step changed become what "it" refers to next. */
export function focusOn(receipts: Receipt[], state: ConversationState): void {
  // (an undo names the tasks it put back in `ids`)
  const ids = receipts
    .filter((r) => r.ok && r.tool !== 'list_tasks')
    .flatMap((r) => {
      const result = r.result as { id?: unknown; ids?: unknown } | undefined;
      return Array.isArray(result?.ids) ? result.ids : [result?.id];
    })
    .filter((id): id is number => typeof id === 'number');
  if (ids.length > 0) state.focus = ids;
}

export function describeOutcome(outcome: ExecuteOutcome, state: ConversationState): string {
  if (outcome.kind === 'pending') return state.pending?.prompt ?? 'Shall I go ahead?';
  if (outcome.kind === 'limit')
    return "That's more than I can do in one go. Could you split it up?";
  const receipts = outcome.receipts;
  focusOn(receipts, state);
  const changed = receipts.filter((r) => r.ok && r.tool !== 'list_tasks');
  const failed = receipts.filter((r) => !r.ok);
  const undoHint = changed.some((r) => r.tool === 'delete_task')
    ? ' Say “undo” to bring it back.'
    : '';
  if (receipts.length === 1) {
    const r = receipts[0]!;
    return r.ok ? `${r.summary}.${undoHint}` : `Sorry, I couldn't do that: ${r.summary}`;
  }
  const head = failed.length
    ? `Done ${changed.length} of ${receipts.length}; some didn't work:`
    : `Done — ${plural(changed.length, 'change')}:`;
  return `${head}\n${receipts.map((r) => `- ${r.summary}`).join('\n')}${undoHint}`;
}
