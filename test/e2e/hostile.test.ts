import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { LatchOptions } from '../../src/index';
import { launchBrowser } from '../helpers/browser';
import { watchedPage, type PageWatch } from '../helpers/csp-browser';
import { XSS_PAYLOADS } from '../helpers/csp-payloads';
import { startCspSite, type CspSite } from '../helpers/csp-server';
import { DEMO_EMAIL, DEMO_PASSWORD, EVENTUALLY } from '../helpers/e2e';

let site: CspSite;
let browser: Browser;
let context: BrowserContext;
let watch: PageWatch;
let page: Page;
let payloadsTried = 0;
const layouts: string[] = [];

/** Serialisable options only: they cross into the page. */
type PageOptions = Omit<LatchOptions, 'container' | 'fetch'>;

beforeAll(async () => {
  [site, browser] = await Promise.all([startCspSite(), launchBrowser()]);
});

beforeEach(async () => {
  await site.admin.reset();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  watch = await watchedPage(context);
  page = watch.page;
  // The script-tag build with the reset flow: the gate also places payloads on the reset screen.
  await page.goto(site.pageUrl('reset', { manual: '' }));
  await page.waitForFunction(() => 'LatchClass' in window);
});

afterEach(async () => {
  await watch.collect();
  expect(watch.violations, 'CSP violations').toEqual([]);
  expect(watch.errors, 'uncaught errors').toEqual([]);
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  console.log(
    `hostile input gate (Chromium, strict CSP): ${payloadsTried} payload placements, 0 executed, 0 became markup, 0 CSP violations; ` +
      `layout held in ${layouts.length} cases (${layouts.join(', ')})`,
  );
});

/** Mounts a widget on the strict-CSP page with the given options (through the page's own mount script). */
async function mount(options: PageOptions): Promise<Locator> {
  await page.evaluate(
    ({ api, client, options }) => {
      const w = window as unknown as {
        LatchClass: unknown;
        mountLatch(Latch: unknown, client: string, api: string, options: object): { destroy(): void };
        current?: { destroy(): void };
      };
      w.current?.destroy();
      w.current = w.mountLatch(w.LatchClass, client, api, { ...options, container: '#widget' });
    },
    { api: site.apiOrigin, client: site.clientId, options },
  );
  const widget = page.locator('#widget');
  await widget.locator('[data-part=card]').waitFor();
  return widget;
}

