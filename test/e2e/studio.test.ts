// The designers' studio (demo/studio.html) and the demo page's snippet, in Chromium: the gallery holds every
// registered flow's screen and each cell is what the same state looks like live; a token edited once reaches every
// cell; the exported tokens file imports back to the same theme; the copied snippet, pasted into a blank page,
// builds the same widget; axe finds nothing on either page.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import '../../src/flows/all';
import { flows } from '../../src/flows/registry';
import { axe, describeViolations } from '../helpers/a11y';
import { launchBrowser } from '../helpers/browser';
import { startDemo, type RunningServer } from '../helpers/demo-server';
import { EVENTUALLY } from '../helpers/e2e';

let demo: RunningServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function open(path: string, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  if (!demo || !browser) throw new Error('The demo server and browser start in beforeAll.');
  const page = await (context ?? (await browser.newContext({ viewport: { width: 1500, height: 1000 } }))).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${demo.url}${path}`);
  return { page, errors };
}

const ready = (page: Page) => page.locator('#gallery[data-ready]').waitFor({ timeout: 30_000 });

/** What a widget shows: its screen, the card's text and the submit button's state. */
const looks = (page: Page, root: string) =>
  page.locator(root).evaluate((el) => ({
    screen: el.getAttribute('data-screen'),
    scheme: el.getAttribute('data-color-scheme'),
    dir: el.getAttribute('dir'),
    text: (el.querySelector('[data-part=card]') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim(),
    submit: el.querySelector('[data-part=submit]')?.getAttribute('data-state') ?? null,
    invalid: el.querySelectorAll('[aria-invalid=true]').length,
  }));

describe('the state gallery', () => {
  it('has a section for every registered flow and the core screens, and every cell is what its state looks like live', async () => {
    const { page, errors } = await open('/studio.html');
    await ready(page);
    const sections = await page.locator('.gallery-screen').evaluateAll((els) => els.map((el) => el.getAttribute('data-screen')));
    // Read from the registry, not a list of the test's: a flow added later must appear by itself.
    expect([...sections].sort()).toEqual([...Object.keys(flows), 'signedIn', 'unrecoverable'].sort());

    const cells = await page.locator('.cell[data-scheme=light]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-screen'), el.getAttribute('data-state')]));
    expect(cells.length).toBeGreaterThan(30);
    const states = new Set(cells.map(([, state]) => state));
    for (const state of ['ready', 'filled', 'invalid', 'pending', 'success', 'server-error', 'rate-limited', 'network', 'offline']) expect(states).toContain(state);

    for (const [screen, state] of cells) {
      const cell = page.locator(`.cell[data-screen="${screen}"][data-state="${state}"][data-scheme=light]`);
      const pinned = await looks(page, `.cell[data-screen="${screen}"][data-state="${state}"][data-scheme=light] .latch[data-part=root]`);
      await cell.getByRole('button', { name: /^Open live/ }).click();
      const live = await looks(page, '#live-widget .latch[data-part=root]');
      expect(live, `${screen} · ${state}: the live widget against the pinned cell`).toEqual(pinned);
    }
    // The pinned states are what the states say.
    const of = (screen: string, state: string) => looks(page, `.cell[data-screen="${screen}"][data-state="${state}"][data-scheme=light] .latch[data-part=root]`);
    expect((await of('login', 'pending')).submit).toBe('pending');
    expect((await of('login', 'rate-limited')).submit).toBe('waiting');
    expect((await of('login', 'invalid')).invalid).toBeGreaterThan(0);
    expect((await of('login', 'success')).screen).toBe('signedIn');
    expect((await of('forgotPassword', 'offline')).text).toMatch(/offline/i);
    expect(errors).toEqual([]);
  });

  it('renders right to left in Arabic and at phone width when asked, and the live widget answers the mock', async () => {
    const { page, errors } = await open('/studio.html');
    await ready(page);
    await page.getByRole('checkbox', { name: 'Right to left' }).check();
    await page.getByLabel('Phone (360 px)').check();
    await page.getByLabel('Screen', { exact: true }).selectOption('forgotPassword');
    await ready(page);
    const rtl = page.locator('.cell[data-dir=rtl][data-width=phone][data-state=ready][data-scheme=dark] .latch[data-part=root]');
    expect(await rtl.getAttribute('dir')).toBe('rtl');
    expect(await rtl.getAttribute('lang')).toBe('ar');
    expect(await rtl.evaluate((el) => Math.round(el.getBoundingClientRect().width / Number(getComputedStyle(el.parentElement as Element).zoom || 1)))).toBeLessThanOrEqual(360);

    await page.locator('.cell[data-dir=ltr][data-width=desktop][data-state=filled][data-scheme=light]').getByRole('button', { name: /^Open live/ }).click();
    const live = page.locator('#live-widget');
    await live.getByRole('button', { name: 'Send email' }).click();
    await live.getByText(/If an account exists|email/i).first().waitFor();
    expect(await live.locator('[data-part=alert][data-tone=success]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('the theme editor', () => {
  it('an edited token reaches every cell at once, and a pair below AA is marked', async () => {
    const { page, errors } = await open('/studio.html');
    await ready(page);
    const primary = page.locator('input[data-token="--latch-color-primary"]');
    await primary.fill('#0f766e');
    await primary.press('Enter');
    await primary.dispatchEvent('change');
    const values = await page.locator('.cell .latch[data-part=root]').evaluateAll((els) => els.map((el) => getComputedStyle(el).getPropertyValue('--latch-color-primary').trim()));
    expect(values.length).toBeGreaterThan(30);
    expect(new Set(values)).toEqual(new Set(['#0f766e']));
    // Once the buttons' colour transition has run.
    const buttons = () => page.locator('.cell[data-state=ready] [data-part=submit]').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).backgroundColor))]);
    await expect.poll(buttons, EVENTUALLY).toEqual(['rgb(15, 118, 110)']);

    // A muted text too light to read is marked, with its ratio.
    const muted = page.locator('input[data-token="--latch-color-text-muted"]');
    await muted.fill('#bbbbbb');
    await muted.dispatchEvent('change');
    await expect.poll(() => page.locator('#contrast-summary').textContent(), EVENTUALLY).toMatch(/1 pair below WCAG AA/);
    const failing = page.locator('#contrast tr[data-passes=false]');
    expect(await failing.locator('th').textContent()).toBe('Muted text on the card');
    expect(await failing.locator('td').last().textContent()).toMatch(/Below AA/);

    // The brand colour derives the palette: the button text's pair is computed and passes.
    await page.getByLabel('Brand colour (derives the palette)').fill('#ffd400');
    await page.getByLabel('Brand colour (derives the palette)').dispatchEvent('change');
    const derived = await page.locator('.cell[data-scheme=light] .latch[data-part=root]').first().evaluate((el) => getComputedStyle(el).getPropertyValue('--latch-color-on-primary').trim());
    expect(derived).toBe('#111318');
    expect(await page.locator('#contrast tr', { hasText: 'Button text' }).first().getAttribute('data-passes')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('exports the theme as a DTCG file that imports back to the same tokens; a broken file changes nothing', async () => {
    const { page, errors } = await open('/studio.html');
    await ready(page);
    await page.getByLabel('Preset').selectOption('Sand');
    await page.locator('summary', { hasText: 'radius' }).click();
    const radius = page.locator('input[data-token="--latch-radius-control"]');
    await radius.fill('3');
    await page.locator('#editing-dark').check();
    const darkSurface = page.locator('input[data-token="--latch-color-surface"]');
    await darkSurface.fill('#202020');
    await darkSurface.dispatchEvent('change');
    const tokens = () => page.locator('input[data-token], select[data-token]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-token'), (el as HTMLInputElement).value]));
    const cellsLook = () => page.locator('.cell .latch[data-part=root]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-color-scheme'), getComputedStyle(el).getPropertyValue('--latch-color-surface').trim(), getComputedStyle(el).getPropertyValue('--latch-radius-control').trim()]));
    const edited = { dark: await tokens(), cells: await cellsLook(), css: await page.inputValue('#export-css') };
    expect(edited.css).toContain('--latch-radius-control: 3px;');
    expect(edited.css).toContain('--latch-color-surface: #202020;');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download tokens (DTCG JSON)' }).click()]);
    const file = await download.path();
    const json = JSON.parse(await readFile(file, 'utf8')) as { latch: { radius: { control: { $value: string } } } };
    expect(json.latch.radius.control.$value).toBe('3px');

    await page.getByLabel('Preset').selectOption('Default');
    expect(await cellsLook()).not.toEqual(edited.cells);
    await page.getByLabel(/A DTCG tokens file/).setInputFiles(file);
    await expect.poll(() => page.locator('#editor-status').textContent(), EVENTUALLY).toMatch(/^Imported/);
    expect(await tokens()).toEqual(edited.dark);
    expect(await cellsLook()).toEqual(edited.cells);

    await page.getByLabel(/A DTCG tokens file/).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"latch": {"color": {"nope": {"$value": "#fff", "$extensions": {"dev.latch.cssVar": "--latch-color-nope"}}}}}') });
    await expect.poll(() => page.locator('#editor-status').textContent(), EVENTUALLY).toMatch(/Could not import broken\.json: Latch has no token --latch-color-nope\./);
    expect(await cellsLook()).toEqual(edited.cells);
    expect(errors).toEqual([]);
  });
});

describe('the demo page', () => {
  it('switches language and direction, and its copied snippet, pasted into a blank page, builds the same widget', async () => {
    if (!demo || !browser) throw new Error('The demo server and browser start in beforeAll.');
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
    const { page, errors } = await open('/', context);
    const widget = page.locator('#inline-widget .latch[data-part=root]');
    await widget.waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption('he');
    await page.locator('#inline-widget .latch[lang=he]').waitFor();
    expect(await widget.getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#language-hint').textContent()).toMatch(/right to left/);
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await page.locator('#inline-widget .latch[lang=de]').waitFor();
    await page.getByLabel('Corner radius').fill('4');
    await page.locator('#primary-color').fill('#0f766e');
    await expect.poll(() => widget.evaluate((el) => getComputedStyle(el).getPropertyValue('--latch-radius-control').trim()), EVENTUALLY).toBe('4px');
    await expect.poll(() => widget.evaluate((el) => getComputedStyle(el).getPropertyValue('--latch-color-primary').trim()), EVENTUALLY).toBe('#0f766e');

    await page.locator('#copy-script').click();
    await expect.poll(() => page.locator('#snippet-status').textContent(), EVENTUALLY).toBe('Script-tag snippet copied.');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await looks(page, '#inline-widget .latch[data-part=root]');
    const style = () => page.locator('.latch[data-part=root]').first().evaluate((el) => ['--latch-color-primary', '--latch-radius-control', '--latch-font-family'].map((name) => getComputedStyle(el).getPropertyValue(name).trim()));
    const shownStyle = await style();

    // A blank page of the same origin, with Latch's files served where the snippet says (/assets/, from dist/).
    const blank = await context.newPage();
    await blank.route(`${demo.url}/blank.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet}</body></html>` }));
    await blank.route(`${demo.url}/assets/**`, async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/assets\//, '');
      const body = await readFile(new URL(`../../dist/${path}`, import.meta.url));
      await route.fulfill({ body, contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript' });
    });
    const blankErrors: string[] = [];
    blank.on('pageerror', (error) => blankErrors.push(error.message));
    await blank.goto(`${demo.url}/blank.html`);
    await blank.locator('#login .latch[lang=de]').waitFor();
    expect(await looks(blank, '#login .latch[data-part=root]')).toEqual(shown);
    expect(await blank.locator('.latch[data-part=root]').first().evaluate((el) => ['--latch-color-primary', '--latch-radius-control', '--latch-font-family'].map((name) => getComputedStyle(el).getPropertyValue(name).trim()))).toEqual(shownStyle);
    expect(blankErrors).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('axe on the studio and the demo page', () => {
  it('finds no WCAG A/AA violation on the studio (editor, gallery controls, live panel) or the demo page (with its snippets)', async () => {
    const { page } = await open('/studio.html');
    await ready(page);
    await page.locator('.cell[data-screen=login][data-state=ready][data-scheme=light]').getByRole('button', { name: /^Open live/ }).click();
    const studio = await axe(page, 'body');
    const demoPage = await open('/');
    await demoPage.page.locator('#inline-widget .latch[data-part=root]').waitFor();
    const main = await axe(demoPage.page, 'body');
    expect([...describeViolations('studio', studio.violations), ...describeViolations('demo page', main.violations)]).toEqual([]);
  });
});
