import { createHash, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  basicAuth,
  BASIC_SECRET,
  codeFlowTenant,
  decodeJwt,
  exchange,
  obtainCode,
  pkce,
  POST_SECRET,
  SPA_CALLBACK,
  SPA_ORIGIN,
  tokenRequest,
  WEB_CALLBACK,
  type TokenBody,
} from './code-flow';
import { CLIENT_ID, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ tenant: codeFlowTenant() });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const INVALID_CODE = { error: 'invalid_grant', error_description: 'Invalid authorization code' };
const VERIFIER_FAILED = { error: 'invalid_grant', error_description: 'Failed to verify code verifier' };
const INVALID_REFRESH = { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' };

async function json(res: Response): Promise<TokenBody> {
  return (await res.json()) as TokenBody;
}

/** A code for the demo SPA with an S256 challenge, and its verifier. */
async function spaCode(scope = 'openid profile email offline_access', nonce?: string) {
  const { verifier, challenge } = pkce();
  const issued = await obtainCode(mock, {
    scope,
    ...(nonce === undefined ? {} : { nonce }),
    params: { code_challenge: challenge, code_challenge_method: 'S256' },
  });
  return { issued, verifier };
}

describe('POST /oauth/token authorization_code (PKCE, public SPA)', () => {
  it('exchanges a code for tokens as auth0-spa-js asks, with an ID token bound to the login and the access token', async () => {
    const { issued, verifier } = await spaCode('openid profile email offline_access', 'n-0S6_WzA2Mj');
    const res = await exchange(mock, issued, { code_verifier: verifier }, { Origin: SPA_ORIGIN });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBe(SPA_ORIGIN);
    const body = await json(res);
    expect(body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      refresh_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      id_token: expect.any(String),
      scope: 'openid profile email offline_access',
      expires_in: 86400,
      token_type: 'Bearer',
    });

    const { header, payload } = decodeJwt(body.id_token);
    const { keys } = (await (await mock.get('/.well-known/jwks.json')).json()) as { keys: (JsonWebKey & { kid: string })[] };
    const jwk = keys[0]!;
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: jwk.kid });
    const [h, p, s] = String(body.id_token).split('.');
    expect(verify('sha256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(s ?? '', 'base64url'))).toBe(true);
    const iat = Math.floor(mock.clock.now / 1000);
    const hash = createHash('sha256').update(String(body.access_token)).digest();
    expect(payload).toMatchObject({
      iss: `${mock.app.tenant.publicUrl}/`,
      sub: 'auth0|demo',
      aud: CLIENT_ID,
      azp: CLIENT_ID,
      iat,
      exp: iat + 36_000,
      auth_time: iat,
      sid: expect.any(String),
      nonce: 'n-0S6_WzA2Mj',
      at_hash: hash.subarray(0, 16).toString('base64url'),
      email: 'demo@latch.dev',
      name: 'Demo User',
    });

    const info = await mock.get('/userinfo', { Authorization: `Bearer ${String(body.access_token)}` });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ sub: 'auth0|demo' });
  });

  it('accepts the same exchange as JSON (auth0-js)', async () => {
    const { issued, verifier } = await spaCode('openid');
    const res = await mock.post('/oauth/token', {
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      code: issued.code,
      redirect_uri: issued.redirectUri,
      code_verifier: verifier,
      scope: 'openid profile',
      audience: 'ignored-on-this-grant',
    });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.scope).toBe('openid');
    expect(body.refresh_token).toBeUndefined();
    expect(decodeJwt(body.id_token).payload.nonce).toBeUndefined();
  });

  it('leaves out the ID token without openid, and the refresh token without offline_access', async () => {
    const { issued, verifier } = await spaCode('read:things');
    const body = await json(await exchange(mock, issued, { code_verifier: verifier }));
    expect(body).toEqual({ access_token: expect.any(String), scope: 'read:things', expires_in: 86400, token_type: 'Bearer' });
  });

  it('issues no refresh token to a client that may not use the refresh_token grant', async () => {
    const { verifier, challenge } = pkce();
    const issued = await obtainCode(mock, {
      clientId: 'spa-no-refresh',
      params: { code_challenge: challenge, code_challenge_method: 'S256' },
    });
    const res = await exchange(mock, issued, { client_id: 'spa-no-refresh', code_verifier: verifier });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.refresh_token).toBeUndefined();
    expect(body.id_token).toEqual(expect.any(String));
  });

  it.each([
    ['a wrong verifier', () => pkce().verifier],
    ['no verifier', () => undefined],
    ['the challenge itself as the verifier (S256 is not plain)', (challenge: string) => challenge],
  ])('refuses %s with 403 and spends the code', async (_name, pick) => {
    const { verifier, challenge } = pkce();
    const issued = await obtainCode(mock, { params: { code_challenge: challenge, code_challenge_method: 'S256' } });
    const res = await exchange(mock, issued, { code_verifier: pick(challenge) });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(VERIFIER_FAILED);
    // The code was spent by the failed attempt: the right verifier cannot use it now.
    const again = await exchange(mock, issued, { code_verifier: verifier });
    expect(again.status).toBe(403);
    expect(await again.json()).toEqual(INVALID_CODE);
  });

  it.each([
    ['too short', 'a'.repeat(42)],
    ['too long', 'a'.repeat(129)],
    ['outside the alphabet', `${'a'.repeat(42)}+`],
  ])('refuses a verifier %s with 400 without spending the code', async (_name, bad) => {
    const { issued, verifier } = await spaCode();
    const res = await exchange(mock, issued, { code_verifier: bad });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
    expect((await exchange(mock, issued, { code_verifier: verifier })).status).toBe(200);
  });

  it('accepts the 43- and 128-character bounds of the verifier alphabet with plain', async () => {
    for (const verifier of ['A'.repeat(43), `${'aZ09-._~'.repeat(16)}`]) {
      expect(verifier.length === 43 || verifier.length === 128).toBe(true);
      const issued = await obtainCode(mock, { params: { code_challenge: verifier, code_challenge_method: 'plain' } });
      expect((await exchange(mock, issued, { code_verifier: verifier })).status).toBe(200);
    }
  });

  it('checks plain as plain: the S256 transform of the verifier is wrong there', async () => {
    const { verifier, challenge } = pkce();
    const issued = await obtainCode(mock, { params: { code_challenge: verifier, code_challenge_method: 'plain' } });
    expect(challenge).not.toBe(verifier);
    const wrong = await exchange(mock, issued, { code_verifier: challenge });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual(VERIFIER_FAILED);
  });

  it('refuses a verifier for a code that had no challenge', async () => {
    const issued = await obtainCode(mock, { clientId: 'web-post' });
    const res = await exchange(mock, issued, { client_id: 'web-post', client_secret: POST_SECRET, code_verifier: pkce().verifier });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(VERIFIER_FAILED);
  });

  it('requires the redirect_uri of the authorize request, exactly', async () => {
    for (const [redirect, description] of [
      [undefined, 'redirect_uri is required if it was included in the authorization request.'],
      [`${SPA_CALLBACK}index.html`, 'redirect_uri does not match the one of the authorization request.'],
      [SPA_CALLBACK.slice(0, -1), 'redirect_uri does not match the one of the authorization request.'],
    ] as const) {
      const { issued, verifier } = await spaCode();
      const res = await tokenRequest(mock, {
        grant_type: 'authorization_code',
        client_id: CLIENT_ID,
        code: issued.code,
        code_verifier: verifier,
        redirect_uri: redirect,
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'invalid_grant', error_description: description });
    }
  });

  it('refuses a code presented by another client, and the owner cannot use it afterwards', async () => {
    const { issued, verifier } = await spaCode();
    const stolen = await exchange(mock, issued, { client_id: 'spa-other', code_verifier: verifier });
    expect(stolen.status).toBe(403);
    expect(await stolen.json()).toEqual(INVALID_CODE);
    expect((await exchange(mock, issued, { code_verifier: verifier })).status).toBe(403);
  });

  it('refuses an unknown code and a missing one', async () => {
    const unknown = await exchange(mock, { code: 'no-such-code', state: '', redirectUri: SPA_CALLBACK }, { code_verifier: pkce().verifier });
    expect(unknown.status).toBe(403);
    expect(await unknown.json()).toEqual(INVALID_CODE);
    const missing = await tokenRequest(mock, { grant_type: 'authorization_code', client_id: CLIENT_ID, redirect_uri: SPA_CALLBACK });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter: code' });
  });

  it('refuses a replayed code and revokes the refresh token the first exchange issued', async () => {
    const { issued, verifier } = await spaCode();
    const first = await json(await exchange(mock, issued, { code_verifier: verifier }));
    expect(first.refresh_token).toEqual(expect.any(String));

    const replay = await exchange(mock, issued, { code_verifier: verifier });
    expect(replay.status).toBe(403);
    expect(await replay.json()).toEqual(INVALID_CODE);

    const refresh = await tokenRequest(mock, { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: first.refresh_token });
    expect(refresh.status).toBe(403);
    expect(await refresh.json()).toEqual(INVALID_REFRESH);
  });

  it('lets two racing exchanges of one code succeed at most once', async () => {
    const { issued, verifier } = await spaCode();
    const answers = await Promise.all([1, 2, 3].map(() => exchange(mock, issued, { code_verifier: verifier })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 403, 403]);
  });

  it('lets a code expire after 10 minutes (the harness clock)', async () => {
    const early = await spaCode();
    mock.clock.advance(599_000);
    expect((await exchange(mock, early.issued, { code_verifier: early.verifier })).status).toBe(200);

    const late = await spaCode();
    mock.clock.advance(600_000);
    const res = await exchange(mock, late.issued, { code_verifier: late.verifier });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(INVALID_CODE);
  });
});

