import { Form } from '../../view/parts/Form';
import { Links } from '../../view/parts/Links';
import type { ScreenProps } from '../../view/view.types';

/** The email to send a reset link to, and the way back to log in. */
export function ForgotView(props: ScreenProps) {
  return (
    <Form {...props}>
      <Links links={props.vm.links} send={props.send} />
    </Form>
  );
}
