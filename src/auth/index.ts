/**
 * The OAuth / OIDC protocol of Lock and auth0-js, for the widget: pure functions over WebCrypto, `fetch`,
 * `document.cookie` and one hidden iframe; no classes, no dependencies, nothing logged. Errors are short codes the
 * widget maps to its own words; nothing here throws on bad input from the network.
 *
 * Redirect login (`auth.redirect: true`), as Lock 14 does it through auth0-js:
 *   1. `state = randomString()`, `nonce = randomString()` (or the site's `auth.state`/`auth.nonce`);
 *      `saveTransaction({ state, nonce, appState, lastUsedConnection: realm, redirectUri, responseType })`.
 *      (auth0-js stores `nonce: null` when the response has no ID token.)
 *   2. `api.post('/co/authenticate', coAuthenticateBody(clientID, username, password, realm), signal, false,
 *      'include')` (needs the `credentials` argument proposed for src/api/client.ts); on success
 *      `ticket = takeLoginTicket(origin, result.value)` (stores the verifier as auth0-js does; null: bad answer).
 *   3. `location.assign(authorizeUrl(origin, { ...auth.params, client_id, response_type, redirect_uri, scope,
 *      audience, state, nonce, realm, connection: realm, login_ticket: ticket }))`. Extra params go first so the
 *      protocol's own win.
 *   4. Back on the page: `response = parseHash(location.hash)` (null: not an auth response, leave the hash alone);
 *      `tx = takeTransaction(response.state)` (undefined: unknown state, refuse); `response.error` → authorization_error;
 *      else `verifyIdToken(response.idToken, { issuer: origin + '/', audience: clientID, nonce: tx.nonce,
 *      leeway, now: Date.now(), accessToken: response.accessToken }, jwksKeys(origin, fetch))` → `{ ok, payload }` or
 *      `{ ok: false, code }` (IdTokenError). An ID token is required when response_type asked for one.
 *
 * Without leaving the page (`auth.redirect: false`, and `checkSession`): steps 1–2, then
 * `webMessage(origin, params)` (response_mode=web_message, prompt=none, hidden iframe; resolves an AuthResponse,
 * `{ error: 'timeout' }` or `{ error: 'aborted' }`), then step 4's checks on what it resolves. With
 * `responseType: 'code'`: `pkce()` → `code_challenge` in the params, and the `verifier` (kept in memory, or in the
 * transaction) goes with the code to /oauth/token.
 *
 * Connection settings: `fetchClientSettings(configurationBaseUrl || domain, clientID, fetch)` → the database
 * connections (policy, sign-up/forgot switches, requires_username) or null (keep the options).
 *
 * `origin` everywhere is `apiOrigin(domain)` (src/api/client.ts).
 */
export { randomString, pkce, challengeOf } from './random';
export { saveTransaction, takeTransaction, saveVerifier, TRANSACTION_PREFIX, type Transaction } from './storage';
export { authorizeUrl, type AuthorizeParams } from './authorize';
export { parseHash, toAuthResponse, type AuthResponse } from './hash';
export { verifyIdToken, type VerifyOptions, type VerifyResult, type IdTokenPayload, type IdTokenError, type GetKey } from './jwt';
export { jwksKeys } from './jwks';
export { webMessage, type WebMessageOptions } from './web-message';
export { coAuthenticateBody, takeLoginTicket } from './co';
export { parseClientSettings, fetchClientSettings, type DbConnectionSettings } from './client-settings';
