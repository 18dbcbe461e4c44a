import { useCountingMock } from './counting-mock';
import { describe, expect, it } from 'vitest';
import { loginBody, PASSWORD, type TestMock } from './mock-harness';

// Guesses sent all at once, over real HTTP on loopback: each request used to pass the block check before any
// failure was counted (the check runs before the asynchronous hash, the count after it), so 29 wrong passwords and
// the right one were all tried, the right one got tokens and its success wiped the count. Attempts on one IP+user
// pair now run one after another. The key derivation is counted to see how many passwords were really tried.
let mock: TestMock;
const hashing = useCountingMock((started) => (mock = started));

/** Sends every body at once; each answer as its status and error code (`ok` for a success). */
const send = async (bodies: Record<string, unknown>[]) =>
  Promise.all(
    bodies.map(async (body) => {
      const res = await mock.post('/oauth/token', body);
      const json = (await res.json()) as { error?: string };
      return `${res.status} ${json.error ?? 'ok'}`;
    }),
  );
const count = (answers: string[], answer: string) => answers.filter((a) => a === answer).length;

describe('brute-force protection under concurrent guesses', () => {
  it('29 wrong passwords and the right one sent together: ten are tried, then the pair is blocked, the right one included', async () => {
    const bodies = Array.from({ length: 29 }, (_, i) => loginBody('demo@latch.dev', `wrong-${i}`));
    bodies.push(loginBody('demo@latch.dev', PASSWORD));
    const answers = await send(bodies);
    expect(count(answers, '403 invalid_grant')).toBe(10);
    // The per-user login limit (20 a minute per IP + account) lets 20 of the 30 in line: ten are checked, the other
    // ten find the pair blocked; the last ten are refused by the limit before the line.
    expect(count(answers, '429 too_many_attempts')).toBe(10);
    expect(count(answers, '429 too_many_requests')).toBe(10);
    // The right password, sent last, is refused unchecked, by the block or by the limit.
    expect(answers.at(-1)).toMatch(/^429 too_many_(attempts|requests)$/);
    expect(hashing.count).toBe(10);
    // The pair stays blocked afterwards: once the limit gives an attempt back (one every 6 s), the block answers.
    mock.clock.advance(6_000);
    expect(await send([loginBody('demo@latch.dev', PASSWORD)])).toEqual(['429 too_many_attempts']);
    expect(hashing.count).toBe(10);
  });

  it('200 guesses at once for an account: exactly ten passwords are checked', async () => {
    const answers = await send(Array.from({ length: 200 }, (_, i) => loginBody('mfa@latch.dev', `guess-${i}`)));
    expect(count(answers, '403 invalid_grant')).toBe(10);
    // The rest are refused unchecked: blocked, or over a rate limit (the endpoint's 30 a second per IP, the
    // per-user 20 a minute per IP + account).
    expect(count(answers, '429 too_many_attempts') + count(answers, '429 too_many_requests')).toBe(190);
    expect(count(answers, '429 too_many_attempts')).toBeGreaterThan(0);
    expect(hashing.count).toBe(10);
  });

  it('different accounts are not held up by each other: each gets its own ten', async () => {
    // 24 requests, 12 per account: under the endpoint's rate limit and the per-user one, so every refusal here is a block.
    const bodies = ['demo@latch.dev', 'nobody@latch.dev'].flatMap((user) => Array.from({ length: 12 }, (_, i) => loginBody(user, `wrong-${i}`)));
    const answers = await send(bodies);
    expect(count(answers, '403 invalid_grant')).toBe(20);
    expect(count(answers, '429 too_many_attempts')).toBe(4);
    expect(hashing.count).toBe(20);
  });
});
