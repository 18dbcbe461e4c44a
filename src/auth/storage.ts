// Transaction and cross-origin verifier storage, written as auth0-js 10 writes them so that auth0-js code on the
// site reads what Latch stored: its `parseHash` finds the transaction, and its `crossOriginVerification()` fallback
// page finds the verifier. auth0-js keeps both in cookies (js-cookie; localStorage only with its private
// `__tryLocalStorageFirst`), never in sessionStorage, so Latch does too: the fallback page runs in an iframe under
// the identity provider's page and reads `document.cookie` there, where only `SameSite=None; Secure` cookies show.

/** The stored state of one /authorize request: auth0-js's fields, plus Latch's own (ignored by auth0-js). */
export interface Transaction {
  state: string;
  /** null when the response carries no ID token, as auth0-js stores it. */
  nonce: string | null;
  appState?: unknown;
  /** The database connection (realm) logged in with. */
  lastUsedConnection?: string;
  organization?: string;
  /** Latch: the PKCE verifier, when the code is exchanged by the page. */
  verifier?: string;
  /** Latch: the redirect_uri sent, which the code exchange must repeat. */
  redirectUri?: string;
  /** Latch: the response_type sent. */
  responseType?: string;
}

/** auth0-js TransactionManager's key prefix. */
export const TRANSACTION_PREFIX = 'com.auth0.auth.';

const MINUTE = 60_000;

/** Writes `JSON.stringify(value)` under `key` for `minutes`; an expired cookie (minutes <= 0) deletes it. */
function write(key: string, value: unknown, minutes: number): void {
  // Name and value URI-encoded (js-cookie, which auth0-js reads with, URI-decodes both), and js-cookie's attributes
  // as auth0-js sets them: path /, an expiry, and on https `Secure; SameSite=None`.
  document.cookie = `${encodeURIComponent(key)}=${encodeURIComponent(JSON.stringify(value))}; path=/; expires=${new Date(Date.now() + minutes * MINUTE).toUTCString()}${
    location.protocol == 'https:' ? '; secure; samesite=none' : ''
  }`;
}

/** The parsed value under `key`, or undefined. */
function read(key: string): unknown {
  for (const cookie of document.cookie.split('; ')) {
    const at = cookie.indexOf('=');
    try {
      if (decodeURIComponent(cookie.slice(0, at)) == key) return JSON.parse(decodeURIComponent(cookie.slice(at + 1)));
    } catch {
      // Another script's cookie that is not URI-encoded JSON: not ours.
    }
  }
  return undefined;
}

/** Stores a transaction for 30 minutes, keyed by its state. */
export const saveTransaction = (transaction: Transaction): void => write(TRANSACTION_PREFIX + transaction.state, transaction, 30);

/** The transaction stored for `state`, removed as it is read (a state is good for one response), or undefined. */
export function takeTransaction(state: string): Transaction | undefined {
  const key = TRANSACTION_PREFIX + state;
  const value = read(key) as Transaction | undefined;
  write(key, '', -1);
  return value;
}

/**
 * Stores the `co_verifier` of a /co/authenticate answer for 15 minutes under
 * `co/verifier/{encodeURIComponent(origin)}/{encodeURIComponent(co_id)}`. `origin` is the identity provider's
 * origin: the fallback page looks the key up with the `origin` of the message the provider's page sends it, so it is
 * normalised here as browsers write an origin (lower-case host, no default port, no trailing slash).
 */
export const saveVerifier = (origin: string, coId: string, verifier: string): void =>
  write(`co/verifier/${encodeURIComponent(new URL(origin).origin)}/${encodeURIComponent(coId)}`, verifier, 15);
