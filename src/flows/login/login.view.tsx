import { Form } from '../../view/parts/Form';
import { AccountSwitch, Links } from '../../view/parts/Links';
import type { ScreenProps } from '../../view/view.types';

/** Email and password, "Don't remember your password?", and the switch to sign-up. */
export function LoginView(props: ScreenProps) {
  const { vm, send } = props;
  return (
    <Form {...props}>
      <Links links={vm.links} send={send} />
      <AccountSwitch switchTo={vm.switchTo} send={send} />
    </Form>
  );
}
