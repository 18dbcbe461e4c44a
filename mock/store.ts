import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, type PasswordHash } from './passwords';
import type { Tenant, TenantClient, TenantConnection } from './tenant';

export interface UserRecord {
  user_id: string;
  email: string;
  email_verified: boolean;
  name: string;
  connection: string;
  password: PasswordHash;
  blocked: boolean;
  mfa: boolean;
  leaked: boolean;
}

export interface AccessGrant {
  userId: string;
  clientId: string;
  scope: string;
  audience: string | undefined;
  expiresAt: number;
}

interface ResetTicket {
  userId: string;
  expiresAt: number;
  used: boolean;
}

/** Auth0's default reset-link lifetime (the template's URL Lifetime). */
export const RESET_TICKET_TTL_MS = 432_000 * 1000;
export const ACCESS_TOKEN_TTL_S = 86_400;

const DATABASE_STRATEGY = 'auth0';

/**
 * The tenant's live data. Secrets (passwords, access tokens, reset tickets) are kept only as hashes.
 * reset() puts everything back to the state the tenant file described.
 */
export class MockStore {
  private readonly seedUsers: readonly UserRecord[];
  private users = new Map<string, UserRecord>();
  private accessTokens = new Map<string, AccessGrant>();
  private resetTickets = new Map<string, ResetTicket>();

  constructor(
    readonly tenant: Tenant,
    private readonly now: () => number,
    hashCost?: number,
  ) {
    const fallbackConnection = tenant.connections.find((c) => c.strategy === DATABASE_STRATEGY)?.name ?? '';
    this.seedUsers = tenant.users.map((u) => ({
      user_id: u.user_id ?? `auth0|${createHash('sha256').update(u.email.toLowerCase()).digest('hex').slice(0, 24)}`,
      email: u.email,
      email_verified: u.email_verified ?? false,
      name: u.name ?? u.email,
      connection: u.connection ?? fallbackConnection,
      password: hashPassword(u.password, hashCost),
      blocked: u.blocked ?? false,
      mfa: u.mfa ?? false,
      leaked: u.leaked ?? false,
    }));
    this.reset();
  }

  reset(): void {
    this.users = new Map(this.seedUsers.map((u) => [userKey(u.connection, u.email), { ...u }]));
    this.accessTokens.clear();
    this.resetTickets.clear();
  }

  findClient(clientId: string): TenantClient | undefined {
    return this.tenant.clients.find((c) => c.client_id === clientId);
  }

  /** Only database connections: change_password and password-realm do not apply to social ones. */
  findDatabaseConnection(name: string): TenantConnection | undefined {
    return this.tenant.connections.find((c) => c.name === name && c.strategy === DATABASE_STRATEGY);
  }

  findUser(connection: string, email: string): UserRecord | undefined {
    return this.users.get(userKey(connection, email));
  }

  findUserById(userId: string): UserRecord | undefined {
    for (const user of this.users.values()) if (user.user_id === userId) return user;
    return undefined;
  }

  isAllowedOrigin(origin: string): boolean {
    return this.tenant.clients.some((c) => c.allowed_origins.includes(origin));
  }

  /** Returns an opaque bearer token; only its hash is kept. */
  issueAccessToken(grant: Omit<AccessGrant, 'expiresAt'>): string {
    const token = randomBytes(32).toString('base64url');
    this.accessTokens.set(digest(token), { ...grant, expiresAt: this.now() + ACCESS_TOKEN_TTL_S * 1000 });
    return token;
  }

  readAccessToken(token: string): AccessGrant | undefined {
    const grant = this.accessTokens.get(digest(token));
    if (!grant || grant.expiresAt <= this.now()) return undefined;
    return grant;
  }

  /**
   * Mints a reset ticket. Tickets are random and long, so a fast hash is enough to store them.
   * Pass no user to do the same work without keeping anything (unknown email).
   */
  issueResetTicket(user: UserRecord | undefined): string {
    const ticket = randomBytes(32).toString('base64url');
    const hash = digest(ticket);
    if (user) {
      // Only the latest link works, as with Auth0.
      for (const [key, t] of this.resetTickets) if (t.userId === user.user_id) this.resetTickets.delete(key);
      this.resetTickets.set(hash, { userId: user.user_id, expiresAt: this.now() + RESET_TICKET_TTL_MS, used: false });
    }
    return ticket;
  }
}

function userKey(connection: string, email: string): string {
  return `${connection}\u0000${email.trim().toLowerCase()}`;
}

function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
