// The script-tag language files: for each built dictionary (dist/locales/de.js, ESM), dist/locales/de.global.js, a
// one-line script for pages that load dist/latch.iife.js: `Latch.addLanguage("de",{…})`. The dictionary is read by
// importing the built module (plain data) and written back as JSON, so nothing is evaluated from text.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';


/** Writes every `<code>.global.js` (in `dist`, a directory URL) and returns, per language, the gzipped size of its ESM and script-tag files. */
export async function buildLocales(dist = new URL('../dist/', import.meta.url)) {
  const dir = new URL('locales/', dist);
  const sizes = [];
  for (const file of (await readdir(dir)).filter((name) => /^[\w-]+\.js$/.test(name)).sort()) {
    const code = file.slice(0, -3);
    const module = await import(new URL(file, dir).href);
    const [dictionary, ...others] = Object.values(module);
    if (others.length || !dictionary || Object.values(dictionary).some((value) => typeof value !== 'string')) {
      throw new Error(`dist/locales/${file} should export exactly one dictionary of strings`);
    }
    const esm = await readFile(new URL(file, dir));
    // The library build minifies; a formatted file here would mean a site ships whitespace with every language.
    if (/\n\s+"/.test(esm.toString('utf8'))) throw new Error(`dist/locales/${file} is not minified`);
    const script = `Latch.addLanguage(${JSON.stringify(code)},${JSON.stringify(dictionary)});\n`;
    await writeFile(new URL(`${code}.global.js`, dir), script);
    sizes.push({ code, esm: gzipSync(esm, { level: 9 }).length, global: gzipSync(script, { level: 9 }).length });
  }
  return sizes;
}
