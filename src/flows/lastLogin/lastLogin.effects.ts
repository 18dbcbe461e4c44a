import { checkSession } from '../../auth/session';
import type { Runner } from '../flow';
import type { LastLoginEffect } from './lastLogin.types';

/** The session's tokens for this connection, without a password (Lock's checkSession for the last-login button). */
export const runSessionLogin: Runner<LastLoginEffect> = async (effect, context) => {
  const result = context.auth
    ? await checkSession(context.api, context.auth, { connection: context.connection })
    : ({ ok: false, error: { kind: 'http', status: 400, code: 'login_required', description: 'Login required' } } as const);
  return result.ok
    ? { type: 'LOGIN.SUCCESS', requestId: effect.requestId, tokens: result.value }
    : { type: 'LASTLOGIN.FAILURE', requestId: effect.requestId, error: result.error, at: context.now() };
};
