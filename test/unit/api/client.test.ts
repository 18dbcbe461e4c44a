import { describe, expect, test, vi } from 'vitest';
import { AUTH0_CLIENT_HEADER, apiOrigin, createApiClient, retryAfterSeconds, type FetchLike } from '../../../src/api/client';
import { normalizeError } from '../../../src/api/errors';
import { changePassword } from '../../../src/flows/forgot/forgot.effects';
import { login } from '../../../src/flows/login/login.effects';
import { errorMessageKey } from '../../../src/machine/errors';

interface Call {
  url: string;
  init: RequestInit;
}

/** A transport that records what the client sent and answers with the given response. */
function recorder(respond: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return respond();
  };
  return { calls, fetch };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const NOW = 1_800_000_000_000;

describe('requests', () => {
  test('change password posts exactly client_id, email and connection, with the Auth0-Client header', async () => {
    const { calls, fetch } = recorder(() => new Response("We've just sent you an email to reset your password.", {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    }));
    const api = createApiClient({ clientID: 'cid', domain: 'tenant.example.com', fetch, timeout: 1000 });
    const result = await changePassword(api, { email: 'ada@example.com', connection: 'Username-Password-Authentication' });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('https://tenant.example.com/dbconnections/change_password');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.headers).toEqual({ 'Content-Type': 'application/json', 'Auth0-Client': AUTH0_CLIENT_HEADER });
    expect(JSON.parse(String(call?.init.body))).toEqual({
      client_id: 'cid',
      email: 'ada@example.com',
      connection: 'Username-Password-Authentication',
    });
  });

  test('the Auth0-Client header is base64url JSON naming the library and version', () => {
    const decoded = JSON.parse(Buffer.from(AUTH0_CLIENT_HEADER, 'base64url').toString('utf8'));
    expect(decoded).toEqual({ name: 'latch', version: '0.1.0' });
    expect(AUTH0_CLIENT_HEADER).not.toMatch(/[+/=]/);
  });

  test('a JSON-string success body is a success too', async () => {
    const { fetch } = recorder(() => json(200, "We've just sent you an email to reset your password."));
    const api = createApiClient({ clientID: 'cid', domain: 'http://127.0.0.1:4000', fetch, timeout: 1000 });
    expect(await changePassword(api, { email: 'a@b.co', connection: 'c' })).toEqual({ ok: true, value: undefined });
  });

  test('login sends the password-realm grant with scope and audience, and maps the tokens', async () => {
    const { calls, fetch } = recorder(() =>
      json(200, { access_token: 'AT', id_token: 'IT', token_type: 'Bearer', expires_in: 86400, scope: 'openid email' }),
    );
    const api = createApiClient({ clientID: 'cid', domain: 'http://127.0.0.1:4000/', fetch, timeout: 1000 });
    const result = await login(api, { username: 'a@b.co', password: 'pw', realm: 'db', scope: 'openid email', audience: 'https://api' });
    expect(calls[0]?.url).toBe('http://127.0.0.1:4000/oauth/token');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      grant_type: 'http://auth0.com/oauth/grant-type/password-realm',
      client_id: 'cid',
      username: 'a@b.co',
      password: 'pw',
      realm: 'db',
      scope: 'openid email',
      audience: 'https://api',
    });
    expect(result).toEqual({
      ok: true,
      value: { accessToken: 'AT', idToken: 'IT', tokenType: 'Bearer', expiresIn: 86400, scope: 'openid email' },
    });
  });

  test('login without an audience does not send one', async () => {
    const { calls, fetch } = recorder(() => json(200, { access_token: 'AT', token_type: 'Bearer', expires_in: 1 }));
    await login(createApiClient({ clientID: 'c', domain: 'd.example', fetch, timeout: 1000 }), { username: 'u', password: 'p', realm: 'r', scope: 's' });
    expect(JSON.parse(String(calls[0]?.init.body))).not.toHaveProperty('audience');
  });
});

