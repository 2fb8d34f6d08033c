import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The browser host as one bundle (`npm run build:host`, run by `npm start` and `npm run web`):
// started from its TypeScript sources, Node spent ~40% of the host's start stripping types from
// and resolving about a hundred modules. dist/host sits as deep as electron/host, so the paths the
// host finds its files by (host-paths.ts) hold for both. Native and lazily loaded packages stay out.
const external = [
  'electron',
  'better-sqlite3',
  'openai',
  'node-llama-cpp',
  ...builtinModules.flatMap((m) => [m, `node:${m}`]),
];

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/host',
    emptyOutDir: true,
    minify: false,
    target: 'node24',
    rollupOptions: {
      // The built-in model's process script sits beside the host, where local-model.ts looks.
      input: {
        'web-host': 'electron/host/web-host.ts',
        'llama-worker': 'electron/core/agent/model/embedded/llama-worker.ts',
      },
      external,
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, external },
});
