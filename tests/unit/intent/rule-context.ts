// A rule's view of a conversation, for the per-rule tests.
import { parseMessage } from '../../../electron/core/agent/offline/intent/parse.ts';
import type {
  DialogueView,
  RuleContext,
} from '../../../electron/core/agent/offline/intent/types.ts';

export function context(dialogue: Partial<DialogueView> = {}, sentence = ''): RuleContext {
  return {
    dialogue: {
      awaitingChoice: false,
      lastAction: null,
      lastAsked: null,
      awaitingValue: null,
      ...dialogue,
    },
    question: false,
    sentence,
  };
}

/** A message read whole by the engine, after a conversation like this one. */
export const readMessage = (text: string, dialogue: Record<string, unknown> = {}) =>
  parseMessage(text, context(dialogue as Partial<DialogueView>).dialogue);
