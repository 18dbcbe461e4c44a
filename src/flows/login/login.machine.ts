import { current, failure, notify, opener, passwordForm, submitWith } from '../../machine/core';
import type { EventOf } from '../../machine/core';
import type { Effect, MachineConfig, MachineState, Message, Transition } from '../../machine/machine.types';
import type { FlowRows } from '../flow';

export const READY = 'signin ready';

/**
 * Whether login takes a username (or either a username or an email, as typed): a connection that requires usernames,
 * unless Lock's usernameStyle says email.
 */
export const byUsername = (config: MachineConfig): boolean => !!config.requiresUsername && config.usernameStyle !== 'email';

export const submitLogin = (state: MachineState) => {
  const username = byUsername(state.config);
  return submitWith(state, [username ? 'username' : 'email', 'password'], undefined, 'signin submit', (requestId, email) => [
    { type: 'login', requestId, email: username ? state.username.trim() : email, password: state.password },
  ]);
};

export function loginSucceeded(state: MachineState, event: EventOf<'LOGIN.SUCCESS'>): Transition {
  return {
    state: { ...state, screen: 'signedIn', status: 'idle', password: '', confirm: '', message: null },
    effects: [notify('authenticated', event.tokens), { type: 'focus', target: 'heading' }],
  };
}

export const loginFailed = failure({ operation: 'login', event: 'authorization_error' });

/** Back on the login screen with the email kept and a message to read, as after a reset email or a sign-up. */
export function toLogin(state: MachineState, message: Message, effects: Effect[]): Transition {
  return {
    state: { ...state, screen: 'login', status: 'idle', password: '', confirm: '', fieldErrors: {}, message },
    effects: [...effects, notify(READY), { type: 'focus', target: 'heading' }],
  };
}

export const openLogin = opener('login', READY, (config) => config.allowLogin);

/** Typed against FlowRows, so a misspelt event name does not compile. */
export const rows = {
  login: {
    ...passwordForm,
    'LOGIN.SUBMIT': submitLogin,
    'LOGIN.SUCCESS': current(loginSucceeded),
    'LOGIN.FAILURE': loginFailed,
  },
  signUp: { 'LOGIN.OPEN': openLogin },
} satisfies FlowRows<'login'>;
