// The Lock compatibility corpus: real Lock configurations (configs/, each with its source) run in Chromium against
// the mock with `new Latch(...)` in place of `new Auth0Lock(...)` and nothing else changed; those that use Lock's
// own global names (Auth0LockPasswordless, Auth0.registerLanguageDictionary) run unchanged on latch-lock.iife.js, as
// do the first five as well. For each: no page error and no CSP violation; the widget renders; every option Latch
// implements visibly takes effect (checks.ts); login and forgot password complete against the mock; the events the
// site listens to fire, `authenticated` with Lock's payload keys.
//
// The page adds two things a Lock page does not have, as the README's "Switching from Lock" says: Latch's
// stylesheet (Lock injects a <style>, which a strict policy refuses) and, for a configuration in Spanish, Latch's
// Spanish words (Lock fetched them from its CDN). The placeholders the snippets carry for the client id, the domain
// and the callback URL stand for the site's own values: they are filled with the mock's.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { jsonData, SITE_CLIENT_ID, SITE_USER, startClientSite, type ClientSite } from '../helpers/client-site';
import { EVENTUALLY } from '../helpers/e2e';
import { strictCsp } from '../../scripts/strict-csp.mjs';
import { LOCK_IMPLEMENTED } from '../../src/options/lock';
import { HOST_EVENTS } from '../../src/machine/machine.types';
import { CHECKS, GROUPS, type Phase, type Run } from './checks';
import { en } from '../../src/i18n/en';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = fileURLToPath(new URL('./configs/', import.meta.url));
const CONFIGS = readdirSync(dir)
  .filter((file) => file.endsWith('.js'))
  .sort()
  .map((file) => ({ name: file.replace(/\.js$/, ''), source: readFileSync(dir + file, 'utf8') }));

const IMPLEMENTED = LOCK_IMPLEMENTED.split(' ');
const ADMIN = { Authorization: 'Bearer latch-demo-management-token' };
const outbox = async () => (await (await fetch(`${site.mock.url}/__outbox`, { headers: ADMIN })).json()) as unknown[];
/** Lock's keys of `authenticated` (auth0-js's parseHash result). */
const LOCK_AUTH_RESULT_KEYS = ['accessToken', 'idToken', 'idTokenPayload', 'appState', 'refreshToken', 'state', 'expiresIn', 'tokenType', 'scope'];

/** Lock's global names: a configuration using them runs on the Lock build. */
const needsLockBuild = (source: string) => /Auth0LockPasswordless|Auth0\.registerLanguageDictionary/.test(source);
const language = (source: string) => /language:\s*'(\w+)'/.exec(source)?.[1];

