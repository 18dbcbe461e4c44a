import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Latch, type LatchOptions } from '../../src/index';
import { en } from '../../src/i18n/en';
import { AUTH0_CLIENT_HEADER } from '../../src/api/client';
import { saveTransaction } from '../../src/auth/storage';
import { clearCookies, makeKeys, sign, signHs256WithPublicKey, unsigned, type Keys } from '../unit/auth/tokens';
import { fakeServer, json, quietFrameNotice } from './support';

// The login Lock does (Latch's default): /co/authenticate, then /authorize with the ticket, by redirect or in a
// hidden frame, and the answer checked before `authenticated`. The API here is a fake transport; the same journey
// against the mock in Chromium is in test/e2e.

const API = 'http://api.test';
const CLIENT = 'client-1';
const TICKET = { login_ticket: 'ticket-1', co_verifier: 'verifier-1', co_id: 'co-1' };
let keys: Keys;
let assign: ReturnType<typeof vi.fn<(url: string | URL) => void>>;

beforeEach(async () => {
  keys ??= await makeKeys('mock-key');
  assign = vi.fn<(url: string | URL) => void>();
  vi.spyOn(window.location, 'assign').mockImplementation(assign);
  history.replaceState(null, '', '/app/page');
  clearCookies();
  // A login remembers the account (auth0.ssodata, for rememberLastLogin); each test starts as a first visit.
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function mount(options: LatchOptions = {}, server = fakeServer()) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const latch = new Latch(CLIENT, API, { container, fetch: server.fetch, ...options });
  const events: { name: string; payload: unknown }[] = [];
  for (const name of ['authenticated', 'authorization_error', 'hash_parsed'] as const) latch.on(name, (payload) => events.push({ name, payload }));
  latch.show();
  return { latch, server, events };
}

async function logIn(password = 'correct-horse') {
  await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), ' ada@example.com ');
  await userEvent.type(screen.getByLabelText('Password'), `${password}{Enter}`);
}

/** The claims the tenant would put in an ID token for this client. */
const claimsFor = (nonce: string, extra: Record<string, unknown> = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return { iss: `${API}/`, sub: 'auth0|ada', aud: CLIENT, azp: CLIENT, iat: now, exp: now + 3600, nonce, email: 'ada@example.com', ...extra };
};
/** The ID token the tenant would issue, signed with `signer`. */
const idToken = (nonce: string, signer = keys, extra: Record<string, unknown> = {}) => sign(signer, claimsFor(nonce, extra));
const jwks = () => json(200, { keys: [keys.jwk] });

