import type { Exchange } from '../context';
import { readBody, sendJson } from '../http';
import { pageTemplateProblem } from '../reset-page-template';
import { authorize, badBody } from './management';

// GET and PATCH /api/v2/tenants/settings, the part the password journey needs: `change_password`, Auth0 Classic's
// customised password reset page ({enabled, html}), and the tenant's friendly name (read only here).

const MAX_PAGE_CHARS = 200_000;

function view(exchange: Exchange): Record<string, unknown> {
  const { ctx } = exchange;
  return { friendly_name: ctx.tenant.name, change_password: ctx.settings.changePasswordPage };
}

/** GET /api/v2/tenants/settings */
export function getTenantSettings(exchange: Exchange): void {
  authorize(exchange);
  sendJson(exchange.res, 200, view(exchange));
}

/** PATCH /api/v2/tenants/settings with `{change_password: {enabled?, html?}}`. */
export async function patchTenantSettings(exchange: Exchange): Promise<void> {
  authorize(exchange);
  const body = await readBody(exchange.req).catch(() => {
    throw badBody('Payload validation error: the body must be a JSON object.');
  });
  const unknown = Object.keys(body).filter((key) => key !== 'change_password');
  if (unknown.length) throw badBody(`Payload validation error: this mock changes only change_password (got ${unknown.join(', ')}).`);
  const page = body.change_password;
  if (typeof page !== 'object' || page === null || Array.isArray(page)) throw badBody("Payload validation error: 'change_password' must be an object {enabled, html}.");
  const given = page as Record<string, unknown>;
  const extra = Object.keys(given).filter((key) => key !== 'enabled' && key !== 'html');
  if (extra.length) throw badBody(`Payload validation error: unknown field${extra.length > 1 ? 's' : ''} change_password.${extra.join(', change_password.')}.`);
  const current = exchange.ctx.settings.changePasswordPage;
  if (given.enabled !== undefined && typeof given.enabled !== 'boolean') throw badBody("Payload validation error: 'change_password.enabled' must be a boolean.");
  if (given.html !== undefined && given.html !== null && typeof given.html !== 'string') throw badBody("Payload validation error: 'change_password.html' must be a string or null.");
  const html = given.html === undefined ? current.html : (given.html as string | null);
  const enabled = given.enabled === undefined ? current.enabled : (given.enabled as boolean);
  if (html !== null && html.length > MAX_PAGE_CHARS) throw badBody(`Payload validation error: 'change_password.html' is longer than ${MAX_PAGE_CHARS} characters.`);
  if (enabled && (html === null || html.trim() === '')) throw badBody('A customised page needs its HTML before it can be enabled.');
  const problem = html === null ? null : pageTemplateProblem(html);
  if (problem) throw badBody(problem);
  exchange.ctx.settings.changePasswordPage = { enabled, html };
  sendJson(exchange.res, 200, view(exchange));
}
