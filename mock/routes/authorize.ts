import type { ServerResponse } from 'node:http';
import { ACCESS_TOKEN_TTL_S, type UserRecord } from '../store';
import {
  htmlDocument,
  framingOrigins,
  PAGE_SCRIPTS,
  sendAnswer,
  sendAuthorizeError,
  sendErrorPage,
  type AnswerTarget,
} from '../authorize-answer';
import { LOGIN_TRANSACTION_LIFETIME_MS, type AuthorizeRequest, type ResponseMode } from '../authorize-transactions';
import type { Exchange, MockContext } from '../context';
import { jsonBlock, sendPage } from '../html';
import { readBody, stringField } from '../http';
import { issueIdToken } from '../id-token';
import { verifierMatches, type LoginTicket } from '../login-tickets';
import { strictCsp } from '../../scripts/strict-csp.mjs';
import {
  appendCookies,
  cookieHeaders,
  currentSession,
  readCookies,
  sessionCookies,
  sessionCookieValue,
  type Session,
} from '../sessions';
import { clientAllowsWebOrigin, originOf, type TenantClient } from '../tenant';
import { ownOrigin, verifierCookieName } from './co-authenticate';

/** Longest value any /authorize parameter may have (state and nonce are opaque to the server, but not unbounded). */
export const MAX_PARAM_LENGTH = 4096;

const MODES: readonly ResponseMode[] = ['query', 'fragment', 'form_post', 'web_message'];
const PROMPTS = ['none', 'login', 'consent', 'select_account'];
/** RFC 7636 §4.1: 43 to 128 unreserved characters (an S256 challenge is always 43). */
const CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;

/** A refusal sent back to the client by its response mode. */
class AuthorizeError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

/** A refusal that cannot go back to the client: the error page. */
class PageError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

/**
 * GET /authorize. First the client and redirect_uri (an unknown client or a redirect_uri that is not allowed gets
 * the error page, never a redirect), then everything else (errors go back to redirect_uri by response_mode), then
 * who the user is: a login ticket from /co/authenticate (with its verifier cookie, or the cross-origin verification
 * page), else the session cookie, else `login_required` (prompt=none) or the hosted login page.
 */
export function authorize({ req, res, url, ctx }: Exchange): void {
  const q = url.searchParams;
  let target: AnswerTarget;
  try {
    target = checkTarget(ctx, q);
  } catch (error) {
    if (error instanceof PageError) return sendErrorPage(res, 400, error.error, error.description);
    throw error;
  }
  const state = q.get('state') ?? undefined;
  let request: AuthorizeRequest;
  try {
    request = checkRequest(q, target);
  } catch (error) {
    if (error instanceof AuthorizeError) {
      return sendAuthorizeError(ctx, res, target, error.error, error.description, validState(state));
    }
    throw error;
  }

  const ticketHandle = q.get('login_ticket');
  if (ticketHandle !== null && ticketHandle !== '') {
    const ticket = ctx.loginTickets.take(ticketHandle);
    if (!ticket || ticket.clientId !== request.clientId) {
      return sendAuthorizeError(ctx, res, target, 'access_denied', 'Invalid or expired login ticket.', request.state);
    }
    const verifier = readCookies(req).get(verifierCookieName(ticket.coId));
    // The verifier cookie is spent with the ticket.
    appendCookies(res, cookieHeaders(ctx.tenant.publicUrl, verifierCookieName(ticket.coId), '', 0));
    if (verifier === undefined || verifier === '') {
      if (target.client.cross_origin_loc !== undefined) return sendVerificationPage(ctx, res, target.client, request, ticket);
      return sendAuthorizeError(ctx, res, target, 'access_denied', 'The login ticket was not issued to this browser.', request.state);
    }
    if (!verifierMatches(ticket, verifier)) {
      return sendAuthorizeError(ctx, res, target, 'access_denied', 'The login ticket was not issued to this browser.', request.state);
    }
    return loginAndAnswer(ctx, sessionCookieValue(req), res, target, request, ticket);
  }

  const prompts = (q.get('prompt') ?? '').split(' ');
  const session = prompts.includes('login') ? undefined : liveSession(ctx, req, request);
  if (session) {
    const user = ctx.store.findUserById(session.userId);
    if (user) return answer(ctx, res, target, request, user, session);
  }
  if (prompts.includes('none')) return sendAuthorizeError(ctx, res, target, 'login_required', 'Login required', request.state);
  const transaction = ctx.transactions.login.put(request, LOGIN_TRANSACTION_LIFETIME_MS);
  res.statusCode = 302;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Location', `/login?state=${encodeURIComponent(transaction)}`);
  res.setHeader('Content-Length', 0);
  res.end();
}

