import type { ApiError } from '../api/errors';
import type { Tokens } from '../api/client';
import type { MessageKey } from '../i18n/en';
import type { PasswordPolicy, RuleCheck } from '../policy';

/** The screens a person can see. */
/** `unrecoverable` is shown instead of a blank box when the widget was given options it cannot work with. */
export type ScreenName = 'login' | 'signUp' | 'forgotPassword' | 'resetPassword' | 'signedIn' | 'unrecoverable';

/**
 * What the current screen is doing: editing, waiting for the server, showing an error, waiting out a 429, or
 * holding a submission until the network is back ('offline').
 */
export type Status = 'idle' | 'pending' | 'error' | 'waiting' | 'offline';

export type FieldName = 'email' | 'password' | 'confirm';
export type FocusTarget = 'heading' | FieldName;
export type Tone = 'error' | 'success' | 'info';

/** A message for the live region: a dictionary key, plus the wait in seconds for 429s, or server text. */
export interface Message {
  readonly tone: Tone;
  readonly key: MessageKey;
  readonly waitSeconds?: number;
  readonly description?: string;
  /** The rules a server said a new password broke, shown under the message. */
  readonly rules?: readonly RuleCheck[];
}

/** The reset link the hosted reset page was opened with. */
export interface ResetTicket {
  readonly ticket: string;
  readonly csrf: string;
}

/** Settings the machine's guards need; fixed for the life of a widget. */
export interface MachineConfig {
  readonly allowLogin: boolean;
  readonly allowForgotPassword: boolean;
  readonly allowSignUp: boolean;
  readonly loginAfterSignUp: boolean;
  readonly passwordPolicy: PasswordPolicy;
}

export interface MachineState {
  readonly config: MachineConfig;
  readonly screen: ScreenName;
  readonly status: Status;
  readonly email: string;
  readonly password: string;
  readonly confirm: string;
  /** Password fields currently shown as plain text. */
  readonly revealed: readonly FieldName[];
  /** Set when the reset link cannot be used any more; the reset screen then offers a new email instead. */
  readonly linkProblem: MessageKey | null;
  readonly fieldErrors: Readonly<Partial<Record<FieldName, MessageKey>>>;
  readonly message: Message | null;
  /** Id of the latest request; a response carrying any other id arrived too late and is ignored. */
  readonly requestId: number;
  /** Whether the browser says it is online (`navigator.onLine` and its events). */
  readonly online: boolean;
  /** Epoch ms at which a 429 wait ends, while status is 'waiting'. */
  readonly waitUntil: number | null;
}

export type MachineEvent =
  | { readonly type: 'FIELD.CHANGE'; readonly field: FieldName; readonly value: string }
  | { readonly type: 'FIELD.REVEAL'; readonly field: FieldName }
  | { readonly type: 'LOGIN.SUBMIT' }
  | { readonly type: 'LOGIN.SUCCESS'; readonly requestId: number; readonly tokens: Tokens }
  | { readonly type: 'LOGIN.FAILURE'; readonly requestId: number; readonly error: ApiError; readonly at: number }
  | { readonly type: 'LOGIN.OPEN' }
  | { readonly type: 'SIGNUP.OPEN' }
  | { readonly type: 'SIGNUP.SUBMIT' }
  | { readonly type: 'SIGNUP.SUCCESS'; readonly requestId: number }
  | { readonly type: 'SIGNUP.FAILURE'; readonly requestId: number; readonly error: ApiError; readonly at: number }
  | { readonly type: 'RESET.SUBMIT' }
  | { readonly type: 'RESET.SUCCESS'; readonly requestId: number; readonly redirectTo?: string }
  | { readonly type: 'RESET.FAILURE'; readonly requestId: number; readonly error: ApiError; readonly at: number }
  | { readonly type: 'FORGOT.OPEN' }
  | { readonly type: 'FORGOT.BACK' }
  | { readonly type: 'FORGOT.SUBMIT' }
  | { readonly type: 'FORGOT.SUCCESS'; readonly requestId: number }
  | { readonly type: 'FORGOT.FAILURE'; readonly requestId: number; readonly error: ApiError; readonly at: number }
  | { readonly type: 'WAIT.END'; readonly now: number }
  | { readonly type: 'NETWORK.OFFLINE' }
  | { readonly type: 'NETWORK.ONLINE' };

export type MachineEventType = MachineEvent['type'];

/** Events the widget emits to the host page (Lock's names, plus two Lock lacks); `<latch-login>` re-dispatches each. */
export const HOST_EVENTS = [
  'show',
  'hide',
  'authenticated',
  'authorization_error',
  'unrecoverable_error',
  'signin ready',
  'signin submit',
  'forgot_password ready',
  'forgot_password submit',
  'forgot_password success',
  'forgot_password error',
  'signup ready',
  'signup submit',
  'signup success',
  'signup error',
  'password_reset ready',
  'password_reset submit',
  'password_reset success',
  'password_reset error',
] as const;

export type HostEventName = (typeof HOST_EVENTS)[number];

/** Public shape of an error in `authorization_error` and `forgot_password error`. */
export interface ErrorPayload {
  readonly error: string;
  readonly errorDescription: string;
  readonly statusCode: number;
}

export type Effect =
  | { readonly type: 'login'; readonly requestId: number; readonly email: string; readonly password: string }
  | { readonly type: 'changePassword'; readonly requestId: number; readonly email: string }
  | { readonly type: 'signUp'; readonly requestId: number; readonly email: string; readonly password: string }
  | {
      readonly type: 'resetPassword';
      readonly requestId: number;
      readonly email: string;
      readonly password: string;
      readonly confirm: string;
    }
  | { readonly type: 'abort' }
  | { readonly type: 'scheduleWaitEnd'; readonly at: number }
  | { readonly type: 'focus'; readonly target: FocusTarget }
  | { readonly type: 'notify'; readonly event: HostEventName; readonly payload?: Tokens | ErrorPayload | ResetPayload };

/** Payload of `password_reset success`: where the hosted page should go next, if the tenant says. */
export interface ResetPayload {
  readonly email: string;
  readonly redirectTo?: string;
}

export type EffectType = Effect['type'];

export interface Transition {
  readonly state: MachineState;
  readonly effects: readonly Effect[];
}
