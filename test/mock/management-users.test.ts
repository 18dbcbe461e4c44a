// The Management API's user routes, as the tenant's dashboard uses them: search, read, block and unblock, delete, the
// user's sessions and brute-force blocks, and a password set by an administrator (policy checked, no email, every
// session ended).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Email } from '../../mock/app';
import { answerParams, authorize, loginSession, type CookieJar } from './authorize-harness';
import { exchange, obtainCode, pkce, tokenRequest } from './code-flow';
import { loginBody, management, requestTicket, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

type User = Record<string, unknown> & { user_id: string; email: string };
const users = async (query: string) => {
  const res = await management(mock, 'GET', `/api/v2/users${query}`);
  expect(res.status, query).toBe(200);
  return (await res.json()) as User[] & { users?: User[] };
};
const emails = (list: User[]) => list.map((u) => u.email).sort();
const DEMO = encodeURIComponent('auth0|demo');
const outbox = async () => (await (await mock.get('/__outbox')).json()) as Email[];
/** A refresh token from the code flow with PKCE, as a single-page app holds one. */
async function refreshToken(): Promise<string> {
  const { verifier, challenge } = pkce();
  const issued = await obtainCode(mock, { params: { code_challenge: challenge, code_challenge_method: 'S256' } });
  const { refresh_token } = (await (await exchange(mock, issued, { code_verifier: verifier })).json()) as { refresh_token?: string };
  if (!refresh_token) throw new Error('the code flow gave no refresh token');
  return refresh_token;
}
const refresh = (token: string) => tokenRequest(mock, { grant_type: 'refresh_token', client_id: 'latch-demo', refresh_token: token });
const silent = async (jar: CookieJar) => answerParams(await authorize(mock, jar, { response_type: 'code', prompt: 'none', state: 's' }), 'query');

describe('GET /api/v2/users', () => {
  it('lists every user without a query, and searches by field, phrase, prefix and free text', async () => {
    const all = await users('');
    expect(emails(all)).toEqual(expect.arrayContaining(['blocked@latch.dev', 'demo@latch.dev', 'leaked@latch.dev', 'mfa@latch.dev']));
    expect(emails(await users('?q=email:"demo@latch.dev"&search_engine=v3'))).toEqual(['demo@latch.dev']);
    expect(emails(await users('?q=email:mfa*'))).toEqual(['mfa@latch.dev']);
    expect(emails(await users('?q=blocked:true'))).toEqual(['blocked@latch.dev']);
    expect(emails(await users('?q=leak'))).toEqual(['leaked@latch.dev']);
    expect(emails(await users('?q=latch.dev AND blocked:false'))).not.toContain('blocked@latch.dev');
    expect(await users('?q=nobody-here')).toEqual([]);
  });

  it('pages, and says the totals when asked', async () => {
    const all = await users('');
    const page = (await users('?per_page=2&page=1&include_totals=true')) as unknown as { users: User[]; start: number; limit: number; length: number; total: number };
    expect(page).toMatchObject({ start: 2, limit: 2, total: all.length });
    expect(page.users.map((u) => u.user_id)).toEqual(all.slice(2, 4).map((u) => u.user_id));
  });

  it('refuses a query it cannot read, saying why, in the Management shape', async () => {
    for (const [query, message] of [
      ['?q=colour:red', /unknown field 'colour'/],
      ['?q=email:"open', /unclosed quote/],
      ['?q=em*ail', /wildcard may only start or end/],
      ['?per_page=500', /'per_page' must be a whole number from 0 to 100/],
      ['?search_engine=v1', /search_engine/],
    ] as const) {
      const res = await management(mock, 'GET', `/api/v2/users${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', errorCode: 'invalid_query_string', message: expect.stringMatching(message) });
    }
  });

  it('reads OR, NOT and a leading minus as Auth0 does, AND binding tighter than OR', async () => {
    expect(emails(await users(`?q=${encodeURIComponent('email:"demo@latch.dev" OR email:"mfa@latch.dev"')}`))).toEqual(['demo@latch.dev', 'mfa@latch.dev']);
    expect(emails(await users(`?q=${encodeURIComponent('email:demo* or email:leaked*')}`))).toEqual(['demo@latch.dev', 'leaked@latch.dev']);
    const all = emails(await users(''));
    expect(emails(await users(`?q=${encodeURIComponent('NOT blocked:true')}`))).toEqual(all.filter((e) => e !== 'blocked@latch.dev'));
    expect(emails(await users(`?q=${encodeURIComponent('-email:demo* latch.dev')}`))).toEqual(all.filter((e) => e !== 'demo@latch.dev'));
    expect(emails(await users(`?q=${encodeURIComponent('blocked:true OR email:mfa* AND email_verified:true')}`))).toEqual(['blocked@latch.dev', 'mfa@latch.dev']);
  });

  it('refuses grouping, ranges and a dangling operator instead of guessing', async () => {
    for (const [query, message] of [
      ['(email:demo* OR name:ada)', /parentheses/],
      ['logins_count:[1 TO 5]', /ranges/],
      ['email:demo* OR', /OR needs a term on each side/],
      ['AND blocked:true', /AND needs a term on each side/],
      ['blocked:true AND OR name:x', /OR needs a term on each side/],
      ['NOT NOT blocked:true', /NOT twice/],
      ['email: demo@latch.dev', /'email:' names no value/],
    ] as const) {
      const res = await management(mock, 'GET', `/api/v2/users?q=${encodeURIComponent(query)}`);
      expect(res.status, query).toBe(400);
      expect(await res.json(), query).toMatchObject({ statusCode: 400, error: 'Bad Request', errorCode: 'invalid_query_string', message: expect.stringMatching(message) });
    }
  });

  it('needs the management token on every user route', async () => {
    for (const [method, path] of [
      ['GET', '/api/v2/users'],
      ['GET', `/api/v2/users/${DEMO}`],
      ['DELETE', `/api/v2/users/${DEMO}`],
      ['GET', `/api/v2/users/${DEMO}/sessions`],
      ['DELETE', `/api/v2/users/${DEMO}/sessions`],
      ['GET', `/api/v2/user-blocks/${DEMO}`],
      ['DELETE', `/api/v2/user-blocks/${DEMO}`],
    ] as const) {
      const res = await management(mock, method, path, undefined, { Authorization: 'Bearer wrong' });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    expect((await management(mock, 'GET', `/api/v2/users/${DEMO}`)).status).toBe(200);
  });
});

describe('a user', () => {
  it('shows connection, email verified, blocked, last login, its address and the login count; never a password', async () => {
    expect((await (await management(mock, 'GET', `/api/v2/users/${DEMO}`)).json()) as User).toMatchObject({ logins_count: 0 });
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', 'correct-horse-battery-staple'))).status).toBe(200);
    const user = (await (await management(mock, 'GET', `/api/v2/users/${DEMO}`)).json()) as User;
    expect(user).toMatchObject({ user_id: 'auth0|demo', email: 'demo@latch.dev', blocked: false, logins_count: 1, identities: [{ connection: 'Username-Password-Authentication' }] });
    expect(user.last_login).toBe(new Date(mock.clock.now).toISOString());
    expect(typeof user.last_ip).toBe('string');
    expect(JSON.stringify(user)).not.toMatch(/password"|hash|history/);
    expect((await management(mock, 'GET', '/api/v2/users/auth0%7Cnobody')).status).toBe(404);
  });

  it('blocked: true refuses its logins; blocked: false lets them in again', async () => {
    expect((await management(mock, 'PATCH', `/api/v2/users/${DEMO}`, { blocked: true })).status).toBe(200);
    const refused = await mock.post('/oauth/token', loginBody('demo@latch.dev', 'correct-horse-battery-staple'));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'unauthorized', error_description: 'user is blocked' });
    const unblocked = await management(mock, 'PATCH', `/api/v2/users/${DEMO}`, { blocked: false });
    expect(await unblocked.json()).toMatchObject({ blocked: false });
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', 'correct-horse-battery-staple'))).status).toBe(200);
  });

  it('email_verified is set by PATCH', async () => {
    const res = await management(mock, 'PATCH', `/api/v2/users/${DEMO}`, { email_verified: false });
    expect(await res.json()).toMatchObject({ email_verified: false });
  });

  it('DELETE removes the user, their sessions and their reset links; then it is 404', async () => {
    const jar = await loginSession(mock);
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    expect((await management(mock, 'DELETE', `/api/v2/users/${DEMO}`)).status).toBe(204);
    expect((await management(mock, 'GET', `/api/v2/users/${DEMO}`)).status).toBe(404);
    expect((await management(mock, 'DELETE', `/api/v2/users/${DEMO}`)).status).toBe(404);
    expect((await silent(jar)).error).toBe('login_required');
    expect((await fetch(`${mock.url}/lo/reset?ticket=${ticket}`).then((r) => r.text()))).toContain('data-state="invalid"');
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', 'correct-horse-battery-staple'))).status).toBe(403);
  });
});

describe("a user's sessions", () => {
  it('are listed, and DELETE ends every one of them', async () => {
    const first = await loginSession(mock);
    const second = await loginSession(mock);
    const listed = (await (await management(mock, 'GET', `/api/v2/users/${DEMO}/sessions`)).json()) as { sessions: { id: string; user_id: string; authenticated_at: string }[] };
    expect(listed.sessions).toHaveLength(2);
    expect(listed.sessions[0]).toMatchObject({ user_id: 'auth0|demo', authenticated_at: expect.any(String) });
    expect((await management(mock, 'DELETE', `/api/v2/users/${DEMO}/sessions`)).status).toBe(204);
    expect((await silent(first)).error).toBe('login_required');
    expect((await silent(second)).error).toBe('login_required');
    expect(await (await management(mock, 'GET', `/api/v2/users/${DEMO}/sessions`)).json()).toEqual({ sessions: [] });
  });
});

describe('refresh tokens', () => {
  it('end with DELETE /users/{id}/sessions, with DELETE /users/{id}, and with a password set by PATCH', async () => {
    for (const end of [
      () => management(mock, 'DELETE', `/api/v2/users/${DEMO}/sessions`),
      () => management(mock, 'PATCH', `/api/v2/users/${DEMO}`, { password: 'Purple-Otter-42' }),
      () => management(mock, 'DELETE', `/api/v2/users/${DEMO}`),
    ]) {
      await mock.reset();
      // Alive before: it rotates, and the new one is what the app holds.
      const rotated = await refresh(await refreshToken());
      expect(rotated.status).toBe(200);
      const { refresh_token: token } = (await rotated.json()) as { refresh_token: string };
      expect((await end()).status).toBeLessThan(300);
      const refused = await refresh(token);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: 'invalid_grant' });
    }
  });
});

describe("a user's session, as Auth0 describes one", () => {
  it('says when it was made and when its cookie was last used', async () => {
    const made = new Date(mock.clock.now).toISOString();
    const jar = await loginSession(mock);
    mock.clock.advance(60_000);
    expect((await silent(jar)).code).toBeDefined();
    const { sessions } = (await (await management(mock, 'GET', `/api/v2/users/${DEMO}/sessions`)).json()) as { sessions: Record<string, unknown>[] };
    expect(sessions).toEqual([
      {
        id: expect.any(String),
        user_id: 'auth0|demo',
        created_at: made,
        authenticated_at: made,
        updated_at: new Date(mock.clock.now).toISOString(),
        last_interacted_at: new Date(mock.clock.now).toISOString(),
        expires_at: expect.any(String),
        clients: [{ client_id: expect.any(String) }],
        authentication: { methods: [{ name: 'pwd', timestamp: made }] },
      },
    ]);
  });
});

describe('user-blocks', () => {
  it('lists the addresses brute-force protection blocks the user from, and DELETE lifts them', async () => {
    for (let i = 0; i < 10; i += 1) await mock.post('/oauth/token', loginBody('demo@latch.dev', `wrong-${i}`));
    const blocked = await mock.post('/oauth/token', loginBody('demo@latch.dev', 'correct-horse-battery-staple'));
    expect(((await blocked.json()) as { error: string }).error).toBe('too_many_attempts');
    const listed = (await (await management(mock, 'GET', `/api/v2/user-blocks/${DEMO}`)).json()) as { blocked_for: { identifier: string; ip: string }[] };
    expect(listed.blocked_for).toHaveLength(1);
    expect(listed.blocked_for[0]?.identifier).toBe('demo@latch.dev');
    expect((await management(mock, 'DELETE', `/api/v2/user-blocks/${DEMO}`)).status).toBe(204);
    expect(await (await management(mock, 'GET', `/api/v2/user-blocks/${DEMO}`)).json()).toEqual({ blocked_for: [] });
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', 'correct-horse-battery-staple'))).status).toBe(200);
  });
});

describe('a password set by an administrator', () => {
  it('is checked against the policy (nothing changes when refused), sends no email, and ends every session', async () => {
    const jar = await loginSession(mock);
    const weak = await management(mock, 'PATCH', `/api/v2/users/${DEMO}`, { password: 'short' });
    expect(weak.status).toBe(400);
    expect(((await weak.json()) as { message: string }).message).toMatch(/PasswordStrengthError/);
    expect((await silent(jar)).code).toBeDefined();
    const set = await management(mock, 'PATCH', `/api/v2/users/${DEMO}`, { password: 'Purple-Otter-42' });
    expect(set.status).toBe(200);
    expect((await silent(jar)).error).toBe('login_required');
    expect(await outbox()).toEqual([]);
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', 'correct-horse-battery-staple'))).status).toBe(403);
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', 'Purple-Otter-42'))).status).toBe(200);
  });
});
