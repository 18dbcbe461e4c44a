import { beforeAll, describe, expect, test } from 'vitest';
import { verifyIdToken, type GetKey, type VerifyOptions } from '../../../src/auth/jwt';
import { base64url, sha256 } from '../../../src/auth/random';
import { CLIENT, ISSUER, NOW, claims, makeKeys, sign, signHs256WithPublicKey, unsigned, type Keys } from './tokens';

let keys: Keys;
let other: Keys;
let getKey: GetKey;

beforeAll(async () => {
  keys = await makeKeys();
  other = await makeKeys('key-2');
  getKey = async (kid) => [keys.jwk, other.jwk].find((k) => k.kid === kid);
});

const options = (extra: Partial<VerifyOptions> = {}): VerifyOptions => ({ issuer: ISSUER, audience: CLIENT, nonce: 'nonce-1', leeway: 60, now: NOW, ...extra });
const verify = (token: string, extra: Partial<VerifyOptions> = {}) => verifyIdToken(token, options(extra), getKey);
const atHash = async (accessToken: string) => base64url((await sha256(accessToken)).slice(0, 16));

describe('verifyIdToken accepts', () => {
  test('a token signed by the tenant key with every claim in order, and returns its claims', async () => {
    const result = await verify(await sign(keys, claims({ email: 'a@example.com' })));
    expect(result).toEqual({ ok: true, payload: expect.objectContaining({ sub: 'auth0|user-1', email: 'a@example.com' }) });
  });

  test('claims in UTF-8 (names are not ASCII)', async () => {
    const result = await verify(await sign(keys, claims({ name: 'Zoë Šťastná 山田' })));
    expect(result.ok && result.payload.name).toBe('Zoë Šťastná 山田');
  });

  test('a token signed by the second key of the set, picked by kid', async () => {
    expect((await verify(await sign(other, claims()))).ok).toBe(true);
  });

  test('aud as an array holding the client, with azp the client', async () => {
    expect((await verify(await sign(keys, claims({ aud: [CLIENT, 'https://api.example/'] })))).ok).toBe(true);
  });

  test('exp and iat within the leeway', async () => {
    const token = await sign(keys, claims({ exp: NOW / 1000 - 59, iat: NOW / 1000 + 59 }));
    expect((await verify(token)).ok).toBe(true);
  });

  test('no nonce expected (the response has no ID token nonce of its own to check)', async () => {
    expect((await verify(await sign(keys, claims({ nonce: undefined })), { nonce: null })).ok).toBe(true);
  });

  test('a matching at_hash with the access token, and at_hash ignored without one', async () => {
    const token = await sign(keys, claims({ at_hash: await atHash('access-1') }));
    expect((await verify(token, { accessToken: 'access-1' })).ok).toBe(true);
    expect((await verify(token)).ok).toBe(true);
  });

  test('auth_time within maxAge', async () => {
    expect((await verify(await sign(keys, claims({ auth_time: NOW / 1000 - 100 })), { maxAge: 100 })).ok).toBe(true);
  });
});

