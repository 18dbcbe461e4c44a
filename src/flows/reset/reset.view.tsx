import { Form } from '../../view/parts/Form';
import { Links } from '../../view/parts/Links';
import type { ScreenProps } from '../../view/view.types';

/**
 * The hosted reset page's screen. A link that can no longer be used shows why (in the alert) and offers a new
 * email instead of a form that could only fail.
 */
export function ResetView(props: ScreenProps) {
  return props.vm.form ? <Form {...props} /> : <Links links={props.vm.links} send={props.send} />;
}
