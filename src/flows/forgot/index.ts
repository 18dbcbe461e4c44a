import type { Flow } from '../flow';
import { runChangePassword } from './forgot.effects';
import { READY, rows } from './forgot.machine';
import { FormScreen } from '../../view/parts/FormScreen';

/** "Don't remember your password?": asks the API to email a reset link. */
export const forgotFlow: Flow<'forgotPassword'> = {
  screen: 'forgotPassword',
  title: 'forgot.title',
  rows,
  runners: { changePassword: runChangePassword },
  submit: { type: 'FORGOT.SUBMIT' },
  ready: READY,
  initial: (options) => (options.allowForgotPassword ? null : 'allowForgotPassword'),
  model: (_state, options) => ({
    subtitle: 'forgot.instructions',
    form: { fields: [{ name: 'email', label: 'field.email', autocomplete: options.allowAutocomplete ? 'username' : 'off' }], submit: 'forgot.submit', pending: 'forgot.pending' },
    links: options.allowLogin ? [{ text: 'forgot.back', event: { type: 'FORGOT.BACK' }, back: true }] : [],
    first: 'email',
  }),
  View: FormScreen,
};
