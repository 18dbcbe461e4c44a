// Script-tag build of the hosted reset page (`dist/latch-reset-page.iife.js`): Latch with the reset flow, started on
// the page's `#latch-reset` element once the document is parsed. Like dist/latch.iife.js, the global `Latch` is the
// class, so language files work on the page too: load one after this script and name it in `data-language`.
import { Latch, startResetPage } from './reset-page';

// Started once the deferred scripts after this one have run too (a language file such as locales/de.global.js adds
// its language then), unless the page is already past that point.
if (document.readyState === 'loading' || (document.currentScript as HTMLScriptElement | null)?.defer) {
  document.addEventListener('DOMContentLoaded', () => startResetPage());
} else {
  startResetPage();
}

export default Latch;
