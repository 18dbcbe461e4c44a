import { boundKey, digest, ipKey } from './rate-limit';

/** Auth0's default brute-force threshold: this many consecutive failures block the IP+user pair. */
export const MAX_FAILED_LOGINS = 10;

/** The most IP+user pairs one guard remembers (see `BruteForceGuard` for which are forgotten first). */
export const MAX_BRUTE_FORCE_PAIRS = 10_000;

/** The user part of a pair's key: a digest of realm + trimmed, lower-cased username (43 characters, always). */
function userPart(realm: string, username: string): string {
  return digest(`${realm}\u0000${username.trim().toLowerCase()}`);
}

/** The key of an IP+user pair: the IP, then a fixed-size digest of realm + username, so no key outgrows ~110 bytes. */
export function bruteForceKey(ip: string, realm: string, username: string): string {
  return `${ipKey(ip)}\u0000${userPart(realm, username)}`;
}

/**
 * Counts consecutive failed logins per IP+user. Once the threshold is reached the pair stays blocked
 * (even for the right password) until an admin reset, as Auth0 blocks until the unblock link is used.
 *
 * At most `maxPairs` pairs are remembered, so failing logins with ever new usernames cannot grow the mock without
 * bound. Forgetting a pair resets its count, so eviction must not be a cheap way to lift a block: pairs still under
 * the threshold (`counting`) are forgotten first, the one whose last failure is oldest first; a blocked pair is
 * forgotten only when every remembered pair is blocked, and then the oldest blocked one. To unblock a pair by
 * eviction an attacker would need `maxPairs` other blocked pairs, i.e. MAX_FAILED_LOGINS × maxPairs failed logins
 * (100,000 by default), each paying the password hash and the /oauth/token rate limit.
 * Both maps are kept in order of last failure, so each eviction is O(1).
 */
export class BruteForceGuard {
  /** Pairs with failures still under MAX_FAILED_LOGINS, oldest last failure first. */
  private readonly counting = new Map<string, number>();
  /** Pairs that reached MAX_FAILED_LOGINS, in the order they were blocked. */
  private readonly blocked = new Set<string>();
  /** The last attempt queued per pair: attempts on one pair run one after another. */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(readonly maxPairs: number = MAX_BRUTE_FORCE_PAIRS) {
    if (!Number.isInteger(maxPairs) || maxPairs < 1) throw new RangeError('maxPairs must be a positive integer');
  }

  /**
   * Runs `attempt` once every earlier attempt on the same pair has finished. Checking the block, hashing and
   * recording the outcome then happen as if the attempts had come one by one: guesses sent all at once cannot all
   * pass the check before any failure is counted, so no more than MAX_FAILED_LOGINS passwords are ever tried.
   */
  async exclusive<T>(key: string, attempt: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    this.queues.set(key, tail);
    await previous;
    try {
      return await attempt();
    } finally {
      release();
      if (this.queues.get(key) === tail) this.queues.delete(key);
    }
  }

  /** How many pairs are remembered, blocked or not (for tests and diagnostics). */
  get size(): number {
    return this.counting.size + this.blocked.size;
  }

  isBlocked(key: string): boolean {
    return this.blocked.has(boundKey(key));
  }

  recordFailure(rawKey: string): void {
    const key = boundKey(rawKey);
    if (this.blocked.has(key)) return;
    const failures = (this.counting.get(key) ?? 0) + 1;
    if (this.counting.has(key)) this.counting.delete(key);
    else if (this.size >= this.maxPairs) this.evictOne();
    if (failures >= MAX_FAILED_LOGINS) this.blocked.add(key);
    else this.counting.set(key, failures);
  }

  /** A success before the threshold ends the run of consecutive failures. */
  recordSuccess(key: string): void {
    const bounded = boundKey(key);
    this.counting.delete(bounded);
    this.blocked.delete(bounded);
  }

  /** A password reset lifts the user's blocks from every IP, as Auth0 does. Keys end in the realm + username digest. */
  clearUser(realm: string, username: string): void {
    const suffix = `\u0000${userPart(realm, username)}`;
    for (const key of this.counting.keys()) if (key.endsWith(suffix)) this.counting.delete(key);
    for (const key of this.blocked) if (key.endsWith(suffix)) this.blocked.delete(key);
  }

  /** The IPs a user's identifier is blocked from (an over-long IP shows as its digest). */
  blockedIps(realm: string, username: string): string[] {
    const suffix = `\u0000${userPart(realm, username)}`;
    return [...this.blocked].filter((key) => key.endsWith(suffix)).map((key) => key.slice(0, -suffix.length));
  }

  reset(): void {
    this.counting.clear();
    this.blocked.clear();
    this.queues.clear();
  }

  /** Forgets one pair: the oldest still counting, or only if none is, the oldest blocked. See the class comment. */
  private evictOne(): void {
    const oldestCounting = this.counting.keys().next();
    if (!oldestCounting.done) {
      this.counting.delete(oldestCounting.value);
      return;
    }
    const oldestBlocked = this.blocked.values().next();
    if (!oldestBlocked.done) this.blocked.delete(oldestBlocked.value);
  }
}
