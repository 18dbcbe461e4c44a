import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTenant, type Email } from '../../mock/app';
import {
  loginBody,
  openResetPage,
  PASSWORD,
  requestTicket,
  startTestMock,
  submitReset,
  type TestMock,
} from './mock-harness';

const NEW_PASSWORD = 'Purple-Otter-42';
const SUCCESS = 'You can now login to the application with the new password.';
let mock: TestMock;

beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const outbox = async () => (await (await mock.get('/__outbox')).json()) as Email[];
const login = (password: string, email = 'demo@latch.dev') => mock.post('/oauth/token', loginBody(email, password));

/** A fresh ticket and the CSRF token of its page, as a user who opened the email link has them. */
async function openLink(email = 'demo@latch.dev'): Promise<{ ticket: string; csrf: string }> {
  const ticket = await requestTicket(mock, email);
  const page = await openResetPage(mock, ticket);
  return { ticket, csrf: page.csrf };
}

async function reset(newPassword: string, email = 'demo@latch.dev'): Promise<Response> {
  return submitReset(mock, { ...(await openLink(email)), newPassword });
}

describe('POST /lo/reset: success', () => {
  it('changes the password: the new one logs in, the old one no longer does', async () => {
    const res = await reset(NEW_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toEqual({ message: SUCCESS, email: 'demo@latch.dev' });
    expect((await login(PASSWORD)).status).toBe(403);
    expect((await login(NEW_PASSWORD)).status).toBe(200);
  });

  it('accepts JSON with the CSRF token in the body', async () => {
    const { ticket, csrf } = await openLink();
    const res = await mock.post('/lo/reset', { _csrf: csrf, ticket, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD });
    expect(res.status).toBe(200);
  });

  it('ends every session of the user: earlier access tokens stop working at /userinfo', async () => {
    const { access_token } = (await (await login(PASSWORD)).json()) as { access_token: string };
    const bearer = { Authorization: `Bearer ${access_token}` };
    expect((await mock.get('/userinfo', bearer)).status).toBe(200);
    const other = (await (await login(PASSWORD, 'mfa@latch.dev')).json()) as Record<string, unknown>;
    expect(other.error).toBe('mfa_required');

    expect((await reset(NEW_PASSWORD)).status).toBe(200);
    const refused = await mock.get('/userinfo', bearer);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe('invalid_token');

    const fresh = (await (await login(NEW_PASSWORD)).json()) as { access_token: string };
    expect((await mock.get('/userinfo', { Authorization: `Bearer ${fresh.access_token}` })).status).toBe(200);
  });

  it('sends a "Your password was changed" notice that holds neither password nor ticket', async () => {
    const { ticket, csrf } = await openLink();
    await submitReset(mock, { ticket, csrf, newPassword: NEW_PASSWORD });
    const notice = (await outbox()).at(-1);
    expect(notice).toMatchObject({ to: 'demo@latch.dev', subject: 'Your password was changed', link: '' });
    expect(notice?.text).not.toContain(NEW_PASSWORD);
    expect(notice?.text).not.toContain(ticket);
  });

  it('lifts the brute-force block of the user', async () => {
    for (let i = 0; i < 10; i += 1) await login(`wrong-${i}`);
    expect((await login(PASSWORD)).status).toBe(429);
    expect((await reset(NEW_PASSWORD)).status).toBe(200);
    expect((await login(NEW_PASSWORD)).status).toBe(200);
  });
});

describe('POST /lo/reset: tickets', () => {
  const USED = { error: 'used_ticket', error_description: 'This URL can be used only once.' };
  const INVALID = { error: 'invalid_ticket', error_description: 'This link is no longer valid. Please ask for a new one.' };

  it('works once: the second use answers used_ticket', async () => {
    const link = await openLink();
    expect((await submitReset(mock, { ...link, newPassword: NEW_PASSWORD })).status).toBe(200);
    const again = await submitReset(mock, { ...link, newPassword: 'Amber-Falcon-19' });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual(USED);
    expect((await login(NEW_PASSWORD)).status).toBe(200);
  });

  it('only the latest link works', async () => {
    const older = await openLink();
    const newer = await openLink();
    const res = await submitReset(mock, { ...older, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(INVALID);
    expect((await submitReset(mock, { ...newer, newPassword: NEW_PASSWORD })).status).toBe(200);
  });

  it('refuses an unknown ticket and a missing one', async () => {
    const unknown = await submitReset(mock, { ticket: 'A'.repeat(43), csrf: 'x', newPassword: NEW_PASSWORD });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual(INVALID);
    const missing = await mock.post('/lo/reset', { newPassword: NEW_PASSWORD });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'invalid_request', error_description: 'Missing required property: ticket' });
  });

  it('expires after the URL lifetime (5 days), moved on with POST /__clock', async () => {
    const link = await openLink();
    await mock.post('/__clock', { advanceSeconds: 431_999 });
    const stillValid = await openResetPage(mock, link.ticket);
    expect(stillValid.data['data-state']).toBe('valid');
    await mock.post('/__clock', { advanceSeconds: 1 });
    const res = await submitReset(mock, { ...link, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'expired_ticket', error_description: 'Access expired.' });
    expect((await login(PASSWORD)).status).toBe(200);
  });

  it('follows the tenant URL lifetime', async () => {
    const short = await startTestMock({ tenant: { ...loadTenant(), email: { ...loadTenant().email, urlLifetimeInSeconds: 60 } } });
    try {
      const ticket = await requestTicket(short, 'demo@latch.dev');
      const { csrf } = await openResetPage(short, ticket);
      short.clock.advance(60_000);
      const res = await submitReset(short, { ticket, csrf, newPassword: NEW_PASSWORD });
      expect(((await res.json()) as { error: string }).error).toBe('expired_ticket');
    } finally {
      await short.close();
    }
  });

  it('lets exactly one of two simultaneous submissions through', async () => {
    const link = await openLink();
    const answers = await Promise.all([
      submitReset(mock, { ...link, newPassword: NEW_PASSWORD }),
      submitReset(mock, { ...link, newPassword: 'Amber-Falcon-19' }),
    ]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 400]);
    const loser = answers.find((r) => r.status === 400);
    expect(await loser?.json()).toEqual(USED);
  });
});

