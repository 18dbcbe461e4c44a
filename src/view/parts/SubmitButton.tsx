import type { ReadonlySignal } from '@preact/signals';
import type { SubmitView } from '../view.types';
import { ArrowIcon } from './icons';

/**
 * The form's submit button. While a request is in flight or a rate-limit wait runs it is aria-disabled rather than
 * disabled, so it keeps focus (a disabled button drops focus to the page, out of a modal) and the machine ignores it.
 * Its text is a signal rendered as a text node: during a wait, the countdown's tick updates that node alone.
 * Without a label (`theme.labeledSubmitButton: false`) it shows an arrow, and the text is its accessible name.
 */
export function SubmitButton({ submit, text }: { readonly submit: SubmitView; readonly text: ReadonlySignal<string> }) {
  return (
    <button
      type="submit"
      data-part="submit"
      data-state={submit.state}
      aria-disabled={submit.busy ? 'true' : undefined}
      aria-label={submit.labeled ? undefined : text.value}
    >
      {submit.state === 'pending' && <span data-part="spinner" aria-hidden="true" />}
      {submit.labeled ? text : submit.state !== 'pending' && <ArrowIcon />}
    </button>
  );
}
