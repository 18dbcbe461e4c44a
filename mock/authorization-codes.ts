import { randomBytes } from 'node:crypto';
import { digest } from './tickets';

/** What /authorize decided, kept behind an authorization code until /oauth/token redeems it. */
export interface CodeGrant {
  userId: string;
  clientId: string;
  /** The redirect_uri the code was sent to; the token request must repeat it exactly. */
  redirectUri: string;
  scope: string;
  audience?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  sid: string;
  /** Epoch seconds of the login that the session records. */
  authTime: number;
}

export type Redemption = { grant: CodeGrant; replayed?: false } | { replayed: true; grant: CodeGrant };

interface CodeRecord {
  grant: CodeGrant;
  expiresAt: number;
  used: boolean;
}

/**
 * Lifetime of an authorization code. Auth0 documents no number (its community team answers the question with RFC 6749
 * §4.1.2: "A maximum authorization code lifetime of 10 minutes is RECOMMENDED"), so the mock uses that ceiling.
 */
export const CODE_LIFETIME_MS = 600_000;
/** A spent code is remembered this long after it expired, so a late replay is still recognised as one. */
const SPENT_RETENTION_MS = CODE_LIFETIME_MS;
export const MAX_CODES = 10_000;

/**
 * Authorization codes: 256 random bits each, kept only as their SHA-256 hash, single use. Redeeming a code twice
 * answers `replayed` (the token endpoint then refuses it and revokes what the first redemption issued). Holds at most
 * MAX_CODES entries; the oldest go first.
 */
export class CodeStore {
  private codes = new Map<string, CodeRecord>();

  constructor(
    private readonly now: () => number,
    private readonly limit = MAX_CODES,
  ) {}

  issue(grant: CodeGrant): string {
    const code = randomBytes(32).toString('base64url');
    this.prune();
    while (this.codes.size >= this.limit) {
      const oldest = this.codes.keys().next().value;
      if (oldest === undefined) break;
      this.codes.delete(oldest);
    }
    this.codes.set(digest(code), { grant: { ...grant }, expiresAt: this.now() + CODE_LIFETIME_MS, used: false });
    return code;
  }

  /**
   * Spends the code. Unknown or expired: undefined. Already spent: `{ replayed: true }` with the grant it carried.
   * Synchronous, so two requests racing with one code cannot both get `{ grant }`.
   */
  redeem(code: string): Redemption | undefined {
    const record = this.codes.get(digest(code));
    if (!record) return undefined;
    const now = this.now();
    if (record.used) {
      if (record.expiresAt + SPENT_RETENTION_MS <= now) return undefined;
      return { replayed: true, grant: record.grant };
    }
    if (record.expiresAt <= now) {
      this.codes.delete(digest(code));
      return undefined;
    }
    record.used = true;
    return { grant: record.grant };
  }

  get size(): number {
    return this.codes.size;
  }

  clear(): void {
    this.codes.clear();
  }

  /** Drops what can no longer be redeemed or recognised; insertion order is issue order, so it stops early. */
  private prune(): void {
    const now = this.now();
    for (const [key, record] of this.codes) {
      if (record.expiresAt + SPENT_RETENTION_MS > now) break;
      this.codes.delete(key);
    }
  }
}

/** The key a code is kept under; the refresh-token store uses it to find the tokens a code produced. */
export function codeId(code: string): string {
  return digest(code);
}
