// `npm run build`: the ESM build with types, the script-tag builds (widget; widget + <latch-login>; widget + the reset
// flow for the hosted reset page), the language files, then the stylesheet; last, the gzipped size of every entry.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
for (const mode of ['production', 'iife', 'element-iife', 'reset-page-iife']) {
  await build({ root, configFile: `${root}vite.config.ts`, mode, logLevel: 'warn' });
}
const { buildLocales } = await import('./build-locales.mjs');
const locales = await buildLocales();
const { buildCss } = await import('./build-css.mjs');
await buildCss();

const gz = (file) => gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;
const rows = [
  ['latch.iife.js + latch.css (script tag: login, forgot password, sign-up)', gz('latch.iife.js') + gz('latch.css')],
  ['latch.iife.js', gz('latch.iife.js')],
  ['latch-element.iife.js (<latch-login>, stylesheet inside)', gz('latch-element.iife.js')],
  ['latch-reset-page.iife.js (hosted reset page)', gz('latch-reset-page.iife.js')],
  ['latch.css', gz('latch.css')],
  ['latch.js (ESM; preact and @preact/signals left to the site)', gz('latch.js')],
  ['element.js (ESM)', gz('element.js')],
  ['reset-page.js (ESM)', gz('reset-page.js')],
];
console.log('gzipped sizes (level 9):');
for (const [name, bytes] of rows) console.log(`  ${String(bytes).padStart(6)} B  ${name}`);
console.log(`languages (gzipped, ESM / .global.js): ${locales.map((l) => `${l.code} ${l.esm}/${l.global} B`).join(', ')}`);
