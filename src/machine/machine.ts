import * as h from './handlers';
import type { MachineConfig, MachineEvent, MachineEventType, MachineState, ScreenName, Transition } from './machine.types';

type EventOf<T extends MachineEventType> = Extract<MachineEvent, { type: T }>;
type Handler<T extends MachineEventType> = (state: MachineState, event: EventOf<T>) => Transition;
type ScreenTable = { readonly [T in MachineEventType]?: Handler<T> };

/** Typing, and the end of a 429 wait, on every screen with a form; the password screens can also show the password. */
const form: ScreenTable = { 'FIELD.CHANGE': h.changeField, 'WAIT.END': h.endWait };
const passwordForm: ScreenTable = { ...form, 'FIELD.REVEAL': h.reveal };

/**
 * The transition table: for each screen, the events it answers and the handler that does it.
 * An event a screen does not list is ignored (same state, no effects). Result events are checked against
 * the request they answer (`current`), so a late answer for an abandoned request changes nothing.
 */
const machine: { readonly [S in ScreenName]: ScreenTable } = {
  login: {
    ...passwordForm,
    'LOGIN.SUBMIT': h.submitLogin,
    'LOGIN.SUCCESS': h.current(h.loginSucceeded),
    'LOGIN.FAILURE': h.current((s, e) => h.failed(s, e, 'login')),
    'FORGOT.OPEN': h.openForgot,
    'SIGNUP.OPEN': h.openSignUp,
  },
  signUp: {
    ...passwordForm,
    'SIGNUP.SUBMIT': h.submitSignUp,
    'SIGNUP.SUCCESS': h.current(h.signUpSucceeded),
    'SIGNUP.FAILURE': h.current((s, e) => h.failed(s, e, 'signUp')),
    // With loginAfterSignUp, the login that follows a sign-up is answered on this screen.
    'LOGIN.SUCCESS': h.current(h.loginSucceeded),
    'LOGIN.FAILURE': h.current(h.loginAfterSignUpFailed),
    'LOGIN.OPEN': h.openLogin,
  },
  forgotPassword: {
    ...form,
    'FORGOT.SUBMIT': h.submitForgot,
    'FORGOT.SUCCESS': h.current(h.forgotSucceeded),
    'FORGOT.FAILURE': h.current((s, e) => h.failed(s, e, 'changePassword')),
    'FORGOT.BACK': h.openLogin,
  },
  resetPassword: {
    ...passwordForm,
    'RESET.SUBMIT': h.submitReset,
    'RESET.SUCCESS': h.current(h.resetSucceeded),
    'RESET.FAILURE': h.current((s, e) => h.failed(s, e, 'resetPassword')),
    'FORGOT.OPEN': h.openForgot,
  },
  signedIn: {},
  unrecoverable: {},
};

/** Events every screen answers the same way. */
const always: ScreenTable = {
  'NETWORK.OFFLINE': h.wentOffline,
  'NETWORK.ONLINE': cameOnline,
};

/** Back online: a held submission goes out now, exactly as if the person had pressed the button again. */
function cameOnline(state: MachineState): Transition {
  const online = { ...state, online: true };
  const submit = h.SUBMITS[state.screen];
  if (state.status === 'offline' && submit) return transition({ ...online, status: 'idle', message: null }, submit);
  return h.ignore(state.message?.key === 'error.offline' ? { ...online, message: null } : online);
}

export function transition(state: MachineState, event: MachineEvent): Transition {
  const handler = (machine[state.screen][event.type] ?? always[event.type]) as Handler<typeof event.type> | undefined;
  return handler ? handler(state, event as never) : h.ignore(state);
}

/** The first state for a widget, and the effects of showing its first screen. */
export function initialState(
  config: MachineConfig,
  screen: ScreenName,
  prefill: { email?: string; linkProblem?: MachineState['linkProblem']; online?: boolean } = {},
): Transition {
  const state: MachineState = {
    config,
    screen,
    status: 'idle',
    email: prefill.email ?? '',
    password: '',
    confirm: '',
    revealed: [],
    linkProblem: prefill.linkProblem ?? null,
    fieldErrors: {},
    message:
      screen === 'unrecoverable'
        ? { tone: 'error', key: 'unrecoverable.body' }
        : prefill.linkProblem
          ? { tone: 'error', key: prefill.linkProblem }
          : null,
    requestId: 0,
    online: prefill.online ?? true,
    waitUntil: null,
  };
  const ready = h.readyEffect(screen);
  return { state, effects: ready ? [ready] : [] };
}
