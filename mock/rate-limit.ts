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
/** Signup: 50 per minute per IP. */
export const SIGNUP_POLICY: RatePolicy = { limit: 50, refill: 50, intervalMs: 60_000 };

export interface RateDecision {
  allowed: boolean;
  /** X-RateLimit-* on every answer, plus Retry-After when refused. */
  headers: Headers;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Idle buckets are forgotten past this many keys, so a long-running mock does not grow forever. */
const MAX_BUCKETS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly policy: RatePolicy,
    private readonly now: () => number,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    const bucket = this.refill(this.buckets.get(key) ?? { tokens: this.policy.limit, updatedAt: now }, now);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.forgetFullBuckets(now);
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

  private forgetFullBuckets(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refill(bucket, now).tokens >= this.policy.limit) this.buckets.delete(key);
    }
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
