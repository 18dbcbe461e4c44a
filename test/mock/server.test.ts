import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApp, loadTenant } from '../../mock/app';
import { ADMIN_HEADERS, changePasswordBody } from './mock-harness';

describe('createMockApp as middleware (how the demo mounts it in Vite)', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const app = createMockApp({ tenant: { ...loadTenant(), publicUrl: 'http://demo.latch.test:5173' }, passwordHashCost: 1024 });
    server = createServer((req, res) =>
      app.handle(req, res, () => {
        res.setHeader('Content-Type', 'text/plain');
        res.end('served by the next middleware');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it('passes paths it does not own to next()', async () => {
    for (const path of ['/', '/demo/index.html', '/__vite_ping', '/@vite/client']) {
      const res = await fetch(url + path);
      expect(await res.text()).toBe('served by the next middleware');
    }
  });

  it('answers its own paths and uses the configured public URL in links', async () => {
    const res = await fetch(`${url}/dbconnections/change_password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(changePasswordBody('demo@latch.dev')),
    });
    expect(res.status).toBe(200);
    const [email] = (await (await fetch(`${url}/__outbox`, { headers: ADMIN_HEADERS })).json()) as { link: string }[];
    expect(email?.link.startsWith('http://demo.latch.test:5173/lo/reset?ticket=')).toBe(true);
  });
});

describe('npm run mock (the CLI)', () => {
  it('starts on 127.0.0.1, prints the URL and demo credentials, and exits cleanly on SIGINT', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'mock/server.ts', '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const started = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match && output.includes('outbox')) resolve(match[1] ?? '');
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
    });
    const url = await started;
    expect(output).toContain('latch-demo');
    expect(output).toContain('demo@latch.dev');
    expect(output).toContain('correct-horse-battery-staple');
    expect(output).toContain('Bearer latch-demo-management-token');
    expect((await fetch(`${url}/__tenant`, { headers: ADMIN_HEADERS })).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 20_000);
});
