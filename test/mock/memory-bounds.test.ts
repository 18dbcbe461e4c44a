import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BruteForceGuard, bruteForceKey, MAX_BRUTE_FORCE_PAIRS, MAX_FAILED_LOGINS } from '../../mock/brute-force';
import { CHANGE_PASSWORD_POLICY, MAX_BUCKETS, RateLimiter, userKey, type RatePolicy } from '../../mock/rate-limit';
import { changePasswordBody, CONNECTION, startTestMock, type TestMock } from './mock-harness';

// Every per-key map in the mock is bounded: keys have a fixed size (the per-user part is a digest) and each map
// holds at most a fixed number of keys, evicting in an order that cannot be used to lift a protection cheaply.

const CAP = 50;
const POLICY: RatePolicy = { limit: 10, refill: 1, intervalMs: 60_000 };
const IP = '203.0.113.7';

function clock() {
  const c = { now: Date.UTC(2030, 0, 1), advance: (ms: number) => (c.now += ms) };
  return c;
}

describe('key size', () => {
  it('a 254-character email makes a key as long as a 5-character one', () => {
    const long = `${'a'.repeat(254 - '@latch.dev'.length)}@latch.dev`;
    expect(long).toHaveLength(254);
    expect(userKey(IP, long)).toHaveLength(userKey(IP, 'a@b.c').length);
    expect(bruteForceKey(IP, CONNECTION, long)).toHaveLength(bruteForceKey(IP, CONNECTION, 'a@b.c').length);
    expect(Buffer.byteLength(userKey('ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255', long))).toBeLessThanOrEqual(100);
    // Whatever is sent, even far past the identifier limit.
    expect(userKey(IP, 'x'.repeat(1_000_000)).length).toBe(userKey(IP, 'x').length);
  });

  it('normalises before hashing: case and surrounding spaces do not make a new key', () => {
    expect(userKey(IP, '  Demo@Latch.DEV ')).toBe(userKey(IP, 'demo@latch.dev'));
    expect(bruteForceKey(IP, CONNECTION, ' DEMO@latch.dev')).toBe(bruteForceKey(IP, CONNECTION, 'demo@latch.dev'));
    expect(userKey(IP, 'demo@latch.dev')).not.toBe(userKey('198.51.100.1', 'demo@latch.dev'));
    expect(bruteForceKey(IP, CONNECTION, 'demo@latch.dev')).not.toBe(bruteForceKey(IP, 'other', 'demo@latch.dev'));
  });

  it('bounds even a key built by hand', () => {
    const limiter = new RateLimiter(POLICY, () => 0, CAP);
    expect(limiter.take('k'.repeat(10_000)).allowed).toBe(true);
    expect(limiter.size).toBe(1);
  });
});

describe('RateLimiter cap', () => {
  it('defaults to 10,000 buckets', () => {
    expect(MAX_BUCKETS).toBe(10_000);
    expect(new RateLimiter(CHANGE_PASSWORD_POLICY, Date.now).maxBuckets).toBe(10_000);
  });

  it('holds at most the cap after 1,000 distinct keys', () => {
    const c = clock();
    const limiter = new RateLimiter(POLICY, () => c.now, CAP);
    for (let i = 0; i < 1_000; i += 1) {
      limiter.take(userKey(IP, `user${i}@latch.dev`));
      expect(limiter.size).toBeLessThanOrEqual(CAP);
    }
    expect(limiter.size).toBe(CAP);
  });

  it('a key that is still limited outlives 1,000 new keys (they are evicted first)', () => {
    const c = clock();
    const limiter = new RateLimiter(POLICY, () => c.now, CAP);
    const victim = userKey(IP, 'victim@latch.dev');
    for (let i = 0; i < POLICY.limit; i += 1) expect(limiter.take(victim).allowed).toBe(true);
    expect(limiter.take(victim).allowed).toBe(false);

    for (let i = 0; i < 1_000; i += 1) limiter.take(userKey(IP, `flood${i}@latch.dev`));
    expect(limiter.size).toBe(CAP);
    // Still refused: the bucket was kept, not forgotten and refilled.
    expect(limiter.take(victim).allowed).toBe(false);
  });

  it('forgets full (refilled) buckets first, then the fullest, the oldest among equals', () => {
    const c = clock();
    const limiter = new RateLimiter(POLICY, () => c.now, 3);
    const [a, b, d] = ['a', 'b', 'd'].map((u) => userKey(IP, u)) as [string, string, string];
    for (let i = 0; i < POLICY.limit; i += 1) limiter.take(a); // a: 0 tokens, limited.
    limiter.take(b); // b: 9 tokens.
    for (let i = 0; i < 5; i += 1) limiter.take(d); // d: 5 tokens.
    limiter.take(userKey(IP, 'e')); // Full: b (fullest) goes, e has 9 tokens.
    expect(limiter.size).toBe(3);
    expect(limiter.take(a).allowed).toBe(false); // a kept.
    expect(limiter.take(d).headers['X-RateLimit-Remaining']).toBe('4'); // d kept (5 → 4).
    expect(limiter.take(b).headers['X-RateLimit-Remaining']).toBe('9'); // b was forgotten: a fresh bucket.

    // Ten minutes on every bucket is full again: all are forgotten at once, none lifted early.
    c.advance(10 * 60_000);
    limiter.take(userKey(IP, 'f'));
    expect(limiter.size).toBe(1);
  });

  it('evicts a limited bucket only when every bucket is limited, and then the oldest', () => {
    const c = clock();
    const limiter = new RateLimiter(POLICY, () => c.now, 2);
    const [a, b] = ['a', 'b'].map((u) => userKey(IP, u)) as [string, string];
    for (let i = 0; i <= POLICY.limit; i += 1) limiter.take(a);
    for (let i = 0; i <= POLICY.limit; i += 1) limiter.take(b);
    limiter.take(userKey(IP, 'c'));
    expect(limiter.size).toBe(2);
    expect(limiter.take(b).allowed).toBe(false); // b (newer) kept.
    expect(limiter.take(a).headers['X-RateLimit-Remaining']).toBe('9'); // a (oldest) was the one forgotten.
  });
});

