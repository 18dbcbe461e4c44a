import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTenant, type Email } from '../../mock/app';
import {
  ALLOWED_ORIGIN,
  loginBody,
  management,
  openResetPage,
  PASSWORD,
  startTestMock,
  submitReset,
  ticketOf,
  type TestMock,
} from './mock-harness';

const PUBLIC_URL = 'https://login.latch.test';
const DEMO_CONNECTION_ID = 'con_LatchDemoDatabase01';
const NEW_PASSWORD = 'Purple-Otter-42';
const UNAUTHORIZED = { statusCode: 401, error: 'Unauthorized', message: 'Invalid token' };
let mock: TestMock;

beforeAll(async () => {
  mock = await startTestMock({ tenant: { ...loadTenant(), publicUrl: PUBLIC_URL } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const outbox = async () => (await (await mock.get('/__outbox')).json()) as Email[];
const login = (password: string) => mock.post('/oauth/token', loginBody('demo@latch.dev', password));
const patchDemo = (body: unknown, headers?: Record<string, string>) =>
  management(mock, 'PATCH', `/api/v2/users/${encodeURIComponent('auth0|demo')}`, body, headers);
const ticketFor = (body: unknown) => management(mock, 'POST', '/api/v2/tickets/password-change', body);

describe('Management API authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { Authorization: 'Bearer not-the-token' }],
    ['the token without Bearer', { Authorization: 'latch-demo-management-token' }],
    ['a prefix of the token', { Authorization: 'Bearer latch-demo' }],
  ])('answers %s with 401', async (_, headers) => {
    for (const res of [
      await patchDemo({ password: NEW_PASSWORD }, headers),
      await management(mock, 'POST', '/api/v2/tickets/password-change', { user_id: 'auth0|demo' }, headers),
    ]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(UNAUTHORIZED);
    }
    expect((await login(PASSWORD)).status).toBe(200);
  });

  it('slows guessing: after ten wrong tokens in a minute, nothing from that address is checked until it has passed', async () => {
    const wrong = { Authorization: 'Bearer guess' };
    const answers: number[] = [];
    for (let i = 0; i < 12; i += 1) answers.push((await patchDemo({ password: NEW_PASSWORD }, wrong)).status);
    expect(answers).toEqual([...Array<number>(10).fill(401), 429, 429]);
    const held = await patchDemo({ password: NEW_PASSWORD });
    expect(held.status).toBe(429);
    expect(await held.json()).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many requests with a wrong token. Try again in a minute.',
      errorCode: 'too_many_requests',
    });
    mock.clock.advance(60_000);
    expect((await patchDemo({ password: NEW_PASSWORD })).status).toBe(200);
  });
});