/**
 * POST /co/verify (form: `transaction`, `verifier`) from the cross-origin verification page: the verifier the
 * application's cross_origin_loc page had stored. A match logs the user in and answers as /authorize would.
 */
export async function coVerify({ req, res, ctx }: Exchange): Promise<void> {
  const body = await readBody(req);
  const handle = stringField(body, 'transaction');
  const verifier = stringField(body, 'verifier') ?? '';
  const pending = handle === undefined ? undefined : ctx.transactions.verification.take(handle);
  if (!pending) return sendErrorPage(res, 400, 'invalid_request', 'The login transaction is unknown or has expired.');
  const client = ctx.store.findClient(pending.request.clientId);
  if (!client) return sendErrorPage(res, 400, 'invalid_request', 'Unknown client.');
  const target: AnswerTarget = { client, redirectUri: pending.request.redirectUri, mode: pending.request.responseMode };
  if (verifier === '' || !verifierMatches(pending.ticket, verifier)) {
    return sendAuthorizeError(ctx, res, target, 'access_denied', 'The login ticket was not issued to this browser.', pending.request.state);
  }
  return loginAndAnswer(ctx, sessionCookieValue(req), res, target, pending.request, pending.ticket);
}

/** The client, the redirect_uri and the response mode: what decides where any answer may go. */
function checkTarget(ctx: MockContext, q: URLSearchParams): AnswerTarget {
  const clientId = single(q, 'client_id', PageError);
  if (clientId === undefined) throw new PageError('invalid_request', 'Missing required parameter: client_id');
  const client = ctx.store.findClient(clientId);
  if (!client) throw new PageError('invalid_request', `Unknown client: ${clientId}`);
  const redirectUri = single(q, 'redirect_uri', PageError);
  if (redirectUri === undefined) throw new PageError('invalid_request', 'Missing required parameter: redirect_uri');
  const modeParam = single(q, 'response_mode', PageError);
  const webMessage = modeParam === 'web_message';
  if (webMessage) {
    // Answered by postMessage to the page, which names its origin: Allowed Web Origins (or a callback's origin).
    const origin = originOf(redirectUri);
    if (origin === undefined || !clientAllowsWebOrigin(client, origin)) {
      throw new PageError('invalid_request', `The redirect_uri's origin is not in the list of allowed web origins: ${redirectUri}`);
    }
  } else if (!client.callbacks.includes(redirectUri)) {
    throw new PageError('invalid_request', `Callback URL mismatch. ${redirectUri} is not in the list of allowed callback URLs.`);
  }
  if (redirectUri.includes('#')) throw new PageError('invalid_request', 'The redirect_uri must not contain a fragment.');
  // Errors about the response type itself go back in the query (RFC 6749 §4.1.2.1), tokens in the fragment.
  const returns = returnsOf(q.get('response_type') ?? '');
  const defaultMode: ResponseMode = returns && !returns.code ? 'fragment' : 'query';
  const mode = MODES.includes(modeParam as ResponseMode) ? (modeParam as ResponseMode) : defaultMode;
  return { client, redirectUri, mode };
}