describe('redirect (auth.redirect, the default)', () => {
  test('checks the credentials at /co/authenticate with cookies, then leaves for /authorize with the ticket', async () => {
    const { server } = mount();
    server.reply(json(200, TICKET));
    await logIn();
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));

    expect(server.sent).toHaveLength(1);
    const [co] = server.sent;
    expect(co?.url).toBe(`${API}/co/authenticate`);
    expect(co?.credentials).toBe('include');
    expect(co?.body).toEqual({
      client_id: CLIENT,
      username: 'ada@example.com',
      password: 'correct-horse',
      realm: 'Username-Password-Authentication',
      credential_type: 'http://auth0.com/oauth/grant-type/password-realm',
    });

    const url = new URL(String(assign.mock.calls[0]?.[0]));
    expect(url.origin + url.pathname).toBe(`${API}/authorize`);
    const query = Object.fromEntries(url.searchParams);
    expect(query).toMatchObject({
      client_id: CLIENT,
      response_type: 'token',
      redirect_uri: `${location.origin}/app/page`,
      scope: 'openid profile email',
      login_ticket: 'ticket-1',
      realm: 'Username-Password-Authentication',
      connection: 'Username-Password-Authentication',
    });
    expect(query.state).toMatch(/^[\w-]{43}$/);
    // As auth0-js: no nonce when no ID token comes from /authorize.
    expect(query).not.toHaveProperty('nonce');
    expect(query).not.toHaveProperty('password');
    // The transaction and the verifier are kept as auth0-js keeps them, for the page that comes back.
    expect(document.cookie).toContain(`com.auth0.auth.${query.state}=`);
    expect(document.cookie).toContain(encodeURIComponent(`co/verifier/${encodeURIComponent(API)}/co-1`));
    // The button stays busy while the browser leaves.
    expect(screen.getByRole('button', { name: 'Logging in…' })).toBeTruthy();
  });

  test('a redirectUrl of its own asks for a code, and auth.params go along', async () => {
    const { server } = mount({ auth: { redirectUrl: 'https://app.example/callback', params: { scope: 'openid', login_hint: 'x', state: 'site-state' } } });
    server.reply(json(200, TICKET));
    await logIn();
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    const query = new URL(String(assign.mock.calls[0]?.[0])).searchParams;
    expect(query.get('response_type')).toBe('code');
    expect(query.get('redirect_uri')).toBe('https://app.example/callback');
    expect(query.get('scope')).toBe('openid');
    expect(query.get('login_hint')).toBe('x');
    // As Lock: a state in auth.params is the one sent (and kept for the answer).
    expect(query.get('state')).toBe('site-state');
    expect(document.cookie).toContain('com.auth0.auth.site-state=');
  });

  test('a wrong password (403 access_denied from /co/authenticate) is the one wrong-credentials message and the page stays', async () => {
    const { server, events } = mount();
    server.reply(json(403, { error: 'access_denied', error_description: 'Wrong email or password.' }));
    await logIn('nope');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Wrong email or password.'));
    expect(assign).not.toHaveBeenCalled();
    expect(events.find((e) => e.name === 'authorization_error')?.payload).toMatchObject({ error: 'invalid_user_password' });
  });

  test('a /co/authenticate answer without a ticket is an error, not a redirect', async () => {
    const { server } = mount();
    server.reply(json(200, { login_ticket: 'ticket-1' }));
    await logIn();
    // Said as any answer the server should not have given: a server problem, not "something went wrong".
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(en['error.server']));
    expect(assign).not.toHaveBeenCalled();
  });
});

describe('back from /authorize: the hash is read and checked', () => {
  async function returnWith(fragment: Record<string, string>, transaction?: { state: string; nonce: string }) {
    if (transaction) saveTransaction({ ...transaction, lastUsedConnection: 'Username-Password-Authentication' });
    history.replaceState(null, '', `/app/page#${new URLSearchParams(fragment)}`);
    const server = fakeServer();
    server.reply(jwks());
    return mount({}, server);
  }

  test('a verified answer is authenticated with Lock’s fields, and the hash is cleaned', async () => {
    const token = await idToken('nonce-1');
    const { events } = await returnWith({ access_token: 'at-1', id_token: token, token_type: 'Bearer', expires_in: '7200', state: 'state-1' }, { state: 'state-1', nonce: 'nonce-1' });
    await waitFor(() => expect(events.map((e) => e.name)).toEqual(['hash_parsed', 'authenticated']));
    expect(events[1]?.payload).toEqual({
      accessToken: 'at-1',
      idToken: token,
      idTokenPayload: expect.objectContaining({ sub: 'auth0|ada', email: 'ada@example.com', nonce: 'nonce-1' }),
      appState: null,
      refreshToken: null,
      state: 'state-1',
      expiresIn: 7200,
      tokenType: 'Bearer',
      scope: null,
    });
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/app/page');
  });

  test.each([
    ['a token signed by another key', async () => idToken('nonce-1', await makeKeys('mock-key')), 'id_token: signature'],
    ['a token for another nonce', () => idToken('someone-else'), 'id_token: nonce'],
    ['a token for another client', () => idToken('nonce-1', keys, { aud: 'other-client', azp: 'other-client' }), 'id_token: aud'],
    ['an expired token', () => idToken('nonce-1', keys, { exp: Math.floor(Date.now() / 1000) - 3600 }), 'id_token: exp'],
    ['an unsigned token (alg: none)', () => unsigned(claimsFor('nonce-1')), 'id_token: alg'],
    ['an HS256 token keyed with the public key', () => signHs256WithPublicKey(keys, claimsFor('nonce-1')), 'id_token: alg'],
  ])('%s is an authorization_error, never authenticated', async (_name, make, description) => {
    const { events } = await returnWith({ access_token: 'at-1', id_token: await make(), state: 'state-1' }, { state: 'state-1', nonce: 'nonce-1' });
    await waitFor(() => expect(events.map((e) => e.name)).toContain('authorization_error'));
    expect(events.find((e) => e.name === 'authorization_error')?.payload).toEqual({ error: 'invalid_token', errorDescription: description });
    expect(events.map((e) => e.name)).not.toContain('authenticated');
  });

  test('a state this browser never sent is refused', async () => {
    const { events } = await returnWith({ access_token: 'at-1', id_token: await idToken('nonce-1'), state: 'forged' }, { state: 'state-1', nonce: 'nonce-1' });
    await waitFor(() => expect(events.map((e) => e.name)).toContain('authorization_error'));
    expect(events.map((e) => e.name)).not.toContain('authenticated');
  });

  test('an error from /authorize is reported as authorization_error', async () => {
    const { events } = await returnWith({ error: 'access_denied', error_description: 'Denied by a rule', state: 'state-1' }, { state: 'state-1', nonce: 'nonce-1' });
    await waitFor(() => expect(events.find((e) => e.name === 'authorization_error')?.payload).toEqual({ error: 'access_denied', errorDescription: 'Denied by a rule' }));
  });

  test.each(['#section-2', ''])('a page anchor (%j) is not an answer: left alone, hash_parsed says null, as Lock', async (hash) => {
    history.replaceState(null, '', `/app/page${hash}`);
    const { events } = mount();
    await waitFor(() => expect(events).toEqual([{ name: 'hash_parsed', payload: null }]));
    expect(location.hash).toBe(hash);
  });

  test('autoParseHash: false leaves the hash to resumeAuth', async () => {
    const token = await idToken('nonce-1');
    saveTransaction({ state: 'state-1', nonce: 'nonce-1' });
    history.replaceState(null, '', `/app/page#${new URLSearchParams({ id_token: token, state: 'state-1' })}`);
    const server = fakeServer();
    server.reply(jwks());
    const { latch, events } = mount({ auth: { autoParseHash: false, responseType: 'id_token' } }, server);
    expect(events).toEqual([]);
    const result = await new Promise((resolve) => latch.resumeAuth(location.hash, (error, authResult) => resolve({ error, authResult })));
    expect(result).toMatchObject({ error: null, authResult: { idTokenPayload: { sub: 'auth0|ada' }, accessToken: null } });
  });
});

