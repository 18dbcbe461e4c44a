import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BruteForceGuard } from './brute-force';
import type { MockClock } from './clock';
import type { FaultRegistry } from './faults';
import type { SigningKey } from './jwt';
import type { Outbox } from './outbox';
import type { RateLimiter } from './rate-limit';
import type { Derive } from './passwords';
import type { MockStore } from './store';
import type { Tenant } from './tenant';

/** Everything one mock app holds; handlers receive it with each request. */
export interface MockContext {
  tenant: Tenant;
  store: MockStore;
  outbox: Outbox;
  faults: FaultRegistry;
  limits: { changePassword: RateLimiter; token: RateLimiter; signup: RateLimiter; managementAuth: RateLimiter };
  bruteForce: BruteForceGuard;
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
