import type { Flow } from '../flow';
import { runSessionLogin } from './lastLogin.effects';
import { rows } from './lastLogin.machine';
import { LastLoginView } from './lastLogin.view';

/** Lock's rememberLastLogin: log in again with the session of the account this browser last used, in one press. */
export const lastLoginFlow: Flow<'lastLogin'> = {
  screen: 'lastLogin',
  title: 'login.title',
  rows,
  runners: { sessionLogin: runSessionLogin },
  submit: { type: 'LASTLOGIN.SUBMIT' },
  // Lock announces no screen of its own for it.
  ready: null,
  // It opens by itself when a session is found; it is not one of the screens a site may start on (INITIAL_SCREENS).
  initial: () => null,
  model: () => ({
    subtitle: 'lastLogin.instructions',
    form: null,
    links: [{ text: 'lastLogin.notYou', event: { type: 'LOGIN.OPEN' } }],
    first: 'email',
  }),
  View: LastLoginView,
};
