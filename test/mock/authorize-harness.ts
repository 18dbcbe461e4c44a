import { createPublicKey, verify, type JsonWebKey as NodeJwk } from 'node:crypto';
import { CLIENT_ID, CONNECTION, PASSWORD, type TestMock } from './mock-harness';

// Helpers for the authorization-server tests (/co/authenticate, /authorize, /login, /v2/logout): a cookie jar,
// a login, an authorize call and a reader for each way /authorize answers.

export const APP_ORIGIN = 'http://localhost:5173';
export const CALLBACK = `${APP_ORIGIN}/`;
export const REALM_CREDENTIAL = 'http://auth0.com/oauth/grant-type/password-realm';

/** Cookies as a browser would keep them for the mock's origin (no expiry bookkeeping beyond Max-Age=0). */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  /** Takes the Set-Cookie headers of an answer. */
  take(res: Response): this {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const cleared = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0');
      if (cleared || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }

  header(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { Cookie: [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ') };
  }

  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((name) => name.startsWith(prefix));
  }
}

export interface CoLogin {
  status: number;
  body: Record<string, string>;
  res: Response;
}

/** POST /co/authenticate as auth0-js sends it (JSON, realm + password-realm credential type), cookies kept in `jar`. */
export async function coAuthenticate(
  mock: TestMock,
  jar: CookieJar,
  fields: Record<string, unknown> = {},
  headers: Record<string, string> = { Origin: APP_ORIGIN },
): Promise<CoLogin> {
  const res = await fetch(`${mock.url}/co/authenticate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers, ...jar.header() },
    body: JSON.stringify({
      client_id: CLIENT_ID,
      username: 'demo@latch.dev',
      password: PASSWORD,
      realm: CONNECTION,
      credential_type: REALM_CREDENTIAL,
      ...fields,
    }),
  });
  jar.take(res);
  return { status: res.status, body: (await res.json()) as Record<string, string>, res };
}

/** GET /authorize with the jar's cookies, redirects not followed. */
export async function authorize(mock: TestMock, jar: CookieJar, params: Record<string, string>): Promise<Response> {
  const query = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: CALLBACK, ...params });
  const res = await fetch(`${mock.url}/authorize?${query.toString()}`, { headers: jar.header(), redirect: 'manual' });
  jar.take(res);
  return res;
}

/** Logs in through /co/authenticate and /authorize?login_ticket, leaving a session cookie in the jar. */
export async function loginSession(mock: TestMock, jar: CookieJar = new CookieJar()): Promise<CookieJar> {
  const login = await coAuthenticate(mock, jar);
  if (login.status !== 200) throw new Error(`co/authenticate: ${login.status}`);
  const res = await authorize(mock, jar, { response_type: 'code', login_ticket: login.body.login_ticket ?? '', state: 'x' });
  if (res.status !== 302) throw new Error(`authorize: ${res.status}`);
  return jar;
}

/** The parameters of an authorization response, whatever the response mode. */
export async function answerParams(res: Response, mode: 'query' | 'fragment' | 'form_post' | 'web_message'): Promise<Record<string, string>> {
  if (mode === 'query' || mode === 'fragment') {
    const location = res.headers.get('location') ?? '';
    const url = new URL(location);
    return Object.fromEntries(new URLSearchParams(mode === 'query' ? url.search : url.hash.slice(1)));
  }
  const html = await res.text();
  if (mode === 'form_post') {
    const fields: Record<string, string> = {};
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) fields[unescape(name ?? '')] = unescape(value ?? '');
    return fields;
  }
  const data = jsonBlock(html, 'latch-authorization-response') as { response: Record<string, string> };
  return data.response;
}

/** The data of a page's `<script type="application/json" id=…>` block. */
export function jsonBlock(html: string, id: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html);
  if (!match?.[1]) throw new Error(`no ${id} block`);
  return JSON.parse(match[1]);
}

function unescape(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** The claims of a JWT whose RS256 signature checks against the mock's JWKS. */
export async function verifiedClaims(mock: TestMock, jwt: string): Promise<Record<string, unknown>> {
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  const { keys } = (await (await fetch(`${mock.url}/.well-known/jwks.json`)).json()) as { keys: (NodeJwk & { kid: string })[] };
  const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string; alg: string };
  const jwk = keys.find((k) => k.kid === kid);
  if (!jwk || alg !== 'RS256') throw new Error('unknown key');
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  if (!verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) throw new Error('bad signature');
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}
