import { fileURLToPath } from 'node:url';
import type { Result } from 'axe-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { LatchOptions } from '../../src/index';
import { launchBrowser } from './browser';
import { startDemo, type RunningServer } from './demo-server';
import { mockAdmin, type MockAdmin, type TenantInfo } from './mock-admin';
import { need } from './e2e';

const root = fileURLToPath(new URL('../..', import.meta.url));
const AXE_PATH = `${root}node_modules/axe-core/axe.min.js`;
/** A bare page (no demo panels around the widget) served by the demo's server, which compiles it like the demo. */
const FIXTURE = `/@fs${root}test/fixtures/a11y/index.html`;

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Mode = 'inline' | 'modal';
export type Scheme = 'light' | 'dark';

/** The widget's API endpoint for each screen's form, where the mock injects faults (login: its first request). */
export const ENDPOINT = {
  login: '/co/authenticate',
  forgotPassword: '/dbconnections/change_password',
  signUp: '/dbconnections/signup',
  resetPassword: '/lo/reset',
} as const;

export interface FixtureSession {
  readonly url: string;
  readonly admin: MockAdmin;
  readonly tenant: TenantInfo;
  /** A fresh context and page on the fixture page (closed after the test); the browser is shared by the file. */
  open(options?: BrowserContextOptions): Promise<Page>;
  /** A fresh context on any page of the demo server. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** One demo server and one browser per file; contexts are closed after each test. */
export function useFixture(): FixtureSession {
  let demo: RunningServer | undefined;
  let browser: Browser | undefined;
  let admin: MockAdmin | undefined;
  let tenant: TenantInfo | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([startDemo(), launchBrowser()]);
    admin = mockAdmin(demo.url);
    tenant = await admin.tenant();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const context = async (options: BrowserContextOptions = {}) => {
    const created = await need(browser, 'The browser').newContext({ viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(created);
    return created;
  };
  return {
    get url() {
      return need(demo, 'The demo server').url;
    },
    get admin() {
      return need(admin, 'The mock admin');
    },
    get tenant() {
      return need(tenant, 'The tenant');
    },
    context,
    async open(options) {
      const page = await (await context(options)).newPage();
      await page.goto(`${need(demo, 'The demo server').url}${FIXTURE}`);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      return page;
    },
  };
}

interface FixtureWindow {
  Latch: new (clientID: string, domain: string, options?: LatchOptions) => { show(): void; destroy(): void };
  current?: { destroy(): void };
}

/**
 * Replaces the fixture page's widget with a new one (inline in #widget, or a modal) and waits for its title.
 * Options are the demo's (brand colour, logo, the tenant's connection and policy, and its login in a hidden frame,
 * so a login ends on the signed-in screen instead of leaving the page) plus `options`.
 */
export async function mount(page: Page, tenant: TenantInfo, mode: Mode, options: LatchOptions = {}): Promise<Locator> {
  const full: LatchOptions = {
    theme: { primaryColor: '#4f46e5', logo: '/logo.svg', colorScheme: 'auto' },
    defaultDatabaseConnection: tenant.connection,
    auth: { redirect: false },
    // The checklist shows the rules the mock enforces (the tenant file's level is one of the option's levels).
    ...(tenant.passwordPolicy ? { passwordPolicy: tenant.passwordPolicy as LatchOptions['passwordPolicy'] } : {}),
    ...options,
  };
  await page.evaluate(
    ({ clientId, mode, json }) => {
      const options = JSON.parse(json) as LatchOptions;
      const w = window as unknown as FixtureWindow;
      w.current?.destroy();
      const latch = new w.Latch(clientId, location.origin, mode === 'inline' ? { ...options, container: '#widget' } : options);
      w.current = latch;
      latch.show();
    },
    // As JSON: options are plain data here, and Playwright's deep typing of LatchOptions is too much for tsc.
    { clientId: tenant.clientId, mode, json: JSON.stringify(full) },
  );
  const widget = page.locator(`.latch[data-part=root][data-mode=${mode}]`);
  await widget.locator('[data-part=title]').waitFor();
  return widget;
}

/** Waits until no finite animation or transition runs, so colours read are the final ones. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

export interface AxeFindings {
  readonly violations: Result[];
  /** Checks axe could not decide (e.g. a contrast over an image): not failures, but nothing was verified there. */
  readonly incomplete: Result[];
}

/** axe-core's WCAG A/AA rules on one element's subtree, once the page has settled. */
export async function axe(page: Page, selector: string): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  await settle(page);
  return page.evaluate(
    async ({ selector, tags }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const target = document.querySelector(selector);
      if (!target) throw new Error(`Nothing to scan: no ${selector} on the page.`);
      // Passes are not described node by node (faster); violations and undecided checks are.
      const results = await axe.run(target, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
      return { violations: results.violations, incomplete: results.incomplete };
    },
    { selector, tags: WCAG_TAGS },
  );
}

/** One line per violation: rule id, what it checks, the help page, and each failing node with axe's summary. */
export function describeViolations(where: string, violations: readonly Result[]): string[] {
  return violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact ?? 'n/a'}) ${v.help} <${v.helpUrl}>\n` +
      v.nodes.map((n) => `    at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n'),
  );
}

export type Rgba = readonly [number, number, number, number];

/** Any CSS colour as sRGB 0–255 plus alpha 0–1, as the page's canvas resolves it. */
export function toRgba(page: Page, colors: readonly string[]): Promise<Rgba[]> {
  return page.evaluate((colors) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d canvas');
    return colors.map((color) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255] as const;
    });
  }, colors);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as unknown as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Logs the gate's one-line summary (and any detail lines before it) once, at the end of the file. */
export function summaryAtEnd(line: () => string, details: () => readonly string[] = () => []): void {
  afterAll(() => {
    for (const detail of details()) console.log(detail);
    console.log(line());
  });
}
