import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PENDING_DERIVATIONS } from '../../mock/password-capacity';
import { scryptDerive, type Derive } from '../../mock/passwords';
import { loginBody, startTestMock, type TestMock } from './mock-harness';

// Under a flood of logins the mock answers what it cannot check soon with a 429 at once, instead of letting a line
// of password checks grow until clients give up (a load test left logins unanswered after 30 s). Here the password
// work is held back by a gate, so the line is full without any clock or load.
describe('password checks beyond capacity are refused at once', () => {
  let mock: TestMock;
  const gate: Array<() => void> = [];
  let started = 0;
  const held: Derive = (password, salt, cost) => {
    started += 1;
    return new Promise<void>((resolve) => gate.push(resolve)).then(() => scryptDerive(password, salt, cost));
  };
  beforeAll(async () => {
    mock = await startTestMock({ passwordDerive: held });
  });
  afterAll(() => mock.close());

  it(`holds ${MAX_PENDING_DERIVATIONS} checks and answers the rest 429 with Retry-After, then serves again`, async () => {
    const waiting: Array<Promise<Response>> = [];
    const login = (n: number) => mock.post('/oauth/token', loginBody(`nobody-${n}@latch.dev`, 'wrong'));
    // The token endpoint lets 30 a second through per IP: fill the line over three of the mock's seconds.
    let n = 0;
    while (waiting.length < MAX_PENDING_DERIVATIONS) {
      const batch = Math.min(30, MAX_PENDING_DERIVATIONS - waiting.length);
      for (let i = 0; i < batch; i += 1) waiting.push(login((n += 1)));
      await expect.poll(() => started).toBe(waiting.length);
      mock.clock.advance(1000);
    }

    const refused = await Promise.all([login((n += 1)), login((n += 1))]);
    for (const res of refused) {
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(await res.json()).toEqual({ error: 'too_many_requests', error_description: 'Global limit has been reached' });
    }
    expect(started).toBe(MAX_PENDING_DERIVATIONS);

    for (const release of gate.splice(0)) release();
    const answered = await Promise.all(waiting);
    expect(answered.map((res) => res.status)).toEqual(answered.map(() => 403));

    const again = login((n += 1));
    await expect.poll(() => gate.length).toBe(1);
    gate.splice(0).forEach((release) => release());
    expect((await again).status).toBe(403);
  });
});