describe('BruteForceGuard cap', () => {
  const fail = (guard: BruteForceGuard, key: string, times: number) => {
    for (let i = 0; i < times; i += 1) guard.recordFailure(key);
  };

  it('defaults to 10,000 pairs', () => {
    expect(MAX_BRUTE_FORCE_PAIRS).toBe(10_000);
    expect(new BruteForceGuard().maxPairs).toBe(10_000);
  });

  it('holds at most the cap after 1,000 distinct failing pairs', () => {
    const guard = new BruteForceGuard(CAP);
    for (let i = 0; i < 1_000; i += 1) {
      guard.recordFailure(bruteForceKey(IP, CONNECTION, `user${i}@latch.dev`));
      expect(guard.size).toBeLessThanOrEqual(CAP);
    }
    expect(guard.size).toBe(CAP);
  });

  it('a blocked pair survives 1,000 other failing pairs', () => {
    const guard = new BruteForceGuard(CAP);
    const victim = bruteForceKey(IP, CONNECTION, 'demo@latch.dev');
    fail(guard, victim, MAX_FAILED_LOGINS);
    expect(guard.isBlocked(victim)).toBe(true);
    for (let i = 0; i < 1_000; i += 1) fail(guard, bruteForceKey(IP, CONNECTION, `flood${i}@latch.dev`), 3);
    expect(guard.size).toBe(CAP);
    expect(guard.isBlocked(victim)).toBe(true);
  });

  it('forgets the oldest counting pair first, and a blocked one only when all are blocked (the oldest)', () => {
    const guard = new BruteForceGuard(3);
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((u) => bruteForceKey(IP, CONNECTION, u)) as [string, string, string, string, string];
    fail(guard, a, MAX_FAILED_LOGINS); // blocked
    fail(guard, b, 1); // counting, older
    fail(guard, c, 1); // counting, newer
    fail(guard, b, 1); // b's last failure is now the newest
    fail(guard, d, 1); // evicts c
    expect(guard.size).toBe(3);
    expect(guard.isBlocked(a)).toBe(true);
    // b kept its count: 8 more failures block it.
    fail(guard, b, MAX_FAILED_LOGINS - 2);
    expect(guard.isBlocked(b)).toBe(true);
    fail(guard, d, MAX_FAILED_LOGINS - 1);
    expect(guard.isBlocked(d)).toBe(true);
    // All three blocked: a new pair evicts the oldest blocked (a).
    fail(guard, e, 1);
    expect(guard.size).toBe(3);
    expect(guard.isBlocked(a)).toBe(false);
    expect(guard.isBlocked(b)).toBe(true);
    expect(guard.isBlocked(d)).toBe(true);
  });

  it('still lifts a user’s blocks on every IP on clearUser, and keeps exclusive working', async () => {
    const guard = new BruteForceGuard(CAP);
    const here = bruteForceKey(IP, CONNECTION, 'Demo@latch.dev');
    const there = bruteForceKey('198.51.100.1', CONNECTION, 'demo@latch.dev');
    const other = bruteForceKey(IP, CONNECTION, 'other@latch.dev');
    for (const key of [here, there, other]) fail(guard, key, MAX_FAILED_LOGINS);
    guard.clearUser(CONNECTION, ' DEMO@latch.dev ');
    expect(guard.isBlocked(here)).toBe(false);
    expect(guard.isBlocked(there)).toBe(false);
    expect(guard.isBlocked(other)).toBe(true);
    expect(await guard.exclusive(here, async () => 42)).toBe(42);
  });
});

describe('over HTTP: a burst of long unique emails stays bounded', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock();
  });
  afterAll(() => mock.close());

  it('300 change_password requests (20 at a time), each with a unique 200-character email', { timeout: 15_000 }, async () => {
    await mock.reset();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;

    const statuses: number[] = [];
    const TOTAL = 300;
    const AT_ONCE = 20;
    for (let start = 0; start < TOTAL; start += AT_ONCE) {
      const batch = Array.from({ length: AT_ONCE }, (_, j) => {
        const n = String(start + j).padStart(4, '0');
        const email = `${n}${'x'.repeat(200 - '@latch.dev'.length - n.length)}@latch.dev`;
        expect(email).toHaveLength(200);
        return mock.post('/dbconnections/change_password', changePasswordBody(email)).then(async (res) => {
          await res.arrayBuffer();
          return res.status;
        });
      });
      statuses.push(...(await Promise.all(batch)));
    }
    expect(statuses).toHaveLength(TOTAL);
    // Each email is new, so each gets its own fresh bucket: none is refused.
    expect(statuses.every((s) => s === 200)).toBe(true);

    if (gc) {
      gc();
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(30 * 1024 * 1024);
    }

    // The limit still works for a maximal (254-character) email after the burst, keyed on its digest.
    const long = `${'b'.repeat(254 - '@latch.dev'.length)}@latch.dev`;
    for (let i = 0; i < 10; i += 1) {
      const res = await mock.post('/dbconnections/change_password', changePasswordBody(long));
      expect(res.status).toBe(200);
    }
    const refused = await mock.post('/dbconnections/change_password', changePasswordBody(long.toUpperCase()));
    expect(refused.status).toBe(429);
  });
});
