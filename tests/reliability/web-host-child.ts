// The browser host's server in a process of its own, so the HTTP fuzzer can tell whether any
// request stops it. Prints "PORT TOKEN" once listening.
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/core/app-core.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';
import { createWebServer, newToken } from '../../electron/host/web-server.ts';

const dir = process.argv[2]!;
const staticDir = path.join(dir, 'static');
fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
const core = openCore({
  profileDir: path.join(dir, 'profile'),
  migrationsDir,
  appVersion: 'http-fuzz',
  logger: silentLogger,
});
const token = newToken();
const server = createWebServer({ handlers: core.handlers, events: core.events, staticDir, token });
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as { port: number }).port} ${token}\n`);
});
