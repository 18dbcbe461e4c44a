import type { Exchange } from '../context';
import { apiError, sendJson } from '../http';

/** GET /userinfo with `Authorization: Bearer <access_token>` from /oauth/token. */
export function userinfo({ req, res, ctx }: Exchange): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  const grant = match?.[1] === undefined ? undefined : ctx.store.readAccessToken(match[1]);
  const user = grant && ctx.store.findUserById(grant.userId);
  if (!user) {
    throw apiError(401, 'invalid_token', 'The access token is missing, invalid or expired.', {
      'WWW-Authenticate': 'Bearer error="invalid_token"',
    });
  }
  sendJson(res, 200, {
    sub: user.user_id,
    email: user.email,
    email_verified: user.email_verified,
    name: user.name,
    nickname: user.email.split('@')[0],
  });
}
