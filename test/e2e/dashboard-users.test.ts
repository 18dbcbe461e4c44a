// The dashboard's Users and Hooks tabs in Chromium, as a tenant administrator uses them, against the mock server over
// real HTTP: the browser holds a real login session, and a refresh token is held beside it; the administrator finds
// the user with the search box, opens their page and sets a password there. Afterwards the browser's session cookie
// and the refresh token are both refused, nobody was emailed, and the post change password hook, pointed at a
// receiver that fails once, shows the failure and the retried delivery in the Hooks tab, signed with the secret the
// form shows. A blocked seeded user is found with blocked:true and unblocked. axe finds nothing on the users list,
// a user's page or the Hooks tab; one screenshot of each goes to .measure/ for a person to look at.
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Email } from '../../mock/app';
import { axe, describeViolations } from '../helpers/a11y';
import { launchBrowser } from '../helpers/browser';
import { EVENTUALLY } from '../helpers/e2e';
import { APP_ORIGIN, CALLBACK, REALM_CREDENTIAL } from '../mock/authorize-harness';
import { exchange, obtainCode, pkce, tokenRequest } from '../mock/code-flow';
import { ADMIN_HEADERS, CLIENT_ID, CONNECTION, loginBody, management, PASSWORD, startTestMock, type TestMock } from '../mock/mock-harness';

const MEASURE = fileURLToPath(new URL('../../.measure/', import.meta.url));
const NEW_PASSWORD = 'Purple-Otter-42';

let mock: TestMock;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];
let receivers: Server[] = [];

beforeAll(async () => {
  // The hook's retries follow at once, so a retried delivery needs no waiting.
  [mock, browser] = await Promise.all([startTestMock({ hookRetryDelays: [0, 0] }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});
beforeEach(async () => {
  await mock.reset();
  await newPage(false);
});
afterEach(async () => {
  await Promise.all(receivers.map((server) => new Promise((resolve) => server.close(resolve))));
  receivers = [];
});

/** A fresh browser context; `bypassCSP` only for axe, which is injected as a script the page's policy refuses. */
async function newPage(bypassCSP: boolean): Promise<void> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, colorScheme: 'light', bypassCSP });
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The browser's own line for a refused request (a weak password's 400) is not the page's error.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
}

/** Logs the demo user in inside the browser context (cross-origin authentication, then /authorize), as a site does. */
async function browserLogin(): Promise<void> {
  const login = await context.request.post(`${mock.url}/co/authenticate`, {
    headers: { Origin: APP_ORIGIN },
    data: { client_id: CLIENT_ID, username: 'demo@latch.dev', password: PASSWORD, realm: CONNECTION, credential_type: REALM_CREDENTIAL },
  });
  expect(login.status()).toBe(200);
  const { login_ticket } = (await login.json()) as { login_ticket: string };
  const answer = await context.request.get(`${mock.url}/authorize?${new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: CALLBACK, response_type: 'code', state: 's', login_ticket })}`, { maxRedirects: 0 });
  expect(answer.status()).toBe(302);
}

/** /authorize?prompt=none with the browser's cookies: a code while the session lives, login_required once it ended. */
async function silentAuthorize(): Promise<URLSearchParams> {
  const answer = await context.request.get(`${mock.url}/authorize?${new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: CALLBACK, response_type: 'code', state: 's', prompt: 'none' })}`, { maxRedirects: 0 });
  expect(answer.status()).toBe(302);
  return new URL(answer.headers().location ?? '').searchParams;
}

/** A refresh token from the code flow with PKCE (a second login of the same user). */
async function refreshToken(): Promise<string> {
  const { verifier, challenge } = pkce();
  const issued = await obtainCode(mock, { params: { code_challenge: challenge, code_challenge_method: 'S256' } });
  const tokens = (await (await exchange(mock, issued, { code_verifier: verifier })).json()) as { refresh_token?: string };
  if (!tokens.refresh_token) throw new Error('the code flow gave no refresh token');
  return tokens.refresh_token;
}

const refresh = (token: string) => tokenRequest(mock, { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: token });
const outbox = async () => (await (await mock.get('/__outbox')).json()) as Email[];

