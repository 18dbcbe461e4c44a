import { randomBytes } from 'node:crypto';
import { ExpiringStore } from './expiring-store';
import { sameSecret } from './http';
import { digest } from './tickets';

/** What POST /co/authenticate proved, waiting for GET /authorize?login_ticket= in the same browser. */
export interface LoginTicket {
  userId: string;
  clientId: string;
  /** Names the `co_verifier_{co_id}` cookie (and auth0-js's stored verifier). */
  coId: string;
  /** SHA-256 of the co_verifier; the verifier itself is only in the browser. */
  verifierHash: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Auth0's login tickets are short-lived. */
export const LOGIN_TICKET_LIFETIME_MS = 60_000;

/** Login tickets: single use, LOGIN_TICKET_LIFETIME_MS, kept as hashes, at most 10,000. */
export class LoginTicketStore {
  private readonly tickets: ExpiringStore<LoginTicket>;

  constructor(private readonly now: () => number) {
    this.tickets = new ExpiringStore(now);
  }

  issue(userId: string, clientId: string): { loginTicket: string; coVerifier: string; coId: string } {
    const coVerifier = randomBytes(32).toString('base64url');
    const coId = randomBytes(16).toString('base64url');
    const record: LoginTicket = {
      userId,
      clientId,
      coId,
      verifierHash: digest(coVerifier),
      expiresAt: this.now() + LOGIN_TICKET_LIFETIME_MS,
    };
    const loginTicket = this.tickets.put(record, LOGIN_TICKET_LIFETIME_MS);
    return { loginTicket, coVerifier, coId };
  }

  /** Spends the ticket: unknown, expired and already spent all answer undefined. */
  take(loginTicket: string): LoginTicket | undefined {
    return this.tickets.take(loginTicket);
  }

  clear(): void {
    this.tickets.clear();
  }

  get size(): number {
    return this.tickets.size;
  }
}

/** Whether `verifier` is the one the ticket was issued with, compared in constant time. */
export function verifierMatches(ticket: LoginTicket, verifier: string): boolean {
  return sameSecret(digest(verifier), ticket.verifierHash);
}
