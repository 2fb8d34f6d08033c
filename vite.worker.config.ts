import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The built-in model's process script for the desktop app (.vite/build/llama-worker.js), which
// Electron starts as a utility process. node-llama-cpp stays external: it finds its native
// binaries beside its own files (shipped unpacked from the asar, see forge.config.ts).
const external = ['electron', 'node-llama-cpp', ...builtinModules.flatMap((m) => [m, `node:${m}`])];

export default defineConfig((env) =>
  'forgeConfigSelf' in env
    ? { build: { rollupOptions: { external } } }
    : {
        build: {
          outDir: '.vite/build',
          emptyOutDir: false,
          minify: false,
          lib: {
            entry: 'electron/core/agent/model/embedded/llama-worker.ts',
            formats: ['cjs'],
            fileName: () => 'llama-worker.js',
          },
          rollupOptions: { external },
        },
      },
);
