import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockServer, type MockServer, type MockServerOptions } from '../../mock/server';
import { loadTenant, type Tenant, type TenantClient } from '../../mock/tenant';
import { strictCsp } from '../../scripts/strict-csp.mjs';

// An application's site on its own origin beside the mock, for running real clients (auth0-js, @auth0/auth0-spa-js,
// auth0-lock) in a browser against the mock: pages are HTML strings, page scripts are JS strings (external files, so
// the pages keep a strict policy), and any file under node_modules is served as it is at /node_modules/<path>.
// The site and the mock are both on 127.0.0.1 (two ports): two origins of one site, so the mock's SameSite=Lax
// session cookie goes along in the clients' hidden frames over plain http.

const root = fileURLToPath(new URL('../..', import.meta.url));
const nodeModules = join(root, 'node_modules');

/** The demo tenant's client the site is added to (unless the test brings its own clients). */
export const SITE_CLIENT_ID = 'latch-demo';
export const SITE_CONNECTION = 'Username-Password-Authentication';
export const SITE_USER = { id: 'auth0|demo', email: 'demo@latch.dev', password: 'correct-horse-battery-staple' } as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The two addresses a page may need to name. */
export interface SiteUrls {
  /** The site's origin. */
  origin: string;
  /** The mock's URL (also its public URL: the token issuer is `${mockUrl}/`). */
  mockUrl: string;
}

/** A page as HTML, or made from the addresses once both servers are up. */
export type SitePage = string | ((urls: SiteUrls) => string);

export interface ClientSiteOptions {
  /** Pages by path ('/callback.html'). Each is an Allowed Callback URL and Logout URL of the site's client. */
  pages?: Record<string, SitePage>;
  /**
   * Page scripts by path ('/app.js'), as JavaScript source; other files too, served with the type their extension
   * names ('/dist/latch.css').
   */
  scripts?: Record<string, string>;
  /**
   * The Content-Security-Policy of every page, given the mock's origin. Default: Latch's strict policy
   * (scripts/strict-csp.mjs) with the mock in connect-src (the clients' XHR/fetch) and frame-src (their hidden
   * /authorize frames).
   */
  csp?: (mockOrigin: string) => string;
  /**
   * Changes to the tenant once the site's origin is known. Default: the demo client (latch-demo) gets the site's
   * pages as callbacks and logout URLs and its origin as a web origin and allowed origin.
   */
  tenant?: (tenant: Tenant, site: { origin: string; pageUrls: string[] }) => Tenant;
  /** More options for the mock (its clock, the password hash cost, ...). */
  mock?: Omit<MockServerOptions, 'tenant' | 'port' | 'publicUrl'>;
}

export interface ClientSite {
  /** The site's origin, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** The mock, whose URL is also its public URL (the token issuer). */
  readonly mock: MockServer;
  /** The Content-Security-Policy header the site's pages are served with. */
  readonly csp: string;
  /** Every path the site was asked for, in order (files and pages alike). */
  readonly requests: string[];
  /** An absolute URL on the site. */
  url(path: string): string;
  /** Adds or replaces a page after the start (it is not added to the client's callbacks). */
  setPage(path: string, page: SitePage): void;
  close(): Promise<void>;
}

/** Adds the site to a client: its pages as callbacks and logout URLs, its origin as a web origin and CORS origin. */
export function allowSite(client: TenantClient, origin: string, pageUrls: string[]): TenantClient {
  return {
    ...client,
    callbacks: [...client.callbacks, ...pageUrls],
    allowed_logout_urls: [...client.allowed_logout_urls, ...pageUrls],
    web_origins: [...client.web_origins, origin],
    allowed_origins: [...client.allowed_origins, origin],
  };
}

/** The default tenant wiring: mock/tenant.json with the site added to the demo client. */
export function demoTenantWithSite(tenant: Tenant, site: { origin: string; pageUrls: string[] }): Tenant {
  return {
    ...tenant,
    clients: tenant.clients.map((c) => (c.client_id === SITE_CLIENT_ID ? allowSite(c, site.origin, site.pageUrls) : c)),
  };
}

/** A JSON data block a page script reads (`JSON.parse(document.getElementById(id).textContent)`); not executed. */
export function jsonData(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>`;
}

/**
 * Starts the site, then the mock on 127.0.0.1 with the site wired into its tenant. The mock runs on the real clock:
 * the clients check exp/iat of its tokens against the browser's clock.
 */
export async function startClientSite(options: ClientSiteOptions = {}): Promise<ClientSite> {
  const given = Object.entries(options.pages ?? {});
  const pages = new Map<string, string>();
  const scripts = new Map(Object.entries(options.scripts ?? {}));
  const requests: string[] = [];
  let csp = '';

  const server: Server = createServer((req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('site error');
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://site.invalid').pathname;
    requests.push(path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
      res.end(page);
      return;
    }
    const script = scripts.get(path);
    if (script !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? TYPES['.js'], 'Cache-Control': 'no-store' });
      res.end(script);
      return;
    }
    const file = moduleFile(path);
    if (file !== null) {
      const body = await readFile(file).catch(() => null);
      if (body !== null) {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      }
    }
    // Browsers ask for a favicon by themselves; a 404 would only be noise in the console.
    if (path === '/favicon.ico') res.writeHead(204).end();
    else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closeSite = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });

  let mock: MockServer;
  try {
    const port = await freePort();
    const mockUrl = `http://127.0.0.1:${port}`;
    const pageUrls = given.map(([p]) => origin + p);
    const wire = options.tenant ?? demoTenantWithSite;
    mock = await startMockServer({
      passwordHashCost: 1024,
      ...options.mock,
      tenant: wire(loadTenant(), { origin, pageUrls }),
      port,
      publicUrl: mockUrl,
    });
    csp = (options.csp ?? defaultCsp)(mock.url);
    for (const [path, page] of given) pages.set(path, render(page, { origin, mockUrl: mock.url }));
  } catch (error) {
    await closeSite();
    throw error;
  }

  return {
    origin,
    mock,
    get csp() {
      return csp;
    },
    requests,
    url: (path) => origin + path,
    setPage: (path, page) => void pages.set(path, render(page, { origin, mockUrl: mock.url })),
    close: async () => {
      await Promise.all([closeSite(), mock.close()]);
    },
  };
}

function render(page: SitePage, urls: SiteUrls): string {
  return typeof page === 'string' ? page : page(urls);
}

/** Latch's strict policy plus what a client library on another origin than its API needs. */
function defaultCsp(mockOrigin: string): string {
  return strictCsp({ connect: [mockOrigin], extra: [`frame-src ${mockOrigin}`] });
}

/** `/node_modules/<path>` → the file in the repository's node_modules, never outside it. */
function moduleFile(pathname: string): string | null {
  const prefix = '/node_modules/';
  if (!pathname.startsWith(prefix)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  const file = normalize(join(nodeModules, relative));
  return file.startsWith(nodeModules + sep) ? file : null;
}

/** A free port on this machine, so the mock's public URL (its issuer) can be its own address. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
