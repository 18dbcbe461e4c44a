import { en } from '../../src/i18n/en';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_EMAIL, DEMO_PASSWORD, EVENTUALLY, useDemoPage } from '../helpers/e2e';
import { screenshot } from '../helpers/screenshot';

const session = useDemoPage();

const NEW_PASSWORD = 'Purple-Otter-42';
const USED = 'This link has already been used. Ask for a new email if you still need to reset your password.';
const SUPERSEDED = 'This link is no longer valid: a newer email may have replaced it. Ask for a new email.';
const EXPIRED = 'This link has expired. Ask for a new email to reset your password.';
const CHANGED = 'Your password has been changed. You can now log in with the new password.';
/** The connection's `urlLifetimeInSeconds` (five days), plus one second. */
const PAST_LINK_LIFETIME_S = 432_001;

/** The widget on the hosted reset page (/lo/reset), which the mock serves from dist/. */
function hosted(page: Page): Locator {
  return page.locator('#latch-reset');
}

/** Opens an email's link in the page, as a mail client would, and waits for the widget to draw. */
async function openLink(page: Page, link: string): Promise<Locator> {
  await page.goto(link);
  const card = hosted(page);
  await card.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  return card;
}

async function choosePassword(card: Locator, password: string, confirmation = password): Promise<void> {
  await card.getByLabel('New password', { exact: true }).fill(password);
  await card.getByLabel('Confirm new password', { exact: true }).fill(confirmation);
  await card.getByRole('button', { name: 'Change password' }).click();
}

/** The policy checklist's item whose visible text starts with `text`. */
function rule(card: Locator, text: string): Locator {
  return card.locator('li[data-part=rule]').filter({ hasText: new RegExp(`^${text}`) }).first();
}

/** Counts the new passwords the page sends to the server. */
function countResetPosts(page: Page): () => number {
  let posts = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/lo/reset') posts += 1;
  });
  return () => posts;
}

async function logIn(widget: Locator, password: string): Promise<void> {
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByLabel('Password', { exact: true }).fill(password);
  await widget.getByRole('button', { name: 'Log in', exact: true }).click();
}