describe('client authentication', () => {
  const webExchange = async (clientId: string, fields: Record<string, string | undefined>, headers: Record<string, string> = {}) => {
    const issued = await obtainCode(mock, { clientId });
    return tokenRequest(
      mock,
      { grant_type: 'authorization_code', client_id: clientId, code: issued.code, redirect_uri: WEB_CALLBACK, ...fields },
      headers,
    );
  };

  it('client_secret_post: the right secret in the body works', async () => {
    const res = await webExchange('web-post', { client_secret: POST_SECRET });
    expect(res.status).toBe(200);
    expect((await json(res)).refresh_token).toEqual(expect.any(String));
  });

  it.each([
    ['no secret', {}, {}, 'Client authentication is required.'],
    ['a wrong secret', { client_secret: `${POST_SECRET}x` }, {}, 'Client authentication failed.'],
    ['a prefix of the secret', { client_secret: POST_SECRET.slice(0, 10) }, {}, 'Client authentication failed.'],
    ['the secret by HTTP Basic', {}, basicAuth('web-post', POST_SECRET), 'The client must authenticate with client_secret_post.'],
  ])('client_secret_post: %s is 401 invalid_client', async (_name, fields, headers, description) => {
    const res = await webExchange('web-post', fields, headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid_client', error_description: description });
  });

  it('client_secret_basic: the right secret by HTTP Basic works, with or without client_id in the body', async () => {
    expect((await webExchange('web-basic', {}, basicAuth('web-basic', BASIC_SECRET))).status).toBe(200);
    expect((await webExchange('web-basic', { client_id: undefined }, basicAuth('web-basic', BASIC_SECRET))).status).toBe(200);
  });

  it.each([
    ['no secret', {}, {}],
    ['the secret in the body', { client_secret: BASIC_SECRET }, {}],
    ['a wrong secret', {}, basicAuth('web-basic', 'nope')],
    ['another client id in the header', {}, basicAuth('web-post', POST_SECRET)],
    ['an undecodable header', {}, { Authorization: 'Basic %%%' }],
    ['a header without a colon', {}, { Authorization: `Basic ${Buffer.from('web-basic').toString('base64')}` }],
  ])('client_secret_basic: %s is 401 invalid_client', async (_name, fields, headers) => {
    const res = await webExchange('web-basic', fields, headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'invalid_client' });
    if ('Authorization' in headers) expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('refuses two methods at once with 400', async () => {
    const res = await webExchange('web-basic', { client_secret: BASIC_SECRET }, basicAuth('web-basic', BASIC_SECRET));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('a public SPA (method none) that sends a secret anyway is refused', async () => {
    const { issued, verifier } = await spaCode();
    const res = await exchange(mock, issued, { code_verifier: verifier, client_secret: 'anything' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: 'invalid_client',
      error_description: 'The client is public (token_endpoint_auth_method none): it must not send a client secret.',
    });
    const basic = await exchange(mock, issued, { code_verifier: verifier }, basicAuth(CLIENT_ID, 'anything'));
    expect(basic.status).toBe(401);
  });

  it('applies to the password-realm grant too', async () => {
    const body = (extra: Record<string, string>) => ({
      grant_type: 'http://auth0.com/oauth/grant-type/password-realm',
      client_id: 'web-post',
      username: 'demo@latch.dev',
      password: 'correct-horse-battery-staple',
      realm: 'Username-Password-Authentication',
      ...extra,
    });
    expect((await mock.post('/oauth/token', body({}))).status).toBe(401);
    expect((await mock.post('/oauth/token', body({ client_secret: POST_SECRET }))).status).toBe(200);
  });
});

describe('grant types', () => {
  it.each([
    ['authorization_code', { code: 'x', redirect_uri: SPA_CALLBACK }],
    ['refresh_token', { refresh_token: 'x' }],
  ])("refuses %s to a client that does not list it with 403 unauthorized_client", async (grant, fields) => {
    const res = await tokenRequest(mock, { grant_type: grant, client_id: 'spa-password-only', ...fields });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'unauthorized_client', error_description: `Grant type '${grant}' not allowed for the client.` });
  });

  it.each(['implicit', 'client_credentials', 'password', 'urn:ietf:params:oauth:grant-type:device_code'])(
    'answers %s with 400 unsupported_grant_type',
    async (grant) => {
      const res = await tokenRequest(mock, { grant_type: grant, client_id: CLIENT_ID });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'unsupported_grant_type', error_description: `Unsupported grant type: ${grant}` });
    },
  );
});

