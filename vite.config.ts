import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

const root = import.meta.dirname;
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

/**
 * Two library builds from one config:
 * - default mode: `dist/latch.js`, ESM with preact left as a dependency, plus type declarations;
 * - `--mode iife`: `dist/latch.iife.js`, everything bundled, the class exposed as the global `Latch`.
 * The stylesheet is built on its own (scripts/build-css.mjs): the JS never injects CSS.
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    oxc: { jsx },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      sourcemap: !iife,
      minify: true,
      lib: iife
        ? { entry: resolve(root, 'src/iife.ts'), formats: ['iife'], name: 'Latch', fileName: () => 'latch.iife.js' }
        : { entry: resolve(root, 'src/index.ts'), formats: ['es'], fileName: () => 'latch.js' },
      rolldownOptions: {
        external: iife ? [] : [/^preact(\/.*)?$/],
        output: iife ? { exports: 'default' } : {},
      },
    },
    plugins: iife
      ? []
      : [dts({ tsconfigPath: resolve(root, 'tsconfig.build.json'), include: ['src'], entryRoot: 'src' })],
  };
});
