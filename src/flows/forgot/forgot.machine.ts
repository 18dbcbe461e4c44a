import { current, failure, form, notify, opener, submitWith } from '../../machine/core';
import type { MachineState, Transition } from '../../machine/machine.types';
import { openLogin, READY as LOGIN_READY } from '../login/login.machine';
import type { FlowRows } from '../flow';

export const READY = 'forgot_password ready';

export const submitForgot = (state: MachineState) =>
  submitWith(state, ['email'], undefined, 'forgot_password submit', (requestId, email) => [
    { type: 'changePassword', requestId, email },
  ]);

export function forgotSucceeded(state: MachineState): Transition {
  // The same confirmation whether or not the account exists: the API does not say, and neither do we.
  return {
    state: { ...state, screen: 'login', status: 'idle', message: { tone: 'success', key: 'forgot.success' } },
    effects: [notify('forgot_password success'), notify(LOGIN_READY), { type: 'focus', target: 'heading' }],
  };
}

export const openForgot = opener('forgotPassword', READY, (config) => config.allowForgotPassword);

/** Typed against FlowRows, so a misspelt event name does not compile. */
export const rows = {
  forgotPassword: {
    ...form,
    'FORGOT.SUBMIT': submitForgot,
    'FORGOT.SUCCESS': current(forgotSucceeded),
    'FORGOT.FAILURE': failure({ operation: 'changePassword', event: 'forgot_password error' }),
    'FORGOT.BACK': openLogin,
  },
  // "Don't remember your password?" on the login screen, and "Send me a new link" on a dead reset link.
  login: { 'FORGOT.OPEN': openForgot },
  resetPassword: { 'FORGOT.OPEN': openForgot },
} satisfies FlowRows<'forgotPassword'>;
