import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTenant } from '../../mock/tenant';
import { CLIENT_ID, CONNECTION, countingDerive, PASSWORD, startTestMock, type TestMock } from './mock-harness';
import { APP_ORIGIN, coAuthenticate, CookieJar, REALM_CREDENTIAL } from './authorize-harness';

// POST /co/authenticate over real HTTP: auth0-js's cross-origin login. CORS with credentials for the client's own
// origins only, one answer for a wrong password and an unknown user, the account states /oauth/token reports.

let mock: TestMock;
const counter = countingDerive();
beforeAll(async () => {
  mock = await startTestMock({ passwordDerive: counter.derive });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe('POST /co/authenticate', () => {
  it('answers {login_ticket, co_verifier, co_id} and the co_verifier cookie', async () => {
    const jar = new CookieJar();
    const { status, body, res } = await coAuthenticate(mock, jar);
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['co_id', 'co_verifier', 'login_ticket']);
    expect(body.login_ticket).toMatch(/^[\w-]{43}$/);
    expect(body.co_verifier).toMatch(/^[\w-]{43}$/);
    expect(res.headers.getSetCookie()).toEqual([`co_verifier_${body.co_id}=${body.co_verifier}; Max-Age=60; Path=/; HttpOnly; SameSite=Lax`]);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('grants CORS with credentials to the exact allowed origin', async () => {
    const { res } = await coAuthenticate(mock, new CookieJar());
    expect(res.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    const preflight = await fetch(`${mock.url}/co/authenticate`, {
      method: 'OPTIONS',
      headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('grants nothing to an origin no client allows, and refuses the login', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:5174', 'null', 'http://localhost:5173.evil.example']) {
      const preflight = await fetch(`${mock.url}/co/authenticate`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const { status, body, res } = await coAuthenticate(mock, new CookieJar(), {}, { Origin: origin });
      expect(status).toBe(403);
      expect(body).toEqual({ error: 'unauthorized_client', error_description: 'Cross origin login not allowed.' });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('allows the origin of a callback or a web origin, but only for that client', async () => {
    const tenant = loadTenant();
    const [demo, second] = tenant.clients;
    if (!demo || !second) throw new Error('tenant clients missing');
    const other = await startTestMock({
      tenant: {
        ...tenant,
        publicUrl: 'http://127.0.0.1:1',
        clients: [
          { ...demo, allowed_origins: [], web_origins: [], callbacks: ['https://cb.example/done'] },
          { ...demo, client_id: 'web-origin-app', allowed_origins: [], web_origins: ['https://web.example'], callbacks: [] },
          { ...second, cross_origin_authentication: false, allowed_origins: ['https://no-co.example'] },
        ],
      },
    });
    try {
      const from = (origin: string, clientId: string) => coAuthenticate(other, new CookieJar(), { client_id: clientId }, { Origin: origin });
      const callback = await from('https://cb.example', CLIENT_ID);
      expect(callback.status).toBe(200);
      expect(callback.res.headers.get('access-control-allow-origin')).toBe('https://cb.example');
      expect((await from('https://web.example', 'web-origin-app')).status).toBe(200);
      // Each origin belongs to its own client.
      const crossed = await from('https://web.example', CLIENT_ID);
      expect(crossed.status).toBe(403);
      expect(crossed.res.headers.get('access-control-allow-origin')).toBeNull();
      // A client without Cross-Origin Authentication: refused, and its origin gets no credentialed CORS at all.
      const off = await from('https://no-co.example', 'latch-no-password-grant');
      expect(off.body).toEqual({ error: 'unauthorized_client', error_description: 'Cross origin login not allowed.' });
      expect(off.res.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await other.close();
    }
  });

  it("accepts the tenant's own pages (the hosted login page) for any client, whatever its grants", async () => {
    const own = new URL(mock.url).origin;
    const { status, res } = await coAuthenticate(mock, new CookieJar(), { client_id: 'latch-no-password-grant' }, { Origin: own });
    expect(status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(own);
  });

  it('needs the password-realm grant for a login from an application page', async () => {
    const tenant = loadTenant();
    const other = await startTestMock({
      tenant: { ...tenant, publicUrl: 'http://127.0.0.1:1', clients: tenant.clients.map((c) => ({ ...c, grant_types: ['authorization_code'] })) },
    });
    try {
      const { status, body } = await coAuthenticate(other, new CookieJar());
      expect(status).toBe(403);
      expect(body).toEqual({
        error: 'unauthorized_client',
        error_description: "Grant type 'http://auth0.com/oauth/grant-type/password-realm' not allowed for the client.",
      });
    } finally {
      await other.close();
    }
  });

  it('answers a wrong password and an unknown user alike, after the same password work', async () => {
    counter.count = 0;
    const wrong = await coAuthenticate(mock, new CookieJar(), { password: 'not-the-password' });
    const wrongWork = counter.count;
    counter.count = 0;
    const unknown = await coAuthenticate(mock, new CookieJar(), { username: 'nobody@latch.dev', password: 'not-the-password' });
    expect(counter.count).toBe(wrongWork);
    expect(wrongWork).toBe(1);
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({ error: 'access_denied', error_description: 'Wrong email or password.' });
      expect(answer.res.headers.getSetCookie()).toEqual([]);
      expect(answer.res.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    }
  });

  it('answers blocked, leaked and MFA accounts as /oauth/token does, only with the right password', async () => {
    const login = (username: string, password = PASSWORD) => coAuthenticate(mock, new CookieJar(), { username, password });
    expect((await login('blocked@latch.dev')).body).toEqual({ error: 'unauthorized', error_description: 'user is blocked' });
    expect((await login('leaked@latch.dev')).status).toBe(401);
    expect((await login('leaked@latch.dev')).body.error).toBe('password_leaked');
    const mfa = await login('mfa@latch.dev');
    expect(mfa.status).toBe(403);
    expect(mfa.body).toMatchObject({ error: 'mfa_required', error_description: 'Multifactor authentication required' });
    expect((await login('blocked@latch.dev', 'wrong-password')).body.error).toBe('access_denied');
  });

  it('blocks an IP+user pair after 10 failures, even for the right password', async () => {
    for (let i = 0; i < 10; i += 1) expect((await coAuthenticate(mock, new CookieJar(), { password: `wrong-${i}` })).status).toBe(403);
    const blocked = await coAuthenticate(mock, new CookieJar());
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('too_many_attempts');
  });

  it("uses the tenant's first database connection for credential_type=password", async () => {
    const { status } = await coAuthenticate(mock, new CookieJar(), { credential_type: 'password', realm: undefined });
    expect(status).toBe(200);
    const noType = await coAuthenticate(mock, new CookieJar(), { credential_type: undefined, realm: undefined });
    expect(noType.status).toBe(200);
  });

  it('accepts email instead of username, as auth0-js maps it', async () => {
    const { status } = await coAuthenticate(mock, new CookieJar(), { username: undefined, email: 'demo@latch.dev' });
    expect(status).toBe(200);
  });

  it('refuses bad input with the OAuth envelope', async () => {
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ client_id: undefined }, 400, 'invalid_request', 'Missing required parameter: client_id'],
      [{ client_id: 'nope' }, 401, 'invalid_client', 'Unknown client.'],
      [{ username: undefined }, 400, 'invalid_request', 'Missing required parameter: username'],
      [{ password: undefined }, 400, 'invalid_request', 'Missing required parameter: password'],
      [{ realm: undefined }, 400, 'invalid_request', 'Missing required parameter: realm'],
      [{ realm: 'google-oauth2' }, 400, 'invalid_request', 'the connection was not found'],
      [{ credential_type: 'magic' }, 400, 'unsupported_credential_type', 'Unknown credential type parameter.'],
      [{ username: 'x'.repeat(300) }, 400, 'invalid_request', 'username must be at most 254 characters'],
      [{ password: ['a'] }, 400, 'invalid_request', 'Invalid type for property password: expected string but found array.'],
      [{ client_id: { $ne: 1 } }, 400, 'invalid_request', 'Invalid type for property client_id: expected string but found object.'],
    ];
    for (const [fields, status, error, description] of cases) {
      const answer = await coAuthenticate(mock, new CookieJar(), fields);
      expect(answer.status, JSON.stringify(fields)).toBe(status);
      expect(answer.body, JSON.stringify(fields)).toEqual({ error, error_description: description });
    }
    const text = await fetch(`${mock.url}/co/authenticate`, { method: 'POST', headers: { Origin: APP_ORIGIN, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(400);
    const huge = await fetch(`${mock.url}/co/authenticate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: CLIENT_ID, username: 'demo@latch.dev', password: 'x'.repeat(200_000), realm: CONNECTION, credential_type: REALM_CREDENTIAL }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'invalid_request' });
    const get = await fetch(`${mock.url}/co/authenticate`);
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ error: 'method_not_allowed' });
  });

  it('is rate limited per IP (30 a second)', async () => {
    let last = 0;
    for (let i = 0; i < 31; i += 1) last = (await coAuthenticate(mock, new CookieJar(), { client_id: undefined })).status;
    expect(last).toBe(429);
    mock.clock.advance(1000);
    expect((await coAuthenticate(mock, new CookieJar())).status).toBe(200);
  });
});
