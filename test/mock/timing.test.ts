import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_HASH_COST, scryptDerive, type Derive } from '../../mock/passwords';
import { changePasswordBody, CLIENT_ID, CONNECTION, loginBody, startTestMock, type TestMock } from './mock-harness';

// Enumeration by timing, proven by counting rather than by a clock: a missing account must cost the same work as a
// real one. The mock takes its key derivation as an option; this wraps the real scrypt (at the real cost, as the
// demo runs it) and records every derivation a request makes. A wall-clock comparison, interleaved and judged
// against its own noise, runs in `npm run bench` (bench/lib/timing.mjs), where noise cannot fail the suite.
let mock: TestMock;
let work: number[] = [];
const counting: Derive = (password, salt, cost) => {
  work.push(cost);
  return scryptDerive(password, salt, cost);
};

beforeAll(async () => {
  mock = await startTestMock({ passwordHashCost: undefined, passwordDerive: counting });
});
afterAll(() => mock.close());
beforeEach(() => {
  work = [];
});

/** The derivations (their costs, in order) one request made, and its status. */
async function workOf(path: string, body: Record<string, unknown>): Promise<{ status: number; costs: number[] }> {
  work = [];
  const res = await mock.post(path, body);
  await res.arrayBuffer();
  return { status: res.status, costs: work };
}

describe('a missing account does the same work as a real one', () => {
  it('signup: a taken email costs the same password hashing as a new one', async () => {
    const signup = (email: string) => ({ client_id: CLIENT_ID, email, password: 'Purple-Otter-42', connection: CONNECTION });
    const taken = await workOf('/dbconnections/signup', signup('demo@latch.dev'));
    const fresh = await workOf('/dbconnections/signup', signup('new-1@latch.dev'));
    expect(taken.status).toBe(400);
    expect(fresh.status).toBe(200);
    expect(taken.costs).toEqual([DEFAULT_HASH_COST]);
    expect(fresh.costs).toEqual(taken.costs);
  });

  it('change_password: an unknown email does what a known one does (no password work for either)', async () => {
    const known = await workOf('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    const unknown = await workOf('/dbconnections/change_password', changePasswordBody('nobody-1@latch.dev'));
    expect([known.status, unknown.status]).toEqual([200, 200]);
    expect(unknown.costs).toEqual(known.costs);
    expect(known.costs).toEqual([]);
  });

  // A plain account and one whose right password leads on to a second factor: before that, both must look alike.
  it.each(['demo@latch.dev', 'mfa@latch.dev'])('login: an unknown user costs the same derivation, at the same cost, as a wrong password for %s', async (email) => {
    const wrong = await workOf('/oauth/token', loginBody(email, 'wrong-1'));
    const unknown = await workOf('/oauth/token', loginBody('nobody-1@latch.dev', 'wrong'));
    expect([wrong.status, unknown.status]).toEqual([403, 403]);
    expect(wrong.costs).toEqual([DEFAULT_HASH_COST]);
    expect(unknown.costs).toEqual(wrong.costs);
  });

  it('the counter sees the work: a right password is one derivation at the stored cost too', async () => {
    const right = await workOf('/oauth/token', loginBody('demo@latch.dev', 'correct-horse-battery-staple'));
    expect(right.status).toBe(200);
    expect(right.costs).toEqual([DEFAULT_HASH_COST]);
  });
});
