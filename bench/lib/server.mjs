// The benchmark's web server: one page per widget on 127.0.0.1, static files only.
// Latch's page is served under the strict Content-Security-Policy it promises to work under; the peers'
// pages are served without one (Auth0 Lock injects its stylesheet as a <style> element and sets inline
// styles, which a policy without 'unsafe-inline' refuses).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

// The one policy Latch promises to work under.
export { STRICT_CSP } from '../../scripts/strict-csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/**
 * @param {{ mounts: Record<string, string>, pages: Record<string, { file: string, csp?: string }> }} site
 *   mounts: URL prefix ('/dist/') -> directory; pages: path ('/latch.html') -> file and its policy.
 */
export async function startServer({ mounts, pages }) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    let file = null;
    const page = pages[pathname];
    if (page) {
      file = page.file;
      if (page.csp) headers['Content-Security-Policy'] = page.csp;
    } else {
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!pathname.startsWith(prefix)) continue;
        const candidate = normalize(join(dir, pathname.slice(prefix.length)));
        if (candidate.startsWith(dir + sep)) file = candidate;
        break;
      }
    }
    const fail = () => {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    };
    if (!file) return fail();
    readFile(file).then((body) => {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    }, fail);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
