import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTenant } from '../../mock/app';
import { CLIENT_ID, CONNECTION, loginBody, PASSWORD, stableHeaders, startTestMock, type TestMock } from './mock-harness';

const STRONG = 'Purple-Otter-42';
let mock: TestMock;

beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const signupBody = (email: string, extra: Record<string, unknown> = {}) => ({
  client_id: CLIENT_ID,
  email,
  password: STRONG,
  connection: CONNECTION,
  ...extra,
});
const signup = (body: Record<string, unknown>) => mock.post('/dbconnections/signup', body);

describe('POST /dbconnections/signup', () => {
  it('creates the user, echoes the profile and lets the user log in', async () => {
    const profile = {
      username: 'ada',
      given_name: 'Ada',
      family_name: 'Lovelace',
      name: 'Ada Lovelace',
      nickname: 'countess',
      picture: 'https://example.com/ada.png',
      user_metadata: { plan: 'free' },
    };
    const res = await signup(signupBody('Ada@Example.com', profile));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-ratelimit-limit')).toBe('50');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('49');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({ _id: expect.stringMatching(/^[0-9a-f]{24}$/), email: 'Ada@Example.com', email_verified: false, ...profile });
    expect((await mock.post('/oauth/token', loginBody('ada@example.com', STRONG))).status).toBe(200);
  });

  it.each([true, false])('answers an existing email the same way as a failed new signup would (user_exists flag %s)', async (legacy) => {
    const tenant = loadTenant();
    const m = await startTestMock({ tenant: { ...tenant, signupUserExistsError: legacy } });
    try {
      const res = await m.post('/dbconnections/signup', signupBody('DEMO@latch.dev'));
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual(
        legacy
          ? { name: 'BadRequestError', code: 'user_exists', description: 'The user already exists.', statusCode: 400 }
          : { name: 'BadRequestError', code: 'invalid_signup', description: 'Invalid sign up', statusCode: 400 },
      );
      // The existing password still works: a refused signup changes nothing.
      expect((await m.post('/oauth/token', loginBody('demo@latch.dev', PASSWORD))).status).toBe(200);
    } finally {
      await m.close();
    }
  });

  it('refuses a second signup with the same email, generically', async () => {
    expect((await signup(signupBody('new@latch.dev'))).status).toBe(200);
    const again = await signup(signupBody('new@latch.dev', { password: 'Amber-Falcon-19' }));
    expect(again.status).toBe(400);
    expect(((await again.json()) as { code: string }).code).toBe('invalid_signup');
  });

  it('checks the password before the email, so a weak password says nothing about the account', async () => {
    const weakTaken = await signup(signupBody('demo@latch.dev', { password: 'abc' }));
    const weakFree = await signup(signupBody('free@latch.dev', { password: 'abc' }));
    expect(weakTaken.status).toBe(400);
    expect(await weakTaken.json()).toEqual(await weakFree.json());
    const { ['x-ratelimit-remaining']: _a, ...taken } = stableHeaders(weakTaken);
    const { ['x-ratelimit-remaining']: _b, ...free } = stableHeaders(weakFree);
    expect(taken).toEqual(free);
  });

  it('applies the connection policy with the exact PasswordStrengthError', async () => {
    const res = await signup(signupBody('weak@latch.dev', { password: 'alllowercase' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'PasswordStrengthError', message: 'Password is too weak', code: 'invalid_password', statusCode: 400 });
    expect(body.policy).toBe(
      '* At least 8 characters in length\n* Contain at least 3 of the following 4 types of characters:\n * lower case letters (a-z)\n * upper case letters (A-Z)\n * numbers (i.e. 0-9)\n * special characters (e.g. !@#$%^&*)',
    );
  });

  it('applies the dictionary and personal data rules, with the profile sent', async () => {
    const common = await signup(signupBody('x@latch.dev', { password: 'Qwerty123' }));
    expect(((await common.json()) as { name: string }).name).toBe('PasswordDictionaryError');
    const personal = await signup(signupBody('grace@latch.dev', { password: 'Hopper-1906!', name: 'Grace Hopper' }));
    expect(await personal.json()).toEqual({
      name: 'PasswordNoUserInfoError',
      message: 'Password contains user information',
      code: 'invalid_password',
      description: 'Password is based on user information',
      statusCode: 400,
    });
    const metadata = await signup(signupBody('z@latch.dev', { password: 'Tesla-Nikola-56', user_metadata: { first: 'Nikola' } }));
    expect(((await metadata.json()) as { name: string }).name).toBe('PasswordNoUserInfoError');
    const local = await signup(signupBody('falcon@latch.dev', { password: 'Amber-Falcon-19' }));
    expect(((await local.json()) as { name: string }).name).toBe('PasswordNoUserInfoError');
  });

  it.each([
    [{ email: undefined }, 'Missing required property: email'],
    [{ password: '' }, 'Missing required property: password'],
    [{ connection: undefined }, 'Missing required property: connection'],
    [{ client_id: undefined }, 'Missing required property: client_id'],
    [{ email: 'not-an-email' }, "Object didn't pass validation for format email: not-an-email"],
    [{ user_metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])) }, 'user_metadata can have at most 10 properties.'],
    [{ user_metadata: { ['k'.repeat(101)]: 'v' } }, 'user_metadata keys can be at most 100 characters.'],
    [{ user_metadata: { k: 'v'.repeat(501) } }, 'user_metadata values can be at most 500 characters.'],
    [{ user_metadata: { k: 1 } }, 'user_metadata.k must be a string.'],
    [{ user_metadata: ['a'] }, 'user_metadata must be an object.'],
  ])('answers %j with 400 invalid_request', async (override, description) => {
    const res = await signup(signupBody('new@latch.dev', override));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: description });
  });

  it('accepts the limits exactly: 10 metadata properties, 100-character keys, 500-character values', async () => {
    const meta = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`${i}`.padEnd(100, 'k'), 'v'.repeat(500)]));
    expect((await signup(signupBody('meta@latch.dev', { user_metadata: meta }))).status).toBe(200);
  });

  it.each(['No-Such-Connection', 'google-oauth2'])('answers connection not found for %s', async (connection) => {
    const res = await signup(signupBody('new@latch.dev', { connection }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'connection not found' });
  });

  it('answers an unknown client with 401 invalid_client', async () => {
    const res = await signup(signupBody('new@latch.dev', { client_id: 'nope' }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid_client', error_description: 'Unknown client.' });
  });

  it('allows 50 signups a minute per IP, then 429 with the rate-limit headers', async () => {
    for (let i = 0; i < 50; i += 1) await signup(signupBody('bad', {}));
    const refused = await signup(signupBody('new@latch.dev'));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: string }).error).toBe('too_many_requests');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('retry-after')).toBe('2');
    mock.clock.advance(60_000);
    expect((await signup(signupBody('new@latch.dev'))).status).toBe(200);
  });
});
