// The dashboard's Email templates and Reset page tabs in Chromium, against the mock over real HTTP: a template edited
// and saved there is the next change-password email (asked for over the Authentication API, as an application does),
// and the outbox page shows that email as its recipient would; a body that is not Liquid is refused with the parser's
// words and what was typed stays; turning the email off sends nothing; the reset page's preview link opens the saved
// page with the widget in it; axe finds nothing on either tab. One screenshot of each tab goes to .measure/ for a
// person to look at.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Email } from '../../mock/app';
import { axe, describeViolations } from '../helpers/a11y';
import { launchBrowser } from '../helpers/browser';
import { EVENTUALLY } from '../helpers/e2e';
import { changePasswordBody, management, startTestMock, RESET_MESSAGE, type TestMock } from '../mock/mock-harness';

const MEASURE = fileURLToPath(new URL('../../.measure/', import.meta.url));
const TEMPLATE_PATH = '/api/v2/email-templates/reset_email';

let mock: TestMock;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  [mock, browser] = await Promise.all([startTestMock(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});
beforeEach(async () => {
  await mock.reset();
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, colorScheme: 'light' });
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The browser's own line for a refused request (a 400 the page shows) is not the page's error.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
});

const outbox = async () => (await (await mock.get('/__outbox')).json()) as Email[];
const askReset = () => mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));

async function openTab(tab: 'Email templates' | 'Reset page'): Promise<void> {
  await page.goto(`${mock.url}/__dashboard`);
  await page.getByRole('tab', { name: tab }).click();
}

/** The Email templates tab once the saved template has filled the form. */
async function openTemplates(): Promise<void> {
  await openTab('Email templates');
  await expect.poll(() => page.getByLabel('Message (HTML with Liquid)').inputValue(), EVENTUALLY).toContain('{{ url }}');
}

describe('Email templates', () => {
  it('a template saved in the dashboard is the next change-password email, and the outbox page shows it as sent', async () => {
    await openTemplates();
    await page.getByLabel('From').fill('{application.name} support <help@acme.test>');
    await page.getByLabel('Subject').fill('Reset for {user.email}');
    await page.getByLabel('Message (HTML with Liquid)').fill('<h1>Acme</h1><p>Dear {{ user.name }} ({{ user.email }}), for {{ application.name }}:</p><a href="{{ url }}">Pick a new password</a>');
    await page.frameLocator('#preview').getByText('Dear Ada Lovelace').waitFor();
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => page.locator('#template-status').textContent(), EVENTUALLY).toBe('Template saved. The next change-password email is built from it.');

    const res = await askReset();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(RESET_MESSAGE);
    const [email] = await outbox();
    expect(email?.from).toBe('Latch Demo support <help@acme.test>');
    expect(email?.subject).toBe('Reset for demo@latch.dev');
    const { name } = (await (await management(mock, 'GET', '/api/v2/users/auth0%7Cdemo')).json()) as { name: string };
    expect(email?.html).toBe(`<h1>Acme</h1><p>Dear ${name} (demo@latch.dev), for Latch Demo:</p><a href="${email?.link}">Pick a new password</a>`);
    expect(email?.text).toContain(`Pick a new password (${email?.link})`);

    // The outbox page frames the email's HTML from /__outbox/{id}.html, under both pages' policies.
    const violations: string[] = [];
    page.on('console', (message) => /Content Security Policy/.test(message.text()) && violations.push(message.text()));
    await page.goto(`${mock.url}/__outbox.html`);
    const framed = page.frameLocator(`iframe[src="/__outbox/${email?.id}.html"]`);
    await framed.getByRole('heading', { name: 'Acme' }).waitFor();
    expect(await framed.getByRole('link', { name: 'Pick a new password' }).getAttribute('href')).toBe(email?.link);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a body that is not Liquid is refused with the parser’s words; what was typed stays and nothing is saved', async () => {
    await openTemplates();
    const broken = '<p>{% if user.name %}Hello</p>';
    await page.getByLabel('Subject').fill('Not to be saved');
    await page.getByLabel('Message (HTML with Liquid)').fill(broken);
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => page.locator('#template-status').textContent(), EVENTUALLY).toBe('Not saved: The body is not valid Liquid: tag {% if user.name %} not closed, line:1, col:4');
    expect(await page.getByLabel('Message (HTML with Liquid)').inputValue()).toBe(broken);
    expect(await page.getByLabel('Subject').inputValue()).toBe('Not to be saved');
    expect(await (await management(mock, 'GET', TEMPLATE_PATH)).json()).toMatchObject({ subject: 'Reset your password' });
    expect(errors).toEqual([]);
  });

  it('turned off in the dashboard, a change-password request sends nothing and is answered as before', async () => {
    await openTemplates();
    await page.getByLabel('Send this email').uncheck();
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => page.locator('#template-status').textContent(), EVENTUALLY).toBe('Template saved. The next change-password email is built from it.');
    expect(await (await management(mock, 'GET', TEMPLATE_PATH)).json()).toMatchObject({ enabled: false });
    const res = await askReset();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(RESET_MESSAGE);
    expect(await outbox()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Reset page', () => {
  it('the preview link opens the saved page, even while it is off, with the widget’s form drawn in it', async () => {
    await openTab('Reset page');
    const field = page.getByLabel('Page (HTML with Liquid)');
    await expect.poll(() => field.inputValue(), EVENTUALLY).toContain('{{ latch_reset }}');
    await field.fill((await field.inputValue()).replace('<h1>{{ friendly_name }}</h1>', '<h1>Acme help · {{ friendly_name }}</h1>'));
    await page.getByRole('button', { name: 'Save page' }).click();
    await expect.poll(() => page.locator('#page-status').textContent(), EVENTUALLY).toBe('Saved: reset links open the built-in page.');

    const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Preview the saved page' }).click()]);
    const violations: string[] = [];
    preview.on('console', (message) => /Content Security Policy/.test(message.text()) && violations.push(message.text()));
    await preview.getByRole('heading', { name: 'Acme help · Latch Demo' }).waitFor();
    await preview.locator('#latch-reset').getByLabel('New password', { exact: true }).waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('axe and screenshots', () => {
  it('finds no WCAG A/AA violation on the Email templates and Reset page tabs, and shows each in light mode', async () => {
    // axe-core is injected as a script, which the page's strict policy would refuse.
    await context.close();
    context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, colorScheme: 'light', bypassCSP: true });
    page = await context.newPage();
    mkdirSync(MEASURE, { recursive: true });
    const found: string[] = [];

    await openTemplates();
    await page.frameLocator('#preview').getByText('Reset your password').first().waitFor();
    found.push(...describeViolations('Email templates', (await axe(page, 'body')).violations));
    await page.screenshot({ path: `${MEASURE}dashboard-email-templates.png`, fullPage: true });

    await openTab('Reset page');
    await expect.poll(() => page.getByLabel('Page (HTML with Liquid)').inputValue(), EVENTUALLY).toContain('{{ latch_reset }}');
    found.push(...describeViolations('Reset page', (await axe(page, 'body')).violations));
    await page.screenshot({ path: `${MEASURE}dashboard-reset-page.png`, fullPage: true });
    expect(found).toEqual([]);
  });
});
