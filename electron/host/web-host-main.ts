// The browser host (see web-host.ts, its entry): the built renderer and the handler table over loopback.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/app-core.ts';
import { defaultProfileDir } from '../core/profile/profile-paths.ts';
import { AppError } from '../shared/errors.ts';
import { appVersion, migrationsDir, rendererDist } from './host-paths.ts';
import { createWebServer, newToken } from './web-server.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    profile: { type: 'string' },
    port: { type: 'string', default: '0' },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Not a port number: ${values.port}`);
if (!fs.existsSync(path.join(rendererDist, 'index.html'))) {
  fail('The app is not built yet. Run `npm run build:renderer` (or `npm start`) first.');
}

let core;
try {
  core = openCore({
    profileDir: values.profile ?? defaultProfileDir(),
    appFolder: values.profile === undefined,
    migrationsDir,
    appVersion,
    watchExternalChanges: true,
    backupEveryMs: 6 * 60 * 60 * 1000,
    idleCheckpointMs: 1000,
  });
} catch (err) {
  // The profile may be the thing that can't hold a log, so this never points to one.
  fail(err instanceof AppError ? err.message : 'Could not open your tasks.');
}

const token = newToken();
const server = createWebServer({
  handlers: core.handlers,
  events: core.events,
  staticDir: rendererDist,
  token,
});

server.on('error', (err: NodeJS.ErrnoException) => {
  core.close();
  fail(
    err.code === 'EADDRINUSE' ? `Port ${port} is already in use.` : `Server error: ${err.message}`,
  );
});

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address() as { port: number };
  console.log(`Tasks are stored in ${core.paths.dir}`);
  console.log(`Open http://127.0.0.1:${actual}/?token=${token}`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    core.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
