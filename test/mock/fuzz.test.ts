import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAllowsOrigin, loadTenant, originOf } from '../../mock/tenant';
import { CLIENT_ID, CONNECTION, MANAGEMENT_TOKEN, openResetPage, PASSWORD, PASSWORD_REALM, startTestMock, type TestMock } from './mock-harness';

// HTTP fuzz gate: random requests over every route and method of the mock (and random paths), each answered, never
// with a 5xx, always in the mock's own error envelope, and never granting CORS to an origin the tenant does not list.

/** The mock's route tables (mock/app.ts), copied: the test imports nothing private. `{id}` stands for a user id. */
const ROUTES: Record<string, string[]> = {
  // API_ROUTES
  '/dbconnections/change_password': ['POST'],
  '/dbconnections/signup': ['POST'],
  '/api/v2/tickets/password-change': ['POST'],
  '/api/v2/tenants/settings': ['GET', 'PATCH'],
  '/api/v2/users': ['GET'],
  '/oauth/token': ['POST'],
  '/userinfo': ['GET'],
  '/.well-known/jwks.json': ['GET'],
  '/.well-known/openid-configuration': ['GET'],
  '/co/authenticate': ['POST'],
  // PATTERN_ROUTES
  '/api/v2/users/{id}': ['GET', 'PATCH', 'DELETE'],
  '/api/v2/users/{id}/sessions': ['GET', 'DELETE'],
  '/api/v2/user-blocks/{id}': ['GET', 'DELETE'],
  '/api/v2/email-templates/{id}': ['GET', 'PATCH'],
  // CLIENT_SETTINGS_ROUTES: `{client}` stands for a client id
  '/client/{client}.js': ['GET'],
  // PAGE_ROUTES
  '/lo/reset': ['GET', 'POST'],
  '/lo/latch.iife.js': ['GET'],
  '/lo/latch.css': ['GET'],
  '/lo/latch-reset-page.iife.js': ['GET'],
  '/authorize': ['GET'],
  '/co/verify': ['POST'],
  '/login': ['GET'],
  '/v2/logout': ['GET'],
  '/lo/form-post.js': ['GET'],
  '/lo/web-message.js': ['GET'],
  '/lo/co-verify.js': ['GET'],
  '/lo/login-page.js': ['GET'],
  // ADMIN_ROUTES
  '/__tenant': ['GET'],
  '/__outbox': ['GET', 'DELETE'],
  '/__outbox.html': ['GET'],
  '/__outbox.css': ['GET'],
  '/__clock': ['GET', 'POST'],
  '/__faults': ['GET', 'POST', 'DELETE'],
  '/__reset': ['POST'],
  '/__dashboard': ['GET'],
  '/__dashboard.js': ['GET'],
  '/__dashboard.css': ['GET'],
  '/__hooks/post-change-password': ['GET', 'PUT'],
  '/__hooks/post-change-password/deliveries': ['GET'],
  '/__email-preview': ['POST'],
  '/__reset-page-preview': ['GET'],
  '/__outbox/{id}.html': ['GET'],
  '/__email-preview/{id}.html': ['GET'],
};
const ROUTE_PATHS = Object.keys(ROUTES);
const ADMIN_PATHS = new Set(ROUTE_PATHS.filter((p) => p.startsWith('/__')));
/** The authorization server's pages: HTML, never CORS; a refused request may be an HTML error page (400). */
const HTML_PAGES = new Set(['/authorize', '/co/verify', '/login', '/v2/logout']);
const PAGE_PATHS = new Set(ROUTE_PATHS.filter((p) => p.startsWith('/lo/') || HTML_PAGES.has(p)));
/** Routes with an id in the path, as mock/app.ts matches them. */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^\/api\/v2\/users\/[^/]+$/, '/api/v2/users/{id}'],
  [/^\/api\/v2\/users\/[^/]+\/sessions$/, '/api/v2/users/{id}/sessions'],
  [/^\/api\/v2\/user-blocks\/[^/]+$/, '/api/v2/user-blocks/{id}'],
  [/^\/api\/v2\/email-templates\/[^/]+$/, '/api/v2/email-templates/{id}'],
  [/^\/__outbox\/[^/]+\.html$/, '/__outbox/{id}.html'],
  [/^\/__email-preview\/[^/]+\.html$/, '/__email-preview/{id}.html'],
];
const CLIENT_SETTINGS_PATH = /^\/client\/[^/]+\.js$/;
const METHODS = ['GET', 'POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'PUT'] as const;

/** Every origin some client may use (allowed_origins, web_origins, its callbacks' origins: mock/tenant.ts clientAllowsOrigin). */
const TENANT_CLIENTS = loadTenant().clients;
const ALLOWED_ORIGINS = new Set(
  TENANT_CLIENTS.flatMap((c) => [...c.allowed_origins, ...c.web_origins, ...c.callbacks.map((cb) => originOf(cb) ?? '')]).filter(
    (o) => o !== '' && TENANT_CLIENTS.some((c) => clientAllowsOrigin(c, o)),
  ),
);

// ---- generators -------------------------------------------------------------------------------------------------

/** Characters llhttp accepts in a request target (anything else is a malformed request, answered by node itself). */
const PATH_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&\'()*+,;=:@/?[]|{}^`"<>\\';
const pathChar = fc.constantFrom(...PATH_CHARS.split(''));
const escape = fc.oneof(
  fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`),
  fc.constantFrom('%', '%%', '%2', '%G0', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%00', '%2e%2e', '%2F', '%5B', '%u0041'),
);
const segment = fc.oneof(
  fc.constantFrom('', '.', '..', '[', ']', '[::1]', 'users', 'v2', 'api', 'oauth', 'lo', 'reset', '__outbox', 'auth0|demo', 'auth0%7Cdemo'),
  fc.array(fc.oneof({ weight: 4, arbitrary: pathChar }, { weight: 1, arbitrary: escape }), { maxLength: 24 }).map((a) => a.join('')),
);
const randomPath = fc.oneof(
  { weight: 6, arbitrary: fc.array(segment, { maxLength: 8 }).map((s) => `/${s.join('/')}`) },
  // Route-like paths with junk around them: prefixes the mock owns, `//`, `..`, escapes.
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...ROUTE_PATHS, '/oauth/', '/dbconnections/', '/api/v2/', '/lo/', '/api/v2/users/'), fc.array(segment, { maxLength: 3 })).map(([p, s]) => [p.replace('{id}', 'x'), ...s].join('/')) },
  { weight: 1, arbitrary: fc.constantFrom('//', '//evil.example:99999/x', '/..', '/../../etc/passwd', 'http://evil.example/oauth/token', 'HTTP://[::1]:80/__tenant', 'http://[/x') },
  // Very long (below node's 16 KB header limit: a longer line is node's 431, not the mock's answer).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('/oauth/', '/api/v2/users/', '/lo/reset?ticket=', '/x'), fc.integer({ min: 1000, max: 12_000 }), pathChar).map(([p, n, c]) => p + (c === '/' ? 'a' : c).repeat(n)) },
);

