import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startDemo, type RunningServer } from './demo-server';
import { mockAdmin, type MockAdmin } from './mock-admin';

export const DEMO_EMAIL = 'demo@latch.dev';
export const DEMO_PASSWORD = 'correct-horse-battery-staple';

export interface DemoSession {
  /** The demo's origin, which is also the mock API's origin. */
  readonly url: string;
  readonly admin: MockAdmin;
  readonly page: Page;
  /** The inline widget on the demo page: every locator of a test is scoped to it. */
  readonly widget: Locator;
}

/** A value a session sets up in beforeAll/beforeEach, read inside a test; a clear error when read too early. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not ready: use the session inside a test.`);
  return value;
}

/**
 * One demo server and one browser per test file; a fresh backend state, browser context and page per
 * test. Uncaught page errors fail the test that caused them.
 */
export function useDemoPage(): DemoSession {
  let demo: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let current: Page | undefined;
  let admin: MockAdmin | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([startDemo(), launchBrowser()]);
    admin = mockAdmin(demo.url);
  });

  beforeEach(async () => {
    await need(admin, 'The mock admin').reset();
    context = await need(browser, 'The browser').newContext({ viewport: { width: 1280, height: 900 } });
    current = await context.newPage();
    pageErrors = [];
    current.on('pageerror', (error) => pageErrors.push(error.message));
    await current.goto(`${need(demo, 'The demo server').url}/`);
    // The page is ready for a visitor once the inline widget shows its first screen.
    await current.locator('#inline-widget').getByRole('heading', { name: 'Log in', exact: true }).waitFor();
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors, 'uncaught errors on the demo page').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  return {
    get url() {
      return need(demo, 'The demo server').url;
    },
    get admin() {
      return need(admin, 'The mock admin');
    },
    get page() {
      return need(current, 'The page');
    },
    get widget() {
      return need(current, 'The page').locator('#inline-widget');
    },
  };
}

/** Whether the element is the page's focused element. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === el.ownerDocument.activeElement);
}

/**
 * Options for `expect.poll`: answers come from a real server and a real browser, on a CI machine that
 * may be running other test files at the same time, so allow far more than Vitest's 1 s default.
 */
export const EVENTUALLY = { timeout: 10_000, interval: 50 } as const;
