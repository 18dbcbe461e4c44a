import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { leaked, watchedPage, type PageWatch } from '../helpers/csp-browser';
import { startCspSite, type CspSite } from '../helpers/csp-server';
import { DEMO_EMAIL, EVENTUALLY } from '../helpers/e2e';

const WRONG_PASSWORD = 'Half-Remembered-77';
const NEW_PASSWORD = 'Purple-Otter-42';
const BRAND = { primary: '#0f766e', logo: `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>')}` };

let site: CspSite;
let browser: Browser;
const checked: string[] = [];
let controlViolations = 0;

beforeAll(async () => {
  [site, browser] = await Promise.all([startCspSite(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  console.log(
    `csp gate: ${checked.length} documents checked in Chromium under "${site?.csp}" (${checked.join(', ')}), ` +
      `0 securitypolicyviolation events; the control page's ${controlViolations} deliberate violations were caught`,
  );
});

async function logIn(widget: Locator, password: string): Promise<void> {
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByLabel('Password', { exact: true }).fill(password);
  await widget.getByRole('button', { name: 'Log in', exact: true }).click();
}

/** Fails with the violations themselves, so a report says which directive refused what. */
function expectNoViolations(watch: PageWatch, where: string): void {
  expect(watch.violations, `CSP violations on ${where}`).toEqual([]);
  expect(
    watch.console.filter((line) => /Content Security Policy|Refused to/i.test(line)),
    `console CSP messages on ${where}`,
  ).toEqual([]);
  checked.push(where);
}

describe('the widget under a strict Content-Security-Policy', () => {
  it('the gate sees violations: a page with an inline script, <style> and style attribute reports them', async () => {
    const context = await browser.newContext();
    const watch = await watchedPage(context);
    const response = await watch.page.goto(`${site.pageOrigin}/control.html`);
    expect(response?.headers()['content-security-policy']).toBe(site.csp);
    await expect.poll(async () => (await watch.collect(), watch.violations.length), EVENTUALLY).toBeGreaterThanOrEqual(3);
    const directives = new Set(watch.violations.map((v) => v.directive));
    expect([...directives].sort()).toEqual(['script-src-elem', 'style-src-attr', 'style-src-elem']);
    expect(await watch.page.evaluate(() => (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan)).toBeUndefined();
    controlViolations = watch.violations.length;
    await context.close();
  });

  for (const build of ['iife', 'esm'] as const) {
    const name = build === 'iife' ? 'script-tag build' : 'ESM build';
    it(`${name}: wrong password, forgot, email, hosted reset page, new password, log in — zero violations, no secret leaked`, async () => {
      await site.admin.reset();
      const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
      const watch = await watchedPage(context);
      const { page } = watch;

      // In a hidden frame (auth.redirect: false): the whole journey stays on the page under the policy, and the
      // tokens never travel in a URL (a redirect would bring them back in the address bar's hash, by design).
      const response = await page.goto(site.pageUrl(build, { ...BRAND, login: 'frame' }));
      expect(response?.headers()['content-security-policy']).toBe(site.csp);
      const widget = page.locator('#widget');
      const alert = widget.locator('[data-part=alert]');
      await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
      // The stylesheet, the brand colour (CSSOM custom properties) and the data: logo all got through.
      expect(await widget.locator('[data-part=card]').evaluate((el) => getComputedStyle(el).borderRadius)).not.toBe('0px');
      expect(await widget.locator('[data-part=root]').evaluate((el) => el.style.length)).toBeGreaterThan(0);
      expect(await widget.locator('img[data-part=logo]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(8);

      await logIn(widget, WRONG_PASSWORD);
      await expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Wrong email or password.');
      await widget.getByRole('button', { name: "Don't remember your password?" }).click();
      await widget.getByRole('heading', { name: 'Reset your password' }).waitFor();
      expect(await widget.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(DEMO_EMAIL);
      await widget.getByRole('button', { name: 'Send email' }).click();
      await expect.poll(() => alert.textContent(), EVENTUALLY).toBe("We've just sent you an email to reset your password.");
      await watch.collect();
      const hostEvents1 = await page.evaluate(() => JSON.stringify((window as unknown as { latchEvents: unknown[] }).latchEvents));
      expectNoViolations(watch, `${name} login + forgot password`);

      const link = await site.resetLink(DEMO_EMAIL);
      const ticket = new URL(link).searchParams.get('ticket') ?? '';
      expect(ticket).not.toBe('');
      await page.goto(link);
      const hosted = page.locator('#latch-reset');
      await hosted.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      // The ticket is gone from the address bar once the page has loaded.
      expect(page.url()).not.toContain(ticket);
      await hosted.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await hosted.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
      await hosted.getByRole('button', { name: 'Change password' }).click();
      await hosted.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
      await expect
        .poll(() => hosted.locator('[data-part=alert]').textContent(), EVENTUALLY)
        .toBe('Your password has been changed. You can now log in with the new password.');
      await watch.collect();
      expectNoViolations(watch, `${name} journey's hosted reset page`);

      await page.goto(site.pageUrl(build, { login: 'frame' }));
      await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
      await logIn(widget, NEW_PASSWORD);
      await widget.getByRole('heading', { name: "You're logged in" }).waitFor();
      await watch.collect();
      expectNoViolations(watch, `${name} log in with the new password`);
      const hostEvents2 = await page.evaluate(
        () => (window as unknown as { latchEvents: { name: string; payload: Record<string, unknown> | null }[] }).latchEvents,
      );
      const authenticated = hostEvents2.find((e) => e.name === 'authenticated')?.payload ?? {};
      const accessToken = String(authenticated.accessToken ?? '');
      const idToken = String(authenticated.idToken ?? '');
      expect(accessToken.length).toBeGreaterThan(8);
      expect(idToken.length).toBeGreaterThan(8);

      // Nothing secret anywhere a page, a log or an analytics script could read it.
      const passwords = [WRONG_PASSWORD, NEW_PASSWORD];
      const secrets = [...passwords, ticket, accessToken, idToken];
      const otherEvents = [hostEvents1, JSON.stringify(hostEvents2.filter((e) => e.name !== 'authenticated'))];
      expect(leaked(otherEvents, secrets), 'secrets in event payloads').toEqual([]);
      // The one event meant to carry tokens carries no password.
      expect(leaked([JSON.stringify(authenticated)], passwords), 'passwords in the authenticated payload').toEqual([]);
      expect(leaked(watch.console, secrets), 'secrets in console output').toEqual([]);
      expect(leaked(watch.urls, [...passwords, accessToken, idToken]), 'secrets in URLs').toEqual([]);
      // The ticket travels in the emailed link itself by design; no other URL (a file, an API call, the address
      // bar after the page loaded) may carry it.
      expect(watch.urls.filter((u) => u.includes(ticket) && u !== link), 'the ticket in a URL other than the link').toEqual([]);
      expect(leaked(watch.dataAttributes, secrets), 'secrets in data- attributes').toEqual([]);
      expect(watch.errors).toEqual([]);
      await context.close();
    });
  }
});
