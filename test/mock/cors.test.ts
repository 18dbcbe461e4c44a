import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, ALLOWED_ORIGIN, changePasswordBody, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const EVIL = 'https://evil.example';

function preflight(path: string, origin: string): Promise<Response> {
  return fetch(mock.url + path, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, auth0-client',
    },
  });
}

describe('CORS', () => {
  it.each(['/dbconnections/change_password', '/oauth/token'])('grants a preflight to an allowed origin on %s', async (path) => {
    const res = await preflight(path, ALLOWED_ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, PATCH, DELETE, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'Content-Type, Auth0-Client, Authorization, X-Latch-Fault',
    );
  });

  it('answers a preflight from another origin without any permission', async () => {
    const res = await preflight('/dbconnections/change_password', EVIL);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('echoes an allowed origin and exposes the rate-limit headers on the actual request', async () => {
    const res = await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'), {
      Origin: 'http://127.0.0.1:5173',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-expose-headers')).toBe(
      'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After',
    );
  });

  it('sends no Access-Control-Allow-Origin to an origin that is not allowed', async () => {
    const res = await mock.post('/oauth/token', {}, { Origin: EVIL });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBeNull();
  });

  it('does not treat a look-alike origin as allowed', async () => {
    const res = await mock.post('/oauth/token', {}, { Origin: 'http://localhost:5173.evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses the admin endpoints (development tools) to another site: they hold every reset link', async () => {
    // A page of another site: its fetch says cross-site, and no credential comes with it.
    const res = await fetch(`${mock.url}/__outbox`, { headers: { Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toEqual({
      error: 'access_denied',
      error_description:
        'The development endpoints need the management token, the admin secret the mock printed when it started (X-Latch-Admin), or a page of this origin.',
    });
    const pre = await fetch(`${mock.url}/__faults`, {
      method: 'OPTIONS',
      headers: { Origin: EVIL, 'Access-Control-Request-Method': 'DELETE', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(pre.status).toBe(401);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    // A `null` origin (a sandboxed frame, a file page) is nobody's.
    expect((await fetch(`${mock.url}/__tenant`, { headers: { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(401);
  });

  it('grants CORS on the admin endpoints to no origin, not even the tenant\'s allowed ones', async () => {
    const res = await fetch(`${mock.url}/__outbox`, { headers: { Origin: ALLOWED_ORIGIN, 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    // Even with the token, no foreign page may read the answer.
    const withToken = await fetch(`${mock.url}/__outbox`, { headers: { Origin: ALLOWED_ORIGIN, ...ADMIN_HEADERS } });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a page of its own origin and a typed address use them, as the browser says in Sec-Fetch-Site', async () => {
    const own = new URL(mock.url).host;
    expect((await fetch(`${mock.url}/__tenant`, { headers: { 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200);
    expect((await fetch(`${mock.url}/__outbox`, { method: 'DELETE', headers: { Origin: `http://${own}`, 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(204);
    expect((await fetch(`${mock.url}/__tenant`, { headers: { 'Sec-Fetch-Site': 'none' } })).status).toBe(200);
    // Without any of the three, nothing.
    expect((await fetch(`${mock.url}/__tenant`)).status).toBe(401);
    expect((await fetch(`${mock.url}/__tenant`, { headers: { 'X-Latch-Admin': mock.app.adminSecret } })).status).toBe(200);
  });
});
