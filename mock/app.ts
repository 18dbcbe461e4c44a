import type { IncomingMessage, ServerResponse } from 'node:http';
import { CodeStore } from './authorization-codes';
import { AuthorizeTransactions } from './authorize-transactions';
import { BruteForceGuard } from './brute-force';
import { boundedDerive } from './password-capacity';
import { MockClock } from './clock';
import type { Exchange, Handler, MockContext } from './context';
import { answerPreflight, applyCors } from './cors';
import { applyFault, FaultRegistry, parseFaultHeader, type FaultEffect } from './faults';
import { ApiError, apiError, clientIp, drain, hasBearer, sameSecret, sendJson } from './http';
import { createSigningKey } from './jwt';
import { LoginTicketStore } from './login-tickets';
import { Outbox, type Defer } from './outbox';
import {
  CHANGE_PASSWORD_POLICY,
  LOGIN_POLICY,
  MANAGEMENT_AUTH_POLICY,
  RateLimiter,
  SIGNUP_POLICY,
  TOKEN_POLICY,
} from './rate-limit';
import {
  addFault,
  advanceClock,
  clearFaults,
  clearOutbox,
  listFaults,
  listOutbox,
  readClock,
  resetAll,
  tenantInfo,
} from './routes/admin';
import { authorize, coVerify } from './routes/authorize';
import { changePassword } from './routes/change-password';
import { CLIENT_SETTINGS_PATH, clientSettings } from './routes/client-settings';
import { coAuthenticate, coOriginAllowed } from './routes/co-authenticate';
import { loginPage } from './routes/login-page';
import { logout } from './routes/logout';
import { passwordChangeTicket, patchUser } from './routes/management';
import { EMAIL_TEMPLATE_PATH, getEmailTemplate, patchEmailTemplate } from './routes/email-templates';
import { getTenantSettings, patchTenantSettings } from './routes/tenant-settings';
import { deleteUser, deleteUserBlocks, deleteUserSessions, getUser, getUserBlocks, listUsers, listUserSessions, USER_BLOCKS_PATH, USER_SESSIONS_PATH } from './routes/users';
import { OUTBOX_EMAIL_PATH, outboxEmail, outboxPage, outboxStyles } from './routes/outbox-page';
import { dashboardPage, dashboardScript, dashboardStyles } from './routes/dashboard-page';
import { resetPage, resetPagePreview } from './routes/reset-page';
import { resetSubmit } from './routes/reset-submit';
import { signup } from './routes/signup';
import { staticFile } from './static-files';
import { token } from './routes/token';
import { userinfo } from './routes/userinfo';
import { jwks, openidConfiguration } from './routes/well-known';
import { SessionStore } from './sessions';
import { RefreshTokenStore } from './refresh-tokens';
import { MockStore } from './store';
import { TenantSettings } from './tenant-settings';
import { PostChangePasswordHook } from './hooks';
import { configureHook, hookDeliveries, readHook } from './routes/hooks';
import { EMAIL_PREVIEW_PATH, previewEmail, previewPage } from './routes/email-preview';
import { loadTenant, parseTenant, type Tenant } from './tenant';
import { scryptDerive, type Derive } from './passwords';
import { randomBytes } from 'node:crypto';

export type { Email } from './outbox';
export type { Fault, FaultEffect, FaultSpec } from './faults';
export type {
  ChangePasswordResponse,
  ConnectionOptions,
  EmailTemplate,
  Tenant,
  TenantClient,
  TenantConnection,
  TenantUser,
} from './tenant';
export { loadTenant, parseTenant, PASSWORD_REALM_GRANT } from './tenant';