describe('POST /lo/reset: CSRF and input', () => {
  const CSRF = { name: 'CsrfInvalidTokenError', message: 'Invalid CSRF token', code: 'invalid_csrf_token', statusCode: 403 };

  it.each([
    ['a made-up token', 'made-up'],
    ['an empty token', ''],
  ])('refuses %s with 403 and keeps the password', async (_, csrf) => {
    const { ticket } = await openLink();
    const res = await submitReset(mock, { ticket, csrf, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(CSRF);
    expect((await login(PASSWORD)).status).toBe(200);
  });

  it("refuses another ticket's CSRF token", async () => {
    const mine = await openLink('demo@latch.dev');
    const theirs = await openLink('mfa@latch.dev');
    const res = await submitReset(mock, { ticket: mine.ticket, csrf: theirs.csrf, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(403);
  });

  it('accepts the token of an earlier load of the same page', async () => {
    const { ticket, csrf } = await openLink();
    await openResetPage(mock, ticket);
    expect((await submitReset(mock, { ticket, csrf, newPassword: NEW_PASSWORD })).status).toBe(200);
  });

  it('refuses passwords that do not match', async () => {
    const res = await submitReset(mock, { ...(await openLink()), newPassword: NEW_PASSWORD, confirmNewPassword: `${NEW_PASSWORD}x` });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: 'Passwords do not match.' });
  });

  it('keeps the ticket usable after a refused password', async () => {
    const link = await openLink();
    expect((await submitReset(mock, { ...link, newPassword: 'short' })).status).toBe(400);
    expect((await submitReset(mock, { ...link, newPassword: NEW_PASSWORD })).status).toBe(200);
  });
});

describe('POST /lo/reset: password rules of the connection (good, history 5, dictionary, personal data)', () => {
  it('answers a weak password with the exact PasswordStrengthError body', async () => {
    const res = await reset('password1');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      name: 'PasswordStrengthError',
      message: 'Password is too weak',
      code: 'invalid_password',
      description: {
        verified: false,
        rules: [
          { code: 'lengthAtLeast', message: 'At least %d characters in length', format: [8], verified: true },
          {
            code: 'containsAtLeast',
            message: 'Contain at least %d of the following %d types of characters:',
            format: [3, 4],
            items: [
              { code: 'lowerCase', message: 'lower case letters (a-z)', verified: true },
              { code: 'upperCase', message: 'upper case letters (A-Z)', verified: false },
              { code: 'numbers', message: 'numbers (i.e. 0-9)', verified: true },
              { code: 'specialCharacters', message: 'special characters (e.g. !@#$%^&*)', verified: false },
            ],
            verified: false,
          },
        ],
      },
      policy:
        '* At least 8 characters in length\n* Contain at least 3 of the following 4 types of characters:\n * lower case letters (a-z)\n * upper case letters (A-Z)\n * numbers (i.e. 0-9)\n * special characters (e.g. !@#$%^&*)',
      statusCode: 400,
    });
  });

  it.each(['P@ssw0rd', 'PASSWORD1!', 'Latch-Demo'])('refuses the common password %s', async (password) => {
    const res = await reset(password);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      name: 'PasswordDictionaryError',
      message: 'Password is too common',
      code: 'invalid_password',
      description: 'Password is not allowed, it might be too common.',
      statusCode: 400,
    });
  });

  it.each(['Demo-User-2024', 'My-Demo-42!', 'Lovely-DEMO-9'])('refuses %s, built on the name or email', async (password) => {
    const res = await reset(password);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      name: 'PasswordNoUserInfoError',
      message: 'Password contains user information',
      code: 'invalid_password',
      description: 'Password is based on user information',
      statusCode: 400,
    });
  });

  it('refuses any of the last 5 passwords, and allows an older one again', async () => {
    const passwords = ['Amber-Falcon-11', 'Amber-Falcon-12', 'Amber-Falcon-13', 'Amber-Falcon-14', 'Amber-Falcon-15', 'Amber-Falcon-16'];
    for (const password of passwords) {
      expect((await reset(password)).status).toBe(200);
      mock.clock.advance(60_000);
    }
    const reused = await reset('Amber-Falcon-12');
    expect(reused.status).toBe(400);
    expect(await reused.json()).toEqual({
      name: 'PasswordHistoryError',
      message: 'Password has previously been used',
      code: 'invalid_password',
      description: 'You may not reuse any of the last 5 passwords. This password was used 5 minutes ago.',
      statusCode: 400,
    });
    // Five newer passwords later, the first one is out of the history.
    expect((await reset('Amber-Falcon-11')).status).toBe(200);
  });

  it('names the current password "a few seconds ago"', async () => {
    expect((await reset(NEW_PASSWORD)).status).toBe(200);
    const res = await reset(NEW_PASSWORD);
    expect(((await res.json()) as { description: string }).description).toBe(
      'You may not reuse any of the last 5 passwords. This password was used a few seconds ago.',
    );
  });
});

describe('POST /lo/reset: Redirect To', () => {
  let redirecting: TestMock;
  beforeAll(async () => {
    const tenant = loadTenant();
    redirecting = await startTestMock({ tenant: { ...tenant, email: { ...tenant.email, resultUrl: 'https://app.example/after-reset' } } });
  });
  afterAll(() => redirecting.close());

  it('adds redirectTo with success, message and email', async () => {
    const ticket = await requestTicket(redirecting, 'demo@latch.dev');
    const { csrf } = await openResetPage(redirecting, ticket);
    const res = await submitReset(redirecting, { ticket, csrf, newPassword: NEW_PASSWORD });
    expect(await res.json()).toEqual({
      message: SUCCESS,
      email: 'demo@latch.dev',
      redirectTo:
        'https://app.example/after-reset?success=true&message=You%20can%20now%20login%20to%20the%20application%20with%20the%20new%20password.&email=demo%40latch.dev',
    });
  });
});
