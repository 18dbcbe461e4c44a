import type { ViewModel } from '../view.types';
import { RuleList } from './PolicyChecklist';

/**
 * The widget's single live region. It stays in the DOM across screens (a region added together with its text is
 * often not announced) and is empty when there is nothing to say.
 */
export function Alert({ alert, id }: { readonly alert: ViewModel['alert']; readonly id: string }) {
  return (
    <div data-part="alert" id={id} role="status" aria-live="polite" aria-atomic="true" data-tone={alert.tone}>
      {alert.text}
      {alert.rules && <RuleList rules={alert.rules} />}
    </div>
  );
}
