import type { FailureEvent } from '../../machine/machine.types';

/** What a successful login hands the host page (`authenticated`). */
export interface Tokens {
  readonly accessToken: string;
  readonly idToken?: string;
  readonly expiresIn: number;
  readonly tokenType: string;
  readonly scope?: string;
}

export type LoginEvent =
  | { readonly type: 'LOGIN.SUBMIT' }
  | { readonly type: 'LOGIN.SUCCESS'; readonly requestId: number; readonly tokens: Tokens }
  | ({ readonly type: 'LOGIN.FAILURE' } & FailureEvent)
  /** Opens the login screen from another (the sign-up screen's "Already have an account? Log in"). */
  | { readonly type: 'LOGIN.OPEN' };

export type LoginEffect = { readonly type: 'login'; readonly requestId: number; readonly email: string; readonly password: string };

export interface LoginTypes {
  readonly event: LoginEvent;
  readonly effect: LoginEffect;
  readonly submit: 'LOGIN.SUBMIT';
  readonly payload: Tokens;
}
