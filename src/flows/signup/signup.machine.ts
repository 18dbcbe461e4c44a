import { current, failed, failure, notify, opener, passwordForm, submitWith } from '../../machine/core';
import type { EventOf } from '../../machine/core';
import type { MachineState, Transition } from '../../machine/machine.types';
import { loginSucceeded, READY as LOGIN_READY, toLogin } from '../login/login.machine';
import type { FlowRows } from '../flow';
import { checkFields, signUpExtras, TERMS } from './fields';

export const READY = 'signup ready';

/**
 * Email and password as every form checks them, then the site's additional fields and the terms: any problem and
 * nothing is sent; focus goes to the first field with one, in the order they are on screen.
 */
export function submitSignUp(state: MachineState): Transition {
  const username = state.config.requiresUsername;
  const sent = submitWith(state, username ? ['email', 'username', 'password'] : ['email', 'password'], state.config.passwordPolicy, 'signup submit', (requestId, email) => [
    { type: 'signUp', requestId, email, password: state.password, extras: username ? { ...signUpExtras(state), username: state.username.trim() } : signUpExtras(state) },
  ]);
  if (sent.state === state) return sent; // not a time to submit (a request or a wait is running)
  const { problems, first } = checkFields(state);
  if (!first || Object.keys(sent.state.fieldErrors).length) return { ...sent, state: { ...sent.state, extraProblems: problems } };
  return {
    state: { ...state, email: sent.state.email, fieldErrors: {}, extraProblems: problems, message: null },
    effects: [notify('signup submit'), { type: 'focus', target: first }],
  };
}

export const toggleTerms = (state: MachineState): Transition => {
  const extraProblems = { ...state.extraProblems };
  delete extraProblems[TERMS];
  return { state: { ...state, terms: !state.terms, extraProblems }, effects: [] };
};

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
  const result = failed(state, event, { operation: 'login', event: 'authorization_error' });
  return { state: { ...result.state, screen: 'login' }, effects: [...result.effects, notify(LOGIN_READY)] };
}

export const openSignUp = opener('signUp', READY, (config) => config.allowSignUp);

/** Typed against FlowRows, so a misspelt event name does not compile. */
export const rows = {
  signUp: {
    ...passwordForm,
    'SIGNUP.SUBMIT': submitSignUp,
    'TERMS.TOGGLE': toggleTerms,
    'SIGNUP.SUCCESS': current(signUpSucceeded),
    'SIGNUP.FAILURE': failure({ operation: 'signUp', event: 'signup error' }),
    // With loginAfterSignUp, the login that follows a sign-up is answered on this screen.
    'LOGIN.SUCCESS': current(loginSucceeded),
    'LOGIN.FAILURE': current(loginAfterSignUpFailed),
  },
  login: { 'SIGNUP.OPEN': openSignUp },
} satisfies FlowRows<'signUp'>;
