// The one wall-clock check of enumeration safety: does a login for an account that does not exist answer in the
// same time as a wrong password for one that does? `npm test` proves the two do the same work by counting key
// derivations (test/mock/timing.test.ts); this measures what a client sees, at the real scrypt cost, with the two
// kinds of request interleaved so a busy machine slows both alike. The verdict is relative to the measurement's
// own spread: the medians must differ by less than half the pooled interquartile range. It reports; it never fails
// a build, since noise on a shared machine is not a property of the mock.
import { startMockServer } from '../../mock/server.ts';
// The same request body the mock's tests send (the widget's password-realm grant, the demo client and connection).
import { loginBody } from '../../test/mock/mock-harness.ts';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
const median = (xs) => quantile([...xs].sort((a, b) => a - b), 0.5);

/** Runs `pairs` interleaved pairs (order alternating) and returns medians, spread and the verdict. */
export async function runTiming({ pairs = 40 } = {}) {
  const mock = await startMockServer({ port: 0, host: '127.0.0.1' });
  const post = async (path, body) => {
    const started = performance.now();
    const res = await fetch(`${mock.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await res.arrayBuffer();
    return { ms: performance.now() - started, status: res.status };
  };
  const login = (username, password) => post('/oauth/token', loginBody(username, password));
  const wrong = (i) => login('mfa@latch.dev', `wrong-${i}`);
  const missing = (i) => login(`nobody-${i}@latch.dev`, 'wrong');
  const known = [];
  const unknown = [];
  const statuses = new Set();
  try {
    await wrong(-1);
    await missing(-1);
    for (let i = 0; i < pairs; i += 1) {
      // Brute-force protection blocks an account after ten failures: start each batch of four from a clean slate.
      if (i % 4 === 0) await fetch(`${mock.url}/__reset`, { method: 'POST', headers: { 'X-Latch-Admin': mock.app.adminSecret } });
      const order = i % 2 === 0 ? [wrong, missing] : [missing, wrong];
      for (const request of order) {
        const { ms, status } = await request(i);
        statuses.add(status);
        (request === wrong ? known : unknown).push(ms);
      }
    }
  } finally {
    await mock.close();
  }
  const pooled = [...known, ...unknown].sort((a, b) => a - b);
  const iqr = quantile(pooled, 0.75) - quantile(pooled, 0.25);
  const difference = median(unknown) - median(known);
  return {
    pairs,
    statuses: [...statuses],
    medianMs: { wrongPassword: median(known), unknownUser: median(unknown) },
    differenceMs: difference,
    pooledIqrMs: iqr,
    sameWithinNoise: Math.abs(difference) < 0.5 * iqr || Math.abs(difference) < 1,
  };
}

export function timingText(t) {
  const f = (ms) => `${ms.toFixed(1)} ms`;
  return [
    `wrong password ${f(t.medianMs.wrongPassword)}, unknown user ${f(t.medianMs.unknownUser)} (medians of ${t.pairs} interleaved pairs; statuses ${t.statuses.join(', ')})`,
    `difference ${f(t.differenceMs)} against a pooled interquartile range of ${f(t.pooledIqrMs)}: ${t.sameWithinNoise ? 'the same within noise' : 'TOLD APART: an unknown account can be detected by time'}`,
  ].join('\n');
}
