// Finding a file of the renderer build for a URL path, for every host that serves it (the browser
// host over HTTP, Electron over its app:// protocol). Nothing outside the build folder, ever.
import fs from 'node:fs';
import path from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The file to serve for `pathname`, or null. Unknown paths without an extension get the app. */
export function resolveStaticFile(root: string, pathname: string): string | null {
  const realRoot = fs.realpathSync(root);
  let file: string;
  try {
    file = fs.realpathSync(path.resolve(realRoot, `.${decodeURIComponent(pathname)}`));
  } catch {
    file = path.extname(pathname) ? '' : path.join(realRoot, 'index.html');
  }
  if (file && fs.statSync(file, { throwIfNoEntry: false })?.isDirectory())
    file = path.join(file, 'index.html');
  if (!file || !file.startsWith(realRoot + path.sep) || !fs.existsSync(file)) return null;
  return file;
}

export const contentType = (file: string) =>
  CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
