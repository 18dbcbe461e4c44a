import { htmlDocument, sendErrorPage } from '../authorize-answer';
import type { Exchange } from '../context';
import { sendPage } from '../html';
import { appendCookies, clearedSessionCookies, sessionCookieValue } from '../sessions';

/**
 * GET /v2/logout?client_id=&returnTo=: ends the browser's session and clears its cookies, then goes to returnTo,
 * which must be one of the client's Allowed Logout URLs (without client_id: any client's), exactly; anything else is
 * an error page, never a redirect. No returnTo: a plain "logged out" page. `federated` is accepted and ignored.
 */
export function logout({ req, res, url, ctx }: Exchange): void {
  const cookie = sessionCookieValue(req);
  if (cookie !== undefined) ctx.sessions.end(cookie);
  appendCookies(res, clearedSessionCookies(ctx.tenant.publicUrl));
  res.setHeader('Cache-Control', 'no-store');

  const q = url.searchParams;
  if (q.getAll('client_id').length > 1 || q.getAll('returnTo').length > 1) {
    return sendErrorPage(res, 400, 'invalid_request', 'A parameter was sent more than once.');
  }
  const clientId = q.get('client_id') || undefined;
  const returnTo = q.get('returnTo') || undefined;
  let allowed: string[];
  if (clientId !== undefined) {
    const client = ctx.store.findClient(clientId);
    if (!client) return sendErrorPage(res, 400, 'invalid_request', `Unknown client: ${clientId}`);
    allowed = client.allowed_logout_urls;
  } else {
    allowed = ctx.tenant.clients.flatMap((c) => c.allowed_logout_urls);
  }
  if (returnTo === undefined) {
    return sendPage(res, 200, htmlDocument('Logged out', '<main>\n<h1>You are logged out</h1>\n</main>'));
  }
  if (!allowed.includes(returnTo)) {
    return sendErrorPage(
      res,
      400,
      'invalid_request',
      `The "returnTo" querystring parameter "${returnTo}" is not defined as a valid URL in "Allowed Logout URLs".`,
    );
  }
  res.statusCode = 302;
  res.setHeader('Location', returnTo);
  res.setHeader('Content-Length', 0);
  res.end();
}
