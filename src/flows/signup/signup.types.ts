import type { FailureEvent } from '../../machine/machine.types';

export type SignUpEvent =
  /** Opens the sign-up screen from the login screen ("Don't have an account? Sign up"). */
  | { readonly type: 'SIGNUP.OPEN' }
  | { readonly type: 'SIGNUP.SUBMIT' }
  /** Ticks or unticks the terms' box. */
  | { readonly type: 'TERMS.TOGGLE' }
  | { readonly type: 'SIGNUP.SUCCESS'; readonly requestId: number }
  | ({ readonly type: 'SIGNUP.FAILURE' } & FailureEvent);

export type SignUpEffect = {
  readonly type: 'signUp';
  readonly requestId: number;
  readonly email: string;
  readonly password: string;
  /** The additional fields as sent: `user_metadata`, and the fields stored at the root. */
  readonly extras: Readonly<Record<string, unknown>>;
};

export interface SignUpTypes {
  readonly event: SignUpEvent;
  readonly effect: SignUpEffect;
  readonly submit: 'SIGNUP.SUBMIT';
  readonly payload: never;
}
