import type { IdTokenPayload } from '../../auth/jwt';
import type { FailureEvent } from '../../machine/machine.types';

/**
 * What a successful login hands the host page (`authenticated`), in Lock's (auth0-js's) shape: a field the response
 * did not carry is null. The password-realm grant leaves out what it never has.
 */
export interface Tokens {
  readonly accessToken: string | null;
  readonly idToken?: string | null;
  /** The ID token's claims, after its signature and claims were checked. */
  readonly idTokenPayload?: IdTokenPayload | null;
  readonly expiresIn: number | null;
  readonly tokenType: string | null;
  readonly scope?: string | null;
  readonly state?: string | null;
  readonly appState?: unknown;
  readonly refreshToken?: string | null;
  /** `responseType: 'code'` by redirect: the code, for the site's server to exchange. */
  readonly code?: string;
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
