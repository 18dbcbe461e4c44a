import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { EVENTUALLY } from '../helpers/e2e';
import { SITE_USER, startLockSite, type LockSite, type Widget, type WidgetOptions } from '../helpers/lock-site';

// Issue 12, "Latch speaks Lock's protocol": the real Lock 14 and Latch, given the same configuration on the same
// site and driven through the same user actions, make the same requests to the identity provider. Every request
// either widget's page makes to the mock is recorded (method, path, query, body, fetch mode and destination, whether
// cookies went along, the Auth0-Client header), with what is random in each run replaced by placeholders, and the
// two lists are compared per step. Where they differ on purpose the difference is listed, with its reason, in
// fixtures/lock-wire-differences.json; anything else fails, and so does a listed difference that no longer shows.

/** One request to the mock, as compared. */
interface WireRequest {
  /** The user step it belongs to. */
  step: string;
  /** What pairs it with the other widget's request: method, path, and for /authorize what kind it is. */
  request: string;
  /** Query parameters, normalised. */
  query: Record<string, string>;
  /** JSON or form body, normalised; null without one. */
  body: Record<string, string> | null;
  contentType: string | null;
  /** Sec-Fetch-Mode: cors (fetch/XHR), no-cors (a <script>), navigate (a page or frame). */
  mode: string | null;
  /** Sec-Fetch-Dest: empty (fetch/XHR), script, document, iframe. */
  dest: string | null;
  /** Whether the browser sent cookies with it: a fetch with credentials, a navigation, a script tag. */
  cookies: 'sent' | 'not sent';
  /** The mock's own cookies that went along (the session, the cross-origin verifier). */
  providerCookies: string[];
  /** The `Auth0-Client` header's client name, or null without one. */
  auth0ClientHeader: string | null;
}

/** One way the two lists differ. */
interface Difference {
  scenario: string;
  step: string;
  request: string;
  /** The field that differs; absent when the request is made by one widget only (`only`). */
  field?: string;
  only?: Widget;
  lock?: unknown;
  latch?: unknown;
}

/** A difference the project accepts, with why (fixtures/lock-wire-differences.json). */
interface KnownDifference {
  request: string;
  field?: string;
  only?: Widget;
  lock?: unknown;
  latch?: unknown;
  /** Only in these steps; every step when absent. */
  steps?: string[];
  reason: string;
}

const KNOWN: KnownDifference[] = JSON.parse(readFileSync(new URL('./fixtures/lock-wire-differences.json', import.meta.url), 'utf8')).differences;

/** Values that are new in every run: the same placeholder for both widgets. */
const RANDOM = new Set(['state', 'nonce', 'login_ticket', 'code_challenge', 'code', 'code_verifier']);
/** A cookie that stands for "cookies go with this request": set on the mock's host before each run. */
const PROBE_COOKIE = 'lock_wire_probe';
const WRONG_PASSWORD = 'not-the-password';

let site: LockSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startLockSite(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The client name in an Auth0-Client value (base64 or base64url JSON), or the raw value when it is not that. */
function clientName(value: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : value;
  } catch {
    return value;
  }
}

function normalise(widget: Widget, name: string, value: string): [string, string] {
  // Lock's (and Latch's) cache-buster is a parameter whose name is the time: `?t1712345678901`.
  if (/^t\d+$/.test(name) && value === '') return ['t{now}', ''];
  if (RANDOM.has(name)) return [name, value === '' ? '' : '{random}'];
  if (name === 'auth0Client') return [name, clientName(value)];
  if (name === 'password') return [name, value === SITE_USER.password ? '{password}' : value === WRONG_PASSWORD ? '{wrong password}' : '{other}'];
  return [name, value.split(site.pageUrl(widget)).join('{page}')];
}

function normaliseAll(widget: Widget, entries: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const [key, normalised] = normalise(widget, name, value);
    out[key] = normalised;
  }
  return out;
}

