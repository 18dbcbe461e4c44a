import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { DEMO_EMAIL, DEMO_PASSWORD, EVENTUALLY, useDemoPage } from '../helpers/e2e';
import { screenshot } from '../helpers/screenshot';

const session = useDemoPage();

/** Disabled for the visitor: natively, or aria-disabled (which keeps focus on it while it waits). */
function isDisabled(button: Locator): Promise<boolean> {
  return button.evaluate((el) => (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true');
}

describe('the demo page when the backend fails', () => {
  it('a rate limit says how many seconds to wait, holds the submit button, and keeps the email', async () => {
    const { widget, page, admin } = session;
    await admin.addFault({ path: '/dbconnections/change_password', status: 429, times: 1 });
    let requests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/dbconnections/change_password') requests += 1;
    });

    await widget.getByRole('button', { name: "Don't remember your password?" }).click();
    await widget.getByRole('heading', { name: 'Reset your password' }).waitFor();
    const email = widget.getByRole('textbox', { name: 'Email' });
    await email.fill(DEMO_EMAIL);
    await widget.getByRole('button', { name: 'Send email' }).click();

    const alert = widget.locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toMatch(/Please try again in \d+ seconds?\.$/);
    // The button now counts the wait down and stays unavailable.
    const submit = widget.locator('[data-part=submit]');
    expect(await submit.textContent()).toMatch(/^Try again in \d+ seconds?$/);
    expect(await isDisabled(submit)).toBe(true);
    expect(await email.inputValue()).toBe(DEMO_EMAIL);
    await screenshot(page, 'forgot-password-rate-limited');

    // Submitting again while the wait runs sends nothing.
    await email.press('Enter');
    await page.waitForTimeout(300);
    expect(requests).toBe(1);
    expect(await admin.outbox()).toEqual([]);
  });

  it('a dropped connection says the server could not be reached and keeps what was typed', async () => {
    const { widget, page, admin } = session;
    // The login's first request: the demo's widget logs in in a hidden frame, starting at /co/authenticate. Until
    // cleared (each test starts from a reset mock): Chromium silently resends a request whose reused keep-alive
    // connection drops before answering, and this one, sent with credentials, shares the page's own connections.
    await admin.addFault({ path: '/co/authenticate', network: true });

    const email = widget.getByRole('textbox', { name: 'Email' });
    const password = widget.getByLabel('Password', { exact: true });
    await email.fill(DEMO_EMAIL);
    await password.fill(DEMO_PASSWORD);
    await widget.getByRole('button', { name: 'Log in', exact: true }).click();

    const alert = widget.locator('[data-part=alert]');
    await expect
      .poll(() => alert.textContent(), EVENTUALLY)
      .toBe('We could not reach the server. Check your connection and try again.');
    expect(await email.inputValue()).toBe(DEMO_EMAIL);
    expect(await password.inputValue()).toBe(DEMO_PASSWORD);
    expect(await isDisabled(widget.getByRole('button', { name: 'Log in', exact: true }))).toBe(false);
    await screenshot(page, 'login-network-error');
  });
});
