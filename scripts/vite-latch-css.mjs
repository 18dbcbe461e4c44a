// Vite plugin: `import 'styles/latch.css'` (the demo, the accessibility fixture) and the example themes the demo links
// (`styles/themes/*.css?url`) get their stylesheets as the build makes them — with the generated `auto` scheme
// (scripts/auto-scheme.mjs) — instead of the files as written.
import { fileURLToPath } from 'node:url';
import { compile, readStyle } from './build-css.mjs';

const LATCH_CSS = fileURLToPath(new URL('../styles/latch.css', import.meta.url));
const TOKENS = fileURLToPath(new URL('../styles/tokens.css', import.meta.url));
const THEMES = fileURLToPath(new URL('../styles/themes/', import.meta.url));
// Imports that want something other than the stylesheet itself (`?url` is a module exporting its address, `?raw` and
// `?inline` its text as a string) are Vite's own to answer; for `?url` it then loads the stylesheet, through this plugin.
const NOT_A_STYLESHEET = /[?&](?:url|raw|inline|worker|sharedworker)\b/;

/** @returns {import('vite').Plugin} */
export function latchCss() {
  return {
    name: 'latch-css',
    enforce: 'pre',
    async load(id) {
      if (NOT_A_STYLESHEET.test(id)) return undefined;
      const file = id.split('?')[0] ?? '';
      if (file.startsWith(THEMES) && file.endsWith('.css')) return readStyle(file);
      if (file !== LATCH_CSS) return undefined;
      // Watched, so an edit to the tokens reloads the page's styles.
      this.addWatchFile(TOKENS);
      // Bundled by the build's own compile, so its @import of tokens.css is read the way the build reads it.
      return (await compile(LATCH_CSS, false)).toString();
    },
  };
}
