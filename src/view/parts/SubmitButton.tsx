import type { MessageKey } from '../../i18n/en';
import { formatWait } from '../../i18n/duration';
import { format } from '../../i18n/format';
import type { LatchContext } from '../context';

/**
 * The form's submit button. While a request is in flight or a rate-limit wait runs it is aria-disabled rather than
 * disabled, so it keeps focus (a disabled button drops focus to the page, out of a modal) and the machine ignores it.
 */
export function SubmitButton({ label, pendingLabel }: { readonly label: MessageKey; readonly pendingLabel: MessageKey }, { latch }: LatchContext) {
  const { store, dict } = latch;
  const { status, waitUntil } = store.state.value;
  const busy = status !== 'idle' && status !== 'error';
  // During a rate-limit wait the button counts down; the live region said the wait once, the button shows the rest.
  const text =
    status === 'pending'
      ? format(dict, pendingLabel)
      : status === 'waiting' && waitUntil !== null
        ? format(dict, 'submit.wait', { wait: formatWait((waitUntil - store.clock.value) / 1000, latch.options.language) })
        : format(dict, label);
  return (
    <button
      type="submit"
      data-part="submit"
      data-state={status === 'pending' ? 'pending' : busy ? 'waiting' : 'idle'}
      aria-disabled={busy ? 'true' : undefined}
    >
      {status === 'pending' && <span data-part="spinner" aria-hidden="true" />}
      {text}
    </button>
  );
}