describe('resetting a password through the emailed link', () => {
  it('from a wrong password to a new one: email, hosted page, policy refusals, then only the new password logs in', async () => {
    const { widget, page, admin, url } = session;
    await logIn(widget, 'half-remembered');
    const alert = widget.locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Wrong email or password.');

    await widget.getByRole('button', { name: "Don't remember your password?" }).click();
    await widget.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await widget.getByRole('button', { name: 'Send email' }).click();
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe("We've just sent you an email to reset your password.");
    // The demo's outbox panel lists the email with a link to the hosted page.
    const outboxLink = page.locator('#outbox-list a.email-link');
    await outboxLink.first().waitFor();
    const emails = await admin.outbox();
    expect(emails).toHaveLength(1);
    const link = emails[0]?.link ?? '';
    expect(await outboxLink.first().getAttribute('href')).toBe(link);

    const posts = countResetPosts(page);
    const card = await openLink(page, link);
    expect(await card.textContent()).toContain(`Enter a new password for ${DEMO_EMAIL}.`);
    // The ticket is a bearer secret: the page takes it out of the address bar and history at once.
    expect(page.url()).not.toContain('ticket');
    expect(new URL(page.url()).pathname).toBe('/lo/reset');
    await screenshot(page, 'reset-password');

    // Refused before sending: too short, and a confirmation that does not match.
    await choosePassword(card, 'otter');
    await card.getByText('Choose a password that meets every requirement below.').waitFor();
    expect(await rule(card, '8 or more characters').getAttribute('data-met')).toBeNull();
    expect(await rule(card, '8 or more characters').textContent()).toContain('(not met)');
    await screenshot(page, 'reset-password-policy');
    await choosePassword(card, NEW_PASSWORD, 'Purple-Otter-24');
    await card.getByText('The two passwords do not match.').waitFor();
    expect(await rule(card, '8 or more characters').getAttribute('data-met')).toBe('');
    expect(await rule(card, '8 or more characters').textContent()).toContain('(met)');
    expect(posts()).toBe(0);

    // Refused by the server: strong enough on paper, but common, or built from the email's name.
    const cardAlert = card.locator('[data-part=alert]');
    await choosePassword(card, 'Password123');
    await expect
      .poll(() => cardAlert.textContent(), EVENTUALLY)
      .toBe('This password is too common. Choose one that is harder to guess.');
    await screenshot(page, 'reset-password-too-common');
    await choosePassword(card, 'Demo-Otter-42');
    await expect
      .poll(() => cardAlert.textContent(), EVENTUALLY)
      .toBe('This password contains your personal information. Choose a different one.');
    expect(posts()).toBe(2);

    await choosePassword(card, NEW_PASSWORD);
    await card.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    await expect.poll(() => cardAlert.textContent(), EVENTUALLY).toBe(CHANGED);
    expect(await cardAlert.getAttribute('data-tone')).toBe('success');
    expect(await card.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(DEMO_EMAIL);
    await screenshot(page, 'reset-password-done');
    // The login offered there works with the new password, without leaving the page.
    await card.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await card.getByRole('button', { name: 'Log in', exact: true }).click();
    await card.getByRole('heading', { name: "You're logged in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/lo/reset');

    // Back on the demo page: the old password no longer opens the account, the new one does. The login just made is
    // offered first ("Last time you logged in with", Lock's rememberLastLogin); "Not your account?" gives the form.
    await page.goto(`${url}/`);
    await widget.getByRole('button', { name: en['lastLogin.notYou'] }).click();
    await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    await logIn(widget, DEMO_PASSWORD);
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Wrong email or password.');
    await logIn(widget, NEW_PASSWORD);
    await widget.getByRole('heading', { name: "You're logged in" }).waitFor();
    await expect.poll(() => page.locator('#event-log').textContent(), EVENTUALLY).toContain('authenticated');
  });

  it('a link that was used is refused, and "Send me a new link" asks for a fresh email', async () => {
    const { page, admin } = session;
    const link = await admin.requestPasswordReset(DEMO_EMAIL);
    const card = await openLink(page, link);
    await choosePassword(card, NEW_PASSWORD);
    await card.getByRole('heading', { name: 'Log in', exact: true }).waitFor();

    await page.goto(link);
    const alert = hosted(page).locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe(USED);
    // No form that could only fail: the way on is a new email.
    expect(await hosted(page).getByLabel('New password', { exact: true }).count()).toBe(0);
    await screenshot(page, 'reset-link-used');

    await hosted(page).getByRole('button', { name: 'Send me a new link' }).click();
    await hosted(page).getByRole('heading', { name: 'Reset your password' }).waitFor();
    await hosted(page).getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
    await hosted(page).getByRole('button', { name: 'Send email' }).click();
    // The outbox then holds the first link, the "password changed" notice, and a second link (the new one).
    const links = async () => (await admin.outbox()).filter((email) => email.link.includes('/lo/reset?ticket='));
    await expect.poll(async () => (await links()).length, EVENTUALLY).toBe(2);
    const fresh = (await links())[1];
    expect(fresh?.link).not.toBe(link);
    await hosted(page).getByRole('heading', { name: 'Log in', exact: true }).waitFor();
  });

  it('of two emails only the newer link works', async () => {
    const { page, admin } = session;
    const older = await admin.requestPasswordReset(DEMO_EMAIL);
    const newer = await admin.requestPasswordReset(DEMO_EMAIL);
    expect(newer).not.toBe(older);

    await page.goto(older);
    const alert = hosted(page).locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe(SUPERSEDED);
    await hosted(page).getByRole('button', { name: 'Send me a new link' }).waitFor();
    await screenshot(page, 'reset-link-superseded');

    const card = await openLink(page, newer);
    await choosePassword(card, NEW_PASSWORD);
    await expect.poll(() => card.locator('[data-part=alert]').textContent(), EVENTUALLY).toBe(CHANGED);
  });

  it('a link past its lifetime is refused as expired', async () => {
    const { page, admin } = session;
    const link = await admin.requestPasswordReset(DEMO_EMAIL);
    await admin.advanceClock(PAST_LINK_LIFETIME_S);

    await page.goto(link);
    const alert = hosted(page).locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe(EXPIRED);
    await hosted(page).getByRole('button', { name: 'Send me a new link' }).waitFor();
    await screenshot(page, 'reset-link-expired');
  });
});
