// The desktop app runs a built-in model in an Electron utility process (a child process Electron
// manages): a crash or an abort inside llama.cpp ends that process, never the app.
import path from 'node:path';
import { utilityProcess } from 'electron';
import type { ModelProcess } from '../core/agent/model/embedded/local-model.ts';
import type { FromModel } from '../core/agent/model/embedded/protocol.ts';

/** The model process's script, built beside main.cjs (.vite/build/llama-worker.js). */
export function utilityModelProcess(dir: string): () => ModelProcess {
  return () => {
    const child = utilityProcess.fork(path.join(dir, 'llama-worker.js'), [], {
      serviceName: 'Built-in model',
      stdio: 'ignore',
    });
    const exitListeners: ((why: string) => void)[] = [];
    child.on('exit', (code) => {
      for (const l of exitListeners) l(`exit ${code}`);
    });
    return {
      send: (m) => child.postMessage(m),
      onMessage: (l) => child.on('message', (m) => l(m as FromModel)),
      onExit: (l) => exitListeners.push(l),
      kill: () => void child.kill(),
    };
  };
}
