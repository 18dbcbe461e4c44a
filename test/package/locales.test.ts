// @vitest-environment happy-dom
// The languages as a script-tag page gets them: dist/latch.iife.js, then dist/locales/<code>.global.js, then
// `new Latch(id, domain, { language: 'de' })`. The built files run as the browser would run them (as scripts, in
// the page's global scope), not through the sources.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { en, type Dictionary, type MessageKey } from '../../src/i18n/en';

const dist = resolve(import.meta.dirname, '../../dist');
const read = (path: string) => {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does it).`);
  return readFileSync(file, 'utf8');
};
/** What `<script src="…">` does with a classic script: run it in the page's global scope. */
const loadScript = (path: string) => runInThisContext(read(path), { filename: path });

/** Every language the build ships, by code, with its dictionary from the sources. */
const sources: Record<string, Dictionary> = {};
const codes = readdirSync(join(dist, 'locales'))
  .filter((file) => file.endsWith('.global.js'))
  .map((file) => file.slice(0, -'.global.js'.length))
  .sort();

interface LatchGlobal {
  new (clientID: string, domain: string, options: Record<string, unknown>): { show(): void; destroy(): void };
  addLanguage(code: string, dictionary: Partial<Dictionary>): void;
}
const Latch = () => (globalThis as unknown as { Latch: LatchGlobal }).Latch;

beforeAll(async () => {
  for (const code of codes) {
    const module = (await import(`../../src/i18n/locales/${code}.ts`)) as Record<string, Dictionary>;
    sources[code] = Object.values(module)[0] as Dictionary;
  }
  loadScript('latch.iife.js');
});

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(options: Record<string, unknown>) {
  const container = document.body.appendChild(document.createElement('div'));
  const widget = new (Latch())('cid', 'tenant.example.com', { container, ...options });
  widget.show();
  const root = container.querySelector('[data-part=root]');
  return { widget, root, heading: container.querySelector('[data-part=title]')?.textContent };
}

test('the twelve languages: English in the widget, and a script for each of the eleven others', () => {
  expect(codes).toEqual(['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt-BR', 'zh-CN']);
});

test('latch.iife.js carries English only: no other language comes with it', () => {
  const iife = read('latch.iife.js');
  expect(iife).toContain(en['login.subtitle']);
  for (const code of codes) {
    const dict = sources[code] as Dictionary;
    for (const key of ['login.subtitle', 'forgot.instructions', 'error.network'] as MessageKey[]) expect(iife, `${code} ${key}`).not.toContain(dict[key]);
  }
});

describe('a page with latch.iife.js and locales/de.global.js', () => {
  test('before the language script, German is not there: English, with a warning', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (message: unknown) => warnings.push(message);
    try {
      const { heading, root, widget } = mount({ language: 'de' });
      expect(heading).toBe(en['login.title']);
      expect(root?.getAttribute('lang')).toBe('en');
      expect(String(warnings[0])).toContain('"de"');
      widget.destroy();
    } finally {
      console.warn = warn;
    }
  });

  test('after it, `language: "de"` shows German', () => {
    loadScript('locales/de.global.js');
    const { heading, root, widget } = mount({ language: 'de' });
    const de = sources.de as Dictionary;
    expect(heading).toBe(de['login.title']);
    expect(root?.getAttribute('lang')).toBe('de');
    expect(root?.textContent).toContain(de['login.forgotLink']);
    widget.destroy();
    // Loading a language does not change the default.
    expect(mount({}).heading).toBe(en['login.title']);
  });
});

describe.each(codes)('locales/%s.global.js', (code) => {
  test('registers exactly the dictionary of the sources, and the widget speaks it', () => {
    const script = read(`locales/${code}.global.js`);
    // One call, with the code and the dictionary as JSON: data, nothing to evaluate beyond the call itself.
    const match = /^Latch\.addLanguage\(("[\w-]+"),(\{.*\})\);\n$/s.exec(script);
    expect(match, 'Latch.addLanguage("<code>",{…});').not.toBeNull();
    expect(JSON.parse(match?.[1] ?? '""')).toBe(code);
    expect(JSON.parse(match?.[2] ?? '{}')).toEqual(sources[code]);

    loadScript(`locales/${code}.global.js`);
    const { heading, root, widget } = mount({ language: code });
    expect(heading).toBe(sources[code]?.['login.title']);
    expect(root?.getAttribute('lang')).toBe(code);
    expect(root?.getAttribute('dir')).toBe(code === 'ar' || code === 'he' ? 'rtl' : 'ltr');
    widget.destroy();
  });

  test('the ESM file is minified, and both files are small', () => {
    const esm = read(`locales/${code}.js`);
    expect(esm).not.toMatch(/\n\s+"/);
    const sizes = [esm, read(`locales/${code}.global.js`)].map((text) => gzipSync(text, { level: 9 }).length);
    console.log(`${code}: ${sizes[0]} B (ESM) / ${sizes[1]} B (.global.js) gzipped`);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(3 * 1024);
  });
});
