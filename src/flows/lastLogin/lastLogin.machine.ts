import { canSubmit, current, failure, ignore, leave } from '../../machine/core';
import type { EventOf } from '../../machine/core';
import type { MachineState, Transition } from '../../machine/machine.types';
import { loginSucceeded, openLogin } from '../login/login.machine';
import type { FlowRows } from '../flow';

/**
 * A session was found for the account this browser last used. From the login screen it opens the last-login screen,
 * as Lock's rememberLastLogin does, but only while nothing has been typed or sent: a person already filling in the
 * form keeps it. On the last-login screen it only adds what the site's avatar functions gave.
 */
export function sessionFound(state: MachineState, { account }: EventOf<'SSO.FOUND'>): Transition {
  if (state.screen === 'lastLogin') return ignore({ ...state, account: { ...state.account, ...account } });
  // The person said it is not their account: not offered again by this widget.
  if (state.account === false) return ignore(state);
  const untouched = state.status === 'idle' && !state.typed && state.message?.tone !== 'error';
  return untouched ? leave({ ...state, account }, 'lastLogin', null) : ignore(state);
}

export function submitSession(state: MachineState): Transition {
  if (!canSubmit(state)) return ignore(state);
  const requestId = state.requestId + 1;
  return { state: { ...state, status: 'pending', message: null, requestId }, effects: [{ type: 'sessionLogin', requestId }] };
}

export const rows = {
  lastLogin: {
    'LASTLOGIN.SUBMIT': submitSession,
    'LOGIN.SUCCESS': current(loginSucceeded),
    'LASTLOGIN.FAILURE': failure({ operation: 'login', event: 'authorization_error' }),
    // "Not your account?": the login form, and the account is forgotten for this widget.
    'LOGIN.OPEN': (state: MachineState) => openLogin({ ...state, account: false }),
    'SSO.FOUND': sessionFound,
  },
  login: { 'SSO.FOUND': sessionFound },
} satisfies FlowRows<'lastLogin'>;
