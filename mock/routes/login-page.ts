import { htmlDocument, PAGE_SCRIPTS, sendErrorPage } from '../authorize-answer';
import type { Exchange } from '../context';
import { jsonBlock, sendPage } from '../html';
import { strictCsp } from '../../scripts/strict-csp.mjs';
import { originOf } from '../tenant';

/**
 * GET /login?state=<transaction>: the hosted login page (our Universal Login), where /authorize sends a browser
 * without a session. It serves the widget under the strict policy and starts it (mock/public/login-page.js) with
 * the original authorize request, so the login ends at /authorize with a login ticket and the same state, nonce,
 * PKCE challenge and response type the application sent.
 */
export function loginPage({ res, url, ctx }: Exchange): void {
  const handle = url.searchParams.get('state') ?? '';
  const request = handle === '' ? undefined : ctx.transactions.login.get(handle);
  if (!request) {
    return sendErrorPage(res, 400, 'invalid_request', 'This login has expired or is unknown. Go back to the application and sign in again.');
  }
  const params: Record<string, string> = { scope: request.scope };
  if (request.state !== undefined) params.state = request.state;
  if (request.nonce !== undefined) params.nonce = request.nonce;
  if (request.audience !== undefined) params.audience = request.audience;
  if (request.codeChallenge !== undefined) params.code_challenge = request.codeChallenge;
  if (request.codeChallengeMethod !== undefined) params.code_challenge_method = request.codeChallengeMethod;
  if (request.responseModeSent) params.response_mode = request.responseMode;
  const client = ctx.store.findClient(request.clientId);
  const data = {
    clientId: request.clientId,
    domain: ctx.tenant.publicUrl,
    redirectUrl: request.redirectUri,
    responseType: request.responseType,
    params,
  };
  const body = `<main id="latch-login"></main>
<noscript>This page needs JavaScript to sign you in.</noscript>
${jsonBlock('latch-login-data', data)}`;
  const head = `<link rel="stylesheet" href="/lo/latch.css">
<script src="/lo/latch.iife.js" defer></script>
<script src="${PAGE_SCRIPTS.login}" defer></script>
`;
  // The widget talks to the tenant's public URL, which is this page's origin unless the page was reached by another
  // of this machine's names.
  const api = originOf(ctx.tenant.publicUrl);
  const csp = strictCsp({ connect: api === undefined ? [] : [api], extra: ["form-action 'self'", "frame-ancestors 'none'"] });
  sendPage(res, 200, htmlDocument(`Log in · ${client?.name ?? ctx.tenant.name}`, body, head), { csp });
}
