// Vite plugin: `import 'styles/latch.css'` (the demo, the accessibility fixture) gets the stylesheet as the build
// makes it — tokens.css with its generated `auto` scheme (scripts/auto-scheme.mjs) — instead of the file as written.
import { fileURLToPath } from 'node:url';
import { compile } from './build-css.mjs';

const LATCH_CSS = fileURLToPath(new URL('../styles/latch.css', import.meta.url));
const TOKENS = fileURLToPath(new URL('../styles/tokens.css', import.meta.url));

/** @returns {import('vite').Plugin} */
export function latchCss() {
  return {
    name: 'latch-css',
    enforce: 'pre',
    async load(id) {
      if (id.split('?')[0] !== LATCH_CSS) return undefined;
      // Watched, so an edit to the tokens reloads the page's styles.
      this.addWatchFile(TOKENS);
      return (await compile(LATCH_CSS, false)).toString();
    },
  };
}