const userId = fc.oneof(
  fc.constantFrom('auth0%7Cdemo', 'auth0|demo', 'auth0%7Cblocked', 'nobody', '%E0%A4%A', '%', '%ZZ', '%00', '..', '[', '%2F'),
  segment.filter((s) => s !== '' && !s.includes('/') && !s.includes('?') && s !== '.' && s !== '..'),
);
const query = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom('?ticket=$TICKET', '?ticket=', '?ticket=%', '?ticket=%E0%A4%A', '?ticket=x&ticket=y', '?', '?&&=&') },
  // /authorize, /login and /v2/logout requests that get past the first checks.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('code', 'token', 'id_token', 'token id_token', 'code id_token', 'x', ''),
        fc.constantFrom('', '&response_mode=query', '&response_mode=fragment', '&response_mode=form_post', '&response_mode=web_message', '&response_mode=x'),
        fc.constantFrom('', '&prompt=none', '&prompt=login', '&nonce=n', '&login_ticket=x', '&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256', '&max_age=x', '&state=%00%E0'),
        fc.constantFrom(CLIENT_ID, 'nope', ''),
        fc.constantFrom('http%3A%2F%2Flocalhost%3A5173%2F', 'https%3A%2F%2Fevil.example%2F', 'http%3A%2F%2Flocalhost%3A5173%2Fother', ''),
      )
      .map(([type, mode, extra, client, redirect]) => `?client_id=${client}&redirect_uri=${redirect}&response_type=${encodeURIComponent(type)}&state=s${mode}${extra}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('?returnTo=http%3A%2F%2Flocalhost%3A5173%2F', `?client_id=${CLIENT_ID}&returnTo=https%3A%2F%2Fevil.example`, '?state=x', '?state=') },
  { weight: 1, arbitrary: fc.array(fc.oneof(pathChar, escape), { maxLength: 40 }).map((a) => `?${a.join('').replace(/\//g, '')}`) },
);
const anyMethod = fc.constantFrom(...METHODS);
/** A route with, mostly, one of its own methods (so the handlers run), else any method; or a random path. */
const routeCall = fc
  .tuple(fc.constantFrom(...ROUTE_PATHS), userId, fc.oneof(fc.constant(CLIENT_ID), userId), query)
  .chain(([p, id, client, q]) =>
    fc.tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(ROUTES[p] ?? ['GET'])) }, { weight: 2, arbitrary: anyMethod }),
      fc.constant(p.replace('{id}', id).replace('{client}', client) + q),
    ),
  );
