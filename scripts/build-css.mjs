// Bundles styles/latch.css (with its @import of tokens.css) into dist/latch.css, minifies each example theme
// into dist/themes/, and writes the tokens as dist/latch.tokens.json. Run by `npm run build`, or on its own: `node scripts/build-css.mjs`.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Features, bundleAsync } from 'lightningcss';
import { withAutoScheme } from './auto-scheme.mjs';
import { designTokens } from './design-tokens.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Browsers from about three years back (late 2023): :has(), nesting-free output, logical properties and
// color-mix all work natively, so lightningcss only minifies and adds the few prefixes these still need.
// Versions are encoded as major << 16 | minor << 8 | patch.
const version = (major, minor = 0) => (major << 16) | (minor << 8);
const targets = {
  chrome: version(120),
  edge: version(120),
  firefox: version(121),
  safari: version(17),
  ios_saf: version(17),
};

const TOKENS = `${root}styles/tokens.css`;
const THEMES = `${root}styles/themes/`;

/**
 * Reads a stylesheet as the build sees it: tokens.css and the example themes gain their generated `auto` scheme
 * (scripts/auto-scheme.mjs). tokens.css must have dark rules; a theme may have none (midnight is dark in every scheme).
 */
export async function readStyle(file) {
  const text = await readFile(file, 'utf8');
  const path = resolve(file);
  if (path === TOKENS) return withAutoScheme(text);
  if (path.startsWith(THEMES)) return withAutoScheme(text, { required: false });
  return text;
}

/** Bundles a stylesheet and its @imports. Unminified, for the demo's dev server; minified for dist/. */
export async function compile(filename, minify = true) {
  // LightDark is excluded: the stylesheet sets color-scheme per scheme itself and never uses light-dark(), so
  // the polyfill's helper variables would be dead weight.
  const { code, warnings } = await bundleAsync({
    filename,
    minify,
    targets,
    exclude: Features.LightDark,
    errorRecovery: false,
    resolver: { read: readStyle },
  });
  for (const warning of warnings) console.warn(`${filename}: ${warning.message}`);
  return code;
}

/**
 * The stylesheet of `<latch-login>`, adopted by its shadow root. The same rules, except that the tokens are set on
 * `:host` instead of the inner root: a page's own rules for `latch-login { --latch-… }` then win over these defaults
 * (outer rules beat `:host` rules) and inherit into the shadow tree, so the element themes like the inline widget.
 * The scheme travels as `data-color-scheme` on the element, which it sets itself.
 */
export async function shadowCss() {
  const hostTokens = (text) =>
    text.replace(/\.latch\[data-part=root\](\[data-color-scheme=\w+\])?/g, (_, scheme) => (scheme ? `:host(${scheme})` : ':host'));
  const { code, warnings } = await bundleAsync({
    filename: `${root}styles/latch.css`,
    minify: true,
    targets,
    exclude: Features.LightDark,
    errorRecovery: false,
    resolver: {
      read: async (file) => {
        const text = await readStyle(file);
        if (!file.endsWith('tokens.css')) return text;
        // The inner root says `color-scheme: light` for the page build; here the scheme comes from the host.
        return `${hostTokens(text)}\n:host{display:block;color-scheme:light}`;
      },
    },
  });
  for (const warning of warnings) console.warn(`shadow stylesheet: ${warning.message}`);
  return `${code}.latch[data-part=root]{color-scheme:inherit}`;
}

/** Writes latch.css, themes/*.css and latch.tokens.json into `dist` (a path ending in /); creates it when missing. */
export async function buildCss(dist = `${root}dist/`) {
  await mkdir(`${dist}themes`, { recursive: true });
  await writeFile(`${dist}latch.css`, await compile(`${root}styles/latch.css`));
  // <latch-login>'s shadow stylesheet as a file too, for pre-rendered declarative shadow roots to link (latch/server).
  await writeFile(`${dist}latch-element.css`, await shadowCss());
  const themes = (await readdir(`${root}styles/themes`)).filter((name) => name.endsWith('.css'));
  for (const name of themes) await writeFile(`${dist}themes/${name}`, await compile(`${root}styles/themes/${name}`));
  const tokens = await designTokens(`${root}styles/tokens.css`);
  await writeFile(`${dist}latch.tokens.json`, `${JSON.stringify(tokens, null, 2)}\n`);
  return { themes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { themes } = await buildCss();
  console.log(`built dist/latch.css and ${themes.length} theme(s) in dist/themes/`);
}
