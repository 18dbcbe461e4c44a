// Script-tag build of the element: registers `<latch-login>` and, like dist/latch.iife.js, exposes the class as the
// global `Latch` (so language files and `new Latch()` work on the same page).
import { Latch } from './element';

export default Latch;
