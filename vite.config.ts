import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The renderer. Under Forge it goes to .vite/renderer/<name> for the Electron window (served over
// app://, with its security policy as a header); built alone it goes to dist/renderer, which the
// browser host serves the same way.
export default defineConfig((env) => {
  const forgeName = (env as { forgeConfigSelf?: { name?: string } }).forgeConfigSelf?.name;
  return {
    root: here('./renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: forgeName ? here(`./.vite/renderer/${forgeName}`) : here('./dist/renderer'),
      emptyOutDir: true,
    },
  };
});
