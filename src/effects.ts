import type { ApiClient } from './api/client';
import type { Effect, MachineEvent, ResetTicket } from './machine/machine.types';

/** What the API effects need besides the machine's state. */
export interface EffectContext {
  readonly api: ApiClient;
  readonly connection: string;
  readonly scope: string;
  readonly audience?: string;
  readonly reset?: ResetTicket | null;
  readonly now: () => number;
}

type RequestEffect = Extract<Effect, { type: 'login' | 'changePassword' | 'signUp' | 'resetPassword' }>;
type Runner<T extends RequestEffect['type']> = (
  effect: Extract<RequestEffect, { type: T }>,
  context: EffectContext,
  signal: AbortSignal,
) => Promise<MachineEvent>;

/** The only caller of the API client: runs a request effect and answers with the machine's result event. */
export const requestEffects: { readonly [T in RequestEffect['type']]: Runner<T> } = {
  async login(effect, context, signal) {
    const result = await context.api.login(
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
  },
  async changePassword(effect, context, signal) {
    const result = await context.api.changePassword({ email: effect.email, connection: context.connection }, signal);
    return result.ok
      ? { type: 'FORGOT.SUCCESS', requestId: effect.requestId }
      : { type: 'FORGOT.FAILURE', requestId: effect.requestId, error: result.error, at: context.now() };
  },
  async signUp(effect, context, signal) {
    const result = await context.api.signUp(
      { email: effect.email, password: effect.password, connection: context.connection },
      signal,
    );
    return result.ok
      ? { type: 'SIGNUP.SUCCESS', requestId: effect.requestId }
      : { type: 'SIGNUP.FAILURE', requestId: effect.requestId, error: result.error, at: context.now() };
  },
  async resetPassword(effect, context, signal) {
    const result = await context.api.resetPassword(
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
  },
};

export const isRequestEffect = (effect: Effect): effect is RequestEffect => effect.type in requestEffects;
