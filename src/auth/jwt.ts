import { fromBase64url, base64url, sha256 } from './random';

/** Why an ID token was refused: the claim or step that failed. */
export type IdTokenError =
  | 'malformed'
  | 'alg'
  | 'jwks'
  | 'kid'
  | 'signature'
  | 'iss'
  | 'sub'
  | 'aud'
  | 'azp'
  | 'nonce'
  | 'exp'
  | 'iat'
  | 'nbf'
  | 'auth_time'
  | 'at_hash';

export interface IdTokenPayload {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  azp?: string;
  nonce?: string;
  auth_time?: number;
  at_hash?: string;
  nbf?: number;
  [claim: string]: unknown;
}

export interface VerifyOptions {
  /** `${origin}/` for an Auth0 tenant. */
  issuer: string;
  /** The client ID. */
  audience: string;
  /** The nonce sent; when given, the token must carry it. */
  nonce?: string | null | undefined;
  /** Seconds of clock skew allowed on exp, iat, nbf and auth_time (auth0-js: 60). */
  leeway: number;
  /** Milliseconds since the epoch. */
  now: number;
  /** Seconds (the `max_age` sent): auth_time must be within it. */
  maxAge?: number | undefined;
  /** The access token that came with the ID token: checked against at_hash when the token has one. */
  accessToken?: string | undefined;
}

/** The JWK for a key id; rejects when the key set cannot be loaded. */
export type GetKey = (kid: unknown) => Promise<JsonWebKey | undefined>;

export type VerifyResult = { ok: true; payload: IdTokenPayload } | { ok: false; code: IdTokenError };

const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

const decodeJson = (part: string): unknown => JSON.parse(new TextDecoder().decode(fromBase64url(part)));

/**
 * Verifies an RS256 ID token as OIDC Core §3.1.3.7 and auth0-js/auth0-spa-js do: signature by a key of the
 * tenant's JWKS, then iss, sub, aud, azp, nonce, exp, iat, nbf, auth_time (with maxAge) and at_hash. Any other
 * algorithm (`none`, HS256 keyed with the public key, ...) is refused before a key is looked up.
 */
export async function verifyIdToken(token: string, options: VerifyOptions, getKey: GetKey): Promise<VerifyResult> {
  // Each step names itself before it runs; whatever fails or throws is refused with the name of the step it was in.
  let code: IdTokenError = 'malformed';
  const check = (step: IdTokenError, passed: unknown) => {
    code = step;
    if (!passed) throw 0;
  };
  try {
    const parts = token.split('.');
    const [head = '', body = '', tail = ''] = parts;
    const header = decodeJson(head) as { alg?: unknown; kid?: unknown };
    const claims = decodeJson(body) as IdTokenPayload;
    const signature = fromBase64url(tail);
    check('alg', parts.length == 3 && header.alg === 'RS256');
    code = 'jwks';
    const jwk = await getKey(header.kid);
    code = 'kid';
    // The whole JWK, so that WebCrypto itself refuses a key marked for another algorithm (alg) or use (use: enc);
    // an unknown kid (undefined) throws here too.
    const key = await crypto.subtle.importKey('jwk', jwk as JsonWebKey, RSA, false, ['verify']);
    check('signature', await crypto.subtle.verify(RSA, key, signature, new TextEncoder().encode(`${head}.${body}`)));
    const { iss, sub, aud, azp, exp, iat, nbf, auth_time, at_hash } = claims;
    const { leeway, audience, nonce, maxAge, accessToken } = options;
    const now = options.now / 1000;
    const audiences = Array.isArray(aud) ? aud : [aud];
    check('iss', iss === options.issuer);
    check('sub', typeof sub == 'string' && sub);
    check('aud', audiences.includes(audience));
    // With several audiences the token must name its authorized party; when it names one, it must be this client.
    check('azp', azp === audience || (azp === undefined && audiences.length < 2));
    check('nonce', nonce == null || claims.nonce === nonce);
    check('exp', typeof exp == 'number' && now <= exp + leeway);
    check('iat', typeof iat == 'number' && iat <= now + leeway);
    check('nbf', !(nbf! > now + leeway)); // non-null: a missing nbf compares false, which passes
    check('auth_time', maxAge == null || (typeof auth_time == 'number' && now <= auth_time + maxAge + leeway));
    // at_hash: base64url of the left half of SHA-256 over the access token (OIDC Core §3.2.2.9).
    check('at_hash', !(at_hash && accessToken) || at_hash === base64url((await sha256(accessToken)).slice(0, 16)));
    return { ok: true, payload: claims };
  } catch {
    return { ok: false, code };
  }
}
