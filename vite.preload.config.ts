import { defineConfig } from 'vite';

// The sandboxed preload: one CommonJS file with nothing but `electron` left to require.
export default defineConfig((env) =>
  'forgeConfigSelf' in env
    ? {}
    : {
        build: {
          outDir: '.vite/build',
          emptyOutDir: false,
          minify: false,
          rollupOptions: {
            external: ['electron'],
            input: 'electron/preload/preload.ts',
            output: { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false },
          },
        },
      },
);