/** Everything else about the request; a problem here is answered to the client. */
function checkRequest(q: URLSearchParams, target: AnswerTarget): AuthorizeRequest {
  const { client } = target;
  for (const [name, value] of q) {
    if (value.length > MAX_PARAM_LENGTH) throw new AuthorizeError('invalid_request', `The ${name} parameter is too long.`);
  }
  const responseType = single(q, 'response_type', AuthorizeError);
  if (responseType === undefined) throw new AuthorizeError('invalid_request', 'Missing required parameter: response_type');
  const returns = returnsOf(responseType);
  if (!returns) throw new AuthorizeError('unsupported_response_type', `Unsupported response type: ${responseType}`);
  const modeParam = single(q, 'response_mode', AuthorizeError);
  if (modeParam !== undefined && !MODES.includes(modeParam as ResponseMode)) {
    throw new AuthorizeError('invalid_request', `Unsupported response mode: ${modeParam}`);
  }
  if (target.mode === 'query' && (returns.token || returns.idToken)) {
    throw new AuthorizeError('invalid_request', 'Tokens cannot be returned in the query: use fragment, form_post or web_message.');
  }
  const grant = returns.code ? 'authorization_code' : 'implicit';
  if (!client.grant_types.includes(grant)) {
    throw new AuthorizeError('unauthorized_client', `Grant type '${grant}' not allowed for the client.`);
  }
  const state = single(q, 'state', AuthorizeError);
  const nonce = single(q, 'nonce', AuthorizeError);
  if (returns.idToken && nonce === undefined) {
    throw new AuthorizeError('invalid_request', 'Missing required parameter: nonce (required when an id_token is returned)');
  }
  const scope = normalizeScope(single(q, 'scope', AuthorizeError) ?? 'openid');
  const audience = single(q, 'audience', AuthorizeError);
  const prompt = single(q, 'prompt', AuthorizeError);
  if (prompt !== undefined) {
    const values = prompt.split(' ').filter(Boolean);
    if (values.some((p) => !PROMPTS.includes(p)) || (values.includes('none') && values.length > 1)) {
      throw new AuthorizeError('invalid_request', `Unsupported prompt: ${prompt}`);
    }
  }
  const maxAgeParam = single(q, 'max_age', AuthorizeError);
  let maxAge: number | undefined;
  if (maxAgeParam !== undefined) {
    if (!/^\d{1,10}$/.test(maxAgeParam)) throw new AuthorizeError('invalid_request', 'max_age must be a non-negative integer (seconds).');
    maxAge = Number(maxAgeParam);
  }
  const codeChallenge = single(q, 'code_challenge', AuthorizeError);
  const method = single(q, 'code_challenge_method', AuthorizeError);
  let codeChallengeMethod: 'S256' | 'plain' | undefined;
  if (codeChallenge !== undefined) {
    // S256 is the method; plain only when the client says so explicitly.
    if (method !== 'S256' && method !== 'plain') {
      throw new AuthorizeError('invalid_request', 'code_challenge_method must be S256 (or plain, sent explicitly).');
    }
    if (!CHALLENGE.test(codeChallenge) || (method === 'S256' && codeChallenge.length !== 43)) {
      throw new AuthorizeError('invalid_request', 'Invalid code_challenge.');
    }
    codeChallengeMethod = method;
  } else if (method !== undefined) {
    throw new AuthorizeError('invalid_request', 'code_challenge_method was sent without code_challenge.');
  }
  single(q, 'login_ticket', AuthorizeError);

  const request: AuthorizeRequest = {
    clientId: client.client_id,
    redirectUri: target.redirectUri,
    responseType,
    returns,
    responseMode: target.mode,
    responseModeSent: modeParam !== undefined,
    scope,
  };
  if (state !== undefined) request.state = state;
  if (nonce !== undefined) request.nonce = nonce;
  if (audience !== undefined) request.audience = audience;
  if (codeChallenge !== undefined) request.codeChallenge = codeChallenge;
  if (codeChallengeMethod !== undefined) request.codeChallengeMethod = codeChallengeMethod;
  if (maxAge !== undefined) request.maxAge = maxAge;
  return request;
}

/** What a response_type asks for; undefined for one that is not supported (hybrid flows, unknown words). */
function returnsOf(responseType: string): AuthorizeRequest['returns'] | undefined {
  const words = responseType.split(' ').filter(Boolean);
  const set = new Set(words);
  if (set.size !== words.length || set.size === 0) return undefined;
  const returns = { code: set.has('code'), token: set.has('token'), idToken: set.has('id_token') };
  if ([...set].some((w) => w !== 'code' && w !== 'token' && w !== 'id_token')) return undefined;
  if (returns.code && set.size > 1) return undefined;
  return returns;
}

/** One value of a parameter: undefined when absent or empty; sent twice is an error (RFC 6749 §3.1). */
function single(q: URLSearchParams, name: string, Err: typeof AuthorizeError | typeof PageError): string | undefined {
  const values = q.getAll(name);
  if (values.length > 1) throw new Err('invalid_request', `The ${name} parameter was sent more than once.`);
  const value = values[0];
  if (value !== undefined && value.length > MAX_PARAM_LENGTH) throw new Err('invalid_request', `The ${name} parameter is too long.`);
  return value === undefined || value === '' ? undefined : value;
}

/** A state that is echoed back when the request itself was refused: only one that is sane to echo. */
function validState(state: string | undefined): string | undefined {
  return state !== undefined && state !== '' && state.length <= MAX_PARAM_LENGTH ? state : undefined;
}

/** Scopes, space-separated, each once. */
function normalizeScope(scope: string): string {
  return [...new Set(scope.split(' ').filter(Boolean))].join(' ');
}

/** The request's session, unless it is older than max_age. */
function liveSession(ctx: MockContext, req: Exchange['req'], request: AuthorizeRequest): Session | undefined {
  const session = currentSession(ctx, req);
  if (!session) return undefined;
  if (request.maxAge !== undefined && Math.floor(ctx.now() / 1000) - session.authTime > request.maxAge) return undefined;
  return session;
}

