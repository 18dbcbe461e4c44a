// Vite plugin: `import css from 'virtual:latch-shadow-css'` gives `<latch-login>` its stylesheet as a string,
// built from styles/ at bundle time (see shadowCss in build-css.mjs), so the element needs no separate CSS file.
import { fileURLToPath } from 'node:url';
import { shadowCss } from './build-css.mjs';

const ID = 'virtual:latch-shadow-css';
const styles = fileURLToPath(new URL('../styles/', import.meta.url));

/** @returns {import('vite').Plugin} */
export function latchShadowCss() {
  return {
    name: 'latch-shadow-css',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      // Watched, so the demo's dev server reloads the element when a stylesheet changes.
      for (const file of ['latch.css', 'tokens.css']) this.addWatchFile(`${styles}${file}`);
      return `export default ${JSON.stringify(await shadowCss())};`;
    },
  };
}
