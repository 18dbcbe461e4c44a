import { apiOrigin, type FetchLike } from '../api/client';
import type { PasswordPolicy, PolicyLevel } from '../policy';

/** A database connection's settings as Lock reads them from the client-settings document. */
export interface DbConnectionSettings {
  name: string;
  /** `passwordPolicy` (a level name; unknown or missing: 'none') and `password_complexity_options.min_length`. */
  passwordPolicy: PasswordPolicy;
  /** Sign-up offered (`showSignup`, default true). */
  showSignup: boolean;
  /** Forgot password offered (`showForgot`, default true). */
  showForgot: boolean;
  /** A username besides the email (`requires_username`, default false). */
  requiresUsername: boolean;
  /** The username's length (`validation.username`), or null: then it only has to be there, as in Lock. */
  usernameRange: { min: number; max: number } | null;
}

const LEVELS: PolicyLevel[] = ['none', 'low', 'fair', 'good', 'excellent'];
const PREFIX = 'Auth0.setClient(';

type Raw = Record<string, unknown>;

/**
 * The database connections in a `/client/{clientID}.js` document, or null when the document is not exactly
 * `Auth0.setClient(<JSON object for this client>)` with an optional `;`, in the shape Lock reads. It is data, never
 * run: anything after the call (`...);alert(1)`) or any non-JSON argument fails JSON.parse and is refused.
 */
export function parseClientSettings(text: string, clientID: string): DbConnectionSettings[] | null {
  const call = text.trim().replace(/;$/, '');
  try {
    if (!call.startsWith(PREFIX) || !call.endsWith(')')) throw 0;
    const client = JSON.parse(call.slice(PREFIX.length, -1)) as { id: unknown; strategies: { name: unknown; connections: Raw[] }[] };
    // Lock takes the document only for the client it asked for, and fails on a strategy without connections.
    if (client.id !== clientID) throw 0;
    return client.strategies
      .filter((strategy) => strategy.name == 'auth0')
      .flatMap((strategy) =>
        strategy.connections.map((c) => {
          const level = c.passwordPolicy as PolicyLevel;
          return {
            name: c.name as string,
            // A min_length that is not a number is ignored by minLengthOf (src/policy), as by Lock.
            passwordPolicy: { level: LEVELS.includes(level) ? level : 'none', minLength: (c.password_complexity_options as Raw)?.min_length as number },
            // Lock: a boolean as given, anything else the default.
            showSignup: c.showSignup !== false,
            showForgot: c.showForgot !== false,
            requiresUsername: c.requires_username === true,
            usernameRange: rangeOf((c.validation as Raw | undefined)?.username),
          };
        }),
      );
  } catch {
    return null;
  }
}

/** `validation.username` when both ends are whole numbers, as Lock uses it. */
function rangeOf(value: unknown): { min: number; max: number } | null {
  const { min, max } = (value ?? {}) as Raw;
  return Number.isInteger(min) && Number.isInteger(max) ? { min: min as number, max: max as number } : null;
}

/**
 * Fetches and parses the client-settings document as text, at the URL Lock loads it from:
 * `${configurationBaseUrl || domain's origin}/client/{clientID}.js?t{now}`. Null on any failure (network, CORS,
 * status, shape), so that the widget keeps its options.
 */
export async function fetchClientSettings(
  baseUrl: string,
  clientID: string,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  signal?: AbortSignal,
): Promise<DbConnectionSettings[] | null> {
  try {
    const response = await fetchImpl(`${apiOrigin(baseUrl)}/client/${encodeURIComponent(clientID)}.js?t${Date.now()}`, {
      credentials: 'omit',
      redirect: 'error',
      signal,
    });
    return response.ok ? parseClientSettings(await response.text(), clientID) : null;
  } catch {
    return null;
  }
}
