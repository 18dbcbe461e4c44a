// An integrator's view of the package: `import { Latch } from 'latch'` and `import 'latch/latch.css'` resolve
// through package.json `exports` in a Vite app, and the built files and types are where `exports` says.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  types: string;
  sideEffects: string[];
  dependencies: Record<string, string>;
};
const app = mkdtempSync(join(tmpdir(), 'latch-consumer-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

test('every file package.json points at exists after the build', () => {
  const targets = [pkg.types, ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))];
  for (const target of targets.filter((t) => !t.includes('*'))) expect(existsSync(join(root, target)), target).toBe(true);
  expect(pkg.sideEffects).toContain('**/*.css');
  // The run-time dependencies: the view library and its state library, and Preact's own string renderer, which only
  // latch/server (pre-rendered markup) imports: no browser entry carries it.
  expect(Object.keys(pkg.dependencies).sort()).toEqual(['@preact/signals', 'preact', 'preact-render-to-string']);
  for (const entry of ['dist/latch.js', 'dist/element.js', 'dist/reset-page.js', 'dist/lock.js', 'dist/latch.iife.js', 'dist/latch-element.iife.js']) {
    expect(readFileSync(join(root, entry), 'utf8'), entry).not.toContain('preact-render-to-string');
  }
  expect(readFileSync(join(root, 'dist/server.js'), 'utf8')).toContain('preact-render-to-string');
});

test('the type declarations describe the public class', () => {
  const types = readFileSync(join(root, pkg.types), 'utf8');
  expect(types).toMatch(/export \{[^}]*Latch/);
  const latchTypes = readFileSync(join(root, 'dist/latch.d.ts'), 'utf8');
  expect(latchTypes).toContain('constructor(clientID: string, domain: string, options?: LatchOptions)');
});

test('a Vite app imports the widget and its stylesheet by package name', async () => {
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(root, join(app, 'node_modules', 'latch'), 'dir');
  writeFileSync(
    join(app, 'main.js'),
    "import { Latch, addLanguage } from 'latch';\nimport { de } from 'latch/locales/de';\nimport 'latch/latch.css';\n" +
      "addLanguage('de', de);\nwindow.widget = new Latch('cid', 'tenant.example.com', { language: 'de' });\n",
  );
  writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  await build({ root: app, logLevel: 'silent', configFile: false, build: { outDir: join(app, 'dist'), minify: false } });
  const assets = join(app, 'dist', 'assets');
  const files = (await import('node:fs')).readdirSync(assets);
  const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  expect(js).toContain('tenant.example.com');
  expect(js).toContain('Passwort vergessen?');
  // Only the language imported: no other dictionary came along.
  expect(js).not.toContain('Mot de passe oublié');
  expect(js).toContain('data-part');
  expect(css).toContain('--latch-');
});

test('the script-tag build exposes the class as the global Latch', () => {
  const iife = readFileSync(join(root, 'dist/latch.iife.js'), 'utf8');
  // The bundle declares `var Latch = …`; run it as a function body and read that variable back.
  const Latch = new Function(`${iife}\n;return Latch;`)() as unknown;
  expect(typeof Latch).toBe('function');
  const proto = (Latch as { prototype: Record<string, unknown> }).prototype;
  for (const method of ['show', 'hide', 'destroy', 'on', 'off', 'setLanguage']) expect(typeof proto[method], method).toBe('function');
  expect(typeof (Latch as { addLanguage?: unknown }).addLanguage).toBe('function');
});

test("every script-tag file starts with V8's compile hint, so the browser compiles it while loading instead of inside show()", () => {
  // A comment V8 reads (Chromium 136+) only as a file's first line; minification must not have dropped or moved it.
  for (const file of ['latch.iife.js', 'latch-element.iife.js', 'latch-lock.iife.js', 'latch-reset-page.iife.js']) {
    const text = readFileSync(join(root, 'dist', file), 'utf8');
    expect(text.startsWith('//# allFunctionsCalledOnLoad\n'), file).toBe(true);
    expect(text.indexOf('allFunctionsCalledOnLoad', 5), `${file}: once`).toBe(-1);
  }
});
