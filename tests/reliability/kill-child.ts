// Runs a writer process and kills it with SIGKILL at a random moment: `ms` after it says "ready"
// (or, on a machine so busy that it has acknowledged too little by then, as soon as `enough()`
// says so). Each line it prints goes to `onLine`; it must not exit on its own.
import { spawn } from 'node:child_process';

export function runAndKill(
  script: string,
  args: string[],
  ms: number,
  onLine: (line: string) => void,
  enough: () => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    let due = false;
    const killIfDue = () => {
      if (due && enough()) proc.kill('SIGKILL');
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
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${stderr}`)),
    );
  });
}