describe('verifyIdToken refuses', () => {
  const cases: [string, () => Promise<string>, string, Partial<VerifyOptions>?][] = [
    ['a token that is not three parts', async () => 'abc.def', 'malformed'],
    ['a header that is not JSON', async () => `bm90IGpzb24.${(await sign(keys, claims())).split('.').slice(1).join('.')}`, 'malformed'],
    ['standard base64 (+ and /) in a part', async () => (await sign(keys, claims())).replace(/\.(.)/, './'), 'malformed'],
    ['alg none without a signature', async () => unsigned(claims()), 'alg'],
    ['alg none with a real signature appended', async () => `${unsigned(claims())}${(await sign(keys, claims())).split('.')[2]}`, 'alg'],
    ['HS256 keyed with the public key', async () => signHs256WithPublicKey(keys, claims()), 'alg'],
    ['an unknown kid', async () => sign(keys, claims(), { alg: 'RS256', kid: 'key-9' }), 'kid'],
    ['no kid at all', async () => sign(keys, claims(), { alg: 'RS256' }), 'kid'],
    ['a token signed by another key under the tenant kid (forged signature)', async () => sign(await makeKeys(), claims()), 'signature'],
    ['a payload changed after signing', async () => {
      const [header, , signature] = (await sign(keys, claims())).split('.');
      return `${header}.${base64url(new TextEncoder().encode(JSON.stringify(claims({ sub: 'auth0|admin' }))))}.${signature}`;
    }, 'signature'],
    ['a signature cut short', async () => (await sign(keys, claims())).slice(0, -8), 'signature'],
    ['another issuer', async () => sign(keys, claims({ iss: 'https://evil.example/' })), 'iss'],
    ['the issuer without its trailing slash', async () => sign(keys, claims({ iss: 'https://tenant.example' })), 'iss'],
    ['no sub', async () => sign(keys, claims({ sub: undefined })), 'sub'],
    ['another audience', async () => sign(keys, claims({ aud: 'client-2', azp: undefined })), 'aud'],
    ['an audience array without the client', async () => sign(keys, claims({ aud: ['client-2', 'x'] })), 'aud'],
    ['an audience array with the client but azp another client', async () => sign(keys, claims({ aud: [CLIENT, 'client-2'], azp: 'client-2' })), 'azp'],
    ['an audience array of two without azp', async () => sign(keys, claims({ aud: [CLIENT, 'client-2'], azp: undefined })), 'azp'],
    ['a single audience with azp another client', async () => sign(keys, claims({ azp: 'client-2' })), 'azp'],
    ['another nonce', async () => sign(keys, claims({ nonce: 'nonce-2' })), 'nonce'],
    ['no nonce when one was sent', async () => sign(keys, claims({ nonce: undefined })), 'nonce'],
    ['an expired token (past the leeway)', async () => sign(keys, claims({ exp: NOW / 1000 - 61 })), 'exp'],
    ['no exp', async () => sign(keys, claims({ exp: undefined })), 'exp'],
    ['exp as a string', async () => sign(keys, claims({ exp: String(NOW / 1000 + 100) })), 'exp'],
    ['iat in the future (past the leeway)', async () => sign(keys, claims({ iat: NOW / 1000 + 61 })), 'iat'],
    ['no iat', async () => sign(keys, claims({ iat: undefined })), 'iat'],
    ['nbf in the future (past the leeway)', async () => sign(keys, claims({ nbf: NOW / 1000 + 61 })), 'nbf'],
    ['auth_time older than maxAge', async () => sign(keys, claims({ auth_time: NOW / 1000 - 161 })), 'auth_time', { maxAge: 100 }],
    ['no auth_time with maxAge', async () => sign(keys, claims()), 'auth_time', { maxAge: 100 }],
    ['an at_hash of another access token', async () => sign(keys, claims({ at_hash: await atHash('access-2') })), 'at_hash', { accessToken: 'access-1' }],
  ];

  test.each(cases)('%s', async (_name, token, code, extra) => {
    expect(await verify(await token(), extra)).toEqual({ ok: false, code });
  });

  test('a token whose key set cannot be loaded (jwks), without looking the key up for a refused alg', async () => {
    let asked = 0;
    const failing: GetKey = async () => {
      asked++;
      throw new Error('network');
    };
    expect(await verifyIdToken(await sign(keys, claims()), options(), failing)).toEqual({ ok: false, code: 'jwks' });
    expect(await verifyIdToken(unsigned(claims()), options(), failing)).toEqual({ ok: false, code: 'alg' });
    expect(asked).toBe(1);
  });

  test('a key marked for another algorithm is not used (WebCrypto refuses the import)', async () => {
    const token = await sign(keys, claims());
    const result = await verifyIdToken(token, options(), async () => ({ ...keys.jwk, alg: 'RS512' }));
    expect(result).toEqual({ ok: false, code: 'kid' });
  });
});
