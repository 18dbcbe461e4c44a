import type { ServerResponse } from 'node:http';
import type { ResponseMode } from './authorize-transactions';
import type { MockContext } from './context';
import { escapeHtml, jsonBlock, sendPage } from './html';
import { strictCsp } from '../scripts/strict-csp.mjs';
import { clientAllowsOrigin, originOf, type TenantClient } from './tenant';

/** Where and how /authorize answers: known only once redirect_uri has been checked. */
export interface AnswerTarget {
  client: TenantClient;
  redirectUri: string;
  mode: ResponseMode;
}

/** The scripts of the mock's authorization pages (mock/public/), served from this origin under the strict policy. */
export const PAGE_SCRIPTS = {
  formPost: '/lo/form-post.js',
  webMessage: '/lo/web-message.js',
  coVerify: '/lo/co-verify.js',
  login: '/lo/login-page.js',
} as const;

/** Origins that may frame the client's authorization pages: the ones it may use at all (see clientAllowsOrigin). */
export function framingOrigins(ctx: MockContext, client: TenantClient): string[] {
  const origins = new Set<string>();
  const own = originOf(ctx.tenant.publicUrl);
  if (own !== undefined) origins.add(own);
  const candidates = [...client.allowed_origins, ...client.web_origins, ...client.callbacks.map((cb) => originOf(cb) ?? '')];
  // Only real origins go into the header: a list entry with a space or a quote would change the policy.
  for (const origin of candidates) if (/^https?:\/\/[^\s;,'"]+$/.test(origin) && clientAllowsOrigin(client, origin)) origins.add(origin);
  return [...origins];
}

/**
 * Sends the authorization response (or error) to the client by its response mode: a 302 with the parameters in the
 * query or the fragment, an auto-posting form, or a page that posts `{type: 'authorization_response', response}` to
 * the frame's parent (or the popup's opener) for the redirect_uri's origin only.
 */
export function sendAnswer(ctx: MockContext, res: ServerResponse, target: AnswerTarget, params: Record<string, string>): void {
  res.setHeader('Cache-Control', 'no-store');
  const { redirectUri, mode } = target;
  if (mode === 'query' || mode === 'fragment') {
    const encoded = new URLSearchParams(params).toString();
    const location =
      mode === 'query' ? `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${encoded}` : `${redirectUri}#${encoded}`;
    res.statusCode = 302;
    res.setHeader('Location', location);
    res.setHeader('Content-Length', 0);
    res.end();
    return;
  }
  if (mode === 'form_post') {
    const fields = Object.entries(params)
      .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
      .join('\n');
    const body = `<form method="post" action="${escapeHtml(redirectUri)}">
${fields}
<noscript><p>JavaScript is off: continue by hand.</p><button type="submit">Continue</button></noscript>
</form>
<script src="${PAGE_SCRIPTS.formPost}" defer></script>`;
    // The form posts to the application: form-action names its origin (and nothing else).
    const csp = strictCsp({ extra: [`form-action ${originOf(redirectUri) ?? "'none'"}`, "frame-ancestors 'none'"] });
    sendPage(res, 200, htmlDocument('Submitting…', body), { csp });
    return;
  }
  const data = { targetOrigin: originOf(redirectUri) ?? '', response: params };
  const body = `${jsonBlock('latch-authorization-response', data)}
<script src="${PAGE_SCRIPTS.webMessage}" defer></script>`;
  sendPage(res, 200, htmlDocument('Authorization response', body), { frameAncestors: framingOrigins(ctx, target.client) });
}

/** An authorization error for the client, delivered like a response. */
export function sendAuthorizeError(
  ctx: MockContext,
  res: ServerResponse,
  target: AnswerTarget,
  error: string,
  description: string,
  state: string | undefined,
): void {
  const params: Record<string, string> = { error, error_description: description };
  if (state !== undefined) params.state = state;
  sendAnswer(ctx, res, target, params);
}

/**
 * The error page for requests that cannot be answered to the client (unknown client, redirect_uri not allowed):
 * never a redirect, every value escaped.
 */
export function sendErrorPage(res: ServerResponse, status: number, error: string, description: string): void {
  const body = `<main>
<h1>Something went wrong</h1>
<p><strong>${escapeHtml(error)}</strong>: ${escapeHtml(description)}</p>
</main>`;
  sendPage(res, status, htmlDocument('Error', body));
}

/** A page of the mock's: no inline script or style (the strict policy), no favicon request. */
export function htmlDocument(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
${head}</head>
<body>
${body}
</body>
</html>
`;
}
