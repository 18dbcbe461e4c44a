import type { ApiClient, Result } from '../../api/client';
import type { Runner } from '../flow';
import type { SignUpEffect } from './signup.types';

/** `POST /dbconnections/signup`: creates the account in the database connection. */
export async function signUp(
  api: ApiClient,
  params: { email: string; password: string; connection: string },
  signal?: AbortSignal,
): Promise<Result<void>> {
  const result = await api.post(
    '/dbconnections/signup',
    { client_id: api.clientID, email: params.email, password: params.password, connection: params.connection },
    signal,
  );
  return result.ok ? { ok: true, value: undefined } : result;
}

export const runSignUp: Runner<SignUpEffect> = async (effect, context, signal) => {
  const result = await signUp(context.api, { email: effect.email, password: effect.password, connection: context.connection }, signal);
  return result.ok
    ? { type: 'SIGNUP.SUCCESS', requestId: effect.requestId }
    : { type: 'SIGNUP.FAILURE', requestId: effect.requestId, error: result.error, at: context.now() };
};
