import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** The public half as published in /.well-known/jwks.json. */
export interface PublicJwk {
  kty: string;
  n: string;
  e: string;
  kid: string;
  use: 'sig';
  alg: 'RS256';
}

export interface SigningKey {
  privateKey: KeyObject;
  jwk: PublicJwk;
}

/** A fresh RSA key per app: tokens from one mock run are not valid in the next. */
export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { n, e, kty } = publicKey.export({ format: 'jwk' });
  if (typeof n !== 'string' || typeof e !== 'string' || kty !== 'RSA') throw new Error('RSA key export failed');
  // RFC 7638 thumbprint: members in lexicographic order, no whitespace.
  const kid = createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
  return { privateKey, jwk: { kty, n, e, kid, use: 'sig', alg: 'RS256' } };
}

export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: key.jwk.kid };
  const input = `${encode(header)}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(input), key.privateKey).toString('base64url');
  return `${input}.${signature}`;
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