const call = fc.oneof({ weight: 3, arbitrary: routeCall }, { weight: 1, arbitrary: fc.tuple(anyMethod, randomPath) });

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n)), maxLength: 60 });
/** Always sent: node itself answers an HTTP/1.1 request without Host with 400 (requireHostHeader). */
const host = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('127.0.0.1', 'localhost') },
  fc.constantFrom('127.0.0.1:4000', 'localhost:5173', '[::1]', '127.1.2.3', 'evil.example', 'localhost.evil.example', '', ':', '[', 'a b'),
  fc.domain(),
  printable,
);
const origin = fc.option(
  fc.oneof(
    fc.constantFrom(...ALLOWED_ORIGINS, 'null', 'http://localhost:5174', 'https://localhost:5173', 'http://localhost:5173/', 'HTTP://LOCALHOST:5173', 'http://localhost:5173.evil.example', 'http://127.0.0.1:4000', '', '*'),
    fc.webUrl().map((u) => new URL(u).origin),
    printable,
  ),
  { nil: undefined },
);
const contentType = fc.option(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON;charset=latin1',
    'application/vnd.api+json',
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=utf-8',
    'text/plain',
    'text/plain;charset=UTF-8',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    ';',
    '+json',
  ),
  { nil: undefined },
);
const authorization = fc.option(
  fc.oneof({ weight: 3, arbitrary: fc.constant(`Bearer ${MANAGEMENT_TOKEN}`) }, fc.constantFrom(`Bearer ${MANAGEMENT_TOKEN}`, `bearer   ${MANAGEMENT_TOKEN}  `, 'Bearer', 'Bearer ', 'Basic abc', `Bearer ${MANAGEMENT_TOKEN}x`), printable),
  { nil: undefined },
);
const extraHeaders = fc.record(
  {
    'sec-fetch-site': fc.constantFrom('same-origin', 'none', 'cross-site', 'same-site', ''),
    'x-latch-admin': printable,
    'x-csrf-token': fc.oneof(fc.constant('$CSRF'), printable),
    'auth0-client': printable,
    'x-forwarded-for': fc.constantFrom('1.2.3.4', 'evil', ''),
    'access-control-request-method': fc.constantFrom(...METHODS),
    'access-control-request-headers': fc.constantFrom('content-type', 'authorization, x-latch-fault'),
  },
  { requiredKeys: [] },
);

