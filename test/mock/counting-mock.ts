import { afterAll, beforeAll, beforeEach } from 'vitest';
import { countingDerive, startTestMock, type TestMock } from './mock-harness';

/**
 * One mock for the test file whose password derivations are counted: started before the file, closed after it, and
 * reset with the count at zero before each test. `set` receives the mock once it listens. (Kept out of
 * mock-harness.ts, which the benchmark imports outside vitest.)
 */
export function useCountingMock(set: (mock: TestMock) => void): ReturnType<typeof countingDerive> {
  const hashing = countingDerive();
  let mock: TestMock;
  beforeAll(async () => set((mock = await startTestMock({ passwordDerive: hashing.derive }))));
  afterAll(() => mock.close());
  beforeEach(async () => {
    await mock.reset();
    hashing.count = 0;
  });
  return hashing;
}
