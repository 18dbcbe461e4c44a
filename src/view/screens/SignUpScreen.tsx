import { format } from '../../i18n/format';
import type { LatchContext } from '../context';
import { Field } from '../parts/Field';
import { Form } from '../parts/Form';
import { PasswordField } from '../parts/PasswordField';
import { PolicyChecklist } from '../parts/PolicyChecklist';
import { SubmitButton } from '../parts/SubmitButton';
import { AccountSwitch } from '../parts/AccountSwitch';

export function SignUpScreen(_: unknown, { latch }: LatchContext) {
  const { dict, ids } = latch;
  const rulesId = ids.field('rules');
  return (
    <Form submit={{ type: 'SIGNUP.SUBMIT' }}>
      <Field name="email" label={format(dict, 'field.email')} type="email" inputMode="email" autocomplete="username" />
      <PasswordField autocomplete="new-password" describedBy={rulesId} />
      <PolicyChecklist id={rulesId} />
      <SubmitButton label="signUp.submit" pendingLabel="signUp.pending" />
      <AccountSwitch />
    </Form>
  );
}
