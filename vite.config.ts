import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import { latchShadowCss } from './scripts/vite-shadow-css.mjs';

const root = import.meta.dirname;
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

// Each language is an entry of its own (`latch/locales/de`), so a site ships only the dictionaries it imports.
const locales = Object.fromEntries(
  readdirSync(resolve(root, 'src/i18n/locales'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`locales/${file.slice(0, -3)}`, resolve(root, 'src/i18n/locales', file)]),
);

/**
 * Puts V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136 and later) first in a script-tag
 * build: nearly every function in it runs while show() draws the first screen, so compiling them all while the file
 * is loaded, instead of one by one on first call inside show(), takes about half of show()'s time off the main
 * thread (measured with a trace at 4× CPU slowdown: 83–130 ms → 41–59 ms). Other engines read it as a comment. Added
 * after minification (which drops comments); 29 bytes (20 gzipped).
 */
function compileHint(): Plugin {
  return {
    name: 'latch-compile-hint',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

/**
 * The library builds from one config:
 * - default mode: `dist/latch.js`, ESM with preact left as a dependency, plus type declarations;
 * - `--mode iife`: `dist/latch.iife.js`, everything bundled, the class exposed as the global `Latch`;
 * - `--mode element-iife`: `dist/latch-element.iife.js`, the same plus `<latch-login>` and its shadow stylesheet;
 * - `--mode reset-page-iife`: `dist/latch-reset-page.iife.js`, the widget with the reset flow, for the hosted reset page;
 * - `--mode lock-iife`: `dist/latch-lock.iife.js`, dist/latch.iife.js that also sets `window.Auth0Lock`, for Lock's pages;
 * - `--mode dashboard`: `dist/latch-dashboard.js`, the mock's dashboard page (mock/dashboard/).
 * The stylesheet is built on its own (scripts/build-css.mjs): the JS never injects CSS. The element carries its shadow
 * stylesheet as a string and adopts it as a constructable stylesheet (no <style>).
 */
export default defineConfig(({ mode }) => {
  // Script-tag builds: mode → [entry in src/, file name in dist/].
  const scripts: Record<string, [string, string]> = {
    iife: ['iife', 'latch'],
    'element-iife': ['element-iife', 'latch-element'],
    'reset-page-iife': ['reset-page-iife', 'latch-reset-page'],
    'lock-iife': ['lock-iife', 'latch-lock'],
  };
  // The mock's dashboard page (/__dashboard): a script of the mock's, not of the widget, built here so
  // `npm run mock` serves it without a bundler of its own.
  if (mode === 'dashboard') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2020',
        lib: { entry: resolve(root, 'mock/dashboard/main.ts'), formats: ['iife'], name: 'LatchDashboard', fileName: () => 'latch-dashboard.js' },
      },
    };
  }
  const script = scripts[mode];
  const iife = script !== undefined;
  return {
    oxc: { jsx },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      sourcemap: !iife,
      // Terser with two compress passes: about 270 bytes gzipped smaller than the default minifier on the
      // script-tag build, which carries a size budget.
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 2 } },
      lib: iife
        ? { entry: resolve(root, `src/${script[0]}.ts`), formats: ['iife'], name: 'Latch', fileName: () => `${script[1]}.iife.js` }
        : {
            entry: {
              latch: resolve(root, 'src/index.ts'),
              element: resolve(root, 'src/element.ts'),
              'reset-page': resolve(root, 'src/reset-page.ts'),
              lock: resolve(root, 'src/lock.ts'),
              server: resolve(root, 'src/server.tsx'),
              ...locales,
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rolldownOptions: {
        external: iife ? [] : [/^preact(\/.*)?$/, /^@preact\/signals(\/.*)?$/, /^preact-render-to-string(\/.*)?$/],
        output: iife ? { exports: 'default' } : {},
      },
    },
    plugins: iife
      ? [latchShadowCss(), compileHint()]
      : [latchShadowCss(), dts({ tsconfigPath: resolve(root, 'tsconfig.build.json'), include: ['src'], entryRoot: 'src' })],
  };
});
