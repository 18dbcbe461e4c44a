import { format } from '../../i18n/format';
import { useView } from '../context';
import { Field } from '../parts/Field';
import { Form } from '../parts/Form';
import { BackIcon } from '../parts/icons';
import { SubmitButton } from '../parts/SubmitButton';

export function ForgotPasswordScreen() {
  const { store, dict, options } = useView();
  return (
    <Form submit={{ type: 'FORGOT.SUBMIT' }}>
      <Field name="email" label={format(dict, 'field.email')} type="email" inputMode="email" autocomplete="username" />
      <SubmitButton label="forgot.submit" pendingLabel="forgot.pending" />
      {options.allowLogin && (
        <div data-part="links">
          <button type="button" data-part="link" data-variant="back" onClick={() => store.send({ type: 'FORGOT.BACK' })}>
            <BackIcon />
            {format(dict, 'forgot.back')}
          </button>
        </div>
      )}
    </Form>
  );
}
