import { errorMessageKey, type ApiError, type Operation } from '../api/errors';
import type { MessageKey } from '../i18n/en';
import type { PasswordPolicy } from '../policy';
import { validate } from './guards';
import type { Effect, ErrorPayload, FieldName, HostEventName, MachineEvent, MachineState, Message, ScreenName, Transition } from './machine.types';

type EventOf<T extends MachineEvent['type']> = Extract<MachineEvent, { type: T }>;
type Failure = { readonly error: ApiError; readonly at: number };

export const ignore = (state: MachineState): Transition => ({ state, effects: [] });

/** Only the answer to the request in flight counts; any other arrived too late and is ignored. */
export const current =
  <E extends { requestId: number }>(handler: (state: MachineState, event: E) => Transition) =>
  (state: MachineState, event: E): Transition =>
    state.status === 'pending' && event.requestId === state.requestId ? handler(state, event) : ignore(state);

/** Submitting is possible only when nothing is in flight and no rate-limit wait is running. */
const canSubmit = (state: MachineState) => state.status === 'idle' || state.status === 'error';

export function changeField(state: MachineState, event: EventOf<'FIELD.CHANGE'>): Transition {
  const fieldErrors = { ...state.fieldErrors };
  delete fieldErrors[event.field];
  return { state: { ...state, [event.field]: event.value, fieldErrors }, effects: [] };
}

/** Show or hide a password field's text. */
export function reveal(state: MachineState, { field }: EventOf<'FIELD.REVEAL'>): Transition {
  const revealed = state.revealed.includes(field) ? state.revealed.filter((f) => f !== field) : [...state.revealed, field];
  return { state: { ...state, revealed }, effects: [] };
}

function submitWith(
  state: MachineState,
  fields: readonly FieldName[],
  policy: PasswordPolicy | undefined,
  request: (requestId: number, email: string) => Effect[],
): Transition {
  if (!canSubmit(state) || state.linkProblem) return ignore(state);
  const email = state.email.trim();
  const fieldErrors = validate({ email, password: state.password, confirm: state.confirm }, fields, policy);
  const firstInvalid = fields.find((field) => fieldErrors[field]);
  if (firstInvalid) {
    return { state: { ...state, email, fieldErrors, message: null }, effects: [{ type: 'focus', target: firstInvalid }] };
  }
  // Offline, the submission waits and goes out by itself when the browser is back online.
  if (!state.online) return holdOffline({ ...state, email, fieldErrors: {} });
  const requestId = state.requestId + 1;
  return {
    state: { ...state, email, fieldErrors: {}, status: 'pending', message: null, requestId },
    effects: request(requestId, email),
  };
}

const notify = (event: HostEventName, payload?: Extract<Effect, { type: 'notify' }>['payload']): Effect => ({
  type: 'notify',
  event,
  payload,
});

export const submitLogin = (state: MachineState) =>
  submitWith(state, ['email', 'password'], undefined, (requestId, email) => [
    notify('signin submit'),
    { type: 'login', requestId, email, password: state.password },
  ]);

export const submitForgot = (state: MachineState) =>
  submitWith(state, ['email'], undefined, (requestId, email) => [
    notify('forgot_password submit'),
    { type: 'changePassword', requestId, email },
  ]);

export const submitSignUp = (state: MachineState) =>
  submitWith(state, ['email', 'password'], state.config.passwordPolicy, (requestId, email) => [
    notify('signup submit'),
    { type: 'signUp', requestId, email, password: state.password },
  ]);

export const submitReset = (state: MachineState) =>
  submitWith(state, ['password', 'confirm'], state.config.passwordPolicy, (requestId, email) => [
    notify('password_reset submit'),
    { type: 'resetPassword', requestId, email, password: state.password, confirm: state.confirm },
  ]);

export function loginSucceeded(state: MachineState, event: EventOf<'LOGIN.SUCCESS'>): Transition {
  return {
    state: { ...state, screen: 'signedIn', status: 'idle', password: '', confirm: '', message: null },
    effects: [notify('authenticated', event.tokens), { type: 'focus', target: 'heading' }],
  };
}

/** Back on the login screen with the email kept and a message to read, as after a reset email or a sign-up. */
function toLogin(state: MachineState, message: Message, effects: Effect[]): Transition {
  return {
    state: { ...state, screen: 'login', status: 'idle', password: '', confirm: '', fieldErrors: {}, message },
    effects: [...effects, notify('signin ready'), { type: 'focus', target: 'heading' }],
  };
}

export function forgotSucceeded(state: MachineState): Transition {
  // The same confirmation whether or not the account exists: the API does not say, and neither do we.
  return {
    state: { ...state, screen: 'login', status: 'idle', message: { tone: 'success', key: 'forgot.success' } },
    effects: [notify('forgot_password success'), notify('signin ready'), { type: 'focus', target: 'heading' }],
  };
}

export function signUpSucceeded(state: MachineState): Transition {
  if (!state.config.loginAfterSignUp) {
    return toLogin(state, { tone: 'success', key: 'signUp.success' }, [notify('signup success')]);
  }
  const requestId = state.requestId + 1;
  return {
    state: { ...state, requestId },
    effects: [notify('signup success'), { type: 'login', requestId, email: state.email, password: state.password }],
  };
}

/** The account exists now even though the login after it failed: say why on the login screen. */
export function loginAfterSignUpFailed(state: MachineState, event: EventOf<'LOGIN.FAILURE'>): Transition {
  const failure = failed(state, event, 'login');
  return { state: { ...failure.state, screen: 'login' }, effects: [...failure.effects, notify('signin ready')] };
}

