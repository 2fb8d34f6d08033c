// API keys for the desktop app, encrypted with the OS keychain through Electron's safeStorage and
// kept in a private file in the profile. Where only the plain-text backend exists, nothing is
// stored and the person is told why (and that OPENAI_API_KEY still works).
import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { AppError } from '../shared/errors.ts';
import type { SecretStore } from '../core/secrets.ts';

export function safeStorageSecrets(
  profileDir: string,
  env: NodeJS.ProcessEnv = process.env,
): SecretStore {
  const file = path.join(profileDir, 'secrets.json');
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const canStore = (): { ok: true } | { ok: false; reason: string } => {
    if (!safeStorage.isEncryptionAvailable()) {
      return {
        ok: false,
        reason:
          "This system has no keychain the app can use, so the key can't be stored safely. Set OPENAI_API_KEY instead.",
      };
    }
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return {
        ok: false,
        reason:
          'This system only offers plain-text storage for secrets, so the key was not saved. Set OPENAI_API_KEY instead.',
      };
    }
    return { ok: true };
  };
  return {
    canStore,
    get(name) {
      const stored = read()[name];
      if (stored && safeStorage.isEncryptionAvailable()) {
        try {
          return safeStorage.decryptString(Buffer.from(stored, 'base64'));
        } catch {
          // A key encrypted by another OS account or keychain can't be read; fall through.
        }
      }
      return name === 'openai-api-key' ? env.OPENAI_API_KEY || undefined : undefined;
    },
    set(name, value) {
      const can = canStore();
      if (!can.ok) throw new AppError('UNAVAILABLE', can.reason);
      const all = read();
      if (value === undefined) delete all[name];
      else all[name] = safeStorage.encryptString(value).toString('base64');
      fs.writeFileSync(file, JSON.stringify(all), { mode: 0o600 });
    },
  };
}
