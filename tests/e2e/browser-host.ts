// Starts the real browser host (a separate Node process) on a profile folder, as `npm run web` does:
// the bundle `npm run build:host` makes (test:e2e builds it first).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
  /** Ends it as a crash or a power cut would (SIGKILL): nothing gets to clean up. */
  kill(): Promise<void>;
}

const hostEntry = path.resolve(import.meta.dirname, '..', '..', 'dist', 'host', 'web-host.mjs');

/** `env` adds to the host's environment (TASK_ASSISTANT_REMINDER_CHECK_MS, say). */
export function startHost(
  profileDir: string,
  options: { env?: Record<string, string> } = {},
): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, [hostEntry, '--profile', profileDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Open (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/);
      if (!match) return;
      clearTimeout(timer);
      const [, origin, token] = match as unknown as [string, string, string];
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        token,
        stop: () => end('SIGTERM'),
        kill: () => end('SIGKILL'),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${output}`));
    });
  });
}
