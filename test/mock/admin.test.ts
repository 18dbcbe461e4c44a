import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Email } from '../../mock/app';
import {
  ADMIN_HEADERS,
  changePasswordBody,
  CLIENT_ID,
  CONNECTION,
  loginBody,
  PASSWORD,
  startTestMock,
  type TestMock,
} from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const outbox = async () => (await (await mock.get('/__outbox')).json()) as Email[];
const sendReset = (email: string) => mock.post('/dbconnections/change_password', changePasswordBody(email));

describe('admin endpoints', () => {
  it('GET /__tenant describes the demo tenant and its users', async () => {
    const res = await mock.get('/__tenant');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      name: 'Latch Demo',
      clientId: CLIENT_ID,
      domain: mock.url,
      connection: CONNECTION,
      allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173'],
      passwordPolicy: { level: 'good', minLength: 8 },
      managementApiToken: 'latch-demo-management-token',
      users: [
        { email: 'demo@latch.dev', password: PASSWORD, behaviour: 'ok' },
        { email: 'blocked@latch.dev', password: PASSWORD, behaviour: 'blocked' },
        { email: 'mfa@latch.dev', password: PASSWORD, behaviour: 'mfa' },
        { email: 'leaked@latch.dev', password: PASSWORD, behaviour: 'leaked' },
      ],
    });
  });

  it('GET /__outbox lists emails oldest first; DELETE empties it', async () => {
    await sendReset('demo@latch.dev');
    mock.clock.advance(1000);
    await sendReset('mfa@latch.dev');
    const emails = await outbox();
    expect(emails.map((e) => e.to)).toEqual(['demo@latch.dev', 'mfa@latch.dev']);
    expect(Object.keys(emails[0] ?? {}).sort()).toEqual(['createdAt', 'from', 'html', 'id', 'link', 'subject', 'text', 'to']);
    expect(emails[0]?.id).not.toBe(emails[1]?.id);

    const cleared = await fetch(`${mock.url}/__outbox`, { method: 'DELETE', headers: ADMIN_HEADERS });
    expect(cleared.status).toBe(204);
    expect(await outbox()).toEqual([]);
  });

  it('POST /__reset restores rate limits, brute-force blocks, tokens, outbox and faults', async () => {
    for (let i = 0; i < 11; i += 1) await sendReset('demo@latch.dev');
    expect((await sendReset('demo@latch.dev')).status).toBe(429);
    for (let i = 0; i < 10; i += 1) await mock.post('/oauth/token', loginBody('mfa@latch.dev', 'wrong'));
    expect((await mock.post('/oauth/token', loginBody('mfa@latch.dev', PASSWORD))).status).toBe(429);
    const tokens = (await (await mock.post('/oauth/token', loginBody('demo@latch.dev', PASSWORD))).json()) as {
      access_token: string;
    };
    const bearer = { Authorization: `Bearer ${tokens.access_token}` };
    expect((await mock.get('/userinfo', bearer)).status).toBe(200);
    await mock.post('/__faults', { path: '/userinfo', status: 500 });

    const reset = await fetch(`${mock.url}/__reset`, { method: 'POST', headers: ADMIN_HEADERS });
    expect(reset.status).toBe(204);

    expect(await outbox()).toEqual([]);
    expect(await (await mock.get('/__faults')).json()).toEqual([]);
    expect((await mock.get('/userinfo', bearer)).status).toBe(401);
    expect((await sendReset('demo@latch.dev')).status).toBe(200);
    expect((await mock.post('/oauth/token', loginBody('mfa@latch.dev', PASSWORD))).status).toBe(403);
  });

  it('publishes an OpenID configuration that points at its own endpoints', async () => {
    const res = await mock.get('/.well-known/openid-configuration');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      issuer: `${mock.url}/`,
      token_endpoint: `${mock.url}/oauth/token`,
      jwks_uri: `${mock.url}/.well-known/jwks.json`,
    });
  });
});
