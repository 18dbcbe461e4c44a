import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTenant, type Tenant } from '../../mock/tenant';
import { CLIENT_ID, startTestMock, type TestMock } from './mock-harness';
import {
  answerParams,
  APP_ORIGIN,
  authorize,
  CALLBACK,
  coAuthenticate,
  CookieJar,
  jsonBlock,
  loginSession,
  verifiedClaims,
} from './authorize-harness';

// GET /authorize over real HTTP: every response type in every response mode, prompt=none, login tickets, the
// hosted login page, and the refusals (error page for a client or redirect_uri that cannot be trusted, errors back
// to the client otherwise).

type Mode = 'query' | 'fragment' | 'form_post' | 'web_message';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/** A fresh login ticket with its verifier cookie in a new jar. */
async function ticket(fields: Record<string, unknown> = {}): Promise<{ jar: CookieJar; ticket: string; body: Record<string, string> }> {
  const jar = new CookieJar();
  const login = await coAuthenticate(mock, jar, fields);
  expect(login.status).toBe(200);
  return { jar, ticket: login.body.login_ticket ?? '', body: login.body };
}

function atHash(token: string): string {
  return createHash('sha256').update(token).digest().subarray(0, 16).toString('base64url');
}

/** What each response mode looks like on the wire. */
async function expectDelivery(res: Response, mode: Mode): Promise<void> {
  if (mode === 'query' || mode === 'fragment') {
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
    if (mode === 'query') expect(location.hash).toBe('');
    else expect(location.search).toBe('');
    return;
  }
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-store');
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  const html = await res.clone().text();
  expect(html).not.toMatch(/<script(?![^>]*(src=|type="application\/json"))/);
  if (mode === 'form_post') {
    expect(html).toContain(`<form method="post" action="${CALLBACK}">`);
    expect(html).toContain('<script src="/lo/form-post.js" defer></script>');
    expect(html).toMatch(/<noscript>.*<button type="submit">/s);
    expect(csp).toContain(`form-action ${APP_ORIGIN}`);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  } else {
    expect(html).toContain('<script src="/lo/web-message.js" defer></script>');
    expect((jsonBlock(html, 'latch-authorization-response') as { targetOrigin: string }).targetOrigin).toBe(APP_ORIGIN);
    // Framed by the application's page: frame-ancestors names its origins, and no X-Frame-Options: DENY.
    expect(csp).toMatch(new RegExp(`frame-ancestors [^;]*${APP_ORIGIN.replace(/[.:/]/g, '\\$&')}`));
    expect(res.headers.get('x-frame-options')).toBeNull();
  }
}

const CASES: [string, Mode[]][] = [
  ['code', ['query', 'fragment', 'form_post', 'web_message']],
  ['token', ['fragment', 'form_post', 'web_message']],
  ['id_token', ['fragment', 'form_post', 'web_message']],
  ['token id_token', ['fragment', 'form_post', 'web_message']],
  ['id_token token', ['fragment', 'form_post', 'web_message']],
];