describe('failures', () => {
  test('a rejected fetch (offline, CORS refusal) is a network error', async () => {
    const api = createApiClient({ clientID: 'c', domain: 'd.example', fetch: () => Promise.reject(new TypeError('Failed to fetch')), timeout: 1000 });
    const result = await changePassword(api, { email: 'a@b.co', connection: 'c' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('network');
      expect(errorMessageKey(result.error, 'changePassword')).toBe('error.network');
    }
  });

  test('no answer within the timeout is a timeout error, and the request is aborted', async () => {
    vi.useFakeTimers();
    let aborted = false;
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const pending = changePassword(createApiClient({ clientID: 'c', domain: 'd.example', fetch, timeout: 15_000 }), { email: 'a@b.co', connection: 'c' });
    await vi.advanceTimersByTimeAsync(15_000);
    const result = await pending;
    vi.useRealTimers();
    expect(aborted).toBe(true);
    expect(result.ok === false && result.error.kind).toBe('timeout');
  });

  test('an abort from the caller is reported as a network error (ignored by the machine as stale)', async () => {
    const controller = new AbortController();
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))));
    const pending = login(createApiClient({ clientID: 'c', domain: 'd.example', fetch, timeout: 60_000 }), { username: 'u', password: 'p', realm: 'r', scope: 's' }, controller.signal);
    controller.abort();
    const result = await pending;
    expect(result.ok === false && result.error.kind).toBe('network');
  });

  test('a 429 carries the wait from Retry-After', async () => {
    const { fetch } = recorder(() => json(429, { error: 'too_many_requests', error_description: 'slow down' }, { 'Retry-After': '42' }));
    const result = await changePassword(createApiClient({ clientID: 'c', domain: 'd.example', fetch, timeout: 1000, now: () => NOW }), { email: 'a@b.co', connection: 'c' });
    expect(result.ok === false && result.error).toMatchObject({ status: 429, code: 'too_many_requests', retryAfter: 42 });
  });

  test('an HTML 500 page is a server error, not a crash', async () => {
    const { fetch } = recorder(() => new Response('<html><body>Oops</body></html>', { status: 500, headers: { 'Content-Type': 'text/html' } }));
    const result = await login(createApiClient({ clientID: 'c', domain: 'd.example', fetch, timeout: 1000 }), { username: 'u', password: 'p', realm: 'r', scope: 's' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorMessageKey(result.error, 'login')).toBe('error.server');
  });

  test('tokens answered from another origin are not taken', async () => {
    const foreign = () => {
      const res = new Response(JSON.stringify({ access_token: 'foreign', token_type: 'Bearer', expires_in: 60 }), { status: 200 });
      // What a transport reports after it went elsewhere (a followed redirect, a service worker's answer).
      Object.defineProperty(res, 'url', { value: 'https://evil.example/oauth/token' });
      return res;
    };
    const { fetch } = recorder(foreign);
    const result = await login(createApiClient({ clientID: 'c', domain: 'd.example', fetch, timeout: 1000 }), { username: 'u', password: 'p', realm: 'r', scope: 's' });
    expect(result.ok).toBe(false);
    // The same answer from the configured API is taken.
    const own = () => {
      const res = new Response(JSON.stringify({ access_token: 'own', token_type: 'Bearer', expires_in: 60 }), { status: 200 });
      Object.defineProperty(res, 'url', { value: 'https://d.example/oauth/token' });
      return res;
    };
    const ok = await login(createApiClient({ clientID: 'c', domain: 'd.example', fetch: recorder(own).fetch, timeout: 1000 }), {
      username: 'u',
      password: 'p',
      realm: 'r',
      scope: 's',
    });
    expect(ok.ok && ok.value.accessToken).toBe('own');
  });

  test.each(['access_token', 'id_token'])('a 200 token response whose %s is megabytes long is refused', async (field) => {
    const huge = 'x'.repeat(40 * 1024 * 1024);
    const body = { access_token: 'at', id_token: 'it', token_type: 'Bearer', expires_in: 60, [field]: huge };
    const { fetch } = recorder(() => new Response(JSON.stringify(body), { status: 200 }));
    const result = await login(createApiClient({ clientID: 'c', domain: 'd.example', fetch, timeout: 1000 }), { username: 'u', password: 'p', realm: 'r', scope: 's' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid_response');
  });

  test('a 200 token response without an access token is refused', async () => {
    const { fetch } = recorder(() => new Response('ok', { status: 200 }));
    const result = await login(createApiClient({ clientID: 'c', domain: 'd.example', fetch, timeout: 1000 }), { username: 'u', password: 'p', realm: 'r', scope: 's' });
    expect(result.ok).toBe(false);
  });
});

describe('retryAfterSeconds', () => {
  test.each([
    ['Retry-After in seconds', { 'Retry-After': '30' }, 30],
    ['Retry-After as an HTTP date', { 'Retry-After': new Date(NOW + 90_000).toUTCString() }, 90],
    ['X-RateLimit-Reset in epoch seconds', { 'X-RateLimit-Reset': String(NOW / 1000 + 55) }, 55],
    ['Retry-After wins over the reset header', { 'Retry-After': '5', 'X-RateLimit-Reset': String(NOW / 1000 + 55) }, 5],
    ['neither header', {}, undefined],
    ['a reset in the past still waits a second', { 'X-RateLimit-Reset': String(NOW / 1000 - 10) }, 1],
  ])('%s', (_name, headers, expected) => {
    expect(retryAfterSeconds(new Headers(headers as Record<string, string>), NOW)).toBe(expected);
  });
});

describe('the three error envelopes normalise to one error', () => {
  test.each([
    ['OAuth', 403, { error: 'invalid_grant', error_description: 'Wrong email or password.' }, { code: 'invalid_grant', description: 'Wrong email or password.' }],
    [
      'DB connection',
      400,
      { name: 'BadRequestError', code: 'invalid_signup', description: 'Invalid sign up', statusCode: 400 },
      { code: 'invalid_signup', description: 'Invalid sign up', name: 'BadRequestError' },
    ],
    [
      'DB connection with a rule object as description',
      400,
      { name: 'PasswordStrengthError', message: 'Password is too weak', code: 'invalid_password', description: { rules: [] }, policy: '* x' },
      { code: 'invalid_password', description: 'Password is too weak', name: 'PasswordStrengthError', policy: '* x' },
    ],
    [
      'legacy rate limit',
      429,
      { message: 'Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.' },
      { code: '', description: 'Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.' },
    ],
    ['connection not found (error only)', 400, { error: 'connection not found' }, { code: 'connection not found', description: 'connection not found' }],
    ['error_code fallback', 400, { error_code: 'x1', details: 'why' }, { code: 'x1', description: 'why' }],
  ])('%s', (_name, status, body, expected) => {
    expect(normalizeError(status, body)).toMatchObject({ kind: 'http', status, ...expected });
  });
});

describe('each error gets the message a person needs', () => {
  const http = (status: number, code: string) => normalizeError(status, { error: code });
  test.each([
    ['login', http(403, 'invalid_grant'), 'error.invalidCredentials'],
    ['login', http(429, 'too_many_attempts'), 'error.tooManyAttempts'],
    ['login', http(401, 'unauthorized'), 'error.blockedUser'],
    ['login', http(401, 'password_leaked'), 'error.passwordLeaked'],
    ['login', http(403, 'mfa_required'), 'error.mfaRequired'],
    ['login', http(403, 'unauthorized_client'), 'error.unauthorizedClient'],
    ['login', http(403, 'access_denied'), 'error.accessDenied'],
    ['login', http(401, 'password_expired'), 'error.passwordChangeRequired'],
    ['login', http(429, 'too_many_requests'), 'error.rateLimited'],
    ['changePassword', http(429, 'too_many_requests'), 'error.rateLimitedPasswordChange'],
    ['changePassword', normalizeError(429, { message: 'Too many requests.' }), 'error.rateLimitedPasswordChange'],
    ['changePassword', http(400, 'connection not found'), 'error.connectionNotFound'],
    ['changePassword', http(401, 'invalid_client'), 'error.invalidClient'],
    ['changePassword', http(400, 'invalid_request'), 'error.invalidRequest'],
    ['changePassword', http(503, 'temporarily_unavailable'), 'error.server'],
    ['changePassword', http(400, 'something_new'), 'error.unknown'],
    ['changePassword', http(403, 'invalid_grant'), 'error.unknown'],
    ['login', http(400, 'constructor'), 'error.unknown'],
    ['signUp', http(400, 'valueOf'), 'error.unknown'],
    ['signUp', normalizeError(400, { code: 'invalid_password', name: 'toString' }), 'error.passwordStrength'],
  ] as const)('%s %o → %s', (operation, error, key) => {
    expect(errorMessageKey(error, operation)).toBe(key);
  });
});

test('apiOrigin accepts a bare host or a full origin', () => {
  expect(apiOrigin('tenant.auth0.com')).toBe('https://tenant.auth0.com');
  expect(apiOrigin('http://127.0.0.1:3000/')).toBe('http://127.0.0.1:3000');
  expect(apiOrigin(' https://x.example ')).toBe('https://x.example');
});
