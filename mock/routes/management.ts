import type { Exchange, MockContext } from '../context';
import { ApiError, hasBearer, readBody, sendJson } from '../http';
import { identifierProblem } from '../identifiers';
import { changeUserPassword, hookRequest } from '../password-change';
import { managementPasswordError } from '../password-rules';
import { resetLink } from '../reset-email';
import type { UserRecord } from '../store';
import { httpUrl } from '../tenant';

// The slice of Auth0's Management API that the password journey needs. Its errors have their own
// shape: {statusCode, error, message, errorCode?}.

export function mgmtError(statusCode: number, message: string, errorCode?: string): ApiError {
  const error = { 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 429: 'Too Many Requests' }[statusCode] ?? 'Error';
  return new ApiError(statusCode, { statusCode, error, message, ...(errorCode ? { errorCode } : {}) });
}

export const badBody = (message: string) => mgmtError(400, message, 'invalid_body');

const tooManyTokens = () => mgmtError(429, 'Too many requests with a wrong token. Try again in a minute.', 'too_many_requests');

/** The management token, checked in constant time. */
export function authorize({ req, ctx, ip }: Exchange): void {
  // After ten wrong tokens in a minute from one address, nothing from it is checked until the minute has refilled.
  const limiter = ctx.limits.managementAuth;
  if (!limiter.allows(ip)) throw tooManyTokens();
  if (!hasBearer(req, ctx.tenant.managementApiToken)) {
    if (!limiter.take(ip).allowed) throw tooManyTokens();
    throw new ApiError(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid token' }, { 'WWW-Authenticate': 'Bearer' });
  }
}

/** The user as the Management API shows it: never a password hash or history. */
export function userView(user: UserRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    user_id: user.user_id,
    email: user.email,
    email_verified: user.email_verified,
    name: user.name,
    nickname: user.nickname ?? user.email.split('@')[0],
  };
  for (const field of ['username', 'given_name', 'family_name', 'picture', 'user_metadata'] as const) {
    if (user[field] !== undefined) view[field] = user[field];
  }
  view.identities = [{ connection: user.connection, provider: 'auth0', user_id: user.user_id.replace(/^auth0\|/, ''), isSocial: false }];
  view.blocked = user.blocked;
  view.created_at = new Date(user.createdAt).toISOString();
  view.updated_at = new Date(user.updatedAt).toISOString();
  if (user.passwordChangedAt !== undefined) view.last_password_reset = new Date(user.passwordChangedAt).toISOString();
  if (user.lastLogin !== undefined) view.last_login = new Date(user.lastLogin).toISOString();
  if (user.lastIp !== undefined) view.last_ip = user.lastIp;
  view.logins_count = user.loginsCount ?? 0;
  return view;
}

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value === '') throw badBody(`Payload validation error: '${name}' must be a non-empty string.`);
  return value;
}

/** The user id from the path, percent-decoded; a broken escape (`%E0%A4%A`) is a path error, as Auth0 answers it. */
function userId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw mgmtError(400, 'Path validation error: the user id is not a valid URI component.', 'invalid_uri');
  }
}

/**
 * PATCH /api/v2/users/{id}: `password` (+ `connection`) sets the password, emails nobody and ends every session;
 * `blocked` blocks or unblocks the user (the dashboard's Block and Unblock); `email_verified` marks the email.
 * Nothing changes when any field is refused.
 */
