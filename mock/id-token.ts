import { createHash } from 'node:crypto';
import type { MockContext } from './context';
import { signJwt } from './jwt';
import type { UserRecord } from './store';

/** Auth0 issues ID tokens for 10 hours. */
export const ID_TOKEN_TTL_S = 36_000;

export interface IdTokenOptions {
  clientId: string;
  /** The granted scopes: `profile` adds name, nickname and updated_at; `email` adds email and email_verified. */
  scopes: readonly string[];
  /** Echoed when the authorize request sent one. */
  nonce?: string;
  /** The session's id (absent for grants without a session, such as password-realm). */
  sid?: string;
  /** Epoch seconds of the login. */
  authTime?: number;
  /** The access token returned beside the ID token: adds at_hash. */
  accessToken?: string;
}

/** OIDC Core §3.2.2.9: the left half of SHA-256 of the access token's ASCII, base64url. */
export function atHash(accessToken: string): string {
  const hash = createHash('sha256').update(accessToken, 'ascii').digest();
  return hash.subarray(0, hash.length / 2).toString('base64url');
}

/** The claims of an ID token for `user`, issued now (epoch ms `now`) by `publicUrl`. */
export function idTokenClaims(publicUrl: string, now: number, user: UserRecord, options: IdTokenOptions): Record<string, unknown> {
  const iat = Math.floor(now / 1000);
  const claims: Record<string, unknown> = {};
  if (options.scopes.includes('profile')) {
    claims.name = user.name;
    claims.nickname = user.email.split('@')[0];
    claims.updated_at = new Date(user.updatedAt).toISOString();
  }
  if (options.scopes.includes('email')) {
    claims.email = user.email;
    claims.email_verified = user.email_verified;
  }
  Object.assign(claims, {
    iss: `${publicUrl}/`,
    sub: user.user_id,
    aud: options.clientId,
    azp: options.clientId,
    iat,
    exp: iat + ID_TOKEN_TTL_S,
  });
  if (options.authTime !== undefined) claims.auth_time = options.authTime;
  if (options.sid !== undefined) claims.sid = options.sid;
  if (options.nonce !== undefined) claims.nonce = options.nonce;
  if (options.accessToken !== undefined) claims.at_hash = atHash(options.accessToken);
  return claims;
}

/** A signed RS256 ID token (the key of /.well-known/jwks.json). */
export function issueIdToken(ctx: MockContext, user: UserRecord, options: IdTokenOptions): string {
  return signJwt(ctx.key, idTokenClaims(ctx.tenant.publicUrl, ctx.now(), user, options));
}
