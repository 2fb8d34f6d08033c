import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../helpers/temp-profile.ts';

// Electron's binary isn't available to tests here, so safeStorage is stood in for by a reversible
// fake; what is tested is our policy around it (refuse plain text, never write the key in clear).
const backend = { available: true, name: 'gnome_libsecret' };
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => backend.available,
    getSelectedStorageBackend: () => backend.name,
    encryptString: (s: string) => Buffer.from(`enc:${[...s].reverse().join('')}`),
    decryptString: (b: Buffer) => [...b.toString().slice(4)].reverse().join(''),
  },
}));

const { safeStorageSecrets } = await import('../../electron/main/safe-storage-secrets.ts');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  backend.available = true;
  backend.name = 'gnome_libsecret';
});

describe('API keys in the desktop app', () => {
  it('are stored encrypted in a private file and read back', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const secrets = safeStorageSecrets(dir, {});
    secrets.set('openai-api-key', 'sk-secret-123');
    const file = path.join(dir, 'secrets.json');
    expect(fs.readFileSync(file, 'utf8')).not.toContain('sk-secret-123');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(secrets.get('openai-api-key')).toBe('sk-secret-123');
    secrets.set('openai-api-key', undefined);
    expect(secrets.get('openai-api-key')).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')(
    'are refused where only plain-text storage exists, and say so',
    () => {
      const dir = makeTempDir();
      dirs.push(dir);
      backend.name = 'basic_text';
      const secrets = safeStorageSecrets(dir, {});
      expect(secrets.canStore()).toEqual({
        ok: false,
        reason: expect.stringMatching(/plain-text/),
      });
      expect(() => secrets.set('openai-api-key', 'sk-x')).toThrow(/plain-text/);
      expect(fs.existsSync(path.join(dir, 'secrets.json'))).toBe(false);
    },
  );

  it('fall back to OPENAI_API_KEY when nothing is stored', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    expect(safeStorageSecrets(dir, { OPENAI_API_KEY: 'sk-env' }).get('openai-api-key')).toBe(
      'sk-env',
    );
  });
});
