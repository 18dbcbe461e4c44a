import { current, failure, notify, passwordForm, submitWith } from '../../machine/core';
import type { EventOf } from '../../machine/core';
import type { MachineState, Transition } from '../../machine/machine.types';
import { toLogin } from '../login/login.machine';
import type { FlowRows } from '../flow';

export const READY = 'password_reset ready';

export const submitReset = (state: MachineState) =>
  submitWith(state, ['password', 'confirm'], state.config.passwordPolicy, 'password_reset submit', (requestId, email) => [
    { type: 'resetPassword', requestId, email, password: state.password, confirm: state.confirm },
  ]);

export function resetSucceeded(state: MachineState, event: EventOf<'RESET.SUCCESS'>): Transition {
  // No automatic login after a reset (OWASP): the person logs in with the new password.
  const payload = event.redirectTo ? { email: state.email, redirectTo: event.redirectTo } : { email: state.email };
  return toLogin(state, { tone: 'success', key: 'reset.success' }, [notify('password_reset success', payload)]);
}

/** Typed against FlowRows, so a misspelt event name does not compile. */
export const rows = {
  resetPassword: {
    ...passwordForm,
    'RESET.SUBMIT': submitReset,
    'RESET.SUCCESS': current(resetSucceeded),
    // Only the reset screen has a link that can go dead; the same codes elsewhere are just errors.
    'RESET.FAILURE': failure({ operation: 'resetPassword', event: 'password_reset error', deadLink: true }),
  },
} satisfies FlowRows<'resetPassword'>;
