import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExpiringStore } from '../../mock/expiring-store';
import { MAX_SESSIONS, SessionStore } from '../../mock/sessions';
import { management, openResetPage, requestTicket, startTestMock, submitReset, type TestMock } from './mock-harness';
import { answerParams, authorize, coAuthenticate, CookieJar, loginSession } from './authorize-harness';

// Sessions at the authorization server: the `auth0` cookie, its flags by scheme, its lifetime, and how a password
// reset ends every session of the user (prompt=none then answers login_required).

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const NEW_PASSWORD = 'Brand-new-Passw0rd-2030!';

async function silent(jar: CookieJar): Promise<Record<string, string>> {
  return answerParams(await authorize(mock, jar, { response_type: 'code', prompt: 'none', state: 's' }), 'query');
}

describe('sessions end when the password changes', () => {
  it('on a reset through the hosted page', async () => {
    const jar = await loginSession(mock);
    const otherBrowser = await loginSession(mock);
    expect((await silent(jar)).code).toBeDefined();
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const { csrf } = await openResetPage(mock, ticket);
    expect((await submitReset(mock, { ticket, csrf, newPassword: NEW_PASSWORD })).status).toBe(200);
    expect(await silent(jar)).toEqual({ error: 'login_required', error_description: 'Login required', state: 's' });
    expect((await silent(otherBrowser)).error).toBe('login_required');
  });

  it('on PATCH /api/v2/users/{id} with a password', async () => {
    const jar = await loginSession(mock);
    const res = await management(mock, 'PATCH', `/api/v2/users/${encodeURIComponent('auth0|demo')}`, { password: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect((await silent(jar)).error).toBe('login_required');
  });

  it("not for another user's reset, nor for a refused one", async () => {
    const jar = await loginSession(mock);
    const refused = await management(mock, 'PATCH', `/api/v2/users/${encodeURIComponent('auth0|demo')}`, { password: 'short' });
    expect(refused.status).toBe(400);
    const other = await management(mock, 'PATCH', `/api/v2/users/${encodeURIComponent('auth0|mfa')}`, { password: NEW_PASSWORD });
    expect(other.status).toBe(200);
    expect((await silent(jar)).code).toBeDefined();
  });

  it('a login ticket issued before the reset still needs the new password after it: the old one is refused', async () => {
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const { csrf } = await openResetPage(mock, ticket);
    await submitReset(mock, { ticket, csrf, newPassword: NEW_PASSWORD });
    expect((await coAuthenticate(mock, new CookieJar())).status).toBe(403);
    expect((await coAuthenticate(mock, new CookieJar(), { password: NEW_PASSWORD })).status).toBe(200);
  });
});

describe('the session cookie', () => {
  it('lasts three days from the login, however often it is used', async () => {
    const jar = await loginSession(mock);
    for (let day = 0; day < 2; day += 1) {
      mock.clock.advance(86_400_000);
      expect((await silent(jar)).code).toBeDefined();
    }
    mock.clock.advance(86_400_000 - 1);
    expect((await silent(jar)).code).toBeDefined();
    mock.clock.advance(1);
    expect((await silent(jar)).error).toBe('login_required');
  });

  it('is SameSite=None; Secure with an auth0_compat twin when the tenant is served over https', async () => {
    const https = await startTestMock({ publicUrl: 'https://login.latch.test' });
    try {
      const jar = new CookieJar();
      const login = await coAuthenticate(https, jar);
      expect(login.res.headers.getSetCookie()).toEqual([
        `co_verifier_${login.body.co_id}=${login.body.co_verifier}; Max-Age=60; Path=/; HttpOnly; SameSite=None; Secure`,
      ]);
      const res = await authorize(https, jar, { response_type: 'code', state: 's', login_ticket: login.body.login_ticket ?? '' });
      const cookies = res.headers.getSetCookie().filter((c) => c.startsWith('auth0'));
      expect(cookies).toHaveLength(2);
      expect(cookies[0]).toMatch(/^auth0=([\w-]{43}); Max-Age=259200; Path=\/; HttpOnly; SameSite=None; Secure$/);
      expect(cookies[1]).toMatch(/^auth0_compat=([\w-]{43}); Max-Age=259200; Path=\/; HttpOnly; Secure$/);
      // The compat twin alone (a browser that dropped the SameSite=None cookie) is the same session.
      const compat = new CookieJar();
      compat.cookies.set('auth0_compat', jar.cookies.get('auth0_compat') ?? '');
      const silentCompat = await authorize(https, compat, { response_type: 'code', prompt: 'none', state: 's' });
      expect((await answerParams(silentCompat, 'query')).code).toBeDefined();
    } finally {
      await https.close();
    }
  });

  it('replaces the previous session of the browser on a new login', async () => {
    const jar = await loginSession(mock);
    const before = jar.cookies.get('auth0') ?? '';
    await loginSession(mock, jar);
    expect(jar.cookies.get('auth0')).not.toBe(before);
    const old = new CookieJar();
    old.cookies.set('auth0', before);
    expect((await answerParams(await authorize(mock, old, { response_type: 'code', prompt: 'none', state: 's' }), 'query')).error).toBe('login_required');
  });

  it('is cleared by POST /__reset', async () => {
    const jar = await loginSession(mock);
    await mock.reset();
    expect((await silent(jar)).error).toBe('login_required');
  });
});

describe('the stores are bounded', () => {
  it('SessionStore keeps at most its limit, dropping the oldest first', () => {
    let now = 0;
    const store = new SessionStore(() => now, 3);
    const cookies = ['a', 'b', 'c', 'd'].map((user) => store.create(user).cookieValue);
    expect(store.size).toBe(3);
    expect(store.find(cookies[0] ?? '')).toBeUndefined();
    expect(store.find(cookies[3] ?? '')?.userId).toBe('d');
    now += 3 * 86_400_000;
    expect(store.find(cookies[3] ?? '')).toBeUndefined();
    expect(MAX_SESSIONS).toBe(10_000);
  });

  it('ExpiringStore (login tickets, authorize transactions) keeps at most its limit, and take spends', () => {
    let now = 0;
    const store = new ExpiringStore<number>(() => now, 2);
    const handles = [1, 2, 3].map((n) => store.put(n, 1000));
    expect(store.size).toBe(2);
    expect(store.get(handles[0] ?? '')).toBeUndefined();
    expect(store.take(handles[1] ?? '')).toBe(2);
    expect(store.take(handles[1] ?? '')).toBeUndefined();
    now += 1000;
    expect(store.get(handles[2] ?? '')).toBeUndefined();
  });
});
