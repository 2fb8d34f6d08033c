// API keys live outside the database. Electron main stores them with safeStorage (the system
// keychain); the browser host and the CLI read OPENAI_API_KEY and cannot store one.
export interface SecretStore {
  get(name: string): string | undefined;
  /** Stores (or with undefined, forgets) a secret; throws AppError when this host can't keep it safely. */
  set(name: string, value: string | undefined): void;
  /** Whether set() can work here, and if not, why (shown to the person). */
  canStore(): { ok: true } | { ok: false; reason: string };
}

export const OPENAI_KEY = 'openai-api-key';

export function environmentSecrets(env: NodeJS.ProcessEnv = process.env): SecretStore {
  return {
    get: (name) => (name === OPENAI_KEY ? env.OPENAI_API_KEY || undefined : undefined),
    set: () => {
      throw new Error('environment secrets are read-only');
    },
    canStore: () => ({
      ok: false,
      reason:
        'Here the API key comes from the OPENAI_API_KEY environment variable; set it before starting the app.',
    }),
  };
}
