// "Copy snippet": the exact code for the widget on screen, for a page with script tags and for a bundler. The options
// are the ones the demo gives the inline widget, written out as an object literal (JSON is one), so what is pasted
// builds the same widget.
import type { LatchOptions } from '../src/index';
import type { ThemeName } from './controls';

/** Where a site serves Latch's files from (the README's layout: dist/ copied to /assets/). */
export const ASSETS = '/assets';

export interface SnippetInput {
  readonly clientId: string;
  readonly domain: string;
  /** The options without `container`: the snippet gives its own. */
  readonly options: LatchOptions;
  readonly theme: ThemeName;
}

const literal = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);

export function scriptTagSnippet({ clientId, domain, options, theme }: SnippetInput): string {
  const language = options.language && options.language !== 'en' ? options.language : null;
  const all = { ...options, container: '#login' };
  return [
    `<link rel="stylesheet" href="${ASSETS}/latch.css" />`,
    ...(theme !== 'default' ? [`<link rel="stylesheet" href="${ASSETS}/themes/${theme}.css" />`] : []),
    `<script src="${ASSETS}/latch.iife.js"></script>`,
    ...(language ? [`<script src="${ASSETS}/locales/${language}.global.js"></script>`] : []),
    '<div id="login"></div>',
    '<!-- Under a strict Content-Security-Policy, move this script into a file of its own. -->',
    '<script>',
    `  const latch = new Latch(${JSON.stringify(clientId)}, ${JSON.stringify(domain)}, ${literal(all, '  ')});`,
    '  latch.show();',
    '</script>',
    '',
  ].join('\n');
}

export function npmSnippet({ clientId, domain, options, theme }: SnippetInput): string {
  const language = options.language && options.language !== 'en' ? options.language : null;
  const name = language ? language.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toLowerCase()) : null;
  const all = { ...options, container: '#login' };
  return [
    '// npm install latch',
    "import { Latch } from 'latch';",
    "import 'latch/latch.css';",
    ...(theme !== 'default' ? [`import 'latch/dist/themes/${theme}.css';`] : []),
    ...(language && name ? [`import { ${name} } from 'latch/locales/${language}';`, '', `Latch.addLanguage(${JSON.stringify(language)}, ${name});`] : []),
    '',
    `const latch = new Latch(${JSON.stringify(clientId)}, ${JSON.stringify(domain)}, ${literal(all, '')});`,
    'latch.show();',
    '',
  ].join('\n');
}