/** Nothing ran, nothing from a payload is an element, and every element stays inside the card horizontally. */
async function expectIntact(widget: Locator, where: string): Promise<void> {
  const report = await widget.evaluate((root) => {
    const markup = root.querySelectorAll(
      'img[src=x], script, iframe, style, object, embed, svg:not([aria-hidden=true]), a[href^="javascript" i]',
    ).length;
    const handlers = Array.from(root.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length;
    const card = root.querySelector('[data-part=card]')!.getBoundingClientRect();
    const container = root.getBoundingClientRect();
    const outside = Array.from(root.querySelectorAll('[data-part=card] *'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < card.left - 0.5 || r.right > card.right + 0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}[data-part=${el.getAttribute('data-part')}] ${Math.round(el.getBoundingClientRect().width)}px`);
    return {
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      markup,
      handlers,
      cardWithinContainer: card.width <= container.width + 0.5,
      pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      outside: outside.slice(0, 5),
    };
  });
  expect(report, where).toEqual({ pwned: null, markup: 0, handlers: 0, cardWithinContainer: true, pageScrolls: false, outside: [] });
}

describe('hostile input in Chromium under the strict CSP', () => {
  it('the CSP and the flag catch a payload that becomes markup (control)', async () => {
    await page.evaluate((html) => {
      const probe = document.createElement('div');
      probe.innerHTML = html;
      document.body.appendChild(probe);
    }, XSS_PAYLOADS[0] ?? '');
    await expect.poll(async () => (await watch.collect(), watch.violations.length), EVENTUALLY).toBeGreaterThan(0);
    expect(watch.violations.map((v) => v.directive)).toContain('script-src-attr');
    // Seen; forget them so the shared after-each check stays meaningful for the tests that follow.
    watch.violations.length = 0;
    await page.evaluate(() => {
      (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length = 0;
    });
  });

  it('payloads in the dictionary, prefill, the echoed email and the logo URL stay text', async () => {
    for (const payload of XSS_PAYLOADS.slice(0, 6)) {
      payloadsTried += 5;
      const widget = await mount({
        languageDictionary: { 'login.title': payload, 'login.subtitle': payload, 'field.email': payload, 'logo.alt': payload },
        prefill: { email: payload },
        theme: { logo: `data:image/svg+xml,${encodeURIComponent(payload)}` },
      });
      expect(await widget.locator('[data-part=title]').textContent()).toBe(payload);
      expect(await widget.locator('input[name=email]').inputValue()).toBe(payload);
      await widget.getByRole('button', { name: 'Log in' }).click();
      await page.waitForTimeout(50);
      await expectIntact(widget, `login with ${payload}`);
      payloadsTried += 1;
      const reset = await mount({ initialScreen: 'resetPassword', resetPassword: { ticket: 'not-real', email: payload } });
      expect(await reset.locator('[data-part=subtitle]').textContent()).toBe(`Enter a new password for ${payload}.`);
      await expectIntact(reset, `reset for ${payload}`);
    }
  });

  it('10,000 characters, right-to-left text and emoji keep the card inside its column', async () => {
    const long = 'W'.repeat(10_000);
    const widget = await mount({ languageDictionary: { 'login.title': long, 'login.subtitle': long, 'login.forgotLink': long } });
    await widget.locator('input[name=email]').fill(`${long}@example.com`);
    await widget.getByLabel('Password', { exact: true }).fill(long);
    await widget.locator('button[data-part=submit]').click();
    // The API refuses a username over 254 characters before any work, and the widget says so in its own words.
    await expect.poll(() => widget.locator('[data-part=alert]').textContent(), EVENTUALLY).toBe(
      'The request was refused as invalid. Check what you entered and try again.',
    );
    await expectIntact(widget, 'long dictionary and long input');
    layouts.push('10k-char title, subtitle, link, email and password');

    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    const rtl = await mount({
      languageDictionary: { 'login.title': 'تسجيل الدخول', 'login.subtitle': 'ברוכים השבים 👋🏽 مرحبا', 'field.email': 'البريد الإلكتروني', 'field.password': 'סיסמה' },
      initialScreen: 'resetPassword',
      resetPassword: { ticket: 'not-real', email: `${'שלום'.repeat(400)}@דוגמה.ישראל` },
    });
    await expectIntact(rtl, 'RTL page, long Hebrew email echoed');
    layouts.push('RTL page with Arabic/Hebrew/emoji and a 1,600-char Hebrew email echoed');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectIntact(rtl, 'RTL at 320 px');
    layouts.push('the same at 320 px');
  });

  it('against the real mock: a padded email logs in (trimmed), a padded password does not (kept as typed)', async () => {
    // The hidden frame (auth.redirect: false), so the login ends on the signed-in screen of this page.
    const widget = await mount({ auth: { redirect: false } });
    const alert = widget.locator('[data-part=alert]');
    await widget.locator('input[name=email]').fill(`  ${DEMO_EMAIL}\t `);
    await widget.getByLabel('Password', { exact: true }).fill(` ${DEMO_PASSWORD} `);
    await widget.locator('button[data-part=submit]').click();
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Wrong email or password.');
    expect(await widget.locator('input[name=email]').inputValue()).toBe(DEMO_EMAIL);
    await widget.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await widget.locator('button[data-part=submit]').click();
    await widget.getByRole('heading', { name: "You're logged in" }).waitFor();
  });
});
