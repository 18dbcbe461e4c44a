import { format } from '../../i18n/format';
import type { LatchContext } from '../context';
import { EmailField } from '../parts/Field';
import { Form } from '../parts/Form';
import { PasswordField } from '../parts/PasswordField';
import { SubmitButton } from '../parts/SubmitButton';
import { AccountSwitch } from '../parts/AccountSwitch';

export function LoginScreen(_: unknown, { latch }: LatchContext) {
  const { store, dict, options } = latch;
  return (
    <Form submit={{ type: 'LOGIN.SUBMIT' }}>
      <EmailField />
      <PasswordField autocomplete="current-password" />
      <SubmitButton label="login.submit" pendingLabel="login.pending" />
      {options.allowForgotPassword && (
        <div data-part="links">
          {options.forgotPasswordLink ? (
            <a data-part="link" href={options.forgotPasswordLink}>
              {format(dict, 'login.forgotLink')}
            </a>
          ) : (
            <button type="button" data-part="link" onClick={() => store.send({ type: 'FORGOT.OPEN' })}>
              {format(dict, 'login.forgotLink')}
            </button>
          )}
        </div>
      )}
      <AccountSwitch />
    </Form>
  );
}