export interface MockOptions {
  /** Defaults to mock/tenant.json. */
  tenant?: Tenant;
  /** Clock in epoch milliseconds, for rate limits, token and link lifetimes and email dates. POST /__clock adds to it. */
  now?: () => number;
  /** scrypt cost (N) for the users' password hashes; lower it in tests. */
  passwordHashCost?: number;
  /** The key derivation behind every password hash and check on a request; tests wrap it to count the work. */
  passwordDerive?: Derive;
  /** The secret the development endpoints accept in `X-Latch-Admin`; a random one when not given (`npm run mock` prints it). */
  adminSecret?: string;
  /** When queued emails are written; after the current answer by default. Tests hold them back to look in between. */
  deferEmail?: Defer;
  /** Milliseconds before each retry of a failed hook delivery; [1000, 5000] by default. */
  hookRetryDelays?: readonly number[];
  /** How long a hook receiver may take to answer before the attempt counts as failed; 5000 ms by default. */
  hookTimeoutMs?: number;
}

export type NextFunction = (error?: unknown) => void;

export interface MockApp {
  /** node:http / Connect handler: answers the mock's paths and passes every other one to `next`. */
  handle(req: IncomingMessage, res: ServerResponse, next?: NextFunction): void;
  readonly tenant: Tenant;
  /** What the development endpoints accept in `X-Latch-Admin`, beside the management token. */
  readonly adminSecret: string;
  /** Same as POST /__reset. */
  reset(): void;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Routes = Partial<Record<Method, Handler>>;

/** The API: CORS by the clients' allowed origins, faults apply. */
const API_ROUTES: Record<string, Routes> = {
  '/dbconnections/change_password': { POST: changePassword },
  '/dbconnections/signup': { POST: signup },
  '/api/v2/tickets/password-change': { POST: passwordChangeTicket },
  '/api/v2/tenants/settings': { GET: getTenantSettings, PATCH: patchTenantSettings },
  '/api/v2/users': { GET: listUsers },
  '/oauth/token': { POST: token },
  '/userinfo': { GET: userinfo },
  '/.well-known/jwks.json': { GET: jwks },
  '/.well-known/openid-configuration': { GET: openidConfiguration },
  // CORS with credentials, for the client's own origins only (see the dispatcher and the handler).
  '/co/authenticate': { POST: coAuthenticate },
};

/** Management API paths with an id in them. */
const USER_PATH = /^\/api\/v2\/users\/[^/]+$/;
const USER_ROUTES: Routes = { GET: getUser, PATCH: patchUser, DELETE: deleteUser };
const USER_SESSION_ROUTES: Routes = { GET: listUserSessions, DELETE: deleteUserSessions };
const USER_BLOCK_ROUTES: Routes = { GET: getUserBlocks, DELETE: deleteUserBlocks };
const EMAIL_TEMPLATE_ROUTES: Routes = { GET: getEmailTemplate, PATCH: patchEmailTemplate };
/** The client-settings document Lock and the widget read: public, CORS for any origin (set by its handler). */
const CLIENT_SETTINGS_ROUTES: Routes = { GET: clientSettings };

/** The API's paths with a name or id in them. */
const PATTERN_ROUTES: readonly (readonly [RegExp, Routes])[] = [
  [USER_PATH, USER_ROUTES],
  [USER_SESSIONS_PATH, USER_SESSION_ROUTES],
  [USER_BLOCKS_PATH, USER_BLOCK_ROUTES],
  [EMAIL_TEMPLATE_PATH, EMAIL_TEMPLATE_ROUTES],
  [CLIENT_SETTINGS_PATH, CLIENT_SETTINGS_ROUTES],
];

/** The hosted reset page and its files: same-origin only (no CORS headers at all), faults apply. */
const PAGE_ROUTES: Record<string, Routes> = {
  '/lo/reset': { GET: resetPage, POST: resetSubmit },
  '/lo/latch.iife.js': { GET: staticFile('dist', 'latch.iife.js') },
  '/lo/latch.css': { GET: staticFile('dist', 'latch.css') },
  '/lo/latch-reset-page.iife.js': { GET: staticFile('dist', 'latch-reset-page.iife.js') },
  // The authorization server's pages (the web_message and verification pages may be framed by the client's origins).
  '/authorize': { GET: authorize },
  '/co/verify': { POST: coVerify },
  '/login': { GET: loginPage },
  '/v2/logout': { GET: logout },
  '/lo/form-post.js': { GET: staticFile('public', 'form-post.js') },
  '/lo/web-message.js': { GET: staticFile('public', 'web-message.js') },
  '/lo/co-verify.js': { GET: staticFile('public', 'co-verify.js') },
  '/lo/login-page.js': { GET: staticFile('public', 'login-page.js') },
};

/**
 * Development tools: this origin and the tenant's allowed origins may call them, nobody else (they read every reset
 * link and the management token); faults never apply (so a fault cannot lock them out).
 */
const ADMIN_ROUTES: Record<string, Routes> = {
  '/__tenant': { GET: tenantInfo },
  '/__outbox': { GET: listOutbox, DELETE: clearOutbox },
  '/__outbox.html': { GET: outboxPage },
  '/__outbox.css': { GET: outboxStyles },
  '/__dashboard': { GET: dashboardPage },
  '/__dashboard.js': { GET: dashboardScript },
  '/__dashboard.css': { GET: dashboardStyles },
  '/__clock': { GET: readClock, POST: advanceClock },
  '/__faults': { GET: listFaults, POST: addFault, DELETE: clearFaults },
  '/__reset': { POST: resetAll },
  '/__email-preview': { POST: previewEmail },
  '/__reset-page-preview': { GET: resetPagePreview },
  '/__hooks/post-change-password': { GET: readHook, PUT: configureHook },
  '/__hooks/post-change-password/deliveries': { GET: hookDeliveries },
};

/** Unknown paths under these are the mock's 404s; anything else goes to `next` (e.g. Vite's pages). */
const API_PREFIXES = ['/oauth/', '/dbconnections/', '/api/v2/', '/lo/', '/co/', '/v2/', '/client/'];

export function createMockApp(options: MockOptions = {}): MockApp {
  const tenant = parseTenant(options.tenant ?? loadTenant());
  const clock = new MockClock(options.now ?? Date.now);
  const { now } = clock;
  const ctx: MockContext = {
    tenant,
    settings: new TenantSettings(tenant),
    now,
    clock,
    hashCost: options.passwordHashCost,
    derive: boundedDerive(options.passwordDerive ?? scryptDerive),
    adminSecret: options.adminSecret ?? randomBytes(18).toString('base64url'),
    store: new MockStore(tenant, now, options.passwordHashCost),
    outbox: new Outbox(now, options.deferEmail),
    hooks: { postChangePassword: new PostChangePasswordHook({ now, retryDelays: options.hookRetryDelays, timeoutMs: options.hookTimeoutMs }) },
    faults: new FaultRegistry(),
    limits: {
      changePassword: new RateLimiter(CHANGE_PASSWORD_POLICY, now),
      token: new RateLimiter(TOKEN_POLICY, now),
      signup: new RateLimiter(SIGNUP_POLICY, now),
      managementAuth: new RateLimiter(MANAGEMENT_AUTH_POLICY, now),
      // Per IP, with /oauth/token's numbers (the password check behind it is the same).
      coAuthenticate: new RateLimiter(TOKEN_POLICY, now),
      // Per IP + account, shared by both login endpoints (Auth0's per-user login limit).
      login: new RateLimiter(LOGIN_POLICY, now),
    },
    bruteForce: new BruteForceGuard(),
    codes: new CodeStore(now),
    refreshTokens: new RefreshTokenStore(now),
    sessions: new SessionStore(now),
    loginTickets: new LoginTicketStore(now),
    transactions: new AuthorizeTransactions(now),
    key: createSigningKey(),
    reset() {
      ctx.store.reset();
      ctx.settings.reset();
      ctx.outbox.clear();
      ctx.hooks.postChangePassword.reset();
      ctx.faults.clear();
      ctx.limits.changePassword.reset();
      ctx.limits.token.reset();
      ctx.limits.signup.reset();
      ctx.limits.managementAuth.reset();
      ctx.limits.coAuthenticate.reset();
      ctx.limits.login.reset();
      ctx.bruteForce.reset();
      ctx.codes.clear();
      ctx.refreshTokens.clear();
      ctx.sessions.clear();
      ctx.loginTickets.clear();
      ctx.transactions.clear();
      ctx.clock.reset();
    },
  };

  return {
    tenant,
    adminSecret: ctx.adminSecret,
    reset: () => ctx.reset(),
    handle(req, res, next) {
      dispatch(ctx, req, res, next).catch((error: unknown) => fail(req, res, error));
    },
  };
}

async function dispatch(ctx: MockContext, req: IncomingMessage, res: ServerResponse, next?: NextFunction) {
  const url = requestUrl(req.url);
  const path = url.pathname;
  const admin = ADMIN_ROUTES[path] ?? (OUTBOX_EMAIL_PATH.test(path) ? { GET: outboxEmail } : EMAIL_PREVIEW_PATH.test(path) ? { GET: previewPage } : undefined);
  const page = PAGE_ROUTES[path];
  const routes =
    admin ??
    page ??
    API_ROUTES[path] ??
    PATTERN_ROUTES.find(([pattern]) => pattern.test(path))?.[1];
  if (!routes && !API_PREFIXES.some((prefix) => path.startsWith(prefix))) {
    if (next) return next();
    drain(req);
    return sendJson(res, 404, { error: 'not_found', error_description: `No endpoint at ${path}.` });
  }

  // The development tools and the hosted pages answer only for this machine's names and the tenant's own hosts: a
  // DNS-rebinding page (its name pointed at 127.0.0.1) would otherwise read them as its own origin.
  if ((admin || page) && !servesHost(ctx, req.headers.host)) {
    throw apiError(421, 'misdirected_request', 'This server does not answer for that host name.');
  }
  if (admin && !adminAuthorized(ctx, req)) throw apiError(401, 'access_denied', ADMIN_REFUSED);

  if (!page && !path.startsWith('/lo/')) {
    // The development endpoints grant CORS to nobody: the demo uses them from its own origin.
    // /co/authenticate sends cookies: credentials, for origins a client with Cross-Origin Authentication allows.
    const credentials = path === '/co/authenticate';
    const allowed = admin
      ? () => false
      : credentials
        ? (origin: string) => coOriginAllowed(ctx, origin)
        : (origin: string) => ctx.store.isAllowedOrigin(origin);
    const corsAllowed = applyCors(req, res, allowed);
    if (corsAllowed && credentials) res.setHeader('Access-Control-Allow-Credentials', 'true');
    if (req.method === 'OPTIONS') return answerPreflight(res, corsAllowed);
  }

  if (!routes) throw apiError(404, 'not_found', `No endpoint at ${path}.`);
  // HEAD is GET without the body (node leaves the body out of a HEAD answer by itself).
  const method = req.method === 'HEAD' ? 'GET' : req.method ?? 'GET';
  const handler = routes[method as Method];
  if (!handler) {
    const allow = [...Object.keys(routes), ...(routes.GET ? ['HEAD'] : []), 'OPTIONS'].join(', ');
    throw apiError(405, 'method_not_allowed', `${req.method ?? ''} is not allowed on ${path}.`, { Allow: allow });
  }

  if (!admin) {
    const fault = faultFor(ctx, req, path);
    if (fault && (await applyFault(fault, req, res, () => limiterFor(ctx, path).exhausted()))) return;
  }
  const exchange: Exchange = { req, res, url, ip: clientIp(req), ctx };
  await handler(exchange);
}

/**
 * The request target as a URL on a fixed origin. Only the path and query are used (the Host header is never trusted
 * for anything), so the target is always read as a path: `//evil.example:99999/x` is the path `//evil.example…`,
 * not another host, and a target no URL parser accepts is the client's error, not the server's.
 */
function requestUrl(target = '/'): URL {
  try {
    // The absolute form (`GET http://host/path`, which HTTP/1.1 servers must accept) keeps its path and query only.
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(target)) {
      const absolute = new URL(target);
      return new URL(`http://mock.invalid${absolute.pathname}${absolute.search}`);
    }
    return new URL(`http://mock.invalid${target.startsWith('/') ? '' : '/'}${target}`);
  } catch {
    throw apiError(400, 'invalid_request', 'The request target is not a valid path.');
  }
}

