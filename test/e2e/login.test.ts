import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { DEMO_EMAIL, DEMO_PASSWORD, EVENTUALLY, isFocused, useDemoPage } from '../helpers/e2e';
import { screenshot } from '../helpers/screenshot';

const session = useDemoPage();

describe('logging in on the demo page', () => {
  it('a wrong password says so, keeps the email, clears the password and puts the cursor back in it', async () => {
    const { widget, page } = session;
    const email = widget.getByRole('textbox', { name: 'Email' });
    const password = widget.getByLabel('Password', { exact: true });
    await email.fill(DEMO_EMAIL);
    await password.fill('not-my-password');
    await widget.getByRole('button', { name: 'Log in', exact: true }).click();

    const alert = widget.locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Wrong email or password.');
    expect(await alert.getAttribute('data-tone')).toBe('error');
    expect(await email.inputValue()).toBe(DEMO_EMAIL);
    expect(await password.inputValue()).toBe('');
    await expect.poll(() => isFocused(password), EVENTUALLY).toBe(true);
    await screenshot(page, 'login-wrong-password');
  });

  it('the right password signs in, tells the host page, and never writes the password into its log', async () => {
    const { widget, page } = session;
    // The demo's default login (auth.redirect: false): the credentials go to /co/authenticate, then the login
    // ticket to /authorize in a hidden frame, and the page stays.
    const loginRequests = postsTo(page, '/co/authenticate');
    const tokenRequests = postsTo(page, '/oauth/token');
    await screenshot(page, 'login');
    await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
    await widget.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await widget.getByRole('button', { name: 'Log in', exact: true }).click();

    await widget.getByRole('heading', { name: en['signedIn.title'] }).waitFor();
    expect(await widget.textContent()).toContain(en['signedIn.body']);
    const log = page.locator('#event-log');
    await expect.poll(() => log.textContent(), EVENTUALLY).toContain('authenticated');
    expect(await log.textContent()).not.toContain(DEMO_PASSWORD);
    await screenshot(page, 'signed-in');

    expect(loginRequests).toHaveLength(1);
    const body: unknown = loginRequests[0]?.postDataJSON();
    expect(body).toMatchObject({
      credential_type: 'http://auth0.com/oauth/grant-type/password-realm',
      username: DEMO_EMAIL,
      password: DEMO_PASSWORD,
      realm: 'Username-Password-Authentication',
    });
    // The hidden frame asked for tokens (response_type token id_token), so no code was exchanged.
    expect(tokenRequests).toHaveLength(0);
  });

  it('with "Log in by: Password-realm grant" the password goes to /oauth/token with that grant', async () => {
    const { widget, page } = session;
    const loginRequests = postsTo(page, '/co/authenticate');
    const tokenRequests = postsTo(page, '/oauth/token');
    await page.getByRole('radio', { name: 'Password-realm grant' }).check();
    await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
    await widget.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await widget.getByRole('button', { name: 'Log in', exact: true }).click();

    await widget.getByRole('heading', { name: en['signedIn.title'] }).waitFor();
    const log = page.locator('#event-log');
    await expect.poll(() => log.textContent(), EVENTUALLY).toContain('authenticated');
    expect(await log.textContent()).not.toContain(DEMO_PASSWORD);

    expect(tokenRequests).toHaveLength(1);
    const body: unknown = tokenRequests[0]?.postDataJSON();
    expect(body).toMatchObject({
      grant_type: 'http://auth0.com/oauth/grant-type/password-realm',
      username: DEMO_EMAIL,
      password: DEMO_PASSWORD,
      realm: 'Username-Password-Authentication',
    });
    expect(loginRequests).toHaveLength(0);
  });
});

/** The POSTs the page sends to one API path, as they are sent. */
function postsTo(page: Page, path: string): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === path) requests.push(request);
  });
  return requests;
}
