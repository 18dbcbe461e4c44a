// Speed in real Chromium: each widget on its own local page, fresh page loads interleaved
// (control, latch, lock, okta, control, latch, lock, okta, …) so a slow moment of the machine hits all alike.
// The control page is a plain HTML form: the floor of what this harness can measure on this machine.
import { join } from 'node:path';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { bench, oktaDist, outDir, root } from './build.mjs';
import { routeOffline } from './routes.mjs';
import { startServer, STRICT_CSP } from './server.mjs';

/**
 * Per widget: its page, the login screen's email (or username) field, the reset screen's, and the
 * widget's own forgot-password link (clicked by its accessible name, as a person would find it).
 */
export const WIDGETS = {
  control: {
    label: 'Plain HTML form (floor)',
    page: '/control.html',
    login: '#login input[name=email]',
    reset: '#reset input[name=email]',
    link: { role: 'button', name: "Don't remember your password?" },
  },
  latch: {
    label: 'Latch',
    page: '/latch.html',
    login: '.latch[data-screen=login] input[name=email]',
    reset: '.latch[data-screen=forgotPassword] input[name=email]',
    link: { role: 'button', name: "Don't remember your password?" },
  },
  lock: {
    label: 'Auth0 Lock',
    page: '/lock.html',
    // Lock animates from one view to the next with both in the DOM: the login view is the one with a password.
    login: '.auth0-lock-form:has(input[name=password]) input[name=email]',
    reset: '.auth0-lock-form:not(:has(input[name=password])) input[name=email]',
    link: { role: 'link', name: "Don't remember your password?" },
  },
  okta: {
    label: 'Okta Sign-In Widget',
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
 * - click: the click on the forgot link (the event's own timestamp);
 * - reset: the first moment the reset screen's field is visible and focusable.
 * It checks after every DOM change (a MutationObserver, which runs right after the change's task) and
 * before every frame (for changes made by stylesheets and transitions). Layout is read only once the field
 * exists, so the probe does not force layouts while a widget builds its DOM.
 */
function probe(spec) {
  const state = { login: null, click: null, reset: null, violations: [] };
  window.__bench = state;
  document.addEventListener('securitypolicyviolation', (event) => state.violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  const ready = (selector) => {
    for (const field of document.querySelectorAll(selector)) {
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
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => {
    check();
    if (state.reset === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener('click', (event) => {
    if (state.login !== null && state.click === null) state.click = event.timeStamp;
  }, true);
}

const TIMEOUT = 60_000;

/** One fresh page load of one widget: a new browser context (empty cache, no state), CPU throttled or not. */
async function measureOnce(browser, origin, id, rate) {
  const spec = WIDGETS[id];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const refused = await routeOffline(context, origin);
    await context.addInitScript({ content: `(${probe})(${JSON.stringify({ login: spec.login, reset: spec.reset })});` });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
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
    mounts: { '/pages/': pages, '/dist/': join(root, 'dist'), '/build/': outDir, '/okta/': oktaDist },
    pages: {
      '/control.html': { file: join(pages, 'control.html'), csp: STRICT_CSP },
      '/latch.html': { file: join(pages, 'latch.html'), csp: STRICT_CSP },
      '/lock.html': { file: join(pages, 'lock.html') },
      '/okta.html': { file: join(pages, 'okta.html') },
    },
  });
}

/**
 * The whole speed run: for each CPU setting (1 = unthrottled, 4 = Emulation.setCPUThrottlingRate 4),
 * `loads` rounds of control, latch, lock, okta, after one unrecorded warm-up round.
 */
export async function runSpeed({ loads, rates = [1, 4], log = console.log }) {
  const site = await startBenchSite();
  const browser = await launchBrowser();
  const started = performance.now();
  const ids = Object.keys(WIDGETS);
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
            for (const e of sample.errors) problems.push(`${id}: page error ${e}`);
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
