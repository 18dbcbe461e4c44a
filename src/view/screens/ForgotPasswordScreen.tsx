import { format } from '../../i18n/format';
import type { LatchContext } from '../context';
import { EmailField } from '../parts/Field';
import { Form } from '../parts/Form';
import { BackIcon } from '../parts/icons';
import { SubmitButton } from '../parts/SubmitButton';

export function ForgotPasswordScreen(_: unknown, { latch }: LatchContext) {
  const { store, dict, options } = latch;
  return (
    <Form submit={{ type: 'FORGOT.SUBMIT' }}>
      <EmailField />
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
