import { randomBytes } from 'node:crypto';
import { en } from '../../src/i18n/en';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { EVENTUALLY, useDemoPage } from '../helpers/e2e';
import { screenshot } from '../helpers/screenshot';

const session = useDemoPage();

const PASSWORD = 'Purple-Otter-42';

/** An address no other test (or earlier run against the same server) has used. */
function newEmail(): string {
  return `new-${randomBytes(6).toString('hex')}@example.com`;
}

/** The policy checklist's item whose visible text starts with `text`. */
function rule(widget: Locator, text: string): Locator {
  return widget.locator('li[data-part=rule]').filter({ hasText: new RegExp(`^${text}`) }).first();
}

async function signUp(widget: Locator, email: string, password: string): Promise<void> {
  await widget.getByRole('textbox', { name: 'Email' }).fill(email);
  await widget.getByLabel('Password', { exact: true }).fill(password);
  await widget.getByRole('button', { name: 'Sign up', exact: true }).click();
}

describe('signing up on the demo page', () => {
  it('a new person signs up and is signed in; the same email again gets the generic refusal', async () => {
    const { widget, page, url } = session;
    const email = newEmail();
    await widget.getByText("Don't have an account?").waitFor();
    await widget.getByRole('button', { name: 'Sign up', exact: true }).click();
    await widget.getByRole('heading', { name: 'Create your account' }).waitFor();
    await widget.getByText('Already have an account?').waitFor();

    // The checklist shows the tenant's `good` policy, the one the mock enforces, and follows the typing.
    await widget.getByText('Your password must have:').waitFor();
    expect(await rule(widget, 'At least 3 of these 4 kinds of character').count()).toBe(1);
    await widget.getByLabel('Password', { exact: true }).fill('otter');
    expect(await rule(widget, '8 or more characters').getAttribute('data-met')).toBeNull();
    expect(await rule(widget, '8 or more characters').textContent()).toContain('(not met)');
    await screenshot(page, 'sign-up');
    await widget.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await expect.poll(() => rule(widget, '8 or more characters').getAttribute('data-met'), EVENTUALLY).toBe('');
    expect(await rule(widget, 'At least 3 of these 4 kinds of character').getAttribute('data-met')).toBe('');

    await signUp(widget, email, PASSWORD);
    await widget.getByRole('heading', { name: "You're logged in" }).waitFor();
    const log = page.locator('#event-log');
    await expect.poll(() => log.textContent(), EVENTUALLY).toContain('authenticated');
    expect(await log.textContent()).toContain('signup success');
    expect(await log.textContent()).not.toContain(PASSWORD);
    await screenshot(page, 'sign-up-signed-in');

    // Someone else on this browser: the new account's login is offered first (Lock's rememberLastLogin), and
    // "Not your account?" gives the form.
    await page.goto(`${url}/`);
    await widget.getByRole('button', { name: en['lastLogin.notYou'] }).click();
    await widget.getByRole('button', { name: 'Sign up', exact: true }).click();
    await widget.getByRole('heading', { name: 'Create your account' }).waitFor();
    await signUp(widget, email, PASSWORD);
    const alert = widget.locator('[data-part=alert]');
    // The same words whether or not the account exists, so the form cannot be used to probe for accounts.
    await expect
      .poll(() => alert.textContent(), EVENTUALLY)
      .toBe('We could not create an account with these details. If you already have an account, log in instead.');
    expect(await alert.getAttribute('data-tone')).toBe('error');
    await screenshot(page, 'sign-up-refused');
  });

  it('with sign-up as the first screen and loginAfterSignUp off, the new account logs in from the login screen', async () => {
    const { widget, page } = session;
    const email = newEmail();
    await page.getByLabel('Initial screen').selectOption('signUp');
    await widget.getByRole('heading', { name: 'Create your account' }).waitFor();
    await page.getByRole('checkbox', { name: /^loginAfterSignUp/ }).uncheck();
    // Each option change re-creates the widget; wait for the new one before typing into it.
    await widget.getByRole('heading', { name: 'Create your account' }).waitFor();

    await signUp(widget, email, PASSWORD);
    await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    const alert = widget.locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Your account has been created. You can now log in.');
    const log = page.locator('#event-log');
    expect(await log.textContent()).toContain('signup success');
    expect(await log.textContent()).not.toContain('authenticated');
    await screenshot(page, 'sign-up-then-log-in');

    await widget.getByRole('textbox', { name: 'Email' }).fill(email);
    await widget.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await widget.getByRole('button', { name: 'Log in', exact: true }).click();
    await widget.getByRole('heading', { name: "You're logged in" }).waitFor();
    await expect.poll(() => log.textContent(), EVENTUALLY).toContain('authenticated');
  });
});
