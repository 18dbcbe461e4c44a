// Load and soak: `clients` concurrent clients for `seconds` seconds on loopback against the mock's two busiest
// endpoints, POST /dbconnections/change_password and POST /oauth/token, each client alternating the two and sending
// its next request as soon as the last is answered. The mock runs in a child process (load-server.mjs) so its peak
// memory is its own. The verdict: no 5xx, no request without an answer (connection errors, 30 s timeouts), and
// the mock's peak resident set under 300 MB.
//
// Most requests name accounts that do not exist, each a new one (ever new rate-limit buckets and brute-force pairs:
// what would make the mock grow); some name the demo tenant's accounts. All clients share
// 127.0.0.1, so the per-IP limits answer much of the load with 429 (/oauth/token allows 30 a second per IP,
// change_password 10 per IP + email, then 1 a minute), and brute-force protection blocks mfa@latch.dev after its
// tenth wrong password. Those answers are the mock working as Auth0 does and are counted by status, not as errors.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { textTable } from '../size.mjs';
import { root } from './build.mjs';
// The request bodies the mock's tests send: the demo client and connection, the widget's password-realm grant.
import { changePasswordBody, loginBody, PASSWORD } from '../../test/mock/mock-harness.ts';

const TIMEOUT_MS = 30_000;
/** Failed requests kept per endpoint, with what was sent. */
const SAMPLES = 5;
const PEAK_RSS_LIMIT_MB = 300;

const ENDPOINTS = {
  changePassword: {
    path: '/dbconnections/change_password',
    // One request in ten for the demo account: its limit (10, then 1 a minute per IP + email) soon answers 429.
    body: (client, n) => changePasswordBody((client + n) % 10 === 0 ? 'demo@latch.dev' : `load-${client}-${n}@latch.dev`),
  },
  token: {
    path: '/oauth/token',
    // One in twenty the demo account's right password, one in twenty a wrong one for mfa@latch.dev (blocked after
    // ten), the rest accounts that do not exist, which cost the same scrypt work as a wrong password.
    body: (client, n) => {
      const turn = (client + n) % 20;
      if (turn === 0) return loginBody('demo@latch.dev', PASSWORD);
      if (turn === 10) return loginBody('mfa@latch.dev', `wrong-${client}-${n}`);
      return loginBody(`load-${client}-${n}@latch.dev`, `wrong-${client}-${n}`);
    },
  },
};

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? null;
const round = (n, digits = 1) => (n === null ? null : Number(n.toFixed(digits)));
const count = (histogram, key) => {
  histogram[key] = (histogram[key] ?? 0) + 1;
};
const mb = (bytes) => round(bytes / 1024 / 1024);

/**
 * One POST; never rejects. Resolves { status, body } or { error } (a code such as ECONNRESET, or TIMEOUT after
 * TIMEOUT_MS without a complete answer), with the time to the last byte of the answer.
 */
function post(agent, url, path, body) {
  const payload = JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, ms: performance.now() - started });
    };
    const fail = (error) => settle({ error: error.code ?? error.message });
    const req = request(`${url}${path}`, {
      method: 'POST',
      agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
    }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => settle({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    req.on('error', fail);
    const timer = setTimeout(() => req.destroy(Object.assign(new Error('no answer in time'), { code: 'TIMEOUT' })), TIMEOUT_MS);
    req.end(payload);
  });
}

/** The OAuth `error` of a JSON answer, for telling a rate limit (too_many_requests) from a block (too_many_attempts). */
function errorCode(text) {
  try {
    return JSON.parse(text)?.error ?? null;
  } catch {
    return null;
  }
}