/** A receiver on 127.0.0.1 answering each POST with the next of `statuses` (the last one repeats). */
async function receiver(statuses: number[]): Promise<{ url: string; received: { headers: IncomingHttpHeaders; body: string }[] }> {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200).end();
    });
  });
  receivers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/password-changed`, received };
}

async function openDashboard(tab: 'Users' | 'Hooks' = 'Users'): Promise<void> {
  await page.goto(`${mock.url}/__dashboard`);
  await page.getByRole('tab', { name: tab }).click();
  if (tab === 'Users') await page.locator('#user-results table').waitFor();
}

/** Types a query into the labelled search box and waits for its answer. */
async function search(query: string): Promise<void> {
  await page.getByLabel('Search users').fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('#user-results p', { hasText: `match “${query}”` }).waitFor();
}

/** The results table as text: email, connection, last login, status. */
const rows = () => page.locator('#user-results tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));

async function openUser(email: string): Promise<void> {
  await page.locator('#user-results').getByRole('button', { name: email }).click();
  await page.locator('#user-heading', { hasText: email }).waitFor();
}

/** The user page's facts as a term → value map. */
const facts = () =>
  page.locator('dl.facts').evaluate((dl) => {
    const out: Record<string, string> = {};
    dl.querySelectorAll('dt').forEach((dt) => (out[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? ''));
    return out;
  });

async function changePassword(password: string): Promise<void> {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Confirm new password').fill(password);
  await page.getByRole('button', { name: 'Change password' }).click();
}

describe('Users', () => {
  it('a password set on the user’s page ends the browser’s session and the refresh token, and emails nobody', async () => {
    await browserLogin();
    const token = await refreshToken();
    expect((await silentAuthorize()).get('code')).toBeTruthy();

    await openDashboard();
    await search('demo@latch');
    expect(await rows()).toEqual([['demo@latch.dev', CONNECTION, expect.stringContaining('2030'), 'Active']]);
    await openUser('demo@latch.dev');
    expect(await facts()).toMatchObject({ Connection: CONNECTION, 'Email verified': 'Yes', Blocked: 'No', Logins: '2' });
    expect(await page.locator('#user-sessions li').count()).toBe(2);

    // The policy's refusal is shown in the form, what was typed stays, and nothing changed.
    await changePassword('short');
    await expect.poll(() => page.locator('#password-error').textContent(), EVENTUALLY).toMatch(/PasswordStrengthError/);
    expect(await page.getByLabel('New password', { exact: true }).inputValue()).toBe('short');
    expect(await page.getByLabel('New password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect((await silentAuthorize()).get('code')).toBeTruthy();

    await changePassword(NEW_PASSWORD);
    await expect.poll(() => page.locator('#users-status').textContent(), EVENTUALLY).toBe('Password changed for demo@latch.dev. No email was sent; every session of the user has ended.');
    expect(await page.locator('#users-status').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#user-sessions').textContent()).toBe('No active session.');

    expect((await silentAuthorize()).get('error')).toBe('login_required');
    const refused = await refresh(token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'invalid_grant' });
    expect(await outbox()).toEqual([]);
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', PASSWORD))).status).toBe(403);
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', NEW_PASSWORD))).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('finds the seeded blocked user with blocked:true and unblocks them', async () => {
    expect((await mock.post('/oauth/token', loginBody('blocked@latch.dev', PASSWORD))).status).toBe(401);
    await openDashboard();
    await search('blocked:true');
    expect((await rows()).map((row) => [row[0], row[3]])).toEqual([['blocked@latch.dev', 'Blocked']]);
    await openUser('blocked@latch.dev');
    expect((await facts()).Blocked).toBe('Yes (by an administrator)');

    await page.getByRole('button', { name: 'Unblock' }).click();
    await expect.poll(() => page.locator('#users-status').textContent(), EVENTUALLY).toBe('blocked@latch.dev is unblocked.');
    expect((await facts()).Blocked).toBe('No');
    expect(await page.getByRole('button', { name: 'Unblock' }).count()).toBe(0);
    expect((await mock.post('/oauth/token', loginBody('blocked@latch.dev', PASSWORD))).status).toBe(200);

    await page.getByRole('button', { name: '← All users' }).click();
    await page.locator('#user-results p', { hasText: 'No user matches.' }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('Hooks', () => {
  it('a receiver that fails once: the Hooks tab shows the failure and the retried delivery, signed with the secret it shows', async () => {
    const { url, received } = await receiver([503, 204]);
    await openDashboard('Hooks');
    await page.getByLabel('URL').fill(url);
    await page.getByLabel('Send the hook').check();
    await page.getByRole('button', { name: 'Save hook' }).click();
    await expect.poll(() => page.locator('#hook-status').textContent(), EVENTUALLY).toBe('Saved: every password change is sent to this URL. Copy the signing secret now: it is not shown again.');
    const secret = await page.getByLabel('Signing secret').inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(16);
    // Shown once: a fresh look at the tab keeps it and says which one, without showing it.
    await openDashboard('Hooks');
    await expect.poll(() => page.getByLabel('URL').inputValue(), EVENTUALLY).toBe(url);
    expect(await page.getByLabel('Signing secret').inputValue()).toBe('');
    expect(await page.getByLabel('Signing secret').getAttribute('placeholder')).toBe(`Set (ends ${secret.slice(-4)}); leave empty to keep it`);
    expect(await page.getByLabel('Send the hook').isChecked()).toBe(true);

    await page.getByRole('tab', { name: 'Users' }).click();
    await page.locator('#user-results table').waitFor();
    await search('email:"demo@latch.dev"');
    await openUser('demo@latch.dev');
    await changePassword(NEW_PASSWORD);
    await expect.poll(() => page.locator('#users-status').textContent(), EVENTUALLY).toMatch(/^Password changed for demo@latch.dev/);

    await page.getByRole('tab', { name: 'Hooks' }).click();
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return page.locator('#hook-log tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[2]?.textContent, tr.children[3]?.textContent, tr.children[4]?.textContent]));
      }, EVENTUALLY)
      .toEqual([
        ['2', '204', 'Delivered'],
        ['1', 'The receiver answered 503.', 'Failed, will retry'],
      ]);

    expect(received).toHaveLength(2);
    for (const { headers, body } of received) {
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['x-latch-signature'])) ?? [];
      expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
      expect(JSON.parse(body)).toMatchObject({ user: { id: 'auth0|demo', email: 'demo@latch.dev' }, context: { connection: { name: CONNECTION }, request: { method: 'PATCH' } } });
    }
    expect(errors).toEqual([]);
  });
});

describe('axe and screenshots', () => {
  it('finds no WCAG A/AA violation on the users list, a user’s page or the Hooks tab', async () => {
    await newPage(true);
    mkdirSync(MEASURE, { recursive: true });
    const found: string[] = [];
    // Something to show: a login, and a hook delivery that failed once.
    expect((await mock.post('/oauth/token', loginBody('demo@latch.dev', PASSWORD))).status).toBe(200);
    const { url } = await receiver([500, 200]);
    const put = await fetch(`${mock.url}/__hooks/post-change-password`, { method: 'PUT', headers: { ...ADMIN_HEADERS, 'Content-Type': 'application/json' }, body: JSON.stringify({ url, enabled: true }) });
    expect(put.status).toBe(200);

    await openDashboard();
    found.push(...describeViolations('users list', (await axe(page, 'body')).violations));
    await page.screenshot({ path: `${MEASURE}dashboard-users-list.png`, fullPage: true });

    await browserLogin();
    await openUser('demo@latch.dev');
    found.push(...describeViolations('user page', (await axe(page, 'body')).violations));
    await page.getByRole('button', { name: 'Delete user…' }).click();
    found.push(...describeViolations('user page, delete asked', (await axe(page, 'body')).violations));
    await page.getByRole('button', { name: 'Keep the user' }).click();
    await changePassword('short');
    await page.locator('#password-error', { hasText: 'PasswordStrengthError' }).waitFor();
    found.push(...describeViolations('user page, password refused', (await axe(page, 'body')).violations));
    await page.screenshot({ path: `${MEASURE}dashboard-user-page.png`, fullPage: true });

    expect((await management(mock, 'PATCH', '/api/v2/users/auth0%7Cdemo', { password: NEW_PASSWORD })).status).toBe(200);
    expect(await (await mock.get('/__hooks/post-change-password/deliveries?wait=true')).json()).toHaveLength(2);
    await page.getByRole('tab', { name: 'Hooks' }).click();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator('#hook-log tbody tr[data-outcome="delivered"]').waitFor();
    found.push(...describeViolations('Hooks', (await axe(page, 'body')).violations));
    await page.screenshot({ path: `${MEASURE}dashboard-hooks.png`, fullPage: true });
    expect(found).toEqual([]);
  });
});
