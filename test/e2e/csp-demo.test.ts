// The designers' demo page, built and served under the strict CSP, runs the whole journey with no violation.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { watchedPage } from '../helpers/csp-browser';
import { startBuiltDemo, type RunningServer } from '../helpers/demo-server';
import { DEMO_EMAIL, DEMO_PASSWORD, EVENTUALLY } from '../helpers/e2e';
import { mockAdmin } from '../helpers/mock-admin';
import { STRICT_CSP } from '../../demo/vite.config';

const NEW_PASSWORD = 'Purple-Otter-42';
let demo: RunningServer;
let browser: Browser;
const documents: string[] = [];

beforeAll(async () => {
  [demo, browser] = await Promise.all([startBuiltDemo(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  console.log(`csp demo gate: the built demo page under "${STRICT_CSP}": ${documents.join(', ')}; 0 securitypolicyviolation events`);
});

it('the demo page: wrong password, forgot, outbox link, hosted reset page, new password, log in — zero violations', async () => {
  const admin = mockAdmin(demo.url);
  await admin.reset();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const watch = await watchedPage(context);
  const { page } = watch;
  const clean = async (where: string) => {
    await watch.collect();
    expect(watch.violations, `CSP violations on ${where}`).toEqual([]);
    expect(watch.console.filter((line) => /Content Security Policy|Refused to/i.test(line)), `CSP console messages on ${where}`).toEqual([]);
    expect(watch.errors, `page errors on ${where}`).toEqual([]);
    documents.push(where);
  };

  const response = await page.goto(`${demo.url}/`);
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  const widget = page.locator('#inline-widget');
  const alert = widget.locator('[data-part=alert]');
  await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByLabel('Password', { exact: true }).fill('not-my-password');
  await widget.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Wrong email or password.');
  await widget.getByRole('button', { name: "Don't remember your password?" }).click();
  await widget.getByRole('button', { name: 'Send email' }).click();
  await expect.poll(() => alert.textContent(), EVENTUALLY).toBe("We've just sent you an email to reset your password.");
  // The modal opens and closes under the policy too.
  await page.getByRole('button', { name: 'Open modal' }).click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await clean('demo page: login, forgot password, modal');

  const [email] = await admin.outbox();
  expect(email?.link).toContain('/lo/reset?ticket=');
  await page.goto(email?.link ?? '');
  const hosted = page.locator('#latch-reset');
  await hosted.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await hosted.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
  await hosted.getByRole('button', { name: 'Change password' }).click();
  await hosted.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
  await clean('hosted reset page');

  await page.goto(`${demo.url}/`);
  await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await widget.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Wrong email or password.');
  await widget.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
  await widget.getByRole('button', { name: 'Log in', exact: true }).click();
  await widget.getByRole('heading', { name: "You're logged in" }).waitFor();
  await clean('demo page: log in with the new password');
  await context.close();
});

it.each(['/element.html', '/react.html', '/vue.html'])('the <latch-login> example %s: render, German, dark, send a reset link — zero violations', async (path) => {
  const admin = mockAdmin(demo.url);
  await admin.reset();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const watch = await watchedPage(context);
  const { page } = watch;
  const response = await page.goto(`${demo.url}${path}`);
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  const element = page.locator('latch-login');
  await element.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
  // The shadow stylesheet is adopted, never a <style>: the page's theme reaches the button through the policy.
  expect(await element.locator('[data-part=submit]').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');
  await page.getByRole('combobox', { name: /Language/ }).selectOption('de');
  await page.getByRole('combobox', { name: /Colour scheme/ }).selectOption('dark');
  await element.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
  await element.getByRole('button', { name: 'Passwort vergessen?' }).click();
  await element.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(DEMO_EMAIL);
  await element.getByRole('button', { name: 'E-Mail senden', exact: true }).click();
  await page.locator('#events [data-event=latch-forgot-password-success]').waitFor();
  await watch.collect();
  expect(watch.violations, `CSP violations on ${path}`).toEqual([]);
  expect(watch.console.filter((line) => /Content Security Policy|Refused to/i.test(line)), `CSP console messages on ${path}`).toEqual([]);
  expect(watch.errors, `page errors on ${path}`).toEqual([]);
  documents.push(path);
  await context.close();
});