/** Starts load-server.mjs under tsx's loader and resolves once it listens. */
async function startMockProcess() {
  const child = fork(join(import.meta.dirname, 'load-server.mjs'), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  // The child's next message, or an error if it exits first (a crash prints its reason on the inherited stderr).
  const reply = async (when) => {
    const [message] = await Promise.race([
      once(child, 'message'),
      exited.then(([code]) => {
        throw new Error(`the mock process exited with code ${code} ${when}`);
      }),
    ]);
    return message;
  };
  const { url } = await reply('before listening');
  return {
    url,
    stats() {
      child.send('stats');
      return reply('during the load');
    },
    async stop() {
      child.disconnect();
      await exited;
    },
  };
}

export async function runLoad({ clients = 500, seconds = 60 } = {}) {
  const mock = await startMockProcess();
  // One socket per client, kept alive between its requests. Node's agent closes an idle socket 1 s before the
  // server's announced keep-alive timeout (5 s), so no request is sent on a socket the server is closing.
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const tallies = Object.fromEntries(Object.keys(ENDPOINTS).map((id) => [id, {
    ms: [],
    answeredInTime: 0,
    pastLimitsMs: [],
    statuses: {},
    errorCodes: {},
    networkErrors: {},
    serverErrorSamples: [],
    unansweredSamples: [],
  }]));

  const started = performance.now();
  const deadline = started + seconds * 1000;
  const hit = async (id, client, n) => {
    const endpoint = ENDPOINTS[id];
    const tally = tallies[id];
    const body = endpoint.body(client, n);
    const outcome = await post(agent, mock.url, endpoint.path, body);
    // Enough to reproduce a failure against the mock: what was sent and what (if anything) came back.
    if (outcome.error) {
      count(tally.networkErrors, outcome.error);
      if (tally.unansweredSamples.length < SAMPLES) tally.unansweredSamples.push({ path: endpoint.path, request: body, error: outcome.error, ms: round(outcome.ms) });
      return;
    }
    tally.ms.push(outcome.ms);
    if (performance.now() <= deadline) tally.answeredInTime += 1;
    if (outcome.status !== 429) tally.pastLimitsMs.push(outcome.ms);
    count(tally.statuses, outcome.status);
    if (outcome.status >= 400) count(tally.errorCodes, `${outcome.status} ${errorCode(outcome.body) ?? '(no error code)'}`);
    if (outcome.status >= 500 && tally.serverErrorSamples.length < SAMPLES) {
      tally.serverErrorSamples.push({ path: endpoint.path, request: body, status: outcome.status, body: outcome.body.slice(0, 500) });
    }
  };

  // A client that has had an error goes on with its next request, as a person retrying would.
  const client = async (c) => {
    for (let n = 0; performance.now() < deadline; n += 1) {
      await hit('changePassword', c, n);
      await hit('token', c, n);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  // Every request sent before the deadline is waited for and counted; the rates are of answers within the run's time.
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  const memory = await mock.stats();
  await mock.stop();

  const endpoints = {};
  for (const [id, tally] of Object.entries(tallies)) {
    const sorted = Float64Array.from(tally.ms).sort();
    const pastLimits = Float64Array.from(tally.pastLimitsMs).sort();
    const networkErrors = Object.values(tally.networkErrors).reduce((a, b) => a + b, 0);
    const serverErrors = Object.entries(tally.statuses).reduce((sum, [status, n]) => sum + (Number(status) >= 500 ? n : 0), 0);
    const requests = sorted.length + networkErrors;
    endpoints[id] = {
      path: ENDPOINTS[id].path,
      requests,
      rps: round(tally.answeredInTime / seconds),
      latencyMs: { p50: round(quantile(sorted, 0.5)), p99: round(quantile(sorted, 0.99)), max: round(sorted.at(-1) ?? null) },
      // The answers that did the endpoint's work (for /oauth/token, the scrypt check), without the quick 429s.
      latencyMsPastLimits: { p50: round(quantile(pastLimits, 0.5)), p99: round(quantile(pastLimits, 0.99)) },
      statuses: tally.statuses,
      errorCodes: tally.errorCodes,
      serverErrors,
      networkErrors,
      networkErrorCodes: tally.networkErrors,
      serverErrorSamples: tally.serverErrorSamples,
      unansweredSamples: tally.unansweredSamples,
    };
  }
  const sum = (key) => Object.values(endpoints).reduce((total, e) => total + e[key], 0);
  const peakRssBytes = Math.max(memory.peakRssBytes, memory.kernelPeakRssBytes ?? 0);
  const total = { requests: sum('requests'), rps: round(sum('rps')), serverErrors: sum('serverErrors'), networkErrors: sum('networkErrors') };
  const problems = [];
  if (total.serverErrors) problems.push(`${total.serverErrors} answers with a 5xx status`);
  if (total.networkErrors) problems.push(`${total.networkErrors} requests without an answer`);
  if (peakRssBytes >= PEAK_RSS_LIMIT_MB * 1024 * 1024) problems.push(`the mock's peak memory ${mb(peakRssBytes)} MB, over ${PEAK_RSS_LIMIT_MB} MB`);
  return {
    clients,
    seconds,
    elapsedSeconds: round(elapsed),
    timeoutMs: TIMEOUT_MS,
    endpoints,
    total,
    mock: {
      baselineRssMB: mb(memory.baselineRssBytes),
      sampledPeakRssMB: mb(memory.peakRssBytes),
      kernelPeakRssMB: memory.kernelPeakRssBytes === null ? null : mb(memory.kernelPeakRssBytes),
      peakRssMB: mb(peakRssBytes),
      endRssMB: mb(memory.rssNow),
      // The generator runs on the same cores: the mock had this much of the run's CPU time.
      cpuSeconds: round(memory.cpuSeconds),
      limitMB: PEAK_RSS_LIMIT_MB,
    },
    problems,
    passed: problems.length === 0,
  };
}

export function loadText(r) {
  const histogram = (h) => Object.entries(h).map(([key, n]) => `${key} ×${n.toLocaleString('en-US')}`).join(', ') || 'none';
  const endpoints = Object.values(r.endpoints);
  const rows = endpoints.map((e) => [
    `POST ${e.path}`,
    e.requests.toLocaleString('en-US'),
    e.rps.toLocaleString('en-US'),
    `${e.latencyMs.p50} ms`,
    `${e.latencyMs.p99} ms`,
    histogram(e.statuses),
    e.serverErrors,
    e.networkErrors,
  ]);
  const lines = [
    textTable(['endpoint', 'requests', 'per s', 'p50', 'p99', 'statuses', '5xx', 'no answer'], rows),
    '',
    ...endpoints.map((e) => `${e.path}: answers other than 429 p50 ${e.latencyMsPastLimits.p50} ms, p99 ${e.latencyMsPastLimits.p99} ms; refusals ${histogram(e.errorCodes)}`),
    ...endpoints.filter((e) => e.networkErrors).map((e) => `${e.path} without an answer: ${histogram(e.networkErrorCodes)}`),
    ...endpoints.flatMap((e) => e.serverErrorSamples.map((s) => `5xx: ${JSON.stringify(s)}`)),
    ...endpoints.flatMap((e) => e.unansweredSamples.map((s) => `no answer: ${JSON.stringify(s)}`)),
    `all: ${r.total.requests.toLocaleString('en-US')} requests, ${r.total.rps.toLocaleString('en-US')} answered a second over the ${r.seconds} s `
      + `(the last after ${r.elapsedSeconds} s); `
      + `the mock: ${r.mock.cpuSeconds} s of CPU, resident memory ${r.mock.baselineRssMB} MB at the start, peak ${r.mock.peakRssMB} MB, ${r.mock.endRssMB} MB at the end`,
    r.passed ? `PASSED: no 5xx, every request answered, peak memory under ${r.mock.limitMB} MB` : `FAILED: ${r.problems.join('; ')}`,
  ];
  return lines.join('\n');
}
