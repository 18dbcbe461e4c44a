import type { Exchange } from '../context';
import { liquidProblem, type ResetEmailTemplate } from '../email-template';
import { readBody, sendJson } from '../http';
import { authorize, badBody, mgmtError } from './management';

// GET and PATCH /api/v2/email-templates/{templateName}: the change-password email (`reset_email`), as Auth0's
// Management API has them. Other template names are Auth0's too, but this tenant has none of them.

export const EMAIL_TEMPLATE_PATH = /^\/api\/v2\/email-templates\/[^/]+$/;

/** Auth0's names for its email templates; the mock keeps `reset_email` only. */
const KNOWN = new Set(['verify_email', 'verify_email_by_code', 'reset_email', 'reset_email_by_code', 'welcome_email', 'blocked_account', 'stolen_credentials', 'enrollment_email', 'mfa_oob_code', 'user_invitation', 'change_password', 'password_reset']);

/** Longest URL Lifetime the dashboard offers: 30 days. */
const MAX_LIFETIME_S = 30 * 24 * 3600;
/** A body larger than this is refused before it is parsed. */
const MAX_BODY_CHARS = 100_000;

function templateName(exchange: Exchange): string {
  let name: string;
  try {
    name = decodeURIComponent(exchange.url.pathname.slice('/api/v2/email-templates/'.length));
  } catch {
    throw mgmtError(400, 'Path validation error: the template name is not a valid URI component.', 'invalid_uri');
  }
  if (!KNOWN.has(name)) throw mgmtError(400, `Path validation error: '${name}' is not a template name.`, 'invalid_uri');
  if (name !== 'reset_email') throw mgmtError(404, `The template ${name} does not exist in this tenant.`, 'inexistent_email_template');
  return name;
}

/** GET /api/v2/email-templates/reset_email */
export function getEmailTemplate(exchange: Exchange): void {
  authorize(exchange);
  templateName(exchange);
  sendJson(exchange.res, 200, exchange.ctx.settings.resetEmail);
}

type Checks = { readonly [K in keyof ResetEmailTemplate]: (value: unknown) => ResetEmailTemplate[K] };

const string =
  (name: string, { empty = false, max = 1000 } = {}) =>
  (value: unknown): string => {
    if (typeof value !== 'string' || (!empty && value.trim() === '')) throw badBody(`Payload validation error: '${name}' must be a${empty ? '' : ' non-empty'} string.`);
    if (value.length > max) throw badBody(`Payload validation error: '${name}' is longer than ${max} characters.`);
    return value;
  };

const boolean = (name: string) => (value: unknown): boolean => {
  if (typeof value !== 'boolean') throw badBody(`Payload validation error: '${name}' must be a boolean.`);
  return value;
};

const CHECKS: Checks = {
  template: (value) => {
    if (value !== 'reset_email') throw badBody("Payload validation error: 'template' must be the template's own name, reset_email.");
    return 'reset_email';
  },
  from: string('from'),
  subject: string('subject'),
  body: (value) => {
    const body = string('body', { max: MAX_BODY_CHARS })(value);
    const problem = liquidProblem(body);
    if (problem) throw badBody(`The body is not valid Liquid: ${problem}`);
    return body;
  },
  syntax: (value) => {
    if (value !== 'liquid') throw badBody("Payload validation error: 'syntax' must be 'liquid'.");
    return 'liquid';
  },
  resultUrl: (value) => {
    if (value === null || value === '') return null;
    const url = string('resultUrl')(value);
    // The placeholder is filled per application; the rest must already be an absolute http(s) URL.
    let parsed: URL;
    try {
      parsed = new URL(url.replaceAll('{application.callback_domain}', 'callback.example'));
    } catch {
      throw badBody("Payload validation error: 'resultUrl' must be an absolute http(s) URL (it may use {application.callback_domain}).");
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badBody("Payload validation error: 'resultUrl' must be an absolute http(s) URL.");
    return url;
  },
  urlLifetimeInSeconds: (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_LIFETIME_S) {
      throw badBody(`Payload validation error: 'urlLifetimeInSeconds' must be a whole number of seconds from 1 to ${MAX_LIFETIME_S}.`);
    }
    return value;
  },
  includeEmailInRedirect: boolean('includeEmailInRedirect'),
  enabled: boolean('enabled'),
};

/** PATCH /api/v2/email-templates/reset_email: changes the fields given; nothing is saved when one is refused. */
export async function patchEmailTemplate(exchange: Exchange): Promise<void> {
  authorize(exchange);
  templateName(exchange);
  const body = await readBody(exchange.req).catch(() => {
    throw badBody('Payload validation error: the body must be a JSON object.');
  });
  const unknown = Object.keys(body).filter((key) => !Object.hasOwn(CHECKS, key));
  if (unknown.length) throw badBody(`Payload validation error: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}.`);
  const next: Record<string, unknown> = { ...exchange.ctx.settings.resetEmail };
  for (const [key, value] of Object.entries(body)) next[key] = (CHECKS as Record<string, (value: unknown) => unknown>)[key]?.(value);
  exchange.ctx.settings.resetEmail = next as unknown as ResetEmailTemplate;
  sendJson(exchange.res, 200, exchange.ctx.settings.resetEmail);
}
