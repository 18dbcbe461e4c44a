import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { EVENTUALLY } from '../helpers/e2e';
import { SITE_CLIENT_ID, SITE_CONNECTION, SITE_USER, startLockSite, type LockSite, type WidgetOptions } from '../helpers/lock-site';

// Issue 12, "the real Lock": Auth0 Lock 14 from npm (lib/ bundled unmodified, with its own auth0-js 9 and React 18),
// in Chromium on an application page, against the mock on plain http: login by redirect (/co/authenticate, then
// /authorize with the login ticket, back with the tokens in the hash), login without leaving the page (web_message
// in a hidden frame), forgot password, checkSession and logout. Every assertion is on what Lock itself did: the
// events it emitted, the callbacks it answered, the messages it showed.

/** Lock's `authenticated` payload and checkSession result (auth0-js buildParseHashResponse). */
interface AuthResult {
  accessToken: string | null;
  idToken: string | null;
  idTokenPayload: Record<string, unknown> | null;
  state: string | null;
  expiresIn: number | null;
  tokenType: string | null;
  scope: string | null;
}
interface RecordedEvent {
  name: string;
  args: unknown[];
}
interface LockError {
  error?: string;
  errorDescription?: string;
  error_description?: string;
  code?: string;
  description?: string;
}
type PageWindow = Window & {
  __events: RecordedEvent[];
  checkSession(params?: Record<string, string>): Promise<{ error: LockError | null; result: AuthResult | null }>;
  widget: { logout(options: Record<string, string>): void };
};

/** ID tokens are asked for, so Lock (auth0-js) checks one: RS256 against the mock's JWKS, iss, aud, nonce, exp. */
const AUTH = { responseType: 'token id_token' };

let site: LockSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let requests: Request[];

beforeAll(async () => {
  [site, browser] = await Promise.all([startLockSite(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  await site.reset();
  context = await browser.newContext();
  page = await context.newPage();
  pageErrors = [];
  requests = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requests.push(request));
});
afterEach(async () => {
  await context.close();
  expect(pageErrors, 'uncaught errors on the page').toEqual([]);
});

/** Opens the Lock page with these options and waits for Lock's login form (it shows once its remote data is in). */
async function openLock(options: WidgetOptions): Promise<void> {
  site.setOptions(options);
  await page.goto(site.pageUrl('lock'));
  await page.locator('.auth0-lock input[name=email]').waitFor();
}

async function submitLogin(password: string = SITE_USER.password): Promise<void> {
  await page.locator('.auth0-lock input[name=email]').fill(SITE_USER.email);
  await page.locator('.auth0-lock input[name=password]').fill(password);
  await page.locator('.auth0-lock button[name=submit]').click();
}

function events(): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as PageWindow).__events);
}

/** The first argument of the first event of that name, once Lock has emitted it. */
async function eventPayload(name: string): Promise<unknown> {
  await expect.poll(async () => (await events()).some((event) => event.name === name), EVENTUALLY).toBe(true);
  return (await events()).find((event) => event.name === name)?.args[0];
}

function checkSession(): Promise<{ error: LockError | null; result: AuthResult | null }> {
  return page.evaluate(() => (window as unknown as PageWindow).checkSession({}));
}

function requestsTo(path: string): URL[] {
  return requests.map((r) => new URL(r.url())).filter((u) => u.origin === site.mockUrl && u.pathname === path);
}

/** What Lock hands the page for the demo user, with the ID token it verified. */
function expectDemoUser(result: AuthResult | null | undefined): void {
  expect(result?.accessToken).toMatch(/\S{16,}/);
  expect(result?.tokenType).toBe('Bearer');
  expect(result?.expiresIn).toBeGreaterThan(0);
  expect(result?.idToken?.split('.')).toHaveLength(3);
  expect(result?.idTokenPayload).toMatchObject({ sub: SITE_USER.id, email: SITE_USER.email, iss: `${site.mockUrl}/`, aud: SITE_CLIENT_ID });
}

