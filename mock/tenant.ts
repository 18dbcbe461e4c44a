import { readFileSync } from 'node:fs';
import { parseConnection, type TenantConnection } from './tenant-connection';

export type { ConnectionOptions, TenantConnection } from './tenant-connection';

/** The grant the widget uses; a client must list it in `grant_types` to log in from the widget. One definition: the widget's. */
export { PASSWORD_REALM_GRANT } from '../src/api/client';

/** Where links in emails point when nothing else is configured (the standalone server's address). */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:4000';

/** Auth0 has answered change_password both as bare text (recorded) and as a JSON string (documented). */
export type ChangePasswordResponse = 'text' | 'json-string';

export type AppType = 'spa' | 'regular_web' | 'native' | 'non_interactive';
export type TokenEndpointAuthMethod = 'none' | 'client_secret_post' | 'client_secret_basic';

const APP_TYPES: readonly AppType[] = ['spa', 'regular_web', 'native', 'non_interactive'];
const AUTH_METHODS: readonly TokenEndpointAuthMethod[] = ['none', 'client_secret_post', 'client_secret_basic'];

/** An application, with its fields named as Auth0's Management API names them. Every list defaults to empty. */
export interface TenantClient {
  client_id: string;
  name: string;
  app_type: AppType;
  /** Confidential clients only. Demo data, plain text like the users' passwords. */
  client_secret?: string;
  /** Default: 'none' without a secret, else 'client_secret_post'. */
  token_endpoint_auth_method: TokenEndpointAuthMethod;
  /** Allowed Callback URLs: a redirect_uri must equal one of them exactly. */
  callbacks: string[];
  /** Allowed Logout URLs: where /v2/logout may send the browser (returnTo), exact match. */
  allowed_logout_urls: string[];
  /** Page origins allowed to call the API from a browser (Auth0's "Allowed Origins (CORS)"). */
  allowed_origins: string[];
  /** Allowed Web Origins: pages that may receive response_mode=web_message answers (checkSession). */
  web_origins: string[];
  /** "Allow Cross-Origin Authentication": POST /co/authenticate from another origin. */
  cross_origin_authentication: boolean;
  /** The cross-origin verification fallback page (auth0-js crossOriginVerification), if any. */
  cross_origin_loc?: string;
  grant_types: string[];
}

export interface TenantUser {
  user_id?: string;
  email: string;
  /** Plain text on purpose: the tenant file is demo data. It is hashed when the tenant is loaded. */
  password: string;
  connection?: string;
  email_verified?: boolean;
  name?: string;
  /** Admin-blocked: a correct password answers 401 `user is blocked`. */
  blocked?: boolean;
  /** A correct password answers 403 `mfa_required`. */
  mfa?: boolean;
  /** A correct password answers 401 `password_leaked`. */
  leaked?: boolean;
}

/** Auth0's change-password email template (`reset_email`) settings. */
export interface EmailTemplate {
  from: string;
  subject: string;
  /** "Redirect To": where the reset page sends the user after a change. None: the page stays. */
  resultUrl?: string;
  /** How long a reset link works. */
  urlLifetimeInSeconds: number;
  /** Adds `email=` to the redirect. */
  includeEmailInRedirect: boolean;
  /** The body, HTML with Liquid; none: the mock's own (mock/email-template.ts). */
  body?: string;
  /** Whether the email is sent at all. @default true */
  enabled?: boolean;
}

/** Auth0's default URL Lifetime: five days. */
export const DEFAULT_URL_LIFETIME_S = 432_000;

export interface Tenant {
  name: string;
  /** Trusted base URL for links in emails and the token issuer; never taken from a request's Host. */
  publicUrl: string;
  changePasswordResponse: ChangePasswordResponse;
  email: EmailTemplate;
  /** The Management API's bearer token (/api/v2/*). Demo data: the CLI prints it. */
  managementApiToken: string;
  /** true: signup with a taken email answers the legacy, enumerating `user_exists`; false: `invalid_signup`. */
  signupUserExistsError: boolean;
  clients: TenantClient[];
  connections: TenantConnection[];
  users: TenantUser[];
}

