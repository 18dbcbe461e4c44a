import type { Exchange } from '../context';
import { ApiError, apiError, invalidRequest, sendJson, sendText, setHeaders, stringField } from '../http';
import { readBodyWithEmail } from '../identifiers';
import { userKey } from '../rate-limit';
import { renderResetEmail } from '../email-template';
import { resetLink } from '../reset-email';

/** Auth0's recorded answer; the same for known and unknown emails so nobody can probe for accounts. */
export const CHANGE_PASSWORD_MESSAGE = "We've just sent you an email to reset your password.";

/** POST /dbconnections/change_password */
export async function changePassword({ req, res, ip, ctx }: Exchange): Promise<void> {
  // A malformed email is refused before anything is counted, looked up or minted for it. (That answer carries no
  // rate-limit headers: nothing was taken.)
  const parsed = await readBodyWithEmail(req);
  const { body } = parsed;

  // The limit is per IP + email and its headers go on every answer, errors included.
  const emailKey = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
  const rate = ctx.limits.changePassword.take(userKey(ip, emailKey));
  setHeaders(res, rate.headers);
  if (!rate.allowed) {
    throw apiError(
      429,
      'too_many_requests',
      'You have reached the limit on password change attempts. Please wait before trying again.',
    );
  }
  if (parsed.error) throw parsed.error;

  const email = stringField(body, 'email');
  if (email === undefined) throw invalidRequest('Missing required property: email');
  const connectionName = stringField(body, 'connection');
  if (connectionName === undefined) throw invalidRequest('Missing required property: connection');
  const clientId = stringField(body, 'client_id');
  stringField(body, 'organization');
  // Change Password flow v2: the new password is chosen on the page the email links to.
  if ('password' in body) throw invalidRequest('password is not allowed');

  const client = clientId === undefined ? undefined : ctx.store.findClient(clientId);
  if (clientId !== undefined && !client) throw apiError(401, 'invalid_client', 'Unknown client.');
  const connection = ctx.store.findDatabaseConnection(connectionName);
  // Auth0's SDKs report this code with no description; the body mirrors that.
  if (!connection) throw new ApiError(400, { error: 'connection not found' });

  // Both branches mint and hash a ticket so a known and an unknown email take the same time.
  const user = ctx.store.findUser(connection.name, email);
  const ticket = ctx.store.tickets.issue(user?.user_id, {
    clientId: client?.client_id,
    resultUrl: undefined,
    includeEmailInRedirect: undefined,
    lifetimeMs: ctx.settings.resetEmail.urlLifetimeInSeconds * 1000,
  });
  // The email is written after the answer, and the job is queued for an unknown email too: building it on the
  // request path made a known email measurably slower. A disabled template sends nothing, with the same answer.
  const template = ctx.settings.resetEmail;
  ctx.outbox.queue(() => (user && template.enabled ? renderResetEmail(template, { tenant: ctx.tenant, user, client, url: resetLink(ctx.tenant, ticket) }) : undefined));

  if (ctx.tenant.changePasswordResponse === 'json-string') {
    sendJson(res, 200, CHANGE_PASSWORD_MESSAGE);
  } else {
    sendText(res, 200, CHANGE_PASSWORD_MESSAGE, 'text/html; charset=utf-8');
  }
}
