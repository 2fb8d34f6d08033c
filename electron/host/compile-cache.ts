// Node compiles (and strips the types from) every module of the app on each start, which is most
// of a host's start-up time. Its compile cache keeps that work between runs: in this project's own
// node_modules, never in a temporary folder another account could write to.
import module from 'node:module';
import path from 'node:path';

export function enableCompileCache(): void {
  try {
    module.enableCompileCache(
      path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'compile'),
    );
  } catch {
    // A cache is only a speed-up: without one the host starts as before.
  }
}
