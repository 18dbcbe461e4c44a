import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import type { Auth0Client } from '@auth0/auth0-spa-js';
import { launchBrowser } from '../helpers/browser';
import { EVENTUALLY } from '../helpers/e2e';
import { jsonData, SITE_CLIENT_ID, SITE_USER, startClientSite, type ClientSite, type SiteUrls } from '../helpers/client-site';

// Issue 12, "proof that it is the real protocol": @auth0/auth0-spa-js 2, unmodified
// (dist/auth0-spa-js.production.js as published), runs in Chromium on an application page against the mock:
// loginWithRedirect to the mock's hosted login page (the Latch widget from dist/latch.iife.js), back with a code that
// handleRedirectCallback exchanges with PKCE at /oauth/token (spa-js checks the ID token's claims itself),
// getTokenSilently in a hidden frame (prompt=none, web_message) and logout. Every assertion is on what spa-js
// returned.

const PAGE = '/spa.html';

type SpaWindow = Window & { auth0Client: Promise<Auth0Client> };
/** spa-js's errors (GenericError and its kin), as the page reports them. */
interface SpaError {
  error?: string;
  error_description?: string;
  message: string;
}
type Outcome<T> = { ok: true; value: T } | { ok: false; error: SpaError };

let site: ClientSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let cspMessages: string[];
let requests: Request[];

