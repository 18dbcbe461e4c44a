import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CLIENT_ID,
  CONNECTION,
  loginBody,
  PASSWORD,
  PASSWORD_REALM,
  stableHeaders,
  startTestMock,
  type TestMock,
} from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const login = (body: Record<string, unknown>) => mock.post('/oauth/token', body);
const WRONG = { error: 'invalid_grant', error_description: 'Wrong email or password.' };

function decodePart(part: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('POST /oauth/token (password-realm)', () => {
  it('issues tokens and an RS256 ID token that verifies against the JWKS', async () => {
    const res = await login(loginBody('demo@latch.dev', PASSWORD));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      id_token: expect.any(String),
      scope: 'openid profile email',
      expires_in: 86400,
      token_type: 'Bearer',
    });

    const [header, payload, signature] = String(body.id_token).split('.');
    const { keys } = (await (await mock.get('/.well-known/jwks.json')).json()) as { keys: (JsonWebKey & { kid: string })[] };
    expect(keys).toHaveLength(1);
    const jwk = keys[0]!;
    expect(decodePart(header)).toEqual({ alg: 'RS256', typ: 'JWT', kid: jwk.kid });
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    const signed = Buffer.from(`${header}.${payload}`);
    expect(verify('sha256', signed, key, Buffer.from(signature ?? '', 'base64url'))).toBe(true);
    expect(verify('sha256', Buffer.from(`${header}.${payload}x`), key, Buffer.from(signature ?? '', 'base64url'))).toBe(false);

    const iat = Math.floor(mock.clock.now / 1000);
    expect(decodePart(payload)).toEqual({
      iss: `${mock.url}/`,
      sub: 'auth0|demo',
      aud: CLIENT_ID,
      azp: CLIENT_ID,
      iat,
      exp: iat + 36_000,
      email: 'demo@latch.dev',
      email_verified: true,
      name: 'Demo User',
      nickname: 'demo',
      updated_at: new Date(mock.clock.now).toISOString(),
    });
  });

  it('leaves out the ID token when the scope has no openid', async () => {
    const res = await login(loginBody('demo@latch.dev', PASSWORD, { scope: 'read:things' }));
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body.id_token).toBeUndefined();
    expect(body.scope).toBe('read:things');
  });

  it('accepts a form-encoded body', async () => {
    const res = await fetch(`${mock.url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: PASSWORD_REALM,
        client_id: CLIENT_ID,
        username: 'demo@latch.dev',
        password: PASSWORD,
        realm: CONNECTION,
        scope: 'openid',
      }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Record<string, unknown>).id_token).toEqual(expect.any(String));
  });

  it('answers /userinfo for the access token, and 401 without a valid one', async () => {
    const { access_token } = (await (await login(loginBody('demo@latch.dev', PASSWORD))).json()) as { access_token: string };
    const ok = await mock.get('/userinfo', { Authorization: `Bearer ${access_token}` });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      sub: 'auth0|demo',
      email: 'demo@latch.dev',
      email_verified: true,
      name: 'Demo User',
      nickname: 'demo',
    });

    const refusals: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer not-a-token' },
      { Authorization: `Basic ${access_token}` },
    ];
    for (const headers of refusals) {
      const refused = await mock.get('/userinfo', headers);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: string }).error).toBe('invalid_token');
    }

    mock.clock.advance(86_400_000);
    expect((await mock.get('/userinfo', { Authorization: `Bearer ${access_token}` })).status).toBe(401);
  });

  it('gives an unknown user and a wrong password the identical 403', async () => {
    const wrong = await login(loginBody('demo@latch.dev', 'not-the-password'));
    const unknown = await login(loginBody('nobody@latch.dev', PASSWORD));
    expect(wrong.status).toBe(403);
    expect(unknown.status).toBe(403);
    expect(await wrong.json()).toEqual(WRONG);
    expect(await unknown.json()).toEqual(WRONG);
    const withoutRate = (res: Response) => {
      const { ['x-ratelimit-remaining']: _remaining, ...rest } = stableHeaders(res);
      return rest;
    };
    expect(withoutRate(unknown)).toEqual(withoutRate(wrong));
  });

  it.each([
    ['blocked@latch.dev', 401, { error: 'unauthorized', error_description: 'user is blocked' }],
    [
      'leaked@latch.dev',
      401,
      {
        error: 'password_leaked',
        error_description:
          'This login has been blocked because your password has been leaked in another website. We’ve sent you an email with instructions on how to unblock it.',
      },
    ],
  ])('answers %s with the right password as %i', async (email, status, body) => {
    const res = await login(loginBody(email, PASSWORD));
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual(body);
  });

  it('asks for MFA with an mfa_token and the requirements', async () => {
    const res = await login(loginBody('mfa@latch.dev', PASSWORD));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: 'mfa_required',
      error_description: 'Multifactor authentication required',
      mfa_token: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/),
      mfa_requirements: { challenge: [{ type: 'otp' }] },
    });
  });

  it('does not reveal a blocked account to someone without its password', async () => {
    const res = await login(loginBody('blocked@latch.dev', 'guess'));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(WRONG);
  });

  it.each([
    [{ client_id: 'latch-no-password-grant' }, 403, 'unauthorized_client', `Grant type '${PASSWORD_REALM}' not allowed for the client.`],
    [{ client_id: 'no-such-client' }, 401, 'invalid_client', 'Unknown client.'],
    [{ username: undefined }, 400, 'invalid_request', 'missing username parameter'],
    [{ password: '' }, 400, 'invalid_request', 'missing password parameter'],
    [{ realm: 'No-Such-Connection' }, 400, 'invalid_request', 'the connection was not found'],
    [{ realm: 'google-oauth2' }, 400, 'invalid_request', 'the connection was not found'],
    [{ grant_type: 'password' }, 400, 'unsupported_grant_type', 'Unsupported grant type: password'],
    [{ grant_type: undefined }, 400, 'invalid_request', 'Missing required parameter: grant_type'],
    [{ username: 7 }, 400, 'invalid_request', 'Invalid type for property username: expected string but found number.'],
  ])('answers %j with %i %s', async (override, status, error, description) => {
    const res = await login(loginBody('demo@latch.dev', PASSWORD, override));
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error, error_description: description });
  });
});

describe('brute-force protection', () => {
  const BLOCKED = {
    error: 'too_many_attempts',
    error_description:
      "Your account has been blocked after multiple consecutive login attempts. We've sent you a notification via your preferred contact method with instructions on how to unblock it.",
  };

  it('blocks an IP+user after 10 consecutive failures, even for the right password, until reset', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await login(loginBody('demo@latch.dev', `wrong-${i}`))).status).toBe(403);
    }
    const blocked = await login(loginBody('demo@latch.dev', PASSWORD));
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toEqual(BLOCKED);

    mock.clock.advance(24 * 3_600_000);
    expect((await login(loginBody('DEMO@latch.dev', PASSWORD))).status).toBe(429);
    expect((await login(loginBody('mfa@latch.dev', PASSWORD))).status).toBe(403);

    await mock.reset();
    expect((await login(loginBody('demo@latch.dev', PASSWORD))).status).toBe(200);
  });

  it('blocks unknown users the same way', async () => {
    for (let i = 0; i < 10; i += 1) await login(loginBody('nobody@latch.dev', 'x'));
    const blocked = await login(loginBody('nobody@latch.dev', 'x'));
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toEqual(BLOCKED);
  });

  it('counts only consecutive failures: a success starts the count again', async () => {
    for (let i = 0; i < 9; i += 1) await login(loginBody('demo@latch.dev', 'wrong'));
    expect((await login(loginBody('demo@latch.dev', PASSWORD))).status).toBe(200);
    for (let i = 0; i < 9; i += 1) await login(loginBody('demo@latch.dev', 'wrong'));
    expect((await login(loginBody('demo@latch.dev', PASSWORD))).status).toBe(200);
  });
});
