import { randomBytes } from 'node:crypto';
import { bruteForceKey } from '../brute-force';
import type { Exchange, MockContext } from '../context';
import { ApiError, apiError, invalidRequest, readBody, sendJson, setHeaders, stringField } from '../http';
import { identifierProblem } from '../identifiers';
import { signJwt } from '../jwt';
import { verifyNobody, verifyPassword } from '../passwords';
import { ACCESS_TOKEN_TTL_S, type UserRecord } from '../store';
import { PASSWORD_REALM_GRANT } from '../tenant';

/** Auth0 issues ID tokens for 10 hours. */
const ID_TOKEN_TTL_S = 36_000;

const WRONG_CREDENTIALS = 'Wrong email or password.';
const BLOCKED_AFTER_ATTEMPTS =
  "Your account has been blocked after multiple consecutive login attempts. We've sent you a notification via your preferred contact method with instructions on how to unblock it.";
const PASSWORD_LEAKED =
  'This login has been blocked because your password has been leaked in another website. We’ve sent you an email with instructions on how to unblock it.';

/** POST /oauth/token with the password-realm grant, JSON or form-encoded. */
export async function token({ req, res, ip, ctx }: Exchange): Promise<void> {
  const rate = ctx.limits.token.take(ip);
  setHeaders(res, rate.headers);
  // Tokens must never be cached by a browser or a proxy (RFC 6749 §5.1).
  setHeaders(res, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  if (!rate.allowed) throw apiError(429, 'too_many_requests', 'Global limit has been reached');

  const body = await readBody(req);
  const grantType = stringField(body, 'grant_type');
  if (grantType === undefined) throw invalidRequest('Missing required parameter: grant_type');
  if (grantType !== PASSWORD_REALM_GRANT) {
    throw apiError(400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`);
  }
  const clientId = stringField(body, 'client_id');
  if (clientId === undefined) throw invalidRequest('Missing required parameter: client_id');
  const client = ctx.store.findClient(clientId);
  if (!client) throw apiError(401, 'invalid_client', 'Unknown client.');
  if (!client.grant_types.includes(PASSWORD_REALM_GRANT)) {
    throw apiError(403, 'unauthorized_client', `Grant type '${PASSWORD_REALM_GRANT}' not allowed for the client.`);
  }
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

  const attemptKey = bruteForceKey(ip, realm, username);
  const user = await ctx.bruteForce.exclusive(attemptKey, () => authenticate(ctx, attemptKey, realm, username, password));

  // Checked only after the password, so these answers never tell a stranger that an account exists.
  if (user.blocked) throw apiError(401, 'unauthorized', 'user is blocked');
  if (user.leaked) throw apiError(401, 'password_leaked', PASSWORD_LEAKED);
  if (user.mfa) {
    throw new ApiError(403, {
      error: 'mfa_required',
      error_description: 'Multifactor authentication required',
      mfa_token: randomBytes(24).toString('base64url'),
      mfa_requirements: { challenge: [{ type: 'otp' }] },
    });
  }

  const accessToken = ctx.store.issueAccessToken({ userId: user.user_id, clientId, scope, audience });
  const scopes = scope.split(/\s+/).filter(Boolean);
  const reply: Record<string, unknown> = { access_token: accessToken };
  if (scopes.includes('openid')) reply.id_token = idToken(ctx, user, clientId, scopes);
  if (scope !== '') reply.scope = scopes.join(' ');
  reply.expires_in = ACCESS_TOKEN_TTL_S;
  reply.token_type = 'Bearer';
  sendJson(res, 200, reply);
}

/**
 * Checks the password. An unknown user costs the same scrypt work and gets the same 403 as a wrong
 * password; both count towards the brute-force block of this IP+user pair.
 */
async function authenticate(
  ctx: MockContext,
  attemptKey: string,
  realm: string,
  username: string,
  password: string,
): Promise<UserRecord> {
  if (ctx.bruteForce.isBlocked(attemptKey)) throw apiError(429, 'too_many_attempts', BLOCKED_AFTER_ATTEMPTS);
  const user = ctx.store.findUser(realm, username);
  const valid = user ? await verifyPassword(password, user.password, ctx.derive) : await verifyNobody(password, ctx.hashCost, ctx.derive);
  if (!user || !valid) {
    ctx.bruteForce.recordFailure(attemptKey);
    throw apiError(403, 'invalid_grant', WRONG_CREDENTIALS);
  }
  ctx.bruteForce.recordSuccess(attemptKey);
  return user;
}

function idToken(ctx: MockContext, user: UserRecord, clientId: string, scopes: string[]): string {
  const iat = Math.floor(ctx.now() / 1000);
  const claims: Record<string, unknown> = {
    iss: `${ctx.tenant.publicUrl}/`,
    sub: user.user_id,
    aud: clientId,
    iat,
    exp: iat + ID_TOKEN_TTL_S,
    email: user.email,
    email_verified: user.email_verified,
  };
  if (scopes.includes('profile')) {
    claims.name = user.name;
    claims.nickname = user.email.split('@')[0];
  }
  return signJwt(ctx.key, claims);
}