/** A login ticket was proven: a new session (the browser's previous one ends), then the answer. */
function loginAndAnswer(
  ctx: MockContext,
  previousCookie: string | undefined,
  res: ServerResponse,
  target: AnswerTarget,
  request: AuthorizeRequest,
  ticket: LoginTicket,
): void {
  const user = ctx.store.findUserById(ticket.userId);
  if (!user) return sendAuthorizeError(ctx, res, target, 'access_denied', 'Invalid or expired login ticket.', request.state);
  if (previousCookie !== undefined) ctx.sessions.end(previousCookie);
  const { cookieValue } = ctx.sessions.create(user.user_id);
  const session = ctx.sessions.find(cookieValue);
  if (!session) return sendAuthorizeError(ctx, res, target, 'server_error', 'The session could not be created.', request.state);
  appendCookies(res, sessionCookies(ctx.tenant.publicUrl, cookieValue));
  answer(ctx, res, target, request, user, session);
}

/** The authorization response for a known user: a code, an access token, an ID token, as response_type asked. */
function answer(
  ctx: MockContext,
  res: ServerResponse,
  target: AnswerTarget,
  request: AuthorizeRequest,
  user: UserRecord,
  session: Session,
): void {
  if (user.blocked) return sendAuthorizeError(ctx, res, target, 'access_denied', 'user is blocked', request.state);
  session.clients.add(request.clientId);
  const params: Record<string, string> = {};
  const scopes = request.scope.split(' ');
  if (request.returns.code) {
    params.code = ctx.codes.issue({
      userId: user.user_id,
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      scope: request.scope,
      sid: session.sid,
      authTime: session.authTime,
      ...(request.audience === undefined ? {} : { audience: request.audience }),
      ...(request.nonce === undefined ? {} : { nonce: request.nonce }),
      ...(request.codeChallenge === undefined ? {} : { codeChallenge: request.codeChallenge }),
      ...(request.codeChallengeMethod === undefined ? {} : { codeChallengeMethod: request.codeChallengeMethod }),
    });
  }
  let accessToken: string | undefined;
  if (request.returns.token) {
    accessToken = ctx.store.issueAccessToken({
      userId: user.user_id,
      clientId: request.clientId,
      scope: request.scope,
      audience: request.audience,
    });
    params.access_token = accessToken;
    params.scope = request.scope;
    params.expires_in = String(ACCESS_TOKEN_TTL_S);
    params.token_type = 'Bearer';
  }
  if (request.returns.idToken) {
    params.id_token = issueIdToken(ctx, user, {
      clientId: request.clientId,
      scopes,
      sid: session.sid,
      authTime: session.authTime,
      ...(request.nonce === undefined ? {} : { nonce: request.nonce }),
      ...(accessToken === undefined ? {} : { accessToken }),
    });
  }
  if (request.state !== undefined) params.state = request.state;
  sendAnswer(ctx, res, target, params);
}

/**
 * The login ticket is good but its verifier cookie did not come (third-party cookies blocked): this page frames the
 * application's cross_origin_loc page, asks it for the verifier it stored (auth0-js `crossOriginVerification()`)
 * and posts it to /co/verify with the transaction it was given.
 */
function sendVerificationPage(
  ctx: MockContext,
  res: ServerResponse,
  client: TenantClient,
  request: AuthorizeRequest,
  ticket: LoginTicket,
): void {
  const loc = client.cross_origin_loc ?? '';
  const lifetime = Math.max(1, ticket.expiresAt - ctx.now());
  const transaction = ctx.transactions.verification.put({ request, ticket }, lifetime);
  const data = {
    frameUrl: `${loc.split('#')[0] ?? loc}#origin=${encodeURIComponent(ownOrigin(ctx))}`,
    frameOrigin: originOf(loc) ?? '',
    coId: ticket.coId,
  };
  const body = `<main>
<p>Verifying your login…</p>
<form method="post" action="/co/verify" id="latch-co-verify">
<input type="hidden" name="transaction" value="${transaction}">
<input type="hidden" name="verifier" value="">
</form>
</main>
${jsonBlock('latch-co-verify-data', data)}
<script src="${PAGE_SCRIPTS.coVerify}" defer></script>`;
  const frameAncestors = framingOrigins(ctx, client);
  // form-action also governs where the form's answer redirects: /co/verify answers with a 302 to the redirect_uri.
  const formAction = ["'self'", originOf(request.redirectUri) ?? ''].filter(Boolean).join(' ');
  const csp = strictCsp({
    extra: [`frame-src ${data.frameOrigin || "'none'"}`, `form-action ${formAction}`, `frame-ancestors ${frameAncestors.join(' ') || "'none'"}`],
  });
  sendPage(res, 200, htmlDocument('Verifying your login', body), { csp, frameAncestors });
}
