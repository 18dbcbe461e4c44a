import type { ScreenProps } from '../view.types';
import { Form } from './Form';
import { AccountSwitch, Links } from './Links';

/**
 * The screen of every flow that is a form with links under it: log in (email and password, "Don't remember your
 * password?", the switch to sign-up), forgot password (the email, the way back) and sign-up (the new account, the
 * switch back). One component for all three, so that a switch between them is a change of the same form: Preact
 * keeps the form and the fields both screens have (the email input stays the same element, with what was typed),
 * and builds only what differs, instead of taking one screen down and building the next from nothing.
 */
export function FormScreen(props: ScreenProps) {
  const { vm, send } = props;
  return (
    <Form {...props}>
      <Links links={vm.links} send={send} />
      <AccountSwitch switchTo={vm.switchTo} send={send} />
    </Form>
  );
}
