import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const cacheDir = await mkdtemp(`${root}node_modules/.vite-test-demo-`);
  const server = await createServer({
    // The demo's config sets its own root, as `npm run demo` relies on.
    configFile: `${root}demo/vite.config.ts`,
    // A free port, so tests run beside a developer's own `npm run demo`; never open a browser window.
    // No file watching and no hot reload: an edit saved in the repo during a run would otherwise
    // reload the page under a test, wiping what it typed.
    server: { port: 0, host: '127.0.0.1', strictPort: false, open: false, hmr: false, watch: null },
    logLevel: 'error',
    clearScreen: false,
    // A dependency cache of its own: a developer's `npm run demo`, or another test run beside this one, would
    // otherwise re-optimise the one this server's pages were loaded from, and they would fail with "Outdated
    // Optimize Dep". Removed when the server closes.
    cacheDir,
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null;
  if (!address) throw new Error('The demo server did not start listening.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
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
  // Built into a folder of its own, so two test runs side by side never serve each other's half-written build.
  const outDir = await mkdtemp(join(tmpdir(), 'latch-demo-build-'));
  await build({ configFile, logLevel: 'error', clearScreen: false, build: { outDir, emptyOutDir: true } });
  const server = await preview({ configFile, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false }, logLevel: 'error' });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) throw new Error('The built demo did not start listening.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