/** Fields the handlers read, with values that pass their checks, so the fuzz gets past the first refusal. */
const FIELD_VALUES: Record<string, unknown[]> = {
  grant_type: [PASSWORD_REALM, 'password', 'client_credentials'],
  client_id: [CLIENT_ID, 'latch-no-password-grant', 'nope'],
  username: ['demo@latch.dev', 'blocked@latch.dev', 'mfa@latch.dev', 'leaked@latch.dev', 'x'.repeat(300), 'a\u0000b'],
  password: [PASSWORD, 'Tr0ub4dor&3-longer-one', 'short', ''],
  realm: [CONNECTION, 'google-oauth2', 'nope'],
  scope: ['openid profile email', 'openid', ''],
  audience: ['https://api.example'],
  email: ['demo@latch.dev', 'new@latch.dev', 'not-an-email', 'x'.repeat(300) + '@latch.dev', '\u202edemo@latch.dev'],
  connection: [CONNECTION, 'google-oauth2', 'nope'],
  organization: ['org_1'],
  ticket: ['$TICKET', 'nope'],
  credential_type: ['http://auth0.com/oauth/grant-type/password-realm', 'password', 'magic'],
  transaction: ['nope', ''],
  verifier: ['nope', ''],
  _csrf: ['$CSRF', 'nope'],
  newPassword: ['New-Passw0rd-that-is-long!', 'latch', 'short'],
  confirmNewPassword: ['New-Passw0rd-that-is-long!', 'other'],
  user_id: ['auth0|demo', 'auth0|nobody'],
  connection_id: ['con_LatchDemoDatabase01', 'con_LatchDemoGoogle001', 'nope'],
  ttl_sec: [0, 60, -1, 1.5, 1e308, 2 ** 53],
  result_url: ['https://example.com/done', 'javascript:alert(1)', 'http://[', ''],
  includeEmailInRedirect: [true, false, 'yes'],
  user_metadata: [{ a: 'b' }, { a: 1 }, [], 'x', Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v']))],
  given_name: ['Demo'],
  advanceSeconds: [0, 60, 1e12, -1, 1e300, 3.15e9],
  // /__faults fields: a valid spec would make the mock fail on purpose, so only refused ones are sent (see below).
  path: ['', 'oauth/token', 42],
  times: [0, -1, 'x'],
  status: [200, 399, 600, 'x'],
  latencyMs: [-1, 1e9, 'x'],
  network: ['yes', 1],
  body: ['text', 'html'],
};
const FIELD_NAMES = Object.keys(FIELD_VALUES);
/** Each handler's fields, so a body is often complete enough to reach the handler's end. */
const ROUTE_FIELDS = [
  ['grant_type', 'client_id', 'username', 'password', 'realm', 'scope', 'audience'],
  ['client_id', 'email', 'connection', 'organization'],
  ['client_id', 'email', 'password', 'connection', 'given_name', 'user_metadata'],
  ['user_id', 'email', 'connection_id', 'ttl_sec', 'result_url', 'includeEmailInRedirect', 'client_id'],
  ['password', 'connection'],
  ['ticket', '_csrf', 'newPassword', 'confirmNewPassword', 'email'],
  ['client_id', 'username', 'password', 'realm', 'credential_type'],
  ['transaction', 'verifier'],
  ['advanceSeconds'],
];
/** Mostly the value that passes the check (the first listed), else another listed one, else anything. */
const fieldValue = (name: string) => {
  const [good, ...others] = FIELD_VALUES[name] ?? [null];
  return fc.oneof(
    { weight: 16, arbitrary: fc.constant(good) },
    { weight: 2, arbitrary: fc.constantFrom(good, ...others) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );
};
const fieldNames = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ROUTE_FIELDS).chain((names) => fc.oneof(fc.constant(names), fc.subarray(names))) },
  { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...FIELD_NAMES), { maxLength: 8 }) },
);
const plausibleObject = fieldNames
  .chain((names) => fc.tuple(...names.map((n) => fieldValue(n).map((v) => [n, v] as const))))
  .chain((entries) =>
    fc
      .option(fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 }), { minKeys: 1, maxKeys: 2 }), { freq: 3 })
      .map((extra) => ({ ...extra, ...Object.fromEntries(entries) })),
  );

