/** An authorization response, from a redirect's fragment or query or a web_message, with Lock's names. */
export interface AuthResponse {
  accessToken?: string;
  idToken?: string;
  /** Seconds. */
  expiresIn?: number;
  tokenType?: string;
  scope?: string;
  state?: string;
  refreshToken?: string;
  code?: string;
  error?: string;
  errorDescription?: string;
}

const FIELDS = ['access_token', 'id_token', 'expires_in', 'token_type', 'scope', 'state', 'refresh_token', 'code', 'error', 'error_description'];

/**
 * The authorization response in `params`, or null when it holds none (no token, code or error), so that a page's
 * own anchors and query strings are left alone. The state is not checked here: the caller compares it with the
 * stored transaction.
 */
export function toAuthResponse(params: URLSearchParams): AuthResponse | null {
  const response: Record<string, string | number> = {};
  let found = false;
  for (const name of FIELDS) {
    const value = params.get(name);
    if (value === null) continue;
    // access_token -> accessToken, error_description -> errorDescription
    response[name.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase())] = name == 'expires_in' ? +value : value;
    // expires_in, scope, state and token_type alone are no response.
    found ||= !/^(ex|sc|st|to)/.test(name);
  }
  return found ? response : null;
}

/** Parses `#access_token=...&state=...`, `?code=...&state=...` or the same without `#`/`?` (a leading `/` too, as auth0-js allows). */
export const parseHash = (hash: string): AuthResponse | null => toAuthResponse(new URLSearchParams(hash.replace(/^[#?]?\/?/, '')));
