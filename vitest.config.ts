import { defineConfig } from 'vitest/config';
import { latchShadowCss } from './scripts/vite-shadow-css.mjs';

// One runner for every kind of test, so `npm test` reports one count.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Component tests import src/element.ts, whose stylesheet is a virtual module.
  plugins: [latchShadowCss()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: { name: 'mock', include: ['test/mock/**/*.test.ts', 'test/integration/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/lock-compat/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'package', include: ['test/size/**/*.test.ts', 'test/package/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
});