/** A body as bytes and the content type it would honestly carry (the request may state another). */
const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const tagged = (type: string | undefined) => (b: Buffer | undefined) => ({ body: b, type });
const body = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined).map(tagged(undefined)) },
  { weight: 6, arbitrary: plausibleObject.map((o) => Buffer.from(JSON.stringify(o) ?? '')).map(tagged(JSON_TYPE)) },
  { weight: 3, arbitrary: plausibleObject.map((o) => Buffer.from(new URLSearchParams(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? ''])).toString())).map(tagged(FORM_TYPE)) },
  { weight: 3, arbitrary: fc.anything({ maxDepth: 6, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }).map((v) => Buffer.from(safeStringify(v))).map(tagged(JSON_TYPE)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 8 }).map((v) => Buffer.from(JSON.stringify(v) ?? '')).map(tagged(JSON_TYPE)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s)).map(tagged('text/plain')) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)).map(tagged('application/octet-stream')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('{"email": ', '{}', '[]', 'null', '"x"', '1e999', '{"__proto__": {"x": 1}}', '{"constructor": {"prototype": {}}}', 'a=%E0%A4%A&b', '=&=&', '\uFEFF{}').map((s) => Buffer.from(s)).map(tagged(JSON_TYPE)),
  },
  // Deep nesting: within the body limit, far past any recursion a parser might do.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 100, max: 40_000 }), fc.constantFrom('[', '{"a":')).map(([n, open]) => Buffer.from(open.repeat(n))).map(tagged(JSON_TYPE)) },
  // Near and over the 100 KB limit, up to ~200 KB.
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 100 * 1024 - 64, max: 200 * 1024 }), fc.boolean()).map(([n, json]) =>
      ({ body: Buffer.from(json ? JSON.stringify({ email: 'demo@latch.dev', pad: 'x'.repeat(Math.max(0, n - 40)) }) : 'x'.repeat(n)), type: json ? JSON_TYPE : 'text/plain' }),
    ),
  },
);

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

interface FuzzRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const fuzzRequest = fc
  .record({
    call,
    host,
    origin,
    honestType: fc.boolean(),
    contentType,
    authorization,
    extra: extraHeaders,
    body,
  })
  .map(({ call: [m, t], host: h, origin: o, honestType, contentType: randomType, authorization: a, extra, body: { body: b, type } }): FuzzRequest => {
    const headers: Record<string, string> = { ...extra };
    headers.host = h;
    if (o !== undefined) headers.origin = o;
    // Half the time the Content-Type the body deserves, half any (or none).
    const ct = honestType ? type : randomType;
    if (ct !== undefined) headers['content-type'] = ct;
    if (a !== undefined) headers.authorization = a;
    return { method: m, target: t, headers, body: b };
  });

// ---- sending ----------------------------------------------------------------------------------------------------

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * mock-harness's rawRequest with a byte body, an explicit consistent Content-Length, no implicit Host (a missing Host
 * is node's own 400, so the generator always sends one) and a timeout: a request that gets no answer is a failure.
 */
