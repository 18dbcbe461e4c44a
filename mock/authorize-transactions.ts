import { ExpiringStore } from './expiring-store';
import type { LoginTicket } from './login-tickets';

export type ResponseMode = 'query' | 'fragment' | 'form_post' | 'web_message';

/** A checked GET /authorize request: everything needed to answer it once the user is known. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  /** As sent (e.g. 'id_token token'), for the hosted login page to send back. */
  responseType: string;
  /** What to return: any of code, token, id_token. */
  returns: { code: boolean; token: boolean; idToken: boolean };
  responseMode: ResponseMode;
  /** Whether response_mode was sent (the hosted page repeats only what was). */
  responseModeSent: boolean;
  state?: string;
  nonce?: string;
  scope: string;
  audience?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  /** Seconds; a session older than this does not answer silently. */
  maxAge?: number;
}

/** A ticket spent at /authorize whose verifier cookie was missing: the verification page fetches it. */
export interface PendingVerification {
  request: AuthorizeRequest;
  ticket: LoginTicket;
}

/** How long the hosted login page keeps working for one authorize request. */
export const LOGIN_TRANSACTION_LIFETIME_MS = 30 * 60_000;

/**
 * Authorize requests waiting for the user: for the hosted login page (`/login?state=<id>`) and for the cross-origin
 * verification page (`/co/verify`). Both bounded and expiring.
 */
export class AuthorizeTransactions {
  readonly login: ExpiringStore<AuthorizeRequest>;
  readonly verification: ExpiringStore<PendingVerification>;

  constructor(now: () => number) {
    this.login = new ExpiringStore(now);
    this.verification = new ExpiringStore(now);
  }

  clear(): void {
    this.login.clear();
    this.verification.clear();
  }
}
