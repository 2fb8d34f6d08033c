// `npm start`: the desktop app through Electron Forge; where the Electron binary can't be had
// (no download allowed), say so in one line and run the same app in the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { electronBinary, electronInstallScript } from './electron-binary.ts';
import { browserHostEntry, buildBrowserHost } from './lib/build-browser-host.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(command: string, commandArgs: string[]): void {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

let binary = electronBinary();
if (!binary && fs.existsSync(electronInstallScript)) {
  // npm installs here skip Electron's postinstall download; try it once, quietly.
  spawnSync(process.execPath, [electronInstallScript], { stdio: 'ignore', timeout: 60_000 });
  binary = electronBinary();
}

if (binary) {
  run(bin('electron-forge'), ['start', ...(args.length ? ['--', ...args] : [])]);
} else {
  console.log(
    "Electron's binary can't be downloaded on this machine, so Task Assistant is starting in your browser instead.",
  );
  // The renderer, and the host as one bundle (it starts in about half the time of its sources).
  if (!buildBrowserHost()) process.exit(1);
  run(process.execPath, [browserHostEntry, ...args]);
}
