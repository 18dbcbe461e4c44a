// The login journey of Lock and auth0-js, put together from the protocol pieces beside this file: the credentials
// go to /co/authenticate, the ticket to /authorize (by redirect, or in a hidden frame with web_message), and what
// comes back is checked (state, then the ID token's signature and claims) before anyone is told "authenticated".
import { AUTH0_CLIENT_HEADER, type ApiClient, type FetchLike, type Result } from '../api/client';
import type { ApiError } from '../api/errors';
import type { Tokens } from '../flows/login/login.types';
import { authorizeUrl, type AuthorizeParams } from './authorize';
import { coAuthenticateBody, takeLoginTicket } from './co';
import { parseHash, toAuthResponse, type AuthResponse } from './hash';
import { jwksKeys } from './jwks';
import { verifyIdToken } from './jwt';
import { pkce, randomString } from './random';
import { saveTransaction, takeTransaction, type Transaction } from './storage';
import { webMessage } from './web-message';

/** What the protocol needs from the options, resolved once. */
export interface AuthConfig {
  readonly clientID: string;
  /** The API origin (apiOrigin(domain)). */
  readonly origin: string;
  /** The database connection, sent as `realm`. */
  readonly realm: string;
  readonly redirect: boolean;
  readonly redirectUri: string;
  readonly responseType: string;
  readonly responseMode: string | null;
  /** auth.params, `scope` included. */
  readonly params: Readonly<Record<string, string>>;
  readonly audience: string | null;
  readonly state: string | null;
  readonly nonce: string | null;
  readonly leeway: number;
  readonly fetch?: FetchLike;
  readonly now: () => number;
  /** Leaves the page for `url` (location.assign). */
  readonly navigate: (url: string) => void;
}

/** The longest access or ID token taken: 64 KB, far above any real JWT. */
const MAX_TOKEN_LENGTH = 65_536;

const failure = (code: string, description = '', status = 0): { ok: false; error: ApiError } => ({
  ok: false,
  error: { kind: 'http', status, code, description },
});

/** Starts a transaction: the /authorize parameters, the site's `auth.params` among them. */
async function begin(config: AuthConfig, extra: Partial<AuthorizeParams>, exchange: boolean): Promise<[AuthorizeParams, Transaction]> {
  const given = config.params;
  // As Lock: auth.params.state / nonce win over auth.state / nonce; a code_challenge or response_mode in auth.params
  // (the hosted login page forwards the application's) goes to /authorize as given.
  const state = given.state ?? config.state ?? randomString();
  // As auth0-js: a nonce only when an ID token comes straight from /authorize.
  const nonce = given.nonce ?? config.nonce ?? (config.responseType.includes('id_token') ? randomString() : undefined);
  const code = exchange && config.responseType == 'code' && !given.code_challenge ? await pkce() : undefined;
  const params: AuthorizeParams = {
    ...given,
    client_id: config.clientID,
    response_type: config.responseType,
    response_mode: config.responseMode ?? given.response_mode,
    redirect_uri: config.redirectUri,
    audience: config.audience ?? given.audience,
    state,
    nonce,
    code_challenge: code?.challenge ?? given.code_challenge,
    ...extra,
  };
  const transaction: Transaction = { state, nonce: nonce ?? null, lastUsedConnection: config.realm, redirectUri: config.redirectUri, responseType: config.responseType };
  if (code) transaction.verifier = code.verifier;
  return [params, transaction];
}

/**
 * Logs in with the credentials. With `redirect` the page leaves for /authorize and the promise never settles;
 * otherwise the result comes back through a hidden frame and is checked here.
 */
export async function loginWithTicket(api: ApiClient, config: AuthConfig, username: string, password: string, signal: AbortSignal): Promise<Result<Tokens>> {
  const answer = await api.post('/co/authenticate', coAuthenticateBody(config.clientID, username.trim(), password, config.realm), signal, false, 'include');
  if (!answer.ok) {
    // One message for a wrong password and an unknown account, as Lock shows it for a cross-origin login.
    const { error } = answer;
    return error.code == 'access_denied' && error.status == 403 ? { ok: false, error: { ...error, code: 'invalid_user_password' } } : answer;
  }
  const ticket = takeLoginTicket(config.origin, answer.value);
  if (!ticket) return failure('invalid_response', '', 502);
  if (config.redirect) {
    const [params, transaction] = await begin(config, { login_ticket: ticket, realm: config.realm, connection: config.realm }, false);
    saveTransaction(transaction);
    config.navigate(authorizeUrl(config.origin, params));
    return new Promise(() => {});
  }
  const [params, transaction] = await begin(config, { login_ticket: ticket, realm: config.realm }, true);
  return finish(api, config, await webMessage(config.origin, params, { signal }), transaction);
}

