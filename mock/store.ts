import { createHash, randomBytes } from 'node:crypto';
import type { HistoryEntry } from './password-rules';
import { hashPassword, type PasswordHash } from './passwords';
import { digest, TicketStore } from './tickets';
import { clientAllowsOrigin, type Tenant, type TenantClient, type TenantConnection } from './tenant';

/** Profile fields a signup may set, echoed back and shown by the Management API. */
export interface Profile {
  username?: string;
  given_name?: string;
  family_name?: string;
  name?: string;
  nickname?: string;
  picture?: string;
  user_metadata?: Record<string, string>;
}

export interface UserRecord extends Profile {
  user_id: string;
  email: string;
  email_verified: boolean;
  name: string;
  connection: string;
  password: PasswordHash;
  /** Newest first, the current password included; length capped at Auth0's maximum history size. */
  history: HistoryEntry[];
  /** Epoch ms of the last password change; tokens issued before it are refused. */
  passwordChangedAt: number | undefined;
  createdAt: number;
  updatedAt: number;
  blocked: boolean;
  mfa: boolean;
  leaked: boolean;
  /** Epoch ms of the last completed login, its address, and how many there were. */
  lastLogin?: number;
  lastIp?: string;
  loginsCount?: number;
}

export interface AccessGrant {
  userId: string;
  clientId: string;
  scope: string;
  audience: string | undefined;
  issuedAt: number;
  expiresAt: number;
}

export const ACCESS_TOKEN_TTL_S = 86_400;
/** Auth0 keeps at most this many old passwords. */
const MAX_HISTORY = 24;

const DATABASE_STRATEGY = 'auth0';

/**
 * The tenant's live data. Secrets (passwords, access tokens, reset tickets) are kept only as hashes.
 * reset() puts everything back to the state the tenant file described.
 */
export class MockStore {
  private readonly seedUsers: readonly UserRecord[];
  private users = new Map<string, UserRecord>();
  private accessTokens = new Map<string, AccessGrant>();
  readonly tickets: TicketStore;

  constructor(
    readonly tenant: Tenant,
    private readonly now: () => number,
    hashCost?: number,
  ) {
    this.tickets = new TicketStore(now);
    const fallbackConnection = this.defaultConnection()?.name ?? '';
    const created = now();
    this.seedUsers = tenant.users.map((u) => {
      const password = hashPassword(u.password, hashCost);
      return {
        user_id: u.user_id ?? `auth0|${createHash('sha256').update(u.email.toLowerCase()).digest('hex').slice(0, 24)}`,
        email: u.email,
        email_verified: u.email_verified ?? false,
        name: u.name ?? u.email,
        connection: u.connection ?? fallbackConnection,
        password,
        history: [{ hash: password, setAt: created }],
        passwordChangedAt: undefined,
        createdAt: created,
        updatedAt: created,
        blocked: u.blocked ?? false,
        mfa: u.mfa ?? false,
        leaked: u.leaked ?? false,
      };
    });
    this.reset();
  }

  reset(): void {
    this.users = new Map(this.seedUsers.map((u) => [userKey(u.connection, u.email), { ...u, history: [...u.history] }]));
    this.accessTokens.clear();
    this.tickets.clear();
  }

  findClient(clientId: string): TenantClient | undefined {
    return this.tenant.clients.find((c) => c.client_id === clientId);
  }

  /** Only database connections: change_password and password-realm do not apply to social ones. */
  findDatabaseConnection(name: string): TenantConnection | undefined {
    return this.tenant.connections.find((c) => c.name === name && c.strategy === DATABASE_STRATEGY);
  }

  findDatabaseConnectionById(id: string): TenantConnection | undefined {
    return this.tenant.connections.find((c) => c.id === id && c.strategy === DATABASE_STRATEGY);
  }

  defaultConnection(): TenantConnection | undefined {
    return this.tenant.connections.find((c) => c.strategy === DATABASE_STRATEGY);
  }

  /** The user of a connection with this email, or else with this username (a username connection logs in with either). */
  findUser(connection: string, email: string): UserRecord | undefined {
    const found = this.users.get(userKey(connection, email));
    if (found) return found;
    const name = email.trim().toLowerCase();
    for (const [key, user] of this.users) if (key.startsWith(`${connection}\u0000`) && user.username?.toLowerCase() === name) return user;
    return undefined;
  }

  /** Every user, in the order they were added. */
  listUsers(): UserRecord[] {
    return [...this.users.values()];
  }

  /** Forgets a user and the access tokens issued to them. */
  deleteUser(user: UserRecord): void {
    this.users.delete(userKey(user.connection, user.email));
    for (const [key, grant] of this.accessTokens) if (grant.userId === user.user_id) this.accessTokens.delete(key);
  }

  findUserById(userId: string): UserRecord | undefined {
    for (const user of this.users.values()) if (user.user_id === userId) return user;
    return undefined;
  }

  /** Adds a signed-up user; the caller has checked that the email is free. */
  createUser(connection: string, email: string, password: PasswordHash, profile: Profile): UserRecord {
    const now = this.now();
    const user: UserRecord = {
      ...profile,
      user_id: `auth0|${randomBytes(12).toString('hex')}`,
      email: email.trim(),
      email_verified: false,
      name: profile.name ?? email.trim(),
      connection,
      password,
      history: [{ hash: password, setAt: now }],
      passwordChangedAt: undefined,
      createdAt: now,
      updatedAt: now,
      blocked: false,
      mfa: false,
      leaked: false,
    };
    this.users.set(userKey(connection, email), user);
    return user;
  }

  /**
   * Sets a new password: the old one stops working, the user's access tokens and outstanding reset
   * links are revoked, and tokens issued earlier are refused from now on.
   */
  setPassword(user: UserRecord, password: PasswordHash): void {
    const now = this.now();
    user.password = password;
    user.history = [{ hash: password, setAt: now }, ...user.history].slice(0, MAX_HISTORY);
    user.passwordChangedAt = now;
    user.updatedAt = now;
    for (const [key, grant] of this.accessTokens) if (grant.userId === user.user_id) this.accessTokens.delete(key);
    this.tickets.cancel(user.user_id);
  }

  /** Whether any client may use the origin for CORS (see clientAllowsOrigin). */
  isAllowedOrigin(origin: string): boolean {
    return this.tenant.clients.some((c) => clientAllowsOrigin(c, origin));
  }

  /** Whether this client may use the origin for CORS: allowed_origins, web_origins or a callback's origin. */
  isOriginAllowedForClient(clientId: string, origin: string): boolean {
    const client = this.findClient(clientId);
    return client !== undefined && clientAllowsOrigin(client, origin);
  }

  /** Returns an opaque bearer token; only its hash is kept, with its issue time. */
  issueAccessToken(grant: Omit<AccessGrant, 'expiresAt' | 'issuedAt'>): string {
    const token = randomBytes(32).toString('base64url');
    const issuedAt = this.now();
    this.accessTokens.set(digest(token), { ...grant, issuedAt, expiresAt: issuedAt + ACCESS_TOKEN_TTL_S * 1000 });
    return token;
  }

  /** A live grant: not expired, and not older than its user's last password change. */
  readAccessToken(token: string): AccessGrant | undefined {
    const grant = this.accessTokens.get(digest(token));
    if (!grant || grant.expiresAt <= this.now()) return undefined;
    const changedAt = this.findUserById(grant.userId)?.passwordChangedAt;
    if (changedAt !== undefined && grant.issuedAt < changedAt) return undefined;
    return grant;
  }
}

function userKey(connection: string, email: string): string {
  return `${connection}\u0000${email.trim().toLowerCase()}`;
}
