import { request } from 'node:http';
import { PASSWORD_REALM_GRANT } from '../../src/api/client';
import { startMockServer, type MockServer, type MockServerOptions } from '../../mock/server';
import { scryptDerive, type Derive } from '../../mock/passwords';

export const CLIENT_ID = 'latch-demo';
export const CONNECTION = 'Username-Password-Authentication';
export const PASSWORD = 'correct-horse-battery-staple';
/** The grant as the widget sends it (its one definition, src/api/client.ts). */
export const PASSWORD_REALM = PASSWORD_REALM_GRANT;
export const RESET_MESSAGE = "We've just sent you an email to reset your password.";
export const ALLOWED_ORIGIN = 'http://localhost:5173';

/**
 * The mock's real key derivation, counted: pass `derive` as `passwordDerive` and read `count` to see how many
 * passwords a request really hashed or checked.
 */
export function countingDerive() {
  const counter = {
    count: 0,
    derive: ((password, salt, cost) => {
      counter.count += 1;
      return scryptDerive(password, salt, cost);
    }) as Derive,
  };
  return counter;
}

/** A mock on a free port with a clock the test moves by hand (no sleeping). */
export interface TestMock extends MockServer {
  clock: { now: number; advance(ms: number): void };
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  reset(): Promise<void>;
}

/** What a test sends to the development endpoints (/__*): the demo tenant's management token. */
export const ADMIN_HEADERS: Readonly<Record<string, string>> = { Authorization: 'Bearer latch-demo-management-token' };
const adminHeaders = (path: string) => (path.startsWith('/__') ? ADMIN_HEADERS : {});

export async function startTestMock(options: MockServerOptions = {}): Promise<TestMock> {
  const clock = {
    now: Date.UTC(2030, 0, 1, 12, 0, 0),
    advance(ms: number) {
      clock.now += ms;
    },
  };
  // A low scrypt cost keeps the suite fast; the work-counting test (timing.test.ts) uses the real cost on purpose.
  const server = await startMockServer({ now: () => clock.now, passwordHashCost: 1024, ...options });
  return {
    ...server,
    clock,
    post: (path, body, headers = {}) =>
      fetch(server.url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...adminHeaders(path), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: (path, headers = {}) => fetch(server.url + path, { headers: { ...adminHeaders(path), ...headers } }),
    async reset() {
      const res = await fetch(`${server.url}/__reset`, { method: 'POST', headers: ADMIN_HEADERS });
      if (res.status !== 204) throw new Error(`reset failed: ${res.status}`);
    },
  };
}

export function changePasswordBody(email: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { client_id: CLIENT_ID, email, connection: CONNECTION, ...extra };
}

export function loginBody(username: string, password: string, extra: Record<string, unknown> = {}) {
  return {
    grant_type: PASSWORD_REALM,
    client_id: CLIENT_ID,
    username,
    password,
    realm: CONNECTION,
    scope: 'openid profile email',
    ...extra,
  };
}

/** Response headers without the ones that change between two identical requests. */
export function stableHeaders(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (name !== 'date') out[name] = value;
  });
  return out;
}

/**
 * A raw node:http request, for what fetch will not send (a forged Host header) and for checking
 * the server's answer byte for byte.
 */
export function rawRequest(
  url: string,
  options: { method: string; path: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method: options.method, path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export const MANAGEMENT_TOKEN = 'latch-demo-management-token';

/** What the hosted reset page tells the widget, read from its HTML. */
export interface ResetPage {
  status: number;
  headers: Headers;
  html: string;
  csrf: string;
  data: Record<string, string>;
}

export async function openResetPage(mock: MockServer, ticket: string): Promise<ResetPage> {
  const res = await fetch(`${mock.url}/lo/reset?ticket=${encodeURIComponent(ticket)}`);
  const html = await res.text();
  const main = /<main ([^>]*)>/.exec(html)?.[1] ?? '';
  const data: Record<string, string> = {};
  for (const [, name, value] of main.matchAll(/([\w-]+)="([^"]*)"/g)) data[name ?? ''] = value ?? '';
  const csrf = /<meta name="latch-csrf" content="([^"]*)">/.exec(html)?.[1] ?? '';
  return { status: res.status, headers: res.headers, html, csrf, data };
}

/** The ticket inside a reset link (from an email or a Management API ticket). */
export function ticketOf(link: string): string {
  return new URL(link).searchParams.get('ticket') ?? '';
}

/** Asks for a reset email and returns the ticket from the newest email to that address. */
export async function requestTicket(mock: TestMock, email: string): Promise<string> {
  const res = await mock.post('/dbconnections/change_password', changePasswordBody(email));
  if (res.status !== 200) throw new Error(`change_password failed: ${res.status}`);
  const emails = (await (await mock.get('/__outbox')).json()) as { to: string; link: string }[];
  const link = emails.filter((e) => e.to === email).pop()?.link;
  if (!link) throw new Error(`no reset email for ${email}`);
  return ticketOf(link);
}

/** POST /lo/reset as the hosted page's form would: form-encoded. */
export function submitReset(
  mock: MockServer,
  fields: { ticket: string; csrf: string; newPassword: string; confirmNewPassword?: string },
): Promise<Response> {
  return fetch(`${mock.url}/lo/reset`, {
    method: 'POST',
    body: new URLSearchParams({
      _csrf: fields.csrf,
      ticket: fields.ticket,
      newPassword: fields.newPassword,
      confirmNewPassword: fields.confirmNewPassword ?? fields.newPassword,
    }),
  });
}

/** A Management API call with the demo token (or the headers given). */
export function management(
  mock: MockServer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { Authorization: `Bearer ${MANAGEMENT_TOKEN}` },
): Promise<Response> {
  return fetch(mock.url + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
