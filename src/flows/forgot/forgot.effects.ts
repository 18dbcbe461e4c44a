import type { ApiClient, Result } from '../../api/client';
import type { Runner } from '../flow';
import type { ForgotEffect } from './forgot.types';

/** `POST /dbconnections/change_password`: asks the API to email a reset link. */
export async function changePassword(
  api: ApiClient,
  params: { email: string; connection: string },
  signal?: AbortSignal,
): Promise<Result<void>> {
  // Exactly these three fields: the API refuses `password` under the current reset flow.
  const result = await api.post('/dbconnections/change_password', { client_id: api.clientID, email: params.email, connection: params.connection }, signal);
  return result.ok ? { ok: true, value: undefined } : result;
}

export const runChangePassword: Runner<ForgotEffect> = async (effect, context, signal) => {
  const result = await changePassword(context.api, { email: effect.email, connection: context.connection }, signal);
  return result.ok
    ? { type: 'FORGOT.SUCCESS', requestId: effect.requestId }
    : { type: 'FORGOT.FAILURE', requestId: effect.requestId, error: result.error, at: context.now() };
};
