import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// What a site adds to its page for the script-tag install: the widget and its stylesheet.
const BUDGET_BYTES = 20 * 1024;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const FILES = ['latch.iife.js', 'latch.css'] as const;
// The element's script-tag file is the whole install for <latch-login>: widget, element and its stylesheet.
const ELEMENT_BUDGET_BYTES = 22 * 1024;

function read(name: string): Buffer {
  const path = `${dist}${name}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does it).`);
  return readFileSync(path);
}

describe('bundle size', () => {
  it.each(FILES)('dist/%s is built and not empty', (name) => {
    expect(read(name).length).toBeGreaterThan(0);
  });

  it('latch.iife.js + latch.css stay within 20 KB gzipped', () => {
    const gzipped = FILES.map((name) => gzipSync(read(name), { level: 9 }).length).reduce((a, b) => a + b, 0);
    console.log(`latch.iife.js + latch.css: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('latch-element.iife.js (widget, <latch-login> and its stylesheet in one file) stays within 22 KB gzipped', () => {
    const gzipped = gzipSync(read('latch-element.iife.js'), { level: 9 }).length;
    console.log(`latch-element.iife.js: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${ELEMENT_BUDGET_BYTES / 1024} KB)`);
    expect(gzipped).toBeLessThanOrEqual(ELEMENT_BUDGET_BYTES);
  });
});
