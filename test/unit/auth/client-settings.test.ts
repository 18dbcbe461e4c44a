import { describe, expect, test, vi } from 'vitest';
import type { FetchLike } from '../../../src/api/client';
import { fetchClientSettings, parseClientSettings } from '../../../src/auth/client-settings';

// The shape of a real tenant's document (as recorded from Auth0 in public test fixtures): one JSON object.
const REAL = `Auth0.setClient(${JSON.stringify({
  id: 'client-1',
  tenant: 'acme',
  subscription: 'free',
  authorize: 'https://acme.auth0.com/authorize',
  callback: 'http://localhost:1234',
  hasAllowedOrigins: true,
  strategies: [
    {
      name: 'auth0',
      connections: [
        {
          name: 'Username-Password-Authentication',
          forgot_password_url: 'https://login.auth0.com/lo/forgot?wtrealm=urn:auth0:acme:Username-Password-Authentication',
          signup_url: 'https://login.auth0.com/lo/signup?wtrealm=urn:auth0:acme:Username-Password-Authentication',
          passwordPolicy: 'good',
          showSignup: true,
          showForgot: true,
        },
        {
          name: 'staff',
          passwordPolicy: 'excellent',
          password_complexity_options: { min_length: 14 },
          showSignup: false,
          showForgot: false,
          requires_username: true,
          validation: { username: { min: 3, max: 20 } },
        },
        { name: 'legacy' },
      ],
    },
    { name: 'email', connections: [{ name: 'email' }] },
    { name: 'google-oauth2', connections: [{ name: 'google-oauth2', scope: ['email', 'profile'] }] },
  ],
})});`;

describe('parseClientSettings', () => {
  test('the database connections of a real document, with Lock defaults for what is missing', () => {
    expect(parseClientSettings(REAL, 'client-1')).toEqual([
      { name: 'Username-Password-Authentication', passwordPolicy: { level: 'good' }, showSignup: true, showForgot: true, requiresUsername: false, usernameRange: null },
      { name: 'staff', passwordPolicy: { level: 'excellent', minLength: 14 }, showSignup: false, showForgot: false, requiresUsername: true, usernameRange: { min: 3, max: 20 } },
      { name: 'legacy', passwordPolicy: { level: 'none' }, showSignup: true, showForgot: true, requiresUsername: false, usernameRange: null },
    ]);
  });

  test('without the trailing semicolon, and with surrounding whitespace', () => {
    expect(parseClientSettings(`\n  ${REAL.slice(0, -1)}  \n`, 'client-1')).toHaveLength(3);
  });

  test('an unknown policy name reads as none', () => {
    const text = `Auth0.setClient(${JSON.stringify({ id: 'c', strategies: [{ name: 'auth0', connections: [{ name: 'a', passwordPolicy: 'constructor' }] }] })})`;
    expect(parseClientSettings(text, 'c')).toEqual([{ name: 'a', passwordPolicy: { level: 'none' }, showSignup: true, showForgot: true, requiresUsername: false, usernameRange: null }]);
  });

  test('a client without strategies has no database connection; one without a database strategy neither', () => {
    expect(parseClientSettings('Auth0.setClient({"id":"c","strategies":[]})', 'c')).toEqual([]);
    expect(parseClientSettings('Auth0.setClient({"id":"c","strategies":[{"name":"google-oauth2","connections":[]}]})', 'c')).toEqual([]);
  });

  test.each([
    ['code after the call', REAL.replace(/;$/, ';alert(1)')],
    ['code after the call, ending in a parenthesis', REAL.replace(/;$/, ';alert(1);')],
    ['a second call', `${REAL}Auth0.setClient({"id":"client-1"});`],
    ['a comma expression', REAL.replace(/\);$/, '),alert(1))')],
    ['code before the call', `alert(1);${REAL}`],
    ['another function', REAL.replace('Auth0.setClient', 'Auth0.setTenant')],
    ['single quotes (not JSON)', "Auth0.setClient({'id':'client-1'});"],
    ['a function call inside', 'Auth0.setClient({"id":"client-1","strategies":alert(1)});'],
    ['an HTML error page', '<!doctype html><title>Not found</title>'],
    ['an empty answer', ''],
    ['another client', REAL.replace('"id":"client-1"', '"id":"client-2"')],
    ['no object', 'Auth0.setClient(null);'],
    ['no strategies list (Lock reads it as none; either way the options stay)', 'Auth0.setClient({"id":"client-1"});'],
    ['a database strategy without connections (Lock fails on it too)', 'Auth0.setClient({"id":"client-1","strategies":[{"name":"auth0"}]});'],
    ['a null connection (Lock fails on it too)', 'Auth0.setClient({"id":"client-1","strategies":[{"name":"auth0","connections":[null]}]});'],
  ])('refuses %s', (_name, text) => {
    expect(parseClientSettings(text, 'client-1')).toBeNull();
  });
});

describe('fetchClientSettings', () => {
  const serve = (response: () => Response) => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, init });
      return response();
    };
    return { calls, fetch };
  };

  test("fetches Lock's URL (domain or configurationBaseUrl, /client/{id}.js?t{now}) as text, without credentials or redirects", async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['Date'] });
    try {
      const { calls, fetch } = serve(() => new Response(REAL, { headers: { 'Content-Type': 'application/javascript' } }));
      expect(await fetchClientSettings('acme.auth0.com', 'client-1', fetch)).toHaveLength(3);
      expect(await fetchClientSettings('https://cdn.eu.auth0.com/', 'client-1', fetch)).toHaveLength(3);
      expect(await fetchClientSettings('http://127.0.0.1:4000', 'client-1', fetch)).toHaveLength(3);
      expect(calls.map((c) => c.url)).toEqual([
        'https://acme.auth0.com/client/client-1.js?t1700000000000',
        'https://cdn.eu.auth0.com/client/client-1.js?t1700000000000',
        'http://127.0.0.1:4000/client/client-1.js?t1700000000000',
      ]);
      expect(calls[0]?.init).toMatchObject({ credentials: 'omit', redirect: 'error' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('null on a failed status, a network failure or a bad document', async () => {
    expect(await fetchClientSettings('acme.auth0.com', 'client-1', serve(() => new Response(REAL, { status: 404 })).fetch)).toBeNull();
    expect(await fetchClientSettings('acme.auth0.com', 'client-1', async () => Promise.reject(new TypeError('Failed to fetch')))).toBeNull();
    expect(await fetchClientSettings('acme.auth0.com', 'client-1', serve(() => new Response(`${REAL}alert(1)`)).fetch)).toBeNull();
  });
});
