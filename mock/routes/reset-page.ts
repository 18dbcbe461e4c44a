import type { Exchange, MockContext } from '../context';
import { escapeHtml, sendPage } from '../html';
import { minLengthOf } from '../../src/policy';
import { PASSWORD_REALM_GRANT, type TenantConnection } from '../tenant';
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
  const attributes = mainAttributes({
    clientId: (record?.clientId ?? defaultClientId(ctx)) || '',
    connection,
    state: valid ? 'valid' : state === 'valid' ? 'invalid' : state,
    email: valid ? user.email : undefined,
  });
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

/** What the reset entry script reads from #latch-reset, in the order the built-in page writes it. */
function mainAttributes({ clientId, connection, state, email }: { clientId: string; connection: TenantConnection | undefined; state: TicketState; email: string | undefined }): [string, string][] {
  const options = connection?.options;
  const level = options?.passwordPolicy ?? 'none';
  const minLength = minLengthOf({ level, minLength: options?.password_complexity_options.min_length });
  const attributes: [string, string][] = [
    ['id', 'latch-reset'],
    ['data-client-id', clientId],
    ['data-connection', connection?.name ?? ''],
    ['data-state', state],
  ];
  if (email !== undefined) attributes.push(['data-email', email]);
  attributes.push(['data-policy', level], ['data-min-length', String(minLength)]);
  return attributes;
}

/** Who the preview shows the page to. */
export const PREVIEW_EMAIL = 'ada@example.com';

/**
 * GET /__reset-page-preview: the saved customised page — enabled or not; the built-in page when none is saved — as a
 * working link shows it to a sample user, under the same strict CSP. It carries no ticket and no CSRF token, so its
 * form can change no password (a submit is refused as an invalid link).
 */
export function resetPagePreview({ res, ctx }: Exchange): void {
  const connection = ctx.store.defaultConnection();
  const attributes = mainAttributes({ clientId: defaultClientId(ctx) ?? '', connection, state: 'valid', email: PREVIEW_EMAIL });
  const { html } = ctx.settings.changePasswordPage;
  if (html) {
    sendPage(res, 200, renderResetPage(html, { friendlyName: ctx.tenant.name, email: PREVIEW_EMAIL, head: head(''), reset: main(attributes) }));
    return;
  }
  sendPage(res, 200, page(ctx.tenant.name, '', attributes));
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
