import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockContext } from './context';
import { digest } from './tickets';

/** A login at the authorization server, as the `auth0` cookie names it. */
export interface Session {
  sid: string;
  userId: string;
  /** Epoch seconds of the login (the ID token's auth_time). */
  authTime: number;
  /** The clients that received an answer from this session. */
  clients: Set<string>;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** Epoch milliseconds of the last request that presented the session (the Management API's last_interacted_at). */
  lastUsedAt: number;
}

/** Auth0's own default is longer; any fixed absolute bound will do for the mock. */
export const SESSION_LIFETIME_MS = 3 * 24 * 3600 * 1000;
export const MAX_SESSIONS = 10_000;

export const SESSION_COOKIE = 'auth0';
/** The legacy twin for browsers that drop `SameSite=None` cookies (set on https only). */
export const SESSION_COMPAT_COOKIE = 'auth0_compat';

/**
 * Sessions, keyed by the SHA-256 hash of the cookie value (256 random bits). Bounded: at most MAX_SESSIONS, the
 * oldest go first. A session lasts SESSION_LIFETIME_MS from the login, whatever happens in between.
 */
export class SessionStore {
  private sessions = new Map<string, Session>();

  constructor(
    private readonly now: () => number,
    private readonly limit = MAX_SESSIONS,
  ) {}

  /** `now` in epoch milliseconds; the store's clock by default. */
  create(userId: string, now = this.now()): { cookieValue: string; sid: string } {
    const cookieValue = randomBytes(32).toString('base64url');
    const sid = randomBytes(16).toString('base64url');
    this.prune();
    while (this.sessions.size >= this.limit) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    this.sessions.set(digest(cookieValue), {
      sid,
      userId,
      authTime: Math.floor(now / 1000),
      clients: new Set(),
      expiresAt: now + SESSION_LIFETIME_MS,
      lastUsedAt: now,
    });
    return { cookieValue, sid };
  }

  /** The live session behind a cookie value; an expired one is forgotten. */
  find(cookieValue: string): Session | undefined {
    const key = digest(cookieValue);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(key);
      return undefined;
    }
    session.lastUsedAt = this.now();
    return session;
  }

  end(cookieValue: string): void {
    this.sessions.delete(digest(cookieValue));
  }

  /** The user's live sessions, oldest first. */
  listForUser(userId: string): Session[] {
    const now = this.now();
    return [...this.sessions.values()].filter((session) => session.userId === userId && session.expiresAt > now);
  }

  endForUser(userId: string): void {
    for (const [key, session] of this.sessions) if (session.userId === userId) this.sessions.delete(key);
  }

  clear(): void {
    this.sessions.clear();
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Insertion order is login order and every session lives equally long, so this stops at the first live one. */
  private prune(): void {
    const now = this.now();
    for (const [key, session] of this.sessions) {
      if (session.expiresAt > now) break;
      this.sessions.delete(key);
    }
  }
}

/**
 * Ends every session of the user and revokes their refresh tokens: a password reset or change signs them out
 * everywhere. (Access tokens are already revoked by MockStore.setPassword.)
 */
export function endSessionsOf(ctx: MockContext, userId: string): void {
  ctx.sessions.endForUser(userId);
  ctx.refreshTokens.revokeForUser(userId);
}

/** The request's cookies by name; a malformed pair is skipped, the first of two same-named cookies wins. */
export function readCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  const header = req.headers.cookie;
  if (typeof header !== 'string') return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name !== '' && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

/** The session cookie's value: `auth0`, else its compat twin. */
export function sessionCookieValue(req: IncomingMessage): string | undefined {
  const cookies = readCookies(req);
  return cookies.get(SESSION_COOKIE) || cookies.get(SESSION_COMPAT_COOKIE) || undefined;
}

/** The live session the request's cookie names, if any. */
export function currentSession(ctx: MockContext, req: IncomingMessage): Session | undefined {
  const value = sessionCookieValue(req);
  return value === undefined ? undefined : ctx.sessions.find(value);
}

/** Whether the tenant is served over https: only then can cookies be Secure and SameSite=None. */
function secure(publicUrl: string): boolean {
  return publicUrl.startsWith('https:');
}

/**
 * `Set-Cookie` values for a cookie with the session cookie's flags: on https `SameSite=None; Secure` plus a legacy
 * twin named `${compatName}` without SameSite; on http `SameSite=Lax` alone (browsers refuse SameSite=None without
 * Secure). `maxAgeS` 0 clears the cookie.
 */
export function cookieHeaders(publicUrl: string, name: string, value: string, maxAgeS: number, compatName?: string): string[] {
  const base = `${name}=${value}; Max-Age=${maxAgeS}; Path=/; HttpOnly`;
  if (!secure(publicUrl)) return [`${base}; SameSite=Lax`];
  const cookies = [`${base}; SameSite=None; Secure`];
  if (compatName !== undefined) cookies.push(`${compatName}=${value}; Max-Age=${maxAgeS}; Path=/; HttpOnly; Secure`);
  return cookies;
}

/** The session cookies for a new login. */
export function sessionCookies(publicUrl: string, cookieValue: string): string[] {
  return cookieHeaders(publicUrl, SESSION_COOKIE, cookieValue, SESSION_LIFETIME_MS / 1000, SESSION_COMPAT_COOKIE);
}

/** Cookies that delete the session cookies (both names, whatever the scheme). */
export function clearedSessionCookies(publicUrl: string): string[] {
  const cleared = cookieHeaders(publicUrl, SESSION_COOKIE, '', 0);
  cleared.push(`${SESSION_COMPAT_COOKIE}=; Max-Age=0; Path=/; HttpOnly${secure(publicUrl) ? '; Secure' : ''}`);
  return cleared;
}

/** Adds Set-Cookie values to the ones already on the response. */
export function appendCookies(res: ServerResponse, cookies: string[]): void {
  const existing = res.getHeader('Set-Cookie');
  const before = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader('Set-Cookie', [...before, ...cookies]);
}