describe('without leaving the page (auth.redirect: false)', () => {
  /** The hidden frame the widget opened, given a window (happy-dom loads no frame page) for messages to come from. */
  function frame() {
    const iframe = document.querySelector('iframe');
    if (!iframe) throw new Error('no iframe');
    const frameWindow = { name: 'authorize' } as unknown as Window;
    Object.defineProperty(iframe, 'contentWindow', { value: frameWindow, configurable: true });
    return { query: new URL(iframe.src).searchParams, frameWindow };
  }
  const post = (response: Record<string, string>, origin: string, source: Window) =>
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'authorization_response', response }, origin, source }));

  beforeEach(() => {
    quietFrameNotice();
  });

  test('the ticket goes to /authorize in a hidden frame; the answer from the API origin is checked and the person is logged in', async () => {
    const { server, events } = mount({ auth: { redirect: false, responseType: 'token id_token' } });
    server.reply(json(200, TICKET));
    server.reply(jwks());
    await logIn();
    await waitFor(() => expect(document.querySelector('iframe')).not.toBeNull());
    const { query, frameWindow } = frame();
    expect(Object.fromEntries(query)).toMatchObject({ response_mode: 'web_message', prompt: 'none', login_ticket: 'ticket-1', realm: 'Username-Password-Authentication' });
    expect(query.has('connection')).toBe(false);
    const state = query.get('state') ?? '';
    const token = await idToken(query.get('nonce') ?? '');
    // A look-alike answer from another origin, then one from another window: both ignored.
    post({ access_token: 'evil', id_token: token, state }, 'https://evil.example', frameWindow);
    post({ access_token: 'evil', id_token: token, state }, API, window);
    post({ access_token: 'at-1', id_token: token, token_type: 'Bearer', expires_in: '7200', state }, API, frameWindow);
    await screen.findByRole('heading', { name: "You're logged in" });
    const authenticated = events.filter((e) => e.name === 'authenticated');
    expect(authenticated).toHaveLength(1);
    expect(authenticated[0]?.payload).toMatchObject({ accessToken: 'at-1', idTokenPayload: { sub: 'auth0|ada' } });
    expect(assign).not.toHaveBeenCalled();
  });

  test('responseType code: PKCE, and the page exchanges the code itself', async () => {
    const { server, events } = mount({ auth: { redirect: false, responseType: 'code' } });
    server.reply(json(200, TICKET));
    await logIn();
    await waitFor(() => expect(document.querySelector('iframe')).not.toBeNull());
    const { query, frameWindow } = frame();
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    const token = await idToken(query.get('nonce') ?? '');
    server.reply(json(200, { access_token: 'at-2', id_token: token, token_type: 'Bearer', expires_in: 86400, scope: 'openid profile email' }));
    server.reply(jwks());
    post({ code: 'code-1', state: query.get('state') ?? '' }, API, frameWindow);
    await screen.findByRole('heading', { name: "You're logged in" });
    const exchange = server.sent[1];
    expect(exchange?.url).toBe(`${API}/oauth/token`);
    expect(exchange?.body).toMatchObject({ grant_type: 'authorization_code', client_id: CLIENT, code: 'code-1', redirect_uri: `${location.origin}/app/page` });
    expect(String(exchange?.body.code_verifier)).toMatch(/^[\w-]{43}$/);
    expect(events.find((e) => e.name === 'authenticated')?.payload).toMatchObject({ accessToken: 'at-2', scope: 'openid profile email' });
  });

  test('checkSession answers login_required when there is no session', async () => {
    const { latch } = mount();
    const answer = new Promise((resolve) => latch.checkSession({}, (error, result) => resolve({ error, result })));
    await waitFor(() => expect(document.querySelector('iframe')).not.toBeNull());
    const { query, frameWindow } = frame();
    expect(query.get('prompt')).toBe('none');
    post({ error: 'login_required', error_description: 'Login required', state: query.get('state') ?? '' }, API, frameWindow);
    expect(await answer).toEqual({ error: { error: 'login_required', errorDescription: 'Login required' }, result: undefined });
  });
});

