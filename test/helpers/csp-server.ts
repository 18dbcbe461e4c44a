import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { loadTenant } from '../../mock/app';
import { startMockServer } from '../../mock/server';
import { mockAdmin, type MockAdmin } from './mock-admin';
import { strictCsp } from '../../scripts/strict-csp.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/csp');
const dist = join(root, 'dist');

/**
 * The policy the widget promises to work under (scripts/strict-csp.mjs), with the API on another origin: the API in
 * connect-src (its fetches), and in frame-src for the hidden frame of `auth.redirect: false` and checkSession
 * (/authorize with response_mode=web_message), which default-src 'self' would refuse for another origin. A page
 * whose API is its own origin needs neither.
 */
const pageCsp = (apiOrigin: string): string => strictCsp({ connect: [apiOrigin], extra: [`frame-src ${apiOrigin}`] });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The ESM build as an application would ship it: a bundler resolves `dist/latch.js`'s bare `preact` imports.
 * Why a bundle and not the raw files: the browser needs an import map to resolve bare specifiers, and an
 * import map is an inline <script> (script-src 'self' refuses it without a hash or nonce; there is no
 * external import map). Bundling with Vite, as integrators do, keeps the page to same-origin files only,
 * and the widget's code inside it is dist/latch.js unchanged apart from the module wrapper.
 */
async function bundleEsmPage(): Promise<string> {
  const output = await build({
    configFile: false,
    root: fixtures,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2020',
      lib: { entry: join(fixtures, 'esm-entry.js'), formats: ['es'], fileName: () => 'page.js' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk' && item.isEntry);
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Vite produced no entry chunk for the ESM test page.');
}

/** Maps a request path to a file: fixtures under /fixtures/, the built widget under /dist/; nothing else. */
function fileFor(pathname: string): string | null {
  const pages: Record<string, string> = { '/': 'iife.html', '/iife.html': 'iife.html', '/esm.html': 'esm.html', '/control.html': 'control.html', '/element.html': 'element.html' };
  const page = pages[pathname];
  if (page) return join(fixtures, page);
  const served: [prefix: string, dir: string][] = [
    ['/fixtures/', fixtures],
    ['/dist/', dist],
  ];
  for (const [prefix, dir] of served) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(dir + '/') ? file : null;
  }
  return null;
}

export interface CspSite {
  /** Origin of the test pages, e.g. http://127.0.0.1:41234 */
  readonly pageOrigin: string;
  /** Origin of the mock API (another port, so another origin). */
  readonly apiOrigin: string;
  /** The exact Content-Security-Policy header every test page is served with. */
  readonly csp: string;
  readonly clientId: string;
  readonly admin: MockAdmin;
  /** A test page's address, with the API origin and client the page script reads from the query string. */
  /** `reset` is the script-tag build with the reset flow (dist/latch-reset-page.iife.js), for the reset screen. */
  pageUrl(build: 'iife' | 'esm' | 'element' | 'reset', query?: Record<string, string>): string;
  /** The newest reset link sent to `email`, on this run's mock. */
  resetLink(email: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Test pages for both builds under a strict CSP on one origin, and the mock API on another origin whose CORS
 * allowlist includes the pages' origin.
 */
export async function startCspSite(): Promise<CspSite> {
  const esmBundle = await bundleEsmPage();
  let csp = pageCsp("'none'");
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (pathname === '/esm/page.js') return send(200, TYPES['.js']!, esmBundle);
    // The script-tag page again, loading the build that carries the reset flow as well.
    if (pathname === '/reset.html') {
      readFile(join(fixtures, 'iife.html'), 'utf8').then(
        (html) => send(200, TYPES['.html']!, html.replace('/dist/latch.iife.js', '/dist/latch-reset-page.iife.js')),
        () => send(404, 'text/plain; charset=utf-8', 'Not found'),
      );
      return;
    }
    const file = fileFor(pathname);
    if (!file) return send(404, 'text/plain; charset=utf-8', 'Not found');
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain; charset=utf-8', 'Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const pageOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const tenant = loadTenant();
  // The mock's own address as its public URL: the ID tokens' issuer, which the widget checks against the API origin
  // it was given (a tenant passed in would otherwise keep the tenant file's address).
  const apiPort = await freePort();
  const mock = await startMockServer({
    port: apiPort,
    host: '127.0.0.1',
    publicUrl: `http://127.0.0.1:${apiPort}`,
    // The pages' origin for CORS, and as a web origin: the hidden frame's web_message answer goes to it.
    tenant: {
      ...tenant,
      clients: tenant.clients.map((c) => ({ ...c, allowed_origins: [...c.allowed_origins, pageOrigin], web_origins: [...c.web_origins, pageOrigin] })),
    },
  });
  csp = pageCsp(mock.url);
  const admin = mockAdmin(mock.url);
  const clientId = tenant.clients[0]?.client_id ?? '';

  return {
    pageOrigin,
    apiOrigin: mock.url,
    csp,
    clientId,
    admin,
    pageUrl(which, query = {}) {
      const params = new URLSearchParams({ api: mock.url, client: clientId, ...query });
      return `${pageOrigin}/${which}.html?${params}`;
    },
    async resetLink(email) {
      const sent = (await admin.outbox()).filter((message) => message.to === email).at(-1);
      if (!sent?.link) throw new Error(`No reset email for ${email} reached the outbox.`);
      const link = new URL(sent.link);
      return `${mock.url}${link.pathname}${link.search}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock.close();
    },
  };
}

/** A port free on 127.0.0.1 now (the system picks it), for a server that must know its address before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** What the CSP gate watches in a page: violation events (from an init script) and the console. */
export const VIOLATION_RECORDER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
  });
`;
