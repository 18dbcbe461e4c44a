import type { Exchange, MockContext } from '../context';
import { ApiError, apiError, invalidRequest, readBody, sendJson, stringField } from '../http';
import { changeUserPassword, hookRequest } from '../password-change';
import { passwordError } from '../password-rules';
import { passwordChangedEmail } from '../reset-email';
import type { ResetTicket } from '../tickets';
import { redirectTo } from '../email-template';

export const RESET_SUCCESS_MESSAGE = 'You can now login to the application with the new password.';

const TICKET_ERRORS = {
  expired: ['expired_ticket', 'Access expired.'],
  used: ['used_ticket', 'This URL can be used only once.'],
  invalid: ['invalid_ticket', 'This link is no longer valid. Please ask for a new one.'],
} as const;

const CSRF_INVALID = new ApiError(403, {
  name: 'CsrfInvalidTokenError',
  message: 'Invalid CSRF token',
  code: 'invalid_csrf_token',
  statusCode: 403,
});

/**
 * POST /lo/reset, form-encoded (as Auth0's hosted page posts) or JSON: `_csrf` (or an X-CSRF-Token
 * header), `ticket`, `newPassword`, `confirmNewPassword`; `email` is accepted and ignored, since the
 * ticket decides the account. Checks run in this order: ticket, CSRF, match, password rules.
 */
export async function resetSubmit(exchange: Exchange): Promise<void> {
  const { req, res, ctx } = exchange;
  res.setHeader('Cache-Control', 'no-store');
  const body = await readBody(req);
  const ticket = stringField(body, 'ticket');
  const header = req.headers['x-csrf-token'];
  const csrf = stringField(body, '_csrf') ?? (typeof header === 'string' ? header : undefined);
  const newPassword = stringField(body, 'newPassword');
  const confirm = stringField(body, 'confirmNewPassword');
  stringField(body, 'email');
  if (ticket === undefined) throw invalidRequest('Missing required property: ticket');

  // One request at a time per ticket: a second one waits and then finds the ticket spent.
  const reply = await ctx.store.tickets.exclusive(ticket, async () => {
    const { state, record } = ctx.store.tickets.lookup(ticket);
    const user = record && ctx.store.findUserById(record.userId);
    if (state !== 'valid' || !record || !user) {
      const [error, description] = TICKET_ERRORS[state === 'valid' ? 'invalid' : state];
      throw apiError(400, error, description);
    }
    if (csrf === undefined || !ctx.store.tickets.checkCsrf(record, csrf)) throw CSRF_INVALID;
    if (newPassword === undefined) throw invalidRequest('Missing required property: newPassword');
    if (newPassword !== confirm) throw invalidRequest('Passwords do not match.');

    const problem = await changeUserPassword(ctx, user, newPassword, record, hookRequest(exchange));
    if (problem) throw passwordError(problem, ctx.now());
    ctx.outbox.queue(() => passwordChangedEmail(ctx.tenant, user.email));
    return success(ctx, record, user.email);
  });
  sendJson(res, 200, reply);
}

function success(ctx: MockContext, record: ResetTicket, email: string): Record<string, string> {
  const reply: Record<string, string> = { message: RESET_SUCCESS_MESSAGE, email };
  const resultUrl = record.resultUrl ?? redirectTo(ctx.settings.resetEmail.resultUrl, ctx.store.findClient(record.clientId ?? ''));
  if (resultUrl !== undefined) {
    // Redirect To comes from configuration or a Management API ticket only, never from the request.
    const withEmail = record.includeEmailInRedirect ?? ctx.settings.resetEmail.includeEmailInRedirect;
    const query = `success=true&message=${encodeURIComponent(RESET_SUCCESS_MESSAGE)}${withEmail ? `&email=${encodeURIComponent(email)}` : ''}`;
    reply.redirectTo = `${resultUrl}${resultUrl.includes('?') ? '&' : '?'}${query}`;
  }
  return reply;
}
