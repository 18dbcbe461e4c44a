// Speed in real Chromium: each widget on its own local page, fresh page loads interleaved
// (control, toy, latch, latchPrerendered, firebaseui, supabase, hanko, lock, okta, control, …) so a slow moment of the machine
// hits all alike.
// The control page is a plain HTML form: the floor of what this harness can measure on this machine.
import { join } from 'node:path';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { bench, oktaDist, outDir, peersDir, root } from './build.mjs';
import { routeOffline } from './routes.mjs';
import { startServer, STRICT_CSP } from './server.mjs';

/**
 * Per page: its path, the login screen's email (or username) field, the reset screen's, and the widget's own
 * forgot-password link (clicked by its accessible name, as a person would find it). `before`: what a person does
 * on the login screen before that link shows (FirebaseUI and Hanko ask for the email first, then show the password
 * screen with the link). A selector reaches into open shadow roots with ` >>> `. In table order (the
 * labels are bench/lib/report.mjs's); loads take turns in this order.
 */
export const WIDGETS = {
  control: {
    page: '/control.html',
    login: '#login input[name=email]',
    reset: '#reset input[name=email]',
    link: { role: 'button', name: "Don't remember your password?" },
  },
  toy: {
    page: '/toy.html',
    login: '#login input[name=email]',
    reset: '#reset input[name=email]',
    link: { role: 'button', name: "Don't remember your password?" },
  },
  latch: {
    page: '/latch.html',
    login: '.latch[data-screen=login] input[name=email]',
    reset: '.latch[data-screen=forgotPassword] input[name=email]',
    link: { role: 'button', name: "Don't remember your password?" },
  },
  latchPrerendered: {
    page: '/latch-prerendered.html',
    login: '.latch[data-screen=login] input[name=email]',
    reset: '.latch[data-screen=forgotPassword] input[name=email]',
    link: { role: 'button', name: "Don't remember your password?" },
  },
  firebaseui: {
    page: '/firebaseui.html',
    login: '.firebaseui-id-page-sign-in input[name=email]',
    before: [
      { fill: '.firebaseui-id-page-sign-in input[name=email]', value: 'bench@example.com' },
      { click: { role: 'button', name: 'Next' } },
      { waitFor: '.firebaseui-id-page-password-sign-in input[name=password]' },
    ],
    reset: '.firebaseui-id-page-password-recovery input[name=email]',
    link: { role: 'link', name: 'Trouble signing in?' },
  },
  supabase: {
    page: '/supabase.html',
    login: '#auth-sign-in input[name=email]',
    reset: '#auth-forgot-password input[name=email]',
    link: { role: 'link', name: 'Forgot your password?' },
  },
  hanko: {
    page: '/hanko.html',
    // <hanko-auth> draws its login screen at once, then draws it again 500 ms after the flow starts (a timer in
    // its flow start): a submit before that is undone (the password screen shows, then the login screen again).
    // A person who types and goes on at once loses that step; the harness waits for the second draw first.
    settle: { event: 'hanko-after-state-change', count: 2 },
    login: 'hanko-auth >>> form:has(button[type="submit"]) input[type="email"]',
    before: [
      { settled: true },
      { fill: 'hanko-auth >>> form:has(button[type="submit"]) input[type="email"]', value: 'bench@example.com' },
      { click: 'hanko-auth >>> form:has(input[type="email"]) button[type="submit"]' },
      { waitFor: 'hanko-auth >>> input[type="password"][autocomplete="current-password"]' },
    ],
    reset: 'hanko-auth >>> input[name="passcode0"]',
    link: { role: 'button', name: 'Forgot your password?' },
  },
  lock: {
    page: '/lock.html',
    // Lock animates from one view to the next with both in the DOM: the login view is the one with a password.
    login: '.auth0-lock-form:has(input[name=password]) input[name=email]',
    reset: '.auth0-lock-form:not(:has(input[name=password])) input[name=email]',
    link: { role: 'link', name: "Don't remember your password?" },
  },
  okta: {
    page: '/okta.html',
    login: '.siw-main-view.primary-auth input[name=identifier]',
    reset: '.siw-main-view.forgot-password input[name=identifier]',
    link: { role: 'link', name: 'Forgot password?' },
  },
};

