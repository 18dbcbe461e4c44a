#!/usr/bin/env node
// `npx latch prerender <clientID> <domain> [options.json]`: prints the widget's first screen as HTML (latch/server's
// renderLatchHTML), to put inside the page's container. The options file is JSON: the same options as `new Latch`
// (functions aside). `--language <code>` loads one of the bundled languages first.
import { readFileSync } from 'node:fs';

const USAGE = 'Usage: npx latch prerender <clientID> <domain> [options.json] [--language <code>]';

async function main(argv) {
  const [command, ...rest] = argv;
  if (command !== 'prerender') throw new Error(USAGE);
  const args = [];
  let language;
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === '--language') language = rest[(i += 1)];
    else args.push(rest[i]);
  }
  const [clientID, domain, file] = args;
  if (!clientID || !domain) throw new Error(USAGE);
  const options = file ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const server = await import(new URL('../dist/server.js', import.meta.url).href);
  const code = language ?? options.language;
  if (code && code !== 'en') {
    const locale = await import(new URL(`../dist/locales/${code}.js`, import.meta.url).href).catch(() => {
      throw new Error(`No bundled language "${code}".`);
    });
    const dictionary = Object.values(locale)[0];
    server.addLanguage(code, dictionary);
    options.language = code;
  }
  process.stdout.write(`${server.renderLatchHTML(clientID, domain, options)}\n`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
