import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CodeStore, MAX_CODES } from '../../mock/authorization-codes';
import { MAX_REFRESH_ENTRIES, RefreshTokenStore, type RefreshGrant } from '../../mock/refresh-tokens';
import { codeFlowTenant, decodeJwt, exchange, obtainCode, pkce, tokenRequest, type TokenBody } from './code-flow';
import { CLIENT_ID, management, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ tenant: codeFlowTenant() });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const INVALID_REFRESH = { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' };

async function login(scope = 'openid profile email offline_access'): Promise<TokenBody> {
  const { verifier, challenge } = pkce();
  const issued = await obtainCode(mock, { scope, params: { code_challenge: challenge, code_challenge_method: 'S256' } });
  const res = await exchange(mock, issued, { code_verifier: verifier });
  if (res.status !== 200) throw new Error(`exchange failed: ${res.status}`);
  return (await res.json()) as TokenBody;
}

/** The refresh request auth0-spa-js sends (it adds redirect_uri, which the grant ignores). */
function refresh(token: string | undefined, extra: Record<string, string> = {}): Promise<Response> {
  return tokenRequest(mock, {
    grant_type: 'refresh_token',
    client_id: CLIENT_ID,
    refresh_token: token,
    redirect_uri: 'http://localhost:5173/',
    ...extra,
  });
}

describe('POST /oauth/token refresh_token (rotation)', () => {
  it('rotates: new access, ID and refresh tokens; the ID token keeps the login time and session', async () => {
    const first = await login();
    const firstClaims = decodeJwt(first.id_token).payload;
    mock.clock.advance(3_600_000);
    const res = await refresh(first.refresh_token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as TokenBody;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      refresh_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      id_token: expect.any(String),
      scope: 'openid profile email offline_access',
      expires_in: 86400,
      token_type: 'Bearer',
    });
    expect(body.refresh_token).not.toBe(first.refresh_token);
    expect(body.access_token).not.toBe(first.access_token);
    const claims = decodeJwt(body.id_token).payload;
    expect(claims).toMatchObject({ sub: 'auth0|demo', aud: CLIENT_ID, auth_time: firstClaims.auth_time, sid: firstClaims.sid });
    expect(claims.iat).toBe(Number(firstClaims.iat) + 3600);
    expect(claims.nonce).toBeUndefined();
    expect((await mock.get('/userinfo', { Authorization: `Bearer ${String(body.access_token)}` })).status).toBe(200);

    // The new token rotates again.
    expect((await refresh(body.refresh_token)).status).toBe(200);
  });

  it('detects reuse: a rotated token presented again is refused and revokes the whole family', async () => {
    const first = await login();
    const second = (await (await refresh(first.refresh_token)).json()) as TokenBody;

    const reuse = await refresh(first.refresh_token);
    expect(reuse.status).toBe(403);
    expect(await reuse.json()).toEqual(INVALID_REFRESH);

    // The legitimate holder's newer token died with the family.
    const next = await refresh(second.refresh_token);
    expect(next.status).toBe(403);
    expect(await next.json()).toEqual(INVALID_REFRESH);
  });

  it('lets two racing refreshes with one token succeed at most once, and then revokes the family', async () => {
    const first = await login();
    const answers = await Promise.all([refresh(first.refresh_token), refresh(first.refresh_token)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 403]);
    const winner = (await answers.find((r) => r.status === 200)!.json()) as TokenBody;
    expect((await refresh(winner.refresh_token)).status).toBe(403);
  });

  it('may narrow the scope but not widen it; a refused widening leaves the token usable', async () => {
    const first = await login();
    const narrow = await refresh(first.refresh_token, { scope: 'openid email' });
    expect(narrow.status).toBe(200);
    const narrowed = (await narrow.json()) as TokenBody;
    expect(narrowed.scope).toBe('openid email');
    expect(decodeJwt(narrowed.id_token).payload.name).toBeUndefined();

    const wide = await refresh(narrowed.refresh_token, { scope: 'openid email read:admin' });
    expect(wide.status).toBe(403);
    expect(await wide.json()).toMatchObject({ error: 'invalid_scope' });

    // The family keeps its granted scope: the full scope comes back without asking for it.
    const again = await refresh(narrowed.refresh_token);
    expect(again.status).toBe(200);
    expect(((await again.json()) as TokenBody).scope).toBe('openid profile email offline_access');
  });

  it('refuses a refresh token presented by another client without harming the family', async () => {
    const first = await login();
    const stolen = await tokenRequest(mock, { grant_type: 'refresh_token', client_id: 'spa-other', refresh_token: first.refresh_token });
    expect(stolen.status).toBe(403);
    expect(await stolen.json()).toEqual(INVALID_REFRESH);
    expect((await refresh(first.refresh_token)).status).toBe(200);
  });

  it('refuses every refresh token of the user after a password change', async () => {
    const first = await login();
    const patched = await management(mock, 'PATCH', '/api/v2/users/auth0%7Cdemo', { password: 'Brand-new-Passphrase-2030!' });
    expect(patched.status).toBe(200);
    const res = await refresh(first.refresh_token);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(INVALID_REFRESH);
  });

  it('expires a family after 15 idle days, and 30 days after the login however often it is used', async () => {
    const idle = await login();
    mock.clock.advance(15 * 86_400_000);
    expect((await refresh(idle.refresh_token)).status).toBe(403);

    let token = (await login()).refresh_token;
    for (let i = 0; i < 2; i += 1) {
      mock.clock.advance(10 * 86_400_000);
      const res = await refresh(token);
      expect(res.status).toBe(200);
      token = ((await res.json()) as TokenBody).refresh_token;
    }
    mock.clock.advance(10 * 86_400_000);
    const expired = await refresh(token);
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual(INVALID_REFRESH);
  });

  it('answers missing and garbage tokens with 4xx envelopes', async () => {
    const missing = await refresh(undefined);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter: refresh_token' });
    for (const garbage of ['x', '%00', 'a'.repeat(5000), '   ', '\u{1F600}']) {
      const res = await refresh(garbage);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(Object.keys((await res.json()) as object).sort()).toEqual(['error', 'error_description']);
    }
    const typed = await mock.post('/oauth/token', { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: ['a'] });
    expect(typed.status).toBe(400);
  });
});

