// Offline first: when the model can't be reached or fails mid-turn, the built-in assistant
// finishes the turn and says so; the next turn tries the model again.
import type { Logger } from '../../log.ts';
import type { Engine, TurnContext } from '../engine.ts';
import { explainModelError } from './model-errors.ts';

export class FallbackEngine implements Engine {
  readonly #model: Engine;
  readonly #offline: Engine;
  readonly #modelName: string;
  readonly #logger: Logger;

  constructor(model: Engine, offline: Engine, modelName: string, logger: Logger) {
    this.#model = model;
    this.#offline = offline;
    this.#modelName = modelName;
    this.#logger = logger;
  }

  async respond(turn: TurnContext): Promise<string> {
    try {
      return await this.#model.respond(turn);
    } catch (err) {
      const problem = explainModelError(err, this.#modelName);
      if (turn.signal.aborted) return 'Stopped before answering.';
      this.#logger.error(`model turn failed: ${problem.notice}`, err);
      if (turn.changesMade() > 0) {
        // Redoing the request offline could repeat what the model already did.
        return `${problem.notice} partway through. The changes above were made; ask again for the rest.`;
      }
      const reply = await this.#offline.respond(turn);
      return `${problem.notice}; answered offline.\n\n${reply}`;
    }
  }
}