/** Loopback names and the host of the tenant's public URL. No Host header (HTTP/1.0) is served. */
function servesHost(ctx: MockContext, host: string | undefined): boolean {
  if (host === undefined) return true;
  const hostname = hostnameOf(`http://${host}`);
  if (hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname ?? '')) return true;
  return hostname !== undefined && hostname === hostnameOf(ctx.tenant.publicUrl);
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

const ADMIN_REFUSED =
  'The development endpoints need the management token, the admin secret the mock printed when it started (X-Latch-Admin), or a page of this origin.';

/**
 * Who may use the development endpoints: a caller with the management token or the admin secret, or the browser on
 * a page of this very origin (the demo's panels) or an address typed into it. The browser says which in
 * Sec-Fetch-Site, which no other site can set; a rebound name was already refused by the Host check.
 */
function adminAuthorized(ctx: MockContext, req: IncomingMessage): boolean {
  if (hasBearer(req, ctx.tenant.managementApiToken)) return true;
  const secret = req.headers['x-latch-admin'];
  if (typeof secret === 'string' && sameSecret(secret, ctx.adminSecret)) return true;
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  const ownOrigin = origin === undefined || hostOf(origin) === req.headers.host;
  return (site === 'same-origin' || site === 'none') && ownOrigin;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** A per-request X-Latch-Fault header wins over the faults registered with POST /__faults. */
function faultFor(ctx: MockContext, req: IncomingMessage, path: string): FaultEffect | undefined {
  const header = req.headers['x-latch-fault'];
  if (typeof header === 'string' && header.trim() !== '') return parseFaultHeader(header);
  return ctx.faults.take(path);
}

function limiterFor(ctx: MockContext, path: string): RateLimiter {
  if (path === '/dbconnections/change_password') return ctx.limits.changePassword;
  if (path === '/co/authenticate') return ctx.limits.coAuthenticate;
  return path === '/dbconnections/signup' ? ctx.limits.signup : ctx.limits.token;
}

/** Every failure becomes a JSON answer; nothing a client sends can crash the process. */
function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  drain(req);
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  if (error instanceof ApiError) {
    sendJson(res, error.status, managementPath(req) ? managementBody(error) : error.body, error.headers);
    return;
  }
  console.error('[mock] handler failed:', error);
  sendJson(res, 500, { error: 'server_error', error_description: 'The mock server failed to handle the request.' });
}

/** Whether the request is for the Management API, whose every answer (the dispatcher's 404, 405 and 421 too) has its shape. */
function managementPath(req: IncomingMessage): boolean {
  try {
    return requestUrl(req.url).pathname.startsWith('/api/v2/');
  } catch {
    return false;
  }
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 405: 'Method Not Allowed', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 421: 'Misdirected Request', 429: 'Too Many Requests' };

/** An OAuth-shaped error in the Management API's envelope `{statusCode, error, message, errorCode}`; one already in it is kept. */
function managementBody(error: ApiError): Record<string, unknown> {
  const { body, status } = error;
  if (typeof body.statusCode === 'number') return body;
  const message = typeof body.error_description === 'string' ? body.error_description : String(body.error);
  return { statusCode: status, error: REASONS[status] ?? 'Error', message, errorCode: String(body.error) };
}
