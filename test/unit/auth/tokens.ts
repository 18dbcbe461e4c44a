// Test keys and tokens: an RS256 key pair made with WebCrypto, and JWTs signed with it (or forged otherwise).
import { base64url } from '../../../src/auth/random';

export const ISSUER = 'https://tenant.example/';
export const CLIENT = 'client-1';
export const NOW = 1_800_000_000_000;
export const KID = 'key-1';

const text = (value: unknown) => base64url(new TextEncoder().encode(typeof value == 'string' ? value : JSON.stringify(value)));

export interface Keys {
  privateKey: CryptoKey;
  /** The public key as a JWKS lists it. */
  jwk: JsonWebKey & { kid: string };
}

export async function makeKeys(kid = KID): Promise<Keys> {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  const jwk = { ...(await crypto.subtle.exportKey('jwk', pair.publicKey)), kid, use: 'sig' };
  return { privateKey: pair.privateKey, jwk };
}

/** Claims a valid token for CLIENT carries at NOW. */
export const claims = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  iss: ISSUER,
  sub: 'auth0|user-1',
  aud: CLIENT,
  azp: CLIENT,
  iat: NOW / 1000,
  exp: NOW / 1000 + 36_000,
  nonce: 'nonce-1',
  ...extra,
});

export async function sign(keys: Keys, payload: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT', kid: keys.jwk.kid }): Promise<string> {
  const input = `${text(header)}.${text(payload)}`;
  const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, new TextEncoder().encode(input));
  return `${input}.${base64url(new Uint8Array(signature))}`;
}

/** An HS256 token keyed with the public key's JWK text: the classic RS256/HS256 confusion forgery. */
export async function signHs256WithPublicKey(keys: Keys, payload: Record<string, unknown>): Promise<string> {
  const input = `${text({ alg: 'HS256', typ: 'JWT', kid: keys.jwk.kid })}.${text(payload)}`;
  const secret = await crypto.subtle.importKey('raw', new TextEncoder().encode(JSON.stringify(keys.jwk)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(input));
  return `${input}.${base64url(new Uint8Array(signature))}`;
}

export const unsigned = (payload: Record<string, unknown>): string => `${text({ alg: 'none', typ: 'JWT' })}.${text(payload)}.`;

/** Deletes every cookie the page can see (path /). */
export function clearCookies(): void {
  for (const cookie of document.cookie.split('; ')) {
    if (cookie) document.cookie = `${cookie.slice(0, cookie.indexOf('='))}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  }
}
