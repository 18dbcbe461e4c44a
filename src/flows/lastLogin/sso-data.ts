// What auth0-js keeps after a login so Lock can offer "Last time you logged in with" later: localStorage
// `auth0.ssodata`, `{ lastUsedConnection, lastUsedSub }`. The same key and shape, so a site moving from Lock keeps
// its visitors' last login.
const KEY = 'auth0.ssodata';

export interface SsoData {
  readonly lastUsedConnection?: string;
  readonly lastUsedSub?: string;
}

/** The last login this browser remembers, or undefined (none, storage blocked, or not auth0-js's shape). */
export function readSsoData(): SsoData | undefined {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return data && typeof data == 'object' ? (data as SsoData) : undefined;
  } catch {
    return undefined;
  }
}

export function saveSsoData(connection: string, sub: unknown): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ lastUsedConnection: connection, lastUsedSub: typeof sub == 'string' ? sub : undefined }));
  } catch {
    // Storage blocked: the next visit simply shows the login form.
  }
}
