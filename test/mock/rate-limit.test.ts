import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changePasswordBody, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const resetAfter = (ms: number) => String(Math.ceil((mock.clock.now + ms) / 1000));

describe('change_password rate limit (burst 10, then 1 per minute per IP + email)', () => {
  const send = (email = 'demo@latch.dev') => mock.post('/dbconnections/change_password', changePasswordBody(email));

  it('counts down, refuses the 11th request with 429 and recovers after a minute', async () => {
    for (let i = 1; i <= 10; i += 1) {
      const res = await send();
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(10 - i));
      expect(res.headers.get('retry-after')).toBeNull();
    }

    const refused = await send();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      error: 'too_many_requests',
      error_description: 'You have reached the limit on password change attempts. Please wait before trying again.',
    });
    expect(refused.headers.get('x-ratelimit-limit')).toBe('10');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('x-ratelimit-reset')).toBe(resetAfter(60_000));
    expect(refused.headers.get('retry-after')).toBe('60');

    mock.clock.advance(30_000);
    const stillRefused = await send();
    expect(stillRefused.status).toBe(429);
    expect(stillRefused.headers.get('retry-after')).toBe('30');

    mock.clock.advance(30_000);
    const recovered = await send();
    expect(recovered.status).toBe(200);
    expect(recovered.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await send()).status).toBe(429);
  });

  it('only refused emails count: another email from the same IP is still answered', async () => {
    for (let i = 0; i < 10; i += 1) await send();
    expect((await send()).status).toBe(429);
    expect((await send('nobody@latch.dev')).status).toBe(200);
  });

  it('limits unknown emails the same way, so the limit reveals nothing', async () => {
    for (let i = 0; i < 10; i += 1) expect((await send('nobody@latch.dev')).status).toBe(200);
    const refused = await send('nobody@latch.dev');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
  });

  it('refills the whole burst after ten minutes', async () => {
    for (let i = 0; i < 10; i += 1) await send();
    mock.clock.advance(10 * 60_000);
    const res = await send();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('9');
  });

  it('puts the headers on error answers too', async () => {
    const res = await mock.post('/dbconnections/change_password', { email: 'demo@latch.dev' });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-ratelimit-limit')).toBe('10');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('9');
    expect(res.headers.get('x-ratelimit-reset')).toBe(resetAfter(60_000));
  });
});

describe('/oauth/token rate limit (30 per second per IP)', () => {
  const login = () => mock.post('/oauth/token', { grant_type: 'client_credentials' });

  it('allows 30 requests a second, refuses the 31st with 429 and recovers a second later', async () => {
    for (let i = 1; i <= 30; i += 1) {
      const res = await login();
      expect(res.status).toBe(400);
      expect(res.headers.get('x-ratelimit-limit')).toBe('30');
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(30 - i));
    }
    const refused = await login();
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: string }).error).toBe('too_many_requests');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBe(Math.ceil((mock.clock.now + 1000 / 30) / 1000));

    mock.clock.advance(1000);
    const recovered = await login();
    expect(recovered.status).toBe(400);
    expect(recovered.headers.get('x-ratelimit-remaining')).toBe('29');
  });
});