export function resetSucceeded(state: MachineState, event: EventOf<'RESET.SUCCESS'>): Transition {
  // No automatic login after a reset (OWASP): the person logs in with the new password.
  const payload = event.redirectTo ? { email: state.email, redirectTo: event.redirectTo } : { email: state.email };
  return toLogin(state, { tone: 'success', key: 'reset.success' }, [notify('password_reset success', payload)]);
}

const FAILURE_EVENTS: Readonly<Record<Operation, HostEventName>> = {
  login: 'authorization_error',
  changePassword: 'forgot_password error',
  signUp: 'signup error',
  resetPassword: 'password_reset error',
};
const LINK_PROBLEMS: readonly MessageKey[] = ['reset.linkExpired', 'reset.linkUsed', 'reset.linkInvalid'];

export function failed(state: MachineState, { error, at }: Failure, operation: Operation): Transition {
  // The request was lost because the network went away: hold it and send it again when it is back.
  if (error.kind === 'network' && !state.online) return holdOffline(state);
  const key = errorMessageKey(error, operation);
  const payload: ErrorPayload = { error: error.code, errorDescription: error.description, statusCode: error.status };
  const isWait = error.status === 429 && key !== 'error.tooManyAttempts';
  const waitSeconds = isWait ? (error.retryAfter ?? 60) : undefined;
  const clearPassword = key === 'error.invalidCredentials';
  // Only the reset screen has a link that can go dead; the same codes elsewhere are just errors.
  const linkProblem = operation === 'resetPassword' && LINK_PROBLEMS.includes(key) ? key : state.linkProblem;
  const rules = key === 'error.passwordStrength' ? error.rules : undefined;
  // Unused parts stay undefined: the alert reads each one only when it is there.
  const message: Message = {
    tone: 'error',
    key,
    waitSeconds,
    description: key === 'error.accessDenied' ? error.description : undefined,
    rules,
  };
  const waitUntil = waitSeconds !== undefined ? at + waitSeconds * 1000 : null;
  const effects: Effect[] = [notify(FAILURE_EVENTS[operation], payload)];
  if (waitUntil !== null) effects.push({ type: 'scheduleWaitEnd', at: waitUntil });
  const passwordProblem = clearPassword || (error.code === 'invalid_password' && !linkProblem);
  effects.push({ type: 'focus', target: passwordProblem ? 'password' : 'heading' });
  return {
    state: {
      ...state,
      status: waitUntil !== null ? 'waiting' : 'error',
      message,
      waitUntil,
      linkProblem,
      password: clearPassword ? '' : state.password,
    },
    effects,
  };
}

export const OFFLINE_MESSAGE: Message = { tone: 'info', key: 'error.offline' };
export const holdOffline = (state: MachineState): Transition => ({
  state: { ...state, status: 'offline', message: OFFLINE_MESSAGE },
  effects: [],
});

/** The submit event of each screen with a form, to send a held submission again. */
export const SUBMITS: Partial<Record<ScreenName, MachineEvent>> = {
  login: { type: 'LOGIN.SUBMIT' },
  signUp: { type: 'SIGNUP.SUBMIT' },
  forgotPassword: { type: 'FORGOT.SUBMIT' },
  resetPassword: { type: 'RESET.SUBMIT' },
};

export function wentOffline(state: MachineState): Transition {
  // A request in flight may still succeed; only an idle form says at once that the network is gone (the
  // signed-in and unavailable screens have nothing to send).
  const idle = canSubmit(state) && SUBMITS[state.screen] !== undefined;
  return { state: { ...state, online: false, message: idle ? OFFLINE_MESSAGE : state.message }, effects: [] };
}

export function endWait(state: MachineState, event: EventOf<'WAIT.END'>): Transition {
  if (state.status !== 'waiting' || state.waitUntil === null || event.now < state.waitUntil) return ignore(state);
  return { state: { ...state, status: 'idle', waitUntil: null, message: null }, effects: [] };
}

function leave(state: MachineState, screen: ScreenName): Transition {
  // Leaving a screen abandons its request: the response, if it comes, carries a stale id.
  const pending = state.status === 'pending';
  const effects: Effect[] = pending ? [{ type: 'abort' }] : [];
  const ready = readyEffect(screen);
  if (ready) effects.push(ready);
  effects.push({ type: 'focus', target: 'heading' });
  return {
    state: {
      ...state,
      screen,
      status: 'idle',
      message: null,
      fieldErrors: {},
      confirm: '',
      // A dead reset link concerns the reset screen only: the forgot-password form it leads to must work.
      linkProblem: null,
      waitUntil: null,
      requestId: pending ? state.requestId + 1 : state.requestId,
    },
    effects,
  };
}

export const openForgot = (state: MachineState) =>
  state.config.allowForgotPassword ? leave(state, 'forgotPassword') : ignore(state);
export const openLogin = (state: MachineState) => (state.config.allowLogin ? leave(state, 'login') : ignore(state));
export const openSignUp = (state: MachineState) => (state.config.allowSignUp ? leave(state, 'signUp') : ignore(state));

const READY: Partial<Record<ScreenName, HostEventName>> = {
  login: 'signin ready',
  signUp: 'signup ready',
  forgotPassword: 'forgot_password ready',
  resetPassword: 'password_reset ready',
};

export function readyEffect(screen: ScreenName): Effect | undefined {
  const event = READY[screen];
  return event ? notify(event) : undefined;
}
