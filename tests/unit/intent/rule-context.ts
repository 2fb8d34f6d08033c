// A rule's view of a conversation, for the per-rule tests.
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
