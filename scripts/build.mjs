// `npm run build`: the ESM build with types, the script-tag builds (widget; widget + <latch-login>; widget + the reset
// flow for the hosted reset page; widget also under Lock's name, for pages written for Lock), the language files, then
// the stylesheet; last, the gzipped size of every entry.
// Everything is built into a folder of its own and swapped in for dist/ at the end, so a test run reading dist/
// beside this build (another `npm test`, the demo) never sees it half-written or missing.
import { readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
// No trailing slash: vite-plugin-dts takes a trailing slash for another folder and skips the top-level declarations.
const next = `${root}dist.next-${process.pid}`;
await rm(next, { recursive: true, force: true });
let locales;
try {
  for (const mode of ['production', 'iife', 'element-iife', 'reset-page-iife', 'lock-iife', 'dashboard']) {
    await build({ root, configFile: `${root}vite.config.ts`, mode, logLevel: 'warn', build: { outDir: next } });
  }
  const { buildLocales } = await import('./build-locales.mjs');
  locales = await buildLocales(new URL(`file://${next}/`));
  const { buildCss } = await import('./build-css.mjs');
  await buildCss(`${next}/`);
  // Two renames: the old dist/ is moved aside whole (files another process has open stay readable) and the new one
  // takes its name.
  const old = `${root}dist.old-${process.pid}`;
  await rename(`${root}dist`, old).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(next, `${root}dist`);
  await rm(old, { recursive: true, force: true });
} catch (error) {
  await rm(next, { recursive: true, force: true });
  throw error;
}

const gz = (file) => gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;
const rows = [
  ['latch.iife.js + latch.css (script tag: login, forgot password, sign-up)', gz('latch.iife.js') + gz('latch.css')],
  ['latch.iife.js', gz('latch.iife.js')],
  ['latch-lock.iife.js (the same, also as window.Auth0Lock, for pages written for Lock)', gz('latch-lock.iife.js')],
  ['latch-element.iife.js (<latch-login>, stylesheet inside)', gz('latch-element.iife.js')],
  ['latch-reset-page.iife.js (hosted reset page)', gz('latch-reset-page.iife.js')],
  ['latch.css', gz('latch.css')],
  ['latch.js (ESM; preact and @preact/signals left to the site)', gz('latch.js')],
  ['element.js (ESM)', gz('element.js')],
  ['reset-page.js (ESM)', gz('reset-page.js')],
  ['lock.js (ESM, latch/lock)', gz('lock.js')],
];
console.log('gzipped sizes (level 9):');
for (const [name, bytes] of rows) console.log(`  ${String(bytes).padStart(6)} B  ${name}`);
console.log(`languages (gzipped, ESM / .global.js): ${locales.map((l) => `${l.code} ${l.esm}/${l.global} B`).join(', ')}`);
