import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePasswordBody, CLIENT_ID, CONNECTION, loginBody, startTestMock, type TestMock } from './mock-harness';

// Enumeration by timing: with the real scrypt cost, a missing account must answer as fast (or as
// slowly) as a real one. Medians of interleaved runs keep a busy machine's noise out.
let slow: TestMock;
beforeAll(async () => {
  slow = await startTestMock({ passwordHashCost: undefined });
});
afterAll(() => slow.close());

async function timed(path: string, body: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const res = await slow.post(path, body);
  await res.arrayBuffer();
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function compare(runs: number, real: (i: number) => Promise<number>, missing: (i: number) => Promise<number>) {
  const a: number[] = [];
  const b: number[] = [];
  // Warm up both paths (JIT, first scrypt) before measuring.
  await real(-1);
  await missing(-1);
  for (let i = 0; i < runs; i += 1) {
    a.push(await real(i));
    b.push(await missing(i));
  }
  return { real: median(a), missing: median(b) };
}

/** "Within a few ms": the medians differ by less than this. */
const TOLERANCE_MS = 8;

describe('a missing account answers in the same time as a real one', () => {
  it('signup: a taken email costs the same password hashing as a new one', async () => {
    const signup = (email: string) => ({ client_id: CLIENT_ID, email, password: 'Purple-Otter-42', connection: CONNECTION });
    const t = await compare(
      7,
      () => timed('/dbconnections/signup', signup('demo@latch.dev')),
      (i) => timed('/dbconnections/signup', signup(`new-${i + 1}@latch.dev`)),
    );
    expect(t.real).toBeGreaterThan(5);
    expect(Math.abs(t.real - t.missing)).toBeLessThan(TOLERANCE_MS);
  });

  it('change_password: an unknown email takes as long as a known one', async () => {
    const t = await compare(
      9,
      () => timed('/dbconnections/change_password', changePasswordBody('demo@latch.dev')),
      (i) => timed('/dbconnections/change_password', changePasswordBody(`nobody-${i + 1}@latch.dev`)),
    );
    expect(Math.abs(t.real - t.missing)).toBeLessThan(TOLERANCE_MS);
  });

  it('login: an unknown user takes as long as a wrong password', async () => {
    const t = await compare(
      5,
      (i) => timed('/oauth/token', loginBody('mfa@latch.dev', `wrong-${i + 1}`)),
      (i) => timed('/oauth/token', loginBody(`nobody-${i + 1}@latch.dev`, 'wrong')),
    );
    expect(t.real).toBeGreaterThan(5);
    expect(Math.abs(t.real - t.missing)).toBeLessThan(TOLERANCE_MS);
  });
});