/** The application page: the published spa-js bundle and the app's own script that makes the client from its config. */
function appPage({ mockUrl, origin }: SiteUrls): string {
  const config = { domain: mockUrl, clientId: SITE_CLIENT_ID, authorizationParams: { redirect_uri: origin + PAGE } };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>spa-js app</title>
${jsonData('app-config', config)}
<script src="/node_modules/@auth0/auth0-spa-js/dist/auth0-spa-js.production.js"></script>
<script src="/app.js"></script></head><body><main><h1>spa-js app</h1></main></body></html>`;
}

const APP_SCRIPT = `(function () {
  var config = JSON.parse(document.getElementById('app-config').textContent);
  window.auth0Client = auth0.createAuth0Client(config);
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

type Method = 'handleRedirectCallback' | 'getUser' | 'getIdTokenClaims' | 'isAuthenticated' | 'silent' | 'silentDetailed';

/** Runs a method of the page's spa-js client and reports its result or the error it threw. */
function call<T>(method: Method): Promise<Outcome<T>> {
  return page.evaluate(async (name) => {
    const run = async (client: Auth0Client): Promise<unknown> => {
      switch (name) {
        case 'handleRedirectCallback':
          return client.handleRedirectCallback();
        case 'getUser':
          return client.getUser();
        case 'getIdTokenClaims':
          return client.getIdTokenClaims();
        case 'isAuthenticated':
          return client.isAuthenticated();
        case 'silent':
          return client.getTokenSilently({ cacheMode: 'off' });
        case 'silentDetailed':
          return client.getTokenSilently({ cacheMode: 'off', detailedResponse: true });
      }
    };
    try {
      const value = await run(await (window as unknown as SpaWindow).auth0Client);
      return { ok: true, value: value as T } as const;
    } catch (thrown) {
      const e = thrown as SpaError;
      return { ok: false, error: { error: e.error, error_description: e.error_description, message: e.message } } as const;
    }
  }, method);
}

function requestsTo(path: string): Request[] {
  return requests.filter((r) => {
    const url = new URL(r.url());
    return url.origin === site.mock.url && url.pathname === path;
  });
}

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`spa-js failed: ${outcome.error.error ?? ''} ${outcome.error.message}`);
  return outcome.value;
}

/** loginWithRedirect, the hosted login page (the Latch widget), back on the app with a code, handleRedirectCallback. */
async function logIn(): Promise<void> {
  await page.evaluate(async () => {
    const client = await (window as unknown as SpaWindow).auth0Client;
    await client.loginWithRedirect();
  });
  await page.waitForURL((url) => url.origin === site.mock.url && url.pathname === '/login', EVENTUALLY);
  const widget = page.locator('#latch-login');
  await widget.getByRole('textbox', { name: 'Email' }).fill(SITE_USER.email);
  await widget.getByLabel('Password', { exact: true }).fill(SITE_USER.password);
  await widget.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.waitForURL((url) => url.origin === site.origin && url.pathname === PAGE && (url.searchParams.has('code') || url.searchParams.has('error')), EVENTUALLY);
  const back = new URL(page.url()).searchParams;
  // An error here is the authorization server's answer to what the hosted login page sent to /authorize.
  expect(back.get('error') === null ? null : `${back.get('error') ?? ''}: ${back.get('error_description') ?? ''}`, 'the answer to the hosted login').toBeNull();
  value(await call<unknown>('handleRedirectCallback'));
}

describe('@auth0/auth0-spa-js 2 (unmodified) against the mock', () => {
  it('loginWithRedirect goes through the hosted login page; handleRedirectCallback exchanges the code with PKCE; getUser is the demo user', async () => {
    await logIn();

    // What spa-js sent: /authorize with S256 PKCE, a state and a nonce; the hosted page went back to /authorize with
    // a login ticket and the same state and challenge; the code was exchanged with the verifier.
    const [first, ticketed] = requestsTo('/authorize').map((r) => new URL(r.url()).searchParams);
    expect(first?.get('response_type')).toBe('code');
    expect(first?.get('code_challenge_method')).toBe('S256');
    expect(ticketed?.get('login_ticket')).toMatch(/\S+/);
    expect(ticketed?.get('state')).toBe(first?.get('state'));
    expect(ticketed?.get('code_challenge')).toBe(first?.get('code_challenge'));
    const exchanges = requestsTo('/oauth/token');
    expect(exchanges).toHaveLength(1);
    const form = new URLSearchParams(exchanges[0]?.postData() ?? '');
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code_verifier')).toMatch(/\S{43,}/);

    const user = value(await call<Record<string, unknown>>('getUser'));
    expect(user).toMatchObject({ sub: SITE_USER.id, email: SITE_USER.email });
    const claims = value(await call<Record<string, unknown>>('getIdTokenClaims'));
    expect(claims).toMatchObject({ sub: SITE_USER.id, iss: `${site.mock.url}/`, aud: SITE_CLIENT_ID, nonce: first?.get('nonce') });
    expect(value(await call<boolean>('isAuthenticated'))).toBe(true);
  });

  it('getTokenSilently({cacheMode: "off"}) gets new tokens in a hidden frame (prompt=none, web_message)', async () => {
    await logIn();
    const before = requestsTo('/authorize').length;
    const silent = value(await call<{ access_token: string; id_token: string; expires_in: number }>('silentDetailed'));
    expect(silent.access_token).toMatch(/\S{16,}/);
    expect(silent.id_token.split('.')).toHaveLength(3);
    expect(silent.expires_in).toBeGreaterThan(0);

    const frame = requestsTo('/authorize').slice(before).map((r) => new URL(r.url()).searchParams);
    expect(frame).toHaveLength(1);
    expect(frame[0]?.get('prompt')).toBe('none');
    expect(frame[0]?.get('response_mode')).toBe('web_message');
    expect(frame[0]?.has('login_ticket')).toBe(false);
    // A second silent call gets another token: nothing came from spa-js's cache.
    const again = value(await call<string>('silent'));
    expect(again).toMatch(/\S{16,}/);
    expect(again).not.toBe(silent.access_token);
    const user = value(await call<Record<string, unknown>>('getUser'));
    expect(user).toMatchObject({ sub: SITE_USER.id, email: SITE_USER.email });
  });

  it('logout ends the session at the mock: back on the app, getTokenSilently fails with login_required', async () => {
    await logIn();
    value(await call<string>('silent'));

    await page.evaluate(async (returnTo) => {
      const w = window as unknown as SpaWindow & { beforeLogout?: boolean };
      // Marks this document, so the wait below knows the page that returnTo loads from the one that left.
      w.beforeLogout = true;
      await (await w.auth0Client).logout({ logoutParams: { returnTo } });
    }, site.url(PAGE));
    await page.waitForFunction(() => {
      const w = window as unknown as Partial<SpaWindow> & { beforeLogout?: boolean };
      return location.pathname === '/spa.html' && w.beforeLogout === undefined && w.auth0Client !== undefined;
    }, undefined, EVENTUALLY);
    expect(requestsTo('/v2/logout')).toHaveLength(1);
    const logout = new URL(requestsTo('/v2/logout')[0]?.url() ?? '');
    expect(logout.searchParams.get('client_id')).toBe(SITE_CLIENT_ID);
    expect(logout.searchParams.get('returnTo')).toBe(site.url(PAGE));

    expect(value(await call<boolean>('isAuthenticated'))).toBe(false);
    const after = await call<string>('silent');
    expect(after.ok).toBe(false);
    expect(after.ok ? undefined : after.error).toMatchObject({ error: 'login_required', error_description: 'Login required' });
  });
});
