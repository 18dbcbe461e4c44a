import type { MessageKey } from '../../i18n/en';
import { format } from '../../i18n/format';
import type { LatchContext } from '../context';

/**
 * The form's submit button. While a request is in flight or a rate-limit wait runs it is aria-disabled rather than
 * disabled, so it keeps focus (a disabled button drops focus to the page, out of a modal) and the machine ignores it.
 */
export function SubmitButton({ label, pendingLabel }: { readonly label: MessageKey; readonly pendingLabel: MessageKey }, { latch }: LatchContext) {
  const { store, dict } = latch;
  const status = store.state.value.status;
  const busy = status === 'pending' || status === 'waiting';
  return (
    <button
      type="submit"
      data-part="submit"
      data-state={status === 'pending' ? 'pending' : status === 'waiting' ? 'waiting' : 'idle'}
      aria-disabled={busy ? 'true' : undefined}
    >
      {status === 'pending' && <span data-part="spinner" aria-hidden="true" />}
      {format(dict, status === 'pending' ? pendingLabel : label)}
    </button>
  );
}
