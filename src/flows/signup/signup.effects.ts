import type { ApiClient, Result } from '../../api/client';
import type { Runner } from '../flow';
import type { SignUpEffect } from './signup.types';

/** `POST /dbconnections/signup`: creates the account in the database connection. */
export async function signUp(
  api: ApiClient,
  params: { email: string; password: string; connection: string; extras?: Readonly<Record<string, unknown>> },
  signal?: AbortSignal,
): Promise<Result<void>> {
  // The site's fields first, so none of them (given_name, ...) can stand for the account's own.
  const result = await api.post(
    '/dbconnections/signup',
    { ...params.extras, client_id: api.clientID, email: params.email, password: params.password, connection: params.connection },
    signal,
  );
  return result.ok ? { ok: true, value: undefined } : result;
}

export const runSignUp: Runner<SignUpEffect> = async (effect, context, signal) => {
  const result = await signUp(context.api, { email: effect.email, password: effect.password, connection: context.connection, extras: effect.extras }, signal);
  return result.ok
    ? { type: 'SIGNUP.SUCCESS', requestId: effect.requestId }
    : { type: 'SIGNUP.FAILURE', requestId: effect.requestId, error: result.error, at: context.now() };
};
