import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, describeViolations } from '../helpers/a11y';
import { launchBrowser } from '../helpers/browser';
import { watchedPage, type PageWatch } from '../helpers/csp-browser';
import { startCspSite, type CspSite } from '../helpers/csp-server';
import { DEMO_EMAIL, EVENTUALLY } from '../helpers/e2e';

interface DomEvent {
  type: string;
  bubbles: boolean;
  composed: boolean;
  target: string | null;
  detail: unknown;
}

let site: CspSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startCspSite(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(query: Record<string, string> = {}): Promise<{ context: BrowserContext; watch: PageWatch; page: Page }> {
  await site.admin.reset();
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const watch = await watchedPage(context);
  const response = await watch.page.goto(site.pageUrl('element', query));
  expect(response?.headers()['content-security-policy']).toBe(site.csp);
  return { context, watch, page: watch.page };
}

const domEvents = (page: Page) => page.evaluate(() => (window as unknown as { latchDomEvents: DomEvent[] }).latchDomEvents);
const eventTypes = async (page: Page) => (await domEvents(page)).map((event) => event.type);

/** Fails with the violations themselves, so a report says which directive refused what. */
async function expectCspClean(watch: PageWatch): Promise<void> {
  await watch.collect();
  expect(watch.violations).toEqual([]);
  expect(watch.console.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual([]);
  expect(watch.errors).toEqual([]);
}

describe('<latch-login> on a page with a strict Content-Security-Policy', () => {
  it('renders in an open shadow root with one adopted stylesheet and no <style> anywhere', async () => {
    const { context, watch, page } = await open();
    const element = page.locator('latch-login');
    await element.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    const facts = await element.evaluate((el) => ({
      shadow: el.shadowRoot !== null,
      adopted: el.shadowRoot?.adoptedStyleSheets.length,
      styleTags: document.querySelectorAll('style').length + (el.shadowRoot?.querySelectorAll('style').length ?? 0),
      // Nothing of the widget leaks into the page's own DOM.
      lightChildren: el.children.length,
      pageHasWidget: document.querySelector('[data-part=root]') !== null,
    }));
    expect(facts).toEqual({ shadow: true, adopted: 1, styleTags: 0, lightChildren: 0, pageHasWidget: false });
    expect(await eventTypes(page)).toEqual(['latch-show', 'latch-signin-ready']);
    await expectCspClean(watch);
    await context.close();
  });

  it('passes axe-core inside its shadow root: login and forgot password, light and dark, English and Arabic', async () => {
    await site.admin.reset();
    // axe is added as a script tag, which the strict policy would (rightly) refuse: this check is about the DOM.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    let scanned = 0;
    for (const lang of ['en', 'ar']) {
      for (const scheme of ['light', 'dark']) {
        for (const screen of ['login', 'forgotPassword']) {
          await page.goto(site.pageUrl('element', { lang, screen }));
          const element = page.locator('latch-login');
          await element.locator('[data-part=title]').waitFor();
          await element.evaluate((el, value) => el.setAttribute('color-scheme', value), scheme);
          await expect.poll(() => element.getAttribute('data-color-scheme')).toBe(scheme);
          const { violations } = await axe(page, 'latch-login');
          found.push(...describeViolations(`${lang} ${scheme} ${screen}`, violations));
          scanned++;
        }
      }
    }
    expect(found).toEqual([]);
    expect(scanned).toBe(8);
    await context.close();
  });

  it('is themed from outside: custom properties set on the element and ::part() rules from the page', async () => {
    const { context, watch, page } = await open();
    const element = page.locator('latch-login');
    const submit = element.getByRole('button', { name: 'Log in', exact: true });
    await submit.waitFor();
    // test/fixtures/csp/element.css sets these on `latch-login` and through ::part(title) / ::part(submit).
    expect(await submit.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');
    expect(await submit.evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase');
    expect(await element.locator('[data-part=card]').evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('3px');
    expect(await element.locator('[data-part=title]').evaluate((el) => getComputedStyle(el).letterSpacing)).toBe('2px');
    // Tokens the page did not set keep their defaults (the card is still a white surface with a border colour).
    expect(await element.locator('[data-part=card]').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await expectCspClean(watch);
    await context.close();
  });

  it('keeps attributes and properties in sync both ways, and rebuilds from them', async () => {
    const { context, watch, page } = await open();
    const element = page.locator('latch-login');
    await element.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    const read = () =>
      element.evaluate((el) => {
        const login = el as HTMLElementTagNameMap['latch-login'];
        return {
          clientId: login.clientId,
          domain: login.domain,
          initialScreen: login.initialScreen,
          colorScheme: login.colorScheme,
          lang: login.lang,
          attributes: Object.fromEntries(['initial-screen', 'color-scheme', 'connection'].map((n) => [n, el.getAttribute(n)])),
        };
      });
    const before = await read();
    expect(before.clientId).toBe(site.clientId);
    expect(before.domain).toBe(site.apiOrigin);
    expect(before.initialScreen).toBeNull();

    // Property → attribute.
    await element.evaluate((el) => {
      const login = el as HTMLElementTagNameMap['latch-login'];
      login.initialScreen = 'forgotPassword';
      login.colorScheme = 'dark';
    });
    expect((await read()).attributes).toEqual({ 'initial-screen': 'forgotPassword', 'color-scheme': 'dark', connection: null });
    await element.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await expect
      .poll(() => element.locator('[data-part=card]').evaluate((el) => getComputedStyle(el).backgroundColor), EVENTUALLY)
      .toBe('rgb(22, 26, 35)');

    // Attribute → property.
    await element.evaluate((el) => {
      el.setAttribute('initial-screen', 'login');
      el.setAttribute('connection', 'Username-Password-Authentication');
      el.removeAttribute('color-scheme');
    });
    const after = await read();
    expect(after.initialScreen).toBe('login');
    expect(after.colorScheme).toBeNull();
    expect(after.attributes.connection).toBe('Username-Password-Authentication');
    await element.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    await expectCspClean(watch);
    await context.close();
  });

  it('switches language with its lang attribute, keeping what was typed', async () => {
    const { context, watch, page } = await open();
    const element = page.locator('latch-login');
    await element.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    await element.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);

    await element.evaluate((el) => el.setAttribute('lang', 'de'));
    await element.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
    expect(await element.locator('[data-part=root]').getAttribute('lang')).toBe('de');
    expect(await element.getByRole('textbox', { name: 'E-Mail' }).inputValue()).toBe(DEMO_EMAIL);

    // The property is the browser's own HTMLElement.lang, reflected to the same attribute.
    await element.evaluate((el) => {
      (el as HTMLElement).lang = 'en';
    });
    await element.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    expect(await element.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(DEMO_EMAIL);
    await expectCspClean(watch);
    await context.close();
  });

  it('completes the forgot-password flow against the mock, telling the page through bubbling, composed DOM events', async () => {
    const { context, watch, page } = await open({ lang: 'de' });
    const element = page.locator('latch-login');
    await element.getByRole('button', { name: 'Passwort vergessen?' }).click();
    await element.getByRole('textbox', { name: 'E-Mail' }).fill(DEMO_EMAIL);
    await element.getByRole('button', { name: 'E-Mail senden' }).click();
    await expect.poll(() => eventTypes(page), EVENTUALLY).toContain('latch-forgot-password-success');
    await expect.poll(async () => (await eventTypes(page)).length, EVENTUALLY).toBe(6);

    const events = await domEvents(page);
    expect(events.map((event) => event.type)).toEqual([
      'latch-show',
      'latch-signin-ready',
      'latch-forgot-password-ready',
      'latch-forgot-password-submit',
      'latch-forgot-password-success',
      // The widget then goes back to its login screen, where the success message shows.
      'latch-signin-ready',
    ]);
    // Heard on the document: they bubbled out of the shadow root, retargeted to the element.
    for (const event of events) expect(event).toMatchObject({ bubbles: true, composed: true, target: 'latch-login' });
    const sent = (await site.admin.outbox()).filter((email) => email.to === DEMO_EMAIL);
    expect(sent).toHaveLength(1);
    await expectCspClean(watch);
    await context.close();
  });

  it('cleans up when removed: the request in flight is aborted, no event follows, the shadow root is emptied', async () => {
    const { context, watch, page } = await open({ screen: 'forgotPassword' });
    const element = page.locator('latch-login');
    await element.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await site.admin.addFault({ path: '/dbconnections/change_password', latencyMs: 3_000, times: 1 });
    const aborted = page.waitForEvent('requestfailed', (request) => request.url().includes('/dbconnections/change_password'));
    await element.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
    await element.getByRole('button', { name: 'Send email' }).click();
    await expect.poll(() => eventTypes(page), EVENTUALLY).toContain('latch-forgot-password-submit');

    const detached = await page.evaluate(() => {
      const el = document.querySelector('latch-login');
      el?.remove();
      // Kept by the test, so it can look inside after removal.
      (window as unknown as { removed?: Element | null }).removed = el;
      return el?.shadowRoot?.childElementCount;
    });
    expect(detached).toBe(0);
    expect((await aborted).failure()?.errorText).toBe('net::ERR_ABORTED');
    const count = (await domEvents(page)).length;
    // Past the mock's delay: nothing more is announced, and going back online does not resend anything.
    await page.waitForTimeout(3_500);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    expect((await domEvents(page)).length).toBe(count);
    expect(await eventTypes(page)).not.toContain('latch-forgot-password-success');
    await expectCspClean(watch);
    await context.close();
  });
});
