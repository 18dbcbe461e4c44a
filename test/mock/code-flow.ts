import { createHash, randomBytes } from 'node:crypto';
import { loadTenant, type Tenant, type TenantClient } from '../../mock/tenant';
import { CLIENT_ID, CONNECTION, PASSWORD, PASSWORD_REALM, type TestMock } from './mock-harness';

// The authorization-code flow as a browser runs it against the mock: POST /co/authenticate (auth0-js's embedded
// login), GET /authorize with the login ticket and the co_verifier cookie, then POST /oauth/token. Every step is real
// HTTP.

export const SPA_ORIGIN = 'http://localhost:5173';
export const SPA_CALLBACK = 'http://localhost:5173/';
export const WEB_ORIGIN = 'https://app.example';
export const WEB_CALLBACK = 'https://app.example/callback';
export const POST_SECRET = 'post-secret-0123456789abcdefghijklmnopqrstuvwxyz';
export const BASIC_SECRET = 'basic secret:with/odd+chars%';

function webClient(clientId: string, secret: string, method: TenantClient['token_endpoint_auth_method']): TenantClient {
  return {
    client_id: clientId,
    name: clientId,
    app_type: 'regular_web',
    client_secret: secret,
    token_endpoint_auth_method: method,
    callbacks: [WEB_CALLBACK],
    allowed_logout_urls: [],
    allowed_origins: [WEB_ORIGIN],
    web_origins: [],
    cross_origin_authentication: true,
    grant_types: ['authorization_code', 'refresh_token', PASSWORD_REALM],
  };
}

/** The demo tenant plus confidential clients (secret by POST and by HTTP Basic) and a SPA without refresh tokens. */
export function codeFlowTenant(): Tenant {
  const tenant = loadTenant();
  const demo = tenant.clients.find((c) => c.client_id === CLIENT_ID);
  if (!demo) throw new Error('the demo client is missing from the tenant file');
  return {
    ...tenant,
    clients: [
      ...tenant.clients,
      webClient('web-post', POST_SECRET, 'client_secret_post'),
      webClient('web-basic', BASIC_SECRET, 'client_secret_basic'),
      { ...demo, client_id: 'spa-no-refresh', grant_types: ['authorization_code', PASSWORD_REALM] },
      { ...demo, client_id: 'spa-other' },
      { ...demo, client_id: 'spa-password-only', grant_types: [PASSWORD_REALM] },
    ],
  };
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

/** A fresh RFC 7636 verifier (43 characters) and its S256 challenge. */
export function pkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface CodeRequest {
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  nonce?: string;
  username?: string;
  /** The extra /authorize parameters, e.g. code_challenge and code_challenge_method; `undefined` leaves one out. */
  params?: Record<string, string | undefined>;
}

export interface IssuedCode {
  code: string;
  state: string;
  redirectUri: string;
}

/** Logs in through /co/authenticate and /authorize (response_type=code) and returns the code from the redirect. */
export async function obtainCode(mock: TestMock, request: CodeRequest = {}): Promise<IssuedCode> {
  const clientId = request.clientId ?? CLIENT_ID;
  const redirectUri = request.redirectUri ?? (clientId.startsWith('web-') ? WEB_CALLBACK : SPA_CALLBACK);
  const origin = new URL(redirectUri).origin;
  const login = await fetch(`${mock.url}/co/authenticate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({
      client_id: clientId,
      username: request.username ?? 'demo@latch.dev',
      password: PASSWORD,
      realm: CONNECTION,
      credential_type: PASSWORD_REALM,
    }),
  });
  if (login.status !== 200) throw new Error(`/co/authenticate answered ${login.status}: ${await login.text()}`);
  const ticket = (await login.json()) as { login_ticket: string; co_verifier: string; co_id: string };

  const state = randomBytes(12).toString('base64url');
  const query = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: request.scope ?? 'openid profile email offline_access',
    state,
    login_ticket: ticket.login_ticket,
  });
  if (request.nonce !== undefined) query.set('nonce', request.nonce);
  for (const [name, value] of Object.entries(request.params ?? {})) if (value !== undefined) query.set(name, value);
  const authorize = await fetch(`${mock.url}/authorize?${query.toString()}`, {
    redirect: 'manual',
    headers: { Cookie: `co_verifier_${ticket.co_id}=${ticket.co_verifier}` },
  });
  const location = authorize.headers.get('location');
  if (authorize.status !== 302 || location === null) {
    throw new Error(`/authorize answered ${authorize.status}: ${await authorize.text()}`);
  }
  const back = new URL(location);
  const code = back.searchParams.get('code');
  if (code === null) throw new Error(`/authorize redirected without a code: ${location}`);
  if (back.searchParams.get('state') !== state) throw new Error('/authorize lost the state');
  return { code, state, redirectUri };
}

/** POST /oauth/token form-encoded, as auth0-spa-js sends it (useFormData, with an Auth0-Client header). */
export function tokenRequest(mock: TestMock, fields: Record<string, string | undefined>, headers: Record<string, string> = {}): Promise<Response> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) body.set(name, value);
  return fetch(`${mock.url}/oauth/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Auth0-Client': Buffer.from(JSON.stringify({ name: 'auth0-spa-js', version: '2.0.0' })).toString('base64'),
      ...headers,
    },
    body,
  });
}

/** The token request auth0-spa-js makes after the redirect. */
export function exchange(mock: TestMock, issued: IssuedCode, fields: Record<string, string | undefined> = {}, headers: Record<string, string> = {}): Promise<Response> {
  return tokenRequest(
    mock,
    { grant_type: 'authorization_code', client_id: CLIENT_ID, code: issued.code, redirect_uri: issued.redirectUri, ...fields },
    headers,
  );
}

export function basicAuth(id: string, secret: string): Record<string, string> {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return { Authorization: `Basic ${Buffer.from(`${encode(id)}:${encode(secret)}`).toString('base64')}` };
}

export function decodeJwt(token: unknown): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = String(token).split('.');
  const part = (p: string | undefined) => JSON.parse(Buffer.from(p ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: part(header), payload: part(payload) };
}

export type TokenBody = Record<string, unknown> & { access_token?: string; refresh_token?: string; id_token?: string };
