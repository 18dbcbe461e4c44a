import type { Plugin } from 'vite';

/** Serves styles/latch.css and styles/themes/*.css as the build makes them (with the generated `auto` scheme). */
export declare function latchCss(): Plugin;
