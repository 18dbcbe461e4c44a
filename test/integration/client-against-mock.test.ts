// The widget's own API client talking real HTTP to the mock backend: the two must agree on every shape.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createApiClient, type ApiClient } from '../../src/api/client';
import { changePassword } from '../../src/flows/forgot/forgot.effects';
import { login as passwordLogin } from '../../src/flows/login/login.effects';
import { errorMessageKey } from '../../src/machine/errors';
import { startMockServer, type MockServer } from '../../mock/server';
import { ADMIN_HEADERS } from '../mock/mock-harness';

let mock: MockServer;
let api: ApiClient;
const connection = 'Username-Password-Authentication';
const password = 'correct-horse-battery-staple';

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  api = createApiClient({ clientID: 'latch-demo', domain: mock.url, timeout: 5000 });
});
afterAll(() => mock.close());
beforeEach(async () => {
  await fetch(`${mock.url}/__reset`, { method: 'POST', headers: ADMIN_HEADERS });
});

const outbox = async () => (await (await fetch(`${mock.url}/__outbox`, { headers: ADMIN_HEADERS })).json()) as { to: string; link: string }[];
const fault = (spec: Record<string, unknown>) =>
  fetch(`${mock.url}/__faults`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...ADMIN_HEADERS }, body: JSON.stringify(spec) });

describe('change password', () => {
  test('a known email succeeds (text/html answer) and an email with a reset link lands in the outbox', async () => {
    expect(await changePassword(api, { email: 'demo@latch.dev', connection })).toEqual({ ok: true, value: undefined });
    const emails = await outbox();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.to).toBe('demo@latch.dev');
    expect(emails[0]?.link).toMatch(/\/lo\/reset\?ticket=[\w-]+/);
  });

  test('an unknown email gets the same success and no email is sent', async () => {
    expect(await changePassword(api, { email: 'nobody@latch.dev', connection })).toEqual({ ok: true, value: undefined });
    expect(await outbox()).toHaveLength(0);
  });

  test('an unknown connection is a configuration error a person can report', async () => {
    const result = await changePassword(api, { email: 'demo@latch.dev', connection: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorMessageKey(result.error, 'changePassword')).toBe('error.connectionNotFound');
  });

  test('the 11th request in a burst is rate limited with a wait taken from the headers', async () => {
    for (let i = 0; i < 10; i++) expect((await changePassword(api, { email: 'demo@latch.dev', connection })).ok).toBe(true);
    const result = await changePassword(api, { email: 'demo@latch.dev', connection });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.status).toBe(429);
      expect(result.error.retryAfter).toBeGreaterThan(0);
      expect(errorMessageKey(result.error, 'changePassword')).toBe('error.rateLimitedPasswordChange');
    }
  });

  test('an injected 503 is a server error and a dropped connection is a network error', async () => {
    await fault({ path: '/dbconnections/change_password', status: 503, times: 1 });
    const down = await changePassword(api, { email: 'demo@latch.dev', connection });
    expect(!down.ok && errorMessageKey(down.error, 'changePassword')).toBe('error.server');
    await fault({ path: '/dbconnections/change_password', network: true, times: 1 });
    const dropped = await changePassword(api, { email: 'demo@latch.dev', connection });
    expect(!dropped.ok && dropped.error.kind).toBe('network');
  });

  test('no answer within the timeout is a timeout', async () => {
    await fault({ path: '/dbconnections/change_password', latencyMs: 1500, times: 1 });
    const slow = createApiClient({ clientID: 'latch-demo', domain: mock.url, timeout: 300 });
    const result = await changePassword(slow, { email: 'demo@latch.dev', connection });
    expect(!result.ok && result.error.kind).toBe('timeout');
  });
});

describe('login', () => {
  const login = (username: string, pass = password, clientApi = api) =>
    passwordLogin(clientApi, { username, password: pass, realm: connection, scope: 'openid profile email' });

  test('the demo user gets tokens, including an id token for the openid scope', async () => {
    const result = await login('demo@latch.dev');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.tokenType).toBe('Bearer');
      expect(result.value.expiresIn).toBe(86400);
      expect(result.value.idToken?.split('.')).toHaveLength(3);
      const me = await fetch(`${mock.url}/userinfo`, { headers: { Authorization: `Bearer ${result.value.accessToken}` } });
      expect(((await me.json()) as { email: string }).email).toBe('demo@latch.dev');
    }
  });

  test.each([
    ['a wrong password', 'demo@latch.dev', 'wrong', 'error.invalidCredentials'],
    ['an unknown user', 'nobody@latch.dev', 'wrong', 'error.invalidCredentials'],
    ['a blocked user', 'blocked@latch.dev', password, 'error.blockedUser'],
    ['a user that needs MFA', 'mfa@latch.dev', password, 'error.mfaRequired'],
    ['a leaked password', 'leaked@latch.dev', password, 'error.passwordLeaked'],
  ])('%s gets its message', async (_name, user, pass, key) => {
    const result = await login(user, pass);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorMessageKey(result.error, 'login')).toBe(key);
  });

  test('a client without the password grant is told so', async () => {
    const other = createApiClient({ clientID: 'latch-no-password-grant', domain: mock.url, timeout: 5000 });
    const result = await login('demo@latch.dev', password, other);
    expect(!result.ok && errorMessageKey(result.error, 'login')).toBe('error.unauthorizedClient');
  });
});