function send(url: string, req: FuzzRequest): Promise<Answer> {
  const { hostname, port } = new URL(url);
  const headers: Record<string, string> = { ...req.headers };
  if (req.body !== undefined) headers['content-length'] = String(req.body.length);
  return new Promise((resolve, reject) => {
    const r = request(
      { hostname, port, method: req.method, path: req.target, headers, setHost: false, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    r.setTimeout(10_000, () => r.destroy(new Error('no answer within 10 s')));
    r.on('error', reject);
    r.end(req.body);
  });
}

// ---- what the mock must answer ----------------------------------------------------------------------------------

/** The pathname the mock routes on: a copy of mock/app.ts requestUrl(); undefined when the target is not a URL. */
function routedPath(target: string): string | undefined {
  try {
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(target)) return new URL(target).pathname;
    return new URL(`http://mock.invalid${target.startsWith('/') ? '' : '/'}${target}`).pathname;
  } catch {
    return undefined;
  }
}

/** The route-table key of a path, or undefined. */
function routeOf(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  if (ROUTES[path]) return path;
  if (CLIENT_SETTINGS_PATH.test(path)) return '/client/{client}.js';
  return PATTERNS.find(([pattern]) => pattern.test(path))?.[1];
}

type Json = Record<string, unknown>;
const isErrorPage = (answer: Answer) =>
  answer.headers['content-type'] === 'text/html; charset=utf-8' &&
  typeof answer.headers['content-security-policy'] === 'string' &&
  !answer.headers['content-security-policy'].includes('unsafe-inline');
const isOauthEnvelope = (b: Json) =>
  typeof b.error === 'string' &&
  (typeof b.error_description === 'string' || (Object.keys(b).length === 1 && b.error === 'connection not found'));
const isManagementEnvelope = (b: Json, status: number) => b.statusCode === status && typeof b.error === 'string' && typeof b.message === 'string';
/** Auth0's Authentication API errors from the signup and reset-page handlers: `{name, code, statusCode, message|description}`. */
const isAuthApiEnvelope = (b: Json, status: number) =>
  typeof b.name === 'string' && typeof b.code === 'string' && b.statusCode === status && (typeof b.message === 'string' || typeof b.description === 'string');

/** Why the answer is not the mock's own error envelope for this route and method (undefined: it is). */
function envelopeProblem(req: FuzzRequest, answer: Answer): string | undefined {
  const page = routeOf(routedPath(req.target));
  // A page that refuses what cannot go back to the client (unknown client, redirect_uri not allowed, stale login)
  // shows an HTML error page under the strict policy instead.
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  if (page !== undefined && HTML_PAGES.has(page) && ROUTES[page]?.includes(method) && answer.status === 400 && isErrorPage(answer)) {
    return undefined;
  }
  if (answer.headers['content-type'] !== 'application/json; charset=utf-8') return `content-type ${String(answer.headers['content-type'])}`;
  if (req.method === 'HEAD') return answer.body === '' ? undefined : 'a HEAD answer with a body';
  if (answer.headers['content-length'] !== String(Buffer.byteLength(answer.body))) return 'content-length does not match the body';
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return 'body is not JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'body is not a JSON object';
  const b = parsed as Json;
  const route = routeOf(routedPath(req.target));
  const handled = route !== undefined && ROUTES[route]?.includes(req.method);
  // Everything under the Management API answers in its own shape, the dispatcher's 404/405/421 included.
  if (routedPath(req.target)?.startsWith('/api/v2/')) {
    return isManagementEnvelope(b, answer.status) ? undefined : 'not the Management API envelope {statusCode, error, message}';
  }
  if (handled && req.method === 'POST' && (route === '/dbconnections/signup' || route === '/lo/reset') && isAuthApiEnvelope(b, answer.status)) {
    return undefined;
  }
  return isOauthEnvelope(b) ? undefined : 'not the OAuth envelope {error, error_description}';
}

// ---- the gate ---------------------------------------------------------------------------------------------------

let mock: TestMock;
const stats = { requests: 0, fiveXX: 0, dropped: 0, foreignCors: 0, routes: new Set<string>(), methods: new Set<string>() };

beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(async () => {
  await mock.close();
  console.log(
    `http fuzz gate: ${stats.requests} requests over ${stats.routes.size} routes × ${stats.methods.size} methods, ` +
      `${stats.fiveXX} 5xx, ${stats.dropped} dropped, ${stats.foreignCors} foreign CORS grants`,
  );
});

/** A fresh reset ticket and its page's CSRF token, for bodies and queries that ask for them. */
async function freshTicket(): Promise<{ ticket: string; csrf: string }> {
  const ask = () =>
    fetch(`${mock.url}/api/v2/tickets/password-change`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${MANAGEMENT_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user_id: 'auth0|demo' }),
    });
  let res = await ask();
  // Wrong tokens sent by earlier runs may have this address throttled (429), or an earlier DELETE removed the user
  // (404): start from a clean mock then.
  if (res.status === 429 || res.status === 404) {
    await mock.reset();
    res = await ask();
  }
  if (res.status !== 201) throw new Error(`ticket: ${res.status}`);
  const ticket = new URL(((await res.json()) as { ticket: string }).ticket).searchParams.get('ticket') ?? '';
  const { csrf } = await openResetPage(mock, ticket);
  return { ticket, csrf };
}

