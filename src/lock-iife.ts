// Script-tag build for sites written for Lock (`dist/latch-lock.iife.js`): the same widget as dist/latch.iife.js,
// exposed as the global `Latch` and also as `window.Auth0Lock`, so a page that loaded Lock's lock.min.js swaps that
// one tag and keeps its `new Auth0Lock(clientID, domain, options)`. Only the name is added: every build reads Lock's
// options the same way.
import { Latch } from './latch';

(window as Window & { Auth0Lock?: typeof Latch }).Auth0Lock = Latch;

export default Latch;
