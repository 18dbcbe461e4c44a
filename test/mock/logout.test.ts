import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_ID, startTestMock, type TestMock } from './mock-harness';
import { answerParams, authorize, CookieJar, loginSession } from './authorize-harness';

// GET /v2/logout over real HTTP: the session ends, the cookies go, and returnTo is followed only when it is one of the
// Allowed Logout URLs.

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

async function logout(jar: CookieJar, query: string): Promise<Response> {
  const res = await fetch(`${mock.url}/v2/logout${query}`, { headers: jar.header(), redirect: 'manual' });
  jar.take(res);
  return res;
}

async function loggedIn(jar: CookieJar): Promise<boolean> {
  const res = await authorize(mock, jar, { response_type: 'code', prompt: 'none', state: 's' });
  return (await answerParams(res, 'query')).code !== undefined;
}

describe('GET /v2/logout', () => {
  it('ends the session, clears the cookies and goes to an allowed returnTo', async () => {
    const jar = await loginSession(mock);
    const cookie = jar.cookies.get('auth0') ?? '';
    const res = await logout(jar, `?client_id=${CLIENT_ID}&returnTo=${encodeURIComponent('http://localhost:5173/')}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('http://localhost:5173/');
    expect(res.headers.getSetCookie()).toEqual([
      'auth0=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax',
      'auth0_compat=; Max-Age=0; Path=/; HttpOnly',
    ]);
    expect(jar.has('auth0')).toBe(false);
    // The session is gone on the server too: the old cookie is worth nothing.
    const replay = new CookieJar();
    replay.cookies.set('auth0', cookie);
    expect(await loggedIn(replay)).toBe(false);
  });

  it('accepts any client’s logout URL without client_id, and federated is ignored', async () => {
    const jar = await loginSession(mock);
    const res = await logout(jar, `?returnTo=${encodeURIComponent('http://127.0.0.1:4173/react.html')}&federated`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('http://127.0.0.1:4173/react.html');
  });

  it('shows a logged-out page without returnTo', async () => {
    const jar = await loginSession(mock);
    const res = await logout(jar, '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(await res.text()).toContain('You are logged out');
    expect(await loggedIn(jar)).toBe(false);
  });

  it('refuses a returnTo that is not an Allowed Logout URL with an error page, never a redirect (the session still ends)', async () => {
    for (const returnTo of ['https://evil.example/', 'http://localhost:5173', 'http://localhost:5173/?next=x', '//evil.example', 'javascript:alert(1)']) {
      const jar = await loginSession(mock);
      const res = await logout(jar, `?client_id=${CLIENT_ID}&returnTo=${encodeURIComponent(returnTo)}`);
      expect(res.status, returnTo).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('Allowed Logout URLs');
      expect(await loggedIn(jar)).toBe(false);
    }
  });

  it("refuses another client's logout URL when client_id is given, and an unknown client", async () => {
    const jar = new CookieJar();
    const other = await logout(jar, `?client_id=latch-no-password-grant&returnTo=${encodeURIComponent('http://localhost:5173/')}`);
    expect(other.status).toBe(400);
    const unknown = await logout(jar, `?client_id=nope&returnTo=${encodeURIComponent('http://localhost:5173/')}`);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Unknown client: nope');
    const twice = await logout(jar, `?returnTo=${encodeURIComponent('http://localhost:5173/')}&returnTo=x`);
    expect(twice.status).toBe(400);
  });

  it('escapes returnTo in the error page', async () => {
    const res = await logout(new CookieJar(), `?returnTo=${encodeURIComponent('"><script>alert(1)</script>')}`);
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&#34;&#62;&#60;script&#62;');
  });

  it('answers other methods with the API envelope', async () => {
    const res = await fetch(`${mock.url}/v2/logout`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(await res.json()).toMatchObject({ error: 'method_not_allowed' });
  });
});
