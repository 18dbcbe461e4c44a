import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderLatchElementHTML, renderLatchHTML } from '../../src/server';
import { launchBrowser } from '../helpers/browser';
import { jsonData, SITE_CLIENT_ID, SITE_USER, startClientSite, type ClientSite } from '../helpers/client-site';
import { EVENTUALLY } from '../helpers/e2e';

// Pre-rendered markup (latch/server) in Chromium, under the strict CSP: a person types into the login form before the
// script has arrived; the script hydrates that markup (the same elements, not new ones), keeps what was typed and
// where focus is, and the first submit logs in. Markup made for other options is built again, with one warning.

const root = fileURLToPath(new URL('../..', import.meta.url));
const OPTIONS = { auth: { redirect: false, responseType: 'token id_token' }, theme: { primaryColor: '#0f766e', radius: 4 }, allowShowPassword: true };

const SITE_SCRIPT = `
var config = JSON.parse(document.getElementById('config').textContent);
var latch = new Latch(config.clientId, config.domain, Object.assign({ container: '#login', configurationBaseUrl: config.domain }, config.options));
latch.on('authenticated', function (result) { window.__authenticated = result; });
latch.show();
window.__latch = latch;
`;

let site: ClientSite;
let browser: Browser;

beforeAll(async () => {
  const read = (file: string) => readFile(`${root}dist/${file}`, 'utf8');
  const [iife, css, elementIife, elementCss] = await Promise.all([read('latch.iife.js'), read('latch.css'), read('latch-element.iife.js'), read('latch-element.css')]);
  // Rendered when the page is asked for, as a server would, with the options the page's script then uses.
  const page = (rendered: Record<string, unknown>, options: Record<string, unknown>) => ({ mockUrl }: { mockUrl: string }) =>
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A pre-rendered login</title>' +
    '<link rel="stylesheet" href="/dist/latch.css"><script src="/dist/latch.iife.js" defer></script><script src="/app.js" defer></script></head>' +
    `<body><main><div id="login">${renderLatchHTML(SITE_CLIENT_ID, mockUrl, { ...rendered, configurationBaseUrl: mockUrl })}</div></main>` +
    jsonData('config', { clientId: SITE_CLIENT_ID, domain: mockUrl, options }) +
    '</body></html>';
  [site, browser] = await Promise.all([
    startClientSite({
      pages: {
        '/index.html': page(OPTIONS, OPTIONS),
        // Markup made for the sign-up screen, a page whose script asks for the login screen.
        '/stale.html': page({ ...OPTIONS, initialScreen: 'signUp' }, OPTIONS),
        // <latch-login> with its first screen in a declarative shadow root.
        '/element.html': ({ mockUrl }) =>
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A pre-rendered element</title>' +
          '<script src="/dist/latch-element.iife.js" defer></script></head><body><main>' +
          renderLatchElementHTML({ clientId: SITE_CLIENT_ID, domain: mockUrl, colorScheme: 'light' }, '/dist/latch-element.css') +
          '</main></body></html>',
      },
      scripts: { '/dist/latch.iife.js': iife, '/dist/latch.css': css, '/dist/latch-element.iife.js': elementIife, '/dist/latch-element.css': elementCss, '/app.js': SITE_SCRIPT },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page with the widget's script held back until `release` is called. */
async function openHeld(path: string, script = '/dist/latch.iife.js'): Promise<{ page: Page; release: () => void; errors: string[]; warnings: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => (message.type() === 'warning' ? warnings : message.type() === 'error' ? errors : []).push(message.text()));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(site.url(script), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site.url(path), { waitUntil: 'commit' });
  return { page, release, errors, warnings };
}

describe('pre-rendered markup', () => {
  it('is usable before the script: what was typed and focus are kept by hydration, and the first submit logs in', async () => {
    const { page, release, errors } = await openHeld('/index.html');
    const form = page.locator('#login');
    // Before any script: the markup is there, with the words and labels of the first screen.
    expect(await page.evaluate(() => 'Latch' in window)).toBe(false);
    await form.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await form.locator('[style]').count()).toBe(0);
    await form.getByLabel('Email').fill(SITE_USER.email);
    await form.getByLabel('Password', { exact: true }).fill(SITE_USER.password);
    // Marks the elements, to tell hydration (same elements) from a rebuild (new ones).
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('#login input')) (el as HTMLInputElement & { __before?: boolean }).__before = true;
    });
    release();
    await expect.poll(() => page.evaluate(() => '__latch' in window), EVENTUALLY).toBe(true);

    const after = await page.evaluate(() => ({
      kept: [...document.querySelectorAll('#login input')].every((el) => (el as HTMLInputElement & { __before?: boolean }).__before === true),
      values: [...document.querySelectorAll<HTMLInputElement>('#login input')].map((el) => el.value),
      focused: document.activeElement?.id,
      primary: getComputedStyle(document.querySelector('#login [data-part=root]') as Element).getPropertyValue('--latch-color-primary').trim(),
      radius: getComputedStyle(document.querySelector('#login [data-part=root]') as Element).getPropertyValue('--latch-radius-control').trim(),
    }));
    expect(after).toEqual({ kept: true, values: [SITE_USER.email, SITE_USER.password], focused: 'latch-1-password', primary: '#0f766e', radius: '4px' });
    // Hydrated: the reveal button works, and the first press of Log in logs in.
    await form.getByRole('button', { name: 'Show password' }).click();
    expect(await form.getByLabel('Password', { exact: true }).getAttribute('type')).toBe('text');
    await form.getByRole('button', { name: 'Log in', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as { __authenticated?: { idTokenPayload?: { sub?: string } } }).__authenticated?.idTokenPayload?.sub ?? null), EVENTUALLY).toBe(SITE_USER.id);
    expect(errors).toEqual([]);
  });

  it('made for other options, it is built again with one warning, and works', async () => {
    const { page, release, errors, warnings } = await openHeld('/stale.html');
    await page.locator('#login').getByRole('heading', { name: 'Create your account' }).waitFor();
    release();
    await page.locator('#login').getByRole('heading', { name: 'Log in' }).waitFor();
    expect(warnings.filter((w) => w.startsWith('Latch: the pre-rendered markup'))).toHaveLength(1);
    expect(await page.locator('#login [data-part=root]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('<latch-login> in a declarative shadow root: styled and usable before the script, hydrated in place after it', async () => {
    const { page, release, errors, warnings } = await openHeld('/element.html', '/dist/latch-element.iife.js');
    const element = page.locator('latch-login');
    await element.getByRole('heading', { name: 'Log in' }).waitFor();
    // The browser attached the shadow root from the markup; the element's stylesheet styles it already.
    expect(await page.evaluate(() => document.querySelector('latch-login')?.shadowRoot?.mode)).toBe('open');
    expect(await element.locator('[data-part=submit]').evaluate((el) => getComputedStyle(el).minHeight)).toBe('48px');
    await element.getByLabel('Email').fill(SITE_USER.email);
    await page.evaluate(() => ((document.querySelector('latch-login')?.shadowRoot?.querySelector('input') as HTMLInputElement & { __before?: boolean }).__before = true));
    release();
    await expect.poll(() => page.evaluate(() => customElements.get('latch-login') !== undefined), EVENTUALLY).toBe(true);
    await expect.poll(() => element.locator('[data-part=submit]').getAttribute('part'), EVENTUALLY).toBe('submit');
    const kept = await page.evaluate(() => {
      const input = document.querySelector('latch-login')?.shadowRoot?.querySelector('input') as (HTMLInputElement & { __before?: boolean }) | null;
      return { same: input?.__before === true, value: input?.value, focused: document.querySelector('latch-login')?.shadowRoot?.activeElement?.getAttribute('name') };
    });
    expect(warnings).toEqual([]);
    expect(kept).toEqual({ same: true, value: SITE_USER.email, focused: 'email' });
    // Hydrated: the link switches screens with the email carried, and the reset email goes.
    await element.getByRole('button', { name: 'Don’t remember your password?' }).or(element.getByRole('button', { name: "Don't remember your password?" })).click();
    expect(await element.getByLabel('Email').inputValue()).toBe(SITE_USER.email);
    await element.locator('[data-part=submit]').click();
    await element.locator('[data-part=alert][data-tone=success]').waitFor();
    expect(await page.locator('latch-login').evaluate((el) => el.shadowRoot?.querySelectorAll('[data-part=root]').length)).toBe(1);
    expect(errors).toEqual([]);
  });
});