export async function patchUser(exchange: Exchange): Promise<void> {
  authorize(exchange);
  const { req, res, url, ctx } = exchange;
  const id = userId(url.pathname.slice('/api/v2/users/'.length));
  const body = await readBody(req).catch(() => {
    throw badBody('Payload validation error: the body must be a JSON object.');
  });
  const password = optionalString(body, 'password');
  const connection = optionalString(body, 'connection');
  const known = ['password', 'connection', 'blocked', 'email_verified'];
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw badBody(`Payload validation error: this mock updates only ${known.join(', ')} (got ${unknown.join(', ')}).`);
  for (const flag of ['blocked', 'email_verified'] as const) {
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean') throw badBody(`Payload validation error: '${flag}' must be a boolean.`);
  }
  if (connection !== undefined && password === undefined) throw badBody("Payload validation error: 'connection' goes with 'password'.");
  if (password === undefined && body.blocked === undefined && body.email_verified === undefined) {
    throw badBody("Payload validation error: send at least one of 'password', 'blocked' or 'email_verified'.");
  }
  const user = ctx.store.findUserById(id);
  if (!user) throw mgmtError(404, 'The user does not exist.', 'inexistent_user');
  if (connection !== undefined && connection !== user.connection) {
    throw badBody(`The user has no identity in connection ${connection}.`);
  }
  if (password !== undefined) {
    const problem = await changeUserPassword(ctx, user, password, undefined, hookRequest(exchange));
    if (problem) throw managementPasswordError(problem);
  }
  if (typeof body.blocked === 'boolean') user.blocked = body.blocked;
  if (typeof body.email_verified === 'boolean') user.email_verified = body.email_verified;
  user.updatedAt = ctx.now();
  sendJson(res, 200, userView(user));
}

/** POST /api/v2/tickets/password-change: a reset link for the caller to deliver; no email is sent. */
export async function passwordChangeTicket(exchange: Exchange): Promise<void> {
  authorize(exchange);
  const { req, res, ctx } = exchange;
  const body = await readBody(req).catch(() => {
    throw badBody('Payload validation error: the body must be a JSON object.');
  });
  const user = ticketUser(ctx, body);
  const ttl = body.ttl_sec ?? 0;
  if (!Number.isInteger(ttl) || (ttl as number) < 0) throw badBody("Payload validation error: 'ttl_sec' must be an integer of 0 or more.");
  const resultUrl = optionalString(body, 'result_url');
  const includeEmail = body.includeEmailInRedirect;
  if (includeEmail !== undefined && typeof includeEmail !== 'boolean') {
    throw badBody("Payload validation error: 'includeEmailInRedirect' must be a boolean.");
  }
  const clientId = optionalString(body, 'client_id');
  let checkedUrl: string | undefined;
  try {
    checkedUrl = resultUrl === undefined ? undefined : httpUrl(resultUrl, 'result_url');
  } catch {
    throw badBody("Payload validation error: 'result_url' must be an absolute http(s) URL.");
  }
  const ticket = ctx.store.tickets.issue(user.user_id, {
    clientId,
    resultUrl: checkedUrl,
    includeEmailInRedirect: includeEmail,
    lifetimeMs: ((ttl as number) || ctx.settings.resetEmail.urlLifetimeInSeconds) * 1000,
  });
  // The trailing '#' matches Auth0's tickets (it keeps anything appended from reaching the server).
  sendJson(res, 201, { ticket: `${resetLink(ctx.tenant, ticket)}#` });
}

function ticketUser(ctx: MockContext, body: Record<string, unknown>): UserRecord {
  const userId = optionalString(body, 'user_id');
  const email = optionalString(body, 'email');
  // Refused before any lookup or ticket, in the Management API's own envelope.
  const problem = email === undefined ? undefined : identifierProblem(email, "'email'");
  if (problem) throw badBody(`Payload validation error: ${problem}.`);
  const connectionId = optionalString(body, 'connection_id');
  if (userId !== undefined && (email !== undefined || connectionId !== undefined)) {
    throw badBody('Payload validation error: user_id and email/connection_id are mutually exclusive.');
  }
  if (userId !== undefined) {
    const user = ctx.store.findUserById(userId);
    if (!user) throw mgmtError(404, 'The user does not exist.', 'inexistent_user');
    return user;
  }
  if (email === undefined || connectionId === undefined) {
    throw badBody("Payload validation error: send either 'user_id', or 'email' with 'connection_id'.");
  }
  const connection = ctx.store.findDatabaseConnectionById(connectionId);
  if (!connection) throw mgmtError(404, 'The connection does not exist.', 'inexistent_connection');
  const user = ctx.store.findUser(connection.name, email);
  if (!user) throw mgmtError(404, 'The user does not exist.', 'inexistent_user');
  return user;
}
