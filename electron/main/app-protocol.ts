// The renderer is served from app://bundle/ rather than file://: a real origin for the security
// policy and the sender checks, and no access to any file outside the renderer build.
import fs from 'node:fs';
import { protocol } from 'electron';
import { contentType, resolveStaticFile } from '../host/static-files.ts';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function appResponse(rendererDir: string, url: string, csp: string): Response {
  const { host, pathname } = new URL(url);
  const file = host === 'bundle' ? resolveStaticFile(rendererDir, pathname) : null;
  if (!file)
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(fs.readFileSync(file), {
    headers: {
      'content-type': contentType(file),
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
    },
  });
}

export function serveApp(rendererDir: string, csp: () => string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request.url, csp()));
}
