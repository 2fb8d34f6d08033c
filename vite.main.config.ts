import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Main process bundle. Under Forge, its Vite plugin supplies entry, output and defines; run alone
// (`npm run build:electron`) this config builds the same bundle so it is checked on machines
// without the Electron binary. better-sqlite3 stays external: a native addon can't be bundled.
const external = ['electron', 'better-sqlite3', ...builtinModules.flatMap((m) => [m, `node:${m}`])];

export default defineConfig((env) =>
  'forgeConfigSelf' in env
    ? { build: { rollupOptions: { external } } }
    : {
        build: {
          outDir: '.vite/build',
          emptyOutDir: false,
          minify: false,
          lib: {
            entry: 'electron/main/main.ts',
            formats: ['cjs'],
            fileName: () => 'main.cjs',
          },
          rollupOptions: { external },
        },
        define: { MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window') },
      },
);
