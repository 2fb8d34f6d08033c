// Electron main process: window, security settings and wiring the core's handler table to IPC.
// Everything else lives in electron/core, which also runs without Electron.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { type Core, openCore } from '../core/app-core.ts';
import { claimProfileDir } from '../core/profile/profile-paths.ts';
import { AppError } from '../shared/errors.ts';
import { channelNames, eventNames } from '../shared/ipc/contract.ts';
import { APP_NAME } from '../shared/limits.ts';
import { safeStorageSecrets } from './safe-storage-secrets.ts';
import { utilityModelProcess } from './model-process.ts';
import { showReminders } from './notifications.ts';
import { hardenSessions } from './window-security.ts';
import { APP_ORIGIN, registerAppScheme, serveApp } from './app-protocol.ts';
import { isTrustedSender } from './trusted-sender.ts';
import { mainWindowOptions } from './window-options.ts';
import { contentSecurityPolicy } from '../shared/content-security-policy.ts';

declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

const devServerUrl =
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
const rendererDir = path.join(
  __dirname,
  '..',
  'renderer',
  typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window',
);

function isAppUrl(url: string): boolean {
  try {
    const origin = new URL(url).origin;
    return devServerUrl ? origin === new URL(devServerUrl).origin : origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

registerAppScheme();

// `--profile=DIR` opens another profile (tests, several profiles side by side).
// The folder is checked before Electron writes its own files into it: only an empty folder or an
// existing profile is taken (claimProfileDir); after that it is the app's folder like userData.
const profileSwitch = app.commandLine.hasSwitch('profile')
  ? app.commandLine.getSwitchValue('profile')
  : undefined;
let profileRefusal: AppError | null = null;
if (profileSwitch !== undefined) {
  try {
    claimProfileDir(profileSwitch);
    app.setPath('userData', path.resolve(profileSwitch));
  } catch (err) {
    profileRefusal = err instanceof AppError ? err : new AppError('UNAVAILABLE', String(err));
  }
}

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

/** Only our own window's top frame, showing our own page, may call the API. */
const trustedSender = (event: IpcMainInvokeEvent) => isTrustedSender(event, mainWindow, isAppUrl);

function wireIpc(opened: Core): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!trustedSender(event)) {
        return {
          ok: false,
          error: { code: 'UNAVAILABLE', message: 'Not allowed from this page.' },
        };
      }
      return opened.handlers[channel](input);
    });
  }
  for (const name of eventNames) {
    opened.events.on(name, (payload) => mainWindow?.webContents.send(name, payload));
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    hardenSessions(isAppUrl);
    try {
      if (profileRefusal) throw profileRefusal;
      core = openCore({
        profileDir: app.getPath('userData'),
        appFolder: true,
        migrationsDir: app.isPackaged
          ? path.join(process.resourcesPath, 'migrations')
          : path.join(app.getAppPath(), 'migrations'),
        appVersion: app.getVersion(),
        watchExternalChanges: true,
        askApprovals: true,
        backupEveryMs: 6 * 60 * 60 * 1000,
        idleCheckpointMs: 1000,
        secrets: safeStorageSecrets(app.getPath('userData')),
        spawnModel: utilityModelProcess(__dirname),
        reminders: {
          deliver: (due) =>
            showReminders(due, (taskId) => {
              if (mainWindow?.isMinimized()) mainWindow.restore();
              mainWindow?.focus();
              mainWindow?.webContents.send('tasks.reveal', { id: taskId });
            }),
        },
      });
    } catch (err) {
      const message =
        err instanceof AppError ? err.message : `${APP_NAME} could not open your tasks.`;
      dialog.showErrorBox(APP_NAME, message);
      app.exit(1);
      return;
    }
    const opened = core;
    // Exports go where the person says, through the system's save dialog, streamed to the file.
    opened.exchange.deliverWith(async (request) => {
      const options = {
        defaultPath: path.join(app.getPath('documents'), opened.exchange.fileName(request)),
      };
      const choice = await (mainWindow
        ? dialog.showSaveDialog(mainWindow, options)
        : dialog.showSaveDialog(options));
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
      const file = await fs.promises.open(choice.filePath, 'w');
      try {
        const { bytes } = await opened.exchange.write(request, (chunk) =>
          file.write(chunk).then(() => undefined),
        );
        await file.sync();
        return { kind: 'saved', fileName: path.basename(choice.filePath), bytes };
      } finally {
        await file.close();
      }
    });
    serveApp(rendererDir, () =>
      contentSecurityPolicy({ chatkit: opened.settings.get().chatView === 'chatkit' }),
    );
    wireIpc(core);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
