import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { DEMO_EMAIL, DEMO_PASSWORD, EVENTUALLY, useDemoPage } from '../helpers/e2e';

/**
 * Lock's rememberLastLogin on the demo page, against the mock's sessions: after a login, the next visit offers
 * "Last time you logged in with" the account, which logs in with one press; "Not your account?" gives the form.
 */
const session = useDemoPage();

async function logIn(widget: Locator): Promise<void> {
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await widget.getByRole('button', { name: 'Log in', exact: true }).click();
  await widget.getByRole('heading', { name: en['signedIn.title'] }).waitFor();
}

describe('rememberLastLogin', () => {
  it('a first visit shows the login form; after a login, the next visit offers the account, which logs in in one press', async () => {
    const { page, widget } = session;
    expect(await widget.getByText(en['lastLogin.instructions']).count()).toBe(0);
    await logIn(widget);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('auth0.ssodata') ?? '{}'))).toEqual({
      lastUsedConnection: 'Username-Password-Authentication',
      lastUsedSub: 'auth0|demo',
    });

    await page.reload();
    await widget.getByText(en['lastLogin.instructions']).waitFor();
    const account = widget.getByRole('button', { name: DEMO_EMAIL });
    await account.click();
    await widget.getByRole('heading', { name: en['signedIn.title'] }).waitFor();
    await expect.poll(() => page.locator('#session-summary').textContent(), EVENTUALLY).toMatch(/Signed in/);
    expect(await page.locator('#session-claims').textContent()).toContain(DEMO_EMAIL);
  });

  it('"Not your account?" gives the login form, and the account is not offered again', async () => {
    const { page, widget } = session;
    await logIn(widget);
    await page.reload();
    await widget.getByText(en['lastLogin.instructions']).waitFor();
    await widget.getByRole('button', { name: en['lastLogin.notYou'] }).click();
    await widget.getByRole('textbox', { name: 'Email' }).waitFor();
    expect(await widget.getByText(en['lastLogin.instructions']).count()).toBe(0);
  });

  it('with the session ended (logged out), the next visit shows the login form', async () => {
    const { page, widget, url } = session;
    await logIn(widget);
    // The session ends on the API's origin; the browser still remembers the last login.
    const lookUp = page.waitForResponse((r) => new URL(r.url()).pathname === '/authorize' && new URL(r.url()).searchParams.get('prompt') === 'none');
    await page.goto(`${url}/v2/logout?client_id=latch-demo&returnTo=${encodeURIComponent(`${url}/`)}`);
    await widget.getByRole('textbox', { name: 'Email' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('auth0.ssodata'))).not.toBeNull();
    // The look-up is asked and answered (login_required), its hidden frame removed: the form stays.
    await lookUp;
    await page.waitForFunction(() => !document.querySelector('iframe[src*="prompt=none"]'));
    expect(await widget.getByText(en['lastLogin.instructions']).count()).toBe(0);
    expect(await widget.getByRole('textbox', { name: 'Email' }).count()).toBe(1);
  });
});
