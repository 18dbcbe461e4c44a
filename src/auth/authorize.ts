import { AUTH0_CLIENT_HEADER } from '../api/client';

/**
 * /authorize query parameters by the names Auth0 reads (auth0-js's `buildAuthorizeUrl` writes the same after its
 * camelCase-to-snake_case step). Empty and undefined values are left out. Any other string parameter (`connection`,
 * `realm`, `login_hint`, `ui_locales`, `max_age`, ... from `auth.params`) passes through as given.
 */
export interface AuthorizeParams {
  client_id: string;
  /** `code`, `token`, `id_token`, `token id_token`, ... */
  response_type: string;
  redirect_uri: string;
  state: string;
  /** Required by the server when an ID token comes straight from /authorize. */
  nonce?: string | undefined;
  scope?: string | undefined;
  audience?: string | undefined;
  /** `query`, `fragment`, `form_post` or `web_message`. */
  response_mode?: string | undefined;
  /** `none` for a silent request, `login` to force the login page. */
  prompt?: string | undefined;
  /** From /co/authenticate. */
  login_ticket?: string | undefined;
  /** The S256 challenge; `code_challenge_method=S256` is added with it. */
  code_challenge?: string | undefined;
  [param: string]: string | undefined;
}

/** The /authorize URL on `origin` (the API origin, no trailing slash), with `auth0Client` as Auth0's SDKs send it. */
export function authorizeUrl(origin: string, params: AuthorizeParams): string {
  const query = new URLSearchParams();
  for (const key in params) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.code_challenge) query.set('code_challenge_method', 'S256');
  query.set('auth0Client', AUTH0_CLIENT_HEADER);
  return `${origin}/authorize?${query}`;
}