const TENANT_FILE = new URL('./tenant.json', import.meta.url);

/** Reads and checks a tenant file (by default mock/tenant.json). */
export function loadTenant(file: string | URL = TENANT_FILE): Tenant {
  return parseTenant(JSON.parse(readFileSync(file, 'utf8')));
}

/** Checks a tenant's shape and fills defaults, so a hand-edited file fails early with a clear message. */
export function parseTenant(input: unknown): Tenant {
  const t = record(input, 'tenant');
  const email = t.email === undefined ? {} : record(t.email, 'tenant.email');
  const mode = t.changePasswordResponse ?? 'text';
  if (mode !== 'text' && mode !== 'json-string') {
    throw new TypeError('tenant.changePasswordResponse must be "text" or "json-string"');
  }
  const publicUrl = optionalString(t.publicUrl, 'tenant.publicUrl') ?? DEFAULT_PUBLIC_URL;
  const resultUrl = optionalString(email.resultUrl, 'tenant.email.resultUrl');
  const lifetime = email.urlLifetimeInSeconds ?? DEFAULT_URL_LIFETIME_S;
  if (!Number.isInteger(lifetime) || (lifetime as number) < 1) {
    throw new TypeError('tenant.email.urlLifetimeInSeconds must be a positive integer');
  }
  return {
    name: optionalString(t.name, 'tenant.name') ?? 'Latch',
    publicUrl: trustedBaseUrl(publicUrl),
    changePasswordResponse: mode,
    email: {
      from: optionalString(email.from, 'tenant.email.from') ?? 'Latch <no-reply@latch.dev>',
      subject: optionalString(email.subject, 'tenant.email.subject') ?? 'Reset your password',
      ...(resultUrl === undefined ? {} : { resultUrl: httpUrl(resultUrl, 'tenant.email.resultUrl') }),
      urlLifetimeInSeconds: lifetime as number,
      includeEmailInRedirect: optionalBoolean(email.includeEmailInRedirect, 'tenant.email.includeEmailInRedirect') ?? true,
      ...(email.body === undefined ? {} : { body: optionalString(email.body, 'tenant.email.body') }),
      ...(email.enabled === undefined ? {} : { enabled: optionalBoolean(email.enabled, 'tenant.email.enabled') }),
    },
    managementApiToken: optionalString(t.managementApiToken, 'tenant.managementApiToken') ?? 'latch-demo-management-token',
    signupUserExistsError: optionalBoolean(t.signupUserExistsError, 'tenant.signupUserExistsError') ?? false,
    clients: list(t.clients, 'tenant.clients').map((c, i) => parseClient(c, `tenant.clients[${i}]`)),
    connections: list(t.connections, 'tenant.connections').map((c, i) => parseConnection(c, `tenant.connections[${i}]`)),
    users: list(t.users ?? [], 'tenant.users').map((u, i) => parseUser(u, `tenant.users[${i}]`)),
  };
}

