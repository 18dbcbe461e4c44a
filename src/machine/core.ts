// The handlers every flow builds on: typing, showing a password, submitting with validation, failing, waiting out
// a 429, going offline and coming back, and moving between screens. A flow's rows (src/flows/*/…machine.ts) name
// these or its own handlers; nothing here knows which flows exist.
import type { MessageKey } from '../i18n/en';
import type { PasswordPolicy } from '../policy';
import { errorMessageKey, type Operation } from './errors';
import { validate } from './guards';
import type {
  CoreEffect,
  Effect,
  ErrorPayload,
  FailureEvent,
  FieldName,
  HostEventName,
  MachineEvent,
  MachineEventType,
  MachineState,
  Message,
  ScreenName,
  Transition,
} from './machine.types';

export type EventOf<T extends MachineEventType> = Extract<MachineEvent, { type: T }>;
export type Handler<T extends MachineEventType> = (state: MachineState, event: EventOf<T>) => Transition;
/** The events one screen answers, each with its handler; an event a screen does not list is ignored. */
export type ScreenTable = { readonly [T in MachineEventType]?: Handler<T> };

export const ignore = (state: MachineState): Transition => ({ state, effects: [] });

/** Only the answer to the request in flight counts; any other arrived too late and is ignored. */
export const current =
  <E extends { requestId: number }>(handler: (state: MachineState, event: E) => Transition) =>
  (state: MachineState, event: E): Transition =>
    state.status === 'pending' && event.requestId === state.requestId ? handler(state, event) : ignore(state);

/** Submitting is possible only when nothing is in flight and no rate-limit wait is running. */
export const canSubmit = (state: MachineState): boolean => state.status === 'idle' || state.status === 'error';

export const notify = (event: HostEventName, payload?: Extract<CoreEffect, { type: 'notify' }>['payload']): Effect => ({
  type: 'notify',
  event,
  payload,
});

export function changeField(state: MachineState, event: EventOf<'FIELD.CHANGE'>): Transition {
  const fieldErrors = { ...state.fieldErrors };
  delete fieldErrors[event.field];
  return { state: { ...state, [event.field]: event.value, fieldErrors, typed: true }, effects: [] };
}

/** Show or hide a password field's text. */
export function reveal(state: MachineState, { field }: EventOf<'FIELD.REVEAL'>): Transition {
  const revealed = state.revealed.includes(field) ? state.revealed.filter((f) => f !== field) : [...state.revealed, field];
  return { state: { ...state, revealed }, effects: [] };
}

export function endWait(state: MachineState, event: EventOf<'WAIT.END'>): Transition {
  if (state.status !== 'waiting' || state.waitUntil === null || event.now < state.waitUntil) return ignore(state);
  return { state: { ...state, status: 'idle', waitUntil: null, message: null }, effects: [] };
}

/** Typing, and the end of a 429 wait, on every screen with a form; the password screens can also show the password. */
export const form: ScreenTable = { 'FIELD.CHANGE': changeField, 'WAIT.END': endWait };
export const passwordForm: ScreenTable = { ...form, 'FIELD.REVEAL': reveal };

export const OFFLINE_MESSAGE: Message = { tone: 'info', key: 'error.offline' };
export const holdOffline = (state: MachineState): Transition => ({
  state: { ...state, status: 'offline', message: OFFLINE_MESSAGE },
  effects: [],
});

/**
 * Says `submitted` (as Lock: on every press of the button, before the fields are checked), validates `fields` (a
 * policy makes the password a new one that must meet it), then sends: `request` gives the effects for the new request
 * id and the trimmed email. Offline, the submission is held and goes out by itself when the browser is back online.
 */
export function submitWith(
  state: MachineState,
  fields: readonly FieldName[],
  policy: PasswordPolicy | undefined,
  submitted: HostEventName,
  request: (requestId: number, email: string) => Effect[],
): Transition {
  if (!canSubmit(state) || state.linkProblem) return ignore(state);
  const said = notify(submitted);
  const email = state.email.trim();
  const values = { email, username: state.username, usernameRange: state.config.usernameRange, password: state.password, confirm: state.confirm };
  const fieldErrors = validate(values, fields, policy);
  const firstInvalid = fields.find((field) => fieldErrors[field]);
  if (firstInvalid) {
    return { state: { ...state, email, fieldErrors, message: null }, effects: [said, { type: 'focus', target: firstInvalid }] };
  }
  if (!state.online) return { ...holdOffline({ ...state, email, fieldErrors: {} }), effects: [said] };
  const requestId = state.requestId + 1;
  return {
    state: { ...state, email, fieldErrors: {}, status: 'pending', message: null, requestId },
    effects: [said, ...request(requestId, email)],
  };
}

/** How a flow's request failure is told: which request, which host event, and whether it can kill a reset link. */
export interface FailureKind {
  readonly operation: Operation;
  readonly event: HostEventName;
  /** Codes that mean the reset link is dead turn the screen into "ask for a new link" (the reset screen only). */
  readonly deadLink?: boolean;
}

const LINK_PROBLEMS: readonly MessageKey[] = ['reset.linkExpired', 'reset.linkUsed', 'reset.linkInvalid'];

export function failed(state: MachineState, { error, at }: FailureEvent, kind: FailureKind): Transition {
  // The request was lost because the network went away: hold it and send it again when it is back.
  if (error.kind === 'network' && !state.online) return holdOffline(state);
  const key = errorMessageKey(error, kind.operation);
  const payload: ErrorPayload = { error: error.code, errorDescription: error.description, statusCode: error.status };
  const isWait = error.status === 429 && key !== 'error.tooManyAttempts';
  const waitSeconds = isWait ? (error.retryAfter ?? 60) : undefined;
  const clearPassword = key === 'error.invalidCredentials';
  const linkProblem = kind.deadLink && LINK_PROBLEMS.includes(key) ? key : state.linkProblem;
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
  const effects: Effect[] = [notify(kind.event, payload)];
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

/** A failure handler for a flow's `….FAILURE` row, answering only the request in flight. */
export const failure = (kind: FailureKind) => current((state: MachineState, event: FailureEvent) => failed(state, event, kind));

/**
 * Moves to another screen, announcing it with `ready`. Leaving a screen abandons its request: the response, if
 * it comes, carries a stale id.
 */
export function leave(state: MachineState, screen: ScreenName, ready: HostEventName | null): Transition {
  const pending = state.status === 'pending';
  const effects: Effect[] = pending ? [{ type: 'abort' }] : [];
  if (ready) effects.push(notify(ready));
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

/** The handler of an event that opens `screen` from another one, when the widget's config allows that screen. */
export const opener =
  (screen: ScreenName, ready: HostEventName, allowed: (config: MachineState['config']) => boolean) =>
  (state: MachineState): Transition =>
    allowed(state.config) ? leave(state, screen, ready) : ignore(state);
