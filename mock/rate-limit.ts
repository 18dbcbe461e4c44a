import { createHash } from 'node:crypto';
import type { Headers } from './http';

/** A token bucket: `limit` requests at once, refilled by `refill` tokens every `intervalMs`. */
export interface RatePolicy {
  limit: number;
  refill: number;
  intervalMs: number;
}

/** Auth0's published limits: change_password burst 10 then 1/min per IP+email; /oauth/token 30/s. */
export const CHANGE_PASSWORD_POLICY: RatePolicy = { limit: 10, refill: 1, intervalMs: 60_000 };
export const TOKEN_POLICY: RatePolicy = { limit: 30, refill: 30, intervalMs: 1000 };
/** Wrong Management API tokens: 10 a minute per IP, then every call from that IP waits (a token cannot be guessed at speed). */
export const MANAGEMENT_AUTH_POLICY: RatePolicy = { limit: 10, refill: 10, intervalMs: 60_000 };
/** Signup: 50 per minute per IP. */
export const SIGNUP_POLICY: RatePolicy = { limit: 50, refill: 50, intervalMs: 60_000 };
/**
 * Password logins per IP + account (Auth0's per-user login limit): 20 attempts, then 10 a minute, right password or
 * wrong. Keyed on the username as typed (its digest), so an account that does not exist is limited alike.
 */
export const LOGIN_POLICY: RatePolicy = { limit: 20, refill: 10, intervalMs: 60_000 };

export interface RateDecision {
  allowed: boolean;
  /** X-RateLimit-* on every answer, plus Retry-After when refused. */
  headers: Headers;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** The most buckets one limiter keeps (see `RateLimiter` for which are forgotten first). */
export const MAX_BUCKETS = 10_000;

/** Longest IP kept as is in a key; anything longer (it cannot come from a socket, but still) is hashed. */
const MAX_IP_LENGTH = 64;
/** Longest key a limiter or guard stores as is; a longer one is replaced by its digest. */
export const MAX_KEY_LENGTH = 100;

/** SHA-256 of `text`, base64url: always 43 characters, whatever is sent. */
export function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/** An email or username as keys compare it (trimmed, lower-cased), hashed to a fixed size. */
export function identifierDigest(identifier: string): string {
  return digest(identifier.trim().toLowerCase());
}

/** The IP part of a key: a socket's address as is (at most 45 characters for IPv6), hashed if ever longer. */
export function ipKey(ip: string): string {
  return ip.length <= MAX_IP_LENGTH ? ip : `#${digest(ip)}`;
}

/** A per IP + user key of fixed size (at most ~110 bytes): the IP, then the digest of the normalised identifier. */
export function userKey(ip: string, identifier: string): string {
  return `${ipKey(ip)}\u0000${identifierDigest(identifier)}`;
}

/** A key no longer than MAX_KEY_LENGTH: short keys as they are, longer ones as their digest (a last safety net). */
export function boundKey(key: string): string {
  return key.length <= MAX_KEY_LENGTH ? key : `#${digest(key)}`;
}

/**
 * Token buckets per key, at most `maxBuckets` of them, so requests with ever new keys cannot grow the mock without
 * bound. Keys are bounded too (`boundKey`; callers pass `userKey`, whose user part is a digest).
 *
 * Eviction, when a new key arrives and the map is full, must not be a cheap way to lift a limit (a forgotten
 * bucket starts full again):
 * 1. every bucket that has refilled completely is dropped first: forgetting it changes nothing;
 * 2. otherwise one bucket is dropped: the one with the most tokens (the closest to full, so the least protection is
 *    lost), the least recently used among equals. A key that is still refused (under one token) goes only when
 *    every bucket is as empty. Fresh buckets made by a flood of new keys hold `limit - 1` tokens, so they go before
 *    any limited key: to push out a limited bucket an attacker would first have to drain every other bucket as
 *    low, i.e. about `limit × maxBuckets` requests, each itself counted.
 * The map is kept in least-recently-used order (a key is moved to the end on every use) for the tie-break.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly policy: RatePolicy,
    private readonly now: () => number,
    readonly maxBuckets: number = MAX_BUCKETS,
  ) {
    if (!Number.isInteger(maxBuckets) || maxBuckets < 1) throw new RangeError('maxBuckets must be a positive integer');
  }

  /** How many buckets are held (for tests and diagnostics). */
  get size(): number {
    return this.buckets.size;
  }

  /** Whether `rawKey` has a request left now, without taking one. */
  allows(rawKey: string): boolean {
    const bucket = this.buckets.get(boundKey(rawKey));
    return !bucket || this.refill(bucket, this.now()).tokens >= 1;
  }

  take(rawKey: string): RateDecision {
    const key = boundKey(rawKey);
    const now = this.now();
    const existing = this.buckets.get(key);
    if (existing) this.buckets.delete(key);
    else if (this.buckets.size >= this.maxBuckets) this.makeRoom(now);
    const bucket = this.refill(existing ?? { tokens: this.policy.limit, updatedAt: now }, now);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return { allowed, headers: rateHeaders(this.policy, bucket.tokens, now, !allowed) };
  }

  /** The headers of a refused request, for a 429 forced by fault injection. */
  exhausted(): Headers {
    return rateHeaders(this.policy, 0, this.now(), true);
  }

  reset(): void {
    this.buckets.clear();
  }

  private refill(bucket: Bucket, now: number): Bucket {
    const elapsed = Math.max(0, now - bucket.updatedAt);
    return {
      // Multiply first: 1000 ms × 30 / 1000 is exactly 30, where 1000 / (1000 / 30) is not.
      tokens: Math.min(this.policy.limit, bucket.tokens + (elapsed * this.policy.refill) / this.policy.intervalMs),
      updatedAt: now,
    };
  }

  /** Frees at least one place: all full buckets, else the fullest (oldest first among equals). See the class comment. */
  private makeRoom(now: number): void {
    let victim: string | undefined;
    let most = -1;
    for (const [key, bucket] of this.buckets) {
      const tokens = this.refill(bucket, now).tokens;
      if (tokens >= this.policy.limit) {
        this.buckets.delete(key);
        victim = undefined;
        most = Number.POSITIVE_INFINITY;
      } else if (tokens > most) {
        victim = key;
        most = tokens;
      }
    }
    if (this.buckets.size >= this.maxBuckets && victim !== undefined) this.buckets.delete(victim);
  }
}

function rateHeaders(policy: RatePolicy, tokens: number, now: number, refused: boolean): Headers {
  const remaining = Math.floor(tokens);
  // Reset: when Remaining next goes up (a full bucket is one refill interval away, as after a fresh start).
  const perToken = policy.intervalMs / policy.refill;
  const untilNext = tokens >= policy.limit ? perToken : (remaining + 1 - tokens) * perToken;
  const headers: Headers = {
    'X-RateLimit-Limit': String(policy.limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': String(Math.ceil((now + untilNext) / 1000)),
  };
  if (refused) headers['Retry-After'] = String(Math.max(1, Math.ceil(untilNext / 1000)));
  return headers;
}
