import { request } from 'node:http';
import { startMockServer, type MockServer, type MockServerOptions } from '../../mock/server';

export const CLIENT_ID = 'latch-demo';
export const CONNECTION = 'Username-Password-Authentication';
export const PASSWORD = 'correct-horse-battery-staple';
export const PASSWORD_REALM = 'http://auth0.com/oauth/grant-type/password-realm';
export const RESET_MESSAGE = "We've just sent you an email to reset your password.";
export const ALLOWED_ORIGIN = 'http://localhost:5173';

/** A mock on a free port with a clock the test moves by hand (no sleeping). */
export interface TestMock extends MockServer {
  clock: { now: number; advance(ms: number): void };
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  reset(): Promise<void>;
}

export async function startTestMock(options: MockServerOptions = {}): Promise<TestMock> {
  const clock = {
    now: Date.UTC(2030, 0, 1, 12, 0, 0),
    advance(ms: number) {
      clock.now += ms;
    },
  };
  // A low scrypt cost keeps the suite fast; one timing test uses the real cost on purpose.
  const server = await startMockServer({ now: () => clock.now, passwordHashCost: 1024, ...options });
  return {
    ...server,
    clock,
    post: (path, body, headers = {}) =>
      fetch(server.url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: (path, headers = {}) => fetch(server.url + path, { headers }),
    async reset() {
      const res = await fetch(`${server.url}/__reset`, { method: 'POST' });
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
