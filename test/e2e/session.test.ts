import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { DEMO_EMAIL, DEMO_PASSWORD, EVENTUALLY, useDemoPage } from '../helpers/e2e';

/**
 * The demo's Session panel against the mock as an identity provider: a login by hidden frame and by redirect shows
 * the ID token's checked claims, Check session asks /authorize (prompt=none, in a hidden frame) whether the session
 * is still there, and a password reset or Log out ends it.
 */
const session = useDemoPage();

const NEW_PASSWORD = 'Purple-Otter-42';
const DEMO_USER_ID = 'auth0|demo';

const panel = (page: Page) => page.locator('#session-summary').locator('..');
const status = (page: Page) => page.locator('#session-status');

/** The claims the panel lists, as `name → text`. */
function claims(page: Page): Promise<Record<string, string>> {
  return page.locator('#session-claims').evaluate((dl) => {
    const out: Record<string, string> = {};
    for (const dt of Array.from(dl.querySelectorAll('dt'))) out[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? '';
    return out;
  });
}

async function expectDemoClaims(page: Page): Promise<void> {
  await page.locator('#session-claims').waitFor();
  const shown = await claims(page);
  expect(shown.sub).toBe(DEMO_USER_ID);
  expect(shown.email).toBe(DEMO_EMAIL);
  expect(shown.aud).toBe('latch-demo');
  expect(shown.iss).toBe(`${session.url}/`);
  // The token's expiry is there, as text.
  expect(await panel(page).textContent()).toMatch(/Access token \(Bearer\) expires in \d+ s/);
}

async function logIn(widget: Locator, password: string): Promise<void> {
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByLabel('Password', { exact: true }).fill(password);
  await widget.getByRole('button', { name: 'Log in', exact: true }).click();
}

/** Picks a "Log in by" choice; the widget is created again with it. */
async function loginBy(page: Page, widget: Locator, choice: string): Promise<void> {
  await page.getByRole('radio', { name: choice }).check();
  await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
}

async function checkSession(page: Page, expected: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Check session' }).click();
  await expect.poll(() => status(page).textContent(), EVENTUALLY).toMatch(expected);
}

/**
 * The URLs the page's main frame asked for or showed, in order: a 302 (/authorize, /v2/logout) is only a request,
 * and a hash only shows in the URL the frame commits.
 */
function navigations(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) seen.push(request.url());
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(frame.url());
  });
  return seen;
}

describe('the Session panel', () => {
  it('a login in the hidden frame (the demo default) shows the signed-in screen and the checked claims', async () => {
    const { page, widget } = session;
    expect(await page.getByRole('radio', { name: 'Hidden frame (auth.redirect: false)' }).isChecked()).toBe(true);
    expect(await panel(page).textContent()).toContain('Not signed in');
    const shown = navigations(page);
    await logIn(widget, DEMO_PASSWORD);
    await widget.getByRole('heading', { name: en['signedIn.title'] }).waitFor();
    await expectDemoClaims(page);
    expect(await page.locator('#session-summary').textContent()).toContain('Signed in with the inline widget');
    expect(shown, 'the page never left').toEqual([]);
  });

  it('a login by redirect leaves for /authorize, comes back, cleans the hash and shows the claims', async () => {
    const { page, widget, url } = session;
    await loginBy(page, widget, 'Redirect (Lock’s default)');
    const shown = navigations(page);
    await logIn(widget, DEMO_PASSWORD);
    await expectDemoClaims(page);
    expect(await page.locator('#session-summary').textContent()).toContain('Signed in by redirect');
    // Away to /authorize with the login ticket, back to this page with the result in the hash, which is then removed.
    expect(shown.some((u) => new URL(u).pathname === '/authorize' && new URL(u).searchParams.has('login_ticket'))).toBe(true);
    expect(shown.some((u) => u.startsWith(`${url}/#`) && u.includes('access_token='))).toBe(true);
    await expect.poll(() => page.url(), EVENTUALLY).toBe(`${url}/`);
    expect(page.url()).not.toContain('access_token');
    expect(await page.evaluate(() => location.hash)).toBe('');
    // The choice outlived the round trip.
    expect(await page.getByRole('radio', { name: 'Redirect (Lock’s default)' }).isChecked()).toBe(true);
  });

  it('Check session finds the session, and says login_required once the password was reset through the outbox link', async () => {
    const { page, widget, admin } = session;
    await logIn(widget, DEMO_PASSWORD);
    await widget.getByRole('heading', { name: en['signedIn.title'] }).waitFor();
    await checkSession(page, /^Check session: signed in as demo@latch\.dev\.$/);
    await expectDemoClaims(page);
    expect(await page.locator('#session-summary').textContent()).toContain('Check session found the session');

    // The designer's way: the reset email in the outbox, its link opened in a new tab.
    await admin.requestPasswordReset(DEMO_EMAIL);
    const link = page.locator('#outbox-list a.email-link').first();
    await link.waitFor();
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    const card = tab.locator('#latch-reset');
    await card.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await card.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await card.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
    await card.getByRole('button', { name: 'Change password' }).click();
    await card.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    await tab.close();

    await checkSession(page, /^Check session: login_required/);
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(await page.locator('#session-claims').count(), 'the ended session’s claims are gone').toBe(0);
  });

  it('a password set through the Management API ends the session too', async () => {
    const { page, widget, url } = session;
    await logIn(widget, DEMO_PASSWORD);
    await widget.getByRole('heading', { name: en['signedIn.title'] }).waitFor();
    await checkSession(page, /signed in as demo@latch\.dev/);
    const response = await fetch(`${url}/api/v2/users/${encodeURIComponent(DEMO_USER_ID)}`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer latch-demo-management-token', 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: NEW_PASSWORD, connection: 'Username-Password-Authentication' }),
    });
    expect(response.status).toBe(200);
    await checkSession(page, /^Check session: login_required/);
  });

  it('Log out comes back to the page, and Check session then says login_required', async () => {
    const { page, widget, url } = session;
    await logIn(widget, DEMO_PASSWORD);
    await widget.getByRole('heading', { name: en['signedIn.title'] }).waitFor();
    await expectDemoClaims(page);
    const shown = navigations(page);
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => shown.some((u) => new URL(u).pathname === '/v2/logout'), EVENTUALLY).toBe(true);
    await expect.poll(() => page.url(), EVENTUALLY).toBe(`${url}/`);
    await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    await expect.poll(() => page.locator('#session-summary').textContent(), EVENTUALLY).toContain('Logged out');
    await checkSession(page, /^Check session: login_required/);
  });

  it('a wrong password on the redirect path says so on the widget, and the page stays', async () => {
    const { page, widget, url } = session;
    await loginBy(page, widget, 'Redirect (Lock’s default)');
    const shown = navigations(page);
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/co/authenticate' && r.request().method() === 'POST');
    await logIn(widget, 'not-the-password');
    const response = await answer;
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'access_denied' });
    const alert = widget.locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe(en['error.invalidCredentials']);
    expect(await alert.getAttribute('data-tone')).toBe('error');
    expect(await widget.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(DEMO_EMAIL);
    expect(shown, 'the page never left').toEqual([]);
    expect(page.url()).toBe(`${url}/`);
    expect(await panel(page).textContent()).toContain('Not signed in');
  });
});
