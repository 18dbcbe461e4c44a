// Script-tag build for sites written for Lock (`dist/latch-lock.iife.js`): the same widget as dist/latch.iife.js,
// exposed as the global `Latch` and also as `window.Auth0Lock` (and Lock's passwordless `window.Auth0LockPasswordless`,
// which says it is not supported yet), so a page that loaded Lock's lock.min.js swaps that one tag and keeps its
// `new Auth0Lock(clientID, domain, options)`. Only the names are added: every build reads Lock's options the same way.
import { Latch } from './latch';
import { Auth0LockPasswordless } from './lock';

Object.assign(window, { Auth0Lock: Latch, Auth0LockPasswordless });

export default Latch;
