// Script-tag build of the hosted reset page (`dist/latch-reset-page.iife.js`): Latch with the reset flow, started on
// the page's `#latch-reset` element once the document is parsed. Like dist/latch.iife.js, the global `Latch` is the
// class, so language files work on the page too.
import { Latch, startResetPage } from './reset-page';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => startResetPage());
else startResetPage();

export default Latch;
