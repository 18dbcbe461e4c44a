import { errorMessageKey, type ApiError, type Operation } from '../api/errors';
import { validate } from './guards';
import type {
  Effect,
  ErrorPayload,
  FieldName,
  MachineConfig,
  MachineEvent,
  MachineEventType,
  MachineState,
  ScreenName,
  Transition,
} from './machine.types';

type EventOf<T extends MachineEventType> = Extract<MachineEvent, { type: T }>;
type Handler<T extends MachineEventType> = (state: MachineState, event: EventOf<T>) => Transition;
type ScreenTable = { readonly [T in MachineEventType]?: Handler<T> };

/**
 * The transition table: for each screen, the events it answers and the handler that does it.
 * An event a screen does not list is ignored (same state, no effects).
 */
const machine: { readonly [S in ScreenName]: ScreenTable } = {
  login: {
    'FIELD.CHANGE': changeField,
    'LOGIN.SUBMIT': submitLogin,
    'LOGIN.SUCCESS': (s, e) => (isCurrent(s, e) ? loginSucceeded(s, e) : ignore(s)),
    'LOGIN.FAILURE': (s, e) => (isCurrent(s, e) ? failed(s, e.error, e.at, 'login') : ignore(s)),
    'FORGOT.OPEN': openForgot,
    'WAIT.END': endWait,
  },
  forgotPassword: {
    'FIELD.CHANGE': changeField,
    'FORGOT.SUBMIT': submitForgot,
    'FORGOT.SUCCESS': (s, e) => (isCurrent(s, e) ? forgotSucceeded(s) : ignore(s)),
    'FORGOT.FAILURE': (s, e) => (isCurrent(s, e) ? failed(s, e.error, e.at, 'changePassword') : ignore(s)),
    'FORGOT.BACK': backToLogin,
    'WAIT.END': endWait,
  },
  signedIn: {},
  unrecoverable: {},
};

export function transition(state: MachineState, event: MachineEvent): Transition {
  const handler = machine[state.screen][event.type] as Handler<typeof event.type> | undefined;
  return handler ? handler(state, event as never) : ignore(state);
}

/** The first state for a widget, and the effects of showing its first screen. */
export function initialState(
  config: MachineConfig,
  screen: ScreenName,
  prefill: { email?: string } = {},
): Transition {
  const state: MachineState = {
    config,
    screen,
    status: 'idle',
    email: prefill.email ?? '',
    password: '',
    fieldErrors: {},
    message: screen === 'unrecoverable' ? { tone: 'error', key: 'unrecoverable.body' } : null,
    requestId: 0,
    waitUntil: null,
  };
  return { state, effects: [readyEffect(screen)].filter(isEffect) };
}

// ── guards ────────────────────────────────────────────────────────────────────

const isCurrent = (state: MachineState, event: { requestId: number }) =>
  state.status === 'pending' && event.requestId === state.requestId;

/** Submitting is possible only when nothing is in flight and no rate-limit wait is running. */
const canSubmit = (state: MachineState) => state.status === 'idle' || state.status === 'error';

// ── handlers ──────────────────────────────────────────────────────────────────

function ignore(state: MachineState): Transition {
  return { state, effects: [] };
}

function changeField(state: MachineState, event: EventOf<'FIELD.CHANGE'>): Transition {
  const fieldErrors = { ...state.fieldErrors };
  delete fieldErrors[event.field];
  return { state: { ...state, [event.field]: event.value, fieldErrors }, effects: [] };
}

function submitWith(
  state: MachineState,
  fields: readonly FieldName[],
  request: (requestId: number, email: string) => Effect[],
): Transition {
  if (!canSubmit(state)) return ignore(state);
  const email = state.email.trim();
  const fieldErrors = validate({ email, password: state.password }, fields);
  const firstInvalid = fields.find((field) => fieldErrors[field]);
  if (firstInvalid) {
    return { state: { ...state, email, fieldErrors, message: null }, effects: [{ type: 'focus', target: firstInvalid }] };
  }
  const requestId = state.requestId + 1;
  return {
    state: { ...state, email, fieldErrors: {}, status: 'pending', message: null, requestId },
    effects: request(requestId, email),
  };
}

