import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CodeStore } from './authorization-codes';
import type { BruteForceGuard } from './brute-force';
import type { MockClock } from './clock';
import type { FaultRegistry } from './faults';
import type { LoginTicketStore } from './login-tickets';
import type { SigningKey } from './jwt';
import type { Outbox } from './outbox';
import type { RateLimiter } from './rate-limit';
import type { RefreshTokenStore } from './refresh-tokens';
import type { SessionStore } from './sessions';
import type { Derive } from './passwords';
import type { AuthorizeTransactions } from './authorize-transactions';
import type { MockStore } from './store';
import type { Tenant } from './tenant';
import type { TenantSettings } from './tenant-settings';
import type { PostChangePasswordHook } from './hooks';

/** Everything one mock app holds; handlers receive it with each request. */
export interface MockContext {
  tenant: Tenant;
  /** The email template and reset page template, as the Management API last saved them. */
  settings: TenantSettings;
  store: MockStore;
  outbox: Outbox;
  /** Calls to the developers' own URLs after events (the post change password hook). */
  hooks: { postChangePassword: PostChangePasswordHook };
  faults: FaultRegistry;
  limits: {
    changePassword: RateLimiter;
    token: RateLimiter;
    signup: RateLimiter;
    managementAuth: RateLimiter;
    /** POST /co/authenticate, per IP. */
    coAuthenticate: RateLimiter;
    /** Password logins (/oauth/token password-realm and /co/authenticate), per IP + account: `bruteForceKey`. */
    login: RateLimiter;
  };
  bruteForce: BruteForceGuard;
  /** Authorization codes from /authorize, redeemed at /oauth/token. */
  codes: CodeStore;
  /** Rotating refresh-token families from the authorization_code grant. */
  refreshTokens: RefreshTokenStore;
  /** Logins at the authorization server (the `auth0` cookie). */
  sessions: SessionStore;
  /** From POST /co/authenticate, spent by GET /authorize. */
  loginTickets: LoginTicketStore;
  /** Authorize requests waiting for the hosted login page or the cross-origin verification page. */
  transactions: AuthorizeTransactions;
  key: SigningKey;
  now: () => number;
  clock: MockClock;
  hashCost: number | undefined;
  /** The key derivation every password check and hash on a request path goes through. */
  derive: Derive;
  /** What the development endpoints accept in `X-Latch-Admin`. */
  adminSecret: string;
  /** Users, rate limits, outbox, faults, tokens and the clock offset back to the tenant file. */
  reset(): void;
}

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  ip: string;
  ctx: MockContext;
}

export type Handler = (exchange: Exchange) => Promise<void> | void;