/**
 * Runs in the page before any of its scripts (an init script, so the strict CSP of Latch's page does not
 * apply to it). It timestamps, on performance.now()'s clock (0 = navigation start):
 * - login: the first moment the login field is visible and focusable;
 * - click: the click on the forgot link (the event's own timestamp), once the harness has armed it;
 * - reset: the first moment the reset screen's field is visible and focusable.
 * It checks after every DOM change (a MutationObserver on the document and on every open shadow root as it is
 * attached, which runs right after the change's task) and before every frame (for changes made by stylesheets
 * and transitions). Every mark is taken the same way for every page: after the field is in the DOM, styled and
 * laid out (its box is read, which makes the browser lay it out if it has not yet). Layout is read only once the
 * field exists, so the probe does not force layouts while a widget builds its DOM.
 */
function probe(spec) {
  const state = { login: null, armed: false, click: null, reset: null, settled: 0, violations: [] };
  window.__bench = state;
  if (spec.settle) document.addEventListener(spec.settle.event, () => state.settled++, true);
  document.addEventListener('securitypolicyviolation', (event) => state.violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  const queryAll = (selector) => {
    const parts = selector.split(' >>> ');
    let roots = [document];
    for (const part of parts.slice(0, -1)) {
      roots = roots.flatMap((root) => [...root.querySelectorAll(part)].map((host) => host.shadowRoot).filter(Boolean));
    }
    return roots.flatMap((root) => [...root.querySelectorAll(parts.at(-1))]);
  };
  const ready = (selector) => {
    for (const field of queryAll(selector)) {
      if (field.disabled || field.tabIndex < 0 || field.closest('[inert]')) continue;
      if (!field.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = field.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return true;
    }
    return false;
  };
  const check = () => {
    if (state.login === null) {
      if (ready(spec.login)) state.login = performance.now();
    } else if (state.click !== null && state.reset === null && ready(spec.reset)) {
      state.reset = performance.now();
    }
  };
  const watch = { subtree: true, childList: true, attributes: true, characterData: true };
  const observer = new MutationObserver(check);
  observer.observe(document, watch);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (init.mode === 'open') observer.observe(root, watch);
    return root;
  };
  const frame = () => {
    check();
    if (state.reset === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener('click', (event) => {
    if (state.armed && state.click === null) state.click = event.timeStamp;
  }, true);
}

/** Runs probe() for `spec`'s page in every page of `context`, before the page's own scripts. */
export function installProbe(context, spec) {
  return context.addInitScript({ content: `(${probe})(${JSON.stringify({ login: spec.login, reset: spec.reset, settle: spec.settle ?? null })});` });
}

/** A WIDGETS selector as a Playwright locator (whose CSS pierces open shadow roots by itself). */
export const locate = (page, selector) => page.locator(selector.replaceAll(' >>> ', ' '));

/** What a person does before the forgot link shows (see `before`), with Playwright, as a person would. */
export async function act(page, steps = [], settle = null) {
  for (const step of steps) {
    if (step.fill) await locate(page, step.fill).fill(step.value, { timeout: TIMEOUT });
    else if (typeof step.click === 'string') await locate(page, step.click).click({ timeout: TIMEOUT });
    else if (step.click) await page.getByRole(step.click.role, { name: step.click.name, exact: true }).click({ timeout: TIMEOUT });
    else if (step.settled) await page.waitForFunction((count) => window.__bench.settled >= count, settle.count, { polling: 50, timeout: TIMEOUT });
    else if (step.waitFor) await locate(page, step.waitFor).waitFor({ state: 'visible', timeout: TIMEOUT });
  }
}

export const TIMEOUT = 60_000;

/** One fresh page load of one widget: a new browser context (empty cache, no state), CPU throttled or not. */
async function measureOnce(browser, origin, id, rate) {
  const spec = WIDGETS[id];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const refused = await routeOffline(context, origin);
    await installProbe(context, spec);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error ${error.message}`));
    // Latch warns when pre-rendered markup does not match its options (and builds the screen again): a problem here.
    page.on('console', (message) => {
      if (['warning', 'error'].includes(message.type())) errors.push(`console ${message.type()} ${message.text().slice(0, 200)}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(origin + spec.page, { waitUntil: 'commit', timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.login !== null, null, { polling: 50, timeout: TIMEOUT });
    // Let the widget finish what it started with the first screen (requests, transitions) before the heap is
    // read and the link clicked; the same pause for every widget.
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null;
    await act(page, spec.before, spec.settle);
    await page.evaluate(() => {
      window.__bench.armed = true;
    });
    await page.getByRole(spec.link.role, { name: spec.link.name, exact: true }).click({ timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.reset !== null, null, { polling: 50, timeout: TIMEOUT });
    const state = await page.evaluate(() => window.__bench);
    return {
      firstScreen: state.login,
      forgot: state.reset - state.click,
      heap,
      violations: state.violations,
      refused,
      errors,
    };
  } finally {
    await context.close();
  }
}

const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** The local site: one page per widget, Latch's under the strict CSP. */
export async function startBenchSite() {
  const pages = join(bench, 'pages');
  return startServer({
    mounts: { '/pages/': pages, '/dist/': join(root, 'dist'), '/build/': outDir, '/okta/': oktaDist, '/peers/': join(peersDir, 'node_modules') },
    pages: {
      '/control.html': { file: join(pages, 'control.html'), csp: STRICT_CSP },
      '/toy.html': { file: join(pages, 'toy.html'), csp: STRICT_CSP },
      '/latch.html': { file: join(pages, 'latch.html'), csp: STRICT_CSP },
      '/latch-prerendered.html': { file: join(outDir, 'latch-prerendered.html'), csp: STRICT_CSP },
      '/firebaseui.html': { file: join(pages, 'firebaseui.html') },
      '/supabase.html': { file: join(pages, 'supabase.html') },
      '/hanko.html': { file: join(pages, 'hanko.html') },
      '/lock.html': { file: join(pages, 'lock.html') },
      '/okta.html': { file: join(pages, 'okta.html') },
    },
  });
}

/**
 * The whole speed run: for each CPU setting (1 = unthrottled, 4 = Emulation.setCPUThrottlingRate 4),
 * `loads` rounds of control, latch, lock, okta, after one unrecorded warm-up round.
 */
export async function runSpeed({ loads, rates = [1, 4], only = null, log = console.log }) {
  const site = await startBenchSite();
  const browser = await launchBrowser();
  const started = performance.now();
  const ids = Object.keys(WIDGETS).filter((id) => !only || only.includes(id));
  const runs = {};
  const problems = [];
  try {
    for (const id of ids) await measureOnce(browser, site.origin, id, 1);
    for (const rate of rates) {
      const samples = Object.fromEntries(ids.map((id) => [id, []]));
      const failures = Object.fromEntries(ids.map((id) => [id, 0]));
      const rateStarted = performance.now();
      for (let i = 0; i < loads; i++) {
        for (const id of ids) {
          try {
            const sample = await measureOnce(browser, site.origin, id, rate);
            samples[id].push(sample);
            for (const url of sample.refused) problems.push(`${id}: refused ${url}`);
            for (const v of sample.violations) problems.push(`${id}: CSP violation ${v}`);
            for (const e of sample.errors) problems.push(`${id}: ${e}`);
          } catch (error) {
            failures[id]++;
            problems.push(`${id} (CPU ${rate}x, load ${i + 1}): ${error.message.split('\n')[0]}`);
          }
        }
        log(`  CPU ${rate}x: round ${i + 1}/${loads}`);
      }
      runs[`cpu${rate}x`] = {
        cpuThrottling: rate,
        seconds: round((performance.now() - rateStarted) / 1000),
        widgets: Object.fromEntries(
          ids.map((id) => {
            const list = samples[id];
            const metric = (key, digits) => {
              const s = stats(list.map((sample) => sample[key]));
              return { median: round(s.median, digits), min: round(s.min, digits), max: round(s.max, digits), n: s.n };
            };
            return [id, list.length === 0
              ? { failures: failures[id] }
              : { firstScreenMs: metric('firstScreen', 1), forgotMs: metric('forgot', 1), heapBytes: metric('heap', 0), failures: failures[id] }];
          }),
        ),
      };
    }
    return {
      chromium: browser.version(),
      seconds: round((performance.now() - started) / 1000),
      runs,
      problems: [...new Set(problems)],
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
