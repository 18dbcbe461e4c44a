import type { FailureEvent } from '../../machine/machine.types';

/** Payload of `password_reset success`: where the hosted page should go next, if the tenant says. */
export interface ResetPayload {
  readonly email: string;
  readonly redirectTo?: string;
}

export type ResetEvent =
  | { readonly type: 'RESET.SUBMIT' }
  | { readonly type: 'RESET.SUCCESS'; readonly requestId: number; readonly redirectTo?: string }
  | ({ readonly type: 'RESET.FAILURE' } & FailureEvent);

export type ResetEffect = {
  readonly type: 'resetPassword';
  readonly requestId: number;
  readonly email: string;
  readonly password: string;
  readonly confirm: string;
};

export interface ResetTypes {
  readonly event: ResetEvent;
  readonly effect: ResetEffect;
  readonly submit: 'RESET.SUBMIT';
  readonly payload: ResetPayload;
}