describe('store bounds', () => {
  const grant = (i: number): RefreshGrant => ({ userId: `u${i}`, clientId: 'c', scope: 'openid offline_access', authTime: 0 });

  it('the code store holds at most its cap and defaults to 10,000', () => {
    expect(MAX_CODES).toBe(10_000);
    const store = new CodeStore(() => 0, 50);
    const codes: string[] = [];
    for (let i = 0; i < 500; i += 1) {
      codes.push(store.issue({ userId: 'u', clientId: 'c', redirectUri: 'https://a/', scope: '', sid: 's', authTime: 0 }));
      expect(store.size).toBeLessThanOrEqual(50);
    }
    expect(store.redeem(codes[0]!)).toBeUndefined();
    expect(store.redeem(codes[499]!)).toMatchObject({ grant: { userId: 'u' } });
  });

  it('the refresh store holds at most its cap of families and of token hashes, defaulting to 10,000', () => {
    expect(MAX_REFRESH_ENTRIES).toBe(10_000);
    const store = new RefreshTokenStore(() => 0, 50);
    for (let i = 0; i < 300; i += 1) {
      store.issue(grant(i));
      expect(store.size.families).toBeLessThanOrEqual(50);
    }
    // One long-lived family rotating many times stays bounded too, and its current token keeps working.
    let token = store.issue(grant(1));
    for (let i = 0; i < 300; i += 1) {
      const rotation = store.rotate(token, 'c');
      if (rotation.status !== 'rotated') throw new Error(`rotation ${i} failed: ${rotation.status}`);
      token = rotation.token;
      expect(store.size.tokens).toBeLessThanOrEqual(50);
    }
    expect(store.rotate(token, 'c').status).toBe('rotated');
  });
});
