import { formatWait } from '../../i18n/duration';
import { format } from '../../i18n/format';
import type { LatchContext } from '../context';
import { RuleList } from './PolicyChecklist';

/**
 * The widget's single live region. It stays in the DOM across screens (a region added together with its text is
 * often not announced) and is empty when there is nothing to say.
 */
export function Alert(_: unknown, { latch }: LatchContext) {
  const { store, dict, ids } = latch;
  const message = store.state.value.message;
  let text = '';
  if (message) {
    const params: Record<string, string> = {};
    if (message.waitSeconds !== undefined) params.wait = formatWait(message.waitSeconds, latch.options.language);
    params.description = message.description ?? '';
    text = format(dict, message.key, params).trim();
  }
  return (
    <div data-part="alert" id={ids.alert} role="status" aria-live="polite" aria-atomic="true" data-tone={message?.tone}>
      {text}
      {message?.rules && <RuleList rules={message.rules} />}
    </div>
  );
}
