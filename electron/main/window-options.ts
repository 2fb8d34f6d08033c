import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from '../shared/limits.ts';

/** The main window: the renderer gets no Node, runs sandboxed, and sees only the preload's API. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    title: APP_NAME,
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}
