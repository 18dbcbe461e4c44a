import type { Flow } from '../flow';
import { runSignUp } from './signup.effects';
import { READY, rows } from './signup.machine';
import { FormScreen } from '../../view/parts/FormScreen';

/** Create an account, then (with loginAfterSignUp) log straight in. */
export const signUpFlow: Flow<'signUp'> = {
  screen: 'signUp',
  title: 'signUp.title',
  rows,
  runners: { signUp: runSignUp },
  submit: { type: 'SIGNUP.SUBMIT' },
  ready: READY,
  initial: (options) => (options.allowSignUp ? null : 'allowSignUp'),
  model: (state, options) => ({
    subtitle: 'signUp.subtitle',
    form: {
      fields: [
        // With a username connection the username is the account's name for password managers, the email an email.
        { name: 'email', label: 'field.email', autocomplete: !options.allowAutocomplete ? 'off' : state.config.requiresUsername ? 'email' : 'username' },
        ...(state.config.requiresUsername ? [{ name: 'username', label: 'field.username', autocomplete: options.allowAutocomplete ? 'username' : 'off' } as const] : []),
        { name: 'password', label: 'field.password', autocomplete: options.allowPasswordAutocomplete ? 'new-password' : 'off', rules: true },
      ],
      submit: 'signUp.submit',
      pending: 'signUp.pending',
    },
    extras: true,
    switchTo: options.allowLogin && options.allowSignUp ? { prompt: 'switch.haveAccount', action: 'switch.logIn', event: { type: 'LOGIN.OPEN' } } : undefined,
    first: 'email',
  }),
  View: FormScreen,
};
