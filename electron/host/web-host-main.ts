// The browser host (see web-host.ts, its entry): the built renderer and the handler table over loopback.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/app-core.ts';
import { defaultProfileDir } from '../core/profile/profile-paths.ts';
import { AppError } from '../shared/errors.ts';
import { appVersion, migrationsDir, rendererDist } from './host-paths.ts';
import { createWebServer, newToken } from './web-server.ts';

/** How many pages listen for events (none until the server exists). */
let openPages = () => 0;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    profile: { type: 'string' },
    port: { type: 'string' },
  },
  strict: true,
});

const port = values.port === undefined ? null : Number(values.port);
if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535)) {
  fail(`Not a port number: ${values.port}`);
}
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
    askApprovals: true,
    backupEveryMs: 6 * 60 * 60 * 1000,
    idleCheckpointMs: 1000,
    // A reminder is announced to the open pages; with none open, it waits for one.
    reminders: {
      deliver: () => openPages() > 0,
      // (tests check every second instead of every 30)
      ...(Number(process.env.TASK_ASSISTANT_REMINDER_CHECK_MS) > 0
        ? { everyMs: Number(process.env.TASK_ASSISTANT_REMINDER_CHECK_MS) }
        : {}),
    },
  });
} catch (err) {
  // The profile may be the thing that can't hold a log, so this never points to one.
  fail(err instanceof AppError ? err.message : 'Could not open your tasks.');
}

// Without --port the host comes back on the port it had last time when it is free: the browser's
// cache of the app's files (kept per origin) then still applies, and so do open tabs and bookmarks.
// It keeps its token too (in the profile, readable by its owner only, like the tasks themselves),
// so a page left open reconnects by itself after a restart instead of needing a new link.
const portFile = path.join(core.paths.dir, 'browser-host.json');
const saved = ((): { port?: unknown; token?: unknown } => {
  try {
    return JSON.parse(fs.readFileSync(portFile, 'utf8')) as { port?: unknown; token?: unknown };
  } catch {
    return {};
  }
})();
const lastPort = (): number =>
  Number.isInteger(saved.port) && (saved.port as number) > 1024 && (saved.port as number) <= 65535
    ? (saved.port as number)
    : 0;
const token =
  typeof saved.token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(saved.token)
    ? saved.token
    : newToken();
const server = createWebServer({
  handlers: core.handlers,
  events: core.events,
  staticDir: rendererDist,
  token,
  exchange: core.exchange,
});
openPages = () => server.openPages();

let wanted = port ?? lastPort();

server.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EADDRINUSE' && port === null && wanted !== 0) {
    wanted = 0; // last time's port is taken now: any free one will do
    server.listen(0, '127.0.0.1');
    return;
  }
  core.close();
  fail(
    err.code === 'EADDRINUSE' ? `Port ${port} is already in use.` : `Server error: ${err.message}`,
  );
});

server.on('listening', () => {
  const { port: actual } = server.address() as { port: number };
  try {
    // (a --port run leaves the remembered port as it was)
    const remembered = port === null ? actual : lastPort() || undefined;
    fs.writeFileSync(portFile, JSON.stringify({ port: remembered, token }), { mode: 0o600 });
  } catch {
    // Only a convenience for the next start.
  }
  console.log(`Tasks are stored in ${core.paths.dir}`);
  console.log(`Open http://127.0.0.1:${actual}/?token=${token}`);
  // While the browser loads the page, read what it asks for first once: its first request then
  // finds the database's pages cached and the code on that path already compiled.
  setImmediate(() => void core.handlers['tasks.page']({ status: 'all', offset: 0, limit: 100 }));
});
server.listen(wanted, '127.0.0.1');

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
