import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/shared/content-security-policy.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The renderer. Under Forge it goes to .vite/renderer/<name> for the Electron window; built alone
// it goes to dist/renderer, which the browser host serves (and sends its CSP as a header, which
// follows the ChatKit setting). A file:// page has no headers, so the Electron build carries the
// strict policy in a meta tag.
const cspMeta = (): Plugin => ({
  name: 'csp-meta',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: contentSecurityPolicy({ chatkit: false }).replace(/; frame-ancestors [^;]+/, ''),
      },
      injectTo: 'head-prepend',
    },
  ],
});
export default defineConfig((env) => {
  const forgeName = (env as { forgeConfigSelf?: { name?: string } }).forgeConfigSelf?.name;
  return {
    root: here('./renderer'),
    base: './',
    plugins: forgeName ? [react(), cspMeta()] : [react()],
    build: {
      outDir: forgeName ? here(`./.vite/renderer/${forgeName}`) : here('./dist/renderer'),
      emptyOutDir: true,
    },
  };
});
