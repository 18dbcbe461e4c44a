import type { Plugin } from 'vite';

/** Serves `virtual:latch-shadow-css`: the `<latch-login>` shadow stylesheet as a string. */
export declare function latchShadowCss(): Plugin;