/** The snippet as the page runs it: the placeholders filled, and `new Auth0Lock` as `new Latch` on the Latch build. */
function siteCode(source: string, build: 'latch' | 'lock'): string {
  let code = source
    .replace(/'(\{YOUR_AUTH0_CLIENT_ID\}|YOUR_AUTH0_APP_CLIENTID|YOUR_CLIENT_ID|client ID)'/g, '__site.clientId')
    .replace(/'(\{YOUR_AUTH0_DOMAIN\}|YOUR_DOMAIN_AT\.auth0\.com|YOUR_DOMAIN|domain)'/g, '__site.domain')
    .replace(/'(YOUR_CALLBACK_URL|some url)'/g, '__site.callback');
  if (build === 'latch') code = code.replace(/new Auth0Lock\(/g, 'new Latch(');
  return code;
}

/** Records every event of every widget the page makes, across its navigations (sessionStorage), and its options. */
const INSTRUMENT = `
(function () {
  window.__site = JSON.parse(document.getElementById('site').textContent);
  var names = ${JSON.stringify(HOST_EVENTS)};
  function record(name, payload) {
    var all = JSON.parse(sessionStorage.getItem('__events') || '[]');
    all.push({ name: name, payload: payload === undefined ? null : JSON.parse(JSON.stringify(payload)) });
    sessionStorage.setItem('__events', JSON.stringify(all));
  }
  function wrap(Widget) {
    if (!Widget) return Widget;
    return class extends Widget {
      constructor(clientID, domain, options) {
        super(clientID, domain, options);
        window.__options = JSON.parse(JSON.stringify(options || {}));
        var widget = this;
        names.forEach(function (name) { widget.on(name, function (payload) { record(name, payload); }); });
      }
      show(options) {
        if (options) window.__showOptions = JSON.parse(JSON.stringify(options));
        return super.show(options);
      }
    };
  }
  ['Latch', 'Auth0Lock', 'Auth0LockPasswordless'].forEach(function (name) { if (window[name]) window[name] = wrap(window[name]); });
})();
`;

let site: ClientSite;
let browser: Browser;
const pagePath = (name: string, build: string) => `/c/${build}/${name}.html`;

beforeAll(async () => {
  const [latchJs, lockJs, css, esJs] = await Promise.all(
    ['latch.iife.js', 'latch-lock.iife.js', 'latch.css', 'locales/es.global.js'].map((file) => readFile(`${root}dist/${file}`, 'utf8')),
  );
  const scripts: Record<string, string> = {
    '/dist/latch.iife.js': latchJs!,
    '/dist/latch-lock.iife.js': lockJs!,
    '/dist/latch.css': css!,
    '/dist/locales/es.global.js': esJs!,
    '/instrument.js': INSTRUMENT,
  };
  const pages: Record<string, (urls: { origin: string; mockUrl: string }) => string> = {};
  for (const { name, source } of CONFIGS) {
    for (const build of ['latch', 'lock'] as const) {
      const path = pagePath(name, build);
      scripts[`/c/${build}/${name}.js`] = siteCode(source, build);
      const lang = language(source);
      pages[path] = ({ origin, mockUrl }) =>
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site written for Lock</title>' +
        '<link rel="stylesheet" href="/dist/latch.css"></head><body>' +
        '<button id="login" type="button">Click to Login</button> <button id="btn-login" type="button">Log in</button>' +
        '<div id="root"></div><div id="myContainer"></div>' +
        jsonData('site', { clientId: SITE_CLIENT_ID, domain: mockUrl, callback: origin + path }) +
        `<script src="/dist/${build === 'latch' ? 'latch' : 'latch-lock'}.iife.js"></script>` +
        (lang ? `<script src="/dist/locales/${lang}.global.js"></script>` : '') +
        `<script src="/instrument.js"></script><script src="/c/${build}/${name}.js"></script></body></html>`;
    }
  }
  [site, browser] = await Promise.all([
    startClientSite({
      pages,
      scripts,
      // The corpus's logos and avatars are on other hosts, as sites' are: images from https are allowed.
      csp: (mock) => strictCsp({ connect: [mock], extra: [`frame-src ${mock}`] }).replace("img-src 'self' data:", "img-src 'self' data: https:"),
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  widget: Locator;
  problems: string[];
  authorize: URL[];
  coAuthenticate: Record<string, unknown>[];
  clientSettings: URL[];
  /** POSTs to the site (a form_post answer), with their bodies. */
  posts: { url: URL; body: string }[];
}

/** A fresh browser on the configuration's page, with its widget shown (by the page, or its login button). */
async function open(name: string, build: 'latch' | 'lock'): Promise<Opened> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const authorize: URL[] = [];
  const coAuthenticate: Record<string, unknown>[] = [];
  const clientSettings: URL[] = [];
  const posts: { url: URL; body: string }[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/authorize') authorize.push(url);
    if (url.pathname === '/co/authenticate') coAuthenticate.push(request.postDataJSON() as Record<string, unknown>);
    if (/^\/client\/.+\.js$/.test(url.pathname)) clientSettings.push(url);
    if (request.method() === 'POST' && url.origin === site.origin) posts.push({ url, body: request.postData() ?? '' });
  });
  await page.goto(site.url(pagePath(name, build)));
  const widget = page.locator('body');
  await show(page, source(name));
  return { context, page, widget, problems, authorize, coAuthenticate, clientSettings, posts };
}

const source = (name: string) => CONFIGS.find((c) => c.name === name)?.source ?? '';

/** Waits for the widget, clicking the page's login button when the site shows it from one (as the snippet does). */
async function show(page: Page, code: string): Promise<void> {
  await page.waitForFunction(() => (window as { __options?: unknown }).__options !== undefined);
  if ((await page.locator('[data-part=root]').count()) === 0) await page.locator(code.includes("'btn-login'") ? '#btn-login' : '#login').click();
  await page.locator('[data-part=card]').first().waitFor();
}

const events = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('__events') || '[]') as { name: string; payload: unknown }[]);

/** The option paths a configuration gives (constructor and show), with their values, groups opened up. */
function optionPaths(options: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(options).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix + key;
    const nested = GROUPS.includes(path) && value !== null && typeof value === 'object' ? optionPaths(value as Record<string, unknown>, `${path}.`) : [];
    return [[path, value], ...nested];
  });
}

type Outcome = 'authenticated' | 'code' | 'form_post' | 'hash_parsed';