describe('PATCH /api/v2/users/{id}', () => {
  it('sets the password, returns the user without secrets and emails nobody', async () => {
    const res = await patchDemo({ password: NEW_PASSWORD, connection: 'Username-Password-Authentication' });
    expect(res.status).toBe(200);
    const user = (await res.json()) as Record<string, unknown>;
    expect(user).toMatchObject({
      user_id: 'auth0|demo',
      email: 'demo@latch.dev',
      email_verified: true,
      name: 'Demo User',
      identities: [{ connection: 'Username-Password-Authentication', provider: 'auth0', user_id: 'demo', isSocial: false }],
      last_password_reset: new Date(mock.clock.now).toISOString(),
    });
    expect(JSON.stringify(user)).not.toMatch(/password"|hash|salt|history/i);
    expect(await outbox()).toEqual([]);
    expect((await login(PASSWORD)).status).toBe(403);
    expect((await login(NEW_PASSWORD)).status).toBe(200);
  });

  it("ends the user's sessions", async () => {
    const { access_token } = (await (await login(PASSWORD)).json()) as { access_token: string };
    expect((await patchDemo({ password: NEW_PASSWORD })).status).toBe(200);
    expect((await mock.get('/userinfo', { Authorization: `Bearer ${access_token}` })).status).toBe(401);
  });

  it('cancels outstanding reset links of the user', async () => {
    const ticket = ticketOf(((await (await ticketFor({ user_id: 'auth0|demo' })).json()) as { ticket: string }).ticket);
    expect((await patchDemo({ password: NEW_PASSWORD })).status).toBe(200);
    expect((await openResetPage(mock, ticket)).data['data-state']).toBe('invalid');
  });

  it.each([
    ['abc', 'PasswordStrengthError: Password is too weak'],
    ['P@ssw0rd', 'PasswordDictionaryError: Password is too common'],
    ['Demo-User-2024', 'PasswordNoUserInfoError: Password contains user information'],
  ])('refuses %s with the Management error shape', async (password, message) => {
    const res = await patchDemo({ password });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message, errorCode: 'invalid_body' });
    expect((await login(PASSWORD)).status).toBe(200);
  });

  it('refuses a recent password with PasswordHistoryError', async () => {
    expect((await patchDemo({ password: NEW_PASSWORD })).status).toBe(200);
    expect((await patchDemo({ password: 'Amber-Falcon-19' })).status).toBe(200);
    expect(await (await patchDemo({ password: NEW_PASSWORD })).json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'PasswordHistoryError: Password has previously been used',
      errorCode: 'invalid_body',
    });
  });

  it('answers an unknown user with 404', async () => {
    const res = await management(mock, 'PATCH', '/api/v2/users/auth0%7Cnobody', { password: NEW_PASSWORD });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'The user does not exist.', errorCode: 'inexistent_user' });
  });

  it.each([
    [{}, "Payload validation error: send at least one of 'password', 'blocked' or 'email_verified'."],
    [{ password: 7 }, "Payload validation error: 'password' must be a non-empty string."],
    [{ password: NEW_PASSWORD, email: 'x@y.z' }, 'Payload validation error: this mock updates only password, connection, blocked, email_verified (got email).'],
    [{ blocked: 'no' }, "Payload validation error: 'blocked' must be a boolean."],
    [{ connection: 'Username-Password-Authentication' }, "Payload validation error: 'connection' goes with 'password'."],
    [{ password: NEW_PASSWORD, connection: 'google-oauth2' }, 'The user has no identity in connection google-oauth2.'],
  ])('answers %j with 400 invalid_body', async (body, message) => {
    const res = await patchDemo(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message, errorCode: 'invalid_body' });
  });
});