function bodyOf(widget: Widget, request: Request, contentType: string | null): Record<string, string> | null {
  const raw = request.postData();
  if (raw === null) return null;
  if (contentType?.startsWith('application/x-www-form-urlencoded')) return normaliseAll(widget, new URLSearchParams(raw));
  const parsed = JSON.parse(raw) as Record<string, unknown>;
  return normaliseAll(
    widget,
    Object.entries(parsed).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}

/** What pairs a request with the other widget's: /authorize is told apart by whether it is silent and has a ticket. */
function requestKey(method: string, url: URL): string {
  const base = `${method} ${url.pathname.replace(/^\/client\/[^/]+\.js$/, '/client/{clientID}.js')}`;
  if (url.pathname !== '/authorize') return base;
  const kind = [url.searchParams.get('prompt') === 'none' ? 'prompt=none' : '', url.searchParams.has('login_ticket') ? 'login_ticket' : ''].filter(Boolean);
  return `${base} (${kind.join(', ') || 'interactive'})`;
}

async function describeRequest(widget: Widget, request: Request, step: string): Promise<WireRequest> {
  const url = new URL(request.url());
  const headers = await request.allHeaders();
  const contentType = headers['content-type'] ?? null;
  const cookieNames = (headers.cookie ?? '')
    .split(/;\s*/)
    .filter(Boolean)
    .map((pair) => pair.slice(0, pair.indexOf('=')));
  const provider = cookieNames
    .filter((name) => name === 'auth0' || name === 'auth0_compat' || name.startsWith('co_verifier_'))
    .map((name) => (name.startsWith('co_verifier_') ? 'co_verifier_{co_id}' : name));
  return {
    step,
    request: requestKey(request.method(), url),
    query: normaliseAll(widget, url.searchParams),
    body: bodyOf(widget, request, contentType),
    contentType,
    mode: headers['sec-fetch-mode'] ?? null,
    dest: headers['sec-fetch-dest'] ?? null,
    cookies: cookieNames.includes(PROBE_COOKIE) ? 'sent' : 'not sent',
    providerCookies: [...new Set(provider)].sort(),
    auth0ClientHeader: headers['auth0-client'] === undefined ? null : clientName(headers['auth0-client']),
  };
}

/**
 * Records the requests one widget's page makes to the mock: the page's own (fetch, XHR, script tags, navigations)
 * and the frames it opens, not what the mock's pages in those frames load themselves.
 */
class Recorder {
  private readonly entries: Promise<WireRequest>[] = [];
  private readonly pending = new Set<Request>();
  private step = 'load';
  private afterNavigation: string | undefined;

  constructor(
    private readonly page: Page,
    private readonly widget: Widget,
  ) {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && this.afterNavigation !== undefined) {
        this.step = this.afterNavigation;
        this.afterNavigation = undefined;
      }
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(`${site.mockUrl}/`)) return;
      if (request.frame() !== page.mainFrame() && !request.isNavigationRequest()) return;
      this.pending.add(request);
      this.entries.push(describeRequest(widget, request, this.step));
    });
    const done = (request: Request) => this.pending.delete(request);
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    page.on('response', (response) => done(response.request()));
  }

  /** Starts a step; with `afterNavigation`, the step changes again once the page has left and come back. */
  begin(step: string, afterNavigation?: string): void {
    this.step = step;
    this.afterNavigation = afterNavigation;
  }

  /** Waits until every request recorded so far has been answered. */
  async idle(): Promise<void> {
    await expect.poll(() => this.pending.size, EVENTUALLY).toBe(0);
  }

  async requests(): Promise<WireRequest[]> {
    await this.idle();
    return Promise.all(this.entries);
  }
}

/** The same user actions on either widget's own UI. */
interface Driver {
  /** The widget's form is there, and what it does by itself on a page load is done. */
  ready(): Promise<void>;
  /** What the widget does by itself on a page load is done (the page may not show the widget). */
  settled(): Promise<void>;
  logIn(password: string): Promise<void>;
  wrongPasswordShown(): Promise<void>;
  forgotPassword(email: string): Promise<void>;
}

function lockDriver(page: Page): Driver {
  const lock = page.locator('.auth0-lock');
  const email = lock.locator('input[name=email]');
  // Lock checks for an SSO session on every page load (getSSOData), and when there is one verifies the ID token it
  // got, fetching the JWKS: done once it emits 'ssodata fetched'.
  const settled = () => expect.poll(() => eventNames(page), EVENTUALLY).toContain('ssodata fetched');
  return {
    // Lock shows its form once its remote data (client settings, SSO data, language) is in.
    async ready() {
      await expect.poll(() => email.count(), EVENTUALLY).toBe(1);
      await settled();
    },
    settled,
    async logIn(password) {
      await email.fill(SITE_USER.email);
      await lock.locator('input[name=password]').fill(password);
      await lock.locator('button[name=submit]').click();
    },
    wrongPasswordShown: () => expect.poll(() => lock.locator('.auth0-global-message-error').textContent(), EVENTUALLY).toMatch(/Wrong email or password/),
    async forgotPassword(address) {
      await lock.locator('a.auth0-lock-alternative-link').click();
      await page.getByText('Please enter your email address. We will send you an email to reset your password.').waitFor();
      await expect.poll(() => email.count(), EVENTUALLY).toBe(1);
      await email.fill(address);
      await lock.locator('button[name=submit]').click();
      await expect.poll(() => lock.locator('.auth0-global-message-success').textContent(), EVENTUALLY).toMatch(/We've just sent you an email/);
    },
  };
}

function latchDriver(page: Page): Driver {
  const box = page.locator('#box');
  const email = box.getByRole('textbox', { name: 'Email' });
  const alert = box.locator('[data-part=alert]');
  return {
    ready: () => email.waitFor(),
    // Latch makes no request by itself but the client settings, which the recorder waits for.
    settled: async () => {},
    async logIn(password) {
      await email.fill(SITE_USER.email);
      await box.getByLabel('Password', { exact: true }).fill(password);
      await box.getByRole('button', { name: 'Log in', exact: true }).click();
    },
    wrongPasswordShown: () => expect.poll(() => alert.textContent(), EVENTUALLY).toBe('Wrong email or password.'),
    async forgotPassword(address) {
      await box.getByRole('button', { name: "Don't remember your password?" }).click();
      await box.getByRole('heading', { name: 'Reset your password' }).waitFor();
      await email.fill(address);
      await box.getByRole('button', { name: 'Send email' }).click();
      await expect.poll(() => alert.textContent(), EVENTUALLY).toBe("We've just sent you an email to reset your password.");
    },
  };
}

interface Session {
  page: Page;
  widget: Widget;
  driver: Driver;
  recorder: Recorder;
}

type PageWindow = Window & {
  __events: { name: string; args: unknown[] }[];
  checkSession(params?: Record<string, string>): Promise<{ error: { error?: string; code?: string } | null; result: unknown }>;
  widget: { logout(options: Record<string, string>): void };
};

async function eventNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as PageWindow).__events.map((event) => event.name));
}