/** `checkSession`: the SSO session's tokens without leaving the page (prompt=none in a hidden frame). */
export async function checkSession(api: ApiClient, config: AuthConfig, extra: Readonly<Record<string, string>>): Promise<Result<Tokens>> {
  const [params, transaction] = await begin(config, extra, true);
  return finish(api, config, await webMessage(config.origin, params), transaction);
}

/**
 * The result in a URL hash after a redirect (`resumeAuth`): null when the hash holds no authorization response,
 * otherwise the checked tokens or the error. A state with no transaction of this browser's is refused.
 */
export async function resumeFromHash(api: ApiClient, config: AuthConfig, hash: string): Promise<Result<Tokens> | null> {
  const response = parseHash(hash);
  if (!response) return null;
  const transaction = takeTransaction(response.state ?? '');
  return transaction ? finish(api, config, response, transaction) : failure('invalid_token', '`state` does not match.');
}

/** Turns an authorization response into Lock's `authenticated` payload, once every check has passed. */
async function finish(api: ApiClient, config: AuthConfig, response: AuthResponse, transaction: Transaction): Promise<Result<Tokens>> {
  if (response.error) return failure(response.error, response.errorDescription);
  if (response.state != transaction.state) return failure('invalid_token', '`state` does not match.');
  let tokens = response;
  if (response.code && transaction.verifier) {
    const exchanged = await api.post('/oauth/token', {
      grant_type: 'authorization_code',
      client_id: config.clientID,
      code: response.code,
      code_verifier: transaction.verifier,
      redirect_uri: transaction.redirectUri,
    });
    if (!exchanged.ok) return exchanged;
    tokens = { ...toAuthResponse(new URLSearchParams(exchanged.value as Record<string, string>)), state: response.state };
  }
  const { accessToken, idToken } = tokens;
  if ([accessToken, idToken].some((token) => (token?.length ?? 0) > MAX_TOKEN_LENGTH) || !(accessToken || idToken || response.code)) {
    return failure('invalid_response', '', 502);
  }
  let idTokenPayload = null;
  if (idToken || config.responseType.includes('id_token')) {
    const checked = await verifyIdToken(
      idToken ?? '',
      { issuer: `${config.origin}/`, audience: config.clientID, nonce: transaction.nonce ?? undefined, leeway: config.leeway, now: config.now(), accessToken },
      jwksKeys(config.origin, config.fetch),
    );
    if (!checked.ok) return failure('invalid_token', `id_token: ${checked.code}`);
    idTokenPayload = checked.payload;
  }
  return {
    ok: true,
    value: {
      accessToken: accessToken ?? null,
      idToken: idToken ?? null,
      idTokenPayload,
      appState: transaction.appState ?? null,
      refreshToken: tokens.refreshToken ?? null,
      state: response.state ?? null,
      expiresIn: tokens.expiresIn ?? null,
      tokenType: tokens.tokenType ?? null,
      scope: tokens.scope ?? null,
      ...(response.code && !transaction.verifier ? { code: response.code } : {}),
    },
  };
}

/** GET /userinfo with the access token, as auth0-js's `userInfo`. */
export async function userInfo(config: AuthConfig, accessToken: string): Promise<Result<unknown>> {
  try {
    const fetchImpl = config.fetch ?? ((input, init) => fetch(input, init));
    const response = await fetchImpl(`${config.origin}/userinfo`, { headers: { Authorization: `Bearer ${accessToken}` }, credentials: 'omit', redirect: 'error' });
    const body: unknown = await response.json();
    return response.ok ? { ok: true, value: body } : failure(String((body as { error?: unknown }).error ?? 'invalid_token'), '', response.status);
  } catch {
    return { ok: false, error: { kind: 'network', status: 0, code: 'network', description: '' } };
  }
}

/** The /v2/logout address: ends the session on the API's origin, then `returnTo` (an Allowed Logout URL). */
export function logoutUrl(config: AuthConfig, options: { returnTo?: string; clientID?: string; federated?: boolean }): string {
  const query = new URLSearchParams({ client_id: options.clientID ?? config.clientID });
  if (options.returnTo) query.set('returnTo', options.returnTo);
  query.set('auth0Client', AUTH0_CLIENT_HEADER);
  return `${config.origin}/v2/logout?${query}${options.federated ? '&federated' : ''}`;
}
