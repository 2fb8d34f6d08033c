// A model running inside the app drives the same tools as every other engine. Its output is held
// by a grammar to one step at a time — a reply, or one tool call whose arguments follow the
// tool's schema — and each call goes through the runtime (validation, confirmation, step cap,
// undo) like a call from any model.
import { TOOL_NAMES } from '../../../../shared/chat.ts';
import { confirmationPrompt } from '../../confirmation-prompt.ts';
import { type Engine, MAX_TOOL_STEPS, type TurnContext } from '../../engine.ts';
import { TOOL_DESCRIPTIONS } from '../../task-tools.ts';
import { toolResultContent } from '../model-engine.ts';
import { systemPrompt } from '../system-prompt.ts';
import type { LocalModel } from './local-model.ts';
import type { ChatItem } from './protocol.ts';
import { partialReply, readStep, turnSchema } from './turn-schema.ts';

/** Earlier messages the model is shown: enough for follow-ups, small enough for a small context. */
const HISTORY_MESSAGES = 12;
/** Tokens one step may take: a reply at its longest limit, even spelled byte by byte, fits. */
const STEP_TOKENS = 4096;

const FORMAT = [
  'Answer with exactly one JSON object and nothing else:',
  '{"reply": "…"} to say something to the user, or',
  '{"tool": "<name>", "arguments": {…}} to use one tool; its result comes back to you, then answer or use another tool.',
  'Tools:',
  ...TOOL_NAMES.map((name) => `- ${name}: ${TOOL_DESCRIPTIONS[name]}`),
].join('\n');

export interface EmbeddedEngineOptions {
  now?: () => Date;
  /**
   * Sampling for each step, for tests and the bench; the app always picks the likeliest token
   * (the same question gets the same answer).
   */
  sampling?: () => { temperature: number; seed: number };
}

export class EmbeddedEngine implements Engine {
  readonly #model: LocalModel;
  readonly #o: EmbeddedEngineOptions;
  readonly #schema = turnSchema();

  constructor(model: LocalModel, options: EmbeddedEngineOptions = {}) {
    this.#model = model;
    this.#o = options;
  }

  async respond(turn: TurnContext): Promise<string> {
    const now = (this.#o.now ?? (() => new Date()))();
    const history: ChatItem[] = [
      { role: 'system', text: `${systemPrompt(turn.tasks('all'), now)}\n\n${FORMAT}` },
      ...turn
        .history()
        .filter((m) => m.role !== 'tool')
        .slice(-HISTORY_MESSAGES)
        .map((m): ChatItem => ({ role: m.role === 'user' ? 'user' : 'model', text: m.content })),
      { role: 'user', text: turn.text },
    ];
    for (let step = 0; step < MAX_TOOL_STEPS; step++) {
      const generation = await this.#model.generate(
        {
          history,
          schema: this.#schema,
          maxTokens: STEP_TOKENS,
          ...this.#o.sampling?.(),
        },
        {
          signal: turn.signal,
          onText: (soFar) => {
            const words = partialReply(soFar);
            if (words !== undefined) turn.stream(words);
          },
        },
      );
      // Stopped: what was shown stays, as the reply so far.
      if (generation.stopped) return (partialReply(generation.text) ?? '').trim();
      const next = readStep(generation.text);
      if (!next) throw this.#model.problem('failed', 'the output was not one whole step');
      if (next.kind === 'reply') return next.text.trim() || 'Done.';

      history.push({ role: 'model', text: generation.text });
      const plans = [{ tool: next.tool, args: next.args }];
      const outcome = await turn.execute(plans, confirmationPrompt(plans, turn.tasks('all')));
      if (outcome.kind === 'pending') return (turn.state.pending?.prompt ?? '').trim();
      if (outcome.kind === 'limit')
        return "That's more than I can do in one go. Could you split it up?";
      const result = toolResultContent(outcome.receipts[0]!);
      history.push({ role: 'user', text: `Result of ${next.tool}: ${result}` });
    }
    return "I've reached the limit of steps for one request.";
  }
}