async function authenticated(session: Session): Promise<void> {
  await expect.poll(() => eventNames(session.page), EVENTUALLY).toContain('authenticated');
}

async function checkSession(session: Session): Promise<string> {
  const { error } = await session.page.evaluate(() => (window as unknown as PageWindow).checkSession({}));
  return error?.error ?? error?.code ?? 'ok';
}

/** Runs the same steps on one widget in a fresh browser context and a fresh mock state; the requests it made. */
async function run(widget: Widget, options: WidgetOptions, steps: (session: Session) => Promise<void>): Promise<WireRequest[]> {
  await site.reset();
  site.setOptions(options);
  const context = await browser.newContext();
  try {
    await context.addCookies([{ name: PROBE_COOKIE, value: '1', url: site.mockUrl }]);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const recorder = new Recorder(page, widget);
    const driver = widget === 'lock' ? lockDriver(page) : latchDriver(page);
    await page.goto(site.pageUrl(widget));
    await driver.ready();
    await recorder.idle();
    await steps({ page, widget, driver, recorder });
    const requests = await recorder.requests();
    expect(pageErrors, `uncaught errors on the ${widget} page`).toEqual([]);
    return requests;
  } finally {
    await context.close();
  }
}

const FIELDS = ['contentType', 'mode', 'dest', 'cookies', 'providerCookies', 'auth0ClientHeader'] as const;

/** Compares two values of a map field by name: one Difference per name whose value differs (absent included). */
function compareMap(base: Omit<Difference, 'field'>, prefix: string, lock: Record<string, string> | null, latch: Record<string, string> | null): Difference[] {
  const out: Difference[] = [];
  if ((lock === null) !== (latch === null)) return [{ ...base, field: prefix, lock: lock === null ? null : 'sent', latch: latch === null ? null : 'sent' }];
  const names = [...new Set([...Object.keys(lock ?? {}), ...Object.keys(latch ?? {})])].sort();
  for (const name of names) {
    const a = lock?.[name] ?? null;
    const b = latch?.[name] ?? null;
    if (a !== b) out.push({ ...base, field: `${prefix}.${name}`, lock: a, latch: b });
  }
  return out;
}

/**
 * Pairs the two lists step by step and request by request (the n-th request of one kind in a step with the other's
 * n-th), and lists every difference.
 */
function compare(scenario: string, lock: WireRequest[], latch: WireRequest[]): Difference[] {
  const out: Difference[] = [];
  const steps = [...new Set([...lock, ...latch].map((r) => r.step))];
  for (const step of steps) {
    const kinds = [...new Set([...lock, ...latch].filter((r) => r.step === step).map((r) => r.request))].sort();
    for (const request of kinds) {
      const a = lock.filter((r) => r.step === step && r.request === request);
      const b = latch.filter((r) => r.step === step && r.request === request);
      const base = { scenario, step, request };
      for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
        const x = a[i];
        const y = b[i];
        if (!x || !y) {
          out.push({ ...base, only: x ? 'lock' : 'latch' });
          continue;
        }
        out.push(...compareMap(base, 'query', x.query, y.query), ...compareMap(base, 'body', x.body, y.body));
        for (const field of FIELDS) {
          if (!isDeepStrictEqual(x[field], y[field])) out.push({ ...base, field, lock: x[field], latch: y[field] });
        }
      }
    }
  }
  return out;
}