describe('GET /authorize answers every response type in every response mode', () => {
  for (const [responseType, modes] of CASES) {
    for (const mode of modes) {
      it(`${responseType} × ${mode}`, async () => {
        const { jar, ticket: loginTicket } = await ticket();
        const res = await authorize(mock, jar, {
          response_type: responseType,
          response_mode: mode,
          state: 'st<"&>',
          nonce: 'n-123',
          scope: 'openid profile email',
          login_ticket: loginTicket,
        });
        await expectDelivery(res, mode);
        const params = await answerParams(res, mode);
        expect(params.state).toBe('st<"&>');
        expect(params.error).toBeUndefined();
        const words = responseType.split(' ');
        expect(params.code !== undefined).toBe(words.includes('code'));
        expect(params.access_token !== undefined).toBe(words.includes('token'));
        expect(params.id_token !== undefined).toBe(words.includes('id_token'));
        if (params.access_token) {
          expect(params).toMatchObject({ token_type: 'Bearer', expires_in: '86400', scope: 'openid profile email' });
          const info = await fetch(`${mock.url}/userinfo`, { headers: { Authorization: `Bearer ${params.access_token}` } });
          expect(info.status).toBe(200);
        }
        if (params.id_token) {
          const claims = await verifiedClaims(mock, params.id_token);
          expect(claims).toMatchObject({
            iss: `${mock.url}/`,
            sub: 'auth0|demo',
            aud: CLIENT_ID,
            azp: CLIENT_ID,
            nonce: 'n-123',
            email: 'demo@latch.dev',
            name: 'Demo User',
          });
          expect(claims.auth_time).toBe(Math.floor(mock.clock.now / 1000));
          expect(typeof claims.sid).toBe('string');
          expect(claims.exp).toBe((claims.iat as number) + 36_000);
          if (params.access_token) expect(claims.at_hash).toBe(atHash(params.access_token));
          else expect(claims.at_hash).toBeUndefined();
        }
        // The login left a session: the next request answers without a ticket.
        const again = await authorize(mock, jar, { response_type: 'code', prompt: 'none', state: 's2' });
        expect((await answerParams(again, 'query')).code).toBeDefined();
      });
    }
  }

  it('uses the query for code and the fragment for tokens when no response_mode is sent', async () => {
    const jar = await loginSession(mock);
    const code = await authorize(mock, jar, { response_type: 'code', state: 's' });
    expect(new URL(code.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
    const token = await authorize(mock, jar, { response_type: 'token', state: 's' });
    expect(new URL(token.headers.get('location') ?? '').hash).toMatch(/^#access_token=/);
  });

  it('keeps a query the redirect_uri already has', async () => {
    const tenant = loadTenant();
    const withQuery = `${CALLBACK}?from=app`;
    const custom: Tenant = { ...tenant, clients: tenant.clients.map((c) => ({ ...c, callbacks: [...c.callbacks, withQuery] })) };
    const other = await startTestMock({ tenant: { ...custom, publicUrl: 'http://127.0.0.1:1' } });
    try {
      const jar = await loginSession(other);
      const res = await authorize(other, jar, { response_type: 'code', redirect_uri: withQuery, state: 's' });
      const location = new URL(res.headers.get('location') ?? '');
      expect(location.searchParams.get('from')).toBe('app');
      expect(location.searchParams.get('code')).toBeTruthy();
    } finally {
      await other.close();
    }
  });

  it('records the PKCE challenge and the nonce in the code: the token endpoint checks the verifier', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const { jar, ticket: loginTicket } = await ticket();
    const res = await authorize(mock, jar, {
      response_type: 'code',
      state: 's',
      nonce: 'code-nonce',
      scope: 'openid email',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      login_ticket: loginTicket,
    });
    const { code = '' } = await answerParams(res, 'query');
    const exchange = (codeVerifier: string) =>
      mock.post('/oauth/token', { grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: CALLBACK, code_verifier: codeVerifier });
    const wrong = await exchange(randomBytes(32).toString('base64url'));
    expect(wrong.status).toBe(403);
    // A wrong verifier does not spend the code in every implementation; a fresh code proves the right one works.
    const again = await authorize(mock, jar, {
      response_type: 'code',
      state: 's',
      nonce: 'code-nonce',
      scope: 'openid email',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    const second = (await answerParams(again, 'query')).code ?? '';
    const ok = await mock.post('/oauth/token', {
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      code: second,
      redirect_uri: CALLBACK,
      code_verifier: verifier,
    });
    expect(ok.status).toBe(200);
    const tokens = (await ok.json()) as { id_token: string };
    expect(await verifiedClaims(mock, tokens.id_token)).toMatchObject({ nonce: 'code-nonce', sub: 'auth0|demo' });
  });
});

describe('prompt=none and the session', () => {
  it('answers login_required "Login required" without a session, in every mode', async () => {
    for (const mode of ['query', 'fragment', 'web_message'] as const) {
      const res = await authorize(mock, new CookieJar(), { response_type: 'code', response_mode: mode, prompt: 'none', state: 'abc' });
      expect(await answerParams(res, mode)).toEqual({ error: 'login_required', error_description: 'Login required', state: 'abc' });
    }
  });

  it('answers for the session user with a session, and again after a new ID token (same sid, same auth_time)', async () => {
    const jar = await loginSession(mock);
    mock.clock.advance(60_000);
    const first = await answerParams(await authorize(mock, jar, { response_type: 'id_token', prompt: 'none', nonce: 'a', state: 's' }), 'fragment');
    const second = await answerParams(await authorize(mock, jar, { response_type: 'id_token', prompt: 'none', nonce: 'b', state: 's' }), 'fragment');
    const one = await verifiedClaims(mock, first.id_token ?? '');
    const two = await verifiedClaims(mock, second.id_token ?? '');
    expect(one.sid).toBe(two.sid);
    expect(one.auth_time).toBe(two.auth_time);
    expect(one.iat).toBe((one.auth_time as number) + 60);
  });

  it('treats a session older than max_age as none', async () => {
    const jar = await loginSession(mock);
    mock.clock.advance(120_000);
    const fresh = await authorize(mock, jar, { response_type: 'code', prompt: 'none', max_age: '300', state: 's' });
    expect((await answerParams(fresh, 'query')).code).toBeDefined();
    const stale = await authorize(mock, jar, { response_type: 'code', prompt: 'none', max_age: '60', state: 's' });
    expect((await answerParams(stale, 'query')).error).toBe('login_required');
  });

  it('ignores the session with prompt=login and sends the browser to the login page', async () => {
    const jar = await loginSession(mock);
    const res = await authorize(mock, jar, { response_type: 'code', prompt: 'login', state: 's' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/^\/login\?state=[\w-]{43}$/);
  });

  it('ends with the session: the cookie of another mock run, or a forged one, is no session', async () => {
    const jar = new CookieJar();
    jar.cookies.set('auth0', randomBytes(32).toString('base64url'));
    const res = await authorize(mock, jar, { response_type: 'code', prompt: 'none', state: 's' });
    expect((await answerParams(res, 'query')).error).toBe('login_required');
  });
});

describe('the hosted login page', () => {
  it('sends a browser without a session to /login, which starts the widget with the original request', async () => {
    const res = await authorize(mock, new CookieJar(), {
      response_type: 'code',
      response_mode: 'form_post',
      state: 'app-state',
      nonce: 'app-nonce',
      scope: 'openid profile offline_access',
      audience: 'https://api.example',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    expect(res.status).toBe(302);
    const page = await fetch(`${mock.url}${res.headers.get('location') ?? ''}`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const html = await page.text();
    expect(html).toContain('<link rel="stylesheet" href="/lo/latch.css">');
    expect(html).toContain('<script src="/lo/latch.iife.js" defer></script>');
    expect(html).toContain('<script src="/lo/login-page.js" defer></script>');
    expect(jsonBlock(html, 'latch-login-data')).toEqual({
      clientId: CLIENT_ID,
      domain: mock.url,
      redirectUrl: CALLBACK,
      responseType: 'code',
      params: {
        state: 'app-state',
        nonce: 'app-nonce',
        scope: 'openid profile offline_access',
        audience: 'https://api.example',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
        response_mode: 'form_post',
      },
    });
    const script = await fetch(`${mock.url}/lo/login-page.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('new window.Latch(data.clientId, data.domain');
  });

  it('escapes what the request carried into the page', async () => {
    const res = await authorize(mock, new CookieJar(), { response_type: 'code', state: '</script><script>alert(1)</script>' });
    const html = await (await fetch(`${mock.url}${res.headers.get('location') ?? ''}`)).text();
    expect(html).not.toContain('</script><script>alert(1)');
    expect((jsonBlock(html, 'latch-login-data') as { params: { state: string } }).params.state).toBe('</script><script>alert(1)</script>');
  });

  it('answers an unknown or expired login transaction with an error page', async () => {
    for (const query of ['', '?state=nope', '?state=']) {
      const page = await fetch(`${mock.url}/login${query}`);
      expect(page.status).toBe(400);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
    const res = await authorize(mock, new CookieJar(), { response_type: 'code', state: 's' });
    mock.clock.advance(31 * 60_000);
    expect((await fetch(`${mock.url}${res.headers.get('location') ?? ''}`)).status).toBe(400);
  });
});

describe('login tickets', () => {
  it('are single use', async () => {
    const { jar, ticket: loginTicket, body } = await ticket();
    const first = await authorize(mock, jar, { response_type: 'code', state: 's', login_ticket: loginTicket });
    expect((await answerParams(first, 'query')).code).toBeDefined();
    // The same ticket again, even with the verifier cookie put back: refused.
    jar.cookies.set(`co_verifier_${body.co_id}`, body.co_verifier ?? '');
    const fresh = new CookieJar();
    fresh.cookies.set(`co_verifier_${body.co_id}`, body.co_verifier ?? '');
    const second = await authorize(mock, fresh, { response_type: 'code', state: 's', login_ticket: loginTicket });
    expect(await answerParams(second, 'query')).toEqual({
      error: 'access_denied',
      error_description: 'Invalid or expired login ticket.',
      state: 's',
    });
  });

  it('expire after 60 seconds', async () => {
    const { jar, ticket: loginTicket } = await ticket();
    mock.clock.advance(60_000);
    const res = await authorize(mock, jar, { response_type: 'code', state: 's', login_ticket: loginTicket });
    expect((await answerParams(res, 'query')).error).toBe('access_denied');
  });

  it('work up to their 60th second', async () => {
    const { jar, ticket: loginTicket } = await ticket();
    mock.clock.advance(59_000);
    const res = await authorize(mock, jar, { response_type: 'code', state: 's', login_ticket: loginTicket });
    expect((await answerParams(res, 'query')).code).toBeDefined();
  });

  it('belong to the client they were issued for', async () => {
    const tenant = loadTenant();
    const demo = tenant.clients[0];
    if (!demo) throw new Error('no demo client');
    const other = await startTestMock({ tenant: { ...tenant, publicUrl: 'http://127.0.0.1:1', clients: [...tenant.clients, { ...demo, client_id: 'other-spa' }] } });
    try {
      const jar = new CookieJar();
      const login = await coAuthenticate(other, jar);
      const res = await authorize(other, jar, { client_id: 'other-spa', response_type: 'code', state: 's', login_ticket: login.body.login_ticket ?? '' });
      expect((await answerParams(res, 'query')).error).toBe('access_denied');
    } finally {
      await other.close();
    }
  });

  it('need the co_verifier cookie of the browser that logged in', async () => {
    const { ticket: loginTicket, body } = await ticket();
    const missing = await authorize(mock, new CookieJar(), { response_type: 'code', state: 's', login_ticket: loginTicket });
    expect(await answerParams(missing, 'query')).toEqual({
      error: 'access_denied',
      error_description: 'The login ticket was not issued to this browser.',
      state: 's',
    });
    const second = await ticket();
    const wrong = new CookieJar();
    wrong.cookies.set(`co_verifier_${second.body.co_id}`, body.co_verifier ?? '');
    const res = await authorize(mock, wrong, { response_type: 'code', state: 's', login_ticket: second.ticket });
    expect((await answerParams(res, 'query')).error).toBe('access_denied');
    // Neither attempt started a session.
    expect(wrong.has('auth0')).toBe(false);
  });

  it('set the session cookie and spend the verifier cookie', async () => {
    const { jar, ticket: loginTicket, body } = await ticket();
    const res = await authorize(mock, jar, { response_type: 'code', state: 's', login_ticket: loginTicket });
    const cookies = res.headers.getSetCookie();
    expect(cookies).toContain(`co_verifier_${body.co_id}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`);
    expect(cookies.some((c) => /^auth0=[\w-]{43}; Max-Age=259200; Path=\/; HttpOnly; SameSite=Lax$/.test(c))).toBe(true);
  });

  it('win over prompt=none (auth0-js popup login sends both)', async () => {
    const { jar, ticket: loginTicket } = await ticket();
    const res = await authorize(mock, jar, { response_type: 'code', response_mode: 'web_message', prompt: 'none', state: 's', login_ticket: loginTicket });
    expect((await answerParams(res, 'web_message')).code).toBeDefined();
  });
});

describe('the cross-origin verification fallback (cross_origin_loc)', () => {
  const LOC = 'http://localhost:5173/co-callback.html';
  let fallback: TestMock;
  beforeAll(async () => {
    const tenant = loadTenant();
    fallback = await startTestMock({
      tenant: {
        ...tenant,
        publicUrl: 'http://127.0.0.1:1',
        clients: tenant.clients.map((c) => (c.client_id === CLIENT_ID ? { ...c, cross_origin_loc: LOC } : c)),
      },
    });
  });
  afterAll(() => fallback.close());

  async function verificationPage(): Promise<{ html: string; res: Response; verifier: string; coId: string }> {
    const login = await coAuthenticate(fallback, new CookieJar());
    // The cookie did not come back (blocked as a third-party cookie): the page asks the application's frame.
    const res = await authorize(fallback, new CookieJar(), { response_type: 'code', state: 'fs', login_ticket: login.body.login_ticket ?? '' });
    return { html: await res.clone().text(), res, verifier: login.body.co_verifier ?? '', coId: login.body.co_id ?? '' };
  }

  it('serves a page that frames cross_origin_loc and posts the verifier to /co/verify', async () => {
    const { html, res, coId } = await verificationPage();
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-src ${APP_ORIGIN}`);
    // The form posts here, and its answer redirects to the application: form-action covers both.
    expect(csp).toContain(`form-action 'self' ${APP_ORIGIN}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(jsonBlock(html, 'latch-co-verify-data')).toEqual({
      frameUrl: `${LOC}#origin=${encodeURIComponent('http://127.0.0.1:1')}`,
      frameOrigin: APP_ORIGIN,
      coId,
    });
    expect(html).toContain('<form method="post" action="/co/verify" id="latch-co-verify">');
    expect(html).toContain('<script src="/lo/co-verify.js" defer></script>');
  });

  async function verify(html: string, verifier: string, jar = new CookieJar()): Promise<Response> {
    const transaction = /name="transaction" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const res = await fetch(`${fallback.url}/co/verify`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...jar.header() },
      body: new URLSearchParams({ transaction, verifier }),
      redirect: 'manual',
    });
    jar.take(res);
    return res;
  }

  it('logs in when the verifier matches, once', async () => {
    const { html, verifier } = await verificationPage();
    const jar = new CookieJar();
    const res = await verify(html, verifier, jar);
    expect(res.status).toBe(302);
    expect((await answerParams(res, 'query')).code).toBeDefined();
    expect(jar.has('auth0')).toBe(true);
    const again = await verify(html, verifier);
    expect(again.status).toBe(400);
    expect(again.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('refuses a wrong or empty verifier with access_denied to the client', async () => {
    for (const wrong of ['', randomBytes(32).toString('base64url')]) {
      const { html } = await verificationPage();
      const res = await verify(html, wrong);
      expect(await answerParams(res, 'query')).toEqual({
        error: 'access_denied',
        error_description: 'The login ticket was not issued to this browser.',
        state: 'fs',
      });
    }
  });

  it('expires with the ticket', async () => {
    const { html, verifier } = await verificationPage();
    fallback.clock.advance(60_000);
    expect((await verify(html, verifier)).status).toBe(400);
  });
});

describe('refusals', () => {
  async function expectErrorPage(res: Response, text: string): Promise<void> {
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(await res.text()).toContain(text);
  }

  it('shows an error page, never a redirect, for a redirect_uri that is not an Allowed Callback URL', async () => {
    const jar = await loginSession(mock);
    for (const uri of ['https://evil.example/', 'http://localhost:5173', 'http://localhost:5173/?x=1', 'http://LOCALHOST:5173/', 'http://localhost:5173/#x', 'javascript:alert(1)']) {
      await expectErrorPage(await authorize(mock, jar, { response_type: 'code', redirect_uri: uri, state: 's' }), 'Callback URL mismatch.');
    }
  });

  it('shows an error page for an unknown or missing client and a missing redirect_uri', async () => {
    const fetchPage = (query: string) => fetch(`${mock.url}/authorize?${query}`, { redirect: 'manual' });
    await expectErrorPage(await fetchPage(`client_id=nope&redirect_uri=${encodeURIComponent(CALLBACK)}&response_type=code`), 'Unknown client: nope');
    await expectErrorPage(await fetchPage(`redirect_uri=${encodeURIComponent(CALLBACK)}&response_type=code`), 'Missing required parameter: client_id');
    await expectErrorPage(await fetchPage(`client_id=${CLIENT_ID}&response_type=code`), 'Missing required parameter: redirect_uri');
    await expectErrorPage(await fetchPage(`client_id=${CLIENT_ID}&client_id=x&redirect_uri=${encodeURIComponent(CALLBACK)}`), 'more than once');
    await expectErrorPage(await fetchPage(''), 'Missing required parameter: client_id');
  });

  it('escapes the request in the error page', async () => {
    const res = await fetch(`${mock.url}/authorize?client_id=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const html = await res.text();
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('checks a web_message redirect_uri by its origin against the web origins', async () => {
    const jar = await loginSession(mock);
    // Any page of an allowed web origin may receive the message...
    const ok = await authorize(mock, jar, { response_type: 'code', response_mode: 'web_message', redirect_uri: `${APP_ORIGIN}/silent`, prompt: 'none', state: 's' });
    expect((await answerParams(ok, 'web_message')).code).toBeDefined();
    // ...no other origin.
    await expectErrorPage(
      await authorize(mock, jar, { response_type: 'code', response_mode: 'web_message', redirect_uri: 'https://evil.example/', prompt: 'none', state: 's' }),
      'allowed web origins',
    );
  });

  it('sends the other errors back to the redirect_uri, with the state', async () => {
    const jar = await loginSession(mock);
    const cases: [Record<string, string>, string, string][] = [
      [{}, 'invalid_request', 'Missing required parameter: response_type'],
      [{ response_type: 'code id_token', nonce: 'n' }, 'unsupported_response_type', 'Unsupported response type: code id_token'],
      [{ response_type: 'magic' }, 'unsupported_response_type', 'Unsupported response type: magic'],
      [{ response_type: 'code code' }, 'unsupported_response_type', 'Unsupported response type: code code'],
      [{ response_type: 'id_token' }, 'invalid_request', 'Missing required parameter: nonce (required when an id_token is returned)'],
      [{ response_type: 'code', response_mode: 'bogus' }, 'invalid_request', 'Unsupported response mode: bogus'],
      [{ response_type: 'code', prompt: 'none login' }, 'invalid_request', 'Unsupported prompt: none login'],
      [{ response_type: 'code', prompt: 'sometimes' }, 'invalid_request', 'Unsupported prompt: sometimes'],
      [{ response_type: 'code', max_age: '-1' }, 'invalid_request', 'max_age must be a non-negative integer (seconds).'],
      [{ response_type: 'code', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' }, 'invalid_request', 'code_challenge_method must be S256 (or plain, sent explicitly).'],
      [{ response_type: 'code', code_challenge: 'short', code_challenge_method: 'S256' }, 'invalid_request', 'Invalid code_challenge.'],
      [{ response_type: 'code', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S512' }, 'invalid_request', 'code_challenge_method must be S256 (or plain, sent explicitly).'],
      [{ response_type: 'code', code_challenge_method: 'S256' }, 'invalid_request', 'code_challenge_method was sent without code_challenge.'],
      [{ response_type: 'token', response_mode: 'query' }, 'invalid_request', 'Tokens cannot be returned in the query: use fragment, form_post or web_message.'],
      [{ response_type: 'code', nonce: 'x'.repeat(5000) }, 'invalid_request', 'The nonce parameter is too long.'],
    ];
    for (const [params, error, description] of cases) {
      const res = await authorize(mock, jar, { state: 'keep-me', ...params });
      expect(res.status, JSON.stringify(params)).toBe(302);
      const location = new URL(res.headers.get('location') ?? '');
      const answer = Object.fromEntries(new URLSearchParams(location.search || location.hash.slice(1)));
      expect(answer, JSON.stringify(params)).toEqual({ error, error_description: description, state: 'keep-me' });
    }
  });

  it('accepts plain PKCE when it is named explicitly', async () => {
    const jar = await loginSession(mock);
    const res = await authorize(mock, jar, { response_type: 'code', code_challenge: 'p'.repeat(43), code_challenge_method: 'plain', state: 's' });
    expect((await answerParams(res, 'query')).code).toBeDefined();
  });

  it('refuses a grant the client does not have', async () => {
    const tenant = loadTenant();
    const other = await startTestMock({
      tenant: { ...tenant, publicUrl: 'http://127.0.0.1:1', clients: tenant.clients.map((c) => ({ ...c, grant_types: ['http://auth0.com/oauth/grant-type/password-realm', 'authorization_code'] })) },
    });
    try {
      const jar = await loginSession(other);
      const res = await authorize(other, jar, { response_type: 'token', state: 's' });
      expect(await answerParams(res, 'fragment')).toEqual({
        error: 'unauthorized_client',
        error_description: "Grant type 'implicit' not allowed for the client.",
        state: 's',
      });
    } finally {
      await other.close();
    }
  });

  it('ignores parameters it does not know', async () => {
    const jar = await loginSession(mock);
    const res = await authorize(mock, jar, {
      response_type: 'code',
      state: 's',
      auth0Client: Buffer.from('{"name":"auth0.js"}').toString('base64'),
      connection: 'Username-Password-Authentication',
      login_hint: 'demo@latch.dev',
      screen_hint: 'signup',
      ui_locales: 'de',
      protocol: 'oauth2',
      whatever: '1',
    });
    expect((await answerParams(res, 'query')).code).toBeDefined();
  });

  it('answers other methods and bodies with the API envelope', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${mock.url}/authorize`, { method, headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(405);
      expect(await res.json()).toMatchObject({ error: 'method_not_allowed' });
    }
    const verifyGet = await fetch(`${mock.url}/co/verify`);
    expect(verifyGet.status).toBe(405);
    const garbage = await fetch(`${mock.url}/co/verify`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toMatchObject({ error: 'invalid_request' });
  });
});
