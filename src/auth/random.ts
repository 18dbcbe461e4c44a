/** base64url without padding (RFC 4648 §5), as JWTs and PKCE write bytes. */
export const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** base64url (padding optional) to bytes; throws on anything else, including `+`, `/` and whitespace. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (/[^\w-]/.test(text)) throw 0;
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
}

export const sha256 = async (text: string): Promise<Uint8Array<ArrayBuffer>> =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/** 32 random bytes, base64url: 43 characters, for `state`, `nonce` and the PKCE verifier. */
export const randomString = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** The S256 code challenge of a PKCE verifier (RFC 7636 §4.2). */
export const challengeOf = async (verifier: string): Promise<string> => base64url(await sha256(verifier));

/** A fresh PKCE pair; `challenge` goes to /authorize (with code_challenge_method=S256), `verifier` to /oauth/token. */
export async function pkce(): Promise<{ verifier: string; challenge: string }> {
  const verifier = randomString();
  return { verifier, challenge: await challengeOf(verifier) };
}
