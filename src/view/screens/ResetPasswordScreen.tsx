import { format } from '../../i18n/format';
import type { LatchContext } from '../context';
import { Form } from '../parts/Form';
import { PasswordField } from '../parts/PasswordField';
import { PolicyChecklist } from '../parts/PolicyChecklist';
import { SubmitButton } from '../parts/SubmitButton';

/**
 * The hosted reset page's screen. A link that can no longer be used shows why (in the alert) and offers a new
 * email instead of a form that could only fail.
 */
export function ResetPasswordScreen(_: unknown, { latch }: LatchContext) {
  const { store, dict, ids, options } = latch;
  const { linkProblem, email } = store.state.value;
  if (linkProblem) {
    return options.allowForgotPassword ? (
      <div data-part="links">
        <button type="button" data-part="submit" data-state="idle" onClick={() => store.send({ type: 'FORGOT.OPEN' })}>
          {format(dict, 'reset.newLink')}
        </button>
      </div>
    ) : null;
  }
  const rulesId = ids.field('rules');
  return (
    <Form submit={{ type: 'RESET.SUBMIT' }}>
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autocomplete="username" value={email} readOnly hidden />
      <PasswordField label="field.newPassword" autocomplete="new-password" describedBy={rulesId} />
      <PasswordField name="confirm" label="field.confirmPassword" autocomplete="new-password" />
      <PolicyChecklist id={rulesId} />
      <SubmitButton label="reset.submit" pendingLabel="reset.pending" />
    </Form>
  );
}
