// The element's entries as an integrator meets them: `import 'latch/element'` through package.json `exports` in a
// Vite app, a server-side render importing it without a DOM, and the script-tag file.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const app = mkdtempSync(join(tmpdir(), 'latch-element-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

test('a Vite app that imports latch/element gets the element registered and its stylesheet inside the bundle', async () => {
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(root, join(app, 'node_modules', 'latch'), 'dir');
  // A bare side-effect import: the package's sideEffects list must keep the registration.
  writeFileSync(join(app, 'main.js'), "import 'latch/element';\n");
  writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script><latch-login></latch-login>');
  await build({ root: app, logLevel: 'silent', configFile: false, build: { outDir: join(app, 'dist'), minify: false } });
  const assets = join(app, 'dist', 'assets');
  const files = readdirSync(assets);
  const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  expect(js).toMatch(/customElements\.define\([`"']latch-login/);
  expect(js).toContain('adoptedStyleSheets');
  // The shadow stylesheet travels as a string: tokens on :host, so the page's rules on the element win.
  expect(js).toMatch(/:host\{--latch-color-surface:/);
  // Nothing that a strict CSP would refuse (Preact itself mentions innerHTML only for dangerouslySetInnerHTML, unused).
  expect(js).not.toMatch(/createElement\(["'`]style["'`]\)|new Function|\beval\(/);
  expect(files.filter((f) => f.endsWith('.css'))).toEqual([]);
});

test('importing the element where there is no DOM (server-side rendering) neither throws nor defines anything', async () => {
  const element = (await import(join(root, 'dist/element.js'))) as Record<string, unknown>;
  expect(typeof element.LatchLogin).toBe('function');
  expect(typeof element.Latch).toBe('function');
  expect((element.domEventName as (name: string) => string)('forgot_password success')).toBe('latch-forgot-password-success');
});

test('the script-tag file carries the element and the widget and exposes the class as the global Latch', () => {
  const iife = readFileSync(join(root, 'dist/latch-element.iife.js'), 'utf8');
  expect(iife).toMatch(/customElements\.define\([`"']latch-login/);
  expect(iife).toMatch(/^var Latch\s*=/m);
});
