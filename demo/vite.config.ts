import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Connect, Plugin } from 'vite';
import { defineConfig, runnerImport } from 'vite';
import type { MockApp, Tenant } from '../mock/app';
import { STRICT_CSP } from '../scripts/strict-csp.mjs';
import { latchCss } from '../scripts/vite-latch-css.mjs';
import { latchShadowCss } from '../scripts/vite-shadow-css.mjs';

type MockModule = typeof import('../mock/app');

/**
 * The mock is loaded through Vite's module runner instead of being bundled into this config: the mock's
 * extensionless TypeScript imports would otherwise print a long config-loader warning on every start.
 */
async function loadMock(): Promise<MockModule> {
  const { module } = await runnerImport<MockModule>(fileURLToPath(new URL('../mock/app.ts', import.meta.url)));
  return module;
}

// Only `oxc`: Vite 8 compiles TSX with Oxc, and warns and ignores `esbuild` when both are set.
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

/** What a dev or preview server knows about where it listens, once it listens. */
interface Listening {
  resolvedUrls: { local: string[]; network: string[] } | null;
  httpServer: { address(): AddressInfo | string | null } | null;
}

/**
 * The page's own origins. Email links must point back at this server (the mock never trusts the Host
 * header), so they are read from where the server listens.
 */
function originsOf(server: Listening): string[] {
  const urls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])];
  const origins = urls.map((url) => new URL(url).origin);
  if (origins.length > 0) return origins;
  const address = server.httpServer?.address();
  if (address && typeof address === 'object') {
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return [`http://${host}:${address.port}`];
  }
  return [];
}

/**
 * The tenant file, with this server as the email links' base and, for every client, as an allowed origin, a web
 * origin, a callback and a logout URL (origin + '/'), so the demo works on whatever port it got.
 */
function demoTenant(mock: MockModule, origins: string[]): Tenant {
  const tenant = mock.loadTenant();
  const publicUrl = origins[0] ?? tenant.publicUrl;
  const pages = origins.map((origin) => `${origin}/`);
  const add = (list: string[], more: string[]) => [...new Set([...list, ...more])];
  return {
    ...tenant,
    publicUrl,
    clients: tenant.clients.map((client) => ({
      ...client,
      allowed_origins: add(client.allowed_origins, origins),
      web_origins: add(client.web_origins, origins),
      callbacks: add(client.callbacks, pages),
      allowed_logout_urls: add(client.allowed_logout_urls, pages),
    })),
  };
}

/**
 * The mock backend in the same process as the page, so the page's origin is also the API's origin.
 * It is created on the first request, when the server's address is known.
 */
async function mountMock(middlewares: Connect.Server, server: Listening): Promise<void> {
  const mock = await loadMock();
  let app: MockApp | undefined;
  middlewares.use((req, res, next) => {
    app ??= mock.createMockApp({ tenant: demoTenant(mock, originsOf(server)) });
    app.handle(req, res, next);
  });
}

function mockBackend(): Plugin {
  return {
    name: 'latch-mock-backend',
    // Mounted before Vite's own middlewares, so the SPA fallback never answers an API path.
    async configureServer(server) {
      await mountMock(server.middlewares, server);
    },
    async configurePreviewServer(server) {
      await mountMock(server.middlewares, server);
    },
  };
}

/**
 * The policy the widget promises to work under (scripts/strict-csp.mjs; the mock is this same origin, so
 * connect-src is 'self'). Under it, a logo must come from this origin or be a data: URL.
 */
export { STRICT_CSP };

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/**
 * The designers' page: `npm run demo`. It imports the widget from src/ so edits reload at once. Beside it, the
 * `<latch-login>` examples: element.html (plain HTML), react.html and vue.html.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx },
  // Vue's bundler build reads these flags; set, so it neither warns nor ships the Options API and devtools hooks.
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  server: { host: '127.0.0.1', port: 5173, open: !process.env.CI },
  // The built page is served under the strict policy the widget promises to work with (the dev server
  // cannot be: it injects CSS as <style> tags for hot reload). 4173 is in the tenant's allowed origins too.
  preview: { host: '127.0.0.1', port: 4173, open: false, headers: { 'Content-Security-Policy': STRICT_CSP } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    rolldownOptions: {
      input: { main: page('index.html'), studio: page('studio.html'), element: page('element.html'), react: page('react.html'), vue: page('vue.html') },
    },
  },
  // The element's shadow stylesheet is the virtual module `virtual:latch-shadow-css`.
  plugins: [mockBackend(), latchCss(), latchShadowCss()],
});
