import { useCountingMock } from './counting-mock';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { BruteForceGuard, bruteForceKey, MAX_FAILED_LOGINS } from '../../mock/brute-force';
import type { MockContext } from '../../mock/context';
import { ApiError, apiError } from '../../mock/http';
import type { Derive } from '../../mock/passwords';
import { MAX_LINE_WAIT_MS, passwordLogin } from '../../mock/password-login';
import { LOGIN_POLICY, RateLimiter } from '../../mock/rate-limit';
import { APP_ORIGIN, coAuthenticate, CookieJar } from './authorize-harness';
import { CONNECTION, loginBody, PASSWORD, type TestMock } from './mock-harness';

// Auth0's per-user login limit over real HTTP: 20 attempts a minute from one IP to one account, then 10 a minute,
// right password or wrong, for /oauth/token (password-realm) and /co/authenticate alike. Checked before the attempt
// waits for its turn under the brute-force guard and before any password work, keyed on the username as typed so a
// missing account is limited exactly like a real one. The harness clock only moves when a test moves it.

let mock: TestMock;
const hashing = useCountingMock((started) => (mock = started));

const TOO_MANY_LOGINS = {
  error: 'too_many_requests',
  error_description: 'Too many login attempts for this user from your IP address. Please wait before trying again.',
};
const BLOCKED = {
  error: 'too_many_attempts',
  error_description:
    "Your account has been blocked after multiple consecutive login attempts. We've sent you a notification via your preferred contact method with instructions on how to unblock it.",
};
/** One token comes back every 60 s / 10 = 6 s. */
const ONE_TOKEN_MS = LOGIN_POLICY.intervalMs / LOGIN_POLICY.refill;

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

async function token(username: string, password: string): Promise<Answer> {
  const res = await mock.post('/oauth/token', loginBody(username, password));
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

/** The rate-limit headers of an answer, and the status and body: what a client can see. */
const visible = ({ status, body, headers }: Answer) => ({
  status,
  body,
  limit: headers.get('x-ratelimit-limit'),
  remaining: headers.get('x-ratelimit-remaining'),
  reset: headers.get('x-ratelimit-reset'),
  retryAfter: headers.get('retry-after'),
});

/** `n` attempts one after another, each answer as `status error` (`200 ok` for tokens). */
async function attempts(n: number, username: string, password: (i: number) => string): Promise<string[]> {
  const answers: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const { status, body } = await token(username, password(i));
    answers.push(`${status} ${(body.error as string | undefined) ?? 'ok'}`);
  }
  return answers;
}

describe('per-user login limit on /oauth/token (20 a minute per IP + account, then 10 a minute)', () => {
  it('the policy is Auth0’s published one', () => {
    expect(LOGIN_POLICY).toEqual({ limit: 20, refill: 10, intervalMs: 60_000 });
  });

  it('allows 20 logins with the right password, refuses the 21st with 429 and Retry-After, unchecked', async () => {
    expect(await attempts(20, 'demo@latch.dev', () => PASSWORD)).toEqual(Array(20).fill('200 ok'));
    expect(hashing.count).toBe(20);

    const refused = await token('demo@latch.dev', PASSWORD);
    expect(visible(refused)).toEqual({
      status: 429,
      body: TOO_MANY_LOGINS,
      limit: '20',
      remaining: '0',
      reset: String(Math.ceil((mock.clock.now + ONE_TOKEN_MS) / 1000)),
      retryAfter: String(ONE_TOKEN_MS / 1000),
    });
    // Refused before the password was looked at.
    expect(hashing.count).toBe(20);
  });

  it('lets the next attempt through once a token has come back, and ten more after a minute', async () => {
    await attempts(20, 'demo@latch.dev', () => PASSWORD);
    expect((await token('demo@latch.dev', PASSWORD)).status).toBe(429);

    mock.clock.advance(ONE_TOKEN_MS - 1_000);
    const early = await token('demo@latch.dev', PASSWORD);
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('1');

    mock.clock.advance(1_000);
    expect((await token('demo@latch.dev', PASSWORD)).status).toBe(200);
    expect((await token('demo@latch.dev', PASSWORD)).status).toBe(429);

    // A minute later: 10 more (the per-IP limit of the endpoint, 30 a second, has long refilled too).
    mock.clock.advance(60_000);
    expect(await attempts(11, 'demo@latch.dev', () => PASSWORD)).toEqual([...Array(10).fill('200 ok'), '429 too_many_requests']);
  });

  it('answers a missing account exactly as a real one: the same statuses, bodies and headers', async () => {
    // Wrong passwords for a real account and any password for a missing one: ten failures, then the block, then
    // (the 21st attempt of the minute) the rate limit, in both cases. A reset in between, so both start alike.
    const expected = [...Array(10).fill('403 invalid_grant'), ...Array(10).fill('429 too_many_attempts')];
    expect(await attempts(20, 'demo@latch.dev', (i) => `wrong-${i}`)).toEqual(expected);
    const known = visible(await token('demo@latch.dev', PASSWORD));
    await mock.reset();
    expect(await attempts(20, 'nobody@latch.dev', (i) => `wrong-${i}`)).toEqual(expected);
    const unknown = visible(await token('nobody@latch.dev', PASSWORD));
    expect(known).toEqual(unknown);
    expect(known.body).toEqual(TOO_MANY_LOGINS);
    expect(known.retryAfter).toBe('6');
    // Ten failures each: only those were checked.
    expect(hashing.count).toBe(20);
  });

  it('keys on the username as typed (trimmed, any case), not on the user record', async () => {
    const spellings = ['demo@latch.dev', 'DEMO@latch.dev', ' Demo@Latch.Dev '];
    const answers = await Promise.all(
      Array.from({ length: 21 }, async (_, i) => (await token(spellings[i % 3] ?? '', PASSWORD)).status),
    );
    expect(answers.filter((s) => s === 200)).toHaveLength(20);
    expect(answers.filter((s) => s === 429)).toHaveLength(1);
  });

  it('leaves other accounts from the same IP, and the same account from another IP, unaffected', async () => {
    await attempts(20, 'demo@latch.dev', () => PASSWORD);
    expect((await token('demo@latch.dev', PASSWORD)).status).toBe(429);

    expect((await token('mfa@latch.dev', PASSWORD)).body.error).toBe('mfa_required');
    expect((await token('someone-else@latch.dev', 'x')).body.error).toBe('invalid_grant');
    // The same account from 127.0.0.2 (loopback too): a pair of its own.
    expect(await loginFrom('127.0.0.2', 'demo@latch.dev', PASSWORD)).toBe(200);
  });
});

