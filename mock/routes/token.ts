import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { codeId, type CodeGrant } from '../authorization-codes';
import type { Exchange, MockContext } from '../context';
import { ApiError, apiError, invalidRequest, readBody, sameSecret, sendJson, setHeaders, stringField } from '../http';
import { issueIdToken } from '../id-token';
import { identifierProblem } from '../identifiers';
import { passwordLogin, WRONG_CREDENTIALS } from '../password-login';
import { ACCESS_TOKEN_TTL_S } from '../store';
import { PASSWORD_REALM_GRANT, type TenantClient } from '../tenant';

const AUTHORIZATION_CODE = 'authorization_code';
const REFRESH_TOKEN = 'refresh_token';
/** The grants this endpoint answers; anything else is `unsupported_grant_type` whatever the client allows. */
const GRANTS = [PASSWORD_REALM_GRANT, AUTHORIZATION_CODE, REFRESH_TOKEN];

const INVALID_CODE = 'Invalid authorization code';
/** auth0-spa-js falls back to its iframe when the message includes 'invalid refresh token' (constants.ts): keep it. */
const INVALID_REFRESH_TOKEN = 'Unknown or invalid refresh token.';
const VERIFIER_FAILED = 'Failed to verify code verifier';
/** RFC 7636 §4.1: 43 to 128 unreserved characters. */
const VERIFIER_SYNTAX = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * POST /oauth/token, JSON or form-encoded: the password-realm grant (the widget's embedded login), authorization_code
 * (with PKCE, after /authorize) and refresh_token (rotating). The client authenticates as its
 * token_endpoint_auth_method says, and may use only the grants it lists.
 */
export async function token({ req, res, ip, ctx }: Exchange): Promise<void> {
  const rate = ctx.limits.token.take(ip);
  setHeaders(res, rate.headers);
  // Tokens must never be cached by a browser or a proxy (RFC 6749 §5.1).
  setHeaders(res, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  if (!rate.allowed) throw apiError(429, 'too_many_requests', 'Global limit has been reached');

  const body = await readBody(req);
  const grantType = stringField(body, 'grant_type');
  if (grantType === undefined) throw invalidRequest('Missing required parameter: grant_type');
  if (!GRANTS.includes(grantType)) throw apiError(400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`);
  const client = authenticateClient(ctx, req, body);
  if (!client.grant_types.includes(grantType)) {
    throw apiError(403, 'unauthorized_client', `Grant type '${grantType}' not allowed for the client.`);
  }

  const reply =
    grantType === AUTHORIZATION_CODE
      ? authorizationCodeGrant(ctx, client, body)
      : grantType === REFRESH_TOKEN
        ? refreshTokenGrant(ctx, client, body)
        : await passwordRealmGrant(ctx, client, body, ip);
  sendJson(res, 200, reply);
}

// ---- client authentication ---------------------------------------------------------------------------------------

/**
 * Who is calling, proved the one way the client is registered for (RFC 6749 §2.3): 'none' sends only its client_id
 * (a public SPA; a secret sent anyway is refused, so a misconfigured app fails at once instead of leaking its secret
 * from a browser), 'client_secret_post' sends client_secret in the body, 'client_secret_basic' sends HTTP Basic.
 * Secrets are compared in constant time. Using two methods at once is invalid_request (RFC 6749 §5.2).
 */
function authenticateClient(ctx: MockContext, req: IncomingMessage, body: Record<string, unknown>): TenantClient {
  const basic = basicCredentials(req);
  const bodyId = stringField(body, 'client_id');
  const bodySecret = stringField(body, 'client_secret');
  if (basic && bodySecret !== undefined) {
    throw invalidRequest('Send the client secret in the Authorization header or in the body, not both.');
  }
  if (basic && bodyId !== undefined && bodyId !== basic.id) {
    throw basicRefused(ctx, 'The client_id in the body does not match the Authorization header.');
  }
  const clientId = basic?.id ?? bodyId;
  if (clientId === undefined) throw invalidRequest('Missing required parameter: client_id');
  const client = ctx.store.findClient(clientId);
  if (!client) throw basic ? basicRefused(ctx, 'Unknown client.') : apiError(401, 'invalid_client', 'Unknown client.');

  const method = client.token_endpoint_auth_method;
  const used = basic ? 'client_secret_basic' : bodySecret !== undefined ? 'client_secret_post' : 'none';
  if (used !== method) {
    const description =
      method === 'none'
        ? 'The client is public (token_endpoint_auth_method none): it must not send a client secret.'
        : used === 'none'
          ? 'Client authentication is required.'
          : `The client must authenticate with ${method}.`;
    throw basic ? basicRefused(ctx, description) : apiError(401, 'invalid_client', description);
  }
  if (method !== 'none') {
    const given = basic?.secret ?? bodySecret ?? '';
    const valid = sameSecret(given, client.client_secret ?? '') && client.client_secret !== undefined;
    if (!valid) throw basic ? basicRefused(ctx, 'Client authentication failed.') : apiError(401, 'invalid_client', 'Client authentication failed.');
  }
  return client;
}

/** A refusal of HTTP Basic credentials names the scheme (RFC 6749 §5.2: MUST). */
function basicRefused(ctx: MockContext, description: string): ApiError {
  return apiError(401, 'invalid_client', description, { 'WWW-Authenticate': `Basic realm="${ctx.tenant.publicUrl}/"` });
}

/**
 * `Authorization: Basic base64(urlencode(client_id) ":" urlencode(secret))` (RFC 6749 §2.3.1). Other schemes are not
 * client authentication and are ignored; a Basic header that does not decode is refused.
 */
function basicCredentials(req: IncomingMessage): { id: string; secret: string } | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Basic\s+(\S*)\s*$/i.exec(header);
  if (!match) return undefined;
  const encoded = match[1] ?? '';
  const decoded = /^[A-Za-z0-9+/]*={0,2}$/.test(encoded) ? Buffer.from(encoded, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const id = colon > 0 ? formDecode(decoded.slice(0, colon)) : undefined;
  const secret = colon > 0 ? formDecode(decoded.slice(colon + 1)) : undefined;
  if (id === undefined || id === '' || secret === undefined) {
    throw apiError(401, 'invalid_client', 'The Authorization header is not valid Basic client credentials.', {
      'WWW-Authenticate': 'Basic',
    });
  }
  return { id, secret };
}

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

// ---- authorization_code ------------------------------------------------------------------------------------------

/**
 * Redeems a code from /authorize. The code is spent by the first attempt, even a failed one, and a second
 * presentation is a replay: refused, and the refresh tokens the first one produced are revoked (RFC 6749 §4.1.2).
 */
function authorizationCodeGrant(ctx: MockContext, client: TenantClient, body: Record<string, unknown>): Record<string, unknown> {
  const code = stringField(body, 'code');
  if (code === undefined) throw invalidRequest('Missing required parameter: code');
  const redirectUri = stringField(body, 'redirect_uri');
  const verifier = stringField(body, 'code_verifier');
  if (verifier !== undefined && !VERIFIER_SYNTAX.test(verifier)) {
    throw invalidRequest('code_verifier must be 43 to 128 characters from A-Z, a-z, 0-9, "-", ".", "_" and "~".');
  }

  const redemption = ctx.codes.redeem(code);
  if (!redemption) throw apiError(403, 'invalid_grant', INVALID_CODE);
  if (redemption.replayed) {
    ctx.refreshTokens.revokeFamilyOfCode(code);
    throw apiError(403, 'invalid_grant', INVALID_CODE);
  }
  const { grant } = redemption;
  if (grant.clientId !== client.client_id) throw apiError(403, 'invalid_grant', INVALID_CODE);
  if (redirectUri === undefined) {
    throw apiError(403, 'invalid_grant', 'redirect_uri is required if it was included in the authorization request.');
  }
  if (redirectUri !== grant.redirectUri) {
    throw apiError(403, 'invalid_grant', 'redirect_uri does not match the one of the authorization request.');
  }
  if (!verifierMatches(grant, verifier)) throw apiError(403, 'invalid_grant', VERIFIER_FAILED);
  const user = ctx.store.findUserById(grant.userId);
  if (!user || user.blocked) throw apiError(403, 'invalid_grant', INVALID_CODE);

  const scopes = splitScope(grant.scope);
  const accessToken = ctx.store.issueAccessToken({ userId: user.user_id, clientId: client.client_id, scope: grant.scope, audience: grant.audience });
  const reply: Record<string, unknown> = { access_token: accessToken };
  if (scopes.includes('offline_access') && client.grant_types.includes(REFRESH_TOKEN)) {
    reply.refresh_token = ctx.refreshTokens.issue({
      userId: user.user_id,
      clientId: client.client_id,
      scope: grant.scope,
      ...(grant.audience === undefined ? {} : { audience: grant.audience }),
      sid: grant.sid,
      authTime: grant.authTime,
      codeId: codeId(code),
    });
  }
  if (scopes.includes('openid')) {
    reply.id_token = issueIdToken(ctx, user, {
      clientId: client.client_id,
      scopes,
      ...(grant.nonce === undefined ? {} : { nonce: grant.nonce }),
      sid: grant.sid,
      authTime: grant.authTime,
      accessToken,
    });
  }
  return finish(reply, scopes);
}

/**
 * PKCE (RFC 7636): a verifier is required exactly when /authorize recorded a challenge. S256 compares
 * BASE64URL(SHA-256(verifier)); plain compares the verifier itself. Compared in constant time.
 */
function verifierMatches(grant: CodeGrant, verifier: string | undefined): boolean {
  if (grant.codeChallenge === undefined) return verifier === undefined;
  if (verifier === undefined) return false;
  const derived = grant.codeChallengeMethod === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
  return sameSecret(derived, grant.codeChallenge);
}

// ---- refresh_token -----------------------------------------------------------------------------------------------

/**
 * Rotates a refresh token: the answer carries a new one and the presented one is retired; presenting a retired one
 * revokes its family. A `scope` may narrow the access token's scope, never widen it; the family keeps the scope it was
 * granted (RFC 6749 §6).
 */
function refreshTokenGrant(ctx: MockContext, client: TenantClient, body: Record<string, unknown>): Record<string, unknown> {
  const presented = stringField(body, 'refresh_token');
  if (presented === undefined) throw invalidRequest('Missing required parameter: refresh_token');
  const requested = stringField(body, 'scope');

  // Checked before rotating, so a refused request leaves the client's token usable (a rotation would retire it).
  const live = ctx.refreshTokens.peek(presented, client.client_id);
  let scopes: string[] | undefined;
  if (live) {
    const user = ctx.store.findUserById(live.grant.userId);
    const changedAt = user?.passwordChangedAt;
    if (!user || (changedAt !== undefined && live.createdAt < changedAt)) {
      ctx.refreshTokens.revokeForUser(live.grant.userId);
      throw apiError(403, 'invalid_grant', INVALID_REFRESH_TOKEN);
    }
    if (user.blocked) throw apiError(403, 'invalid_grant', INVALID_REFRESH_TOKEN);
    const granted = splitScope(live.grant.scope);
    scopes = requested === undefined ? granted : splitScope(requested);
    const extra = scopes.filter((s) => !granted.includes(s));
    if (extra.length > 0) {
      throw apiError(403, 'invalid_scope', `The requested scope exceeds the granted one: ${extra.join(' ')}`);
    }
  }

  const rotation = ctx.refreshTokens.rotate(presented, client.client_id);
  if (rotation.status !== 'rotated' || scopes === undefined) throw apiError(403, 'invalid_grant', INVALID_REFRESH_TOKEN);
  const { grant } = rotation;
  const user = ctx.store.findUserById(grant.userId);
  if (!user) throw apiError(403, 'invalid_grant', INVALID_REFRESH_TOKEN);
  const scope = scopes.join(' ');
  const accessToken = ctx.store.issueAccessToken({ userId: user.user_id, clientId: client.client_id, scope, audience: grant.audience });
  const reply: Record<string, unknown> = { access_token: accessToken, refresh_token: rotation.token };
  if (scopes.includes('openid')) {
    reply.id_token = issueIdToken(ctx, user, {
      clientId: client.client_id,
      scopes,
      ...(grant.sid === undefined ? {} : { sid: grant.sid }),
      authTime: grant.authTime,
      accessToken,
    });
  }
  return finish(reply, scopes);
}

// ---- password-realm ----------------------------------------------------------------------------------------------

/** The widget's embedded login: username and password against a database connection. */
async function passwordRealmGrant(
  ctx: MockContext,
  client: TenantClient,
  body: Record<string, unknown>,
  ip: string,
): Promise<Record<string, unknown>> {
  const username = stringField(body, 'username');
  if (username === undefined) throw invalidRequest('missing username parameter');
  const usernameProblem = identifierProblem(username, 'username');
  if (usernameProblem) throw invalidRequest(usernameProblem);
  const password = stringField(body, 'password');
  if (password === undefined) throw invalidRequest('missing password parameter');
  const realm = stringField(body, 'realm');
  if (realm === undefined) throw invalidRequest('missing realm parameter');
  const scope = stringField(body, 'scope') ?? '';
  const audience = stringField(body, 'audience');
  if (!ctx.store.findDatabaseConnection(realm)) throw invalidRequest('the connection was not found');

  const user = await passwordLogin(ctx, ip, realm, username, password, apiError(403, 'invalid_grant', WRONG_CREDENTIALS));

  const accessToken = ctx.store.issueAccessToken({ userId: user.user_id, clientId: client.client_id, scope, audience });
  const scopes = splitScope(scope);
  const reply: Record<string, unknown> = { access_token: accessToken };
  if (scopes.includes('openid')) reply.id_token = issueIdToken(ctx, user, { clientId: client.client_id, scopes });
  return finish(reply, scopes);
}

// ---- shared ------------------------------------------------------------------------------------------------------

function splitScope(scope: string): string[] {
  return scope.split(/\s+/).filter(Boolean);
}

/** The common tail of every successful answer. */
function finish(reply: Record<string, unknown>, scopes: string[]): Record<string, unknown> {
  if (scopes.length > 0) reply.scope = scopes.join(' ');
  reply.expires_in = ACCESS_TOKEN_TTL_S;
  reply.token_type = 'Bearer';
  return reply;
}