/** Validates the base URL and drops trailing slashes so links join as `${publicUrl}/lo/reset`. */
function trustedBaseUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError('tenant.publicUrl must be an http(s) URL');
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** An absolute http(s) URL, e.g. a Redirect To that is set by configuration only. */
export function httpUrl(value: string, at: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${at} must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${at} must be an absolute http(s) URL`);
  return url.href;
}

function parseClient(input: unknown, at: string): TenantClient {
  const c = record(input, at);
  const appType = c.app_type ?? 'spa';
  if (!APP_TYPES.includes(appType as AppType)) throw new TypeError(`${at}.app_type must be one of ${APP_TYPES.join(', ')}`);
  const secret = optionalString(c.client_secret, `${at}.client_secret`);
  const method = c.token_endpoint_auth_method ?? (secret === undefined ? 'none' : 'client_secret_post');
  if (!AUTH_METHODS.includes(method as TokenEndpointAuthMethod)) {
    throw new TypeError(`${at}.token_endpoint_auth_method must be one of ${AUTH_METHODS.join(', ')}`);
  }
  if (method !== 'none' && secret === undefined) {
    throw new TypeError(`${at}.client_secret is required when token_endpoint_auth_method is ${String(method)}`);
  }
  const loc = optionalString(c.cross_origin_loc, `${at}.cross_origin_loc`);
  const client: TenantClient = {
    client_id: requiredString(c.client_id, `${at}.client_id`),
    name: optionalString(c.name, `${at}.name`) ?? 'Application',
    app_type: appType as AppType,
    token_endpoint_auth_method: method as TokenEndpointAuthMethod,
    callbacks: urls(c.callbacks ?? [], `${at}.callbacks`),
    allowed_logout_urls: urls(c.allowed_logout_urls ?? [], `${at}.allowed_logout_urls`),
    allowed_origins: strings(c.allowed_origins ?? [], `${at}.allowed_origins`),
    web_origins: strings(c.web_origins ?? [], `${at}.web_origins`),
    cross_origin_authentication: optionalBoolean(c.cross_origin_authentication, `${at}.cross_origin_authentication`) ?? false,
    grant_types: strings(c.grant_types ?? [], `${at}.grant_types`),
  };
  if (secret !== undefined) client.client_secret = secret;
  if (loc !== undefined) client.cross_origin_loc = httpUrl(loc, `${at}.cross_origin_loc`);
  return client;
}

/** Absolute URLs kept exactly as written (they are compared exactly); custom schemes are allowed for native apps. */
function urls(value: unknown, at: string): string[] {
  return strings(value, at).map((item, i) => {
    try {
      new URL(item);
    } catch {
      throw new TypeError(`${at}[${i}] must be an absolute URL`);
    }
    return item;
  });
}

/** The origin of a URL, or undefined for one without a web origin (custom schemes, garbage). */
export function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a page origin may call this client's browser endpoints with CORS: it is in allowed_origins or web_origins,
 * or it is the origin of one of the client's callbacks (Auth0 does this).
 */
export function clientAllowsOrigin(client: TenantClient, origin: string): boolean {
  return (
    client.allowed_origins.includes(origin) ||
    client.web_origins.includes(origin) ||
    client.callbacks.some((cb) => originOf(cb) === origin)
  );
}

/** Whether a page origin may receive response_mode=web_message answers: a web origin or a callback's origin. */
export function clientAllowsWebOrigin(client: TenantClient, origin: string): boolean {
  return client.web_origins.includes(origin) || client.callbacks.some((cb) => originOf(cb) === origin);
}

function optionalBoolean(value: unknown, at: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new TypeError(`${at} must be a boolean`);
  return value;
}

function parseUser(input: unknown, at: string): TenantUser {
  const u = record(input, at);
  const user: TenantUser = {
    email: requiredString(u.email, `${at}.email`),
    password: requiredString(u.password, `${at}.password`),
  };
  const userId = optionalString(u.user_id, `${at}.user_id`);
  if (userId !== undefined) user.user_id = userId;
  const connection = optionalString(u.connection, `${at}.connection`);
  if (connection !== undefined) user.connection = connection;
  const name = optionalString(u.name, `${at}.name`);
  if (name !== undefined) user.name = name;
  for (const flag of ['email_verified', 'blocked', 'mfa', 'leaked'] as const) {
    const value = u[flag];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw new TypeError(`${at}.${flag} must be a boolean`);
    user[flag] = value;
  }
  return user;
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${at} must be an object`);
  }
  return value as Record<string, unknown>;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${at} must be an array`);
  return value;
}

function strings(value: unknown, at: string): string[] {
  return list(value, at).map((item, i) => requiredString(item, `${at}[${i}]`));
}

function requiredString(value: unknown, at: string): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${at} must be a non-empty string`);
  return value;
}

function optionalString(value: unknown, at: string): string | undefined {
  return value === undefined ? undefined : requiredString(value, at);
}
