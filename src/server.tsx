// latch/server: the widget's first screen as HTML, for a server (or a build step) to put in the page, so the login
// box is there and usable before any script runs. The browser's Latch then hydrates that markup instead of building
// it again (src/latch.tsx). Same components, same options, same words: the markup is what the browser would build.
import { signal } from '@preact/signals';
import { renderToString } from 'preact-render-to-string';
import { DEFAULT_FLOWS } from './flows/defaults';
import { addFlow } from './flows/registry';
import { buildDictionary } from './i18n/format';
import { addLanguage, findLanguage } from './i18n/languages';
import { readLanguageDictionary } from './i18n/lock-keys';
import { normalizeOptions, type LatchOptions } from './options';
import { createStore, type Platform } from './store';
import { brandPalette } from './theme/palette';
import { App } from './view/App';
import { createIds } from './view/ids';
import { KEY_ATTRIBUTE, markupKey } from './view/prerender';

export { addLanguage };
export type { LatchOptions };

DEFAULT_FLOWS.forEach((flow) => addFlow(flow));

/** A page with no document: `container` is taken as given (the markup goes inside it), nothing runs later. */
const NO_PAGE = { document: { querySelector: () => ({}) as HTMLElement } };
const SERVER: Platform = { now: () => Date.now(), online: () => true, setInterval: () => 0, clearInterval: () => undefined, events: { addEventListener() {}, removeEventListener() {} } };

/**
 * The widget's first screen as HTML, for `options.container` (the script-tag and ESM builds; the element's is
 * `renderLatchElementHTML`). Text is escaped, and there is no inline script or style: brand colours, radius and font
 * are set by the script when it hydrates, so a strict CSP holds. Throws with the problems when the options are
 * refused, as the widget would report them.
 */
export function renderLatchHTML(clientID: string, domain: string, options: LatchOptions = {}): string {
  return render(clientID, domain, options);
}

function render(clientID: string, domain: string, options: LatchOptions, parts = false): string {
  const read = normalizeOptions(clientID, domain, { container: 'latch', ...options }, NO_PAGE);
  if (!read.ok) throw new Error(`Latch: cannot render: ${read.problems.join('; ')}.`);
  const opts = read.options;
  // As the browser's setLanguage: the code that found a dictionary (or English), the site's overrides on top.
  const [language, dictionary] = findLanguage(opts.language) ?? ['en'];
  const settings = signal({ options: { ...opts, language }, dict: buildDictionary(dictionary, readLanguageDictionary(opts.languageDictionary)) });
  // The ids of a page's first widget, which the browser's first Latch gets too.
  const ids = createIds('latch-1');
  const store = createStore({
    platform: SERVER,
    settings,
    modal: false,
    config: opts,
    initialScreen: opts.initialScreen,
    prefill: { email: opts.resetPassword.email || opts.prefill.email, username: opts.prefill.username, online: true, flash: opts.flashMessage },
    context: { api: undefined as never, connection: opts.defaultDatabaseConnection, scope: opts.auth.params.scope },
    emit: () => undefined,
  });
  const html = renderToString(<App store={store} settings={settings} ids={ids} palette={brandPalette(opts.theme.primaryColor ?? '')} mode="inline" onClose={() => undefined} />);
  const key = markupKey(settings.peek().options, settings.peek().dict, ids.title);
  // No style attribute (a strict CSP refuses them); the root carries its key; in a shadow root every part is a `part`.
  const out = html.replace(/ style="[^"]*"/g, '').replace(/^<div /, `<div ${KEY_ATTRIBUTE}="${key}" `);
  return parts ? out.replace(/ data-part="([^"]*)"/g, ' data-part="$1" part="$1"') : out;
}

const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ElementAttributes {
  readonly clientId: string;
  readonly domain: string;
  readonly lang?: string;
  readonly colorScheme?: 'light' | 'dark' | 'auto';
  readonly connection?: string;
  readonly initialScreen?: LatchOptions['initialScreen'];
}

/**
 * `<latch-login>` with its first screen in a declarative shadow root (`<template shadowrootmode="open">`), which the
 * browser attaches as the page is parsed, styled by the element's stylesheet linked from `stylesheet` (dist/
 * latch-element.css). The element hydrates it when its script arrives; `options` are the element's `options`
 * property (set them the same in the browser).
 */
export function renderLatchElementHTML(attributes: ElementAttributes, stylesheet: string, options: LatchOptions = {}): string {
  const scheme = attributes.colorScheme ?? options.theme?.colorScheme ?? 'auto';
  const given: LatchOptions = { ...options, theme: { ...options.theme, colorScheme: scheme } };
  if (attributes.lang) given.language = attributes.lang;
  if (attributes.connection) given.defaultDatabaseConnection = attributes.connection;
  if (attributes.initialScreen) given.initialScreen = attributes.initialScreen;
  const attrs: [string, string | undefined][] = [
    ['client-id', attributes.clientId],
    ['domain', attributes.domain],
    ['lang', attributes.lang],
    ['connection', attributes.connection],
    ['initial-screen', attributes.initialScreen],
    ['color-scheme', attributes.colorScheme],
    ['data-color-scheme', scheme],
  ];
  const host = attrs.filter((a): a is [string, string] => a[1] !== undefined).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<latch-login${host}><template shadowrootmode="open"><link rel="stylesheet" href="${escapeAttribute(stylesheet)}"><div>${render(attributes.clientId, attributes.domain, given, true)}</div></template></latch-login>`;
}