describe('POST /api/v2/tickets/password-change', () => {
  it('returns a link on the configured host, and sends no email', async () => {
    const res = await ticketFor({ user_id: 'auth0|demo' });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const { ticket } = (await res.json()) as { ticket: string };
    expect(ticket).toMatch(/^https:\/\/login\.latch\.test\/lo\/reset\?ticket=[A-Za-z0-9_-]{43}#$/);
    expect(await outbox()).toEqual([]);
    const page = await openResetPage(mock, ticketOf(ticket));
    expect(page.data['data-state']).toBe('valid');
    expect(page.data['data-email']).toBe('demo@latch.dev');
  });

  it('finds the user by email and connection_id', async () => {
    const res = await ticketFor({ email: 'DEMO@latch.dev', connection_id: DEMO_CONNECTION_ID });
    expect(res.status).toBe(201);
    const page = await openResetPage(mock, ticketOf(((await res.json()) as { ticket: string }).ticket));
    expect(page.data['data-email']).toBe('demo@latch.dev');
  });

  it('uses ttl_sec for the lifetime, and the default for 0', async () => {
    const short = ticketOf(((await (await ticketFor({ user_id: 'auth0|demo', ttl_sec: 30 })).json()) as { ticket: string }).ticket);
    mock.clock.advance(30_000);
    expect((await openResetPage(mock, short)).data['data-state']).toBe('expired');

    const unset = ticketOf(((await (await ticketFor({ user_id: 'auth0|demo', ttl_sec: 0 })).json()) as { ticket: string }).ticket);
    mock.clock.advance(431_999_000);
    expect((await openResetPage(mock, unset)).data['data-state']).toBe('valid');
    mock.clock.advance(1000);
    expect((await openResetPage(mock, unset)).data['data-state']).toBe('expired');
  });

  it.each([
    [true, '&email=demo%40latch.dev'],
    [false, ''],
  ])('redirects to result_url after the reset (includeEmailInRedirect %s)', async (includeEmailInRedirect, emailPart) => {
    const res = await ticketFor({ user_id: 'auth0|demo', result_url: 'https://app.example/done?from=ticket', includeEmailInRedirect });
    const ticket = ticketOf(((await res.json()) as { ticket: string }).ticket);
    const { csrf } = await openResetPage(mock, ticket);
    const done = await submitReset(mock, { ticket, csrf, newPassword: NEW_PASSWORD });
    expect(((await done.json()) as { redirectTo: string }).redirectTo).toBe(
      `https://app.example/done?from=ticket&success=true&message=You%20can%20now%20login%20to%20the%20application%20with%20the%20new%20password.${emailPart}`,
    );
  });

  it('supersedes an emailed link: only the latest ticket works', async () => {
    await mock.post('/dbconnections/change_password', { client_id: 'latch-demo', email: 'demo@latch.dev', connection: 'Username-Password-Authentication' });
    const [email] = await outbox();
    expect((await ticketFor({ user_id: 'auth0|demo' })).status).toBe(201);
    expect((await openResetPage(mock, ticketOf(email?.link ?? ''))).data['data-state']).toBe('invalid');
  });

  it.each([
    [{ user_id: 'auth0|demo', email: 'demo@latch.dev', connection_id: DEMO_CONNECTION_ID }, 400, 'Payload validation error: user_id and email/connection_id are mutually exclusive.'],
    [{ user_id: 'auth0|demo', connection_id: DEMO_CONNECTION_ID }, 400, 'Payload validation error: user_id and email/connection_id are mutually exclusive.'],
    [{}, 400, "Payload validation error: send either 'user_id', or 'email' with 'connection_id'."],
    [{ email: 'demo@latch.dev' }, 400, "Payload validation error: send either 'user_id', or 'email' with 'connection_id'."],
    [{ user_id: 'auth0|demo', ttl_sec: -1 }, 400, "Payload validation error: 'ttl_sec' must be an integer of 0 or more."],
    [{ user_id: 'auth0|demo', result_url: 'javascript:alert(1)' }, 400, "Payload validation error: 'result_url' must be an absolute http(s) URL."],
    [{ user_id: 'auth0|nobody' }, 404, 'The user does not exist.'],
    [{ email: 'nobody@latch.dev', connection_id: DEMO_CONNECTION_ID }, 404, 'The user does not exist.'],
    [{ email: 'demo@latch.dev', connection_id: 'con_nope' }, 404, 'The connection does not exist.'],
  ])('answers %j with %i', async (body, status, message) => {
    const res = await ticketFor(body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { message: string }).message).toBe(message);
  });

  it('follows the CORS allowlist like the rest of the API', async () => {
    const res = await management(mock, 'POST', '/api/v2/tickets/password-change', { user_id: 'auth0|demo' }, {
      Authorization: 'Bearer latch-demo-management-token',
      Origin: ALLOWED_ORIGIN,
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });
});

describe('every Management API answer has its envelope', () => {
  it.each([
    ['an unknown path', 'GET', '/api/v2/clients', 404, 'not_found'],
    ['a method the route lacks', 'PUT', '/api/v2/users/auth0%7Cdemo', 405, 'method_not_allowed'],
    ['a body that is not JSON', 'POST', '/api/v2/tickets/password-change', 400, undefined],
  ] as const)('%s', async (_, method, path, status, errorCode) => {
    const res = await fetch(mock.url + path, {
      method,
      headers: { Authorization: 'Bearer latch-demo-management-token', 'Content-Type': 'application/json' },
      ...(method === 'POST' ? { body: '{not json' } : {}),
    });
    expect(res.status).toBe(status);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.any(String) });
    expect(body).not.toHaveProperty('error_description');
    if (errorCode) expect(body.errorCode).toBe(errorCode);
  });
});
