import type { MessageKey } from '../i18n/en';
import type { PasswordPolicy, RuleCheck } from '../policy';
import type { FlowEffect, FlowEvent, FlowPayload, FlowScreen } from '../flows/flows.types';
import type { RequestError } from './errors';
import type { Choice, FieldProblem, SignUpField } from '../flows/signup/fields';
import type { Account } from '../flows/lastLogin/lastLogin.types';

/**
 * The screens a person can see: one per flow (src/flows/), plus two the core draws itself. `unrecoverable` is
 * shown instead of a blank box when the widget was given options it cannot work with.
 */
export type ScreenName = FlowScreen | 'signedIn' | 'unrecoverable';
export type { FlowScreen };

/**
 * What the current screen is doing: editing, waiting for the server, showing an error, waiting out a 429, or
 * holding a submission until the network is back ('offline').
 */
export type Status = 'idle' | 'pending' | 'error' | 'waiting' | 'offline';

export type FieldName = 'email' | 'username' | 'password' | 'confirm';
/** Where focus can be sent: the title, a field, the terms' checkbox, or the nth of the additional sign-up fields. */
export type FocusTarget = 'heading' | FieldName | 'terms' | `extra-${number}`;
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

/** Settings the machine's guards need: the options', updated once by the connection's own settings (CONFIG.LOADED). */
export interface MachineConfig {
  readonly allowLogin: boolean;
  readonly allowForgotPassword: boolean;
  readonly allowSignUp: boolean;
  readonly loginAfterSignUp: boolean;
  readonly passwordPolicy: PasswordPolicy;
  /** Lock's additionalSignUpFields, those it would use (src/flows/signup/fields.ts). */
  readonly additionalSignUpFields: readonly SignUpField[];
  readonly mustAcceptTerms: boolean;
  /** Lock's usernameStyle: with a username connection, whether login takes a username, an email, or either (null). */
  readonly usernameStyle: 'email' | 'username' | null;
  /** The connection asks for a username at sign-up (its settings' `requires_username`). */
  readonly requiresUsername?: boolean;
  /** The username's length at sign-up (its settings' `validation.username`); none: it only has to be there. */
  readonly usernameRange?: { readonly min: number; readonly max: number } | null;
}

export interface MachineState {
  readonly config: MachineConfig;
  readonly screen: ScreenName;
  readonly status: Status;
  readonly email: string;
  /** A username connection's username (sign-up), or the username or email a person logs in with. */
  readonly username: string;
  readonly password: string;
  readonly confirm: string;
  /** Password fields currently shown as plain text. */
  readonly revealed: readonly FieldName[];
  /** Set when the reset link cannot be used any more; the reset screen then offers a new email instead. */
  readonly linkProblem: MessageKey | null;
  readonly fieldErrors: Readonly<Partial<Record<FieldName, MessageKey>>>;
  /** The additional sign-up fields' values by name, once typed, chosen or loaded (until then, what they start with). */
  readonly extra: Readonly<Record<string, string>>;
  /** Their problems by name, and the terms' (TERMS), from the last submit. */
  readonly extraProblems: Readonly<Record<string, FieldProblem>>;
  /** Select choices a site's function gave, by field name; null: the function failed. */
  readonly choices: Readonly<Record<string, readonly Choice[] | null>>;
  /** Whether the terms' box is ticked. */
  readonly terms: boolean;
  /** Whether the person has typed in a field (a prefilled value is not typing). */
  readonly typed: boolean;
  /** The account of the session found for rememberLastLogin; false once the person said it is not theirs. */
  readonly account: Account | null | false;
  readonly message: Message | null;
  /** Id of the latest request; a response carrying any other id arrived too late and is ignored. */
  readonly requestId: number;
  /** Whether the browser says it is online (`navigator.onLine` and its events). */
  readonly online: boolean;
  /** Epoch ms at which a 429 wait ends, while status is 'waiting'. */
  readonly waitUntil: number | null;
}

/** Events every screen shares: typing, showing a password, the end of a wait, the network coming and going. */
export type CoreEvent =
  | { readonly type: 'FIELD.CHANGE'; readonly field: FieldName; readonly value: string }
  | { readonly type: 'FIELD.REVEAL'; readonly field: FieldName }
  /** An additional sign-up field's value: typed, chosen, or given by the site's prefill function. */
  | { readonly type: 'EXTRA.CHANGE'; readonly name: string; readonly value: string }
  /** A select's choices, given by the site's function (null: it failed). */
  | { readonly type: 'EXTRA.CHOICES'; readonly name: string; readonly choices: readonly Choice[] | null }
  | { readonly type: 'WAIT.END'; readonly now: number }
  | { readonly type: 'NETWORK.OFFLINE' }
  | { readonly type: 'NETWORK.ONLINE' }
  /** The connection's settings, read from the client-settings document after the widget started. */
  | { readonly type: 'CONFIG.LOADED'; readonly config: Partial<MachineConfig> };

/** Every event: the core's and each flow's (src/flows/flows.types.ts lists the flows). */
export type MachineEvent = CoreEvent | FlowEvent;
export type MachineEventType = MachineEvent['type'];

/** The failure event every request answers with when it fails (`LOGIN.FAILURE`, `FORGOT.FAILURE`, …). */
export interface FailureEvent {
  readonly requestId: number;
  readonly error: RequestError;
  /** When the answer arrived (epoch ms): a 429's wait counts from here. */
  readonly at: number;
}

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
  'hash_parsed',
] as const;

export type HostEventName = (typeof HOST_EVENTS)[number];

/**
 * Lock's events for what Latch does not do yet (social, enterprise and passwordless logins, Lock's SSO data):
 * `on()` takes them, so a Lock site's listeners attach, and they never fire.
 */
export type LockOnlyEventName =
  | 'socialOrPhoneNumber ready'
  | 'socialOrEmail ready'
  | 'vcode ready'
  | 'socialOrPhoneNumber submit'
  | 'socialOrEmail submit'
  | 'vcode submit'
  | 'federated login'
  | 'ssodata fetched'
  | 'sso login';

/** Public shape of an error in `authorization_error` and `forgot_password error`. */
export interface ErrorPayload {
  readonly error: string;
  readonly errorDescription: string;
  readonly statusCode: number;
}

/** Effects the store runs itself; each flow adds request effects of its own, run by its runners. */
export type CoreEffect =
  | { readonly type: 'abort' }
  | { readonly type: 'scheduleWaitEnd'; readonly at: number }
  | { readonly type: 'focus'; readonly target: FocusTarget }
  | { readonly type: 'notify'; readonly event: HostEventName; readonly payload?: ErrorPayload | FlowPayload };

/** A request a flow asks for: the store aborts any earlier one and runs it with the flow's runner. */
export type RequestEffect = FlowEffect;
export type Effect = CoreEffect | RequestEffect;
export type EffectType = Effect['type'];

export interface Transition {
  readonly state: MachineState;
  readonly effects: readonly Effect[];
}