/** Logs in as the demo user and waits for what this configuration's login ends in. */
async function logIn(opened: Opened): Promise<{ outcome: Outcome; returnedTo: URL | null }> {
  const { page } = opened;
  const before = page.url();
  await page.locator('input[name=email]').fill(SITE_USER.email);
  await page.locator('input[name=password]').fill(SITE_USER.password);
  await page.locator('[data-part=submit]').click();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outcome = await new Promise<Outcome>((resolve, reject) => {
    const give = setTimeout(() => reject(new Error(`the login did not complete: ${page.url()}`)), EVENTUALLY.timeout * 2);
    const done = (outcome: Outcome) => {
      clearTimeout(give);
      resolve(outcome);
    };
    const poll = async () => {
      try {
        const url = new URL(page.url());
        if (opened.posts.some((post) => post.body.includes('access_token='))) return done('form_post');
        if (url.searchParams.has('code')) return done('code');
        const seen = await events(page).catch(() => []);
        if (seen.some((e) => e.name === 'authenticated')) return done('authenticated');
        if (seen.some((e) => e.name === 'hash_parsed' && e.payload)) return done('hash_parsed');
      } catch {
        // Between two pages: asked again on the next turn.
      }
      timer = setTimeout(poll, EVENTUALLY.interval);
    };
    void poll();
  });
  clearTimeout(timer);
  const returnedTo = page.url() === before ? null : new URL(page.url());
  return { outcome, returnedTo };
}

