import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { EVENTUALLY } from '../helpers/e2e';
import { jsonData, SITE_CLIENT_ID, SITE_CONNECTION, SITE_USER, startClientSite, type ClientSite, type SiteUrls } from '../helpers/client-site';
import { ADMIN_HEADERS, MANAGEMENT_TOKEN, RESET_MESSAGE } from '../mock/mock-harness';

// Issue 12, "proof that it is the real protocol": auth0-js 10, unmodified (node_modules/auth0-js/dist/auth0.min.js as
// published), runs in Chromium on an application page against the mock: cross-origin login (/co/authenticate, then
// /authorize with the login ticket), parseHash (which checks the ID token itself: RS256 with the key from the JWKS,
// iss, aud, nonce, exp, at_hash), checkSession (a hidden /authorize frame answering by web_message) and
// changePassword. Every assertion is on what auth0-js returned.

const PAGE = '/auth0js.html';
const NEW_PASSWORD = 'a-brand-new-passphrase-42';
const CHANGED = 'Your password has been changed. You can now log in with the new password.';

/** What auth0-js parseHash and checkSession give their callback (auth0-js buildParseHashResponse). */
interface AuthResult {
  accessToken: string | null;
  idToken: string | null;
  idTokenPayload: Record<string, unknown> | null;
  state: string | null;
  expiresIn: number | null;
  tokenType: string | null;
  scope: string | null;
}
interface Auth0Error {
  error?: string;
  errorDescription?: string;
  error_description?: string;
  description?: string;
  code?: string;
}
type Callback<T> = (error: Auth0Error | null, result?: T) => void;
/** The slice of auth0-js's WebAuth these tests call, as the page sees it. */
interface WebAuth {
  login(options: Record<string, string>, cb: Callback<unknown>): void;
  parseHash(options: Record<string, string>, cb: Callback<AuthResult>): void;
  checkSession(options: Record<string, string>, cb: Callback<AuthResult>): void;
  changePassword(options: Record<string, string>, cb: Callback<unknown>): void;
}
type AppWindow = Window & { webAuth: WebAuth; loginError?: Auth0Error };
type Outcome<T> = { error: Auth0Error | null; result: T | null };

let site: ClientSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let cspMessages: string[];
let requests: Request[];

