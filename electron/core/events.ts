import { EventEmitter } from 'node:events';
import type { EventName, EventPayload } from '../shared/ipc/contract.ts';

/** Core-side events; every host forwards them to its windows. */
export class CoreEvents {
  readonly #emitter = new EventEmitter();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.#emitter.emit(event, payload);
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    this.#emitter.on(event, listener);
    return () => this.#emitter.off(event, listener);
  }
}
