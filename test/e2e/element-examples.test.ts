// The demo's <latch-login> example pages (plain HTML, React, Vue) in Chromium: each renders the widget in the
// element's shadow root, switches its language and colour scheme from the page's own menus, sends a reset link, and
// shows the element's events in the page's own event display, filled by that page's script or framework.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { de } from '../../src/i18n/locales/de';
import { launchBrowser } from '../helpers/browser';
import { startDemo, type RunningServer } from '../helpers/demo-server';
import { DEMO_EMAIL, EVENTUALLY } from '../helpers/e2e';
import { mockAdmin } from '../helpers/mock-admin';

let demo: RunningServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const PAGES = [
  { path: '/element.html', what: 'plain HTML with a classic script', source: 'page' },
  { path: '/react.html', what: 'a React 19 app', source: 'react' },
  { path: '/vue.html', what: 'a Vue 3 app with h() render functions', source: 'vue' },
] as const;

describe.each(PAGES)('$path: <latch-login> in $what', ({ path, source }) => {
  it('renders in the shadow root; the page menus switch it to German and dark; a reset link is sent and the page hears latch-forgot-password-success', async () => {
    if (!demo || !browser) throw new Error('The demo server and browser start in beforeAll.');
    const admin = mockAdmin(demo.url);
    await admin.reset();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    await page.goto(`${demo.url}${path}`);

    const element = page.locator('latch-login');
    await element.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    const placement = await element.evaluate((el) => ({
      shadow: el.shadowRoot?.mode,
      widgetInShadow: el.shadowRoot?.querySelector('[data-part=root]') !== null,
      widgetInPage: document.querySelector('[data-part=root]') !== null,
      clientId: el.getAttribute('client-id'),
      domain: el.getAttribute('domain'),
    }));
    expect(placement).toEqual({ shadow: 'open', widgetInShadow: true, widgetInPage: false, clientId: 'latch-demo', domain: demo.url });
    // The page's stylesheet themes the element from outside: a custom property on latch-login and ::part(submit).
    const submit = element.locator('[data-part=submit]');
    expect(await submit.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).textTransform])).toEqual(['rgb(15, 118, 110)', 'uppercase']);
    const events = page.locator('#events');
    await expect.poll(() => events.locator('[data-event=latch-signin-ready]').count(), EVENTUALLY).toBe(1);

    await page.getByRole('combobox', { name: /Language/ }).selectOption('de');
    await element.getByRole('heading', { name: de['login.title'], exact: true }).waitFor();
    expect(await element.locator('[data-part=root]').getAttribute('lang')).toBe('de');
    expect(await element.getAttribute('lang')).toBe('de');

    await page.getByRole('combobox', { name: /Colour scheme/ }).selectOption('dark');
    await expect.poll(() => element.getAttribute('data-color-scheme'), EVENTUALLY).toBe('dark');
    // Dark tokens (surface #161a23) while the page's brand colour stays on the button.
    await expect.poll(() => element.locator('[data-part=card]').evaluate((el) => getComputedStyle(el).backgroundColor), EVENTUALLY).toBe('rgb(22, 26, 35)');
    expect(await submit.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');
    await element.getByRole('heading', { name: de['login.title'], exact: true }).waitFor();

    await element.getByRole('button', { name: de['login.forgotLink'] }).click();
    await element.getByRole('heading', { name: de['forgot.title'], exact: true }).waitFor();
    await element.getByRole('textbox', { name: de['field.email'] }).fill(DEMO_EMAIL);
    await element.getByRole('button', { name: de['forgot.submit'], exact: true }).click();
    await expect.poll(() => element.locator('[data-part=alert]').textContent(), EVENTUALLY).toBe(de['forgot.success']);

    // The page's own display, filled by its script or framework from the element's DOM events.
    const success = events.locator('[data-event=latch-forgot-password-success]');
    await expect.poll(() => success.count(), EVENTUALLY).toBe(1);
    expect(await success.locator('.log-source').textContent()).toBe(source);
    // Every event in the order the element sent it; the reset's three arrive in a row.
    const heard = await events.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-event')).reverse());
    expect(heard.slice(0, 2)).toEqual(['latch-show', 'latch-signin-ready']);
    const reset = heard.indexOf('latch-forgot-password-ready');
    expect(heard.slice(reset, reset + 3)).toEqual(['latch-forgot-password-ready', 'latch-forgot-password-submit', 'latch-forgot-password-success']);
    expect(await page.locator('#last-event .log-name').textContent()).toBe(heard.at(-1));

    const outbox = await admin.outbox();
    expect(outbox.map((email) => email.to)).toEqual([DEMO_EMAIL]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
