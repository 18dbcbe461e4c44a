import type { ApiClient, Result } from '../../api/client';
import type { Runner } from '../flow';
import type { ResetEffect } from './reset.types';

export interface ResetParams {
  readonly ticket: string;
  readonly csrf: string;
  readonly email: string;
  readonly newPassword: string;
  readonly confirmNewPassword: string;
}

/** The hosted reset page's form post (`POST /lo/reset`, form-encoded as the page sends it). */
export async function resetPassword(api: ApiClient, params: ResetParams, signal?: AbortSignal): Promise<Result<{ redirectTo?: string }>> {
  const result = await api.post(
    '/lo/reset',
    {
      _csrf: params.csrf,
      ticket: params.ticket,
      email: params.email,
      newPassword: params.newPassword,
      confirmNewPassword: params.confirmNewPassword,
    },
    signal,
    true,
  );
  if (!result.ok) return result;
  const redirectTo = (result.value as { redirectTo?: unknown } | undefined)?.redirectTo;
  // Only a web address may be followed; the page navigates there, so never a javascript: URL.
  return { ok: true, value: typeof redirectTo === 'string' && /^https?:\/\//i.test(redirectTo) ? { redirectTo } : {} };
}

export const runResetPassword: Runner<ResetEffect> = async (effect, context, signal) => {
  const result = await resetPassword(
    context.api,
    {
      ticket: context.reset?.ticket ?? '',
      csrf: context.reset?.csrf ?? '',
      email: effect.email,
      newPassword: effect.password,
      confirmNewPassword: effect.confirm,
    },
    signal,
  );
  return result.ok
    ? { type: 'RESET.SUCCESS', requestId: effect.requestId, ...result.value }
    : { type: 'RESET.FAILURE', requestId: effect.requestId, error: result.error, at: context.now() };
};
