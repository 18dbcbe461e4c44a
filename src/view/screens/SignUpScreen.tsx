import type { LatchContext } from '../context';
import { EmailField } from '../parts/Field';
import { Form } from '../parts/Form';
import { PasswordField } from '../parts/PasswordField';
import { PolicyChecklist } from '../parts/PolicyChecklist';
import { SubmitButton } from '../parts/SubmitButton';
import { AccountSwitch } from '../parts/AccountSwitch';

export function SignUpScreen(_: unknown, { latch }: LatchContext) {
  const { ids } = latch;
  const rulesId = ids.field('rules');
  return (
    <Form submit={{ type: 'SIGNUP.SUBMIT' }}>
      <EmailField />
      <PasswordField autocomplete="new-password" describedBy={rulesId} />
      <PolicyChecklist id={rulesId} />
      <SubmitButton label="signUp.submit" pendingLabel="signUp.pending" />
      <AccountSwitch />
    </Form>
  );
}
