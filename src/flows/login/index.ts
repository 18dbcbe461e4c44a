import type { Flow } from '../flow';
import { runLogin } from './login.effects';
import { byUsername, READY, rows } from './login.machine';
import { FormScreen } from '../../view/parts/FormScreen';

/** Log in with email and password. */
export const loginFlow: Flow<'login'> = {
  screen: 'login',
  title: 'login.title',
  rows,
  runners: { login: runLogin },
  submit: { type: 'LOGIN.SUBMIT' },
  ready: READY,
  initial: (options) => (options.allowLogin ? null : 'allowLogin'),
  model: (state, options) => ({
    subtitle: 'login.subtitle',
    form: {
      fields: [
        // Lock's allowAutocomplete and allowPasswordAutocomplete: off unless the site turns them on. A username
        // connection takes the username there (or either, as typed), as Lock's usernameStyle says.
        byUsername(state.config)
          ? { name: 'username', label: state.config.usernameStyle === 'username' ? 'field.username' : 'field.usernameOrEmail', autocomplete: options.allowAutocomplete ? 'username' : 'off' }
          : { name: 'email', label: 'field.email', autocomplete: options.allowAutocomplete ? 'username' : 'off' },
        { name: 'password', label: 'field.password', autocomplete: options.allowPasswordAutocomplete ? 'current-password' : 'off' },
      ],
      submit: 'login.submit',
      pending: 'login.pending',
    },
    // "Don't remember your password?" opens the forgot flow, or the site's own page when it gave one.
    links: options.allowForgotPassword
      ? [options.forgotPasswordLink ? { text: 'login.forgotLink', href: options.forgotPasswordLink } : { text: 'login.forgotLink', event: { type: 'FORGOT.OPEN' } }]
      : [],
    // "Sign up" opens the sign-up flow, or the site's own page when it gave one (Lock's signUpLink).
    switchTo:
      options.allowLogin && options.allowSignUp
        ? { prompt: 'switch.noAccount', action: 'switch.signUp', event: { type: 'SIGNUP.OPEN' }, href: options.signUpLink }
        : undefined,
    // With the email known (prefilled, or back from another screen), the password is what is left to type.
    first: byUsername(state.config) ? (state.username !== '' ? 'password' : 'username') : state.email !== '' ? 'password' : 'email',
  }),
  View: FormScreen,
};

export type { Tokens } from './login.types';