describe('/co/authenticate shares the limit', () => {
  const co = async (password = PASSWORD) => coAuthenticate(mock, new CookieJar(), { password });

  it('ten attempts on each endpoint use up the account’s twenty; both then refuse', async () => {
    for (let i = 0; i < 10; i += 1) expect((await co()).status).toBe(200);
    expect(await attempts(10, 'demo@latch.dev', () => PASSWORD)).toEqual(Array(10).fill('200 ok'));

    const viaCo = await co();
    expect(viaCo.status).toBe(429);
    expect(viaCo.body).toEqual(TOO_MANY_LOGINS);
    expect(viaCo.res.headers.get('retry-after')).toBe('6');
    expect(viaCo.res.headers.get('x-ratelimit-limit')).toBe('20');
    // The refusal still carries the CORS grant, so the page can read it.
    expect(viaCo.res.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const viaToken = await token('demo@latch.dev', PASSWORD);
    expect(visible(viaToken).body).toEqual(TOO_MANY_LOGINS);
    expect(hashing.count).toBe(20);
  });

  it('a missing account is limited the same way there', async () => {
    const run = async (username: string) => {
      const seen: { status: number; body: Record<string, string>; retryAfter: string | null }[] = [];
      for (let i = 0; i < 21; i += 1) {
        const { status, body, res } = await coAuthenticate(mock, new CookieJar(), { username, password: `wrong-${i}` });
        seen.push({ status, body, retryAfter: res.headers.get('retry-after') });
      }
      return seen;
    };
    const known = await run('demo@latch.dev');
    await mock.reset();
    const unknown = await run('nobody@latch.dev');
    expect(known).toEqual(unknown);
    expect(known.map((a) => `${a.status} ${a.body.error}`)).toEqual([
      ...Array(10).fill('403 access_denied'),
      ...Array(10).fill('429 too_many_attempts'),
      '429 too_many_requests',
    ]);
    expect(known.at(-1)).toEqual({ status: 429, body: TOO_MANY_LOGINS, retryAfter: '6' });
  });
});

describe('a blocked pair is answered at once, before its line and without password work', () => {
  it('after ten failures no attempt derives a key again, the right password included', async () => {
    expect(await attempts(10, 'demo@latch.dev', (i) => `wrong-${i}`)).toEqual(Array(10).fill('403 invalid_grant'));
    expect(hashing.count).toBe(10);

    const one = await token('demo@latch.dev', PASSWORD);
    expect(one.status).toBe(429);
    expect(one.body).toEqual(BLOCKED);
    // Several at once: none waits for a derivation, none is checked.
    const together = await Promise.all(Array.from({ length: 8 }, (_, i) => token('demo@latch.dev', i === 7 ? PASSWORD : `w-${i}`)));
    expect(together.map((a) => a.body)).toEqual(Array(8).fill(BLOCKED));
    const viaCo = await coAuthenticate(mock, new CookieJar());
    expect(viaCo.status).toBe(429);
    expect(viaCo.body).toEqual(BLOCKED);
    expect(hashing.count).toBe(10);
  });
});

describe('passwordLogin: refusals before the line, and a bounded wait in it', () => {
  // In process, to see what over HTTP only shows as the absence of work: a refused attempt never joins its pair's
  // line (BruteForceGuard.exclusive) and never reaches the key derivation; and with a clock and derivations held by
  // the test, an attempt left waiting too long in the line.
  const IP = '203.0.113.9';
  const WRONG = apiError(403, 'invalid_grant', 'Wrong email or password.');
  function context() {
    const guard = new BruteForceGuard();
    const lined = { count: 0 };
    const exclusive = guard.exclusive.bind(guard);
    guard.exclusive = (key, attempt) => {
      lined.count += 1;
      return exclusive(key, attempt);
    };
    const derived = { count: 0 };
    const clock = { now: 0 };
    let gate: Promise<void> | undefined;
    const derive: Derive = async () => {
      derived.count += 1;
      await gate;
      return Buffer.alloc(32);
    };
    const ctx = {
      bruteForce: guard,
      limits: { login: new RateLimiter(LOGIN_POLICY, () => clock.now) },
      store: { findUser: () => undefined },
      derive,
      hashCost: 1024,
      now: () => clock.now,
    } as unknown as MockContext;
    /** Holds every derivation until the returned function is called. */
    const hold = () => {
      let open = () => {};
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      return () => {
        gate = undefined;
        open();
      };
    };
    return { ctx, guard, lined, derived, clock, hold };
  }
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (error: unknown) => (error instanceof ApiError ? `${error.status} ${String(error.body.error)}` : String(error)),
    );

  it('a blocked pair is answered without joining the line', async () => {
    const { ctx, guard, lined, derived } = context();
    const key = bruteForceKey(IP, CONNECTION, 'someone@latch.dev');
    for (let i = 0; i < MAX_FAILED_LOGINS; i += 1) guard.recordFailure(key);
    expect(await refusal(passwordLogin(ctx, IP, CONNECTION, ' Someone@latch.dev', 'x', WRONG))).toBe('429 too_many_attempts');
    expect(lined.count).toBe(0);
    expect(derived.count).toBe(0);
  });

  it('the 21st attempt of the minute is answered without joining the line', async () => {
    const { ctx, lined, derived } = context();
    for (let i = 0; i < LOGIN_POLICY.limit; i += 1) {
      // Ten failures block the pair; the next ten are refused by the block, and still count towards the limit.
      expect(await refusal(passwordLogin(ctx, IP, CONNECTION, 'someone@latch.dev', 'x', WRONG))).toBe(
        i < MAX_FAILED_LOGINS ? '403 invalid_grant' : '429 too_many_attempts',
      );
    }
    expect(lined.count).toBe(MAX_FAILED_LOGINS);
    expect(derived.count).toBe(MAX_FAILED_LOGINS);
    expect(await refusal(passwordLogin(ctx, IP, CONNECTION, 'someone@latch.dev', 'x', WRONG))).toBe('429 too_many_requests');
    expect(lined.count).toBe(MAX_FAILED_LOGINS);
    expect(derived.count).toBe(MAX_FAILED_LOGINS);
  });

  it(`an attempt whose turn comes more than ${MAX_LINE_WAIT_MS} ms after it arrived is answered 429 unchecked`, async () => {
    const { ctx, derived, clock, hold } = context();
    const login = () =>
      passwordLogin(ctx, IP, CONNECTION, 'someone@latch.dev', 'x', WRONG).then(
        () => undefined,
        (error: unknown) => error as ApiError,
      );
    const release = hold();
    const first = login(); // its turn at once; its derivation is held
    await new Promise((resolve) => setImmediate(resolve));
    expect(derived.count).toBe(1);
    const second = login(); // waits behind it from 0 ms
    clock.now = 2_000;
    const third = login(); // waits from 2,000 ms
    clock.now = MAX_LINE_WAIT_MS + 1;
    release();

    expect((await first)?.status).toBe(403);
    const late = await second;
    expect(late?.status).toBe(429);
    expect(late?.body).toEqual(TOO_MANY_LOGINS);
    expect(late?.headers['Retry-After']).toBe(String(MAX_LINE_WAIT_MS / 1000));
    // The third waited 3,001 ms: checked as usual.
    expect((await third)?.status).toBe(403);
    expect(derived.count).toBe(2);
  });
});

/** POST /oauth/token from another loopback address (the mock keys its limits on the socket's address). */
function loginFrom(localAddress: string, username: string, password: string): Promise<number> {
  const { hostname, port } = new URL(mock.url);
  const payload = JSON.stringify(loginBody(username, password));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        localAddress,
        method: 'POST',
        path: '/oauth/token',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
