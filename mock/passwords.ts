import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

/** scrypt's N. Tests pass a smaller one to stay fast; the demo keeps a realistic cost. */
export const DEFAULT_HASH_COST = 16384;
const KEY_LENGTH = 32;

export interface PasswordHash {
  salt: Buffer;
  hash: Buffer;
  cost: number;
}

export function hashPassword(password: string, cost = DEFAULT_HASH_COST): PasswordHash {
  const salt = randomBytes(16);
  return { salt, hash: scryptSync(password, salt, KEY_LENGTH, { N: cost }), cost };
}

/**
 * One key derivation: scrypt(password, salt, N = cost). The request paths take it from the mock's options, so a test
 * can count the work each answer does (the same derivations at the same cost for a known and an unknown account)
 * instead of timing it.
 */
export type Derive = (password: string, salt: Buffer, cost: number) => Promise<Buffer>;

/** The real derivation, without blocking the event loop. */
export const scryptDerive: Derive = (password, salt, cost) =>
  new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { N: cost }, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** The same as hashPassword without blocking the event loop, for requests. */
export async function hashPasswordAsync(password: string, cost = DEFAULT_HASH_COST, derive = scryptDerive): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { salt, hash: await derive(password, salt, cost), cost };
}

export async function verifyPassword(password: string, stored: PasswordHash, derive = scryptDerive): Promise<boolean> {
  const candidate = await derive(password, stored.salt, stored.cost);
  return timingSafeEqual(candidate, stored.hash);
}

/**
 * The same work as verifyPassword for a user that does not exist, so an unknown email cannot be told
 * from a wrong password by the response time.
 */
export async function verifyNobody(password: string, cost = DEFAULT_HASH_COST, derive = scryptDerive): Promise<false> {
  await derive(password, randomBytes(16), cost);
  return false;
}