function explains(known: KnownDifference, found: Difference): boolean {
  return (
    known.request === found.request &&
    known.field === found.field &&
    known.only === found.only &&
    (!('lock' in known) || isDeepStrictEqual(known.lock, found.lock)) &&
    (!('latch' in known) || isDeepStrictEqual(known.latch, found.latch)) &&
    (known.steps === undefined || known.steps.includes(found.step))
  );
}

const used = new Set<KnownDifference>();
const SCENARIOS = 5;
const compared = new Set<string>();

/** Runs a scenario on both widgets and expects no difference but the listed ones. */
async function expectSameWire(scenario: string, options: WidgetOptions, steps: (session: Session) => Promise<void>): Promise<WireRequest[][]> {
  const lock = await run('lock', options, steps);
  const latch = await run('latch', options, steps);
  const unexplained: Difference[] = [];
  for (const difference of compare(scenario, lock, latch)) {
    const known = KNOWN.find((entry) => explains(entry, difference));
    if (known) used.add(known);
    else unexplained.push(difference);
  }
  compared.add(scenario);
  expect(unexplained, `requests where Latch and Lock differ (${scenario}) and fixtures/lock-wire-differences.json does not say why`).toEqual([]);
  return [lock, latch];
}

const TOKENS = { responseType: 'token id_token' };

describe('Latch makes the requests Lock 14 makes, for the same configuration and the same user actions', () => {
  it('logging in by redirect (response type token id_token)', async () => {
    const [lock, latch] = await expectSameWire('login by redirect', { auth: { ...TOKENS, redirect: true } }, async (session) => {
      session.recorder.begin('login', 'back on the page');
      await session.driver.logIn(SITE_USER.password);
      await authenticated(session);
      await session.driver.settled();
    });
    // The comparison saw the login itself on both sides.
    for (const requests of [lock, latch]) {
      expect(requests?.map((r) => r.request)).toEqual(expect.arrayContaining(['POST /co/authenticate', 'GET /authorize (login_ticket)', 'GET /.well-known/jwks.json']));
    }
  });

  it('logging in by redirect with Lock’s defaults (response type token)', async () => {
    await expectSameWire('login by redirect, defaults', {}, async (session) => {
      session.recorder.begin('login', 'back on the page');
      await session.driver.logIn(SITE_USER.password);
      await authenticated(session);
      await session.driver.settled();
    });
  });

  it('a wrong password', async () => {
    const [lock, latch] = await expectSameWire('wrong password', { auth: { ...TOKENS, redirect: true } }, async (session) => {
      session.recorder.begin('login');
      await session.driver.logIn(WRONG_PASSWORD);
      await session.driver.wrongPasswordShown();
    });
    for (const requests of [lock, latch]) expect(requests?.filter((r) => r.step === 'login').map((r) => r.request)).toEqual(['POST /co/authenticate']);
  });

  it('forgot password', async () => {
    const [lock, latch] = await expectSameWire('forgot password', { auth: TOKENS }, async (session) => {
      session.recorder.begin('forgot password');
      await session.driver.forgotPassword(SITE_USER.email);
    });
    for (const requests of [lock, latch]) {
      expect(requests?.filter((r) => r.step === 'forgot password').map((r) => r.request)).toEqual(['POST /dbconnections/change_password']);
    }
  });

  it('logging in without leaving the page, checkSession, logout, checkSession', async () => {
    const answers: Record<Widget, string[]> = { lock: [], latch: [] };
    await expectSameWire('web_message login, checkSession, logout', { auth: { ...TOKENS, redirect: false } }, async (session) => {
      const { page, widget, driver, recorder } = session;
      recorder.begin('login');
      await driver.logIn(SITE_USER.password);
      await authenticated(session);
      await recorder.idle();

      recorder.begin('checkSession');
      answers[widget].push(await checkSession(session));
      await recorder.idle();

      recorder.begin('logout', 'back on the page after logout');
      await page.evaluate((returnTo) => (window as unknown as PageWindow).widget.logout({ returnTo }), site.pageUrl(widget));
      await page.waitForURL((url) => url.pathname === `/${widget}.html`, EVENTUALLY);
      await driver.ready();
      await recorder.idle();

      recorder.begin('checkSession after logout');
      answers[widget].push(await checkSession(session));
    });
    // Both widgets answered alike: the session's tokens, then login_required once it had ended.
    expect(answers).toEqual({ lock: ['ok', 'login_required'], latch: ['ok', 'login_required'] });
  });

  it('every difference listed in the fixture still shows', (context) => {
    // Only a full run can tell (a run of some of the scenarios, with -t, sees only some differences).
    if (compared.size < SCENARIOS) context.skip();
    expect(KNOWN.filter((entry) => !used.has(entry)).map((entry) => entry.reason)).toEqual([]);
  });
});
