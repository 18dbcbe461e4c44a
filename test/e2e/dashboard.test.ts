// The mock tenant's dashboard (/__dashboard) in Chromium, used as a tenant administrator would: a password changed
// there ends the user's sessions and emails nobody; an edited template is the next reset email; an expired link goes
// back to Redirect To with success=false; a customised reset page is served; the post change password hook is
// delivered, then retried after a failure; unblock and delete; axe finds nothing on any tab.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Email } from '../../mock/app';
import { axe, describeViolations } from '../helpers/a11y';
import { launchBrowser } from '../helpers/browser';
import { EVENTUALLY } from '../helpers/e2e';
import { answerParams, authorize, loginSession, type CookieJar } from '../mock/authorize-harness';
import { loginBody, management, startTestMock, type TestMock } from '../mock/mock-harness';

let mock: TestMock;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  // Retries at once, so the retried delivery needs no waiting.
  [mock, browser] = await Promise.all([startTestMock({ hookRetryDelays: [0, 0] }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});
beforeEach(async () => {
  await mock.reset();
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The browser's own line for a refused request (a weak password's 400) is not the page's error.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
});

const outbox = async () => (await (await mock.get('/__outbox')).json()) as Email[];
const silent = async (jar: CookieJar) => answerParams(await authorize(mock, jar, { response_type: 'code', prompt: 'none', state: 's' }), 'query');

async function openDashboard(tab = 'Users'): Promise<void> {
  await page.goto(`${mock.url}/__dashboard`);
  await page.getByRole('tab', { name: tab }).click();
}

async function openUser(email: string): Promise<void> {
  await openDashboard();
  await page.getByLabel('Search users').fill(email);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('#user-results').getByRole('button', { name: email }).click();
  await page.locator('#user-heading', { hasText: email }).waitFor();
}

