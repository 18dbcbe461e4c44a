import type { Exchange } from '../context';
import { sendJson } from '../http';
import { PASSWORD_REALM_GRANT } from '../tenant';

/** GET /.well-known/jwks.json: the key that verifies ID tokens. */
export function jwks({ res, ctx }: Exchange): void {
  sendJson(res, 200, { keys: [ctx.key.jwk] });
}

/** GET /.well-known/openid-configuration: lets OIDC libraries find the endpoints and the key. */
export function openidConfiguration({ res, ctx }: Exchange): void {
  const base = ctx.tenant.publicUrl;
  sendJson(res, 200, {
    issuer: `${base}/`,
    token_endpoint: `${base}/oauth/token`,
    userinfo_endpoint: `${base}/userinfo`,
    jwks_uri: `${base}/.well-known/jwks.json`,
    grant_types_supported: [PASSWORD_REALM_GRANT],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['token id_token'],
    subject_types_supported: ['public'],
  });
}
