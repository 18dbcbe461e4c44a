import type { Exchange } from '../context';
import { sendJson } from '../http';
import { PASSWORD_REALM_GRANT } from '../tenant';

/** GET /.well-known/jwks.json: the key that verifies ID tokens. */
export function jwks({ res, ctx }: Exchange): void {
  sendJson(res, 200, { keys: [ctx.key.jwk] });
}

/**
 * GET /.well-known/openid-configuration (OpenID Connect Discovery 1.0 §3): lets OIDC libraries find the endpoints and
 * the key. It lists only what the mock really does. `end_session_endpoint` is /v2/logout: Auth0 advertises its
 * /oidc/logout only when RP-initiated logout is on, and the mock has only the /v2/logout flavour (returnTo, client_id).
 */
export function openidConfiguration({ res, ctx }: Exchange): void {
  const base = ctx.tenant.publicUrl;
  sendJson(res, 200, {
    issuer: `${base}/`,
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/oauth/token`,
    userinfo_endpoint: `${base}/userinfo`,
    jwks_uri: `${base}/.well-known/jwks.json`,
    end_session_endpoint: `${base}/v2/logout`,
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    response_types_supported: ['code', 'token', 'id_token', 'token id_token'],
    response_modes_supported: ['query', 'fragment', 'form_post', 'web_message'],
    grant_types_supported: ['authorization_code', 'implicit', 'refresh_token', PASSWORD_REALM_GRANT],
    code_challenge_methods_supported: ['S256', 'plain'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_post', 'client_secret_basic'],
    claims_supported: [
      'aud',
      'at_hash',
      'auth_time',
      'azp',
      'email',
      'email_verified',
      'exp',
      'iat',
      'iss',
      'name',
      'nickname',
      'nonce',
      'sid',
      'sub',
      'updated_at',
    ],
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
  });
}
