import { useLayoutEffect, useRef } from 'preact/hooks';
import { en } from '../i18n/en';
import { CloseIcon } from './parts/icons';

/**
 * Shown when the options are invalid: the integrator reads the console error, the visitor reads this.
 * It uses English only, because the dictionary options may be what was wrong.
 */
export function Unrecoverable({ mode, onClose }: { readonly mode: 'modal' | 'inline'; readonly onClose: () => void }) {
  const cardRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (mode === 'modal') cardRef.current?.querySelector<HTMLElement>('[data-part=close]')?.focus();
  }, []);
  const card = (
    <div
      data-part="card"
      ref={cardRef}
      role={mode === 'modal' ? 'alertdialog' : undefined}
      aria-modal={mode === 'modal' ? 'true' : undefined}
      aria-label={mode === 'modal' ? en['unrecoverable.title'] : undefined}
      onKeyDown={(event) => {
        if (mode === 'modal' && event.key === 'Escape') onClose();
      }}
    >
      {mode === 'modal' && (
        <button type="button" data-part="close" aria-label={en['dialog.close']} onClick={onClose}>
          <CloseIcon />
        </button>
      )}
      <header data-part="header">
        <h2 data-part="title">{en['unrecoverable.title']}</h2>
      </header>
      <div data-part="alert" role="alert" data-tone="error">
        {en['unrecoverable.body']}
      </div>
    </div>
  );
  return (
    <div class="latch" data-part="root" data-mode={mode} data-color-scheme="auto" data-screen="unrecoverable">
      {mode === 'modal' ? <div data-part="backdrop">{card}</div> : card}
    </div>
  );
}
