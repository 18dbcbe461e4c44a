import { Liquid } from 'liquidjs';
import type { Email } from './outbox';
import type { UserRecord } from './store';
import type { EmailTemplate, Tenant, TenantClient } from './tenant';

/**
 * The change-password email template (`reset_email`) as the tenant's dashboard edits it through the Management API:
 * From, Subject, a Liquid body, Redirect To, URL Lifetime, whether the email goes at all. It starts from the tenant
 * file and POST /__reset puts it back.
 */
export interface ResetEmailTemplate {
  readonly template: 'reset_email';
  readonly from: string;
  readonly subject: string;
  /** HTML with Liquid: `{{ url }}`, `{{ user.email }}`, `{{ application.name }}`, … (Auth0's variables). */
  readonly body: string;
  readonly syntax: 'liquid';
  /** "Redirect To" after the reset page; may hold `{application.callback_domain}`. */
  readonly resultUrl: string | null;
  readonly urlLifetimeInSeconds: number;
  readonly includeEmailInRedirect: boolean;
  /** Off: no change-password email is sent (the API answers as before). */
  readonly enabled: boolean;
}

/** The body the mock's tenant starts with: a plain email in the tenant's words, with Auth0's variables. */
export const DEFAULT_RESET_BODY = `<html>
<body style="margin:0;padding:24px;background:#f5f6f8;font-family:system-ui,sans-serif;color:#101828;">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#ffffff;border-radius:12px;padding:24px;">
<tr><td>
<h1 style="font-size:20px;margin:0 0 16px;">Reset your password</h1>
<p>Hello {{ user.name | default: user.email }},</p>
<p>Someone asked to reset the password of {{ user.email }} for {{ application.name }}. To choose a new password, open this link:</p>
<p><a href="{{ url }}" style="display:inline-block;background:#4f46e5;color:#ffffff;padding:10px 16px;border-radius:8px;text-decoration:none;">Choose a new password</a></p>
<p style="font-size:13px;color:#4b5565;">Or paste this address into your browser: {{ url }}</p>
<p>If you did not ask for this, ignore this email: your password stays the same.</p>
<p>{{ friendly_name }}</p>
</td></tr>
</table>
</body>
</html>
`;

export function templateFromTenant(email: EmailTemplate): ResetEmailTemplate {
  return {
    template: 'reset_email',
    from: email.from,
    subject: email.subject,
    body: email.body ?? DEFAULT_RESET_BODY,
    syntax: 'liquid',
    resultUrl: email.resultUrl ?? null,
    urlLifetimeInSeconds: email.urlLifetimeInSeconds,
    includeEmailInRedirect: email.includeEmailInRedirect,
    enabled: email.enabled ?? true,
  };
}

/**
 * Liquid as Auth0 runs it for email templates: every output HTML-escaped (a user's name cannot add markup), no file
 * system (no include or render of files), and limits on how much a template may parse, render and build, so a
 * template saved through the API cannot stall the mock.
 */
export const liquid = new Liquid({
  outputEscape: 'escape',
  ownPropertyOnly: true,
  relativeReference: false,
  fs: {
    exists: async () => false,
    existsSync: () => false,
    readFile: async (file: string) => {
      throw new Error(`Email templates cannot read files (${file}).`);
    },
    readFileSync: (file: string) => {
      throw new Error(`Email templates cannot read files (${file}).`);
    },
    resolve: (_root: string, file: string) => file,
  },
  parseLimit: 200_000,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
});

/** The parser's complaint about a template, or null when it parses. */
export function liquidProblem(source: string): string | null {
  try {
    liquid.parse(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] ?? 'The template does not parse.' : String(error);
  }
}

/** The host of the application's first callback URL: `{application.callback_domain}` in Redirect To. */
export function callbackDomain(client: TenantClient | undefined): string {
  const first = client?.callbacks[0];
  if (!first) return '';
  try {
    return new URL(first).host;
  } catch {
    return '';
  }
}

/** Redirect To with its placeholder filled; undefined when none is set. */
export function redirectTo(resultUrl: string | null | undefined, client: TenantClient | undefined): string | undefined {
  if (!resultUrl) return undefined;
  return resultUrl.replaceAll('{application.callback_domain}', callbackDomain(client));
}

export interface TemplateData {
  readonly tenant: Tenant;
  readonly user: Pick<UserRecord, 'email' | 'email_verified' | 'name' | 'nickname' | 'given_name' | 'family_name' | 'picture' | 'user_metadata' | 'connection'> & {
    readonly app_metadata?: Record<string, unknown>;
  };
  readonly client: TenantClient | undefined;
  readonly url: string;
}

/** Auth0's variables for the template. */
function variables({ tenant, user, client, url }: TemplateData): Record<string, unknown> {
  return {
    url,
    friendly_name: tenant.name,
    tenant: tenant.name,
    application: { name: client?.name ?? tenant.name, clientID: client?.client_id ?? '', metadata: {} },
    connection: { name: user.connection },
    user: {
      email: user.email,
      email_verified: user.email_verified,
      name: user.name ?? '',
      nickname: user.nickname ?? user.email.split('@')[0],
      given_name: user.given_name ?? '',
      family_name: user.family_name ?? '',
      picture: user.picture ?? '',
      user_metadata: user.user_metadata ?? {},
      app_metadata: user.app_metadata ?? {},
    },
  };
}

/** Subject and From take `{application.name}`, `{connection.name}` and `{user.email}`, as Auth0's do. */
function fillPlain(text: string, data: TemplateData): string {
  const values: Record<string, string> = {
    'application.name': data.client?.name ?? data.tenant.name,
    'connection.name': data.user.connection,
    'user.email': data.user.email,
  };
  return text.replace(/\{(application\.name|connection\.name|user\.email)\}/g, (_, key: string) => values[key] ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#34': '"', nbsp: ' ' };

/** A plain-text version of the HTML body, for mail clients that show no HTML (and for reading in tests). */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => `${label.replace(/<[^>]+>/g, '').trim()} (${href})`)
    .replace(/<(br|\/p|\/h\d|\/tr|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#34|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** Renders the email; a template that fails at render time sends the default body instead (never a crash). */
export function renderResetEmail(template: ResetEmailTemplate, data: TemplateData): Omit<Email, 'id' | 'createdAt'> {
  let html: string;
  try {
    html = liquid.parseAndRenderSync(template.body, variables(data)) as string;
  } catch (error) {
    console.error('[mock] the reset_email template failed to render; the default body was sent:', error instanceof Error ? error.message : error);
    html = liquid.parseAndRenderSync(DEFAULT_RESET_BODY, variables(data)) as string;
  }
  return { to: data.user.email, from: fillPlain(template.from, data), subject: fillPlain(template.subject, data), text: textOf(html), html, link: data.url };
}
