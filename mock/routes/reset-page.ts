import type { Exchange, MockContext } from '../context';
import { escapeHtml, sendPage } from '../html';
import { minLengthOf } from '../../src/policy';
import { PASSWORD_REALM_GRANT } from '../tenant';
import type { TicketState } from '../tickets';
import { redirectTo } from '../email-template';
import { renderResetPage } from '../reset-page-template';

/** What the reset page's Classic redirect says of a link that no longer works (used or expired). */
export const ACCESS_EXPIRED = 'Access expired';

/**
 * GET /lo/reset?ticket=…: the hosted reset page. It is a shell: the widget with its reset flow
 * (/lo/latch-reset-page.iife.js, built from src/reset-page.ts) starts itself on #latch-reset and draws the
 * form from the data attributes. The ticket itself is never written into the page (the script reads it
 * from the address and removes it); the page carries a CSRF token bound to the ticket instead. Every state answers 200: the page explains itself.
 */
export function resetPage({ res, url, ctx }: Exchange): void {
  const ticket = url.searchParams.get('ticket') ?? '';
  const { state, record } = ticket === '' ? { state: 'invalid' as TicketState, record: undefined } : ctx.store.tickets.lookup(ticket);
  const user = record && ctx.store.findUserById(record.userId);
  const valid = state === 'valid' && record !== undefined && user !== undefined;
  const connection = (user && ctx.store.findDatabaseConnection(user.connection)) ?? ctx.store.defaultConnection();
  const options = connection?.options;
  const policy = {
    level: options?.passwordPolicy ?? 'none',
    minLength: minLengthOf({ level: options?.passwordPolicy ?? 'none', minLength: options?.password_complexity_options.min_length }),
  };
  const attributes: [string, string][] = [
    ['id', 'latch-reset'],
    ['data-client-id', (record?.clientId ?? defaultClientId(ctx)) || ''],
    ['data-connection', connection?.name ?? ''],
    ['data-state', valid ? 'valid' : state === 'valid' ? 'invalid' : state],
  ];
  if (valid) attributes.push(['data-email', user.email]);
  attributes.push(['data-policy', policy.level], ['data-min-length', String(policy.minLength)]);
  // Classic: a link that worked once (used or expired) sends its user to Redirect To with success=false; with no
  // Redirect To, or an unknown link (no user to speak of), the page explains itself.
  if ((state === 'expired' || state === 'used') && record && user) {
    const target = record.resultUrl ?? redirectTo(ctx.settings.resetEmail.resultUrl, ctx.store.findClient(record.clientId ?? ''));
    if (target !== undefined) {
      const withEmail = record.includeEmailInRedirect ?? ctx.settings.resetEmail.includeEmailInRedirect;
      const query = `success=false&message=${encodeURIComponent(ACCESS_EXPIRED)}${withEmail ? `&email=${encodeURIComponent(user.email)}` : ''}`;
      res.writeHead(302, { Location: `${target}${target.includes('?') ? '&' : '?'}${query}`, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
      res.end();
      return;
    }
  }
  const csrf = valid ? ctx.store.tickets.issueCsrf(record) : '';
  const custom = ctx.settings.changePasswordPage;
  if (custom.enabled && custom.html) {
    const html = renderResetPage(custom.html, { friendlyName: ctx.tenant.name, email: valid ? user.email : '', head: head(csrf), reset: main(attributes) });
    sendPage(res, 200, html);
    return;
  }
  sendPage(res, 200, page(ctx.tenant.name, csrf, attributes));
}

/** The widget's reset entry: the page's CSRF token, the stylesheet and the script (what a custom page's <head> gets). */
function head(csrf: string): string {
  return `<meta name="referrer" content="no-referrer">
<meta name="latch-csrf" content="${escapeHtml(csrf)}">
<link rel="stylesheet" href="/lo/latch.css">
<script src="/lo/latch-reset-page.iife.js" defer></script>`;
}

/** The element the reset form is drawn in, with what the script reads from it. */
function main(attributes: [string, string][]): string {
  return `<main ${attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ')}></main>`;
}

function defaultClientId(ctx: MockContext): string | undefined {
  const clients = ctx.tenant.clients;
  return (clients.find((c) => c.grant_types.includes(PASSWORD_REALM_GRANT)) ?? clients[0])?.client_id;
}

/** The empty data: icon keeps the browser from asking for /favicon.ico, a 404 in the console. */
function page(tenantName: string, csrf: string, attributes: [string, string][]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>Reset your password · ${escapeHtml(tenantName)}</title>
${head(csrf)}
</head>
<body>
<noscript>This page needs JavaScript to reset your password.</noscript>
${main(attributes)}
</body>
</html>
`;
}