/** Replaces the $TICKET / $CSRF placeholders with a live ticket (both are base64url: safe in JSON, forms, queries). */
async function withLiveTicket(req: FuzzRequest): Promise<FuzzRequest> {
  const text = [req.target, req.body?.toString('latin1') ?? '', ...Object.values(req.headers)].join('\n');
  if (!text.includes('$TICKET') && !text.includes('$CSRF')) return req;
  const { ticket, csrf } = await freshTicket();
  const fill = (s: string) => s.replaceAll('$TICKET', ticket).replaceAll('$CSRF', csrf);
  return {
    method: req.method,
    target: fill(req.target),
    headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, fill(v)])),
    body: req.body && Buffer.from(fill(req.body.toString('latin1')), 'latin1'),
  };
}

/** A POST /__faults the mock would accept makes it fail on purpose: such bodies are not sent to an authorized caller. */
function wouldRegisterFault(req: FuzzRequest): boolean {
  return req.method === 'POST' && routedPath(req.target) === '/__faults';
}

async function check(generated: FuzzRequest): Promise<void> {
  let req = await withLiveTicket(generated);
  if (wouldRegisterFault(req)) req = { ...req, headers: { ...req.headers, authorization: 'Bearer not-the-token' } };
  // Keeping the admin secret out of the property keeps the admin Sec-Fetch-Site route the only authorized one besides the token.
  delete req.headers['x-latch-fault'];
  if (wouldRegisterFault(req)) delete req.headers['sec-fetch-site'];

  stats.requests += 1;
  const path = routedPath(req.target);
  stats.routes.add(routeOf(path) ?? 'other');
  stats.methods.add(req.method);

  let answer: Answer;
  try {
    answer = await send(mock.url, req);
  } catch (error) {
    stats.dropped += 1;
    throw new Error(`no answer to ${req.method} ${req.target.slice(0, 200)}: ${String(error)}`);
  }
  const where = `${req.method} ${req.target.slice(0, 200)} → ${answer.status} ${answer.body.slice(0, 300)}`;
  if (answer.status >= 500) stats.fiveXX += 1;
  expect(answer.status, where).toBeGreaterThanOrEqual(200);
  expect(answer.status, where).toBeLessThan(500);

  const acao = answer.headers['access-control-allow-origin'];
  if (acao !== undefined) {
    const route = routeOf(path);
    // The client-settings document is public: any origin, never with credentials.
    const publicDocument = route === '/client/{client}.js' && acao === '*' && answer.headers['access-control-allow-credentials'] === undefined;
    const foreign =
      publicDocument ? false :
      typeof acao !== 'string' ||
      !ALLOWED_ORIGINS.has(acao) ||
      acao !== req.headers.origin ||
      (route !== undefined && (ADMIN_PATHS.has(route) || PAGE_PATHS.has(route)));
    if (foreign) stats.foreignCors += 1;
    expect(foreign, `${where}: Access-Control-Allow-Origin ${String(acao)} for Origin ${String(req.headers.origin)}`).toBe(false);
  }

  if (req.method === 'HEAD') expect(answer.body, where).toBe('');
  if (answer.status >= 400) expect(envelopeProblem(req, answer), where).toBeUndefined();

  // Rate limits and the clock are state a later run should not inherit (they would hide the handlers behind 429s).
  if (answer.status === 429 || (answer.status === 200 && path === '/__clock' && req.method === 'POST')) await mock.reset();
}

describe('HTTP fuzz gate', () => {
  it('answers every request, never with a 5xx, in its own envelope, and grants CORS only to its allowed origins', async () => {
    await fc.assert(fc.asyncProperty(fuzzRequest, check), { numRuns: Number(process.env.LATCH_FUZZ_RUNS) || 1200 });
    expect(stats.fiveXX + stats.dropped + stats.foreignCors).toBe(0);
  }, 120_000);
});
