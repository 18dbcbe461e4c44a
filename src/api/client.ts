import { normalizeError, type ApiError } from './errors';

export const CLIENT_INFO = { name: 'latch', version: '0.1.0' } as const;
export const PASSWORD_REALM_GRANT = 'http://auth0.com/oauth/grant-type/password-realm';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientConfig {
  readonly clientID: string;
  /** `tenant.auth0.com` (https is assumed) or a full origin such as `http://127.0.0.1:4000`. */
  readonly domain: string;
  readonly fetch?: FetchLike;
  /** Milliseconds before an unanswered request fails with a timeout. */
  readonly timeout: number;
  /** Injected for tests of time-based headers. */
  readonly now?: () => number;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/**
 * The transport every flow's API call goes through: one POST with Auth0's headers, a timeout and abort, and the
 * error envelopes normalised. The calls themselves (which path, which body, what a success carries) live with
 * their flows (src/flows/<name>/<name>.effects.ts).
 */
export interface ApiClient {
  readonly clientID: string;
  /** POSTs JSON (or, with `form`, form-encoded as a hosted page sends it); the parsed body on success. */
  post(path: string, body: Record<string, unknown>, signal?: AbortSignal, form?: boolean, credentials?: RequestCredentials): Promise<Result<unknown>>;
}

/** Resolves the API origin: a bare host means https, a full origin is used as given. */
export function apiOrigin(domain: string): string {
  const trimmed = domain.trim().replace(/\/+$/, '');
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** base64url of the client's JSON (ASCII only, so btoa needs no UTF-8 step), as Auth0's SDKs send it. */
export const AUTH0_CLIENT_HEADER = btoa(JSON.stringify(CLIENT_INFO)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Whole seconds to wait, at least one; undefined when `seconds` is not a number. */
const wholeSeconds = (seconds: number): number | undefined => (Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined);

/** Seconds to wait on a 429: `Retry-After` (seconds or an HTTP date) first, else `X-RateLimit-Reset` (epoch seconds). */
export function retryAfterSeconds(headers: Headers, nowMs: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter?.trim()) {
    const seconds = wholeSeconds(Number(retryAfter)) ?? wholeSeconds((Date.parse(retryAfter) - nowMs) / 1000);
    if (seconds) return seconds;
  }
  const reset = Number(headers.get('x-ratelimit-reset')); // a missing header reads as 0
  return reset > 0 ? wholeSeconds(reset - nowMs / 1000) : undefined;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The real API answers some endpoints with text/html; a non-JSON body is kept as text.
    return text;
  }
}

export function createApiClient(config: ClientConfig): ApiClient {
  const origin = apiOrigin(config.domain);
  const now = config.now ?? Date.now;

  async function post(path: string, body: Record<string, unknown>, signal?: AbortSignal, form = false, credentials: RequestCredentials = 'omit'): Promise<Result<unknown>> {
    const transport: FetchLike = config.fetch ?? ((input, init) => fetch(input, init));
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.timeout);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort);
    try {
      const response = await transport(`${origin}${path}`, {
        method: 'POST',
        headers: {
          'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
          'Auth0-Client': AUTH0_CLIENT_HEADER,
        },
        body: form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body),
        signal: controller.signal,
        // Cookies only where the protocol needs them (/co/authenticate sets the cross-origin verifier).
        credentials,
        // The API answers these calls itself; a redirect would carry the password (a 307/308 re-sends the body) or
        // hand back tokens from another origin, so any redirect is a failed request.
        redirect: 'error',
      });
      // Only what the configured API itself answered counts (a transport that followed a redirect anyway, or a
      // service worker answering from elsewhere, is a failed request); an injected transport may leave url empty.
      if (response.url && !response.url.startsWith(`${origin}/`)) throw new Error('answered from another origin');
      const parsed = await readBody(response);
      if (response.ok) return { ok: true, value: parsed };
      const wait = response.status === 429 ? retryAfterSeconds(response.headers, now()) : undefined;
      return { ok: false, error: normalizeError(response.status, parsed, wait) };
    } catch {
      // fetch rejects on network failure, CORS refusal and abort; none of these carry a body.
      const kind = timedOut ? 'timeout' : 'network';
      return { ok: false, error: { kind, status: 0, code: kind, description: '' } };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return { clientID: config.clientID, post };
}
