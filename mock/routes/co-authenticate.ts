import type { ServerResponse } from 'node:http';
import type { Exchange, MockContext } from '../context';
import { apiError, invalidRequest, readBody, sendJson, setHeaders, stringField } from '../http';
import { identifierProblem } from '../identifiers';
import { LOGIN_TICKET_LIFETIME_MS } from '../login-tickets';
import { passwordLogin, WRONG_CREDENTIALS } from '../password-login';
import { appendCookies, cookieHeaders } from '../sessions';
import { clientAllowsOrigin, originOf, PASSWORD_REALM_GRANT, type TenantClient } from '../tenant';

/** What auth0-js sends with a realm; 'password' (no realm) means the tenant's default database connection. */
export const REALM_CREDENTIAL = 'http://auth0.com/oauth/grant-type/password-realm';
const PASSWORD_CREDENTIAL = 'password';

/** The name of the cookie that proves, at /authorize, that the same browser asked for the login ticket. */
export function verifierCookieName(coId: string): string {
  return `co_verifier_${coId}`;
}

/** The tenant's own origin: its hosted login page calls /co/authenticate same-origin. */
export function ownOrigin(ctx: MockContext): string {
  return originOf(ctx.tenant.publicUrl) ?? '';
}

/**
 * Whether a page origin may call /co/authenticate with credentials at all (the preflight carries no client_id):
 * the tenant's own pages, or an origin some client with Cross-Origin Authentication allows.
 */
export function coOriginAllowed(ctx: MockContext, origin: string): boolean {
  if (origin === ownOrigin(ctx)) return true;
  return ctx.tenant.clients.some((c) => c.cross_origin_authentication && clientAllowsOrigin(c, origin));
}

const CROSS_ORIGIN_REFUSED = 'Cross origin login not allowed.';

/**
 * POST /co/authenticate (JSON as auth0-js sends it, or form-encoded): checks the credentials like the password-realm
 * grant and answers `{login_ticket, co_verifier, co_id}` plus the cookie `co_verifier_{co_id}`; the browser then
 * goes to /authorize?login_ticket=…. CORS with credentials, for this client's origins only.
 */
export async function coAuthenticate({ req, res, ip, ctx }: Exchange): Promise<void> {
  const rate = ctx.limits.coAuthenticate.take(ip);
  setHeaders(res, rate.headers);
  setHeaders(res, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  if (!rate.allowed) throw apiError(429, 'too_many_requests', 'Global limit has been reached');

  const body = await readBody(req);
  const clientId = stringField(body, 'client_id');
  if (clientId === undefined) throw invalidRequest('Missing required parameter: client_id');
  const client = ctx.store.findClient(clientId);
  if (!client) throw apiError(401, 'invalid_client', 'Unknown client.');
  const origin = req.headers.origin;
  const sameOrigin = origin === ownOrigin(ctx);
  if (typeof origin === 'string' && !sameOrigin && !crossOriginAllowed(client, origin)) {
    withoutCors(res);
    throw apiError(403, 'unauthorized_client', CROSS_ORIGIN_REFUSED);
  }
  // The tenant's own login page is first-party (Auth0's Universal Login needs no grant for it); embedded login from
  // an application's page is the password-realm grant.
  if (!sameOrigin && !client.grant_types.includes(PASSWORD_REALM_GRANT)) {
    throw apiError(403, 'unauthorized_client', `Grant type '${PASSWORD_REALM_GRANT}' not allowed for the client.`);
  }

  const username = stringField(body, 'username') ?? stringField(body, 'email');
  if (username === undefined) throw invalidRequest('Missing required parameter: username');
  const usernameProblem = identifierProblem(username, 'username');
  if (usernameProblem) throw invalidRequest(usernameProblem);
  const password = stringField(body, 'password');
  if (password === undefined) throw invalidRequest('Missing required parameter: password');
  stringField(body, 'otp');
  const realm = realmOf(ctx, stringField(body, 'credential_type'), stringField(body, 'realm'));

  const user = await passwordLogin(ctx, ip, realm, username, password, apiError(403, 'access_denied', WRONG_CREDENTIALS));
  const { loginTicket, coVerifier, coId } = ctx.loginTickets.issue(user.user_id, client.client_id);
  appendCookies(res, cookieHeaders(ctx.tenant.publicUrl, verifierCookieName(coId), coVerifier, LOGIN_TICKET_LIFETIME_MS / 1000));
  sendJson(res, 200, { login_ticket: loginTicket, co_verifier: coVerifier, co_id: coId });
}

function crossOriginAllowed(client: TenantClient, origin: string): boolean {
  return client.cross_origin_authentication && clientAllowsOrigin(client, origin);
}

/** The database connection to check the password in. */
function realmOf(ctx: MockContext, credentialType: string | undefined, realm: string | undefined): string {
  const type = credentialType ?? (realm === undefined ? PASSWORD_CREDENTIAL : REALM_CREDENTIAL);
  if (type === PASSWORD_CREDENTIAL) {
    const fallback = ctx.store.defaultConnection();
    if (!fallback) throw invalidRequest('the connection was not found');
    return fallback.name;
  }
  if (type !== REALM_CREDENTIAL) throw apiError(400, 'unsupported_credential_type', 'Unknown credential type parameter.');
  if (realm === undefined) throw invalidRequest('Missing required parameter: realm');
  if (!ctx.store.findDatabaseConnection(realm)) throw invalidRequest('the connection was not found');
  return realm;
}

/** A refused origin gets no CORS permission at all (the dispatcher granted it for the tenant as a whole). */
function withoutCors(res: ServerResponse): void {
  for (const name of ['Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials', 'Access-Control-Expose-Headers']) {
    res.removeHeader(name);
  }
}
