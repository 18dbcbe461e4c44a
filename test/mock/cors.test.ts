import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ORIGIN, changePasswordBody, startTestMock, type TestMock } from './mock-harness';

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
    const res = await fetch(`${mock.url}/__outbox`, { headers: { Origin: EVIL } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toEqual({
      error: 'access_denied',
      error_description: "The development endpoints answer this origin and the tenant's allowed origins only.",
    });
    const pre = await fetch(`${mock.url}/__faults`, {
      method: 'OPTIONS',
      headers: { Origin: EVIL, 'Access-Control-Request-Method': 'DELETE' },
    });
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    // A `null` origin (a sandboxed frame, a file page) is nobody's.
    expect((await fetch(`${mock.url}/__tenant`, { headers: { Origin: 'null' } })).status).toBe(403);
  });

  it('lets the tenant\'s allowed origins use the admin endpoints', async () => {
    const res = await fetch(`${mock.url}/__outbox`, { headers: { Origin: ALLOWED_ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const pre = await fetch(`${mock.url}/__faults`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED_ORIGIN, 'Access-Control-Request-Method': 'DELETE' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toContain('DELETE');
  });
});