/** The application page: auth0.min.js as published, and the app's own script that makes a WebAuth from its config. */
function appPage({ mockUrl, origin }: SiteUrls): string {
  const config = {
    domain: mockUrl,
    clientID: SITE_CLIENT_ID,
    redirectUri: origin + PAGE,
    responseType: 'token id_token',
    scope: 'openid profile email',
    // auth0-js takes the issuer as `https://${domain}/` unless told otherwise; the mock runs on http, so its issuer is
    // given the documented way (the JWKS is then read from `${issuer}.well-known/jwks.json`).
    overrides: { __tenant: 'latch', __token_issuer: `${mockUrl}/` },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>auth0-js app</title>
${jsonData('app-config', config)}
<script src="/node_modules/auth0-js/dist/auth0.min.js"></script>
<script src="/app.js"></script></head><body><main><h1>auth0-js app</h1></main></body></html>`;
}

const APP_SCRIPT = `(function () {
  var config = JSON.parse(document.getElementById('app-config').textContent);
  window.webAuth = new auth0.WebAuth(config);
})();`;

beforeAll(async () => {
  [site, browser] = await Promise.all([startClientSite({ pages: { [PAGE]: appPage }, scripts: { '/app.js': APP_SCRIPT } }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  site.mock.app.reset();
  context = await browser.newContext();
  page = await context.newPage();
  pageErrors = [];
  cspMessages = [];
  requests = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspMessages.push(message.text());
  });
  page.on('request', (request) => requests.push(request));
  await page.goto(site.url(PAGE));
});
afterEach(async () => {
  await context.close();
  expect(pageErrors, 'uncaught errors on the pages').toEqual([]);
  expect(cspMessages, 'CSP violations').toEqual([]);
});

/** webAuth.login with the demo user; it leaves the page for /authorize and comes back with the tokens in the hash. */
async function logIn(password: string = SITE_USER.password): Promise<void> {
  await page.evaluate(
    ([realm, username, pass]) => {
      const w = window as unknown as AppWindow;
      w.webAuth.login({ realm: realm ?? '', username: username ?? '', password: pass ?? '' }, (error) => {
        w.loginError = error ?? undefined;
      });
    },
    [SITE_CONNECTION, SITE_USER.email, password],
  );
  // Either auth0-js reports an error to the callback and stays, or the page comes back with the tokens.
  await page.waitForFunction(
    (path) => {
      const w = window as unknown as Partial<AppWindow>;
      // Back on the page once its scripts have made the WebAuth again.
      return w.loginError !== undefined || (location.pathname === path && location.hash.includes('access_token=') && w.webAuth !== undefined);
    },
    PAGE,
    EVENTUALLY,
  );
  expect(await page.evaluate(() => (window as unknown as AppWindow).loginError ?? null), 'the error auth0-js login() reported').toBeNull();
  expect(new URL(page.url()).origin).toBe(site.origin);
}

/** webAuth.parseHash on the current page, with extra options (state, nonce, hash). */
function parseHash(options: Record<string, string> = {}): Promise<Outcome<AuthResult>> {
  return page.evaluate(
    (opts) =>
      new Promise<Outcome<AuthResult>>((resolve) => {
        (window as unknown as AppWindow).webAuth.parseHash(opts, (error, result) => resolve({ error, result: result ?? null }));
      }),
    options,
  );
}

function checkSession(): Promise<Outcome<AuthResult>> {
  return page.evaluate(
    () =>
      new Promise<Outcome<AuthResult>>((resolve) => {
        (window as unknown as AppWindow).webAuth.checkSession({}, (error, result) => resolve({ error, result: result ?? null }));
      }),
  );
}

function requestsTo(path: string): URL[] {
  return requests.map((r) => new URL(r.url())).filter((u) => u.origin === site.mock.url && u.pathname === path);
}

/** The ID token checks every auth0-js answer must pass, read from the payload auth0-js verified and returned. */
function expectDemoUserTokens(result: AuthResult | null): void {
  expect(result?.accessToken).toMatch(/\S{16,}/);
  expect(result?.tokenType).toBe('Bearer');
  expect(result?.expiresIn).toBeGreaterThan(0);
  expect(result?.idToken?.split('.')).toHaveLength(3);
  expect(result?.idTokenPayload).toMatchObject({
    sub: SITE_USER.id,
    email: SITE_USER.email,
    iss: `${site.mock.url}/`,
    aud: SITE_CLIENT_ID,
  });
  expect(result?.idTokenPayload?.nonce).toEqual(expect.any(String));
  expect(result?.idTokenPayload?.at_hash).toEqual(expect.any(String));
}

describe('auth0-js 10 (unmodified) against the mock', () => {
  it('login() logs in across origins and parseHash() accepts the ID token it verified against the JWKS', async () => {
    await logIn();

    // The protocol auth0-js spoke: /co/authenticate, then /authorize with the login ticket and its own state + nonce.
    const [authorize] = requestsTo('/authorize');
    expect(requestsTo('/co/authenticate')).toHaveLength(1);
    expect(authorize?.searchParams.get('login_ticket')).toMatch(/\S+/);
    expect(authorize?.searchParams.get('response_type')).toBe('token id_token');

    const { error, result } = await parseHash();
    expect(error).toBeNull();
    expectDemoUserTokens(result);
    expect(result?.state).toBe(authorize?.searchParams.get('state'));
    expect(result?.idTokenPayload?.nonce).toBe(authorize?.searchParams.get('nonce'));
    // The signature was checked with the tenant's published key.
    expect(requestsTo('/.well-known/jwks.json').length).toBeGreaterThanOrEqual(1);

    // auth0-js's checks are real: the same answer with another nonce, or with a signature that is not the key's,
    // is refused by auth0-js itself.
    const hash = new URL(page.url()).hash;
    const state = result?.state ?? '';
    const nonce = String(result?.idTokenPayload?.nonce ?? '');
    const wrongNonce = await parseHash({ hash, state, nonce: 'another-nonce' });
    expect(wrongNonce.error?.error).toBe('invalid_token');
    expect(wrongNonce.error?.errorDescription).toMatch(/nonce/i);
    const idToken = result?.idToken ?? '';
    const forged = `${idToken.slice(0, -6)}${idToken.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}`;
    const badSignature = await parseHash({ hash: hash.replace(idToken, forged), state, nonce });
    expect(badSignature.error?.error).toBe('invalid_token');
    expect(badSignature.error?.errorDescription).toMatch(/signature/i);
  });

  it('a wrong password comes back to login() as auth0-js error, and the page stays', async () => {
    const error = await page.evaluate(
      ([realm, username]) =>
        new Promise<Auth0Error>((resolve) => {
          (window as unknown as AppWindow).webAuth.login(
            { realm: realm ?? '', username: username ?? '', password: 'not-the-password' },
            (err) => resolve(err ?? {}),
          );
        }),
      [SITE_CONNECTION, SITE_USER.email],
    );
    expect(error.code).toBe('access_denied');
    expect(error.description).toBe('Wrong email or password.');
    expect(requestsTo('/authorize')).toHaveLength(0);
  });

  it('checkSession() gets fresh tokens while the session lives and login_required once the password was reset', async () => {
    await logIn();
    expect((await parseHash()).error).toBeNull();

    const live = await checkSession();
    expect(live.error).toBeNull();
    expectDemoUserTokens(live.result);
    const [silent] = requestsTo('/authorize').filter((u) => u.searchParams.get('prompt') === 'none');
    expect(silent?.searchParams.get('response_mode')).toBe('web_message');
    expect(silent?.searchParams.has('login_ticket')).toBe(false);

    // The password is reset by the Management API: every session of the user ends.
    const patch = await fetch(`${site.mock.url}/api/v2/users/${encodeURIComponent(SITE_USER.id)}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${MANAGEMENT_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: NEW_PASSWORD, connection: SITE_CONNECTION }),
    });
    expect(patch.status).toBe(200);

    const ended = await checkSession();
    expect(ended.result).toBeNull();
    expect(ended.error).toMatchObject({ error: 'login_required', error_description: 'Login required' });
  });

  it('changePassword() sends the reset email; after the reset page, checkSession() says login_required and the new password logs in', async () => {
    await logIn();
    expect((await parseHash()).error).toBeNull();
    expect((await checkSession()).error).toBeNull();

    const outcome = await page.evaluate(
      ([connection, email]) =>
        new Promise<Outcome<unknown>>((resolve) => {
          (window as unknown as AppWindow).webAuth.changePassword({ connection: connection ?? '', email: email ?? '' }, (error, result) =>
            resolve({ error, result: result ?? null }),
          );
        }),
      [SITE_CONNECTION, SITE_USER.email],
    );
    expect(outcome.error).toBeNull();
    expect(outcome.result).toBe(RESET_MESSAGE);
    expect(requestsTo('/dbconnections/change_password')).toHaveLength(1);

    let link = '';
    await expect
      .poll(async () => {
        const emails = (await (await fetch(`${site.mock.url}/__outbox`, { headers: ADMIN_HEADERS })).json()) as { to: string; link: string }[];
        link = emails.filter((e) => e.to === SITE_USER.email).pop()?.link ?? '';
        return link === '' ? '' : new URL(link).pathname;
      }, EVENTUALLY)
      .toBe('/lo/reset');

    // The user follows the link in the same browser and chooses a new password on the hosted page.
    await page.goto(link);
    const card = page.locator('#latch-reset');
    await card.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await card.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
    await card.getByRole('button', { name: 'Change password' }).click();
    await card.getByText(CHANGED).waitFor(EVENTUALLY);

    await page.goto(site.url(PAGE));
    const ended = await checkSession();
    expect(ended.result).toBeNull();
    expect(ended.error).toMatchObject({ error: 'login_required', error_description: 'Login required' });

    await logIn(NEW_PASSWORD);
    const again = await parseHash();
    expect(again.error).toBeNull();
    expectDemoUserTokens(again.result);
  });
});
