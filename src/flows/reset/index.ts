import type { Flow } from '../flow';
import { runResetPassword } from './reset.effects';
import { READY, rows } from './reset.machine';
import { ResetView } from './reset.view';

/** The hosted reset page: a new password for the account a reset link was sent to. */
export const resetFlow: Flow<'resetPassword'> = {
  screen: 'resetPassword',
  title: 'reset.title',
  rows,
  runners: { resetPassword: runResetPassword },
  submit: { type: 'RESET.SUBMIT' },
  ready: READY,
  initial: (options) => (options.resetPassword.ticket !== null ? null : 'resetPassword.ticket'),
  model: ({ email, linkProblem }, options) => ({
    // The screen names the account it changes; without an email a general line, and none for a dead link.
    subtitle: linkProblem ? undefined : email ? 'reset.subtitle' : 'reset.subtitleNoEmail',
    form: linkProblem
      ? null
      : {
          fields: [
            { name: 'password', label: 'field.newPassword', autocomplete: 'new-password', rules: true },
            { name: 'confirm', label: 'field.confirmPassword', autocomplete: 'new-password' },
          ],
          submit: 'reset.submit',
          pending: 'reset.pending',
        },
    username: true,
    links: linkProblem && options.allowForgotPassword ? [{ text: 'reset.newLink', event: { type: 'FORGOT.OPEN' }, primary: true }] : [],
    first: 'password',
  }),
  View: ResetView,
};

export type { ResetPayload } from './reset.types';