describe.each(CONFIGS.flatMap(({ name, source }) => [
  ...(needsLockBuild(source) ? [] : [{ name, source, build: 'latch' as const }]),
  ...(needsLockBuild(source) || Number(name.slice(0, 2)) <= 5 ? [{ name, source, build: 'lock' as const }] : []),
]))('$name on $build', ({ name, source, build }) => {
  test('renders, its options take effect, login and forgot password complete, its events fire with Lock’s keys', async () => {
    // Users, rate limits and the outbox as the tenant file has them: each site starts from the same tenant.
    expect((await fetch(`${site.mock.url}/__reset`, { method: 'POST', headers: ADMIN })).status).toBe(204);
    const opened = await open(name, build);
    const { page, context, problems } = opened;
    try {
      const options = (await page.evaluate(() => (window as { __options?: Record<string, unknown> }).__options)) ?? {};
      const showOptions = (await page.evaluate(() => (window as { __showOptions?: Record<string, unknown> }).__showOptions)) ?? {};
      const given = Object.fromEntries([...optionPaths(options), ...optionPaths(showOptions)]);
      const implemented = Object.keys(given).filter((path) => IMPLEMENTED.includes(path) && !GROUPS.includes(path));
      // An option Latch implements needs its proof here.
      expect(implemented.filter((path) => !CHECKS[path]), 'implemented options without a check').toEqual([]);

      const passwordless = source.includes('Auth0LockPasswordless');
      const root = page.locator('[data-part=root]').first();
      if (passwordless) {
        expect(await root.getAttribute('data-screen')).toBe('unrecoverable');
        expect((await events(page)).map((e) => e.name)).toContain('unrecoverable_error');
        expect(problems).toEqual([]);
        return;
      }
      expect(await root.getAttribute('data-screen')).not.toBe('unrecoverable');

      let returnedTo: URL | null = null;
      let outcome = '';
      const run: Run = {
        page,
        widget: page.locator('body'),
        authorize: opened.authorize,
        coAuthenticate: opened.coAuthenticate,
        clientSettings: opened.clientSettings,
        get returnedTo() {
          return returnedTo;
        },
        get outcome() {
          return outcome;
        },
        returning: async () => {
          // A form post's answer may still be on its way to the site, and then its navigation takes over this one:
          // once that one has landed, this one goes through.
          for (let attempt = 1; ; attempt += 1) {
            try {
              await page.goto(site.url(pagePath(name, build)));
              break;
            } catch (error) {
              if (attempt === 3 || !String(error).includes('interrupted by another navigation')) throw error;
              await page.waitForLoadState('load');
            }
          }
          await show(page, source);
          await page.waitForLoadState('networkidle');
          return page.locator('body');
        },
      };
      const phase = async (which: Phase) => {
        for (const path of implemented) if (CHECKS[path]!.phase === which) await CHECKS[path]!.run(given[path], run, options);
      };
      await phase('shown');

      // Sign-up, for the configurations about it: a new account, with their fields and terms.
      if (options.initialScreen === 'signUp' || options.additionalSignUpFields || options.mustAcceptTerms) {
        await signUp(page, options, source);
      }

      // Login, when the configuration has a login form.
      if (options.allowLogin !== false && (await page.locator('input[name=password][autocomplete=current-password]').count()) === 0) {
        await page.locator('[data-part=switch] [data-part=link]').click();
      }
      const result = await logIn(opened);
      returnedTo = result.returnedTo;
      outcome = result.outcome;
      if (result.outcome === 'authenticated') {
        const payload = (await events(page)).find((e) => e.name === 'authenticated')?.payload as Record<string, unknown>;
        expect(Object.keys(payload).sort()).toEqual(expect.arrayContaining(['accessToken', 'expiresIn', 'tokenType']));
        for (const key of Object.keys(payload)) expect(LOCK_AUTH_RESULT_KEYS, `authenticated has Lock's key ${key}`).toContain(key);
        // An ID token when the response type asks for one (Lock's default, 'token', does not): checked, its claims given.
        if (payload.idToken) expect(payload.idTokenPayload).toMatchObject({ sub: SITE_USER.id });
      }
      await phase('loggedIn');

      // The events the site listens to, among those this run could reach, fired.
      const listened = [...source.matchAll(/\.on\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      const fired = new Set((await events(page)).map((e) => e.name));
      const reachable = result.outcome === 'authenticated' ? ['authenticated', 'show', 'signin ready', 'hash_parsed', 'signup success'] : ['show'];
      for (const event of listened.filter((e) => reachable.includes(e))) expect(fired, `${event} fired`).toContain(event);

      // Forgot password, in a fresh browser, unless the configuration turned it off or sent it elsewhere.
      if (options.allowForgotPassword !== false && !options.forgotPasswordLink) await forgotPassword(name, build);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

async function signUp(page: Page, options: Record<string, unknown>, code: string): Promise<void> {
  if ((await page.locator('input[name=password][autocomplete=new-password]').count()) === 0) await page.locator('[data-part=switch] [data-part=link]').click();
  // A select whose choices the site's function failed to give says so, and cannot be filled in: no account then,
  // as in Lock.
  if ((await page.getByText(en['field.loadFailed']).count()) > 0) {
    await page.locator('[data-part=switch] [data-part=link]').click();
    return;
  }
  const email = `new-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill('Purple-Otter-42!');
  for (const input of await page.locator('[data-kind=text] input').all()) await input.fill('10 Downing Street');
  for (const select of await page.locator('[data-kind=select] select').all()) {
    const values = await select.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    if (values[0]) await select.selectOption(values[0]);
  }
  const terms = page.locator('[data-part=terms] input[type=checkbox]');
  if (await terms.count()) await terms.check();
  await page.locator('[data-part=submit]').click();
  if (options.loginAfterSignUp === false) {
    // Back on the login screen with the success message, the email kept.
    await page.locator('[data-part=alert][data-tone=success]').waitFor();
    expect(await page.locator('input[name=password][autocomplete=current-password]').count()).toBe(1);
    await page.locator('input[name=email]').fill('');
  } else {
    await expect.poll(async () => (await events(page)).some((e) => e.name === 'signup success'), EVENTUALLY).toBe(true);
    // Logged in straight away (which may leave the page): the login of this run starts again from a fresh page.
    await expect.poll(async () => (await events(page)).some((e) => e.name === 'authenticated' || e.name === 'authorization_error') || /[?#]/.test(page.url()), EVENTUALLY).toBe(true);
    await page.context().clearCookies();
    await page.evaluate(() => sessionStorage.removeItem('__events'));
    await page.goto(page.url().replace(/[?#].*$/, ''));
    await show(page, code);
  }
}

async function forgotPassword(name: string, build: 'latch' | 'lock'): Promise<void> {
  const opened = await open(name, build);
  const { page } = opened;
  try {
    const before = (await outbox()).length;
    if ((await page.locator('[data-part=root]').first().getAttribute('data-screen')) !== 'forgotPassword') {
      if ((await page.locator('[data-part=links] [data-part=link]').count()) === 0) await page.locator('[data-part=switch] [data-part=link]').click();
      await page.locator('[data-part=links] [data-part=link]').click();
    }
    await page.locator('input[name=email]').fill(SITE_USER.email);
    await page.locator('[data-part=submit]').click();
    await page.locator('[data-part=alert][data-tone=success]').waitFor();
    await expect.poll(async () => (await outbox()).length, EVENTUALLY).toBeGreaterThan(before);
    const fired = (await events(page)).map((e) => e.name);
    expect(fired).toEqual(expect.arrayContaining(['forgot_password ready', 'forgot_password submit', 'forgot_password success']));
    expect(opened.problems).toEqual([]);
  } finally {
    await opened.context.close();
  }
}

test('the corpus holds at least 25 real Lock configurations, each naming its source', () => {
  expect(CONFIGS.length).toBeGreaterThanOrEqual(25);
  for (const { name, source } of CONFIGS) expect(source, name).toMatch(/^\/\/ Source: /);
});