describe('CORS for the browser exchange', () => {
  it('grants the preflight auth0-spa-js triggers (form body plus Auth0-Client) to an allowed origin only', async () => {
    const ask = (origin: string) =>
      fetch(`${mock.url}/oauth/token`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'auth0-client, content-type' },
      });
    const ok = await ask(SPA_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SPA_ORIGIN);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Auth0-Client/);
    const evil = await ask('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('garbage input', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom('', ' ', '%', '%00', '\u0000', 'a'.repeat(43), 'A'.repeat(129), SPA_CALLBACK, WEB_CALLBACK, POST_SECRET),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  );
  const body = fc.record(
    {
      grant_type: fc.oneof(fc.constantFrom('authorization_code', 'refresh_token', 'http://auth0.com/oauth/grant-type/password-realm'), value),
      client_id: fc.oneof(fc.constantFrom(CLIENT_ID, 'web-post', 'web-basic', 'spa-password-only', 'nobody'), value),
      client_secret: value,
      code: value,
      redirect_uri: value,
      code_verifier: value,
      refresh_token: value,
      scope: value,
      username: value,
      password: value,
      realm: value,
    },
    { requiredKeys: [] },
  );
  const authorization = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('Basic', 'Basic ', 'Basic ===', 'Basic %%%', 'Bearer x', 'basic d2ViLWJhc2ljOg==', 'Digest x'),
    fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([id, secret]) => basicAuth(id, secret).Authorization),
    fc.string({ maxLength: 40 }).map((s) => `Basic ${Buffer.from(s).toString('base64')}`),
  );

  it('answers any token request with a 4xx envelope, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(body, authorization, fc.boolean(), async (fields, auth, asForm) => {
        mock.clock.advance(1000);
        const headers: Record<string, string> = { 'Content-Type': asForm ? 'application/x-www-form-urlencoded' : 'application/json' };
        if (auth !== undefined) headers.Authorization = auth;
        const form = new URLSearchParams();
        for (const [name, v] of Object.entries(fields)) form.set(name, typeof v === 'string' ? v : JSON.stringify(v));
        const res = await fetch(`${mock.url}/oauth/token`, {
          method: 'POST',
          headers,
          body: asForm ? form.toString() : JSON.stringify(fields),
        });
        const answer = (await res.json()) as Record<string, unknown>;
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(typeof answer.error).toBe('string');
        expect(typeof answer.error_description).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
