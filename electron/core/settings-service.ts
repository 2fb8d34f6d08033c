// Preferences stored in the profile's own database, so every host sees the same ones.
import type Database from 'better-sqlite3';
import { metaValue } from './db/statements.ts';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../shared/settings.ts';

export class SettingsService {
  readonly #stored: ReturnType<typeof metaValue>;

  constructor(db: Database.Database) {
    this.#stored = metaValue(db, 'settings');
  }

  /** Read on every chat turn (another process may have changed them): parsed once per value. */
  #last: { raw: string; settings: Settings } | undefined;

  get(): Settings {
    const raw = this.#stored.read();
    if (!raw) return { ...DEFAULT_SETTINGS };
    if (this.#last?.raw !== raw) this.#last = { raw, settings: parseSettings(raw) };
    return { ...this.#last.settings };
  }

  update(patch: Partial<Settings>): Settings {
    // A key present but undefined ({ provider: undefined }) means "leave it", not "erase it".
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = settingsSchema.parse({ ...this.get(), ...defined });
    // Only what was ever set is stored: a default left as it came stays "not chosen".
    const kept = this.#storedKeys();
    this.#stored.write(
      JSON.stringify(
        Object.fromEntries(Object.entries(next).filter(([k]) => kept.has(k) || k in defined)),
      ),
    );
    return next;
  }

  /** Whether the person set this preference (in Settings), not just left its default. */
  chosen(key: keyof Settings): boolean {
    return this.#storedKeys().has(key);
  }

  #storedKeys(): Set<string> {
    const raw = this.#stored.read();
    if (!raw) return new Set();
    try {
      const stored: unknown = JSON.parse(raw);
      return new Set(stored && typeof stored === 'object' ? Object.keys(stored) : []);
    } catch {
      return new Set();
    }
  }
}

function parseSettings(raw: string): Settings {
  try {
    // Unknown or damaged values fall back to defaults field by field.
    const stored = JSON.parse(raw) as Partial<Settings>;
    const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
    return merged.success ? merged.data : { ...DEFAULT_SETTINGS };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}
