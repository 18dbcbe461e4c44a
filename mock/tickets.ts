import { createHash, randomBytes } from 'node:crypto';

/** What a reset link leads to; `valid` is the only state in which it can change a password. */
export type TicketState = 'valid' | 'expired' | 'used' | 'invalid';

export interface ResetTicket {
  userId: string;
  clientId: string | undefined;
  expiresAt: number;
  used: boolean;
  /** Overrides the email template's Redirect To and includeEmailInRedirect (Management API tickets). */
  resultUrl: string | undefined;
  includeEmailInRedirect: boolean | undefined;
  /** Hashes of the CSRF tokens put into pages served for this ticket. */
  csrf: Set<string>;
}

export type TicketOptions = Pick<ResetTicket, 'clientId' | 'resultUrl' | 'includeEmailInRedirect'> & { lifetimeMs: number };

/** A page may be reloaded; older CSRF tokens of the same ticket keep working up to this many. */
const MAX_CSRF_PER_TICKET = 20;

/**
 * Password reset tickets. A ticket is 256 random bits from the CSPRNG, handed out once and kept only
 * as its SHA-256 hash (fast hashing is enough for a secret that long). Only the latest unused ticket
 * of a user works; a spent one is remembered as used so its page can say so.
 */
export class TicketStore {
  private tickets = new Map<string, ResetTicket>();
  private locks = new Map<string, Promise<unknown>>();

  constructor(private readonly now: () => number) {}

  clear(): void {
    this.tickets.clear();
  }

  /** Mints a ticket. With no user it does the same work and keeps nothing (unknown email). */
  issue(userId: string | undefined, options: TicketOptions): string {
    const ticket = randomBytes(32).toString('base64url');
    const hash = digest(ticket);
    if (userId !== undefined) {
      this.cancel(userId);
      const { lifetimeMs, ...rest } = options;
      this.tickets.set(hash, { userId, ...rest, expiresAt: this.now() + lifetimeMs, used: false, csrf: new Set() });
    }
    return ticket;
  }

  /** Forgets the user's unused tickets: a newer link or a password change supersedes them. */
  cancel(userId: string): void {
    for (const [key, t] of this.tickets) if (t.userId === userId && !t.used) this.tickets.delete(key);
  }

  lookup(ticket: string): { state: TicketState; record: ResetTicket | undefined } {
    const record = this.tickets.get(digest(ticket));
    if (!record) return { state: 'invalid', record: undefined };
    if (record.used) return { state: 'used', record };
    if (record.expiresAt <= this.now()) return { state: 'expired', record };
    return { state: 'valid', record };
  }

  /** A CSRF token for one page of this ticket; only its hash is kept, on the ticket itself. */
  issueCsrf(record: ResetTicket): string {
    const token = randomBytes(32).toString('base64url');
    if (record.csrf.size >= MAX_CSRF_PER_TICKET) {
      const oldest = record.csrf.values().next().value;
      if (oldest !== undefined) record.csrf.delete(oldest);
    }
    record.csrf.add(digest(token));
    return token;
  }

  checkCsrf(record: ResetTicket, token: string): boolean {
    return record.csrf.has(digest(token));
  }

  spend(record: ResetTicket): void {
    record.used = true;
    record.csrf.clear();
  }

  /**
   * Runs `task` alone for this ticket: a second request with the same ticket waits, then finds it
   * spent. Without this, two submissions at once could both pass the checks and both change the
   * password.
   */
  async exclusive<T>(ticket: string, task: () => Promise<T>): Promise<T> {
    const key = digest(ticket);
    const before = this.locks.get(key) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.locks.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    }
  }
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
