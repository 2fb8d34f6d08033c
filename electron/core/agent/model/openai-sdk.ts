// The OpenAI SDK takes longer to load than the rest of the app together, so it is loaded when a
// model is first used, not when the app starts (which most sessions do without a model).
import type * as OpenAISdk from 'openai';

let loading: Promise<typeof OpenAISdk> | null = null;
let loaded: typeof OpenAISdk | null = null;

export function loadOpenAI(): Promise<typeof OpenAISdk> {
  loading ??= import('openai').then((sdk) => (loaded = sdk));
  return loading;
}

/** The SDK if it has been loaded (an error can only have come from it if it has). */
export const loadedOpenAI = (): typeof OpenAISdk | null => loaded;
