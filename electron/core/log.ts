import fs from 'node:fs';
import path from 'node:path';

/** Internals (SQL errors, stacks, paths) go here, never to the renderer. */
export interface Logger {
  error(message: string, err?: unknown): void;
  info(message: string): void;
}

export function fileLogger(dir: string): Logger {
  const file = path.join(dir, 'app.log');
  const write = (level: string, message: string, err?: unknown) => {
    const detail =
      err instanceof Error ? `\n${err.stack ?? err.message}` : err ? `\n${String(err)}` : '';
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      fs.appendFileSync(file, `${new Date().toISOString()} ${level} ${message}${detail}\n`, {
        mode: 0o600,
      });
    } catch {
      // Logging must never take the app down (disk full, read-only profile).
    }
  };
  return {
    error: (message, err) => write('ERROR', message, err),
    info: (message) => write('INFO', message),
  };
}

export const silentLogger: Logger = { error() {}, info() {} };
