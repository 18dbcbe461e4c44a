import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { jsonData, SITE_CLIENT_ID, SITE_USER, startClientSite, type ClientSite } from '../helpers/client-site';
import { EVENTUALLY } from '../helpers/e2e';

// Issue 13, "swap the script tag, change nothing else": a page written for Lock, with Lock's script tag replaced by
// dist/latch-lock.iife.js and its code unchanged (`new Auth0Lock(clientID, domain, options)`, `lock.on(...)`,
// `lock.show()`), logs in against the mock in Chromium and its `authenticated` handler gets Lock's payload.
// The one other line: the stylesheet. Lock inserts a <style> element of its own; Latch never injects CSS (a strict
// policy, `style-src 'self'` as served here, would refuse it), so the page links dist/latch.css.

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The site's code, as written for Lock. The config block stands in for values a site would write into its code. */
const LOCK_SITE_SCRIPT = `
var config = JSON.parse(document.getElementById('config').textContent);
var lock = new Auth0Lock(config.clientId, config.domain, {
  container: 'root',
  auth: { redirect: false, responseType: 'token id_token' },
  configurationBaseUrl: config.domain
});
lock.on('authenticated', function (authResult) {
  window.__authenticated = authResult;
});
lock.show();
`;

let site: ClientSite;
let browser: Browser;

beforeAll(async () => {
  const [lockJs, css] = await Promise.all([readFile(`${root}dist/latch-lock.iife.js`, 'utf8'), readFile(`${root}dist/latch.css`, 'utf8')]);
  [site, browser] = await Promise.all([
    startClientSite({
      pages: {
        '/index.html': ({ mockUrl }) =>
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site written for Lock</title>' +
          '<link rel="stylesheet" href="/dist/latch.css"></head><body><div id="root"></div>' +
          jsonData('config', { clientId: SITE_CLIENT_ID, domain: mockUrl }) +
          '<script src="/dist/latch-lock.iife.js"></script><script src="/app.js"></script></body></html>',
      },
      scripts: { '/dist/latch-lock.iife.js': lockJs, '/dist/latch.css': css, '/app.js': LOCK_SITE_SCRIPT },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('a Lock page with latch-lock.iife.js in place of lock.min.js logs in and its authenticated handler gets the ID token payload', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await page.goto(site.url('/index.html'));
    // The global the page's code uses is Latch itself.
    expect(await page.evaluate(() => typeof (window as { Auth0Lock?: unknown }).Auth0Lock === 'function')).toBe(true);
    expect(await page.evaluate(() => (window as { Auth0Lock?: unknown }).Auth0Lock === (window as { Latch?: unknown }).Latch)).toBe(true);
    const widget = page.locator('#root');
    await widget.getByRole('textbox', { name: 'Email' }).fill(SITE_USER.email);
    await widget.getByLabel('Password', { exact: true }).fill(SITE_USER.password);
    await widget.getByRole('button', { name: 'Log in', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => (window as { __authenticated?: { idTokenPayload?: { sub?: string } } }).__authenticated?.idTokenPayload?.sub ?? null), EVENTUALLY)
      .toBe(SITE_USER.id);
    const result = await page.evaluate(() => (window as { __authenticated?: Record<string, unknown> }).__authenticated ?? {});
    expect(typeof result.accessToken).toBe('string');
    expect(typeof result.idToken).toBe('string');
    // The stylesheet applied (no inline styles): the widget is laid out by latch.css.
    expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/dist/latch.css')))).toBe(true);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
