// The entries for sites written for Lock (issue 13, "swap the script tag, change nothing else"): the script-tag file
// dist/latch-lock.iife.js, which defines `Auth0Lock` beside `Latch`, and `latch/lock`, which exports `Auth0Lock`
// through package.json `exports`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
};

test('dist/latch-lock.iife.js, run as a classic script on a page, defines Auth0Lock and Latch as the same class', async () => {
  const file = join(root, 'dist/latch-lock.iife.js');
  expect(existsSync(file), `${file} is missing: run \`npm run build\` first`).toBe(true);
  // A fresh page of its own (happy-dom runs its window as a separate VM context): nothing from this process leaks in.
  const window = new Window({ url: 'https://app.example.com/' });
  try {
    const page = window as unknown as { eval(code: string): unknown; Latch?: unknown; Auth0Lock?: unknown; document: Document };
    page.eval(readFileSync(file, 'utf8'));
    expect(typeof page.Latch).toBe('function');
    expect(page.Auth0Lock).toBe(page.Latch);
    const proto = (page.Auth0Lock as { prototype: Record<string, unknown> }).prototype;
    for (const method of ['show', 'hide', 'destroy', 'on', 'off']) expect(typeof proto[method], method).toBe('function');
  } finally {
    await window.happyDOM.close();
  }
});

test('latch/lock resolves through package.json exports to a module whose Auth0Lock is the Latch class', async () => {
  expect(pkg.exports['./lock']).toEqual({ types: './dist/lock.d.ts', import: './dist/lock.js' });
  // By the package's name, as a site imports it (the package refers to itself through its own `exports`); the name
  // is in a variable so the type check does not need dist/ to exist.
  const specifier: string = 'latch/lock';
  const lock = (await import(specifier)) as Record<string, unknown>;
  expect(lock).toBe(await import(pathToFileURL(join(root, 'dist/lock.js')).href));
  const latch = (await import(pathToFileURL(join(root, 'dist/latch.js')).href)) as Record<string, unknown>;
  expect(typeof lock.Auth0Lock).toBe('function');
  // One class under both names, the default export as in `import Auth0Lock from 'auth0-lock'`, and the rest of
  // `latch` beside it.
  expect(lock.Auth0Lock).toBe(latch.Latch);
  expect(lock.default).toBe(lock.Auth0Lock);
  expect(lock.Latch).toBe(lock.Auth0Lock);
  expect(lock.addLanguage).toBe(latch.addLanguage);
});

test('the type declarations of latch/lock declare Auth0Lock', () => {
  const types = readFileSync(join(root, 'dist/lock.d.ts'), 'utf8');
  expect(types).toMatch(/export \{[^}]*\bLatch as Auth0Lock\b/);
  expect(types).toMatch(/export \* from '\.\/index'/);
});
