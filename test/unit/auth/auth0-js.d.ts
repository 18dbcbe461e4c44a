// The little of auth0-js 10 (no type declarations of its own) the storage tests drive: the real client reading what
// Latch stored.
declare module 'auth0-js' {
  interface ParseHashResult {
    accessToken: string | null;
    state: string | null;
    appState: unknown;
  }
  class WebAuth {
    constructor(options: { domain: string; clientID: string; responseType?: string; redirectUri?: string });
    crossOriginVerification(): void;
    parseHash(options: { hash: string }, cb: (error: unknown, result: ParseHashResult | null) => void): void;
  }
  const auth0: { WebAuth: typeof WebAuth };
  export default auth0;
}
