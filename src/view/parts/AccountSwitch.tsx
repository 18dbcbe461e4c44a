import { format } from '../../i18n/format';
import type { LatchContext } from '../context';

/**
 * The Log in / Sign up switch under the form, shown when both are allowed: "Don't have an account? Sign up"
 * on the login screen, "Already have an account? Log in" on the sign-up screen.
 */
export function AccountSwitch(_: unknown, { latch }: LatchContext) {
  const { store, dict, options } = latch;
  if (!options.allowLogin || !options.allowSignUp) return null;
  const toSignUp = store.state.value.screen === 'login';
  return (
    <p data-part="switch">
      {format(dict, toSignUp ? 'switch.noAccount' : 'switch.haveAccount')}{' '}
      <button type="button" data-part="link" onClick={() => store.send({ type: toSignUp ? 'SIGNUP.OPEN' : 'LOGIN.OPEN' })}>
        {format(dict, toSignUp ? 'switch.signUp' : 'switch.logIn')}
      </button>
    </p>
  );
}