describe('Auth0 Lock 14 (unmodified) against the mock', () => {
  it('logs in by redirect: /co/authenticate, /authorize with the ticket, and `authenticated` on the way back', async () => {
    await openLock({ auth: { ...AUTH, redirect: true } });
    await submitLogin();
    await page.waitForURL((url) => url.pathname === '/lock.html' && url.hash.includes('access_token='), EVENTUALLY);

    const result = (await eventPayload('authenticated')) as AuthResult;
    expectDemoUser(result);
    // The protocol Lock spoke: the credentials to /co/authenticate, then the ticket (not the password) to /authorize.
    expect(requestsTo('/co/authenticate')).toHaveLength(1);
    const login = requestsTo('/authorize').find((url) => url.searchParams.has('login_ticket'));
    expect(login?.searchParams.get('connection')).toBe(SITE_CONNECTION);
    expect(login?.searchParams.get('response_type')).toBe('token id_token');
    expect(login?.searchParams.has('password')).toBe(false);
    expect(result.state).toBe(login?.searchParams.get('state'));
    expect(result.idTokenPayload?.nonce).toBe(login?.searchParams.get('nonce'));
    // Lock checked the ID token's signature with the key the mock publishes.
    expect(requestsTo('/.well-known/jwks.json').length).toBeGreaterThanOrEqual(1);
    // And the hash it read is gone from the address bar.
    await expect.poll(() => new URL(page.url()).hash, EVENTUALLY).toBe('');
  });

  it('logs in without leaving the page (redirect: false): the answer comes back by web_message', async () => {
    await openLock({ auth: { ...AUTH, redirect: false } });
    const before = page.url();
    await submitLogin();

    const result = (await eventPayload('authenticated')) as AuthResult;
    expectDemoUser(result);
    expect(page.url()).toBe(before);
    const login = requestsTo('/authorize').find((url) => url.searchParams.has('login_ticket'));
    expect(login?.searchParams.get('response_mode')).toBe('web_message');
    expect(login?.searchParams.get('prompt')).toBe('none');
  });

  it('shows the mock’s wrong-password answer as Lock’s own message, and emits nothing', async () => {
    await openLock({ auth: { ...AUTH, redirect: true } });
    await submitLogin('not-the-password');
    const error = page.locator('.auth0-lock .auth0-global-message-error');
    await expect.poll(() => error.textContent(), EVENTUALLY).toMatch(/Wrong email or password/);
    expect((await events()).filter((event) => event.name === 'authenticated')).toEqual([]);
    expect(requestsTo('/authorize').filter((url) => url.searchParams.has('login_ticket'))).toEqual([]);
  });

  it('sends a reset email from its forgot-password screen', async () => {
    await openLock({ auth: AUTH });
    await page.locator('.auth0-lock a.auth0-lock-alternative-link').click();
    // Lock slides the forgot-password screen in over the login screen; it is there alone once the slide has ended.
    await page.getByText('Please enter your email address. We will send you an email to reset your password.').waitFor();
    const email = page.locator('.auth0-lock input[name=email]');
    await expect.poll(() => email.count(), EVENTUALLY).toBe(1);
    await email.fill(SITE_USER.email);
    await page.locator('.auth0-lock button[name=submit]').click();

    const success = page.locator('.auth0-lock .auth0-global-message-success');
    await expect.poll(() => success.textContent(), EVENTUALLY).toMatch(/We've just sent you an email to reset your password/);
    const outbox = await site.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.to).toBe(SITE_USER.email);
    expect(outbox[0]?.link).toContain(`${site.mockUrl}/lo/reset?ticket=`);
  });

  it('checkSession answers the session’s tokens while it lives, and login_required after logout', async () => {
    await openLock({ auth: { ...AUTH, redirect: false } });
    // No session yet: Lock's own answer.
    const before = await checkSession();
    expect(before.result).toBeNull();
    expect(before.error?.error ?? before.error?.code).toBe('login_required');

    await submitLogin();
    await eventPayload('authenticated');
    const during = await checkSession();
    expect(during.error).toBeNull();
    expectDemoUser(during.result);

    // Lock's logout leaves for /v2/logout, which ends the session and comes back to the page (an Allowed Logout URL).
    await page.evaluate((returnTo) => (window as unknown as PageWindow).widget.logout({ returnTo }), site.pageUrl('lock'));
    await page.waitForURL((url) => url.pathname === '/lock.html', EVENTUALLY);
    await page.locator('.auth0-lock input[name=email]').waitFor();
    expect(requestsTo('/v2/logout').map((url) => [url.searchParams.get('client_id'), url.searchParams.get('returnTo')])).toEqual([
      [SITE_CLIENT_ID, site.pageUrl('lock')],
    ]);
    const after = await checkSession();
    expect(after.result).toBeNull();
    expect(after.error?.error ?? after.error?.code).toBe('login_required');
  });
});
