import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createServer } from 'vite';
import { startMockServer } from '../../mock/server';

export interface RunningServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The designers' demo page in Vite's dev server. The demo's config mounts the mock backend as
 * middleware in the same server, so the page's origin is also the API origin.
 */
export async function startDemo(): Promise<RunningServer> {
  const server = await createServer({
    // The demo's config sets its own root, as `npm run demo` relies on.
    configFile: `${root}demo/vite.config.ts`,
    // A free port, so tests run beside a developer's own `npm run demo`; never open a browser window.
    // No file watching and no hot reload: an edit saved in the repo during a run would otherwise
    // reload the page under a test, wiping what it typed.
    server: { port: 0, host: '127.0.0.1', strictPort: false, open: false, hmr: false, watch: null },
    logLevel: 'error',
    clearScreen: false,
    // Its own dependency cache: a developer's `npm run demo` (another config, so another hash) would otherwise
    // clear the one this server's pages were optimised into, and they would fail with "Outdated Optimize Dep".
    cacheDir: `${root}node_modules/.vite-test-demo`,
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null;
  if (!address) throw new Error('The demo server did not start listening.');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/** The mock backend alone, on a free port of 127.0.0.1. */
export async function startMock(): Promise<RunningServer> {
  const mock = await startMockServer({ port: 0, host: '127.0.0.1' });
  return { url: mock.url, close: () => mock.close() };
}

/**
 * The demo built for production and served by `vite preview` (the mock mounted the same way), under the strict
 * Content-Security-Policy the demo config sets: the page a CSP check runs against.
 */
export async function startBuiltDemo(): Promise<RunningServer> {
  const { build, preview } = await import('vite');
  const configFile = `${root}demo/vite.config.ts`;
  await build({ configFile, logLevel: 'error', clearScreen: false });
  const server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false }, logLevel: 'error' });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) throw new Error('The built demo did not start listening.');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
