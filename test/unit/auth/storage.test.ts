// @vitest-environment-options {"url": "https://app.example/callback"}
import auth0 from 'auth0-js';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { saveTransaction, saveVerifier, takeTransaction } from '../../../src/auth/storage';
import { clearCookies } from './tokens';

// What Latch writes, read back by the real auth0-js 10 (its js-cookie storage): the verification fallback page
// (`crossOriginVerification`) and `parseHash` on a callback page must find it.

/** Every document.cookie assignment, as written. */
function recordCookieWrites() {
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(document), 'cookie') ?? Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  const writes: string[] = [];
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    writes.push(value);
    descriptor?.set?.call(document, value);
  });
  return writes;
}

/** Asks the page (as the identity provider's page would) for a verifier, and resolves what the page answers. */
function askForVerifier(origin: string, coId: string): Promise<unknown> {
  return new Promise((resolve) => {
    const source = { postMessage: (message: unknown) => resolve(message) };
    window.dispatchEvent(new MessageEvent('message', { origin, data: { type: 'co_verifier_request', request: { id: coId } }, source: source as unknown as Window }));
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  clearCookies();
});

describe('the cross-origin verifier', () => {
  // This page plays the site's verification page: auth0-js listens for co_verifier_request messages and tells its
  // parent (the identity provider's page, here the same window) that it is ready.
  beforeAll(() => {
    const ready = vi.spyOn(window, 'postMessage').mockImplementation(() => undefined);
    location.hash = `#origin=${encodeURIComponent('https://tenant.example')}`;
    new auth0.WebAuth({ domain: 'tenant.example', clientID: 'client-1' }).crossOriginVerification();
    expect(ready).toHaveBeenCalledWith({ type: 'ready' }, 'https://tenant.example');
  });

  test('is found by the real auth0-js crossOriginVerification() page, for the origin that asks', async () => {
    saveVerifier('https://Tenant.Example:443/', 'co-id/1', 'verifier-1');
    // Another origin asking for the same id gets nothing: the key carries the origin.
    expect(await askForVerifier('https://evil.example', 'co-id/1')).toEqual({ type: 'co_verifier_response', response: { verifier: '' } });
    expect(await askForVerifier('https://tenant.example', 'co-id/1')).toEqual({ type: 'co_verifier_response', response: { verifier: 'verifier-1' } });
    // auth0-js removes it once read.
    expect(await askForVerifier('https://tenant.example', 'co-id/1')).toEqual({ type: 'co_verifier_response', response: { verifier: '' } });
  });

  test('is written under auth0-js key, for 15 minutes, Secure and SameSite=None on https (readable in a cross-site iframe)', () => {
    vi.useFakeTimers({ now: Date.UTC(2030, 0, 1, 12, 0, 0), toFake: ['Date'] });
    const writes = recordCookieWrites();
    saveVerifier('https://tenant.example', 'id1', 'v1');
    expect(writes).toEqual([
      `${encodeURIComponent('co/verifier/https%3A%2F%2Ftenant.example/id1')}=%22v1%22; path=/; expires=Tue, 01 Jan 2030 12:15:00 GMT; secure; samesite=none`,
    ]);
  });

  test('lasts 15 minutes', async () => {
    vi.useFakeTimers({ now: Date.UTC(2030, 0, 1, 12, 0, 0), toFake: ['Date'] });
    saveVerifier('https://tenant.example', 'id2', 'v2');
    vi.setSystemTime(Date.UTC(2030, 0, 1, 12, 14, 59));
    expect(await askForVerifier('https://tenant.example', 'id2')).toEqual({ type: 'co_verifier_response', response: { verifier: 'v2' } });
    saveVerifier('https://tenant.example', 'id3', 'v3');
    vi.setSystemTime(Date.UTC(2030, 0, 1, 12, 14, 59) + 15 * 60_000 + 1);
    expect(await askForVerifier('https://tenant.example', 'id3')).toEqual({ type: 'co_verifier_response', response: { verifier: '' } });
  });
});

describe('the transaction', () => {
  test('is read by the real auth0-js parseHash: state accepted, appState returned, and removed', async () => {
    saveTransaction({ state: 'state-1', nonce: null, appState: { returnTo: '/account' }, lastUsedConnection: 'Username-Password-Authentication' });
    const webAuth = new auth0.WebAuth({ domain: 'tenant.example', clientID: 'client-1', responseType: 'token' });
    const parse = (hash: string) => new Promise<unknown>((resolve) => webAuth.parseHash({ hash }, (error, result) => resolve(error ?? result)));
    expect(await parse('#access_token=at&token_type=Bearer&expires_in=60&state=state-1')).toMatchObject({
      accessToken: 'at',
      state: 'state-1',
      appState: { returnTo: '/account' },
    });
    expect(await parse('#access_token=at&state=state-1')).toMatchObject({ error: 'invalid_token' });
  });

  test("is written as auth0-js writes it: key com.auth0.auth.{state}, the JSON value, 30 minutes", () => {
    vi.useFakeTimers({ now: Date.UTC(2030, 0, 1, 12, 0, 0), toFake: ['Date'] });
    const writes = recordCookieWrites();
    saveTransaction({ state: 's1', nonce: 'n1', appState: undefined, lastUsedConnection: 'db' });
    expect(writes).toEqual([
      `com.auth0.auth.s1=${encodeURIComponent('{"state":"s1","nonce":"n1","lastUsedConnection":"db"}')}; path=/; expires=Tue, 01 Jan 2030 12:30:00 GMT; secure; samesite=none`,
    ]);
  });

  test('a state the site chose, with characters a cookie cannot hold as they are, round-trips', () => {
    const state = 'a b;c=d,é(1)"%';
    saveTransaction({ state, nonce: null, appState: { path: '/x?y=1;z' } });
    expect(takeTransaction(state)).toEqual({ state, nonce: null, appState: { path: '/x?y=1;z' } });
  });

  test('takeTransaction gives a stored transaction once', () => {
    const transaction = { state: 'state-2', nonce: 'n2', verifier: 'v', redirectUri: 'https://app.example/callback', responseType: 'code' };
    saveTransaction(transaction);
    expect(takeTransaction('state-2')).toEqual(transaction);
    expect(takeTransaction('state-2')).toBeUndefined();
    expect(takeTransaction('state-unknown')).toBeUndefined();
  });

  test('takeTransaction reads what auth0-js wrote (js-cookie leaves some characters unencoded)', () => {
    document.cookie = 'com.auth0.auth.s3=%7B%22nonce%22%3A%22n3%22%2C%22state%22%3A%22s3%22%2C%22appState%22%3A%22a=b&c%22%7D; path=/';
    expect(takeTransaction('s3')).toEqual({ nonce: 'n3', state: 's3', appState: 'a=b&c' });
  });

  test('a cookie under the key that is not URI-encoded JSON is no transaction, and breaks no other', () => {
    document.cookie = '%E0%A4%A=x; path=/';
    document.cookie = 'com.auth0.auth.s6=%E0%A4%A; path=/';
    document.cookie = 'com.auth0.auth.s7=not-json; path=/';
    saveTransaction({ state: 's8', nonce: 'n8' });
    expect([takeTransaction('s6'), takeTransaction('s7')]).toEqual([undefined, undefined]);
    expect(takeTransaction('s8')).toEqual({ state: 's8', nonce: 'n8' });
  });

  test('lasts 30 minutes', () => {
    vi.useFakeTimers({ now: Date.UTC(2030, 0, 1, 12, 0, 0), toFake: ['Date'] });
    saveTransaction({ state: 's9', nonce: null });
    vi.setSystemTime(Date.UTC(2030, 0, 1, 12, 29, 59));
    saveTransaction({ state: 's10', nonce: null });
    expect(takeTransaction('s9')).toEqual({ state: 's9', nonce: null });
    vi.setSystemTime(Date.UTC(2030, 0, 1, 12, 29, 59) + 30 * 60_000 + 1);
    expect(takeTransaction('s10')).toBeUndefined();
  });
});
