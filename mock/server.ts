import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createMockApp, type MockApp, type MockOptions } from './app';
import { loadTenant } from './tenant';

export interface MockServerOptions extends MockOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: the mock is a development tool, not for other machines. */
  host?: string;
  /**
   * Base URL for email links and the token issuer. Defaults to the tenant's own when a tenant is
   * given, otherwise to this server's address.
   */
  publicUrl?: string;
}

export interface MockServer {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  app: MockApp;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', publicUrl, tenant, ...appOptions } = options;
  let app: MockApp | undefined;
  const server = createServer((req, res) => {
    if (app) app.handle(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const base = tenant ?? loadTenant();
  app = createMockApp({ ...appOptions, tenant: { ...base, publicUrl: publicUrl ?? (tenant ? base.publicUrl : url) } });
  return {
    url,
    app,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

function parseArgs(argv: string[]): MockServerOptions {
  const options: MockServerOptions = {};
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    const value = argv[i + 1];
    if (name === '--port' && value !== undefined) options.port = Number(value);
    else if (name === '--host' && value !== undefined) options.host = value;
    else if (name === '--public-url' && value !== undefined) options.publicUrl = value;
    else if (name === '--tenant' && value !== undefined) options.tenant = loadTenant(value);
    else throw new Error(`Unknown argument ${name ?? ''}. Use --port N, --host H, --public-url URL, --tenant FILE.`);
    i += 1;
  }
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)) {
    throw new Error('--port must be a port number.');
  }
  return options;
}

async function main(): Promise<void> {
  const { port = 4000, ...rest } = parseArgs(process.argv.slice(2));
  const mock = await startMockServer({ port, ...rest });
  const { tenant } = mock.app;
  const client = tenant.clients[0];
  const lines = [
    `Latch mock backend on ${mock.url}`,
    `  client_id   ${client?.client_id ?? '(none)'}`,
    `  connection  ${tenant.connections.find((c) => c.strategy === 'auth0')?.name ?? '(none)'}`,
    `  links use   ${tenant.publicUrl}`,
    '  demo users (development data only):',
    ...tenant.users.map((u) => {
      const flag = u.blocked ? 'blocked' : u.mfa ? 'mfa' : u.leaked ? 'leaked' : 'ok';
      return `    ${u.email.padEnd(20)} ${u.password}  (${flag})`;
    }),
    `  dashboard   ${mock.url}/__dashboard  (users, email templates, reset page, hooks)`,
    `  outbox      ${mock.url}/__outbox.html`,
    `  management  Authorization: Bearer ${tenant.managementApiToken}  (demo token)`,
    `  dev tools   /__dashboard, /__tenant, /__outbox, /__clock, /__faults, /__hooks/…, /__reset: the management token, or X-Latch-Admin: ${mock.app.adminSecret}`,
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
