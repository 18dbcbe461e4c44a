import { normalizeError } from '../../api/errors';
import { PASSWORD_REALM_GRANT, type ApiClient, type Result } from '../../api/client';
import { loginWithTicket } from '../../auth/session';
import type { Runner } from '../flow';
import type { LoginEffect, Tokens } from './login.types';

/** The longest access or ID token taken: 64 KB, far above any real JWT. */
const MAX_TOKEN_LENGTH = 65_536;

export interface LoginParams {
  readonly username: string;
  readonly password: string;
  readonly realm: string;
  readonly scope: string;
  readonly audience?: string;
}

/** `POST /oauth/token` with the password-realm grant; the token response mapped to Lock's `authenticated` shape. */
export async function login(api: ApiClient, params: LoginParams, signal?: AbortSignal): Promise<Result<Tokens>> {
  const body: Record<string, unknown> = {
    grant_type: PASSWORD_REALM_GRANT,
    client_id: api.clientID,
    username: params.username,
    password: params.password,
    realm: params.realm,
    scope: params.scope,
  };
  if (params.audience) body.audience = params.audience;
  const result = await api.post('/oauth/token', body, signal);
  if (!result.ok) return result;
  const raw = (result.value ?? {}) as Record<string, unknown>;
  // Real tokens are a few KB; one of megabytes is not a token the page should be handed (nor store).
  const tooLarge = [raw.access_token, raw.id_token].some((token) => typeof token === 'string' && token.length > MAX_TOKEN_LENGTH);
  if (typeof raw.access_token !== 'string' || tooLarge) {
    return { ok: false, error: normalizeError(502, { error: 'invalid_response' }) };
  }
  const tokens: { -readonly [K in keyof Tokens]: Tokens[K] } = {
    accessToken: raw.access_token,
    expiresIn: typeof raw.expires_in === 'number' ? raw.expires_in : 0,
    tokenType: typeof raw.token_type === 'string' ? raw.token_type : 'Bearer',
  };
  if (typeof raw.id_token === 'string') tokens.idToken = raw.id_token;
  if (typeof raw.scope === 'string') tokens.scope = raw.scope;
  return { ok: true, value: tokens };
}

export const runLogin: Runner<LoginEffect> = async (effect, context, signal) => {
  const result = context.auth ? await loginWithTicket(context.api, context.auth, effect.email, effect.password, signal) : await login(
    context.api,
    {
      username: effect.email,
      password: effect.password,
      realm: context.connection,
      scope: context.scope,
      ...(context.audience ? { audience: context.audience } : {}),
    },
    signal,
  );
  return result.ok
    ? { type: 'LOGIN.SUCCESS', requestId: effect.requestId, tokens: result.value }
    : { type: 'LOGIN.FAILURE', requestId: effect.requestId, error: result.error, at: context.now() };
};