function submitLogin(state: MachineState): Transition {
  return submitWith(state, ['email', 'password'], (requestId, email) => [
    { type: 'notify', event: 'signin submit' },
    { type: 'login', requestId, email, password: state.password },
  ]);
}

function submitForgot(state: MachineState): Transition {
  return submitWith(state, ['email'], (requestId, email) => [
    { type: 'notify', event: 'forgot_password submit' },
    { type: 'changePassword', requestId, email },
  ]);
}

function loginSucceeded(state: MachineState, event: EventOf<'LOGIN.SUCCESS'>): Transition {
  return {
    state: { ...state, screen: 'signedIn', status: 'idle', password: '', message: null },
    effects: [
      { type: 'notify', event: 'authenticated', payload: event.tokens },
      { type: 'focus', target: 'heading' },
    ],
  };
}

function forgotSucceeded(state: MachineState): Transition {
  // The same confirmation whether or not the account exists: the API does not say, and neither do we.
  return {
    state: {
      ...state,
      screen: 'login',
      status: 'idle',
      message: { tone: 'success', key: 'forgot.success' },
    },
    effects: [
      { type: 'notify', event: 'forgot_password success' },
      { type: 'notify', event: 'signin ready' },
      { type: 'focus', target: 'heading' },
    ],
  };
}

function failed(state: MachineState, error: ApiError, at: number, operation: Operation): Transition {
  const key = errorMessageKey(error, operation);
  const payload: ErrorPayload = { error: error.code, errorDescription: error.description, statusCode: error.status };
  const notify: Effect =
    operation === 'login'
      ? { type: 'notify', event: 'authorization_error', payload }
      : { type: 'notify', event: 'forgot_password error', payload };
  const isWait = error.status === 429 && key !== 'error.tooManyAttempts';
  const waitSeconds = isWait ? (error.retryAfter ?? 60) : undefined;
  const clearPassword = key === 'error.invalidCredentials';
  const message = {
    tone: 'error' as const,
    key,
    ...(waitSeconds !== undefined ? { waitSeconds } : {}),
    ...(key === 'error.accessDenied' ? { description: error.description } : {}),
  };
  const waitUntil = waitSeconds !== undefined ? at + waitSeconds * 1000 : null;
  const effects: Effect[] = [notify];
  if (waitUntil !== null) effects.push({ type: 'scheduleWaitEnd', at: waitUntil });
  effects.push({ type: 'focus', target: clearPassword ? 'password' : 'heading' });
  return {
    state: {
      ...state,
      status: waitUntil !== null ? 'waiting' : 'error',
      message,
      waitUntil,
      password: clearPassword ? '' : state.password,
    },
    effects,
  };
}

function endWait(state: MachineState, event: EventOf<'WAIT.END'>): Transition {
  if (state.status !== 'waiting' || state.waitUntil === null || event.now < state.waitUntil) return ignore(state);
  return { state: { ...state, status: 'idle', waitUntil: null, message: null }, effects: [] };
}

function leave(state: MachineState, screen: ScreenName): Transition {
  // Leaving a screen abandons its request: the response, if it comes, carries a stale id.
  const effects: Effect[] = state.status === 'pending' ? [{ type: 'abort' }] : [];
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
      waitUntil: null,
      requestId: state.status === 'pending' ? state.requestId + 1 : state.requestId,
    },
    effects,
  };
}

function openForgot(state: MachineState): Transition {
  return state.config.allowForgotPassword ? leave(state, 'forgotPassword') : ignore(state);
}

function backToLogin(state: MachineState): Transition {
  return state.config.allowLogin ? leave(state, 'login') : ignore(state);
}

function readyEffect(screen: ScreenName): Effect | undefined {
  if (screen === 'login') return { type: 'notify', event: 'signin ready' };
  if (screen === 'forgotPassword') return { type: 'notify', event: 'forgot_password ready' };
  return undefined;
}

function isEffect(effect: Effect | undefined): effect is Effect {
  return effect !== undefined;
}
