// Runs a writer process and kills it with SIGKILL (or asks it to quit with SIGTERM) at a random
// moment: `ms` after it says "ready" (or, on a machine so busy that it has acknowledged too little
// by then, as soon as `enough()` says so). Each line it prints goes to `onLine`; it must not exit
// on its own.
import { spawn } from 'node:child_process';

export function runAndKill(
  script: string,
  args: string[],
  ms: number,
  onLine: (line: string) => void,
  enough: () => boolean,
  signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL',
): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    let due = false;
    const killIfDue = () => {
      if (due && enough()) proc.kill(signal);
    };
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready')
          setTimeout(() => {
            due = true;
            killIfDue();
          }, ms);
        else onLine(line);
      }
      killIfDue();
    });
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.on('exit', (code, ended) =>
      ended === 'SIGKILL' || (signal === 'SIGTERM' && due && code === 0)
        ? resolve()
        : reject(new Error(`writer exited on its own: ${stderr}`)),
    );
  });
}
