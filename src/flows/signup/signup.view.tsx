import { Form } from '../../view/parts/Form';
import { AccountSwitch } from '../../view/parts/Links';
import type { ScreenProps } from '../../view/view.types';

/** Email and a new password with the connection's rules, and the switch back to log in. */
export function SignUpView(props: ScreenProps) {
  return (
    <Form {...props}>
      <AccountSwitch switchTo={props.vm.switchTo} send={props.send} />
    </Form>
  );
}
