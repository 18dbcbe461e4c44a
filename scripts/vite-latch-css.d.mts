import type { Plugin } from 'vite';

/** Serves styles/latch.css as the build makes it (tokens with the generated `auto` scheme). */
export declare function latchCss(): Plugin;