describe('the methods Lock has', () => {
  test('logout goes to /v2/logout with the client and returnTo', () => {
    const { latch } = mount();
    latch.logout({ returnTo: 'https://app.example/bye' });
    const url = new URL(String(assign.mock.calls[0]?.[0]));
    expect(url.origin + url.pathname).toBe(`${API}/v2/logout`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: CLIENT, returnTo: 'https://app.example/bye', auth0Client: AUTH0_CLIENT_HEADER });
  });

  test('getUserInfo reads /userinfo with the access token', async () => {
    const server = fakeServer();
    server.reply(json(200, { sub: 'auth0|ada', email: 'ada@example.com' }));
    const { latch } = mount({}, server);
    const profile = await new Promise((resolve) => latch.getUserInfo('at-1', (error, value) => resolve({ error, value })));
    expect(profile).toEqual({ error: null, value: { sub: 'auth0|ada', email: 'ada@example.com' } });
    expect(server.sent[0]).toMatchObject({ url: `${API}/userinfo`, headers: { Authorization: 'Bearer at-1' } });
  });
});

describe('the connection’s settings from /client/{id}.js', () => {
  const settings = (connection: Record<string, unknown>) =>
    `Auth0.setClient(${JSON.stringify({ id: CLIENT, strategies: [{ name: 'auth0', connections: [{ name: 'Username-Password-Authentication', ...connection }] }] })});`;

  test('a connection without sign-up hides the sign-up switch; its policy shows on sign-up when allowed', async () => {
    mount({}, fakeServer({ clientSettings: settings({ showSignup: false, showForgot: true, passwordPolicy: 'good' }) }));
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull());
  });

  test('the policy of the connection is the checklist on sign-up', async () => {
    mount({}, fakeServer({ clientSettings: settings({ passwordPolicy: 'excellent', password_complexity_options: { min_length: 12 } }) }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(document.body.textContent).toContain('12'));
  });

  test('a passwordPolicy option wins: the document is not read', async () => {
    const server = fakeServer({ clientSettings: settings({ showSignup: false }) });
    const fetchSpy = vi.fn(server.fetch);
    mount({ passwordPolicy: { level: 'none' }, fetch: fetchSpy }, server);
    await new Promise((resolve) => setTimeout(resolve));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeTruthy();
  });
});
