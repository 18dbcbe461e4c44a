// What a site ships for each widget, measured file by file (JS and CSS separately).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compressed, measureFile } from '../size.mjs';
import { lockDir, oktaDist, outDir, peersDir, root, versionOf } from './build.mjs';

const dist = join(root, 'dist');

/**
 * Lock's stylesheet is a string inside its JS (lib/core.js), injected as a <style> at run time. Measured on
 * its own for information; it is already counted in Lock's JS.
 */
function lockEmbeddedCss() {
  const source = readFileSync(join(lockDir, 'lib', 'core.js'), 'utf8');
  const match = /var css = ("(?:[^"\\]|\\.)*");/.exec(source);
  if (!match) return null;
  const bytes = Buffer.from(JSON.parse(match[1]));
  return { raw: bytes.length, ...compressed(bytes) };
}

/** The entries compared, in table order. `widget` ties an entry to the speed run's page. */
export function sizeEntries() {
  const lockVersion = versionOf(lockDir);
  const oktaVersion = versionOf(join(oktaDist, '..'));
  const entries = [
    { id: 'latch-script', widget: 'latch', label: 'Latch, script tag', js: join(dist, 'latch.iife.js'), css: join(dist, 'latch.css') },
    { id: 'latch-esm', label: 'Latch, ESM with preact bundled', js: join(outDir, 'latch-esm.js'), css: join(dist, 'latch.css'), how: 'dist/latch.js + preact, bundled and minified by Vite' },
    { id: 'toy', widget: 'toy', label: 'Preact + signals toy form (floor)', js: join(outDir, 'toy.js'), css: null, cssNote: 'none (the page\'s own)', how: 'bench/pages/toy-entry.js with preact and @preact/signals, bundled and minified by Vite' },
    { id: 'latch-element', label: 'Latch, web component', js: join(dist, 'latch-element.iife.js'), css: null, cssNote: 'none: in the JS (a shadow-root stylesheet)' },
    { id: 'lock', widget: 'lock', label: `Auth0 Lock ${lockVersion}`, js: join(outDir, 'lock.js'), css: null, cssNote: 'none: in the JS, injected as a `<style>`', how: "`import Auth0Lock from 'auth0-lock'` with React and its dependencies, bundled and minified by Vite", embeddedCss: lockEmbeddedCss() },
  ];
  // The npm package has no prebuilt browser bundle today (Auth0 serves one from its CDN); measure it too if a
  // future version ships one.
  for (const file of ['build/lock.min.js', 'build/lock.js']) {
    const path = join(lockDir, file);
    if (existsSync(path)) {
      entries.push({ id: 'lock-prebuilt', label: `Auth0 Lock ${lockVersion}, the package's ${file}`, js: path, css: null, cssNote: 'none: in the JS' });
      break;
    }
  }
  const peer = (name) => versionOf(join(peersDir, 'node_modules', ...name.split('/')));
  entries.push(
    { id: 'firebaseui', widget: 'firebaseui', label: `FirebaseUI ${peer('firebaseui')}`, js: join(outDir, 'firebaseui.js'), css: join(peersDir, 'node_modules', 'firebaseui', 'dist', 'firebaseui.css'), how: `\`firebaseui\` with \`firebase/compat/app\` and \`firebase/compat/auth\` (firebase ${peer('firebase')}), bundled and minified by Vite, and its dist/firebaseui.css` },
    { id: 'supabase', widget: 'supabase', label: `Supabase Auth UI ${peer('@supabase/auth-ui-react')}`, js: join(outDir, 'supabase.js'), css: null, cssNote: 'none: in the JS (Stitches injects a `<style>`)', how: `\`@supabase/auth-ui-react\` with \`@supabase/supabase-js\` ${peer('@supabase/supabase-js')}, the Supa theme and React ${peer('react')}, bundled and minified by Vite` },
    { id: 'hanko', widget: 'hanko', label: `Hanko Elements ${peer('@teamhanko/hanko-elements')}`, js: join(outDir, 'hanko.js'), css: null, cssNote: 'none: in the JS (a shadow-root stylesheet)', how: "`register()` from `@teamhanko/hanko-elements` with its SDK and Preact, bundled and minified by Vite" },
  );
  entries.push(
    { id: 'okta', widget: 'okta', label: `Okta Sign-In Widget ${oktaVersion}`, js: join(oktaDist, 'js', 'okta-sign-in.min.js'), css: join(oktaDist, 'css', 'okta-sign-in.min.css'), how: 'its published bundle (Classic and Identity Engine, with polyfills), the one its README puts in a script tag' },
    { id: 'okta-no-polyfill', label: `Okta Sign-In Widget ${oktaVersion}, no-polyfill bundle`, js: join(oktaDist, 'js', 'okta-sign-in.no-polyfill.min.js'), css: join(oktaDist, 'css', 'okta-sign-in.min.css'), how: 'the same without the polyfills for old browsers' },
  );
  const order = ['latch-script', 'latch-esm', 'latch-element', 'firebaseui', 'supabase', 'hanko', 'lock', 'lock-prebuilt', 'okta', 'okta-no-polyfill', 'toy'];
  return entries.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

const name = (path) => (path.startsWith(root) ? relative(root, path) : path);

export async function measureSizes() {
  const started = performance.now();
  const entries = [];
  for (const entry of sizeEntries()) {
    const js = { file: name(entry.js), ...(await measureFile(entry.js, 'js')) };
    const css = entry.css ? { file: name(entry.css), ...(await measureFile(entry.css, 'css')) } : null;
    const sum = (key) => js[key] + (css ? css[key] : 0);
    entries.push({
      id: entry.id,
      ...(entry.widget ? { widget: entry.widget } : {}),
      label: entry.label,
      ...(entry.how ? { how: entry.how } : {}),
      js,
      css,
      ...(entry.cssNote ? { cssNote: entry.cssNote } : {}),
      ...(entry.embeddedCss ? { embeddedCss: entry.embeddedCss } : {}),
      total: { raw: sum('raw'), minified: sum('minified'), gzip: sum('gzip'), brotli: sum('brotli') },
    });
  }
  return { entries, seconds: Math.round(performance.now() - started) / 1000 };
}
