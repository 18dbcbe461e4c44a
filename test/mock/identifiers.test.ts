import { useCountingMock } from './counting-mock';
import { describe, expect, it } from 'vitest';
import { identifierProblem } from '../../mock/identifiers';
import {
  changePasswordBody,
  CLIENT_ID,
  CONNECTION,
  loginBody,
  management,
  PASSWORD,
  type TestMock,
} from './mock-harness';

// Every route that takes an email or username refuses an overlong one, or one with invisible or
// direction-changing characters, with a 400 in its own envelope before doing any work on it.

const DEMO_CONNECTION_ID = 'con_LatchDemoDatabase01';
const STRONG = 'Purple-Otter-42';
const TOO_LONG = (field: string) => `${field} must be at most 254 characters`;
const INVISIBLE = (field: string) => `${field} must not contain control, zero-width or direction-changing characters`;

/** 64-character local part and a 189-character domain of valid labels: 254 characters in all. */
const LONGEST = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.dev`;

let mock: TestMock;
const hashing = useCountingMock((started) => (mock = started));

const outbox = async () => (await (await mock.get('/__outbox')).json()) as { to: string }[];

interface Route {
  name: string;
  send(identifier: string): Promise<Response>;
  envelope(problem: (field: string) => string): Record<string, unknown>;
}

const oauthEnvelope = (field: string) => (problem: (field: string) => string) => ({
  error: 'invalid_request',
  error_description: problem(field),
});

const ROUTES: Route[] = [
  {
    name: 'POST /dbconnections/change_password',
    send: (email) => mock.post('/dbconnections/change_password', changePasswordBody(email)),
    envelope: oauthEnvelope('email'),
  },
  {
    name: 'POST /dbconnections/signup',
    send: (email) => mock.post('/dbconnections/signup', { client_id: CLIENT_ID, email, password: STRONG, connection: CONNECTION }),
    envelope: oauthEnvelope('email'),
  },
  {
    name: 'POST /oauth/token',
    send: (username) => mock.post('/oauth/token', loginBody(username, PASSWORD)),
    envelope: oauthEnvelope('username'),
  },
  {
    name: 'POST /api/v2/tickets/password-change',
    send: (email) => management(mock, 'POST', '/api/v2/tickets/password-change', { email, connection_id: DEMO_CONNECTION_ID }),
    envelope: (problem) => ({
      statusCode: 400,
      error: 'Bad Request',
      message: `Payload validation error: ${problem("'email'")}.`,
      errorCode: 'invalid_body',
    }),
  },
];

const BAD: [string, string, (field: string) => string][] = [
  ['255 characters', `${'a'.repeat(245)}@latch.dev`, TOO_LONG],
  ['90 KB', `${'a'.repeat(90 * 1024)}@latch.dev`, TOO_LONG],
  ['a NUL', 'demo\u0000@latch.dev', INVISIBLE],
  ['U+0007 (bell)', 'demo@latch.dev\u0007', INVISIBLE],
  ['U+200B (zero-width space)', 'demo@latch\u200b.dev', INVISIBLE],
  ['U+202E (right-to-left override)', '\u202edemo@latch.dev', INVISIBLE],
  ['U+2066 (left-to-right isolate)', 'demo@\u2066latch.dev', INVISIBLE],
];

describe('identifierProblem', () => {
  it('accepts an ordinary address and one of exactly 254 characters', () => {
    expect(LONGEST).toHaveLength(254);
    expect(identifierProblem('demo@latch.dev')).toBeUndefined();
    expect(identifierProblem(LONGEST)).toBeUndefined();
  });

  it('counts characters, not UTF-16 units', () => {
    // 254 astral characters are 508 UTF-16 units.
    expect(identifierProblem('😀'.repeat(254))).toBeUndefined();
    expect(identifierProblem('😀'.repeat(255))).toBe(TOO_LONG('email'));
  });

  it.each([
    ...[0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x7f, 0x85, 0x9f],
    ...[0x200b, 0x200c, 0x200d, 0x2060, 0xfeff],
    ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c],
  ])('refuses U+%s', (code) => {
    expect(identifierProblem(`de${String.fromCharCode(code)}mo@latch.dev`, 'username')).toBe(INVISIBLE('username'));
  });

  it('leaves neighbouring characters alone', () => {
    // Just outside each range: space, U+00A0, U+200A, U+2010, U+2029 (a separator, not a bidi control), U+206A.
    for (const code of [0x20, 0xa0, 0x200a, 0x2010, 0x2029, 0x206a]) {
      expect(identifierProblem(`de${String.fromCharCode(code)}mo@latch.dev`)).toBeUndefined();
    }
  });
});

describe.each(ROUTES)('$name', (route) => {
  it.each(BAD)('refuses an identifier with %s: 400 in the route’s own envelope, no work done', async (_, identifier, problem) => {
    const res = await route.send(identifier);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual(route.envelope(problem));
    expect(hashing.count).toBe(0);
    expect(await outbox()).toEqual([]);
  });
});

describe('a 254-character address', () => {
  it('is not refused by the identifier check on any route', async () => {
    const reset = await mock.post('/dbconnections/change_password', changePasswordBody(LONGEST));
    expect(reset.status).toBe(200);

    const before = await mock.post('/oauth/token', loginBody(LONGEST, STRONG));
    expect(before.status).toBe(403);
    expect(((await before.json()) as { error: string }).error).toBe('invalid_grant');

    const signup = await mock.post('/dbconnections/signup', { client_id: CLIENT_ID, email: LONGEST, password: STRONG, connection: CONNECTION });
    expect(signup.status).toBe(200);
    expect(((await signup.json()) as { email: string }).email).toBe(LONGEST);

    expect((await mock.post('/oauth/token', loginBody(LONGEST, STRONG))).status).toBe(200);
    const ticket = await management(mock, 'POST', '/api/v2/tickets/password-change', { email: LONGEST, connection_id: DEMO_CONNECTION_ID });
    expect(ticket.status).toBe(201);
  });
});

describe('a refused identifier does no bookkeeping', () => {
  it('20 refused change_password calls do not use up the rate limit of the address they trim to', async () => {
    // U+FEFF, tab and newline are whitespace to String.prototype.trim: without the early refusal these would all
    // land in demo@latch.dev's bucket (10 at once, then 1 a minute).
    const junk = ['demo@latch.dev\ufeff', 'demo@latch.dev\t', '\ndemo@latch.dev', 'demo@latch.dev\u200b'];
    for (let i = 0; i < 20; i += 1) {
      const res = await mock.post('/dbconnections/change_password', changePasswordBody(junk[i % junk.length] ?? ''));
      expect(res.status).toBe(400);
      expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
    }
    expect(await outbox()).toEqual([]);
    const res = await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-limit')).toBe('10');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('9');
    expect((await outbox()).map((e) => e.to)).toEqual(['demo@latch.dev']);
  });

  it('refused signups do not count towards the per-IP signup limit', async () => {
    for (let i = 0; i < 60; i += 1) {
      const res = await mock.post('/dbconnections/signup', {
        client_id: CLIENT_ID,
        email: `user${i}@latch.dev\u0000`,
        password: STRONG,
        connection: CONNECTION,
      });
      expect(res.status).toBe(400);
    }
    expect(hashing.count).toBe(0);
    const res = await mock.post('/dbconnections/signup', { client_id: CLIENT_ID, email: 'fresh@latch.dev', password: STRONG, connection: CONNECTION });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('49');
  });

  it('11 refused logins do not count towards the brute-force block', async () => {
    // The brief's U+200B, plus U+FEFF and tab, which trim to the very key demo@latch.dev is counted under.
    const junk = ['demo@latch.dev\u200b', 'demo@latch.dev\ufeff', 'demo@latch.dev\t'];
    for (const username of junk) {
      // /oauth/token's global limit (30 a second per IP) is taken before the body is read, so refused logins do
      // count there: a second passes between the batches.
      mock.clock.advance(1000);
      for (let i = 0; i < 11; i += 1) {
        const res = await mock.post('/oauth/token', loginBody(username, 'wrong-password'));
        expect(res.status).toBe(400);
        expect(await res.json()).toEqual({ error: 'invalid_request', error_description: INVISIBLE('username') });
      }
    }
    expect(hashing.count).toBe(0);
    const res = await mock.post('/oauth/token', loginBody('demo@latch.dev', PASSWORD));
    expect(res.status).toBe(200);
  });
});