describe('Users', () => {
  it('changing a password: a weak one is refused with the policy’s words and what was typed stays; a good one ends every session and emails nobody', async () => {
    const jar = await loginSession(mock);
    expect((await silent(jar)).code).toBeDefined();
    await openUser('demo@latch.dev');
    expect(await page.locator('#user-sessions li').count()).toBe(1);

    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('Confirm new password').fill('short');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('#password-error').textContent(), EVENTUALLY).toMatch(/PasswordStrengthError/);
    expect(await page.getByLabel('New password', { exact: true }).inputValue()).toBe('short');
    expect((await silent(jar)).code).toBeDefined();

    await page.getByLabel('New password', { exact: true }).fill('Purple-Otter-42');
    await page.getByLabel('Confirm new password').fill('Purple-Otter-42');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('#users-status').textContent(), EVENTUALLY).toBe('Password changed for demo@latch.dev. No email was sent; every session of the user has ended.');
    expect(await silent(jar)).toMatchObject({ error: 'login_required' });
    expect(await outbox()).toEqual([]);
    expect(await page.locator('#user-sessions').textContent()).toBe('No active session.');
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', 'Purple-Otter-42'))).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('unblocks a blocked user, and deletes one after an in-page confirmation', async () => {
    await openUser('blocked@latch.dev');
    await page.getByRole('button', { name: 'Unblock' }).click();
    await expect.poll(() => page.locator('#users-status').textContent(), EVENTUALLY).toBe('blocked@latch.dev is unblocked.');
    expect((await mock.post('/oauth/token', loginBody('blocked@latch.dev', 'correct-horse-battery-staple'))).status).toBe(200);

    await openUser('leaked@latch.dev');
    await page.getByRole('button', { name: 'Delete user…' }).click();
    expect(await page.getByRole('button', { name: 'Keep the user' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Keep the user' }).click();
    expect((await management(mock, 'GET', '/api/v2/users/auth0%7Cleaked')).status).toBe(200);
    await page.getByRole('button', { name: 'Delete user…' }).click();
    await page.getByRole('button', { name: 'Yes, delete this user' }).click();
    await expect.poll(() => page.locator('#users-status').textContent(), EVENTUALLY).toBe('leaked@latch.dev was deleted.');
    expect((await management(mock, 'GET', '/api/v2/users/auth0%7Cleaked')).status).toBe(404);
    await page.locator('#user-results p', { hasText: 'users match' }).waitFor();
    expect(await page.locator('#user-results tr[data-user="auth0|leaked"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('Email templates and the hosted reset page', () => {
  it('an edited template is previewed, saved, and is the next reset email; an expired link goes to Redirect To with success=false', async () => {
    await openDashboard('Email templates');
    await page.getByLabel('Subject').fill('Your {application.name} reset');
    await page.getByLabel('Message (HTML with Liquid)').fill('<p style="color:#0f766e">Hello {{ user.name }}</p><a href="{{ url }}">Reset now</a>');
    const preview = page.frameLocator('#preview');
    await preview.getByText('Hello Ada Lovelace').waitFor();
    await expect.poll(() => page.locator('#preview-subject').textContent(), EVENTUALLY).toBe('From: Latch Demo <no-reply@latch.dev> · Subject: Your Latch Demo reset');
    await page.getByLabel('Redirect To').fill(`${mock.url}/__outbox.html`);
    await page.getByLabel('URL Lifetime (seconds)').fill('60');
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => page.locator('#template-status').textContent(), EVENTUALLY).toBe('Template saved. The next change-password email is built from it.');

    await page.getByRole('tab', { name: 'Users' }).click();
    await page.locator('#user-results').getByRole('button', { name: 'demo@latch.dev' }).click();
    await page.getByRole('button', { name: 'Send reset email' }).click();
    await expect.poll(() => page.locator('#users-status').textContent(), EVENTUALLY).toMatch(/^Reset email sent to demo@latch.dev/);
    const [email] = await outbox();
    expect(email?.subject).toBe('Your Latch Demo reset');
    const { name } = (await (await management(mock, 'GET', '/api/v2/users/auth0%7Cdemo')).json()) as { name: string };
    expect(email?.html).toBe(`<p style="color:#0f766e">Hello ${name}</p><a href="${email?.link}">Reset now</a>`);

    mock.clock.advance(61_000);
    await page.goto(email?.link ?? '');
    await page.waitForURL(/__outbox\.html/);
    const landed = new URL(page.url());
    expect(landed.searchParams.get('success')).toBe('false');
    expect(landed.searchParams.get('message')).toBe('Access expired');
    expect(landed.searchParams.get('email')).toBe('demo@latch.dev');
    expect(landed.search).toContain('message=Access%20expired');
    expect(errors).toEqual([]);
  });

  it('a customised reset page saved in the dashboard is what the reset link opens, with the widget working in it', async () => {
    await openDashboard('Reset page');
    await page.getByRole('button', { name: 'Start from the sample' }).click();
    const html = await page.getByLabel('Page (HTML with Liquid)').inputValue();
    await page.getByLabel('Page (HTML with Liquid)').fill(html.replace('<h1>{{ friendly_name }}</h1>', '<h1>Acme support · {{ friendly_name }}</h1>'));
    await page.getByLabel('Use this page instead of the built-in one').check();
    await page.getByRole('button', { name: 'Save page' }).click();
    await expect.poll(() => page.locator('#page-status').textContent(), EVENTUALLY).toBe('Saved: reset links now open this page.');

    await mock.post('/dbconnections/change_password', { client_id: 'latch-demo', email: 'demo@latch.dev', connection: 'Username-Password-Authentication' });
    const [email] = await outbox();
    const violations: string[] = [];
    page.on('console', (message) => /Content Security Policy/.test(message.text()) && violations.push(message.text()));
    await page.goto(email?.link ?? '');
    await page.getByRole('heading', { name: 'Acme support · Latch Demo' }).waitFor();
    const widget = page.locator('#latch-reset');
    await widget.getByLabel('New password', { exact: true }).fill('Purple-Otter-42');
    await widget.getByLabel('Confirm new password').fill('Purple-Otter-42');
    await widget.locator('[data-part=submit]').click();
    await widget.locator('[data-part=alert][data-tone=success]').waitFor();
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', 'Purple-Otter-42'))).status).toBe(200);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Hooks', () => {
  let receiver: Server | undefined;
  afterAll(() => new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined))));

  it('the post change password hook is delivered after a change made in the dashboard, and retried after a failure', async () => {
    let calls = 0;
    receiver = createServer((req, res) => {
      req.resume();
      calls += 1;
      res.writeHead(calls === 1 ? 500 : 204).end();
    });
    await new Promise<void>((resolve) => receiver?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    await openDashboard('Hooks');
    await page.getByLabel('URL').fill(url);
    await page.getByLabel('Send the hook').check();
    await page.getByRole('button', { name: 'Save hook' }).click();
    await expect.poll(() => page.locator('#hook-status').textContent(), EVENTUALLY).toBe('Saved: every password change is sent to this URL. Copy the signing secret now: it is not shown again.');
    expect(await page.getByLabel('Signing secret').inputValue()).toMatch(/^[\w-]{32}$/);

    await openUser('demo@latch.dev');
    await page.getByLabel('New password', { exact: true }).fill('Purple-Otter-42');
    await page.getByLabel('Confirm new password').fill('Purple-Otter-42');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('#users-status').textContent(), EVENTUALLY).toMatch(/^Password changed/);

    await page.getByRole('tab', { name: 'Hooks' }).click();
    await expect.poll(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      return page.locator('#hook-log tbody tr').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-outcome'), row.children[3]?.textContent]));
    }, EVENTUALLY).toEqual([
      ['delivered', '204'],
      ['retrying', 'The receiver answered 500.'],
    ]);
    expect(calls).toBe(2);
    expect(errors).toEqual([]);
  });
});

describe('axe', () => {
  it('finds no WCAG A/AA violation on any tab of the dashboard', async () => {
    // axe-core is injected as a script, which the page's strict policy would refuse.
    await context.close();
    context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, bypassCSP: true });
    page = await context.newPage();
    const found: string[] = [];
    await openUser('blocked@latch.dev');
    found.push(...describeViolations('user page', (await axe(page, 'body')).violations));
    await page.getByRole('button', { name: 'Delete user…' }).click();
    found.push(...describeViolations('user page, delete asked', (await axe(page, 'body')).violations));
    await openDashboard('Users');
    await page.locator('#user-results table').waitFor();
    found.push(...describeViolations('users list', (await axe(page, 'body')).violations));
    for (const tab of ['Email templates', 'Reset page', 'Hooks']) {
      await page.getByRole('tab', { name: tab }).click();
      found.push(...describeViolations(tab, (await axe(page, 'body')).violations));
    }
    expect(found).toEqual([]);
  });
});
