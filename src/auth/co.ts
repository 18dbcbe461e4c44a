import { PASSWORD_REALM_GRANT } from '../api/client';
import { saveVerifier } from './storage';

/**
 * The JSON body of `POST /co/authenticate` as auth0-js builds it: with a realm (the database connection) the
 * password-realm credential type, without one `password` (the tenant's default directory). `otp` only when given
 * (JSON.stringify leaves undefined out). Send it with credentials (cookies): the answer sets the verifier cookie on
 * the API's origin.
 */
export const coAuthenticateBody = (client_id: string, username: string, password: string, realm?: string, otp?: string) => ({
  client_id,
  username,
  password,
  realm,
  otp,
  credential_type: realm ? PASSWORD_REALM_GRANT : 'password',
});

/**
 * Takes a successful /co/authenticate answer: stores its `co_verifier` for the verification fallback page (see
 * saveVerifier; `origin` is the API origin) and returns the `login_ticket` for /authorize, or null when the answer
 * is not `{ login_ticket, co_verifier, co_id }` strings.
 */
export function takeLoginTicket(origin: string, answer: unknown): string | null {
  const { login_ticket, co_verifier, co_id } = (answer ?? {}) as { login_ticket: string; co_verifier: string; co_id: string };
  if (![login_ticket, co_verifier, co_id].every((value) => typeof value == 'string')) return null;
  saveVerifier(origin, co_id, co_verifier);
  return login_ticket;
}
