// The post change password hook: a signed POST to the developers' URL after every password change, after the
// answer, retried when the receiver fails, every attempt in the log.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, management, openResetPage, requestTicket, startTestMock, submitReset, type TestMock } from './mock-harness';

interface Received {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A receiver on 127.0.0.1 answering each POST with the next of `statuses` (the last one repeats). */
async function receiver(statuses: number[]): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
}

const SECRET = 'a-secret-of-the-developers-1234';
let mock: TestMock;
let servers: Server[] = [];
beforeAll(async () => {
  mock = await startTestMock({ hookRetryDelays: [0, 0] });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

const put = (body: unknown) => fetch(`${mock.url}/__hooks/post-change-password`, { method: 'PUT', headers: { ...ADMIN_HEADERS, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const deliveries = async () => (await (await mock.get('/__hooks/post-change-password/deliveries?wait=true')).json()) as { attempt: number; status: number | null; error: string | null; outcome: string; url: string }[];
async function hookTo(statuses: number[]) {
  const r = await receiver(statuses);
  servers.push(r.server);
  expect((await put({ url: r.url, secret: SECRET, enabled: true })).status).toBe(200);
  return r;
}
const patchPassword = () => management(mock, 'PATCH', `/api/v2/users/${encodeURIComponent('auth0|demo')}`, { password: 'Purple-Otter-42' });

describe('delivery', () => {
  it('after a change through the reset page: the user and the connection, signed with the secret', async () => {
    const { received } = await hookTo([204]);
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const { csrf } = await openResetPage(mock, ticket);
    expect((await submitReset(mock, { ticket, csrf, newPassword: 'Purple-Otter-42' })).status).toBe(200);
    expect(await deliveries()).toMatchObject([{ attempt: 1, status: 204, error: null, outcome: 'delivered' }]);
    const [hit] = received;
    const body = JSON.parse(hit?.body ?? '{}') as Record<string, unknown>;
    expect(body).toEqual({
      event: 'post-change-password',
      user: { id: 'auth0|demo', email: 'demo@latch.dev', last_password_reset: new Date(mock.clock.now).toISOString() },
      context: {
        connection: { id: 'con_LatchDemoDatabase01', name: 'Username-Password-Authentication', tenant: 'Latch Demo' },
        request: { ip: expect.stringMatching(/127\.0\.0\.1$/), method: 'POST', hostname: '127.0.0.1', user_agent: expect.any(String) },
      },
    });
    const signature = String(hit?.headers['x-latch-signature']);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
    expect(Number(t)).toBe(Math.floor(mock.clock.now / 1000));
    expect(v1).toBe(createHmac('sha256', SECRET).update(`${t}.${hit?.body}`).digest('hex'));
    expect(hit?.headers['content-type']).toBe('application/json');
  });

  it('after a PATCH by an administrator; never for a refused change', async () => {
    const { received } = await hookTo([200]);
    expect((await management(mock, 'PATCH', `/api/v2/users/${encodeURIComponent('auth0|demo')}`, { password: 'short' })).status).toBe(400);
    expect(await deliveries()).toEqual([]);
    expect((await patchPassword()).status).toBe(200);
    expect(await deliveries()).toHaveLength(1);
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]?.body ?? '{}')).toMatchObject({
      user: { id: 'auth0|demo', email: 'demo@latch.dev' },
      context: { connection: { name: 'Username-Password-Authentication' }, request: { method: 'PATCH', hostname: '127.0.0.1' } },
    });
  });

  it('a receiver that fails once gets the delivery again; the log shows both attempts', async () => {
    const { received } = await hookTo([500, 200]);
    await patchPassword();
    expect(await deliveries()).toMatchObject([
      { attempt: 1, status: 500, error: 'The receiver answered 500.', outcome: 'retrying' },
      { attempt: 2, status: 200, error: null, outcome: 'delivered' },
    ]);
    expect(received.map((r) => r.body)[0]).toBe(received.map((r) => r.body)[1]);
  });

  it('a receiver that never succeeds is tried three times in all, then given up; nobody listening is a network error', async () => {
    await hookTo([503]);
    await patchPassword();
    expect((await deliveries()).map((d) => [d.attempt, d.outcome])).toEqual([
      [1, 'retrying'],
      [2, 'retrying'],
      [3, 'failed'],
    ]);
    const gone = await receiver([200]);
    await new Promise((resolve) => gone.server.close(resolve));
    await mock.reset();
    await put({ url: gone.url, enabled: true });
    await patchPassword();
    const attempts = await deliveries();
    expect(attempts).toHaveLength(3);
    expect(attempts[0]).toMatchObject({ status: null, outcome: 'retrying' });
    expect(attempts[0]?.error).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('never holds the password change up: the change is answered before a slow receiver answers', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const server = createServer((req, res) => {
      req.resume();
      void held.then(() => res.writeHead(200).end());
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await put({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, enabled: true });
    expect((await patchPassword()).status).toBe(200);
    expect((await (await mock.get('/__hooks/post-change-password/deliveries')).json()) as unknown[]).toEqual([]);
    release();
    expect(await deliveries()).toMatchObject([{ outcome: 'delivered' }]);
  });

  it('a receiver that never answers counts as failed after the timeout, is tried again, and is given up on', async () => {
    const quick = await startTestMock({ hookRetryDelays: [0, 0], hookTimeoutMs: 50 });
    const silent = createServer((req) => req.resume());
    servers.push(silent);
    try {
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const res = await fetch(`${quick.url}/__hooks/post-change-password`, {
        method: 'PUT',
        headers: { ...ADMIN_HEADERS, 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, enabled: true }),
      });
      expect(res.status).toBe(200);
      expect((await management(quick, 'PATCH', `/api/v2/users/${encodeURIComponent('auth0|demo')}`, { password: 'Purple-Otter-42' })).status).toBe(200);
      const attempts = (await (await quick.get('/__hooks/post-change-password/deliveries?wait=true')).json()) as { attempt: number; status: number | null; error: string | null; outcome: string }[];
      expect(attempts).toEqual([
        expect.objectContaining({ attempt: 1, status: null, error: 'No answer in time.', outcome: 'retrying' }),
        expect.objectContaining({ attempt: 2, status: null, error: 'No answer in time.', outcome: 'retrying' }),
        expect.objectContaining({ attempt: 3, status: null, error: 'No answer in time.', outcome: 'failed' }),
      ]);
    } finally {
      silent.closeAllConnections();
      await quick.close();
    }
  });

  it('sends nothing while disabled', async () => {
    const { url, received, server } = await receiver([200]);
    servers.push(server);
    await put({ url, enabled: false });
    await patchPassword();
    expect(await deliveries()).toEqual([]);
    expect(received).toEqual([]);
  });
});

describe('configuration', () => {
  it('makes a secret when none is given, shows it once and keeps it; refuses a bad URL, flag or secret', async () => {
    const made = (await (await put({ url: 'https://hooks.example/x', enabled: true })).json()) as { secret: string };
    expect(made.secret).toMatch(/^[\w-]{32}$/);
    const hint = `…${made.secret.slice(-4)}`;
    expect(await (await mock.get('/__hooks/post-change-password')).json()).toEqual({ url: 'https://hooks.example/x', enabled: true, secret: null, secret_hint: hint });
    const kept = await (await put({ url: 'https://hooks.example/y', enabled: false })).json();
    expect(kept).toEqual({ url: 'https://hooks.example/y', secret: null, secret_hint: hint, enabled: false });
    expect(JSON.stringify(await (await mock.get('/__hooks/post-change-password')).json())).not.toContain(made.secret);
    // The one kept is the one that signs.
    const listening = await receiver([200]);
    servers.push(listening.server);
    expect(await (await put({ url: listening.url, enabled: true })).json()).toMatchObject({ secret: null, secret_hint: hint });
    await patchPassword();
    await deliveries();
    const [hit] = listening.received;
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(hit?.headers['x-latch-signature'])) ?? [];
    expect(v1).toBe(createHmac('sha256', made.secret).update(`${t}.${hit?.body}`).digest('hex'));
    const given = await (await put({ url: 'https://hooks.example/z', enabled: true, secret: SECRET })).json();
    expect(given).toEqual({ url: 'https://hooks.example/z', secret: SECRET, secret_hint: `…${SECRET.slice(-4)}`, enabled: true });
    for (const [body, message] of [
      [{ url: 'ftp://x', enabled: true }, /absolute http\(s\) URL/],
      [{ url: 'https://user:pw@x.example/', enabled: true }, /absolute http\(s\) URL/],
      [{ url: 'https://x.example/', enabled: 'yes' }, /enabled must be true or false/],
      [{ url: 'https://x.example/', enabled: true, secret: 'short' }, /16 to 256 characters/],
      [{ url: 'https://x.example/', enabled: true, colour: 1 }, /Unknown field: colour/],
    ] as const) {
      const res = await put(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(message) });
    }
  });

  it('is a development endpoint (no token, no entry) and POST /__reset clears it and its log', async () => {
    expect((await fetch(`${mock.url}/__hooks/post-change-password`)).status).toBe(401);
    await hookTo([200]);
    await patchPassword();
    expect(await deliveries()).toHaveLength(1);
    await mock.reset();
    expect(await (await mock.get('/__hooks/post-change-password')).json()).toEqual({ url: null, secret: null, secret_hint: null, enabled: false });
    expect(await deliveries()).toEqual([]);
  });
});
