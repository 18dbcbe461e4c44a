import { randomBytes } from 'node:crypto';
import { codeId } from './authorization-codes';
import { digest } from './tickets';

/** What a refresh token stands for; every token of one family carries the same grant. */
export interface RefreshGrant {
  userId: string;
  clientId: string;
  /** The scope granted at login; a refresh may ask for less, never more, and the family keeps this one. */
  scope: string;
  audience?: string;
  /** The login session the family came from (`sid` and `auth_time` in refreshed ID tokens). */
  sid?: string;
  authTime: number;
  /** The hash of the authorization code that started the family: a replay of that code revokes it. */
  codeId?: string;
}

export type Rotation =
  | { status: 'rotated'; token: string; grant: RefreshGrant }
  /** A token that was already rotated came back: the family is revoked. */
  | { status: 'reused' }
  /** Unknown, expired, revoked, or another client's. */
  | { status: 'invalid' };

interface Family {
  grant: RefreshGrant;
  createdAt: number;
  lastUsedAt: number;
  /** The hash of the one token that may be used next. */
  current: string;
  /** Hashes of every token the family handed out, oldest first (the current one last). */
  tokens: string[];
}

/** Auth0's rotation defaults: an absolute lifetime of 30 days and an inactivity lifetime of 15 days. */
export const REFRESH_ABSOLUTE_LIFETIME_MS = 2_592_000_000;
export const REFRESH_IDLE_LIFETIME_MS = 1_296_000_000;
/** At most this many families and this many token hashes (current and rotated) are held; the oldest go first. */
export const MAX_REFRESH_ENTRIES = 10_000;

/**
 * Rotating refresh tokens (Auth0's "Refresh Token Rotation" with a reuse interval of 0): every use returns a new
 * token and retires the old one; presenting a retired token again is taken as theft and revokes the whole family,
 * so neither the thief nor the legitimate holder can go on. Tokens are 256 random bits kept only as SHA-256 hashes.
 */
export class RefreshTokenStore {
  private families = new Map<string, Family>();
  /** token hash -> family id. Insertion order is issue order, which the cap uses to evict. */
  private tokens = new Map<string, string>();

  constructor(
    private readonly now: () => number,
    private readonly limit = MAX_REFRESH_ENTRIES,
  ) {}

  /** Starts a family (a login that asked for offline_access) and returns its first token. */
  issue(grant: RefreshGrant): string {
    const familyId = randomBytes(16).toString('hex');
    while (this.families.size >= this.limit) {
      const oldest = this.families.keys().next().value;
      if (oldest === undefined) break;
      this.revokeFamily(oldest);
    }
    const now = this.now();
    const family: Family = { grant: { ...grant }, createdAt: now, lastUsedAt: now, current: '', tokens: [] };
    this.families.set(familyId, family);
    return this.mint(familyId, family);
  }

  /**
   * The grant behind `token` when it is the current token of a live family of `clientId`, without spending it: the
   * token endpoint checks the request against it before rotating. Anything else (retired, unknown, expired, another
   * client's) is undefined; rotate() then tells a reuse from the rest.
   */
  peek(token: string, clientId: string): { grant: RefreshGrant; createdAt: number } | undefined {
    const hash = digest(token);
    const familyId = this.tokens.get(hash);
    const family = familyId === undefined ? undefined : this.families.get(familyId);
    if (!family || family.current !== hash || family.grant.clientId !== clientId || this.expired(family)) return undefined;
    return { grant: { ...family.grant }, createdAt: family.createdAt };
  }

  /**
   * Spends `token` for `clientId`. Synchronous, so two requests racing with one token cannot both rotate it: the
   * second one is a reuse.
   */
  rotate(token: string, clientId: string): Rotation {
    const hash = digest(token);
    const familyId = this.tokens.get(hash);
    const family = familyId === undefined ? undefined : this.families.get(familyId);
    if (familyId === undefined || !family) return { status: 'invalid' };
    // Another client's token is refused without touching the family: presenting it proves nothing about reuse.
    if (family.grant.clientId !== clientId) return { status: 'invalid' };
    if (this.expired(family)) {
      this.revokeFamily(familyId);
      return { status: 'invalid' };
    }
    if (family.current !== hash) {
      this.revokeFamily(familyId);
      return { status: 'reused' };
    }
    family.lastUsedAt = this.now();
    return { status: 'rotated', token: this.mint(familyId, family), grant: { ...family.grant } };
  }

  /** Ends every family of the user (a password reset, a blocked account). */
  revokeForUser(userId: string): void {
    for (const [id, family] of this.families) if (family.grant.userId === userId) this.revokeFamily(id);
  }

  /** Ends the families an authorization code started: that code was presented a second time. */
  revokeFamilyOfCode(code: string): void {
    const id = codeId(code);
    for (const [familyId, family] of this.families) if (family.grant.codeId === id) this.revokeFamily(familyId);
  }

  clear(): void {
    this.families.clear();
    this.tokens.clear();
  }

  get size(): { families: number; tokens: number } {
    return { families: this.families.size, tokens: this.tokens.size };
  }

  private expired(family: Family): boolean {
    const now = this.now();
    return now >= family.createdAt + REFRESH_ABSOLUTE_LIFETIME_MS || now >= family.lastUsedAt + REFRESH_IDLE_LIFETIME_MS;
  }

  private mint(familyId: string, family: Family): string {
    const token = randomBytes(32).toString('base64url');
    const hash = digest(token);
    family.current = hash;
    family.tokens.push(hash);
    this.tokens.set(hash, familyId);
    this.evictTokens();
    return token;
  }

  /**
   * Keeps the token map under the cap. A retired token that is evicted only stops being recognised as a reuse (it
   * becomes unknown, which is refused too); a family whose current token is evicted is revoked with it.
   */
  private evictTokens(): void {
    while (this.tokens.size > this.limit) {
      const oldest = this.tokens.entries().next().value;
      if (oldest === undefined) break;
      const [hash, familyId] = oldest;
      const family = this.families.get(familyId);
      if (!family || family.current === hash) {
        this.tokens.delete(hash);
        if (family) this.revokeFamily(familyId);
        continue;
      }
      this.tokens.delete(hash);
      const at = family.tokens.indexOf(hash);
      if (at >= 0) family.tokens.splice(at, 1);
    }
  }

  private revokeFamily(familyId: string): void {
    const family = this.families.get(familyId);
    if (!family) return;
    for (const hash of family.tokens) this.tokens.delete(hash);
    this.families.delete(familyId);
  }
}
