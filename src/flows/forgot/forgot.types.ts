import type { FailureEvent } from '../../machine/machine.types';

export type ForgotEvent =
  /** Opens the forgot-password screen ("Don't remember your password?", or a dead reset link's "Send me a new link"). */
  | { readonly type: 'FORGOT.OPEN' }
  | { readonly type: 'FORGOT.BACK' }
  | { readonly type: 'FORGOT.SUBMIT' }
  | { readonly type: 'FORGOT.SUCCESS'; readonly requestId: number }
  | ({ readonly type: 'FORGOT.FAILURE' } & FailureEvent);

export type ForgotEffect = { readonly type: 'changePassword'; readonly requestId: number; readonly email: string };

export interface ForgotTypes {
  readonly event: ForgotEvent;
  readonly effect: ForgotEffect;
  readonly submit: 'FORGOT.SUBMIT';
  readonly payload: never;
}
