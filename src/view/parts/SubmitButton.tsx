import type { ReadonlySignal } from '@preact/signals';
import type { SubmitView } from '../view.types';

/**
 * The form's submit button. While a request is in flight or a rate-limit wait runs it is aria-disabled rather than
 * disabled, so it keeps focus (a disabled button drops focus to the page, out of a modal) and the machine ignores it.
 * Its text is a signal rendered as a text node: during a wait, the countdown's tick updates that node alone.
 */
export function SubmitButton({ submit, text }: { readonly submit: SubmitView; readonly text: ReadonlySignal<string> }) {
  return (
    <button type="submit" data-part="submit" data-state={submit.state} aria-disabled={submit.busy ? 'true' : undefined}>
      {submit.state === 'pending' && <span data-part="spinner" aria-hidden="true" />}
      {text}
    </button>
  );
}
