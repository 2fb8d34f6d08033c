import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../helpers/temp-profile.ts';

// The Electron binary can't run here, so `electron` is replaced by a recorder: these tests check
// the settings and handlers our main process gives Electron, one hardening rule at a time.
const recorded = vi.hoisted(() => ({
  appHandlers: new Map<string, (...args: unknown[]) => void>(),
  permissionRequest: undefined as
    undefined | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
  permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
  openExternal: [] as string[],
  schemes: [] as unknown[],
}));

vi.mock('electron', () => ({
  app: {
    on: (name: string, fn: (...args: unknown[]) => void) => recorded.appHandlers.set(name, fn),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: typeof recorded.permissionRequest) =>
        (recorded.permissionRequest = fn),
      setPermissionCheckHandler: (fn: typeof recorded.permissionCheck) =>
        (recorded.permissionCheck = fn),
    },
  },
  shell: { openExternal: async (url: string) => void recorded.openExternal.push(url) },
  protocol: {
    registerSchemesAsPrivileged: (s: unknown[]) => recorded.schemes.push(...s),
    handle: () => {},
  },
}));

const { mainWindowOptions } = await import('../../electron/main/window-options.ts');
const { hardenSessions } = await import('../../electron/main/window-security.ts');
const { isTrustedSender } = await import('../../electron/main/trusted-sender.ts');
const { appResponse, APP_ORIGIN, registerAppScheme } =
  await import('../../electron/main/app-protocol.ts');
const { contentSecurityPolicy } = await import('../../electron/shared/content-security-policy.ts');

const isAppUrl = (url: string) => url.startsWith(`${APP_ORIGIN}/`);

describe('the main window', () => {
  const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
  it('isolates the page: context isolation, sandbox, no Node anywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });
});

describe('every web contents', () => {
  const events = new Map<string, (...args: unknown[]) => void>();
  let openHandler: (details: { url: string }) => { action: string };
  beforeAll(() => {
    hardenSessions(isAppUrl);
    const contents = {
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
      on: (name: string, fn: (...args: unknown[]) => void) => events.set(name, fn),
    };
    recorded.appHandlers.get('web-contents-created')!({}, contents);
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      recorded.permissionRequest!({}, p, (ok) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(recorded.permissionCheck!()).toBe(false);
  });

  it('opens no windows; http(s) links go to the system browser, nothing else does', () => {
    for (const url of [
      'https://example.com/a',
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://bundle/x',
      'smb://host/share',
    ]) {
      expect(openHandler({ url })).toEqual({ action: 'deny' });
    }
    expect(recorded.openExternal).toEqual(['https://example.com/a', 'http://example.com']);
  });

  it('blocks navigation away from the app and any <webview>', () => {
    const prevented: string[] = [];
    for (const url of ['https://evil.example', 'file:///etc/passwd', `${APP_ORIGIN}/index.html`]) {
      events.get('will-navigate')!({ preventDefault: () => prevented.push(url) }, url);
    }
    expect(prevented).toEqual(['https://evil.example', 'file:///etc/passwd']);
    let webviewBlocked = false;
    events.get('will-attach-webview')!({ preventDefault: () => (webviewBlocked = true) });
    expect(webviewBlocked).toBe(true);
  });
});

describe('IPC senders', () => {
  const mainFrame = { url: `${APP_ORIGIN}/index.html` };
  const webContents = { mainFrame };
  const window = { webContents };
  it('only our window’s top frame showing our page may call', () => {
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame }, window, isAppUrl)).toBe(
      true,
    );
    const other = { mainFrame: { url: mainFrame.url } };
    expect(isTrustedSender({ sender: other, senderFrame: other.mainFrame }, window, isAppUrl)).toBe(
      false,
    );
    expect(
      isTrustedSender(
        { sender: webContents, senderFrame: { url: mainFrame.url } },
        window,
        isAppUrl,
      ),
    ).toBe(false);
    const hijacked = { url: 'https://evil.example' };
    expect(
      isTrustedSender(
        { sender: { mainFrame: hijacked }, senderFrame: hijacked },
        { webContents: { mainFrame: hijacked } },
        isAppUrl,
      ),
    ).toBe(false);
    expect(isTrustedSender({ sender: webContents, senderFrame: null }, window, isAppUrl)).toBe(
      false,
    );
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame }, null, isAppUrl)).toBe(
      false,
    );
  });
});

describe('the app:// protocol', () => {
  it('is registered as a secure standard scheme', () => {
    registerAppScheme();
    expect(recorded.schemes).toContainEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('serves the renderer build with a strict policy, and nothing outside it', async () => {
    const root = makeTempDir('bundle-');
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');
    const csp = contentSecurityPolicy({ chatkit: false });
    const ok = appResponse(root, `${APP_ORIGIN}/index.html`, csp);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(csp);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/unsafe-eval|https:\/\/cdn/);
    for (const url of [
      `${APP_ORIGIN}/../secret.txt`,
      `${APP_ORIGIN}/%2e%2e/secret.txt`,
      'app://elsewhere/index.html',
    ]) {
      const res = appResponse(root, url, csp);
      expect(await res.text(), url).not.toContain('secret');
    }
  });
});

describe('Electron fuses in forge.config.ts', () => {
  it('turn off RunAsNode, NODE_OPTIONS and --inspect, and turn on cookie encryption and asar checks', async () => {
    const { default: config } = await import('../../forge.config.ts');
    const { FuseV1Options } = await import('@electron/fuses');
    const fuses = (config.plugins ?? [])
      .map((p) => (p as { fusesConfig?: Record<number, boolean> }).fusesConfig)
      .find(Boolean)!;
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });
});

describe('packaging in forge.config.ts', () => {
  it('ships the native packages and what they need, unpacked from the asar, and nothing else', async () => {
    const { default: config } = await import('../../forge.config.ts');
    const packager = config.packagerConfig as {
      ignore: (file: string) => boolean;
      asar: { unpack: string };
    };
    const kept = (file: string) => !packager.ignore(file);
    expect(kept('/.vite/build/llama-worker.js')).toBe(true);
    expect(kept('/node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(kept('/node_modules/node-llama-cpp/dist/index.js')).toBe(true);
    expect(kept(`/node_modules/@node-llama-cpp/${process.platform}-x64/package.json`)).toBe(
      process.arch === 'x64' && process.platform === 'linux',
    );
    // A dependency of node-llama-cpp's, found by walking its package.json.
    expect(kept('/node_modules/lifecycle-utils/package.json')).toBe(true);
    expect(kept('/node_modules/react/index.js')).toBe(false);
    expect(kept('/electron/core/app-core.ts')).toBe(false);
    expect(packager.asar.unpack).toContain('node-llama-cpp');
  });
});
