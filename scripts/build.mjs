// `npm run build`: the ESM build with types, the script-tag builds (widget; widget + <latch-login>), then the stylesheet.
import { rm } from 'node:fs/promises';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({ root, configFile: `${root}vite.config.ts`, mode: 'production', logLevel: 'warn' });
await build({ root, configFile: `${root}vite.config.ts`, mode: 'iife', logLevel: 'warn' });
await build({ root, configFile: `${root}vite.config.ts`, mode: 'element-iife', logLevel: 'warn' });
const { buildLocales } = await import('./build-locales.mjs');
const locales = await buildLocales();
console.log(`languages (gzipped, ESM / .global.js): ${locales.map((l) => `${l.code} ${l.esm}/${l.global} B`).join(', ')}`);
const { buildCss } = await import('./build-css.mjs');
await buildCss();
console.log('built dist/latch.js, dist/latch.iife.js, dist/latch.css and type declarations');
